//! The e-form of a procedure that has none of its own: who applies (from the account), how to
//! reach them, and what they ask. Its documents are the procedure's requirements, shown as upload
//! slots beside any form; so every procedure offered online can be filed online the day it is in
//! the catalog, before anyone designs a form for it.

use super::schema::{Field, FieldKind, FormSchema, Prefill, Section};

/// The key of the generic form in `procedure_forms.form_key`.
pub const GENERIC_FORM_KEY: &str = "chung";

fn field(key: &str, label: &str, kind: FieldKind, required: bool, prefill: Option<Prefill>) -> Field {
    Field { key: key.to_owned(), label: label.to_owned(), kind, required, help: None, when: None, prefill }
}

/// The generic e-form of procedure `title`; `counts` are the (field key, unit) of the fees
/// charged per unit (page, copy), each asked as a whole number the fee is computed from.
pub fn generic_form(title: &str, counts: &[(String, String)]) -> FormSchema {
    let text = FieldKind::Text { max_chars: 200 };
    let mut form = FormSchema {
        key: GENERIC_FORM_KEY.to_owned(),
        version: 1,
        title: title.to_owned(),
        replaces_requirement: None,
        rules: Vec::new(),
        sections: vec![
            Section {
                title: "Người nộp hồ sơ".to_owned(),
                fields: vec![
                    field("ho_ten", "Họ và tên", text.clone(), true, Some(Prefill::FullName)),
                    field("so_dinh_danh", "Số định danh cá nhân", FieldKind::CitizenId, true, Some(Prefill::CitizenId)),
                    field("dien_thoai", "Số điện thoại", FieldKind::Phone, true, Some(Prefill::Phone)),
                    field("thu_dien_tu", "Thư điện tử", FieldKind::Email, false, Some(Prefill::Email)),
                    field("dia_chi", "Địa chỉ liên hệ", text, true, None),
                ],
            },
            Section {
                title: "Nội dung yêu cầu".to_owned(),
                fields: vec![field(
                    "noi_dung",
                    "Nội dung đề nghị giải quyết",
                    FieldKind::LongText { max_chars: 2000 },
                    true,
                    None,
                )],
            },
        ],
    };
    let max = i64::from(crate::catalog::MAX_UNITS);
    let mut fields: Vec<Field> = Vec::new();
    for (key, unit) in counts {
        if form.fields().any(|f| &f.key == key) || fields.iter().any(|f| &f.key == key) {
            continue;
        }
        let kind = FieldKind::Number { min: Some(1), max: Some(max) };
        fields.push(field(key, &format!("Số {unit}"), kind, true, None));
    }
    if !fields.is_empty() {
        form.sections.push(Section { title: "Số lượng tính phí".to_owned(), fields });
    }
    form
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generic_form_passes_the_schema_check() {
        let form = generic_form("Cấp phiếu lý lịch tư pháp", &[]);
        assert_eq!(form.check(), Ok(()));
        assert_eq!(form.key, GENERIC_FORM_KEY);
        assert!(form.fields().any(|f| f.prefill == Some(Prefill::CitizenId)), "who applies comes from the account");
        let counts = [("so_trang".to_owned(), "trang".to_owned()), ("so_trang".to_owned(), "trang".to_owned())];
        let form = generic_form("Chứng thực bản sao", &counts);
        assert_eq!(form.check(), Ok(()));
        let asked: Vec<&Field> = form.fields().filter(|f| f.key == "so_trang").collect();
        assert_eq!(asked.len(), 1, "asked once however many fees count it");
        assert_eq!((asked[0].label.as_str(), asked[0].required), ("Số trang", true));
    }
}

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

/// The generic e-form of procedure `title`.
pub fn generic_form(title: &str) -> FormSchema {
    let text = FieldKind::Text { max_chars: 200 };
    FormSchema {
        key: GENERIC_FORM_KEY.to_owned(),
        version: 1,
        title: title.to_owned(),
        replaces_requirement: None,
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generic_form_passes_the_schema_check() {
        let form = generic_form("Cấp phiếu lý lịch tư pháp");
        assert_eq!(form.check(), Ok(()));
        assert_eq!(form.key, GENERIC_FORM_KEY);
        assert!(form.fields().any(|f| f.prefill == Some(Prefill::CitizenId)), "who applies comes from the account");
    }
}

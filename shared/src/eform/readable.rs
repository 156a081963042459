//! A dossier's answers as people read them: every answer with its field's label, an option's
//! text rather than its code, dates as `dd/mm/yyyy`, money grouped in đồng, administrative
//! units by name, yes or no for a box, repeating groups as tables. Fields whose condition does
//! not hold and document slots are left out. The one renderer of answers: the applicant's page,
//! the officer's and every printed form use it.

use super::validate::applies;
use super::{Field, FieldKind, FormSchema, FormValues, Row};

/// One section of the form with the answers given in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadSection {
    /// The section's place in the form (counted from 0), to link back to its step.
    pub index: usize,
    pub title: String,
    pub answers: Vec<Answer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    One {
        label: String,
        text: String,
    },
    /// A repeating group: its members' labels and, per row, each member's text.
    Table {
        label: String,
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// Words the renderer needs from the page's language.
pub struct Words<'a> {
    pub yes: &'a str,
    pub no: &'a str,
    /// An administrative unit's name from its code (`None`: shown as the code).
    pub unit: &'a dyn Fn(&str) -> Option<String>,
}

/// The answers of `values` on `schema`, section by section; sections with no answer are left
/// out.
pub fn readable(schema: &FormSchema, values: &FormValues, words: &Words) -> Vec<ReadSection> {
    let top = |key: &str| values.get(key).to_owned();
    schema
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| ReadSection {
            index,
            title: section.title.clone(),
            answers: section
                .fields
                .iter()
                .filter(|f| applies(f.when.as_ref(), &top))
                .filter_map(|f| answer(f, values, words))
                .collect(),
        })
        .filter(|s| !s.answers.is_empty())
        .collect()
}

fn answer(field: &Field, values: &FormValues, words: &Words) -> Option<Answer> {
    match &field.kind {
        FieldKind::Document { .. } => None,
        FieldKind::Group { fields, .. } => {
            let rows = values.groups.get(&field.key).map(Vec::as_slice).unwrap_or_default();
            let rows: Vec<Vec<String>> = rows.iter().map(|row| group_row(fields, row, words)).collect();
            let rows: Vec<Vec<String>> = rows.into_iter().filter(|r| r.iter().any(|c| !c.is_empty())).collect();
            if rows.is_empty() {
                return None;
            }
            let columns = fields.iter().filter(|f| !matches!(f.kind, FieldKind::Document { .. }));
            Some(Answer::Table {
                label: field.label.clone(),
                columns: columns.map(|f| f.label.clone()).collect(),
                rows,
            })
        }
        kind => {
            let text = text_of(kind, values.get(&field.key), words);
            (!text.is_empty()).then(|| Answer::One { label: field.label.clone(), text })
        }
    }
}

/// One row of a group: each member's text, empty where its condition (on the same row) fails.
fn group_row(fields: &[Field], row: &Row, words: &Words) -> Vec<String> {
    let cell = |key: &str| row.get(key).map(|v| v.trim().to_owned()).unwrap_or_default();
    fields
        .iter()
        .filter(|f| !matches!(f.kind, FieldKind::Document { .. }))
        .map(|f| if applies(f.when.as_ref(), &cell) { text_of(&f.kind, &cell(&f.key), words) } else { String::new() })
        .collect()
}

/// The text of one value of a field of `kind`.
pub fn text_of(kind: &FieldKind, value: &str, words: &Words) -> String {
    let value = value.trim();
    if value.is_empty() && !matches!(kind, FieldKind::Checkbox) {
        return String::new();
    }
    match kind {
        FieldKind::Select { options } | FieldKind::Radio { options } => {
            options.iter().find(|o| o.value == value).map_or_else(|| value.to_owned(), |o| o.label.clone())
        }
        FieldKind::Checkbox => if value == "1" { words.yes } else { words.no }.to_owned(),
        FieldKind::Date { .. } => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map_or_else(|_| value.to_owned(), |d| d.format("%d/%m/%Y").to_string()),
        FieldKind::Money { .. } => {
            value.parse::<i64>().map_or_else(|_| value.to_owned(), |n| crate::money::Vnd(n).display())
        }
        FieldKind::AdminUnit => (words.unit)(value).unwrap_or_else(|| value.to_owned()),
        _ => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eform::{Choice, Condition, Section};

    fn field(key: &str, label: &str, kind: FieldKind) -> Field {
        Field { key: key.into(), label: label.into(), help: None, required: false, kind, when: None, prefill: None }
    }

    fn form() -> FormSchema {
        let sex = FieldKind::Radio {
            options: vec![
                Choice { value: "nam".into(), label: "Nam".into() },
                Choice { value: "nu".into(), label: "Nữ".into() },
            ],
        };
        let mut father = field("ho_ten_cha", "Họ tên cha", FieldKind::Text { max_chars: 100 });
        father.when = Some(Condition { field: "co_cha".into(), equals: Some("co".into()) });
        let residences = FieldKind::Group {
            fields: vec![
                field("tu_ngay", "Từ ngày", FieldKind::Date { past_only: true }),
                field("noi_o", "Nơi cư trú", FieldKind::AdminUnit),
            ],
            min_rows: 0,
            max_rows: 10,
        };
        FormSchema {
            key: "to-khai".into(),
            version: 1,
            title: "Tờ khai".into(),
            replaces_requirement: None,
            rules: Vec::new(),
            sections: vec![
                Section {
                    title: "Người yêu cầu".into(),
                    fields: vec![
                        field("gioi_tinh", "Giới tính", sex),
                        field("ngay_sinh", "Ngày sinh", FieldKind::Date { past_only: true }),
                        field("co_cha", "Có thông tin cha", FieldKind::Text { max_chars: 5 }),
                        father,
                        field("cam_doan", "Cam đoan", FieldKind::Checkbox),
                        field("le_phi", "Lệ phí", FieldKind::Money { max: None }),
                        field("to_khai", "Tờ khai", FieldKind::Document { requirement: 1 }),
                    ],
                },
                Section {
                    title: "Quá trình cư trú".into(), fields: vec![field("cu_tru", "Nơi đã ở", residences)]
                },
                Section { title: "Trống".into(), fields: vec![field("x", "X", FieldKind::Text { max_chars: 5 })] },
            ],
        }
    }

    fn words_test(unit: &dyn Fn(&str) -> Option<String>) -> Words<'_> {
        Words { yes: "Có", no: "Không", unit }
    }

    #[test]
    fn answers_read_as_people_write_them() {
        let mut values = FormValues::default();
        for (k, v) in
            [("gioi_tinh", "nu"), ("ngay_sinh", "1990-02-03"), ("co_cha", "khong"), ("ho_ten_cha", "Lò Văn A")]
        {
            values.fields.insert(k.into(), v.into());
        }
        values.fields.insert("cam_doan".into(), "1".into());
        values.fields.insert("le_phi".into(), "200000".into());
        let row = |from: &str, unit: &str| Row::from([("tu_ngay".into(), from.into()), ("noi_o".into(), unit.into())]);
        values.groups.insert("cu_tru".into(), vec![row("2001-05-01", "14107"), row("2010-09-30", "99999")]);
        let unit = |code: &str| (code == "14107").then(|| "Phường Tô Hiệu".to_owned());
        let read = readable(&form(), &values, &words_test(&unit));
        let one = |label: &str, text: &str| Answer::One { label: label.into(), text: text.into() };
        assert_eq!(read.len(), 2, "a section without answers is left out");
        assert_eq!(
            read[0].answers,
            [
                one("Giới tính", "Nữ"),
                one("Ngày sinh", "03/02/1990"),
                one("Có thông tin cha", "khong"),
                one("Cam đoan", "Có"),
                one("Lệ phí", "200.000 đ")
            ],
            "the father's name is hidden by its condition, the document slot is not an answer"
        );
        assert_eq!(
            read[1].answers,
            [Answer::Table {
                label: "Nơi đã ở".into(),
                columns: vec!["Từ ngày".into(), "Nơi cư trú".into()],
                rows: vec![
                    vec!["01/05/2001".into(), "Phường Tô Hiệu".into()],
                    vec!["30/09/2010".into(), "99999".into()]
                ],
            }]
        );
    }
}

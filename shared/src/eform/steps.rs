//! Filing a form in steps, one question page at a time (the GOV.UK pattern): who files and
//! under which case, then one page per section of the form, then the documents, then a page to
//! check every answer before submitting. A section is skipped when nothing in it is asked given
//! the answers so far (its fields' conditions name earlier answers that rule them out); a field
//! whose condition names a field of its own section stays on the page, for the page to show or
//! hide as one answers.

use super::validate::applies;
use super::{Field, FieldKind, FormSchema, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Who the dossier is for, where it is filed, under which case.
    General,
    /// Section `n` of the form (counted from 0).
    Section(usize),
    Documents,
    /// Every answer, with links back to change it, and the submit button.
    Check,
}

impl Step {
    /// The step's name in the page's address (`?buoc=`): `chung`, `1`, `2`…, `giay-to`,
    /// `kiem-tra`.
    pub fn slug(self) -> String {
        match self {
            Step::General => "chung".to_owned(),
            Step::Section(n) => (n + 1).to_string(),
            Step::Documents => "giay-to".to_owned(),
            Step::Check => "kiem-tra".to_owned(),
        }
    }

    pub fn parse(slug: &str) -> Option<Step> {
        match slug {
            "chung" => Some(Step::General),
            "giay-to" => Some(Step::Documents),
            "kiem-tra" => Some(Step::Check),
            n => n.parse::<usize>().ok().filter(|n| *n > 0).map(|n| Step::Section(n - 1)),
        }
    }

    /// The step after this one among `steps`; a step no longer among them (a section the
    /// answers now skip) is followed by the first one after its place.
    pub fn next(self, steps: &[Step]) -> Step {
        steps.iter().copied().find(|s| s.order() > self.order()).unwrap_or(Step::Check)
    }

    /// The step before this one among `steps` (the first step has none).
    pub fn previous(self, steps: &[Step]) -> Option<Step> {
        steps.iter().copied().rev().find(|s| s.order() < self.order())
    }

    /// The step a problem at `path` is fixed on: its field's section, or the first step (the
    /// owner, the receiving unit and the case are not fields of the form).
    pub fn of(schema: &FormSchema, path: &str) -> Step {
        section_of(schema, path).map_or(Step::General, Step::Section)
    }

    fn order(self) -> (u8, usize) {
        match self {
            Step::General => (0, 0),
            Step::Section(n) => (1, n),
            Step::Documents => (2, 0),
            Step::Check => (3, 0),
        }
    }
}

/// The steps of filing `schema` with the answers so far; `documents`: the procedure asks for
/// documents (their step is left out otherwise).
pub fn steps(schema: &FormSchema, values: &FormValues, documents: bool) -> Vec<Step> {
    let mut steps = vec![Step::General];
    for (n, section) in schema.sections.iter().enumerate() {
        let asks = section
            .fields
            .iter()
            .any(|f| !matches!(f.kind, FieldKind::Document { .. }) && step_shows(schema, n, f, values));
        if asks {
            steps.push(Step::Section(n));
        }
    }
    if documents {
        steps.push(Step::Documents);
    }
    steps.push(Step::Check);
    steps
}

/// Whether `field` of section `n` is on its step's page: it has no condition, its condition
/// holds on the saved answers, or its condition names a field of the same section (decided on
/// the page as one answers).
pub fn step_shows(schema: &FormSchema, n: usize, field: &Field, values: &FormValues) -> bool {
    let Some(condition) = &field.when else { return true };
    let same_section = schema.sections.get(n).is_some_and(|s| s.fields.iter().any(|f| f.key == condition.field));
    same_section || applies(Some(condition), &|key: &str| values.get(key).to_owned())
}

/// The section of the field a problem's path names (`key`, or `group.row.key`).
pub fn section_of(schema: &FormSchema, path: &str) -> Option<usize> {
    let key = path.split('.').next()?;
    schema.sections.iter().position(|s| s.fields.iter().any(|f| f.key == key))
}

impl FormValues {
    /// These answers with section `n`'s replaced by `posted` (what its step's page sent). A box
    /// left unticked and a group emptied are absent from a post, so absent means empty; a field
    /// the page did not show (its condition ruled out by an earlier answer) keeps its value.
    pub fn with_section(&self, schema: &FormSchema, n: usize, posted: &FormValues) -> FormValues {
        let mut merged = self.clone();
        let Some(section) = schema.sections.get(n) else { return merged };
        for field in section.fields.iter().filter(|f| step_shows(schema, n, f, self)) {
            match &field.kind {
                FieldKind::Document { .. } => {}
                FieldKind::Group { .. } => match posted.groups.get(&field.key) {
                    Some(rows) => {
                        merged.groups.insert(field.key.clone(), rows.clone());
                    }
                    None => {
                        merged.groups.remove(&field.key);
                    }
                },
                _ => match posted.fields.get(&field.key) {
                    Some(value) => {
                        merged.fields.insert(field.key.clone(), value.clone());
                    }
                    None => {
                        merged.fields.remove(&field.key);
                    }
                },
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eform::{Choice, Condition, Section};

    fn field(key: &str, kind: FieldKind, when: Option<(&str, &str)>) -> Field {
        let when = when.map(|(f, v)| Condition { field: f.into(), equals: Some(v.into()) });
        Field { key: key.into(), label: key.into(), kind, required: true, help: None, when, prefill: None }
    }

    fn form() -> FormSchema {
        let yes_no = FieldKind::Radio {
            options: vec![
                Choice { value: "co".into(), label: "Có".into() },
                Choice { value: "khong".into(), label: "Không".into() },
            ],
        };
        let text = FieldKind::Text { max_chars: 50 };
        FormSchema {
            key: "k".into(),
            version: 1,
            title: "T".into(),
            replaces_requirement: None,
            rules: Vec::new(),
            sections: vec![
                Section {
                    title: "Trẻ".into(),
                    fields: vec![
                        field("ten", text.clone(), None),
                        field("co_cha", yes_no, None),
                        field("ghi_chu", text.clone(), Some(("co_cha", "co"))),
                    ],
                },
                Section { title: "Cha".into(), fields: vec![field("ten_cha", text.clone(), Some(("co_cha", "co")))] },
                Section {
                    title: "Giấy tờ".into(),
                    fields: vec![field("giay", FieldKind::Document { requirement: 1 }, None)],
                },
                Section {
                    title: "Con".into(),
                    fields: vec![field(
                        "con",
                        FieldKind::Group { fields: vec![field("ten", text, None)], min_rows: 0, max_rows: 3 },
                        None,
                    )],
                },
            ],
        }
    }

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        FormValues::from_pairs(&form(), pairs.iter().copied())
    }

    #[test]
    fn a_section_ruled_out_by_an_earlier_answer_is_skipped() {
        let s = form();
        let with_father = values(&[("f.co_cha", "co")]);
        assert_eq!(
            steps(&s, &with_father, true),
            vec![Step::General, Step::Section(0), Step::Section(1), Step::Section(3), Step::Documents, Step::Check]
        );
        let without = values(&[("f.co_cha", "khong")]);
        let list = steps(&s, &without, false);
        assert_eq!(list, vec![Step::General, Step::Section(0), Step::Section(3), Step::Check]);
        // A field whose condition is in its own section stays on the page.
        assert!(step_shows(&s, 0, &s.sections[0].fields[2], &without));
        // Moving on from the skipped section, and back.
        assert_eq!(Step::Section(0).next(&list), Step::Section(3));
        assert_eq!(Step::Section(1).next(&list), Step::Section(3));
        assert_eq!(Step::Section(3).previous(&list), Some(Step::Section(0)));
        assert_eq!(Step::General.previous(&list), None);
        assert_eq!(Step::Section(3).next(&list), Step::Check);
    }

    #[test]
    fn slugs_round_trip() {
        for step in [Step::General, Step::Section(0), Step::Section(11), Step::Documents, Step::Check] {
            assert_eq!(Step::parse(&step.slug()), Some(step));
        }
        assert_eq!(Step::parse("0"), None);
        assert_eq!(Step::parse("x"), None);
        assert_eq!(section_of(&form(), "con.1.ten"), Some(3));
        assert_eq!(section_of(&form(), "ten_cha"), Some(1));
        assert_eq!(section_of(&form(), "chu_ho_so_ten"), None);
        assert_eq!(Step::of(&form(), "con.1.ten"), Step::Section(3));
        assert_eq!(Step::of(&form(), "chu_ho_so_ten"), Step::General);
    }

    #[test]
    fn a_step_replaces_only_its_own_section() {
        let s = form();
        let saved = values(&[("f.ten", "An"), ("f.co_cha", "khong"), ("f.ten_cha", "kept"), ("g.con.0.ten", "Bé")]);
        // Section 0 posted without the radio: it was cleared; the other sections keep theirs.
        let posted = values(&[("f.ten", "Bình"), ("f.ghi_chu", "x")]);
        let merged = saved.with_section(&s, 0, &posted);
        assert_eq!(merged.get("ten"), "Bình");
        assert_eq!(merged.get("co_cha"), "");
        assert_eq!(merged.get("ghi_chu"), "x");
        assert_eq!(merged.get("ten_cha"), "kept");
        assert_eq!(merged.groups["con"].len(), 1);
        // The group's section posted with no row left: emptied.
        let merged = saved.with_section(&s, 3, &values(&[]));
        assert!(!merged.groups.contains_key("con"));
        assert_eq!(merged.get("ten"), "An");
        // A field its step did not show (father ruled out) keeps its saved value.
        let merged = saved.with_section(&s, 1, &values(&[]));
        assert_eq!(merged.get("ten_cha"), "kept");
    }
}

//! One step of building a form, and the rules it must keep: keys unique where the schema wants
//! them, conditions naming a field that exists (in the same row for a group member), no field
//! removed while a condition names it, no group removed or turned into another kind while it
//! has members, no section removed while it has fields.

use super::{MAX_FIELDS, MAX_LABEL, MAX_RULES, MAX_SECTIONS};
use crate::catalog::{CatalogProblem, CatalogProblemKind as K};
use crate::eform::{Field, FieldKind, FormSchema, Rule, Section};
use serde::{Deserialize, Serialize};

/// Where a field is: its key, and for a member of a repeating group, the group's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldAt {
    pub group: Option<String>,
    pub key: String,
}

impl FieldAt {
    /// `key`, or `group.key` for a group member (what the builder's pages post).
    pub fn parse(text: &str) -> Option<FieldAt> {
        let text = text.trim();
        let (group, key) = match text.split_once('.') {
            Some((group, key)) => (Some(group.to_owned()), key),
            None => (None, text),
        };
        (!key.is_empty()).then(|| FieldAt { group, key: key.to_owned() })
    }
}

impl std::fmt::Display for FieldAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.group {
            Some(group) => write!(f, "{group}.{}", self.key),
            None => f.write_str(&self.key),
        }
    }
}

/// Where a field goes: a new one at the end of a section (or of a group), or in place of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    New { section: usize, group: Option<String> },
    Existing(FieldAt),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The form's title and the document requirement the declaration stands for.
    Heading {
        title: String,
        replaces: Option<i32>,
    },
    AddSection {
        title: String,
    },
    RenameSection {
        index: usize,
        title: String,
    },
    MoveSection {
        index: usize,
        up: bool,
    },
    RemoveSection {
        index: usize,
    },
    /// A field added or changed; a group keeps its members whatever the posted field says.
    PutField {
        place: Place,
        field: Field,
    },
    /// A field one place up or down; a top-level field at the edge of its section goes to the
    /// neighbouring section, a member stays in its group.
    MoveField {
        at: FieldAt,
        up: bool,
    },
    RemoveField {
        at: FieldAt,
    },
    /// A cross-field rule added (refused where the schema could not keep it, or twice).
    AddRule {
        rule: Rule,
    },
    /// The rule at `index` of the form's list removed.
    RemoveRule {
        index: usize,
    },
}

fn problem(path: &str, kind: K) -> Vec<CatalogProblem> {
    vec![CatalogProblem { path: path.to_owned(), kind }]
}

/// Makes `edit` on `schema`, or leaves it unchanged and says why not (by input name: `tieu_de`,
/// `phan`, `truong`, or a field input of [`super::field_form`]).
pub fn apply(schema: &mut FormSchema, edit: Edit) -> Result<(), Vec<CatalogProblem>> {
    let mut next = schema.clone();
    match edit {
        Edit::Heading { title, replaces } => {
            next.title = title_of(&title)?;
            next.replaces_requirement = replaces;
        }
        Edit::AddSection { title } => {
            if next.sections.len() >= MAX_SECTIONS {
                return Err(problem("tieu_de", K::TooMany { max: MAX_SECTIONS }));
            }
            next.sections.push(Section { title: title_of(&title)?, fields: Vec::new() });
        }
        Edit::RenameSection { index, title } => section_mut(&mut next, index)?.title = title_of(&title)?,
        Edit::MoveSection { index, up } => {
            section_mut(&mut next, index)?;
            let other = if up { index.checked_sub(1) } else { Some(index + 1) };
            if let Some(other) = other.filter(|o| *o < next.sections.len()) {
                next.sections.swap(index, other);
            }
        }
        Edit::RemoveSection { index } => {
            if !section_mut(&mut next, index)?.fields.is_empty() {
                return Err(problem("phan", K::NotEmpty));
            }
            next.sections.remove(index);
        }
        Edit::PutField { place, field } => put_field(&mut next, place, field)?,
        Edit::MoveField { at, up } => move_field(&mut next, &at, up)?,
        Edit::RemoveField { at } => remove_field(&mut next, &at)?,
        Edit::AddRule { rule } => {
            if next.rules.len() >= MAX_RULES {
                return Err(problem("quy_tac", K::TooMany { max: MAX_RULES }));
            }
            if next.rules.contains(&rule) {
                return Err(problem("quy_tac", K::Duplicate));
            }
            if next.check_rule(&rule).is_err() {
                return Err(problem("quy_tac", K::BadRule));
            }
            next.rules.push(rule);
        }
        Edit::RemoveRule { index } => {
            if index >= next.rules.len() {
                return Err(problem("quy_tac", K::NotAnOption));
            }
            next.rules.remove(index);
        }
    }
    if let Err(reason) = next.check() {
        return Err(problem("ma", K::Unreadable { reason }));
    }
    *schema = next;
    Ok(())
}

fn title_of(title: &str) -> Result<String, Vec<CatalogProblem>> {
    let title = crate::text::nfc(title.trim());
    if title.is_empty() {
        return Err(problem("tieu_de", K::Required));
    }
    if title.chars().count() > MAX_LABEL {
        return Err(problem("tieu_de", K::TooLong { max: MAX_LABEL }));
    }
    Ok(title)
}

fn section_mut(schema: &mut FormSchema, index: usize) -> Result<&mut Section, Vec<CatalogProblem>> {
    schema.sections.get_mut(index).ok_or_else(|| problem("phan", K::NotAnOption))
}

/// The top-level group `key` and its members.
fn group_mut<'a>(schema: &'a mut FormSchema, key: &str) -> Option<&'a mut Vec<Field>> {
    schema.sections.iter_mut().flat_map(|s| s.fields.iter_mut()).find(|f| f.key == key).and_then(|f| {
        match &mut f.kind {
            FieldKind::Group { fields, .. } => Some(fields),
            _ => None,
        }
    })
}

/// The list a field lives in (a section's fields or a group's members) and its index there.
fn locate<'a>(schema: &'a mut FormSchema, at: &FieldAt) -> Option<(&'a mut Vec<Field>, usize)> {
    let list = match &at.group {
        Some(group) => group_mut(schema, group)?,
        None => {
            let section = schema.sections.iter().position(|s| s.fields.iter().any(|f| f.key == at.key))?;
            &mut schema.sections[section].fields
        }
    };
    let index = list.iter().position(|f| f.key == at.key)?;
    Some((list, index))
}

/// The field at `at`.
pub fn field_at<'a>(schema: &'a FormSchema, at: &FieldAt) -> Option<&'a Field> {
    match &at.group {
        Some(group) => match &schema.field(group)?.kind {
            FieldKind::Group { fields, .. } => fields.iter().find(|f| f.key == at.key),
            _ => None,
        },
        None => schema.field(&at.key),
    }
}

/// The fields a field of `group` (or of the form) lives beside: the ones its key must differ
/// from and its condition may name (a member's row-mates).
pub fn scope(schema: &FormSchema, group: Option<&str>) -> Vec<Field> {
    match group {
        Some(group) => match schema.field(group).map(|f| &f.kind) {
            Some(FieldKind::Group { fields, .. }) => fields.clone(),
            _ => Vec::new(),
        },
        None => schema.fields().cloned().collect(),
    }
}

fn put_field(schema: &mut FormSchema, place: Place, mut field: Field) -> Result<(), Vec<CatalogProblem>> {
    let (group, old_key) = match &place {
        Place::New { group, .. } => (group.clone(), None),
        Place::Existing(at) => (at.group.clone(), Some(at.key.clone())),
    };
    if group.is_some() && matches!(field.kind, FieldKind::Group { .. }) {
        return Err(problem("loai", K::GroupInGroup));
    }
    let neighbours = scope(schema, group.as_deref());
    let others = || neighbours.iter().filter(|f| Some(&f.key) != old_key.as_ref());
    if others().any(|f| f.key == field.key) {
        return Err(problem("ma", K::DuplicateFieldKey));
    }
    if let Some(condition) = &field.when
        && (condition.field == field.key || !others().any(|f| f.key == condition.field))
    {
        return Err(problem("dk_truong", K::NotAnOption));
    }
    match place {
        Place::New { section, group } => {
            let list = match &group {
                Some(key) => group_mut(schema, key).ok_or_else(|| problem("nhom", K::NotAnOption))?,
                None => &mut section_mut(schema, section)?.fields,
            };
            if list.len() >= MAX_FIELDS {
                return Err(problem("ma", K::TooMany { max: MAX_FIELDS }));
            }
            list.push(field);
        }
        Place::Existing(at) => {
            let (list, index) = locate(schema, &at).ok_or_else(|| problem("truong", K::NotAnOption))?;
            let old = &list[index];
            if let FieldKind::Group { fields: members, .. } = &old.kind {
                match &mut field.kind {
                    FieldKind::Group { fields, .. } => *fields = members.clone(),
                    _ if !members.is_empty() => return Err(problem("loai", K::NotEmpty)),
                    _ => {}
                }
            }
            list[index] = field.clone();
            if at.key != field.key {
                rename_conditions(schema, at.group.as_deref(), &at.key, &field.key);
                rename_in_rules(schema, at.group.as_deref(), &at.key, &field.key);
            }
            // A rule that needs this field as it was (a date, an answer) keeps it so.
            if schema.rules.iter().any(|rule| schema.check_rule(rule).is_err()) {
                return Err(problem("loai", K::UsedByRule));
            }
        }
    }
    Ok(())
}

/// Conditions that named `old` name `new` after a field's key changed.
fn rename_conditions(schema: &mut FormSchema, group: Option<&str>, old: &str, new: &str) {
    let list: Vec<&mut Field> = match group {
        Some(group) => match group_mut(schema, group) {
            Some(members) => members.iter_mut().collect(),
            None => return,
        },
        None => schema.sections.iter_mut().flat_map(|s| s.fields.iter_mut()).collect(),
    };
    for field in list {
        if let Some(condition) = field.when.as_mut().filter(|c| c.field == old) {
            condition.field = new.to_owned();
        }
    }
}

/// Rules that named `old` (of `group`, or a top-level field and its members) name `new`.
fn rename_in_rules(schema: &mut FormSchema, group: Option<&str>, old: &str, new: &str) {
    let rename = |name: &mut String| {
        let renamed = match group {
            Some(group) => (*name == format!("{group}.{old}")).then(|| format!("{group}.{new}")),
            None if name == old => Some(new.to_owned()),
            None => name.strip_prefix(&format!("{old}.")).map(|member| format!("{new}.{member}")),
        };
        if let Some(renamed) = renamed {
            *name = renamed;
        }
    };
    for rule in &mut schema.rules {
        match rule {
            Rule::DateOrder { earlier: a, later: b } | Rule::RequiredWith { field: a, other: b } => {
                rename(a);
                rename(b);
            }
        }
    }
}

fn move_field(schema: &mut FormSchema, at: &FieldAt, up: bool) -> Result<(), Vec<CatalogProblem>> {
    let missing = || problem("truong", K::NotAnOption);
    if at.group.is_some() {
        let (list, index) = locate(schema, at).ok_or_else(missing)?;
        let other = if up { index.checked_sub(1) } else { Some(index + 1) };
        if let Some(other) = other.filter(|o| *o < list.len()) {
            list.swap(index, other);
        }
        return Ok(());
    }
    let section = schema.sections.iter().position(|s| s.fields.iter().any(|f| f.key == at.key)).ok_or_else(missing)?;
    let sections = schema.sections.len();
    let index = schema.sections[section].fields.iter().position(|f| f.key == at.key).ok_or_else(missing)?;
    let full = |s: &Section| s.fields.len() >= MAX_FIELDS;
    if (up && index == 0 && section > 0 && full(&schema.sections[section - 1]))
        || (!up
            && index + 1 == schema.sections[section].fields.len()
            && section + 1 < sections
            && full(&schema.sections[section + 1]))
    {
        return Err(problem("truong", K::TooMany { max: MAX_FIELDS }));
    }
    let fields = &mut schema.sections[section].fields;
    match (up, index) {
        (true, 0) if section > 0 => {
            let field = fields.remove(0);
            schema.sections[section - 1].fields.push(field);
        }
        (true, 0) => {}
        (true, _) => fields.swap(index, index - 1),
        (false, _) if index + 1 < fields.len() => fields.swap(index, index + 1),
        (false, _) if section + 1 < sections => {
            let field = fields.remove(index);
            schema.sections[section + 1].fields.insert(0, field);
        }
        (false, _) => {}
    }
    Ok(())
}

fn remove_field(schema: &mut FormSchema, at: &FieldAt) -> Result<(), Vec<CatalogProblem>> {
    let named_by = scope(schema, at.group.as_deref())
        .into_iter()
        .find(|f| f.key != at.key && f.when.as_ref().is_some_and(|c| c.field == at.key));
    if let Some(by) = named_by {
        return Err(problem("truong", K::InUse { by: by.label }));
    }
    let name = at.to_string();
    if let Some(rule) = schema.rules.iter().find(|r| [r.fields().0, r.fields().1].contains(&name.as_str())) {
        // Named by the rule's other field, whose rule it is.
        let other = if rule.fields().0 == name { rule.fields().1 } else { rule.fields().0 };
        let by = schema.rule_field(other).map(|(f, _)| f.label.clone()).unwrap_or_else(|| other.to_owned());
        return Err(problem("truong", K::InUse { by }));
    }
    let (list, index) = locate(schema, at).ok_or_else(|| problem("truong", K::NotAnOption))?;
    if matches!(&list[index].kind, FieldKind::Group { fields, .. } if !fields.is_empty()) {
        return Err(problem("truong", K::NotEmpty));
    }
    list.remove(index);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eform::Condition;

    fn text(key: &str) -> Field {
        Field {
            key: key.into(),
            label: format!("Nhãn {key}"),
            kind: FieldKind::Text { max_chars: 200 },
            required: false,
            help: None,
            when: None,
            prefill: None,
        }
    }

    fn group(key: &str) -> Field {
        Field { kind: FieldKind::Group { fields: Vec::new(), min_rows: 0, max_rows: 5 }, ..text(key) }
    }

    fn form() -> FormSchema {
        FormSchema {
            key: "to-khai".into(),
            version: 1,
            title: "Tờ khai".into(),
            replaces_requirement: None,
            rules: Vec::new(),
            sections: vec![
                Section { title: "Một".into(), fields: vec![text("a"), text("b")] },
                Section { title: "Hai".into(), fields: vec![text("c")] },
            ],
        }
    }

    fn keys(schema: &FormSchema) -> Vec<Vec<&str>> {
        schema.sections.iter().map(|s| s.fields.iter().map(|f| f.key.as_str()).collect()).collect()
    }

    fn at(key: &str) -> FieldAt {
        FieldAt::parse(key).unwrap()
    }

    fn new_in(section: usize, group: Option<&str>) -> Place {
        Place::New { section, group: group.map(str::to_owned) }
    }

    fn refused(schema: &mut FormSchema, edit: Edit) -> (String, K) {
        let before = schema.clone();
        let mut problems = apply(schema, edit).unwrap_err();
        assert_eq!(*schema, before, "a refused edit changes nothing");
        let p = problems.remove(0);
        (p.path, p.kind)
    }

    #[test]
    fn fields_move_within_and_across_sections() {
        let mut f = form();
        apply(&mut f, Edit::MoveField { at: at("b"), up: true }).unwrap();
        assert_eq!(keys(&f), [vec!["b", "a"], vec!["c"]]);
        apply(&mut f, Edit::MoveField { at: at("a"), up: false }).unwrap();
        assert_eq!(keys(&f), [vec!["b"], vec!["a", "c"]], "down from the last place: first of the next section");
        apply(&mut f, Edit::MoveField { at: at("a"), up: true }).unwrap();
        assert_eq!(keys(&f), [vec!["b", "a"], vec!["c"]], "up from the first place: last of the section before");
        apply(&mut f, Edit::MoveField { at: at("b"), up: true }).unwrap();
        apply(&mut f, Edit::MoveField { at: at("c"), up: false }).unwrap();
        assert_eq!(keys(&f), [vec!["b", "a"], vec!["c"]], "at the very ends nothing moves");
        apply(&mut f, Edit::MoveSection { index: 1, up: true }).unwrap();
        assert_eq!(keys(&f), [vec!["c"], vec!["b", "a"]]);
    }

    #[test]
    fn groups_hold_members_with_row_conditions() {
        let mut f = form();
        apply(&mut f, Edit::PutField { place: new_in(1, None), field: group("con") }).unwrap();
        apply(&mut f, Edit::PutField { place: new_in(0, Some("con")), field: text("ten") }).unwrap();
        let mut note = text("ghi_chu");
        note.when = Some(Condition { field: "ten".into(), equals: None });
        apply(&mut f, Edit::PutField { place: new_in(0, Some("con")), field: note.clone() }).unwrap();
        let Some(FieldKind::Group { fields, .. }) = f.field("con").map(|g| &g.kind) else { panic!("a group") };
        assert_eq!(fields.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(), ["ten", "ghi_chu"]);
        note.when = Some(Condition { field: "a".into(), equals: None });
        let edit = Edit::PutField { place: new_in(0, Some("con")), field: Field { key: "x".into(), ..note } };
        assert_eq!(
            refused(&mut f, edit),
            ("dk_truong".into(), K::NotAnOption),
            "a member's condition stays in its row"
        );
        let edit = Edit::PutField { place: new_in(0, Some("con")), field: group("g2") };
        assert_eq!(refused(&mut f, edit).1, K::GroupInGroup);
        assert_eq!(refused(&mut f, Edit::RemoveField { at: at("con") }).1, K::NotEmpty);
        let to_text = Edit::PutField { place: Place::Existing(at("con")), field: text("con") };
        assert_eq!(refused(&mut f, to_text), ("loai".into(), K::NotEmpty));
        let relabel = Field { label: "Các con".into(), ..group("con") };
        apply(&mut f, Edit::PutField { place: Place::Existing(at("con")), field: relabel }).unwrap();
        assert!(
            matches!(&f.field("con").unwrap().kind, FieldKind::Group { fields, .. } if fields.len() == 2),
            "a group changed keeps its members"
        );
        assert_eq!(refused(&mut f, Edit::RemoveField { at: at("con.ten") }).1, K::InUse { by: "Nhãn ghi_chu".into() });
        apply(&mut f, Edit::RemoveField { at: at("con.ghi_chu") }).unwrap();
        apply(&mut f, Edit::RemoveField { at: at("con.ten") }).unwrap();
        apply(&mut f, Edit::RemoveField { at: at("con") }).unwrap();
        assert_eq!(f, form());
    }

    #[test]
    fn keys_stay_unique_and_conditions_follow_a_renamed_field() {
        let mut f = form();
        let edit = Edit::PutField { place: new_in(1, None), field: text("a") };
        assert_eq!(refused(&mut f, edit), ("ma".into(), K::DuplicateFieldKey));
        let mut shown = text("d");
        shown.when = Some(Condition { field: "a".into(), equals: Some("co".into()) });
        apply(&mut f, Edit::PutField { place: new_in(1, None), field: shown }).unwrap();
        assert_eq!(refused(&mut f, Edit::RemoveField { at: at("a") }).0, "truong");
        apply(&mut f, Edit::PutField { place: Place::Existing(at("a")), field: text("a2") }).unwrap();
        assert_eq!(f.field("d").unwrap().when.as_ref().unwrap().field, "a2");
        let mut itself = text("e");
        itself.when = Some(Condition { field: "e".into(), equals: None });
        assert_eq!(refused(&mut f, Edit::PutField { place: new_in(0, None), field: itself }).0, "dk_truong");
        let edit = Edit::PutField { place: new_in(7, None), field: text("z") };
        assert_eq!(refused(&mut f, edit).0, "phan");
    }

    #[test]
    fn sections_are_titled_and_removed_only_when_empty() {
        let mut f = form();
        assert_eq!(refused(&mut f, Edit::AddSection { title: "  ".into() }), ("tieu_de".into(), K::Required));
        apply(&mut f, Edit::AddSection { title: "Ba".into() }).unwrap();
        assert_eq!(refused(&mut f, Edit::RemoveSection { index: 0 }), ("phan".into(), K::NotEmpty));
        apply(&mut f, Edit::RenameSection { index: 2, title: "Phần ba".into() }).unwrap();
        assert_eq!(f.sections[2].title, "Phần ba");
        apply(&mut f, Edit::RemoveSection { index: 2 }).unwrap();
        assert_eq!(f, form());
        apply(&mut f, Edit::Heading { title: "Tờ khai mới".into(), replaces: Some(1) }).unwrap();
        assert_eq!((f.title.as_str(), f.replaces_requirement), ("Tờ khai mới", Some(1)));
    }

    #[test]
    fn rules_are_added_only_where_they_can_stand_and_removed() {
        let date = |key: &str| Field { kind: FieldKind::Date { past_only: true }, ..text(key) };
        let mut f = form();
        apply(&mut f, Edit::PutField { place: new_in(0, None), field: date("sinh_me") }).unwrap();
        apply(&mut f, Edit::PutField { place: new_in(0, None), field: date("sinh_con") }).unwrap();
        let order = Rule::DateOrder { earlier: "sinh_me".into(), later: "sinh_con".into() };
        apply(&mut f, Edit::AddRule { rule: order.clone() }).unwrap();
        assert_eq!(f.rules, std::slice::from_ref(&order));
        assert_eq!(refused(&mut f, Edit::AddRule { rule: order.clone() }), ("quy_tac".into(), K::Duplicate));
        // Text fields have no order; a rule names two different fields that exist.
        let texts = Rule::DateOrder { earlier: "a".into(), later: "b".into() };
        assert_eq!(refused(&mut f, Edit::AddRule { rule: texts }), ("quy_tac".into(), K::BadRule));
        let itself = Rule::RequiredWith { field: "a".into(), other: "a".into() };
        assert_eq!(refused(&mut f, Edit::AddRule { rule: itself }), ("quy_tac".into(), K::BadRule));
        let unknown = Rule::RequiredWith { field: "a".into(), other: "khong_co".into() };
        assert_eq!(refused(&mut f, Edit::AddRule { rule: unknown }), ("quy_tac".into(), K::BadRule));
        // A field a rule names stays until the rule goes.
        assert!(apply(&mut f.clone(), Edit::RemoveField { at: at("sinh_me") }).is_err());
        assert_eq!(refused(&mut f, Edit::RemoveRule { index: 1 }), ("quy_tac".into(), K::NotAnOption));
        // A renamed field keeps its rules; one a rule needs as a date stays a date.
        let renamed = Field { key: "ngay_sinh_me".into(), ..date("sinh_me") };
        apply(&mut f, Edit::PutField { place: Place::Existing(at("sinh_me")), field: renamed }).unwrap();
        assert_eq!(f.rules, [Rule::DateOrder { earlier: "ngay_sinh_me".into(), later: "sinh_con".into() }]);
        let as_text = Place::Existing(at("ngay_sinh_me"));
        assert_eq!(
            refused(&mut f, Edit::PutField { place: as_text, field: text("ngay_sinh_me") }),
            ("loai".into(), K::UsedByRule)
        );
        apply(&mut f, Edit::RemoveRule { index: 0 }).unwrap();
        assert!(f.rules.is_empty());
        apply(&mut f, Edit::RemoveField { at: at("ngay_sinh_me") }).unwrap();
    }
}

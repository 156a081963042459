//! The shape of a form. Deserialised from the seed JSON and the database; `FormSchema::check`
//! refuses a schema whose keys collide or whose conditions name missing fields, so a broken form
//! is caught when it is loaded, not when a citizen fills it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormSchema {
    /// Stable name, e.g. `to-khai-khai-sinh`.
    pub key: String,
    /// Bumped on every change; a dossier keeps the version it was filed with.
    pub version: u32,
    pub title: String,
    /// The procedure's document requirement (ordinal) this e-form stands for: filed online, the
    /// declaration is the form itself, not an upload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces_requirement: Option<i32>,
    pub sections: Vec<Section>,
    /// Rules across fields (dates in order, one answer needed with another), checked after
    /// each field's own by the same validator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
}

/// A rule across two fields. Each names top-level fields (`ngay_sinh_me`), or members of one
/// repeating group (`cu_tru.tu_ngay`, `cu_tru.den_ngay`: checked row by row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// Date `later` is not before date `earlier` (a child is born after its mother; a period
    /// ends after it starts). Reported on `later`.
    DateOrder { earlier: String, later: String },
    /// `field` must be answered once `other` has a value (the date an ID was issued, once its
    /// number is given). Reported on `field`.
    RequiredWith { field: String, other: String },
}

impl Rule {
    /// The two fields the rule names, the one it is reported on first.
    pub fn fields(&self) -> (&str, &str) {
        match self {
            Rule::DateOrder { earlier, later } => (later, earlier),
            Rule::RequiredWith { field, other } => (field, other),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// `[a-z0-9_]+`, unique in the form (group members: unique in the group).
    pub key: String,
    pub label: String,
    #[serde(flatten)]
    pub kind: FieldKind,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Shown and checked only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<Prefill>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        #[serde(default = "default_text_max")]
        max_chars: usize,
    },
    LongText {
        #[serde(default = "default_long_max")]
        max_chars: usize,
    },
    /// Whole numbers (counts, areas in m² rounded, floors).
    Number {
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
    },
    /// Whole đồng.
    Money {
        #[serde(default)]
        max: Option<i64>,
    },
    /// ISO `yyyy-mm-dd` (what `<input type="date">` posts).
    Date {
        /// Not after today (dates of birth, events that happened).
        #[serde(default)]
        past_only: bool,
    },
    Select {
        options: Vec<Choice>,
    },
    Radio {
        options: Vec<Choice>,
    },
    Checkbox,
    CitizenId,
    TaxCode,
    Phone,
    Email,
    /// An administrative unit code (province or commune in force today).
    AdminUnit,
    /// Repeating rows of the member fields.
    Group {
        fields: Vec<Field>,
        #[serde(default)]
        min_rows: usize,
        #[serde(default = "default_max_rows")]
        max_rows: usize,
    },
    /// Where the upload slot of the procedure's document requirement number `requirement`
    /// (its ordinal in the catalog) appears in the form. Holds no value itself.
    Document {
        requirement: i32,
    },
}

fn default_text_max() -> usize {
    200
}
fn default_long_max() -> usize {
    2000
}
fn default_max_rows() -> usize {
    20
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    /// A top-level field of the same form (or, inside a group, of the same row).
    pub field: String,
    /// Holds when the field equals this; without it, when the field has any value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<String>,
}

impl Condition {
    /// Whether the condition holds on the top-level answers `values`.
    pub fn holds(&self, values: &super::FormValues) -> bool {
        super::validate::applies(Some(self), &|key: &str| values.get(key).to_owned())
    }
}

/// Account data a field starts with; what it holds is the applicant's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prefill {
    FullName,
    CitizenId,
    BirthDate,
    Phone,
    Email,
    /// The applicant's address: an account keeps none, so it starts empty; marked so the
    /// receipt (Mẫu 01) prints it.
    Address,
}

impl FormSchema {
    /// Every field of the form in order, with group members after their group.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields().find(|f| f.key == key)
    }

    /// The document requirements the form places inline.
    pub fn document_slots(&self) -> Vec<i32> {
        self.fields()
            .filter_map(|f| match f.kind {
                FieldKind::Document { requirement } => Some(requirement),
                _ => None,
            })
            .collect()
    }

    /// A schema error, if any: bad or duplicate keys, conditions naming missing fields, groups
    /// inside groups, empty option lists.
    pub fn check(&self) -> Result<(), String> {
        let mut seen = std::collections::BTreeSet::new();
        for field in self.fields() {
            check_field(field, &mut seen, true)?;
        }
        for field in self.fields() {
            if let Some(c) = &field.when
                && self.field(&c.field).is_none()
            {
                return Err(format!("{}: condition names unknown field {}", field.key, c.field));
            }
            if let FieldKind::Group { fields, min_rows, max_rows } = &field.kind {
                if min_rows > max_rows || *max_rows == 0 {
                    return Err(format!("{}: rows {min_rows}..{max_rows}", field.key));
                }
                let mut inner = std::collections::BTreeSet::new();
                for member in fields {
                    check_field(member, &mut inner, false)?;
                    if let Some(c) = &member.when
                        && !fields.iter().any(|f| f.key == c.field)
                    {
                        return Err(format!("{}.{}: condition outside its row", field.key, member.key));
                    }
                }
            }
        }
        for rule in &self.rules {
            self.check_rule(rule)?;
        }
        Ok(())
    }

    /// The field a rule's name points at (`key`, or `group.member`), and its group if any.
    pub fn rule_field(&self, name: &str) -> Option<(&Field, Option<&Field>)> {
        match name.split_once('.') {
            None => self.field(name).map(|f| (f, None)),
            Some((group, member)) => {
                let group = self.field(group)?;
                let FieldKind::Group { fields, .. } = &group.kind else { return None };
                fields.iter().find(|f| f.key == member).map(|f| (f, Some(group)))
            }
        }
    }

    /// Whether `rule` may stand in this form: two different fields that exist, in the same row
    /// of a group or both outside groups; dates for an order, no group or document otherwise.
    pub fn check_rule(&self, rule: &Rule) -> Result<(), String> {
        let (a, b) = rule.fields();
        let found = |name: &str| self.rule_field(name).ok_or_else(|| format!("rule names unknown field {name}"));
        let ((first, group_a), (second, group_b)) = (found(a)?, found(b)?);
        if group_a.map(|g| &g.key) != group_b.map(|g| &g.key) {
            return Err(format!("rule between {a} and {b}: not in the same row"));
        }
        if a == b {
            return Err(format!("rule names {a} twice"));
        }
        let is_date = |f: &Field| matches!(f.kind, FieldKind::Date { .. });
        match rule {
            Rule::DateOrder { .. } if !(is_date(first) && is_date(second)) => {
                Err(format!("date order between {a} and {b}: both must be dates"))
            }
            Rule::RequiredWith { .. }
                if matches!(first.kind, FieldKind::Group { .. } | FieldKind::Document { .. })
                    || matches!(second.kind, FieldKind::Group { .. } | FieldKind::Document { .. }) =>
            {
                Err(format!("{a} required with {b}: not between groups or documents"))
            }
            _ => Ok(()),
        }
    }
}

fn check_field(field: &Field, seen: &mut std::collections::BTreeSet<String>, top: bool) -> Result<(), String> {
    let valid_key =
        !field.key.is_empty() && field.key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !valid_key {
        return Err(format!("bad field key {:?}", field.key));
    }
    if !seen.insert(field.key.clone()) {
        return Err(format!("duplicate field key {}", field.key));
    }
    match &field.kind {
        FieldKind::Group { .. } if !top => Err(format!("{}: a group inside a group", field.key)),
        FieldKind::Select { options } | FieldKind::Radio { options } if options.is_empty() => {
            Err(format!("{}: no options", field.key))
        }
        _ => Ok(()),
    }
}

//! What a citizen typed into a form. Posted as HTML form pairs, `f.<key>` for a field and
//! `g.<group>.<row>.<key>` for a member of a repeating group's row; stored as JSON.

use super::{FieldKind, FormSchema};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest value kept for any one field; longer input is cut here (the validator then reports
/// the field's own, smaller limit).
pub const MAX_VALUE_CHARS: usize = 10_000;

pub type Row = BTreeMap<String, String>;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormValues {
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    #[serde(default)]
    pub groups: BTreeMap<String, Vec<Row>>,
}

impl FormValues {
    /// The value of top-level field `key`, trimmed; empty when missing.
    pub fn get(&self, key: &str) -> &str {
        self.fields.get(key).map(|s| s.trim()).unwrap_or_default()
    }

    /// Reads posted pairs against `schema`: unknown keys are dropped, rows beyond a group's
    /// maximum are dropped, values are cut at [`MAX_VALUE_CHARS`], and rows left entirely empty
    /// are removed (an untouched spare row is not data).
    /// Values are put in Unicode NFC first.
    pub fn from_pairs<'a>(schema: &FormSchema, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self::from_nfc_pairs(schema, pairs.into_iter().map(|(name, value)| (name, crate::text::nfc(value))))
    }

    /// As `from_pairs`, for values already in NFC: the browser normalizes with its own tables
    /// (`String.normalize`), so the wasm bundle carries none of Unicode's.
    pub fn from_nfc_pairs<'a, V: AsRef<str>>(
        schema: &FormSchema,
        pairs: impl IntoIterator<Item = (&'a str, V)>,
    ) -> Self {
        let mut values = FormValues::default();
        let mut rows: BTreeMap<String, BTreeMap<usize, Row>> = BTreeMap::new();
        for (name, value) in pairs {
            let value: String = value.as_ref().chars().take(MAX_VALUE_CHARS).collect();
            if let Some(key) = name.strip_prefix("f.") {
                match schema.field(key).map(|f| &f.kind) {
                    Some(FieldKind::Group { .. } | FieldKind::Document { .. }) | None => {}
                    Some(_) => {
                        values.fields.insert(key.to_owned(), value);
                    }
                }
            } else if let Some(rest) = name.strip_prefix("g.") {
                let mut parts = rest.splitn(3, '.');
                let (Some(group), Some(index), Some(member)) = (parts.next(), parts.next(), parts.next()) else {
                    continue;
                };
                let Some(FieldKind::Group { fields, max_rows, .. }) = schema.field(group).map(|f| &f.kind) else {
                    continue;
                };
                let Ok(index) = index.parse::<usize>() else { continue };
                if index >= *max_rows || !fields.iter().any(|f| f.key == member) {
                    continue;
                }
                rows.entry(group.to_owned()).or_default().entry(index).or_default().insert(member.to_owned(), value);
            }
        }
        for (group, by_index) in rows {
            let kept: Vec<Row> =
                by_index.into_values().filter(|row| row.values().any(|v| !v.trim().is_empty())).collect();
            values.groups.insert(group, kept);
        }
        values
    }

    /// The posted pairs again (for a form rendered from stored values).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = self.fields.iter().map(|(k, v)| (format!("f.{k}"), v.clone())).collect();
        for (group, rows) in &self.groups {
            for (i, row) in rows.iter().enumerate() {
                for (k, v) in row {
                    pairs.push((format!("g.{group}.{i}.{k}"), v.clone()));
                }
            }
        }
        pairs
    }
}

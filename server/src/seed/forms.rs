//! The demo e-forms of the most filed procedures: birth and death registration, the marital
//! status certificate, copies of civil status extracts, temporary residence (CT01), household
//! business registration and its changes, the construction permit (individual house), the
//! criminal record certificate, the passport (TK01), the driving licence renewal, the monthly
//! social allowance and the karaoke licence, each attached to the procedure version in force.
//! Applied idempotently (a form version is inserted once).

use crate::db::schema::{procedure_forms, procedures};
use crate::db::{DbConn, DbError};
use diesel::prelude::*;
use shared::eform::FormSchema;

/// (procedure code, form JSON).
pub const DEMO_FORMS: [(&str, &str); 13] = [
    ("1.000656", include_str!("forms/1.000656.json")),
    ("1.001029", include_str!("forms/1.001029.json")),
    ("1.001193", include_str!("forms/1.001193.json")),
    ("1.001456", include_str!("forms/1.001456.json")),
    ("1.001612", include_str!("forms/1.001612.json")),
    ("1.001776", include_str!("forms/1.001776.json")),
    ("1.004194", include_str!("forms/1.004194.json")),
    ("1.004873", include_str!("forms/1.004873.json")),
    ("1.005360", include_str!("forms/1.005360.json")),
    ("2.000635", include_str!("forms/2.000635.json")),
    ("2.000720", include_str!("forms/2.000720.json")),
    ("3.000333", include_str!("forms/3.000333.json")),
    ("3.000347", include_str!("forms/3.000347.json")),
];

pub fn parse(json: &str) -> Result<FormSchema, String> {
    let schema: FormSchema = serde_json::from_str(json).map_err(|e| e.to_string())?;
    schema.check()?;
    Ok(schema)
}

/// The id of the version of procedure `code` in force today, if the catalog has it.
pub fn procedure_in_force(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    let today = shared::time::today();
    Ok(procedures::table
        .filter(procedures::code.eq(code))
        .filter(crate::services::catalog::in_force(today))
        .select(procedures::id)
        .first(conn)
        .optional()?)
}

/// Inserts the forms not there yet; returns how many were inserted.
pub fn apply(conn: &mut DbConn) -> Result<usize, DbError> {
    let mut inserted = 0;
    for (code, json) in DEMO_FORMS {
        let schema = parse(json).map_err(|e| crate::db::decode(format!("form of {code}: {e}")))?;
        let Some(procedure_id) = procedure_in_force(conn, code)? else { continue };
        let exists: Option<i64> = procedure_forms::table
            .filter(procedure_forms::procedure_id.eq(procedure_id))
            .filter(procedure_forms::form_key.eq(&schema.key))
            .filter(procedure_forms::version.eq(i32::try_from(schema.version).unwrap_or(i32::MAX)))
            .select(procedure_forms::id)
            .first(conn)
            .optional()?;
        if exists.is_some() {
            continue;
        }
        diesel::insert_into(procedure_forms::table)
            .values((
                procedure_forms::procedure_id.eq(procedure_id),
                procedure_forms::form_key.eq(&schema.key),
                procedure_forms::version.eq(i32::try_from(schema.version).unwrap_or(i32::MAX)),
                procedure_forms::schema_json.eq(json),
                procedure_forms::created_at.eq(shared::time::now()),
            ))
            .execute(conn)?;
        inserted += 1;
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::eform::FieldKind;

    #[test]
    fn every_demo_form_is_a_valid_schema() {
        for (code, json) in DEMO_FORMS {
            let schema = parse(json).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert!(schema.fields().count() >= 8, "{code} has its real fields");
            assert_eq!(schema.replaces_requirement, Some(1));
        }
    }

    /// A value `kind` accepts that reads differently from how it is stored wherever it can
    /// (an option whose label is not its code, a date, an amount).
    fn sample(kind: &FieldKind) -> String {
        match kind {
            FieldKind::Select { options } | FieldKind::Radio { options } => {
                options.iter().find(|o| o.label != o.value).unwrap_or(&options[0]).value.clone()
            }
            FieldKind::Date { .. } => "2020-02-29".into(),
            FieldKind::Money { .. } | FieldKind::Number { .. } => "1500000".into(),
            FieldKind::Checkbox => "1".into(),
            FieldKind::AdminUnit => "14107".into(),
            _ => "Giá trị".into(),
        }
    }

    /// Every seeded form, every field answered; each field read with its condition met (the
    /// other field given the value it names): the readable dossier shows no option's code, no
    /// ISO date or unit code, and every repeating group as a table with its rows.
    #[test]
    fn every_demo_form_reads_as_people_write() {
        use shared::eform::{Answer, FieldKind as K, FormValues, Row, Words, readable};
        let unit = |_: &str| Some("Phường Tô Hiệu".to_owned());
        let words = Words { yes: "Có", no: "Không", unit: &unit };
        for (code, json) in DEMO_FORMS {
            let schema = parse(json).unwrap();
            let mut base = FormValues::default();
            for field in schema.fields() {
                match &field.kind {
                    K::Group { fields, .. } => {
                        let row: Row = fields.iter().map(|f| (f.key.clone(), sample(&f.kind))).collect();
                        base.groups.insert(field.key.clone(), vec![row.clone(), row]);
                    }
                    kind => {
                        base.fields.insert(field.key.clone(), sample(kind));
                    }
                }
            }
            for field in schema.fields() {
                let mut values = base.clone();
                if let Some(equals) = field.when.as_ref().and_then(|c| c.equals.clone().map(|e| (c.field.clone(), e))) {
                    values.fields.insert(equals.0, equals.1);
                }
                let read = readable(&schema, &values, &words);
                let answers: Vec<&Answer> = read.iter().flat_map(|s| &s.answers).collect();
                let texts = answers.iter().flat_map(|a| match a {
                    Answer::One { text, .. } => vec![text.clone()],
                    Answer::Table { rows, .. } => rows.iter().flatten().cloned().collect(),
                });
                let raw: Vec<String> = texts.filter(|t| t == "2020-02-29" || t == "14107").collect();
                assert!(raw.is_empty(), "{code}: raw values shown: {raw:?}");
                match &field.kind {
                    K::Select { options } | K::Radio { options } => {
                        let chosen = values.get(&field.key);
                        let coded = options.iter().any(|o| o.value == chosen && o.label != chosen);
                        let shown = answers.iter().any(
                            |a| matches!(a, Answer::One { label, text } if *label == field.label && text == chosen),
                        );
                        assert!(!(coded && shown), "{code}: {} shows its code {chosen}", field.key);
                    }
                    K::Group { .. } => assert!(
                        answers.iter().any(|a| {
                            matches!(a, Answer::Table { label, rows, .. } if *label == field.label && rows.len() == 2)
                        }),
                        "{code}: group {} not shown",
                        field.key
                    ),
                    _ => {}
                }
            }
        }
    }
}

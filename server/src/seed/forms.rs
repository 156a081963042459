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
    let today = crate::services::today_in_vietnam();
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
        let schema = parse(json).map_err(|e| crate::services::filing::decode(format!("form of {code}: {e}")))?;
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
                procedure_forms::created_at.eq(chrono::Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        inserted += 1;
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_form_is_a_valid_schema() {
        for (code, json) in DEMO_FORMS {
            let schema = parse(json).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert!(schema.fields().count() >= 8, "{code} has its real fields");
            assert_eq!(schema.replaces_requirement, Some(1));
        }
    }
}

//! A procedure's e-form in the catalog editor: the current form (the designed one, or the
//! generic one a first draft makes), exported as JSON, and a new version published from JSON
//! after the schema check and the checks that need the database (the documents it names are
//! the procedure's). A published version is never changed: a new one gets the next number and
//! becomes the form of new drafts; dossiers keep the version they were filed with.
//!
//! The form is named by a target (`shared::catalog::FormTarget`): the procedure's own, or a
//! case's. A case's form starts as a copy of the procedure's and, once published, is the one
//! dossiers of that case are filed on (`procedure_forms.case_key`).

use super::drafts::{EditError, may_edit};
use super::store;
use crate::db::schema::{document_requirements, procedure_forms};
use crate::db::{DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Actor;
use shared::catalog::{CatalogProblem, CatalogProblemKind as K, FormTarget, ProcedureDocument};
use shared::eform::{FieldKind, FormSchema, GENERIC_FORM_KEY, generic_form};

/// The key a form designed from the generic one takes.
const DESIGNED_FORM_KEY: &str = "to-khai";

/// The most bytes of a form's JSON (a rich declaration is a few tens of kilobytes).
pub const MAX_FORM_JSON: usize = 60 * 1024;

pub struct Current {
    pub document: ProcedureDocument,
    /// The case whose form it is (`None`: the procedure's own).
    pub case: Option<String>,
    /// The latest published version (0: none yet; the generic form shown is what a first draft
    /// would get).
    pub version: i32,
    pub schema: FormSchema,
}

/// The current e-form of target `code` (a procedure's latest version, or one of its cases),
/// if the actor may edit the procedure and it has the case.
pub fn current(conn: &mut DbConn, actor: &Actor, code: &str) -> Result<Option<Current>, DbError> {
    let FormTarget { code, case } = FormTarget::parse(code);
    let Some((id, ..)) = store::latest(conn, &code)? else { return Ok(None) };
    let document = store::read(conn, id)?;
    if !may_edit(conn, actor, &document)? || case.as_ref().is_some_and(|k| !document.cases.iter().any(|c| &c.key == k))
    {
        return Ok(None);
    }
    let (version, schema) = match published(conn, id, case.as_deref())? {
        Some((version, schema)) => (version, schema),
        // A case without a form of its own starts from the procedure's.
        None if case.is_some() => {
            let own = published(conn, id, None)?.map(|(_, schema)| schema);
            (0, own.unwrap_or(generic_form(&document.name, &fee_counts(conn, id)?)))
        }
        None => (0, generic_form(&document.name, &fee_counts(conn, id)?)),
    };
    Ok(Some(Current { document, case, version, schema }))
}

/// The latest published form of procedure version `id` for `case` (`None`: the procedure's
/// own): its row, version and JSON. The one lookup of the form in force, for the editor and for
/// a new draft of that case.
pub(crate) fn latest(conn: &mut DbConn, id: i64, case: Option<&str>) -> Result<Option<(i64, i32, String)>, DbError> {
    let query = procedure_forms::table.filter(procedure_forms::procedure_id.eq(id)).into_boxed();
    let query = match case {
        Some(case) => query.filter(procedure_forms::case_key.eq(case.to_owned())),
        None => query.filter(procedure_forms::case_key.is_null()),
    };
    Ok(query
        .order(procedure_forms::version.desc())
        .select((procedure_forms::id, procedure_forms::version, procedure_forms::schema_json))
        .first(conn)
        .optional()?)
}

/// [`latest`], parsed.
fn published(conn: &mut DbConn, id: i64, case: Option<&str>) -> Result<Option<(i32, FormSchema)>, DbError> {
    latest(conn, id, case)?
        .map(|(_, version, json)| {
            Ok((version, serde_json::from_str(&json).map_err(|e| super::corrupt("schema_json", e))?))
        })
        .transpose()
}

/// Publishes `json` as the next version of `code`'s e-form if the current one is still `seen`;
/// returns the new version.
pub fn publish(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: i32,
    json: &str,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    let refuse = |reason: String| {
        Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "json".into(), kind: K::Unreadable { reason } }])))
    };
    crate::db::transaction(conn, |conn| {
        let Some(current) = current(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if current.version != seen {
            return Ok(Err(EditError::Stale));
        }
        if json.len() > MAX_FORM_JSON {
            return refuse(format!("quá {MAX_FORM_JSON} byte / over {MAX_FORM_JSON} bytes"));
        }
        let mut schema: FormSchema = match serde_json::from_str(json) {
            Ok(schema) => schema,
            Err(e) => return refuse(e.to_string()),
        };
        if let Err(reason) = schema.check() {
            return refuse(reason);
        }
        if schema.fields().next().is_none() {
            return Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "json".into(), kind: K::EmptyForm }])));
        }
        let Some((procedure_id, ..)) = store::latest(conn, current.document.code.as_str())? else {
            return Ok(Err(EditError::NotFound));
        };
        // A fee counted from a form field needs the field, asked as a number.
        let counts = fee_counts(conn, procedure_id)?;
        let asked = |key: &str| schema.field(key).is_some_and(|f| matches!(f.kind, FieldKind::Number { .. }));
        if let Some((key, _)) = counts.into_iter().find(|(key, _)| !asked(key)) {
            let kind = K::MissingCountField { key };
            return Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "json".into(), kind }])));
        }
        // A designed form is never the generic one: only designed forms carry over to the
        // procedure's next catalog version (`store::write`). A case's form has a key of its own,
        // so its versions are numbered apart from the procedure's.
        if let Some(case) = &current.case {
            schema.key = format!("{DESIGNED_FORM_KEY}-{}", case.replace('_', "-"));
        } else if schema.key == GENERIC_FORM_KEY {
            schema.key = DESIGNED_FORM_KEY.to_owned();
        }
        let ordinals: Vec<i32> = document_requirements::table
            .filter(document_requirements::procedure_id.eq(procedure_id))
            .select(document_requirements::ordinal)
            .load(conn)?;
        let named = schema.fields().filter_map(|f| match f.kind {
            FieldKind::Document { requirement } => Some(requirement),
            _ => None,
        });
        if let Some(missing) = named.chain(schema.replaces_requirement).find(|o| !ordinals.contains(o)) {
            return refuse(format!(
                "giấy tờ số {missing} không có trong thủ tục / document {missing} is not the procedure's"
            ));
        }
        let version = current.version + 1;
        schema.version = u32::try_from(version).unwrap_or(1);
        let stored = serde_json::to_string(&schema).map_err(|e| super::corrupt("schema", e))?;
        diesel::insert_into(procedure_forms::table)
            .values((
                procedure_forms::procedure_id.eq(procedure_id),
                procedure_forms::case_key.eq(&current.case),
                procedure_forms::form_key.eq(&schema.key),
                procedure_forms::version.eq(version),
                procedure_forms::schema_json.eq(stored),
                procedure_forms::created_at.eq(now),
            ))
            .execute(conn)?;
        let detail = format!("{code} biểu mẫu {} phiên bản {version}", schema.key);
        let entry = Entry {
            event: Event::FormPublished,
            actor: actor.account(),
            subject: None,
            ip: None,
            detail: Some(&detail),
        };
        record(conn, now, entry)?;
        Ok(Ok(version))
    })
}

/// The (form field, unit) of the procedure's fees charged per unit with a count field.
pub(crate) fn fee_counts(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<(String, String)>, DbError> {
    use crate::db::schema::{channel_offers, fee_items};
    use shared::catalog::FeeFormula;
    let formulas: Vec<String> = fee_items::table
        .inner_join(channel_offers::table)
        .filter(channel_offers::procedure_id.eq(procedure_id))
        .order((channel_offers::id, fee_items::ordinal))
        .select(fee_items::formula)
        .load(conn)?;
    Ok(formulas
        .iter()
        .filter_map(|json| match serde_json::from_str(json) {
            Ok(FeeFormula::PerUnit { unit, count_field: Some(field), .. }) => Some((field, unit)),
            _ => None,
        })
        .collect())
}

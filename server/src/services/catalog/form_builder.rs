//! The e-form builder's draft: a procedure's form changed one step at a time
//! (`shared::eform::builder`) and kept in `form_drafts` until it is published as the form's
//! next version through [`forms::publish`] (the same checks as a form published as JSON) or
//! thrown away. Every step names the revision it was made on and, when no draft is open, the
//! published version it was shown: a step on anything older is refused, so two administrators
//! never undo each other's work and nobody edits a version they have not seen. The row outlives
//! its draft, so revisions never start over. Who may build a procedure's form is who may edit
//! the procedure (`may_edit`). `code` is a form target (`shared::catalog::FormTarget`): a
//! procedure's own form, or one of its cases'; each has its own draft row.

use super::drafts::EditError;
use super::forms::{self, Current};
use crate::db::schema::form_drafts;
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Actor;
use shared::catalog::{CatalogProblem, CatalogProblemKind as K};
use shared::eform::FormSchema;
use shared::eform::builder::{Edit, apply};

/// A procedure's form as the builder shows it.
pub struct Building {
    pub current: Current,
    /// The row's revision (0: never built here).
    pub revision: i32,
    /// The open draft and the published version it started from.
    pub draft: Option<(FormSchema, i32)>,
}

impl Building {
    /// What the builder works on: the draft, or the published form as its start.
    pub fn schema(&self) -> &FormSchema {
        self.draft.as_ref().map_or(&self.current.schema, |(schema, _)| schema)
    }
}

/// What a step was made on: the revision, and the published version shown.
#[derive(Clone, Copy, Debug)]
pub struct Seen {
    pub revision: i32,
    pub version: i32,
}

impl Building {
    /// Whether `seen` is still what there is.
    pub fn is(&self, seen: Seen) -> bool {
        self.revision == seen.revision && (self.draft.is_some() || self.current.version == seen.version)
    }
}

/// The draft row's key of form target `code`: the procedure's code and the case ('' for none).
fn row_key(code: &str) -> (String, String) {
    let target = shared::catalog::FormTarget::parse(code);
    (target.code, target.case.unwrap_or_default())
}

/// The form of `code` and its open draft, if the actor may edit the procedure.
pub fn load(conn: &mut DbConn, actor: &Actor, code: &str) -> Result<Option<Building>, DbError> {
    let Some(current) = forms::current(conn, actor, code)? else { return Ok(None) };
    let row: Option<(i32, Option<String>, i32)> = form_drafts::table
        .find(row_key(code))
        .select((form_drafts::revision, form_drafts::schema_json, form_drafts::base_version))
        .first(conn)
        .optional()?;
    let (revision, draft) = match row {
        Some((revision, Some(json), base)) => {
            let schema = serde_json::from_str(&json).map_err(|e| super::corrupt("form_drafts.schema_json", e))?;
            (revision, Some((schema, base)))
        }
        Some((revision, None, _)) => (revision, None),
        None => (0, None),
    };
    Ok(Some(Building { current, revision, draft }))
}

/// Writes the row of `code` from revision `seen` (none yet at 0): the draft `json` (`None`:
/// closed) started from `base`. False when someone wrote it meanwhile.
fn write(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: i32,
    draft: Option<(String, i32)>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let (json, base) = match draft {
        Some((json, base)) => (Some(json), base),
        None => (None, 0),
    };
    let by = actor.account();
    let (procedure, case) = row_key(code);
    let written = if seen == 0 {
        let row = (
            form_drafts::code.eq(&procedure),
            form_drafts::case_key.eq(&case),
            form_drafts::base_version.eq(base),
            form_drafts::schema_json.eq(json),
            form_drafts::revision.eq(1),
            form_drafts::updated_by.eq(by),
            form_drafts::updated_at.eq(now),
        );
        // Two first steps at once: one row, the other refused as stale (the same statement on
        // both backends; the multi-backend connection cannot spell it).
        match conn {
            DbConn::Pg(pg) => {
                diesel::insert_into(form_drafts::table).values(row).on_conflict_do_nothing().execute(pg)?
            }
            DbConn::Sqlite(lite) => {
                diesel::insert_into(form_drafts::table).values(row).on_conflict_do_nothing().execute(lite)?
            }
        }
    } else {
        diesel::update(form_drafts::table.find((&procedure, &case)).filter(form_drafts::revision.eq(seen)))
            .set((
                form_drafts::base_version.eq(base),
                form_drafts::schema_json.eq(json),
                form_drafts::revision.eq(seen + 1),
                form_drafts::updated_by.eq(by),
                form_drafts::updated_at.eq(now),
            ))
            .execute(conn)?
    };
    Ok(written == 1)
}

/// Makes `edit` on the draft of `code` (opening one from the published form if none is open)
/// if it is still as `seen`; returns the new revision.
pub fn edit(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: Seen,
    edit: Edit,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if !building.is(seen) {
            return Ok(Err(EditError::Stale));
        }
        let base = building.draft.as_ref().map_or(building.current.version, |(_, base)| *base);
        let mut schema = building.schema().clone();
        if let Err(problems) = apply(&mut schema, edit) {
            return Ok(Err(EditError::Invalid(problems)));
        }
        let json = serde_json::to_string(&schema).map_err(|e| super::corrupt("schema", e))?;
        if json.len() > forms::MAX_FORM_JSON {
            let reason = format!("quá {} byte / over {} bytes", forms::MAX_FORM_JSON, forms::MAX_FORM_JSON);
            return Ok(Err(EditError::Invalid(vec![CatalogProblem {
                path: "ma".into(),
                kind: K::Unreadable { reason },
            }])));
        }
        if !write(conn, actor, code, seen.revision, Some((json, base)), now)? {
            return Ok(Err(EditError::Stale));
        }
        Ok(Ok(seen.revision + 1))
    })
}

/// Publishes the draft of `code` (still at `seen`) as the form's next version and closes it;
/// returns the version. Refused when a version was published since the draft started.
pub fn publish(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: Seen,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        let Some((schema, base)) = building.draft.as_ref().filter(|_| building.revision == seen.revision) else {
            return Ok(Err(EditError::Stale));
        };
        if *base != building.current.version {
            let kind = K::PublishedSince { version: building.current.version };
            return Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "json".into(), kind }])));
        }
        let json = serde_json::to_string(schema).map_err(|e| super::corrupt("schema", e))?;
        let published = forms::publish(conn, actor, code, *base, &json, now)?;
        if published.is_ok() && !write(conn, actor, code, seen.revision, None, now)? {
            return Ok(Err(EditError::Stale));
        }
        Ok(published)
    })
}

/// Throws away the draft of `code` if it is still at `seen`.
pub fn discard(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: Seen,
    now: NaiveDateTime,
) -> Result<Result<(), EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if building.draft.is_none() || building.revision != seen.revision {
            return Ok(Err(EditError::Stale));
        }
        if !write(conn, actor, code, seen.revision, None, now)? {
            return Ok(Err(EditError::Stale));
        }
        Ok(Ok(()))
    })
}

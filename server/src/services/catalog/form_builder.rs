//! The e-form builder's draft: a procedure's form changed one step at a time
//! (`shared::eform::builder`) and kept in `form_drafts` until it is published as the form's
//! next version through [`forms::publish`] (the same checks as a form published as JSON).
//! Every step names the draft revision it was made on (0: no draft yet, the published form is
//! the start): a step on an older one is refused, so two administrators never undo each
//! other's. Who may build a procedure's form is who may edit the procedure (`may_edit`).

use super::drafts::EditError;
use super::forms::{self, Current};
use crate::db::schema::form_drafts;
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Actor;
use shared::eform::FormSchema;
use shared::eform::builder::{Edit, apply};

/// A procedure's form as the builder shows it.
pub struct Building {
    pub current: Current,
    /// The open draft's revision and form, if someone started one.
    pub draft: Option<(i32, FormSchema)>,
}

impl Building {
    /// What the builder works on: the draft, or the published form as its start.
    pub fn schema(&self) -> &FormSchema {
        self.draft.as_ref().map_or(&self.current.schema, |(_, schema)| schema)
    }

    pub fn revision(&self) -> i32 {
        self.draft.as_ref().map_or(0, |(revision, _)| *revision)
    }
}

/// The form of `code` and its open draft, if the actor may edit the procedure.
pub fn load(conn: &mut DbConn, actor: &Actor, code: &str) -> Result<Option<Building>, DbError> {
    let Some(current) = forms::current(conn, actor, code)? else { return Ok(None) };
    let row: Option<(i32, String)> = form_drafts::table
        .find(code)
        .select((form_drafts::revision, form_drafts::schema_json))
        .first(conn)
        .optional()?;
    let draft = match row {
        Some((revision, json)) => {
            Some((revision, serde_json::from_str(&json).map_err(|e| super::corrupt("form_drafts.schema_json", e))?))
        }
        None => None,
    };
    Ok(Some(Building { current, draft }))
}

/// Makes `edit` on the draft of `code` if it is still at `seen`; returns the new revision.
pub fn edit(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: i32,
    edit: Edit,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if building.revision() != seen {
            return Ok(Err(EditError::Stale));
        }
        let mut schema = building.schema().clone();
        if let Err(problems) = apply(&mut schema, edit) {
            return Ok(Err(EditError::Invalid(problems)));
        }
        let json = serde_json::to_string(&schema).map_err(|e| super::corrupt("schema", e))?;
        let revision = seen + 1;
        let account = actor.account();
        if seen == 0 {
            diesel::insert_into(form_drafts::table)
                .values((
                    form_drafts::code.eq(code),
                    form_drafts::base_version.eq(building.current.version),
                    form_drafts::schema_json.eq(json),
                    form_drafts::revision.eq(revision),
                    form_drafts::updated_by.eq(account),
                    form_drafts::updated_at.eq(now),
                ))
                .execute(conn)?;
        } else {
            diesel::update(form_drafts::table.find(code).filter(form_drafts::revision.eq(seen)))
                .set((
                    form_drafts::schema_json.eq(json),
                    form_drafts::revision.eq(revision),
                    form_drafts::updated_by.eq(account),
                    form_drafts::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(Ok(revision))
    })
}

/// Publishes the draft of `code` (still at `seen`) as the form's next version and closes it;
/// returns the version.
pub fn publish(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    seen: i32,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let base: Option<i32> =
            form_drafts::table.find(code).select(form_drafts::base_version).first(conn).optional()?;
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        let (Some(base), Some((revision, schema))) = (base, &building.draft) else {
            return Ok(Err(EditError::Stale));
        };
        if *revision != seen {
            return Ok(Err(EditError::Stale));
        }
        let json = serde_json::to_string(schema).map_err(|e| super::corrupt("schema", e))?;
        let published = forms::publish(conn, actor, code, base, &json, now)?;
        if published.is_ok() {
            diesel::delete(form_drafts::table.find(code)).execute(conn)?;
        }
        Ok(published)
    })
}

/// Throws away the draft of `code` if it is still at `seen`.
pub fn discard(conn: &mut DbConn, actor: &Actor, code: &str, seen: i32) -> Result<Result<(), EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some(building) = load(conn, actor, code)? else { return Ok(Err(EditError::NotFound)) };
        if building.revision() != seen || seen == 0 {
            return Ok(Err(EditError::Stale));
        }
        diesel::delete(form_drafts::table.find(code).filter(form_drafts::revision.eq(seen))).execute(conn)?;
        Ok(Ok(()))
    })
}

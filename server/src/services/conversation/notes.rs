//! Officers' private notes on a dossier (`Action::KeepNotes`: the officers who see it, never a
//! person): who wrote each and when. They are read only here, never by the applicant's pages, the
//! public lookup or anything made for the applicant.

use super::{Conversation, form_key};
use crate::db::schema::{accounts, dossier_notes};
use crate::db::{DbConn, DbError};
use crate::services::dossier::scope::scoped;
use app::api::ServiceError;
use app::api::conversation::{NoteView, Notes};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};
use shared::access::{Action, Actor, Denial, decide};
use shared::conversation::{NoteProblem, note_text};

/// Notes shown at most (the newest).
const SHOWN: i64 = 200;

/// Why a note was not kept.
#[derive(Debug, PartialEq, Eq)]
pub enum NoteError {
    NotFound,
    Denied(Denial),
    Note(NoteProblem),
}

/// The notes on dossier `id`, newest first, for an officer who sees it.
pub(super) fn list(conn: &mut DbConn, actor: &Actor, id: i64) -> Result<Result<Notes, ServiceError>, DbError> {
    if let Err(denial) = decide(actor, Action::SignedIn) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let Some(s) = scoped(conn, id)? else { return Ok(Err(ServiceError::NotFound)) };
    if decide(actor, Action::ViewDossier(s.scope)).is_err() {
        return Ok(Err(ServiceError::NotFound));
    }
    if let Err(denial) = decide(actor, Action::KeepNotes(s.scope)) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let rows: Vec<(NaiveDateTime, String, String)> = dossier_notes::table
        .inner_join(accounts::table)
        .filter(dossier_notes::dossier_id.eq(id))
        .order(dossier_notes::id.desc())
        .limit(SHOWN)
        .select((dossier_notes::created_at, accounts::full_name, dossier_notes::body))
        .load(conn)?;
    let notes =
        rows.into_iter().map(|(at, author, body)| NoteView { at: shared::time::minute(at), author, body }).collect();
    Ok(Ok(Notes { notes, key: form_key() }))
}

impl Conversation {
    /// Keeps `actor`'s note on dossier `id`, once per form (`key`).
    pub async fn add_note(
        &self,
        actor: &Actor,
        id: i64,
        key: String,
        text: String,
    ) -> anyhow::Result<Result<(), NoteError>> {
        let actor = actor.clone();
        Ok(self
            .db
            .run(move |conn| {
                let Some(s) = scoped(conn, id)? else { return Ok(Err(NoteError::NotFound)) };
                if decide(&actor, Action::ViewDossier(s.scope)).is_err() {
                    return Ok(Err(NoteError::NotFound));
                }
                if let Err(denial) = decide(&actor, Action::KeepNotes(s.scope)) {
                    return Ok(Err(NoteError::Denied(denial)));
                }
                let body = match note_text(&text) {
                    Ok(body) => body,
                    Err(problem) => return Ok(Err(NoteError::Note(problem))),
                };
                let Some(author) = actor.account() else { return Ok(Err(NoteError::Denied(Denial::SignInRequired))) };
                // A retried post finds its note written and writes nothing more (one statement,
                // spelt the same on both backends).
                diesel::sql_query(
                    "INSERT INTO dossier_notes (dossier_id, author_account_id, body, send_key, created_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dossier_id, send_key) DO NOTHING",
                )
                .bind::<BigInt, _>(id)
                .bind::<BigInt, _>(author)
                .bind::<Text, _>(body)
                .bind::<Text, _>(key)
                .bind::<Timestamp, _>(shared::time::now())
                .execute(conn)?;
                Ok::<_, DbError>(Ok(()))
            })
            .await?)
    }
}

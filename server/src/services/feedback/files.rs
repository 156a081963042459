//! The files a sender attaches to their feedback (a photo, a receipt, a letter): added on their
//! page while the feedback is open (at most [`MAX_FILES`], each within the upload limit, PDF, JPEG
//! or PNG by their first bytes), kept in the office's store, and read by the desk and by the
//! agency it was given to.

use super::Feedback;
use super::desk::may_see_feedback;
use super::sender::sender_of;
use crate::db::schema::{feedback, feedback_files, stored_files};
use crate::db::{DbConn, DbError};
use crate::services::dossier::documents::{FILE_HEAD, FileHead, insert_office_file, open, stream_office_file};
use crate::storage::Download;
use diesel::prelude::*;
use object_store::ObjectStoreExt;
use shared::access::Actor;
use shared::dossier::UploadProblem;
use shared::feedback::State;

/// Files one feedback may carry.
pub const MAX_FILES: i64 = 3;

/// Why a file was not attached.
#[derive(Debug, PartialEq, Eq)]
pub enum AttachProblem {
    NotFound,
    /// Answered, refused or published: nothing more is added.
    Closed,
    TooMany,
    File(UploadProblem),
}

/// May a file be added to feedback `code` by this sender now: `Ok(id)`.
fn room(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    secret: Option<&str>,
) -> Result<Result<i64, AttachProblem>, DbError> {
    let Some((id, state)) = sender_of(conn, actor, code, secret)? else { return Ok(Err(AttachProblem::NotFound)) };
    if !(state == State::Unconfirmed || state.is_open()) {
        return Ok(Err(AttachProblem::Closed));
    }
    let held: i64 = feedback_files::table.filter(feedback_files::feedback_id.eq(id)).count().get_result(conn)?;
    Ok(if held >= MAX_FILES { Err(AttachProblem::TooMany) } else { Ok(id) })
}

impl Feedback {
    /// Streams a file to the office's store and attaches it to feedback `code`, checked before
    /// a byte is stored and again when its row is written.
    pub async fn attach<S, E>(
        &self,
        actor: &Actor,
        code: String,
        secret: Option<String>,
        file_name: &str,
        body: S,
    ) -> anyhow::Result<Result<(), AttachProblem>>
    where
        S: futures::Stream<Item = Result<bytes::Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let check = {
            let (actor, code, secret) = (actor.clone(), code.clone(), secret.clone());
            move |conn: &mut DbConn| room(conn, &actor, &code, secret.as_deref())
        };
        let first = check.clone();
        if let Err(problem) = self.db.run(move |conn| first(conn)).await? {
            return Ok(Err(problem));
        }
        let file = match stream_office_file((&self.store, &self.scanner), file_name, body, self.file_limit).await? {
            Ok(f) => f,
            Err(problem) => return Ok(Err(AttachProblem::File(problem))),
        };
        let key = file.key();
        let kept = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let id = match check(conn)? {
                        Ok(id) => id,
                        Err(problem) => return Ok(Err(problem)),
                    };
                    let file_id = insert_office_file(conn, &file)?;
                    diesel::insert_into(feedback_files::table)
                        .values((feedback_files::feedback_id.eq(id), feedback_files::file_id.eq(file_id)))
                        .execute(conn)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await;
        if !matches!(kept, Ok(Ok(()))) {
            // Nothing names the object: remove it (`orphans` collects what this misses).
            let _ = self.store.delete(&key).await;
        }
        Ok(kept?)
    }

    /// File `file` of feedback `id`, for the desk or the agency it was given to.
    pub async fn download(&self, actor: &Actor, id: i64, file: i64) -> anyhow::Result<Option<Download>> {
        let actor = actor.clone();
        let found: Option<FileHead> = self
            .db
            .run(move |conn| {
                let agency: Option<Option<i64>> = feedback::table
                    .filter(feedback::id.eq(id))
                    .filter(feedback::state.ne(State::Unconfirmed.code()))
                    .select(feedback::agency_id)
                    .first(conn)
                    .optional()?;
                let Some(agency) = agency else { return Ok(None) };
                if !may_see_feedback(&actor, agency) {
                    return Ok(None);
                }
                Ok(stored_files::table
                    .inner_join(feedback_files::table)
                    .filter(feedback_files::feedback_id.eq(id))
                    .filter(stored_files::id.eq(file))
                    .select(FILE_HEAD)
                    .first(conn)
                    .optional()?)
            })
            .await?;
        let Some(head) = found else { return Ok(None) };
        Ok(Some(open(&self.store, head).await?))
    }
}

/// The files of feedback `id`: (file id, name, size in bytes).
pub fn list(conn: &mut DbConn, id: i64) -> Result<Vec<(i64, String, i64)>, DbError> {
    Ok(stored_files::table
        .inner_join(feedback_files::table)
        .filter(feedback_files::feedback_id.eq(id))
        .order(stored_files::id)
        .select((stored_files::id, stored_files::display_name, stored_files::size_bytes))
        .load(conn)?)
}

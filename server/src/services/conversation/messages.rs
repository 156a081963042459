//! A dossier's message thread: read by whoever sees the dossier, written by its applicant once it
//! is submitted and by the officers who see it (`Action::Converse`). A message carries text and
//! up to three files (streamed to the office's store before its row is written, removed again if
//! the row is not), is written once per form (its one-time key), and tells the other side: the
//! applicant by a notice and a mail, the officers handling it by mail.

use super::{Conversation, form_key, recipients};
use crate::db::schema::{
    accounts, agencies, dossier_message_files, dossier_messages, dossier_reads, dossiers, message_templates, officers,
    procedures, stored_files,
};
use crate::db::{DbConn, DbError};
use crate::services::dossier::documents::{
    FILE_HEAD, FileHead, OfficeFile, insert_office_file, open, stream_office_file,
};
use crate::services::dossier::notices::notify_applicant;
use crate::services::dossier::scope::{Scoped, scoped};
use crate::storage::Download;
use app::api::ServiceError;
use app::api::conversation::{MessageFile, MessageView, Thread};
use app::i18n::mail;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use object_store::path::Path;
use shared::access::{Action, Actor, Denial, decide};
use shared::conversation::{self as rules, MessageProblem};
use shared::dossier::UploadProblem;
use std::collections::HashMap;

/// Why a message was not written.
#[derive(Debug, PartialEq, Eq)]
pub enum SendProblem {
    NotFound,
    Denied(Denial),
    Message(MessageProblem),
}

/// What writing did: a new message, or nothing because the form's key already wrote one (a
/// retried post).
#[derive(Debug, PartialEq, Eq)]
enum Written {
    New,
    Again,
}

/// Dossier `id` as `actor` may write on it. Someone who may not even see it is told it is not
/// there.
fn writer(conn: &mut DbConn, actor: &Actor, id: i64) -> Result<Result<Scoped, SendProblem>, DbError> {
    let Some(s) = scoped(conn, id)? else { return Ok(Err(SendProblem::NotFound)) };
    if decide(actor, Action::ViewDossier(s.scope)).is_err() {
        return Ok(Err(SendProblem::NotFound));
    }
    Ok(decide(actor, Action::Converse(s.scope)).map(|()| s).map_err(SendProblem::Denied))
}

impl Conversation {
    /// May `actor` write on dossier `id`: asked before a byte of a file is stored.
    pub async fn may_write(&self, actor: &Actor, id: i64) -> anyhow::Result<Result<(), SendProblem>> {
        let actor = actor.clone();
        Ok(self.db.run(move |conn| Ok::<_, DbError>(writer(conn, &actor, id)?.map(|_| ()))).await?)
    }

    /// Streams one file of a message into the office's store (sniffed, bounded); its row is
    /// written by [`Conversation::send`], or the object removed by [`Conversation::discard`].
    pub(crate) async fn stream_file<S, E>(
        &self,
        name: &str,
        body: S,
    ) -> anyhow::Result<Result<OfficeFile, UploadProblem>>
    where
        S: futures::Stream<Item = Result<bytes::Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        stream_office_file((&self.store, &self.scanner), name, body, self.file_limit).await
    }

    /// Removes files streamed for a message that is not being written.
    pub(crate) async fn discard(&self, files: &[OfficeFile]) {
        self.remove_objects(files.iter().map(OfficeFile::key).collect()).await;
    }

    /// Writes `actor`'s message on dossier `id` from the form with one-time `key`, and tells the
    /// other side; checked again in its transaction. The files are removed unless it is written.
    pub(crate) async fn send(
        &self,
        actor: &Actor,
        id: i64,
        key: String,
        text: String,
        files: Vec<OfficeFile>,
    ) -> anyhow::Result<Result<(), SendProblem>> {
        let keys: Vec<Path> = files.iter().map(OfficeFile::key).collect();
        let (actor, base) = (actor.clone(), self.base_url.clone());
        let written = self
            .db
            .run(move |conn| {
                let now = shared::time::now();
                crate::db::transaction(conn, |conn| write(conn, &actor, id, (&key, &text), &files, &base, now))
            })
            .await;
        if !matches!(written, Ok(Ok(Written::New))) {
            self.remove_objects(keys).await;
        }
        Ok(written?.map(|_| ()))
    }

    /// File `file` of a message on dossier `id`, for whoever sees the dossier (an officer's read
    /// is audited, as a document's is).
    pub async fn download(&self, actor: &Actor, id: i64, file: i64) -> anyhow::Result<Option<Download>> {
        let actor = actor.clone();
        let found: Option<FileHead> = self
            .db
            .run(move |conn| {
                let Some(s) = scoped(conn, id)? else { return Ok(None) };
                if decide(&actor, Action::ViewDossier(s.scope)).is_err() {
                    return Ok(None);
                }
                let found = stored_files::table
                    .inner_join(dossier_message_files::table.inner_join(dossier_messages::table))
                    .filter(dossier_messages::dossier_id.eq(id))
                    .filter(stored_files::id.eq(file))
                    .select(FILE_HEAD)
                    .first(conn)
                    .optional()?;
                if let (Some(_), Actor::Officer { account, .. }) = (&found, &actor) {
                    let event = crate::services::audit::Event::DocumentDownloaded;
                    crate::services::filing::views::audit_officer_read(conn, event, *account, id)?;
                }
                Ok::<_, DbError>(found)
            })
            .await?;
        let Some(head) = found else { return Ok(None) };
        Ok(Some(open(&self.store, head).await?))
    }
}

/// Writes the message in the caller's transaction: checked (who, the key, the text, today's
/// count, the thread's budget), then its row, its files, and the news to the other side.
fn write(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    (key, text): (&str, &str),
    files: &[OfficeFile],
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<Result<Written, SendProblem>, DbError> {
    let s = match writer(conn, actor, id)? {
        Ok(s) => s,
        Err(problem) => return Ok(Err(problem)),
    };
    let Some(author) = actor.account() else { return Ok(Err(SendProblem::Denied(Denial::SignInRequired))) };
    // One message at a time per dossier: a retried post waits for the first to commit and finds
    // it, and today's count and the thread's budget are checked against committed messages.
    // (SQLite's write transactions are one at a time already.)
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query("SELECT id FROM dossiers WHERE id = $1 FOR UPDATE").bind::<BigInt, _>(id).execute(pg)?;
    }
    let already: Option<i64> = dossier_messages::table
        .filter(dossier_messages::dossier_id.eq(id))
        .filter(dossier_messages::author_account_id.eq(author))
        .filter(dossier_messages::send_key.eq(key))
        .select(dossier_messages::id)
        .first(conn)
        .optional()?;
    if already.is_some() {
        return Ok(Ok(Written::Again));
    }
    let body = match rules::message_text(text, files.len()) {
        Ok(body) => body,
        Err(problem) => return Ok(Err(SendProblem::Message(problem))),
    };
    let today: i64 = dossier_messages::table
        .filter(dossier_messages::dossier_id.eq(id))
        .filter(dossier_messages::author_account_id.eq(author))
        .filter(dossier_messages::created_at.gt(now - Duration::hours(24)))
        .count()
        .get_result(conn)?;
    if today >= rules::DAILY_MESSAGES {
        return Ok(Err(SendProblem::Message(MessageProblem::TooManyToday)));
    }
    let adding: i64 = files.iter().map(OfficeFile::size).sum();
    if adding > 0 && held_bytes(conn, id)? + adding > rules::THREAD_BYTES {
        return Ok(Err(SendProblem::Message(MessageProblem::ThreadFull)));
    }
    let from_office = matches!(actor, Actor::Officer { .. });
    let message: i64 = diesel::insert_into(dossier_messages::table)
        .values((
            dossier_messages::dossier_id.eq(id),
            dossier_messages::author_account_id.eq(author),
            dossier_messages::from_office.eq(from_office),
            dossier_messages::body.eq(&body),
            dossier_messages::send_key.eq(key),
            dossier_messages::created_at.eq(now),
        ))
        .returning(dossier_messages::id)
        .get_result(conn)?;
    for file in files {
        let file_id = insert_office_file(conn, file)?;
        diesel::insert_into(dossier_message_files::table)
            .values((dossier_message_files::message_id.eq(message), dossier_message_files::file_id.eq(file_id)))
            .execute(conn)?;
    }
    if from_office {
        let news = |lang| (mail::t::MESSAGE_FROM_OFFICE.get(lang).to_owned(), None);
        notify_applicant(conn, id, news, base, now)?;
    } else {
        recipients::tell_officers(conn, &s, base, now)?;
    }
    Ok(Ok(Written::New))
}

/// The bytes of every file already on dossier `id`'s thread.
fn held_bytes(conn: &mut DbConn, id: i64) -> Result<i64, DbError> {
    #[derive(QueryableByName)]
    struct Held {
        #[diesel(sql_type = BigInt)]
        held: i64,
    }
    let held: Held = diesel::sql_query(
        "SELECT CAST(COALESCE(SUM(f.size_bytes), 0) AS BIGINT) AS held FROM stored_files f \
         JOIN dossier_message_files mf ON mf.file_id = f.id \
         JOIN dossier_messages m ON m.id = mf.message_id WHERE m.dossier_id = $1",
    )
    .bind::<BigInt, _>(id)
    .get_result(conn)?;
    Ok(held.held)
}

/// One message as read: (id, author, from the office, text, written at).
type Row = (i64, i64, bool, String, NaiveDateTime);

/// Dossier `id`'s thread for `actor` (the page before message `before`, else the latest), with
/// kept answer `template` filled into the form; what it shows is marked read for `actor`.
pub(super) fn thread(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    before: Option<i64>,
    template: Option<i64>,
    file_limit: u64,
) -> Result<Result<Thread, ServiceError>, DbError> {
    if let Err(denial) = decide(actor, Action::SignedIn) {
        return Ok(Err(ServiceError::Denied(denial)));
    }
    // A draft has no thread: nobody at the office sees it yet.
    let Some(s) = scoped(conn, id)?.filter(|s| s.scope.submitted) else { return Ok(Err(ServiceError::NotFound)) };
    // One the reader may not see is, to them, not there (its existence included).
    if decide(actor, Action::ViewDossier(s.scope)).is_err() {
        return Ok(Err(ServiceError::NotFound));
    }
    let officer = matches!(actor, Actor::Officer { .. });
    let me = actor.account().unwrap_or(0);
    let mut query = dossier_messages::table
        .filter(dossier_messages::dossier_id.eq(id))
        .select((
            dossier_messages::id,
            dossier_messages::author_account_id,
            dossier_messages::from_office,
            dossier_messages::body,
            dossier_messages::created_at,
        ))
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(dossier_messages::id.lt(before));
    }
    let mut rows: Vec<Row> = query.order(dossier_messages::id.desc()).limit(rules::PAGE + 1).load(conn)?;
    let older = if rows.len() > rules::PAGE as usize {
        rows.truncate(rules::PAGE as usize);
        rows.last().map(|r| r.0)
    } else {
        None
    };
    rows.reverse();
    let seen: i64 = dossier_reads::table
        .filter(dossier_reads::dossier_id.eq(id))
        .filter(dossier_reads::account_id.eq(me))
        .select(dossier_reads::last_message_id)
        .first(conn)
        .optional()?
        .unwrap_or(0);
    let messages = views(conn, &rows, officer, me, seen)?;
    if let Some(last) = rows.last().map(|r| r.0).filter(|last| *last > seen && me != 0) {
        mark_read(conn, id, me, last)?;
    }
    let text = match template.filter(|_| officer) {
        Some(template) => filled(conn, id, me, template)?,
        None => String::new(),
    };
    let templates = if officer {
        message_templates::table
            .filter(message_templates::account_id.eq(me))
            .order(message_templates::title)
            .select((message_templates::id, message_templates::title))
            .load(conn)?
    } else {
        Vec::new()
    };
    Ok(Ok(Thread {
        dossier: id,
        messages,
        older,
        can_write: decide(actor, Action::Converse(s.scope)).is_ok(),
        officer,
        key: form_key(),
        text,
        templates,
        file_limit_mb: file_limit / (1024 * 1024),
    }))
}

/// The messages as the reader sees them: who wrote each (an officer's name for officers, their
/// agency for the applicant), its files, and whether it is new to the reader.
fn views(conn: &mut DbConn, rows: &[Row], officer: bool, me: i64, seen: i64) -> Result<Vec<MessageView>, DbError> {
    let authors: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let names: HashMap<i64, String> = accounts::table
        .filter(accounts::id.eq_any(&authors))
        .select((accounts::id, accounts::full_name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    let offices: HashMap<i64, String> = officers::table
        .inner_join(agencies::table)
        .filter(officers::account_id.eq_any(&authors))
        .select((officers::account_id, agencies::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut files: HashMap<i64, Vec<MessageFile>> = HashMap::new();
    let held: Vec<(i64, i64, String, i64)> = stored_files::table
        .inner_join(dossier_message_files::table)
        .filter(dossier_message_files::message_id.eq_any(&ids))
        .order(stored_files::id)
        .select((
            dossier_message_files::message_id,
            stored_files::id,
            stored_files::display_name,
            stored_files::size_bytes,
        ))
        .load(conn)?;
    for (message, id, name, size) in held {
        files.entry(message).or_default().push(MessageFile { id, name, size });
    }
    Ok(rows
        .iter()
        .map(|(id, author, from_office, body, at)| {
            let name = names.get(author).cloned().unwrap_or_default();
            let office = offices.get(author).cloned().unwrap_or_default();
            let author_label = match (*from_office, officer) {
                (true, true) => format!("{name} ({office})"),
                (true, false) => office,
                (false, _) => name,
            };
            MessageView {
                id: *id,
                at: shared::time::minute(*at),
                from_office: *from_office,
                mine: *author == me,
                author: author_label,
                body: body.clone(),
                files: files.remove(id).unwrap_or_default(),
                new: *from_office != officer && *id > seen,
            }
        })
        .collect())
}

/// Records that `reader` has seen dossier `id`'s thread up to message `last` (never backwards:
/// two pages open at once do not undo each other).
fn mark_read(conn: &mut DbConn, id: i64, reader: i64, last: i64) -> Result<(), DbError> {
    diesel::sql_query(
        "INSERT INTO dossier_reads (dossier_id, account_id, last_message_id) VALUES ($1, $2, $3) \
         ON CONFLICT (dossier_id, account_id) DO UPDATE SET last_message_id = excluded.last_message_id \
         WHERE dossier_reads.last_message_id < excluded.last_message_id",
    )
    .bind::<BigInt, _>(id)
    .bind::<BigInt, _>(reader)
    .bind::<BigInt, _>(last)
    .execute(conn)?;
    Ok(())
}

/// Kept answer `template` of officer `me`, filled for dossier `id` (empty when it is not theirs).
fn filled(conn: &mut DbConn, id: i64, me: i64, template: i64) -> Result<String, DbError> {
    let body: Option<String> = message_templates::table
        .filter(message_templates::id.eq(template))
        .filter(message_templates::account_id.eq(me))
        .select(message_templates::body)
        .first(conn)
        .optional()?;
    let Some(body) = body else { return Ok(String::new()) };
    let (code, procedure, due): (Option<String>, String, Option<NaiveDateTime>) = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(id))
        .select((dossiers::code, procedures::name, dossiers::due_at))
        .first(conn)?;
    let due = due.map(shared::time::minute);
    Ok(rules::fill(&body, &code.unwrap_or_default(), &procedure, due.as_deref()))
}

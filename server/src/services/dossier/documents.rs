//! A dossier's documents as stored files: every upload, the filer's own, the counter's scan of a
//! paper or the result an officer returns, goes through [`store_and_link`]: streamed into the
//! owner's document store under a key made here, then recorded and linked in one transaction.
//! A dossier received at the counter for someone without an account has no owner store: its
//! files are kept by the office (`stored_files.account_id` NULL), outside any quota.
//!
//! Order of effects: the object is written first, then the rows. A crash between the two leaves
//! an object no row points to (harmless; `orphans` collects it), never a row pointing to a
//! missing object.

use super::upload::{Stored, store_stream};
use crate::db::schema::{dossier_documents, stored_files};
use crate::db::{Db, DbConn, DbError};
use crate::services::audit;
use crate::storage::{Landing, Store};
use bytes::Bytes;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use futures::Stream;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use shared::dossier::UploadProblem;
use shared::time::now;

/// `dossier_documents.requirement` of a result document (requirements count from 1).
pub const RESULT_REQUIREMENT: i32 = 0;
/// Where every document store's objects live: `files/{account}/{random}` (`files/office/…` for
/// files the office keeps).
pub(crate) const KEY_PREFIX: &str = "files";
/// Longest display name kept.
const NAME_CHARS: usize = 120;

/// What one account may keep in its document store.
#[derive(Clone, Copy, Debug)]
pub struct StorageLimits {
    /// Bytes of all the account's files together.
    pub quota_bytes: u64,
    /// Files one document requirement of a dossier may hold.
    pub files_per_requirement: i64,
}

/// How an upload is held to the store's rules.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Keeping {
    /// The filer's own document: within their quota and the requirement's count of files; the
    /// same file uploaded again links the copy the store already holds (one entry per file).
    Filed(StorageLimits),
    /// The result the office returns: never refused for the applicant's quota, always its own
    /// entry, and recorded in the audit log as attached by `officer`.
    Result { officer: Option<i64> },
}

/// One upload: where it goes, what the client called it, and how much it may be.
pub(crate) struct Upload<'a> {
    pub dossier: i64,
    pub requirement: i32,
    pub file_name: &'a str,
    pub max_bytes: u64,
    pub keeping: Keeping,
}

/// Streams `body` into the store of the account `check` names (`None`: the office keeps it) and
/// links it to the upload's dossier and requirement. `check` says whether the actor may (their error otherwise) and whose
/// store it is; it runs before any byte is stored and again inside the transaction, because the
/// dossier may move on while the file streams. `Ok(Err(problem))`: the file was refused and
/// nothing is kept.
pub(crate) async fn store_and_link<S, E, R, C>(
    db: &Db,
    landing: Landing<'_>,
    check: C,
    upload: Upload<'_>,
    body: S,
) -> Result<Result<i64, UploadProblem>, R>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
    R: From<DbError> + From<anyhow::Error> + Send + 'static,
    C: Fn(&mut DbConn) -> Result<Result<Option<i64>, R>, DbError> + Clone + Send + 'static,
{
    let Upload { dossier, requirement, file_name, max_bytes, keeping } = upload;
    let before = {
        let check = check.clone();
        db.run(move |conn| {
            let owner = match check(conn)? {
                Ok(owner) => owner,
                Err(e) => return Ok(Err(e)),
            };
            let Keeping::Filed(limits) = keeping else { return Ok(Ok(Ok((owner, max_bytes)))) };
            let left = room(conn, owner, dossier, requirement, limits)?;
            Ok(Ok(left.map(|left| (owner, left.min(max_bytes)))))
        })
        .await??
    };
    let (owner, limit) = match before {
        Ok(found) => found,
        Err(problem) => return Ok(Err(problem)),
    };
    let key = object_key(owner);
    let store = landing.0;
    let stored = match store_stream(landing, &key, body, limit).await? {
        Ok(s) => s,
        // Stopped by what is left of the quota, not by the per-file limit.
        Err(UploadProblem::TooLarge) if limit < max_bytes => return Ok(Err(UploadProblem::QuotaExceeded)),
        Err(problem) => return Ok(Err(problem)),
    };
    let file = NewFile { owner, key: key.to_string(), name: display_name(file_name), stored };
    let linked = db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if let Err(e) = check(conn)? {
                    return Ok(Err(e));
                }
                let kept = match keeping {
                    Keeping::Filed(limits) => keep_filed(conn, &file, dossier, requirement, limits)?,
                    Keeping::Result { officer } => keep_result(conn, &file, dossier, requirement, officer)?,
                };
                Ok::<_, DbError>(Ok(kept))
            })
        })
        .await;
    match linked {
        Ok(Ok(Ok((file_id, Object::Kept)))) => Ok(Ok(file_id)),
        other => {
            // Nothing points to the new object (refused, or a copy of a file already stored):
            // remove it (best effort; `orphans` collects what this misses).
            let _ = store.delete(&key).await;
            match other {
                Ok(Ok(Ok((file_id, _)))) => Ok(Ok(file_id)),
                Ok(Ok(Err(problem))) => Ok(Err(problem)),
                Ok(Err(e)) => Err(e),
                Err(e) => Err(e.into()),
            }
        }
    }
}

/// A streamed object, before its row exists.
struct NewFile {
    owner: Option<i64>,
    key: String,
    name: String,
    stored: Stored,
}

/// Whether the row written points at the object just streamed.
enum Object {
    Kept,
    /// The store already held the same file: the new object is not needed.
    Duplicate,
}

type Kept = Result<(i64, Object), UploadProblem>;

/// The filer's document, inside the transaction: quota and count checked again (other uploads
/// may have used the room meanwhile), the same file linked rather than stored twice.
fn keep_filed(
    conn: &mut DbConn,
    file: &NewFile,
    dossier: i64,
    requirement: i32,
    limits: StorageLimits,
) -> Result<Kept, DbError> {
    if let Some(owner) = file.owner {
        crate::db::lock_account(conn, owner)?;
    }
    if let Some(file_id) = same_file(conn, file.owner, &file.stored)? {
        let held: i64 = dossier_documents::table
            .filter(dossier_documents::dossier_id.eq(dossier))
            .filter(dossier_documents::requirement.eq(requirement))
            .filter(dossier_documents::file_id.eq(file_id))
            .count()
            .get_result(conn)?;
        // Already there: nothing to add. Otherwise it takes a place, not room.
        if held == 0 {
            if let Err(UploadProblem::TooManyFiles) = room(conn, file.owner, dossier, requirement, limits)? {
                return Ok(Err(UploadProblem::TooManyFiles));
            }
            link(conn, dossier, requirement, file_id, true)?;
        }
        return Ok(Ok((file_id, Object::Duplicate)));
    }
    match room(conn, file.owner, dossier, requirement, limits)? {
        Ok(left) if file.stored.size <= left => {}
        Ok(_) => return Ok(Err(UploadProblem::QuotaExceeded)),
        Err(problem) => return Ok(Err(problem)),
    }
    let file_id = insert_file(conn, file)?;
    link(conn, dossier, requirement, file_id, false)?;
    Ok(Ok((file_id, Object::Kept)))
}

/// The office's result, inside the transaction, audited with the link.
fn keep_result(
    conn: &mut DbConn,
    file: &NewFile,
    dossier: i64,
    requirement: i32,
    officer: Option<i64>,
) -> Result<Kept, DbError> {
    let file_id = insert_file(conn, file)?;
    link(conn, dossier, requirement, file_id, false)?;
    let entry = audit::Entry {
        event: audit::Event::ResultAttached,
        actor: officer,
        subject: Some(format!("dossier:{dossier}")),
        ip: None,
        detail: Some(&file.stored.sha256),
    };
    audit::record(conn, now(), entry)?;
    Ok(Ok((file_id, Object::Kept)))
}

/// The file `owner`'s store already holds with these very bytes, if any (the office's files are
/// never shared between dossiers).
fn same_file(conn: &mut DbConn, owner: Option<i64>, stored: &Stored) -> Result<Option<i64>, DbError> {
    let Some(owner) = owner else { return Ok(None) };
    Ok(stored_files::table
        .filter(stored_files::account_id.eq(owner))
        .filter(stored_files::sha256.eq(&stored.sha256))
        .filter(stored_files::size_bytes.eq(size_column(stored.size)))
        .order(stored_files::id)
        .select(stored_files::id)
        .first(conn)
        .optional()?)
}

fn insert_file(conn: &mut DbConn, file: &NewFile) -> Result<i64, DbError> {
    Ok(diesel::insert_into(stored_files::table)
        .values((
            stored_files::account_id.eq(file.owner),
            stored_files::object_key.eq(&file.key),
            stored_files::display_name.eq(&file.name),
            stored_files::content_type.eq(file.stored.content_type),
            stored_files::size_bytes.eq(size_column(file.stored.size)),
            stored_files::sha256.eq(&file.stored.sha256),
            stored_files::created_at.eq(now()),
        ))
        .returning(stored_files::id)
        .get_result(conn)?)
}

fn size_column(size: u64) -> i64 {
    i64::try_from(size).unwrap_or(i64::MAX)
}

/// A file streamed into the office's store that no row names yet: the caller writes its row with
/// [`insert_office_file`] in its own transaction (and deletes the object if it does not).
pub(crate) struct OfficeFile(NewFile);

impl OfficeFile {
    pub(crate) fn key(&self) -> Path {
        Path::from(self.0.key.as_str())
    }

    /// Its size in bytes.
    pub(crate) fn size(&self) -> i64 {
        size_column(self.0.stored.size)
    }
}

/// Streams `body` into the office's store (sniffed, bounded by `max_bytes`).
pub(crate) async fn stream_office_file<S, E>(
    landing: Landing<'_>,
    file_name: &str,
    body: S,
    max_bytes: u64,
) -> anyhow::Result<Result<OfficeFile, UploadProblem>>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let key = object_key(None);
    Ok(store_stream(landing, &key, body, max_bytes)
        .await?
        .map(|stored| OfficeFile(NewFile { owner: None, key: key.to_string(), name: display_name(file_name), stored })))
}

pub(crate) fn insert_office_file(conn: &mut DbConn, file: &OfficeFile) -> Result<i64, DbError> {
    insert_file(conn, &file.0)
}

/// The key of a new object in `account`'s store (the office's): made here, never from client
/// input.
fn object_key(account: Option<i64>) -> Path {
    let store = account.map_or_else(|| "office".to_owned(), |a| a.to_string());
    Path::from(format!("{KEY_PREFIX}/{store}/{}", hex::encode(rand::random::<[u8; 16]>())))
}

/// The client's file name as harmless display text: no path, no control characters, bounded.
fn display_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = shared::text::nfc(base)
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '\u{202E}' | '\u{202D}'))
        .take(NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() { "tai-lieu".to_owned() } else { cleaned }
}

/// Room for one more file on `requirement` of dossier `id`, in `account`'s store: the bytes
/// left under the quota, or why there is none. The office's files count only against the
/// requirement's number of files (each one bounded by the per-file limit).
pub(crate) fn room(
    conn: &mut DbConn,
    account: Option<i64>,
    id: i64,
    requirement: i32,
    limits: StorageLimits,
) -> Result<Result<u64, UploadProblem>, DbError> {
    let files: i64 = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .filter(dossier_documents::requirement.eq(requirement))
        .count()
        .get_result(conn)?;
    if files >= limits.files_per_requirement {
        return Ok(Err(UploadProblem::TooManyFiles));
    }
    let Some(account) = account else { return Ok(Ok(u64::MAX)) };
    let used = used_bytes(conn, account)?;
    match limits.quota_bytes.checked_sub(used).filter(|left| *left > 0) {
        Some(left) => Ok(Ok(left)),
        None => Ok(Err(UploadProblem::QuotaExceeded)),
    }
}

/// Bytes the account's document store holds.
pub(crate) fn used_bytes(conn: &mut DbConn, account: i64) -> Result<u64, DbError> {
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back, the same text on both backends.
    let used: i64 = stored_files::table
        .filter(stored_files::account_id.eq(account))
        .select(diesel::dsl::sql::<diesel::sql_types::BigInt>("CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT)"))
        .first(conn)?;
    Ok(u64::try_from(used).unwrap_or(0))
}

/// Links a stored file to `dossier`'s `requirement`; `reused`: the file was in the applicant's
/// store before (Decision 766 counts reused digitised documents, indicator 4.3).
pub(crate) fn link(
    conn: &mut DbConn,
    dossier: i64,
    requirement: i32,
    file_id: i64,
    reused: bool,
) -> Result<(), DbError> {
    // Held again: no longer waiting for collection.
    diesel::update(stored_files::table.filter(stored_files::id.eq(file_id)))
        .set(stored_files::unlinked_at.eq(None::<NaiveDateTime>))
        .execute(conn)?;
    diesel::insert_into(dossier_documents::table)
        .values((
            dossier_documents::dossier_id.eq(dossier),
            dossier_documents::requirement.eq(requirement),
            dossier_documents::file_id.eq(file_id),
            dossier_documents::added_at.eq(now()),
            dossier_documents::reused.eq(reused),
        ))
        .execute(conn)?;
    Ok(())
}

/// The files dossier `id` holds.
pub(crate) fn files_of(conn: &mut DbConn, id: i64) -> Result<Vec<i64>, DbError> {
    Ok(dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select(dossier_documents::file_id)
        .load(conn)?)
}

/// Of `files`, those no dossier holds any more start their grace period before collection
/// (`orphans`) now.
pub(crate) fn mark_unlinked(conn: &mut DbConn, files: &[i64]) -> Result<(), DbError> {
    let held = dossier_documents::table.select(dossier_documents::file_id);
    diesel::update(stored_files::table.filter(stored_files::id.eq_any(files)).filter(stored_files::id.ne_all(held)))
        .set(stored_files::unlinked_at.eq(now()))
        .execute(conn)?;
    Ok(())
}

/// What a download reads of a stored file: its object's key, its type, its name and its size.
pub(crate) type FileHead = (String, String, String, i64);

/// The columns of a [`FileHead`], to select with the joins that authorize the download.
pub(crate) const FILE_HEAD: (
    stored_files::object_key,
    stored_files::content_type,
    stored_files::display_name,
    stored_files::size_bytes,
) = (stored_files::object_key, stored_files::content_type, stored_files::display_name, stored_files::size_bytes);

/// Opens a stored file's object to send it.
pub(crate) async fn open(
    store: &Store,
    (key, content_type, display_name, size): FileHead,
) -> anyhow::Result<crate::storage::Download> {
    let object = store.get(&Path::from(key)).await?;
    Ok(crate::storage::Download {
        body: object.into_stream(),
        content_type,
        display_name,
        size: u64::try_from(size).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::display_name;

    #[test]
    fn hostile_names_become_display_text() {
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("C:\\Users\\x\\giấy chứng sinh.pdf"), "giấy chứng sinh.pdf");
        assert_eq!(display_name("<script>alert(1)</script>.pdf"), "script.pdf");
        assert_eq!(display_name("a\u{202E}fdp.exe"), "afdp.exe");
        assert_eq!(display_name(".."), "tai-lieu");
        assert_eq!(display_name(""), "tai-lieu");
        assert_eq!(display_name(&"x".repeat(500)).chars().count(), 120);
    }
}

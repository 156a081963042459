//! Documents of a draft: uploaded (streamed into the filer's store, then linked), reused from
//! the store without uploading again, removed; and downloads, authorized per file.
//!
//! Order of effects on upload: the object is written first under a fresh server-made key, then
//! the rows in one transaction. A crash between the two leaves an object no row points to
//! (harmless, collectable), never a row pointing to a missing object.

use super::upload::{Stored, store_stream};
use super::{DraftError, Filing, StorageLimits, now, own_draft};
use crate::db::schema::{dossier_documents, dossiers, procedure_forms, stored_files};
use crate::db::{DbConn, DbError};
use crate::services::dossier::scope::scoped;
use bytes::Bytes;
use diesel::prelude::*;
use futures::Stream;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use shared::access::{Action, Actor, Denial, decide};
use shared::dossier::UploadProblem;

/// 20 MB, the default per-file limit (`PORTAL_UPLOAD_MAX_MB`).
pub const FILE_LIMIT_DEFAULT: u64 = 20 * 1024 * 1024;
/// Longest display name kept.
const NAME_CHARS: usize = 120;

/// A file to send back: its bytes as a stream, and how to label them.
pub struct Download {
    pub body: futures::stream::BoxStream<'static, Result<Bytes, object_store::Error>>,
    pub content_type: String,
    pub display_name: String,
    pub size: u64,
}

/// The key of a new object in `account`'s store: made here, never from client input.
fn new_key(account: i64) -> Path {
    Path::from(format!("files/{account}/{}", hex::encode(rand::random::<[u8; 16]>())))
}

/// The client's file name as harmless display text: no path, no control characters, bounded.
pub fn display_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = shared::text::nfc(base)
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '\u{202E}' | '\u{202D}'))
        .take(NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() { "tai-lieu".to_owned() } else { cleaned }
}

/// May `actor` change this dossier's documents? It must be their draft; the requirement must be
/// one of the procedure's that takes uploads.
fn check_target(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    requirement: i32,
) -> Result<Result<(), DraftError>, DbError> {
    if let Err(e) = own_draft(conn, &actor, id)? {
        return Ok(Err(e));
    }
    let (procedure_id, form_json): (i64, String) = dossiers::table
        .inner_join(procedure_forms::table)
        .filter(dossiers::id.eq(id))
        .select((dossiers::procedure_id, procedure_forms::schema_json))
        .first(conn)?;
    let replaced =
        serde_json::from_str::<shared::eform::FormSchema>(&form_json).ok().and_then(|f| f.replaces_requirement);
    let case = crate::services::dossier::case::case_of(conn, id)?;
    let exists = crate::services::dossier::case::requirements(conn, procedure_id, case.as_deref())?
        .iter()
        .any(|r| r.ordinal == requirement);
    if !exists || replaced == Some(requirement) {
        return Ok(Err(DraftError::NotFound));
    }
    Ok(Ok(()))
}

/// Room for one more file on `requirement` of dossier `id`, in `account`'s store: the bytes
/// left under the quota, or why there is none.
fn room(
    conn: &mut DbConn,
    account: i64,
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

impl Filing {
    /// Streams one file into the filer's store and links it to the draft's `requirement`.
    /// `Ok(Err(problem))`: refused, nothing stored.
    pub async fn upload<S, E>(
        &self,
        actor: &Actor,
        id: i64,
        requirement: i32,
        file_name: &str,
        body: S,
    ) -> Result<Result<i64, UploadProblem>, DraftError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let account = actor.account().ok_or(DraftError::Denied(Denial::SignInRequired))?;
        let limits = self.limits;
        let left = {
            let actor = actor.clone();
            self.db
                .run(move |conn| {
                    if let Err(e) = check_target(conn, &actor, id, requirement)? {
                        return Ok(Err(e));
                    }
                    room(conn, account, id, requirement, limits).map(Ok)
                })
                .await??
        };
        let left = match left {
            Ok(left) => left,
            Err(problem) => return Ok(Err(problem)),
        };
        // The stream stops at the per-file limit or at what is left of the quota, whichever is less.
        let key = new_key(account);
        let stored = match store_stream(&self.store, &key, body, self.file_limit.min(left)).await? {
            Ok(s) => s,
            Err(UploadProblem::TooLarge) if left < self.file_limit => return Ok(Err(UploadProblem::QuotaExceeded)),
            Err(problem) => return Ok(Err(problem)),
        };
        let name = display_name(file_name);
        let actor = actor.clone();
        let key_text = key.to_string();
        let linked = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    // Checked again inside the transaction: the draft may have been submitted
                    // or deleted while the file streamed, and other uploads may have used the
                    // room meanwhile.
                    if let Err(e) = check_target(conn, &actor, id, requirement)? {
                        return Ok(Err(e));
                    }
                    let Stored { size, sha256, content_type } = stored;
                    crate::db::lock_account(conn, account)?;
                    // The same file uploaded again is the copy the store already holds: one entry
                    // per distinct file (the new object is removed below).
                    let same: Option<i64> = stored_files::table
                        .filter(stored_files::account_id.eq(account))
                        .filter(stored_files::sha256.eq(&sha256))
                        .filter(stored_files::size_bytes.eq(i64::try_from(size).unwrap_or(i64::MAX)))
                        .order(stored_files::id)
                        .select(stored_files::id)
                        .first(conn)
                        .optional()?;
                    if let Some(file_id) = same {
                        let held: i64 = dossier_documents::table
                            .filter(dossier_documents::dossier_id.eq(id))
                            .filter(dossier_documents::requirement.eq(requirement))
                            .filter(dossier_documents::file_id.eq(file_id))
                            .count()
                            .get_result(conn)?;
                        // Already there: nothing to add. Otherwise it takes a place, not room.
                        if held == 0 {
                            if let Err(UploadProblem::TooManyFiles) = room(conn, account, id, requirement, limits)? {
                                return Ok(Ok(Err(UploadProblem::TooManyFiles)));
                            }
                            link(conn, id, requirement, file_id)?;
                        }
                        return Ok::<_, DbError>(Ok(Ok((file_id, false))));
                    }
                    match room(conn, account, id, requirement, limits)? {
                        Ok(left) if size <= left => {}
                        Ok(_) => return Ok(Ok(Err(UploadProblem::QuotaExceeded))),
                        Err(problem) => return Ok(Ok(Err(problem))),
                    }
                    let file_id: i64 = diesel::insert_into(stored_files::table)
                        .values((
                            stored_files::account_id.eq(account),
                            stored_files::object_key.eq(&key_text),
                            stored_files::display_name.eq(&name),
                            stored_files::content_type.eq(content_type),
                            stored_files::size_bytes.eq(i64::try_from(size).unwrap_or(i64::MAX)),
                            stored_files::sha256.eq(&sha256),
                            stored_files::created_at.eq(now()),
                        ))
                        .returning(stored_files::id)
                        .get_result(conn)?;
                    link(conn, id, requirement, file_id)?;
                    Ok::<_, DbError>(Ok(Ok((file_id, true))))
                })
            })
            .await;
        match linked {
            Ok(Ok(Ok((file_id, true)))) => Ok(Ok(file_id)),
            other => {
                // Nothing points to the object (refused, or a copy of a file already stored):
                // remove it (best effort).
                let _ = self.store.delete(&key).await;
                match other {
                    Ok(Ok(Ok((file_id, _)))) => Ok(Ok(file_id)),
                    Ok(Ok(Err(problem))) => Ok(Err(problem)),
                    Ok(Err(e)) => Err(e),
                    Err(e) => Err(e.into()),
                }
            }
        }
    }

    /// Deletes a file of the filer's document store that no dossier or draft holds, its object
    /// too. One held is refused (`NotEditable`); another account's is `NotFound`.
    pub async fn delete_stored(&self, actor: &Actor, file_id: i64) -> Result<(), DraftError> {
        let account = actor.account().ok_or(DraftError::Denied(Denial::SignInRequired))?;
        decide(actor, Action::FileDossier).map_err(DraftError::Denied)?;
        let key = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let key: Option<String> = stored_files::table
                        .filter(stored_files::id.eq(file_id))
                        .filter(stored_files::account_id.eq(account))
                        .select(stored_files::object_key)
                        .first(conn)
                        .optional()?;
                    let Some(key) = key else { return Ok(Err(DraftError::NotFound)) };
                    let held: i64 = dossier_documents::table
                        .filter(dossier_documents::file_id.eq(file_id))
                        .count()
                        .get_result(conn)?;
                    if held > 0 {
                        return Ok(Err(DraftError::NotEditable));
                    }
                    diesel::delete(stored_files::table.filter(stored_files::id.eq(file_id))).execute(conn)?;
                    Ok::<_, DbError>(Ok(key))
                })
            })
            .await??;
        // Best effort: an object left behind is collected with the orphans.
        let _ = self.store.delete(&Path::from(key)).await;
        Ok(())
    }

    /// Links a file already in the filer's store to the draft (no new upload). A requirement
    /// already holding as many files as it may take is left as it is.
    pub async fn reuse(&self, actor: &Actor, id: i64, requirement: i32, file_id: i64) -> Result<(), DraftError> {
        let account = actor.account().ok_or(DraftError::Denied(Denial::SignInRequired))?;
        let actor = actor.clone();
        let limits = self.limits;
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    if let Err(e) = check_target(conn, &actor, id, requirement)? {
                        return Ok(Err(e));
                    }
                    let mine: Option<i64> = stored_files::table
                        .filter(stored_files::id.eq(file_id))
                        .filter(stored_files::account_id.eq(account))
                        .select(stored_files::id)
                        .first(conn)
                        .optional()?;
                    if mine.is_none() {
                        return Ok(Err(DraftError::NotFound));
                    }
                    if let Err(UploadProblem::TooManyFiles) = room(conn, account, id, requirement, limits)? {
                        return Ok(Ok(()));
                    }
                    link(conn, id, requirement, file_id)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?
    }

    /// Unlinks a document from the draft (the file stays in the store).
    pub async fn remove_document(&self, actor: &Actor, id: i64, document_id: i64) -> Result<(), DraftError> {
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    if let Err(e) = own_draft(conn, &actor, id)? {
                        return Ok(Err(e));
                    }
                    let files: Vec<i64> = dossier_documents::table
                        .filter(dossier_documents::id.eq(document_id))
                        .filter(dossier_documents::dossier_id.eq(id))
                        .select(dossier_documents::file_id)
                        .load(conn)?;
                    diesel::delete(
                        dossier_documents::table
                            .filter(dossier_documents::id.eq(document_id))
                            .filter(dossier_documents::dossier_id.eq(id)),
                    )
                    .execute(conn)?;
                    mark_unlinked(conn, &files)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?
    }

    /// A file for `actor`: their own, or one attached to a dossier they may see.
    pub async fn download(&self, actor: &Actor, file_id: i64) -> Result<Download, DraftError> {
        decide(actor, Action::ManageOwnAccount).map_err(DraftError::Denied)?;
        let actor = actor.clone();
        let found = self
            .db
            .run(move |conn| {
                let file: Option<(i64, String, String, String, i64)> = stored_files::table
                    .filter(stored_files::id.eq(file_id))
                    .select((
                        stored_files::account_id,
                        stored_files::object_key,
                        stored_files::content_type,
                        stored_files::display_name,
                        stored_files::size_bytes,
                    ))
                    .first(conn)
                    .optional()?;
                let Some((owner, key, content_type, name, size)) = file else { return Ok(None) };
                let mut allowed = actor.account() == Some(owner);
                if !allowed {
                    let holders: Vec<i64> = dossier_documents::table
                        .filter(dossier_documents::file_id.eq(file_id))
                        .select(dossier_documents::dossier_id)
                        .load(conn)?;
                    for dossier in holders {
                        let Some(s) = scoped(conn, dossier)? else { continue };
                        if decide(&actor, Action::ViewDossier(s.scope)).is_ok() {
                            allowed = true;
                            if let Actor::Officer { account, .. } = &actor {
                                let event = crate::services::audit::Event::DocumentDownloaded;
                                super::views::audit_officer_read(conn, event, *account, dossier)?;
                            }
                            break;
                        }
                    }
                }
                Ok::<_, DbError>(allowed.then_some((key, content_type, name, size)))
            })
            .await?;
        let Some((key, content_type, display_name, size)) = found else { return Err(DraftError::NotFound) };
        let object = self.store.get(&Path::from(key)).await.map_err(anyhow::Error::from)?;
        Ok(Download { body: object.into_stream(), content_type, display_name, size: u64::try_from(size).unwrap_or(0) })
    }
}

/// The files dossier `id` holds.
pub(super) fn files_of(conn: &mut DbConn, id: i64) -> Result<Vec<i64>, DbError> {
    Ok(dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select(dossier_documents::file_id)
        .load(conn)?)
}

/// Of `files`, those no dossier holds any more start their grace period before collection
/// (`orphans.rs`) now.
pub(super) fn mark_unlinked(conn: &mut DbConn, files: &[i64]) -> Result<(), DbError> {
    let held = dossier_documents::table.select(dossier_documents::file_id);
    diesel::update(stored_files::table.filter(stored_files::id.eq_any(files)).filter(stored_files::id.ne_all(held)))
        .set(stored_files::unlinked_at.eq(now()))
        .execute(conn)?;
    Ok(())
}

fn link(conn: &mut DbConn, dossier: i64, requirement: i32, file_id: i64) -> Result<(), DbError> {
    // Held again: no longer waiting for collection.
    diesel::update(stored_files::table.filter(stored_files::id.eq(file_id)))
        .set(stored_files::unlinked_at.eq(None::<chrono::NaiveDateTime>))
        .execute(conn)?;
    diesel::insert_into(dossier_documents::table)
        .values((
            dossier_documents::dossier_id.eq(dossier),
            dossier_documents::requirement.eq(requirement),
            dossier_documents::file_id.eq(file_id),
            dossier_documents::added_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
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

//! Documents of a draft: uploaded (through `dossier::documents::store_and_link`, into the
//! filer's store), reused from the store without uploading again, removed; and downloads,
//! authorized per file.

use super::{DraftError, Filing, own_draft};
use crate::db::schema::{dossier_documents, dossiers, procedure_forms, stored_files};
use crate::db::{DbConn, DbError};
use crate::services::dossier::documents::{Keeping, Upload, link, mark_unlinked, room, store_and_link};
use crate::services::dossier::scope::{Scoped, scoped};
use bytes::Bytes;
use diesel::prelude::*;
use futures::Stream;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use shared::access::{Action, Actor, Denial, decide};
use shared::dossier::UploadProblem;

pub use crate::storage::Download;

/// May `actor` change this dossier's documents? It must be their draft; the requirement must be
/// one of the procedure's that takes uploads.
fn check_target(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    requirement: i32,
) -> Result<Result<Scoped, DraftError>, DbError> {
    let s = match own_draft(conn, actor, id)? {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
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
    Ok(Ok(s))
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
        let actor = actor.clone();
        // The filer's own store, whoever's dossier it is (a business member keeps their files);
        // the counter's scans of a walk-in's papers are the office's.
        let check = move |conn: &mut DbConn| {
            Ok(check_target(conn, &actor, id, requirement)?.map(|s| (!s.scope.counter).then_some(account)))
        };
        let upload = Upload {
            dossier: id,
            requirement,
            file_name,
            max_bytes: self.file_limit,
            keeping: Keeping::Filed(self.limits),
        };
        store_and_link(&self.db, (&self.store, &self.scanner), check, upload, body).await
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
                    if let Err(UploadProblem::TooManyFiles) = room(conn, Some(account), id, requirement, limits)? {
                        return Ok(Ok(()));
                    }
                    link(conn, id, requirement, file_id, true)?;
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
        decide(actor, Action::SignedIn).map_err(DraftError::Denied)?;
        let actor = actor.clone();
        let found = self
            .db
            .run(move |conn| {
                let file: Option<(Option<i64>, String, String, String, i64)> = stored_files::table
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
                let mut allowed = owner.is_some() && actor.account() == owner;
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
        let Some(head) = found else { return Err(DraftError::NotFound) };
        Ok(crate::services::dossier::documents::open(&self.store, head).await?)
    }
}

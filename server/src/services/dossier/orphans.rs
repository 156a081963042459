//! Collection of files nobody needs any more, run daily by the worker:
//!
//! 1. a file of a document store that no dossier (nor feedback) holds (its document was removed, or its draft
//!    deleted) is dropped from the store [`UNLINKED_GRACE`] after it lost its last dossier
//!    (`stored_files.unlinked_at`), so it stops counting against the account's quota and its
//!    personal data goes;
//! 2. an object that no file row names (an upload interrupted by a crash between the object and
//!    its row, or a row dropped in step 1) is deleted from storage after [`OBJECT_GRACE`].
//!
//! The grace periods keep everything an upload in progress or a freshly removed document might
//! still be (an upload writes its object first and its row a moment later).

use crate::db::schema::{dossier_documents, dossier_message_files, feedback_files, opinion_files, stored_files};
use crate::db::{Db, DbError};
use crate::storage::Store;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use futures::StreamExt;
use object_store::ObjectStoreExt;
use object_store::path::Path;

/// How long a file no dossier holds stays in its owner's store.
pub const UNLINKED_GRACE: Duration = Duration::days(7);
/// How long an object without a row is left alone.
pub const OBJECT_GRACE: Duration = Duration::hours(24);
/// Keys compared with the database at a time.
const BATCH: usize = 500;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Collected {
    pub unlinked_files: usize,
    pub orphan_objects: usize,
}

pub async fn collect(db: &Db, store: &Store, now: NaiveDateTime) -> anyhow::Result<Collected> {
    let unlinked_files = drop_unlinked(db, now).await?;
    let orphan_objects = delete_orphan_objects(db, store, now).await?;
    let collected = Collected { unlinked_files, orphan_objects };
    tracing::info!(?collected, "unreferenced files collected");
    Ok(collected)
}

async fn drop_unlinked(db: &Db, now: NaiveDateTime) -> Result<usize, DbError> {
    db.run(move |conn| {
        let held = dossier_documents::table.select(dossier_documents::file_id);
        // A feedback's attachments are held by their feedback, a message's by its message, an
        // opinion's (question or answer) by its request.
        let attached = feedback_files::table.select(feedback_files::file_id);
        let in_messages = dossier_message_files::table.select(dossier_message_files::file_id);
        let in_opinions = opinion_files::table.select(opinion_files::file_id);
        let cutoff = now - UNLINKED_GRACE;
        // A file from before `unlinked_at` was kept counts from its upload.
        let unheld_long_enough = stored_files::unlinked_at
            .lt(cutoff)
            .or(stored_files::unlinked_at.is_null().and(stored_files::created_at.lt(cutoff)));
        Ok(diesel::delete(
            stored_files::table
                .filter(unheld_long_enough)
                .filter(stored_files::id.ne_all(held))
                .filter(stored_files::id.ne_all(attached))
                .filter(stored_files::id.ne_all(in_messages))
                .filter(stored_files::id.ne_all(in_opinions)),
        )
        .execute(conn)?)
    })
    .await
}

async fn delete_orphan_objects(db: &Db, store: &Store, now: NaiveDateTime) -> anyhow::Result<usize> {
    let cutoff = (now - OBJECT_GRACE).and_utc();
    let mut listing = store.list(Some(&Path::from(super::documents::KEY_PREFIX)));
    let mut deleted = 0;
    let mut batch: Vec<String> = Vec::with_capacity(BATCH);
    loop {
        let next = listing.next().await.transpose()?;
        if let Some(meta) = &next
            && meta.last_modified < cutoff
        {
            batch.push(meta.location.to_string());
        }
        if batch.len() >= BATCH || (next.is_none() && !batch.is_empty()) {
            let keys = std::mem::take(&mut batch);
            let lookup = keys.clone();
            let known: Vec<String> = db
                .run(move |conn| {
                    Ok(stored_files::table
                        .filter(stored_files::object_key.eq_any(lookup))
                        .select(stored_files::object_key)
                        .load(conn)?)
                })
                .await?;
            for key in keys.into_iter().filter(|k| !known.contains(k)) {
                store.delete(&Path::from(key)).await?;
                deleted += 1;
            }
        }
        if next.is_none() {
            return Ok(deleted);
        }
    }
}

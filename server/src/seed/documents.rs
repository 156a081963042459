//! Documents for the benchmark's dossiers (`portal seed --synthetic N --dossiers M --documents K`):
//! K small PDFs for every dossier that has none, as objects in the store and rows in
//! `stored_files` and `dossier_documents`, so that the export benchmark copies real objects. Never
//! part of the demo.

use crate::db::schema::{dossier_documents, dossiers, stored_files};
use crate::db::{Db, DbError};
use crate::storage::Store;
use diesel::prelude::*;
use futures::StreamExt;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use sha2::Digest;

/// Dossiers given their documents at once.
const BATCH: i64 = 1_000;
/// Each document's size: a PDF header and padding, like a scanned page's order of size.
const SIZE: usize = 16 * 1024;

/// Gives `per_dossier` documents to every dossier without one; how many were written.
pub async fn seed_documents(db: &Db, store: &Store, per_dossier: usize) -> anyhow::Result<usize> {
    let mut body = b"%PDF-1.7\n%bench\n".to_vec();
    body.resize(SIZE, b' ');
    let body = bytes::Bytes::from(body);
    let sha = hex::encode(sha2::Sha256::digest(&body));
    let (mut after, mut written) = (0_i64, 0_usize);
    loop {
        let ids: Vec<i64> = db
            .run(move |conn| {
                let held = dossier_documents::table.select(dossier_documents::dossier_id);
                Ok::<_, DbError>(
                    dossiers::table
                        .filter(dossiers::id.gt(after))
                        .filter(dossiers::id.ne_all(held))
                        .order(dossiers::id)
                        .limit(BATCH)
                        .select(dossiers::id)
                        .load(conn)?,
                )
            })
            .await?;
        let Some(last) = ids.last().copied() else { break };
        let keys: Vec<(i64, i32, String)> = ids
            .iter()
            .flat_map(|id| (1..=per_dossier as i32).map(move |k| (*id, k, format!("files/bench/{id}-{k}.pdf"))))
            .collect();
        // The objects first (a row never names an object that is not there), 32 at a time.
        let puts = futures::stream::iter(keys.iter().map(|(_, _, key)| {
            let (store, body) = (store.clone(), body.clone());
            async move { store.put(&Path::from(key.as_str()), body.into()).await }
        }))
        .buffer_unordered(32)
        .collect::<Vec<_>>()
        .await;
        for put in puts {
            put?;
        }
        let sha = sha.clone();
        written += db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = shared::time::now();
                    for (id, k, key) in &keys {
                        let file: i64 = diesel::insert_into(stored_files::table)
                            .values((
                                stored_files::object_key.eq(key),
                                stored_files::display_name.eq(format!("giay-to-{k}.pdf")),
                                stored_files::content_type.eq("application/pdf"),
                                stored_files::size_bytes.eq(SIZE as i64),
                                stored_files::sha256.eq(&sha),
                                stored_files::created_at.eq(now),
                            ))
                            .returning(stored_files::id)
                            .get_result(conn)?;
                        diesel::insert_into(dossier_documents::table)
                            .values((
                                dossier_documents::dossier_id.eq(id),
                                dossier_documents::requirement.eq(k),
                                dossier_documents::file_id.eq(file),
                                dossier_documents::added_at.eq(now),
                                dossier_documents::reused.eq(false),
                            ))
                            .execute(conn)?;
                    }
                    Ok::<_, DbError>(keys.len())
                })
            })
            .await?;
        after = last;
        tracing::info!(documents = written, "benchmark documents written");
    }
    Ok(written)
}

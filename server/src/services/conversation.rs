//! The conversation around a dossier (issue #19): the message thread between its applicant and
//! the officers handling it (`messages`), the officers' private notes (`notes`) and the answers an
//! officer keeps to write from (`templates`), and the opinions asked of other units
//! (`opinions`). A message is not a supplement request: it never
//! changes the dossier's status, clock or version, so an officer's open form stays valid while
//! the applicant writes.

pub mod messages;
pub mod notes;
pub mod opinions;
mod recipients;
pub mod templates;

use crate::db::{Db, DbConn, DbError};
use crate::services::dossier::documents::OfficeFile;
use crate::storage::Store;
use app::api::ServiceError;
use app::api::conversation::{Notes, TemplateView, Thread};
use app::api::opinions::{AskedList, AskedOpinion, DossierOpinions};
use chrono::NaiveDateTime;
use shared::access::Actor;

#[derive(Clone)]
pub struct Conversation {
    db: Db,
    base_url: url::Url,
    /// Where messages' files are kept (the office's store), and the largest one.
    store: Store,
    scanner: crate::antivirus::Scanner,
    file_limit: u64,
}

impl Conversation {
    pub fn new(db: Db, base_url: url::Url, store: Store, scanner: crate::antivirus::Scanner, file_limit: u64) -> Self {
        Self { db, base_url, store, scanner, file_limit }
    }

    pub fn file_limit(&self) -> u64 {
        self.file_limit
    }

    /// Writes, in one transaction, something that holds `files` streamed beforehand (a question,
    /// an answer): `write` says whether it wrote it now (false: a retried form found it written);
    /// unless it did, the files' objects are removed.
    async fn write_holding<E, F>(&self, files: Vec<OfficeFile>, write: F) -> anyhow::Result<Result<(), E>>
    where
        E: Send + 'static,
        F: FnOnce(&mut DbConn, &[OfficeFile], &url::Url, NaiveDateTime) -> Result<Result<bool, E>, DbError>
            + Send
            + 'static,
    {
        let keys: Vec<_> = files.iter().map(OfficeFile::key).collect();
        let base = self.base_url.clone();
        let written = self
            .db
            .run(move |conn| {
                let now = shared::time::now();
                crate::db::transaction(conn, |conn| write(conn, &files, &base, now))
            })
            .await;
        if !matches!(written, Ok(Ok(true))) {
            self.remove_objects(keys).await;
        }
        Ok(written?.map(|_| ()))
    }

    /// Removes the objects of files streamed for a message, a question or an answer that was not
    /// written (nothing names them: the daily collection removes what this misses).
    async fn remove_objects(&self, keys: Vec<object_store::path::Path>) {
        use object_store::ObjectStoreExt;
        for key in keys {
            let _ = self.store.delete(&key).await;
        }
    }
}

/// A new one-time key for a form (a message's, a note's): posted back with it, it makes a retried
/// post write once.
fn form_key() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// Whether a posted form key is one a form of ours could carry.
pub fn valid_key(key: &str) -> bool {
    (1..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[async_trait::async_trait]
impl app::api::conversation::ConversationService for Conversation {
    async fn thread(
        &self,
        actor: &Actor,
        id: i64,
        before: Option<i64>,
        template: Option<i64>,
    ) -> Result<Thread, ServiceError> {
        let (actor, limit) = (actor.clone(), self.file_limit);
        self.db
            .run(move |conn| messages::thread(conn, &actor, id, before, template, limit))
            .await
            .map_err(super::unexpected)?
    }

    async fn notes(&self, actor: &Actor, id: i64) -> Result<Notes, ServiceError> {
        let actor = actor.clone();
        self.db.run(move |conn| notes::list(conn, &actor, id)).await.map_err(super::unexpected)?
    }

    async fn templates(&self, actor: &Actor) -> Result<Vec<TemplateView>, ServiceError> {
        let actor = actor.clone();
        self.db.run(move |conn| templates::list(conn, &actor)).await.map_err(super::unexpected)?
    }
}

#[async_trait::async_trait]
impl app::api::opinions::OpinionService for Conversation {
    async fn of_dossier(&self, actor: &Actor, id: i64) -> Result<DossierOpinions, ServiceError> {
        let (actor, limit) = (actor.clone(), self.file_limit);
        self.db.run(move |conn| opinions::of_dossier(conn, &actor, id, limit)).await.map_err(super::unexpected)?
    }

    async fn asked(&self, actor: &Actor, answered: bool, page: u32) -> Result<AskedList, ServiceError> {
        let actor = actor.clone();
        self.db.run(move |conn| opinions::asked::list(conn, &actor, answered, page)).await.map_err(super::unexpected)?
    }

    async fn asked_one(&self, actor: &Actor, id: i64) -> Result<AskedOpinion, ServiceError> {
        let (actor, limit) = (actor.clone(), self.file_limit);
        self.db.run(move |conn| opinions::asked::one(conn, &actor, id, limit)).await.map_err(super::unexpected)?
    }
}

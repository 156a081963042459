//! The local folder store, made durable: a file it reports written is on the disk.
//!
//! `object_store`'s local store writes an object to a staging file and renames it into place, but
//! never asks the disk to keep either: after a power cut or a crash of the machine the row that
//! names the object may be committed (the database syncs its log) while the file is empty or
//! absent. So every completed write here is followed by an fsync of the file and of its folder
//! (which holds the rename) before the caller goes on to commit the row that names it.
//! S3-protocol stores acknowledge a write once it is stored; they need nothing of this.

use async_trait::async_trait;
use futures::stream::BoxStream;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{
    CopyOptions, GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore, PutMultipartOptions,
    PutOptions, PutPayload, PutResult, Result, UploadPart,
};
use std::sync::Arc;

#[derive(Debug)]
pub struct DurableLocal {
    inner: Arc<LocalFileSystem>,
}

impl DurableLocal {
    pub fn new(inner: LocalFileSystem) -> Self {
        Self { inner: Arc::new(inner) }
    }
}

impl std::fmt::Display for DurableLocal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Durable({})", self.inner)
    }
}

/// Flushes `location`'s file and its folder to the disk.
async fn sync(store: &LocalFileSystem, location: &Path) -> Result<()> {
    let file = store.path_to_filesystem(location)?;
    tokio::task::spawn_blocking(move || {
        std::fs::File::open(&file)?.sync_all()?;
        if let Some(folder) = file.parent() {
            std::fs::File::open(folder)?.sync_all()?;
        }
        Ok::<_, std::io::Error>(())
    })
    .await
    .map_err(|e| object_store::Error::Generic { store: "DurableLocal", source: Box::new(e) })?
    .map_err(|e| object_store::Error::Generic { store: "DurableLocal", source: Box::new(e) })
}

#[async_trait]
impl ObjectStore for DurableLocal {
    async fn put_opts(&self, location: &Path, payload: PutPayload, opts: PutOptions) -> Result<PutResult> {
        let put = self.inner.put_opts(location, payload, opts).await?;
        sync(&self.inner, location).await?;
        Ok(put)
    }

    async fn put_multipart_opts(&self, location: &Path, opts: PutMultipartOptions) -> Result<Box<dyn MultipartUpload>> {
        let upload = self.inner.put_multipart_opts(location, opts).await?;
        Ok(Box::new(DurableUpload { upload, store: self.inner.clone(), location: location.clone() }))
    }

    async fn get_opts(&self, location: &Path, options: GetOptions) -> Result<GetResult> {
        self.inner.get_opts(location, options).await
    }

    fn delete_stream(&self, locations: BoxStream<'static, Result<Path>>) -> BoxStream<'static, Result<Path>> {
        self.inner.delete_stream(locations)
    }

    fn list(&self, prefix: Option<&Path>) -> BoxStream<'static, Result<ObjectMeta>> {
        self.inner.list(prefix)
    }

    async fn list_with_delimiter(&self, prefix: Option<&Path>) -> Result<ListResult> {
        self.inner.list_with_delimiter(prefix).await
    }

    async fn copy_opts(&self, from: &Path, to: &Path, options: CopyOptions) -> Result<()> {
        self.inner.copy_opts(from, to, options).await?;
        sync(&self.inner, to).await
    }
}

#[derive(Debug)]
struct DurableUpload {
    upload: Box<dyn MultipartUpload>,
    store: Arc<LocalFileSystem>,
    location: Path,
}

#[async_trait]
impl MultipartUpload for DurableUpload {
    fn put_part(&mut self, data: PutPayload) -> UploadPart {
        self.upload.put_part(data)
    }

    async fn complete(&mut self) -> Result<PutResult> {
        let put = self.upload.complete().await?;
        sync(&self.store, &self.location).await?;
        Ok(put)
    }

    async fn abort(&mut self) -> Result<()> {
        self.upload.abort().await
    }
}

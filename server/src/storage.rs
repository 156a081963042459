//! Object storage for documents: a local folder by default, any S3-compatible service
//! (MinIO, Ceph, AWS) in production. Everything else sees only `Arc<dyn ObjectStore>`. The local
//! folder syncs each written file to the disk before the write returns (`durable`).

pub mod durable;

use crate::config::StorageConfig;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt};
use std::sync::Arc;

pub type Store = Arc<dyn ObjectStore>;

/// Where an uploaded file lands: the documents' store, after the antivirus scanner passed it
/// (`dossier::upload::store_stream`).
pub type Landing<'a> = (&'a Store, &'a crate::antivirus::Scanner);

pub fn build(config: &StorageConfig) -> anyhow::Result<Store> {
    Ok(match config {
        StorageConfig::Local { root } => {
            std::fs::create_dir_all(root)
                .map_err(|e| anyhow::anyhow!("cannot create storage folder {}: {e}", root.display()))?;
            Arc::new(durable::DurableLocal::new(LocalFileSystem::new_with_prefix(root)?))
        }
        StorageConfig::S3 { endpoint, bucket, region, access_key_id, secret_access_key } => {
            let mut builder = AmazonS3Builder::new()
                .with_bucket_name(bucket)
                .with_region(region)
                .with_access_key_id(access_key_id)
                .with_secret_access_key(secret_access_key);
            if let Some(endpoint) = endpoint {
                // MinIO and Ceph serve buckets by path, not by virtual host.
                builder = builder
                    .with_endpoint(endpoint)
                    .with_virtual_hosted_style_request(false)
                    .with_allow_http(endpoint.starts_with("http://"));
            }
            Arc::new(builder.build()?)
        }
    })
}

/// Reachability check for `/readyz`: a metadata lookup of a key that need not exist.
pub async fn ping(store: &Store) -> Result<(), object_store::Error> {
    match store.head(&Path::from("readyz-probe")).await {
        Ok(_) | Err(object_store::Error::NotFound { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

/// A stored file to send back: its bytes as a stream, and how to label them.
pub struct Download {
    pub body: futures::stream::BoxStream<'static, Result<bytes::Bytes, object_store::Error>>,
    pub content_type: String,
    pub display_name: String,
    pub size: u64,
}

/// The size of the parts a file is sent to the store in (S3's smallest but the last is 5 MiB).
const PART: usize = 5 * 1024 * 1024;

/// Streams the file at `path` into the store at `key` in parts (an export, a restored object);
/// its size. Memory stays at a few parts whatever the file's size.
pub async fn upload_file(store: &Store, path: &std::path::Path, key: &Path) -> anyhow::Result<u64> {
    use tokio::io::AsyncReadExt;
    let mut source = tokio::fs::File::open(path).await?;
    let mut writer = object_store::WriteMultipart::new_with_chunk_size(store.put_multipart(key).await?, PART);
    let mut buffer = vec![0_u8; 1024 * 1024];
    let mut size = 0_u64;
    loop {
        let read = match source.read(&mut buffer).await {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) => {
                let _ = writer.abort().await;
                return Err(e.into());
            }
        };
        writer.wait_for_capacity(2).await?;
        writer.write(&buffer[..read]);
        size += read as u64;
        crate::crash::point("file.writing");
    }
    writer.finish().await?;
    Ok(size)
}

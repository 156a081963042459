//! Streaming a file into object storage: the body goes to a multipart upload chunk by chunk
//! while its size and SHA-256 are computed; the size limit stops the stream as soon as it is
//! passed; the first bytes are sniffed for the real type against an allow-list. Memory per
//! upload is a few chunks, whatever the file's size. The bytes also stream to the antivirus
//! scanner, whose verdict is read before the upload is completed: an infected file is aborted and
//! never becomes an object. On any problem the upload is aborted, so no object is left behind and
//! no row is written for it.

use crate::antivirus::Verdict;
use crate::storage::Landing;
use bytes::Bytes;
use futures::{Stream, StreamExt};
use object_store::path::Path;
use object_store::{ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};
use shared::dossier::UploadProblem;

/// What was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub size: u64,
    pub sha256: String,
    pub content_type: &'static str,
}

/// The types a document may be, recognised by their first bytes (the name and the declared
/// type are the client's words and are ignored).
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Bytes needed to decide the type.
const SNIFF_BYTES: usize = 8;

/// Streams `body` to `key`. `Ok(Err(problem))` is the client's fault (nothing stored);
/// `Err` is the server's (storage down).
pub async fn store_stream<S, E>(
    (store, scanner): Landing<'_>,
    key: &Path,
    mut body: S,
    max_bytes: u64,
) -> anyhow::Result<Result<Stored, UploadProblem>>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    // Read just enough to sniff before creating anything in storage.
    let mut head: Vec<u8> = Vec::with_capacity(SNIFF_BYTES);
    let mut pending: Vec<Bytes> = Vec::new();
    let mut size: u64 = 0;
    while head.len() < SNIFF_BYTES {
        match body.next().await {
            None => break,
            Some(Err(e)) => return Ok(Err(interrupted(e))),
            Some(Ok(chunk)) => {
                size += chunk.len() as u64;
                if size > max_bytes {
                    return Ok(Err(UploadProblem::TooLarge));
                }
                let take = (SNIFF_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
                pending.push(chunk);
            }
        }
    }
    if size == 0 {
        return Ok(Err(UploadProblem::Empty));
    }
    let Some(content_type) = sniff(&head) else { return Ok(Err(UploadProblem::NotAllowedType)) };

    let mut scan = scanner.start().await;
    if scan.refused_already() {
        tracing::error!("the antivirus scanner cannot be reached: the upload is refused");
        return Ok(Err(UploadProblem::ScannerUnavailable));
    }
    let mut writer = WriteMultipart::new(store.put_multipart(key).await?);
    let mut hasher = Sha256::new();
    for chunk in pending {
        hasher.update(&chunk);
        scan.feed(&chunk).await;
        writer.put(chunk);
    }
    crate::crash::point("upload.streaming");
    loop {
        // Back-pressure: at most a few parts in flight, so memory stays bounded.
        if let Err(e) = writer.wait_for_capacity(2).await {
            return Err(e.into());
        }
        match body.next().await {
            None => break,
            Some(Err(e)) => {
                let _ = writer.abort().await;
                return Ok(Err(interrupted(e)));
            }
            Some(Ok(chunk)) => {
                size += chunk.len() as u64;
                if size > max_bytes {
                    let _ = writer.abort().await;
                    return Ok(Err(UploadProblem::TooLarge));
                }
                hasher.update(&chunk);
                scan.feed(&chunk).await;
                writer.put(chunk);
            }
        }
    }
    let refused = match scan.verdict().await {
        Verdict::Clean | Verdict::Unscanned => None,
        Verdict::Infected(name) => {
            tracing::warn!(signature = %name, bytes = size, "an infected upload was refused");
            Some(UploadProblem::Infected)
        }
        Verdict::Unavailable => Some(UploadProblem::ScannerUnavailable),
    };
    if let Some(problem) = refused {
        // Its parts never become an object: the multipart upload is the quarantine.
        let _ = writer.abort().await;
        return Ok(Err(problem));
    }
    writer.finish().await?;
    Ok(Ok(Stored { size, sha256: hex::encode(hasher.finalize()), content_type }))
}

fn interrupted(e: impl std::fmt::Display) -> UploadProblem {
    // A body that breaks off (client gone, or the request limit hit) is not stored.
    tracing::info!(error = %e, "upload interrupted");
    UploadProblem::Interrupted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Store;
    use futures::stream;
    use std::sync::Arc;

    fn chunks(data: Vec<u8>, size: usize) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Unpin {
        let parts: Vec<Result<Bytes, std::io::Error>> =
            data.chunks(size).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        stream::iter(parts)
    }

    fn local() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store: Store = Arc::new(object_store::local::LocalFileSystem::new_with_prefix(dir.path()).unwrap());
        (dir, store)
    }

    #[tokio::test]
    async fn a_pdf_is_stored_with_its_hash() {
        let (_dir, store) = local();
        let mut data = b"%PDF-1.7\n".to_vec();
        data.extend(std::iter::repeat_n(b'x', 100_000));
        let key = Path::from("files/1/a");
        let stored =
            store_stream((&store, &crate::antivirus::Scanner::off()), &key, chunks(data.clone(), 4096), 1_000_000)
                .await
                .unwrap()
                .unwrap();
        assert_eq!(stored.content_type, "application/pdf");
        assert_eq!(stored.size, data.len() as u64);
        assert_eq!(stored.sha256, hex::encode(Sha256::digest(&data)));
        assert_eq!(store.get(&key).await.unwrap().bytes().await.unwrap().len(), data.len());
    }

    #[tokio::test]
    async fn refusals_leave_nothing_behind() {
        let (dir, store) = local();
        let key = Path::from("files/1/b");
        let exe = b"MZ\x90\x00\x03\x00\x00\x00 pretending to be a pdf".to_vec();
        assert_eq!(
            store_stream((&store, &crate::antivirus::Scanner::off()), &key, chunks(exe, 3), 1000).await.unwrap(),
            Err(UploadProblem::NotAllowedType)
        );
        assert_eq!(
            store_stream((&store, &crate::antivirus::Scanner::off()), &key, chunks(vec![], 3), 1000).await.unwrap(),
            Err(UploadProblem::Empty)
        );
        let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
        big.extend(std::iter::repeat_n(0u8, 50_000));
        assert_eq!(
            store_stream((&store, &crate::antivirus::Scanner::off()), &key, chunks(big, 1000), 10_000).await.unwrap(),
            Err(UploadProblem::TooLarge)
        );
        assert!(store.get(&key).await.is_err(), "no object for a refused upload");
        let leftovers: Vec<_> = walk(dir.path());
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[tokio::test]
    async fn a_body_that_breaks_off_leaves_nothing() {
        let (dir, store) = local();
        let key = Path::from("files/1/c");
        let mut parts: Vec<Result<Bytes, std::io::Error>> = vec![Ok(Bytes::from_static(b"%PDF-1.7\n"))];
        parts.extend((0..40).map(|_| Ok(Bytes::from(vec![0u8; 256 * 1024]))));
        parts.push(Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "client gone")));
        let result =
            store_stream((&store, &crate::antivirus::Scanner::off()), &key, stream::iter(parts), 100 * 1024 * 1024)
                .await
                .unwrap();
        assert_eq!(result, Err(UploadProblem::Interrupted));
        assert!(store.get(&key).await.is_err());
        assert!(walk(dir.path()).is_empty(), "the partial upload was aborted");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                out.extend(walk(&entry.path()));
            } else {
                out.push(entry.path());
            }
        }
        out
    }

    #[test]
    fn sniffing_knows_the_allowed_types() {
        assert_eq!(sniff(b"%PDF-1.4"), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), Some("image/png"));
        assert_eq!(sniff(b"<html>"), None);
        assert_eq!(sniff(b"MZ"), None);
    }
}

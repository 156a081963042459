//! The built site's files (`target/site`: the stylesheet, the islands' script and wasm under
//! `/pkg/`, `public/`'s files at the root), served from memory.
//!
//! Read once at start, with the `.br` and `.gz` files the release build writes beside each one
//! (`cargo leptos build --release --precompress`): a browser gets the smallest encoding it
//! accepts, never compressed again per request. File names under `/pkg/` carry a hash of their
//! content when the build hashes them (a `hash.txt` beside the server, which Leptos reads too),
//! and then they are cached for a year as immutable; otherwise, and for the root's files, a
//! browser revalidates with the ETag and gets `304 Not Modified`. These routes sit outside the
//! session middleware: no database lookup and no cookie for a static file.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// A file bigger than this is not a site file (the debug wasm is the largest, tens of MB).
const MAX_FILE: u64 = 128 * 1024 * 1024;

/// How long a browser keeps a hashed file: a year (its name changes with its content).
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Any other file: kept, but checked with the server (ETag) before each use.
const REVALIDATE: &str = "no-cache";

pub struct Assets {
    files: HashMap<String, Asset>,
}

struct Asset {
    content_type: &'static str,
    cache: &'static str,
    /// A hash of the file's content, the same for each encoding of it.
    tag: String,
    identity: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
}

/// The encodings a file may be sent in, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
            Encoding::Identity => "identity",
        }
    }
}

impl Assets {
    /// The files under `site_root` (not the `.br`/`.gz` ones, which go with their originals).
    /// `hashed`: the build put content hashes in `/pkg/`'s names. A missing site is no error
    /// (the tests run without one): it serves nothing.
    pub fn load(site_root: &Path, pkg_dir: &str, hashed: bool) -> Assets {
        let mut files = HashMap::new();
        for (address, path) in site_files(site_root) {
            let under_pkg = address.starts_with(&format!("/{pkg_dir}/"));
            let cache = if hashed && under_pkg { IMMUTABLE } else { REVALIDATE };
            match read_asset(&path, cache) {
                Ok(asset) => {
                    files.insert(address, asset);
                }
                Err(e) => tracing::warn!(file = %path.display(), error = %e, "site file not served"),
            }
        }
        Assets { files }
    }

    /// The addresses served, for the router.
    pub fn addresses(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The answer to a GET (or HEAD) of `address`.
    pub fn answer(&self, address: &str, request: &HeaderMap) -> Response {
        let Some(asset) = self.files.get(address) else { return StatusCode::NOT_FOUND.into_response() };
        let encoding = chosen_encoding(request.get(header::ACCEPT_ENCODING), asset);
        let etag = format!("\"{}-{}\"", asset.tag, encoding.token());
        let mut headers = HeaderMap::new();
        let set = |headers: &mut HeaderMap, name, value: &str| {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert(name, value);
            }
        };
        set(&mut headers, header::CACHE_CONTROL, asset.cache);
        set(&mut headers, header::ETAG, &etag);
        set(&mut headers, header::VARY, "accept-encoding");
        if matches_etag(request.get(header::IF_NONE_MATCH), &etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        set(&mut headers, header::CONTENT_TYPE, asset.content_type);
        let body = match encoding {
            Encoding::Brotli => asset.brotli.clone(),
            Encoding::Gzip => asset.gzip.clone(),
            Encoding::Identity => None,
        };
        if encoding != Encoding::Identity {
            set(&mut headers, header::CONTENT_ENCODING, encoding.token());
        }
        let body = body.unwrap_or_else(|| asset.identity.clone());
        (headers, Body::from(body)).into_response()
    }
}

/// Every regular file under `root` with its address (`/pkg/portal.css`), leaving out the
/// precompressed copies.
fn site_files(root: &Path) -> Vec<(String, std::path::PathBuf)> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                folders.push(path);
                continue;
            }
            let compressed = path.extension().is_some_and(|e| e == "br" || e == "gz");
            let relative = path.strip_prefix(root).ok().and_then(|r| r.to_str()).map(|r| r.replace('\\', "/"));
            if let (false, Some(relative)) = (compressed, relative) {
                found.push((format!("/{relative}"), path));
            }
        }
    }
    found
}

fn read_asset(path: &Path, cache: &'static str) -> std::io::Result<Asset> {
    let read = |path: &Path| -> std::io::Result<Bytes> {
        if std::fs::metadata(path)?.len() > MAX_FILE {
            return Err(std::io::Error::other("too large for a site file"));
        }
        std::fs::read(path).map(Bytes::from)
    };
    let sibling = |extension: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(extension);
        read(Path::new(&name)).ok()
    };
    let identity = read(path)?;
    let tag = hex::encode(&Sha256::digest(&identity)[..12]);
    Ok(Asset { content_type: content_type(path), cache, tag, brotli: sibling(".br"), gzip: sibling(".gz"), identity })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" | "webmanifest" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The best encoding the request accepts (`Accept-Encoding`, a `q=0` refuses one) that the file
/// has.
fn chosen_encoding(accept: Option<&HeaderValue>, asset: &Asset) -> Encoding {
    let accept = accept.and_then(|v| v.to_str().ok()).unwrap_or_default();
    let accepted = |token: &str| {
        accept.split(',').any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused =
                parts.any(|p| p.replace(' ', "").strip_prefix("q=").is_some_and(|q| q.parse::<f32>() == Ok(0.0)));
            name.eq_ignore_ascii_case(token) && !refused
        })
    };
    if asset.brotli.is_some() && accepted("br") {
        Encoding::Brotli
    } else if asset.gzip.is_some() && accepted("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Whether `If-None-Match` names this representation (or is `*`).
fn matches_etag(if_none_match: Option<&HeaderValue>, etag: &str) -> bool {
    let Some(value) = if_none_match.and_then(|v| v.to_str().ok()) else { return false };
    value.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(brotli: bool, gzip: bool) -> Asset {
        Asset {
            content_type: "text/css; charset=utf-8",
            cache: IMMUTABLE,
            tag: "abc".into(),
            identity: Bytes::from_static(b"body{}"),
            brotli: brotli.then(|| Bytes::from_static(b"B")),
            gzip: gzip.then(|| Bytes::from_static(b"G")),
        }
    }

    fn accept(value: &'static str) -> Option<HeaderValue> {
        Some(HeaderValue::from_static(value))
    }

    #[test]
    fn the_smallest_encoding_the_browser_accepts_and_the_file_has() {
        let both = asset(true, true);
        assert_eq!(chosen_encoding(accept("gzip, deflate, br").as_ref(), &both), Encoding::Brotli);
        assert_eq!(chosen_encoding(accept("gzip, deflate").as_ref(), &both), Encoding::Gzip);
        assert_eq!(chosen_encoding(accept("br;q=0, gzip").as_ref(), &both), Encoding::Gzip);
        assert_eq!(chosen_encoding(None, &both), Encoding::Identity);
        assert_eq!(chosen_encoding(accept("br").as_ref(), &asset(false, true)), Encoding::Identity);
    }

    #[test]
    fn hashed_files_under_pkg_are_kept_a_year_and_the_others_revalidated() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("pkg")).unwrap();
        std::fs::write(dir.path().join("pkg/portal.1a2b3c.css"), "x").unwrap();
        std::fs::write(dir.path().join("robots.txt"), "y").unwrap();
        let cache = |assets: &Assets, address: &str| {
            let answer = assets.answer(address, &HeaderMap::new());
            answer.headers()[header::CACHE_CONTROL].to_str().unwrap().to_owned()
        };
        let hashed = Assets::load(dir.path(), "pkg", true);
        assert_eq!(cache(&hashed, "/pkg/portal.1a2b3c.css"), IMMUTABLE);
        assert_eq!(cache(&hashed, "/robots.txt"), REVALIDATE);
        let plain = Assets::load(dir.path(), "pkg", false);
        assert_eq!(cache(&plain, "/pkg/portal.1a2b3c.css"), REVALIDATE);
        let mut addresses: Vec<&str> = hashed.addresses().collect();
        addresses.sort();
        assert_eq!(addresses, ["/pkg/portal.1a2b3c.css", "/robots.txt"]);
    }

    #[test]
    fn a_matching_etag_is_not_modified() {
        assert!(matches_etag(accept("\"abc-br\"").as_ref(), "\"abc-br\""));
        assert!(matches_etag(accept("\"x\", W/\"abc-br\"").as_ref(), "\"abc-br\""));
        assert!(matches_etag(accept("*").as_ref(), "\"abc-br\""));
        assert!(!matches_etag(accept("\"abc-gzip\"").as_ref(), "\"abc-br\""));
        assert!(!matches_etag(None, "\"abc-br\""));
    }
}

//! `portal backup DIR` and `portal restore DIR`: the database and every stored object, taken while
//! the portal runs, and put back into an empty database and store.
//!
//! A backup folder holds:
//! - `backup.json`: what it is (its format, the backend, when, the counts);
//! - `portal.sqlite` (SQLite's `VACUUM INTO`: a consistent copy taken online) or `portal.pgdump`
//!   (`pg_dump --format=custom`, consistent in one snapshot);
//! - `objects/` with every object of the store, by its key, and `objects.jsonl` listing each key
//!   and size — or, with `--listing-only` (a national store of many terabytes kept by its own
//!   replication), the listing alone;
//! - `secret.key`, the embedded demo's server key, when the portal uses one (it opens the sealed
//!   second-factor secrets and signing keys; a production key comes from `PORTAL_SECRET_KEY` and is
//!   kept apart from the backup).
//!
//! The database is taken before the objects: a file uploaded in between is in the folder without a
//! row (collected later as an orphan), never a row without its file. Restore refuses a database
//! that already has tables and a store missing what the rows name.

use crate::config::{Config, DatabaseConfig, security::KeySource};
use crate::db::Db;
use crate::storage::Store;
use anyhow::{Context, Result, bail};
use diesel::connection::SimpleConnection;
use futures::StreamExt;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use serde::{Deserialize, Serialize};
use std::path::{Path as FsPath, PathBuf};
use tokio::io::AsyncWriteExt;

const FORMAT: u32 = 1;

/// `backup.json`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub format: u32,
    /// `sqlite` or `postgres`.
    pub backend: String,
    pub taken_at: String,
    pub objects: u64,
    pub object_bytes: u64,
    /// Whether `objects/` holds the objects, or only `objects.jsonl` lists them.
    pub objects_copied: bool,
}

#[derive(Serialize, Deserialize)]
struct Listed {
    key: String,
    size: u64,
}

fn backend_name(config: &DatabaseConfig) -> &'static str {
    match config {
        DatabaseConfig::Sqlite { .. } => "sqlite",
        DatabaseConfig::Postgres { .. } => "postgres",
    }
}

/// Takes a backup into `dir` (created; refused if it holds a backup already).
pub async fn backup(config: &Config, db: &Db, store: &Store, dir: &FsPath, listing_only: bool) -> Result<Manifest> {
    if dir.join("backup.json").exists() {
        bail!("{} already holds a backup", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    match &config.database {
        DatabaseConfig::Sqlite { .. } => {
            let target = dir.join("portal.sqlite");
            let quoted = target.to_string_lossy().replace('\'', "''");
            db.run(move |conn| conn.batch_execute(&format!("VACUUM INTO '{quoted}'")).map_err(Into::into)).await?;
        }
        DatabaseConfig::Postgres { url } => pg_tool(
            "pg_dump",
            url,
            &["--format=custom", "--no-owner", "--no-acl", "--file"],
            &dir.join("portal.pgdump"),
        )?,
    }
    let (objects, object_bytes) = copy_objects(store, dir, listing_only).await?;
    if let KeySource::DemoFile(path) = &config.security.secret_key {
        std::fs::copy(path, dir.join("secret.key")).with_context(|| format!("copying {}", path.display()))?;
    }
    let manifest = Manifest {
        format: FORMAT,
        backend: backend_name(&config.database).to_owned(),
        taken_at: shared::time::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        objects,
        object_bytes,
        objects_copied: !listing_only,
    };
    std::fs::write(dir.join("backup.json"), serde_json::to_vec_pretty(&manifest)?)?;
    Ok(manifest)
}

/// Every object of the store into `dir/objects/` (streamed, one at a time) and listed.
async fn copy_objects(store: &Store, dir: &FsPath, listing_only: bool) -> Result<(u64, u64)> {
    let mut listing = tokio::io::BufWriter::new(tokio::fs::File::create(dir.join("objects.jsonl")).await?);
    let (mut count, mut bytes) = (0_u64, 0_u64);
    let mut objects = store.list(None);
    while let Some(meta) = objects.next().await {
        let meta = meta?;
        let key = meta.location.to_string();
        if !listing_only {
            let target = object_file(dir, &key)?;
            if let Some(parent) = target.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            let mut file = tokio::fs::File::create(&target).await?;
            let mut body = store.get(&meta.location).await?.into_stream();
            while let Some(chunk) = body.next().await {
                file.write_all(&chunk?).await?;
            }
            file.sync_all().await?;
        }
        let mut line = serde_json::to_vec(&Listed { key, size: meta.size })?;
        line.push(b'\n');
        listing.write_all(&line).await?;
        count += 1;
        bytes += meta.size;
    }
    listing.flush().await?;
    Ok((count, bytes))
}

/// Where object `key` lies in the backup: under `objects/`, never outside it.
fn object_file(dir: &FsPath, key: &str) -> Result<PathBuf> {
    let mut path = dir.join("objects");
    for part in key.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains('\\') {
            bail!("an object key the backup cannot hold: {key:?}");
        }
        path.push(part);
    }
    Ok(path)
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub manifest: Manifest,
    pub objects_put: u64,
    /// Object keys the database names, all found in the store.
    pub named: u64,
}

/// Restores the backup in `dir` into the configured database (which must be empty) and store.
pub async fn restore(config: &Config, dir: &FsPath) -> Result<Manifest> {
    let manifest: Manifest = serde_json::from_slice(
        &std::fs::read(dir.join("backup.json")).with_context(|| format!("{} holds no backup", dir.display()))?,
    )?;
    if manifest.format != FORMAT {
        bail!("backup format {} is not one this portal reads ({FORMAT})", manifest.format);
    }
    if manifest.backend != backend_name(&config.database) {
        bail!(
            "this backup is of a {} database; the configured one is {}",
            manifest.backend,
            backend_name(&config.database)
        );
    }
    match &config.database {
        DatabaseConfig::Sqlite { path } => {
            if path.exists() && std::fs::metadata(path)?.len() > 0 {
                bail!("{} exists: restore into an empty place (move it aside first)", path.display());
            }
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::copy(dir.join("portal.sqlite"), path)?;
            std::fs::File::open(path)?.sync_all()?;
        }
        DatabaseConfig::Postgres { url } => {
            let db = Db::connect(&config.database, 1)?;
            let tables: i64 = db
                .run(|conn| {
                    use diesel::prelude::*;
                    #[derive(QueryableByName)]
                    struct Count {
                        #[diesel(sql_type = diesel::sql_types::BigInt)]
                        n: i64,
                    }
                    let found: Count = diesel::sql_query(
                        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
                    )
                    .get_result(conn)?;
                    Ok(found.n)
                })
                .await?;
            if tables > 0 {
                bail!("the configured database already has {tables} tables: restore into an empty one");
            }
            pg_tool(
                "pg_restore",
                url,
                &["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction"],
                &dir.join("portal.pgdump"),
            )?;
        }
    }
    if let KeySource::DemoFile(path) = &config.security.secret_key
        && dir.join("secret.key").exists()
        && !path.exists()
    {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(dir.join("secret.key"), path)?;
    }
    Ok(manifest)
}

/// Puts the backup's objects into `store` (those it lacks), then checks that every object the
/// restored database names is there; the restore's report.
pub async fn restore_objects(db: &Db, store: &Store, dir: &FsPath, manifest: Manifest) -> Result<Restored> {
    let mut put = 0;
    if manifest.objects_copied {
        let listing = tokio::fs::read_to_string(dir.join("objects.jsonl")).await?;
        for line in listing.lines().filter(|l| !l.trim().is_empty()) {
            let listed: Listed = serde_json::from_str(line)?;
            let key = Path::from(listed.key.as_str());
            if store.head(&key).await.is_ok() {
                continue;
            }
            crate::storage::upload_file(store, &object_file(dir, &listed.key)?, &key).await?;
            put += 1;
        }
    }
    let named = named_objects(db).await?;
    let mut missing = Vec::new();
    for key in &named {
        if store.head(&Path::from(key.as_str())).await.is_err() {
            missing.push(key.clone());
        }
    }
    if !missing.is_empty() {
        bail!("{} object(s) the database names are not in the store, e.g. {}", missing.len(), missing[0]);
    }
    Ok(Restored { manifest, objects_put: put, named: named.len() as u64 })
}

/// The keys of every object a row names (documents, finished exports).
async fn named_objects(db: &Db) -> Result<Vec<String>> {
    use crate::db::schema::{export_jobs, stored_files};
    use diesel::prelude::*;
    Ok(db
        .run(|conn| {
            let mut keys: Vec<String> = stored_files::table.select(stored_files::object_key).load(conn)?;
            let exports: Vec<Option<String>> = export_jobs::table.select(export_jobs::object_key).load(conn)?;
            keys.extend(exports.into_iter().flatten());
            Ok(keys)
        })
        .await?)
}

/// Runs PostgreSQL's `tool` on `url` with `args` and `file`; the password, if the URL has one,
/// goes in the environment (`PGPASSWORD`), never on a command line others can list.
fn pg_tool(tool: &str, url: &str, args: &[&str], file: &FsPath) -> Result<()> {
    let mut parsed = url::Url::parse(url).context("DATABASE_URL")?;
    let password = parsed.password().map(percent_decode);
    let _ = parsed.set_password(None);
    let mut command = std::process::Command::new(tool);
    command.args(args).arg(file).arg(format!("--dbname={parsed}"));
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let out = command.output().with_context(|| format!("running {tool} (install PostgreSQL's client tools)"))?;
    if !out.status.success() {
        bail!("{tool} failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

/// A URL's percent-encoded part as the bytes it stands for (`+` stays `+`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_inside_the_backup_and_passwords_decode() {
        let dir = FsPath::new("/b");
        assert_eq!(object_file(dir, "files/12/ab").unwrap(), PathBuf::from("/b/objects/files/12/ab"));
        for bad in ["../x", "files/../../x", "/abs", "a//b", "a\\b"] {
            assert!(object_file(dir, bad).is_err(), "{bad}");
        }
        assert_eq!(percent_decode("p%40ss+w%2Frd"), "p@ss+w/rd");
    }
}

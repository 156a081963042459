//! The database: one code base over SQLite (embedded default) and PostgreSQL (production).
//!
//! Queries are written once against [`DbConn`], diesel's multi-backend connection. Every unit of
//! work runs on tokio's blocking pool ([`Db::run`]) so a slow query never stalls the async
//! threads, and it carries the caller's tracing span.

pub mod schema;

use crate::config::DatabaseConfig;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::time::Duration;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("no database connection available: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("database task panicked or was cancelled")]
    Join,
}

/// Opens connections of the configured backend. SQLite connections get their pragmas here, once
/// per connection: WAL so readers do not block the writer, enforced foreign keys, and a busy
/// timeout so concurrent writers wait instead of failing.
pub struct Manager {
    config: DatabaseConfig,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        match &self.config {
            DatabaseConfig::Postgres { url } => {
                diesel::PgConnection::establish(url).map(DbConn::Pg).map_err(r2d2::Error::ConnectionError)
            }
            DatabaseConfig::Sqlite { path } => {
                let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1").map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

/// The shared connection pool.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<Manager>,
    backend: Backend,
}

impl Db {
    pub fn connect(config: &DatabaseConfig, pool_size: u32) -> Result<Self, DbError> {
        let backend = match config {
            DatabaseConfig::Sqlite { path } => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| DbError::Migration(format!("cannot create {}: {e}", dir.display())))?;
                }
                Backend::Sqlite
            }
            DatabaseConfig::Postgres { .. } => Backend::Postgres,
        };
        let pool = r2d2::Pool::builder()
            .max_size(pool_size)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(Manager { config: config.clone() })?;
        Ok(Self { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Runs `f` with a pooled connection on the blocking pool.
    pub async fn run<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|_| DbError::Join)?
    }

    /// Applies the embedded migrations of this backend that have not run yet.
    pub async fn migrate(&self) -> Result<Vec<String>, DbError> {
        self.run(|conn| {
            let applied = match conn {
                DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
                DbConn::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
            }
            .map_err(|e| DbError::Migration(e.to_string()))?;
            Ok(applied.iter().map(ToString::to_string).collect())
        })
        .await
    }

    /// A trivial round trip, for readiness checks.
    pub async fn ping(&self) -> Result<(), DbError> {
        self.run(|conn| conn.batch_execute("SELECT 1").map_err(DbError::from)).await
    }

    /// Pool usage: (connections open, of which idle).
    pub fn pool_state(&self) -> (u32, u32) {
        let s = self.pool.state();
        (s.connections, s.idle_connections)
    }
}

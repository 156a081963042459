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
use std::time::{Duration, Instant};

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

/// A stored value the domain refuses (a broken form schema, unreadable form data, a workflow that
/// no longer checks): an error of the read, never a silent default.
pub fn decode(message: String) -> DbError {
    DbError::Query(diesel::result::Error::DeserializationError(message.into()))
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
    #[error("no database connection free within {0:?}")]
    Busy(Duration),
}

/// Opens connections of the configured backend. SQLite connections get their pragmas here, once
/// per connection: WAL so readers do not block the writer, enforced foreign keys, and a busy
/// timeout so concurrent writers wait instead of failing.
pub struct Manager {
    config: DatabaseConfig,
}

/// A pooled connection, when it was last handed back, and whether a statement on it found the
/// connection gone (a server restart, a terminated backend): then it is dropped, not reused.
pub struct Pooled {
    conn: DbConn,
    returned_at: Instant,
    lost: bool,
}

/// A connection handed back this recently is taken as alive without a round trip when it is
/// next checked out (HikariCP's "alive bypass window"). Checking every checkout cost a `SELECT 1`
/// round trip per unit of work: on PostgreSQL, up to half the statements of a busy page
/// (docs/PERFORMANCE.md). A connection idle for longer is still checked, so one closed by the
/// server while idle (a restart, an idle timeout) is replaced before it is used.
const ALIVE_WITHOUT_CHECK: Duration = Duration::from_millis(500);

impl ManageConnection for Manager {
    type Connection = Pooled;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<Pooled, r2d2::Error> {
        let conn = match &self.config {
            DatabaseConfig::Postgres { url } => {
                diesel::PgConnection::establish(url).map(DbConn::Pg).map_err(r2d2::Error::ConnectionError)?
            }
            DatabaseConfig::Sqlite { path } => {
                let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                )
                .map_err(r2d2::Error::QueryError)?;
                DbConn::Sqlite(conn)
            }
        };
        Ok(Pooled { conn, returned_at: Instant::now(), lost: false })
    }

    fn is_valid(&self, pooled: &mut Pooled) -> Result<(), r2d2::Error> {
        if pooled.returned_at.elapsed() < ALIVE_WITHOUT_CHECK {
            return Ok(());
        }
        pooled.conn.batch_execute("SELECT 1").map_err(r2d2::Error::QueryError)
    }

    /// Called by the pool as a connection comes back: the moment is noted for `is_valid`. A
    /// connection found gone, or left inside a failed transaction, is dropped.
    fn has_broken(&self, pooled: &mut Pooled) -> bool {
        pooled.returned_at = Instant::now();
        pooled.lost || diesel::r2d2::R2D2Connection::is_broken(&mut pooled.conn)
    }
}

/// Whether `e` says the connection itself is gone (as opposed to a statement that failed).
fn connection_lost(e: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    matches!(e, Error::DatabaseError(DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand, _))
}

/// A statement that writes nothing but takes SQLite's write lock (as `BEGIN IMMEDIATE` would;
/// the migrations table always exists).
const TAKE_WRITE_LOCK: &str = "UPDATE __diesel_schema_migrations SET version = version WHERE 0";

/// A transaction. On SQLite it takes the write lock first: a transaction that reads and then
/// writes would otherwise fail at once with "database is locked" when another connection wrote
/// in between (its snapshot is stale, and SQLite's busy timeout cannot help); taken first, the
/// lock waits its turn under the busy timeout. The benchmark's sixteen concurrent filers hit
/// this (docs/PERFORMANCE.md). Every transaction of the portal goes through here.
pub fn transaction<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    conn.transaction(|conn| {
        if matches!(conn, DbConn::Sqlite(_)) {
            conn.batch_execute(TAKE_WRITE_LOCK)?;
        }
        f(conn)
    })
}

/// Inside a [`transaction`], holds account `id`'s row until it ends, so that checks about the
/// account (its storage quota) and the writes that depend on them cannot interleave with another
/// transaction's. On SQLite the transaction's write lock already serialises everything.
pub fn lock_account(conn: &mut DbConn, id: i64) -> Result<(), DbError> {
    if let DbConn::Pg(pg) = conn {
        use diesel::prelude::*;
        schema::accounts::table
            .filter(schema::accounts::id.eq(id))
            .select(schema::accounts::id)
            .for_update()
            .first::<i64>(pg)
            .optional()?;
    }
    Ok(())
}

/// Whether every embedded migration of the connection's backend is recorded as run (false when
/// the record cannot be read: then the migration harness runs and says why).
fn all_applied(conn: &mut DbConn) -> bool {
    use diesel::migration::MigrationSource;
    #[derive(QueryableByName)]
    struct Version {
        #[diesel(sql_type = diesel::sql_types::Text)]
        version: String,
    }
    let embedded: Vec<String> = match conn {
        DbConn::Sqlite(_) => MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS)
            .map(|all| all.iter().map(|m| m.name().version().to_string()).collect()),
        DbConn::Pg(_) => MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES_MIGRATIONS)
            .map(|all| all.iter().map(|m| m.name().version().to_string()).collect()),
    }
    .unwrap_or_default();
    let Ok(recorded) = diesel::sql_query("SELECT version FROM __diesel_schema_migrations").load::<Version>(conn) else {
        return false;
    };
    let recorded: std::collections::HashSet<String> = recorded.into_iter().map(|v| v.version).collect();
    !embedded.is_empty() && embedded.iter().all(|v| recorded.contains(v))
}

/// Gives PostgreSQL role `role` what the running portal needs and no more (run by the tables'
/// owner after migrating, `portal migrate --grant-to ROLE`): reading and writing the tables,
/// except that the audit log may only be appended to and sealed, and the migrations' record
/// only read. Not being the owner, the role cannot drop the audit log's triggers either.
pub fn grant_runtime_role(conn: &mut DbConn, role: &str) -> Result<(), DbError> {
    let valid = role.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && role.len() <= 63
        && role.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(DbError::Migration(format!("not a plain role name: {role:?}")));
    }
    if matches!(conn, DbConn::Sqlite(_)) {
        return Err(DbError::Migration("roles exist only on PostgreSQL".to_owned()));
    }
    conn.batch_execute(&format!(
        "GRANT USAGE ON SCHEMA public TO {role};
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
         GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role};
         REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role};
         GRANT UPDATE (chain_seq, prev_hash, hash) ON audit_log TO {role};
         REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __diesel_schema_migrations FROM {role};"
    ))?;
    Ok(())
}

/// How long a request waits for a free connection before it is answered "unavailable" (the
/// pool's own checkout timeout, kept for the wait in front of it).
const WAIT_FOR_TURN: Duration = Duration::from_secs(10);

/// The shared connection pool.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<Manager>,
    backend: Backend,
    /// One per pooled connection: a request waits here, as a cheap async task, for its turn,
    /// rather than on a blocking-pool thread inside `pool.get()`. Under load that kept one
    /// thread (and its stack and allocator arena) per waiting request.
    turns: std::sync::Arc<tokio::sync::Semaphore>,
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
        let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(pool_size as usize));
        Ok(Self { pool, backend, turns })
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
        let turn = tokio::time::timeout(WAIT_FOR_TURN, self.turns.clone().acquire_owned())
            .await
            .map_err(|_| DbError::Busy(WAIT_FOR_TURN))?
            .map_err(|_| DbError::Join)?;
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            let _entered = span.enter();
            let mut pooled = pool.get()?;
            let result = f(&mut pooled.conn);
            if let Err(DbError::Query(e)) = &result {
                pooled.lost = connection_lost(e);
            }
            result
        })
        .await
        .map_err(|_| DbError::Join)?
    }

    /// Applies the embedded migrations of this backend that have not run yet. When every one
    /// has run, nothing is written: the PostgreSQL runtime role (`grant_runtime_role`), which may
    /// not create tables, starts as well as the owner.
    pub async fn migrate(&self) -> Result<Vec<String>, DbError> {
        self.run(|conn| {
            if all_applied(conn) {
                return Ok(Vec::new());
            }
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

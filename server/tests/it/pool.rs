//! The connection pool when PostgreSQL drops its connections (a restart, a failover, an
//! administrator's `pg_terminate_backend`): a connection handed back recently is reused without
//! a liveness check (`server/src/db/mod.rs`), so one found gone must be dropped, not handed out
//! again for as long as requests keep coming.

use crate::common::{Backend, TestDb};
use diesel::prelude::*;

#[tokio::test]
async fn connections_the_server_dropped_are_replaced_under_steady_use() {
    let test_db = TestDb::new(Backend::Postgres);
    let db = server::db::Db::connect(&test_db.config().database, 4).expect("pool");
    // Four connections in the pool, all just used.
    let pings = (0..4).map(|_| db.ping());
    for ping in futures::future::join_all(pings).await {
        ping.expect("ping before");
    }

    let name = test_db.url.rsplit('/').next().unwrap().to_owned();
    let mut admin = diesel::PgConnection::establish(&format!("{}/postgres", crate::common::pg_server_url())).unwrap();
    let ended: Vec<bool> = diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
        "pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    )))
    .load(&mut admin)
    .unwrap();
    assert!(!ended.is_empty(), "the pool's connections were ended");

    // Asked again at once and again and again (within the pool's no-check window): each dead
    // connection may fail one request, then it is gone.
    let mut failures = 0;
    for _ in 0..20 {
        if db.ping().await.is_err() {
            failures += 1;
        }
    }
    assert!(failures <= 4, "each dropped connection fails at most once: {failures} failures");
    for _ in 0..10 {
        db.ping().await.expect("fresh connections after the dead ones are dropped");
    }
}

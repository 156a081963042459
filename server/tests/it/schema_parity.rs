//! Both backends' migrations produce the same tables and columns (name, nullability and a
//! normalised type), so code written once against the schema works on either.

use crate::common;

use common::{Backend, TestDb};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};
use server::db::{Db, DbConn};
use std::collections::BTreeSet;

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Integer)]
    nullable: i32,
}

/// Maps each backend's type names onto one vocabulary.
fn normalise(t: &str) -> &'static str {
    match t.to_ascii_lowercase().as_str() {
        "integer" | "int4" => "integer",
        "bigint" | "int8" => "bigint",
        "text" | "character varying" => "text",
        "boolean" | "bool" => "boolean",
        "date" => "date",
        "timestamp" | "timestamp without time zone" => "timestamp",
        "blob" | "bytea" => "binary",
        _ => "other",
    }
}

async fn columns(backend: Backend) -> BTreeSet<(String, String, &'static str, bool)> {
    let test_db = TestDb::new(backend);
    let db = Db::connect(&test_db.config().database, 1).unwrap();
    db.migrate().await.unwrap();
    let rows = db
        .run(|conn| {
            let sql = match conn {
                // In SQLite only a column declared exactly `INTEGER PRIMARY KEY` aliases the 64-bit
                // rowid, so ids are declared INTEGER there and BIGINT in PostgreSQL: the same type.
                // (The first column of a key of several columns is no rowid: INTEGER is INTEGER.)
                DbConn::Sqlite(_) => {
                    "SELECT m.name AS table_name, p.name AS column_name, \
                     CASE WHEN p.pk = 1 AND p.type = 'INTEGER' \
                     AND (SELECT COUNT(*) FROM pragma_table_info(m.name) k WHERE k.pk > 0) = 1 \
                     THEN 'bigint' ELSE p.type END AS data_type, \
                     CASE WHEN p.\"notnull\" = 1 OR p.pk = 1 THEN 0 ELSE 1 END AS nullable \
                     FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name != '__diesel_schema_migrations'"
                }
                DbConn::Pg(_) => {
                    "SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type, \
                     CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END AS nullable \
                     FROM information_schema.columns WHERE table_schema = 'public' AND table_name != '__diesel_schema_migrations'"
                }
            };
            Ok(diesel::sql_query(sql).load::<Column>(conn)?)
        })
        .await
        .unwrap();
    rows.into_iter().map(|c| (c.table_name, c.column_name, normalise(&c.data_type), c.nullable == 1)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_have_the_same_tables_and_columns() {
    let sqlite = columns(Backend::Sqlite).await;
    let postgres = columns(Backend::Postgres).await;
    assert!(sqlite.len() > 50, "the catalog tables are there ({} columns)", sqlite.len());
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_postgres:?}"
    );
    assert!(sqlite.iter().all(|c| c.2 != "other"), "unmapped type in {sqlite:?}");
}

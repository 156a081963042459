//! The audit log is append-only and tamper-evident (issue #20): rows are sealed into a hash
//! chain, `portal audit verify` names the first row changed by hand, the database refuses changes
//! and deletions (triggers on both backends; on PostgreSQL the runtime role has no right to them
//! either), and a period exports as JSON lines with a signature `openssl` checks.

use crate::common;

use common::{Backend, TestApp};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use server::db::DbConn;
use server::services::audit::{self, Entry, Event, chain};

fn record(conn: &mut DbConn, n: usize) -> Result<(), server::db::DbError> {
    for i in 0..n {
        let detail = format!("lần {i}");
        let entry = Entry {
            event: Event::AuditLogRead,
            actor: Some(1),
            subject: None,
            ip: Some("10.0.0.1"),
            detail: Some(&detail),
        };
        audit::record(conn, shared::time::now(), entry)?;
    }
    Ok(())
}

fn portal(app: &TestApp) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_portal"));
    for key in ["PORTAL_CONFIG", "PORTAL_STORAGE", "LOG_FORMAT", "RUST_LOG"] {
        cmd.env_remove(key);
    }
    cmd.env("DATABASE_URL", &app.db.url).env("PORTAL_DATA_DIR", app.db.dir.path());
    cmd
}

/// Lets the test change a sealed row the way someone with the database's keys could.
fn disarm(conn: &mut DbConn) {
    let sql = match conn {
        DbConn::Pg(_) => "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        DbConn::Sqlite(_) => "DROP TRIGGER audit_log_seal_once; DROP TRIGGER audit_log_no_delete",
    };
    conn.batch_execute(sql).unwrap();
}

both_backends!(verify_names_the_row_changed_by_hand, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    app.state.db.run(|conn| record(conn, 7)).await.unwrap();
    let out = portal(&app).args(["audit", "verify"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("audit chain intact"), "{stdout}");
    let (sealed, unsealed) = app
        .state
        .db
        .run(|conn| match chain::verify(conn)? {
            chain::Verdict::Intact { sealed, unsealed, .. } => Ok((sealed, unsealed)),
            broken => panic!("{broken:?}"),
        })
        .await
        .unwrap();
    assert!(sealed >= 7, "{sealed}");
    assert_eq!(unsealed, 0);

    // A row in the middle of the chain changed by hand.
    let victim: i64 = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::audit_log;
            Ok(audit_log::table.filter(audit_log::chain_seq.eq(3)).select(audit_log::id).first(conn)?)
        })
        .await
        .unwrap();
    app.state
        .db
        .run(move |conn| {
            disarm(conn);
            conn.batch_execute(&format!("UPDATE audit_log SET detail = 'đã sửa' WHERE id = {victim}"))?;
            Ok(())
        })
        .await
        .unwrap();
    let out = portal(&app).args(["audit", "verify"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("BROKEN at link 3 (audit row {victim})")), "{stderr}");
    assert!(stderr.contains("was changed"), "{stderr}");

    // A row removed is found too (after the changed one is put back, as it was).
    app.state
        .db
        .run(move |conn| {
            conn.batch_execute(&format!("UPDATE audit_log SET detail = 'lần 2' WHERE id = {victim}"))?;
            Ok(())
        })
        .await
        .unwrap();
    let verdict = app.state.db.run(chain::verify).await.unwrap();
    assert!(matches!(verdict, chain::Verdict::Intact { .. }), "restored: {verdict:?}");
    app.state
        .db
        .run(|conn| {
            conn.batch_execute("DELETE FROM audit_log WHERE chain_seq = 5")?;
            Ok(())
        })
        .await
        .unwrap();
    let verdict = app.state.db.run(chain::verify).await.unwrap();
    assert_eq!(verdict, chain::Verdict::Broken { seq: 5, id: None, reason: chain::Break::Missing });
});

both_backends!(the_database_refuses_to_change_or_remove_an_audit_row, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let refused = app
        .state
        .db
        .run(|conn| {
            record(conn, 2)?;
            let sealed = chain::seal(conn, shared::time::now())?;
            assert!(sealed >= 2);
            let update = conn.batch_execute("UPDATE audit_log SET detail = 'x'").map_err(|e| e.to_string());
            let reseal = conn.batch_execute("UPDATE audit_log SET hash = 'x'").map_err(|e| e.to_string());
            let delete = conn.batch_execute("DELETE FROM audit_log").map_err(|e| e.to_string());
            let truncate = match conn {
                DbConn::Pg(_) => conn.batch_execute("TRUNCATE audit_log").map_err(|e| e.to_string()),
                DbConn::Sqlite(_) => Err("no TRUNCATE on SQLite".to_owned()),
            };
            Ok([update, reseal, delete, truncate])
        })
        .await
        .unwrap();
    for outcome in refused {
        let message = outcome.expect_err("refused");
        assert!(message.contains("audit_log") || message.contains("TRUNCATE"), "{message}");
    }
    let verdict = app.state.db.run(chain::verify).await.unwrap();
    assert!(matches!(verdict, chain::Verdict::Intact { .. }), "{verdict:?}");
});

both_backends!(rows_written_while_sealing_all_end_in_one_chain, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let before: i64 =
        app.state.db.run(|conn| Ok(server::db::schema::audit_log::table.count().get_result(conn)?)).await.unwrap();
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let db = app.state.db.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..10 {
                db.run(|conn| server::db::transaction(conn, |conn| record(conn, 3))).await.unwrap();
            }
        }));
    }
    let sealer = app.state.db.clone();
    tasks.push(tokio::spawn(async move {
        for _ in 0..10 {
            sealer.run(|conn| chain::seal(conn, shared::time::now())).await.unwrap();
        }
    }));
    for task in tasks {
        task.await.unwrap();
    }
    app.state.db.run(|conn| chain::seal(conn, shared::time::now())).await.unwrap();
    match app.state.db.run(chain::verify).await.unwrap() {
        chain::Verdict::Intact { sealed, unsealed, .. } => {
            assert_eq!(sealed, before + 120);
            assert_eq!(unsealed, 0);
        }
        broken => panic!("{broken:?}"),
    }
});

both_backends!(a_period_exports_as_signed_json_lines, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    app.state.db.run(|conn| record(conn, 5)).await.unwrap();
    let agency: String = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::{agencies, signing_keys};
            Ok(agencies::table.inner_join(signing_keys::table).select(agencies::code).first(conn)?)
        })
        .await
        .unwrap();
    let file = app.db.dir.path().join("audit.jsonl");
    let today = shared::time::iso_date(shared::time::now().date());
    let out = portal(&app)
        .args(["audit", "export", "--from", &today, "--to", &today, "--agency", &agency])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 5);
    assert_eq!(lines.last().unwrap()["detail"], "lần 4");
    // Each line links to the one before, and its hash is recomputed from the line alone.
    for pair in lines.windows(2) {
        assert_eq!(pair[1]["prev_hash"], pair[0]["hash"]);
        assert_eq!(pair[1]["seq"].as_i64().unwrap(), pair[0]["seq"].as_i64().unwrap() + 1);
    }
    for line in &lines {
        let canonical = serde_json::json!([
            line["seq"],
            line["id"],
            line["at"],
            line["event"],
            line["actor"],
            line["subject"],
            line["ip"],
            line["detail"]
        ]);
        let mut digest = <sha2::Sha256 as sha2::Digest>::new();
        sha2::Digest::update(&mut digest, line["prev_hash"].as_str().unwrap().as_bytes());
        sha2::Digest::update(&mut digest, b"\n");
        sha2::Digest::update(&mut digest, canonical.to_string().as_bytes());
        assert_eq!(hex::encode(sha2::Digest::finalize(digest)), line["hash"].as_str().unwrap());
    }
    // openssl checks the signature over the file, and refuses it once a byte changes.
    let p7s = app.db.dir.path().join("audit.jsonl.p7s");
    let verify = |content: &std::path::Path| {
        std::process::Command::new("openssl")
            .args(["cms", "-verify", "-binary", "-noverify", "-inform", "DER", "-out", "/dev/null", "-in"])
            .arg(&p7s)
            .arg("-content")
            .arg(content)
            .output()
            .unwrap()
    };
    let good = verify(&file);
    assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stderr));
    let forged = app.db.dir.path().join("forged.jsonl");
    std::fs::write(&forged, text.replacen("lần 4", "lần 9", 1)).unwrap();
    assert!(!verify(&forged).status.success(), "a changed export fails the check");
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_postgres_runtime_role_may_append_and_seal_but_not_change_audit_rows() {
    let app = TestApp::start(Backend::Postgres).await;
    let role = format!("portal_rt_{:08x}", rand::random::<u32>());
    let admin_url = format!("{}/postgres", common::pg_server_url());
    let mut admin = diesel::PgConnection::establish(&admin_url).unwrap();
    diesel::sql_query(format!("CREATE ROLE {role} LOGIN")).execute(&mut admin).unwrap();
    let out = portal(&app).args(["migrate", "--grant-to", &role]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let as_role = app.db.url.replacen("postgres@", &format!("{role}@"), 1);
    let outcome = std::panic::catch_unwind(|| {
        let mut conn = DbConn::Pg(diesel::PgConnection::establish(&as_role).unwrap());
        record(&mut conn, 2).unwrap();
        assert!(chain::seal(&mut conn, shared::time::now()).unwrap() >= 2, "the sealer runs as the role");
        assert!(matches!(chain::verify(&mut conn).unwrap(), chain::Verdict::Intact { .. }));
        for sql in [
            "UPDATE audit_log SET detail = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
            "DROP TRIGGER audit_log_append_only ON audit_log",
        ] {
            let err = conn.batch_execute(sql).expect_err(sql).to_string();
            assert!(err.contains("permission denied") || err.contains("must be owner"), "{sql}: {err}");
        }
    });
    // The portal itself starts as the role: no migration is pending, so nothing is created.
    let started = if outcome.is_ok() {
        let data = app.db.dir.path().to_string_lossy().into_owned();
        let config = server::config::Config::from_source(&server::config::Source::from_pairs(&[
            ("DATABASE_URL", &as_role),
            ("PORTAL_DATA_DIR", &data),
            ("PORTAL_DB_POOL_SIZE", "2"),
        ]))
        .unwrap();
        server::build_state(&config).await.map(drop).map_err(|e| format!("{e:#}"))
    } else {
        Ok(())
    };
    drop(app);
    let _ = diesel::sql_query(format!("DROP ROLE IF EXISTS {role}")).execute(&mut admin);
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
    started.expect("the portal starts as the runtime role");
}

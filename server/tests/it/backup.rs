//! `portal backup DIR` and `portal restore DIR` (issue #20): a portal with filed dossiers, their
//! documents and a returned result is backed up while it runs, restored into an empty database
//! and data folder, and the restored portal serves every dossier and document it had — to the
//! same applicant, whose session came back with it.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{Crew, returned_birth, submitted_birth};
use common::people::{seeded, session_of};
use common::{Backend, TestApp, TestDb};
use diesel::prelude::*;
use server::db::schema::{dossier_documents, dossiers, stored_files};
use server::seed::accounts::DEMO_CITIZEN;
use sha2::Digest;

fn portal(db: &TestDb) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_portal"));
    for key in ["PORTAL_CONFIG", "PORTAL_STORAGE", "LOG_FORMAT", "RUST_LOG", "PORTAL_SECRET_KEY"] {
        cmd.env_remove(key);
    }
    cmd.env("DATABASE_URL", &db.url).env("PORTAL_DATA_DIR", db.dir.path());
    cmd
}

/// (dossier id, code, document ids) of every filed dossier.
async fn filed(app: &TestApp) -> Vec<(i64, String, Vec<i64>)> {
    app.state
        .db
        .run(|conn| {
            let rows: Vec<(i64, Option<String>)> = dossiers::table
                .filter(dossiers::code.is_not_null())
                .order(dossiers::id)
                .select((dossiers::id, dossiers::code))
                .load(conn)?;
            let mut out = Vec::new();
            for (id, code) in rows {
                let files: Vec<i64> = dossier_documents::table
                    .filter(dossier_documents::dossier_id.eq(id))
                    .select(dossier_documents::file_id)
                    .load(conn)?;
                out.push((id, code.unwrap_or_default(), files));
            }
            Ok(out)
        })
        .await
        .unwrap()
}

async fn body_of(app: &TestApp, path: &str, session: &str) -> (StatusCode, bytes::Bytes) {
    let request = axum::http::Request::get(path).header("cookie", session).body(axum::body::Body::empty()).unwrap();
    let response = app.request(request).await;
    let status = response.status();
    (status, http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes())
}

both_backends!(a_backup_restores_into_an_empty_portal_that_serves_everything, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    submitted_birth(&app).await;
    returned_birth(&app, &crew).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let before = filed(&app).await;
    let documents: usize = before.iter().map(|(_, _, files)| files.len()).sum();
    assert!(before.len() >= 2 && documents >= 3, "{before:?}");
    let hashes: Vec<(i64, String)> = app
        .state
        .db
        .run(|conn| Ok(stored_files::table.select((stored_files::id, stored_files::sha256)).load(conn)?))
        .await
        .unwrap();

    // Taken while the portal runs (its pool is open).
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sao-luu");
    let out = portal(&app.db).arg("backup").arg(&folder).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("object(s)"), "{said}");
    let again = portal(&app.db).arg("backup").arg(&folder).output().unwrap();
    assert!(!again.status.success(), "a folder that holds a backup is not overwritten");

    // Restored into an empty database and an empty data folder.
    let target = TestDb::new(backend);
    let out = portal(&target).arg("restore").arg(&folder).output().unwrap();
    let told =
        format!("{}: {}{}", out.status, String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{told}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&format!("all {} object(s) the database names are there", hashes.len())), "{said}");
    let refused = portal(&target).arg("restore").arg(&folder).output().unwrap();
    assert!(!refused.status.success(), "never over a database that has data");

    let state = server::build_state(&target.config()).await.unwrap();
    let restored = TestApp { state, db: target, origin: app.origin.clone() };
    assert_eq!(filed(&restored).await, before, "every dossier, with its documents");
    for (id, code, files) in &before {
        let (status, page) = body_of(&restored, &format!("/ho-so/{id}"), &citizen).await;
        assert_eq!(status, StatusCode::OK, "the applicant's session came back too");
        assert!(String::from_utf8_lossy(&page).contains(code.as_str()));
        for file in files {
            let (status, bytes) = body_of(&restored, &format!("/tai-lieu/{file}"), &citizen).await;
            assert_eq!(status, StatusCode::OK, "document {file}");
            let sha = hex::encode(sha2::Sha256::digest(&bytes));
            assert!(hashes.contains(&(*file, sha)), "document {file} is the same bytes");
        }
    }
    let verdict = restored.state.db.run(server::services::audit::chain::verify).await.unwrap();
    assert!(matches!(verdict, server::services::audit::chain::Verdict::Intact { .. }), "{verdict:?}");
});

//! Every uploaded file passes ClamAV (issue #20): the suite's portal scans with a real clamd
//! (scripts/clamd.sh with the EICAR test signature). The EICAR PDF is refused at each upload path
//! where that path is tested (`common::forms::refused_as_infected`: the draft's documents in
//! `filing`, the officer's result in `backoffice`, messages in `conversation`, the opinion's
//! question and answer in `opinions`, feedback attachments in `feedback`; the S3 store in
//! `storage`). Here: what happens when the scanner does not answer, and what `/readyz` says.

use crate::common;

use axum::http::StatusCode;
use common::people::{birth_fields, session_of};
use common::{Backend, TestApp, TestDb};
use server::antivirus::{AntivirusConfig, WhenDown};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// The portal with its scanner at an address nothing answers on.
async fn with_scanner_down(backend: Backend, when_down: WhenDown) -> TestApp {
    let db = TestDb::new(backend);
    let mut config = db.config();
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string();
    config.antivirus = AntivirusConfig { clamd: Some(dead), when_down };
    let state = server::build_state(&config).await.expect("state");
    server::seed::seed_demo(&state.db).await.expect("demo seed");
    server::seed::accounts::seed_demo_accounts(&state.db).await.expect("demo accounts");
    TestApp { state, db, origin: "http://127.0.0.1:3000".to_owned() }
}

/// Saves the draft's fields with one document; the answer.
async fn save_with_document(app: &TestApp) -> common::forms::Answer {
    let session = session_of(app, DEMO_CITIZEN.email).await;
    let draft = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &session).await.location.expect("a draft");
    let mut fields = birth_fields();
    fields.push(("hanh_dong", "luu"));
    common::forms::post_multipart(app, &draft, &session, &fields, &[("tep.2", "giay-chung-sinh.pdf", PDF)]).await
}

both_backends!(readiness_reports_the_scanner, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (status, ready) = app.get("/readyz").await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    assert!(ready.contains(r#""antivirus":"ok""#), "{ready}");
});

both_backends!(uploads_are_refused_while_the_scanner_is_down, |backend: Backend| async move {
    let app = with_scanner_down(backend, WhenDown::Refuse).await;
    let answer = save_with_document(&app).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    assert!(answer.body.contains("Hệ thống kiểm tra virus đang tạm dừng"), "{}", answer.body);
    let files: i64 = app
        .state
        .db
        .run(|conn| {
            use diesel::prelude::*;
            Ok(server::db::schema::stored_files::table.count().get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(files, 0, "nothing kept");
    let (status, ready) = app.get("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(ready.contains(r#""antivirus":"unreachable""#), "{ready}");
});

both_backends!(a_demo_may_accept_files_unscanned_when_the_scanner_is_down, |backend: Backend| async move {
    let app = with_scanner_down(backend, WhenDown::Accept).await;
    let answer = save_with_document(&app).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let (status, ready) = app.get("/readyz").await;
    assert_eq!(status, StatusCode::OK, "not a reason to take the portal out of service");
    assert!(ready.contains(r#""antivirus":"unreachable""#), "{ready}");
});

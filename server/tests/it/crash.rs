//! Crash safety (issue #20): the real `portal serve` process is held at a named point in the
//! middle of an upload, a submission, a payment notification, an officer's action and a
//! background job (`PORTAL_CRASH_POINT`, `server::crash`), killed there with SIGKILL, restarted,
//! and the request retried as its sender would (the browser posts again, the gateway sends its
//! notification again, the lease of the dead worker's job runs out). Then nothing may be lost or
//! done twice: no row names a missing object, every submitted dossier has one code and codes are
//! unique, the payment is settled once, the action is recorded once, the job is done once.
//!
//! It prints what it checked: scripts/test.sh runs it on its own with `--nocapture`.

use crate::common;

use common::people::{birth_fields, officer, seeded, session_of};
use common::process::{Form, Server, free_port, post};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossier_events, dossiers, export_jobs, jobs, payments, stored_files};
use server::seed::accounts::DEMO_CITIZEN;
use std::time::Duration;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
/// Another document (the same bytes twice are kept once, as one file).
const PDF_B: &[u8] = b"%PDF-1.7\n1 0 obj << /B 1 >> endobj\n%%EOF\n";

/// Starts the server held at `point`, sends `request` (which never gets its answer), kills the
/// server there, restarts it unheld and returns it.
async fn crash_during(
    app: &TestApp,
    client: &reqwest::Client,
    port: u16,
    point: &str,
    request: Option<reqwest::RequestBuilder>,
) -> Server {
    let held = Server::start(app, port, Some(point));
    held.ready(client).await;
    let pending = request.map(|r| tokio::spawn(r.timeout(Duration::from_secs(120)).send()));
    held.held_at(point);
    held.kill();
    if let Some(pending) = pending {
        assert!(pending.await.unwrap().is_err(), "{point}: the request got no answer");
    }
    let again = Server::start(app, port, None);
    again.ready(client).await;
    again
}

async fn count<F>(app: &TestApp, query: F) -> i64
where
    F: FnOnce(&mut server::db::DbConn) -> QueryResult<i64> + Send + 'static,
{
    app.state.db.run(move |conn| Ok(query(conn)?)).await.unwrap()
}

async fn draft_with_fields(app: &TestApp) -> i64 {
    let me = common::people::person(app, DEMO_CITIZEN.email).await;
    let id = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.services.filing.save_posted(&me, id, &common::people::birth_pairs()).await.unwrap();
    id
}

fn origin(port: u16) -> String {
    format!("http://127.0.0.1:{port}")
}

async fn a_killed_server_loses_nothing_and_does_nothing_twice(backend: Backend) {
    let app = seeded(backend).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let counter = officer(&app, "motcua@demo.sonla.vn").await;
    let police = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    let port = free_port();
    let at = origin(port);
    println!("crash test on {backend:?}, the server killed with SIGKILL at each point:");

    // 1. An upload: the document's first bytes are in the store when the server dies; the browser
    // posts the form again.
    let draft = draft_with_fields(&app).await;
    let path = format!("/ho-so/{draft}");
    let mut save = birth_fields();
    save.push(("hanh_dong", "luu"));
    let files: &[(&str, &str, &[u8])] = &[("tep.2", "giay-chung-sinh.pdf", PDF), ("tep.6", "cccd.pdf", PDF_B)];
    let upload = || post(&client, &at, &path, &citizen, Form::Multipart(&save, files));
    let server = crash_during(&app, &client, port, "upload.streaming", Some(upload())).await;
    let held = count(&app, move |c| stored_files::table.count().get_result(c)).await;
    let again = upload().send().await.unwrap();
    assert_eq!(again.status(), 303, "saved when posted again");
    let after = count(&app, move |c| stored_files::table.count().get_result(c)).await;
    assert_eq!(after, held + 2, "both documents kept once");
    println!("  upload.streaming   the retried post kept its 2 documents; nothing half-written is named by a row");

    // 2. A submission: the dossier's number is taken in the transaction when the server dies.
    server.kill();
    let mut submit = birth_fields();
    submit.push(("hanh_dong", "nop"));
    let send = || post(&client, &at, &path, &citizen, Form::Multipart(&submit, &[]));
    let server = crash_during(&app, &client, port, "submit.numbered", Some(send())).await;
    let status: String = app
        .state
        .db
        .run(move |c| Ok(dossiers::table.filter(dossiers::id.eq(draft)).select(dossiers::status).first(c)?))
        .await
        .unwrap();
    assert_eq!(status, "NhapHoSo", "the killed transaction left it a draft");
    let again = send().send().await.unwrap();
    assert_eq!(again.status(), 303, "submitted when posted again");
    let once = send().send().await.unwrap();
    assert_eq!(once.headers()["location"], again.headers()["location"], "and a third post changes nothing");
    println!("  submit.numbered    the killed transaction left a draft; the retried post submitted it once");

    // 3. A payment notification: settled and committed, the gateway never got its answer and
    // sends the notification again.
    server.kill();
    let fee_dossier = common::dossiers::criminal_record(&app).await;
    let txn_ref = common::dossiers::started_payment(&app, &citizen, fee_dossier).await;
    let notification =
        common::dossiers::notification(server::config::payment::SANDBOX_SECRET, &txn_ref, 200_000, "00", "00");
    let ipn = || client.get(format!("{at}/api/v1/thanh-toan/vnpay/ipn?{notification}"));
    let server = crash_during(&app, &client, port, "ipn.settled", Some(ipn())).await;
    let answer: serde_json::Value = serde_json::from_str(&ipn().send().await.unwrap().text().await.unwrap()).unwrap();
    assert_eq!(answer["RspCode"], "02", "the notification sent again finds it already confirmed");
    let paid = count(&app, move |c| {
        payments::table
            .filter(payments::dossier_id.eq(fee_dossier))
            .filter(payments::state.eq("paid"))
            .count()
            .get_result(c)
    })
    .await;
    assert_eq!(paid, 1);
    println!("  ipn.settled        the notification sent again was answered 02 (already confirmed); paid once");

    // 4. An officer's action: the reception is written in its transaction when the server dies;
    // the officer posts again.
    server.kill();
    let (received, _) = common::dossiers::submitted_birth(&app).await;
    let version = common::dossiers::version(&app, received).await;
    let fields = [("hanh_dong", "tiep_nhan"), ("phien_ban", version.as_str()), ("xac_nhan", "1")];
    let path = format!("/can-bo/ho-so/{received}");
    let act = || post(&client, &at, &path, &counter, Form::Plain(&fields));
    let server = crash_during(&app, &client, port, "act.written", Some(act())).await;
    let again = act().send().await.unwrap();
    assert_eq!(again.status(), 303, "received when posted again");
    let twice = act().send().await.unwrap();
    assert_eq!(twice.status(), 409, "a third post is a stale version, not a second reception");
    let receptions = count(&app, move |c| {
        dossier_events::table
            .filter(dossier_events::dossier_id.eq(received))
            .filter(dossier_events::to_status.eq("DaTiepNhan"))
            .count()
            .get_result(c)
    })
    .await;
    assert_eq!(receptions, 1);
    println!("  act.written        the killed transaction left it waiting; the retried post received it once");

    // 5. A background job: the worker dies while writing an export; its lease (3 s here) runs
    // out and the restarted worker writes it again.
    server.kill();
    let export = ask_export(&app, &police, fee_dossier).await;
    let server = crash_during(&app, &client, port, "file.writing", None).await;
    let mut state = String::new();
    for _ in 0..300 {
        state = app
            .state
            .db
            .run(move |c| {
                Ok(export_jobs::table.filter(export_jobs::id.eq(export)).select(export_jobs::state).first(c)?)
            })
            .await
            .unwrap();
        if state == "ready" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(state, "ready", "the export was taken again and written");
    let (attempts, done): (i32, bool) = app
        .state
        .db
        .run(move |c| {
            let row = jobs::table.filter(jobs::kind.eq("export")).filter(jobs::dedupe_key.eq(export.to_string()));
            Ok(row.select((jobs::attempts, jobs::done_at.is_not_null())).first(c)?)
        })
        .await
        .unwrap();
    assert_eq!((attempts, done), (2, true), "claimed twice, done once");
    println!("  file.writing       the dead worker's job was taken again after its lease and done once (2 attempts)");
    server.kill();

    // Whatever happened: every row that names an object names one that is whole in the store, and
    // every submitted dossier has one code, no code twice.
    let keys: Vec<String> = app
        .state
        .db
        .run(|c| {
            let mut keys: Vec<String> = stored_files::table.select(stored_files::object_key).load(c)?;
            keys.extend(
                export_jobs::table
                    .filter(export_jobs::object_key.is_not_null())
                    .select(export_jobs::object_key.assume_not_null())
                    .load::<String>(c)?,
            );
            Ok(keys)
        })
        .await
        .unwrap();
    for key in &keys {
        let head =
            object_store::ObjectStoreExt::head(&app.state.store, &object_store::path::Path::from(key.as_str())).await;
        assert!(head.is_ok(), "{key} is named by a row but missing");
    }
    let (submitted, codes, distinct): (i64, i64, i64) = app
        .state
        .db
        .run(|c| {
            let filed = dossiers::table.filter(dossiers::status.ne("NhapHoSo"));
            let submitted = filed.count().get_result(c)?;
            let codes = filed.filter(dossiers::code.is_not_null()).count().get_result(c)?;
            let distinct = filed.select(diesel::dsl::count(dossiers::code).aggregate_distinct()).first(c)?;
            Ok((submitted, codes, distinct))
        })
        .await
        .unwrap();
    assert_eq!((codes, distinct), (submitted, submitted), "one code each, none twice");
    println!(
        "  afterwards         {} object keys named by rows, all present; {submitted} dossiers filed, each with one code, none twice",
        keys.len()
    );
}

/// Asks for an export of today's dossiers (with their documents) of the agency of `dossier`.
async fn ask_export(app: &TestApp, session: &str, dossier: i64) -> i64 {
    let agency: i64 = app
        .state
        .db
        .run(move |c| Ok(dossiers::table.filter(dossiers::id.eq(dossier)).select(dossiers::agency_id).first(c)?))
        .await
        .unwrap();
    let scope = format!("co_quan:{agency}");
    let today = shared::time::iso_date(shared::time::today());
    let fields = [
        ("pham_vi", scope.as_str()),
        ("thu_tuc", ""),
        ("trang_thai", ""),
        ("tu", today.as_str()),
        ("den", today.as_str()),
        ("dinh_dang", "csv"),
        ("kem_giay_to", "1"),
    ];
    let asked = app.post_form("/xuat-du-lieu", &fields, session).await;
    assert_eq!(asked.status, axum::http::StatusCode::SEE_OTHER, "{}", asked.body);
    app.state
        .db
        .run(|c| Ok(export_jobs::table.select(export_jobs::id).order(export_jobs::id.desc()).first(c)?))
        .await
        .unwrap()
}

both_backends!(a_killed_server_loses_nothing, a_killed_server_loses_nothing_and_does_nothing_twice);

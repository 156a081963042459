//! Exports of a list of dossiers, on SQLite and PostgreSQL: the ward's counter asks for its birth
//! registrations with their documents; nothing is offered while the job has not written the file;
//! the worker writes a ZIP holding the list and each dossier's documents, the counter is mailed
//! and downloads it; nobody else may. A worker that died mid-way (its lease run out, a half file
//! left in the store) is followed by a new attempt that removes the half file and offers a whole
//! one; a refused form keeps what was asked.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::submitted_birth;
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use object_store::ObjectStoreExt;
use server::db::schema::{agencies, export_jobs, jobs, procedures};
use server::seed::accounts::{DEMO_AGENCY, DEMO_CITIZEN};
use std::io::Read;

async fn ids(app: &TestApp) -> (i64, i64) {
    app.state
        .db
        .run(|conn| {
            let agency = agencies::table.filter(agencies::code.eq(DEMO_AGENCY)).select(agencies::id).first(conn)?;
            let birth = procedures::table.filter(procedures::code.eq("1.001193")).select(procedures::id).first(conn)?;
            Ok((agency, birth))
        })
        .await
        .unwrap()
}

/// Runs the due jobs once, as the worker does.
async fn run_jobs(app: &TestApp) -> usize {
    let worker = common::worker(app);
    server::services::jobs::run_once(&app.state.db, "test-worker", move |job| {
        server::worker::handle(worker.clone(), job)
    })
    .await
    .unwrap()
}

async fn download(app: &TestApp, id: i64, session: &str) -> (StatusCode, bytes::Bytes) {
    let request = axum::http::Request::get(format!("/xuat-du-lieu/{id}/tai-ve"))
        .header("cookie", session)
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.request(request).await;
    let status = response.status();
    (status, http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes())
}

/// The names in a ZIP and the text of its entry `list`.
fn unzip(bytes: &[u8], list: &str) -> (Vec<String>, String) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a whole ZIP");
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    let mut text = String::new();
    zip.by_name(list).expect("the list").read_to_string(&mut text).unwrap();
    (names, text)
}

/// Asks for the birth registrations of the last two days with their documents; the export's id.
async fn ask(app: &TestApp, session: &str) -> i64 {
    let (agency, birth) = ids(app).await;
    let today = shared::time::today();
    let (from, to) = (shared::time::iso_date(today - chrono::Duration::days(1)), shared::time::iso_date(today));
    let scope = format!("co_quan:{agency}");
    let birth = birth.to_string();
    let fields = [
        ("pham_vi", scope.as_str()),
        ("thu_tuc", birth.as_str()),
        ("trang_thai", ""),
        ("tu", from.as_str()),
        ("den", to.as_str()),
        ("dinh_dang", "csv"),
        ("kem_giay_to", "1"),
    ];
    let asked = app.post_form("/xuat-du-lieu", &fields, session).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    app.state
        .db
        .run(|conn| Ok(export_jobs::table.select(export_jobs::id).order(export_jobs::id.desc()).first(conn)?))
        .await
        .unwrap()
}

both_backends!(the_counter_exports_its_dossiers_with_their_documents, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (_, code_a) = submitted_birth(&app).await;
    let (_, code_b) = submitted_birth(&app).await;
    let counter = officer(&app, "motcua@demo.sonla.vn").await;
    let id = ask(&app, &counter).await;

    // Asked, not written yet: shown waiting, nothing to download.
    let (_, page) = app.get_with("/xuat-du-lieu", &[("cookie", &counter)]).await;
    assert!(page.contains("Đã nhận yêu cầu") || page.contains("Đang chờ"), "{page}");
    assert!(page.contains("http-equiv=\"refresh\""), "the page follows the file being made");
    assert_eq!(download(&app, id, &counter).await.0, StatusCode::NOT_FOUND);

    // The worker writes it: a ZIP with the list and each dossier's document, offered and mailed.
    assert_eq!(run_jobs(&app).await, 1);
    let (_, page) = app.get_with("/xuat-du-lieu", &[("cookie", &counter)]).await;
    assert!(page.contains(&format!("/xuat-du-lieu/{id}/tai-ve")) && !page.contains("http-equiv=\"refresh\""), "{page}");
    let (status, zip) = download(&app, id, &counter).await;
    assert_eq!(status, StatusCode::OK);
    let (names, list) = unzip(&zip, &format!("ho-so-{id}.csv"));
    assert!(list.contains(&code_a) && list.contains(&code_b) && list.contains("Đăng ký khai sinh"), "{list}");
    for code in [&code_a, &code_b] {
        assert!(
            names.iter().any(|n| n.starts_with(&format!("{code}/")) && n.ends_with("cccd.pdf")),
            "{code}: {names:?}"
        );
    }
    let (subject, body) = app.latest_mail_to("motcua@demo.sonla.vn").await.expect("the counter is mailed");
    assert!(subject.contains("sẵn sàng") && body.contains("/xuat-du-lieu"), "{subject}\n{body}");

    // The file is the asker's alone.
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    for session in [&leader, &citizen] {
        assert_eq!(download(&app, id, session).await.0, StatusCode::NOT_FOUND);
    }
    assert_eq!(app.get(&format!("/xuat-du-lieu/{id}/tai-ve")).await.0, StatusCode::SEE_OTHER);

    // Refused: days the wrong way round (kept as asked); another agency's dossiers; a citizen's
    // agency export.
    let (agency, _) = ids(&app).await;
    let scope = format!("co_quan:{agency}");
    let wrong = [("pham_vi", scope.as_str()), ("tu", "2026-12-05"), ("den", "2026-12-01"), ("dinh_dang", "xlsx")];
    let refused = app.post_form("/xuat-du-lieu", &wrong, &counter).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("ngày bắt đầu không sau ngày kết thúc") && refused.body.contains("2026-12-05"),
        "{}",
        refused.body
    );
    let other = format!("co_quan:{}", agency + 1000);
    let elsewhere = [("pham_vi", other.as_str()), ("tu", "2026-12-01"), ("den", "2026-12-05"), ("dinh_dang", "csv")];
    assert_eq!(app.post_form("/xuat-du-lieu", &elsewhere, &counter).await.status, StatusCode::FORBIDDEN);
    let mine = [("pham_vi", scope.as_str()), ("tu", "2026-12-01"), ("den", "2026-12-05"), ("dinh_dang", "csv")];
    assert_eq!(app.post_form("/xuat-du-lieu", &mine, &citizen).await.status, StatusCode::FORBIDDEN);
    let exports: i64 = app.state.db.run(|conn| Ok(export_jobs::table.count().get_result(conn)?)).await.unwrap();
    assert_eq!(exports, 1, "nothing refused was started");
});

both_backends!(
    an_export_whose_worker_died_is_written_again_and_no_half_file_is_offered,
    |backend: Backend| async move {
        let app = seeded(backend).await;
        let (_, code) = submitted_birth(&app).await;
        let counter = officer(&app, "motcua@demo.sonla.vn").await;
        let id = ask(&app, &counter).await;

        // What a worker that died while uploading leaves: the export at its first attempt, a half
        // file in the store, the job claimed and its lease run out.
        let half = object_store::path::Path::from(format!("exports/{id}/1/ho-so-{id}.zip"));
        app.state.store.put(&half, bytes::Bytes::from_static(b"PK\x03\x04half").into()).await.unwrap();
        let lapsed = shared::time::now() - chrono::Duration::minutes(1);
        app.state
            .db
            .run(move |conn| {
                diesel::update(export_jobs::table.filter(export_jobs::id.eq(id)))
                    .set((export_jobs::state.eq("writing"), export_jobs::attempt.eq(1), export_jobs::rows_done.eq(1)))
                    .execute(conn)?;
                diesel::update(jobs::table.filter(jobs::kind.eq("export")))
                    .set((jobs::attempts.eq(1), jobs::locked_until.eq(lapsed), jobs::locked_by.eq("died")))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        assert_eq!(download(&app, id, &counter).await.0, StatusCode::NOT_FOUND, "no half file is offered");
        let (_, page) = app.get_with("/xuat-du-lieu", &[("cookie", &counter)]).await;
        assert!(page.contains("Đang tạo") && !page.contains("/tai-ve"), "{page}");

        // The next worker takes the job again: a second attempt, the half file gone, a whole one.
        assert_eq!(run_jobs(&app).await, 1);
        let attempt: i32 = app
            .state
            .db
            .run(move |conn| Ok(export_jobs::table.find(id).select(export_jobs::attempt).first(conn)?))
            .await
            .unwrap();
        assert_eq!(attempt, 2);
        assert!(
            matches!(app.state.store.head(&half).await, Err(object_store::Error::NotFound { .. })),
            "the half file is removed"
        );
        let (status, zip) = download(&app, id, &counter).await;
        assert_eq!(status, StatusCode::OK);
        let (_, list) = unzip(&zip, &format!("ho-so-{id}.csv"));
        assert!(list.contains(&code), "{list}");
        // A job run again once the export is ready changes nothing.
        server::services::exports::job::run(&app.state.db, &app.state.store, &app.db.config().base_url, id)
            .await
            .unwrap();
        assert_eq!(download(&app, id, &counter).await.0, StatusCode::OK);

        // Past its keeping time the daily collection removes the file; the page says so.
        let later = shared::time::now() + chrono::Duration::days(shared::exports::KEPT_DAYS + 1);
        assert_eq!(server::services::exports::expire(&app.state.db, &app.state.store, later).await.unwrap(), 1);
        let whole = object_store::path::Path::from(format!("exports/{id}/2/ho-so-{id}.zip"));
        assert!(matches!(app.state.store.head(&whole).await, Err(object_store::Error::NotFound { .. })));
        assert_eq!(download(&app, id, &counter).await.0, StatusCode::NOT_FOUND);
        let (_, page) = app.get_with("/xuat-du-lieu", &[("cookie", &counter)]).await;
        assert!(page.contains("Đã hết hạn tải"), "{page}");
    }
);

both_backends!(a_business_member_exports_the_businesss_dossiers_and_no_other, |backend: Backend| async move {
    use server::db::schema::businesses;
    use server::seed::accounts::{DEMO_BUSINESS, DEMO_MEMBER};
    let app = seeded(backend).await;
    let business: i64 = app
        .state
        .db
        .run(|conn| {
            Ok(businesses::table
                .filter(businesses::tax_code.eq(DEMO_BUSINESS.tax_code))
                .select(businesses::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let member = session_of(&app, DEMO_MEMBER.email).await;
    let (_, page) = app.get_with("/xuat-du-lieu", &[("cookie", &member)]).await;
    assert!(page.contains(&format!("doanh_nghiep:{business}")) && page.contains(DEMO_BUSINESS.name), "{page}");
    let today = shared::time::iso_date(shared::time::today());
    let scope = format!("doanh_nghiep:{business}");
    let fields = [("pham_vi", scope.as_str()), ("tu", today.as_str()), ("den", today.as_str()), ("dinh_dang", "xlsx")];
    let asked = app.post_form("/xuat-du-lieu", &fields, &member).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert_eq!(run_jobs(&app).await, 1);
    let id: i64 = app.state.db.run(|conn| Ok(export_jobs::table.select(export_jobs::id).first(conn)?)).await.unwrap();
    let (status, xlsx) = download(&app, id, &member).await;
    assert_eq!(status, StatusCode::OK);
    assert!(zip::ZipArchive::new(std::io::Cursor::new(xlsx.to_vec())).is_ok(), "a workbook");
    // Once they leave the business, its file is no longer theirs.
    let owner = session_of(&app, DEMO_CITIZEN.email).await;
    let account = common::people::person(&app, DEMO_MEMBER.email).await.account().unwrap();
    let removed = app.post_form(&format!("/doanh-nghiep/{business}/thanh-vien/{account}/xoa"), &[], &owner).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    assert_eq!(download(&app, id, &member).await.0, StatusCode::NOT_FOUND);
    // Another business's dossiers: refused, nothing started.
    let other = format!("doanh_nghiep:{}", business + 1);
    let elsewhere =
        [("pham_vi", other.as_str()), ("tu", today.as_str()), ("den", today.as_str()), ("dinh_dang", "csv")];
    assert_eq!(app.post_form("/xuat-du-lieu", &elsewhere, &member).await.status, StatusCode::FORBIDDEN);
    let exports: i64 = app.state.db.run(|conn| Ok(export_jobs::table.count().get_result(conn)?)).await.unwrap();
    assert_eq!(exports, 1);
});

//! Importing the catalog, on SQLite and PostgreSQL: a dry run reports each row's problems and
//! writes nothing; all or nothing; twice is once; a changed procedure makes a new version in
//! force from its date while dossiers filed before keep theirs; an export imported into an empty
//! portal gives the same catalog; the command line does the same.

use crate::common;

use common::people::{birth_pairs, person, seeded};
use common::{Backend, TestApp, TestDb};
use diesel::prelude::*;
use server::db::schema::{dossiers, procedure_forms, procedures};
use server::seed::accounts::DEMO_CITIZEN;
use server::services::catalog::file::{self, CatalogFile};
use server::services::catalog::import::{ImportReport, describe, import};
use server::services::catalog::store::{Mode, Written};
use shared::catalog::{CatalogProblemKind, ProcedureCode, ProcedureDocument};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

fn today() -> String {
    (chrono::Utc::now() + chrono::Duration::hours(7)).format("%Y-%m-%d").to_string()
}

fn demo(code: &str) -> ProcedureDocument {
    server::seed::demo_catalog().procedures.into_iter().find(|p| p.code.as_str() == code).unwrap()
}

async fn run(app: &TestApp, file: CatalogFile, apply: bool) -> ImportReport {
    app.state.db.run(move |conn| import(conn, &file.into(), Mode::NewVersions, apply)).await.unwrap()
}

async fn procedure_rows(app: &TestApp) -> i64 {
    app.state.db.run(|conn| Ok(procedures::table.count().get_result(conn)?)).await.unwrap()
}

/// A procedure the demo does not have, at the demo ward.
fn new_procedure() -> ProcedureDocument {
    let mut p = demo("2.000884");
    p.code = ProcedureCode::parse("1.009999").unwrap();
    p.name = "Thủ tục thử nhập danh mục".into();
    p
}

both_backends!(a_dry_run_reports_every_row_and_writes_nothing, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let before = procedure_rows(&app).await;
    let mut broken = new_procedure();
    broken.code = ProcedureCode::parse("1.009998").unwrap();
    broken.agency = shared::catalog::AgencyCode::parse("000.99.99.H52").unwrap();
    broken.channels[0].same_day_cutoff = Some("chiều".into());
    let mut renamed = demo("2.000635");
    renamed.name = "Cấp bản sao trích lục hộ tịch (tên mới)".into();
    renamed.effective_from = today();
    let file =
        || CatalogFile { procedures: vec![new_procedure(), broken.clone(), renamed.clone()], ..Default::default() };

    let report = run(&app, file(), false).await;
    assert!(!report.applied && report.refused());
    assert_eq!(report.rows[0].written, Written::Created { version: 1 });
    assert_eq!(
        report.rows[1].written,
        Written::Refused(vec![
            shared::catalog::CatalogProblem {
                path: "channels[0].same_day_cutoff".into(),
                kind: CatalogProblemKind::InvalidCutoff
            },
            shared::catalog::CatalogProblem {
                path: "agency".into(),
                kind: CatalogProblemKind::UnknownAgency { code: "000.99.99.H52".into() }
            },
        ])
    );
    assert_eq!(report.rows[2].written, Written::NewVersion { version: 2 });
    let text = describe(&report, app::i18n::Lang::Vi);
    assert!(text.contains("dòng 2 (1.009998) agency: Không có cơ quan mã “000.99.99.H52”."), "{text}");
    assert!(text.contains("dòng 2 (1.009998) channels[0].same_day_cutoff: Giờ phải có dạng HH:MM"), "{text}");
    assert_eq!(procedure_rows(&app).await, before, "a dry run writes nothing");

    // Applying a file with a refused row writes nothing either.
    let refused = run(&app, file(), true).await;
    assert!(!refused.applied);
    assert_eq!(procedure_rows(&app).await, before);

    // Without it: applied; and the same file again changes nothing.
    let good = || CatalogFile { procedures: vec![new_procedure(), renamed.clone()], ..Default::default() };
    let applied = run(&app, good(), true).await;
    assert!(applied.applied, "{}", describe(&applied, app::i18n::Lang::Vi));
    assert_eq!(applied.counts(), (1, 1, 0, 0));
    assert_eq!(procedure_rows(&app).await, before + 2);
    let again = run(&app, good(), true).await;
    assert_eq!(again.counts(), (0, 0, 2, 0));
    assert_eq!(procedure_rows(&app).await, before + 2, "twice is once");
    let (_, page) = app.get("/thu-tuc/1.009999").await;
    assert!(page.contains("Thủ tục thử nhập danh mục"));
    let (_, page) = app.get("/thu-tuc/2.000635").await;
    assert!(page.contains("(tên mới)"), "a version dated today is in force at once");
});

both_backends!(a_new_version_applies_from_its_date_and_filed_dossiers_keep_theirs, |backend: Backend| async move {
    let app = seeded(backend).await;
    let me = person(&app, DEMO_CITIZEN.email).await;
    let filed = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.services.filing.save_posted(&me, filed, &birth_pairs()).await.unwrap();
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.services.filing.upload(&me, filed, 6, "cccd.pdf", body).await.unwrap().unwrap();
    app.state.services.filing.submit(&me, filed).await.unwrap();

    // Tomorrow's version: today's catalog is unchanged.
    let mut later = demo("1.001193");
    later.name = "Đăng ký khai sinh (phiên bản sau)".into();
    later.effective_from =
        (chrono::Utc::now() + chrono::Duration::hours(7) + chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let report = run(&app, CatalogFile { procedures: vec![later.clone()], ..Default::default() }, true).await;
    assert_eq!(report.rows[0].written, Written::NewVersion { version: 2 });
    let (_, page) = app.get("/thu-tuc/1.001193").await;
    assert!(!page.contains("phiên bản sau"), "not in force before its date");

    // An earlier date than the version in force is refused, with that version's date.
    let mut backdated = later.clone();
    backdated.effective_from = "2025-01-01".into();
    let report = run(&app, CatalogFile { procedures: vec![backdated], ..Default::default() }, true).await;
    assert_eq!(
        report.rows[0].written,
        Written::Refused(vec![shared::catalog::CatalogProblem {
            path: "effective_from".into(),
            kind: CatalogProblemKind::NotAfterCurrent { current: later.effective_from.clone() }
        }])
    );

    // The filed dossier keeps its version; the new version has the designed e-form.
    let (versions, filed_version, forms) = app
        .state
        .db
        .run(move |conn| {
            let versions: Vec<(i32, Option<chrono::NaiveDate>)> = procedures::table
                .filter(procedures::code.eq("1.001193"))
                .order(procedures::version)
                .select((procedures::version, procedures::effective_to))
                .load(conn)?;
            let filed_version: i32 = dossiers::table
                .inner_join(procedures::table)
                .filter(dossiers::id.eq(filed))
                .select(procedures::version)
                .first(conn)?;
            let forms: Vec<(i32, String)> = procedure_forms::table
                .inner_join(procedures::table)
                .filter(procedures::code.eq("1.001193"))
                .select((procedures::version, procedure_forms::form_key))
                .load(conn)?;
            Ok((versions, filed_version, forms))
        })
        .await
        .unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(
        versions[0].1.map(|d| d.format("%Y-%m-%d").to_string()),
        Some(later.effective_from.clone()),
        "v1 ends as v2 starts"
    );
    assert_eq!(versions[1].1, None);
    assert_eq!(filed_version, 1, "the filed dossier keeps its version");
    assert!(forms.iter().any(|(v, key)| *v == 2 && key != "chung"), "the designed e-form carried to v2: {forms:?}");
    let (_, mine) = app
        .get_with(
            &format!("/ho-so/{filed}"),
            &[("cookie", &common::people::session_of(&app, DEMO_CITIZEN.email).await)],
        )
        .await;
    assert!(mine.contains("Đăng ký khai sinh") && !mine.contains("phiên bản sau"));
});

both_backends!(an_export_imported_into_an_empty_portal_is_the_same_catalog, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let mut renamed = demo("2.000635");
    renamed.name = "Cấp bản sao trích lục hộ tịch (đổi tên)".into();
    renamed.effective_from = today();
    renamed.aliases = vec!["trích lục".into()];
    assert!(run(&app, CatalogFile { procedures: vec![renamed], ..Default::default() }, true).await.applied);
    let exported = app.state.db.run(file::export).await.unwrap();
    let json = serde_json::to_string(&exported).unwrap();
    let n = server::seed::demo_catalog().procedures.len();
    assert_eq!(exported.procedures.len(), n + 1, "every version");

    // Into the same portal: nothing changes.
    let again = run(&app, file::parse(&json).unwrap(), true).await;
    assert_eq!(again.counts(), (0, 0, n + 1, 0), "{}", describe(&again, app::i18n::Lang::Vi));

    // Into an empty one: the same export comes out.
    let empty_db = TestDb::new(backend);
    let state = server::build_state(&empty_db.config()).await.unwrap();
    let parsed = file::parse(&json).unwrap();
    let report = state.db.run(move |conn| import(conn, &parsed.into(), Mode::NewVersions, true)).await.unwrap();
    assert!(report.applied, "{}", describe(&report, app::i18n::Lang::Vi));
    assert_eq!(report.counts(), (n, 1, 0, 0));
    let second = state.db.run(file::export).await.unwrap();
    assert_eq!(serde_json::to_string(&second).unwrap(), json);
});

both_backends!(the_system_admin_imports_a_catalog_file_in_the_portal, |backend: Backend| async move {
    use axum::http::StatusCode;
    use common::forms::post_multipart;
    let app = seeded(backend).await;
    let admin = common::people::officer(&app, "quantri@demo.sonla.vn").await;
    // The portal's own export, downloaded from the page.
    let (status, exported) = app.get_with("/quan-tri/thu-tuc/xuat", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    let mut catalog = file::parse(&exported).unwrap();
    assert!(catalog.procedures.len() >= 11, "every version of the demo catalog");

    // A new procedure, and a row with a field that does not exist: refused, nothing written.
    let mut new = demo("2.000815");
    new.code = ProcedureCode::parse("1.099977").unwrap();
    new.name = "Thủ tục nhập từ tệp".into();
    let mut bad = new.clone();
    bad.code = ProcedureCode::parse("1.099978").unwrap();
    bad.field = shared::catalog::FieldCode::parse("KHONGCO").unwrap();
    catalog.procedures = vec![new.clone(), bad];
    let body = serde_json::to_vec(&catalog).unwrap();
    let files = [("tep", "danh-muc.json", body.as_slice())];
    let refused = post_multipart(&app, "/quan-tri/thu-tuc/nhap", &admin, &[("hanh_dong", "nhap")], &files).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("dòng 2 (1.099978)"), "{}", refused.body);
    assert_eq!(app.get("/thu-tuc/1.099977").await.0, StatusCode::NOT_FOUND, "all or nothing");

    // The good row alone: tried first (nothing changes), then imported.
    catalog.procedures = vec![new];
    let body = serde_json::to_vec(&catalog).unwrap();
    let files = [("tep", "danh-muc.json", body.as_slice())];
    let tried = post_multipart(&app, "/quan-tri/thu-tuc/nhap", &admin, &[("hanh_dong", "thu")], &files).await;
    assert_eq!(tried.status, StatusCode::OK);
    assert!(tried.body.contains("Kết quả chạy thử") && tried.body.contains("Thủ tục mới: 1"), "{}", tried.body);
    assert_eq!(app.get("/thu-tuc/1.099977").await.0, StatusCode::NOT_FOUND, "a trial changes nothing");
    let applied = post_multipart(&app, "/quan-tri/thu-tuc/nhap", &admin, &[("hanh_dong", "nhap")], &files).await;
    assert!(applied.body.contains("Đã nhập"), "{}", applied.body);
    assert_eq!(app.get("/thu-tuc/1.099977").await.0, StatusCode::OK);
    let not_json =
        post_multipart(&app, "/quan-tri/thu-tuc/nhap", &admin, &[("hanh_dong", "thu")], &[("tep", "x.json", b"{")])
            .await;
    assert!(not_json.body.contains("Không đọc được tệp"), "{}", not_json.body);

    // An agency admin may edit their procedures but not import the whole catalog.
    let agency_admin = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let denied = post_multipart(&app, "/quan-tri/thu-tuc/nhap", &agency_admin, &[("hanh_dong", "thu")], &files).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get_with("/quan-tri/thu-tuc/xuat", &[("cookie", &agency_admin)]).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.get_with("/quan-tri/thu-tuc/nhap", &[("cookie", &agency_admin)]).await.0, StatusCode::FORBIDDEN);
});

//! The catalog as a spreadsheet (XLSX and CSV, the national database's layout), on SQLite and
//! PostgreSQL: an export imported back changes nothing and, into an empty portal, gives the same
//! catalog; a dry run reports each refused row by its row number, column and reason and writes
//! nothing; a changed row makes a new version; the system admin downloads and uploads it.

use crate::common;

use common::people::seeded;
use common::{Backend, TestApp, TestDb};
use diesel::prelude::*;
use server::db::schema::procedures;
use server::services::catalog::file;
use server::services::catalog::import::{ImportReport, describe, import};
use server::services::catalog::spreadsheet::{self, Format};
use server::services::catalog::store::{Mode, Written};
use shared::catalog::{CatalogProblem, CatalogProblemKind as K};

async fn export(app: &TestApp, format: Format) -> Vec<u8> {
    app.state.db.run(move |conn| spreadsheet::export(conn, format)).await.unwrap()
}

async fn import_bytes(state: &server::http::AppState, bytes: &[u8], apply: bool) -> ImportReport {
    let incoming = spreadsheet::read(bytes).unwrap();
    state.db.run(move |conn| import(conn, &incoming, Mode::NewVersions, apply)).await.unwrap()
}

async fn procedure_rows(app: &TestApp) -> i64 {
    app.state.db.run(|conn| Ok(procedures::table.count().get_result(conn)?)).await.unwrap()
}

both_backends!(an_exported_spreadsheet_imports_back_as_the_same_catalog, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let json = serde_json::to_string(&app.state.db.run(file::export).await.unwrap()).unwrap();
    for format in [Format::Xlsx, Format::Csv] {
        let bytes = export(&app, format).await;
        assert_eq!(Format::of(&bytes), format);
        let again = import_bytes(&app.state, &bytes, true).await;
        let (created, versions, unchanged, refused) = again.counts();
        assert_eq!((created, versions, refused), (0, 0, 0), "{format:?}: {}", describe(&again, app::i18n::Lang::Vi));
        assert!(unchanged >= 11);

        // Into an empty portal that knows the agencies: the same catalog comes out.
        let empty_db = TestDb::new(backend);
        let state = server::build_state(&empty_db.config()).await.unwrap();
        let mut references = file::parse(&json).unwrap();
        references.procedures.clear();
        references.fields.clear();
        let report = state.db.run(move |conn| import(conn, &references.into(), Mode::NewVersions, true)).await.unwrap();
        assert!(report.applied);
        let report = import_bytes(&state, &bytes, true).await;
        assert!(report.applied, "{format:?}: {}", describe(&report, app::i18n::Lang::Vi));
        assert!(report.fields > 0, "the fields are created from the sheet's names");
        let copied = state.db.run(file::export).await.unwrap();
        let original = file::parse(&json).unwrap();
        assert_eq!(copied.procedures, original.procedures, "{format:?}");
    }
});

/// A CSV written by hand as a province would (`;`-separated, a title above the header, a blank
/// row): one good procedure, one with a time limit in words, one at an agency that does not exist.
const HEADER: &str = "\u{feff}DANH MỤC THỦ TỤC HÀNH CHÍNH;\n\
STT;Mã thủ tục;Tên thủ tục;Cấp thực hiện;Mã lĩnh vực;Lĩnh vực;Mã cơ quan thực hiện;Đối tượng thực hiện;Mức độ dịch vụ công trực tuyến;Ngày hiệu lực;Cách thức thực hiện;Phí, lệ phí;Thành phần hồ sơ;Trình tự thực hiện;Căn cứ pháp lý;Kết quả thực hiện\n";
const GOOD: &str = "1;1.00089;Đăng ký thử từ bảng tính;Cấp xã;THU-NGHIEM;Thử nghiệm;000.01.50.H52;Công dân Việt Nam;Một phần;01/07/2025;\"Trực tiếp | thời hạn: 3 ngày làm việc\nTrực tuyến | thời hạn: 3 ngày làm việc\";Trực tuyến | loại: Lệ phí | tên: Lệ phí thử | mức: 10.000 đồng;\"Tờ khai | bản chính: 1\nGiấy tờ tùy thân | bản sao: 1 | không bắt buộc\";\"Nộp hồ sơ\nNhận kết quả\";Luật thử 2025;Giấy xác nhận\n";
const BAD: &str = "2;1.009997;Thủ tục thời hạn bằng chữ;Cấp xã;THU-NGHIEM;Thử nghiệm;000.01.50.H52;Công dân Việt Nam;Không;01/07/2025;Trực tiếp | thời hạn: mười ngày;;Tờ khai;Nộp hồ sơ;Luật thử 2025;Giấy xác nhận\n\
\n\
4;1.009996;Thủ tục ở cơ quan không có;Cấp xã;THU-NGHIEM;Thử nghiệm;000.99.99.H52;Công dân Việt Nam;Không;01/07/2025;Trực tiếp | thời hạn: 5 ngày;;Tờ khai;Nộp hồ sơ;Luật thử 2025;Giấy xác nhận\n";

both_backends!(a_dry_run_reports_row_column_and_reason_and_writes_nothing, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let before = procedure_rows(&app).await;
    let hand_written = format!("{HEADER}{GOOD}{BAD}");
    let report = import_bytes(&app.state, hand_written.as_bytes(), false).await;
    assert!(!report.applied && report.refused());
    let rows: Vec<(usize, &str, &Written)> = report.rows.iter().map(|r| (r.row, r.code.as_str(), &r.written)).collect();
    assert_eq!(rows[0], (3, "1.000890", &Written::Created { version: 1 }), "the code Excel shortened is mended");
    let problem = |path: &str, kind: K| CatalogProblem { path: path.into(), kind };
    assert_eq!(rows[1], (4, "1.009997", &Written::Refused(vec![problem("Cách thức thực hiện #1", K::NotANumber)])));
    assert_eq!(
        rows[2],
        (
            6,
            "1.009996",
            &Written::Refused(vec![problem("Mã cơ quan thực hiện", K::UnknownAgency { code: "000.99.99.H52".into() })])
        ),
        "the blank row keeps its number"
    );
    let text = describe(&report, app::i18n::Lang::Vi);
    assert!(text.contains("dòng 4 (1.009997) Cách thức thực hiện #1: "), "{text}");
    assert_eq!(procedure_rows(&app).await, before, "a dry run writes nothing");
    assert!(!import_bytes(&app.state, hand_written.as_bytes(), true).await.applied, "all or nothing");
    assert_eq!(procedure_rows(&app).await, before);

    // The good row alone imports, with its field; twice is once.
    let good = format!("{HEADER}{GOOD}");
    let applied = import_bytes(&app.state, good.as_bytes(), true).await;
    assert!(applied.applied, "{}", describe(&applied, app::i18n::Lang::Vi));
    assert_eq!((applied.counts(), applied.fields), ((1, 0, 0, 0), 1));
    assert_eq!(import_bytes(&app.state, good.as_bytes(), true).await.counts(), (0, 0, 1, 0));
    let (_, page) = app.get("/thu-tuc/1.000890").await;
    assert!(page.contains("Đăng ký thử từ bảng tính") && page.contains("10.000"), "{page}");

    // A changed row (a new name from today) makes version 2.
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).format("%d/%m/%Y").to_string();
    let changed = good.replace("Đăng ký thử từ bảng tính", "Đăng ký thử (tên mới)").replace("01/07/2025", &today);
    let report = import_bytes(&app.state, changed.as_bytes(), true).await;
    assert_eq!(report.rows[0].written, Written::NewVersion { version: 2 });
    // Imported beside the web (as `portal catalog import` does), so the page this instance kept
    // for visitors is not emptied at once; it would expire within PORTAL_PAGE_CACHE_SECONDS.
    app.state.page_cache.clear();
    assert!(app.get("/thu-tuc/1.000890").await.1.contains("(tên mới)"));
});

both_backends!(the_system_admin_downloads_and_uploads_the_spreadsheet, |backend: Backend| async move {
    use axum::http::StatusCode;
    use common::forms::post_multipart;
    let app = seeded(backend).await;
    let admin = common::people::officer(&app, "quantri@demo.sonla.vn").await;
    let response = app
        .request(
            axum::http::Request::get("/quan-tri/thu-tuc/xuat?dinh_dang=xlsx")
                .header("cookie", &admin)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.contains("danh-muc-thu-tuc.xlsx"));
    use http_body_util::BodyExt;
    let xlsx = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    assert_eq!(Format::of(&xlsx), Format::Xlsx);
    let files = [("tep", "danh-muc.xlsx", xlsx.as_slice())];
    let tried = post_multipart(&app, "/quan-tri/thu-tuc/nhap", &admin, &[("hanh_dong", "thu")], &files).await;
    assert_eq!(tried.status, StatusCode::OK);
    assert!(tried.body.contains("Thủ tục mới: 0; phiên bản mới: 0;"), "{}", tried.body);
    let (status, csv) = app.get_with("/quan-tri/thu-tuc/xuat?dinh_dang=csv", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.contains("Mã thủ tục,Tên thủ tục"), "the national layout's headers");
    let agency_admin = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let denied = app.get_with("/quan-tri/thu-tuc/xuat?dinh_dang=xlsx", &[("cookie", &agency_admin)]).await;
    assert_eq!(denied.0, StatusCode::FORBIDDEN);
});

//! Receiving and deciding agencies kept apart, on SQLite and PostgreSQL: a procedure the
//! provincial police decides, received at the provincial public-service centre. A dossier filed
//! online goes to the centre's counter (not the police's), which receives it and hands it to a
//! unit of the police; the catalog shows where to file; an unknown receiving agency is refused.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::act;
use common::people::{officer, person, seeded};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{agencies, agency_units, dossiers};
use server::seed::accounts::DEMO_CITIZEN;
use server::services::catalog::file::CatalogFile;
use server::services::catalog::import::import;
use server::services::catalog::store::Mode;
use shared::catalog::{AgencyCode, CatalogProblemKind, ImplementingLevel, ProcedureCode, ProcedureDocument};

const CENTRE: &str = "000.00.01.H52";
const POLICE: &str = "000.00.13.H52";
const WARD: &str = "000.01.50.H52";

/// A copy of a demo procedure, decided by the provincial police, received at the centre.
fn received_at_the_centre() -> ProcedureDocument {
    let mut doc = server::seed::demo_catalog().procedures.into_iter().find(|p| p.code.as_str() == "2.000635").unwrap();
    doc.code = ProcedureCode::parse("1.009990").unwrap();
    doc.name = "Xác nhận thông tin thử nghiệm của Công an tỉnh".into();
    doc.level = ImplementingLevel::Province;
    doc.agency = AgencyCode::parse(POLICE).unwrap();
    // The centre first; a ward's one-stop unit may receive it too.
    doc.receiving_agencies = vec![AgencyCode::parse(CENTRE).unwrap(), AgencyCode::parse(WARD).unwrap()];
    for offer in &mut doc.channels {
        offer.fees.clear();
    }
    for document in &mut doc.documents {
        document.mandatory = false;
    }
    doc
}

async fn imported(app: &TestApp, doc: ProcedureDocument) -> server::services::catalog::import::ImportReport {
    let file = CatalogFile { procedures: vec![doc], ..Default::default() };
    app.state.db.run(move |conn| import(conn, &file.into(), Mode::NewVersions, true)).await.unwrap()
}

async fn agency_id(app: &TestApp, code: &'static str) -> i64 {
    app.state
        .db
        .run(move |conn| Ok(agencies::table.filter(agencies::code.eq(code)).select(agencies::id).first(conn)?))
        .await
        .unwrap()
}

/// The generic form's answers for the test procedure, as the draft page posts them.
fn answers() -> Vec<(String, String)> {
    [
        ("chu_ho_so", "ban_than"),
        ("f.ho_ten", "Lò Thị Demo"),
        ("f.so_dinh_danh", "014190000001"),
        ("f.dien_thoai", "0912345678"),
        ("f.dia_chi", "Bản Hụm, xã Chiềng Cơi"),
        ("f.noi_dung", "Đề nghị xác nhận."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

async fn received_by(app: &TestApp, id: i64) -> i64 {
    app.state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::agency_id).first(conn)?))
        .await
        .unwrap()
}

both_backends!(the_centre_receives_what_the_police_decides, |backend: Backend| async move {
    let app = seeded(backend).await;
    let report = imported(&app, received_at_the_centre()).await;
    assert!(report.applied && !report.refused(), "{report:?}");
    let (_, page) = app.get("/thu-tuc/1.009990").await;
    assert!(page.contains("Nơi tiếp nhận hồ sơ") && page.contains("Trung tâm Phục vụ hành chính công tỉnh Sơn La"));

    // Filed online: the centre's counter has it, the police's does not.
    let me = person(&app, DEMO_CITIZEN.email).await;
    let id = app.state.services.filing.create_draft(&me, "1.009990".to_owned()).await.unwrap();
    let pairs = answers();
    app.state.services.filing.save_posted(&me, id, &pairs).await.unwrap();
    let code = app.state.services.filing.submit(&me, id).await.unwrap();
    let centre = officer(&app, "tiepnhan.ttphcc@demo.sonla.vn").await;
    let police = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    let (status, queue) = app.get_with("/can-bo", &[("cookie", &centre)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains(&code) && queue.contains("Xác nhận thông tin thử nghiệm"), "{queue}");
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &police)]).await;
    assert!(!queue.contains(&code), "not the police counter's");
    assert_eq!(act(&app, &police, id, "tiep_nhan", &[]).await.status, StatusCode::NOT_FOUND);

    // The centre receives it and hands it to the police's records unit (offered: the deciding
    // agency's units, not the centre's).
    assert_eq!(act(&app, &centre, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    // The public lookup gives the appointment the counter set.
    let (_, found) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(found.contains("Hẹn trả kết quả") && found.contains(":00 "), "{found}");
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let (_, mine) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", citizen.as_str())]).await;
    assert!(!mine.contains("Nơi nộp hồ sơ"), "chosen once submitted");
    assert!(
        mine.contains("Công an tỉnh Sơn La") && mine.contains("Nơi tiếp nhận hồ sơ"),
        "the deciding agency and where it was received, apart"
    );
    assert!(mine.contains("Hẹn trả kết quả"), "the applicant's own page shows it too");
    let (_, panel) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &centre)]).await;
    assert!(panel.contains("Phòng Hồ sơ nghiệp vụ"), "{panel}");
    let police_id = agency_id(&app, POLICE).await;
    let unit = police_records(&app).await;
    let records: i64 = unit.parse().unwrap();
    let handed = act(&app, &centre, id, "chuyen_xu_ly", &[("don_vi", unit.as_str())]).await;
    assert_eq!(handed.status, StatusCode::SEE_OTHER, "{}", handed.body);
    let (receiving, at, at_unit): (i64, Option<i64>, Option<i64>) = app
        .state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq(id))
                .select((dossiers::agency_id, dossiers::at_agency_id, dossiers::unit_id))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!((receiving, at, at_unit), (agency_id(&app, CENTRE).await, Some(police_id), Some(records)));
    let specialist = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &specialist)]).await;
    assert!(queue.contains(&code), "the police unit has it now: {queue}");

    // Another filer picks the ward's counter on the draft (shown as a choice); a unit that does
    // not receive this procedure is refused and changes nothing.
    let other = app.state.services.filing.create_draft(&me, "1.009990".to_owned()).await.unwrap();
    let cookie = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let (_, draft) = app.get_with(&format!("/ho-so/{other}"), &[("cookie", cookie.as_str())]).await;
    assert!(draft.contains("Nơi nộp hồ sơ") && draft.contains(r#"value="000.01.50.H52""#), "{draft}");
    let with = |code: &str| {
        let mut all = pairs.clone();
        all.push(("noi_nop".to_owned(), code.to_owned()));
        all
    };
    let refused = app.state.services.filing.save_posted(&me, other, &with(POLICE)).await;
    assert!(matches!(refused, Err(server::services::filing::DraftError::Invalid(ref p)) if p[0].path == "noi_nop"));
    assert_eq!(received_by(&app, other).await, agency_id(&app, CENTRE).await, "the first by default, kept");
    app.state.services.filing.save_posted(&me, other, &with(WARD)).await.unwrap();
    assert_eq!(received_by(&app, other).await, agency_id(&app, WARD).await);

    // An agency that does not exist is refused where it is named.
    let mut unknown = received_at_the_centre();
    unknown.code = ProcedureCode::parse("1.009991").unwrap();
    unknown.receiving_agencies.push(AgencyCode::parse("000.99.99.H52").unwrap());
    let report = imported(&app, unknown).await;
    assert!(!report.applied);
    let server::services::catalog::store::Written::Refused(problems) = &report.rows[0].written else {
        panic!("refused: {report:?}")
    };
    assert!(
        problems.iter().any(|p| p.path == "receiving_agencies[2]"
            && p.kind == CatalogProblemKind::UnknownAgency { code: "000.99.99.H52".into() }),
        "{problems:?}"
    );
});

/// The police unit's records unit, where the centre hands these dossiers.
async fn police_records(app: &TestApp) -> String {
    let police_id = agency_id(app, POLICE).await;
    let id: i64 = app
        .state
        .db
        .run(move |conn| {
            Ok(agency_units::table
                .filter(agency_units::agency_id.eq(police_id))
                .filter(agency_units::code.eq("HSNV"))
                .select(agency_units::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    id.to_string()
}

both_backends!(a_ward_counter_returns_the_result_the_centre_received, |backend: Backend| async move {
    let app = seeded(backend).await;
    let mut doc = received_at_the_centre();
    doc.code = ProcedureCode::parse("1.009992").unwrap();
    doc.returning_agency = Some(AgencyCode::parse(WARD).unwrap());
    assert!(imported(&app, doc).await.applied);
    let me = person(&app, DEMO_CITIZEN.email).await;
    let id = app.state.services.filing.create_draft(&me, "1.009992".to_owned()).await.unwrap();
    let pairs = answers();
    app.state.services.filing.save_posted(&me, id, &pairs).await.unwrap();
    let code = app.state.services.filing.submit(&me, id).await.unwrap();
    let centre = officer(&app, "tiepnhan.ttphcc@demo.sonla.vn").await;
    let ward = officer(&app, "motcua@demo.sonla.vn").await;
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &ward)]).await;
    assert!(!queue.contains(&code), "not the ward's before its result");
    assert_eq!(act(&app, &ward, id, "tiep_nhan", &[]).await.status, StatusCode::NOT_FOUND, "nor to receive");
    assert_eq!(act(&app, &centre, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    let unit = police_records(&app).await;
    assert_eq!(
        act(&app, &centre, id, "chuyen_xu_ly", &[("don_vi", unit.as_str())]).await.status,
        StatusCode::SEE_OTHER
    );
    let specialist = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    assert_eq!(act(&app, &specialist, id, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đủ điều kiện")]).await.status,
        StatusCode::SEE_OTHER
    );
    let leader = officer(&app, "lanhdao.catinh@demo.sonla.vn").await;
    assert_eq!(act(&app, &leader, id, "phe_duyet", &[]).await.status, StatusCode::SEE_OTHER);

    // Approved: the result waits at the ward's counter, which the procedure names to return it.
    let at: Option<i64> = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::at_agency_id).first(conn)?))
        .await
        .unwrap();
    assert_eq!(at, Some(agency_id(&app, WARD).await));
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &ward)]).await;
    assert!(queue.contains(&code), "the ward's counter holds the result: {queue}");
    let (_, panel) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &ward)]).await;
    assert!(panel.contains("value=\"tra_ket_qua\""), "{panel}");
    assert_eq!(act(&app, &ward, id, "tra_ket_qua", &[]).await.status, StatusCode::SEE_OTHER);
    let status: String = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::status).first(conn)?))
        .await
        .unwrap();
    assert_eq!(status, "DaTraKetQua");
    // Another ward's counter never had it.
    let other_ward = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    assert_eq!(app.get_with(&format!("/ho-so/{id}"), &[("cookie", &other_ward)]).await.0, StatusCode::NOT_FOUND);
});

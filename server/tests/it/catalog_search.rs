//! The catalog search of issue #2, through the real pages, on SQLite and PostgreSQL.

use crate::common;

use axum::http::StatusCode;
use common::{Backend, TestApp, form_encode, listed_codes};
use shared::catalog::{AgencyCode, FieldCode, ImplementingLevel, OnlineLevel, ProcedureCode, TargetSubject};
use unicode_normalization::UnicodeNormalization;

/// The construction permit of the demo catalog.
const PERMIT: &str = "1.005360";

async fn search(app: &TestApp, q: &str) -> Vec<String> {
    let (status, body) = app.get(&format!("/thu-tuc?q={}", form_encode(q))).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    listed_codes(&body)
}

both_backends!(unaccented_lower_case_finds_the_permit_first, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (_, body) = app.get(&format!("/thu-tuc/{PERMIT}")).await;
    assert!(body.contains("Cấp giấy phép xây dựng"), "the permit is named as the issue expects");
    assert_eq!(search(&app, "cap giay phep xay dung").await.first().map(String::as_str), Some(PERMIT));
});

both_backends!(upper_case_with_accents_finds_the_permit_first, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    assert_eq!(search(&app, "GIẤY PHÉP XÂY DỰNG").await.first().map(String::as_str), Some(PERMIT));
});

both_backends!(decomposed_input_equals_composed, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let nfd: String = "Đăng ký khai sinh".nfd().collect();
    let composed = search(&app, "Đăng ký khai sinh").await;
    assert_eq!(composed.first().map(String::as_str), Some("1.001193"));
    assert_eq!(search(&app, &nfd).await, composed);
    // đ has no decomposition; it must still fold to d.
    assert_eq!(search(&app, "dang ky khai sinh").await, composed);
});

both_backends!(old_and_new_tone_placement_find_the_same, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    server::seed::seed_catalog(&app.state.db, one_procedure("9.100001", "Công nhận hòa giải viên ở cơ sở"))
        .await
        .unwrap();
    let modern = search(&app, "hòa giải").await;
    assert_eq!(modern, vec!["9.100001".to_owned()]);
    assert_eq!(search(&app, "hoà giải").await, modern);
    assert_eq!(search(&app, "HOA GIAI").await, modern);
});

both_backends!(procedure_code_is_found_exactly, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    assert_eq!(search(&app, "1.001193").await, vec!["1.001193".to_owned()]);
    assert_eq!(search(&app, "3.000333").await, vec!["3.000333".to_owned()]);
});

both_backends!(abbreviations_are_searchable, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    assert!(search(&app, "lltp").await.contains(&"3.000333".to_owned()));
});

both_backends!(nonsense_finds_nothing_and_says_so, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let (status, body) = app.get("/thu-tuc?q=zzzqqq").await;
    assert_eq!(status, StatusCode::OK);
    assert!(listed_codes(&body).is_empty());
    assert!(body.contains("Không tìm thấy thủ tục nào phù hợp"));
});

/// A minimal procedure in the demo province, for search cases the demo names do not cover.
fn one_procedure(code: &str, name: &str) -> server::services::catalog::file::CatalogFile {
    let demo = server::seed::demo_catalog();
    let mut p = demo.procedures.into_iter().next().expect("demo has procedures");
    p.code = ProcedureCode::parse(code).unwrap();
    p.name = name.to_owned();
    p.aliases = vec![];
    p.field = FieldCode::parse("HT").unwrap();
    p.agency = AgencyCode::parse("000.00.10.H52").unwrap();
    p.level = ImplementingLevel::Province;
    p.online_level = OnlineLevel::Partial;
    p.target_subjects = vec![TargetSubject::Citizen];
    server::services::catalog::file::CatalogFile { procedures: vec![p], ..Default::default() }
}

//! What an applicant declared, as people read it, on SQLite and PostgreSQL: the applicant and
//! the officer who checks it see every answer with its label, an option's text and not its
//! code, dates as dd/mm/yyyy, the commune by name, and the repeating residence history as a
//! table with each row (the very thing the police must check).

use crate::common;

use axum::http::StatusCode;
use common::Backend;
use common::dossiers::criminal_record;
use common::people::{officer, seeded, session_of};
use server::seed::accounts::DEMO_CITIZEN;

both_backends!(the_declaration_reads_as_it_was_typed, |backend: Backend| async move {
    let app = seeded(backend).await;
    let id = criminal_record(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let police = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    for who in [&citizen, &police] {
        let (status, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", who.as_str())]).await;
        assert_eq!(status, StatusCode::OK);
        // The section as shown (the page's data for the browser follows further down).
        let declared = page.split("Nội dung kê khai").nth(1).expect("the declaration");
        let declared = declared.split("<h2").next().unwrap_or_default();
        assert!(declared.contains("<dt>Giới tính</dt><dd>Nữ</dd>"), "the option's text: {declared}");
        assert!(declared.contains("<dd>19/05/1990</dd>"), "the date as people write it");
        assert!(!declared.contains("<dd>nu</dd>") && !declared.contains("1990-05-19"));
        assert!(!declared.contains("<dd>03670</dd>"), "the commune by name");
        assert!(declared.contains("<caption>Nơi cư trú</caption>"), "the residence history as a table");
        for cell in ["05/2004", "Sơn La", "09/2012", "Hà Nội", "Sinh viên"] {
            assert!(declared.contains(&format!("<td>{cell}</td>")), "{cell}");
        }
        assert!(declared.contains("<dd>Có</dd>"), "a ticked box reads yes");
    }
});

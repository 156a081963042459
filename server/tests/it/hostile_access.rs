//! Officers and sessions where they do not belong, over HTTP on both databases: officers of
//! another agency or unit on a dossier, its documents, its refund, result and fee waiver;
//! officers on a citizen's draft; sessions past their idle or absolute expiry, or signed out;
//! personal pages that a cache could keep.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{act, criminal_record};
use common::forms::post_multipart;
use common::people::{officer, person, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossier_documents, sessions};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// The first document of dossier `id`.
async fn document_of(app: &TestApp, id: i64) -> i64 {
    app.state
        .db
        .run(move |conn| {
            Ok(dossier_documents::table
                .filter(dossier_documents::dossier_id.eq(id))
                .select(dossier_documents::file_id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

both_backends!(officers_of_another_agency_or_unit_see_nothing, |backend: Backend| async move {
    let app = seeded(backend).await;
    // A criminal record request of the provincial police (another agency than the ward's).
    let id = criminal_record(&app).await;
    let file = document_of(&app, id).await;
    let ward_counter = officer(&app, "motcua@demo.sonla.vn").await;
    let ward_specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    let police_counter = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &police_counter)]).await;
    assert_eq!(status, StatusCode::OK, "its own counter sees it");
    for session in [&ward_counter, &ward_specialist] {
        for path in [
            format!("/ho-so/{id}"),
            format!("/tai-lieu/{file}"),
            format!("/ho-so/{id}/giay-tiep-nhan.pdf"),
            format!("/ho-so/{id}/phieu-kiem-soat.pdf"),
        ] {
            let (status, body) = app.get_with(&path, &[("cookie", session)]).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
        }
        let waived = act(&app, session, id, "mien_phi", &[("ghi_chu", "Người có công")]).await;
        assert_eq!(waived.status, StatusCode::NOT_FOUND, "{}", waived.body);
        let received = act(&app, session, id, "tiep_nhan", &[]).await;
        assert_eq!(received.status, StatusCode::NOT_FOUND, "{}", received.body);
        let refund = app
            .post_form(&format!("/can-bo/ho-so/{id}/hoan-tien"), &[("so_tien", "1000"), ("ly_do", "x")], session)
            .await;
        assert_eq!(refund.status, StatusCode::NOT_FOUND, "{}", refund.body);
        let result =
            post_multipart(&app, &format!("/can-bo/ho-so/{id}/ket-qua"), session, &[], &[("tep", "kq.pdf", PDF)]).await;
        assert_eq!(result.status, StatusCode::NOT_FOUND, "{}", result.body);
    }
    // A specialist of the police's records unit sees it only once it is handed to the unit.
    let records = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &records)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not yet at the unit");
});

both_backends!(a_draft_is_its_filers_alone, |backend: Backend| async move {
    let app = seeded(backend).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &citizen).await;
    let draft = created.location.unwrap();
    let saved = post_multipart(&app, &draft, &citizen, &[("hanh_dong", "luu")], &[("tep.6", "cccd.pdf", PDF)]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id: i64 = draft.trim_start_matches("/ho-so/").parse().unwrap();
    let file = document_of(&app, id).await;
    // The ward's counter and leader would see the dossier once submitted; not the draft.
    for email in ["motcua@demo.sonla.vn", "lanhdao@demo.sonla.vn"] {
        let session = officer(&app, email).await;
        for path in [draft.clone(), format!("/tai-lieu/{file}")] {
            let (status, _) = app.get_with(&path, &[("cookie", &session)]).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{email} on {path}");
        }
        let received = act(&app, &session, id, "tiep_nhan", &[]).await;
        assert_eq!(received.status, StatusCode::NOT_FOUND, "{email}: {}", received.body);
        let (_, queue) = app.get_with("/can-bo", &[("cookie", &session)]).await;
        assert!(!queue.contains(&format!("/ho-so/{id}\"")), "{email}'s queue lists no draft");
    }
    let (status, _) = app.get_with(&draft, &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::OK, "the filer still sees it");
});

/// Moves the times of every session of `account` by `shift` (as if that much time had passed).
async fn age_sessions(app: &TestApp, email: &'static str, idle: bool) {
    let account = person(app, email).await.account().unwrap();
    app.state
        .db
        .run(move |conn| {
            let past = shared::time::now() - chrono::Duration::hours(13);
            let rows = sessions::table.filter(sessions::account_id.eq(account));
            if idle {
                diesel::update(rows).set(sessions::last_seen_at.eq(past)).execute(conn)?;
            } else {
                diesel::update(rows).set(sessions::expires_at.eq(past)).execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
}

both_backends!(sessions_end_when_idle_too_long_at_their_term_or_signed_out, |backend: Backend| async move {
    let app = seeded(backend).await;
    for idle in [true, false] {
        let session = session_of(&app, DEMO_CITIZEN.email).await;
        let (status, _) = app.get_with("/ho-so", &[("cookie", &session)]).await;
        assert_eq!(status, StatusCode::OK);
        age_sessions(&app, DEMO_CITIZEN.email, idle).await;
        let (status, _) = app.get_with("/ho-so", &[("cookie", &session)]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "expired (idle: {idle})");
    }
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let out = app.post_form("/dang-xuat", &[], &session).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let (status, _) = app.get_with("/ho-so", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "signed out");
});

both_backends!(personal_responses_are_never_cached, |backend: Backend| async move {
    let app = seeded(backend).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    for path in ["/tai-khoan", "/ho-so", "/doanh-nghiep", "/"] {
        let response = app
            .request(axum::http::Request::get(path).header("cookie", &citizen).body(axum::body::Body::empty()).unwrap())
            .await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{path} to a signed-in browser");
    }
    // The second step of an officer's sign-in (the authenticator's secret, the recovery codes).
    let posted = app
        .post_form(
            "/dang-nhap",
            &[("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", server::seed::accounts::DEMO_PASSWORD)],
            "",
        )
        .await;
    let pending = common::people::cookie_named(&posted.set_cookies, "xac_thuc").unwrap();
    let response = app
        .request(
            axum::http::Request::get("/dang-nhap/ma-xac-thuc")
                .header("cookie", &pending)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    // Public pages to a visitor may be cached; the site's own files too.
    let response = app.request(axum::http::Request::get("/thu-tuc").body(axum::body::Body::empty()).unwrap()).await;
    assert!(response.headers().get("cache-control").is_none_or(|v| v != "no-store"));
    for header in ["permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy"] {
        assert!(response.headers().contains_key(header), "{header}");
    }
});

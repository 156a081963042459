//! Dossiers brought to the counter or sent by post, on SQLite and PostgreSQL: the reception
//! officer records a walk-in applicant without an account, fills the same e-form, uploads the
//! scan (kept by the office), submits and receives it, and prints the receipt (Mẫu 01); the
//! applicant gets the news at the address they gave. Bad input changes nothing; another
//! agency's counter and the public see nothing of the draft; an applicant whose account VNeID
//! vouched for finds the dossier in their account once it is submitted; the fee taken in cash is
//! paid but not paid online.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{act, pdf_text};
use common::forms::post_multipart;
use common::people::{birth_fields, officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{accounts, dossier_documents, dossiers, stored_files};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const WALK_IN_EMAIL: &str = "nguyenvanan@example.vn";

async fn dossier_count(app: &TestApp) -> i64 {
    app.state.db.run(|conn| Ok(dossiers::table.count().get_result::<i64>(conn)?)).await.unwrap()
}

/// (channel, filer, status, code) of dossier `id`.
async fn facts(app: &TestApp, id: i64) -> (i32, Option<i64>, String, Option<String>) {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq(id))
                .select((dossiers::channel, dossiers::filer_account_id, dossiers::status, dossiers::code))
                .first(conn)?)
        })
        .await
        .unwrap()
}

fn walk_in(procedure: &'static str, id_number: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("thu_tuc", procedure),
        ("kenh", "truc-tiep"),
        ("ho_ten", "Nguyễn Văn An"),
        ("so_dinh_danh", id_number),
        ("dien_thoai", "0912 345 678"),
        ("thu_dien_tu", WALK_IN_EMAIL),
    ]
}

/// The id in `/ho-so/{id}`.
fn id_in(location: Option<&str>) -> i64 {
    location.and_then(|l| l.strip_prefix("/ho-so/")).and_then(|id| id.parse().ok()).expect("a dossier's address")
}

both_backends!(a_walk_in_dossier_is_recorded_received_and_its_receipt_printed, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;

    // The intake page offers the procedures this counter receives, and only them.
    let (status, page) = app.get_with("/can-bo/tiep-nhan", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains(r#"value="1.001193""#), "the ward's birth registration: {page}");
    assert!(!page.contains(r#"value="3.000333""#), "the provincial police's procedure is not the ward's");
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    assert!(queue.contains(r#"href="/can-bo/tiep-nhan""#), "the queue links to it");

    // Bad input: every problem on its field, nothing created.
    let before = dossier_count(&app).await;
    let bad = [("thu_tuc", "1.001193"), ("kenh", "truc-tuyen"), ("ho_ten", " "), ("so_dinh_danh", "12345")];
    let refused = app.post_form("/can-bo/tiep-nhan", &bad, &reception).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    for input in ["#kenh", "#ho_ten", "#so_dinh_danh"] {
        assert!(refused.body.contains(&format!(r##"href="{input}""##)), "{input} in the summary: {}", refused.body);
    }
    assert!(refused.body.contains(r#"value="12345""#), "kept as typed");
    let elsewhere = app.post_form("/can-bo/tiep-nhan", &walk_in("3.000333", "001090000001"), &reception).await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY, "not received here");
    assert_eq!(dossier_count(&app).await, before);
    // Nobody but a reception officer records one.
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let by_citizen = app.post_form("/can-bo/tiep-nhan", &walk_in("1.001193", "001090000001"), &citizen).await;
    assert_eq!(by_citizen.status, StatusCode::FORBIDDEN);
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
    let by_leader = app.post_form("/can-bo/tiep-nhan", &walk_in("1.001193", "001090000001"), &leader).await;
    assert_eq!(by_leader.status, StatusCode::FORBIDDEN);
    assert_eq!(dossier_count(&app).await, before);

    // Recorded: a draft of the counter, for nobody's account.
    let started = app.post_form("/can-bo/tiep-nhan", &walk_in("1.001193", "001090000001"), &reception).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let id = id_in(started.location.as_deref());
    assert_eq!(facts(&app, id).await, (1, None, "NhapHoSo".to_owned(), None));
    let (status, draft) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(draft.contains("Nguyễn Văn An"), "the applicant, fixed: {draft}");
    assert!(!draft.contains(r#"name="chu_ho_so""#), "no owner choice on a counter's draft");
    // The counter's draft is nobody else's business.
    let other_counter = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &other_counter)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Filled, scanned and submitted through the draft's own form, as a filer would.
    let mut fields = birth_fields();
    fields.retain(|(k, _)| *k != "chu_ho_so");
    fields.push(("hanh_dong", "luu"));
    let saved =
        post_multipart(&app, &format!("/ho-so/{id}"), &reception, &fields, &[("tep.6", "cccd-scan.pdf", PDF)]).await;
    assert_eq!(saved.location.as_deref(), Some(format!("/ho-so/{id}?da_luu=1").as_str()), "{}", saved.body);
    let kept_by: Vec<Option<i64>> = app
        .state
        .db
        .run(move |conn| {
            Ok(dossier_documents::table
                .inner_join(stored_files::table)
                .filter(dossier_documents::dossier_id.eq(id))
                .select(stored_files::account_id)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(kept_by, [None], "the scan is the office's, in nobody's quota");
    fields.pop();
    fields.push(("hanh_dong", "nop"));
    let submitted = post_multipart(&app, &format!("/ho-so/{id}"), &reception, &fields, &[]).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER, "{}", submitted.body);
    let (channel, filer, status, code) = facts(&app, id).await;
    assert_eq!((channel, filer, status.as_str()), (1, None, "ChoTiepNhan"));
    let code = code.expect("the same code series");
    assert!(code.starts_with("000.01.50.H52-"), "{code}");

    // Received at once by the same counter: the appointment, the mail, the receipt.
    let received = act(&app, &reception, id, "tiep_nhan", &[]).await;
    assert_eq!(received.status, StatusCode::SEE_OTHER, "{}", received.body);
    assert_eq!(facts(&app, id).await.2, "DaTiepNhan");
    let (subject, body) = app.latest_mail_to(WALK_IN_EMAIL).await.expect("the news at the address given");
    assert!(subject.contains(&code), "{subject}");
    assert!(body.contains(&format!("/tra-cuu?ma={code}")), "a link to the public lookup, not to an account: {body}");
    let (status, receipt) = pdf_text(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &reception).await;
    assert_eq!(status, StatusCode::OK);
    assert!(receipt.contains(&code) && receipt.contains("Nguyễn Văn An"), "{receipt}");
    // The public lookup by code and the last digits of the applicant's ID number.
    let (status, page) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Đã tiếp nhận"), "{page}");
});

both_backends!(a_vneid_verified_applicant_finds_the_counter_dossier_in_their_account, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    // The demo citizen's ID number, typed at the counter: the account only claims it.
    let claimed = app.post_form("/can-bo/tiep-nhan", &walk_in("1.001193", "014190000001"), &reception).await;
    assert_eq!(facts(&app, id_in(claimed.location.as_deref())).await.1, None, "an unproven claim links nothing");
    // Once VNeID vouched for the account, the next one is linked to it.
    app.state
        .db
        .run(|conn| {
            diesel::update(accounts::table.filter(accounts::email.eq(DEMO_CITIZEN.email)))
                .set(accounts::identity_verified.eq(true))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let linked = app.post_form("/can-bo/tiep-nhan", &walk_in("1.001193", "014190000001"), &reception).await;
    let id = id_in(linked.location.as_deref());
    assert!(facts(&app, id).await.1.is_some());
    // A draft is the counter's: not in the citizen's list, not theirs to open or change.
    let (_, mine) = app.get_with("/ho-so", &[("cookie", &citizen)]).await;
    assert!(!mine.contains(&format!("/ho-so/{id}\"")), "{mine}");
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Submitted: theirs to follow.
    let mut fields = birth_fields();
    fields.retain(|(k, _)| *k != "chu_ho_so");
    fields.push(("hanh_dong", "nop"));
    let submitted =
        post_multipart(&app, &format!("/ho-so/{id}"), &reception, &fields, &[("tep.6", "cccd-scan.pdf", PDF)]).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER, "{}", submitted.body);
    let (status, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::OK, "{page}");
});

both_backends!(a_fee_taken_at_the_counter_is_paid_but_not_online, |backend: Backend| async move {
    let app = seeded(backend).await;
    // An online criminal-record request, 200.000 đ due before reception, unpaid.
    let id = common::dossiers::criminal_record(&app).await;
    let reception = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    let unpaid = act(&app, &reception, id, "tiep_nhan", &[]).await;
    assert_ne!(unpaid.status, StatusCode::SEE_OTHER, "not received unpaid");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(page.contains(r#"value="thu_phi_tai_quay""#), "{page}");
    let taken = act(&app, &reception, id, "thu_phi_tai_quay", &[]).await;
    assert_eq!(taken.status, StatusCode::SEE_OTHER, "{}", taken.body);
    let (paid, online): (Option<chrono::NaiveDateTime>, i32) = app
        .state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq(id))
                .select((dossiers::paid_at, dossiers::paid_online))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert!(paid.is_some() && online == 0, "paid, DuocThanhToanTrucTuyen = 0");
    // Taken once: a second press finds nothing left to take.
    let again = act(&app, &reception, id, "thu_phi_tai_quay", &[]).await;
    assert_ne!(again.status, StatusCode::SEE_OTHER);
    let received = act(&app, &reception, id, "tiep_nhan", &[]).await;
    assert_eq!(received.status, StatusCode::SEE_OTHER, "{}", received.body);
});

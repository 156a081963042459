//! Opinions asked of other units, on SQLite and PostgreSQL: the ward's specialist who processes a
//! dossier asks a unit of the provincial police a question with a file; that unit sees the
//! question (in its queue, its list and its page) but not the dossier, and answers once with a
//! file; the answer reaches the asker by mail and lands on the dossier's internal timeline. The
//! applicant, another agency and officers of the asked agency outside the unit see nothing of it;
//! a refused question keeps what was typed and stores nothing; an unanswered one past its last
//! day is overdue.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{Crew, act, submitted_birth};
use common::forms::{key_in, post_multipart};
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{agency_units, opinion_requests, stored_files};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
const QUESTION: &str = "Đề nghị cho ý kiến về nơi thường trú của người mẹ tại địa chỉ đã khai.";
const ANSWER: &str = "Người mẹ đăng ký thường trú tại địa chỉ này từ năm 2019.";

async fn page(app: &TestApp, path: &str, session: &str) -> (StatusCode, String) {
    app.get_with(path, &[("cookie", session)]).await
}

/// A birth dossier received and taken by the ward's specialist (its id and code).
async fn taken_birth(app: &TestApp, crew: &Crew) -> (i64, String) {
    let (id, code) = submitted_birth(app).await;
    for (session, action) in
        [(&crew.reception, "tiep_nhan"), (&crew.reception, "chuyen_xu_ly"), (&crew.specialist, "nhan_xu_ly")]
    {
        let done = act(app, session, id, action, &[]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.body);
    }
    (id, code)
}

/// The id of the unit with `code` (unique in the demo seed).
async fn unit(app: &TestApp, code: &'static str) -> i64 {
    app.state
        .db
        .run(move |conn| {
            Ok(agency_units::table.filter(agency_units::code.eq(code)).select(agency_units::id).first(conn)?)
        })
        .await
        .unwrap()
}

/// (requests, answered requests, stored files) in the database.
async fn counts(app: &TestApp) -> (i64, i64, i64) {
    app.state
        .db
        .run(|conn| {
            let asked = opinion_requests::table.count().get_result(conn)?;
            let answered =
                opinion_requests::table.filter(opinion_requests::answer.is_not_null()).count().get_result(conn)?;
            let files = stored_files::table.count().get_result(conn)?;
            Ok((asked, answered, files))
        })
        .await
        .unwrap()
}

/// The one-time key of the question's form on dossier `id`'s page.
fn question_key(page: &str, id: i64) -> String {
    let form = page.split(&format!("action=\"/can-bo/ho-so/{id}/y-kien\"")).nth(1).expect("the question's form");
    key_in(form, "ma_gui")
}

/// The first file link under `prefix` on a page.
fn file_in(page: &str, prefix: &str) -> String {
    let id = page.split(prefix).nth(1).and_then(|s| s.split('"').next()).unwrap_or_else(|| panic!("{prefix}: {page}"));
    format!("{prefix}{id}")
}

both_backends!(a_specialist_asks_another_agencys_unit_and_gets_the_answer, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, code) = taken_birth(&app, &crew).await;
    let records = unit(&app, "HSNV").await;
    let dossier = format!("/ho-so/{id}");

    // The specialist asks, with a file; the post retried with the same key writes nothing more.
    let (_, shown) = page(&app, &dossier, &crew.specialist).await;
    assert!(shown.contains("id=\"y-kien\"") && shown.contains("Chưa xin ý kiến đơn vị nào."), "{shown}");
    let key = question_key(&shown, id);
    let records_id = records.to_string();
    let fields = [("ma_gui", key.as_str()), ("don_vi", &records_id), ("so_ngay", "5"), ("noi_dung", QUESTION)];
    let ask = format!("/can-bo/ho-so/{id}/y-kien");
    common::forms::refused_as_infected(&app, &ask, &crew.specialist, &fields, "tep").await;
    let asked = post_multipart(&app, &ask, &crew.specialist, &fields, &[("tep", "to-khai.pdf", PDF)]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert_eq!(asked.location.as_deref(), Some(format!("{dossier}?da_xin_y_kien=1#y-kien").as_str()));
    let before = counts(&app).await;
    let again = post_multipart(&app, &ask, &crew.specialist, &fields, &[("tep", "to-khai.pdf", PDF)]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(counts(&app).await, before, "asked once, the retried file not kept");
    assert_eq!(before.0, 1);
    let opinion: i64 =
        app.state.db.run(|conn| Ok(opinion_requests::table.select(opinion_requests::id).first(conn)?)).await.unwrap();

    // The unit asked is mailed the link, not the question; it sees the question in its queue,
    // its list and its page, with the file, and not the dossier.
    let (subject, body) = app.latest_mail_to("chuyenvien.catinh@demo.sonla.vn").await.expect("the unit is mailed");
    assert!(subject.contains(&code) && body.contains(&format!("/can-bo/y-kien/{opinion}")), "{subject}\n{body}");
    assert!(!body.contains(QUESTION), "the mail says a question came, not what it says");
    let asked_unit = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    let (_, queue) = page(&app, "/can-bo", &asked_unit).await;
    assert!(queue.contains("id=\"xin-y-kien\"") && queue.contains(&code), "{queue}");
    let (_, list) = page(&app, "/can-bo/y-kien", &asked_unit).await;
    assert!(list.contains(&code) && list.contains("1 chờ trả lời, 0 quá hạn"), "{list}");
    let question_page = format!("/can-bo/y-kien/{opinion}");
    let (status, one) = page(&app, &question_page, &asked_unit).await;
    assert_eq!(status, StatusCode::OK);
    assert!(one.contains(QUESTION) && one.contains("to-khai.pdf") && one.contains("Gửi trả lời"), "{one}");
    let question_file = file_in(&one, &format!("/can-bo/y-kien/{opinion}/tep/"));
    let (status, bytes) = page(&app, &question_file, &asked_unit).await;
    assert_eq!((status, bytes.as_bytes()), (StatusCode::OK, PDF));
    let (status, _) = page(&app, &dossier, &asked_unit).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the unit asked does not see the dossier");

    // A refused answer keeps its text and writes nothing; then the answer, with a file, once.
    let key = key_in(&one, "ma_gui");
    let empty = post_multipart(&app, &question_page, &asked_unit, &[("ma_gui", &key), ("noi_dung", " ")], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Hãy viết nội dung."), "{}", empty.body);
    let fields = [("ma_gui", key.as_str()), ("noi_dung", ANSWER)];
    common::forms::refused_as_infected(&app, &question_page, &asked_unit, &fields, "tep").await;
    let answered = post_multipart(&app, &question_page, &asked_unit, &fields, &[("tep", "so-ho-khau.png", PNG)]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    assert_eq!(answered.location.as_deref(), Some(format!("{question_page}?da_tra_loi=1").as_str()));
    let once = counts(&app).await;
    assert_eq!(once.1, 1);
    let retried = post_multipart(&app, &question_page, &asked_unit, &fields, &[("tep", "so-ho-khau.png", PNG)]).await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER, "a retried answer lands where the first did");
    assert_eq!(counts(&app).await, once, "answered once, the retried file not kept");
    // The agency's leader reads it answered, without the form, and may not answer again.
    let leader = officer(&app, "lanhdao.catinh@demo.sonla.vn").await;
    let (_, leaders) = page(&app, &question_page, &leader).await;
    assert!(leaders.contains(ANSWER), "{leaders}");
    assert!(!leaders.contains("Gửi trả lời"), "{leaders}");
    let second =
        post_multipart(&app, &question_page, &leader, &[("ma_gui", "later1"), ("noi_dung", "Khác")], &[]).await;
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY, "an answer is given once");
    assert!(second.body.contains("đã được trả lời"), "{}", second.body);

    // The asker is mailed; the answer and its file are on the dossier's page and its timeline.
    let (subject, body) = app.latest_mail_to("chuyenvien@demo.sonla.vn").await.expect("the asker is mailed");
    assert!(subject.contains(&code) && body.contains(&format!("{dossier}#y-kien")), "{subject}\n{body}");
    let (_, after) = page(&app, &dossier, &crew.specialist).await;
    assert!(after.contains(ANSWER) && after.contains("so-ho-khau.png") && after.contains("Đã trả lời"), "{after}");
    assert!(after.contains("Ý kiến của "), "the answer is on the internal timeline: {after}");
    let answer_file = after
        .split(&format!("/can-bo/y-kien/{opinion}/tep/"))
        .nth(2)
        .and_then(|s| s.split('"').next())
        .map(|f| format!("/can-bo/y-kien/{opinion}/tep/{f}"))
        .expect("the answer's file");
    let (status, bytes) = page(&app, &answer_file, &crew.specialist).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, String::from_utf8_lossy(PNG), "the image as sent");
    let (_, answered_list) = page(&app, "/can-bo/y-kien?da_tra_loi=1", &asked_unit).await;
    assert!(answered_list.contains(&code), "{answered_list}");

    // The applicant sees neither question nor answer, nor may read the request or its files.
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (_, theirs) = page(&app, &dossier, &citizen).await;
    for secret in [QUESTION, ANSWER, "y-kien", "Ý kiến của", "Xin ý kiến"] {
        assert!(!theirs.contains(secret), "the applicant sees {secret:?}");
    }
    for path in [&question_page, &question_file, &answer_file] {
        let (status, _) = page(&app, path, &citizen).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
});

both_backends!(only_the_unit_asked_sees_the_question, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, code) = taken_birth(&app, &crew).await;
    let (_, shown) = page(&app, &format!("/ho-so/{id}"), &crew.specialist).await;
    let records = unit(&app, "HSNV").await.to_string();
    let key = question_key(&shown, id);
    let fields = [("ma_gui", key.as_str()), ("don_vi", records.as_str()), ("so_ngay", "3"), ("noi_dung", QUESTION)];
    let asked = post_multipart(
        &app,
        &format!("/can-bo/ho-so/{id}/y-kien"),
        &crew.specialist,
        &fields,
        &[("tep", "a.pdf", PDF)],
    )
    .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let opinion: i64 =
        app.state.db.run(|conn| Ok(opinion_requests::table.select(opinion_requests::id).first(conn)?)).await.unwrap();
    let question_page = format!("/can-bo/y-kien/{opinion}");
    let question_file =
        file_in(&page(&app, &question_page, &crew.specialist).await.1, &format!("{question_page}/tep/"));

    // Another agency's unit, and the asked agency's counter (not the unit asked): nothing.
    let other_agency = crew.police.clone();
    let counter = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    for (who, session) in [("another agency", &other_agency), ("the asked agency's counter", &counter)] {
        for path in [&question_page, &question_file] {
            let (status, _) = page(&app, path, session).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{who}: {path}");
        }
        let answer = post_multipart(&app, &question_page, session, &[("ma_gui", "k1"), ("noi_dung", "x")], &[]).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{who} answers: {}", answer.body);
        let (_, list) = page(&app, "/can-bo/y-kien", session).await;
        assert!(!list.contains(&code) && !list.contains(QUESTION), "{who}'s list: {list}");
    }
    // Asking is for whoever processes the dossier: not the counter that handed it over, nor a
    // unit that does not see it; not signed in, not a byte read.
    let ask = format!("/can-bo/ho-so/{id}/y-kien");
    let fields = [("ma_gui", "k2"), ("don_vi", "1"), ("so_ngay", "3"), ("noi_dung", "x")];
    let by_counter = post_multipart(&app, &ask, &crew.reception, &fields, &[]).await;
    assert_eq!(by_counter.status, StatusCode::FORBIDDEN, "{}", by_counter.body);
    let by_stranger = post_multipart(&app, &ask, &other_agency, &fields, &[]).await;
    assert_eq!(by_stranger.status, StatusCode::NOT_FOUND);
    let (status, _) = app.get(&question_page).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get(&question_file).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "a file asks to sign in");
    assert_eq!(counts(&app).await.0, 1);
});

both_backends!(a_refused_question_keeps_what_was_typed_and_an_old_one_is_overdue, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, code) = taken_birth(&app, &crew).await;
    let (_, shown) = page(&app, &format!("/ho-so/{id}"), &crew.specialist).await;
    let key = question_key(&shown, id);
    let ask = format!("/can-bo/ho-so/{id}/y-kien");
    let records = unit(&app, "HSNV").await.to_string();
    let own = unit(&app, "TPHT").await.to_string();
    let before = counts(&app).await;
    let typed = "Câu hỏi đang soạn dở";
    /// (unit, days, files, what the page says)
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str, &'a [u8])], &'a str);
    let cases: [Case; 4] = [
        ("", "5", &[], "Hãy chọn đơn vị được hỏi."),
        (&own, "5", &[], "Hãy chọn đơn vị được hỏi."),
        (&records, "31", &[], "từ 1 đến 30"),
        (&records, "5", &[("tep", "virus.exe", b"MZ\x90\0")], "PDF, JPG"),
    ];
    for (unit_id, days, files, said) in cases {
        let fields = [("ma_gui", key.as_str()), ("don_vi", unit_id), ("so_ngay", days), ("noi_dung", typed)];
        let refused = post_multipart(&app, &ask, &crew.specialist, &fields, files).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{unit_id} {days}");
        assert!(refused.body.contains(typed) && refused.body.contains(said), "{said}: {}", refused.body);
        assert!(refused.body.contains(&format!("value=\"{days}\"")), "the days come back as typed");
    }
    assert_eq!(counts(&app).await, before, "nothing asked, nothing stored");

    // Asked, and left unanswered past its last day: overdue on both ends.
    let fields = [("ma_gui", key.as_str()), ("don_vi", &records), ("so_ngay", "1"), ("noi_dung", QUESTION)];
    let asked = post_multipart(&app, &ask, &crew.specialist, &fields, &[]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let past = shared::time::today() - chrono::Duration::days(3);
    app.state
        .db
        .run(move |conn| {
            Ok(diesel::update(opinion_requests::table).set(opinion_requests::due_on.eq(past)).execute(conn)?)
        })
        .await
        .unwrap();
    let asked_unit = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    let (_, list) = page(&app, "/can-bo/y-kien", &asked_unit).await;
    assert!(list.contains(&code) && list.contains("1 chờ trả lời, 1 quá hạn") && list.contains("Quá hạn"), "{list}");
    let (_, theirs) = page(&app, &format!("/ho-so/{id}"), &crew.specialist).await;
    assert!(theirs.contains("badge-late"), "{theirs}");
});

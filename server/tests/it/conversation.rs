//! The conversation around a dossier, on SQLite and PostgreSQL: its applicant and the officers
//! who see it exchange messages with files both ways, each side told (a notice and a mail to the
//! applicant, a mail to the officers handling it), unread until shown; a retried post writes once;
//! a refused message keeps its text and stores nothing. Nobody else reads or writes the thread or
//! its files; officers' private notes never reach the applicant; kept answers are their officer's.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{Crew, submitted_birth};
use common::forms::{key_in, post_multipart};
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossier_messages, dossier_notes, stored_files};
use server::seed::accounts::{DEMO_CITIZEN, DEMO_MEMBER};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// (messages, stored files) in the database.
async fn counts(app: &TestApp) -> (i64, i64) {
    app.state
        .db
        .run(|conn| {
            let messages = dossier_messages::table.count().get_result(conn)?;
            let files = stored_files::table.count().get_result(conn)?;
            Ok((messages, files))
        })
        .await
        .unwrap()
}

async fn page(app: &TestApp, path: &str, session: &str) -> (StatusCode, String) {
    app.get_with(path, &[("cookie", session)]).await
}

/// How many messages of dossier `id` the reader has not seen, as the lists count them.
async fn unread(app: &TestApp, reader: i64, officer: bool, id: i64) -> i64 {
    app.state
        .db
        .run(move |conn| server::services::dossier::unread::unread(conn, reader, officer, &[id]))
        .await
        .unwrap()
        .get(&id)
        .copied()
        .unwrap_or(0)
}

async fn account_id(app: &TestApp, email: &'static str) -> i64 {
    common::people::person(app, email).await.account().unwrap()
}

both_backends!(the_applicant_and_the_office_exchange_messages_with_files, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, code) = submitted_birth(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let dossier = format!("/ho-so/{id}");
    let send = format!("/ho-so/{id}/tin-nhan");

    // The applicant writes, with a file; the post retried with the same key writes nothing more.
    let (status, shown) = page(&app, &dossier, &citizen).await;
    assert_eq!(status, StatusCode::OK);
    assert!(shown.contains("id=\"trao-doi\"") && shown.contains("Chưa có tin nhắn nào."), "{shown}");
    let key = key_in(&shown, "ma_gui");
    let question = "Xin hỏi hồ sơ cần bản sao có chứng thực không?";
    let fields = [("ma_gui", key.as_str()), ("noi_dung", question)];
    common::forms::refused_as_infected(&app, &send, &citizen, &fields, "tep").await;
    let sent = post_multipart(&app, &send, &citizen, &fields, &[("tep", "giay-to.pdf", PDF)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location.as_deref(), Some(format!("/ho-so/{id}?da_gui=1#trao-doi").as_str()));
    let before = counts(&app).await;
    let again = post_multipart(&app, &send, &citizen, &fields, &[("tep", "giay-to.pdf", PDF)]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "a retried post lands where the first did");
    assert_eq!(counts(&app).await, before, "written once, its second file not kept");

    // The counter, which handles it (received by no unit yet), is mailed and sees it as new.
    let (subject, body) = app.latest_mail_to("motcua@demo.sonla.vn").await.expect("the counter is mailed");
    assert!(subject.contains(&code) && body.contains(&format!("/ho-so/{id}#trao-doi")), "{subject}\n{body}");
    assert!(!body.contains(question), "the mail says a message came, not what it says");
    let counter = account_id(&app, "motcua@demo.sonla.vn").await;
    assert_eq!(unread(&app, counter, true, id).await, 1);
    let (_, officer_page) = page(&app, &dossier, &crew.reception).await;
    assert!(officer_page.contains(question) && officer_page.contains(">Mới<"), "{officer_page}");
    let file_link = officer_page.split(&format!("/ho-so/{id}/tin-nhan/tep/")).nth(1).expect("the file's link");
    let file: i64 = file_link.split('"').next().unwrap().parse().unwrap();
    let (status, bytes) = page(&app, &format!("/ho-so/{id}/tin-nhan/tep/{file}"), &crew.reception).await;
    assert_eq!((status, bytes.as_bytes()), (StatusCode::OK, PDF));
    assert_eq!(unread(&app, counter, true, id).await, 0, "shown, so read");

    // The counter answers with an image; the applicant gets a notice and a mail, and sees it new.
    let key = key_in(&officer_page, "ma_gui");
    let answer = "Chào bạn, chỉ cần bản chụp giấy tờ gốc.";
    let fields = [("ma_gui", key.as_str()), ("noi_dung", answer)];
    let replied = post_multipart(&app, &send, &crew.reception, &fields, &[("tep", "huong-dan.png", PNG)]).await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);
    let (subject, _) = app.latest_mail_to(DEMO_CITIZEN.email).await.expect("the applicant is mailed");
    assert!(subject.contains(&code) && subject.contains("tin nhắn"), "{subject}");
    let me = account_id(&app, DEMO_CITIZEN.email).await;
    assert_eq!(unread(&app, me, false, id).await, 1);
    let (_, mine) = page(&app, &dossier, &citizen).await;
    assert!(mine.contains(answer) && mine.contains(">Mới<") && mine.contains("huong-dan.png"), "{mine}");
    assert!(!mine.contains("Cầm Thị Một Cửa"), "the applicant sees the agency, not the officer's name");
    let (_, seen) = page(&app, &dossier, &citizen).await;
    assert!(!seen.contains(">Mới<"), "read once shown");
    assert_eq!(unread(&app, me, false, id).await, 0);
    let reply_file: i64 = seen
        .split(&format!("/ho-so/{id}/tin-nhan/tep/"))
        .nth(2)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .parse()
        .unwrap();
    let (status, _) = page(&app, &format!("/ho-so/{id}/tin-nhan/tep/{reply_file}"), &citizen).await;
    assert_eq!(status, StatusCode::OK);

    // Refused: nothing written, nothing kept, the text typed comes back with the problem.
    let before = counts(&app).await;
    let typed = "Gửi kèm tệp sai định dạng";
    let key = key_in(&seen, "ma_gui");
    let fields = [("ma_gui", key.as_str()), ("noi_dung", typed)];
    let wrong = post_multipart(&app, &send, &citizen, &fields, &[("tep", "virus.exe", b"MZ\x90\0")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains(typed) && wrong.body.contains("PDF, JPG"), "{}", wrong.body);
    let files = [("tep", "a.pdf", PDF), ("tep", "b.pdf", PDF), ("tep", "c.pdf", PDF), ("tep", "d.pdf", PDF)];
    let many = post_multipart(&app, &send, &citizen, &fields, &files).await;
    assert_eq!(many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(many.body.contains("tối đa 3 tệp"), "{}", many.body);
    let empty = post_multipart(&app, &send, &citizen, &[("ma_gui", key.as_str()), ("noi_dung", "  ")], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Hãy viết tin nhắn"), "{}", empty.body);
    let long = "ắ".repeat(shared::conversation::MAX_TEXT + 1);
    let too_long = post_multipart(&app, &send, &citizen, &[("ma_gui", key.as_str()), ("noi_dung", &long)], &[]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    let keyless = post_multipart(&app, &send, &citizen, &[("noi_dung", "không có khoá")], &[]).await;
    assert_eq!(keyless.status, StatusCode::BAD_REQUEST);
    assert_eq!(counts(&app).await, before, "nothing written, no file left behind");
});

both_backends!(only_the_applicant_and_the_officers_who_see_it_read_or_write, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, _) = submitted_birth(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let send = format!("/ho-so/{id}/tin-nhan");
    let (_, shown) = page(&app, &format!("/ho-so/{id}"), &citizen).await;
    let key = key_in(&shown, "ma_gui");
    let fields = [("ma_gui", key.as_str()), ("noi_dung", "Tôi gửi thêm ảnh")];
    let sent = post_multipart(&app, &send, &citizen, &fields, &[("tep", "anh.pdf", PDF)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let (_, officer_page) = page(&app, &format!("/ho-so/{id}"), &crew.reception).await;
    let file_link = officer_page.split(&format!("/ho-so/{id}/tin-nhan/tep/")).nth(1).unwrap();
    let file: i64 = file_link.split('"').next().unwrap().parse().unwrap();
    let download = format!("/ho-so/{id}/tin-nhan/tep/{file}");

    // Another citizen, another agency's officer, and the ward's specialist before the dossier
    // reaches their unit: neither the thread, nor its file, nor a message.
    let stranger = session_of(&app, DEMO_MEMBER.email).await;
    let elsewhere = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    for (who, session) in [("stranger", &stranger), ("other agency", &elsewhere), ("specialist", &crew.specialist)] {
        let (_, seen) = page(&app, &format!("/ho-so/{id}"), session).await;
        assert!(!seen.contains("Tôi gửi thêm ảnh"), "{who} reads the thread");
        let (status, _) = page(&app, &download, session).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who} downloads its file");
        let fields = [("ma_gui", "abc123"), ("noi_dung", "Chen ngang")];
        let wrote = post_multipart(&app, &send, session, &fields, &[("tep", "x.pdf", PDF)]).await;
        assert_eq!(wrote.status, StatusCode::NOT_FOUND, "{who} writes: {}", wrote.body);
    }
    // A file id of another dossier's thread through this dossier's path: not found.
    let (other, _) = submitted_birth(&app).await;
    let (status, _) = page(&app, &format!("/ho-so/{other}/tin-nhan/tep/{file}"), &citizen).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Not signed in: sent to sign in, nothing read.
    let (status, _) = app.get(&download).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // A draft has no thread: nobody at the office sees it yet.
    let me = common::people::person(&app, DEMO_CITIZEN.email).await;
    let draft = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    let fields = [("ma_gui", "drafty1"), ("noi_dung", "Nháp")];
    let on_draft = post_multipart(&app, &format!("/ho-so/{draft}/tin-nhan"), &citizen, &fields, &[]).await;
    assert_eq!(on_draft.status, StatusCode::FORBIDDEN, "{}", on_draft.body);

    // Private notes: the counter keeps one; the applicant never sees it, nor may write one.
    let note = "Đã gọi điện cho công dân lúc 9 giờ";
    let notes_key = officer_page
        .split("action=\"/can-bo/ho-so/")
        .find(|s| s.starts_with(&format!("{id}/ghi-chu")))
        .map(|s| key_in(s, "ma_gui"))
        .expect("the note form");
    let kept = app
        .post_form(
            &format!("/can-bo/ho-so/{id}/ghi-chu"),
            &[("ma_gui", &notes_key), ("ghi_chu", note)],
            &crew.reception,
        )
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
    let retried = app
        .post_form(
            &format!("/can-bo/ho-so/{id}/ghi-chu"),
            &[("ma_gui", &notes_key), ("ghi_chu", note)],
            &crew.reception,
        )
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER);
    let notes: i64 = app.state.db.run(|conn| Ok(dossier_notes::table.count().get_result(conn)?)).await.unwrap();
    assert_eq!(notes, 1, "a retried post keeps one note");
    let (_, officers_view) = page(&app, &format!("/ho-so/{id}"), &crew.leader).await;
    assert!(officers_view.contains(note) && officers_view.contains("Cầm Thị Một Cửa"), "{officers_view}");
    let (_, applicants_view) = page(&app, &format!("/ho-so/{id}"), &citizen).await;
    assert!(!applicants_view.contains(note) && !applicants_view.contains("ghi-chu"), "{applicants_view}");
    let written = app
        .post_form(&format!("/can-bo/ho-so/{id}/ghi-chu"), &[("ma_gui", "k1"), ("ghi_chu", "của tôi")], &citizen)
        .await;
    assert_eq!(written.status, StatusCode::FORBIDDEN);
    let foreign =
        app.post_form(&format!("/can-bo/ho-so/{id}/ghi-chu"), &[("ma_gui", "k2"), ("ghi_chu", "lạ")], &elsewhere).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let empty = app
        .post_form(&format!("/can-bo/ho-so/{id}/ghi-chu"), &[("ma_gui", "k3"), ("ghi_chu", " ")], &crew.reception)
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Hãy viết nội dung ghi chú."), "{}", empty.body);
});

both_backends!(an_officer_answers_from_the_answers_they_keep, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (id, code) = submitted_birth(&app).await;
    let kept = "/can-bo/mau-tin-nhan";
    let text = "Hồ sơ {ma_ho_so} ({thu_tuc}) đã đủ giấy tờ.";
    let saved = app
        .post_form(kept, &[("hanh_dong", "luu"), ("tieu_de", "Đủ giấy tờ"), ("noi_dung", text)], &crew.reception)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let refused =
        app.post_form(kept, &[("hanh_dong", "luu"), ("tieu_de", ""), ("noi_dung", "x")], &crew.reception).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Hãy đặt tên gợi nhớ."), "{}", refused.body);
    let (status, list) = page(&app, kept, &crew.reception).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Đủ giấy tờ"), "{list}");
    let template: i64 = list.split("name=\"id\" value=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();

    // Put in the message form of a dossier, filled for it; nobody else's to use.
    let (_, filled) = page(&app, &format!("/ho-so/{id}?mau={template}"), &crew.reception).await;
    assert!(filled.contains(&format!("Hồ sơ {code} (Đăng ký khai sinh) đã đủ giấy tờ.")), "{filled}");
    let (_, other) = page(&app, &format!("/ho-so/{id}?mau={template}"), &crew.leader).await;
    assert!(!other.contains("đã đủ giấy tờ."), "another officer's kept answer");
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (status, _) = page(&app, kept, &citizen).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a citizen keeps no answers");
    let removed = app.post_form(kept, &[("hanh_dong", "xoa"), ("id", &template.to_string())], &crew.leader).await;
    assert_eq!(removed.status, StatusCode::NOT_FOUND, "not theirs to remove");
    let removed = app.post_form(kept, &[("hanh_dong", "xoa"), ("id", &template.to_string())], &crew.reception).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let (_, list) = page(&app, kept, &crew.reception).await;
    assert!(list.contains("Bạn chưa lưu câu trả lời mẫu nào."), "{list}");
});

/// Calls server function `name` with a form body as the holder of `session`; the answer's body.
async fn call(app: &TestApp, name: &str, body: &str, session: &str) -> String {
    use http_body_util::BodyExt;
    let path = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .find(|path| server::http::access_map::server_fn_name(path) == name)
        .expect("registered");
    let request = axum::http::Request::post(path)
        .header("origin", "http://127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", session)
        .body(axum::body::Body::from(body.to_owned()))
        .unwrap();
    let response = app.request(request).await;
    String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes()).into_owned()
}

both_backends!(another_agencys_officer_cannot_tell_a_thread_from_nothing, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, _) = submitted_birth(&app).await;
    let elsewhere = officer(&app, "tiepnhan.catinh@demo.sonla.vn").await;
    for name in ["load_thread", "load_notes"] {
        let existing = call(&app, name, &format!("id={id}"), &elsewhere).await;
        let missing = call(&app, name, "id=987654321", &elsewhere).await;
        assert_eq!(existing, missing, "{name}: the same answer for a dossier of another agency and for none");
    }
});

//! A draft filed in steps through the real handlers, on SQLite and PostgreSQL, as a browser
//! without JavaScript does it: one section per page, each saved on its own (the others kept);
//! a step with problems shown again with them; a question opened by an answer shown before
//! going on; back; the check page with change links and every problem linked to its step;
//! a date before the one it must follow refused; then submitted. And the document store: one
//! entry per distinct file, with its date; what no dossier holds can be deleted.

use crate::common;

use axum::http::StatusCode;
use common::forms::post_multipart;
use common::people::{seeded, session_of};
use common::{Backend, TestApp};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// Posts one step's page of draft `id` with `fields`, the step's name and the button pressed.
async fn step(
    app: &TestApp,
    session: &str,
    id: i64,
    step: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> common::forms::Answer {
    let mut all = vec![("buoc", step), ("hanh_dong", action)];
    all.extend_from_slice(fields);
    post_multipart(app, &format!("/ho-so/{id}"), session, &all, &[]).await
}

fn went_to(posted: &common::forms::Answer, id: i64, to: &str) {
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    assert_eq!(posted.location.as_deref(), Some(format!("/ho-so/{id}?buoc={to}").as_str()), "{}", posted.body);
}

both_backends!(a_birth_registration_is_filed_step_by_step, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &session).await;
    let id: i64 = created.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap();
    let get = |path: String| {
        let app = &app;
        let session = session.clone();
        async move { app.get_with(&path, &[("cookie", &session)]).await }
    };

    // The first step: who the dossier is for; four sections of the form, the documents and
    // the check follow.
    let (status, page) = get(format!("/ho-so/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Bước 1 trên 7") && page.contains(r#"name="chu_ho_so""#), "{page}");
    assert!(!page.contains(r#"name="f.ho_ten_tre""#), "one step at a time");
    went_to(&step(&app, &session, id, "chung", "tiep", &[("chu_ho_so", "ban_than")]).await, id, "1");

    // Section 1 is prefilled from the account; its questions only.
    let (_, page) = get(format!("/ho-so/{id}?buoc=1")).await;
    assert!(page.contains("Bước 2 trên 7") && page.contains("value=\"Lò Thị Demo\""), "{page}");
    let first = [
        ("f.nguoi_yeu_cau", "Lò Thị Demo"),
        ("f.so_dinh_danh_nguoi_yeu_cau", "014190000001"),
        ("f.noi_cu_tru", "Bản Hụm, tổ 3"),
        ("f.xa_cu_tru", "03670"),
        ("f.quan_he", "me"),
    ];
    went_to(&step(&app, &session, id, "1", "tiep", &first).await, id, "2");

    // Section 2 sent half-filled: the same step again, its problems linked to their inputs, the
    // typed answer kept; section 1's answers untouched.
    let refused = step(&app, &session, id, "2", "tiep", &[("f.ho_ten_tre", "Lò Văn An")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains("<title>Lỗi: Bản nháp: Đăng ký khai sinh</title>"), "{}", refused.body);
    assert!(refused.body.contains(r##"<a href="#f-gioi_tinh">Chọn giới tính.</a>"##));
    assert!(!refused.body.contains("#f-ho_ten_me"), "problems of later steps wait for their step");
    assert!(refused.body.contains("value=\"Lò Văn An\""));
    let (_, page) = get(format!("/ho-so/{id}?buoc=1")).await;
    assert!(page.contains("value=\"Bản Hụm, tổ 3\""), "another step's post keeps this one's answers");

    // A child born before its mother is refused on the child's date, naming the mother's.
    let second = [
        ("f.ho_ten_tre", "Lò Văn An"),
        ("f.ngay_sinh_tre", "1980-01-01"),
        ("f.gioi_tinh", "nam"),
        ("f.dan_toc", "Thái"),
        ("f.quoc_tich", "Việt Nam"),
        ("f.noi_sinh", "Bệnh viện Đa khoa tỉnh Sơn La"),
    ];
    went_to(&step(&app, &session, id, "2", "tiep", &second).await, id, "3");
    let parents = [("f.ho_ten_me", "Lò Thị Demo"), ("f.ngay_sinh_me", "1990-05-19"), ("f.dan_toc_me", "Thái")];

    // Choosing "the father is known" opens his questions: shown before going on.
    let mut with_father = parents.to_vec();
    with_father.push(("f.co_thong_tin_cha", "co"));
    let opened = step(&app, &session, id, "3", "tiep", &with_father).await;
    assert_eq!(opened.location.as_deref(), Some(format!("/ho-so/{id}?buoc=3&them=1").as_str()), "{}", opened.body);
    let (_, page) = get(format!("/ho-so/{id}?buoc=3&them=1")).await;
    assert!(page.contains("vừa hiện ra"), "{page}");
    let shown = r#"<div data-field="ho_ten_cha" class="conditional"><div class="field"><label for="f-ho_ten_cha""#;
    assert!(page.contains(shown), "the father's questions now show: {page}");
    // Back to "not known": hidden again, and on.
    let mut without_father = parents.to_vec();
    without_father.push(("f.co_thong_tin_cha", "khong"));
    went_to(&step(&app, &session, id, "3", "tiep", &without_father).await, id, "4");
    let (_, page) = get(format!("/ho-so/{id}?buoc=3")).await;
    let hidden =
        r#"<div data-field="ho_ten_cha" hidden class="conditional"><div class="field"><label for="f-ho_ten_cha""#;
    assert!(page.contains(hidden), "the father's questions hidden: {page}");

    // Back from section 4 is section 3, saved on the way.
    went_to(&step(&app, &session, id, "4", "lui", &[("f.cam_doan", "1")]).await, id, "3");
    went_to(&step(&app, &session, id, "4", "tiep", &[("f.cam_doan", "1")]).await, id, "giay-to");

    // The documents: continuing without the mandatory ones is refused on their step.
    let refused = step(&app, &session, id, "giay-to", "tiep", &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(
        refused.body.contains(r##"href="#tep-6""##) && refused.body.contains("Còn thiếu giấy tờ"),
        "{}",
        refused.body
    );
    let uploaded = post_multipart(
        &app,
        &format!("/ho-so/{id}"),
        &session,
        &[("buoc", "giay-to"), ("hanh_dong", "tiep")],
        &[("tep.2", "giay-chung-sinh.pdf", PDF), ("tep.6", "cccd-me.pdf", PDF)],
    )
    .await;
    went_to(&uploaded, id, "kiem-tra");

    // The check page: every answer as read, each part with its change link; the child's date
    // still stops the submission, linked to its step.
    let (_, page) = get(format!("/ho-so/{id}?buoc=kiem-tra")).await;
    assert!(page.contains("Kiểm tra thông tin trước khi nộp") && page.contains("Lò Văn An"), "{page}");
    assert!(page.contains(&format!(r#"href="/ho-so/{id}?buoc=2""#)), "a change link per section");
    assert!(page.contains("giay-chung-sinh.pdf"));
    let submit = step(&app, &session, id, "kiem-tra", "nop", &[]).await;
    assert_eq!(submit.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", submit.body);
    let link = format!(r#"href="/ho-so/{id}?buoc=2&amp;loi=1#f-ngay_sinh_tre""#);
    assert!(submit.body.contains(&link), "{}", submit.body);
    assert!(submit.body.contains("Ngày, tháng, năm sinh: Không được trước “Ngày sinh của mẹ”."), "{}", submit.body);

    // The link opens the step with the problem on its field; fixed, the dossier is submitted.
    let (_, page) = get(format!("/ho-so/{id}?buoc=2&loi=1")).await;
    assert!(page.contains(r#"id="f-ngay_sinh_tre-error""#), "{page}");
    let mut fixed = second.to_vec();
    fixed[1] = ("f.ngay_sinh_tre", "2026-11-01");
    went_to(&step(&app, &session, id, "2", "tiep", &fixed).await, id, "3");
    let submitted = step(&app, &session, id, "kiem-tra", "nop", &[]).await;
    assert_eq!(submitted.location.as_deref(), Some(format!("/ho-so/{id}?da_nop=1").as_str()), "{}", submitted.body);
    let (_, page) = get(format!("/ho-so/{id}")).await;
    assert!(page.contains("Chờ tiếp nhận") && page.contains("Bản Hụm, tổ 3") && page.contains("01/11/2026"), "{page}");
});

both_backends!(
    the_document_store_holds_each_file_once_and_deletes_what_no_dossier_uses,
    |backend: Backend| async move {
        let app = seeded(backend).await;
        let session = session_of(&app, DEMO_CITIZEN.email).await;
        let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &session).await;
        let id: i64 = created.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap();
        let upload = |name: &'static str, bytes: &'static [u8]| {
            let (app, session) = (&app, session.clone());
            async move {
                let fields = [("buoc", "giay-to"), ("hanh_dong", "luu")];
                post_multipart(app, &format!("/ho-so/{id}"), &session, &fields, &[("tep.6", name, bytes)]).await
            }
        };
        // The same file twice (under two names): one entry in the store, held once by the draft.
        upload("ban-sao-thu.pdf", PDF).await;
        upload("ban-sao-thu-lan-2.pdf", PDF).await;
        let other: &[u8] = b"%PDF-1.7\n% another\n%%EOF\n";
        upload("giay-khac.pdf", other).await;
        let (_, page) = app.get_with("/ho-so", &[("cookie", &session)]).await;
        assert_eq!(page.matches(">ban-sao-thu").count(), 1, "one entry per distinct file: {page}");
        let today = (chrono::Utc::now() + chrono::Duration::hours(7)).format("%d/%m/%Y").to_string();
        assert!(page.contains(&format!("tải lên {today}")) && page.contains("đang dùng trong hồ sơ"), "{page}");
        let (_, draft) = app.get_with(&format!("/ho-so/{id}?buoc=giay-to"), &[("cookie", &session)]).await;
        assert_eq!(draft.matches(">ban-sao-thu.pdf</a>").count(), 1, "held once: {draft}");

        // A file a draft holds is not deleted; once the draft lets go of it, it is.
        let file: i64 = draft.split("/tai-lieu/").nth(2).and_then(|s| s.split('"').next()).unwrap().parse().unwrap();
        let refused = app.post_form(&format!("/ho-so/kho/{file}/xoa"), &[], &session).await;
        assert_eq!(refused.location.as_deref(), Some("/ho-so?tep_dang_dung=1#kho"), "{}", refused.body);
        let document = draft.split(r#"value="xoa:"#).nth(2).and_then(|s| s.split('"').next()).unwrap().to_owned();
        let remove = format!("xoa:{document}");
        post_multipart(&app, &format!("/ho-so/{id}"), &session, &[("buoc", "giay-to"), ("hanh_dong", &remove)], &[])
            .await;
        let (_, page) = app.get_with(&format!("/ho-so?xoa_tep={file}"), &[("cookie", &session)]).await;
        assert!(page.contains(&format!(r#"action="/ho-so/kho/{file}/xoa""#)), "asked before deleting: {page}");
        let deleted = app.post_form(&format!("/ho-so/kho/{file}/xoa"), &[], &session).await;
        assert_eq!(deleted.location.as_deref(), Some("/ho-so?da_xoa_tep=1#kho"), "{}", deleted.body);
        let (_, page) = app.get_with("/ho-so", &[("cookie", &session)]).await;
        assert!(page.contains("ban-sao-thu") && !page.contains("giay-khac"), "only one of the two is left: {page}");
        // Someone else cannot delete another's file.
        let stranger = session_of(&app, server::seed::accounts::DEMO_MEMBER.email).await;
        let (_, mine) = app.get_with("/ho-so", &[("cookie", &session)]).await;
        let left: i64 = mine.split("/tai-lieu/").nth(1).and_then(|s| s.split('"').next()).unwrap().parse().unwrap();
        let theirs = app.post_form(&format!("/ho-so/kho/{left}/xoa"), &[], &stranger).await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    }
);

//! Feedback and proposals (phản ánh, kiến nghị), on SQLite and PostgreSQL: a visitor's feedback
//! is received only once they confirm through the mailed link, whose secret alone opens their
//! page; the desk classifies it and gives it to an agency, whose leader answers (and nobody
//! else's); the desk publishes the answer with personal data removed; the sender rates it. A
//! signed-in citizen's feedback is received at once and is theirs only. Bad input changes nothing.

use crate::common;

use axum::http::StatusCode;
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::feedback;
use server::seed::accounts::{DEMO_AGENCY, DEMO_CITIZEN, DEMO_MEMBER};

const SENDER: &str = "hoa.nguyen@example.vn";
const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

fn fields<'a>(title: &'a str, content: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("ho_ten", "Nguyễn Thị Hoa"),
        ("email", SENDER),
        ("dien_thoai", "0912345678"),
        ("ve_viec", "thu_tuc"),
        ("ma_thu_tuc", "1.001193"),
        ("tieu_de", title),
        ("noi_dung", content),
        ("dong_y", "1"),
    ]
}

/// (rows, state of the latest, its received time is set, its rating).
async fn stored(app: &TestApp) -> (i64, Option<String>, bool, Option<String>) {
    app.state
        .db
        .run(|conn| {
            let rows: Vec<(String, Option<chrono::NaiveDateTime>, Option<String>)> = feedback::table
                .order(feedback::id.desc())
                .select((feedback::state, feedback::received_at, feedback::rating))
                .load(conn)?;
            let first = rows.first().cloned();
            Ok((
                rows.len() as i64,
                first.as_ref().map(|r| r.0.clone()),
                first.as_ref().is_some_and(|r| r.1.is_some()),
                first.and_then(|r| r.2),
            ))
        })
        .await
        .unwrap()
}

async fn id_of(app: &TestApp, code: &str) -> i64 {
    let code = code.to_owned();
    app.state
        .db
        .run(move |conn| Ok(feedback::table.filter(feedback::code.eq(code)).select(feedback::id).first(conn)?))
        .await
        .unwrap()
}

both_backends!(
    a_visitor_confirms_the_desk_assigns_the_agency_answers_and_it_is_published,
    |backend: Backend| async move {
        let app = seeded(backend).await;
        let (status, form) = app.get("/phan-anh/gui").await;
        assert_eq!(status, StatusCode::OK);
        assert!(form.contains(r#"name="noi_dung""#) && form.contains(r#"name="dong_y""#), "{form}");

        // Bad input: each problem said on its field, what was typed kept, nothing stored.
        let mut bad = fields("", "Ngắn");
        bad.retain(|(k, _)| *k != "dong_y");
        let refused = app.post_form("/phan-anh/gui", &bad, "").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        for expected in ["Hãy nhập tiêu đề.", "Nội dung cần ít nhất 20 ký tự.", "Hãy đồng ý", "Nguyễn Thị Hoa"]
        {
            assert!(refused.body.contains(expected), "{expected}: {}", refused.body);
        }
        assert_eq!(stored(&app).await.0, 0);

        // Sent: waits for the confirmation mailed to the sender.
        let content = "Tôi đến nộp hồ sơ ba lần, gọi 0912 345 678 mà không ai nghe máy.";
        let sent = app.post_form("/phan-anh/gui", &fields("Không liên lạc được bộ phận một cửa", content), "").await;
        assert_eq!(sent.location.as_deref(), Some("/phan-anh/gui?da_gui=1"), "{}", sent.body);
        assert_eq!(stored(&app).await.1.as_deref(), Some("cho_xac_nhan"));
        let (_, mail) = app.latest_mail_to(SENDER).await.expect("the confirmation mail");
        let link = common::link_in(&mail);
        let (code, secret) = link.trim_start_matches("/phan-anh/").split_once("?t=").unwrap();
        let (code, secret) = (code.to_owned(), secret.to_owned());
        // Without the secret, or with another, there is nothing to see or confirm.
        assert_eq!(app.get(&format!("/phan-anh/{code}")).await.0, StatusCode::NOT_FOUND);
        let wrong = "0".repeat(64);
        assert_eq!(app.get(&format!("/phan-anh/{code}?t={wrong}")).await.0, StatusCode::NOT_FOUND);
        let forged = app.post_form(&format!("/phan-anh/{code}/xac-nhan"), &[("t", &wrong)], "").await;
        assert_eq!(forged.status, StatusCode::NOT_FOUND);
        let (status, page) = app.get(&link).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Xác nhận gửi"), "{page}");
        let confirmed = app.post_form(&format!("/phan-anh/{code}/xac-nhan"), &[("t", &secret)], "").await;
        assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.body);
        let (_, state, received, _) = stored(&app).await;
        assert_eq!((state.as_deref(), received), (Some("moi"), true));
        let again = app.post_form(&format!("/phan-anh/{code}/xac-nhan"), &[("t", &secret)], "").await;
        assert_eq!(again.status, StatusCode::CONFLICT, "confirmed once");

        // The sender attaches files: not a PDF, JPEG or PNG is refused on the page; three at most.
        let attach = format!("/phan-anh/{code}/tep");
        let text: &[(&str, &str, &[u8])] = &[("tep", "ghi-chu.txt", b"just text")];
        let refused = common::forms::post_multipart(&app, &attach, "", &[("t", &secret)], text).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("PDF, JPG") && refused.body.contains(&code), "{}", refused.body);
        common::forms::refused_as_infected(&app, &attach, "", &[("t", &secret)], "tep").await;
        let stranger_file =
            common::forms::post_multipart(&app, &attach, "", &[("t", &wrong)], &[("tep", "a.pdf", PDF)]).await;
        assert_eq!(stranger_file.status, StatusCode::NOT_FOUND);
        for n in 1..=3 {
            let name = format!("bien-nhan-{n}.pdf");
            let added =
                common::forms::post_multipart(&app, &attach, "", &[("t", &secret)], &[("tep", &name, PDF)]).await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        let fourth =
            common::forms::post_multipart(&app, &attach, "", &[("t", &secret)], &[("tep", "d.pdf", PDF)]).await;
        assert_eq!(fourth.status, StatusCode::UNPROCESSABLE_ENTITY, "three at most");

        // The desk sees it with its time limit and gives it to the ward.
        let desk = officer(&app, "phananh@demo.sonla.vn").await;
        let (status, queue) = app.get_with("/can-bo/phan-anh", &[("cookie", &desk)]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(queue.contains(&code) && queue.contains("Trong hạn"), "{queue}");
        let id = id_of(&app, &code).await;
        let detail = format!("/can-bo/phan-anh/{id}");
        let (_, page) = app.get_with(&detail, &[("cookie", &desk)]).await;
        assert!(page.contains("bien-nhan-1.pdf"), "the desk sees the files: {page}");
        let link =
            page.split(&format!("/can-bo/phan-anh/{id}/tep/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
        let file = format!("/can-bo/phan-anh/{id}/tep/{link}");
        let response = app
            .request(axum::http::Request::get(&file).header("cookie", &desk).body(axum::body::Body::empty()).unwrap())
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "application/pdf");
        // The daily collection keeps a feedback's files (they are held by it).
        let later = shared::time::now() + chrono::Duration::days(30);
        server::services::dossier::orphans::collect(&app.state.db, &app.state.store, later).await.unwrap();
        let again = app.get_with(&file, &[("cookie", &desk)]).await;
        assert_eq!(again.0, StatusCode::OK, "still there after the collection");
        // An agency's leader cannot do the desk's work, nor see what is not theirs yet.
        let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
        assert_eq!(app.get_with(&detail, &[("cookie", &leader)]).await.0, StatusCode::NOT_FOUND);
        let assigned = app
            .post_form(&detail, &[("hanh_dong", "chuyen"), ("loai", "phan_anh"), ("co_quan", DEMO_AGENCY)], &desk)
            .await;
        assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
        assert_eq!(stored(&app).await.1.as_deref(), Some("da_chuyen"));

        // Another agency's leader finds nothing; the ward's leader answers, publicly.
        let stranger = officer(&app, "lanhdao.catinh@demo.sonla.vn").await;
        assert_eq!(app.get_with(&detail, &[("cookie", &stranger)]).await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.get_with(&file, &[("cookie", &stranger)]).await.0, StatusCode::NOT_FOUND, "nor its files");
        let meddling = app.post_form(&detail, &[("hanh_dong", "tra_loi"), ("tra_loi", "x")], &stranger).await;
        assert_eq!(meddling.status, StatusCode::NOT_FOUND);
        let (_, queue) = app.get_with("/can-bo/phan-anh", &[("cookie", &leader)]).await;
        assert!(queue.contains(&code), "given to the ward: {queue}");
        let empty = app.post_form(&detail, &[("hanh_dong", "tra_loi"), ("tra_loi", "  ")], &leader).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "an answer needs its text");
        let answer = "Bộ phận một cửa đã bổ sung số trực 0212 3852 111 và liên hệ lại với bà.";
        let answered =
            app.post_form(&detail, &[("hanh_dong", "tra_loi"), ("tra_loi", answer), ("cong_khai", "1")], &leader).await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
        let (subject, body) = app.latest_mail_to(SENDER).await.unwrap();
        assert!(subject.contains(&code) && body.contains("bổ sung số trực"), "{subject}\n{body}");

        // The desk publishes it: personal data removed, the sender by initials.
        let (_, before) = app.get("/phan-anh").await;
        assert!(!before.contains("Không liên lạc được"), "not before it is published");
        assert_eq!(app.post_form(&detail, &[("hanh_dong", "cong_khai")], &desk).await.status, StatusCode::SEE_OTHER);
        let (_, public) = app.get("/phan-anh").await;
        assert!(public.contains("Không liên lạc được bộ phận một cửa") && public.contains("N. T. H."), "{public}");
        assert!(!public.contains("0912 345 678") && !public.contains("Nguyễn Thị Hoa") && !public.contains(SENDER));
        assert!(public.contains("[đã ẩn]"), "{public}");

        // The sender rates the answer (with their link's secret; without it, nothing).
        let anonymous = app.post_form(&format!("/phan-anh/{code}/danh-gia"), &[("muc_do", "hai_long")], "").await;
        assert_eq!(anonymous.status, StatusCode::NOT_FOUND);
        let rated = app
            .post_form(&format!("/phan-anh/{code}/danh-gia"), &[("t", &secret), ("muc_do", "khong_hai_long")], "")
            .await;
        assert_eq!(rated.status, StatusCode::SEE_OTHER);
        assert_eq!(stored(&app).await.3.as_deref(), Some("khong_hai_long"));
        // The same rating again writes nothing more.
        let ratings = |app: &TestApp| {
            let db = app.state.db.clone();
            async move {
                db.run(|conn| {
                    use server::db::schema::feedback_events;
                    Ok(feedback_events::table
                        .filter(feedback_events::action.eq("danh_gia"))
                        .count()
                        .get_result::<i64>(conn)?)
                })
                .await
                .unwrap()
            }
        };
        let once = ratings(&app).await;
        let again = app
            .post_form(&format!("/phan-anh/{code}/danh-gia"), &[("t", &secret), ("muc_do", "khong_hai_long")], "")
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert_eq!((once, ratings(&app).await), (1, 1));

        // Indicators 5.2 and 5.3 count it: handled on time, but the sender is not satisfied.
        let (_, json) = app.get("/thong-ke.json").await;
        let data: serde_json::Value = serde_json::from_str(&json).unwrap();
        let ratio = |code: &str| {
            let m = data["report"]["indicators"].as_array().unwrap().iter().find(|m| m["indicator"] == code).unwrap();
            (m["ratio"]["met"].as_u64().unwrap(), m["ratio"]["of"].as_u64().unwrap())
        };
        assert_eq!((ratio("5.2"), ratio("5.3")), ((1, 1), (0, 1)));

        // A reception officer has no feedback queue.
        let reception = officer(&app, "motcua@demo.sonla.vn").await;
        assert_eq!(app.get_with("/can-bo/phan-anh", &[("cookie", &reception)]).await.0, StatusCode::FORBIDDEN);
    }
);

both_backends!(a_signed_in_citizens_feedback_is_received_at_once_and_is_theirs_only, |backend: Backend| async move {
    let app = seeded(backend).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (_, form) = app.get_with("/phan-anh/gui", &[("cookie", &citizen)]).await;
    assert!(form.contains("Lò Thị Demo"), "the account's name filled in: {form}");
    let mut posted = fields("Đề nghị mở quầy thứ Bảy", "Đề nghị bộ phận một cửa phường mở thêm buổi sáng thứ Bảy.");
    posted.retain(|(k, _)| !matches!(*k, "ho_ten" | "email"));
    posted.push(("ho_ten", "Lò Thị Demo"));
    posted.push(("email", DEMO_CITIZEN.email));
    let sent = app.post_form("/phan-anh/gui", &posted, &citizen).await;
    let location = sent.location.clone().unwrap_or_default();
    assert!(location.starts_with("/phan-anh/PA-") && location.ends_with("?da_gui=1"), "{location}: {}", sent.body);
    assert_eq!(stored(&app).await.1.as_deref(), Some("moi"), "received at once");
    let page = location.trim_end_matches("?da_gui=1").to_owned();
    let (status, mine) = app.get_with(&page, &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(mine.contains("Đề nghị mở quầy thứ Bảy"), "{mine}");
    // Another address typed in the form: the feedback and its mails stay the account's.
    let mut posted = fields("Đề nghị thêm chỗ để xe", "Đề nghị bộ phận một cửa phường bố trí thêm chỗ để xe máy.");
    posted.retain(|(k, _)| *k != "email");
    posted.push(("email", "victim@example.vn"));
    let sent = app.post_form("/phan-anh/gui", &posted, &citizen).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert!(app.latest_mail_to("victim@example.vn").await.is_none(), "nothing mailed to the typed address");
    let email: String = app
        .state
        .db
        .run(|conn| Ok(feedback::table.order(feedback::id.desc()).select(feedback::sender_email).first(conn)?))
        .await
        .unwrap();
    assert_eq!(email, DEMO_CITIZEN.email);
    let other = session_of(&app, DEMO_MEMBER.email).await;
    assert_eq!(app.get_with(&page, &[("cookie", &other)]).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&page).await.0, StatusCode::NOT_FOUND);
});

both_backends!(neither_a_flood_of_feedback_nor_of_mail_to_one_address_goes_through, |backend: Backend| async move {
    let app = seeded(backend).await;
    let content = "Một nội dung phản ánh đủ dài để được nhận.";
    // Mail to one address: three confirmations a day, then nothing is kept or sent.
    for n in 1..=3 {
        let sent = app.post_form("/phan-anh/gui", &fields(&format!("Lần {n}"), content), "").await;
        assert_eq!(sent.location.as_deref(), Some("/phan-anh/gui?da_gui=1"), "{n}");
    }
    let fourth = app.post_form("/phan-anh/gui", &fields("Lần 4", content), "").await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(stored(&app).await.0, 3);
    // From one network: five an hour, whatever the address.
    let other = |n: u32| {
        let mut f = fields("Khác", content);
        f.retain(|(k, _)| *k != "email");
        (f, format!("nguoi{n}@example.vn"))
    };
    let (mut f, address) = other(5);
    f.push(("email", &address));
    assert_eq!(app.post_form("/phan-anh/gui", &f, "").await.status, StatusCode::SEE_OTHER, "the fifth");
    let (mut f, address) = other(6);
    f.push(("email", &address));
    assert_eq!(app.post_form("/phan-anh/gui", &f, "").await.status, StatusCode::TOO_MANY_REQUESTS, "the sixth");
    assert_eq!(stored(&app).await.0, 4);
});

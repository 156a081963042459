//! Online filing through the real handlers, on SQLite and PostgreSQL: a birth registration with
//! two documents from draft to dossier code; what is refused (incomplete, bad files, other
//! people's dossiers); double and concurrent submissions; the public lookup.

use crate::common;

use axum::http::StatusCode;
use common::forms::post_multipart;
use common::people::{birth_fields, person, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::seed::accounts::{DEMO_CITIZEN, DEMO_MEMBER};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

async fn new_draft(app: &TestApp, session: &str, code: &str) -> i64 {
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", code)], session).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    created.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap()
}

async fn count(app: &TestApp, table: &'static str) -> i64 {
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    app.state
        .db
        .run(move |conn| Ok(diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")).get_result::<N>(conn)?.n))
        .await
        .unwrap()
}

both_backends!(a_citizen_files_a_birth_registration, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let (_, procedure) = app.get("/thu-tuc/1.001193").await;
    assert!(procedure.contains("Nộp trực tuyến"));
    let id = new_draft(&app, &session, "1.001193").await;

    // The draft is prefilled from the account (its first section's step).
    let (status, page) = app.get_with(&format!("/ho-so/{id}?buoc=1"), &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("value=\"Lò Thị Demo\"") && page.contains("value=\"014190000001\""), "prefilled");

    // Submitting an empty form: every problem, nothing submitted.
    let refused =
        post_multipart(&app, &format!("/ho-so/{id}"), &session, &[("hanh_dong", "nop"), ("f.cam_doan", "")], &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains("Nhập họ, chữ đệm, tên."), "{}", refused.body);
    assert!(refused.body.contains("Còn thiếu giấy tờ"));
    // Shown on the check page: the title says so first; each problem links to its input on its
    // step's page and asks as its kind is answered.
    assert!(refused.body.contains("<title>Lỗi: Bản nháp: Đăng ký khai sinh</title>"), "{}", refused.body);
    let link = |step: u8, anchor: &str, text: &str| {
        format!(r#"<a href="/ho-so/{id}?buoc={step}&amp;loi=1#{anchor}" rel="external">{text}</a>"#)
    };
    assert!(refused.body.contains(&link(2, "f-ho_ten_tre", "Nhập họ, chữ đệm, tên.")));
    assert!(refused.body.contains(&link(2, "f-gioi_tinh", "Chọn giới tính.")));
    assert!(refused.body.contains(&link(2, "f-ngay_sinh_tre", "Nhập ngày, tháng, năm sinh.")));
    assert!(refused.body.contains(">Xác nhận lời cam đoan.</a>"), "the declaration box");
    let (_, step) = app.get_with(&format!("/ho-so/{id}?buoc=2&loi=1"), &[("cookie", &session)]).await;
    assert!(step.contains(r#"<fieldset id="f-gioi_tinh""#), "the radio's anchor: {step}");
    assert!(step.contains(r#"id="f-gioi_tinh-error""#), "its problem under it");
    assert_eq!(count(&app, "dossier_events").await, 0);

    // Fields and two documents saved, then submitted (after an infected document is refused).
    let mut fields = birth_fields();
    fields.push(("hanh_dong", "luu"));
    common::forms::refused_as_infected(&app, &format!("/ho-so/{id}"), &session, &fields, "tep.2").await;
    let saved = post_multipart(
        &app,
        &format!("/ho-so/{id}"),
        &session,
        &fields,
        &[("tep.2", "giay-chung-sinh.pdf", PDF), ("tep.6", "../../cccd me.png", PNG)],
    )
    .await;
    assert_eq!(saved.location.as_deref(), Some(format!("/ho-so/{id}?da_luu=1").as_str()), "{}", saved.body);
    let (_, page) = app.get_with(&format!("/ho-so/{id}?buoc=giay-to"), &[("cookie", &session)]).await;
    assert!(page.contains("giay-chung-sinh.pdf") && page.contains("cccd me.png"), "names kept as display text");
    assert!(!page.contains("../"), "no path in a display name");

    // A browser posts every field again with the button pressed.
    let mut submit = birth_fields();
    submit.push(("hanh_dong", "nop"));
    let submitted = post_multipart(&app, &format!("/ho-so/{id}"), &session, &submit, &[]).await;
    assert_eq!(submitted.location.as_deref(), Some(format!("/ho-so/{id}?da_nop=1").as_str()), "{}", submitted.body);
    let (_, page) = app.get_with(&format!("/ho-so/{id}?da_nop=1"), &[("cookie", &session)]).await;
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).format("%y%m%d").to_string();
    let code = format!("000.01.50.H52-{today}-0001");
    assert!(page.contains(&code), "{page}");
    assert!(page.contains("Chờ tiếp nhận"));
    let (subject, _) = app.latest_mail_to(DEMO_CITIZEN.email).await.expect("confirmation mail");
    assert!(subject.contains(&code));

    // Submitting again changes nothing: the same dossier, the same code.
    let again = post_multipart(&app, &format!("/ho-so/{id}"), &session, &submit, &[]).await;
    assert_eq!(again.location.as_deref(), Some(format!("/ho-so/{id}?da_nop=1").as_str()));
    assert_eq!(app.state.services.filing.submit(&person(&app, DEMO_CITIZEN.email).await, id).await.unwrap(), code);
    assert_eq!(count(&app, "dossier_events").await, 1);

    // The public lookup: last four digits of the owner's ID number.
    let (status, json) = app.get(&format!("/api/v1/lookup?code={code}&check=0001")).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["status"], "ChoTiepNhan");
    assert_eq!(v["status_text"], "Chờ tiếp nhận", "as people read it");
    assert_eq!(v["procedure"], "Đăng ký khai sinh");
    assert!(!json.contains("Lò Thị Demo") && !json.contains("014190000001"), "no personal data: {json}");
    let (wrong, body_wrong) = app.get(&format!("/api/v1/lookup?code={code}&check=9999")).await;
    let (unknown, body_unknown) = app.get("/api/v1/lookup?code=000.01.50.H52-200101-0001&check=0001").await;
    assert_eq!((wrong, unknown), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(body_wrong, body_unknown, "a wrong check value and an unknown code look the same");
    let (status, page) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Chờ tiếp nhận"));
});

both_backends!(bad_files_are_refused_and_nothing_is_left, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let id = new_draft(&app, &session, "1.001193").await;
    let exe: &[u8] = b"MZ\x90\x00\x03 an executable named like a pdf";
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(21 * 1024 * 1024, b'x');
    let answer = post_multipart(
        &app,
        &format!("/ho-so/{id}"),
        &session,
        &[("hanh_dong", "luu")],
        &[("tep.2", "giay.pdf", exe), ("tep.6", "empty.pdf", b""), ("tep.8", "to.pdf", &big)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    assert!(answer.body.contains("không phải PDF, JPG hoặc PNG"), "{}", answer.body);
    assert!(answer.body.contains("Tệp rỗng"));
    assert!(answer.body.contains("vượt quá 20 MB"));
    assert_eq!(count(&app, "stored_files").await, 0, "no row for a refused file");
    let objects = walk(&app.db.dir.path().join("objects"));
    assert!(objects.is_empty(), "no object for a refused file: {objects:?}");
});

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.flatten().flat_map(|e| if e.path().is_dir() { walk(&e.path()) } else { vec![e.path()] }).collect()
}

both_backends!(nobody_else_reads_or_changes_a_dossier, |backend: Backend| async move {
    let app = seeded(backend).await;
    let owner = session_of(&app, DEMO_CITIZEN.email).await;
    let id = new_draft(&app, &owner, "1.001193").await;
    let mut fields = birth_fields();
    fields.push(("hanh_dong", "luu"));
    post_multipart(&app, &format!("/ho-so/{id}"), &owner, &fields, &[("tep.6", "cccd.pdf", PDF)]).await;
    let file_id: i64 = app
        .state
        .db
        .run(|conn| {
            Ok(server::db::schema::stored_files::table.select(server::db::schema::stored_files::id).first(conn)?)
        })
        .await
        .unwrap();

    // The business colleague: the draft is the citizen's own, not the business's.
    let other = session_of(&app, DEMO_MEMBER.email).await;
    let (status, _) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &other)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let changed =
        post_multipart(&app, &format!("/ho-so/{id}"), &other, &[("f.ho_ten_tre", "Kẻ Lạ"), ("hanh_dong", "luu")], &[])
            .await;
    assert_eq!(changed.status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_with(&format!("/tai-lieu/{file_id}"), &[("cookie", &other)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let deleted = app.post_form(&format!("/ho-so/{id}/xoa"), &[], &other).await;
    assert_eq!(deleted.status, StatusCode::NOT_FOUND);
    let (status, _) = app.get(&format!("/ho-so/{id}")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Unchanged for the owner, who can still read the file.
    let (_, page) = app.get_with(&format!("/ho-so/{id}?buoc=2"), &[("cookie", &owner)]).await;
    assert!(page.contains("value=\"Lò Văn An\"") && !page.contains("Kẻ Lạ"));
    let (status, body) = app.get_with(&format!("/tai-lieu/{file_id}"), &[("cookie", &owner)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.starts_with("%PDF-"));

    // Another draft reuses the stored file without uploading it again.
    let second = new_draft(&app, &owner, "1.001193").await;
    let (_, page) = app.get_with(&format!("/ho-so/{second}?buoc=giay-to"), &[("cookie", &owner)]).await;
    assert!(page.contains("name=\"dung_lai.6\"") && page.contains("cccd.pdf"), "the store is offered");
    let file_text = file_id.to_string();
    let reused = post_multipart(
        &app,
        &format!("/ho-so/{second}"),
        &owner,
        &[("dung_lai.6", &file_text), ("hanh_dong", "luu")],
        &[],
    )
    .await;
    assert_eq!(reused.status, StatusCode::SEE_OTHER, "{}", reused.body);
    assert_eq!(count(&app, "stored_files").await, 1, "no second copy");
    assert_eq!(count(&app, "dossier_documents").await, 2);
    // Someone else's file id cannot be reused.
    let stolen = post_multipart(
        &app,
        &format!("/ho-so/{second}"),
        &other,
        &[("dung_lai.6", &file_text), ("hanh_dong", "luu")],
        &[],
    )
    .await;
    assert_eq!(stolen.status, StatusCode::NOT_FOUND);

    // Filed for the business, the colleague sees it (but a stranger still does not).
    let mut for_business = birth_fields();
    let choice = format!("dn:{}", business_id(&app).await);
    for_business.retain(|(k, _)| *k != "chu_ho_so");
    for_business.push(("chu_ho_so", &choice));
    for_business.push(("hanh_dong", "nop"));
    let submitted = post_multipart(&app, &format!("/ho-so/{id}"), &owner, &for_business, &[]).await;
    assert_eq!(submitted.location.as_deref(), Some(format!("/ho-so/{id}?da_nop=1").as_str()), "{}", submitted.body);
    let (status, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &other)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Hợp tác xã Chè Demo Mộc Châu"), "the owner is the business");

    // The business space lists it, filters it, exports it.
    let business = business_id(&app).await;
    let code: String = app
        .state
        .db
        .run(move |conn| {
            use server::db::schema::dossiers;
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code.assume_not_null()).first(conn)?)
        })
        .await
        .unwrap();
    let (status, list) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so"), &[("cookie", &other)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains(&code));
    let (_, filtered) =
        app.get_with(&format!("/doanh-nghiep/{business}/ho-so?trang_thai=DaTiepNhan"), &[("cookie", &other)]).await;
    assert!(!filtered.contains(&code), "filtered out by status");
    let (_, by_name) =
        app.get_with(&format!("/doanh-nghiep/{business}/ho-so?thu_tuc=khai+sinh"), &[("cookie", &other)]).await;
    assert!(by_name.contains(&code), "found by the procedure's name without accents");
    let (status, csv) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so.csv"), &[("cookie", &other)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with("\u{feff}Mã hồ sơ,Thủ tục,Trạng thái,Cập nhật\r\n"), "{csv}");
    assert!(csv.contains(&format!("{code},Đăng ký khai sinh,Chờ tiếp nhận,")));
    // Not a member: nothing, as if there were no such business.
    let outsider = outsider_session(&app).await;
    let (status, _) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so.csv"), &[("cookie", &outsider)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so"), &[("cookie", &outsider)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

/// A signed-in citizen outside every business.
async fn outsider_session(app: &TestApp) -> String {
    let password = "mây trắng bay qua đèo Pha Đin";
    let form = [
        ("ho_ten", "Người Ngoài"),
        ("so_dinh_danh", "014085009999"),
        ("ngay_sinh", "1985-03-14"),
        ("email", "ngoai@example.vn"),
        ("dien_thoai", ""),
        ("mat_khau", password),
        ("nhap_lai_mat_khau", password),
    ];
    app.post_form("/dang-ky", &form, "").await;
    let (_, body) = app.latest_mail_to("ngoai@example.vn").await.expect("verification");
    app.get(&common::link_in(&body)).await;
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", "ngoai@example.vn"), ("mat_khau", password)], "").await;
    posted.set_cookies.iter().find(|c| c.starts_with("phien=")).unwrap().split(';').next().unwrap().to_owned()
}

async fn business_id(app: &TestApp) -> i64 {
    app.state
        .db
        .run(|conn| Ok(server::db::schema::businesses::table.select(server::db::schema::businesses::id).first(conn)?))
        .await
        .unwrap()
}

both_backends!(fifty_concurrent_submissions_get_fifty_consecutive_codes, |backend: Backend| async move {
    let app = seeded(backend).await;
    let actor = person(&app, DEMO_CITIZEN.email).await;
    let pairs: Vec<(String, String)> = birth_fields().into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    let mut ids = Vec::new();
    for _ in 0..50 {
        let id = app.state.services.filing.create_draft(&actor, "1.001193".to_owned()).await.unwrap();
        app.state.services.filing.save_posted(&actor, id, &pairs).await.unwrap();
        let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
        app.state.services.filing.upload(&actor, id, 6, "cccd.pdf", body).await.unwrap().unwrap();
        ids.push(id);
    }
    // Each draft submitted twice at once: 100 concurrent requests, 50 dossiers.
    let mut tasks = Vec::new();
    for id in ids.iter().chain(ids.iter()) {
        let (filing, actor, id) = (app.state.services.filing.clone(), actor.clone(), *id);
        tasks.push(tokio::spawn(async move { (id, filing.submit(&actor, id).await.unwrap()) }));
    }
    let mut by_id = std::collections::BTreeMap::new();
    for t in tasks {
        let (id, code) = t.await.unwrap();
        let first = by_id.entry(id).or_insert_with(|| code.clone());
        assert_eq!(*first, code, "both submissions of one draft answer the same code");
    }
    let mut numbers: Vec<u32> = by_id.values().map(|c| c.rsplit('-').next().unwrap().parse().unwrap()).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=50).collect::<Vec<_>>(), "distinct, consecutive, no gaps");
});

both_backends!(the_lookup_is_rate_limited_per_address, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let mut statuses = Vec::new();
    for _ in 0..22 {
        let (status, _) = app.get("/api/v1/lookup?code=000.01.50.H52-200101-0001&check=0001").await;
        statuses.push(status);
    }
    assert!(statuses[..20].iter().all(|s| *s == StatusCode::NOT_FOUND));
    assert_eq!(statuses[21], StatusCode::TOO_MANY_REQUESTS);
});

both_backends!(wrong_check_values_are_counted_per_code_whoever_sends_them, |backend: Backend| async move {
    use app::api::filing::LookupOutcome;
    let app = seeded(backend).await;
    let demo = server::seed::dossiers::seed_demo_dossiers(&app.state).await.unwrap().expect("the demo dossier");
    let wrong = if demo.check == "9999" { "0000" } else { "9999" };
    // A guesser spread over many networks: each client stays under its own limit.
    for i in 0..server::services::filing::WRONG_CHECKS_PER_HOUR {
        let answer =
            app.state.services.filing.lookup(demo.code.clone(), wrong.to_owned(), format!("10.0.{i}.1")).await.unwrap();
        assert!(matches!(answer, LookupOutcome::NotFound));
    }
    let right =
        app.state.services.filing.lookup(demo.code.clone(), demo.check.clone(), "10.9.9.9".to_owned()).await.unwrap();
    assert!(matches!(right, LookupOutcome::RateLimited), "the code's lookups pause for the hour");
});

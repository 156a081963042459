//! The one-stop back office with real roles, on SQLite and PostgreSQL: a submitted birth
//! registration is sent back for a supplement, supplemented, accepted with an appointment,
//! handed to the unit, proposed, approved and returned; refusals by status, role and version.

mod common;

use axum::http::StatusCode;
use common::people::{birth_pairs, officer, person, seeded};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossier_pauses, dossiers};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

async fn citizen_session(app: &TestApp) -> String {
    common::people::session_of(app, DEMO_CITIZEN.email).await
}

/// A submitted birth registration of the demo citizen; returns (id, code).
async fn submitted(app: &TestApp) -> (i64, String) {
    let me = person(app, DEMO_CITIZEN.email).await;
    let id = app.state.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.filing.save_posted(&me, id, &birth_pairs()).await.unwrap();
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.filing.upload(&me, id, 6, "cccd.pdf", body).await.unwrap().unwrap();
    let code = app.state.filing.submit(&me, id).await.unwrap();
    (id, code)
}

/// A submitted criminal-record request, handled by the provincial police, not the ward.
async fn other_agency_dossier(app: &TestApp) -> i64 {
    let me = person(app, DEMO_CITIZEN.email).await;
    let id = app.state.filing.create_draft(&me, "3.000333".to_owned()).await.unwrap();
    let pairs: Vec<(String, String)> = [
        ("chu_ho_so", "ban_than"),
        ("f.ho_ten", "Lò Thị Demo"),
        ("f.gioi_tinh", "nu"),
        ("f.ngay_sinh", "1990-05-19"),
        ("f.noi_sinh", "Sơn La"),
        ("f.quoc_tich", "Việt Nam"),
        ("f.dan_toc", "Thái"),
        ("f.so_dinh_danh", "014190000001"),
        ("f.noi_thuong_tru", "Bản Hụm"),
        ("f.xa_thuong_tru", "03670"),
        ("g.cu_tru.0.tu", "05/2004"),
        ("g.cu_tru.0.noi", "Sơn La"),
        ("f.loai_phieu", "1"),
        ("f.muc_dich", "Xin việc"),
        ("f.so_luong", "1"),
        ("f.cam_doan", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    app.state.filing.save_posted(&me, id, &pairs).await.unwrap();
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.filing.upload(&me, id, 2, "cccd.pdf", body).await.unwrap().unwrap();
    app.state.filing.submit(&me, id).await.unwrap();
    id
}

async fn version(app: &TestApp, id: i64) -> String {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::version).first::<i32>(conn)?)
        })
        .await
        .unwrap()
        .to_string()
}

async fn act(app: &TestApp, session: &str, id: i64, action: &str, extra: &[(&str, &str)]) -> common::Posted {
    let v = version(app, id).await;
    let mut fields = vec![("hanh_dong", action), ("phien_ban", v.as_str())];
    fields.extend_from_slice(extra);
    app.post_form(&format!("/can-bo/ho-so/{id}"), &fields, session).await
}

async fn status(app: &TestApp, id: i64) -> String {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::status).first::<String>(conn)?)
        })
        .await
        .unwrap()
}

both_backends!(a_dossier_goes_through_the_back_office, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, code) = submitted(&app).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;

    // The reception queue of the ward has it; a dossier of another agency is out of reach.
    let (status_code, queue) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    assert_eq!(status_code, StatusCode::OK, "{queue}");
    assert!(queue.contains(&code), "{queue}");
    let elsewhere = other_agency_dossier(&app).await;
    let not_ours = act(&app, &reception, elsewhere, "tiep_nhan", &[]).await;
    assert_eq!(not_ours.status, StatusCode::NOT_FOUND);
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    assert_eq!(queue.matches("<tr>").count(), 2, "a header row and this dossier only");

    // The officer sees the actions open now, with the version.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(page.contains("value=\"tiep_nhan\"") && page.contains("value=\"yeu_cau_bo_sung\""), "{page}");
    assert!(!page.contains("value=\"phe_duyet\""), "not reception's move");

    // A supplement request needs its items; it pauses the clock and tells the citizen.
    let empty = act(&app, &reception, id, "yeu_cau_bo_sung", &[("ghi_chu", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let asked =
        act(&app, &reception, id, "yeu_cau_bo_sung", &[("ghi_chu", "Bản sao giấy chứng sinh — bản hiện có bị mờ")])
            .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert_eq!(status(&app, id).await, "YeuCauBoSung");
    let (subject, body) = app.latest_mail_to(DEMO_CITIZEN.email).await.unwrap();
    assert!(subject.contains(&code) && body.contains("bản hiện có bị mờ"));
    // And an in-app notice, until marked read.
    let citizen_early = citizen_session(&app).await;
    let (_, mine) = app.get_with("/ho-so", &[("cookie", &citizen_early)]).await;
    assert!(mine.contains(&format!("Hồ sơ {code}: Yêu cầu bổ sung")), "{mine}");
    let read = app.post_form("/ho-so/da-doc", &[], &citizen_early).await;
    assert_eq!(read.location.as_deref(), Some("/ho-so"));
    let (_, mine) = app.get_with("/ho-so", &[("cookie", &citizen_early)]).await;
    assert!(!mine.contains("Thông báo mới"));

    // The citizen supplements under the same code.
    let citizen = citizen_session(&app).await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Nộp bổ sung") && page.contains("bản hiện có bị mờ"), "{page}");
    let me = person(&app, DEMO_CITIZEN.email).await;
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.filing.upload(&me, id, 2, "giay-chung-sinh-ro.pdf", body).await.unwrap().unwrap();
    assert_eq!(app.state.filing.submit(&me, id).await.unwrap(), code, "the same code");
    assert_eq!(status(&app, id).await, "DaBoSung");
    let open_pauses: i64 = app
        .state
        .db
        .run(move |conn| {
            Ok(dossier_pauses::table
                .filter(dossier_pauses::dossier_id.eq(id))
                .filter(dossier_pauses::paused_to.is_null())
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(open_pauses, 0, "the clock runs again");

    // A stale form (an officer who saw an older version) is refused cleanly.
    let stale = app
        .post_form(&format!("/can-bo/ho-so/{id}"), &[("hanh_dong", "tiep_nhan"), ("phien_ban", "1")], &reception)
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("tải lại trang"));
    // The leader may not receive; a specialist does not even see a dossier not yet in their unit.
    let wrong = act(&app, &leader, id, "tiep_nhan", &[]).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let unseen = act(&app, &specialist, id, "tiep_nhan", &[]).await;
    assert_eq!(unseen.status, StatusCode::NOT_FOUND);

    // Accepted: the appointment is set.
    assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    let due: Option<chrono::NaiveDateTime> = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::due_at).first(conn)?))
        .await
        .unwrap();
    assert!(due.is_some_and(|d| d > chrono::Utc::now().naive_utc() - chrono::Duration::hours(1)), "appointment set");

    // The receipt (Mẫu 01): a PDF whose text carries the Vietnamese strings intact.
    let receipt = app
        .request(
            axum::http::Request::get(format!("/ho-so/{id}/giay-tiep-nhan.pdf"))
                .header("cookie", &citizen)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(receipt.status(), StatusCode::OK);
    assert_eq!(receipt.headers()["content-type"], "application/pdf");
    let bytes = http_body_util::BodyExt::collect(receipt.into_body()).await.unwrap().to_bytes();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    let text = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect::<String>();
    for expected in [
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        code.as_str(),
        "Lò Thị Demo",
        "Đăng ký khai sinh",
        "Thời gian trả kết quả",
        "Cầm Thị Một Cửa",
    ] {
        assert!(text.contains(expected), "{expected:?} in the receipt: {text}");
    }
    let outsider = app
        .request(
            axum::http::Request::get(format!("/ho-so/{id}/giay-tiep-nhan.pdf"))
                .header("cookie", &specialist)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(outsider.status(), StatusCode::NOT_FOUND, "a specialist outside the unit gets nothing");

    // Handed to Tư pháp – Hộ tịch, proposed, sent back, proposed, approved, returned.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    let unit = page.split("<option value=\"").skip(1).find_map(|s| {
        let (value, rest) = s.split_once("\">")?;
        rest.starts_with("Tư pháp – Hộ tịch").then(|| value.to_owned())
    });
    let unit = unit.expect("the unit is offered");
    assert_eq!(act(&app, &reception, id, "chuyen_xu_ly", &[("don_vi", &unit)]).await.status, StatusCode::SEE_OTHER);
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &specialist)]).await;
    assert!(queue.contains(&code), "in the unit's queue");
    assert_eq!(
        act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đủ điều kiện, đề nghị cấp")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        act(&app, &leader, id, "tra_lai", &[("ghi_chu", "Kiểm tra lại nơi sinh")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đã kiểm tra")]).await.status,
        StatusCode::SEE_OTHER
    );
    let early = act(&app, &reception, id, "tra_ket_qua", &[]).await;
    assert_eq!(early.status, StatusCode::CONFLICT, "no result before approval");
    assert_eq!(act(&app, &leader, id, "phe_duyet", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "DaXuLyXong");
    // The result document goes into the citizen's store and onto the dossier.
    let attached = attach_result(&app, &reception, id, "giay-khai-sinh.pdf").await;
    assert_eq!(attached, StatusCode::SEE_OTHER);
    assert_eq!(act(&app, &reception, id, "tra_ket_qua", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "DaTraKetQua");
    assert_eq!(attach_result(&app, &reception, id, "muon.pdf").await, StatusCode::CONFLICT, "only while processed");

    // The citizen's timeline shows every status with its time; the lookup the final one.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Kết quả giải quyết") && page.contains("giay-khai-sinh.pdf"), "the result is shown");
    let (_, store) = app.get_with("/ho-so", &[("cookie", &citizen)]).await;
    assert!(store.contains("giay-khai-sinh.pdf"), "the result is in the citizen's document store");
    for label in [
        "Chờ tiếp nhận",
        "Yêu cầu bổ sung",
        "Đã bổ sung",
        "Đã tiếp nhận",
        "Đang xử lý",
        "Đã xử lý xong",
        "Đã trả kết quả",
    ] {
        assert!(page.contains(label), "{label} in the timeline");
    }
    assert!(!page.contains("Kiểm tra lại nơi sinh"), "internal notes stay with the officers");
    let (_, officer_page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &specialist)]).await;
    assert!(officer_page.contains("Kiểm tra lại nơi sinh"), "officers see the hand-overs");
    let (_, json) = app.get(&format!("/api/v1/lookup?code={code}&check=0001")).await;
    assert!(json.contains("\"status\":\"DaTraKetQua\""), "{json}");
});

both_backends!(the_citizen_withdraws_before_a_decision, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, _) = submitted(&app).await;
    let citizen = citizen_session(&app).await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Rút hồ sơ"));
    let stale = app.post_form(&format!("/ho-so/{id}/rut"), &[("phien_ban", "1")], &citizen).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the version the citizen saw is checked");
    let v = version(&app, id).await;
    let done = app.post_form(&format!("/ho-so/{id}/rut"), &[("phien_ban", &v)], &citizen).await;
    assert_eq!(done.location.as_deref(), Some(format!("/ho-so/{id}?da_rut=1").as_str()));
    assert_eq!(status(&app, id).await, "RutHoSo");
    // Over: reception cannot receive it any more, and it leaves the queue.
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::CONFLICT);
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(!page.contains("Rút hồ sơ"), "nothing to withdraw any more");
});

/// Posts a result PDF as the officer's browser would (CSRF token first, then the file).
async fn attach_result(app: &TestApp, session: &str, id: i64, name: &str) -> StatusCode {
    let boundary = "----portal-result-7d1f";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n", common::CSRF).as_bytes(),
    );
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(PDF);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = axum::http::Request::post(format!("/can-bo/ho-so/{id}/ket-qua"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .header("origin", "http://127.0.0.1:3000")
        .header("cookie", format!("csrf={}; {session}", common::CSRF))
        .body(axum::body::Body::from(body))
        .unwrap();
    app.request(request).await.status()
}

/// The text of a PDF the portal serves at `path` to `session` (NFC, as typed).
async fn pdf_text(app: &TestApp, path: &str, session: &str) -> (StatusCode, String) {
    let response = app
        .request(axum::http::Request::get(path).header("cookie", session).body(axum::body::Body::empty()).unwrap())
        .await;
    let status = response.status();
    let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    if status != StatusCode::OK {
        return (status, String::new());
    }
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    (status, unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect())
}

both_backends!(supplement_and_refusal_slips_are_printed, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, code) = submitted(&app).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let citizen = citizen_session(&app).await;
    let (status, _) = pdf_text(&app, &format!("/ho-so/{id}/phieu-bo-sung.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no request yet, no slip");
    let items = "Giấy chứng sinh — bản chụp bị mờ\nGiấy tờ tùy thân — đã hết hạn";
    assert_eq!(act(&app, &reception, id, "yeu_cau_bo_sung", &[("ghi_chu", items)]).await.status, StatusCode::SEE_OTHER);
    let (status, text) = pdf_text(&app, &format!("/ho-so/{id}/phieu-bo-sung.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::OK);
    for expected in [
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        code.as_str(),
        "Giấy chứng sinh — bản chụp bị mờ",
        "Giấy tờ tùy thân — đã hết hạn",
        "Cầm Thị Một Cửa",
    ] {
        assert!(text.contains(expected), "{expected:?}: {text}");
    }
    // A second dossier, refused with a reason.
    let (other, _) = submitted(&app).await;
    let reason = "Hồ sơ không thuộc thẩm quyền giải quyết của phường";
    assert_eq!(act(&app, &reception, other, "tu_choi", &[("ghi_chu", reason)]).await.status, StatusCode::SEE_OTHER);
    let (status, text) = pdf_text(&app, &format!("/ho-so/{other}/phieu-tu-choi.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text.contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ") && text.contains(reason), "{text}");
    // Nobody else prints them.
    let specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    let (status, _) = pdf_text(&app, &format!("/ho-so/{other}/phieu-tu-choi.pdf"), &specialist).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

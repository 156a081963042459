//! The one-stop back office with real roles, on SQLite and PostgreSQL: a submitted birth
//! registration is sent back for a supplement, supplemented, accepted with an appointment,
//! handed to the unit, proposed, approved and returned; refusals by status, role and version.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{act, pdf_text, version};
use common::people::{officer, person, seeded};
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
    common::dossiers::submitted_birth(app).await
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
    let elsewhere = common::dossiers::criminal_record(&app).await;
    let not_ours = act(&app, &reception, elsewhere, "tiep_nhan", &[]).await;
    assert_eq!(not_ours.status, StatusCode::NOT_FOUND);
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    assert_eq!(queue.matches("<tr>").count(), 2, "a header row and this dossier only");
    // The officer's filters: by status, by deadline.
    let (_, queue) = app.get_with("/can-bo?trang_thai=ChoTiepNhan", &[("cookie", &reception)]).await;
    assert!(queue.contains(&code), "{queue}");
    let (_, queue) = app.get_with("/can-bo?trang_thai=DaTiepNhan", &[("cookie", &reception)]).await;
    assert!(!queue.contains(&code));
    let (_, queue) = app.get_with("/can-bo?han=qua_han", &[("cookie", &reception)]).await;
    assert!(!queue.contains(&code), "not received yet: no appointment to be late for");

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
    // The same news in English after the Vietnamese: the status and the note's label translated.
    let english = body.split_once("— English —").map(|(_, en)| en).expect("an English part");
    assert!(english.contains(&format!("Application {code}")) && english.contains("Note:"), "{body}");
    // And an in-app notice, until marked read.
    let citizen_early = citizen_session(&app).await;
    let (_, mine) = app.get_with("/ho-so", &[("cookie", &citizen_early)]).await;
    assert!(mine.contains(&format!("Hồ sơ {code}: Yêu cầu bổ sung")), "{mine}");
    let in_english = format!("{citizen_early}; lang=en");
    let (_, mine_en) = app.get_with("/ho-so", &[("cookie", &in_english)]).await;
    // (The page's data carries both lines; the list shows the English one.)
    let shown = |line: &str| mine_en.contains(&format!(">{line}"));
    assert!(shown(&format!("Application {code}: ")) && !shown(&format!("Hồ sơ {code}:")), "{mine_en}");
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
    app.state.services.filing.upload(&me, id, 2, "giay-chung-sinh-ro.pdf", body).await.unwrap().unwrap();
    assert_eq!(app.state.services.filing.submit(&me, id).await.unwrap(), code, "the same code");
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
    assert!(due.is_some_and(|d| d > shared::time::now() - chrono::Duration::hours(1)), "appointment set");

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
    // One line of words: a heading may wrap in its column.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        code.as_str(),
        "Lò Thị Demo",
        "Đăng ký khai sinh",
        "Thời gian trả kết quả",
        "Cầm Thị Một Cửa",
        // The official layout: the national name and motto beside the issuer, place and date.
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
        // What Mẫu 01 must say: the address the form marks as the applicant's, the statutory
        // time limit, where the result goes, the fee, the register's volume and number, and
        // both signatures.
        "Địa chỉ: Bản Hụm, tổ 3",
        "Thời gian giải quyết hồ sơ theo quy định:",
        "5. Đăng ký nhận kết quả tại: Cổng Dịch vụ công (trực tuyến).",
        "6. Phí, lệ phí: không thu.",
        "Vào Sổ theo dõi hồ sơ, Quyển số:",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN",
        "(Ký, ghi rõ họ tên)",
    ] {
        assert!(text.contains(expected), "{expected:?} in the receipt: {text}");
    }
    let year = (shared::time::now() + chrono::Duration::hours(7)).format("%Y").to_string();
    assert!(text.contains(&format!("Quyển số: {year}, Số thứ tự: 1.")), "the agency's first this year: {text}");
    assert!(
        text.contains(&format!("tháng {}", (shared::time::now() + chrono::Duration::hours(7)).format("%m"))),
        "{text}"
    );
    // The appointment moved later (an extension): a reprint still shows the one issued.
    let issued = shared::time::formal(due.unwrap());
    let (_, printed) = pdf_text(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await;
    assert!(printed.contains(&issued), "{issued} in the receipt: {printed}");
    let moved = due.unwrap() + chrono::Duration::days(9);
    app.state
        .db
        .run(move |conn| {
            Ok(diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                .set(dossiers::due_at.eq(moved))
                .execute(conn)?)
        })
        .await
        .unwrap();
    let (_, reprint) = pdf_text(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await;
    assert!(reprint.contains(&issued) && !reprint.contains(&shared::time::formal(moved)), "{reprint}");
    let outsider = app
        .request(
            axum::http::Request::get(format!("/ho-so/{id}/giay-tiep-nhan.pdf"))
                .header("cookie", &specialist)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(outsider.status(), StatusCode::NOT_FOUND, "a specialist outside the unit gets nothing");

    // The workflow of the birth registration names its units: handed to Tư pháp – Hộ tịch
    // without a choice; a specialist of the unit takes it and proposes; the liên thông step
    // goes to the ward police's unit, another agency; the leader sends it back there, it comes
    // back, the leader approves; reception returns the result.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(!page.contains("name=\"don_vi\""), "the workflow names the unit");
    assert_eq!(act(&app, &reception, id, "chuyen_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &specialist)]).await;
    assert!(queue.contains(&code) && queue.contains("Thẩm định, ghi Sổ đăng ký khai sinh"), "in the unit's queue");
    let unclaimed = act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đủ điều kiện")]).await;
    assert_eq!(unclaimed.status, StatusCode::FORBIDDEN, "taken first, then proposed");
    assert_eq!(act(&app, &specialist, id, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đủ điều kiện, đề nghị cấp")]).await.status,
        StatusCode::SEE_OTHER
    );
    let police = officer(&app, "congan@demo.sonla.vn").await;
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &police)]).await;
    assert!(queue.contains(&code), "the other agency's unit has it in its queue: {queue}");
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &specialist)]).await;
    assert!(!queue.contains(&code), "it left the first unit");
    assert_eq!(act(&app, &police, id, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    let early = act(&app, &leader, id, "phe_duyet", &[]).await;
    assert_eq!(early.status, StatusCode::FORBIDDEN, "while at the police, the ward's leader has nothing to decide");
    assert_eq!(
        act(&app, &police, id, "de_xuat", &[("ghi_chu", "Đã đăng ký thường trú cho trẻ")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        act(&app, &leader, id, "tra_lai", &[("ghi_chu", "Kiểm tra lại nơi sinh")]).await.status,
        StatusCode::SEE_OTHER
    );
    // Back to the police officer who had it, without a new claim.
    assert_eq!(act(&app, &police, id, "de_xuat", &[("ghi_chu", "Đã kiểm tra")]).await.status, StatusCode::SEE_OTHER);
    let early = act(&app, &reception, id, "tra_ket_qua", &[]).await;
    assert_eq!(early.status, StatusCode::CONFLICT, "no result before approval");
    assert_eq!(act(&app, &leader, id, "phe_duyet", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "DaXuLyXong");
    // A file that is no PDF is refused on the dossier's page, by the form, in the officer's
    // language; nothing is attached.
    for (lang, reason) in [("vi", "không phải PDF, JPG hoặc PNG"), ("en", "is not PDF, JPG or PNG")] {
        let session = format!("{reception}; lang={lang}");
        let files: &[(&str, &str, &[u8])] = &[("tep", "ket-qua.pdf", b"not a pdf at all")];
        let path = format!("/can-bo/ho-so/{id}/ket-qua");
        let refused = common::forms::post_multipart(&app, &path, &session, &[], files).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains(reason) && refused.body.contains("tep-ket-qua-loi"), "{}", refused.body);
        assert!(refused.body.contains(&code), "the dossier's page again");
    }
    // An infected result is refused the same way, and nothing is kept.
    common::forms::refused_as_infected(&app, &format!("/can-bo/ho-so/{id}/ket-qua"), &reception, &[], "tep").await;
    // The result document goes into the citizen's store and onto the dossier.
    let attached = attach_result(&app, &reception, id, "giay-khai-sinh.pdf").await;
    assert_eq!(attached, StatusCode::SEE_OTHER);
    assert_eq!(act(&app, &reception, id, "tra_ket_qua", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "DaTraKetQua");
    // The facts Decision 766 reads: online, returned (and when), nothing paid online (free).
    let (channel, returned, paid_online): (i32, Option<chrono::NaiveDateTime>, i32) = app
        .state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq(id))
                .select((dossiers::channel, dossiers::returned_at, dossiers::paid_online))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!((channel, returned.is_some(), paid_online), (2, true, 0));
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
    let (_, officer_page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &leader)]).await;
    assert!(officer_page.contains("Kiểm tra lại nơi sinh"), "officers see the hand-overs");

    // The processing-control sheet (Mẫu 06): one row per stay at a step, with its timeliness.
    let tasks: i64 = app
        .state
        .db
        .run(move |conn| {
            use server::db::schema::dossier_tasks;
            Ok(dossier_tasks::table.filter(dossier_tasks::dossier_id.eq(id)).count().get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(tasks, 7, "counter, unit, police, leader, police again, leader again, counter");
    let (status_code, sheet) = pdf_text(&app, &format!("/ho-so/{id}/phieu-kiem-soat.pdf"), &reception).await;
    assert_eq!(status_code, StatusCode::OK);
    for expected in [
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        code.as_str(),
        "Thẩm định, ghi Sổ đăng ký khai sinh",
        "Đăng ký thường trú cho trẻ (liên thông)",
        "Công an phường Tô Hiệu",
        "Trả lại bước trước",
        "Lường Văn Chuyên Viên",
        "Sầm Văn Công An",
    ] {
        assert!(sheet.contains(expected), "{expected:?} in the control sheet: {sheet}");
    }
    assert!(["Trước hạn", "Đúng hạn", "Trễ hạn"].iter().any(|t| sheet.contains(t)), "{sheet}");
    let (status_code, _) = pdf_text(&app, &format!("/ho-so/{id}/phieu-kiem-soat.pdf"), &citizen).await;
    assert_eq!(status_code, StatusCode::NOT_FOUND, "the control sheet is the officers'");

    // The register (Mẫu 07) of the ward lists it, as PDF and as a spreadsheet.
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    let range = format!("tu={}&den={}", today - chrono::Duration::days(1), today + chrono::Duration::days(1));
    let (status_code, register) = pdf_text(&app, &format!("/can-bo/so-theo-doi.pdf?{range}"), &reception).await;
    assert_eq!(status_code, StatusCode::OK);
    assert!(register.contains("SỔ THEO DÕI HỒ SƠ") && register.contains(&code), "{register}");
    let (status_code, bytes) = common::dossiers::register_xlsx(&app, &reception).await;
    assert_eq!(status_code, StatusCode::OK);
    let strings = xlsx_strings(&bytes);
    assert!(strings.contains(&code) && strings.contains("Đăng ký khai sinh"), "{strings}");
    let (status_code, _) = pdf_text(&app, &format!("/can-bo/so-theo-doi.pdf?{range}"), &specialist).await;
    assert_eq!(status_code, StatusCode::FORBIDDEN, "a specialist does not print the agency's register");
    let admin = officer(&app, "quantricoquan@demo.sonla.vn").await;
    let (status_code, register) = pdf_text(&app, &format!("/can-bo/so-theo-doi.pdf?{range}"), &admin).await;
    assert_eq!(status_code, StatusCode::OK, "the agency's admin prints it too");
    assert!(register.contains(&code), "{register}");
    let (status_code, _) = pdf_text(
        &app,
        &format!("/can-bo/so-theo-doi.pdf?tu={today}&den={}", today - chrono::Duration::days(3)),
        &reception,
    )
    .await;
    assert_eq!(status_code, StatusCode::UNPROCESSABLE_ENTITY, "a range backwards");
    let (_, json) = app.get(&format!("/api/v1/lookup?code={code}&check=0001")).await;
    assert!(json.contains("\"status\":\"DaTraKetQua\""), "{json}");

    // The result's cover page carries its SHA-256 and the QR code to the public check, where
    // anyone holding the file can verify it without seeing it.
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(PDF))
    };
    let (status_code, cover) = pdf_text(&app, &format!("/ho-so/{id}/trang-bia-ket-qua.pdf"), &citizen).await;
    assert_eq!(status_code, StatusCode::OK);
    assert!(cover.contains("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH") && cover.contains(&sha), "{cover}");
    let (status_code, page) = app.get(&format!("/xac-thuc/{code}?sha256={sha}")).await;
    assert_eq!(status_code, StatusCode::OK);
    assert!(page.contains("Khớp: tệp này đúng là kết quả") && !page.contains("Lò Thị Demo"), "{page}");
    let other = "0".repeat(64);
    let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={other}")).await;
    assert!(page.contains("Không khớp"), "{page}");
    // Nothing is said about a code without a hash, nor whether a code that does not match exists.
    let (_, page) = app.get(&format!("/xac-thuc/{code}")).await;
    assert!(!page.contains("Công an") && !page.contains("Khớp") && !page.contains("Không khớp"), "{page}");
    let (_, unknown) = app.get(&format!("/xac-thuc/000.01.50.H52-261122-9999?sha256={other}")).await;
    assert!(unknown.contains("Không khớp"), "the same answer as a wrong hash: {unknown}");
    let uploaded =
        common::forms::post_multipart(&app, &format!("/xac-thuc/{code}/tep"), "", &[], &[("tep", "kq.pdf", PDF)]).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER);
    let location = uploaded.location.unwrap();
    assert!(location.ends_with(&format!("?sha256={sha}")), "{location}");
});

both_backends!(the_citizen_withdraws_before_a_decision, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, _) = submitted(&app).await;
    let citizen = citizen_session(&app).await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains(&format!(r#"href="/ho-so/{id}?rut=1#rut""#)), "a link to the confirmation, not a button");
    let (_, confirm) = app.get_with(&format!("/ho-so/{id}?rut=1"), &[("cookie", &citizen)]).await;
    assert!(confirm.contains("Rút hồ sơ này?") && confirm.contains(r#"name="ly_do""#), "{confirm}");
    let reason = ("ly_do", "Đã nộp nhầm thủ tục");
    let stale = app.post_form(&format!("/ho-so/{id}/rut"), &[("phien_ban", "1"), reason], &citizen).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the version the citizen saw is checked");
    let v = version(&app, id).await;
    let bare = app.post_form(&format!("/ho-so/{id}/rut"), &[("phien_ban", &v), ("ly_do", " ")], &citizen).await;
    assert_eq!(bare.location.as_deref(), Some(format!("/ho-so/{id}?rut=1&thieu_ly_do=1#rut").as_str()));
    assert_eq!(status(&app, id).await, "ChoTiepNhan", "not without a reason");
    let done = app.post_form(&format!("/ho-so/{id}/rut"), &[("phien_ban", &v), reason], &citizen).await;
    assert_eq!(done.location.as_deref(), Some(format!("/ho-so/{id}?da_rut=1").as_str()));
    assert_eq!(status(&app, id).await, "RutHoSo");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Đã nộp nhầm thủ tục"), "the reason is in the history");
    // Over: reception cannot receive it any more, and it leaves the queue.
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::CONFLICT);
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(!page.contains("Rút hồ sơ"), "nothing to withdraw any more");
});

/// Posts a result PDF as the officer's browser would (CSRF token first, then the file).
async fn attach_result(app: &TestApp, session: &str, id: i64, name: &str) -> StatusCode {
    let path = format!("/can-bo/ho-so/{id}/ket-qua");
    common::forms::post_multipart(app, &path, session, &[], &[("tep", name, PDF)]).await.status
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
    // While it waits, the ward's leader asks another unit's opinion (an internal line at the same
    // status): the applicant's slip still says what the counter asked, never the question.
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &leader)]).await;
    let form = page.split(&format!("action=\"/can-bo/ho-so/{id}/y-kien\"")).nth(1).expect("the question's form");
    let key = common::forms::key_in(form, "ma_gui");
    let unit: i64 = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::agency_units;
            Ok(agency_units::table.filter(agency_units::code.eq("HSNV")).select(agency_units::id).first(conn)?)
        })
        .await
        .unwrap();
    let (unit, question) = (unit.to_string(), "Câu hỏi nội bộ về giấy chứng sinh");
    let fields = [("ma_gui", key.as_str()), ("don_vi", unit.as_str()), ("so_ngay", "2"), ("noi_dung", question)];
    let asked = common::forms::post_multipart(&app, &format!("/can-bo/ho-so/{id}/y-kien"), &leader, &fields, &[]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let (_, text) = pdf_text(&app, &format!("/ho-so/{id}/phieu-bo-sung.pdf"), &citizen).await;
    assert!(text.contains("Giấy chứng sinh — bản chụp bị mờ") && text.contains("Cầm Thị Một Cửa"), "{text}");
    assert!(!text.contains(question) && !text.contains("Xin ý kiến"), "an internal line on the slip: {text}");
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
    let (_, page) = app.get_with(&format!("/ho-so/{other}"), &[("cookie", &citizen)]).await;
    assert!(page.contains(&format!("/ho-so/{other}/phieu-tu-choi.pdf")), "the slip is offered: {page}");
    // A third, refused on its merits by the leader after processing: no refusal slip (that is for
    // the counter's refusal); the reason is on its timeline.
    let (merits, _) = at_the_unit(&app, &reception).await;
    let police = officer(&app, "congan@demo.sonla.vn").await;
    for (session, action) in
        [(&specialist, "nhan_xu_ly"), (&specialist, "de_xuat"), (&police, "nhan_xu_ly"), (&police, "de_xuat")]
    {
        let done = act(&app, session, merits, action, &[("ghi_chu", "Đã xem xét")]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.body);
    }
    let why = "Người yêu cầu không đủ điều kiện theo quy định";
    let rejected = act(&app, &leader, merits, "tu_choi_giai_quyet", &[("ghi_chu", why)]).await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER, "{}", rejected.body);
    let (status, _) = pdf_text(&app, &format!("/ho-so/{merits}/phieu-tu-choi.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, page) = app.get_with(&format!("/ho-so/{merits}"), &[("cookie", &citizen)]).await;
    assert!(page.contains(why) && !page.contains("phieu-tu-choi.pdf"), "{page}");
    // It is answered in writing instead: the agency's answer with the reason, signed by the
    // leader who decided; the counter's refusal has no such answer.
    assert!(page.contains(&format!("/ho-so/{merits}/van-ban-tra-loi.pdf")), "the answer is offered: {page}");
    let (status, answer) = pdf_text(&app, &format!("/ho-so/{merits}/van-ban-tra-loi.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        answer.contains("VĂN BẢN TRẢ LỜI") && answer.contains(why) && answer.contains("THỦ TRƯỞNG CƠ QUAN"),
        "{answer}"
    );
    assert!(answer.contains("khiếu nại"), "the applicant's right to complain: {answer}");
    let (status, _) = pdf_text(&app, &format!("/ho-so/{other}/van-ban-tra-loi.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

/// The text cells of an XLSX file (its shared strings), to check what a spreadsheet shows.
fn xlsx_strings(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an XLSX is a zip archive");
    let mut xml = String::new();
    archive.by_name("xl/sharedStrings.xml").expect("shared strings").read_to_string(&mut xml).unwrap();
    xml
}

/// A birth registration accepted and handed over to Tư pháp – Hộ tịch; returns (id, code).
async fn at_the_unit(app: &TestApp, reception: &str) -> (i64, String) {
    let (id, code) = submitted(app).await;
    assert_eq!(act(app, reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(act(app, reception, id, "chuyen_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    (id, code)
}

both_backends!(the_unit_head_assigns_and_the_assignee_proposes, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (id, _) = at_the_unit(&app, &reception).await;
    let head = officer(&app, "truongphong@demo.sonla.vn").await;
    let specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &head)]).await;
    let chosen = page
        .split("<option value=\"")
        .skip(1)
        .find_map(|s| {
            let (value, rest) = s.split_once("\">")?;
            rest.starts_with("Lường Văn Chuyên Viên").then(|| value.to_owned())
        })
        .expect("the unit's specialists are offered to the head");
    // Someone outside the unit cannot be given the dossier.
    let police = person(&app, "congan@demo.sonla.vn").await;
    let outsider = police.account().unwrap().to_string();
    let refused = act(&app, &head, id, "phan_cong", &[("chuyen_vien", &outsider)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(act(&app, &head, id, "phan_cong", &[("chuyen_vien", &chosen)]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(act(&app, &specialist, id, "nhan_xu_ly", &[]).await.status, StatusCode::FORBIDDEN, "already assigned");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &specialist)]).await;
    assert!(page.contains("Lường Văn Chuyên Viên") && page.contains("value=\"de_xuat\""), "{page}");
    assert_eq!(
        act(&app, &specialist, id, "de_xuat", &[("ghi_chu", "Đủ điều kiện")]).await.status,
        StatusCode::SEE_OTHER
    );
    // Gone from the unit: the head cannot reassign it.
    assert_eq!(act(&app, &head, id, "phan_cong", &[("chuyen_vien", &chosen)]).await.status, StatusCode::NOT_FOUND);
});

async fn due_of(app: &TestApp, id: i64) -> chrono::NaiveDateTime {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq(id))
                .select(dossiers::due_at)
                .first::<Option<chrono::NaiveDateTime>>(conn)?)
        })
        .await
        .unwrap()
        .expect("an appointment")
}

/// The first working day (Monday to Friday, no calendar exception) at least `days` after `from`.
fn working_day_after(app_calendar: &[chrono::NaiveDate], from: chrono::NaiveDate, days: i64) -> chrono::NaiveDate {
    use chrono::Datelike;
    let mut d = from + chrono::Duration::days(days);
    while matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) || app_calendar.contains(&d) {
        d += chrono::Duration::days(1);
    }
    d
}

both_backends!(a_late_dossier_gets_one_apology_approved_by_the_leader, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (id, code) = at_the_unit(&app, &reception).await;
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
    let citizen = citizen_session(&app).await;
    let old_due = due_of(&app, id).await;
    let days_off: Vec<chrono::NaiveDate> = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::calendar_days;
            Ok(calendar_days::table.select(calendar_days::day).load(conn)?)
        })
        .await
        .unwrap();
    let old_day = (old_due + chrono::Duration::hours(7)).date();
    let new_day = working_day_after(&days_off, old_day, 3);
    let reason = "Cần xác minh thêm thông tin nơi sinh tại Trạm y tế";
    // A new appointment must come after the current one.
    let backwards =
        act(&app, &reception, id, "xin_loi", &[("ghi_chu", reason), ("han_moi", &old_day.to_string())]).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", backwards.body);
    let drafted = act(&app, &reception, id, "xin_loi", &[("ghi_chu", reason), ("han_moi", &new_day.to_string())]).await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER, "{}", drafted.body);
    assert_eq!(due_of(&app, id).await, old_due, "nothing changes before the leader approves");
    let (status_code, _) = pdf_text(&app, &format!("/ho-so/{id}/xin-loi.pdf"), &citizen).await;
    assert_eq!(status_code, StatusCode::NOT_FOUND, "no letter before approval");
    // Once per dossier.
    let again = act(&app, &reception, id, "xin_loi", &[("ghi_chu", reason), ("han_moi", &new_day.to_string())]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(act(&app, &reception, id, "duyet_xin_loi", &[]).await.status, StatusCode::FORBIDDEN, "the leader's");
    assert_eq!(act(&app, &leader, id, "duyet_xin_loi", &[]).await.status, StatusCode::SEE_OTHER);
    let new_due = due_of(&app, id).await;
    assert_eq!((new_due + chrono::Duration::hours(7)).date(), new_day);
    assert_eq!(act(&app, &leader, id, "duyet_xin_loi", &[]).await.status, StatusCode::CONFLICT, "approved once");
    let (subject, body) = app.latest_mail_to(DEMO_CITIZEN.email).await.unwrap();
    assert!(subject.contains(&code) && body.contains("hẹn lại"), "{subject}\n{body}");
    let (status_code, letter) = pdf_text(&app, &format!("/ho-so/{id}/xin-loi.pdf"), &citizen).await;
    assert_eq!(status_code, StatusCode::OK);
    for expected in
        ["VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ", code.as_str(), reason, "Hà Văn Lãnh Đạo"]
    {
        assert!(letter.contains(expected), "{expected:?}: {letter}");
    }
    // After the appointment has passed, no apology can be drafted any more.
    let (late, _) = at_the_unit(&app, &reception).await;
    app.state
        .db
        .run(move |conn| {
            diesel::update(dossiers::table.filter(dossiers::id.eq(late)))
                .set(dossiers::due_at.eq(shared::time::now() - chrono::Duration::hours(1)))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let too_late =
        act(&app, &reception, late, "xin_loi", &[("ghi_chu", reason), ("han_moi", &new_day.to_string())]).await;
    assert_eq!(too_late.status, StatusCode::CONFLICT);
    assert!(too_late.body.contains("quá ngày hẹn"), "{}", too_late.body);
});

both_backends!(the_leader_stops_or_rejects_with_a_printed_notice, |backend: Backend| async move {
    let app = seeded(backend).await;
    let leader = officer(&app, "lanhdao@demo.sonla.vn").await;
    let specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    let citizen = citizen_session(&app).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (stopped, code) = at_the_unit(&app, &reception).await;
    assert_eq!(act(&app, &specialist, stopped, "dung_xu_ly", &[("ghi_chu", "x")]).await.status, StatusCode::FORBIDDEN);
    let reason = "Người yêu cầu đề nghị dừng để bổ sung giấy tờ ở nước ngoài";
    assert_eq!(
        act(&app, &leader, stopped, "dung_xu_ly", &[("ghi_chu", "  ")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(act(&app, &leader, stopped, "dung_xu_ly", &[("ghi_chu", reason)]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, stopped).await, "DungXuLy");
    let (status_code, notice) = pdf_text(&app, &format!("/ho-so/{stopped}/dung-xu-ly.pdf"), &citizen).await;
    assert_eq!(status_code, StatusCode::OK);
    for expected in ["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", code.as_str(), reason, "Thẩm định, ghi Sổ đăng ký khai sinh"]
    {
        assert!(notice.contains(expected), "{expected:?}: {notice}");
    }
    // Rejected on the merits once at the leader's step.
    let (rejected, _) = at_the_unit(&app, &reception).await;
    assert_eq!(act(&app, &specialist, rejected, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        act(&app, &leader, rejected, "tu_choi_giai_quyet", &[("ghi_chu", "Sai thẩm quyền")]).await.status,
        StatusCode::CONFLICT,
        "not at the leader yet"
    );
    assert_eq!(
        act(&app, &specialist, rejected, "de_xuat", &[("ghi_chu", "Đề nghị từ chối")]).await.status,
        StatusCode::SEE_OTHER
    );
    let police = officer(&app, "congan@demo.sonla.vn").await;
    assert_eq!(act(&app, &police, rejected, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        act(&app, &police, rejected, "de_xuat", &[("ghi_chu", "Không đăng ký được thường trú")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        act(&app, &leader, rejected, "tu_choi_giai_quyet", &[("ghi_chu", "Sai thẩm quyền")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(status(&app, rejected).await, "TuChoi");
});

both_backends!(the_system_admin_edits_the_working_calendar, |backend: Backend| async move {
    let app = seeded(backend).await;
    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (status_code, page) = app.get_with("/quan-tri/lich?nam=2026", &[("cookie", &admin)]).await;
    assert_eq!(status_code, StatusCode::OK);
    assert!(page.contains("Quốc khánh") || page.contains("02/09/2026"), "the seeded holidays: {page}");
    // A provincial day off on Wednesday 2026-12-16 (a weekday), then a swap Saturday.
    let added = app
        .post_form(
            "/quan-tri/lich",
            &[("ngay", "2026-12-16"), ("loai", "off"), ("ghi_chu", "Nghỉ bù theo quyết định của tỉnh")],
            &admin,
        )
        .await;
    assert_eq!(added.location.as_deref(), Some("/quan-tri/lich?nam=2026"), "{}", added.body);
    let weekend_off = app
        .post_form("/quan-tri/lich", &[("ngay", "2026-12-19"), ("loai", "off"), ("ghi_chu", "Thứ Bảy")], &admin)
        .await;
    assert_eq!(weekend_off.status, StatusCode::UNPROCESSABLE_ENTITY, "a Saturday is already off");
    assert!(weekend_off.body.contains("Ngày nghỉ phải là ngày thường"), "the page again, with why");
    let no_note =
        app.post_form("/quan-tri/lich", &[("ngay", "2026-12-19"), ("loai", "working"), ("ghi_chu", " ")], &admin).await;
    assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
    let not_admin =
        app.post_form("/quan-tri/lich", &[("ngay", "2026-12-17"), ("loai", "off"), ("ghi_chu", "x")], &reception).await;
    assert_eq!(not_admin.status, StatusCode::FORBIDDEN);
    let (_, page) = app.get_with("/quan-tri/lich?nam=2026", &[("cookie", &admin)]).await;
    assert!(page.contains("16/12/2026 (thứ Tư)") && page.contains("Nghỉ bù theo quyết định của tỉnh"), "{page}");
    // The deadline engine reads it.
    let calendar = app.state.db.run(server::services::calendar::load_calendar).await.unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 16).unwrap();
    assert!(!calendar.is_working_day(day));
    let removed = app.post_form("/quan-tri/lich/xoa", &[("ngay", "2026-12-16")], &admin).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let calendar = app.state.db.run(server::services::calendar::load_calendar).await.unwrap();
    assert!(calendar.is_working_day(day));
    let (status_code, _) = app.get_with("/quan-tri/lich", &[("cookie", &reception)]).await;
    assert_eq!(status_code, StatusCode::FORBIDDEN);
});

both_backends!(the_queue_is_paged, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let mut codes = Vec::new();
    for _ in 0..51 {
        codes.push(submitted(&app).await.1);
    }
    let (_, first) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    assert_eq!(first.matches("<tr>").count(), 51, "a header row and 50 dossiers");
    assert!(first.contains(&codes[0]) && !first.contains(&codes[50]), "oldest first");
    assert!(first.contains("Trang sau") && !first.contains("Trang trước"));
    let (_, second) = app.get_with("/can-bo?trang=2", &[("cookie", &reception)]).await;
    assert_eq!(second.matches("<tr>").count(), 2);
    assert!(second.contains(&codes[50]) && second.contains("Trang trước") && !second.contains("Trang sau"));
    let (_, filtered) = app.get_with("/can-bo?trang_thai=ChoTiepNhan&trang=2", &[("cookie", &reception)]).await;
    assert!(filtered.contains("trang_thai=ChoTiepNhan&amp;trang=1"), "the pager keeps the filter: {filtered}");
});

both_backends!(
    a_refusal_is_confirmed_with_its_reason_and_a_missing_note_keeps_the_page,
    |backend: Backend| async move {
        let app = seeded(backend).await;
        let (id, _) = submitted(&app).await;
        let reception = officer(&app, "motcua@demo.sonla.vn").await;
        let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
        assert!(page.contains(r#"value="tiep_nhan" class="go""#), "going on looks apart from ending: {page}");
        let path = format!("/can-bo/ho-so/{id}");
        let v = version(&app, id).await;
        let post = |fields: Vec<(&'static str, String)>| {
            let (app, reception, path, v) = (&app, reception.clone(), path.clone(), v.clone());
            async move {
                let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                all.push(("phien_ban", v.as_str()));
                app.post_form(&path, &all, &reception).await
            }
        };
        // No reason: the page again, the problem on the note, nothing changed.
        let bare = post(vec![("hanh_dong", "tu_choi".into()), ("ghi_chu", "  ".into())]).await;
        assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bare.body.contains("Ghi lý do") && bare.body.contains(r##"href="#ghi_chu""##), "{}", bare.body);
        // A reason: asked to confirm, the reason shown, nothing changed yet.
        let reason = "Hồ sơ không thuộc thẩm quyền của phường";
        let asked = post(vec![("hanh_dong", "tu_choi".into()), ("ghi_chu", reason.into())]).await;
        assert_eq!(asked.status, StatusCode::OK);
        assert!(
            asked.body.contains("Xác nhận thao tác: Từ chối tiếp nhận") && asked.body.contains(reason),
            "{}",
            asked.body
        );
        assert!(asked.body.contains(r#"name="xac_nhan" value="1""#));
        assert_eq!(status(&app, id).await, "ChoTiepNhan");
        // Confirmed: refused.
        let done =
            post(vec![("hanh_dong", "tu_choi".into()), ("ghi_chu", reason.into()), ("xac_nhan", "1".into())]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(status(&app, id).await, "TuChoi");
    }
);

both_backends!(a_second_supplement_request_needs_its_reason_and_counts_as_late, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, code) = submitted(&app).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let asked = act(&app, &reception, id, "yeu_cau_bo_sung", &[("ghi_chu", "Giấy chứng sinh — bản chính")]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    // While the supplement is awaited the public lookup says the clock stands still.
    let (_, page) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(page.contains("thời hạn giải quyết tạm dừng"), "{page}");
    let me = person(&app, DEMO_CITIZEN.email).await;
    app.state.services.filing.submit(&me, id).await.unwrap();
    assert_eq!(status(&app, id).await, "DaBoSung");
    let (_, page) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(!page.contains("thời hạn giải quyết tạm dừng"));

    // Received and handed to the unit, whose specialist would ask again.
    assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(act(&app, &reception, id, "chuyen_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    let specialist = officer(&app, "chuyenvien@demo.sonla.vn").await;
    assert_eq!(act(&app, &specialist, id, "nhan_xu_ly", &[]).await.status, StatusCode::SEE_OTHER);
    // The page offers the reason's field, and the request needs it.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &specialist)]).await;
    assert!(page.contains(r#"name="ly_do_bo_sung_lai""#), "{page}");
    let unexplained = act(&app, &specialist, id, "yeu_cau_bo_sung", &[("ghi_chu", "Bản sao sổ hộ khẩu")]).await;
    assert_eq!(unexplained.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unexplained.body.contains("ghi lý do phải yêu cầu bổ sung thêm"), "{}", unexplained.body);
    assert_eq!(status(&app, id).await, "DangXuLy", "nothing changed");
    let reason = [("ghi_chu", "Bản sao sổ hộ khẩu"), ("ly_do_bo_sung_lai", "Luật mới yêu cầu từ hôm nay")];
    let explained = act(&app, &specialist, id, "yeu_cau_bo_sung", &reason).await;
    assert_eq!(explained.status, StatusCode::SEE_OTHER, "{}", explained.body);
    let asked: i32 = app
        .state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::supplement_requests).first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(asked, 2, "late for Decision 766 (shared::indicators::timeliness)");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &specialist)]).await;
    assert!(page.contains("Luật mới yêu cầu từ hôm nay"), "the reason on the history");
    assert!(page.contains("Quyết định 766 tính là trễ hạn"), "{page}");
});

//! Online fee payment (level 4) on SQLite and PostgreSQL, through the built-in sandbox gateway
//! reached over real HTTP (the portal is served on a local port): the whole payment, and every
//! hostile or faulty case of the protocol — forged signature, tampered amount, unknown order,
//! replayed notification, two notifications at once, a notification after expiry, a lost
//! notification found by reconciliation, an unreachable gateway, refunds larger than paid.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{act, criminal_record, notification, pdf_text};
use common::people::{officer, seeded_serving};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::config::payment::SANDBOX_SECRET;
use server::db::schema::{dossiers, payments, sandbox_transactions};
use server::seed::accounts::DEMO_CITIZEN;

const FEE: i64 = 200_000;

/// The provincial police's counter (the agency of the criminal record).
async fn police_reception(app: &TestApp) -> String {
    officer(app, "tiepnhan.catinh@demo.sonla.vn").await
}

/// Starts a payment as the citizen: the gateway URL's query (the signed request).
async fn start_payment(app: &TestApp, citizen: &str, id: i64) -> String {
    let started = app.post_form(&format!("/ho-so/{id}/thanh-toan"), &[], citizen).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let to = started.location.expect("to the gateway");
    assert!(to.contains("/cong-thanh-toan-thu/paymentv2/vpcpay.html?"), "{to}");
    to.split_once('?').unwrap().1.to_owned()
}

fn params(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(query).unwrap()
}

fn field(params: &[(String, String)], key: &str) -> String {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
}

async fn ipn(app: &TestApp, query: &str) -> String {
    let (status, body) = app.get(&format!("/api/v1/thanh-toan/vnpay/ipn?{query}")).await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    json["RspCode"].as_str().unwrap().to_owned()
}

async fn payment_state(app: &TestApp, txn_ref: &str) -> String {
    let txn_ref = txn_ref.to_owned();
    app.state
        .db
        .run(move |conn| {
            Ok(payments::table.filter(payments::txn_ref.eq(txn_ref)).select(payments::state).first(conn)?)
        })
        .await
        .unwrap()
}

both_backends!(a_fee_is_paid_through_the_sandbox_and_the_dossier_proceeds, |backend: Backend| async move {
    let app = seeded_serving(backend).await;
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let reception = police_reception(&app).await;
    let id = criminal_record(&app).await;

    // Waiting for payment: the counter cannot receive it yet.
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("200.000 đ") && page.contains("Thanh toán trực tuyến"), "{page}");
    let early = act(&app, &reception, id, "tiep_nhan", &[]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(early.body.contains("chưa thanh toán"), "{}", early.body);

    // To the sandbox gateway: its page checks the merchant's signature.
    let query = start_payment(&app, &citizen, id).await;
    let request = params(&query);
    assert_eq!(field(&request, "vnp_Amount"), "20000000", "đồng × 100");
    let twice = app.post_form(&format!("/ho-so/{id}/thanh-toan"), &[], &citizen).await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "one payment at a time: no double charge");
    let (status, gateway) = app.get(&format!("/cong-thanh-toan-thu/paymentv2/vpcpay.html?{query}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(gateway.contains("200.000 đ") && gateway.contains("Thanh toán thành công"), "{gateway}");
    let forged = query.replace("vnp_Amount=20000000", "vnp_Amount=100");
    let (status, _) = app.get(&format!("/cong-thanh-toan-thu/paymentv2/vpcpay.html?{forged}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a tampered request is refused by the gateway");

    // The payer pays; the gateway notifies the portal over HTTP, then sends the payer back, to
    // this portal only: the sandbox's secret is public, so a request re-signed with another
    // return address must not make the portal's origin an open redirect.
    let elsewhere: Vec<(String, String)> = request
        .iter()
        .filter(|(k, _)| k != "vnp_SecureHash")
        .map(|(k, v)| (k.clone(), if k == "vnp_ReturnUrl" { "https://evil.example/lay".to_owned() } else { v.clone() }))
        .collect();
    let resigned = server::services::payments::vnpay::signed_query(
        SANDBOX_SECRET,
        elsewhere.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let chosen = app
        .post_form(
            "/cong-thanh-toan-thu/paymentv2/xac-nhan",
            &[("yeu_cau", &resigned), ("ket_qua", "success")],
            &citizen,
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let back = chosen.location.unwrap();
    assert!(back.starts_with(&format!("{}/thanh-toan/ket-qua?", app.origin)), "{back}");
    let txn_ref = field(&request, "vnp_TxnRef");
    assert_eq!(payment_state(&app, &txn_ref).await, "paid", "the notification made it paid");
    let back_path = back.trim_start_matches(&app.origin).to_owned();
    let (status, _) = app.get_with(&back_path, &[("cookie", &citizen)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the return shows the dossier");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Đã thanh toán trực tuyến"), "{page}");
    let (status, receipt) = pdf_text(&app, &format!("/ho-so/{id}/bien-lai.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::OK);
    // What an e-receipt carries: the book's symbols and its number, the collecting agency, the
    // fee by its own name, the amount in figures and in words, the gateway's transaction.
    for expected in [
        "BIÊN LAI THU PHÍ, LỆ PHÍ",
        "Ký hiệu mẫu biên lai: 01BLP0-001",
        "Ký hiệu biên lai: DEMO-26E",
        "Số: 0000001",
        "Tên đơn vị thu:",
        "Phí cung cấp thông tin lý lịch tư pháp",
        "200.000 đ",
        "Số tiền bằng chữ: Hai trăm nghìn đồng.",
        txn_ref.as_str(),
    ] {
        assert!(receipt.contains(expected), "{expected:?} in {receipt}");
    }
    let signed = common::papers::fetched(&app, &format!("/ho-so/{id}/bien-lai.pdf"), &citizen).await;
    assert!(common::papers::pdfsig(&signed).contains("Signature is Valid"), "the e-receipt is signed");
    let (subject, _) = app.latest_mail_to(DEMO_CITIZEN.email).await.unwrap();
    assert!(subject.contains("đã thanh toán"), "{subject}");

    // Replayed, forged, tampered, unknown: answered by the protocol's codes, nothing changes.
    let replay = notification(SANDBOX_SECRET, &txn_ref, FEE, "00", "00");
    assert_eq!(ipn(&app, &replay).await, "02", "already confirmed");
    let failure_after = notification(SANDBOX_SECRET, &txn_ref, FEE, "51", "02");
    assert_eq!(ipn(&app, &failure_after).await, "02", "a paid payment is never downgraded");
    assert_eq!(payment_state(&app, &txn_ref).await, "paid");
    assert_eq!(ipn(&app, &notification("not the secret", &txn_ref, FEE, "00", "00")).await, "97");
    assert_eq!(ipn(&app, &notification(SANDBOX_SECRET, &txn_ref, 1_000, "00", "00")).await, "04");
    assert_eq!(ipn(&app, &notification(SANDBOX_SECRET, "P000000UNKNOWN", FEE, "00", "00")).await, "01");
    // A validly signed message with another order's reference put in front of it.
    let smuggled = format!("vnp_TxnRef=P000000OTHER&{}", notification(SANDBOX_SECRET, &txn_ref, FEE, "00", "00"));
    assert_eq!(ipn(&app, &smuggled).await, "97", "a key given twice is never trusted");
    // A forged return changes nothing: the payer lands on the dossier page, told it was ignored.
    let forged_back = notification("not the secret", &txn_ref, FEE, "00", "00");
    let response = app
        .request(
            axum::http::Request::get(format!("/thanh-toan/ket-qua?{forged_back}"))
                .header("cookie", &citizen)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    let back = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(back, format!("/ho-so/{id}?thanh_toan=sai"));
    let (_, page) = app.get_with(&back, &[("cookie", &citizen)]).await;
    assert!(page.contains("không hợp lệ (sai chữ ký)"), "{page}");
    // A cancelled payment says so.
    let cancelled = notification(SANDBOX_SECRET, &txn_ref, FEE, "24", "02");
    let response = app
        .request(
            axum::http::Request::get(format!("/thanh-toan/ket-qua?{cancelled}"))
                .header("cookie", &citizen)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.headers()["location"], format!("/ho-so/{id}?thanh_toan=huy").as_str());

    // Paid: the counter receives it now.
    assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    let paid_at: Option<chrono::NaiveDateTime> = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::paid_at).first(conn)?))
        .await
        .unwrap();
    assert!(paid_at.is_some());
});

both_backends!(notifications_race_expire_and_get_lost, |backend: Backend| async move {
    let app = seeded_serving(backend).await;
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;

    // Two notifications of one payment at once: exactly one confirms it.
    let id = criminal_record(&app).await;
    let txn_ref = field(&params(&start_payment(&app, &citizen, id).await), "vnp_TxnRef");
    let message = notification(SANDBOX_SECRET, &txn_ref, FEE, "00", "00");
    let (a, b) = tokio::join!(ipn(&app, &message), ipn(&app, &message));
    let mut answers = [a, b];
    answers.sort();
    assert_eq!(answers, ["00".to_owned(), "02".to_owned()]);

    // A success after the window closed (and after reconciliation found nothing) still counts.
    let late = criminal_record(&app).await;
    let late_ref = field(&params(&start_payment(&app, &citizen, late).await), "vnp_TxnRef");
    let expire = |r: String| {
        move |conn: &mut server::db::DbConn| {
            diesel::update(payments::table.filter(payments::txn_ref.eq(r)))
                .set(payments::expires_at.eq(shared::time::now() - chrono::Duration::minutes(1)))
                .execute(conn)?;
            Ok(())
        }
    };
    app.state.db.run(expire(late_ref.clone())).await.unwrap();
    assert_eq!(app.state.services.payments.reconcile().await.unwrap(), 1, "the gateway knows no payment: expired");
    assert_eq!(payment_state(&app, &late_ref).await, "expired");
    assert_eq!(ipn(&app, &notification(SANDBOX_SECRET, &late_ref, FEE, "00", "00")).await, "00");
    assert_eq!(payment_state(&app, &late_ref).await, "paid");

    // A lost notification: the gateway took the money, the portal heard nothing; the
    // reconciliation query finds it once the window is over.
    let lost = criminal_record(&app).await;
    let lost_ref = field(&params(&start_payment(&app, &citizen, lost).await), "vnp_TxnRef");
    let ledger_ref = lost_ref.clone();
    app.state
        .db
        .run(move |conn| {
            diesel::insert_into(sandbox_transactions::table)
                .values((
                    sandbox_transactions::txn_ref.eq(ledger_ref),
                    sandbox_transactions::transaction_no.eq("14999999"),
                    sandbox_transactions::amount.eq(FEE),
                    sandbox_transactions::response_code.eq("00"),
                    sandbox_transactions::pay_date.eq("20261122103000"),
                    sandbox_transactions::created_at.eq(shared::time::now()),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(app.state.services.payments.reconcile().await.unwrap(), 0, "not before the window closes");
    app.state.db.run(expire(lost_ref.clone())).await.unwrap();
    // The gateway unreachable: the payment stays pending, the job fails and is retried later.
    let mut offline = app.state.services.payments.config().clone();
    offline.api_url = url::Url::parse("http://127.0.0.1:9/merchant_webapi/api/transaction").unwrap();
    let unreachable = server::services::payments::Payments::new(
        app.state.db.clone(),
        offline,
        app.state.services.payments.base_url().clone(),
        i64::MAX,
    );
    assert!(unreachable.reconcile().await.is_err());
    assert_eq!(payment_state(&app, &lost_ref).await, "pending");
    assert_eq!(app.state.services.payments.reconcile().await.unwrap(), 1);
    assert_eq!(payment_state(&app, &lost_ref).await, "paid");
});

both_backends!(a_refused_paid_dossier_is_refunded_from_the_back_office, |backend: Backend| async move {
    let app = seeded_serving(backend).await;
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let reception = police_reception(&app).await;
    let id = criminal_record(&app).await;
    let query = start_payment(&app, &citizen, id).await;
    let chosen = app
        .post_form("/cong-thanh-toan-thu/paymentv2/xac-nhan", &[("yeu_cau", &query), ("ket_qua", "success")], &citizen)
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    let refund = |amount: &'static str| {
        let (app, reception) = (&app, reception.clone());
        async move {
            app.post_form(
                &format!("/can-bo/ho-so/{id}/hoan-tien"),
                &[("so_tien", amount), ("ly_do", "Từ chối tiếp nhận")],
                &reception,
            )
            .await
        }
    };
    assert_eq!(refund("50000").await.status, StatusCode::CONFLICT, "not while the dossier is open");
    let reason = "Hồ sơ không thuộc thẩm quyền";
    assert_eq!(act(&app, &reception, id, "tu_choi", &[("ghi_chu", reason)]).await.status, StatusCode::SEE_OTHER);
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(page.contains("Hoàn trả qua cổng thanh toán") && page.contains("value=\"200000\""), "{page}");
    assert_eq!(refund("50000").await.status, StatusCode::SEE_OTHER, "a partial refund");
    // A mistake the officer can mend: the dossier's page again, what was typed kept, the reason
    // by the field, in the officer's language.
    let too_much = refund("160000").await;
    assert_eq!(too_much.status, StatusCode::UNPROCESSABLE_ENTITY, "more than what is left");
    assert!(too_much.body.contains("vượt quá số đã thanh toán") && too_much.body.contains("so-tien-loi"));
    assert!(too_much.body.contains("value=\"160000\"") && too_much.body.contains("value=\"Từ chối tiếp nhận\""));
    let english = format!("{reception}; lang=en");
    let no_reason =
        app.post_form(&format!("/can-bo/ho-so/{id}/hoan-tien"), &[("so_tien", "1000"), ("ly_do", " ")], &english).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason.body.contains("Please give the reason for the refund") && no_reason.body.contains("ly-do-hoan-loi")
    );
    assert_eq!(refund("0").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refund("150000").await.status, StatusCode::SEE_OTHER, "the rest");
    let nothing_left = refund("1").await;
    assert_eq!(nothing_left.status, StatusCode::UNPROCESSABLE_ENTITY, "nothing left");
    assert!(nothing_left.body.contains("vượt quá số đã thanh toán"), "said even without the form");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Đã hoàn trả") && page.contains("200.000 đ"), "{page}");
    // The citizen cannot start a refund.
    assert_eq!(refund_as(&app, &citizen, id).await, StatusCode::NOT_FOUND);
});

async fn refund_as(app: &TestApp, session: &str, id: i64) -> StatusCode {
    app.post_form(&format!("/can-bo/ho-so/{id}/hoan-tien"), &[("so_tien", "1000"), ("ly_do", "x")], session)
        .await
        .status
}

both_backends!(the_counter_waives_the_fee_of_an_exempt_applicant, |backend: Backend| async move {
    let app = seeded_serving(backend).await;
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let reception = police_reception(&app).await;
    let id = criminal_record(&app).await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("Đối tượng được miễn, giảm"), "the catalog's exemption rules are shown: {page}");
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(page.contains("value=\"mien_phi\""), "{page}");
    assert_eq!(
        act(&app, &reception, id, "mien_phi", &[("ghi_chu", " ")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Not while a payment is under way at the gateway.
    let other = criminal_record(&app).await;
    start_payment(&app, &citizen, other).await;
    let busy = act(&app, &reception, other, "mien_phi", &[("ghi_chu", "Người khuyết tật")]).await;
    assert_eq!(busy.status, StatusCode::CONFLICT);
    let reason = "Người có công với cách mạng — giấy chứng nhận số 123/GCN";
    assert_eq!(act(&app, &reception, id, "mien_phi", &[("ghi_chu", reason)]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        act(&app, &reception, id, "mien_phi", &[("ghi_chu", reason)]).await.status,
        StatusCode::CONFLICT,
        "once"
    );
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(
        page.contains("Được miễn phí, lệ phí") && page.contains(reason) && !page.contains("Thanh toán trực tuyến"),
        "{page}"
    );
    let pay = app.post_form(&format!("/ho-so/{id}/thanh-toan"), &[], &citizen).await;
    assert_eq!(pay.status, StatusCode::CONFLICT, "nothing to pay");
    assert_eq!(
        act(&app, &reception, id, "tiep_nhan", &[]).await.status,
        StatusCode::SEE_OTHER,
        "received without payment"
    );
});

both_backends!(a_fee_due_before_the_result_holds_the_result_until_paid, |backend: Backend| async move {
    let app = seeded_serving(backend).await;
    app.state
        .db
        .run(|conn| {
            use server::db::schema::procedures;
            diesel::update(procedures::table.filter(procedures::code.eq("3.000333")))
                .set(procedures::fee_due.eq("result"))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let reception = police_reception(&app).await;
    let specialist = officer(&app, "chuyenvien.catinh@demo.sonla.vn").await;
    let leader = officer(&app, "lanhdao.catinh@demo.sonla.vn").await;
    let id = criminal_record(&app).await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(page.contains("nộp trước khi nhận kết quả") && !page.contains("Thanh toán trực tuyến"), "{page}");
    let early = app.post_form(&format!("/ho-so/{id}/thanh-toan"), &[], &citizen).await;
    assert_eq!(early.status, StatusCode::CONFLICT, "not payable before the result is ready");
    for (who, action, note) in [
        (&reception, "tiep_nhan", ""),
        (&reception, "chuyen_xu_ly", ""),
        (&specialist, "nhan_xu_ly", ""),
        (&specialist, "de_xuat", "Không có án tích"),
        (&leader, "phe_duyet", ""),
    ] {
        let done = act(&app, who, id, action, &[("ghi_chu", note)]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.body);
    }
    let held = act(&app, &reception, id, "tra_ket_qua", &[]).await;
    assert_eq!(held.status, StatusCode::CONFLICT, "the result waits for the payment");
    let query = start_payment(&app, &citizen, id).await;
    let chosen = app
        .post_form("/cong-thanh-toan-thu/paymentv2/xac-nhan", &[("yeu_cau", &query), ("ket_qua", "success")], &citizen)
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(act(&app, &reception, id, "tra_ket_qua", &[]).await.status, StatusCode::SEE_OTHER);
});

both_backends!(notifications_are_rate_limited_per_sender, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let forged = notification("not the secret", "P000000UNKNOWN", FEE, "00", "00");
    for _ in 0..120 {
        assert_eq!(ipn(&app, &forged).await, "97");
    }
    let (status, body) = app.get(&format!("/api/v1/thanh-toan/vnpay/ipn?{forged}")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
});

both_backends!(a_large_refund_waits_for_a_second_officer, |backend: Backend| async move {
    use server::services::payments::RefundError;
    use shared::payment::{RefundProblem, RefundState};
    let app = seeded_serving(backend).await;
    let citizen = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let reception = police_reception(&app).await;
    let id = criminal_record(&app).await;
    let query = start_payment(&app, &citizen, id).await;
    app.post_form("/cong-thanh-toan-thu/paymentv2/xac-nhan", &[("yeu_cau", &query), ("ket_qua", "success")], &citizen)
        .await;
    assert_eq!(
        act(&app, &reception, id, "tu_choi", &[("ghi_chu", "Không thuộc thẩm quyền")]).await.status,
        StatusCode::SEE_OTHER
    );
    // The same portal with a threshold of 100.000 đ, counted over all the payment's refunds.
    let strict = server::services::payments::Payments::new(
        app.state.db.clone(),
        app.state.services.payments.config().clone(),
        app.state.services.payments.base_url().clone(),
        100_000,
    );
    let counter_id = common::people::person(&app, "tiepnhan.catinh@demo.sonla.vn").await.account().unwrap();
    let counter = app
        .state
        .db
        .run(move |conn| server::services::accounts::sessions::actor_of(conn, counter_id, "officer"))
        .await
        .unwrap()
        .unwrap();
    let reason = || "Từ chối tiếp nhận".to_owned();
    assert_eq!(strict.refund(&counter, id, 60_000, reason()).await.unwrap(), Ok(RefundState::Refunded), "under it");
    // A second small refund that takes the total over the threshold waits: splitting does not help.
    assert_eq!(strict.refund(&counter, id, 60_000, reason()).await.unwrap(), Ok(RefundState::AwaitingApproval));
    let awaiting = || async {
        app.state
            .db
            .run(|conn| {
                use server::db::schema::refunds;
                Ok(refunds::table
                    .filter(refunds::state.eq("awaiting_approval"))
                    .select(refunds::id)
                    .first::<i64>(conn)?)
            })
            .await
            .unwrap()
    };
    let first = awaiting().await;
    // Reserved meanwhile: nothing beyond what is left may be asked.
    assert_eq!(
        strict.refund(&counter, id, 90_000, reason()).await.unwrap(),
        Err(RefundError::Rule(RefundProblem::MoreThanPaid))
    );
    // The leader declines it: the amount is free again.
    let leader = officer(&app, "lanhdao.catinh@demo.sonla.vn").await;
    let declined = app.post_form(&format!("/can-bo/ho-so/{id}/hoan-tien/{first}/tu-choi"), &[], &leader).await;
    assert_eq!(declined.location.as_deref(), Some(format!("/ho-so/{id}?da_xu_ly=1").as_str()), "{}", declined.body);
    assert_eq!(strict.refund(&counter, id, 140_000, reason()).await.unwrap(), Ok(RefundState::AwaitingApproval));
    let second = awaiting().await;
    // The officer who asked cannot approve it; the agency's leader can, and it is paid out.
    let approve = format!("/can-bo/ho-so/{id}/hoan-tien/{second}/duyet");
    assert_eq!(app.post_form(&approve, &[], &reception).await.status, StatusCode::FORBIDDEN);
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &leader)]).await;
    assert!(page.contains("Phê duyệt hoàn trả"), "the second officer is offered the approval");
    let approved = app.post_form(&approve, &[], &leader).await;
    assert_eq!(approved.location.as_deref(), Some(format!("/ho-so/{id}?da_xu_ly=1").as_str()), "{}", approved.body);
    assert_eq!(app.post_form(&approve, &[], &leader).await.status, StatusCode::NOT_FOUND, "approved once");
    let events: Vec<String> = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::audit_log;
            Ok(audit_log::table
                .filter(audit_log::event.eq_any(["refund_requested", "refund_approved", "refund_declined"]))
                .select(audit_log::event)
                .load(conn)?)
        })
        .await
        .unwrap();
    for event in ["refund_requested", "refund_approved", "refund_declined"] {
        assert!(events.iter().any(|e| e == event), "{event} audited: {events:?}");
    }
});

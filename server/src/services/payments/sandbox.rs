//! The built-in sandbox gateway: a stand-in for VNPay that speaks the same 2.1.0 protocol, so a
//! payment goes end to end on one machine with no outside service. It is on in the embedded
//! default and refused on an https address (`config/payment.rs`).
//!
//! - `GET /cong-thanh-toan-thu/paymentv2/vpcpay.html?…` checks the merchant's signed request and
//!   shows a payment page where the payer picks an outcome: success, cancel, insufficient funds
//!   or timeout;
//! - the choice is kept in its ledger (`sandbox_transactions`), sent to the merchant's IPN
//!   address server to server (signed), and the payer is redirected to the merchant's return
//!   address (signed);
//! - `POST /cong-thanh-toan-thu/merchant_webapi/api/transaction` answers `querydr` and `refund`
//!   from the ledger, with the pipe-joined hash of the protocol.
//!
//! It shares the protocol code (`vnpay.rs`) with the merchant side; its pages are plain HTML
//! because they stand for another organisation's site, not the portal's.

use super::{Payments, answer_hash, vnpay};
use crate::db::DbError;
use crate::db::schema::sandbox_transactions;
use diesel::prelude::*;

/// A payer's choice on the sandbox page: (code, label, vnp_ResponseCode, vnp_TransactionStatus).
pub const OUTCOMES: [(&str, &str, &str, &str); 4] = [
    ("success", "Thanh toán thành công", "00", "00"),
    ("cancel", "Hủy giao dịch", "24", "02"),
    ("insufficient", "Tài khoản không đủ số dư", "51", "02"),
    ("timeout", "Hết thời gian chờ thanh toán", "11", "02"),
];

fn vn_now() -> String {
    shared::time::local(shared::time::now()).format("%Y%m%d%H%M%S").to_string()
}

use shared::text::html_escape as escape;

/// The parameters of a signed request from the merchant, if its signature holds.
fn checked(payments: &Payments, query: &str) -> Option<Vec<(String, String)>> {
    let params: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
    // No key twice: what is read is what was signed.
    vnpay::verified(&payments.config.hash_secret, &params).map(|m| m.into_iter().collect())
}

fn field<'a>(params: &'a [(String, String)], key: &str) -> &'a str {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// The payment page, or `None` when the request is not a valid signed one from the merchant.
pub fn page(payments: &Payments, query: &str, csrf: &str) -> Option<String> {
    if !payments.config.sandbox {
        return None;
    }
    let params = checked(payments, query)?;
    if field(&params, "vnp_TmnCode") != payments.config.tmn_code {
        return None;
    }
    let amount = vnpay::dong_of(field(&params, "vnp_Amount"))?;
    let buttons: String = OUTCOMES
        .iter()
        .map(|(code, label, _, _)| format!(r#"<button type="submit" name="ket_qua" value="{code}">{label}</button>"#))
        .collect();
    Some(format!(
        r#"<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thanh toán thử nghiệm</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}}
.note{{background:#fff4d6;border:1px solid #b58900;padding:.75rem}}dl{{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}}
button{{display:block;width:100%;margin:.5rem 0;padding:.75rem;font-size:1rem;border:1px solid #0b4f9c;background:#0b4f9c;color:#fff;border-radius:4px}}
button:focus{{outline:3px solid #f0b400;outline-offset:2px}}</style></head>
<body><main><h1>Cổng thanh toán thử nghiệm (sandbox)</h1>
<p class="note">Môi trường thử nghiệm của cổng dịch vụ công: không có tiền thật được chuyển. Chọn kết quả giao dịch để thử.</p>
<dl><dt>Đơn vị</dt><dd>{tmn}</dd><dt>Mã giao dịch</dt><dd>{txn}</dd><dt>Nội dung</dt><dd>{info}</dd><dt>Số tiền</dt><dd><strong>{amount}</strong></dd></dl>
<form method="post" action="/cong-thanh-toan-thu/paymentv2/xac-nhan">
<input type="hidden" name="csrf" value="{csrf}"><input type="hidden" name="yeu_cau" value="{query}">
{buttons}</form></main></body></html>"#,
        tmn = escape(field(&params, "vnp_TmnCode")),
        txn = escape(field(&params, "vnp_TxnRef")),
        info = escape(field(&params, "vnp_OrderInfo")),
        amount = shared::money::Vnd(amount).display(),
        csrf = escape(csrf),
        query = escape(query),
    ))
}

/// The payer chose `outcome` for the signed request `query`: kept in the ledger, notified to
/// the merchant's IPN address, and the return address (signed) to redirect the payer to.
pub async fn choose(payments: &Payments, query: &str, outcome: &str) -> Option<String> {
    if !payments.config.sandbox {
        return None;
    }
    let params = checked(payments, query)?;
    let (_, _, response_code, status) = OUTCOMES.iter().find(|(code, ..)| *code == outcome)?;
    let txn_ref = field(&params, "vnp_TxnRef").to_owned();
    let amount = vnpay::dong_of(field(&params, "vnp_Amount"))?;
    let pay_date = vn_now();
    let transaction_no = format!("{}", 14_000_000 + rand::random::<u32>() % 1_000_000);
    let ledger = {
        let (txn_ref, response_code, pay_date, transaction_no) =
            (txn_ref.clone(), response_code.to_string(), pay_date.clone(), transaction_no.clone());
        payments
            .db
            .run(move |conn| {
                // One transaction per reference: a second choice for the same order is ignored,
                // as a real gateway would not take the money twice.
                let existing: Option<(String, String, String)> = sandbox_transactions::table
                    .filter(sandbox_transactions::txn_ref.eq(&txn_ref))
                    .select((
                        sandbox_transactions::transaction_no,
                        sandbox_transactions::response_code,
                        sandbox_transactions::pay_date,
                    ))
                    .first(conn)
                    .optional()?;
                if let Some(found) = existing {
                    return Ok(found);
                }
                diesel::insert_into(sandbox_transactions::table)
                    .values((
                        sandbox_transactions::txn_ref.eq(&txn_ref),
                        sandbox_transactions::transaction_no.eq(&transaction_no),
                        sandbox_transactions::amount.eq(amount),
                        sandbox_transactions::response_code.eq(&response_code),
                        sandbox_transactions::pay_date.eq(&pay_date),
                        sandbox_transactions::created_at.eq(shared::time::now()),
                    ))
                    .execute(conn)?;
                Ok::<_, DbError>((transaction_no, response_code, pay_date))
            })
            .await
            .ok()?
    };
    let (transaction_no, response_code, pay_date) = ledger;
    let status = if response_code == "00" { "00" } else { *status };
    let amount_field = field(&params, "vnp_Amount").to_owned();
    let result = [
        ("vnp_Amount", amount_field.as_str()),
        ("vnp_BankCode", "NCB"),
        ("vnp_BankTranNo", "VNP-SANDBOX"),
        ("vnp_CardType", "ATM"),
        ("vnp_OrderInfo", field(&params, "vnp_OrderInfo")),
        ("vnp_PayDate", pay_date.as_str()),
        ("vnp_ResponseCode", response_code.as_str()),
        ("vnp_TmnCode", field(&params, "vnp_TmnCode")),
        ("vnp_TransactionNo", transaction_no.as_str()),
        ("vnp_TransactionStatus", status),
        ("vnp_TxnRef", txn_ref.as_str()),
    ];
    let signed = vnpay::signed_query(&payments.config.hash_secret, result);
    // Server to server, as VNPay does; a merchant that cannot be reached is found again by its
    // own reconciliation query.
    if let Ok(mut ipn) = payments.base_url.join("/api/v1/thanh-toan/vnpay/ipn") {
        ipn.set_query(Some(&signed));
        match payments.http.get(ipn).send().await {
            Ok(r) => tracing::info!(status = %r.status(), "sandbox gateway: IPN delivered"),
            Err(e) => tracing::warn!(error = %e, "sandbox gateway: IPN not delivered"),
        }
    }
    // Back to this portal's own return page only, whatever the signed request named: the
    // sandbox's secret is public, so a signature proves nothing about where to send the payer.
    let mut back = payments.base_url.join(RETURN_PATH).ok()?;
    back.set_query(Some(&signed));
    Some(back.to_string())
}

/// Where the payer comes back on this portal (`payments::start` signs the same address).
pub const RETURN_PATH: &str = "/thanh-toan/ket-qua";

/// `querydr` and `refund` of the merchant API, answered from the ledger.
pub async fn api(payments: &Payments, body: serde_json::Value) -> serde_json::Value {
    let secret = payments.config.hash_secret.clone();
    let text = |k: &str| body.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    let command = text("vnp_Command");
    let request_fields: Vec<String> = match command.as_str() {
        "querydr" => [
            "vnp_RequestId",
            "vnp_Version",
            "vnp_Command",
            "vnp_TmnCode",
            "vnp_TxnRef",
            "vnp_TransactionDate",
            "vnp_CreateDate",
            "vnp_IpAddr",
            "vnp_OrderInfo",
        ]
        .iter()
        .map(|k| text(k))
        .collect(),
        "refund" => [
            "vnp_RequestId",
            "vnp_Version",
            "vnp_Command",
            "vnp_TmnCode",
            "vnp_TransactionType",
            "vnp_TxnRef",
            "vnp_Amount",
            "vnp_TransactionNo",
            "vnp_TransactionDate",
            "vnp_CreateBy",
            "vnp_CreateDate",
            "vnp_IpAddr",
            "vnp_OrderInfo",
        ]
        .iter()
        .map(|k| text(k))
        .collect(),
        _ => Vec::new(),
    };
    let refs: Vec<&str> = request_fields.iter().map(String::as_str).collect();
    let valid = !refs.is_empty()
        && payments.config.sandbox
        && text("vnp_SecureHash").eq_ignore_ascii_case(&vnpay::pipe_hash(&secret, &refs));
    let txn_ref = text("vnp_TxnRef");
    let found: Option<(String, i64, String, String, i64)> = if valid {
        let txn_ref = txn_ref.clone();
        payments
            .db
            .run(move |conn| {
                Ok(sandbox_transactions::table
                    .filter(sandbox_transactions::txn_ref.eq(&txn_ref))
                    .select((
                        sandbox_transactions::transaction_no,
                        sandbox_transactions::amount,
                        sandbox_transactions::response_code,
                        sandbox_transactions::pay_date,
                        sandbox_transactions::refunded,
                    ))
                    .first(conn)
                    .optional()?)
            })
            .await
            .ok()
            .flatten()
    } else {
        None
    };
    let mut answer = serde_json::json!({
        "vnp_ResponseId": hex::encode(rand::random::<[u8; 8]>()),
        "vnp_Command": command,
        "vnp_TmnCode": payments.config.tmn_code,
        "vnp_TxnRef": txn_ref,
        "vnp_OrderInfo": text("vnp_OrderInfo"),
    });
    let set = |answer: &mut serde_json::Value, k: &str, v: String| {
        answer[k] = serde_json::Value::String(v);
    };
    match (valid, found, command.as_str()) {
        (false, _, _) => {
            set(&mut answer, "vnp_ResponseCode", "97".into());
            set(&mut answer, "vnp_Message", "Invalid Checksum".into());
        }
        (true, None, _) => {
            set(&mut answer, "vnp_ResponseCode", "91".into());
            set(&mut answer, "vnp_Message", "Transaction not found".into());
        }
        (true, Some((no, amount, code, pay_date, _)), "querydr") => {
            set(&mut answer, "vnp_ResponseCode", "00".into());
            set(&mut answer, "vnp_Message", "QueryDR Success".into());
            set(&mut answer, "vnp_Amount", vnpay::amount_field(amount));
            set(&mut answer, "vnp_BankCode", "NCB".into());
            set(&mut answer, "vnp_PayDate", pay_date);
            set(&mut answer, "vnp_TransactionNo", no);
            set(&mut answer, "vnp_TransactionType", "01".into());
            set(&mut answer, "vnp_TransactionStatus", if code == "00" { "00".into() } else { "02".into() });
        }
        (true, Some((no, amount, code, pay_date, refunded)), _) => {
            let asked = vnpay::dong_of(&text("vnp_Amount")).unwrap_or(0);
            let ok = code == "00" && asked > 0 && refunded + asked <= amount;
            if ok {
                let txn_ref = txn_ref.clone();
                let _ = payments
                    .db
                    .run(move |conn| {
                        diesel::update(sandbox_transactions::table.filter(sandbox_transactions::txn_ref.eq(&txn_ref)))
                            .set(sandbox_transactions::refunded.eq(sandbox_transactions::refunded + asked))
                            .execute(conn)?;
                        Ok::<_, DbError>(())
                    })
                    .await;
            }
            set(&mut answer, "vnp_ResponseCode", if ok { "00".into() } else { "94".into() });
            set(&mut answer, "vnp_Message", if ok { "Refund success".into() } else { "Refund refused".into() });
            set(&mut answer, "vnp_Amount", text("vnp_Amount"));
            set(&mut answer, "vnp_BankCode", "NCB".into());
            set(&mut answer, "vnp_PayDate", pay_date);
            set(&mut answer, "vnp_TransactionNo", no);
            set(&mut answer, "vnp_TransactionType", text("vnp_TransactionType"));
            set(&mut answer, "vnp_TransactionStatus", if ok { "05".into() } else { "09".into() });
        }
    }
    let hash = answer_hash(&secret, &answer, &command);
    set(&mut answer, "vnp_SecureHash", hash);
    answer
}

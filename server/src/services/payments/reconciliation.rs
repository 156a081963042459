//! Asking the gateway later: the worker's `querydr` for payments still pending after their
//! window, and the API call and answer check it shares with refunds. Apart from checkout
//! because here the portal asks and must check the gateway's answer itself, instead of being
//! told by a signed notification.

use super::checkout::{Gateway, keep, report_of, settle};
use super::{Payments, vn_stamp, vnpay};
use crate::db::schema::payments;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::payment::{PaymentState, Report, after};

impl Payments {
    /// Asks the gateway about every payment still pending after its window (`querydr`), and
    /// settles those it answers for. Returns how many were settled. A gateway that cannot be
    /// reached leaves them pending for the next run.
    pub async fn reconcile(&self) -> anyhow::Result<usize> {
        let now = shared::time::now();
        let pending: Vec<(i64, String, NaiveDateTime)> = self
            .db
            .run(move |conn| {
                Ok(payments::table
                    .filter(payments::state.eq_any([PaymentState::Pending.code(), PaymentState::Created.code()]))
                    .filter(payments::expires_at.lt(now))
                    .order(payments::id)
                    .limit(100)
                    .select((payments::id, payments::txn_ref, payments::created_at))
                    .load(conn)?)
            })
            .await?;
        let mut settled = 0;
        let mut failure: Option<anyhow::Error> = None;
        for (payment, txn_ref, created) in pending {
            // One answer that cannot be had does not hold up the others; the job fails at the
            // end so that it is retried.
            let answer = match self.querydr(&txn_ref, created).await {
                Ok(a) => a,
                Err(e) => {
                    failure.get_or_insert(e);
                    continue;
                }
            };
            let tmn_code = self.config.tmn_code.clone();
            let base = self.base_url.clone();
            let changed = self
                .db
                .run(move |conn| {
                    crate::db::transaction(conn, |conn| {
                        let now = shared::time::now();
                        keep(conn, Some(payment), "querydr", &answer.raw, answer.verified, now)?;
                        if !answer.verified || answer.tmn_code != tmn_code || answer.txn_ref != txn_ref {
                            return Ok(false);
                        }
                        let report = match answer.response_code.as_str() {
                            "00" => {
                                // The answer must be about this payment's amount, as the IPN.
                                let amount: i64 = payments::table
                                    .filter(payments::id.eq(payment))
                                    .select(payments::amount)
                                    .first(conn)?;
                                if vnpay::dong_of(&answer.amount) != Some(amount) {
                                    return Ok(false);
                                }
                                match report_of("00", &answer.transaction_status) {
                                    Some(r) => r,
                                    None => return Ok(false),
                                }
                            }
                            // The gateway knows no such transaction: the payer never paid.
                            "91" => Report::NotFoundAfterExpiry,
                            _ => return Ok(false),
                        };
                        // Still in progress at the gateway: ask again next time.
                        if answer.response_code == "00" && answer.transaction_status == "01" {
                            return Ok(false);
                        }
                        let (dossier, state): (i64, PaymentState) = payments::table
                            .filter(payments::id.eq(payment))
                            .select((payments::dossier_id, payments::state))
                            .first(conn)?;
                        let Some(next) = after(state, report) else { return Ok(false) };
                        let gateway = Gateway {
                            transaction_no: &answer.transaction_no,
                            bank_code: &answer.bank_code,
                            pay_date: &answer.pay_date,
                            response_code: &answer.response_code,
                        };
                        settle(conn, payment, dossier, state, next, &gateway, &base, now)
                    })
                })
                .await?;
            settled += usize::from(changed);
        }
        match failure {
            Some(e) => Err(e),
            None => Ok(settled),
        }
    }

    async fn querydr(&self, txn_ref: &str, created: NaiveDateTime) -> anyhow::Result<GatewayAnswer> {
        let now = shared::time::now();
        let request_id = hex::encode(rand::random::<[u8; 12]>());
        let (create_date, transaction_date) = (vn_stamp(now), vn_stamp(created));
        let info = format!("Truy van giao dich {txn_ref}");
        let ip = "127.0.0.1";
        let body = vnpay::api_request(
            &self.config.hash_secret,
            &[
                ("vnp_RequestId", &request_id),
                ("vnp_Version", vnpay::VERSION),
                ("vnp_Command", "querydr"),
                ("vnp_TmnCode", &self.config.tmn_code),
                ("vnp_TxnRef", txn_ref),
                ("vnp_TransactionDate", &transaction_date),
                ("vnp_CreateDate", &create_date),
                ("vnp_IpAddr", ip),
                ("vnp_OrderInfo", &info),
            ],
        );
        self.call_api(body, "querydr").await
    }

    /// Posts a `querydr` or `refund` request and checks the answer's hash.
    pub(super) async fn call_api(&self, body: serde_json::Value, command: &str) -> anyhow::Result<GatewayAnswer> {
        let response = self
            .http
            .post(self.config.api_url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string())
            .send()
            .await?;
        let raw = response.text().await?;
        let value: serde_json::Value = serde_json::from_str(&raw)?;
        let text = |k: &str| value.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
        let answer = GatewayAnswer {
            tmn_code: text("vnp_TmnCode"),
            txn_ref: text("vnp_TxnRef"),
            response_code: text("vnp_ResponseCode"),
            transaction_status: text("vnp_TransactionStatus"),
            transaction_no: text("vnp_TransactionNo"),
            bank_code: text("vnp_BankCode"),
            pay_date: text("vnp_PayDate"),
            amount: text("vnp_Amount"),
            verified: false,
            raw,
        };
        let expected = answer_hash(&self.config.hash_secret, &value, command);
        let verified = !expected.is_empty() && text("vnp_SecureHash").eq_ignore_ascii_case(&expected);
        Ok(GatewayAnswer { verified, ..answer })
    }
}

/// A `querydr` or `refund` answer.
pub(super) struct GatewayAnswer {
    pub(super) tmn_code: String,
    pub(super) txn_ref: String,
    pub(super) response_code: String,
    pub(super) transaction_status: String,
    pub(super) transaction_no: String,
    pub(super) bank_code: String,
    pub(super) pay_date: String,
    pub(super) amount: String,
    pub(super) verified: bool,
    pub(super) raw: String,
}

/// The fields of a `querydr` answer, in the order its hash joins them.
const QUERYDR_ANSWER: [&str; 15] = [
    "vnp_ResponseId",
    "vnp_Command",
    "vnp_ResponseCode",
    "vnp_Message",
    "vnp_TmnCode",
    "vnp_TxnRef",
    "vnp_Amount",
    "vnp_BankCode",
    "vnp_PayDate",
    "vnp_TransactionNo",
    "vnp_TransactionType",
    "vnp_TransactionStatus",
    "vnp_OrderInfo",
    "vnp_PromotionCode",
    "vnp_PromotionAmount",
];

/// The hash an API answer must carry: its fields joined by `|` in the order of the command.
pub fn answer_hash(secret: &str, value: &serde_json::Value, command: &str) -> String {
    let text = |k: &str| value.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    // A refund's answer carries the query's fields but the two promotion ones.
    let fields: &[&str] = match command {
        "querydr" => &QUERYDR_ANSWER,
        "refund" => &QUERYDR_ANSWER[..QUERYDR_ANSWER.len() - 2],
        _ => return String::new(),
    };
    let values: Vec<String> = fields.iter().map(|k| text(k)).collect();
    let refs: Vec<&str> = values.iter().map(String::as_str).collect();
    vnpay::pipe_hash(secret, &refs)
}

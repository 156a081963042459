//! Paying a fee: the signed request that sends the payer to the gateway, the gateway's IPN
//! that settles the payment, and the payer's return, which is only shown. They live together
//! because they share the payment rows and `settle`, the one way a payment becomes paid (the
//! reconciliation uses it too). The message log (`keep`, and the pruning of unverified messages)
//! is here as well, since the messages anyone can send, which may fail their signature, arrive here.

use super::fees::fee_status;
use super::{PayError, Payments, sandbox, vn_stamp, vnpay};
use crate::db::schema::{dossiers, payment_messages, payments};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::payment::{PaymentState, Report, after};

/// What a payer's return says, for the page they land on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnOutcome {
    /// The gateway says paid (the IPN decides; the page says so while it waits).
    Paid,
    /// The payer cancelled at the gateway (code 24).
    Cancelled,
    Failed,
    /// The signature does not hold: nothing it says is believed.
    Tampered,
}

impl ReturnOutcome {
    /// The value of the dossier page's `thanh_toan` query parameter.
    pub fn query(self) -> &'static str {
        match self {
            ReturnOutcome::Paid => "1",
            ReturnOutcome::Cancelled => "huy",
            ReturnOutcome::Failed => "loi",
            ReturnOutcome::Tampered => "sai",
        }
    }
}

/// Where a payer's return leads: the dossier, if this payer may see it, and what to say.
pub struct Returned {
    pub dossier: Option<i64>,
    pub outcome: ReturnOutcome,
}

/// Notifications per sending address per minute: far above what a gateway sends, low enough
/// that nobody fills the message log.
pub(super) const IPN_PER_MINUTE: u32 = 120;

/// The IPN answer of the VNPay protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpnAnswer {
    pub code: &'static str,
    pub message: &'static str,
}

const CONFIRMED: IpnAnswer = IpnAnswer { code: "00", message: "Confirm Success" };
const NOT_FOUND: IpnAnswer = IpnAnswer { code: "01", message: "Order not found" };
const ALREADY: IpnAnswer = IpnAnswer { code: "02", message: "Order already confirmed" };
const BAD_AMOUNT: IpnAnswer = IpnAnswer { code: "04", message: "Invalid amount" };
const BAD_CHECKSUM: IpnAnswer = IpnAnswer { code: "97", message: "Invalid Checksum" };

impl Payments {
    /// Starts paying dossier `id`'s fee: a new payment, pending from now, and the signed URL of
    /// the gateway's payment page to send the payer to.
    pub async fn start(&self, actor: &Actor, id: i64, ip: String) -> Result<String, PayError> {
        let actor = actor.clone();
        let config = self.config.clone();
        let return_url = self.base_url.join(sandbox::RETURN_PATH).map_err(|e| PayError::Unexpected(e.into()))?;
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else {
                        return Ok(Err(PayError::NotFound));
                    };
                    if decide(&actor, Action::ActOnOwnDossier(found.scope)).is_err() {
                        return Ok(Err(PayError::NotFound));
                    }
                    // Written first: a second start, or the counter waiving the fee, waits for this one.
                    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                        .set(dossiers::version.eq(dossiers::version + 1))
                        .execute(conn)?;
                    let Some(fee) = fee_status(conn, id, found.status)? else { return Ok(Err(PayError::NothingDue)) };
                    if !fee.payable {
                        return Ok(Err(PayError::NothingDue));
                    }
                    // One payment at a time: a second tab or a double click must not charge twice.
                    // A payment left at the gateway is settled by the reconciliation once its
                    // window is over.
                    let open: i64 = payments::table
                        .filter(payments::dossier_id.eq(id))
                        .filter(payments::state.eq_any([PaymentState::Created.code(), PaymentState::Pending.code()]))
                        .count()
                        .get_result(conn)?;
                    if open > 0 {
                        return Ok(Err(PayError::UnderWay));
                    }
                    let now = shared::time::now();
                    let code: Option<String> =
                        dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first(conn)?;
                    let code = code.unwrap_or_default();
                    let payment: i64 = diesel::insert_into(payments::table)
                        .values((
                            payments::dossier_id.eq(id),
                            // Unique until the row exists: replaced by the id-based reference below.
                            payments::txn_ref.eq(format!("tmp-{}", hex::encode(rand::random::<[u8; 8]>()))),
                            payments::amount.eq(fee.amount),
                            payments::state.eq(PaymentState::Pending.code()),
                            payments::created_at.eq(now),
                            payments::expires_at.eq(now + Duration::minutes(config.window_minutes)),
                            payments::updated_at.eq(now),
                        ))
                        .returning(payments::id)
                        .get_result(conn)?;
                    // Unique for ever, not just per day as VNPay requires.
                    let txn_ref = format!("P{}{payment:08}", shared::time::local(now).format("%y%m%d"));
                    diesel::update(payments::table.filter(payments::id.eq(payment)))
                        .set(payments::txn_ref.eq(&txn_ref))
                        .execute(conn)?;
                    let amount = vnpay::amount_field(fee.amount);
                    let (created, expires) = (vn_stamp(now), vn_stamp(now + Duration::minutes(config.window_minutes)));
                    let info = vnpay::order_info(&format!("Thanh toan phi le phi ho so {code}"));
                    let params = [
                        ("vnp_Version", vnpay::VERSION),
                        ("vnp_Command", "pay"),
                        ("vnp_TmnCode", config.tmn_code.as_str()),
                        ("vnp_Amount", amount.as_str()),
                        ("vnp_CreateDate", created.as_str()),
                        ("vnp_ExpireDate", expires.as_str()),
                        ("vnp_CurrCode", "VND"),
                        ("vnp_IpAddr", ip.as_str()),
                        ("vnp_Locale", "vn"),
                        ("vnp_OrderInfo", info.as_str()),
                        ("vnp_OrderType", "billpayment"),
                        ("vnp_ReturnUrl", return_url.as_str()),
                        ("vnp_TxnRef", txn_ref.as_str()),
                    ];
                    let query = vnpay::signed_query(&config.hash_secret, params);
                    keep(conn, Some(payment), "pay_request", &query, true, now)?;
                    let mut url = config.pay_url.clone();
                    url.set_query(Some(&query));
                    Ok::<_, DbError>(Ok(url.to_string()))
                })
            })
            .await?
    }

    /// The gateway's server-to-server notification: the authority on a payment.
    pub async fn ipn(&self, params: Vec<(String, String)>) -> IpnAnswer {
        let secret = self.config.hash_secret.clone();
        let tmn_code = self.config.tmn_code.clone();
        let base = self.base_url.clone();
        let answer = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = shared::time::now();
                    let raw = serde_urlencoded::to_string(&params).unwrap_or_default();
                    let checked = vnpay::verified(&secret, &params)
                        .filter(|m| m.get("vnp_TmnCode").map(String::as_str) == Some(tmn_code.as_str()));
                    let verified = checked.is_some();
                    let values = checked.unwrap_or_default();
                    let field = |k: &str| values.get(k).map(String::as_str).unwrap_or("");
                    let txn_ref = field("vnp_TxnRef").to_owned();
                    let found: Option<(i64, i64, i64, PaymentState)> = payments::table
                        .filter(payments::txn_ref.eq(&txn_ref))
                        .select((payments::id, payments::dossier_id, payments::amount, payments::state))
                        .first(conn)
                        .optional()?;
                    keep(conn, found.as_ref().map(|f| f.0), "ipn", &raw, verified, now)?;
                    if !verified {
                        return Ok(BAD_CHECKSUM);
                    }
                    let Some((payment, dossier, amount, state)) = found else { return Ok(NOT_FOUND) };
                    if vnpay::dong_of(field("vnp_Amount")) != Some(amount) {
                        return Ok(BAD_AMOUNT);
                    }
                    let Some(report) = report_of(field("vnp_ResponseCode"), field("vnp_TransactionStatus")) else {
                        // Held at the gateway: acknowledged, settled later by the query.
                        return Ok(CONFIRMED);
                    };
                    let Some(next) = after(state, report) else { return Ok(ALREADY) };
                    let gateway = Gateway {
                        transaction_no: field("vnp_TransactionNo"),
                        bank_code: field("vnp_BankCode"),
                        pay_date: field("vnp_PayDate"),
                        response_code: field("vnp_ResponseCode"),
                    };
                    if !settle(conn, payment, dossier, state, next, &gateway, &base, now)? {
                        // Another notification settled it first (two at once): acknowledged.
                        return Ok(ALREADY);
                    }
                    Ok::<_, DbError>(CONFIRMED)
                })
            })
            .await;
        if matches!(&answer, Ok(a) if a.code == CONFIRMED.code) {
            crate::crash::point("ipn.settled");
        }
        answer.unwrap_or_else(|e| {
            tracing::error!(error = %e, "payment notification failed");
            IpnAnswer { code: "99", message: "Unknown error" }
        })
    }

    /// What the payer's browser brings back from the gateway: checked, shown, never applied.
    /// Returns the dossier it is about, if this actor may see it, and what to tell them. The
    /// dossier of a message whose signature fails is looked up only to send the payer back to it.
    pub async fn returned(&self, actor: &Actor, params: Vec<(String, String)>) -> Result<Returned, DbError> {
        let secret = self.config.hash_secret.clone();
        let actor = actor.clone();
        self.db
            .run(move |conn| {
                let now = shared::time::now();
                let checked = vnpay::verified(&secret, &params);
                let verified = checked.is_some();
                let field =
                    |k: &str| params.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
                let found: Option<(i64, i64)> = payments::table
                    .filter(payments::txn_ref.eq(field("vnp_TxnRef")))
                    .select((payments::id, payments::dossier_id))
                    .first(conn)
                    .optional()?;
                let raw = serde_urlencoded::to_string(&params).unwrap_or_default();
                keep(conn, found.map(|f| f.0), "return", &raw, verified, now)?;
                let dossier = match found {
                    Some((_, dossier)) => crate::services::dossier::scope::scoped(conn, dossier)?
                        .filter(|s| decide(&actor, Action::ViewDossier(s.scope)).is_ok())
                        .map(|_| dossier),
                    None => None,
                };
                let outcome = match checked.as_ref().map(|m| m.get("vnp_ResponseCode").map(String::as_str)) {
                    None => ReturnOutcome::Tampered,
                    Some(Some("00")) => ReturnOutcome::Paid,
                    Some(Some(code)) if code == vnpay::CANCELLED => ReturnOutcome::Cancelled,
                    Some(_) => ReturnOutcome::Failed,
                };
                Ok(Returned { dossier, outcome })
            })
            .await
    }
}

/// The report a gateway answer means: success needs both codes `00`. `None`: nothing to settle
/// yet — `07` (debited but held as suspected fraud) is neither a success nor a failure the payer
/// should be told to pay again for; the reconciliation asks again.
pub(super) fn report_of(response_code: &str, transaction_status: &str) -> Option<Report> {
    match (response_code, transaction_status) {
        ("00", "00") => Some(Report::Success),
        ("07", _) | (_, "07") => None,
        (vnpay::CANCELLED, _) => Some(Report::Cancelled),
        _ => Some(Report::Failure),
    }
}

/// What the gateway says about the transaction.
pub(super) struct Gateway<'a> {
    pub(super) transaction_no: &'a str,
    pub(super) bank_code: &'a str,
    pub(super) pay_date: &'a str,
    pub(super) response_code: &'a str,
}

/// Moves payment `payment` from `from` to `to` if no one else did; a paid one marks the dossier
/// paid (through the province's gateway) and tells the applicant. `false`: it had moved already.
#[allow(clippy::too_many_arguments)]
pub(super) fn settle(
    conn: &mut DbConn,
    payment: i64,
    dossier: i64,
    from: PaymentState,
    to: PaymentState,
    gateway: &Gateway<'_>,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let moved =
        diesel::update(payments::table.filter(payments::id.eq(payment)).filter(payments::state.eq(from.code())))
            .set((
                payments::state.eq(to.code()),
                payments::updated_at.eq(now),
                payments::gateway_txn_no.eq(Some(gateway.transaction_no).filter(|s| !s.is_empty())),
                payments::bank_code.eq(Some(gateway.bank_code).filter(|s| !s.is_empty())),
                payments::pay_date.eq(Some(gateway.pay_date).filter(|s| !s.is_empty())),
                payments::response_code.eq(Some(gateway.response_code).filter(|s| !s.is_empty())),
            ))
            .execute(conn)?;
    if moved != 1 {
        return Ok(false);
    }
    if to == PaymentState::Paid {
        diesel::update(dossiers::table.filter(dossiers::id.eq(dossier)).filter(dossiers::paid_at.is_null()))
            .set((dossiers::paid_at.eq(now), dossiers::paid_online.eq(shared::dossier::PaidOnline::OwnGateway.code())))
            .execute(conn)?;
        crate::services::dossier::tally::recount(conn, dossier, now)?;
        let amount: i64 = payments::table.filter(payments::id.eq(payment)).select(payments::amount).first(conn)?;
        let shown = shared::money::Vnd(amount).display();
        let news = |lang| {
            let detail = app::i18n::mail::fill(app::i18n::t::NEWS_PAID_DETAIL.get(lang), &[("amount", &shown)]);
            (app::i18n::t::NEWS_PAID.get(lang).to_owned(), Some(detail))
        };
        crate::services::dossier::notices::notify_applicant(conn, dossier, news, base, now)?;
    }
    Ok(true)
}

/// Keeps a message exchanged with the gateway.
pub(super) fn keep(
    conn: &mut DbConn,
    payment: Option<i64>,
    kind: &str,
    raw: &str,
    verified: bool,
    at: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(payment_messages::table)
        .values((
            payment_messages::payment_id.eq(payment),
            payment_messages::kind.eq(kind),
            payment_messages::raw.eq(raw),
            payment_messages::verified.eq(verified),
            payment_messages::at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Messages whose signature did not hold are kept this long (for disputes and attacks to be
/// looked into), then removed: anyone can send them, so they must not pile up for ever.
pub const KEEP_UNVERIFIED: Duration = Duration::days(30);

pub fn prune_unverified(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::delete(
        payment_messages::table
            .filter(payment_messages::verified.eq(false))
            .filter(payment_messages::at.lt(now - KEEP_UNVERIFIED)),
    )
    .execute(conn)?)
}

//! Online fee payment (level 4). A dossier's fee is computed at submission from its procedure's
//! online offer; the procedure says whether it is due before reception or before the result.
//! The payer is sent to the gateway with a signed request; the gateway's signed server-to-server
//! notification (IPN) is the only thing that marks a payment paid, besides the reconciliation
//! query the worker makes for payments still pending after their window. The browser's return
//! from the gateway only displays. Every message is kept (`payment_messages`).
//!
//! The gateway speaks VNPay 2.1.0 (`vnpay.rs`); the built-in sandbox (`sandbox.rs`) speaks the
//! same protocol, so the embedded default takes a payment end to end on one machine.

pub mod receipt;
mod refunds;
pub mod sandbox;
pub mod vnpay;

pub use refunds::{RefundError, awaiting_approval};

use crate::config::payment::PaymentConfig;
use crate::db::schema::{dossiers, fee_items, payment_messages, payments, procedures};
use crate::db::{Db, DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::catalog::FeeFormula;
use shared::dossier::Status;
use shared::payment::{FeeDue, PaymentState, Report, after};

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

#[derive(Clone)]
pub struct Payments {
    db: Db,
    config: PaymentConfig,
    base_url: url::Url,
    http: reqwest::Client,
    /// Gateway notifications per sending address.
    notifications: std::sync::Arc<super::rate_limit::RateLimiter>,
    /// Refunds above this many đồng wait for a second officer's approval.
    refund_approval_above: i64,
}

/// Notifications per sending address per minute: far above what a gateway sends, low enough
/// that nobody fills the message log.
const IPN_PER_MINUTE: u32 = 120;

#[derive(Debug, thiserror::Error)]
pub enum PayError {
    /// Not the applicant's dossier (or no such dossier): the same answer.
    #[error("not found")]
    NotFound,
    /// Nothing to pay now (no fee, already paid, or not at the stage the fee is due).
    #[error("nothing to pay")]
    NothingDue,
    /// A payment is already under way at the gateway.
    #[error("payment under way")]
    UnderWay,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbError> for PayError {
    fn from(e: DbError) -> Self {
        PayError::Unexpected(e.into())
    }
}

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

/// What the fee of a dossier is and where its payment stands, for the dossier page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeStatus {
    pub amount: i64,
    pub due: FeeDue,
    pub paid_at: Option<NaiveDateTime>,
    /// The applicant may pay now.
    pub payable: bool,
    pub refunded: i64,
    /// Waived by the counter, with this reason.
    pub exemption: Option<String>,
    /// Who is exempt, in the catalog's words.
    pub rules: Vec<String>,
}

/// Why the counter cannot waive a fee now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExemptProblem {
    /// No fee, or already paid or waived, or the dossier is closed.
    NothingToWaive,
    /// A payment is under way at the gateway: waiting for its outcome first.
    PaymentUnderWay,
}

/// The counter waives dossier `id`'s fee for an applicant of an exempt group (checked against
/// their documents), with `reason`; the amount stays on record. The caller checked the access.
pub fn exempt(
    conn: &mut DbConn,
    id: i64,
    officer: i64,
    reason: &str,
    status: Status,
) -> Result<Result<(), ExemptProblem>, DbError> {
    if status.is_final() {
        return Ok(Err(ExemptProblem::NothingToWaive));
    }
    let (amount, paid, exempt): (i64, Option<NaiveDateTime>, Option<String>) = dossiers::table
        .filter(dossiers::id.eq(id))
        .select((dossiers::fee_amount, dossiers::paid_at, dossiers::fee_exemption))
        .first(conn)?;
    if amount == 0 || paid.is_some() || exempt.is_some() {
        return Ok(Err(ExemptProblem::NothingToWaive));
    }
    let under_way: i64 = payments::table
        .filter(payments::dossier_id.eq(id))
        .filter(payments::state.eq_any([
            PaymentState::Created.code(),
            PaymentState::Pending.code(),
            PaymentState::Paid.code(),
        ]))
        .count()
        .get_result(conn)?;
    if under_way > 0 {
        return Ok(Err(ExemptProblem::PaymentUnderWay));
    }
    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
        .set((dossiers::fee_exemption.eq(reason), dossiers::fee_exempted_by.eq(officer)))
        .execute(conn)?;
    Ok(Ok(()))
}

/// The report a gateway answer means: success needs both codes `00`. `None`: nothing to settle
/// yet — `07` (debited but held as suspected fraud) is neither a success nor a failure the payer
/// should be told to pay again for; the reconciliation asks again.
fn report_of(response_code: &str, transaction_status: &str) -> Option<Report> {
    match (response_code, transaction_status) {
        ("00", "00") => Some(Report::Success),
        ("07", _) | (_, "07") => None,
        (vnpay::CANCELLED, _) => Some(Report::Cancelled),
        _ => Some(Report::Failure),
    }
}

fn vn_stamp(t: NaiveDateTime) -> String {
    shared::time::local(t).format("%Y%m%d%H%M%S").to_string()
}

/// Keeps a message exchanged with the gateway.
fn keep(
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

/// The fee of dossier `id` by its case's online offer: the sum of the offer's fee items, each
/// for the count of units its form gives (pages, copies; one unit where the fee names no field).
pub fn compute_fee(conn: &mut DbConn, id: i64) -> Result<i64, DbError> {
    let Some(offer) = fee_offer(conn, id)? else { return Ok(0) };
    let formulas: Vec<String> =
        fee_items::table.filter(fee_items::channel_offer_id.eq(offer)).select(fee_items::formula).load(conn)?;
    let data: String = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::form_data).first(conn)?;
    let values: shared::eform::FormValues =
        serde_json::from_str(&data).map_err(|e| crate::db::decode(format!("form data: {e}")))?;
    let mut total: i64 = 0;
    for json in formulas {
        let formula: FeeFormula =
            serde_json::from_str(&json).map_err(|e| crate::db::decode(format!("fee formula: {e}")))?;
        let units = formula.units(|field| values.get(field).to_owned());
        total = total.saturating_add(formula.amount_for(units).0);
    }
    Ok(total)
}

/// The exemption rules of the fee items that apply to dossier `id` (the catalog's words).
pub fn exemption_rules(conn: &mut DbConn, id: i64) -> Result<Vec<String>, DbError> {
    let Some(offer) = fee_offer(conn, id)? else { return Ok(Vec::new()) };
    let rules: Vec<Option<String>> =
        fee_items::table.filter(fee_items::channel_offer_id.eq(offer)).select(fee_items::exemptions).load(conn)?;
    Ok(rules.into_iter().flatten().collect())
}

/// The online channel offer whose fees apply to dossier `id`: its case's.
fn fee_offer(conn: &mut DbConn, id: i64) -> Result<Option<i64>, DbError> {
    Ok(crate::services::dossier::case::online_offer(conn, id)?.map(|o| o.id))
}

/// When the fee of dossier `id` is due.
fn fee_due(conn: &mut DbConn, id: i64) -> Result<FeeDue, DbError> {
    Ok(dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(id))
        .select(procedures::fee_due)
        .first(conn)?)
}

/// Whether the fee blocks `status` from moving on: unpaid and due at this stage.
pub fn blocks(conn: &mut DbConn, id: i64, movement: shared::dossier::Move) -> Result<bool, DbError> {
    use shared::dossier::Move;
    let (amount, paid, exempt): (i64, Option<NaiveDateTime>, Option<String>) = dossiers::table
        .filter(dossiers::id.eq(id))
        .select((dossiers::fee_amount, dossiers::paid_at, dossiers::fee_exemption))
        .first(conn)?;
    if amount == 0 || paid.is_some() || exempt.is_some() {
        return Ok(false);
    }
    Ok(match (fee_due(conn, id)?, movement) {
        (FeeDue::AtSubmission, Move::Receive) => true,
        (FeeDue::BeforeResult, Move::ReturnResult) => true,
        _ => false,
    })
}

/// The fee and its payment, for whoever may see dossier `id`.
pub fn fee_status(conn: &mut DbConn, id: i64, status: Status) -> Result<Option<FeeStatus>, DbError> {
    let (amount, paid_at, exemption): (i64, Option<NaiveDateTime>, Option<String>) = dossiers::table
        .filter(dossiers::id.eq(id))
        .select((dossiers::fee_amount, dossiers::paid_at, dossiers::fee_exemption))
        .first(conn)?;
    if amount == 0 {
        return Ok(None);
    }
    let due = fee_due(conn, id)?;
    let stage = match due {
        FeeDue::AtSubmission => matches!(status, Status::Submitted | Status::Supplemented),
        FeeDue::BeforeResult => status == Status::Processed,
    };
    // A few payments per dossier at most; SUM of a BIGINT is NUMERIC in PostgreSQL.
    let refunded: i64 = payments::table
        .filter(payments::dossier_id.eq(id))
        .select(payments::refunded_amount)
        .load::<i64>(conn)?
        .into_iter()
        .sum();
    let rules = exemption_rules(conn, id)?;
    let payable = paid_at.is_none() && exemption.is_none() && stage;
    Ok(Some(FeeStatus { amount, due, paid_at, payable, refunded, exemption, rules }))
}

impl Payments {
    pub fn new(db: Db, config: PaymentConfig, base_url: url::Url, refund_approval_above: i64) -> Self {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        let notifications = std::sync::Arc::new(super::rate_limit::RateLimiter::per_minute(IPN_PER_MINUTE));
        Self { db, config, base_url, http, notifications, refund_approval_above }
    }

    /// Counts a gateway notification from `client`; false when it sends too many.
    pub fn allow_notification(&self, client: &str) -> bool {
        self.notifications.allow(client)
    }

    pub fn config(&self) -> &PaymentConfig {
        &self.config
    }

    pub fn base_url(&self) -> &url::Url {
        &self.base_url
    }

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
        let hash = vnpay::pipe_hash(
            &self.config.hash_secret,
            &[
                &request_id,
                vnpay::VERSION,
                "querydr",
                &self.config.tmn_code,
                txn_ref,
                &transaction_date,
                &create_date,
                ip,
                &info,
            ],
        );
        let body = serde_json::json!({
            "vnp_RequestId": request_id,
            "vnp_Version": vnpay::VERSION,
            "vnp_Command": "querydr",
            "vnp_TmnCode": self.config.tmn_code,
            "vnp_TxnRef": txn_ref,
            "vnp_OrderInfo": info,
            "vnp_TransactionDate": transaction_date,
            "vnp_CreateDate": create_date,
            "vnp_IpAddr": ip,
            "vnp_SecureHash": hash,
        });
        self.call_api(body, "querydr").await
    }

    /// Posts a `querydr` or `refund` request and checks the answer's hash.
    async fn call_api(&self, body: serde_json::Value, command: &str) -> anyhow::Result<GatewayAnswer> {
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
struct GatewayAnswer {
    tmn_code: String,
    txn_ref: String,
    response_code: String,
    transaction_status: String,
    transaction_no: String,
    bank_code: String,
    pay_date: String,
    amount: String,
    verified: bool,
    raw: String,
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

/// What the gateway says about the transaction.
struct Gateway<'a> {
    transaction_no: &'a str,
    bank_code: &'a str,
    pay_date: &'a str,
    response_code: &'a str,
}

/// Moves payment `payment` from `from` to `to` if no one else did; a paid one marks the dossier
/// paid (through the province's gateway) and tells the applicant. `false`: it had moved already.
#[allow(clippy::too_many_arguments)]
fn settle(
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
            .set(dossiers::paid_at.eq(now))
            .execute(conn)?;
        let amount: i64 = payments::table.filter(payments::id.eq(payment)).select(payments::amount).first(conn)?;
        let detail = format!(
            "Đã nhận thanh toán trực tuyến {} qua cổng thanh toán của tỉnh. Biên lai điện tử có trên trang hồ sơ.",
            shared::money::Vnd(amount).display()
        );
        crate::services::dossier::notices::notify_applicant(
            conn,
            dossier,
            "đã thanh toán phí, lệ phí",
            Some(&detail),
            base,
            now,
        )?;
    }
    Ok(true)
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

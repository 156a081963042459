//! Refunds of a paid fee (full or partial), from the back office, for a dossier that was
//! refused, stopped or withdrawn. The amount is reserved on the payment before the gateway is
//! called, so two refunds at once cannot exceed what was paid; it is given back if the gateway
//! refuses.
//!
//! Four eyes: a refund that takes what was refunded of a payment above
//! `PORTAL_REFUND_SECOND_OFFICER_ABOVE` (counted over all its refunds, so splitting one into small
//! ones does not avoid it) waits, its amount reserved, until a second officer who may refund the
//! dossier approves it; only then does the money move. Any officer who may refund it declines it
//! instead (the one who asked withdraws it), which frees the amount. Every request, approval and
//! refusal is in the audit log.

use super::checkout::keep;
use super::reconciliation::GatewayAnswer;
use super::{PayError, Payments, vn_stamp, vnpay};
use crate::db::schema::{payments, refunds};
use crate::db::{DbConn, DbError};
use crate::services::audit::{self, Entry, Event};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::Status;
use shared::payment::{PaymentState, RefundProblem, RefundState, check_refund};

#[derive(Debug, PartialEq, Eq)]
pub enum RefundError {
    NotFound,
    /// Only a refused, stopped or withdrawn dossier is refunded.
    NotClosed,
    /// A reason is required.
    Reason,
    Rule(RefundProblem),
    /// The officer who asked for a refund cannot approve it too.
    SameOfficer,
}

/// May `actor` refund dossier `id`'s fee: the receiving agency's counter or leader, once the
/// dossier was refused, stopped or withdrawn.
fn may_refund(conn: &mut DbConn, actor: &Actor, id: i64) -> Result<Result<(), RefundError>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(Err(RefundError::NotFound)) };
    let home = shared::access::DossierScope { at_agency: found.scope.agency, ..found.scope };
    if decide(actor, Action::ReceiveDossier(home)).is_err() && decide(actor, Action::DecideDossier(home)).is_err() {
        return Ok(Err(RefundError::NotFound));
    }
    if !matches!(found.status, Status::Refused | Status::Stopped | Status::Withdrawn) {
        return Ok(Err(RefundError::NotClosed));
    }
    Ok(Ok(()))
}

/// A refund waiting for a second officer.
struct Waiting {
    payment: i64,
    requested_by: i64,
    amount: i64,
}

/// Refund `refund` if it waits for approval and `actor` may refund its dossier.
fn waiting_for(conn: &mut DbConn, actor: &Actor, refund: i64) -> Result<Result<Waiting, RefundError>, DbError> {
    let row: Option<(i64, i64, i64, i64)> = refunds::table
        .inner_join(payments::table)
        .filter(refunds::id.eq(refund))
        .filter(refunds::state.eq(RefundState::AwaitingApproval.code()))
        .select((payments::dossier_id, payments::id, refunds::requested_by, refunds::amount))
        .first(conn)
        .optional()?;
    let Some((dossier, payment, requested_by, amount)) = row else { return Ok(Err(RefundError::NotFound)) };
    if let Err(e) = may_refund(conn, actor, dossier)? {
        return Ok(Err(e));
    }
    Ok(Ok(Waiting { payment, requested_by, amount }))
}

fn record(
    conn: &mut DbConn,
    event: Event,
    officer: i64,
    refund: i64,
    amount: i64,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let detail = format!("refund:{refund} amount:{amount}");
    let entry = Entry {
        event,
        actor: Some(officer),
        subject: Some(format!("refund:{refund}")),
        ip: None,
        detail: Some(&detail),
    };
    audit::record(conn, now, entry)
}

impl Payments {
    /// Refunds `amount` đồng of dossier `id`'s paid fee. Above the approval threshold the refund
    /// waits for a second officer (`AwaitingApproval`); otherwise it goes to the gateway now.
    pub async fn refund(
        &self,
        actor: &Actor,
        id: i64,
        amount: i64,
        reason: String,
    ) -> Result<Result<RefundState, RefundError>, PayError> {
        let Actor::Officer { account: officer, .. } = actor.clone() else { return Err(PayError::NotFound) };
        let actor = actor.clone();
        let threshold = self.refund_approval_above;
        let prepared = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    if let Err(e) = may_refund(conn, &actor, id)? {
                        return Ok(Err(e));
                    }
                    if reason.trim().is_empty() {
                        return Ok(Err(RefundError::Reason));
                    }
                    let (payment, refunded) = match refundable_payment(conn, id, amount)? {
                        Ok(p) => p,
                        Err(e) => return Ok(Err(e)),
                    };
                    if let Err(e) = reserve(conn, payment, refunded, amount)? {
                        return Ok(Err(e));
                    }
                    let needs_second = refunded + amount > threshold;
                    let requested = record_request(conn, payment, officer, amount, needs_second, &reason)?;
                    Ok::<_, DbError>(Ok(requested))
                })
            })
            .await?;
        match prepared {
            Ok((_, RefundState::AwaitingApproval)) => Ok(Ok(RefundState::AwaitingApproval)),
            Ok((refund, _)) => Ok(Ok(self.send_refund(refund, officer).await?)),
            Err(e) => Ok(Err(e)),
        }
    }

    /// A second officer approves a refund that waits for them; then it goes to the gateway.
    pub async fn approve_refund(
        &self,
        actor: &Actor,
        refund: i64,
    ) -> Result<Result<RefundState, RefundError>, PayError> {
        let Actor::Officer { account: officer, .. } = actor.clone() else { return Err(PayError::NotFound) };
        let actor = actor.clone();
        let approved = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Waiting { requested_by, amount, .. } = match waiting_for(conn, &actor, refund)? {
                        Ok(w) => w,
                        Err(e) => return Ok(Err(e)),
                    };
                    if requested_by == officer {
                        return Ok(Err(RefundError::SameOfficer));
                    }
                    let now = shared::time::now();
                    let moved = diesel::update(
                        refunds::table
                            .filter(refunds::id.eq(refund))
                            .filter(refunds::state.eq(RefundState::AwaitingApproval.code())),
                    )
                    .set((
                        refunds::state.eq(RefundState::Requested.code()),
                        refunds::approved_by.eq(officer),
                        refunds::approved_at.eq(now),
                    ))
                    .execute(conn)?;
                    if moved != 1 {
                        return Ok(Err(RefundError::NotFound));
                    }
                    record(conn, Event::RefundApproved, officer, refund, amount, now)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?;
        match approved {
            Ok(()) => Ok(Ok(self.send_refund(refund, officer).await?)),
            Err(e) => Ok(Err(e)),
        }
    }

    /// An officer who may refund the dossier declines a refund waiting for approval (the one who
    /// asked for it withdraws it); its reserved amount is freed.
    pub async fn decline_refund(&self, actor: &Actor, refund: i64) -> Result<Result<(), RefundError>, PayError> {
        let Actor::Officer { account: officer, .. } = actor.clone() else { return Err(PayError::NotFound) };
        let actor = actor.clone();
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Waiting { payment, amount, .. } = match waiting_for(conn, &actor, refund)? {
                        Ok(w) => w,
                        Err(e) => return Ok(Err(e)),
                    };
                    let now = shared::time::now();
                    let moved = diesel::update(
                        refunds::table
                            .filter(refunds::id.eq(refund))
                            .filter(refunds::state.eq(RefundState::AwaitingApproval.code())),
                    )
                    .set((refunds::state.eq(RefundState::Declined.code()), refunds::finished_at.eq(now)))
                    .execute(conn)?;
                    if moved != 1 {
                        return Ok(Err(RefundError::NotFound));
                    }
                    diesel::update(payments::table.filter(payments::id.eq(payment)))
                        .set(payments::refunded_amount.eq(payments::refunded_amount - amount))
                        .execute(conn)?;
                    record(conn, Event::RefundDeclined, officer, refund, amount, now)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?)
    }

    /// Sends a requested refund to the gateway and settles it by the verified answer. Without
    /// one (no answer, a timeout, a bad hash) the gateway may have paid it out: it stays
    /// requested and its amount stays claimed, so it cannot be refunded twice.
    async fn send_refund(&self, refund: i64, officer: i64) -> Result<RefundState, PayError> {
        let sending = self.db.run(move |conn| to_send(conn, refund)).await?;
        let body = self.refund_body(&sending, officer);
        let answer = self.call_api(body.clone(), "refund").await;
        let base = self.base_url.clone();
        let state = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| record_answer(conn, refund, &sending, &body, &answer, &base))
            })
            .await?;
        Ok(state)
    }

    /// The signed `refund` request for the gateway, made now by `officer`.
    fn refund_body(&self, sending: &Sending, officer: i64) -> serde_json::Value {
        let amount = sending.amount;
        let now = shared::time::now();
        // The whole payment, and nothing refunded before this one (whose amount is reserved).
        let full = sending.refunded == amount && amount == sending.paid_amount;
        let kind = if full { "02" } else { "03" };
        let txn_no = sending.txn_no.clone().unwrap_or_default();
        let (amount_field, transaction_date, create_date) =
            (vnpay::amount_field(amount), vn_stamp(sending.created), vn_stamp(now));
        let create_by = format!("officer-{officer}");
        let info = vnpay::order_info(&format!("Hoan tien giao dich {}", sending.txn_ref));
        let ip = "127.0.0.1";
        vnpay::api_request(
            &self.config.hash_secret,
            &[
                ("vnp_RequestId", &sending.request_id),
                ("vnp_Version", vnpay::VERSION),
                ("vnp_Command", "refund"),
                ("vnp_TmnCode", &self.config.tmn_code),
                ("vnp_TransactionType", kind),
                ("vnp_TxnRef", &sending.txn_ref),
                ("vnp_Amount", &amount_field),
                ("vnp_TransactionNo", &txn_no),
                ("vnp_TransactionDate", &transaction_date),
                ("vnp_CreateBy", &create_by),
                ("vnp_CreateDate", &create_date),
                ("vnp_IpAddr", ip),
                ("vnp_OrderInfo", &info),
            ],
        )
    }
}

/// Dossier `id`'s paid payment, if `amount` may be refunded from it: its id and what was refunded before.
fn refundable_payment(conn: &mut DbConn, id: i64, amount: i64) -> Result<Result<(i64, i64), RefundError>, DbError> {
    let paid: Option<(i64, i64, i64, PaymentState)> = payments::table
        .filter(payments::dossier_id.eq(id))
        .filter(payments::state.eq(PaymentState::Paid.code()))
        .select((payments::id, payments::amount, payments::refunded_amount, payments::state))
        .first(conn)
        .optional()?;
    let Some((payment, paid_amount, refunded, state)) = paid else {
        return Ok(Err(RefundError::Rule(RefundProblem::NotPaid)));
    };
    if let Err(problem) = check_refund(state, paid_amount, refunded, amount) {
        return Ok(Err(RefundError::Rule(problem)));
    }
    Ok(Ok((payment, refunded)))
}

/// Reserves `amount` on payment `payment`, unless another refund changed it since it was read.
fn reserve(conn: &mut DbConn, payment: i64, refunded: i64, amount: i64) -> Result<Result<(), RefundError>, DbError> {
    // Counted as refunded now, so two refunds at once cannot exceed the payment;
    // given back if the gateway refuses.
    let claimed =
        diesel::update(payments::table.filter(payments::id.eq(payment)).filter(payments::refunded_amount.eq(refunded)))
            .set(payments::refunded_amount.eq(refunded + amount))
            .execute(conn)?;
    if claimed != 1 {
        return Ok(Err(RefundError::Rule(RefundProblem::MoreThanPaid)));
    }
    Ok(Ok(()))
}

/// Records the refund request (waiting for a second officer if `needs_second`) and audits it.
fn record_request(
    conn: &mut DbConn,
    payment: i64,
    officer: i64,
    amount: i64,
    needs_second: bool,
    reason: &str,
) -> Result<(i64, RefundState), DbError> {
    let now = shared::time::now();
    let state = if needs_second { RefundState::AwaitingApproval } else { RefundState::Requested };
    let refund: i64 = diesel::insert_into(refunds::table)
        .values((
            refunds::payment_id.eq(payment),
            refunds::request_id.eq(hex::encode(rand::random::<[u8; 12]>())),
            refunds::amount.eq(amount),
            refunds::state.eq(state.code()),
            refunds::reason.eq(shared::text::nfc(reason)),
            refunds::requested_by.eq(officer),
            refunds::requested_at.eq(now),
        ))
        .returning(refunds::id)
        .get_result(conn)?;
    record(conn, Event::RefundRequested, officer, refund, amount, now)?;
    Ok((refund, state))
}

/// A requested refund and its payment, as the gateway is told of them.
struct Sending {
    payment: i64,
    request_id: String,
    amount: i64,
    txn_ref: String,
    created: NaiveDateTime,
    txn_no: Option<String>,
    paid_amount: i64,
    refunded: i64,
}

/// Reads refund `refund` and its payment for sending.
fn to_send(conn: &mut DbConn, refund: i64) -> Result<Sending, DbError> {
    type Row = (i64, String, i64, String, NaiveDateTime, Option<String>, i64, i64);
    let (payment, request_id, amount, txn_ref, created, txn_no, paid_amount, refunded): Row = refunds::table
        .inner_join(payments::table)
        .filter(refunds::id.eq(refund))
        .select((
            payments::id,
            refunds::request_id,
            refunds::amount,
            payments::txn_ref,
            payments::created_at,
            payments::gateway_txn_no,
            payments::amount,
            payments::refunded_amount,
        ))
        .first(conn)?;
    Ok(Sending { payment, request_id, amount, txn_ref, created, txn_no, paid_amount, refunded })
}

/// Where the gateway's answer leaves a refund, and the response code to keep.
fn outcome(answer: &anyhow::Result<GatewayAnswer>) -> (RefundState, String) {
    match answer {
        Ok(a) if a.verified && a.response_code == "00" => (RefundState::Refunded, a.response_code.clone()),
        Ok(a) if a.verified => (RefundState::Failed, a.response_code.clone()),
        Ok(a) => (RefundState::Requested, a.response_code.clone()),
        Err(_) => (RefundState::Requested, String::new()),
    }
}

/// Keeps the request and the gateway's answer, and settles refund `refund` by it: a failed one
/// gives its amount back, a refunded one tells the applicant.
fn record_answer(
    conn: &mut DbConn,
    refund: i64,
    sending: &Sending,
    body: &serde_json::Value,
    answer: &anyhow::Result<GatewayAnswer>,
    base: &url::Url,
) -> Result<RefundState, DbError> {
    let (payment, amount) = (sending.payment, sending.amount);
    let now = shared::time::now();
    keep(conn, Some(payment), "refund_request", &body.to_string(), true, now)?;
    let (state, code) = outcome(answer);
    match answer {
        Ok(a) => keep(conn, Some(payment), "refund", &a.raw, a.verified, now)?,
        Err(e) => keep(conn, Some(payment), "refund", &format!("unreachable: {e}"), false, now)?,
    }
    let finished = (state != RefundState::Requested).then_some(now);
    diesel::update(refunds::table.filter(refunds::id.eq(refund)))
        .set((refunds::state.eq(state.code()), refunds::finished_at.eq(finished), refunds::response_code.eq(&code)))
        .execute(conn)?;
    if state == RefundState::Failed {
        diesel::update(payments::table.filter(payments::id.eq(payment)))
            .set(payments::refunded_amount.eq(payments::refunded_amount - amount))
            .execute(conn)?;
    } else if state == RefundState::Refunded {
        let dossier: i64 = payments::table.filter(payments::id.eq(payment)).select(payments::dossier_id).first(conn)?;
        let shown = shared::money::Vnd(amount).display();
        let news = |lang| {
            let detail = app::i18n::mail::fill(app::i18n::t::NEWS_REFUNDED_DETAIL.get(lang), &[("amount", &shown)]);
            (app::i18n::t::NEWS_REFUNDED.get(lang).to_owned(), Some(detail))
        };
        crate::services::dossier::notices::notify_applicant(conn, dossier, news, base, now)?;
    }
    Ok(state)
}

/// Refunds of dossier `id` waiting for a second officer, for the officer page; each says
/// whether `viewer` (who may not approve their own) may approve it.
pub fn awaiting_approval(
    conn: &mut DbConn,
    id: i64,
    viewer: i64,
) -> Result<Vec<app::api::backoffice::AwaitingRefund>, DbError> {
    use crate::db::schema::accounts;
    let rows: Vec<(i64, i64, String, i64, String)> = refunds::table
        .inner_join(payments::table)
        .inner_join(accounts::table.on(accounts::id.eq(refunds::requested_by)))
        .filter(payments::dossier_id.eq(id))
        .filter(refunds::state.eq(RefundState::AwaitingApproval.code()))
        .order(refunds::id)
        .select((refunds::id, refunds::amount, refunds::reason, refunds::requested_by, accounts::full_name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(refund, amount, reason, by, name)| app::api::backoffice::AwaitingRefund {
            refund,
            amount,
            reason,
            requested_by: name,
            may_approve: by != viewer,
        })
        .collect())
}

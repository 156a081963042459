//! What a dossier owes and whether that holds it up: the fee computed from its case's online
//! offer, the counter's waiver, and the fee's standing for the dossier page. Kept apart from
//! paying so that the back office and filing, which only ask "what is owed?", need not read the
//! gateway code.

use crate::db::schema::{dossiers, fee_items, payments, procedures};
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::catalog::FeeFormula;
use shared::dossier::Status;
use shared::payment::{FeeDue, PaymentState};

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

/// Why the counter cannot waive or take a fee now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExemptProblem {
    /// No fee, or already paid or waived, or the dossier is closed.
    NothingToWaive,
    /// A payment is under way at the gateway: waiting for its outcome first.
    PaymentUnderWay,
}

/// How the counter settles an unpaid fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settlement<'a> {
    /// Waived for an applicant of an exempt group (checked against their documents), with the
    /// reason; the amount stays on record.
    Waived { reason: &'a str },
    /// Paid in cash at the counter: paid, and not online (`DuocThanhToanTrucTuyen` 0).
    Collected,
}

/// The counter settles dossier `id`'s unpaid fee. The caller checked the access.
pub fn settle_at_counter(
    conn: &mut DbConn,
    id: i64,
    officer: i64,
    how: Settlement<'_>,
    status: Status,
    now: NaiveDateTime,
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
    let dossier = dossiers::table.filter(dossiers::id.eq(id));
    match how {
        Settlement::Waived { reason } => diesel::update(dossier)
            .set((dossiers::fee_exemption.eq(reason), dossiers::fee_exempted_by.eq(officer)))
            .execute(conn)?,
        Settlement::Collected => diesel::update(dossier)
            .set((dossiers::paid_at.eq(now), dossiers::paid_online.eq(shared::dossier::PaidOnline::No.code())))
            .execute(conn)?,
    };
    crate::services::dossier::tally::recount(conn, id, now)?;
    Ok(Ok(()))
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

/// The names of the fee items that apply to dossier `id` (the catalog's labels), as a receipt
/// names what it collects.
pub fn fee_names(conn: &mut DbConn, id: i64) -> Result<Vec<String>, DbError> {
    let Some(offer) = fee_offer(conn, id)? else { return Ok(Vec::new()) };
    Ok(fee_items::table
        .filter(fee_items::channel_offer_id.eq(offer))
        .order(fee_items::ordinal)
        .select(fee_items::label)
        .load(conn)?)
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
    Ok(matches!(
        (fee_due(conn, id)?, movement),
        (FeeDue::AtSubmission, Move::Receive) | (FeeDue::BeforeResult, Move::ReturnResult)
    ))
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

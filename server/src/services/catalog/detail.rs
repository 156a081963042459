//! Loading every constituent part of one procedure.

use super::corrupt;
use crate::db::schema::{
    agencies, channel_offers, document_requirements, fee_items, fields, procedure_cases, procedure_clauses, procedures,
};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::{
    Channel, ChannelOffer, DocumentRequirement, FeeFormula, FeeItem, FeeKind, ImplementingLevel, Named, OnlineLevel,
    ProcedureCase, ProcedureCode, ProcedureDetail, TargetSubject, TimeLimit, TimeUnit,
};

/// Clause kinds in `procedure_clauses`.
pub const STEP: &str = "step";
pub const CONDITION: &str = "condition";
pub const LEGAL_BASIS: &str = "legal_basis";

#[derive(Queryable)]
struct Head {
    id: i64,
    code: String,
    version: i32,
    name: String,
    level: String,
    target_subjects: String,
    online_level: String,
    eligible_full_online: bool,
    result: String,
    effective_from: NaiveDate,
    publication_decision: Option<String>,
    field_code: String,
    field_name: String,
    agency_code: String,
    agency_name: String,
}

/// The version of `code` in force on `today`, or `None`.
pub fn load(conn: &mut DbConn, code: &ProcedureCode, today: NaiveDate) -> Result<Option<ProcedureDetail>, DbError> {
    let head: Option<Head> = procedures::table
        .inner_join(fields::table)
        .inner_join(agencies::table)
        .filter(procedures::code.eq(code.as_str()))
        .filter(super::in_force(today))
        .order(procedures::version.desc())
        .select((
            procedures::id,
            procedures::code,
            procedures::version,
            procedures::name,
            procedures::level,
            procedures::target_subjects,
            procedures::online_level,
            procedures::eligible_full_online,
            procedures::result,
            procedures::effective_from,
            procedures::publication_decision,
            fields::code,
            fields::name,
            agencies::code,
            agencies::name,
        ))
        .first(conn)
        .optional()?;
    let Some(h) = head else { return Ok(None) };

    let cases = procedure_cases::table
        .filter(procedure_cases::procedure_id.eq(h.id))
        .order(procedure_cases::ordinal.asc())
        .select((procedure_cases::case_key, procedure_cases::name, procedure_cases::description))
        .load::<(String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(key, name, description)| ProcedureCase { key, name, description })
        .collect();

    let clauses: Vec<(String, String)> = procedure_clauses::table
        .filter(procedure_clauses::procedure_id.eq(h.id))
        .order((procedure_clauses::kind.asc(), procedure_clauses::ordinal.asc()))
        .select((procedure_clauses::kind, procedure_clauses::body))
        .load(conn)?;
    let of_kind = |kind: &str| clauses.iter().filter(|(k, _)| k == kind).map(|(_, b)| b.clone()).collect::<Vec<_>>();

    let target_subjects = h
        .target_subjects
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| TargetSubject::parse(s).ok_or_else(|| corrupt("procedures.target_subjects", s)))
        .collect::<Result<_, _>>()?;

    Ok(Some(ProcedureDetail {
        code: ProcedureCode::parse(&h.code).map_err(|e| corrupt("procedures.code", e))?,
        version: u32::try_from(h.version).map_err(|e| corrupt("procedures.version", e))?,
        name: h.name,
        field: Named { code: h.field_code, name: h.field_name },
        level: ImplementingLevel::parse(&h.level).ok_or_else(|| corrupt("procedures.level", &h.level))?,
        agency: Named { code: h.agency_code, name: h.agency_name },
        target_subjects,
        online_level: OnlineLevel::parse(&h.online_level)
            .ok_or_else(|| corrupt("procedures.online_level", &h.online_level))?,
        eligible_full_online: h.eligible_full_online,
        cases,
        channels: channels(conn, h.id)?,
        documents: documents(conn, h.id)?,
        steps: of_kind(STEP),
        conditions: of_kind(CONDITION),
        legal_bases: of_kind(LEGAL_BASIS),
        result: h.result,
        effective_from: h.effective_from.format("%Y-%m-%d").to_string(),
        publication_decision: h.publication_decision,
    }))
}

type OfferRow = (i64, String, Option<String>, i32, String, Option<String>, Option<String>);
type FeeRow = (i64, String, String, String, Option<String>, Option<String>);

fn channels(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<ChannelOffer>, DbError> {
    let offers: Vec<OfferRow> = channel_offers::table
        .filter(channel_offers::procedure_id.eq(procedure_id))
        .order(channel_offers::ordinal.asc())
        .select((
            channel_offers::id,
            channel_offers::channel,
            channel_offers::case_key,
            channel_offers::time_value,
            channel_offers::time_unit,
            channel_offers::same_day_cutoff,
            channel_offers::note,
        ))
        .load(conn)?;
    let offer_ids: Vec<i64> = offers.iter().map(|o| o.0).collect();
    let fees: Vec<FeeRow> = fee_items::table
        .filter(fee_items::channel_offer_id.eq_any(&offer_ids))
        .order((fee_items::channel_offer_id.asc(), fee_items::ordinal.asc()))
        .select((
            fee_items::channel_offer_id,
            fee_items::kind,
            fee_items::label,
            fee_items::formula,
            fee_items::exemptions,
            fee_items::legal_basis,
        ))
        .load(conn)?;
    offers
        .into_iter()
        .map(|(id, channel, case_key, value, unit, cutoff, note)| {
            let fees = fees
                .iter()
                .filter(|f| f.0 == id)
                .map(|(_, kind, label, formula, exemptions, legal_basis)| {
                    Ok(FeeItem {
                        kind: FeeKind::parse(kind).ok_or_else(|| corrupt("fee_items.kind", kind))?,
                        label: label.clone(),
                        formula: serde_json::from_str::<FeeFormula>(formula)
                            .map_err(|e| corrupt("fee_items.formula", e))?,
                        exemptions: exemptions.clone(),
                        legal_basis: legal_basis.clone(),
                    })
                })
                .collect::<Result<_, DbError>>()?;
            Ok(ChannelOffer {
                channel: Channel::parse(&channel).ok_or_else(|| corrupt("channel_offers.channel", &channel))?,
                case_key,
                time_limit: TimeLimit {
                    value: u32::try_from(value).map_err(|e| corrupt("channel_offers.time_value", e))?,
                    unit: TimeUnit::parse(&unit).ok_or_else(|| corrupt("channel_offers.time_unit", &unit))?,
                },
                same_day_cutoff: cutoff,
                fees,
                note,
            })
        })
        .collect()
}

type DocumentRow = (Option<String>, String, i32, i32, Option<String>, bool, Option<String>);

fn documents(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<DocumentRequirement>, DbError> {
    let rows: Vec<DocumentRow> = document_requirements::table
        .filter(document_requirements::procedure_id.eq(procedure_id))
        .order(document_requirements::ordinal.asc())
        .select((
            document_requirements::case_key,
            document_requirements::name,
            document_requirements::originals,
            document_requirements::copies,
            document_requirements::form_template,
            document_requirements::mandatory,
            document_requirements::applies_when,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(case_key, name, originals, copies, form_template, mandatory, condition)| {
            Ok(DocumentRequirement {
                case_key,
                name,
                originals: u32::try_from(originals).map_err(|e| corrupt("document_requirements.originals", e))?,
                copies: u32::try_from(copies).map_err(|e| corrupt("document_requirements.copies", e))?,
                form_template,
                mandatory,
                condition,
            })
        })
        .collect()
}

//! Loading every constituent part of one procedure (the parts are read here for
//! `store::read` too).

use super::corrupt;
use crate::db::schema::{
    agencies, channel_offers, document_requirements, fee_items, fields, procedure_agencies, procedure_cases, procedures,
};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::{
    Channel, ChannelOffer, DocumentRequirement, FeeFormula, FeeItem, FeeKind, Named, ProcedureCase, ProcedureCode,
    ProcedureDetail, TimeLimit, TimeUnit,
};

/// Clause kinds in `procedure_clauses`.
pub const STEP: &str = "step";
pub const CONDITION: &str = "condition";
pub const LEGAL_BASIS: &str = "legal_basis";

/// `procedure_agencies.role` of a receiving and of the returning agency.
pub const RECEIVES: &str = "receives";
pub const RETURNS: &str = "returns";

/// An agency a procedure names: (id, code, name).
pub type NamedAgency = (i64, String, String);

/// The agencies that receive dossiers of procedure version `id` (in order) and the one that
/// returns results.
pub(crate) fn agencies_of(conn: &mut DbConn, id: i64) -> Result<(Vec<NamedAgency>, Option<NamedAgency>), DbError> {
    let rows: Vec<(String, NamedAgency)> = procedure_agencies::table
        .inner_join(agencies::table)
        .filter(procedure_agencies::procedure_id.eq(id))
        .order((procedure_agencies::role, procedure_agencies::ordinal))
        .select((procedure_agencies::role, (agencies::id, agencies::code, agencies::name)))
        .load(conn)?;
    let mut receiving = Vec::new();
    let mut returning = None;
    for (role, agency) in rows {
        if role == RETURNS {
            returning = Some(agency);
        } else {
            receiving.push(agency);
        }
    }
    Ok((receiving, returning))
}

/// The version of `code` in force on `today`, or `None`: its document with the names of its
/// field and agency.
pub fn load(conn: &mut DbConn, code: &ProcedureCode, today: NaiveDate) -> Result<Option<ProcedureDetail>, DbError> {
    let head: Option<(i64, String, String)> = procedures::table
        .inner_join(fields::table)
        .inner_join(agencies::table)
        .filter(procedures::code.eq(code.as_str()))
        .filter(super::in_force(today))
        .order(procedures::version.desc())
        .select((procedures::id, fields::name, agencies::name))
        .first(conn)
        .optional()?;
    let Some((id, field_name, agency_name)) = head else { return Ok(None) };
    let d = super::store::read(conn, id)?;
    let (receiving, returning) = agencies_of(conn, id)?;
    let named = |(_, code, name): NamedAgency| Named { code, name };
    Ok(Some(ProcedureDetail {
        receiving: receiving.into_iter().map(named).collect(),
        returning: returning.map(named),
        code: d.code,
        version: d.version,
        name: d.name,
        field: Named { code: d.field.to_string(), name: field_name },
        level: d.level,
        agency: Named { code: d.agency.to_string(), name: agency_name },
        target_subjects: d.target_subjects,
        online_level: d.online_level,
        eligible_full_online: d.eligible_full_online,
        cases: d.cases,
        channels: d.channels,
        documents: d.documents,
        steps: d.steps,
        conditions: d.conditions,
        legal_bases: d.legal_bases,
        result: d.result,
        effective_from: d.effective_from,
        publication_decision: d.publication_decision,
    }))
}

pub(super) fn cases(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<ProcedureCase>, DbError> {
    Ok(procedure_cases::table
        .filter(procedure_cases::procedure_id.eq(procedure_id))
        .order(procedure_cases::ordinal.asc())
        .select((procedure_cases::case_key, procedure_cases::name, procedure_cases::description))
        .load::<(String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(key, name, description)| ProcedureCase { key, name, description })
        .collect())
}

type OfferRow = (i64, String, Option<String>, i32, String, Option<String>, Option<String>);
type FeeRow = (i64, String, String, String, Option<String>, Option<String>);

pub(super) fn channels(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<ChannelOffer>, DbError> {
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

pub(super) fn documents(conn: &mut DbConn, procedure_id: i64) -> Result<Vec<DocumentRequirement>, DbError> {
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

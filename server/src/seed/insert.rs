//! Writing a [`CatalogSeed`] into the database, in one transaction.

use super::model::{CatalogSeed, SeedProcedure};
use crate::db::schema::{
    admin_units, agencies, channel_offers, document_requirements, fee_items, fields, procedure_cases,
    procedure_clauses, procedures,
};
use crate::db::{DbConn, DbError};
use crate::services::catalog::detail::{CONDITION, LEGAL_BASIS, STEP};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::text::search_key;
use std::collections::HashMap;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub admin_units: usize,
    pub agencies: usize,
    pub fields: usize,
    pub procedures: usize,
}

pub fn apply(conn: &mut DbConn, seed: &CatalogSeed) -> Result<SeedReport, DbError> {
    crate::db::transaction(conn, |conn| {
        let mut report = SeedReport::default();
        for u in &seed.admin_units {
            if id_of_unit(conn, &u.code)?.is_none() {
                let parent = match &u.parent {
                    Some(code) => id_of_unit(conn, code)?,
                    None => None,
                };
                diesel::insert_into(admin_units::table)
                    .values((
                        admin_units::code.eq(&u.code),
                        admin_units::name.eq(&u.name),
                        admin_units::kind.eq(&u.kind),
                        admin_units::parent_id.eq(parent),
                        admin_units::valid_from.eq(date(&u.valid_from)?),
                        admin_units::valid_to.eq(u.valid_to.as_deref().map(date).transpose()?),
                    ))
                    .execute(conn)?;
                report.admin_units += 1;
            }
        }
        // Successors may be listed after the units they replace, so they are linked afterwards.
        for u in seed.admin_units.iter().filter(|u| u.successor.is_some()) {
            let successor = id_of_unit(conn, u.successor.as_deref().unwrap_or_default())?;
            diesel::update(admin_units::table.filter(admin_units::code.eq(&u.code)))
                .set(admin_units::successor_id.eq(successor))
                .execute(conn)?;
        }
        for a in &seed.agencies {
            if id_of_agency(conn, a.code.as_str())?.is_none() {
                let unit = id_of_unit(conn, &a.admin_unit)?.ok_or_else(|| missing("admin unit", &a.admin_unit))?;
                let parent = match &a.parent {
                    Some(code) => id_of_agency(conn, code.as_str())?,
                    None => None,
                };
                diesel::insert_into(agencies::table)
                    .values((
                        agencies::code.eq(a.code.as_str()),
                        agencies::name.eq(&a.name),
                        agencies::level.eq(a.level.code()),
                        agencies::admin_unit_id.eq(unit),
                        agencies::parent_id.eq(parent),
                        agencies::address.eq(&a.address),
                        agencies::phone.eq(&a.phone),
                    ))
                    .execute(conn)?;
                report.agencies += 1;
            }
        }
        for f in &seed.fields {
            let exists = fields::table
                .filter(fields::code.eq(f.code.as_str()))
                .select(fields::id)
                .first::<i64>(conn)
                .optional()?;
            if exists.is_none() {
                diesel::insert_into(fields::table)
                    .values((fields::code.eq(f.code.as_str()), fields::name.eq(&f.name)))
                    .execute(conn)?;
                report.fields += 1;
            }
        }
        let field_names: HashMap<String, (i64, String)> = fields::table
            .select((fields::code, fields::id, fields::name))
            .load::<(String, i64, String)>(conn)?
            .into_iter()
            .map(|(c, i, n)| (c, (i, n)))
            .collect();
        let agency_names: HashMap<String, (i64, String)> = agencies::table
            .select((agencies::code, agencies::id, agencies::name))
            .load::<(String, i64, String)>(conn)?
            .into_iter()
            .map(|(c, i, n)| (c, (i, n)))
            .collect();
        for p in &seed.procedures {
            let exists = procedures::table
                .filter(procedures::code.eq(p.code.as_str()))
                .filter(procedures::version.eq(version(p)?))
                .select(procedures::id)
                .first::<i64>(conn)
                .optional()?;
            if exists.is_none() {
                let field = field_names.get(p.field.as_str()).ok_or_else(|| missing("field", p.field.as_str()))?;
                let agency = agency_names.get(p.agency.as_str()).ok_or_else(|| missing("agency", p.agency.as_str()))?;
                insert_procedure(conn, p, field, agency)?;
                report.procedures += 1;
            }
        }
        Ok(report)
    })
}

fn insert_procedure(
    conn: &mut DbConn,
    p: &SeedProcedure,
    field: &(i64, String),
    agency: &(i64, String),
) -> Result<(), DbError> {
    // Everything besides the name that a visitor may search by.
    let other_key = search_key(&format!("{} {} {} {}", p.code, field.1, agency.1, p.aliases.join(" ")));
    let subjects: Vec<&str> = p.target_subjects.iter().map(|s| s.code()).collect();
    diesel::insert_into(procedures::table)
        .values((
            procedures::code.eq(p.code.as_str()),
            procedures::version.eq(version(p)?),
            procedures::name.eq(shared::text::nfc(&p.name)),
            procedures::name_key.eq(search_key(&p.name)),
            procedures::other_key.eq(other_key),
            procedures::field_id.eq(field.0),
            procedures::level.eq(p.level.code()),
            procedures::agency_id.eq(agency.0),
            procedures::target_subjects.eq(subjects.join(",")),
            procedures::online_level.eq(p.online_level.code()),
            procedures::eligible_full_online.eq(p.eligible_full_online),
            procedures::result.eq(&p.result),
            procedures::effective_from.eq(date(&p.effective_from)?),
            procedures::effective_to.eq(p.effective_to.as_deref().map(date).transpose()?),
            procedures::publication_decision.eq(&p.publication_decision),
        ))
        .execute(conn)?;
    let id: i64 = procedures::table
        .filter(procedures::code.eq(p.code.as_str()))
        .filter(procedures::version.eq(version(p)?))
        .select(procedures::id)
        .first(conn)?;
    for (i, c) in p.cases.iter().enumerate() {
        diesel::insert_into(procedure_cases::table)
            .values((
                procedure_cases::procedure_id.eq(id),
                procedure_cases::ordinal.eq(ordinal(i)),
                procedure_cases::case_key.eq(&c.key),
                procedure_cases::name.eq(&c.name),
                procedure_cases::description.eq(&c.description),
            ))
            .execute(conn)?;
    }
    for (i, offer) in p.channels.iter().enumerate() {
        diesel::insert_into(channel_offers::table)
            .values((
                channel_offers::procedure_id.eq(id),
                channel_offers::ordinal.eq(ordinal(i)),
                channel_offers::channel.eq(offer.channel.code()),
                channel_offers::case_key.eq(&offer.case_key),
                channel_offers::time_value
                    .eq(i32::try_from(offer.time_limit.value).map_err(|_| missing("time limit", "too large"))?),
                channel_offers::time_unit.eq(offer.time_limit.unit.code()),
                channel_offers::same_day_cutoff.eq(&offer.same_day_cutoff),
                channel_offers::note.eq(&offer.note),
            ))
            .execute(conn)?;
        let offer_id: i64 = channel_offers::table
            .filter(channel_offers::procedure_id.eq(id))
            .filter(channel_offers::ordinal.eq(ordinal(i)))
            .select(channel_offers::id)
            .first(conn)?;
        for (j, fee) in offer.fees.iter().enumerate() {
            let formula = serde_json::to_string(&fee.formula).map_err(|e| missing("fee formula", &e.to_string()))?;
            diesel::insert_into(fee_items::table)
                .values((
                    fee_items::channel_offer_id.eq(offer_id),
                    fee_items::ordinal.eq(ordinal(j)),
                    fee_items::kind.eq(fee.kind.code()),
                    fee_items::label.eq(&fee.label),
                    fee_items::formula.eq(formula),
                    fee_items::exemptions.eq(&fee.exemptions),
                    fee_items::legal_basis.eq(&fee.legal_basis),
                ))
                .execute(conn)?;
        }
    }
    for (i, d) in p.documents.iter().enumerate() {
        diesel::insert_into(document_requirements::table)
            .values((
                document_requirements::procedure_id.eq(id),
                document_requirements::ordinal.eq(ordinal(i)),
                document_requirements::case_key.eq(&d.case_key),
                document_requirements::name.eq(&d.name),
                document_requirements::originals.eq(i32::try_from(d.originals).unwrap_or(i32::MAX)),
                document_requirements::copies.eq(i32::try_from(d.copies).unwrap_or(i32::MAX)),
                document_requirements::form_template.eq(&d.form_template),
                document_requirements::mandatory.eq(d.mandatory),
                document_requirements::applies_when.eq(&d.condition),
            ))
            .execute(conn)?;
    }
    let clauses = p
        .steps
        .iter()
        .map(|b| (STEP, b))
        .chain(p.conditions.iter().map(|b| (CONDITION, b)))
        .chain(p.legal_bases.iter().map(|b| (LEGAL_BASIS, b)));
    let mut counters: HashMap<&str, i32> = HashMap::new();
    for (kind, body) in clauses {
        let n = counters.entry(kind).or_insert(0);
        *n += 1;
        diesel::insert_into(procedure_clauses::table)
            .values((
                procedure_clauses::procedure_id.eq(id),
                procedure_clauses::kind.eq(kind),
                procedure_clauses::ordinal.eq(*n),
                procedure_clauses::body.eq(body),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn id_of_unit(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    Ok(admin_units::table.filter(admin_units::code.eq(code)).select(admin_units::id).first(conn).optional()?)
}

fn id_of_agency(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    Ok(agencies::table.filter(agencies::code.eq(code)).select(agencies::id).first(conn).optional()?)
}

fn date(iso: &str) -> Result<NaiveDate, DbError> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").map_err(|_| missing("date", iso))
}

fn version(p: &SeedProcedure) -> Result<i32, DbError> {
    i32::try_from(p.version).map_err(|_| missing("version", "too large"))
}

fn ordinal(i: usize) -> i32 {
    i32::try_from(i + 1).unwrap_or(i32::MAX)
}

fn missing(what: &str, value: &str) -> DbError {
    DbError::Query(diesel::result::Error::QueryBuilderError(format!("seed refers to unknown {what} {value}").into()))
}

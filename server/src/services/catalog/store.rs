//! The catalog's one writer of procedures: a version read into a [`ProcedureDocument`], and a
//! document written as a new version. Versions are only ever added: a change makes the next
//! version, effective on its own date, and the version it follows ends that day, so dossiers
//! filed under the old one keep it. The import, the seed and the catalog editor all write here.

use super::detail::{CONDITION, LEGAL_BASIS, STEP};
use super::{corrupt, detail};
use crate::db::schema::{
    agencies, channel_offers, document_requirements, fee_items, fields, procedure_agencies, procedure_clauses,
    procedure_forms, procedures, workflows,
};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::{
    CatalogProblem, CatalogProblemKind, ImplementingLevel, OnlineLevel, ProcedureCode, ProcedureDocument, TargetSubject,
};
use shared::payment::FeeDue;
use shared::text::{nfc, search_key};

/// Whether a document may replace a procedure that already exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only procedures not in the catalog yet are written (the demo seed: it never undoes an
    /// administrator's edit).
    OnlyNew,
    /// A document that differs from the latest version makes the next version.
    NewVersions,
}

/// What writing one document did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    Created { version: i32 },
    NewVersion { version: i32 },
    Unchanged { version: i32 },
    Refused(Vec<CatalogProblem>),
}

/// The latest version of procedure `code`: (id, version, effective from).
pub fn latest(conn: &mut DbConn, code: &str) -> Result<Option<(i64, i32, NaiveDate)>, DbError> {
    Ok(procedures::table
        .filter(procedures::code.eq(code))
        .order(procedures::version.desc())
        .select((procedures::id, procedures::version, procedures::effective_from))
        .first(conn)
        .optional()?)
}

/// Procedure version `id` as a document.
pub fn read(conn: &mut DbConn, id: i64) -> Result<ProcedureDocument, DbError> {
    #[allow(clippy::type_complexity)]
    let (
        code,
        version,
        name,
        level,
        subjects,
        online,
        eligible,
        result,
        from,
        to,
        decision,
        fee_due,
        aliases,
        field,
        agency,
    ): (
        String,
        i32,
        String,
        String,
        String,
        String,
        bool,
        String,
        NaiveDate,
        Option<NaiveDate>,
        Option<String>,
        String,
        String,
        String,
        String,
    ) = procedures::table
        .inner_join(fields::table)
        .inner_join(agencies::table)
        .filter(procedures::id.eq(id))
        .select((
            procedures::code,
            procedures::version,
            procedures::name,
            procedures::level,
            procedures::target_subjects,
            procedures::online_level,
            procedures::eligible_full_online,
            procedures::result,
            procedures::effective_from,
            procedures::effective_to,
            procedures::publication_decision,
            procedures::fee_due,
            procedures::aliases,
            fields::code,
            agencies::code,
        ))
        .first(conn)?;
    let clauses: Vec<(String, String)> = procedure_clauses::table
        .filter(procedure_clauses::procedure_id.eq(id))
        .order((procedure_clauses::kind.asc(), procedure_clauses::ordinal.asc()))
        .select((procedure_clauses::kind, procedure_clauses::body))
        .load(conn)?;
    let of_kind = |kind: &str| clauses.iter().filter(|(k, _)| k == kind).map(|(_, b)| b.clone()).collect::<Vec<_>>();
    let target_subjects = subjects
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| TargetSubject::parse(s).ok_or_else(|| corrupt("procedures.target_subjects", s)))
        .collect::<Result<_, _>>()?;
    let (receiving, returning) = detail::agencies_of(conn, id)?;
    Ok(ProcedureDocument {
        code: ProcedureCode::parse(&code).map_err(|e| corrupt("procedures.code", e))?,
        version: u32::try_from(version).map_err(|e| corrupt("procedures.version", e))?,
        name,
        field: shared::catalog::FieldCode::parse(&field).map_err(|e| corrupt("fields.code", e))?,
        level: ImplementingLevel::parse(&level).ok_or_else(|| corrupt("procedures.level", &level))?,
        agency: shared::catalog::AgencyCode::parse(&agency).map_err(|e| corrupt("agencies.code", e))?,
        target_subjects,
        online_level: OnlineLevel::parse(&online).ok_or_else(|| corrupt("procedures.online_level", &online))?,
        eligible_full_online: eligible,
        aliases: aliases.lines().map(str::to_owned).collect(),
        effective_from: shared::time::iso_date(from),
        effective_to: to.map(shared::time::iso_date),
        publication_decision: decision,
        receiving_agencies: receiving
            .iter()
            .map(|(_, code, _)| shared::catalog::AgencyCode::parse(code).map_err(|e| corrupt("agencies.code", e)))
            .collect::<Result<_, _>>()?,
        returning_agency: returning
            .map(|(_, code, _)| shared::catalog::AgencyCode::parse(&code).map_err(|e| corrupt("agencies.code", e)))
            .transpose()?,
        cases: detail::cases(conn, id)?,
        channels: detail::channels(conn, id)?,
        documents: detail::documents(conn, id)?,
        steps: of_kind(STEP),
        conditions: of_kind(CONDITION),
        legal_bases: of_kind(LEGAL_BASIS),
        result,
        fee_due: FeeDue::parse(&fee_due).ok_or_else(|| corrupt("procedures.fee_due", &fee_due))?,
    })
}

/// Writes `doc` (checked here) as procedure `doc.code`'s first or next version, inside the
/// caller's transaction.
pub fn write(conn: &mut DbConn, doc: &ProcedureDocument, mode: Mode) -> Result<Written, DbError> {
    let mut problems = doc.check();
    let field: Option<(i64, String)> = fields::table
        .filter(fields::code.eq(doc.field.as_str()))
        .select((fields::id, fields::name))
        .first(conn)
        .optional()?;
    if field.is_none() {
        problems.push(problem("field", CatalogProblemKind::UnknownField { code: doc.field.to_string() }));
    }
    let agency: Option<(i64, String)> = agencies::table
        .filter(agencies::code.eq(doc.agency.as_str()))
        .select((agencies::id, agencies::name))
        .first(conn)
        .optional()?;
    if agency.is_none() {
        problems.push(problem("agency", CatalogProblemKind::UnknownAgency { code: doc.agency.to_string() }));
    }
    let others = other_agencies(conn, doc, &mut problems)?;
    let (Some(field), Some(agency)) = (field, agency) else { return Ok(Written::Refused(problems)) };
    if !problems.is_empty() {
        return Ok(Written::Refused(problems));
    }
    let Some((previous, version, previous_from)) = latest(conn, doc.code.as_str())? else {
        insert(conn, doc, 1, &field, &agency, &others)?;
        bump(conn)?;
        return Ok(Written::Created { version: 1 });
    };
    if mode == Mode::OnlyNew || same(&read(conn, previous)?, doc) {
        return Ok(Written::Unchanged { version });
    }
    let from = date(&doc.effective_from)?;
    if from <= previous_from {
        // An earlier version given again (an export of every version imported back) is known.
        if let Some(version) = earlier_same(conn, doc, from)? {
            return Ok(Written::Unchanged { version });
        }
        let current = shared::time::iso_date(previous_from);
        return Ok(Written::Refused(vec![problem("effective_from", CatalogProblemKind::NotAfterCurrent { current })]));
    }
    let id = insert(conn, doc, version + 1, &field, &agency, &others)?;
    // The versions before end the day this one starts (one in force on any day).
    diesel::update(
        procedures::table
            .filter(procedures::code.eq(doc.code.as_str()))
            .filter(procedures::id.ne(id))
            .filter(procedures::effective_to.is_null().or(procedures::effective_to.gt(from))),
    )
    .set(procedures::effective_to.eq(from))
    .execute(conn)?;
    carry_forms_and_workflow(conn, previous, id)?;
    bump(conn)?;
    Ok(Written::NewVersion { version: version + 1 })
}

/// Moves the catalog's revision, so the in-memory catalog is rebuilt on its next read (inside
/// the caller's transaction: a rolled back change moves nothing).
pub fn bump(conn: &mut DbConn) -> Result<(), DbError> {
    use crate::db::schema::catalog_revision;
    diesel::update(catalog_revision::table)
        .set(catalog_revision::revision.eq(catalog_revision::revision + 1))
        .execute(conn)?;
    Ok(())
}

/// Why a version cannot be ended on a date.
#[derive(Debug, PartialEq, Eq)]
pub enum EndRefused {
    /// It ends already (ISO date).
    AlreadyEnds(String),
    /// The date is before the version starts (ISO date of its start).
    BeforeStart(String),
}

/// Ends `code`'s latest version on `to` (withdrawn from the catalog from that day, no successor);
/// returns the version ended. Dossiers filed under it keep it.
pub fn end_latest(conn: &mut DbConn, code: &str, to: NaiveDate) -> Result<Result<i32, EndRefused>, DbError> {
    let Some((id, version, from)) = latest(conn, code)? else {
        return Err(DbError::Query(diesel::result::Error::NotFound));
    };
    let ends: Option<NaiveDate> =
        procedures::table.filter(procedures::id.eq(id)).select(procedures::effective_to).first(conn)?;
    if let Some(ends) = ends {
        return Ok(Err(EndRefused::AlreadyEnds(shared::time::iso_date(ends))));
    }
    if to < from {
        return Ok(Err(EndRefused::BeforeStart(shared::time::iso_date(from))));
    }
    diesel::update(procedures::table.filter(procedures::id.eq(id)))
        .set(procedures::effective_to.eq(Some(to)))
        .execute(conn)?;
    bump(conn)?;
    Ok(Ok(version))
}

/// The version of `doc.code` starting on `from` whose content is `doc`'s, if there is one.
fn earlier_same(conn: &mut DbConn, doc: &ProcedureDocument, from: NaiveDate) -> Result<Option<i32>, DbError> {
    let candidates: Vec<(i64, i32)> = procedures::table
        .filter(procedures::code.eq(doc.code.as_str()))
        .filter(procedures::effective_from.eq(from))
        .select((procedures::id, procedures::version))
        .load(conn)?;
    for (id, version) in candidates {
        if same(&read(conn, id)?, doc) {
            return Ok(Some(version));
        }
    }
    Ok(None)
}

fn problem(path: &str, kind: CatalogProblemKind) -> CatalogProblem {
    CatalogProblem { path: path.to_owned(), kind }
}

/// The same content, whatever the version numbers and the Unicode form of the name say.
fn same(stored: &ProcedureDocument, doc: &ProcedureDocument) -> bool {
    let mut doc = doc.clone();
    doc.version = stored.version;
    doc.name = nfc(&doc.name);
    *stored == doc
}

/// The new version takes over its predecessor's designed e-forms (the latest of each) and its
/// workflow; a generic form is not carried, so the next draft makes one with the new name.
fn carry_forms_and_workflow(conn: &mut DbConn, from: i64, to: i64) -> Result<(), DbError> {
    let forms: Vec<(Option<String>, String, i32, String)> = procedure_forms::table
        .filter(procedure_forms::procedure_id.eq(from))
        .filter(procedure_forms::form_key.ne(shared::eform::GENERIC_FORM_KEY))
        .order((procedure_forms::form_key, procedure_forms::version.desc()))
        .select((
            procedure_forms::case_key,
            procedure_forms::form_key,
            procedure_forms::version,
            procedure_forms::schema_json,
        ))
        .load(conn)?;
    let now = shared::time::now();
    let mut carried: Vec<&str> = Vec::new();
    for (case_key, form_key, version, schema) in &forms {
        if carried.contains(&form_key.as_str()) {
            continue;
        }
        carried.push(form_key);
        diesel::insert_into(procedure_forms::table)
            .values((
                procedure_forms::procedure_id.eq(to),
                procedure_forms::case_key.eq(case_key),
                procedure_forms::form_key.eq(form_key),
                procedure_forms::version.eq(version),
                procedure_forms::schema_json.eq(schema),
                procedure_forms::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    let workflow: Option<(i32, String)> = workflows::table
        .filter(workflows::procedure_id.eq(from))
        .order(workflows::version.desc())
        .select((workflows::version, workflows::steps_json))
        .first(conn)
        .optional()?;
    if let Some((version, steps)) = workflow {
        diesel::insert_into(workflows::table)
            .values((
                workflows::procedure_id.eq(to),
                workflows::version.eq(version),
                workflows::steps_json.eq(steps),
                workflows::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The ids of the receiving and returning agencies `doc` names, as `procedure_agencies` rows
/// (role, ordinal, agency); an unknown code is a problem.
fn other_agencies(
    conn: &mut DbConn,
    doc: &ProcedureDocument,
    problems: &mut Vec<CatalogProblem>,
) -> Result<Vec<(&'static str, i32, i64)>, DbError> {
    let named = doc
        .receiving_agencies
        .iter()
        .enumerate()
        .map(|(i, code)| (detail::RECEIVES, i, format!("receiving_agencies[{i}]"), code))
        .chain(doc.returning_agency.iter().map(|code| (detail::RETURNS, 0, "returning_agency".to_owned(), code)));
    let mut rows = Vec::new();
    for (role, i, path, code) in named {
        let id: Option<i64> =
            agencies::table.filter(agencies::code.eq(code.as_str())).select(agencies::id).first(conn).optional()?;
        match id {
            Some(id) => rows.push((role, ordinal(i), id)),
            None => problems.push(problem(&path, CatalogProblemKind::UnknownAgency { code: code.to_string() })),
        }
    }
    Ok(rows)
}

/// Inserts `doc` as version `version`; returns its id.
fn insert(
    conn: &mut DbConn,
    doc: &ProcedureDocument,
    version: i32,
    field: &(i64, String),
    agency: &(i64, String),
    others: &[(&'static str, i32, i64)],
) -> Result<i64, DbError> {
    // Everything besides the name that a visitor may search by.
    let other_key = search_key(&format!("{} {} {} {}", doc.code, field.1, agency.1, doc.aliases.join(" ")));
    let subjects: Vec<&str> = doc.target_subjects.iter().map(|s| s.code()).collect();
    let id: i64 = diesel::insert_into(procedures::table)
        .values((
            procedures::code.eq(doc.code.as_str()),
            procedures::version.eq(version),
            procedures::name.eq(nfc(&doc.name)),
            procedures::name_key.eq(search_key(&doc.name)),
            procedures::other_key.eq(other_key),
            procedures::aliases.eq(doc.aliases.join("\n")),
            procedures::field_id.eq(field.0),
            procedures::level.eq(doc.level.code()),
            procedures::agency_id.eq(agency.0),
            procedures::target_subjects.eq(subjects.join(",")),
            procedures::online_level.eq(doc.online_level.code()),
            procedures::eligible_full_online.eq(doc.eligible_full_online),
            procedures::result.eq(&doc.result),
            procedures::effective_from.eq(date(&doc.effective_from)?),
            procedures::effective_to.eq(doc.effective_to.as_deref().map(date).transpose()?),
            procedures::publication_decision.eq(&doc.publication_decision),
            procedures::fee_due.eq(doc.fee_due.code()),
        ))
        .returning(procedures::id)
        .get_result(conn)?;
    for (role, ordinal, agency) in others {
        diesel::insert_into(procedure_agencies::table)
            .values((
                procedure_agencies::procedure_id.eq(id),
                procedure_agencies::role.eq(role),
                procedure_agencies::ordinal.eq(ordinal),
                procedure_agencies::agency_id.eq(agency),
            ))
            .execute(conn)?;
    }
    for (i, c) in doc.cases.iter().enumerate() {
        use crate::db::schema::procedure_cases;
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
    for (i, offer) in doc.channels.iter().enumerate() {
        let offer_id: i64 = diesel::insert_into(channel_offers::table)
            .values((
                channel_offers::procedure_id.eq(id),
                channel_offers::ordinal.eq(ordinal(i)),
                channel_offers::channel.eq(offer.channel.code()),
                channel_offers::case_key.eq(&offer.case_key),
                channel_offers::time_value.eq(i32::try_from(offer.time_limit.value).unwrap_or(i32::MAX)),
                channel_offers::time_unit.eq(offer.time_limit.unit.code()),
                channel_offers::same_day_cutoff.eq(&offer.same_day_cutoff),
                channel_offers::note.eq(&offer.note),
            ))
            .returning(channel_offers::id)
            .get_result(conn)?;
        for (j, fee) in offer.fees.iter().enumerate() {
            let formula = serde_json::to_string(&fee.formula).map_err(|e| corrupt("fee formula", e))?;
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
    for (i, d) in doc.documents.iter().enumerate() {
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
    let clauses = doc
        .steps
        .iter()
        .map(|b| (STEP, b))
        .chain(doc.conditions.iter().map(|b| (CONDITION, b)))
        .chain(doc.legal_bases.iter().map(|b| (LEGAL_BASIS, b)));
    let mut counters: std::collections::HashMap<&str, i32> = std::collections::HashMap::new();
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
    Ok(id)
}

/// An ISO date the document check has already accepted.
fn date(iso: &str) -> Result<NaiveDate, DbError> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").map_err(|e| corrupt("date", e))
}

/// The ordinal (from 1) a list item is stored with.
pub(super) fn ordinal(i: usize) -> i32 {
    i32::try_from(i + 1).unwrap_or(i32::MAX)
}

//! The dossier register (Sổ theo dõi hồ sơ, Mẫu 07) of one agency over a range of reception
//! days, as a PDF to print and an XLSX to work with. A report over the dossiers, their tasks and
//! their timeline — never a table of its own. A range holds at most `MAX_ROWS` dossiers (one
//! register is printed per month or quarter; a narrower range is asked for beyond that).

use super::pdf::{Line, Sheet};
use super::pdf_bytes;
use crate::db::schema::{agencies, agency_units, dossier_events, dossier_tasks, dossiers, procedures};
use crate::db::{DbConn, DbError};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::Status;
use std::collections::HashMap;

pub const MAX_ROWS: i64 = 5_000;
/// A register covers at most a year.
pub const MAX_DAYS: i64 = 366;

pub struct RegisterRow {
    pub code: String,
    pub procedure: String,
    pub owner: String,
    pub received: NaiveDateTime,
    pub due: Option<NaiveDateTime>,
    /// The unit it was handed to first, and when.
    pub handed_to: Option<(String, NaiveDateTime)>,
    pub finished: Option<NaiveDateTime>,
    pub returned: Option<NaiveDateTime>,
    pub status: Status,
}

pub struct Register {
    pub agency: String,
    /// Who heads the printed register.
    pub issuer: super::layout::Issuer,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub rows: Vec<RegisterRow>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum RegisterProblem {
    /// Not this officer's agency or role.
    Denied,
    /// `from` after `to`, or longer than `MAX_DAYS`.
    BadRange,
    /// More than `MAX_ROWS` dossiers: ask for a shorter range.
    TooMany,
}

/// The register of the officer's own agency for reception days `from..=to` (Vietnam time).
pub fn load(
    conn: &mut DbConn,
    actor: &Actor,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Result<Register, RegisterProblem>, DbError> {
    if from > to || (to - from).num_days() >= MAX_DAYS {
        return Ok(Err(RegisterProblem::BadRange));
    }
    load_of(conn, actor, Which::Days(from, to))
}

/// The lines of the register of the officer's own agency for dossiers `ids` (those it received;
/// the bulk work on the queue prints the ones ticked), over the days they were received.
pub fn load_ticked(
    conn: &mut DbConn,
    actor: &Actor,
    ids: Vec<i64>,
) -> Result<Result<Register, RegisterProblem>, DbError> {
    load_of(conn, actor, Which::Dossiers(ids))
}

/// A dossier as the register reads it: (id, code, procedure, applicant, received, due, finished,
/// status).
type Found =
    (i64, Option<String>, String, String, Option<NaiveDateTime>, Option<NaiveDateTime>, Option<NaiveDateTime>, Status);

/// Which dossiers a register holds: those received on days `from..=to`, or the ones named.
enum Which {
    Days(NaiveDate, NaiveDate),
    Dossiers(Vec<i64>),
}

fn load_of(conn: &mut DbConn, actor: &Actor, which: Which) -> Result<Result<Register, RegisterProblem>, DbError> {
    let Actor::Officer { agency, .. } = actor else { return Ok(Err(RegisterProblem::Denied)) };
    let agency = *agency;
    if decide(actor, Action::ViewAgencyRecords { agency }).is_err() {
        return Ok(Err(RegisterProblem::Denied));
    }
    let agency_name: String = agencies::table.filter(agencies::id.eq(agency)).select(agencies::name).first(conn)?;
    let mut query = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::agency_id.eq(agency))
        .filter(dossiers::received_at.is_not_null())
        .into_boxed();
    query = match &which {
        Which::Days(from, to) => query
            .filter(dossiers::received_at.ge(shared::time::start_of(*from)))
            .filter(dossiers::received_at.lt(shared::time::end_of(*to))),
        Which::Dossiers(ids) => query.filter(dossiers::id.eq_any(ids.clone())),
    };
    let found: Vec<Found> = query
        .order((dossiers::received_at.asc(), dossiers::id.asc()))
        .limit(MAX_ROWS + 1)
        .select((
            dossiers::id,
            dossiers::code,
            procedures::name,
            dossiers::owner_name,
            dossiers::received_at,
            dossiers::due_at,
            dossiers::finished_at,
            dossiers::status,
        ))
        .load(conn)?;
    if found.len() as i64 > MAX_ROWS {
        return Ok(Err(RegisterProblem::TooMany));
    }
    let ids: Vec<i64> = found.iter().map(|r| r.0).collect();
    // The first hand-over (step 1 is always the first processing step) and the return, in
    // two queries for the whole range.
    let mut handed: HashMap<i64, (String, NaiveDateTime)> = HashMap::new();
    let tasks: Vec<(i64, Option<String>, NaiveDateTime)> = dossier_tasks::table
        .left_join(agency_units::table.on(agency_units::id.nullable().eq(dossier_tasks::unit_id)))
        .filter(dossier_tasks::dossier_id.eq_any(&ids))
        .filter(dossier_tasks::step_index.eq(1))
        .order(dossier_tasks::id.asc())
        .select((dossier_tasks::dossier_id, agency_units::name.nullable(), dossier_tasks::started_at))
        .load(conn)?;
    for (dossier, unit, started) in tasks {
        handed.entry(dossier).or_insert((unit.unwrap_or_default(), started));
    }
    let returns: HashMap<i64, NaiveDateTime> = dossier_events::table
        .filter(dossier_events::dossier_id.eq_any(&ids))
        .filter(dossier_events::to_status.eq(Status::ResultReturned.code()))
        .filter(dossier_events::public.eq(true))
        .select((dossier_events::dossier_id, dossier_events::at))
        .load::<(i64, NaiveDateTime)>(conn)?
        .into_iter()
        .collect();
    let rows: Vec<RegisterRow> = found
        .into_iter()
        .filter_map(|(id, code, procedure, owner, received, due, finished, status)| {
            Some(RegisterRow {
                code: code?,
                procedure,
                owner,
                received: received?,
                due,
                handed_to: handed.remove(&id),
                // "Processed" marks the end of processing; a refusal or stop ends it too.
                finished: finished.filter(|_| status != Status::Withdrawn),
                returned: returns.get(&id).copied(),
                status,
            })
        })
        .collect();
    // The register of ticked dossiers covers the days they were received.
    let (from, to) = match which {
        Which::Days(from, to) => (from, to),
        Which::Dossiers(_) => {
            let days = || rows.iter().map(|r: &RegisterRow| shared::time::day_of(r.received));
            let today = shared::time::today();
            (days().min().unwrap_or(today), days().max().unwrap_or(today))
        }
    };
    let issuer = super::layout::issuer_of_agency(conn, agency)?;
    Ok(Ok(Register { agency: agency_name, issuer, from, to, rows }))
}

fn cells(i: usize, r: &RegisterRow) -> [String; 10] {
    let note = {
        let label = app::i18n::status_label(r.status, app::i18n::Lang::Vi).to_owned();
        match (r.finished, r.due) {
            (Some(done), Some(due)) => {
                format!("{label}; {}", super::letters::timeliness_label(shared::deadline::classify(done, due)))
            }
            _ => label,
        }
    };
    [
        (i + 1).to_string(),
        r.code.clone(),
        r.procedure.clone(),
        r.owner.clone(),
        shared::time::minute(r.received),
        r.due.map(shared::time::minute).unwrap_or_default(),
        r.handed_to.as_ref().map(|(unit, at)| format!("{unit}, {}", shared::time::minute(*at))).unwrap_or_default(),
        r.finished.map(shared::time::minute).unwrap_or_default(),
        r.returned.map(shared::time::minute).unwrap_or_default(),
        note,
    ]
}

fn title(register: &Register) -> String {
    let (from, to) = (shared::time::date(register.from), shared::time::date(register.to));
    fill(text::REGISTER_TITLE, &[("from", &from), ("to", &to)])
}

pub fn pdf(register: &Register) -> Result<Vec<u8>, DbError> {
    let widths = [0.04, 0.16, 0.15, 0.10, 0.08, 0.08, 0.13, 0.08, 0.08, 0.10];
    let mut lines = super::layout::heading(&register.issuer, text::COUNTER, shared::time::now());
    lines.push(Line::center(title(register), true, 13.0));
    lines.push(Line::new(fill(text::REGISTER_COUNT, &[("count", &register.rows.len().to_string())]), false, 10.0));
    lines.push(Line::row(&text::REGISTER_HEADERS, &widths, true, 7.5));
    for (i, r) in register.rows.iter().enumerate() {
        let c = cells(i, r);
        let refs: Vec<&str> = c.iter().map(String::as_str).collect();
        lines.push(Line::row(&refs, &widths, false, 7.5));
    }
    pdf_bytes(Sheet { title: text::REGISTER_SHEET, landscape: true }, &lines, None)
}

pub fn xlsx(register: &Register) -> Result<Vec<u8>, DbError> {
    use rust_xlsxwriter::{Format, Workbook};
    let failed = |e: rust_xlsxwriter::XlsxError| crate::db::decode(format!("register XLSX: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(text::REGISTER_TAB).map_err(failed)?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, register.agency.to_uppercase(), &bold).map_err(failed)?;
    sheet.write_string_with_format(1, 0, title(register), &bold).map_err(failed)?;
    for (col, h) in text::REGISTER_HEADERS.iter().enumerate() {
        sheet.write_string_with_format(3, col as u16, *h, &bold).map_err(failed)?;
    }
    for (i, r) in register.rows.iter().enumerate() {
        let row = 4 + i as u32;
        for (col, value) in cells(i, r).iter().enumerate() {
            // Written as text: a spreadsheet must never read a cell as a formula.
            sheet.write_string(row, col as u16, value).map_err(failed)?;
        }
    }
    for (col, width) in [5, 26, 40, 24, 17, 17, 30, 17, 17, 24].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width).map_err(failed)?;
    }
    book.save_to_buffer().map_err(failed)
}

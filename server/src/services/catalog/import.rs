//! Importing a catalog file (JSON, XLSX or CSV, read by [`super::spreadsheet::read`]): its
//! administrative units, agencies and fields created when missing, then each procedure row
//! written through [`store::write`]. All or nothing: one refused row and
//! nothing is written. A dry run does everything inside the transaction and rolls it back, so
//! its report is exactly what applying would do. Importing the same file twice changes nothing.

use super::file::CatalogFile;
use super::store::{self, Mode, Written};
use crate::db::schema::{admin_units, agencies, fields};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use shared::catalog::ProcedureDocument;
use shared::catalog::sheet::Origin;
use shared::catalog::{CatalogProblem, CatalogProblemKind};

/// What an import is given: the units, agencies and fields to create when missing, and each
/// procedure row as read.
pub struct Incoming {
    pub references: CatalogFile,
    pub rows: Vec<IncomingRow>,
}

pub struct IncomingRow {
    /// Where the row is: the procedure's place in a JSON file (from 1), a spreadsheet's row.
    pub row: usize,
    pub code: String,
    /// The document, or why the row could not be read (then it is refused).
    pub read: Result<ProcedureDocument, Vec<CatalogProblem>>,
    /// A spreadsheet row's columns, to report the document's problems where they were written.
    pub origin: Option<Origin>,
}

impl From<CatalogFile> for Incoming {
    fn from(mut file: CatalogFile) -> Incoming {
        let procedures = std::mem::take(&mut file.procedures);
        let rows = procedures
            .into_iter()
            .enumerate()
            .map(|(i, doc)| IncomingRow { row: i + 1, code: doc.code.to_string(), read: Ok(doc), origin: None })
            .collect();
        Incoming { references: file, rows }
    }
}

/// One procedure row of the file and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowReport {
    pub row: usize,
    pub code: String,
    pub written: Written,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub admin_units: usize,
    pub agencies: usize,
    pub fields: usize,
    pub rows: Vec<RowReport>,
    /// Problems of the file's units, agencies and fields (`row` 0).
    pub reference_problems: Vec<CatalogProblem>,
    /// Whether the changes were kept (applied and nothing refused).
    pub applied: bool,
}

impl ImportReport {
    pub fn refused(&self) -> bool {
        !self.reference_problems.is_empty() || self.rows.iter().any(|r| matches!(r.written, Written::Refused(_)))
    }

    fn refuse(&mut self, path: String, kind: CatalogProblemKind) {
        self.reference_problems.push(CatalogProblem { path, kind });
    }

    /// (created, new versions, unchanged, refused) rows.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let count = |f: fn(&Written) -> bool| self.rows.iter().filter(|r| f(&r.written)).count();
        (
            count(|w| matches!(w, Written::Created { .. })),
            count(|w| matches!(w, Written::NewVersion { .. })),
            count(|w| matches!(w, Written::Unchanged { .. })),
            count(|w| matches!(w, Written::Refused(_))),
        )
    }
}

/// Why the transaction ended without commit.
enum Abort {
    Db(DbError),
    Keep(ImportReport),
}

impl From<diesel::result::Error> for Abort {
    fn from(e: diesel::result::Error) -> Self {
        Abort::Db(e.into())
    }
}

impl From<DbError> for Abort {
    fn from(e: DbError) -> Self {
        Abort::Db(e)
    }
}

/// Imports `incoming`; with `apply` false (a dry run) nothing is kept.
pub fn import(conn: &mut DbConn, incoming: &Incoming, mode: Mode, apply: bool) -> Result<ImportReport, DbError> {
    let outcome = crate::db::transaction(conn, |conn| {
        let mut report = references(conn, &incoming.references)?;
        for row in &incoming.rows {
            let written = match (&row.read, &row.origin) {
                (Err(problems), _) => Written::Refused(problems.clone()),
                (Ok(doc), origin) => match (store::write(conn, doc, mode)?, origin) {
                    (Written::Refused(problems), Some(origin)) => {
                        Written::Refused(super::spreadsheet::locate(origin, problems))
                    }
                    (written, _) => written,
                },
            };
            report.rows.push(RowReport { row: row.row, code: row.code.clone(), written });
        }
        if apply && !report.refused() {
            report.applied = true;
            Ok(report)
        } else {
            Err(Abort::Keep(report))
        }
    });
    match outcome {
        Ok(report) | Err(Abort::Keep(report)) => Ok(report),
        Err(Abort::Db(e)) => Err(e),
    }
}

/// The file's units, agencies and fields that are not in the database yet.
fn references(conn: &mut DbConn, file: &CatalogFile) -> Result<ImportReport, DbError> {
    let mut report = ImportReport::default();
    for (i, u) in file.admin_units.iter().enumerate() {
        if unit_id(conn, &u.code)?.is_some() {
            continue;
        }
        let to = u.valid_to.as_deref().map(|d| date(d).ok_or(()));
        let (Some(from), Ok(to)) = (date(&u.valid_from), to.transpose()) else {
            report.refuse(format!("admin_units[{i}]"), CatalogProblemKind::InvalidDate);
            continue;
        };
        let parent = match &u.parent {
            Some(code) => unit_id(conn, code)?,
            None => None,
        };
        diesel::insert_into(admin_units::table)
            .values((
                admin_units::code.eq(&u.code),
                admin_units::name.eq(&u.name),
                admin_units::kind.eq(&u.kind),
                admin_units::parent_id.eq(parent),
                admin_units::valid_from.eq(from),
                admin_units::valid_to.eq(to),
            ))
            .execute(conn)?;
        report.admin_units += 1;
    }
    // Successors may be listed after the units they replace, so they are linked afterwards.
    for u in file.admin_units.iter().filter(|u| u.successor.is_some()) {
        let successor = unit_id(conn, u.successor.as_deref().unwrap_or_default())?;
        diesel::update(admin_units::table.filter(admin_units::code.eq(&u.code)))
            .set(admin_units::successor_id.eq(successor))
            .execute(conn)?;
    }
    for (i, a) in file.agencies.iter().enumerate() {
        if agency_id(conn, a.code.as_str())?.is_some() {
            continue;
        }
        let Some(unit) = unit_id(conn, &a.admin_unit)? else {
            report.refuse(format!("agencies[{i}].admin_unit"), CatalogProblemKind::Required);
            continue;
        };
        let parent = match &a.parent {
            Some(code) => agency_id(conn, code.as_str())?,
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
    for f in &file.fields {
        let exists: Option<i64> =
            fields::table.filter(fields::code.eq(f.code.as_str())).select(fields::id).first(conn).optional()?;
        if exists.is_none() {
            diesel::insert_into(fields::table)
                .values((fields::code.eq(f.code.as_str()), fields::name.eq(&f.name)))
                .execute(conn)?;
            report.fields += 1;
        }
    }
    Ok(report)
}

fn unit_id(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    Ok(admin_units::table.filter(admin_units::code.eq(code)).select(admin_units::id).first(conn).optional()?)
}

fn agency_id(conn: &mut DbConn, code: &str) -> Result<Option<i64>, DbError> {
    Ok(agencies::table.filter(agencies::code.eq(code)).select(agencies::id).first(conn).optional()?)
}

fn date(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

/// The report as lines for a person: the totals, then every refused row's problems.
pub fn describe(report: &ImportReport, lang: app::i18n::Lang) -> String {
    use app::i18n::catalog_problem_message;
    let vi = lang == app::i18n::Lang::Vi;
    let (created, versions, unchanged, refused) = report.counts();
    let mut out = String::new();
    let totals = if vi {
        format!(
            "Thủ tục mới: {created}; phiên bản mới: {versions}; giữ nguyên: {unchanged}; bị từ chối: {refused}. Thêm {} đơn vị hành chính, {} cơ quan, {} lĩnh vực.\n",
            report.admin_units, report.agencies, report.fields
        )
    } else {
        format!(
            "New procedures: {created}; new versions: {versions}; unchanged: {unchanged}; refused: {refused}. Added {} administrative units, {} agencies, {} fields.\n",
            report.admin_units, report.agencies, report.fields
        )
    };
    out.push_str(&totals);
    for p in &report.reference_problems {
        out.push_str(&format!("{}: {}\n", p.path, catalog_problem_message(&p.kind, lang)));
    }
    for row in &report.rows {
        if let Written::Refused(problems) = &row.written {
            for p in problems {
                let at = if vi { "dòng" } else { "row" };
                out.push_str(&format!(
                    "{at} {} ({}) {}: {}\n",
                    row.row,
                    row.code,
                    p.path,
                    catalog_problem_message(&p.kind, lang)
                ));
            }
        }
    }
    let outcome = match (report.applied, vi) {
        (true, true) => "Đã nhập.",
        (true, false) => "Imported.",
        (false, true) => "Chưa thay đổi gì (chạy thử hoặc có dòng bị từ chối).",
        (false, false) => "Nothing changed (a dry run, or a row was refused).",
    };
    out.push_str(outcome);
    out.push('\n');
    out
}

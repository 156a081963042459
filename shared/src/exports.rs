//! Exports of a list of dossiers (issue #19): an officer exports their agency's, a business
//! member their business's, filtered by procedure, status and the days they were submitted, as CSV
//! or XLSX and optionally with every document in a ZIP. A background job writes the file (bounded
//! memory: the rows are read a page at a time and the documents streamed) and offers it for
//! [`KEPT_DAYS`] days.

use crate::dossier::Status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Days an export's file is offered (then removed).
pub const KEPT_DAYS: i64 = 7;
/// Exports one person may have waiting or being written at once.
pub const MAX_WAITING: i64 = 3;
/// The longest span of submission days one export covers.
pub const MAX_DAYS: i64 = 366;

crate::code::coded_enum! {
    /// The list's file format.
    Format { Csv => "csv", Xlsx => "xlsx" }
}

crate::code::coded_enum! {
    /// Where an export stands (`export_jobs.state`).
    ExportState { Waiting => "waiting", Writing => "writing", Ready => "ready", Failed => "failed", Expired => "expired" }
}

/// Whose dossiers: an agency's (its officers who print its register) or a business's (its
/// members).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    Agency(i64),
    Business(i64),
}

impl Scope {
    /// As a form and the job carry it: `co_quan:{id}` or `doanh_nghiep:{id}`.
    pub fn code(self) -> String {
        match self {
            Scope::Agency(id) => format!("co_quan:{id}"),
            Scope::Business(id) => format!("doanh_nghiep:{id}"),
        }
    }

    pub fn parse(code: &str) -> Option<Scope> {
        let (kind, id) = code.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "co_quan" => Some(Scope::Agency(id)),
            "doanh_nghiep" => Some(Scope::Business(id)),
            _ => None,
        }
    }
}

/// What an export holds and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub scope: Scope,
    pub procedure: Option<i64>,
    pub status: Option<Status>,
    /// Submission days, both ends included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub format: Format,
    /// A ZIP with the list and every dossier's documents.
    pub documents: bool,
}

/// Why an export was not started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportProblem {
    NoScope,
    BadDates,
    /// More than [`MAX_DAYS`] days.
    TooLong,
    BadFormat,
    /// [`MAX_WAITING`] exports of this person are waiting or being written.
    TooMany,
}

/// The form as typed, checked: every problem at once.
pub fn request(fields: &std::collections::HashMap<String, String>) -> Result<ExportRequest, Vec<ExportProblem>> {
    let field = |k: &str| fields.get(k).map(|v| v.trim()).unwrap_or_default();
    let day = |k: &str| NaiveDate::parse_from_str(field(k), "%Y-%m-%d").ok();
    let mut problems = Vec::new();
    let scope = Scope::parse(field("pham_vi"));
    if scope.is_none() {
        problems.push(ExportProblem::NoScope);
    }
    let (from, to) = (day("tu"), day("den"));
    match (from, to) {
        (Some(from), Some(to)) if from > to => problems.push(ExportProblem::BadDates),
        (Some(from), Some(to)) if (to - from).num_days() >= MAX_DAYS => problems.push(ExportProblem::TooLong),
        (Some(_), Some(_)) => {}
        _ => problems.push(ExportProblem::BadDates),
    }
    let format = Format::parse(field("dinh_dang"));
    if format.is_none() {
        problems.push(ExportProblem::BadFormat);
    }
    match (scope, from, to, format) {
        (Some(scope), Some(from), Some(to), Some(format)) if problems.is_empty() => Ok(ExportRequest {
            scope,
            procedure: field("thu_tuc").parse().ok(),
            status: Status::parse(field("trang_thai")),
            from,
            to,
            format,
            documents: field("kem_giay_to") == "1",
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> std::collections::HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_request_is_read_whole_or_refused_with_every_problem() {
        let asked = request(&form(&[
            ("pham_vi", "doanh_nghiep:7"),
            ("tu", "2026-01-01"),
            ("den", "2026-12-31"),
            ("dinh_dang", "xlsx"),
            ("kem_giay_to", "1"),
            ("thu_tuc", ""),
        ]))
        .unwrap();
        assert_eq!(asked.scope, Scope::Business(7));
        assert_eq!((asked.format, asked.documents, asked.procedure, asked.status), (Format::Xlsx, true, None, None));
        let refused = request(&form(&[("pham_vi", "x:1"), ("tu", "2026-02-01"), ("den", "2026-01-01")])).unwrap_err();
        assert_eq!(refused, vec![ExportProblem::NoScope, ExportProblem::BadDates, ExportProblem::BadFormat]);
        let long = request(&form(&[
            ("pham_vi", "co_quan:1"),
            // 367 days, both ends included.
            ("tu", "2025-01-01"),
            ("den", "2026-01-02"),
            ("dinh_dang", "csv"),
        ]));
        assert_eq!(long, Err(vec![ExportProblem::TooLong]));
        assert_eq!(Scope::parse(&Scope::Agency(4).code()), Some(Scope::Agency(4)));
    }
}

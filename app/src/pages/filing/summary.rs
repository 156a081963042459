//! What a step of a draft shows as wrong, and its error summary: the same lines whether the
//! server found the problems (a refused post, the check page) or the browser did (the step
//! form's island, before "continue" sends anything).

use super::form::{input_anchor, message_names_field, problem_message};
use crate::api::filing::{DossierView, STEP_FIELD};
use crate::forms::Posted;
use crate::i18n::{Lang, t};
use serde::{Deserialize, Serialize};
use shared::eform::{FieldKind, FieldProblem, FormSchema, FormValues, Step};

/// What a step's checks need of the draft: on the server, and in the browser as the island's
/// props (so it is kept small: no timeline, no files).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftFacts {
    pub id: i64,
    pub schema: FormSchema,
    pub values: FormValues,
    /// The codes of the administrative units an address may name.
    pub units: Vec<String>,
    /// Each document requirement: its ordinal and name.
    pub documents: Vec<(i32, String)>,
    /// The mandatory documents still missing.
    pub missing: Vec<i32>,
    pub file_limit_mb: u64,
}

impl DraftFacts {
    pub fn of(view: &DossierView) -> Self {
        DraftFacts {
            id: view.id,
            schema: view.schema.clone(),
            values: view.values.clone(),
            units: view.units.iter().map(|u| u.code.clone()).collect(),
            documents: view.documents.iter().map(|d| (d.ordinal, d.name.clone())).collect(),
            missing: view.missing_documents.clone(),
            file_limit_mb: view.file_limit_mb,
        }
    }

    fn document_name(&self, ordinal: i32) -> String {
        self.documents.iter().find(|(o, _)| *o == ordinal).map(|(_, name)| name.clone()).unwrap_or_default()
    }
}

/// What a step's page shows as wrong.
pub struct Shown {
    pub problems: Vec<FieldProblem>,
    pub missing: Vec<i32>,
    pub file_problems: Vec<(i32, shared::dossier::UploadProblem)>,
    /// Shown after a post the server refused (the page answers 422).
    pub refused: bool,
}

/// The problems of `step`: those the server found in the post it refused; or, on the check
/// page and when a summary link asked for them (`loi=1`), what still stops submission.
pub fn shown(view: &DossierView, step: Step, posted: Posted, asked: bool) -> Shown {
    let (problems, missing, file_problems, refused) = match posted {
        Posted::Draft { problems, missing, file_problems } => (problems, missing, file_problems, true),
        _ if asked || step == Step::Check => {
            (view.open_problems.clone(), view.missing_documents.clone(), Vec::new(), false)
        }
        _ => (Vec::new(), Vec::new(), Vec::new(), false),
    };
    let mine = |path: &str| step == Step::Check || Step::of(&view.schema, path) == step;
    Shown {
        problems: problems.into_iter().filter(|p| mine(&p.path)).collect(),
        missing: if matches!(step, Step::Documents | Step::Check) { missing } else { Vec::new() },
        file_problems,
        refused,
    }
}

impl Shown {
    /// Problems found in the browser: field problems or missing documents, nothing refused.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pub fn found(problems: Vec<FieldProblem>, missing: Vec<i32>) -> Self {
        Shown { problems, missing, file_problems: Vec::new(), refused: false }
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty() && self.missing.is_empty() && self.file_problems.is_empty()
    }

    /// The error summary's lines, each linked to its input: on this page, or (from the check
    /// page) on its step's page.
    pub fn summary(&self, draft: &DraftFacts, step: Step, lang: Lang) -> Vec<(String, String)> {
        let link = |on: Step, anchor: String| {
            if step == Step::Check {
                format!("/ho-so/{}?{STEP_FIELD}={}&loi=1{anchor}", draft.id, on.slug())
            } else {
                anchor
            }
        };
        let mut lines: Vec<(String, String)> = self
            .problems
            .iter()
            .map(|p| {
                let text = summary_text(&draft.schema, p, lang);
                (link(Step::of(&draft.schema, &p.path), input_anchor(&draft.schema, &p.path)), text)
            })
            .collect();
        for ordinal in &self.missing {
            let text = format!("{}: {}", t::DOCUMENT_MISSING.get(lang), draft.document_name(*ordinal));
            lines.push((link(Step::Documents, format!("#tep-{ordinal}")), text));
        }
        for (ordinal, problem) in &self.file_problems {
            let text = format!(
                "{}: {}",
                draft.document_name(*ordinal),
                crate::i18n::upload_problem_message(*problem, lang, draft.file_limit_mb)
            );
            lines.push((link(Step::Documents, format!("#tep-{ordinal}")), text));
        }
        lines
    }
}

/// A problem as the error summary says it: the message alone when it names its field ("Chọn
/// giới tính"; a group row's says which row), else after the field's label.
fn summary_text(schema: &FormSchema, problem: &FieldProblem, lang: Lang) -> String {
    let message = problem_message(schema, problem, lang);
    if !message_names_field(schema, problem) {
        return format!("{}: {message}", label_of(schema, &problem.path, lang));
    }
    match group_row(schema, &problem.path) {
        Some((group, row)) => format!("{group} {row}: {message}"),
        None => message,
    }
}

/// The group label and row number (from 1) a member's path `group.row.key` names.
fn group_row(schema: &FormSchema, path: &str) -> Option<(String, usize)> {
    let mut parts = path.split('.');
    let group = schema.field(parts.next()?)?;
    let row = parts.next()?.parse::<usize>().ok()?;
    Some((group.label.clone(), row + 1))
}

/// The label of the field at `path` (`key` or `group.row.key`, or one of the page's own fields).
fn label_of(schema: &FormSchema, path: &str, lang: Lang) -> String {
    let own = match path {
        "truong_hop" => Some(t::CASE_TITLE),
        "noi_nop" => Some(t::RECEIVER_TITLE),
        "chu_ho_so_ten" => Some(t::OWNER_NAME),
        "chu_ho_so_dinh_danh" => Some(t::OWNER_ID),
        "chu_ho_so_dien_thoai" => Some(t::OWNER_PHONE),
        _ => None,
    };
    if let Some(label) = own {
        return label.get(lang).to_owned();
    }
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let Some(field) = schema.field(first) else { return path.to_owned() };
    match (&field.kind, parts.next(), parts.next()) {
        (FieldKind::Group { fields, .. }, Some(row), Some(member)) => {
            let member = fields.iter().find(|f| f.key == member).map(|f| f.label.clone()).unwrap_or_default();
            let row = row.parse::<usize>().map(|r| r + 1).unwrap_or(0);
            format!("{} {row} — {member}", field.label)
        }
        _ => field.label.clone(),
    }
}

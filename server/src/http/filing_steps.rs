//! Where a filer goes after `post_draft` saved what one step of a draft sent (`buoc`): on to
//! the next step, back, the same step again with its problems, or the same step with the
//! questions an answer just opened (without JavaScript they appear only then); from the check
//! page, the submission. The steps themselves are `shared::eform::steps`.

use super::AppState;
use super::forms::{rerender, see_other};
use crate::services::filing::{Progress, Saved, SubmitError};
use app::api::filing::STEP_FIELD;
use app::forms::Posted;
use axum::http::request::Parts;
use axum::response::Response;
use shared::access::Actor;
use shared::dossier::UploadProblem;
use shared::eform::{FieldKind, FormSchema, FormValues, Step, section_of, steps};

/// What the step's post asked for, once saved.
pub(super) struct StepPost<'a> {
    pub actor: &'a Actor,
    pub id: i64,
    pub step: Step,
    /// `tiep` (continue), `lui` (back), `nop` (submit), or anything else: stay (saved).
    pub action: &'a str,
    pub saved: Saved,
    pub file_problems: Vec<(i32, UploadProblem)>,
}

fn at(id: i64, step: Step) -> String {
    format!("/ho-so/{id}?{STEP_FIELD}={}", step.slug())
}

pub(super) async fn after_step(state: &AppState, parts: Parts, post: StepPost<'_>) -> Response {
    let StepPost { actor, id, step, action, saved, file_problems } = post;
    if !saved.problems.is_empty() || !file_problems.is_empty() {
        let posted = Posted::Draft { problems: saved.problems, missing: Vec::new(), file_problems };
        return rerender(state, parts_at(parts, &at(id, step)), posted).await;
    }
    if action == "nop" {
        return match state.services.filing.submit(actor, id).await {
            Ok(_) => see_other(&format!("/ho-so/{id}?da_nop=1")),
            Err(SubmitError::Incomplete { problems, missing }) => {
                let posted = Posted::Draft { problems, missing, file_problems: Vec::new() };
                rerender(state, parts_at(parts, &at(id, Step::Check)), posted).await
            }
            Err(e) => super::filing_forms::submit_error(e),
        };
    }
    let progress = match state.services.filing.progress(id).await {
        Ok(progress) => progress,
        Err(e) => return super::filing_forms::submit_error(SubmitError::Unexpected(e)),
    };
    let all = steps(&progress.schema, &progress.values, progress.documents);
    match action {
        "lui" => see_other(&step.previous(&all).map_or_else(|| at(id, step), |s| at(id, s))),
        "tiep" => {
            if let Step::Section(n) = step
                && opened(&progress.schema, n, &saved.before, &progress.values)
            {
                return see_other(&format!("{}&them=1", at(id, step)));
            }
            let Progress { schema, problems, missing, .. } = progress;
            let problems: Vec<_> = problems
                .into_iter()
                .filter(|p| section_of(&schema, &p.path).map(Step::Section) == Some(step))
                .collect();
            let missing = if step == Step::Documents { missing } else { Vec::new() };
            if problems.is_empty() && missing.is_empty() {
                return see_other(&at(id, step.next(&all)));
            }
            let posted = Posted::Draft { problems, missing, file_problems: Vec::new() };
            rerender(state, parts_at(parts, &at(id, step)), posted).await
        }
        _ => see_other(&format!("{}&da_luu=1", at(id, step))),
    }
}

/// Whether the answers just saved on section `n` opened questions of the same section that
/// were closed before and are all still unanswered: then the filer is shown them before going
/// on (a page without JavaScript had them hidden).
fn opened(schema: &FormSchema, n: usize, before: &FormValues, after: &FormValues) -> bool {
    let Some(section) = schema.sections.get(n) else { return false };
    let own = |key: &str| section.fields.iter().any(|f| f.key == key);
    let mut newly = section.fields.iter().filter(|f| {
        !matches!(f.kind, FieldKind::Document { .. })
            && f.when.as_ref().is_some_and(|c| own(&c.field) && !c.holds(before) && c.holds(after))
    });
    let unanswered = |key: &str| after.get(key).is_empty() && after.groups.get(key).is_none_or(Vec::is_empty);
    let first = newly.next();
    first.is_some_and(|f| unanswered(&f.key)) && newly.all(|f| unanswered(&f.key))
}

/// The request as a GET of `path`, to render that page again with what the post left.
pub(super) fn parts_at(mut parts: Parts, path: &str) -> Parts {
    parts.method = axum::http::Method::GET;
    if let Ok(uri) = path.parse() {
        parts.uri = uri;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::eform::{Choice, Condition, Field, Section};

    fn schema() -> FormSchema {
        let field = |key: &str, kind: FieldKind, when: Option<&str>| Field {
            key: key.into(),
            label: key.into(),
            kind,
            required: true,
            help: None,
            when: when.map(|v| Condition { field: "co_cha".into(), equals: Some(v.into()) }),
            prefill: None,
        };
        let options = vec![Choice { value: "co".into(), label: "Có".into() }];
        FormSchema {
            key: "k".into(),
            version: 1,
            title: "T".into(),
            replaces_requirement: None,
            rules: Vec::new(),
            sections: vec![Section {
                title: "S".into(),
                fields: vec![
                    field("co_cha", FieldKind::Radio { options }, None),
                    field("ten_cha", FieldKind::Text { max_chars: 50 }, Some("co")),
                    field("nam_sinh_cha", FieldKind::Text { max_chars: 4 }, Some("co")),
                ],
            }],
        }
    }

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        FormValues::from_pairs(&schema(), pairs.iter().copied())
    }

    #[test]
    fn an_answer_that_opens_unanswered_questions_keeps_the_filer_on_the_step() {
        let s = schema();
        let before = values(&[]);
        assert!(opened(&s, 0, &before, &values(&[("f.co_cha", "co")])));
        // Answered already (typed with JavaScript showing them): on.
        assert!(!opened(&s, 0, &before, &values(&[("f.co_cha", "co"), ("f.ten_cha", "Lò Văn Cường")])));
        // Open before too: the step's own problems say what is missing.
        assert!(!opened(&s, 0, &values(&[("f.co_cha", "co")]), &values(&[("f.co_cha", "co")])));
        assert!(!opened(&s, 0, &before, &values(&[])));
    }
}

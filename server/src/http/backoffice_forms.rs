//! `POST /can-bo/ho-so/{id}`: an officer's action on a dossier (the service authorizes it and
//! applies it with the version the officer saw). A move that ends the dossier (refuse, reject,
//! stop) needs its reason and is confirmed on the dossier's page first (`xac_nhan`); a move
//! refused for what was typed shows the page again with the note as typed and why.

use super::AppState;
use super::forms::{CsrfForm, SignedIn, authorized, rerender, rerender_at, see_other, unavailable};
use super::problem::Problem;
use crate::services::backoffice::ActError;
use app::forms::Posted;
use app::i18n::t;
use app::request::Viewer;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::access::Action;
use shared::dossier::{Move, Refusal};

pub async fn act(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let viewer = match authorized(&parts, Action::WorkOnDossiers) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let version = field("phien_ban").parse::<i32>().unwrap_or(-1);
    let code = field("hanh_dong");
    let Some(action) = crate::services::backoffice::action_from(&code, field) else {
        return Problem::UnknownAction.into_response();
    };
    let lang = app::request::lang_of(&parts.headers);
    let note = field("ghi_chu").trim().to_owned();
    // The dossier's page again, at this address (`/can-bo/ho-so/{id}` shows the dossier too).
    let again = |message: Option<String>, confirm: bool| {
        let parts = parts.clone();
        let posted = Posted::OfficerAct { action: code.clone(), note: note.clone(), message, confirm };
        let state = state.clone();
        async move { rerender(&state, parts, posted).await }
    };
    let movement = Move::parse(&code);
    if movement.is_some_and(Move::ends_dossier) {
        if note.is_empty() {
            return with_status(
                again(Some(t::ACT_NEED_REASON.get(lang).to_owned()), false).await,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        if field("xac_nhan") != "1" {
            return again(None, true).await;
        }
    }
    if movement == Some(Move::RequestSupplement) && note.is_empty() {
        return with_status(
            again(Some(t::ACT_NEED_ITEMS.get(lang).to_owned()), false).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    match state.services.backoffice.act(&viewer.actor, id, version, action).await {
        // Back to the dossier, or to the queue when it has left this officer's hands (handed to
        // another unit or agency).
        Ok(_) => match state.services.backoffice.sees(&viewer.actor, id).await {
            Ok(true) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
            _ => see_other("/can-bo?da_xu_ly=1"),
        },
        Err(ActError::Invalid) => {
            with_status(again(Some(t::ACT_INVALID.get(lang).to_owned()), false).await, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(ActError::SupplementAgainUnexplained) => with_status(
            again(Some(t::ACT_NEED_SUPPLEMENT_REASON.get(lang).to_owned()), false).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ActError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "officer action failed");
            unavailable()
        }
        Err(refused) => problem_of(&refused).into_response(),
    }
}

/// The problem page for a move the service refused, whatever was typed (a refusal for what was
/// typed shows the dossier's page again instead).
pub fn problem_of(refused: &ActError) -> Problem {
    match refused {
        ActError::NotFound => Problem::NotFound,
        ActError::Conflict => Problem::DossierChanged,
        ActError::Refused(Refusal::NotYourRole) => Problem::NotYourRole,
        ActError::Refused(Refusal::NotInThisStatus) => Problem::NotInThisStatus,
        ActError::ApologyUsed => Problem::ApologyUsed,
        ActError::PastDue => Problem::PastDue,
        ActError::PaymentUnderWay => Problem::PaymentUnderWay,
        ActError::Unpaid => Problem::FeeUnpaid,
        ActError::BadDate => Problem::BadNewAppointment,
        ActError::Invalid | ActError::SupplementAgainUnexplained => Problem::BadData,
        ActError::Unexpected(_) => Problem::Unavailable,
    }
}

/// `POST /can-bo/ho-so/{id}/ket-qua`: the result document, multipart (the CSRF token first, then
/// the file, streamed into the applicant's document store).
pub async fn attach_result(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let limit = state.services.filing.file_limit();
    let mut form = match super::multipart::Reader::new(&parts.headers, body, super::multipart::Limits::one_file(limit))
    {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    // The token first, so a forged upload is refused as one whoever sends it.
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let viewer = match authorized(&parts, Action::WorkOnDossiers) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let Ok(Some(mut field)) = form.next().await else {
        return Problem::NoFile.into_response();
    };
    let file_name = field.file_name().unwrap_or_default().to_owned();
    let landing = (&state.store, &state.scanner);
    match state.services.backoffice.attach_result(landing, limit, &viewer.actor, id, &file_name, &mut field).await {
        Ok(Ok(_)) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
        Ok(Err(problem)) => {
            // The dossier's page again (`/can-bo/ho-so/{id}` shows it), the reason by the form.
            let posted = Posted::ResultRefused { problem, limit_mb: limit / (1024 * 1024) };
            rerender_at(&state, parts, &format!("/can-bo/ho-so/{id}"), posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(ActError::NotFound) => Problem::NotFound.into_response(),
        Err(ActError::Refused(_)) => Problem::ResultOnlyProcessed.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "attaching a result failed");
            unavailable()
        }
    }
}

#[derive(serde::Deserialize)]
pub struct RegisterRange {
    tu: Option<String>,
    den: Option<String>,
}

/// `GET /can-bo/so-theo-doi.pdf?tu=YYYY-MM-DD&den=YYYY-MM-DD`: the agency's register (Mẫu 07).
pub async fn register_pdf(
    State(state): State<AppState>,
    axum::extract::Query(range): axum::extract::Query<RegisterRange>,
    SignedIn(viewer): SignedIn,
) -> Response {
    register(state, range, viewer, false).await
}

/// `GET /can-bo/so-theo-doi.xlsx?tu=…&den=…`: the same register as a spreadsheet.
pub async fn register_xlsx(
    State(state): State<AppState>,
    axum::extract::Query(range): axum::extract::Query<RegisterRange>,
    SignedIn(viewer): SignedIn,
) -> Response {
    register(state, range, viewer, true).await
}

async fn register(state: AppState, range: RegisterRange, viewer: Viewer, spreadsheet: bool) -> Response {
    use crate::services::records::register::RegisterProblem;
    // The register is also an agency admin's (`ViewAgencyRecords`, decided by the service).
    let day =
        |v: &Option<String>| v.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
    let (Some(from), Some(to)) = (day(&range.tu), day(&range.den)) else {
        return Problem::BothDates.into_response();
    };
    let made = if spreadsheet {
        state.services.records.register_xlsx(&viewer.actor, from, to).await
    } else {
        state.services.records.register_pdf(&viewer.actor, from, to).await
    };
    let bytes = match made {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(RegisterProblem::Denied)) => {
            return Problem::RegisterNotAllowed.into_response();
        }
        Ok(Err(RegisterProblem::BadRange)) => {
            return Problem::BadRange.into_response();
        }
        Ok(Err(RegisterProblem::TooMany)) => {
            return Problem::TooManyInRange.into_response();
        }
        Err(e) => {
            tracing::error!(error = %e, "register failed");
            return unavailable();
        }
    };
    let (kind, name) = if spreadsheet {
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "so-theo-doi-ho-so.xlsx")
    } else {
        ("application/pdf", "so-theo-doi-ho-so.pdf")
    };
    super::forms::document(bytes, kind, name)
}

/// `response` with `status` (a page shown again for what was typed answers 422).
fn with_status(mut response: Response, status: StatusCode) -> Response {
    *response.status_mut() = status;
    response
}

/// `POST /can-bo/tiep-nhan`: a reception officer starts recording a dossier brought to the
/// counter or received by post, then fills it on the draft's own pages. A refusal shows the
/// intake page again as typed with each problem on its field; nothing is created.
pub async fn record_at_counter(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    use crate::services::filing::DraftError;
    let viewer = match authorized(&parts, Action::RecordAtCounter) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let intake = app::api::backoffice::CounterIntake::from_fields(|k| fields.get(k).cloned().unwrap_or_default());
    match state.services.filing.record_at_counter(&viewer.actor, intake.clone()).await {
        Ok(id) => see_other(&format!("/ho-so/{id}")),
        Err(DraftError::Invalid(problems)) => rerender(&state, parts, Posted::CounterIntake { intake, problems }).await,
        // Unknown, not in force, or not received here: the list offers only those it may take.
        Err(DraftError::NotFound) => {
            let problems = vec![shared::eform::FieldProblem {
                path: app::api::backoffice::intake_fields::PROCEDURE.to_owned(),
                problem: shared::eform::Problem::NotAnOption,
            }];
            rerender(&state, parts, Posted::CounterIntake { intake, problems }).await
        }
        Err(DraftError::Denied(_)) => Problem::NotYourRole.into_response(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "recording a counter dossier failed");
            unavailable()
        }
    }
}

//! The forms of opinions asked of other units (multipart: the CSRF token, the form's one-time
//! key, the text fields, up to three files): the question on a dossier's page, the answer on the
//! page of the unit asked, and their files' downloads. The service authorizes each with
//! `shared::access` before a byte of a file is stored; a refused form comes back as filled.

use super::AppState;
use super::conversation_forms::{Read, message_limits, read_with_files};
use super::forms::{SignedIn, actor_of, denied, file_response, not_found, rerender_at, see_other, unavailable};
use super::multipart::Reader;
use super::problem::Problem;
use crate::services::conversation::opinions::{OpinionError, Question};
use crate::services::conversation::valid_key;
use app::forms::Posted;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use shared::access::Actor;
use shared::conversation::MessageProblem;
use shared::conversation::opinions::OpinionProblem;
use shared::dossier::UploadProblem;

/// The text fields of the question's form, and of the answer's.
const QUESTION: [&str; 4] = ["ma_gui", "don_vi", "so_ngay", "noi_dung"];
const ANSWER: [&str; 2] = ["ma_gui", "noi_dung"];

/// A file refused while the form was read, as the opinion forms say it.
fn file_problem(problem: MessageProblem) -> OpinionProblem {
    match problem {
        MessageProblem::File(problem) => OpinionProblem::File(problem),
        _ => OpinionProblem::TooManyFiles,
    }
}

/// Reads a signed-in officer's form with files once `allowed` says they may post it; `Err` is
/// the response already (refused, unreadable, or files past the form's bounds — then with the
/// text kept when `again` can say so).
async fn read_form<F, Fut>(
    state: &AppState,
    request: Request,
    names: &[&'static str],
    allowed: F,
) -> Result<(Parts, Actor, Read), Response>
where
    F: FnOnce(Actor) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<Result<(), OpinionError>>>,
{
    let conversation = &state.services.conversation;
    let (parts, body) = request.into_parts();
    // Nobody signed in: not a byte of the body is read.
    if matches!(actor_of(&parts), Actor::Anonymous) {
        return Err(see_other("/dang-nhap"));
    }
    let mut form =
        Reader::new(&parts.headers, body, message_limits(conversation.file_limit())).map_err(|p| p.response())?;
    form.check_csrf(&parts).await?;
    let actor = actor_of(&parts);
    match allowed(actor.clone()).await {
        Ok(Ok(())) => {}
        Ok(Err(OpinionError::NotFound)) => return Err(not_found()),
        Ok(Err(OpinionError::Denied(denial))) => return Err(denied(denial)),
        Ok(Err(OpinionError::Refused(_))) | Err(_) => return Err(unavailable()),
    }
    let mut read = Read::default();
    if let Err(response) = read_with_files(&mut form, conversation, names, &mut read).await {
        conversation.discard(&read.files).await;
        if response.status() == StatusCode::PAYLOAD_TOO_LARGE && !read.field("noi_dung").is_empty() {
            read.files.clear();
            read.refused = Some(MessageProblem::File(UploadProblem::TooLarge));
            return Ok((parts, actor, read));
        }
        return Err(response);
    }
    Ok((parts, actor, read))
}

/// `POST /can-bo/ho-so/{id}/y-kien`: whoever processes the dossier asks a unit's opinion.
pub async fn ask(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let conversation = state.services.conversation.clone();
    let may = |actor: Actor| async move { conversation.may_ask(&actor, id).await };
    let (parts, actor, read) = match read_form(&state, request, &QUESTION, may).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let conversation = &state.services.conversation;
    let page = format!("/ho-so/{id}");
    let (unit, days, text) = (read.field("don_vi"), read.field("so_ngay"), read.field("noi_dung"));
    // The form as filled, to show again with a problem.
    let again = |problem| Posted::Opinion { unit: unit.clone(), days: days.clone(), text: text.clone(), problem };
    let question = Question { key: read.field("ma_gui"), unit: unit.clone(), days: days.clone(), text: text.clone() };
    if let Some(problem) = read.refused {
        conversation.discard(&read.files).await;
        return rerender_at(&state, parts, &page, again(file_problem(problem)), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if !valid_key(&question.key) {
        conversation.discard(&read.files).await;
        return Problem::BadForm.into_response();
    }
    match conversation.ask(&actor, id, question, read.files).await {
        Ok(Ok(())) => see_other(&format!("{page}?da_xin_y_kien=1#y-kien")),
        Ok(Err(OpinionError::NotFound)) => not_found(),
        Ok(Err(OpinionError::Denied(denial))) => denied(denial),
        Ok(Err(OpinionError::Refused(problem))) => {
            rerender_at(&state, parts, &page, again(problem), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "asking an opinion failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/y-kien/{id}`: the unit asked answers, once.
pub async fn answer(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let conversation = state.services.conversation.clone();
    let may = |actor: Actor| async move { conversation.may_answer(&actor, id).await };
    let (parts, actor, read) = match read_form(&state, request, &ANSWER, may).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let conversation = &state.services.conversation;
    let page = format!("/can-bo/y-kien/{id}");
    let (key, text) = (read.field("ma_gui"), read.field("noi_dung"));
    if let Some(problem) = read.refused {
        conversation.discard(&read.files).await;
        let posted = Posted::OpinionAnswer { text, problem: file_problem(problem) };
        return rerender_at(&state, parts, &page, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if !valid_key(&key) {
        conversation.discard(&read.files).await;
        return Problem::BadForm.into_response();
    }
    match conversation.answer(&actor, id, key, text.clone(), read.files).await {
        Ok(Ok(())) => see_other(&format!("{page}?da_tra_loi=1")),
        Ok(Err(OpinionError::NotFound)) => not_found(),
        Ok(Err(OpinionError::Denied(denial))) => denied(denial),
        Ok(Err(OpinionError::Refused(problem))) => {
            let posted = Posted::OpinionAnswer { text, problem };
            rerender_at(&state, parts, &page, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "answering an opinion failed");
            unavailable()
        }
    }
}

/// `GET /can-bo/y-kien/{id}/tep/{file}`: a question's or an answer's file, for the unit asked
/// and the officers who see the dossier.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file)): Path<(i64, i64)>,
    SignedIn(viewer): SignedIn,
) -> Response {
    match state.services.conversation.opinion_file(&viewer.actor, id, file).await {
        Ok(Some(file)) => file_response(file, false),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading an opinion's file failed");
            unavailable()
        }
    }
}

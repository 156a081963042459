//! The conversation's forms: a message on a dossier's thread (multipart: the CSRF token, the
//! form's one-time key, the text, up to three files), its files' downloads, an officer's private
//! note, and the answers an officer keeps. The service authorizes each with `shared::access`; a
//! refused message or note comes back on the dossier's page with what was typed.

use super::AppState;
use super::forms::{
    CsrfForm, SignedIn, actor_of, denied, file_response, not_found, rerender_at, see_other, unavailable,
};
use super::multipart::{Limits, Reader, drain};
use super::problem::Problem;
use crate::services::conversation::messages::SendProblem;
use crate::services::conversation::notes::NoteError;
use crate::services::conversation::templates::TemplateError;
use crate::services::conversation::valid_key;
use crate::services::dossier::documents::OfficeFile;
use app::forms::Posted;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::conversation::{MAX_FILES, MAX_TEXT, MessageProblem};

/// A message form's bounds: three files and a few kilobytes of text (a character of Vietnamese
/// takes up to three bytes, four at most).
pub(super) fn message_limits(file_limit: u64) -> Limits {
    let text = MAX_TEXT * 4;
    // Parts beyond the three files are read (and refused as too many) so the text comes back.
    Limits { body: MAX_FILES as u64 * file_limit + 64 * 1024, parts: 24, text_part: text, text_total: text + 1024 }
}

/// What a form with files carried: its text fields (those asked for), the files streamed, and
/// why it is refused already (a file refused, one too many). Messages, questions to another unit
/// and their answers are read by it.
#[derive(Default)]
pub(super) struct Read {
    pub fields: std::collections::HashMap<&'static str, String>,
    pub files: Vec<OfficeFile>,
    pub refused: Option<MessageProblem>,
}

impl Read {
    /// Text field `name` as posted (empty when absent).
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

/// `POST /ho-so/{id}/tin-nhan`: the applicant or an officer writes on the dossier's thread.
/// Whether they may is decided before a byte of a file is stored; the files stream to the office's
/// store as they come and are removed again unless the message is written.
pub async fn send(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let conversation = state.services.conversation.clone();
    let (parts, body) = request.into_parts();
    // Nobody signed in: not a byte of the body is read.
    if matches!(actor_of(&parts), shared::access::Actor::Anonymous) {
        return see_other("/dang-nhap");
    }
    let mut form = match Reader::new(&parts.headers, body, message_limits(conversation.file_limit())) {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let actor = actor_of(&parts);
    match conversation.may_write(&actor, id).await {
        Ok(Ok(())) => {}
        Ok(Err(SendProblem::NotFound)) => return not_found(),
        Ok(Err(SendProblem::Denied(denial))) => return denied(denial),
        Ok(Err(SendProblem::Message(_))) | Err(_) => return unavailable(),
    }
    let mut read = Read::default();
    let page = format!("/ho-so/{id}");
    if let Err(response) = read_with_files(&mut form, &conversation, &["ma_gui", "noi_dung"], &mut read).await {
        conversation.discard(&read.files).await;
        // Files past the form's bounds after the text was read: the text comes back with why.
        if response.status() == StatusCode::PAYLOAD_TOO_LARGE && !read.field("noi_dung").is_empty() {
            let posted = Posted::Message {
                text: read.field("noi_dung"),
                problem: MessageProblem::File(shared::dossier::UploadProblem::TooLarge),
            };
            return rerender_at(&state, parts, &page, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        return response;
    }
    let (key, text) = (read.field("ma_gui"), read.field("noi_dung"));
    let Read { files, refused, .. } = read;
    if let Some(problem) = refused {
        conversation.discard(&files).await;
        return rerender_at(&state, parts, &page, Posted::Message { text, problem }, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    if !valid_key(&key) {
        conversation.discard(&files).await;
        return Problem::BadForm.into_response();
    }
    match conversation.send(&actor, id, key, text.clone(), files).await {
        Ok(Ok(())) => see_other(&format!("{page}?da_gui=1#trao-doi")),
        Ok(Err(SendProblem::NotFound)) => not_found(),
        Ok(Err(SendProblem::Denied(denial))) => denied(denial),
        Ok(Err(SendProblem::Message(problem))) => {
            rerender_at(&state, parts, &page, Posted::Message { text, problem }, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "writing a message failed");
            unavailable()
        }
    }
}

/// Reads a form's parts into `read`: the text fields named in `names`, and up to
/// [`MAX_FILES`] files (`tep`) streamed to the office's store as they come; a part that cannot be
/// read ends it with the response to send.
pub(super) async fn read_with_files(
    form: &mut Reader,
    conversation: &crate::services::conversation::Conversation,
    names: &[&'static str],
    read: &mut Read,
) -> Result<(), Response> {
    while let Some(mut field) = form.next().await.map_err(|p| p.response())? {
        let name = field.name().and_then(|n| names.iter().find(|known| **known == n)).copied();
        match (name, field.name()) {
            (Some(name), _) => {
                let text = form.text(&mut field).await.map_err(|p| p.response())?;
                read.fields.insert(name, text);
            }
            // An empty file input still sends its part, without a name.
            (None, Some("tep")) if field.file_name().is_some_and(|n| !n.is_empty()) && read.refused.is_none() => {
                if read.files.len() >= MAX_FILES {
                    read.refused = Some(MessageProblem::TooManyFiles);
                } else {
                    let file_name = field.file_name().unwrap_or_default().to_owned();
                    match conversation.stream_file(&file_name, &mut field).await {
                        Ok(Ok(file)) => read.files.push(file),
                        Ok(Err(problem)) => read.refused = Some(MessageProblem::File(problem)),
                        Err(e) => {
                            tracing::error!(error = %format!("{e:#}"), "storing a form's file failed");
                            return Err(unavailable());
                        }
                    }
                }
                drain(&mut field).await.map_err(|p| p.response())?;
            }
            _ => drain(&mut field).await.map_err(|p| p.response())?,
        }
    }
    Ok(())
}

/// `GET /ho-so/{id}/tin-nhan/tep/{file}`: a message's file, for whoever sees the dossier.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file)): Path<(i64, i64)>,
    SignedIn(viewer): SignedIn,
) -> Response {
    match state.services.conversation.download(&viewer.actor, id, file).await {
        Ok(Some(file)) => file_response(file, false),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading a message's file failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/ho-so/{id}/ghi-chu`: an officer's private note on the dossier.
pub async fn note(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let (key, text) = (field("ma_gui"), field("ghi_chu"));
    if !valid_key(&key) {
        return Problem::BadForm.into_response();
    }
    let page = format!("/ho-so/{id}");
    match state.services.conversation.add_note(&actor_of(&parts), id, key, text.clone()).await {
        Ok(Ok(())) => see_other(&format!("{page}?da_ghi_chu=1#ghi-chu")),
        Ok(Err(NoteError::NotFound)) => not_found(),
        Ok(Err(NoteError::Denied(denial))) => denied(denial),
        Ok(Err(NoteError::Note(problem))) => {
            rerender_at(&state, parts, &page, Posted::Note { text, problem }, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "keeping a note failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/mau-tin-nhan`: an officer saves (`luu`, with `id` to change one) or removes
/// (`xoa`) an answer they keep.
pub async fn template(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let id = match fields.get("id").filter(|v| !v.is_empty()).map(|v| v.parse::<i64>()) {
        None => None,
        Some(Ok(id)) => Some(id),
        Some(Err(_)) => return Problem::BadForm.into_response(),
    };
    let actor = actor_of(&parts);
    let conversation = &state.services.conversation;
    let outcome = match (fields.get("hanh_dong").map(String::as_str), id) {
        (Some("luu"), _) => conversation.save_template(&actor, id, field("tieu_de"), field("noi_dung")).await,
        (Some("xoa"), Some(id)) => conversation.delete_template(&actor, id).await,
        _ => return Problem::UnknownAction.into_response(),
    };
    const PAGE: &str = "/can-bo/mau-tin-nhan";
    match outcome {
        Ok(Ok(())) => see_other(&format!("{PAGE}?da_luu=1")),
        Ok(Err(TemplateError::NotFound)) => not_found(),
        Ok(Err(TemplateError::Denied(denial))) => denied(denial),
        Ok(Err(TemplateError::Refused(problems))) => {
            let posted = Posted::Template { id, title: field("tieu_de"), body: field("noi_dung"), problems };
            let at = id.map_or_else(|| PAGE.to_owned(), |id| format!("{PAGE}?sua={id}"));
            rerender_at(&state, parts, &at, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "saving a kept answer failed");
            unavailable()
        }
    }
}

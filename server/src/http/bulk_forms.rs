//! `POST /can-bo/hang-loat`: the same action on the dossiers an officer ticked in the queue —
//! receive them, give them to a specialist, send each the same message —, each made on its own
//! and reported line by line
//! on the queue's page (`Posted::Bulk`); or print their receipts or their register lines in one
//! PDF. The form carries the ticked dossiers as repeated
//! `ho_so` fields, which is why the body is read as pairs, not as a map.

use super::AppState;
use super::backoffice_forms::problem_of;
use super::forms::{CsrfForm, authorized, document, rerender_at};
use super::problem::Problem;
use crate::services::backoffice::OfficerAction;
use crate::services::backoffice::bulk::MAX_BULK;
use crate::services::conversation::messages::SendProblem;
use crate::services::conversation::valid_key;
use app::api::backoffice::{BulkLine, BulkReport};
use app::forms::Posted;
use app::i18n::{Lang, t};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::access::{Action, Actor};
use std::collections::HashSet;

const QUEUE: &str = "/can-bo";

pub async fn bulk(State(state): State<AppState>, CsrfForm { parts, bytes, .. }: CsrfForm) -> Response {
    let viewer = match authorized(&parts, Action::WorkOnDossiers) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let value = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    // Each ticked dossier as `{id}:{version}`, the version the officer saw.
    let mut seen = HashSet::new();
    let ticked: Vec<(i64, i32)> = pairs
        .iter()
        .filter(|(n, _)| n == "ho_so")
        .filter_map(|(_, v)| {
            let (id, version) = v.split_once(':')?;
            Some((id.parse::<i64>().ok()?, version.parse::<i32>().ok()?))
        })
        .filter(|(id, _)| seen.insert(*id))
        .collect();
    let ids: Vec<i64> = ticked.iter().map(|(id, _)| *id).collect();
    let lang = app::request::lang_of(&parts.headers);
    let text = value("noi_dung");
    let refused = |problem: String| {
        let posted =
            Posted::Bulk { report: BulkReport { problem: Some(problem), lines: Vec::new() }, text: text.clone() };
        rerender_at(&state, parts.clone(), QUEUE, posted, StatusCode::UNPROCESSABLE_ENTITY)
    };
    if ids.is_empty() {
        return refused(t::BULK_NONE_CHOSEN.get(lang).to_owned()).await;
    }
    if ids.len() > MAX_BULK {
        return refused(t::BULK_TOO_MANY.get(lang).replace("{max}", &MAX_BULK.to_string())).await;
    }
    let act_on_each = |action: OfficerAction| {
        let (state, actor, ticked) = (state.clone(), viewer.actor.clone(), ticked.clone());
        async move {
            match state.services.backoffice.act_on_each(&actor, &ticked, || action.clone()).await {
                Ok(outcomes) => Ok(outcomes
                    .into_iter()
                    .map(|o| {
                        let reason = o.result.as_ref().err().map(|e| problem_of(e).text().get(lang).to_owned());
                        line(o.id, o.code, reason)
                    })
                    .collect::<Vec<_>>()),
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "a bulk action failed");
                    Err(Problem::Unavailable.into_response())
                }
            }
        }
    };
    let done = match value("hanh_dong").as_str() {
        "tiep_nhan" => act_on_each(OfficerAction::Receive).await,
        "phan_cong" => match value("chuyen_vien").parse::<i64>() {
            Ok(specialist) => act_on_each(OfficerAction::Assign { specialist }).await,
            Err(_) => return refused(t::BULK_NO_SPECIALIST.get(lang).to_owned()).await,
        },
        "in_bien_nhan" => return receipts(&state, &viewer.actor, ids, lang, refused).await,
        "in_so" => return register(&state, &viewer.actor, ids).await,
        "gui_tin_nhan" => {
            let key = value("ma_gui");
            if !valid_key(&key) {
                return Problem::BadForm.into_response();
            }
            if let Err(problem) = shared::conversation::message_text(&text, 0) {
                return refused(app::i18n::conversation::message_problem(problem, lang, 0)).await;
            }
            message_each(&state, &viewer.actor, &ids, &key, &text, lang).await
        }
        _ => return Problem::UnknownAction.into_response(),
    };
    let lines = match done {
        Ok(lines) => lines,
        Err(response) => return response,
    };
    let posted = Posted::Bulk { report: BulkReport { problem: None, lines }, text: String::new() };
    rerender_at(&state, parts, QUEUE, posted, StatusCode::OK).await
}

/// Sends `text` on each dossier's thread (each written once for this form's `key`).
async fn message_each(
    state: &AppState,
    actor: &shared::access::Actor,
    ids: &[i64],
    key: &str,
    text: &str,
    lang: Lang,
) -> Result<Vec<BulkLine>, Response> {
    let conversation = &state.services.conversation;
    let codes = match state.services.backoffice.codes(actor, ids).await {
        Ok(codes) => codes,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a bulk message failed");
            return Err(Problem::Unavailable.into_response());
        }
    };
    let mut lines = Vec::new();
    for &id in ids {
        let sent = conversation.send(actor, id, format!("{key}{id}"), text.to_owned(), Vec::new()).await;
        let reason = match sent {
            Ok(Ok(())) => None,
            Ok(Err(SendProblem::NotFound)) => Some(Problem::NotFound.text().get(lang).to_owned()),
            Ok(Err(SendProblem::Denied(_))) => Some(Problem::NotYourRole.text().get(lang).to_owned()),
            Ok(Err(SendProblem::Message(p))) => Some(app::i18n::conversation::message_problem(p, lang, 0)),
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "a message of a bulk action failed");
                Some(Problem::Unavailable.text().get(lang).to_owned())
            }
        };
        lines.push(line(id, codes.get(&id).cloned(), reason));
    }
    Ok(lines)
}

/// The receipts (Mẫu 01) of the dossiers ticked, in one PDF to print (the ones without a receipt
/// listed on its last page); when none has one, the queue says so.
async fn receipts<F, Fut>(state: &AppState, actor: &Actor, ids: Vec<i64>, lang: Lang, refused: F) -> Response
where
    F: FnOnce(String) -> Fut,
    Fut: std::future::Future<Output = Response>,
{
    match state.services.records.receipts(actor, ids).await {
        Ok(Some(pdf)) => document(pdf, "application/pdf", "giay-tiep-nhan.pdf"),
        Ok(None) => refused(t::BULK_NO_RECEIPT.get(lang).to_owned()).await,
        Err(e) => {
            tracing::error!(error = %e, "printing receipts failed");
            Problem::Unavailable.into_response()
        }
    }
}

/// The register (Mẫu 07) lines of the dossiers ticked that the officer's agency received.
async fn register(state: &AppState, actor: &Actor, ids: Vec<i64>) -> Response {
    match state.services.records.register_ticked(actor, ids).await {
        Ok(Ok(pdf)) => document(pdf, "application/pdf", "so-theo-doi-ho-so.pdf"),
        Ok(Err(_)) => Problem::RegisterNotAllowed.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "printing the register failed");
            Problem::Unavailable.into_response()
        }
    }
}

fn line(id: i64, code: Option<String>, reason: Option<String>) -> BulkLine {
    BulkLine { dossier: code.unwrap_or_else(|| format!("#{id}")), done: reason.is_none(), reason }
}

/// `POST /can-bo/bo-loc`: an officer saves the queue's filter as it is under a name (`luu`,
/// `ten`, `bo_loc`: the filter's query string) or removes a view they saved (`xoa`, `id`).
pub async fn view(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    use crate::services::backoffice::views::ViewError;
    let viewer = match authorized(&parts, Action::WorkOnDossiers) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let backoffice = &state.services.backoffice;
    let (name, query) = (field("ten"), field("bo_loc"));
    let outcome = match field("hanh_dong").as_str() {
        "luu" => backoffice.save_view(&viewer.actor, name.clone(), query.clone()).await,
        "xoa" => match field("id").parse::<i64>() {
            Ok(id) => backoffice.delete_view(&viewer.actor, id).await.map(|r| r.map(|()| String::new())),
            Err(_) => return Problem::BadForm.into_response(),
        },
        _ => return Problem::UnknownAction.into_response(),
    };
    match outcome {
        Ok(Ok(kept)) if kept.is_empty() => super::forms::see_other(QUEUE),
        Ok(Ok(kept)) => super::forms::see_other(&format!("{QUEUE}?{kept}&da_luu_bo_loc=1")),
        Ok(Err(ViewError::NotFound)) => Problem::NotFound.into_response(),
        Ok(Err(ViewError::Denied(_))) => Problem::NotAllowed.into_response(),
        Ok(Err(ViewError::Refused(problem))) => {
            let filter = crate::services::backoffice::views::filter_of(&query);
            let at = format!("{QUEUE}?{}", filter.query());
            rerender_at(&state, parts, &at, Posted::View { name, problem }, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "saving a queue view failed");
            Problem::Unavailable.into_response()
        }
    }
}

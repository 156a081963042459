//! Online payment over HTTP: the applicant starts a payment (`POST /ho-so/{id}/thanh-toan`),
//! the gateway notifies (`GET /api/v1/thanh-toan/vnpay/ipn`, the authority), the payer's browser
//! comes back (`GET /thanh-toan/ket-qua`, display only), the e-receipt
//! (`GET /ho-so/{id}/bien-lai.pdf`), refunds from the back office
//! (`POST /can-bo/ho-so/{id}/hoan-tien`), and the built-in sandbox gateway's own pages and API
//! under `/cong-thanh-toan-thu/`.

use super::AppState;
use super::forms::{CsrfForm, SignedIn, SignedInForm, client_ip, rerender_at, see_other, unavailable};
use super::problem::Problem;
use crate::services::payments::{PayError, RefundError, sandbox};
use app::forms::{Posted, RefundMistake};
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// `POST /ho-so/{id}/thanh-toan`: to the gateway's payment page.
pub async fn start(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    SignedInForm { form: CsrfForm { parts, .. }, viewer }: SignedInForm,
) -> Response {
    match state.services.payments.start(&viewer.actor, id, client_ip(&parts)).await {
        Ok(url) => see_other(&url),
        Err(PayError::NotFound) => Problem::NotFound.into_response(),
        Err(PayError::NothingDue) => Problem::NothingToPay.into_response(),
        Err(PayError::UnderWay) => Problem::PaymentPending.into_response(),
        Err(PayError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "starting a payment failed");
            unavailable()
        }
    }
}

fn params_of(query: Option<String>) -> Vec<(String, String)> {
    query.and_then(|q| serde_urlencoded::from_str(&q).ok()).unwrap_or_default()
}

/// `GET /api/v1/thanh-toan/vnpay/ipn`: the gateway's signed notification; JSON answer.
pub async fn ipn(State(state): State<AppState>, RawQuery(query): RawQuery, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    if !state.services.payments.allow_notification(&client_ip(&parts)).await {
        let body = serde_json::json!({ "RspCode": "99", "Message": "Too many requests" });
        return (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
    }
    let answer = state.services.payments.ipn(params_of(query)).await;
    let body = serde_json::json!({ "RspCode": answer.code, "Message": answer.message });
    (StatusCode::OK, axum::Json(body)).into_response()
}

/// `GET /thanh-toan/ket-qua`: the payer back from the gateway. The signature is checked and the
/// message kept; the payment's state is read, never changed; the payer lands on the dossier.
pub async fn returned(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    SignedIn(viewer): SignedIn,
) -> Response {
    let actor = viewer.actor;
    match state.services.payments.returned(&actor, params_of(query)).await {
        // Back to the dossier (or the list, when it cannot be told) with what the gateway said.
        Ok(back) => {
            let outcome = back.outcome.query();
            match back.dossier {
                Some(dossier) => see_other(&format!("/ho-so/{dossier}?thanh_toan={outcome}")),
                None => see_other(&format!("/ho-so?thanh_toan={outcome}")),
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "reading a payment return failed");
            unavailable()
        }
    }
}

/// `GET /ho-so/{id}/bien-lai.pdf`: the e-receipt of the paid fee.
pub async fn receipt(State(state): State<AppState>, Path(id): Path<i64>, SignedIn(viewer): SignedIn) -> Response {
    match state.services.records.fee_receipt(&viewer.actor, id).await {
        Ok(Some(pdf)) => super::forms::document(pdf, "application/pdf", "bien-lai.pdf"),
        Ok(None) => Problem::NotFound.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "e-receipt failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/ho-so/{id}/hoan-tien`: refund (all or part of) a paid fee.
pub async fn refund(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    // The dossier's page again (`/can-bo/ho-so/{id}` shows it), what was typed kept.
    let again = |mistake: RefundMistake| {
        let (state, parts) = (state.clone(), parts.clone());
        let posted = Posted::Refund { amount: field("so_tien"), reason: field("ly_do"), mistake };
        async move {
            rerender_at(&state, parts, &format!("/can-bo/ho-so/{id}"), posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    };
    // Whole đồng; `.` and spaces group thousands; a decimal comma is refused, not dropped.
    let amount: Option<i64> =
        Some(field("so_tien")).filter(|v| !v.contains(',')).and_then(|v| v.replace(['.', ' '], "").parse().ok());
    let Some(amount) = amount else {
        return again(RefundMistake::Amount).await;
    };
    match state.services.payments.refund(&viewer.actor, id, amount, field("ly_do")).await {
        Ok(Err(RefundError::Reason)) => again(RefundMistake::Reason).await,
        Ok(Err(RefundError::Rule(shared::payment::RefundProblem::MoreThanPaid))) => {
            again(RefundMistake::MoreThanPaid).await
        }
        Ok(Err(RefundError::Rule(shared::payment::RefundProblem::NothingToRefund))) => {
            again(RefundMistake::Nothing).await
        }
        other => refund_answer(id, other),
    }
}

/// `POST /can-bo/ho-so/{id}/hoan-tien/{refund}/duyet`: a second officer approves a refund that
/// waits for approval (above `PORTAL_REFUND_SECOND_OFFICER_ABOVE`).
pub async fn approve_refund(
    State(state): State<AppState>,
    Path((id, refund)): Path<(i64, i64)>,
    SignedInForm { viewer, .. }: SignedInForm,
) -> Response {
    refund_answer(id, state.services.payments.approve_refund(&viewer.actor, refund).await)
}

/// `POST /can-bo/ho-so/{id}/hoan-tien/{refund}/tu-choi`: an officer declines a refund that waits
/// for approval (the one who asked withdraws it).
pub async fn decline_refund(
    State(state): State<AppState>,
    Path((id, refund)): Path<(i64, i64)>,
    SignedInForm { viewer, .. }: SignedInForm,
) -> Response {
    match state.services.payments.decline_refund(&viewer.actor, refund).await {
        Ok(Ok(())) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
        other => refund_answer(id, other.map(|r| r.map(|()| shared::payment::RefundState::Declined))),
    }
}

fn refund_answer(id: i64, result: Result<Result<shared::payment::RefundState, RefundError>, PayError>) -> Response {
    use shared::payment::{RefundProblem, RefundState};
    match result {
        Ok(Ok(RefundState::Refunded)) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
        Ok(Ok(RefundState::AwaitingApproval)) => see_other(&format!("/ho-so/{id}?cho_duyet_hoan_tien=1")),
        Ok(Ok(RefundState::Requested)) => Problem::RefundSent.into_response(),
        Ok(Ok(RefundState::Failed | RefundState::Declined)) => Problem::RefundRefused.into_response(),
        Ok(Err(RefundError::NotFound)) | Err(PayError::NotFound) => Problem::NotFound.into_response(),
        Ok(Err(RefundError::NotClosed)) => Problem::RefundNotClosed.into_response(),
        Ok(Err(RefundError::Reason)) => Problem::RefundReason.into_response(),
        Ok(Err(RefundError::SameOfficer)) => Problem::RefundSameOfficer.into_response(),
        Ok(Err(RefundError::Rule(RefundProblem::MoreThanPaid))) => Problem::RefundTooMuch.into_response(),
        Ok(Err(RefundError::Rule(RefundProblem::NothingToRefund))) => Problem::RefundNothing.into_response(),
        Ok(Err(RefundError::Rule(RefundProblem::NotPaid))) => Problem::NothingPaid.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "refund failed");
            unavailable()
        }
    }
}

/// `GET /cong-thanh-toan-thu/paymentv2/vpcpay.html`: the sandbox gateway's payment page.
pub async fn sandbox_page(State(state): State<AppState>, RawQuery(query): RawQuery, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let csrf = parts.extensions.get::<app::request::CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
    match sandbox::page(&state.services.payments, query.as_deref().unwrap_or(""), &csrf) {
        Some(html) => Html(html).into_response(),
        None => {
            (StatusCode::BAD_REQUEST, "Yêu cầu thanh toán không hợp lệ. / Invalid payment request.").into_response()
        }
    }
}

/// `POST /cong-thanh-toan-thu/paymentv2/xac-nhan`: the payer's choice on the sandbox page.
pub async fn sandbox_choose(State(state): State<AppState>, CsrfForm { fields, .. }: CsrfForm) -> Response {
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    match sandbox::choose(&state.services.payments, &field("yeu_cau"), &field("ket_qua")).await {
        Some(back) => see_other(&back),
        None => {
            (StatusCode::BAD_REQUEST, "Yêu cầu thanh toán không hợp lệ. / Invalid payment request.").into_response()
        }
    }
}

/// `POST /cong-thanh-toan-thu/merchant_webapi/api/transaction`: the sandbox's `querydr` and
/// `refund`.
pub async fn sandbox_api(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return (StatusCode::BAD_REQUEST, "expected JSON").into_response();
    };
    axum::Json(sandbox::api(&state.services.payments, value).await).into_response()
}

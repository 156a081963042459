//! Business forms: register a business, invite a member, accept an invitation. The service
//! authorizes each with `shared::access`; a denial sends the visitor to sign in.

use super::AppState;
use super::forms::{CsrfForm, actor_of, client_ip, denied, rerender, see_other, unavailable};
use super::problem::Problem;
use crate::services::businesses::{BusinessError, ClaimError, DecideError, InvitationError, MemberError};
use app::forms::{InvitationProblem, Posted};
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use shared::access::Denial;
use shared::identity::BusinessForm;

pub async fn register(State(state): State<AppState>, CsrfForm { parts, bytes, .. }: CsrfForm) -> Response {
    let form: BusinessForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let valid = match form.validate() {
        Ok(v) => v,
        Err(problems) => return rerender(&state, parts, Posted::Business { form, problems }).await,
    };
    match state.services.businesses.register(&actor_of(&parts), valid, Some(client_ip(&parts))).await {
        Ok(_) => see_other("/doanh-nghiep?da_dang_ky=1"),
        Err(BusinessError::Refused(problems)) => rerender(&state, parts, Posted::Business { form, problems }).await,
        Err(BusinessError::Denied(d)) => denied(d),
        Err(BusinessError::Unexpected(e)) => {
            tracing::error!(error = %e, "business registration failed");
            unavailable()
        }
    }
}

pub async fn invite(State(state): State<AppState>, CsrfForm { mut parts, fields, .. }: CsrfForm) -> Response {
    parts.uri = axum::http::Uri::from_static("/doanh-nghiep");
    let business = fields.get("doanh_nghiep").and_then(|s| s.parse::<i64>().ok()).unwrap_or_default();
    let email = fields.get("email").map(|s| s.trim().to_owned()).unwrap_or_default();
    match state.services.businesses.invite(&actor_of(&parts), business, &email, Some(client_ip(&parts))).await {
        Ok(()) => see_other("/doanh-nghiep?da_moi=1"),
        Err(InvitationError::BadAddress) => rerender(&state, parts, Posted::Invite { business, email }).await,
        Err(InvitationError::Denied(d)) => denied(d),
        Err(InvitationError::Invalid | InvitationError::OtherAddress) => denied(Denial::Forbidden),
        Err(InvitationError::TooMany) => Problem::TooManyInvitations.into_response(),
        Err(InvitationError::Unexpected(e)) => {
            tracing::error!(error = %e, "invitation failed");
            unavailable()
        }
    }
}

pub async fn accept(State(state): State<AppState>, CsrfForm { mut parts, fields, .. }: CsrfForm) -> Response {
    let token = fields.get("ma").cloned().unwrap_or_default();
    // A problem shows the invitation page again, for this token.
    if let Ok(uri) = format!("/doanh-nghiep/loi-moi?ma={}", app::links::encode_component(&token)).parse() {
        parts.uri = uri;
    }
    match state.services.businesses.accept(&actor_of(&parts), token, Some(client_ip(&parts))).await {
        Ok(_) => see_other("/doanh-nghiep?da_tham_gia=1"),
        Err(InvitationError::OtherAddress) => {
            rerender(&state, parts, Posted::Invitation { problem: InvitationProblem::OtherAddress }).await
        }
        Err(InvitationError::Invalid | InvitationError::BadAddress | InvitationError::TooMany) => {
            rerender(&state, parts, Posted::Invitation { problem: InvitationProblem::Invalid }).await
        }
        Err(InvitationError::Denied(d)) => denied(d),
        Err(InvitationError::Unexpected(e)) => {
            tracing::error!(error = %e, "accepting an invitation failed");
            unavailable()
        }
    }
}

/// `GET /doanh-nghiep/{id}/ho-so.csv`: the business's dossiers (filtered as the page's query
/// says) as CSV, UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese right.
pub async fn dossiers_csv(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    request: Request,
) -> Response {
    use app::api::ServiceError;
    use app::api::business::BusinessService;
    let (parts, _) = request.into_parts();
    let filter = app::api::business::DossierFilter::from_query(|k| query.get(k).cloned());
    match state.services.businesses.dossiers(&actor_of(&parts), id, filter, CSV_MAX_ROWS).await {
        Ok(list) => {
            let lang = app::request::lang_of(&parts.headers);
            let mut csv = format!("\u{feff}{}\r\n", app::i18n::t::CSV_HEADER.get(lang));
            for row in list.rows {
                let status = app::i18n::status_label(row.status, lang);
                let cells = [row.code.unwrap_or_default(), row.procedure_name, status.to_owned(), row.updated];
                csv.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
                csv.push_str("\r\n");
            }
            (
                [
                    (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"ho-so-doanh-nghiep.csv\""),
                    (axum::http::header::CACHE_CONTROL, "private, no-store"),
                ],
                csv,
            )
                .into_response()
        }
        Err(ServiceError::Denied(d)) => denied(d),
        Err(ServiceError::NotFound) => Problem::NotFound.into_response(),
        Err(_) => unavailable(),
    }
}

/// Most rows in one export.
const CSV_MAX_ROWS: usize = 50_000;

/// One CSV cell: quoted when needed, and a leading `= + - @` neutralised so a spreadsheet never
/// runs it as a formula.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

/// `POST /doanh-nghiep/{id}/thanh-vien/{account}/xoa`: an owner removes a member, or a member
/// leaves.
pub async fn remove_member(
    State(state): State<AppState>,
    Path((business, member)): Path<(i64, i64)>,
    CsrfForm { parts, .. }: CsrfForm,
) -> Response {
    match state.services.businesses.remove_member(&actor_of(&parts), business, member, Some(client_ip(&parts))).await {
        Ok(()) => see_other("/doanh-nghiep?da_go=1"),
        Err(MemberError::Denied(d)) => denied(d),
        Err(MemberError::NotFound) => Problem::NotFound.into_response(),
        Err(MemberError::LastOwner) => Problem::LastOwner.into_response(),
        Err(MemberError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "removing a member failed");
            unavailable()
        }
    }
}

/// `POST /doanh-nghiep/khieu-nai`: a claim that a tax code was registered by someone else.
pub async fn claim(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let tax_code = fields.get("mst_khieu_nai").map(String::as_str).unwrap_or_default();
    let reason = fields.get("ly_do").map(String::as_str).unwrap_or_default();
    match state.services.businesses.claim(&actor_of(&parts), tax_code, reason, Some(client_ip(&parts))).await {
        Ok(()) => see_other("/doanh-nghiep?da_khieu_nai=1"),
        Err(ClaimError::Denied(d)) => denied(d),
        Err(ClaimError::Unknown) => Problem::NoBusiness.into_response(),
        Err(ClaimError::Pointless) => Problem::ClaimPointless.into_response(),
        Err(ClaimError::NoReason) => Problem::ClaimReason.into_response(),
        Err(ClaimError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "a claim failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/doanh-nghiep/{id}`: the registry's counter verifies (`quyet_dinh=duyet`) or
/// rejects (`tu_choi`) a business waiting for verification.
pub async fn verify(
    State(state): State<AppState>,
    Path(business): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let approve = match fields.get("quyet_dinh").map(String::as_str) {
        Some("duyet") => true,
        Some("tu_choi") => false,
        _ => return Problem::UnknownDecision.into_response(),
    };
    decided(state.services.businesses.verify(&actor_of(&parts), business, approve, Some(client_ip(&parts))).await)
}

/// `POST /can-bo/khieu-nai/{id}`: the registry's counter upholds (`chap_nhan`) or dismisses
/// (`bac_bo`) a claim.
pub async fn decide_claim(
    State(state): State<AppState>,
    Path(claim): Path<i64>,
    CsrfForm { parts, fields, .. }: CsrfForm,
) -> Response {
    let uphold = match fields.get("quyet_dinh").map(String::as_str) {
        Some("chap_nhan") => true,
        Some("bac_bo") => false,
        _ => return Problem::UnknownDecision.into_response(),
    };
    decided(state.services.businesses.decide_claim(&actor_of(&parts), claim, uphold, Some(client_ip(&parts))).await)
}

fn decided(result: Result<(), DecideError>) -> Response {
    match result {
        Ok(()) => see_other("/can-bo/doanh-nghiep?da_quyet_dinh=1"),
        Err(DecideError::Denied(d)) => denied(d),
        Err(DecideError::NotFound) => Problem::AlreadyDecided.into_response(),
        Err(DecideError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "a registry decision failed");
            unavailable()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(super::csv_cell("Đăng ký khai sinh"), "Đăng ký khai sinh");
        assert_eq!(super::csv_cell("a,b"), "\"a,b\"");
        assert_eq!(super::csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(super::csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}

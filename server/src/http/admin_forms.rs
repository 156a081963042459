//! Administration forms: create an officer, set an officer's roles, reset an officer's second
//! factor. The service (`accounts::officers`) authorizes each against the acting admin.

use super::AppState;
use super::forms::{CsrfForm, SignedInForm, authorized, client_ip, rerender, see_other, unavailable};
use super::problem::Problem;
use crate::services::accounts::officers::{Admin, OfficerError};
use app::forms::CalendarRefusal;
use app::forms::Posted;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use shared::access::{Action, Role};
use shared::identity::{OfficerForm, OfficerProblem};

/// The acting admin (whose rights the service checks per agency and role), or the response for
/// someone who is not signed in.
fn acting_admin(parts: &axum::http::request::Parts) -> Result<Admin, Response> {
    authorized(parts, Action::SignedIn).map(|v| Admin::Officer(v.actor))
}

/// Every value of a repeated field (checkboxes), which a map of fields would lose.
fn all_values(bytes: &[u8], name: &str) -> Vec<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v)
        .collect()
}

fn refused() -> Response {
    Problem::NotAllowed.into_response()
}

pub async fn create_officer(
    State(state): State<AppState>,
    CsrfForm { mut parts, fields, bytes }: CsrfForm,
) -> Response {
    let admin = match acting_admin(&parts) {
        Ok(a) => a,
        Err(response) => return response,
    };
    parts.uri = axum::http::Uri::from_static("/quan-tri");
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    // The select posts "agency:unit" (unit empty for the agency as a whole).
    let (agency, unit) =
        field("don_vi_chon").split_once(':').map(|(a, u)| (a.to_owned(), u.to_owned())).unwrap_or_default();
    let form = OfficerForm {
        ho_ten: field("ho_ten"),
        email: field("email"),
        co_quan: agency,
        don_vi: unit,
        chuc_danh: field("chuc_danh"),
        vai_tro: all_values(&bytes, "vai_tro"),
    };
    let valid = match form.validate() {
        Ok(v) => v,
        Err(problems) => return rerender(&state, parts, Posted::CreateOfficer { form, problems }).await,
    };
    match state.services.accounts.create_officer(admin, valid, Some(client_ip(&parts))).await {
        Ok(_) => see_other("/quan-tri?da_tao=1"),
        Err(OfficerError::Refused(problems)) => rerender(&state, parts, Posted::CreateOfficer { form, problems }).await,
        Err(OfficerError::NotFound) => refused(),
        Err(OfficerError::Unexpected(e)) => {
            tracing::error!(error = %e, "creating an officer failed");
            unavailable()
        }
    }
}

pub async fn set_roles(
    State(state): State<AppState>,
    Path(officer): Path<i64>,
    CsrfForm { parts, bytes, .. }: CsrfForm,
) -> Response {
    let admin = match acting_admin(&parts) {
        Ok(a) => a,
        Err(response) => return response,
    };
    let codes = all_values(&bytes, "vai_tro");
    let roles: Vec<Role> = codes.iter().filter_map(|c| Role::parse(c)).collect();
    if roles.len() != codes.len() {
        return Problem::UnknownRole.into_response();
    }
    match state.services.accounts.set_roles(admin, officer, roles, Some(client_ip(&parts))).await {
        Ok(()) => see_other("/quan-tri?da_cap_nhat=1"),
        Err(OfficerError::Refused(p)) if p == [OfficerProblem::NoRole] => Problem::RoleNeeded.into_response(),
        Err(OfficerError::Refused(_) | OfficerError::NotFound) => refused(),
        Err(OfficerError::Unexpected(e)) => {
            tracing::error!(error = %e, "setting roles failed");
            unavailable()
        }
    }
}

pub async fn reset_second_factor(
    State(state): State<AppState>,
    Path(officer): Path<i64>,
    CsrfForm { parts, .. }: CsrfForm,
) -> Response {
    let admin = match acting_admin(&parts) {
        Ok(a) => a,
        Err(response) => return response,
    };
    match state.services.accounts.admin_reset_second_factor(admin, officer, Some(client_ip(&parts))).await {
        Ok(()) => see_other("/quan-tri?da_cap_nhat=1"),
        Err(OfficerError::Refused(_) | OfficerError::NotFound) => refused(),
        Err(OfficerError::Unexpected(e)) => {
            tracing::error!(error = %e, "resetting a second factor failed");
            unavailable()
        }
    }
}

/// `POST /quan-tri/cong-viec/{id}/chay-lai`: a system admin puts a failed job back in the queue.
pub async fn retry_job(
    State(state): State<AppState>,
    Path(job): Path<i64>,
    CsrfForm { parts, .. }: CsrfForm,
) -> Response {
    let viewer = match authorized(&parts, Action::ManageJobs) {
        Ok(v) => v,
        Err(response) => return response,
    };
    match state.services.admin.retry_job(&viewer.actor, job).await {
        Ok(Ok(true)) => see_other("/quan-tri/cong-viec"),
        Ok(Ok(false) | Err(_)) => refused(),
        Err(e) => {
            tracing::error!(error = %e, "retrying a job failed");
            unavailable()
        }
    }
}

/// `POST /quan-tri/dong-bo/{event}/gui-lai`: a failing national sync change is sent at the next
/// round (system admin).
pub async fn resend_sync_event(
    State(state): State<AppState>,
    Path(event): Path<i64>,
    CsrfForm { parts, .. }: CsrfForm,
) -> Response {
    let viewer = match authorized(&parts, Action::ManageNationalSync) {
        Ok(v) => v,
        Err(response) => return response,
    };
    answer_resend(state.services.admin.resend_sync_event(&viewer.actor, event).await, "/quan-tri/dong-bo?da_gui=1")
}

/// `POST /quan-tri/dong-bo/ho-so/{id}/gui-lai`: a dossier's national record is written again as
/// it is now (system admin).
pub async fn resend_sync_record(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm { parts, .. }: CsrfForm,
) -> Response {
    let viewer = match authorized(&parts, Action::ManageNationalSync) {
        Ok(v) => v,
        Err(response) => return response,
    };
    answer_resend(state.services.admin.resend_sync_record(&viewer.actor, id).await, "/quan-tri/dong-bo?da_gui=1")
}

fn answer_resend(outcome: Result<Result<bool, shared::access::Denial>, crate::db::DbError>, next: &str) -> Response {
    match outcome {
        Ok(Ok(true)) => see_other(next),
        Ok(Ok(false) | Err(_)) => refused(),
        Err(e) => {
            tracing::error!(error = %e, "sending the national sync again failed");
            unavailable()
        }
    }
}

/// `POST /quan-tri/lich`: add or change a day of the working calendar (system admin).
pub async fn set_calendar_day(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    use crate::services::calendar::CalendarProblem;
    let viewer = match authorized(&parts, Action::ManageCalendar) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let Ok(day) = chrono::NaiveDate::parse_from_str(field("ngay").trim(), "%Y-%m-%d") else {
        return calendar_refused(&state, parts, CalendarRefusal::BadDate).await;
    };
    match state.services.admin.set_calendar_day(&viewer.actor, day, field("loai"), field("ghi_chu")).await {
        Ok(Ok(())) => see_other(&format!("/quan-tri/lich?nam={}", chrono::Datelike::year(&day))),
        Ok(Err(CalendarProblem::KindDoesNotFitTheDay)) => {
            calendar_refused(&state, parts, CalendarRefusal::KindDoesNotFitTheDay).await
        }
        Ok(Err(CalendarProblem::Note)) => calendar_refused(&state, parts, CalendarRefusal::Note).await,
        Ok(Err(CalendarProblem::Denied(_))) => refused(),
        Err(e) => {
            tracing::error!(error = %e, "changing the calendar failed");
            unavailable()
        }
    }
}

/// `POST /quan-tri/lich/gio-lam-viec`: set an agency's office hours (the system admin, or the
/// agency's own admin). A time left
/// empty drops its session (the afternoon: one continuous session; Saturday: no reception).
pub async fn set_office_hours(
    State(state): State<AppState>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    use shared::deadline::{OfficeHours, Session};
    let time = |k: &str| {
        let v = fields.get(k).map(|v| v.trim()).unwrap_or_default();
        if v.is_empty() { Ok(None) } else { chrono::NaiveTime::parse_from_str(v, "%H:%M").map(Some) }
    };
    let session = |opens: &str, closes: &str| match (time(opens), time(closes)) {
        (Ok(Some(opens)), Ok(Some(closes))) => Ok(Some(Session { opens, closes })),
        (Ok(None), Ok(None)) => Ok(None),
        _ => Err(()),
    };
    let parsed = (session("sang_mo", "sang_dong"), session("chieu_mo", "chieu_dong"), session("thu7_mo", "thu7_dong"));
    let hours = match parsed {
        (Ok(Some(morning)), Ok(afternoon), Ok(saturday)) => {
            OfficeHours { sessions: std::iter::once(morning).chain(afternoon).collect(), saturday }
        }
        _ => return calendar_refused(&state, parts, CalendarRefusal::BadHours).await,
    };
    if hours.check().is_err() {
        return calendar_refused(&state, parts, CalendarRefusal::BadHours).await;
    }
    let Some(agency) = fields.get("co_quan").and_then(|a| a.parse::<i64>().ok()) else {
        return calendar_refused(&state, parts, CalendarRefusal::BadHours).await;
    };
    if shared::access::decide(&viewer.actor, Action::ManageOfficeHours { agency }).is_err() {
        return refused();
    }
    match state.services.admin.set_office_hours(&viewer.actor, agency, hours).await {
        Ok(true) => see_other("/quan-tri/lich?da_luu=1#gio-lam-viec"),
        Ok(false) => calendar_refused(&state, parts, CalendarRefusal::BadHours).await,
        Err(e) => {
            tracing::error!(error = %e, "setting office hours failed");
            unavailable()
        }
    }
}

/// The calendar page again, with why the change was refused (422); nothing changed.
async fn calendar_refused(
    state: &AppState,
    mut parts: axum::http::request::Parts,
    refusal: CalendarRefusal,
) -> Response {
    parts.uri = axum::http::Uri::from_static("/quan-tri/lich");
    rerender(state, parts, Posted::Calendar { refusal }).await
}

/// `POST /quan-tri/lich/xoa`: remove a day's exception (system admin).
pub async fn remove_calendar_day(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let viewer = match authorized(&parts, Action::ManageCalendar) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let Some(day) = fields.get("ngay").and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    else {
        return Problem::BadDate.into_response();
    };
    match state.services.admin.remove_calendar_day(&viewer.actor, day).await {
        Ok(Err(_)) => refused(),
        Ok(Ok(_)) => see_other(&format!("/quan-tri/lich?nam={}", chrono::Datelike::year(&day))),
        Err(e) => {
            tracing::error!(error = %e, "changing the calendar failed");
            unavailable()
        }
    }
}

/// `POST /quan-tri/lien-he`: set the portal's contact details (system admin). A refusal shows
/// the page again with what was typed and each problem on its field; nothing changes.
pub async fn set_contact(State(state): State<AppState>, CsrfForm { parts, fields, .. }: CsrfForm) -> Response {
    let viewer = match authorized(&parts, Action::ManagePortalContact) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let text = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let hours = text("gio_theo_co_quan");
    let hours_agency = match hours.trim() {
        "" => Ok(None),
        id => id.parse::<i64>().map(Some),
    };
    let contact = shared::portal::Contact {
        operator: text("co_quan_chu_quan"),
        address: text("dia_chi"),
        hotline: text("duong_day_nong"),
        email: text("thu_dien_tu"),
        // Not a number: no agency has it, so the check names the field.
        hours_agency: hours_agency.unwrap_or(Some(-1)),
        note: text("ghi_chu"),
    };
    let actor = viewer.actor.account().unwrap_or_default();
    match state.services.portal.save(actor, contact.clone()).await {
        Ok(Ok(())) => see_other("/quan-tri/lien-he?da_luu=1"),
        Ok(Err(problems)) => rerender(&state, parts, Posted::Contact { contact: contact.trimmed(), problems }).await,
        Err(e) => {
            tracing::error!(error = %e, "saving the portal's contact failed");
            unavailable()
        }
    }
}

//! `POST /can-bo/ho-so/{id}`: an officer's action on a dossier (the service authorizes it and
//! applies it with the version the officer saw).

use super::AppState;
use super::forms::{authorized, checked_form, see_other, unavailable};
use crate::services::backoffice::ActError;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::access::Action;
use shared::dossier::Refusal;

pub async fn act(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, fields, _) = match checked_form(request).await {
        Ok(x) => x,
        Err(response) => return response,
    };
    let viewer = match authorized(&parts, Action::ManageOwnAccount) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let version = field("phien_ban").parse::<i32>().unwrap_or(-1);
    let unit = field("don_vi").parse::<i64>().ok();
    let Some(action) = crate::services::backoffice::action_from(&field("hanh_dong"), field("ghi_chu"), unit) else {
        return (StatusCode::BAD_REQUEST, "Thao tác không hợp lệ. / Unknown action.").into_response();
    };
    match state.backoffice.act(&viewer.actor, id, version, action).await {
        Ok(_) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
        Err(ActError::NotFound) => (StatusCode::NOT_FOUND, "Không tìm thấy. / Not found.").into_response(),
        Err(ActError::Conflict) => (
            StatusCode::CONFLICT,
            "Hồ sơ vừa được người khác xử lý; vui lòng tải lại trang. / The dossier was changed; please reload.",
        )
            .into_response(),
        Err(ActError::Refused(Refusal::NotYourRole)) => {
            (StatusCode::FORBIDDEN, "Thao tác này không thuộc vai trò của bạn. / Not your role.").into_response()
        }
        Err(ActError::Refused(Refusal::NotInThisStatus)) => (
            StatusCode::CONFLICT,
            "Không thể thực hiện thao tác ở trạng thái hiện tại của hồ sơ. / Not possible in the dossier's status.",
        )
            .into_response(),
        Err(ActError::Invalid) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Vui lòng ghi lý do hoặc danh sách nội dung cần bổ sung. / Please give the reason or the items.",
        )
            .into_response(),
        Err(ActError::Unexpected(e)) => {
            tracing::error!(error = %format!("{e:#}"), "officer action failed");
            unavailable()
        }
    }
}

/// `POST /can-bo/ho-so/{id}/ket-qua`: the result document, multipart (the CSRF token first, then
/// the file, streamed into the applicant's document store).
pub async fn attach_result(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    use axum::extract::{FromRequest, Multipart};
    let (parts, body) = request.into_parts();
    let viewer = match authorized(&parts, Action::ManageOwnAccount) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let mut multipart = match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
        Ok(m) => m,
        Err(e) => return e.into_response(),
    };
    let expected = parts.extensions.get::<app::pages::accounts::CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
    let token = match multipart.next_field().await {
        Ok(Some(f)) if f.name() == Some(app::pages::accounts::CSRF_FIELD) => f.text().await.unwrap_or_default(),
        _ => String::new(),
    };
    if expected.is_empty() || !super::forms::constant_time_eq(token.as_bytes(), expected.as_bytes()) {
        return (StatusCode::FORBIDDEN, "Biểu mẫu đã hết hạn. / The form expired.").into_response();
    }
    let Ok(Some(field)) = multipart.next_field().await else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "Chưa chọn tệp. / No file chosen.").into_response();
    };
    let file_name = field.file_name().unwrap_or_default().to_owned();
    let store = state.store.clone();
    let limit = state.filing.file_limit();
    match state.backoffice.attach_result(&store, limit, &viewer.actor, id, &file_name, field).await {
        Ok(Ok(_)) => see_other(&format!("/ho-so/{id}?da_xu_ly=1")),
        Ok(Err(problem)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            app::i18n::upload_problem_message(problem, app::i18n::Lang::Vi, limit / (1024 * 1024)),
        )
            .into_response(),
        Err(ActError::NotFound) => (StatusCode::NOT_FOUND, "Không tìm thấy. / Not found.").into_response(),
        Err(ActError::Refused(_)) => (
            StatusCode::CONFLICT,
            "Chỉ đính kèm kết quả khi hồ sơ đã xử lý xong. / Only a processed dossier takes a result.",
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "attaching a result failed");
            unavailable()
        }
    }
}

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

//! The whole catalog as a file, for the system admin (`Action::ImportCatalog`): imported from an
//! upload (`POST /quan-tri/thu-tuc/nhap`, a dry run or the import, read under the multipart
//! bounds; JSON, XLSX or CSV) and exported (`GET /quan-tri/thu-tuc/xuat?dinh_dang=xlsx|csv|json`).
//! The work is `services::catalog::import` and `spreadsheet`, the same as `portal catalog import`
//! and `export`.

use super::AppState;
use super::forms::{authorized, rerender, unavailable};
use super::multipart;
use super::problem::Problem;
use crate::services::catalog::admin::ImportRefused;
use crate::services::catalog::import;
use crate::services::catalog::spreadsheet::Format;
use app::forms::Posted;
use axum::extract::{Query, Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use shared::access::Action;

/// The largest catalog file taken (2,000 procedures export to about 4 MB).
pub const MAX_FILE: u64 = 20 * 1024 * 1024;

/// `POST /quan-tri/thu-tuc/nhap`: `hanh_dong` = `thu` (dry run) or `nhap`, and the file `tep`.
pub async fn import(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let mut form = match multipart::Reader::new(&parts.headers, body, multipart::Limits::one_file(MAX_FILE)) {
        Ok(form) => form,
        Err(problem) => return problem.response(),
    };
    if let Err(refused) = form.check_csrf(&parts).await {
        return refused;
    }
    let viewer = match authorized(&parts, Action::ImportCatalog) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let (mut apply, mut bytes) = (false, Vec::new());
    loop {
        let mut field = match form.next().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(problem) => return problem.response(),
        };
        match field.name() {
            Some("hanh_dong") => match form.text(&mut field).await {
                Ok(action) => apply = action == "nhap",
                Err(problem) => return problem.response(),
            },
            Some("tep") => loop {
                match field.chunk().await {
                    Ok(Some(chunk)) if (bytes.len() + chunk.len()) as u64 <= MAX_FILE => {
                        bytes.extend_from_slice(&chunk)
                    }
                    Ok(Some(_)) => return multipart::Problem::TooLarge.response(),
                    Ok(None) => break,
                    Err(e) => return multipart::Problem::of(&e).response(),
                }
            },
            _ => {
                if let Err(problem) = multipart::drain(&mut field).await {
                    return problem.response();
                }
            }
        }
    }
    let lang = app::request::lang_of(&parts.headers);
    let unreadable = |reason: String| Posted::CatalogImport {
        lines: vec![format!("{}: {reason}", app::i18n::t::CI_UNREADABLE.get(lang))],
        applied: false,
        refused: true,
    };
    if bytes.is_empty() {
        let posted = Posted::CatalogImport {
            lines: vec![app::i18n::t::CI_NO_FILE.get(lang).to_owned()],
            applied: false,
            refused: true,
        };
        return rerender(&state, parts, posted).await;
    }
    match state.services.catalog_admin.import_catalog(&viewer.actor, bytes, apply).await {
        Ok(Err(ImportRefused::Unreadable(reason))) => rerender(&state, parts, unreadable(reason)).await,
        Ok(Err(ImportRefused::Denied(_))) => Problem::NotAllowed.into_response(),
        Ok(Ok(report)) => {
            let lines = import::describe(&report, lang).lines().map(str::to_owned).collect();
            let posted = Posted::CatalogImport { lines, applied: report.applied, refused: report.refused() };
            rerender(&state, parts, posted).await
        }
        Err(e) => {
            tracing::error!(error = %e, "importing the catalog failed");
            unavailable()
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ExportQuery {
    dinh_dang: Option<String>,
}

/// `GET /quan-tri/thu-tuc/xuat?dinh_dang=…`: every version of every procedure, with the
/// agencies, fields and units they name, as the portal's JSON (the default), or as an XLSX or CSV
/// spreadsheet in the national database's layout.
pub async fn export(State(state): State<AppState>, Query(q): Query<ExportQuery>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = match authorized(&parts, Action::ImportCatalog) {
        Ok(v) => v,
        Err(response) => return response,
    };
    let (format, content_type, name) = match q.dinh_dang.as_deref() {
        Some("xlsx") => {
            (Format::Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "danh-muc-thu-tuc.xlsx")
        }
        Some("csv") => (Format::Csv, "text/csv; charset=utf-8", "danh-muc-thu-tuc.csv"),
        _ => (Format::Json, "application/json; charset=utf-8", "danh-muc-thu-tuc.json"),
    };
    match state.services.catalog_admin.export_catalog(&viewer.actor, format).await {
        Ok(Ok(bytes)) => {
            let disposition = format!("attachment; filename=\"{name}\"");
            let headers = [
                (header::CONTENT_TYPE, content_type.to_owned()),
                (header::CONTENT_DISPOSITION, disposition),
                (header::CACHE_CONTROL, "no-store".to_owned()),
            ];
            (headers, bytes).into_response()
        }
        Ok(Err(_)) => Problem::NotAllowed.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "exporting the catalog failed");
            Problem::Unavailable.into_response()
        }
    }
}

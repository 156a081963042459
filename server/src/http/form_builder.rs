//! The e-form builder's forms (`app/src/pages/admin/catalog/builder.rs`): each button posts one step
//! (`thao_tac`) on what the page showed (the builder's revision `phien_ban`, the published
//! version `ban_goc`); a field is added or changed
//! on its own page. A refused step shows the page again with what was typed and why; a step on a
//! revision someone else changed meanwhile shows the draft as it is now (409). The rules are
//! `shared::eform::builder`; the draft, `services::catalog::form_builder`.

use super::AppState;
use super::catalog_forms::{answer_save, failed, revision, typed};
use super::forms::not_found;
use super::forms::{CsrfForm, SignedInForm, rerender};
use crate::services::catalog::form_builder::Seen;
use app::forms::Posted;
use app::links::{builder_href, form_href};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use shared::access::Actor;
use shared::eform::builder::{Edit, FieldAt, Place, field_form};
use std::collections::HashMap;

/// `POST /quan-tri/bieu-mau/{code}/soan`: one step on the form's draft.
pub async fn step(
    State(state): State<AppState>,
    Path(code): Path<String>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    let get = |name: &str| fields.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
    let index = get("phan").parse::<usize>().unwrap_or(usize::MAX);
    let field = FieldAt::parse(&get("truong"));
    let edit = match (get("thao_tac").as_str(), field) {
        ("tieu_de", _) => Edit::Heading { title: get("tieu_de"), replaces: get("thay_giay_to").parse().ok() },
        ("them_phan", _) => Edit::AddSection { title: get("tieu_de") },
        ("doi_ten_phan", _) => Edit::RenameSection { index, title: get("tieu_de") },
        ("phan_len", _) => Edit::MoveSection { index, up: true },
        ("phan_xuong", _) => Edit::MoveSection { index, up: false },
        ("xoa_phan", _) => Edit::RemoveSection { index },
        ("len", Some(at)) => Edit::MoveField { at, up: true },
        ("xuong", Some(at)) => Edit::MoveField { at, up: false },
        ("xoa", Some(at)) => Edit::RemoveField { at },
        ("them_quy_tac", _) => match rule_of(&get) {
            Some(rule) => Edit::AddRule { rule },
            None => return not_found(),
        },
        ("xoa_quy_tac", _) => Edit::RemoveRule { index: get("quy_tac").parse().unwrap_or(usize::MAX) },
        ("cong_bo", _) => return publish(state, parts, code, fields, actor).await,
        ("huy", _) => return discard(state, parts, code, fields, actor).await,
        _ => return not_found(),
    };
    let anchor = match &edit {
        Edit::MoveField { at, .. } => format!("#{}", anchor(at)),
        Edit::MoveSection { .. } | Edit::AddSection { .. } | Edit::RenameSection { .. } => "#cac-phan".to_owned(),
        Edit::AddRule { .. } | Edit::RemoveRule { .. } => "#quy-tac".to_owned(),
        _ => String::new(),
    };
    let done = format!("{}?da_luu=1{anchor}", builder_href(&code));
    save(&state, parts, code, fields, actor, edit, &done).await
}

/// `POST /quan-tri/bieu-mau/{code}/soan/truong`: a field added (`phan`, and `nhom` for a group
/// member) or changed (`truong`).
pub async fn put_field(
    State(state): State<AppState>,
    Path(code): Path<String>,
    SignedInForm { form: CsrfForm { parts, fields, .. }, viewer }: SignedInForm,
) -> Response {
    let actor = viewer.actor;
    // A step on a revision someone moved past is refused before what was typed is judged, so
    // the page offers the draft as it is now rather than a save over it.
    match state.services.catalog_admin.builder_moved(&actor, code.clone(), seen(&fields)).await {
        Ok(Some(current)) => {
            let stale = Posted::CatalogForm { values: typed(&fields), problems: Vec::new(), stale: Some(current) };
            return rerender(&state, parts, stale).await;
        }
        Ok(None) => {}
        Err(e) => return failed(e),
    }
    let get = |name: &str| fields.get(name).cloned();
    let field = match field_form::parse(&get) {
        Ok(field) => field,
        Err(problems) => {
            return rerender(&state, parts, Posted::CatalogForm { values: typed(&fields), problems, stale: None })
                .await;
        }
    };
    let text = |name: &str| get(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let place = match text("truong").and_then(|t| FieldAt::parse(&t)) {
        Some(at) => Place::Existing(at),
        None => {
            Place::New { section: text("phan").and_then(|p| p.parse().ok()).unwrap_or(usize::MAX), group: text("nhom") }
        }
    };
    let group = match &place {
        Place::Existing(at) => at.group.clone(),
        Place::New { group, .. } => group.clone(),
    };
    let at = FieldAt { group, key: field.key.clone() };
    let done = format!("{}?da_luu=1#{}", builder_href(&code), anchor(&at));
    save(&state, parts, code, fields, actor, Edit::PutField { place, field }, &done).await
}

/// The rule one of the rules' forms posted (fields left unchosen make a rule the step refuses).
fn rule_of(get: &impl Fn(&str) -> String) -> Option<shared::eform::Rule> {
    use shared::eform::Rule;
    match get("loai_quy_tac").as_str() {
        "thu_tu_ngay" => Some(Rule::DateOrder { earlier: get("ngay_truoc"), later: get("ngay_sau") }),
        "bat_buoc_kem" => Some(Rule::RequiredWith { field: get("truong_bat_buoc"), other: get("khi_da_khai") }),
        _ => None,
    }
}

/// The id of a field's item on the builder page.
fn anchor(at: &FieldAt) -> String {
    format!("t-{}", at.to_string().replace('.', "-"))
}

/// What the page showed: the builder's revision and the published version.
fn seen(fields: &HashMap<String, String>) -> Seen {
    let version = fields.get("ban_goc").and_then(|v| v.trim().parse().ok()).unwrap_or(-1);
    Seen { revision: revision(fields), version }
}

async fn save(
    state: &AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
    edit: Edit,
    done: &str,
) -> Response {
    let outcome = state.services.catalog_admin.builder_edit(&actor, code, seen(&fields), edit).await;
    answer_save(state, parts, typed(&fields), outcome, done).await
}

async fn publish(
    state: AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let done = format!("{}?da_cong_bo=1", form_href(&code));
    let outcome = state.services.catalog_admin.builder_publish(&actor, code, seen(&fields)).await;
    answer_save(&state, parts, Vec::new(), outcome, &done).await
}

async fn discard(
    state: AppState,
    parts: Parts,
    code: String,
    fields: HashMap<String, String>,
    actor: Actor,
) -> Response {
    let done = format!("{}?da_huy=1", builder_href(&code));
    let outcome = state.services.catalog_admin.builder_discard(&actor, code, seen(&fields)).await;
    answer_save(&state, parts, Vec::new(), outcome, &done).await
}

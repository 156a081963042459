//! `/quan-tri/thu-tuc/{code}`: one procedure in the editor: each section summarised with a link
//! to change it, what still stops publication (each linked to its section), the publication
//! form, and the version history.

use crate::api::catalog_admin::{ProcedureEditor, load_procedure_editor};
use crate::components::notice::set_page_status;
use crate::forms::{Posted, posted};
use crate::i18n::{
    catalog_problem_message, channel_label, fee_due_label, level_label, online_level_label, subject_label, t,
    time_limit_label, use_lang,
};
use crate::links::editor_href;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::catalog::editor::Section;

#[component]
pub fn ProcedureAdminPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let data = Resource::new(code, load_procedure_editor);
    let posted = posted();
    let notice = move || {
        query.with(|q| {
            if q.get("da_luu").is_some() {
                Some(t::CA_SAVED.get(lang))
            } else if q.get("da_cong_bo").is_some() {
                Some(t::CA_PUBLISHED.get(lang))
            } else if q.get("da_huy").is_some() {
                Some(t::CA_DISCARDED.get(lang))
            } else if q.get("da_tao").is_some() {
                Some(t::CA_CREATED.get(lang))
            } else if q.get("da_ngung").is_some() {
                Some(t::CA_UNPUBLISHED.get(lang))
            } else {
                None
            }
        })
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                // A refused publication shows its problems (the store's, which the page's own
                // list may not have, such as the date).
                let (refused, stale) = match posted.await {
                    Posted::CatalogForm { problems, stale, .. } => (problems, stale.is_some()),
                    _ => (Vec::new(), false),
                };
                if stale {
                    set_page_status(409);
                } else if !refused.is_empty() {
                    set_page_status(422);
                }
                let notice = if stale { Some(t::CA_STALE_DRAFT.get(lang)) } else { notice() };
                page(editor, refused, notice).into_any()
            })}
        </Suspense>
    }
}

fn page(
    editor: ProcedureEditor,
    refused: Vec<shared::catalog::CatalogProblem>,
    notice: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let doc = editor.document.clone();
    let code = doc.code.to_string();
    let title = format!("{} — {}", doc.code, doc.name);
    // A refused date is shown beside its form; the other problems in the list.
    let date_error =
        |field: &str| refused.iter().find(|p| p.path == field).map(|p| catalog_problem_message(&p.kind, lang));
    let (publish_error, unpublish_error) = (date_error("hieu_luc"), date_error("ngung_tu"));
    let refused: Vec<_> = refused.iter().filter(|p| p.path != "hieu_luc" && p.path != "ngung_tu").cloned().collect();
    let problems: Vec<_> = if refused.is_empty() { editor.problems.clone() } else { refused };
    let in_catalog = editor.published.is_some() && editor.history.first().is_some_and(|v| v.to.is_none());
    let unpublish_action = format!("{}/ngung", editor_href(doc.code.as_str()));
    let status = match (editor.published, editor.revision) {
        (Some(v), 0) => format!("{} {v}. {}", t::CA_PUBLISHED_VERSION.get(lang), t::CA_NO_DRAFT.get(lang)),
        (Some(v), r) => format!("{} {v}. {} {r}.", t::CA_PUBLISHED_VERSION.get(lang), t::CA_DRAFT_REVISION.get(lang)),
        (None, r) => format!("{}. {} {r}.", t::CA_NOT_PUBLISHED.get(lang), t::CA_DRAFT_REVISION.get(lang)),
    };
    let href = move |s: Section| format!("{}/{}", editor_href(&code), s.slug());
    let field_name = editor.choices.fields.iter().find(|f| f.code == doc.field.as_str()).map(|f| f.name.clone());
    let agency_name = editor.choices.agencies.iter().find(|a| a.code == doc.agency.as_str()).map(|a| a.name.clone());
    let publish_action = format!("{}/cong-bo", editor_href(doc.code.as_str()));
    let discard_action = format!("{}/huy-nhap", editor_href(doc.code.as_str()));
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><a href="/quan-tri/thu-tuc">{t::CA_BACK_LIST.get(lang)}</a></p>
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <p>{status}</p>
        {(!problems.is_empty()).then(|| {
            let items: Vec<(String, String)> = problems
                .iter()
                .map(|p| (href(Section::of_path(&p.path)), format!("{}: {}", section_title(Section::of_path(&p.path), lang), catalog_problem_message(&p.kind, lang))))
                .collect();
            view! {
                <div class="notice notice-error" role="alert">
                    <h2>{t::CA_PUBLISH_PROBLEMS.get(lang)}</h2>
                    <ul>{items.into_iter().map(|(h, m)| view! { <li><a href=h>{m}</a></li> }).collect_view()}</ul>
                </div>
            }
        })}
        <section aria-labelledby="phan-chung" class="card">
            <h2 id="phan-chung">{t::CA_SECTION_GENERAL.get(lang)}</h2>
            <dl class="facts">
                <dt>{t::CA_NAME.get(lang)}</dt><dd>{doc.name.clone()}</dd>
                <dt>{t::CA_FIELD.get(lang)}</dt><dd>{field_name.unwrap_or_else(|| doc.field.to_string())}</dd>
                <dt>{t::CA_AGENCY.get(lang)}</dt><dd>{agency_name.unwrap_or_else(|| doc.agency.to_string())}</dd>
                <dt>{t::CA_LEVEL.get(lang)}</dt><dd>{level_label(doc.level, lang)}</dd>
                <dt>{t::CA_SUBJECTS.get(lang)}</dt><dd>{doc.target_subjects.iter().map(|s| subject_label(*s, lang)).collect::<Vec<_>>().join(", ")}</dd>
                <dt>{t::CA_ONLINE_LEVEL.get(lang)}</dt><dd>{online_level_label(doc.online_level, lang)}</dd>
                <dt>{t::CA_FEE_DUE.get(lang)}</dt><dd>{fee_due_label(doc.fee_due, lang)}</dd>
                <dt>{t::CA_RESULT.get(lang)}</dt><dd>{doc.result.clone()}</dd>
            </dl>
            <p><a href=href(Section::General)>{format!("{} {}", t::CA_EDIT.get(lang), t::CA_SECTION_GENERAL.get(lang).to_lowercase())}</a></p>
        </section>
        <section aria-labelledby="phan-truong-hop" class="card">
            <h2 id="phan-truong-hop">{t::CA_SECTION_CASES.get(lang)}</h2>
            <ul>{doc.cases.iter().map(|c| view! { <li>{c.name.clone()}" ("<code>{c.key.clone()}</code>")"</li> }).collect_view()}</ul>
            <p><a href=href(Section::Cases)>{format!("{} {}", t::CA_EDIT.get(lang), t::CA_SECTION_CASES.get(lang).to_lowercase())}</a></p>
        </section>
        <section aria-labelledby="phan-kenh" class="card">
            <h2 id="phan-kenh">{t::CA_SECTION_CHANNELS.get(lang)}</h2>
            <ul>{doc.channels.iter().map(|o| {
                let case = o.case_key.clone().map(|c| format!(" ({c})")).unwrap_or_default();
                let fees = o.fees.iter().map(|f| f.label.clone()).collect::<Vec<_>>().join("; ");
                view! { <li>{channel_label(o.channel, lang)}{case}": "{time_limit_label(o.time_limit, o.same_day_cutoff.as_deref(), lang)}{(!fees.is_empty()).then(|| format!(" — {fees}"))}</li> }
            }).collect_view()}</ul>
            <p><a href=href(Section::Channels)>{format!("{} {}", t::CA_EDIT.get(lang), t::CA_SECTION_CHANNELS.get(lang).to_lowercase())}</a></p>
        </section>
        <section aria-labelledby="phan-giay-to" class="card">
            <h2 id="phan-giay-to">{t::CA_SECTION_DOCUMENTS.get(lang)}</h2>
            <ul>{doc.documents.iter().map(|d| view! { <li>{d.name.clone()}{d.mandatory.then_some(" *")}</li> }).collect_view()}</ul>
            <p><a href=href(Section::Documents)>{format!("{} {}", t::CA_EDIT.get(lang), t::CA_SECTION_DOCUMENTS.get(lang).to_lowercase())}</a></p>
        </section>
        <section aria-labelledby="phan-trinh-tu" class="card">
            <h2 id="phan-trinh-tu">{t::CA_SECTION_CLAUSES.get(lang)}</h2>
            <ol>{doc.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            <p><a href=href(Section::Clauses)>{format!("{} {}", t::CA_EDIT.get(lang), t::CA_SECTION_CLAUSES.get(lang).to_lowercase())}</a></p>
        </section>
        {editor.published.is_some().then(|| view! {
            <p>
                <a href=crate::links::workflow_href(doc.code.as_str())>{t::WF_LINK.get(lang)}</a>" · "
                <a href=crate::links::form_href(doc.code.as_str())>{t::EF_LINK.get(lang)}</a>
            </p>
        })}
        {(editor.revision > 0).then(|| view! {
            <section aria-labelledby="cong-bo" class="card">
                <h2 id="cong-bo">{t::CA_PUBLISH_TITLE.get(lang)}</h2>
                <form method="post" action=publish_action class="stack">
                    <CsrfInput/>
                    <input type="hidden" name="phien_ban" value=editor.revision.to_string()/>
                    <div class="field" class:has-error=publish_error.is_some()>
                        <label for="hieu_luc">{t::CA_PUBLISH_FROM.get(lang)}</label>
                        <p class="hint" id="hieu-luc-goi-y">{t::CA_PUBLISH_HINT.get(lang)}</p>
                        {publish_error.clone().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <input id="hieu_luc" name="hieu_luc" type="date" required value=editor.today.clone() aria-describedby="hieu-luc-goi-y" aria-invalid=publish_error.is_some().then_some("true")/>
                    </div>
                    <button type="submit">{t::CA_PUBLISH_BUTTON.get(lang)}</button>
                </form>
                <form method="post" action=discard_action class="inline">
                    <CsrfInput/>
                    <input type="hidden" name="phien_ban" value=editor.revision.to_string()/>
                    <button type="submit" class="secondary">{t::CA_DISCARD.get(lang)}</button>
                </form>
            </section>
        })}
        {(in_catalog || unpublish_error.is_some()).then(|| view! {
            <section aria-labelledby="ngung" class="card">
                <h2 id="ngung">{t::CA_UNPUBLISH_TITLE.get(lang)}</h2>
                <form method="post" action=unpublish_action class="stack">
                    <CsrfInput/>
                    <div class="field" class:has-error=unpublish_error.is_some()>
                        <label for="ngung_tu">{t::CA_UNPUBLISH_FROM.get(lang)}</label>
                        <p class="hint" id="ngung-tu-goi-y">{t::CA_UNPUBLISH_HINT.get(lang)}</p>
                        {unpublish_error.clone().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <input id="ngung_tu" name="ngung_tu" type="date" required value=editor.today.clone() aria-describedby="ngung-tu-goi-y" aria-invalid=unpublish_error.is_some().then_some("true")/>
                    </div>
                    <button type="submit" class="secondary">{t::CA_UNPUBLISH_BUTTON.get(lang)}</button>
                </form>
            </section>
        })}
        {(!editor.history.is_empty()).then(|| view! {
            <h2>{t::CA_HISTORY.get(lang)}</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t::CA_VERSION.get(lang)}</th>
                        <th scope="col">{t::CA_NAME.get(lang)}</th>
                        <th scope="col">{t::CA_FROM.get(lang)}</th>
                        <th scope="col">{t::CA_TO.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {editor.history.iter().map(|v| view! {
                            <tr><td>{v.version}</td><td>{v.name.clone()}</td><td>{v.from.clone()}</td><td>{v.to.clone().unwrap_or_default()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
    }
}

pub(super) fn section_title(section: Section, lang: crate::i18n::Lang) -> &'static str {
    match section {
        Section::General => t::CA_SECTION_GENERAL.get(lang),
        Section::Cases => t::CA_SECTION_CASES.get(lang),
        Section::Channels => t::CA_SECTION_CHANNELS.get(lang),
        Section::Documents => t::CA_SECTION_DOCUMENTS.get(lang),
        Section::Clauses => t::CA_SECTION_CLAUSES.get(lang),
    }
}

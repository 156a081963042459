//! `/quan-tri/bieu-mau/{code}`: a procedure's e-form: the current version previewed exactly as
//! people see it, downloaded as JSON, and a new version published from JSON edited in place or
//! pasted (a plain textarea: no JavaScript needed). Posts to `server/src/http/catalog_forms.rs`;
//! the rules are `server/src/services/catalog/forms.rs`.

use super::section::Form;
use crate::api::catalog_admin::{FormEditor, load_form_editor};
use crate::links::{editor_href, form_href};

use crate::forms::{Posted, posted};
use crate::i18n::{t, use_lang};
use crate::pages::filing::EForm;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn FormAdminPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let data = Resource::new(code, load_form_editor);
    let posted = posted();
    let published = move || query.with(|q| q.get("da_cong_bo").is_some());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let editor = match super::loaded(data.await) {
                    Ok(e) => e,
                    Err(page) => return page,
                };
                let (values, problems, stale) = match posted.await {
                    Posted::CatalogForm { values, problems, stale } => (values, problems, stale),
                    _ => (vec![("json".to_owned(), editor.json.clone())], Vec::new(), None),
                };
                let (form, summary) = Form::posted(values, &problems, stale, lang);
                let version = stale.unwrap_or(editor.version);
                page(editor, form, summary, stale.is_some(), version, published()).into_any()
            })}
        </Suspense>
    }
}

fn page(
    editor: FormEditor,
    form: Form,
    summary: Vec<(String, String)>,
    stale: bool,
    version: i32,
    published: bool,
) -> impl IntoView {
    let lang = form.lang;
    let title = match &editor.case {
        Some(case) => format!("{}: {} — {} {case}", t::EF_TITLE.get(lang), editor.name, t::EF_CASE.get(lang)),
        None => format!("{}: {}", t::EF_TITLE.get(lang), editor.name),
    };
    let status = if editor.version == 0 && editor.case.is_some() {
        t::EF_CASE_NONE.get(lang).to_owned()
    } else if editor.version == 0 {
        t::EF_GENERIC.get(lang).to_owned()
    } else {
        format!("{} {} ({}).", t::EF_VERSION.get(lang), editor.version, editor.schema.key)
    };
    let error = form.errors.get("json").cloned();
    let action = form_href(&editor.target);
    let download = format!("{action}/tai-ve");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><a href=editor_href(&editor.code)>{t::CA_BACK.get(lang)}</a></p>
        <p class="lead">{t::EF_LEAD.get(lang)}</p>
        {published.then(|| view! { <p class="notice" role="status">{t::EF_PUBLISHED.get(lang)}</p> })}
        <p>{status}" "<a href=download download>{t::EF_DOWNLOAD.get(lang)}</a></p>
        {case_forms(&editor, lang)}
        <p><a class="button" href=crate::links::builder_href(&editor.target)>{t::EB_LINK.get(lang)}</a>
            {editor.draft_open.then(|| view! { " "<span class="hint">{format!("{} {}.", t::EB_DRAFT.get(lang), editor.draft)}</span> })}</p>
        {stale.then(|| view! { <p class="notice notice-error" role="alert">{t::EF_STALE.get(lang)}</p> })}
        {crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), summary)}
        <section aria-labelledby="xem-truoc" class="card">
            <h2 id="xem-truoc">{t::EF_PREVIEW.get(lang)}</h2>
            <h3>{editor.schema.title.clone()}</h3>
            <EForm schema=editor.schema values=Default::default() problems=Default::default() units=editor.units/>
        </section>
        <form method="post" action=action class="stack">
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=version.to_string()/>
            <div class="field" class:has-error=error.is_some()>
                <label for="json">{t::EF_JSON.get(lang)}</label>
                <p class="hint" id="json-goi-y">{t::EF_JSON_HINT.get(lang)}</p>
                {error.clone().map(|e| view! { <p class="error" id="json-loi">{e}</p> })}
                <textarea id="json" name="json" rows="24" spellcheck="false" aria-describedby="json-goi-y" aria-invalid=error.is_some().then_some("true")>{form.values.get("json").cloned().unwrap_or_default()}</textarea>
            </div>
            <button type="submit">{t::EF_PUBLISH.get(lang)}</button>
        </form>
    }
}

/// The procedure's own form and each case's: a case with a form of its own is filed on it, the
/// others on the procedure's (a case's form starts as a copy of the procedure's).
fn case_forms(editor: &FormEditor, lang: crate::i18n::Lang) -> Option<impl IntoView + use<>> {
    if editor.cases.is_empty() {
        return None;
    }
    let own = (editor.case.is_some()).then(|| form_href(&editor.code));
    let rows = editor.cases.iter().map(|(key, name, has_own)| {
        let target = format!("{}~{key}", editor.code);
        let state = if *has_own { t::EF_CASE_OWN.get(lang) } else { t::EF_CASE_SHARED.get(lang) };
        let here = editor.target == target;
        view! {
            <li>
                {if here {
                    view! { <strong aria-current="page">{name.clone()}</strong> }.into_any()
                } else {
                    view! { <a href=form_href(&target)>{name.clone()}</a> }.into_any()
                }}
                " — "{state}
            </li>
        }
    });
    Some(view! {
        <section aria-labelledby="theo-truong-hop">
            <h2 id="theo-truong-hop">{t::EF_CASES.get(lang)}</h2>
            <p class="hint">{t::EF_CASES_HINT.get(lang)}</p>
            {own.map(|href| view! { <p><a href=href>{t::EF_OWN_FORM.get(lang)}</a></p> })}
            <ul>{rows.collect_view()}</ul>
        </section>
    })
}

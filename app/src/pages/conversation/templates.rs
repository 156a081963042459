//! `/can-bo/mau-tin-nhan`: the answers an officer keeps to write messages from. The list, a form
//! to add one, and (`?sua={id}`) the same form to change one; each can be removed.

use crate::api::conversation::{TemplateView, load_templates};
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::conversation::template_problem;
use crate::i18n::{Lang, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::conversation::{MAX_TEMPLATE_TITLE, MAX_TEXT};

const ACTION: &str = "/can-bo/mau-tin-nhan";

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let data = Resource::new(|| (), |_| load_templates());
    let posted = posted();
    view! {
        <Title text=t::TPL_TITLE.get(lang)/>
        <h1>{t::TPL_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let shown = posted.await;
                let kept = match data.await {
                    Ok(Ok(kept)) => kept,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (editing, saved) = query.with_untracked(|q| {
                    (q.get("sua").and_then(|v| v.parse::<i64>().ok()), q.get("da_luu").is_some())
                });
                let form = match shown {
                    Posted::Template { id, title, body, problems } => {
                        set_page_status(422);
                        let problems = problems.into_iter().map(|p| template_problem(p, lang)).collect();
                        template_form(id, title, body, problems, lang).into_any()
                    }
                    _ => match editing.and_then(|id| kept.iter().find(|k| k.id == id)) {
                        Some(k) => template_form(Some(k.id), k.title.clone(), k.body.clone(), Vec::new(), lang).into_any(),
                        None => template_form(None, String::new(), String::new(), Vec::new(), lang).into_any(),
                    },
                };
                view! {
                    <p>{t::TPL_LEAD.get(lang)}</p>
                    {saved.then(|| view! { <p class="notice" role="status">{t::TPL_SAVED.get(lang)}</p> })}
                    {list(&kept, lang)}
                    {form}
                }.into_any()
            })}
        </Suspense>
    }
}

fn list(kept: &[TemplateView], lang: Lang) -> impl IntoView + use<> {
    if kept.is_empty() {
        return view! { <p>{t::TPL_NONE.get(lang)}</p> }.into_any();
    }
    let items = kept
        .iter()
        .map(|k| {
            let id = k.id.to_string();
            view! {
                <li class="card">
                    <h2>{k.title.clone()}</h2>
                    <p class="message-body">{k.body.clone()}</p>
                    <p class="hint">{t::TPL_UPDATED.get(lang)}": "{k.updated_at.clone()}</p>
                    <p>
                        <a href=format!("{ACTION}?sua={}#tieu_de", k.id)>{t::TPL_CHANGE.get(lang)}" "<span class="visually-hidden">{k.title.clone()}</span></a>
                    </p>
                    <form method="post" action=ACTION class="inline">
                        <CsrfInput/>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" name="hanh_dong" value="xoa" class="secondary">
                            {t::TPL_DELETE.get(lang)}" "<span class="visually-hidden">{k.title.clone()}</span>
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain">{items}</ul> }.into_any()
}

/// The form to add a kept answer (`id` none) or change one, with each problem on its input.
fn template_form(
    id: Option<i64>,
    title: String,
    body: String,
    problems: Vec<(&'static str, String)>,
    lang: Lang,
) -> impl IntoView + use<> {
    let heading = if id.is_some() { t::TPL_EDIT } else { t::TPL_NEW }.get(lang);
    let on = |name: &str| problems.iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone());
    let (title_error, body_error) = (on("tieu_de"), on("noi_dung"));
    let summary =
        problem_summary(t::TPL_REFUSED.get(lang), problems.iter().map(|(n, m)| (format!("#{n}"), m.clone())).collect());
    let described = |name: &str, error: &Option<String>| match error {
        Some(_) => format!("{name}-hint {name}-error"),
        None => format!("{name}-hint"),
    };
    let (title_described, body_described) = (described("tieu_de", &title_error), described("noi_dung", &body_error));
    view! {
        <section class="card" aria-labelledby="mau-moi">
            <h2 id="mau-moi">{heading}</h2>
            <form method="post" action=ACTION class="stack">
                <CsrfInput/>
                {id.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
                {summary}
                <div class="field">
                    <label for="tieu_de">{t::TPL_NAME.get(lang)}</label>
                    <p class="hint" id="tieu_de-hint">{t::TPL_NAME_HINT.get(lang).replace("{max}", &MAX_TEMPLATE_TITLE.to_string())}</p>
                    {title_error.clone().map(|m| view! { <p class="field-error" id="tieu_de-error">{m}</p> })}
                    <input id="tieu_de" name="tieu_de" type="text" value=title maxlength=MAX_TEMPLATE_TITLE.to_string()
                        aria-describedby=title_described aria-invalid=title_error.is_some().then_some("true")/>
                </div>
                <div class="field">
                    <label for="noi_dung">{t::TPL_BODY.get(lang)}</label>
                    <p class="hint" id="noi_dung-hint">"{ma_ho_so} · {thu_tuc} · {ngay_hen}"</p>
                    {body_error.clone().map(|m| view! { <p class="field-error" id="noi_dung-error">{m}</p> })}
                    <textarea id="noi_dung" name="noi_dung" rows="6" maxlength=MAX_TEXT.to_string()
                        aria-describedby=body_described aria-invalid=body_error.is_some().then_some("true")>{body}</textarea>
                </div>
                <button type="submit" name="hanh_dong" value="luu">{t::TPL_SAVE.get(lang)}</button>
            </form>
        </section>
    }
}

//! `/quan-tri/thu-tuc/moi`: a new procedure's code, name, field, agency and level; it starts as
//! a draft, filled in section by section and published later.

use crate::api::catalog_admin::load_editor_choices;
use crate::components::notice::{Denied, ProblemList, Unavailable, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::{catalog_problem_message, level_label, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use shared::catalog::ImplementingLevel;

#[component]
pub fn NewProcedurePage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_editor_choices());
    let posted = posted();
    view! {
        <Title text=t::CA_NEW.get(lang)/>
        <h1>{t::CA_NEW.get(lang)}</h1>
        <p><a href="/quan-tri/thu-tuc">{t::CA_BACK_LIST.get(lang)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let choices = match data.await {
                    Ok(Ok(c)) => c,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (values, problems) = match posted.await {
                    Posted::CatalogForm { values, problems, .. } => (values, problems),
                    _ => (Vec::new(), Vec::new()),
                };
                if !problems.is_empty() {
                    set_page_status(422);
                }
                let value = |k: &str| values.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
                let messages: Vec<String> = problems
                    .iter()
                    .map(|p| format!("{}: {}", label(&p.path, lang), catalog_problem_message(&p.kind, lang)))
                    .collect();
                let (code, name, field, agency, level) = (value("ma"), value("ten"), value("linh_vuc"), value("co_quan"), value("cap"));
                view! {
                    {(!messages.is_empty()).then(|| view! { <ProblemList title=t::CA_PROBLEMS.get(lang) messages/> })}
                    <form method="post" action="/quan-tri/thu-tuc/moi" class="stack card">
                        <CsrfInput/>
                        <div class="field">
                            <label for="ma">{t::CA_CODE.get(lang)}</label>
                            <p class="hint" id="ma-goi-y">{t::CA_CODE_HINT.get(lang)}</p>
                            <input id="ma" name="ma" type="text" required maxlength="20" aria-describedby="ma-goi-y" value=code/>
                        </div>
                        <div class="field">
                            <label for="ten">{t::CA_NAME.get(lang)}</label>
                            <textarea id="ten" name="ten" required maxlength="2000" rows="2">{name}</textarea>
                        </div>
                        <div class="field">
                            <label for="linh_vuc">{t::CA_FIELD.get(lang)}</label>
                            <select id="linh_vuc" name="linh_vuc">
                                {choices.fields.into_iter().map(|f| {
                                    let selected = f.code == field;
                                    view! { <option value=f.code.clone() selected=selected>{f.name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="co_quan">{t::CA_AGENCY.get(lang)}</label>
                            <select id="co_quan" name="co_quan">
                                {choices.agencies.into_iter().map(|a| {
                                    let selected = a.code == agency;
                                    view! { <option value=a.code.clone() selected=selected>{a.name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <fieldset>
                            <legend>{t::CA_LEVEL.get(lang)}</legend>
                            {ImplementingLevel::ALL.iter().map(|l| {
                                let id = format!("cap-{}", l.code());
                                let checked = level == l.code() || (level.is_empty() && *l == ImplementingLevel::Commune);
                                view! {
                                    <span class="checkbox">
                                        <input type="radio" id=id.clone() name="cap" value=l.code() checked=checked/>
                                        <label for=id>{level_label(*l, lang)}</label>
                                    </span>
                                }
                            }).collect_view()}
                        </fieldset>
                        <button type="submit">{t::CA_CREATE_BUTTON.get(lang)}</button>
                    </form>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn label(path: &str, lang: crate::i18n::Lang) -> &'static str {
    match path {
        "ma" => t::CA_CODE.get(lang),
        "ten" => t::CA_NAME.get(lang),
        "linh_vuc" => t::CA_FIELD.get(lang),
        "co_quan" => t::CA_AGENCY.get(lang),
        _ => t::CA_LEVEL.get(lang),
    }
}

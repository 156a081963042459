//! The queue's views beside its filters: each a link with how many dossiers it holds now (the
//! role's, then the officer's own, which can be removed), and the form that saves the filter
//! shown under a name.

use crate::api::backoffice::{QueueView, ViewProblem};
use crate::components::notice::set_page_status;
use crate::i18n::{Lang, t};
use crate::request::CsrfInput;
use leptos::prelude::*;

const ACTION: &str = "/can-bo/bo-loc";

fn problem_text(problem: ViewProblem, lang: Lang) -> String {
    match (problem, lang) {
        (ViewProblem::NoName, Lang::Vi) => "Hãy đặt tên cho bộ lọc.".into(),
        (ViewProblem::NoName, Lang::En) => "Give the view a name.".into(),
        (ViewProblem::NameTooLong, Lang::Vi) => "Tên bộ lọc dài quá 60 ký tự.".into(),
        (ViewProblem::NameTooLong, Lang::En) => "The name is longer than 60 characters.".into(),
        (ViewProblem::TooMany, Lang::Vi) => "Bạn đã lưu 20 bộ lọc, mức tối đa; hãy xoá bớt một bộ lọc.".into(),
        (ViewProblem::TooMany, Lang::En) => "You keep 20 views, the most you may; delete one first.".into(),
        (ViewProblem::NoFilter, Lang::Vi) => "Hãy chọn điều kiện lọc trước khi lưu.".into(),
        (ViewProblem::NoFilter, Lang::En) => "Choose what to filter by before saving.".into(),
    }
}

fn preset_name(code: &str, lang: Lang) -> &'static str {
    match code {
        "cho_tiep_nhan" => t::VIEW_WAITING.get(lang),
        "sap_den_han" => t::VIEW_DUE_SOON.get(lang),
        _ => t::VIEW_OVERDUE.get(lang),
    }
}

/// The views, and the form to save the filter shown (`query`); `refused`: a save refused, its
/// name as typed.
pub fn views(
    views: Vec<QueueView>,
    query: String,
    refused: Option<(String, ViewProblem)>,
    saved: bool,
    lang: Lang,
) -> impl IntoView {
    let items = views
        .into_iter()
        .map(|v| {
            let name = v.preset.as_deref().map_or_else(|| v.name.clone(), |p| preset_name(p, lang).to_owned());
            let count = format!("{}{} {}", v.count, if v.more { "+" } else { "" }, t::VIEW_COUNT.get(lang));
            let remove = v.id.map(|id| {
                view! {
                    <form method="post" action=ACTION class="inline">
                        <CsrfInput/>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <button type="submit" name="hanh_dong" value="xoa" class="secondary">
                            {t::VIEW_DELETE.get(lang)}<span class="visually-hidden">" "{name.clone()}</span>
                        </button>
                    </form>
                }
            });
            view! { <li><a href=format!("/can-bo?{}", v.query)>{name.clone()}</a>" "<span class="count">"("{count}")"</span>" "{remove}</li> }
        })
        .collect_view();
    let (typed, message) = match refused {
        Some((name, problem)) => {
            set_page_status(422);
            (name, Some(problem_text(problem, lang)))
        }
        None => (String::new(), None),
    };
    let described = if message.is_some() { "ten-bo-loc-error" } else { "" };
    view! {
        <nav class="card views" aria-labelledby="bo-loc">
            <h2 id="bo-loc">{t::VIEWS_TITLE.get(lang)}</h2>
            {saved.then(|| view! { <p class="notice" role="status">{t::VIEW_SAVED.get(lang)}</p> })}
            <ul class="plain">{items}</ul>
            <form method="post" action=ACTION class="inline-fields">
                <CsrfInput/>
                <input type="hidden" name="bo_loc" value=query/>
                {message.clone().map(|m| view! {
                    <div class="notice notice-error" role="alert"><p><strong>{t::VIEW_REFUSED.get(lang)}": "</strong>
                        <a href="#ten-bo-loc">{m}</a></p></div>
                })}
                <div class="field">
                    <label for="ten-bo-loc">{t::VIEW_NAME.get(lang)}</label>
                    {message.clone().map(|m| view! { <p class="field-error" id="ten-bo-loc-error">{m}</p> })}
                    <input id="ten-bo-loc" name="ten" type="text" maxlength="60" value=typed
                        aria-describedby=(!described.is_empty()).then_some(described)
                        aria-invalid=message.is_some().then_some("true")/>
                </div>
                <button type="submit" name="hanh_dong" value="luu" class="secondary">{t::VIEW_SAVE.get(lang)}</button>
            </form>
        </nav>
    }
}

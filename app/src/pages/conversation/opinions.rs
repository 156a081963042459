//! Opinions asked of other units, in the officer's panel of a dossier's page (`#y-kien`): what
//! was asked, of whom, by when, and the answers; the form to ask (whoever processes the dossier).
//! The unit asked reads and answers on its own pages (`asked.rs`). Plain forms, no JavaScript
//! needed; nothing here is rendered for the applicant (the loader refuses anyone but an officer
//! who sees the dossier).

use super::file_list;
use crate::api::opinions::{DossierOpinions, OpinionView, load_dossier_opinions};
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::conversation::opinion_problem;
use crate::i18n::{Lang, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::conversation::MAX_TEXT;
use shared::conversation::opinions::{DAYS, DEFAULT_DAYS, OpinionProblem};

#[component]
pub fn Opinions(id: i64) -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(move || id, load_dossier_opinions);
    let posted = posted();
    let sent = use_query_map().with_untracked(|q| q.get("da_xin_y_kien").is_some());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    Posted::Opinion { unit, days, text, problem } => Some((unit, days, text, problem)),
                    _ => None,
                };
                let Ok(Ok(Some(data))) = data.await else { return ().into_any() };
                section(data, refused, sent, lang).into_any()
            })}
        </Suspense>
    }
}

type Refused = (String, String, String, OpinionProblem);

fn section(data: DossierOpinions, refused: Option<Refused>, sent: bool, lang: Lang) -> impl IntoView {
    let list = if data.opinions.is_empty() {
        view! { <p>{t::OP_NONE.get(lang)}</p> }.into_any()
    } else {
        let items = data.opinions.iter().map(|o| view! { <li>{opinion(o, true, lang)}</li> }).collect_view();
        view! { <ol class="notes">{items}</ol> }.into_any()
    };
    let form = data.can_ask.then(|| ask_form(&data, refused, lang));
    view! {
        <section class="card notes-card" id="y-kien" aria-labelledby="y-kien-tieu-de">
            <h2 id="y-kien-tieu-de">{t::OP_TITLE.get(lang)}</h2>
            <p class="hint">{t::OP_LEAD.get(lang)}</p>
            {sent.then(|| view! { <p class="notice" role="status">{t::OP_ASKED.get(lang)}</p> })}
            {list}
            {form}
        </section>
    }
}

/// Where a request stands, in words and as a badge.
pub(super) fn standing(o: &OpinionView, lang: Lang) -> impl IntoView + use<> {
    let (label, class) = match (&o.answer, o.overdue) {
        (Some(_), _) => (t::OP_DONE.get(lang), "badge badge-full"),
        (None, true) => (t::OP_OVERDUE.get(lang), "badge badge-late"),
        (None, false) => (t::OP_WAITING.get(lang), "badge"),
    };
    view! { <span class=class>{label}</span> }
}

/// One request: who was asked (on the dossier's page) or who asks, the question and its files,
/// the due day, and the answer once given.
pub(super) fn opinion(o: &OpinionView, on_dossier: bool, lang: Lang) -> impl IntoView + use<> {
    let id = o.id;
    let href = move |file: i64| format!("/can-bo/y-kien/{id}/tep/{file}");
    let heading = if on_dossier {
        view! { <p class="message-meta"><strong>{t::OP_TO.get(lang)}": "{o.unit.clone()}" ("{o.agency.clone()}")"</strong>" "{standing(o, lang)}</p> }
            .into_any()
    } else {
        view! { <p class="message-meta"><strong>{o.from_agency.clone()}</strong>" "{standing(o, lang)}</p> }.into_any()
    };
    let answer = o.answer.as_ref().map(|a| {
        view! {
            <div class="answer">
                <p class="message-meta"><strong>{t::OP_ANSWER.get(lang)}</strong>" · "{a.by.clone()}" · "<time>{a.at.clone()}</time></p>
                <p class="message-body">{a.text.clone()}</p>
                {file_list(&a.files, &href, lang)}
            </div>
        }
    });
    view! {
        {heading}
        <p class="message-meta">
            {t::OP_BY.get(lang)}": "{o.asked_by.clone()}" · "<time>{o.asked_at.clone()}</time>" · "
            {t::OP_DUE.get(lang)}": "<time>{o.due_on.clone()}</time>
        </p>
        <p class="message-body">{o.question.clone()}</p>
        {file_list(&o.files, &href, lang)}
        {answer}
    }
}

/// An input's error line, its `aria-describedby` and `aria-invalid`, when `shown`.
pub(super) fn described(
    input: &str,
    shown: Option<String>,
) -> (Option<impl IntoView + use<>>, String, Option<&'static str>) {
    let described = match &shown {
        Some(_) => format!("{input}-hint {input}-error"),
        None => format!("{input}-hint"),
    };
    let invalid = shown.is_some().then_some("true");
    let line = shown.map(|m| view! { <p class="field-error" id=format!("{input}-error")>{m}</p> });
    (line, described, invalid)
}

/// The form to ask a unit: which, in how many working days, the question and files. A refused
/// one comes back as filled with the problem on its input.
fn ask_form(data: &DossierOpinions, refused: Option<Refused>, lang: Lang) -> impl IntoView + use<> {
    let id = data.dossier;
    let (unit, days, text, problem) = match refused {
        Some((unit, days, text, problem)) => {
            set_page_status(422);
            (unit, days, text, Some(problem))
        }
        None => (String::new(), DEFAULT_DAYS.to_string(), String::new(), None),
    };
    let message = problem.map(|p| opinion_problem(p, lang, data.file_limit_mb));
    let on = |name: &str| problem.filter(|p| p.field() == name).and(message.clone());
    let summary = problem.zip(message.clone()).map(|(p, m)| {
        problem_summary(t::OP_REFUSED.get(lang), vec![(format!("#y-kien-{}", p.field().replace('_', "-")), m)])
    });
    let (unit_error, unit_described, unit_invalid) = described("y-kien-don-vi", on("don_vi"));
    let (days_error, days_described, days_invalid) = described("y-kien-so-ngay", on("so_ngay"));
    let (text_error, text_described, text_invalid) = described("y-kien-noi-dung", on("noi_dung"));
    let groups = data
        .units
        .iter()
        .map(|g| {
            let options = g
                .units
                .iter()
                .map(|(uid, name)| {
                    let value = uid.to_string();
                    let selected = value == unit;
                    view! { <option value=value selected=selected>{name.clone()}</option> }
                })
                .collect_view();
            view! { <optgroup label=g.agency.clone()>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <h3>{t::OP_NEW.get(lang)}</h3>
        <form method="post" action=format!("/can-bo/ho-so/{id}/y-kien") enctype="multipart/form-data" class="stack">
            <CsrfInput/>
            <input type="hidden" name="ma_gui" value=data.key.clone()/>
            {summary}
            <div class="field">
                <label for="y-kien-don-vi">{t::OP_UNIT.get(lang)}</label>
                <p class="hint" id="y-kien-don-vi-hint">{t::OP_UNIT_HINT.get(lang)}</p>
                {unit_error}
                <select id="y-kien-don-vi" name="don_vi" aria-describedby=unit_described aria-invalid=unit_invalid>
                    <option value="">{t::OP_UNIT_PICK.get(lang)}</option>
                    {groups}
                </select>
            </div>
            <div class="field">
                <label for="y-kien-so-ngay">{t::OP_DAYS.get(lang)}</label>
                <p class="hint" id="y-kien-so-ngay-hint">{t::OP_DAYS_HINT.get(lang)}</p>
                {days_error}
                <input id="y-kien-so-ngay" name="so_ngay" type="number" inputmode="numeric" value=days
                    min=DAYS.start().to_string() max=DAYS.end().to_string() class="short"
                    aria-describedby=days_described aria-invalid=days_invalid/>
            </div>
            <div class="field">
                <label for="y-kien-noi-dung">{t::OP_QUESTION.get(lang)}</label>
                <p class="hint" id="y-kien-noi-dung-hint">{t::OP_QUESTION_HINT.get(lang)}</p>
                {text_error}
                <textarea id="y-kien-noi-dung" name="noi_dung" rows="4" maxlength=MAX_TEXT.to_string()
                    aria-describedby=text_described aria-invalid=text_invalid>{text}</textarea>
            </div>
            {files_input("y-kien-tep", t::OP_FILES.get(lang), data.file_limit_mb, on("tep"), lang)}
            <button type="submit" class="secondary">{t::OP_ASK.get(lang)}</button>
        </form>
    }
}

/// The files input of an opinion's form, with its hint and the problem `shown` on it.
pub(super) fn files_input(
    input: &'static str,
    label: &'static str,
    limit_mb: u64,
    shown: Option<String>,
    lang: Lang,
) -> impl IntoView + use<> {
    let (error, described, invalid) = described(input, shown);
    let max = shared::conversation::MAX_FILES;
    let hint = match lang {
        Lang::Vi => format!("Tối đa {max} tệp PDF, JPG hoặc PNG, mỗi tệp đến {limit_mb} MB."),
        Lang::En => format!("Up to {max} PDF, JPG or PNG files, each up to {limit_mb} MB."),
    };
    view! {
        <div class="field">
            <label for=input>{label}</label>
            <p class="hint" id=format!("{input}-hint")>{hint}</p>
            {error}
            <input id=input name="tep" type="file" multiple=true
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby=described aria-invalid=invalid/>
        </div>
    }
}

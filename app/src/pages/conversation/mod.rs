//! The conversation around a dossier, on its page: the message thread both sides read and write
//! (`#trao-doi`), the officers' private notes (`notes.rs`, in the officer's panel), and the page
//! where an officer keeps their answers (`templates.rs`). Plain forms: everything works without
//! JavaScript.

mod asked;
mod notes;
mod opinions;
mod templates;

pub use asked::{AskedOpinionPage, AskedOpinionsBox, AskedOpinionsPage};
pub use notes::Notes;
pub use opinions::Opinions;
pub use templates::TemplatesPage;

use crate::api::conversation::{MessageFile, MessageView, Thread, load_thread};
use crate::components::notice::{problem_summary, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::conversation::{message_problem, message_problem_field};
use crate::i18n::{Lang, size_label, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::conversation::{MAX_TEXT, MessageProblem};

/// The ids of the message form's inputs (the page has other forms with a note and a file).
const TEXT_INPUT: &str = "tin-nhan-noi-dung";
const FILE_INPUT: &str = "tin-nhan-tep";

/// The thread of dossier `id` (nothing for a visitor who may not see it).
#[component]
pub fn Conversation(id: i64) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| (q.get("truoc").and_then(|v| v.parse().ok()), q.get("mau").and_then(|v| v.parse().ok())))
    };
    let data = Resource::new(asked, move |(before, template)| load_thread(id, before, template));
    let posted = posted();
    let sent = move || query.with(|q| q.get("da_gui").is_some());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let refused = match posted.await {
                    Posted::Message { text, problem } => Some((text, problem)),
                    _ => None,
                };
                let Ok(Ok(Some(thread))) = data.await else { return ().into_any() };
                thread_view(thread, refused, sent(), lang).into_any()
            })}
        </Suspense>
    }
}

fn thread_view(thread: Thread, refused: Option<(String, MessageProblem)>, sent: bool, lang: Lang) -> impl IntoView {
    let (title, lead) = if thread.officer {
        (t::MSG_TITLE_OFFICER.get(lang), t::MSG_LEAD_OFFICER.get(lang))
    } else {
        (t::MSG_TITLE.get(lang), t::MSG_LEAD.get(lang))
    };
    let id = thread.dossier;
    let older = thread.older.map(|before| {
        view! { <p><a href=format!("/ho-so/{id}?truoc={before}#trao-doi")>{t::MSG_OLDER.get(lang)}</a></p> }
    });
    let paged = use_query_map().with_untracked(|q| q.get("truoc").is_some());
    let latest = paged.then(|| view! { <p><a href=format!("/ho-so/{id}#trao-doi")>{t::MSG_LATEST.get(lang)}</a></p> });
    let messages = if thread.messages.is_empty() {
        view! { <p>{t::MSG_NONE.get(lang)}</p> }.into_any()
    } else {
        let items = thread.messages.iter().map(|m| message(id, m, thread.officer, lang)).collect_view();
        view! { <ol class="messages">{items}</ol> }.into_any()
    };
    let form = thread.can_write.then(|| message_form(&thread, refused, lang));
    view! {
        <section class="card thread" id="trao-doi" aria-labelledby="trao-doi-tieu-de">
            <h2 id="trao-doi-tieu-de">{title}</h2>
            <p class="hint">{lead}</p>
            {sent.then(|| view! { <p class="notice" role="status">{t::MSG_SENT.get(lang)}</p> })}
            {older}
            {messages}
            {latest}
            {form}
        </section>
    }
}

fn message(dossier: i64, m: &MessageView, officer: bool, lang: Lang) -> impl IntoView + use<> {
    let author = if m.mine {
        t::MSG_YOU.get(lang).to_owned()
    } else if m.author.is_empty() {
        if m.from_office { t::MSG_OFFICE.get(lang) } else { t::MSG_APPLICANT.get(lang) }.to_owned()
    } else {
        m.author.clone()
    };
    // The reader's side and the other side look different (and say which they are in words).
    let side = if m.from_office == officer { "message mine" } else { "message theirs" };
    let role = if m.from_office { t::MSG_OFFICE.get(lang) } else { t::MSG_APPLICANT.get(lang) };
    let files = file_list(&m.files, &|file| format!("/ho-so/{dossier}/tin-nhan/tep/{file}"), lang);
    view! {
        <li class=side id=format!("tin-nhan-{}", m.id)>
            <p class="message-meta">
                <strong>{author}</strong>" · "{role}" · "<time>{m.at.clone()}</time>
                {m.new.then(|| view! { " "<span class="badge">{t::MSG_NEW.get(lang)}</span> })}
            </p>
            {(!m.body.is_empty()).then(|| view! { <p class="message-body">{m.body.clone()}</p> })}
            {files}
        </li>
    }
}

/// The form to write: kept answers to start from (officers), the text and the files. A refused
/// message comes back with its text and the problem on its input.
fn message_form(thread: &Thread, refused: Option<(String, MessageProblem)>, lang: Lang) -> impl IntoView + use<> {
    let id = thread.dossier;
    let limit = thread.file_limit_mb;
    let (text, problem) = match refused {
        Some((text, problem)) => {
            set_page_status(422);
            (text, Some(problem))
        }
        None => (thread.text.clone(), None),
    };
    let message = problem.map(|p| message_problem(p, lang, limit));
    let field = problem.and_then(message_problem_field);
    let summary = message.clone().map(|m| {
        let href = if field == Some("tep") { format!("#{FILE_INPUT}") } else { format!("#{TEXT_INPUT}") };
        problem_summary(t::MSG_REFUSED.get(lang), vec![(href, m)])
    });
    // Inputs are named as the form posts them and identified apart from the page's other forms.
    let error_on = |name: &'static str, input: &'static str| {
        let shown = (field == Some(name)).then(|| message.clone()).flatten();
        let described = match &shown {
            Some(_) => format!("{input}-hint {input}-error"),
            None => format!("{input}-hint"),
        };
        let line = shown.clone().map(|m| view! { <p class="field-error" id=format!("{input}-error")>{m}</p> });
        (line, described, shown.is_some().then_some("true"))
    };
    let (text_error, text_described, text_invalid) = error_on("noi_dung", TEXT_INPUT);
    let (file_error, file_described, file_invalid) = error_on("tep", FILE_INPUT);
    let templates = (thread.officer).then(|| templates_picker(id, &thread.templates, lang));
    let files_hint = match lang {
        Lang::Vi => {
            format!("Tối đa {} tệp PDF, JPG hoặc PNG, mỗi tệp đến {limit} MB.", shared::conversation::MAX_FILES)
        }
        Lang::En => format!("Up to {} PDF, JPG or PNG files, each up to {limit} MB.", shared::conversation::MAX_FILES),
    };
    view! {
        {templates}
        <form method="post" action=format!("/ho-so/{id}/tin-nhan") enctype="multipart/form-data" class="stack">
            <CsrfInput/>
            <input type="hidden" name="ma_gui" value=thread.key.clone()/>
            {summary}
            <div class="field">
                <label for=TEXT_INPUT>{t::MSG_TEXT.get(lang)}</label>
                <p class="hint" id=format!("{TEXT_INPUT}-hint")>{t::MSG_TEXT_HINT.get(lang)}</p>
                {text_error}
                <textarea id=TEXT_INPUT name="noi_dung" rows="5" maxlength=MAX_TEXT.to_string()
                    aria-describedby=text_described aria-invalid=text_invalid>{text}</textarea>
            </div>
            <div class="field">
                <label for=FILE_INPUT>{t::MSG_FILES.get(lang)}</label>
                <p class="hint" id=format!("{FILE_INPUT}-hint")>{files_hint}</p>
                {file_error}
                <input id=FILE_INPUT name="tep" type="file" multiple=true
                    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                    aria-describedby=file_described aria-invalid=file_invalid/>
            </div>
            <button type="submit">{t::MSG_SEND.get(lang)}</button>
        </form>
    }
}

/// An officer's kept answers: one is put in the form's text by a plain GET (`?mau=`).
fn templates_picker(id: i64, templates: &[(i64, String)], lang: Lang) -> impl IntoView + use<> {
    let manage = view! { <a href="/can-bo/mau-tin-nhan">{t::MSG_MANAGE_TEMPLATES.get(lang)}</a> };
    if templates.is_empty() {
        return view! { <p>{manage}</p> }.into_any();
    }
    let options = templates
        .iter()
        .map(|(tid, title)| view! { <option value=tid.to_string()>{title.clone()}</option> })
        .collect_view();
    view! {
        <form method="get" action=format!("/ho-so/{id}#{TEXT_INPUT}") class="inline">
            <label for="mau-tin-nhan">{t::MSG_USE_TEMPLATE.get(lang)}</label>" "
            <select id="mau-tin-nhan" name="mau">{options}</select>" "
            <button type="submit" class="secondary">{t::MSG_FILL_TEMPLATE.get(lang)}</button>" "
            {manage}
        </form>
    }
    .into_any()
}

/// Beside a dossier in a list: how many of its messages the reader has not seen, linking to its
/// thread (nothing when none).
pub fn unread_badge(dossier: i64, unread: i64, lang: Lang) -> Option<impl IntoView + use<>> {
    (unread > 0).then(|| {
        view! { " "<a class="badge" href=format!("/ho-so/{dossier}#trao-doi")>{unread}" "{t::MSG_UNREAD.get(lang)}</a> }
    })
}

/// The files of a message, a question or an answer, each linked by `href` (nothing when none).
fn file_list(files: &[MessageFile], href: &dyn Fn(i64) -> String, lang: Lang) -> Option<impl IntoView + use<>> {
    (!files.is_empty()).then(|| {
        let links = files
            .iter()
            .map(|f| {
                let size = size_label(u64::try_from(f.size).unwrap_or(0));
                view! { <li><a href=href(f.id) rel="external" target="_blank">{f.name.clone()}</a>" ("{size}")"</li> }
            })
            .collect_view();
        view! { <ul class="files" aria-label=t::MSG_FILES_OF.get(lang)>{links}</ul> }
    })
}

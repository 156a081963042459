//! `/quan-tri/chu-ky-so`: for each agency the administrator manages (an agency admin: theirs; a
//! system admin: all), the certificate its papers are signed with and its e-receipt book, and the
//! forms to install a new key and certificate or set the book's symbols. Posts to
//! `POST /quan-tri/chu-ky-so/khoa` and `/quan-tri/chu-ky-so/bien-lai`
//! (`server/src/http/admin_forms.rs`); a refused change comes back on its agency with what was
//! typed (never the private key) and each problem on its field.

use crate::api::papers::{AgencyPapers, load_papers_admin};
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{Lang, paper_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::papers::{PEM_MAX, PaperProblem, SYMBOL_MAX};

/// What was typed on a refused form of one agency, and why.
#[derive(Clone, Default)]
struct Typed {
    certificate: String,
    template: String,
    series: String,
    problems: Vec<PaperProblem>,
}

/// The input each problem belongs to, by agency.
fn input_of(problem: PaperProblem, agency: i64) -> String {
    let name = match problem {
        PaperProblem::Certificate
        | PaperProblem::Expired
        | PaperProblem::NotYetValid
        | PaperProblem::Mismatch
        | PaperProblem::Unusable => "chung_thu",
        PaperProblem::Key | PaperProblem::EncryptedKey => "khoa",
        PaperProblem::Template => "ky_hieu_mau",
        PaperProblem::Series => "ky_hieu",
    };
    format!("{name}-{agency}")
}

#[component]
pub fn PapersAdminPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_papers_admin());
    let posted = crate::forms::posted();
    let query = use_query_map();
    let saved = move || query.read().get("da_luu").is_some();
    view! {
        <Title text=t::PAPERS_TITLE.get(lang)/>
        <h1>{t::PAPERS_TITLE.get(lang)}</h1>
        <p class="lead">{t::PAPERS_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let page = match data.await {
                    Ok(Ok(p)) => p,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let refused = match posted.await {
                    Posted::Papers { agency, certificate, template, series, problems } => {
                        Some((agency, Typed { certificate, template, series, problems }))
                    }
                    _ => None,
                };
                let summary: Vec<(String, String)> = refused
                    .iter()
                    .flat_map(|(agency, typed)| {
                        typed.problems.iter().map(move |p| (format!("#{}", input_of(*p, *agency)), paper_problem_message(*p, lang).to_owned()))
                    })
                    .collect();
                if refused.is_some() {
                    set_page_status(422);
                }
                view! {
                    {problem_summary(t::PAPERS_REFUSED.get(lang), summary)}
                    {(saved() && refused.is_none()).then(|| view! {
                        <div class="notice notice-success" role="status"><p>{t::PAPERS_SAVED.get(lang)}</p></div>
                    })}
                    {page.agencies.into_iter().map(|a| {
                        let typed = refused.as_ref().filter(|(id, _)| *id == a.id).map(|(_, t)| t.clone());
                        agency_papers(a, typed, lang)
                    }).collect_view()}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// One agency's section: what is in use, and its two forms.
fn agency_papers(a: AgencyPapers, typed: Option<Typed>, lang: Lang) -> impl IntoView {
    let id = a.id;
    let typed = typed.unwrap_or_else(|| Typed {
        template: a.book.as_ref().map(|b| b.template.clone()).unwrap_or_default(),
        series: a.book.as_ref().map(|b| b.series.clone()).unwrap_or_default(),
        ..Typed::default()
    });
    let problems = StoredValue::new(typed.problems.clone());
    let error = move |names: &[PaperProblem]| {
        problems.with_value(|all| {
            all.iter().filter(|p| names.contains(p)).map(|p| view! {
                <p class="field-error" id=format!("{}-error", input_of(*p, id))>{paper_problem_message(*p, lang)}</p>
            }).collect_view()
        })
    };
    let invalid = move |names: &[PaperProblem]| {
        problems.with_value(|all| all.iter().any(|p| names.contains(p))).then_some("true")
    };
    let described = move |names: &[PaperProblem], name: &str| {
        problems.with_value(|all| all.iter().any(|p| names.contains(p))).then(|| format!("{name}-{id}-error"))
    };
    const CERT: &[PaperProblem] = &[
        PaperProblem::Certificate,
        PaperProblem::Expired,
        PaperProblem::NotYetValid,
        PaperProblem::Mismatch,
        PaperProblem::Unusable,
    ];
    const KEY: &[PaperProblem] = &[PaperProblem::Key, PaperProblem::EncryptedKey];
    view! {
        <section class="card stack" aria-labelledby=format!("co-quan-{id}")>
            <h2 id=format!("co-quan-{id}")>{a.name.clone()}</h2>
            <h3>{t::PAPERS_KEY.get(lang)}</h3>
            {match a.key {
                Some(k) => view! {
                    {k.demo.then(|| view! { <p class="notice">{t::PAPERS_DEMO.get(lang)}</p> })}
                    <dl class="facts">
                        <dt>{t::PAPERS_SUBJECT.get(lang)}</dt><dd>{k.subject}</dd>
                        <dt>{t::PAPERS_FINGERPRINT.get(lang)}</dt><dd class="hash">{k.fingerprint}</dd>
                        <dt>{t::PAPERS_VALID_UNTIL.get(lang)}</dt><dd>{k.valid_until}</dd>
                        <dt>{t::PAPERS_INSTALLED.get(lang)}</dt><dd>{k.installed}</dd>
                        {(a.older_keys > 0).then(|| view! { <dt>{t::PAPERS_OLDER.get(lang)}</dt><dd>{a.older_keys}</dd> })}
                    </dl>
                }.into_any(),
                None => view! { <p class="notice">{t::PAPERS_NO_KEY.get(lang)}</p> }.into_any(),
            }}
            <form method="post" action="/quan-tri/chu-ky-so/khoa" class="stack" novalidate=true>
                <CsrfInput/>
                <input type="hidden" name="co_quan" value=id.to_string()/>
                <h3>{t::PAPERS_INSTALL.get(lang)}</h3>
                <div class="field">
                    <label for=format!("chung_thu-{id}")>{t::PAPERS_CERT.get(lang)}</label>
                    {error(CERT)}
                    <textarea id=format!("chung_thu-{id}") name="chung_thu" rows="6" maxlength=PEM_MAX.to_string() spellcheck="false"
                        aria-invalid=invalid(CERT) aria-describedby=described(CERT, "chung_thu")>{typed.certificate.clone()}</textarea>
                </div>
                <div class="field">
                    <label for=format!("khoa-{id}")>{t::PAPERS_PRIVATE.get(lang)}</label>
                    <p class="hint" id=format!("khoa-{id}-hint")>{t::PAPERS_PRIVATE_HINT.get(lang)}</p>
                    {error(KEY)}
                    <textarea id=format!("khoa-{id}") name="khoa" rows="6" maxlength=PEM_MAX.to_string() spellcheck="false" autocomplete="off"
                        aria-invalid=invalid(KEY) aria-describedby=described(KEY, "khoa").unwrap_or_else(|| format!("khoa-{id}-hint"))></textarea>
                </div>
                <button type="submit">{t::PAPERS_INSTALL_BUTTON.get(lang)}</button>
            </form>
            <h3>{t::PAPERS_BOOK.get(lang)}</h3>
            {match &a.book {
                Some(b) => view! {
                    {b.demo.then(|| view! { <p class="notice">{t::PAPERS_BOOK_DEMO.get(lang)}</p> })}
                    <p class="hint">{t::PAPERS_SINCE.get(lang)}": "{b.since.clone()}</p>
                }.into_any(),
                None => view! { <p class="notice">{t::PAPERS_NO_BOOK.get(lang)}</p> }.into_any(),
            }}
            <form method="post" action="/quan-tri/chu-ky-so/bien-lai" class="stack" novalidate=true>
                <CsrfInput/>
                <input type="hidden" name="co_quan" value=id.to_string()/>
                <p class="hint" id=format!("ky_hieu-{id}-hint")>{t::PAPERS_SYMBOL_HINT.get(lang)}</p>
                <div class="field">
                    <label for=format!("ky_hieu_mau-{id}")>{t::PAPERS_TEMPLATE.get(lang)}</label>
                    {error(&[PaperProblem::Template])}
                    <input id=format!("ky_hieu_mau-{id}") name="ky_hieu_mau" type="text" maxlength=SYMBOL_MAX.to_string() autocomplete="off"
                        value=typed.template.clone() aria-invalid=invalid(&[PaperProblem::Template])
                        aria-describedby=described(&[PaperProblem::Template], "ky_hieu_mau").unwrap_or_else(|| format!("ky_hieu-{id}-hint"))/>
                </div>
                <div class="field">
                    <label for=format!("ky_hieu-{id}")>{t::PAPERS_SERIES.get(lang)}</label>
                    {error(&[PaperProblem::Series])}
                    <input id=format!("ky_hieu-{id}") name="ky_hieu" type="text" maxlength=SYMBOL_MAX.to_string() autocomplete="off"
                        value=typed.series.clone() aria-invalid=invalid(&[PaperProblem::Series])
                        aria-describedby=described(&[PaperProblem::Series], "ky_hieu").unwrap_or_else(|| format!("ky_hieu-{id}-hint"))/>
                </div>
                <button type="submit">{t::PAPERS_BOOK_BUTTON.get(lang)}</button>
            </form>
        </section>
    }
}

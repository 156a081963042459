//! `/quan-tri/lien-he`: the portal's contact details shown in every page's footer (who runs it,
//! the one-stop centre's address, hotline, e-mail, whose office hours, a note), set by the
//! system admin. Posts to `POST /quan-tri/lien-he` (`server/src/http/admin_forms.rs`); a refused
//! change comes back with the typed values and each problem on its field.

use crate::api::portal::load_contact_admin;
use crate::components::notice::{Denied, Unavailable, problem_summary, set_page_status};
use crate::forms::Posted;
use crate::i18n::{contact_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::portal::{ADDRESS_MAX, ContactProblem, NAME_MAX, NOTE_MAX};

/// The input each problem belongs to.
fn input_of(problem: ContactProblem) -> &'static str {
    match problem {
        ContactProblem::Operator => "co_quan_chu_quan",
        ContactProblem::Address => "dia_chi",
        ContactProblem::Hotline => "duong_day_nong",
        ContactProblem::Email => "thu_dien_tu",
        ContactProblem::HoursAgency => "gio_theo_co_quan",
        ContactProblem::Note => "ghi_chu",
    }
}

#[component]
pub fn ContactAdminPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_contact_admin());
    let posted = crate::forms::posted();
    let query = use_query_map();
    let saved = move || query.read().get("da_luu").is_some();
    view! {
        <Title text=t::CONTACT_TITLE.get(lang)/>
        <h1>{t::CONTACT_TITLE.get(lang)}</h1>
        <p class="lead">{t::CONTACT_LEAD.get(lang)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let page = match data.await {
                    Ok(Ok(p)) => p,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (contact, problems) = match posted.await {
                    Posted::Contact { contact, problems } => (contact, problems),
                    _ => (page.contact.clone(), Vec::new()),
                };
                let refused = !problems.is_empty();
                if refused {
                    set_page_status(422);
                }
                let summary = problems
                    .iter()
                    .map(|p| (format!("#{}", input_of(*p)), contact_problem_message(*p, lang).to_owned()))
                    .collect();
                let problems = StoredValue::new(problems);
                let has = move |p: ContactProblem| problems.with_value(|all| all.contains(&p));
                let error = move |p: ContactProblem| {
                    has(p).then(|| view! {
                        <p class="field-error" id=format!("{}-error", input_of(p))>{contact_problem_message(p, lang)}</p>
                    })
                };
                // The input names its hint and its problem for screen readers, and says it is wrong.
                let described = move |p: ContactProblem, hinted: bool| {
                    let id = input_of(p);
                    let parts = [hinted.then(|| format!("{id}-hint")), has(p).then(|| format!("{id}-error"))];
                    let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
                    (!joined.is_empty()).then_some(joined)
                };
                let invalid = move |p: ContactProblem| has(p).then_some("true");
                // One typed part of the contact: its input is named as its problem's.
                let input = move |p: ContactProblem, label: &'static str, hint: Option<&'static str>, (kind, max): (&'static str, usize), value: String| {
                    let id = input_of(p);
                    view! {
                        <div class="field">
                            <label for=id>{label}</label>
                            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
                            {error(p)}
                            <input id=id name=id type=kind maxlength=max.to_string() autocomplete="off" value=value
                                aria-invalid=invalid(p) aria-describedby=described(p, hint.is_some())/>
                        </div>
                    }
                };
                view! {
                    {problem_summary(t::CONTACT_REFUSED.get(lang), summary)}
                    {(saved() && !refused).then(|| view! {
                        <div class="notice notice-success" role="status"><p>{t::CONTACT_SAVED.get(lang)}</p></div>
                    })}
                    {page.updated.map(|u| view! { <p class="hint">{t::CONTACT_UPDATED.get(lang)}": "{u}</p> })}
                    <form method="post" action="/quan-tri/lien-he" class="card stack" novalidate=true>
                        <CsrfInput/>
                        {input(ContactProblem::Operator, t::FOOTER_OPERATOR.get(lang), Some(t::CONTACT_OPERATOR_HINT.get(lang)), ("text", NAME_MAX), contact.operator.clone())}
                        {input(ContactProblem::Address, t::CONTACT_ADDRESS.get(lang), None, ("text", ADDRESS_MAX), contact.address.clone())}
                        {input(ContactProblem::Hotline, t::FOOTER_HOTLINE.get(lang), Some(t::CONTACT_HOTLINE_HINT.get(lang)), ("tel", 20), contact.hotline.clone())}
                        {input(ContactProblem::Email, t::FOOTER_EMAIL.get(lang), None, ("email", 254), contact.email.clone())}
                        <div class="field">
                            <label for="gio_theo_co_quan">{t::CONTACT_HOURS_AGENCY.get(lang)}</label>
                            <p class="hint" id="gio_theo_co_quan-hint">{t::CONTACT_HOURS_HINT.get(lang)}" "<a href="/quan-tri/lich#gio-lam-viec">{t::HOURS_TITLE.get(lang)}</a></p>
                            {error(ContactProblem::HoursAgency)}
                            <select id="gio_theo_co_quan" name="gio_theo_co_quan" aria-invalid=invalid(ContactProblem::HoursAgency)
                                aria-describedby=described(ContactProblem::HoursAgency, true)>
                                <option value="">{t::CONTACT_NO_HOURS.get(lang)}</option>
                                {page.agencies.into_iter().map(|(id, name)| view! {
                                    <option value=id.to_string() selected=contact.hours_agency == Some(id)>{name}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="ghi_chu">{t::CONTACT_NOTE.get(lang)}</label>
                            {error(ContactProblem::Note)}
                            <textarea id="ghi_chu" name="ghi_chu" rows="2" maxlength=NOTE_MAX.to_string()
                                aria-invalid=invalid(ContactProblem::Note) aria-describedby=described(ContactProblem::Note, false)>{contact.note.clone()}</textarea>
                        </div>
                        <button type="submit">{t::CONTACT_SAVE.get(lang)}</button>
                    </form>
                }
                .into_any()
            })}
        </Suspense>
    }
}

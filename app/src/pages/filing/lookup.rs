//! `/tra-cuu`: anyone looks up a dossier's status by its code and a check value, without
//! signing in. The same answer is served as JSON at `/api/v1/lookup`.

use crate::api::filing::{LookupOutcome, PublicStatus, lookup_dossier};
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::i18n::{status_label, t, use_lang};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn LookupPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let asked = move || query.with(|q| (q.get("ma").unwrap_or_default(), q.get("kiem_tra").unwrap_or_default()));
    let result = Resource::new(asked, |(code, check)| async move {
        if code.trim().is_empty() { Ok(None) } else { lookup_dossier(code, check).await.map(Some) }
    });
    view! {
        <Title text=t::LOOKUP_TITLE.get(lang)/>
        <Meta name="description" content=t::LOOKUP_DESCRIPTION.get(lang)/>
        <h1>{t::LOOKUP_TITLE.get(lang)}</h1>
        <form method="get" action="/tra-cuu" class="stack">
            <div class="field">
                <label for="ma">{t::DOSSIER_CODE.get(lang)}</label>
                <input id="ma" name="ma" type="text" autocomplete="off" required=true value=move || asked().0 aria-describedby="ma-hint"/>
                <p class="hint" id="ma-hint">{t::LOOKUP_CODE_HINT.get(lang)}</p>
            </div>
            <div class="field">
                <label for="kiem_tra">{t::LOOKUP_CHECK.get(lang)}</label>
                <input id="kiem_tra" name="kiem_tra" type="text" inputmode="numeric" maxlength="4" autocomplete="off" required=true aria-describedby="kt-hint"/>
                <p class="hint" id="kt-hint">{t::LOOKUP_CHECK_HINT.get(lang)}</p>
            </div>
            <button type="submit">{t::LOOKUP_BUTTON.get(lang)}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match result.await {
                    Ok(None) => ().into_any(),
                    Ok(Some(LookupOutcome::Found(found))) => found_view(*found).into_any(),
                    Ok(Some(LookupOutcome::NotFound)) => {
                        set_page_status(404);
                        view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::LOOKUP_NOT_FOUND.get(lang).to_owned()]/> }.into_any()
                    }
                    Ok(Some(LookupOutcome::RateLimited)) => {
                        set_page_status(429);
                        view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::RATE_LIMITED.get(lang).to_owned()]/> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn found_view(found: PublicStatus) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card" aria-labelledby="ket-qua">
            <h2 id="ket-qua">{found.code.clone()}</h2>
            <dl class="facts">
                <dt>{t::PROCEDURE.get(lang)}</dt><dd>{found.procedure_name}</dd>
                <dt>{t::AGENCY.get(lang)}</dt><dd>{found.agency_name}</dd>
                <dt>{t::STATUS.get(lang)}</dt><dd class="status">{status_label(found.status, lang)}</dd>
                {found.submitted_at.map(|s| view! { <dt>{t::SUBMITTED_AT.get(lang)}</dt><dd>{s}</dd> })}
                {found.received_at.map(|s| view! { <dt>{t::RECEIVED_AT.get(lang)}</dt><dd>{s}</dd> })}
                {found.appointment.map(|s| view! { <dt>{t::APPOINTMENT.get(lang)}</dt><dd>{s}</dd> })}
            </dl>
            {crate::components::usual_time::usual_time(found.usual_time, lang)}
            // The time the applicant takes to supplement does not count against the office.
            {(found.status == shared::dossier::Status::SupplementRequested).then(|| view! {
                <p class="notice" role="status">{t::CLOCK_PAUSED.get(lang)}</p>
            })}
            <h3>{t::TIMELINE.get(lang)}</h3>
            <ol class="timeline">
                {found.timeline.into_iter().map(|e| view! { <li>{e.at}": "{status_label(e.status, lang)}</li> }).collect_view()}
            </ol>
        </section>
    }
}

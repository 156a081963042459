//! `/xac-thuc/{code}`: anyone holding a file can check that it is exactly the result issued for
//! dossier `code`, or a paper its agency signed for it (the receipt, a slip, the e-receipt…) —
//! by pasting its SHA-256 or by uploading it (the upload is hashed as it
//! streams and not kept). The page never shows the result itself, its holder or their data:
//! only the procedure, the agency and the day it was issued. The QR code on the result's cover
//! page leads here.

use crate::api::filing::{VerifyOutcome, load_verification};
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn VerifyPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let asked = move || {
        (
            params.with(|p| p.get("code").unwrap_or_default()),
            query.with(|q| q.get("sha256").filter(|s| !s.trim().is_empty())),
        )
    };
    let result = Resource::new(asked, |(code, sha)| load_verification(code, sha));
    // The forms stand outside the result so that nothing re-renders them while a file is chosen.
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    view! {
        <Title text=t::VERIFY_TITLE.get(lang)/>
        <h1>{t::VERIFY_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let v = match result.await {
                    Ok(VerifyOutcome::Found(v)) => v,
                    Ok(VerifyOutcome::Asking) => return ().into_any(),
                    Ok(VerifyOutcome::NoMatch) => {
                        return view! { <p class="notice notice-error" role="status"><strong>{t::VERIFY_NO_MATCH.get(lang)}</strong></p> }.into_any();
                    }
                    Ok(VerifyOutcome::RateLimited) => {
                        set_page_status(429);
                        return view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::RATE_LIMITED.get(lang).to_owned()]/> }.into_any();
                    }
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (issued, said) = match &v.signed {
                    Some(_) => (t::VERIFY_SIGNED_AT, t::VERIFY_SIGNED_MATCH),
                    None => (t::VERIFY_ISSUED, t::VERIFY_MATCH),
                };
                let demo = v.signed.as_ref().is_some_and(|p| p.demo).then(|| view! {
                    <p class="notice" role="note">{t::VERIFY_DEMO_SIGNER.get(lang)}</p>
                });
                let signed = v.signed.clone().map(|p| view! {
                    <dt>{t::VERIFY_PAPER.get(lang)}</dt><dd>{paper_name(&p.paper).get(lang)}</dd>
                    <dt>{t::VERIFY_SIGNER.get(lang)}</dt><dd>{p.signer}</dd>
                    <dt>{t::VERIFY_FINGERPRINT.get(lang)}</dt><dd class="hash">{p.fingerprint}</dd>
                });
                view! {
                    <dl class="facts">
                        <dt>{t::DOSSIER_CODE.get(lang)}</dt><dd>{v.code.clone()}</dd>
                        <dt>{t::PROCEDURE.get(lang)}</dt><dd>{v.procedure_name.clone()}</dd>
                        <dt>{t::AGENCY.get(lang)}</dt><dd>{v.agency_name.clone()}</dd>
                        {signed}
                        <dt>{issued.get(lang)}</dt><dd>{v.issued_at.clone()}</dd>
                    </dl>
                    <p class="notice notice-success" role="status"><strong>{said.get(lang)}</strong><br/><small>"SHA-256: "{v.sha256.clone()}</small></p>
                    {demo}
                }
                .into_any()
            })}
        </Suspense>
        <form method="post" action=move || format!("/xac-thuc/{}/tep", code()) enctype="multipart/form-data" class="stack card">
            <CsrfInput/>
            <div class="field">
                <label for="tep-xac-thuc">{t::VERIFY_FILE.get(lang)}</label>
                <input id="tep-xac-thuc" type="file" name="tep" required/>
            </div>
            <button type="submit">{t::VERIFY_BUTTON.get(lang)}</button>
        </form>
        <form method="get" action=move || format!("/xac-thuc/{}", code()) class="stack card">
            <div class="field">
                <label for="sha256">{t::VERIFY_HASH.get(lang)}</label>
                <input id="sha256" name="sha256" type="text" autocomplete="off" pattern="[0-9a-fA-F]{64}" required/>
            </div>
            <button type="submit" class="secondary">{t::VERIFY_BUTTON.get(lang)}</button>
        </form>
    }
}

/// The name of a signed paper (`SignedPaper::paper`).
fn paper_name(code: &str) -> crate::i18n::Text {
    match code {
        "receipt" => t::PAPER_RECEIPT,
        "supplement" => t::PAPER_SUPPLEMENT,
        "refusal" => t::PAPER_REFUSAL,
        "refusal_answer" => t::PAPER_REFUSAL_ANSWER,
        "apology" => t::PAPER_APOLOGY,
        "stop_notice" => t::PAPER_STOP_NOTICE,
        "control_sheet" => t::PAPER_CONTROL_SHEET,
        "fee_receipt" => t::PAPER_FEE_RECEIPT,
        _ => t::PAPER_RESULT_COVER,
    }
}

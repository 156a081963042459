//! `/can-bo/doanh-nghiep`: the business registry's counter verifies who represents the
//! registered businesses, and decides claims on tax codes. Forms post to
//! `server/src/http/business_forms.rs`.

use crate::api::business::load_registry_queue;
use crate::components::notice::{Denied, Unavailable};
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn vouched(lang: crate::i18n::Lang, yes: bool) -> &'static str {
    if yes { t::VOUCHED_BY_VNEID.get(lang) } else { t::NOT_VOUCHED.get(lang) }
}

#[component]
pub fn RegistryPage() -> impl IntoView {
    let lang = use_lang();
    let queue = Resource::new(|| (), |_| load_registry_queue());
    let query = use_query_map();
    let done = move || query.with(|q| q.get("da_quyet_dinh").is_some());
    view! {
        <Title text=t::REGISTRY_TITLE.get(lang)/>
        <h1>{t::REGISTRY_TITLE.get(lang)}</h1>
        {move || done().then(|| view! { <p class="notice" role="status">{t::REGISTRY_DECIDED.get(lang)}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let queue = match queue.await {
                    Ok(Ok(q)) => q,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                view! {
                    <section aria-labelledby="cho-xac-minh">
                        <h2 id="cho-xac-minh">{t::REGISTRY_WAITING.get(lang)}</h2>
                        {queue.waiting.is_empty().then(|| view! { <p>{t::NOTHING_YET.get(lang)}</p> })}
                        {queue.waiting.into_iter().map(|b| {
                            let action = format!("/can-bo/doanh-nghiep/{}", b.id);
                            view! {
                                <article class="card">
                                    <h3>{b.name}" — "{b.tax_code}</h3>
                                    <dl class="facts">
                                        <dt>{t::F_REPRESENTATIVE.get(lang)}</dt><dd>{b.representative}" ("{b.representative_id}")"</dd>
                                        <dt>{t::REGISTRANT.get(lang)}</dt><dd>{b.registrant}" — "{b.registrant_email}" — "{vouched(lang, b.registrant_verified)}</dd>
                                        <dt>{t::REGISTERED_AT.get(lang)}</dt><dd>{b.registered_at}</dd>
                                    </dl>
                                    {b.registrant_is_representative.then(|| view! { <p class="hint">{t::REGISTRANT_IS_REPRESENTATIVE.get(lang)}</p> })}
                                    <form method="post" action=action class="actions">
                                        <CsrfInput/>
                                        <button type="submit" name="quyet_dinh" value="duyet">{t::APPROVE_BUSINESS.get(lang)}</button>
                                        <button type="submit" name="quyet_dinh" value="tu_choi" class="secondary">{t::REJECT_BUSINESS.get(lang)}</button>
                                    </form>
                                </article>
                            }
                        }).collect_view()}
                    </section>
                    <section aria-labelledby="khieu-nai">
                        <h2 id="khieu-nai">{t::REGISTRY_CLAIMS.get(lang)}</h2>
                        {queue.claims.is_empty().then(|| view! { <p>{t::NOTHING_YET.get(lang)}</p> })}
                        {queue.claims.into_iter().map(|c| {
                            let action = format!("/can-bo/khieu-nai/{}", c.id);
                            view! {
                                <article class="card">
                                    <h3>{c.business_name}" — "{c.tax_code}</h3>
                                    <dl class="facts">
                                        <dt>{t::CLAIMANT.get(lang)}</dt><dd>{c.claimant}" — "{c.claimant_email}" — "{vouched(lang, c.claimant_verified)}</dd>
                                        <dt>{t::CLAIM_REASON.get(lang)}</dt><dd class="pre">{c.reason}</dd>
                                        <dt>{t::REGISTERED_AT.get(lang)}</dt><dd>{c.claimed_at}</dd>
                                    </dl>
                                    <form method="post" action=action class="actions">
                                        <CsrfInput/>
                                        <button type="submit" name="quyet_dinh" value="chap_nhan">{t::UPHOLD_CLAIM.get(lang)}</button>
                                        <button type="submit" name="quyet_dinh" value="bac_bo" class="secondary">{t::DISMISS_CLAIM.get(lang)}</button>
                                    </form>
                                </article>
                            }
                        }).collect_view()}
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

//! `/quan-tri/cong-viec`: background jobs for the system admin: what waits, what ran, what
//! failed (with its last error), and a retry for a failed one.

use crate::api::admin::load_jobs;
use crate::components::notice::{Denied, Unavailable};
use crate::components::post_button::PostButton;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JobsPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| load_jobs());
    view! {
        <Title text=t::JOBS_TITLE.get(lang)/>
        <h1>{t::JOBS_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let rows = match data.await {
                    Ok(Ok(r)) => r,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                view! {
                    {rows.is_empty().then(|| view! { <p role="status">{t::NO_RESULTS.get(lang)}</p> })}
                    <div class="table-scroll">
                    <table id="cong-viec">
                        <thead><tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{t::JOB_KIND.get(lang)}</th>
                            <th scope="col">{t::AUDIT_TIME.get(lang)}</th>
                            <th scope="col">{t::JOB_ATTEMPTS.get(lang)}</th>
                            <th scope="col">{t::STATUS.get(lang)}</th>
                            <th scope="col">{t::AUDIT_DETAIL.get(lang)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|j| {
                                let retry = format!("/quan-tri/cong-viec/{}/chay-lai", j.id);
                                let failed = j.state == "failed";
                                view! {
                                    <tr>
                                        <td>{j.id}</td>
                                        <td>{j.kind}" "<small>{j.dedupe_key}</small></td>
                                        <td>{j.run_at}</td>
                                        <td>{j.attempts}</td>
                                        <td>{j.state}</td>
                                        <td>
                                            {j.last_error.unwrap_or_default()}
                                            {failed.then(|| view! {
                                                <PostButton action=retry label=t::JOB_RETRY.get(lang)/>
                                            })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

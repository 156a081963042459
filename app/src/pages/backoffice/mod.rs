//! `/can-bo`: the officer's workspace. The queue of the officer's agency (by role: reception
//! sees what waits for reception, a specialist the dossiers of their unit, a leader those in
//! processing), oldest first, with deadline badges; and, on a dossier's page, the actions this
//! officer may take now. Actions post to `server/src/http/backoffice_forms.rs`.

use crate::components::notice::{Denied, Unavailable};
use crate::i18n::{status_label, t, use_lang};
use crate::pages::accounts::{CsrfInput, Guarded};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};
use shared::deadline::Progress;
use shared::dossier::Status;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub code: String,
    pub procedure_name: String,
    pub owner_name: String,
    pub status: Status,
    pub submitted_at: String,
    pub due: Option<String>,
    pub progress: Option<Progress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    pub agency_name: String,
    pub rows: Vec<QueueRow>,
}

/// What an officer may do with one dossier now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerPanel {
    /// The version the actions apply to (a newer one means someone acted first).
    pub version: i32,
    /// Action codes: `tiep_nhan`, `yeu_cau_bo_sung`, `tu_choi`, `chuyen_xu_ly`, `de_xuat`,
    /// `tra_lai`, `phe_duyet`, `tra_ket_qua`, `dung_xu_ly`.
    pub actions: Vec<String>,
    /// Units of the agency, for the hand-over.
    pub units: Vec<(i64, String)>,
    pub due: Option<String>,
    pub supplement_requests: i32,
    /// Processed, and this officer may attach the result document.
    pub can_attach_result: bool,
}

#[server]
pub async fn officer_queue() -> Result<Guarded<Queue>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.backoffice.queue(&actor).await)
}

/// `None` for someone who is not an officer of the dossier's agency.
#[server]
pub async fn load_officer_panel(id: i64) -> Result<Option<OfficerPanel>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    services.backoffice.panel(&actor, id).await.map_err(ServerFnError::new)
}

pub fn progress_badge(progress: Option<Progress>) -> impl IntoView {
    let lang = use_lang();
    progress.map(|p| {
        let (class, text) = match p {
            Progress::InTime => ("badge badge-full", t::IN_TIME.get(lang)),
            Progress::DueSoon => ("badge badge-partial", t::DUE_SOON.get(lang)),
            Progress::Overdue => ("badge badge-late", t::OVERDUE.get(lang)),
        };
        view! { <span class=class>{text}</span> }
    })
}

#[component]
pub fn OfficerQueuePage() -> impl IntoView {
    let lang = use_lang();
    let queue = Resource::new(|| (), |_| officer_queue());
    view! {
        <Title text=t::WORKSPACE_TITLE.get(lang)/>
        <h1>{t::WORKSPACE_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let q = match queue.await {
                    Ok(Ok(q)) => q,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                view! {
                    <p class="lead">{q.agency_name.clone()}</p>
                    {if q.rows.is_empty() {
                        view! { <p role="status">{t::QUEUE_EMPTY.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-scroll">
                            <table id="hang-doi">
                                <thead><tr>
                                    <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                                    <th scope="col">{t::PROCEDURE.get(lang)}</th>
                                    <th scope="col">{t::OWNER_TITLE.get(lang)}</th>
                                    <th scope="col">{t::STATUS.get(lang)}</th>
                                    <th scope="col">{t::SUBMITTED_AT.get(lang)}</th>
                                    <th scope="col">{t::APPOINTMENT.get(lang)}</th>
                                </tr></thead>
                                <tbody>
                                    {q.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td><a href=format!("/ho-so/{}", r.id)>{r.code}</a></td>
                                            <td>{r.procedure_name}</td>
                                            <td>{r.owner_name}</td>
                                            <td>{status_label(r.status, lang)}</td>
                                            <td>{r.submitted_at}</td>
                                            <td>{r.due.unwrap_or_default()}" "{progress_badge(r.progress)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            </div>
                        }.into_any()
                    }}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The officer's actions on a dossier page (nothing for anyone else).
#[component]
pub fn OfficerActions(id: i64) -> impl IntoView {
    let lang = use_lang();
    let panel = Resource::new(move || id, load_officer_panel);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(Some(p)) = panel.await else { return ().into_any() };
                let action = format!("/can-bo/ho-so/{id}");
                let has = |code: &str| p.actions.iter().any(|a| a == code);
                let button = |code: &'static str, label: &'static str| {
                    has(code).then(|| view! { <button type="submit" name="hanh_dong" value=code>{label}</button> })
                };
                view! {
                    <section class="card officer" aria-labelledby="xu-ly">
                        <h2 id="xu-ly">{t::OFFICER_ACTIONS.get(lang)}</h2>
                        {p.due.clone().map(|d| view! { <p>{t::APPOINTMENT.get(lang)}": "<strong>{d}</strong></p> })}
                        {(p.supplement_requests > 1).then(|| view! { <p class="notice notice-error">{t::SECOND_SUPPLEMENT_FLAG.get(lang)}</p> })}
                        {p.actions.is_empty().then(|| view! { <p>{t::NO_ACTION_NOW.get(lang)}</p> })}
                        {p.can_attach_result.then(|| {
                            let result_action = format!("/can-bo/ho-so/{id}/ket-qua");
                            view! {
                                <form method="post" action=result_action enctype="multipart/form-data" class="stack">
                                    <CsrfInput/>
                                    <div class="field">
                                        <label for="tep-ket-qua">{t::ATTACH_RESULT.get(lang)}</label>
                                        <input id="tep-ket-qua" type="file" name="tep" accept=".pdf,application/pdf"/>
                                    </div>
                                    <button type="submit" class="secondary">{t::ATTACH_BUTTON.get(lang)}</button>
                                </form>
                            }
                        })}
                        {(!p.actions.is_empty()).then(|| view! {
                            <form method="post" action=action class="stack">
                                <CsrfInput/>
                                <input type="hidden" name="phien_ban" value=p.version.to_string()/>
                                <div class="field">
                                    <label for="ghi_chu">{t::OFFICER_NOTE.get(lang)}</label>
                                    <textarea id="ghi_chu" name="ghi_chu" rows="4" aria-describedby="ghi-chu-hint"></textarea>
                                    <p class="hint" id="ghi-chu-hint">{t::OFFICER_NOTE_HINT.get(lang)}</p>
                                </div>
                                {has("chuyen_xu_ly").then(|| view! {
                                    <div class="field">
                                        <label for="don_vi">{t::TRANSFER_TO.get(lang)}</label>
                                        <select id="don_vi" name="don_vi">
                                            {p.units.iter().map(|(uid, name)| view! { <option value=uid.to_string()>{name.clone()}</option> }).collect_view()}
                                        </select>
                                    </div>
                                })}
                                <div class="actions">
                                    {button("tiep_nhan", t::ACT_RECEIVE.get(lang))}
                                    {button("yeu_cau_bo_sung", t::ACT_SUPPLEMENT.get(lang))}
                                    {button("tu_choi", t::ACT_REFUSE.get(lang))}
                                    {button("chuyen_xu_ly", t::ACT_TRANSFER.get(lang))}
                                    {button("de_xuat", t::ACT_PROPOSE.get(lang))}
                                    {button("tra_lai", t::ACT_SEND_BACK.get(lang))}
                                    {button("phe_duyet", t::ACT_APPROVE.get(lang))}
                                    {button("tra_ket_qua", t::ACT_RETURN.get(lang))}
                                    {button("dung_xu_ly", t::ACT_STOP.get(lang))}
                                </div>
                            </form>
                        })}
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

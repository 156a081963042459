//! `/can-bo`: the officer's workspace. The queue of the officer's agency (by role: reception
//! sees what waits for reception, a specialist the dossiers of their unit, a leader those in
//! processing), oldest first, with deadline badges; and, on a dossier's page, the actions this
//! officer may take now. Actions post to `server/src/http/backoffice_forms.rs`.

mod bulk;
pub mod feedback;
pub mod indicators;
pub mod intake;
mod views;

use crate::api::backoffice::{SUPPLEMENT_AGAIN_FIELD, StepLine, load_officer_panel, officer_queue};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::forms::{Posted, RefundMistake};
use crate::i18n::{status_label, t, upload_problem_message, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use shared::deadline::{DueFilter, Progress, Timeliness};
use shared::dossier::{Channel, Move, SideAction};

pub fn timeliness_badge(timeliness: Option<Timeliness>) -> impl IntoView {
    let lang = use_lang();
    timeliness.map(|t| {
        let (class, text) = match t {
            Timeliness::Early => ("badge badge-full", t::EARLY.get(lang)),
            Timeliness::OnTime => ("badge badge-full", t::ON_TIME.get(lang)),
            Timeliness::Late => ("badge badge-late", t::LATE.get(lang)),
        };
        view! { <span class=class>{text}</span> }
    })
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
    let query = leptos_router::hooks::use_query_map();
    let asked = move || {
        query.with(|q| {
            let text = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
            (
                (text("trang_thai"), text("thu_tuc").and_then(|v| v.parse::<i64>().ok()), text("han")),
                (text("kenh").and_then(|v| v.parse::<i32>().ok()), text("tim")),
                text("trang").and_then(|v| v.parse::<u32>().ok()),
            )
        })
    };
    let queue = Resource::new(asked, |((status, procedure, deadline), (channel, text), page)| {
        officer_queue(status, procedure, deadline, channel, text, page)
    });
    let updated = move || query.with(|q| q.get("da_xu_ly").is_some());
    let view_saved = move || query.with(|q| q.get("da_luu_bo_loc").is_some());
    let posted = crate::forms::posted();
    view! {
        <Title text=t::WORKSPACE_TITLE.get(lang)/>
        <h1>{t::WORKSPACE_TITLE.get(lang)}</h1>
        {move || updated().then(|| view! { <p class="notice" role="status">{t::PROCESSED_NOTICE.get(lang)}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let q = match queue.await {
                    Ok(Ok(q)) => q,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (bulk_report, bulk_text, view_refused) = match posted.await {
                    Posted::Bulk { report, text } => (Some(bulk::report(report, lang)), text, None),
                    Posted::View { name, problem } => (None, String::new(), Some((name, problem))),
                    _ => (None, String::new(), None),
                };
                let saved_views = views::views(q.views.clone(), q.filter.query(), view_refused, view_saved(), lang);
                let intake = q.can_record_at_counter.then(|| view! {
                    <p><a class="button" href="/can-bo/tiep-nhan">{t::INTAKE_LINK.get(lang)}</a></p>
                });
                let register = q.can_print_register.then(|| view! {
                    <section class="card" aria-labelledby="so-theo-doi">
                        <h2 id="so-theo-doi">{t::DOSSIER_REGISTER_TITLE.get(lang)}</h2>
                        <form method="get" action="/can-bo/so-theo-doi.pdf" class="inline-fields">
                            <div class="field">
                                <label for="tu">{t::FROM_DATE.get(lang)}</label>
                                <input id="tu" name="tu" type="date" value=q.month_start.clone() required/>
                            </div>
                            <div class="field">
                                <label for="den">{t::TO_DATE.get(lang)}</label>
                                <input id="den" name="den" type="date" value=q.today.clone() required/>
                            </div>
                            <button type="submit">{t::REGISTER_PDF.get(lang)}</button>
                            <button type="submit" class="secondary" formaction="/can-bo/so-theo-doi.xlsx">{t::REGISTER_XLSX.get(lang)}</button>
                        </form>
                        <p><a href="/xuat-du-lieu">{t::EXP_LINK.get(lang)}</a></p>
                    </section>
                });
                let chosen_status = q.filter.status;
                let chosen_deadline = q.filter.deadline;
                let filters = view! {
                    <form method="get" action="/can-bo" class="inline-fields" aria-label=t::QUEUE_FILTERS.get(lang)>
                        <div class="field">
                            <label for="trang_thai">{t::STATUS.get(lang)}</label>
                            <select id="trang_thai" name="trang_thai">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {q.statuses.iter().map(|s| {
                                    let code = s.code();
                                    view! { <option value=code selected={chosen_status == Some(*s)}>{status_label(*s, lang)}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="thu_tuc">{t::PROCEDURE.get(lang)}</label>
                            <select id="thu_tuc" name="thu_tuc">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {q.procedures.iter().map(|(pid, name)| {
                                    let selected = q.filter.procedure == Some(*pid);
                                    view! { <option value=pid.to_string() selected=selected>{name.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="han">{t::APPOINTMENT.get(lang)}</label>
                            <select id="han" name="han">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                <option value=DueFilter::Overdue.code() selected={chosen_deadline == Some(DueFilter::Overdue)}>{t::OVERDUE.get(lang)}</option>
                                <option value=DueFilter::DueSoon.code() selected={chosen_deadline == Some(DueFilter::DueSoon)}>{t::DUE_SOON.get(lang)}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="kenh">{t::CHANNEL_LABEL.get(lang)}</label>
                            <select id="kenh" name="kenh">
                                <option value="">{t::FILTER_ALL.get(lang)}</option>
                                {[(Channel::Online, t::CHANNEL_ONLINE), (Channel::Counter, t::CHANNEL_COUNTER), (Channel::Postal, t::CHANNEL_POSTAL)].into_iter().map(|(c, label)| {
                                    view! { <option value=c.code().to_string() selected={q.filter.channel == Some(c)}>{label.get(lang)}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="tim">{t::QUEUE_TEXT.get(lang)}</label>
                            <input id="tim" name="tim" type="search" maxlength="60" value=q.filter.text.clone().unwrap_or_default()/>
                        </div>
                        <button type="submit" class="secondary">{t::FILTER_APPLY.get(lang)}</button>
                    </form>
                };
                view! {
                    <p class="lead">{q.agency_name.clone()}</p>
                    {saved_views}
                    <crate::pages::conversation::AskedOpinionsBox/>
                    {filters}
                    {intake}
                    {register}
                    {bulk_report}
                    {if q.rows.is_empty() {
                        view! { <p role="status">{t::QUEUE_EMPTY.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action="/can-bo/hang-loat" id=bulk::FORM>
                            <div class="table-scroll">
                            <table id="hang-doi">
                                <thead><tr>
                                    <th scope="col"><span class="visually-hidden">{t::BULK_CHOOSE.get(lang)}</span></th>
                                    <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                                    <th scope="col">{t::PROCEDURE.get(lang)}</th>
                                    <th scope="col">{t::OWNER_TITLE.get(lang)}</th>
                                    <th scope="col">{t::STATUS.get(lang)}</th>
                                    <th scope="col">{t::STEP.get(lang)}</th>
                                    <th scope="col">{t::SUBMITTED_AT.get(lang)}</th>
                                    <th scope="col">{t::APPOINTMENT.get(lang)}</th>
                                </tr></thead>
                                <tbody>
                                    {q.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td><input type="checkbox" name="ho_so" value=format!("{}:{}", r.id, r.version) id=format!("chon-{}", r.id)
                                                aria-label=format!("{} {}", t::BULK_CHOOSE.get(lang), r.code)/></td>
                                            <td><a href=format!("/ho-so/{}", r.id)>{r.code}</a>{crate::pages::conversation::unread_badge(r.id, r.unread, lang)}</td>
                                            <td>{r.procedure_name}</td>
                                            <td>{r.owner_name}</td>
                                            <td>{status_label(r.status, lang)}</td>
                                            <td>{r.step.unwrap_or_default()}</td>
                                            <td>{r.submitted_at}</td>
                                            <td>{r.due.unwrap_or_default()}" "{progress_badge(r.progress)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            </div>
                            {bulk::actions(
                                bulk::Offered { receive: q.can_receive, specialists: q.specialists.clone(), register: q.can_print_register },
                                q.bulk_key.clone(), bulk_text, lang)}
                            </form>
                        }.into_any()
                    }}
                    {
                        let page = q.filter.page.unwrap_or(1).max(1);
                        let (prev, next) = (q.filter.link(page.saturating_sub(1).max(1)), q.filter.link(page + 1));
                        view! {
                            <nav class="pager" aria-label=t::PAGINATION.get(lang)>
                                {(page > 1).then(|| view! { <a href=prev rel="prev">{t::PAGE_PREV.get(lang)}</a> })}
                                {q.has_next.then(|| view! { <a href=next rel="next">{t::PAGE_NEXT.get(lang)}</a> })}
                            </nav>
                        }
                    }
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The dossier's steps so far, with their timeliness (what the control sheet prints).
fn step_table(steps: Vec<StepLine>, lang: crate::i18n::Lang) -> impl IntoView {
    (!steps.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
            <table id="cac-buoc">
                <thead><tr>
                    <th scope="col">{t::STEP.get(lang)}</th>
                    <th scope="col">{t::STEP_PLACE.get(lang)}</th>
                    <th scope="col">{t::STEP_STARTED.get(lang)}</th>
                    <th scope="col">{t::STEP_DUE.get(lang)}</th>
                    <th scope="col">{t::STEP_FINISHED.get(lang)}</th>
                    <th scope="col">{t::ASSIGNEE.get(lang)}</th>
                    <th scope="col">{t::STEP_RESULT.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {steps.into_iter().map(|s| view! {
                        <tr>
                            <td>{s.name}</td>
                            <td>{s.place}</td>
                            <td>{s.started}</td>
                            <td>{s.due.unwrap_or_default()}</td>
                            <td>{s.finished.unwrap_or_default()}</td>
                            <td>{s.assignee.unwrap_or_default()}</td>
                            <td>{timeliness_badge(s.timeliness)}{progress_badge(s.progress)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        }
    })
}

/// A small form posting one action code (with the CSRF token and the version seen).
/// How a move's button looks: going on (green), a detour (plain), ending the dossier (red).
fn move_style(movement: Move) -> &'static str {
    match movement {
        m if m.ends_dossier() => "",
        Move::RequestSupplement | Move::SendBack => "secondary",
        _ => "go",
    }
}

/// A move's label, as its button reads.
pub fn move_label(movement: Move, lang: crate::i18n::Lang) -> &'static str {
    match movement {
        Move::Receive => t::ACT_RECEIVE.get(lang),
        Move::RequestSupplement => t::ACT_SUPPLEMENT.get(lang),
        Move::Refuse => t::ACT_REFUSE.get(lang),
        Move::StartProcessing => t::ACT_TRANSFER.get(lang),
        Move::SendBack => t::ACT_SEND_BACK.get(lang),
        Move::Finish => t::ACT_APPROVE.get(lang),
        Move::Reject => t::ACT_REJECT.get(lang),
        Move::ReturnResult => t::ACT_RETURN.get(lang),
        Move::Stop => t::ACT_STOP.get(lang),
        Move::Propose | Move::Submit | Move::Withdraw | Move::Supplement => t::ACT_PROPOSE.get(lang),
    }
}

fn one_button_form(id: i64, version: i32, code: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=format!("/can-bo/ho-so/{id}") class="inline">
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=version.to_string()/>
            <button type="submit" name="hanh_dong" value=code>{label}</button>
        </form>
    }
}

/// The officer's actions on a dossier page (nothing for anyone else).
#[component]
pub fn OfficerActions(id: i64) -> impl IntoView {
    let lang = use_lang();
    let panel = Resource::new(move || id, load_officer_panel);
    let posted = crate::forms::posted();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(Some(p)) = panel.await else { return ().into_any() };
                let action = format!("/can-bo/ho-so/{id}");
                let button = |movement: Move, label: &'static str| {
                    let class = move_style(movement);
                    let code = movement.code();
                    p.actions.contains(&movement).then(|| view! { <button type="submit" name="hanh_dong" value=code class=class>{label}</button> })
                };
                // A move shown again: to confirm, or with why it was not made.
                let shown = posted.await;
                let result_error = match &shown {
                    Posted::ResultRefused { problem, limit_mb } => {
                        set_page_status(422);
                        Some(upload_problem_message(*problem, lang, *limit_mb))
                    }
                    _ => None,
                };
                let refund_typed = match &shown {
                    Posted::Refund { amount, reason, mistake } => {
                        set_page_status(422);
                        Some((amount.clone(), reason.clone(), *mistake))
                    }
                    _ => None,
                };
                let (again, note, message, confirm) = match shown {
                    Posted::OfficerAct { action, note, message, confirm } => (Some(action), note, message, confirm),
                    _ => (None, String::new(), None, false),
                };
                let confirm_form = again.clone().filter(|_| confirm).map(|code| {
                    let label = Move::parse(&code).map(|m| move_label(m, lang)).unwrap_or_default();
                    let units = p.units.clone();
                    view! {
                        <div class="confirm" role="alert">
                            <h3>{format!("{}: {label}", t::ACT_CONFIRM_TITLE.get(lang))}</h3>
                            <p>{t::ACT_CONFIRM_LEAD.get(lang)}</p>
                            <p>{t::ACT_CONFIRM_REASON.get(lang)}": "<strong>{note.clone()}</strong></p>
                            <form method="post" action=action.clone() class="inline">
                                <CsrfInput/>
                                <input type="hidden" name="phien_ban" value=p.version.to_string()/>
                                <input type="hidden" name="ghi_chu" value=note.clone()/>
                                <input type="hidden" name="xac_nhan" value="1"/>
                                {units.first().map(|(uid, _)| view! { <input type="hidden" name="don_vi" value=uid.to_string()/> })}
                                <button type="submit" name="hanh_dong" value=code>{label}</button>
                            </form>
                            <p><a href=format!("/ho-so/{id}")>{t::ACT_CONFIRM_BACK.get(lang)}</a></p>
                        </div>
                    }
                });
                let note_error = message.clone();
                let version = p.version;
                let steps = p.steps.clone();
                // Propose goes to the leader when the next step is the approval.
                let propose_label = if p.propose_to_leader { t::ACT_PROPOSE.get(lang) } else { t::ACT_FORWARD.get(lang) };
                let specialists = p.specialists.clone();
                let apology_form = p.can_draft_apology.then(|| view! {
                    <form method="post" action=action.clone() class="stack">
                        <h3>{t::APOLOGY_TITLE.get(lang)}</h3>
                        <CsrfInput/>
                        <input type="hidden" name="phien_ban" value=version.to_string()/>
                        <div class="field">
                            <label for="ly_do_xin_loi">{t::APOLOGY_REASON.get(lang)}</label>
                            <textarea id="ly_do_xin_loi" name="ghi_chu" rows="3" required></textarea>
                        </div>
                        <div class="field">
                            <label for="han_moi">{t::APOLOGY_NEW_DUE.get(lang)}</label>
                            <input id="han_moi" name="han_moi" type="date" required/>
                        </div>
                        <button type="submit" name="hanh_dong" value=SideAction::DraftApology.code() class="secondary">{t::APOLOGY_DRAFT.get(lang)}</button>
                    </form>
                });
                view! {
                    <section class="card officer" aria-labelledby="xu-ly">
                        <h2 id="xu-ly">{t::OFFICER_ACTIONS.get(lang)}</h2>
                        {message.map(|m| crate::components::notice::problem_summary(t::CA_PROBLEMS.get(lang), vec![("#ghi_chu".to_owned(), m)]))}
                        {confirm_form}
                        {p.due.clone().map(|d| view! { <p>{t::APPOINTMENT.get(lang)}": "<strong>{d}</strong></p> })}
                        <p>{t::WORKFLOW.get(lang)}": "{p.workflow_name.clone()}</p>
                        {step_table(steps, lang)}
                        {(!p.steps.is_empty()).then(|| view! {
                            <p><a href=format!("/ho-so/{id}/phieu-kiem-soat.pdf") download="phieu-kiem-soat.pdf">{t::CONTROL_SHEET_LINK.get(lang)}</a></p>
                        })}
                        {p.assignee.clone().map(|a| view! { <p>{t::ASSIGNEE.get(lang)}": "<strong>{a}</strong></p> })}
                        {(p.supplement_requests > 1).then(|| view! { <p class="notice notice-error">{t::SECOND_SUPPLEMENT_FLAG.get(lang)}</p> })}
                        {p.can_claim.then(|| one_button_form(id, version, SideAction::Claim.code(), t::ACT_CLAIM.get(lang)))}
                        {(!specialists.is_empty()).then(|| view! {
                            <form method="post" action=action.clone() class="stack">
                                <CsrfInput/>
                                <input type="hidden" name="phien_ban" value=version.to_string()/>
                                <div class="field">
                                    <label for="chuyen_vien">{t::ASSIGN_TO.get(lang)}</label>
                                    <select id="chuyen_vien" name="chuyen_vien">
                                        {specialists.iter().map(|(aid, name)| view! { <option value=aid.to_string()>{name.clone()}</option> }).collect_view()}
                                    </select>
                                </div>
                                <button type="submit" name="hanh_dong" value=SideAction::Assign.code() class="secondary">{t::ACT_ASSIGN.get(lang)}</button>
                            </form>
                        })}
                        {p.pending_apology.clone().map(|text| view! {
                            <p class="notice">{t::APOLOGY_PENDING.get(lang)}" "{text}</p>
                        })}
                        {p.can_approve_apology.then(|| one_button_form(id, version, SideAction::ApproveApology.code(), t::APOLOGY_APPROVE.get(lang)))}
                        {(p.actions.is_empty() && !p.can_claim && specialists.is_empty()).then(|| view! { <p>{t::NO_ACTION_NOW.get(lang)}</p> })}
                        {p.can_attach_result.then(|| {
                            let result_action = format!("/can-bo/ho-so/{id}/ket-qua");
                            view! {
                                <form method="post" action=result_action enctype="multipart/form-data" class="stack">
                                    <CsrfInput/>
                                    <div class="field" class:has-error=result_error.is_some()>
                                        <label for="tep-ket-qua">{t::ATTACH_RESULT.get(lang)}</label>
                                        {result_error.clone().map(|e| view! { <p class="error" id="tep-ket-qua-loi" role="alert">{e}</p> })}
                                        <input id="tep-ket-qua" type="file" name="tep" accept=".pdf,application/pdf"
                                            aria-describedby=result_error.is_some().then_some("tep-ket-qua-loi")
                                            aria-invalid=result_error.is_some().then_some("true")/>
                                    </div>
                                    <button type="submit" class="secondary">{t::ATTACH_BUTTON.get(lang)}</button>
                                </form>
                            }
                        })}
                        {(!p.actions.is_empty()).then(|| view! {
                            <form method="post" action=action.clone() class="stack">
                                <CsrfInput/>
                                <input type="hidden" name="phien_ban" value=version.to_string()/>
                                <div class="field" class:has-error=note_error.is_some()>
                                    <label for="ghi_chu">{t::OFFICER_NOTE.get(lang)}</label>
                                    <p class="hint" id="ghi-chu-hint">{t::OFFICER_NOTE_HINT.get(lang)}</p>
                                    {note_error.clone().map(|e| view! { <p class="error" id="ghi-chu-loi">{e}</p> })}
                                    <textarea id="ghi_chu" name="ghi_chu" rows="4"
                                        aria-describedby=if note_error.is_some() { "ghi-chu-hint ghi-chu-loi" } else { "ghi-chu-hint" }
                                        aria-invalid=note_error.is_some().then_some("true")>{(!confirm).then(|| note.clone())}</textarea>
                                </div>
                                // Supplement once: asking again needs its reason (and counts as late).
                                {(p.supplement_requests > 0 && p.actions.contains(&Move::RequestSupplement)).then(|| view! {
                                    <div class="field">
                                        <label for=SUPPLEMENT_AGAIN_FIELD>{t::SUPPLEMENT_AGAIN_LABEL.get(lang)}</label>
                                        <input id=SUPPLEMENT_AGAIN_FIELD name=SUPPLEMENT_AGAIN_FIELD type="text" maxlength="500"/>
                                    </div>
                                })}
                                {(!p.units.is_empty()).then(|| view! {
                                    <div class="field">
                                        <label for="don_vi">{t::TRANSFER_TO.get(lang)}</label>
                                        <select id="don_vi" name="don_vi">
                                            {p.units.iter().map(|(uid, name)| view! { <option value=uid.to_string()>{name.clone()}</option> }).collect_view()}
                                        </select>
                                    </div>
                                })}
                                <div class="actions">
                                    {Move::OFFICERS.into_iter().map(|m| {
                                        button(m, if m == Move::Propose { propose_label } else { move_label(m, lang) })
                                    }).collect_view()}
                                </div>
                            </form>
                        })}
                        {apology_form}
                        {p.can_exempt.then(|| view! {
                            <h3>{t::COLLECT_FEE_TITLE.get(lang)}</h3>
                            {one_button_form(id, version, SideAction::CollectFee.code(), t::COLLECT_FEE_BUTTON.get(lang))}
                            <form method="post" action=format!("/can-bo/ho-so/{id}") class="stack">
                                <h3>{t::EXEMPT_TITLE.get(lang)}</h3>
                                <CsrfInput/>
                                <input type="hidden" name="phien_ban" value=version.to_string()/>
                                <div class="field">
                                    <label for="ly_do_mien">{t::EXEMPT_REASON.get(lang)}</label>
                                    <input id="ly_do_mien" name="ghi_chu" type="text" maxlength="300" required/>
                                </div>
                                <button type="submit" name="hanh_dong" value=SideAction::ExemptFee.code() class="secondary">{t::EXEMPT_BUTTON.get(lang)}</button>
                            </form>
                        })}
                        {match (p.refundable, refund_typed.clone()) {
                            (Some(max), typed) => Some(refund_form(id, max, typed, lang).into_any()),
                            // Nothing is left to refund any more: the reason alone.
                            (None, Some((_, _, mistake))) => Some(view! {
                                <p class="error" role="alert">{refund_mistake_text(mistake, lang)}</p>
                            }.into_any()),
                            (None, None) => None,
                        }}
                        {p.awaiting_refunds.into_iter().map(|r| view! {
                            <div class="notice" role="status">
                                <p>{t::REFUND_AWAITING.get(lang)}" "<strong>{shared::money::Vnd(r.amount).display()}</strong>
                                    " — "{r.reason}" ("{r.requested_by}")"</p>
                                {if r.may_approve {
                                    view! {
                                        <form method="post" action=format!("/can-bo/ho-so/{id}/hoan-tien/{}/duyet", r.refund)>
                                            <CsrfInput/>
                                            <button type="submit">{t::REFUND_APPROVE.get(lang)}</button>
                                        </form>
                                    }.into_any()
                                } else {
                                    view! { <p>{t::REFUND_NEEDS_OTHER.get(lang)}</p> }.into_any()
                                }}
                                <form method="post" action=format!("/can-bo/ho-so/{id}/hoan-tien/{}/tu-choi", r.refund)>
                                    <CsrfInput/>
                                    <button type="submit" class="secondary">
                                        {if r.may_approve { t::REFUND_DECLINE.get(lang) } else { t::REFUND_WITHDRAW.get(lang) }}
                                    </button>
                                </form>
                            </div>
                        }).collect_view()}
                    </section>
                    <crate::pages::conversation::Opinions id/>
                    <crate::pages::conversation::Notes id/>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The refund form of a paid fee, with what was typed and why it was refused when it comes back.
fn refund_form(
    id: i64,
    max: i64,
    typed: Option<(String, String, RefundMistake)>,
    lang: crate::i18n::Lang,
) -> impl IntoView {
    let (amount, reason, mistake) = match typed {
        Some((amount, reason, mistake)) => (amount, reason, Some(mistake)),
        None => (max.to_string(), String::new(), None),
    };
    let amount_error = mistake.filter(|m| *m != RefundMistake::Reason).map(|m| refund_mistake_text(m, lang));
    let reason_error = mistake.filter(|m| *m == RefundMistake::Reason).map(|m| refund_mistake_text(m, lang));
    view! {
        <form method="post" action=format!("/can-bo/ho-so/{id}/hoan-tien") class="stack">
            <h3>{t::REFUND_TITLE.get(lang)}</h3>
            <CsrfInput/>
            <div class="field" class:has-error=amount_error.is_some()>
                <label for="so_tien">{t::REFUND_AMOUNT.get(lang)}</label>
                {amount_error.map(|e| view! { <p class="error" id="so-tien-loi" role="alert">{e}</p> })}
                <input id="so_tien" name="so_tien" type="number" min="1" max=max.to_string() value=amount required
                    aria-describedby=amount_error.map(|_| "so-tien-loi") aria-invalid=amount_error.map(|_| "true")/>
            </div>
            <div class="field" class:has-error=reason_error.is_some()>
                <label for="ly_do_hoan">{t::REFUND_REASON.get(lang)}</label>
                {reason_error.map(|e| view! { <p class="error" id="ly-do-hoan-loi" role="alert">{e}</p> })}
                <input id="ly_do_hoan" name="ly_do" type="text" maxlength="300" value=reason required
                    aria-describedby=reason_error.map(|_| "ly-do-hoan-loi") aria-invalid=reason_error.map(|_| "true")/>
            </div>
            <button type="submit" class="secondary">{t::REFUND_BUTTON.get(lang)}</button>
        </form>
    }
}

fn refund_mistake_text(mistake: RefundMistake, lang: crate::i18n::Lang) -> &'static str {
    match mistake {
        RefundMistake::Amount => t::PROBLEM_BAD_AMOUNT.get(lang),
        RefundMistake::MoreThanPaid => t::PROBLEM_REFUND_TOO_MUCH.get(lang),
        RefundMistake::Nothing => t::PROBLEM_REFUND_NOTHING.get(lang),
        RefundMistake::Reason => t::PROBLEM_REFUND_REASON.get(lang),
    }
}

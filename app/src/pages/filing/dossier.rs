//! `/ho-so/{id}`: a draft, filled in steps (`steps.rs`), or a submitted dossier: code, status,
//! timeline, what was declared, the documents.

use super::size_label;
use crate::api::filing::{DossierView, load_dossier};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::forms::posted;
use crate::i18n::{status_label, t, use_lang};
use crate::pages::backoffice::OfficerActions;
use crate::pages::conversation::Conversation;
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::eform::{FormSchema, FormValues};

#[component]
pub fn DossierPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    // Loaded again on every move between a draft's steps (`?buoc=`): each step shows what
    // was saved last, autosaves included.
    let data = Resource::new(move || (id(), query.with(|q| q.to_query_string())), |(id, _)| load_dossier(id));
    let posted = posted();
    let notice = move || {
        query.with(|q| {
            if q.get("da_luu").is_some() {
                Some(t::DRAFT_SAVED.get(lang))
            } else if q.get("da_nop").is_some() {
                Some(t::SUBMITTED_NOTICE.get(lang))
            } else if q.get("da_rut").is_some() {
                Some(t::WITHDRAWN_NOTICE.get(lang))
            } else if q.get("cho_duyet_hoan_tien").is_some() {
                Some(t::REFUND_WAITING_NOTICE.get(lang))
            } else if q.get("da_xu_ly").is_some() {
                Some(t::PROCESSED_NOTICE.get(lang))
            } else if let Some(outcome) = q.get("thanh_toan") {
                Some(match outcome.as_str() {
                    "huy" => t::PAYMENT_CANCELLED.get(lang),
                    "loi" => t::PAYMENT_FAILED_BACK.get(lang),
                    "sai" => t::PAYMENT_TAMPERED.get(lang),
                    _ => t::PAYMENT_BACK.get(lang),
                })
            } else {
                None
            }
        })
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let posted = posted.await;
                let view = match data.await {
                    Ok(Ok(Some(v))) => v,
                    Ok(Ok(None)) => {
                        set_page_status(404);
                        return view! { <Title text=t::NOT_FOUND_TITLE.get(lang)/><h1>{t::NOT_FOUND_TITLE.get(lang)}</h1> }.into_any();
                    }
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let title = match &view.code {
                    Some(code) => format!("{} {code}", t::DOSSIER.get(lang)),
                    None => format!("{}: {}", t::DRAFT.get(lang), view.procedure_name),
                };
                if view.editable {
                    return super::steps::editor(view, posted, title, notice()).into_any();
                }
                let id = view.id;
                view! {
                    <Title text=title.clone()/>
                    <h1>{title}</h1>
                    {notice().map(|n| {
                        // Sent again after a supplement request: said as such.
                        let supplemented = view.status == shared::dossier::Status::Supplemented;
                        let n = if supplemented && n == t::SUBMITTED_NOTICE.get(lang) { t::SUPPLEMENTED_NOTICE.get(lang) } else { n };
                        view! { <p class="notice" role="status">{n}</p> }
                    })}
                    {submitted(view)}
                    <OfficerActions id/>
                }
                .into_any()
            })}
        </Suspense>
        // Outside the dossier's suspense, so that it is built once per page: showing the thread
        // marks it read, and a second load would find nothing new.
        {move || view! { <Conversation id=id()/> }}
    }
}

fn submitted(view: DossierView) -> impl IntoView {
    let lang = use_lang();
    // The document the viewer asked to see in the page.
    let showing = use_query_map().with_untracked(|q| q.get("xem").and_then(|v| v.parse::<i64>().ok()));
    let values = view.values.clone();
    view! {
        {view.can_withdraw.then(|| withdrawal(view.id, view.version))}
        {view.code.clone().filter(|_| view.can_rate).map(|code| view! {
            <p><a class="button" href=format!("/danh-gia/{}", crate::links::encode_component(&code))>{t::RATING_LINK.get(lang)}</a></p>
        })}
        <dl class="facts">
            <dt>{t::PROCEDURE.get(lang)}</dt><dd>{view.procedure_name.clone()}</dd>
            <dt>{t::AGENCY.get(lang)}</dt><dd>{view.agency_name.clone()}</dd>
            {(view.receiver_name != view.agency_name).then(|| view! { <dt>{t::RECEIVED_BY.get(lang)}</dt><dd>{view.receiver_name.clone()}</dd> })}
            <dt>{t::STATUS.get(lang)}</dt><dd class="status">{status_label(view.status, lang)}</dd>
            {view.submitted_at.clone().map(|s| view! { <dt>{t::SUBMITTED_AT.get(lang)}</dt><dd>{s}</dd> })}
            {view.appointment.clone().map(|s| view! { <dt>{t::APPOINTMENT.get(lang)}</dt><dd>{s}</dd> })}
            <dt>{t::OWNER_TITLE.get(lang)}</dt><dd>{view.owner.name.clone()}</dd>
            {view.cases.iter().find(|c| view.case.as_deref() == Some(c.key.as_str())).filter(|_| view.cases.len() > 1).map(|c| view! {
                <dt>{t::CASE_TITLE.get(lang)}</dt><dd>{c.name.clone()}</dd>
            })}
        </dl>
        {view.receipt_available.then(|| view! {
            <p><a href=format!("/ho-so/{}/giay-tiep-nhan.pdf", view.id) rel="external" download="giay-tiep-nhan.pdf">{t::RECEIPT_LINK.get(lang)}</a></p>
        })}
        {view.events.iter().any(|e| e.status == shared::dossier::Status::SupplementRequested).then(|| view! {
            <p><a href=format!("/ho-so/{}/phieu-bo-sung.pdf", view.id) rel="external" download="phieu-bo-sung.pdf">{t::SUPPLEMENT_SLIP_LINK.get(lang)}</a></p>
        })}
        {view.fee.clone().map(|fee| {
            let pay = format!("/ho-so/{}/thanh-toan", view.id);
            let receipt = format!("/ho-so/{}/bien-lai.pdf", view.id);
            view! {
                <section class="card fee" aria-labelledby="phi-le-phi">
                    <h2 id="phi-le-phi">{t::FEE_TITLE.get(lang)}</h2>
                    <p>{t::FEE_AMOUNT.get(lang)}": "<strong>{fee.amount.clone()}</strong>" — "
                        {if fee.at_submission { t::FEE_DUE_SUBMISSION.get(lang) } else { t::FEE_DUE_RESULT.get(lang) }}</p>
                    {(!fee.rules.is_empty()).then(|| view! {
                        <details><summary>{t::FEE_EXEMPTIONS.get(lang)}</summary>
                            <ul>{fee.rules.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                        </details>
                    })}
                    {if let Some(reason) = fee.exemption.clone() {
                        view! { <p class="status-paid" role="status">{t::FEE_EXEMPTED.get(lang)}": "{reason}</p> }.into_any()
                    } else if fee.paid {
                        view! {
                            <p class="status-paid" role="status">{t::FEE_PAID.get(lang)}</p>
                            <p><a href=receipt rel="external" download="bien-lai.pdf">{t::FEE_RECEIPT_LINK.get(lang)}</a></p>
                        }.into_any()
                    } else if fee.payable {
                        view! {
                            <p class="notice">{t::FEE_WAITING.get(lang)}</p>
                            <form method="post" action=pay>
                                <CsrfInput/>
                                <button type="submit">{t::FEE_PAY.get(lang)}</button>
                            </form>
                        }.into_any()
                    } else {
                        view! { <p>{t::FEE_NOT_YET.get(lang)}</p> }.into_any()
                    }}
                    {fee.refunded.clone().map(|r| view! { <p>{t::FEE_REFUNDED.get(lang)}": "<strong>{r}</strong></p> })}
                </section>
            }
        })}
        {view.apology_available.then(|| view! {
            <p><a href=format!("/ho-so/{}/xin-loi.pdf", view.id) rel="external" download="van-ban-xin-loi.pdf">{t::APOLOGY_LINK.get(lang)}</a></p>
        })}
        {view.events.iter().any(|e| e.status == shared::dossier::Status::Stopped).then(|| view! {
            <p><a href=format!("/ho-so/{}/dung-xu-ly.pdf", view.id) rel="external" download="thong-bao-dung-xu-ly.pdf">{t::STOP_NOTICE_LINK.get(lang)}</a></p>
        })}
        {view.refusal_slip_available.then(|| view! {
            <p><a href=format!("/ho-so/{}/phieu-tu-choi.pdf", view.id) rel="external" download="phieu-tu-choi.pdf">{t::REFUSAL_SLIP_LINK.get(lang)}</a></p>
        })}
        {view.refusal_answer_available.then(|| view! {
            <p><a href=format!("/ho-so/{}/van-ban-tra-loi.pdf", view.id) rel="external" download="van-ban-tra-loi.pdf">{t::REFUSAL_ANSWER_LINK.get(lang)}</a></p>
        })}
        <h2>{t::TIMELINE.get(lang)}</h2>
        <ol class="timeline">
            {view.events.iter().map(|e| view! { <li>{e.at.clone()}": "{status_label(e.status, lang)}{e.note.clone().map(|n| format!(" — {n}"))}</li> }).collect_view()}
        </ol>
        <h2>{t::DECLARED.get(lang)}</h2>
        <Declared schema=view.schema.clone() values=values.clone() units=view.units.clone()/>
        {(!view.result_files.is_empty()).then(|| view! {
            <h2>{t::RESULT_TITLE.get(lang)}</h2>
            <ul class="files result">
                {view.result_files.iter().map(|f| view! {
                    <li><a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>" ("{size_label(f.size)}")"</li>
                }).collect_view()}
            </ul>
            <p><a href=format!("/ho-so/{}/trang-bia-ket-qua.pdf", view.id) rel="external" download="trang-bia-ket-qua.pdf">{t::RESULT_COVER_LINK.get(lang)}</a></p>
        })}
        <h2>{t::DOCUMENTS_TITLE.get(lang)}</h2>
        <ul class="files">
            {view.documents.iter().flat_map(|d| d.files.iter().map(move |f| (d.name.clone(), f.clone()))).map(|(req, f)| {
                // The document shown in the page (PDFs in a same-origin frame, images as images)
                // only once asked for (`?xem={file}`): a frame loads its document even while
                // hidden, and a PDF viewer may take the keyboard's focus when it has loaded.
                let inline = format!("/tai-lieu/{}?xem=1", f.file_id);
                let anchor = format!("xem-{}", f.file_id);
                let shown = if showing != Some(f.file_id) {
                    let open = format!("/ho-so/{}?xem={}#{anchor}", view.id, f.file_id);
                    view! { " "<a href=open rel="external" class="view-link">{t::VIEW_DOCUMENT.get(lang)}" "{f.name.clone()}</a> }.into_any()
                } else if f.content_type == "application/pdf" {
                    view! { <iframe src=inline title=f.name.clone() class="document-frame"></iframe> }.into_any()
                } else {
                    view! { <img src=inline alt=f.name.clone() class="document-image"/> }.into_any()
                };
                view! {
                    <li id=anchor>
                        {req}": "<a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>" ("{size_label(f.size)}")"
                        {shown}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// What the applicant declared, as people read it (`shared::eform::readable`): section by
/// section, each answer with its label (consecutive ones in one list), repeating groups as
/// tables. `change`: the draft whose check page this is, each section linked to its step.
#[component]
pub fn Declared(
    schema: FormSchema,
    values: FormValues,
    units: Vec<crate::api::filing::UnitChoice>,
    #[prop(optional)] change: Option<i64>,
) -> impl IntoView {
    use shared::eform::{Answer, Words, readable};
    let lang = crate::i18n::use_lang();
    let unit = move |code: &str| units.iter().find(|u| u.code == code).map(|u| u.name.clone());
    let words = Words { yes: t::YES.get(lang), no: t::NO.get(lang), unit: &unit };
    readable(&schema, &values, &words)
        .into_iter()
        .map(|section| {
            // Runs of single answers, each run one list; a table between them ends a run.
            let mut blocks: Vec<Result<Vec<(String, String)>, Answer>> = Vec::new();
            for answer in section.answers {
                match (answer, blocks.last_mut()) {
                    (Answer::One { label, text }, Some(Ok(run))) => run.push((label, text)),
                    (Answer::One { label, text }, _) => blocks.push(Ok(vec![(label, text)])),
                    (table, _) => blocks.push(Err(table)),
                }
            }
            let link = change.map(|id| {
                let href = format!("/ho-so/{id}?buoc={}", shared::eform::Step::Section(section.index).slug());
                view! {
                    " "<a href=href class="change" rel="external">{t::CHANGE.get(lang)}<span class="visually-hidden">" "{section.title.clone()}</span></a>
                }
            });
            view! {
                <section class="declared">
                    <h3>{section.title.clone()}{link}</h3>
                    {blocks.into_iter().map(|block| match block {
                        Ok(run) => view! {
                            <dl class="facts">{run.into_iter().map(|(label, text)| view! { <dt>{label}</dt><dd>{text}</dd> }).collect_view()}</dl>
                        }.into_any(),
                        Err(Answer::Table { label, columns, rows }) => view! {
                            <div class="table-scroll">
                                <table class="answers">
                                    <caption>{label}</caption>
                                    <thead><tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                                    <tbody>{rows.into_iter().map(|r| view! {
                                        <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                                    }).collect_view()}</tbody>
                                </table>
                            </div>
                        }.into_any(),
                        Err(Answer::One { .. }) => ().into_any(),
                    }).collect_view()}
                </section>
            }
        })
        .collect_view()
}

/// Withdrawing a submitted dossier: a link to a confirmation on the same page (`?rut=1`), where
/// the reason is asked before the dossier is withdrawn (no JavaScript needed).
fn withdrawal(id: i64, version: i32) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (asked, missing) = query.with_untracked(|q| (q.get("rut").is_some(), q.get("thieu_ly_do").is_some()));
    if !asked {
        return view! { <p><a href=format!("/ho-so/{id}?rut=1#rut") class="button secondary">{t::WITHDRAW.get(lang)}</a></p> }
            .into_any();
    }
    view! {
        <form method="post" action=format!("/ho-so/{id}/rut") class="stack confirm" id="rut">
            <h2>{t::WITHDRAW_CONFIRM_TITLE.get(lang)}</h2>
            <p>{t::WITHDRAW_CONFIRM_LEAD.get(lang)}</p>
            <CsrfInput/>
            <input type="hidden" name="phien_ban" value=version.to_string()/>
            <div class="field" class:has-error=missing>
                <label for="ly_do">{t::WITHDRAW_REASON.get(lang)}</label>
                {missing.then(|| view! { <p class="error" id="ly-do-loi">{t::WITHDRAW_REASON_MISSING.get(lang)}</p> })}
                <textarea id="ly_do" name="ly_do" rows="3" maxlength="500" required
                    aria-describedby=missing.then_some("ly-do-loi") aria-invalid=missing.then_some("true")></textarea>
            </div>
            <div class="actions">
                <button type="submit">{t::WITHDRAW_CONFIRM.get(lang)}</button>
                <a href=format!("/ho-so/{id}")>{t::WITHDRAW_CANCEL.get(lang)}</a>
            </div>
        </form>
    }
    .into_any()
}

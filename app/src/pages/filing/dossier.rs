//! `/ho-so/{id}`: a draft's e-form, owner and documents (one multipart form that saves, adds a
//! row, removes a document or submits, so it all works without JavaScript), or a submitted
//! dossier: code, status, timeline, what was declared, the documents.

use super::form::{EForm, input_anchor, problem_map, problem_message};
use super::{DossierView, RequirementView, load_dossier, size_label};
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::i18n::{status_label, t, use_lang};
use crate::pages::accounts::{CsrfInput, Posted, posted};
use crate::pages::backoffice::OfficerActions;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
#[cfg(feature = "hydrate")]
use shared::eform::validate;
use shared::eform::{FieldKind, FormSchema, FormValues};

#[component]
pub fn DossierPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, load_dossier);
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
                // A page shown again for its problems says so first in its title.
                let refused = matches!(&posted, Posted::Draft { problems, missing, file_problems }
                    if !(problems.is_empty() && missing.is_empty() && file_problems.is_empty()));
                let head = if refused { format!("{} {title}", t::ERROR_TITLE_PREFIX.get(lang)) } else { title.clone() };
                view! {
                    <Title text=head/>
                    <h1>{title}</h1>
                    {notice().map(|n| {
                        // Sent again after a supplement request: said as such.
                        let supplemented = view.status == shared::dossier::Status::Supplemented;
                        let n = if supplemented && n == t::SUBMITTED_NOTICE.get(lang) { t::SUPPLEMENTED_NOTICE.get(lang) } else { n };
                        view! { <p class="notice" role="status">{n}</p> }
                    })}
                    {
                        let id = view.id;
                        view! {
                            {if view.editable { editor(view, posted).into_any() } else { submitted(view).into_any() }}
                            <OfficerActions id/>
                        }
                    }
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn editor(view: DossierView, posted: Posted) -> impl IntoView {
    let lang = use_lang();
    // After a refused submission the page shows every problem; otherwise only the saved state.
    let (problems, missing, file_problems, tried) = match posted {
        Posted::Draft { problems, missing, file_problems } => (problems, missing, file_problems, true),
        _ => (Vec::new(), Vec::new(), Vec::new(), false),
    };
    if tried {
        set_page_status(422);
    }
    let map = problem_map(&view.schema, &problems);
    // The error summary: each problem linked to its input (GOV.UK's pattern).
    let mut messages: Vec<(String, String)> = problems
        .iter()
        .map(|p| {
            let text = format!("{}: {}", label_of(&view.schema, &p.path, lang), problem_message(&view.schema, p, lang));
            (input_anchor(&view.schema, &p.path), text)
        })
        .collect();
    for ordinal in &missing {
        let name = view.documents.iter().find(|d| d.ordinal == *ordinal).map(|d| d.name.clone()).unwrap_or_default();
        messages.push((format!("#tep-{ordinal}"), format!("{}: {name}", t::DOCUMENT_MISSING.get(lang))));
    }
    for (ordinal, problem) in &file_problems {
        let name = view.documents.iter().find(|d| d.ordinal == *ordinal).map(|d| d.name.clone()).unwrap_or_default();
        let text = format!("{name}: {}", crate::i18n::upload_problem_message(*problem, lang, view.file_limit_mb));
        messages.push((format!("#tep-{ordinal}"), text));
    }
    let action = format!("/ho-so/{}", view.id);
    let supplementing = view.status == shared::dossier::Status::SupplementRequested;
    let dossier_id = view.id;
    // What reception asked for: the note of the latest request.
    let asked = supplementing
        .then(|| view.events.iter().rev().find(|e| e.status == shared::dossier::Status::SupplementRequested))
        .flatten()
        .and_then(|e| e.note.clone());
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let (schedule, saved) = super::autosave::autosaver(view.id, form_ref);
    // With JavaScript the same validator the server runs checks the form before it is sent.
    let (client_problems, set_client_problems) = signal(Vec::<(String, String)>::new());
    let schema = view.schema.clone();
    let units: std::collections::BTreeSet<String> = view.units.iter().map(|u| u.code.clone()).collect();
    let check_before_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            let submitting = ev.submitter().and_then(|b| b.get_attribute("value")).as_deref() == Some("nop");
            let Some(form) = form_ref.get_untracked() else { return };
            if !submitting {
                return;
            }
            let pairs = super::autosave::form_pairs(&form);
            let values = FormValues::from_pairs(&schema, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let problems = validate(&schema, &values, super::autosave::today_in_vietnam(), &|c| units.contains(c));
            if !problems.is_empty() {
                ev.prevent_default();
                set_client_problems.set(
                    problems
                        .iter()
                        .map(|p| {
                            let text =
                                format!("{}: {}", label_of(&schema, &p.path, lang), problem_message(&schema, p, lang));
                            (input_anchor(&schema, &p.path), text)
                        })
                        .collect(),
                );
            }
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = (ev, &schema, &units, set_client_problems);
        }
    };
    let delete_action = format!("/ho-so/{}/xoa", view.id);
    let owner = view.owner.clone();
    let other = owner.kind == "other";
    view! {
        <p class="lead">{view.procedure_name.clone()}" — "{view.agency_name.clone()}</p>
        {crate::components::notice::problem_summary(t::FORM_PROBLEMS.get(lang), messages)}
        {asked.map(|items| view! {
            <section class="notice" aria-labelledby="can-bo-sung">
                <h2 id="can-bo-sung">{t::ACT_SUPPLEMENT.get(lang)}</h2>
                <ul>{items.lines().map(|l| view! { <li>{l.to_owned()}</li> }).collect_view()}</ul>
                <p><a href=format!("/ho-so/{dossier_id}/phieu-bo-sung.pdf") rel="external" download="phieu-bo-sung.pdf">{t::SUPPLEMENT_SLIP_LINK.get(lang)}</a></p>
            </section>
        })}
        <p class="autosave" role="status" aria-live="polite">
            {move || saved.get().map(|at| format!("{} {at}", t::AUTOSAVED.get(lang)))}
        </p>
        {move || crate::components::notice::problem_summary(t::FORM_PROBLEMS.get(lang), client_problems.get())}
        <form class="stack eform" method="post" action=action enctype="multipart/form-data" node_ref=form_ref
            on:input=move |_| schedule() on:change=move |_| schedule() on:submit=check_before_submit>
            <CsrfInput/>
            <fieldset class="eform-section">
                <legend>{t::OWNER_TITLE.get(lang)}</legend>
                <span class="checkbox">
                    <input type="radio" id="chu-ban-than" name="chu_ho_so" value="ban_than" checked=owner.kind == "self"/>
                    <label for="chu-ban-than">{t::OWNER_MYSELF.get(lang)}</label>
                </span>
                {view.businesses.iter().map(|(id, name)| {
                    let value = format!("dn:{id}");
                    let oid = format!("chu-dn-{id}");
                    view! {
                        <span class="checkbox">
                            <input type="radio" id=oid.clone() name="chu_ho_so" value=value checked=owner.business_id == Some(*id)/>
                            <label for=oid>{name.clone()}</label>
                        </span>
                    }
                }).collect_view()}
                <span class="checkbox">
                    <input type="radio" id="chu-khac" name="chu_ho_so" value="nguoi_khac" checked=other/>
                    <label for="chu-khac">{t::OWNER_OTHER.get(lang)}</label>
                </span>
                <div class="field">
                    <label for="chu_ho_so_ten">{t::OWNER_NAME.get(lang)}</label>
                    <input id="chu_ho_so_ten" name="chu_ho_so_ten" type="text" value=if other { owner.name.clone() } else { String::new() }/>
                </div>
                <div class="field">
                    <label for="chu_ho_so_dinh_danh">{t::OWNER_ID.get(lang)}</label>
                    <input id="chu_ho_so_dinh_danh" name="chu_ho_so_dinh_danh" type="text" inputmode="numeric" value=if other { owner.id_number.clone().unwrap_or_default() } else { String::new() }/>
                </div>
                <div class="field">
                    <label for="chu_ho_so_dien_thoai">{t::OWNER_PHONE.get(lang)}</label>
                    <input id="chu_ho_so_dien_thoai" name="chu_ho_so_dien_thoai" type="tel" value=""/>
                </div>
            </fieldset>
            {receiver_choice(&view)}
            {case_choice(&view)}
            <EForm schema=view.schema.clone() values=view.values.clone() problems=map units=view.units.clone()/>
            <fieldset class="eform-section">
                <legend>{t::DOCUMENTS_TITLE.get(lang)}</legend>
                <p class="hint">{format!("{} {} MB.", t::UPLOAD_HINT.get(lang), view.file_limit_mb)}</p>
                {view.documents.clone().into_iter().map(|d| requirement(d, &missing, &view.store_files)).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" name="hanh_dong" value="luu" class="secondary" formnovalidate=true>{t::SAVE_DRAFT.get(lang)}</button>
                <button type="submit" name="hanh_dong" value="nop">
                    {if supplementing { t::SUPPLEMENT_BUTTON.get(lang) } else { t::SUBMIT_DOSSIER.get(lang) }}
                </button>
            </div>
        </form>
        // Only a draft can be thrown away; a dossier awaiting a supplement is already filed.
        {(!supplementing).then(|| view! {
            <form method="post" action=delete_action class="inline">
                <CsrfInput/>
                <button type="submit" class="secondary">{t::DELETE_DRAFT.get(lang)}</button>
            </form>
        })}
    }
}

/// Where to file (nơi nộp hồ sơ), when the procedure may be received at more than one unit.
fn receiver_choice(view: &DossierView) -> Option<impl IntoView + use<>> {
    let lang = use_lang();
    let (legend, hint) = (t::RECEIVER_TITLE.get(lang), t::RECEIVER_HINT.get(lang));
    view.editable.then(|| radios("noi_nop", legend, hint, &view.receivers, Some(view.receiver.as_str()))).flatten()
}

/// The case radio (trường hợp), when the procedure has more than one way.
fn case_choice(view: &DossierView) -> Option<impl IntoView + use<>> {
    let lang = use_lang();
    radios("truong_hop", t::CASE_TITLE.get(lang), t::CASE_HINT.get(lang), &view.cases, view.case.as_deref())
}

/// A fieldset of radios named `name`, when there is more than one choice.
fn radios(
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    choices: &[super::Choice],
    chosen: Option<&str>,
) -> Option<impl IntoView + use<>> {
    let prefix = name.replace('_', "-");
    let hint_id = format!("{prefix}-goi-y");
    let items: Vec<(String, String, bool)> =
        choices.iter().map(|c| (c.key.clone(), c.name.clone(), chosen == Some(c.key.as_str()))).collect();
    (items.len() > 1).then(|| {
        let described = hint_id.clone();
        view! {
            <fieldset class="eform-section" id=name aria-describedby=described>
                <legend>{legend}</legend>
                <p class="hint" id=hint_id>{hint}</p>
                {items.into_iter().map(|(key, label, checked)| {
                    let id = format!("{prefix}-{}", key.replace('.', "-"));
                    view! {
                        <span class="checkbox">
                            <input type="radio" id=id.clone() name=name value=key checked=checked/>
                            <label for=id>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
        }
    })
}

fn requirement(d: RequirementView, missing: &[i32], store: &[super::FileView]) -> impl IntoView + use<> {
    let lang = use_lang();
    let input_id = format!("tep-{}", d.ordinal);
    let name = format!("tep.{}", d.ordinal);
    let reuse_id = format!("dung-lai-{}", d.ordinal);
    let reuse_name = format!("dung_lai.{}", d.ordinal);
    let reusable: Vec<super::FileView> =
        store.iter().filter(|f| !d.files.iter().any(|g| g.file_id == f.file_id)).cloned().collect();
    let is_missing = missing.contains(&d.ordinal);
    view! {
        <div class="field document" class:missing=is_missing>
            <label for=input_id.clone()>{d.name.clone()}{d.mandatory.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            {(!d.files.is_empty()).then(|| view! {
                <ul class="files">
                    {d.files.iter().map(|f| {
                        let remove = format!("xoa:{}", f.document_id.unwrap_or_default());
                        view! {
                            <li>
                                <a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>
                                " ("{size_label(f.size)}") "
                                <button type="submit" name="hanh_dong" value=remove class="link" formnovalidate=true
                                    aria-label=format!("{} {}", t::REMOVE.get(lang), f.name)>{t::REMOVE.get(lang)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <input id=input_id type="file" name=name multiple=true accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
            {(!reusable.is_empty()).then(|| view! {
                <label for=reuse_id.clone() class="reuse-label">{t::REUSE_FROM_STORE.get(lang)}</label>
                <select id=reuse_id name=reuse_name>
                    <option value="">{t::CHOOSE.get(lang)}</option>
                    {reusable.into_iter().map(|f| view! {
                        <option value=f.file_id.to_string()>{format!("{} ({})", f.name, size_label(f.size))}</option>
                    }).collect_view()}
                </select>
            })}
        </div>
    }
}

/// The label of the field at `path` (`key` or `group.row.key`, or one of the page's own fields).
fn label_of(schema: &shared::eform::FormSchema, path: &str, lang: crate::i18n::Lang) -> String {
    let own = match path {
        "truong_hop" => Some(t::CASE_TITLE),
        "noi_nop" => Some(t::RECEIVER_TITLE),
        "chu_ho_so_ten" => Some(t::OWNER_NAME),
        "chu_ho_so_dinh_danh" => Some(t::OWNER_ID),
        "chu_ho_so_dien_thoai" => Some(t::OWNER_PHONE),
        _ => None,
    };
    if let Some(label) = own {
        return label.get(lang).to_owned();
    }
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let Some(field) = schema.field(first) else { return path.to_owned() };
    match (&field.kind, parts.next(), parts.next()) {
        (FieldKind::Group { fields, .. }, Some(row), Some(member)) => {
            let member = fields.iter().find(|f| f.key == member).map(|f| f.label.clone()).unwrap_or_default();
            let row = row.parse::<usize>().map(|r| r + 1).unwrap_or(0);
            format!("{} {row} — {member}", field.label)
        }
        _ => field.label.clone(),
    }
}

fn submitted(view: DossierView) -> impl IntoView {
    let lang = use_lang();
    let values = view.values.clone();
    view! {
        {view.can_withdraw.then(|| withdrawal(view.id, view.version))}
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
        {view.events.iter().any(|e| e.status == shared::dossier::Status::Refused).then(|| view! {
            <p><a href=format!("/ho-so/{}/phieu-tu-choi.pdf", view.id) rel="external" download="phieu-tu-choi.pdf">{t::REFUSAL_SLIP_LINK.get(lang)}</a></p>
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
                // The document shown in the page: PDFs in a same-origin frame, images as images;
                // closed until asked for, and loaded only then.
                let inline = format!("/tai-lieu/{}?xem=1", f.file_id);
                let viewer = if f.content_type == "application/pdf" {
                    view! { <iframe src=inline title=f.name.clone() class="document-frame"></iframe> }.into_any()
                } else {
                    view! { <img src=inline alt=f.name.clone() loading="lazy" class="document-image"/> }.into_any()
                };
                view! {
                    <li>
                        {req}": "<a href=format!("/tai-lieu/{}", f.file_id) rel="external" target="_blank">{f.name.clone()}</a>" ("{size_label(f.size)}")"
                        <details class="viewer"><summary>{t::VIEW_DOCUMENT.get(lang)}" "{f.name.clone()}</summary>{viewer}</details>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// What the applicant declared, as people read it (`shared::eform::readable`): section by
/// section, each answer with its label (consecutive ones in one list), repeating groups as
/// tables.
#[component]
pub fn Declared(schema: FormSchema, values: FormValues, units: Vec<super::UnitChoice>) -> impl IntoView {
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
            view! {
                <section class="declared">
                    <h3>{section.title}</h3>
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

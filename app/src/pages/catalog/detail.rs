//! `/thu-tuc/{code}`: every constituent part of one procedure, in the order of the national
//! portal's detail page.

use super::list::OnlineBadge;
use crate::api::catalog::{DetailOutcome, get_procedure};
use crate::components::notice::{ProblemList, Unavailable, set_page_status};
use crate::i18n::{Lang, channel_label, fee_kind_label, level_label, subject_label, t, time_limit_label, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use shared::catalog::{ChannelOffer, DocumentRequirement, FeeFormula, ProcedureCase, ProcedureDetail};

#[component]
pub fn ProcedurePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    // The procedure and how long its recent dossiers took, read together.
    let detail = Resource::new(code, |code| async move {
        let usual = crate::api::statistics::load_usual_time(code.clone()).await.ok().flatten();
        get_procedure(code).await.map(|d| (d, usual))
    });
    view! {
        <Suspense fallback=move || view! { <p>{t::LOADING.get(lang)}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok((DetailOutcome::Found(d), usual)) => view! { <Detail d=*d usual lang/> }.into_any(),
                    Ok((DetailOutcome::BadCode, _)) => {
                        set_page_status(400);
                        view! {
                            <Title text=t::BAD_REQUEST_TITLE.get(lang)/>
                            <ProblemList title=t::BAD_REQUEST_TITLE.get(lang) messages=vec![t::PROCEDURE_BAD_CODE.get(lang).to_owned()]/>
                            <p><a href="/thu-tuc">{t::BACK_TO_LIST.get(lang)}</a></p>
                        }.into_any()
                    }
                    Ok((DetailOutcome::NotFound, _)) => {
                        set_page_status(404);
                        view! {
                            <Title text=t::NOT_FOUND_TITLE.get(lang)/>
                            <h1>{t::NOT_FOUND_TITLE.get(lang)}</h1>
                            <p>{t::PROCEDURE_NOT_FOUND.get(lang)}</p>
                            <p><a href="/thu-tuc">{t::BACK_TO_LIST.get(lang)}</a></p>
                        }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Detail(d: ProcedureDetail, usual: Option<shared::statistics::UsualTime>, lang: Lang) -> impl IntoView {
    let subjects = d.target_subjects.iter().map(|s| subject_label(*s, lang)).collect::<Vec<_>>().join(", ");
    let case_name = {
        let cases = d.cases.clone();
        move |key: &Option<String>| {
            key.as_ref().and_then(|k| cases.iter().find(|c| &c.key == k)).map(|c| c.name.clone())
        }
    };
    let description = format!("{} – {}", d.code, d.name);
    view! {
        <Title text=d.name.clone()/>
        <Meta name="description" content=description/>
        <p class="breadcrumb"><a href="/thu-tuc">{t::NAV_CATALOG.get(lang)}</a>" › "{d.code.to_string()}</p>
        <h1>{d.name.clone()}</h1>
        <dl class="facts">
            <dt>{t::D_CODE.get(lang)}</dt><dd class="code">{d.code.to_string()}</dd>
            <dt>{t::D_FIELD.get(lang)}</dt><dd>{d.field.name.clone()}</dd>
            <dt>{t::D_LEVEL.get(lang)}</dt><dd>{level_label(d.level, lang)}</dd>
            <dt>{t::D_AGENCY.get(lang)}</dt><dd>{d.agency.name.clone()}<span class="muted">" ("{d.agency.code.clone()}")"</span></dd>
            {(!d.receiving.is_empty()).then(|| {
                let names: Vec<String> = d.receiving.iter().map(|a| a.name.clone()).collect();
                view! { <dt>{t::D_RECEIVING.get(lang)}</dt><dd>{names.join("; ")}</dd> }
            })}
            {d.returning.clone().map(|a| view! { <dt>{t::D_RETURNING.get(lang)}</dt><dd>{a.name}</dd> })}
            <dt>{t::D_SUBJECTS.get(lang)}</dt><dd>{subjects}</dd>
            <dt>{t::D_ONLINE.get(lang)}</dt><dd><OnlineBadge level=d.online_level lang/></dd>
            <dt>{t::D_EFFECTIVE.get(lang)}</dt><dd>{display_date(&d.effective_from)}" · "{t::D_VERSION.get(lang)}" "{d.version}</dd>
            {d.publication_decision.clone().map(|p| view! { <dt>{t::D_PUBLISHED.get(lang)}</dt><dd>{p}</dd> })}
        </dl>
        {(d.online_level == shared::catalog::OnlineLevel::None).then(|| {
            // Where to go instead: the units that receive it, else the deciding agency.
            let places: Vec<String> = if d.receiving.is_empty() {
                vec![d.agency.name.clone()]
            } else {
                d.receiving.iter().map(|a| a.name.clone()).collect()
            };
            view! { <p class="notice">{t::D_NOT_ONLINE.get(lang)}" "{t::D_FILE_AT.get(lang)}": "<strong>{places.join("; ")}</strong>"."</p> }
        })}
        {(d.online_level != shared::catalog::OnlineLevel::None).then(|| file_online(&d.code.to_string(), lang))}
        {(!d.cases.is_empty()).then(|| view! { <Cases cases=d.cases.clone() lang/> })}
        <section aria-labelledby="channels">
            <h2 id="channels">{t::D_CHANNELS.get(lang)}</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t::D_CH_CHANNEL.get(lang)}</th>
                        <th scope="col">{t::D_CH_CASE.get(lang)}</th>
                        <th scope="col">{t::D_CH_TIME.get(lang)}</th>
                        <th scope="col">{t::D_CH_FEE.get(lang)}</th>
                        <th scope="col">{t::D_CH_NOTE.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {d.channels.iter().map(|c| view! { <ChannelRow offer=c.clone() case_name=case_name(&c.case_key) lang/> }).collect_view()}
                    </tbody>
                </table>
            </div>
            {fee_notes(&d.channels, lang)}
            {crate::components::usual_time::usual_time(usual, lang)}
        </section>
        <section aria-labelledby="documents">
            <h2 id="documents">{t::D_DOCUMENTS.get(lang)}</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t::D_DOC_NAME.get(lang)}</th>
                        <th scope="col">{t::D_DOC_ORIGINALS.get(lang)}</th>
                        <th scope="col">{t::D_DOC_COPIES.get(lang)}</th>
                        <th scope="col">{t::D_DOC_FORM.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {d.documents.iter().map(|doc| view! { <DocumentRow doc=doc.clone() case_name=case_name(&doc.case_key) lang/> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="steps">
            <h2 id="steps">{t::D_STEPS.get(lang)}</h2>
            <ol>{d.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
        </section>
        <section aria-labelledby="conditions">
            <h2 id="conditions">{t::D_CONDITIONS.get(lang)}</h2>
            {if d.conditions.is_empty() {
                view! { <p>{t::D_NO_CONDITIONS.get(lang)}</p> }.into_any()
            } else {
                view! { <ul>{d.conditions.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="legal">
            <h2 id="legal">{t::D_LEGAL.get(lang)}</h2>
            <ul>{d.legal_bases.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="result">
            <h2 id="result">{t::D_RESULT.get(lang)}</h2>
            <p>{d.result.clone()}</p>
        </section>
    }
}

#[component]
fn Cases(cases: Vec<ProcedureCase>, lang: Lang) -> impl IntoView {
    view! {
        <section aria-labelledby="cases">
            <h2 id="cases">{t::D_CASES.get(lang)}</h2>
            <ul>
                {cases.into_iter().map(|c| view! {
                    <li><strong>{c.name}</strong>{c.description.map(|d| view! { ": "{d} })}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ChannelRow(offer: ChannelOffer, case_name: Option<String>, lang: Lang) -> impl IntoView {
    // An empty fee list means the rate is not published yet, which is not the same as free.
    let fees = if offer.fees.is_empty() {
        view! { <span>{t::D_FEE_UNPUBLISHED.get(lang)}</span> }.into_any()
    } else if offer.fees.iter().all(|f| f.formula.is_free()) {
        view! { <span>{t::D_FREE.get(lang)}</span> }.into_any()
    } else {
        view! {
            <ul class="plain">
                {offer.fees.into_iter().map(|f| view! {
                    <li>
                        {fee_kind_label(f.kind, lang)}" – "{f.label}": "<strong>{fee_text(&f.formula, lang)}</strong>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <tr>
            <td>{channel_label(offer.channel, lang)}</td>
            <td>{case_name.unwrap_or_else(|| "—".to_owned())}</td>
            <td>{time_limit_label(offer.time_limit, offer.same_day_cutoff.as_deref(), lang)}</td>
            <td>{fees}</td>
            <td>{offer.note.unwrap_or_default()}</td>
        </tr>
    }
}

#[component]
fn DocumentRow(doc: DocumentRequirement, case_name: Option<String>, lang: Lang) -> impl IntoView {
    view! {
        <tr>
            <td>
                {doc.name}
                {(!doc.mandatory).then(|| view! { " " <span class="muted">"("{t::D_DOC_OPTIONAL.get(lang)}")"</span> })}
                {doc.condition.map(|c| view! { <div class="muted">{c}</div> })}
                {case_name.map(|c| view! { <div class="muted">{t::D_CH_CASE.get(lang)}": "{c}</div> })}
            </td>
            <td>{doc.originals}</td>
            <td>{doc.copies}</td>
            <td>{doc.form_template.unwrap_or_else(|| "—".to_owned())}</td>
        </tr>
    }
}

/// "2.000 đ/trang; từ trang 3: 1.000 đ/trang; tối đa 200.000 đ".
fn fee_text(formula: &FeeFormula, lang: Lang) -> String {
    let (from, max) = match lang {
        Lang::Vi => ("từ", "tối đa"),
        Lang::En => ("from", "at most"),
    };
    match formula {
        FeeFormula::Flat { amount } => amount.display(),
        FeeFormula::PerUnit { unit, tiers, cap, .. } => {
            let mut parts: Vec<String> = tiers
                .iter()
                .map(|tier| {
                    if tier.from_unit <= 1 {
                        format!("{}/{unit}", tier.amount.display())
                    } else {
                        format!("{from} {unit} {}: {}/{unit}", tier.from_unit, tier.amount.display())
                    }
                })
                .collect();
            if let Some(cap) = cap {
                parts.push(format!("{max} {}", cap.display()));
            }
            parts.join("; ")
        }
    }
}

/// ISO `YYYY-MM-DD` → `dd/MM/yyyy`.
fn display_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}

/// Who is exempt and on what legal basis the fees are charged, each said once under the table
/// (the same text usually stands on every channel's fee).
fn fee_notes(offers: &[ChannelOffer], lang: Lang) -> Option<impl IntoView + use<>> {
    let mut exemptions: Vec<String> = Vec::new();
    let mut bases: Vec<String> = Vec::new();
    for fee in offers.iter().flat_map(|o| &o.fees) {
        for (list, text) in [(&mut exemptions, &fee.exemptions), (&mut bases, &fee.legal_basis)] {
            if let Some(text) = text.as_ref().filter(|t| !list.contains(t)) {
                list.push(text.clone());
            }
        }
    }
    (!exemptions.is_empty() || !bases.is_empty()).then(|| {
        view! {
            <dl class="facts fee-notes">
                {(!exemptions.is_empty()).then(|| view! { <dt>{t::D_EXEMPT.get(lang)}</dt><dd>{exemptions.join("; ")}</dd> })}
                {(!bases.is_empty()).then(|| view! { <dt>{t::D_FEE_BASIS.get(lang)}</dt><dd>{bases.join("; ")}</dd> })}
            </dl>
        }
    })
}

/// The "file online" button. A signed-in person posts it (with the CSRF token) and gets a new
/// draft; a visitor is sent to sign in first and comes back to start it (`/ho-so/tao`, the same
/// place the post would send them). The visitor's form carries nothing of theirs, so the page is
/// the same for every visitor and the server may keep it (`server/src/http/page_cache.rs`).
fn file_online(code: &str, lang: Lang) -> impl IntoView + use<> {
    let start = format!("/ho-so/tao?thu_tuc={code}");
    // Rendered on the server only (this page holds no island).
    #[cfg(feature = "ssr")]
    let visitor = matches!(crate::request::current_actor(), shared::access::Actor::Anonymous);
    #[cfg(not(feature = "ssr"))]
    let visitor = true;
    if visitor {
        leptos::either::Either::Left(view! {
            <form method="get" action="/dang-nhap" class="file-online">
                <input type="hidden" name="tiep" value=start/>
                <button type="submit">{t::FILE_ONLINE.get(lang)}</button>
            </form>
        })
    } else {
        leptos::either::Either::Right(view! {
            <form method="post" action="/ho-so/tao" class="file-online">
                <CsrfInput/>
                <input type="hidden" name="thu_tuc" value=code.to_owned()/>
                <button type="submit">{t::FILE_ONLINE.get(lang)}</button>
            </form>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::catalog::FeeTier;
    use shared::money::Vnd;

    #[test]
    fn dates_display_day_first() {
        assert_eq!(display_date("2025-07-01"), "01/07/2025");
    }

    #[test]
    fn per_page_fee_text() {
        let f = FeeFormula::PerUnit {
            unit: "trang".into(),
            tiers: vec![FeeTier { from_unit: 1, amount: Vnd(2_000) }, FeeTier { from_unit: 3, amount: Vnd(1_000) }],
            cap: Some(Vnd(200_000)),
            count_field: None,
        };
        assert_eq!(fee_text(&f, Lang::Vi), "2.000 đ/trang; từ trang 3: 1.000 đ/trang; tối đa 200.000 đ");
    }
}

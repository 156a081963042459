//! `/doanh-nghiep`: the businesses a person belongs to (members, pending invitations, invite
//! form) and the form to register one; `/doanh-nghiep/loi-moi`: accept an invitation. Forms post
//! to `server/src/http/business_forms.rs`.

mod dossiers;
mod registry;

pub use dossiers::BusinessDossiersPage;
pub use registry::RegistryPage;

use crate::api::business::{BusinessView, MemberView, business_invitation, my_businesses};
use crate::components::field::Field;
use crate::components::notice::{Denied, ProblemList, Unavailable, set_page_status};
use crate::forms::{InvitationProblem, Posted, posted};
use crate::i18n::{business_problem_message, t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::identity::BusinessForm;

#[component]
pub fn BusinessesPage() -> impl IntoView {
    let lang = use_lang();
    let posted = posted();
    let list = Resource::new(|| (), |_| my_businesses());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            if q.get("da_dang_ky").is_some() {
                Some(t::BUSINESS_REGISTERED.get(lang))
            } else if q.get("da_moi").is_some() {
                Some(t::INVITATION_SENT.get(lang))
            } else if q.get("da_tham_gia").is_some() {
                Some(t::INVITATION_ACCEPTED.get(lang))
            } else if q.get("da_go").is_some() {
                Some(t::MEMBER_REMOVED.get(lang))
            } else if q.get("da_khieu_nai").is_some() {
                Some(t::CLAIM_SENT.get(lang))
            } else {
                None
            }
        })
    };
    view! {
        <Title text=t::BUSINESSES_TITLE.get(lang)/>
        <h1>{t::BUSINESSES_TITLE.get(lang)}</h1>
        {move || notice().map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let posted = posted.await;
                let list = match list.await {
                    Ok(Ok(list)) => list,
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                };
                let (form, problems) = match &posted {
                    Posted::Business { form, problems } => (form.clone(), problems.clone()),
                    _ => (BusinessForm::default(), Vec::new()),
                };
                let bad_invite = match &posted {
                    Posted::Invite { business, email } => Some((*business, email.clone())),
                    _ => None,
                };
                if !problems.is_empty() || bad_invite.is_some() {
                    set_page_status(422);
                }
                let messages: Vec<String> = problems.iter().map(|p| business_problem_message(*p, lang).to_owned()).collect();
                let check_digit = problems.contains(&shared::identity::BusinessProblem::TaxCodeCheckDigit);
                view! {
                    {list.is_empty().then(|| view! { <p>{t::NO_BUSINESSES.get(lang)}</p> })}
                    {list.into_iter().map(|b| business_card(b, bad_invite.clone())).collect_view()}
                    <section aria-labelledby="register-business">
                        <h2 id="register-business">{t::REGISTER_BUSINESS_TITLE.get(lang)}</h2>
                        {(!messages.is_empty()).then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages/> })}
                        <form class="stack" method="post" action="/doanh-nghiep">
                            <CsrfInput/>
                            <Field id="ma_so_thue" label=t::F_TAX_CODE.get(lang) value=form.ma_so_thue kind="text" autocomplete="off" required=true hint=t::F_TAX_CODE_HINT.get(lang)/>
                            {check_digit.then(|| view! {
                                <div class="field checkbox">
                                    <input id="xac_nhan_mst" name="xac_nhan_mst" type="checkbox" value="1"/>
                                    <label for="xac_nhan_mst">{t::F_TAX_CODE_CONFIRM.get(lang)}</label>
                                </div>
                            })}
                            <Field id="ten" label=t::F_BUSINESS_NAME.get(lang) value=form.ten kind="text" autocomplete="organization" required=true/>
                            <Field id="dia_chi" label=t::F_ADDRESS.get(lang) value=form.dia_chi kind="text" autocomplete="street-address" required=true/>
                            <Field id="nguoi_dai_dien" label=t::F_REPRESENTATIVE.get(lang) value=form.nguoi_dai_dien kind="text" autocomplete="off" required=true/>
                            <Field id="so_dinh_danh_dai_dien" label=t::F_REPRESENTATIVE_ID.get(lang) value=form.so_dinh_danh_dai_dien kind="text" autocomplete="off" required=true hint=t::F_REPRESENTATIVE_ID_HINT.get(lang)/>
                            <button type="submit">{t::REGISTER_BUSINESS_BUTTON.get(lang)}</button>
                        </form>
                    </section>
                    <section aria-labelledby="claim-business">
                        <h2 id="claim-business">{t::CLAIM_TITLE.get(lang)}</h2>
                        <p>{t::CLAIM_BODY.get(lang)}</p>
                        <form class="stack" method="post" action="/doanh-nghiep/khieu-nai">
                            <CsrfInput/>
                            <Field id="mst_khieu_nai" label=t::F_TAX_CODE.get(lang) value=String::new() kind="text" autocomplete="off" required=true/>
                            <div class="field">
                                <label for="ly_do_khieu_nai">{t::CLAIM_REASON.get(lang)}</label>
                                <textarea id="ly_do_khieu_nai" name="ly_do" required=true maxlength="2000" rows="4"></textarea>
                            </div>
                            <button type="submit" class="secondary">{t::CLAIM_BUTTON.get(lang)}</button>
                        </form>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn business_card(b: BusinessView, bad_invite: Option<(i64, String)>) -> impl IntoView {
    let lang = use_lang();
    let heading = format!("dn-{}", b.id);
    let labelled_by = heading.clone();
    let invite_id = format!("moi-{}", b.id);
    let (invite_value, invite_problem) = match bad_invite {
        Some((id, email)) if id == b.id => (email, true),
        _ => (String::new(), false),
    };
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{b.name}</h2>
            {if b.verified {
                view! { <p class="badge badge-ok">{t::BUSINESS_VERIFIED.get(lang)}</p> }.into_any()
            } else {
                view! { <p class="notice" role="status">{t::BUSINESS_PENDING.get(lang)}</p> }.into_any()
            }}
            <dl class="facts">
                <dt>{t::F_TAX_CODE.get(lang)}</dt><dd>{b.tax_code}</dd>
                <dt>{t::F_ADDRESS.get(lang)}</dt><dd>{b.address}</dd>
                <dt>{t::F_REPRESENTATIVE.get(lang)}</dt><dd>{b.representative}</dd>
            </dl>
            <h3>{t::MEMBERS.get(lang)}</h3>
            <ul class="members">{b.members.into_iter().map(|m| member_item(b.id, b.owner, m)).collect_view()}</ul>
            <h3>{t::BUSINESS_DOSSIERS.get(lang)}</h3>
            <p><a href=format!("/doanh-nghiep/{}/ho-so", b.id)>{t::ALL_DOSSIERS_LINK.get(lang)}</a></p>
            {if b.dossiers.is_empty() {
                view! { <p>{t::NOTHING_YET.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <ul class="dossiers">
                        {b.dossiers.into_iter().map(|d| view! {
                            <li><a href=format!("/ho-so/{}", d.id)>{d.code.clone().unwrap_or_default()}</a>" — "{d.procedure_name}" — "{crate::i18n::status_label(d.status, lang)}" ("{d.updated}")"</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!b.pending_invitations.is_empty()).then(|| view! {
                <h3>{t::PENDING_INVITATIONS.get(lang)}</h3>
                <ul>{b.pending_invitations.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            })}
            {(b.owner && b.verified).then(|| view! {
            <form class="stack" method="post" action="/doanh-nghiep/moi">
                <CsrfInput/>
                <input type="hidden" name="doanh_nghiep" value=b.id.to_string()/>
                {invite_problem.then(|| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![t::EMAIL_INVALID.get(lang).to_owned()]/> })}
                <div class="field">
                    <label for=invite_id.clone()>{t::INVITE_EMAIL.get(lang)}</label>
                    <input id=invite_id name="email" type="email" autocomplete="off" required=true value=invite_value/>
                </div>
                <button type="submit" class="secondary">{t::INVITE_BUTTON.get(lang)}</button>
            </form>
            })}
        </section>
    }
}

/// A member, with the owner's button to remove them (and everyone's own button to leave).
fn member_item(business: i64, viewer_owns: bool, m: MemberView) -> impl IntoView {
    let lang = use_lang();
    let mine = m.you;
    let action = format!("/doanh-nghiep/{business}/thanh-vien/{}/xoa", m.account_id);
    let label = if mine { t::LEAVE_BUSINESS.get(lang) } else { t::REMOVE_MEMBER.get(lang) };
    let described = format!("{} {}", label, m.name);
    view! {
        <li>
            {m.name.clone()}" — "{m.email}
            {m.owner.then(|| view! { " "<span class="badge">{t::OWNER.get(lang)}</span> })}
            {(viewer_owns || mine).then(|| view! {
                <form class="inline" method="post" action=action>
                    <CsrfInput/>
                    <button type="submit" class="secondary small" aria-label=described>{label}</button>
                </form>
            })}
        </li>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("ma").unwrap_or_default());
    let invitation = Resource::new(token, business_invitation);
    let viewer = Resource::new(|| (), |_| crate::request::get_viewer());
    let posted = posted();
    view! {
        <Title text=t::INVITATION_TITLE.get(lang)/>
        <h1>{t::INVITATION_TITLE.get(lang)}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let problem = match posted.await {
                    Posted::Invitation { problem } => Some(problem),
                    _ => None,
                };
                let signed_in = matches!(viewer.await, Ok(Some(_)));
                match invitation.await {
                    Ok(Some(inv)) => {
                        let message = problem.map(|p| {
                            set_page_status(403);
                            match p {
                                InvitationProblem::OtherAddress => t::INVITATION_OTHER_ADDRESS.get(lang),
                                InvitationProblem::Invalid => t::INVITATION_INVALID.get(lang),
                            }
                            .to_owned()
                        });
                        view! {
                            {message.map(|m| view! { <ProblemList title=t::FORM_PROBLEMS.get(lang) messages=vec![m]/> })}
                            <p>{t::INVITATION_BODY.get(lang)}" "<strong>{inv.business_name}</strong>" ("{inv.email}")"</p>
                            {if signed_in {
                                view! {
                                    <form method="post" action="/doanh-nghiep/loi-moi">
                                        <CsrfInput/>
                                        <input type="hidden" name="ma" value=token()/>
                                        <button type="submit">{t::ACCEPT_INVITATION.get(lang)}</button>
                                    </form>
                                }.into_any()
                            } else {
                                view! { <p>{t::PLEASE_SIGN_IN.get(lang)}" "<a href="/dang-nhap" rel="external">{t::SIGN_IN_TITLE.get(lang)}</a></p> }.into_any()
                            }}
                        }
                        .into_any()
                    }
                    Ok(None) => {
                        set_page_status(404);
                        view! { <p class="notice notice-error" role="alert">{t::INVITATION_INVALID.get(lang)}</p> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

//! The frame around every page: skip link, header, navigation, language switch, footer.

use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let viewer = Resource::new(|| (), |_| crate::request::get_viewer());
    let unread = Resource::new(|| (), |_| crate::api::filing::unread_notices());
    // The switch is a plain link to a server route that sets the cookie and comes back here.
    let switch_href = move || {
        let search = location.search.get();
        let here =
            if search.is_empty() { location.pathname.get() } else { format!("{}?{search}", location.pathname.get()) };
        format!("/ngon-ngu/{}?tiep={}", lang.other().code(), crate::links::encode_component(&here))
    };
    view! {
        <a class="skip-link" href="#main">{t::SKIP_TO_CONTENT.get(lang)}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">
                    <span class="brand-name">{t::PORTAL_NAME.get(lang)}</span>
                    <span class="brand-tagline">{t::PORTAL_TAGLINE.get(lang)}</span>
                </a>
                <nav aria-label=t::NAV_MAIN.get(lang)>
                    <ul class="nav">
                        <li><a href="/">{t::NAV_HOME.get(lang)}</a></li>
                        <li><a href="/thu-tuc">{t::NAV_CATALOG.get(lang)}</a></li>
                        <li><a href="/tra-cuu">{t::NAV_LOOKUP.get(lang)}</a></li>
                        <Transition fallback=|| ()>
                            {move || Suspend::new(async move {
                                match viewer.await {
                                    Ok(Some(v)) => {
                                        let unread = if matches!(v.actor, shared::access::Actor::Person { .. }) {
                                            unread.await.unwrap_or(0)
                                        } else {
                                            0
                                        };
                                        view! {
                                        {places(&v.actor).into_iter().map(|(href, label)| {
                                            // A citizen's dossiers carry the count of unread notices.
                                            let badge = (href == "/ho-so" && unread > 0).then(|| {
                                                let count = if unread > 99 { "99+".to_owned() } else { unread.to_string() };
                                                view! { " "<span class="badge">{count}<span class="visually-hidden">" "{t::NAV_UNREAD.get(lang)}</span></span> }
                                            });
                                            view! { <li><a href=href>{label.get(lang)}{badge}</a></li> }
                                        }).collect_view()}
                                        <li><a href="/tai-khoan" rel="external">{t::NAV_ACCOUNT.get(lang)}": "{v.full_name}</a></li>
                                    }.into_any()},
                                    _ => view! {
                                        <li><a href="/dang-nhap" rel="external">{t::NAV_SIGN_IN.get(lang)}</a></li>
                                        <li><a href="/dang-ky" rel="external">{t::NAV_REGISTER.get(lang)}</a></li>
                                    }.into_any(),
                                }
                            })}
                        </Transition>
                        <li>
                            <a href=switch_href lang=lang.other().code() rel="external nofollow">
                                {t::SWITCH_LANG.get(lang)}
                            </a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <super::footer::Footer/>
    }
}

/// The places a signed-in person works in, by who they are: a citizen their dossiers, an
/// officer the queue of what waits for them and the feedback to handle, an administrator the
/// administration.
fn places(actor: &shared::access::Actor) -> Vec<(&'static str, crate::i18n::Text)> {
    use shared::access::{Actor, Role};
    match actor {
        Actor::Person { .. } => vec![("/ho-so", t::NAV_MY_DOSSIERS)],
        Actor::Officer { roles, .. } => {
            let has = |r: Role| roles.contains(&r);
            let mut out = Vec::new();
            if has(Role::Reception) || has(Role::Specialist) || has(Role::UnitHead) || has(Role::Leader) {
                out.push(("/can-bo", t::NAV_QUEUE));
            }
            // The desk handles the province's feedback; leaders answer what is given to them.
            if has(Role::FeedbackDesk) || has(Role::Leader) {
                out.push(("/can-bo/phan-anh", t::FB_TITLE));
            }
            // Leaders and administrators follow their Decision 766 indicators.
            if has(Role::Leader) || has(Role::AgencyAdmin) || has(Role::SystemAdmin) {
                out.push(("/can-bo/chi-so", t::DASH_LINK));
            }
            if has(Role::AgencyAdmin) || has(Role::SystemAdmin) {
                out.push(("/quan-tri", t::NAV_ADMIN));
            }
            out
        }
        Actor::Anonymous => Vec::new(),
    }
}

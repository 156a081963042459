//! Every page's footer: who runs the portal, where and how to reach its one-stop centre, and
//! the office hours of the agency the admin chose (`/quan-tri/lien-he`). Nothing is shown
//! until the admin has set the contact: a province's footer never carries another's words.

use crate::api::portal::{FooterContact, portal_contact};
use crate::i18n::{t, use_lang};
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let contact = Resource::new(|| (), |_| portal_contact());
    view! {
        <footer class="site-footer">
            <div class="wrap footer-grid">
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        let Ok(Some(FooterContact { contact, hours })) = contact.await else { return None };
                        let hours = hours.map(|h| view! {
                            <section aria-labelledby="gio-lam-viec-chan-trang">
                                <h2 id="gio-lam-viec-chan-trang">{t::FOOTER_HOURS.get(lang)}</h2>
                                <p>{h.agency}</p>
                                <p>{t::FOOTER_WEEKDAYS.get(lang)}": "{h.weekdays.join(", ")}</p>
                                {h.saturday.map(|s| view! { <p>{t::FOOTER_SATURDAY.get(lang)}": "{s}</p> })}
                            </section>
                        });
                        let note = (!contact.note.is_empty()).then(|| view! { <p class="muted footer-note">{contact.note.clone()}</p> });
                        Some(view! {
                            <section aria-labelledby="lien-he-chan-trang">
                                <h2 id="lien-he-chan-trang">{t::FOOTER_CONTACT.get(lang)}</h2>
                                <p>{t::FOOTER_OPERATOR.get(lang)}": "{contact.operator.clone()}</p>
                                <address>
                                    {contact.address.clone()}<br/>
                                    {t::FOOTER_HOTLINE.get(lang)}": "<a href=contact.hotline_href()>{contact.hotline.clone()}</a><br/>
                                    {t::FOOTER_EMAIL.get(lang)}": "<a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a>
                                </address>
                            </section>
                            {hours}
                            {note}
                        })
                    })}
                </Transition>
                <p class="footer-links"><a href="/tien-do">{t::BOARD_LINK.get(lang)}</a>" · "<a href="/thong-ke">{t::STATS_LINK.get(lang)}</a>" · "<a href="/phan-anh">{t::FB_TITLE.get(lang)}</a>" · "<a href="/kha-nang-tiep-can">{t::FOOTER_ACCESSIBILITY.get(lang)}</a></p>
            </div>
        </footer>
    }
}

//! "Usually done in": how long a procedure's recent dossiers took, said plainly, on the
//! procedure's page and in the lookup (`shared::statistics::usual_time`).

use crate::i18n::{Lang, decimal, t};
use leptos::prelude::*;
use shared::statistics::UsualTime;

/// The sentence, or nothing when too few dossiers were finished to say.
pub fn usual_time(u: Option<UsualTime>, lang: Lang) -> Option<impl IntoView + use<>> {
    u.map(|u| {
        let fill = |text: &str| {
            crate::i18n::mail::fill(text, &[
                ("median", &decimal(u.median, lang)),
                ("p90", &decimal(u.p90, lang)),
                ("sample", &u.sample.to_string()),
            ])
        };
        view! {
            <p class="usual-time"><strong>{fill(t::USUAL_TIME.get(lang))}</strong>" "{fill(t::USUAL_TIME_DETAIL.get(lang))}</p>
        }
    })
}

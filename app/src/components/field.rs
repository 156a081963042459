//! A labelled text input, the one every plain form of the portal uses.

use leptos::prelude::*;

/// A labelled input with an optional hint, linked by `aria-describedby`.
#[component]
pub fn Field(
    id: &'static str,
    label: &'static str,
    value: String,
    kind: &'static str,
    autocomplete: &'static str,
    required: bool,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}{required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            <input id=id name=id type=kind value=value autocomplete=autocomplete required=required aria-describedby=hint.map(|_| hint_id.clone())/>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
        </div>
    }
}

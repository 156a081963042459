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

/// Each field's problem, by the field's posted name, for a form shown again after a refusal:
/// the message under its label, `aria-invalid`, and `aria-describedby` naming its hint and its
/// message. Copy, so every input's closure can hold it.
#[derive(Clone, Copy)]
pub struct FieldProblems(StoredValue<Vec<(String, String)>>);

impl FieldProblems {
    /// (field name, message) of each problem.
    pub fn new(problems: Vec<(String, String)>) -> Self {
        Self(StoredValue::new(problems))
    }

    fn message(&self, name: &str) -> Option<String> {
        self.0.with_value(|all| all.iter().find(|(n, _)| n == name).map(|(_, m)| m.clone()))
    }

    /// The message line, if the field has a problem.
    pub fn error(&self, name: &'static str) -> impl IntoView + use<> {
        self.message(name).map(|m| view! { <p class="field-error" id=format!("{name}-error")>{m}</p> })
    }

    pub fn invalid(&self, name: &str) -> Option<&'static str> {
        self.message(name).map(|_| "true")
    }

    /// The ids that describe the field: its hint (`hinted`) and its message.
    pub fn described(&self, name: &str, hinted: bool) -> Option<String> {
        let parts = [hinted.then(|| format!("{name}-hint")), self.message(name).map(|_| format!("{name}-error"))];
        let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
        (!joined.is_empty()).then_some(joined)
    }
}

//! Autosave of a draft on hydrated pages: a moment after the last change, the form's text
//! fields (not its files) are sent to `autosave_draft` and the time of the save is announced.
//! Without JavaScript nothing here runs; the "save draft" button does the same.

#[cfg(feature = "hydrate")]
use crate::api::filing::autosave_draft;
use leptos::prelude::*;

/// Quiet time after the last keystroke before saving.
#[cfg(feature = "hydrate")]
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(1500);

/// Returns the handler to attach to the form's `input` and `change` events, and the time of
/// the last save.
pub fn autosaver(
    id: i64,
    form: NodeRef<leptos::html::Form>,
) -> (impl Fn() + Copy + 'static, ReadSignal<Option<String>>) {
    let (saved, set_saved) = signal(None::<String>);
    #[cfg(feature = "hydrate")]
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let schedule = move || {
        #[cfg(feature = "hydrate")]
        {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(move || save_now(id, form, set_saved), DEBOUNCE).ok();
            pending.set_value(handle);
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = (id, form, set_saved);
        }
    };
    (schedule, saved)
}

/// The form's text fields as posted pairs (files, the CSRF token and the buttons left out), in
/// Unicode NFC.
#[cfg(feature = "hydrate")]
pub(super) fn form_pairs(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let Ok(data) = web_sys::FormData::new_with_form(form) else { return pairs };
    if let Ok(Some(entries)) = js_sys::try_iter(&data) {
        for entry in entries.flatten() {
            let entry = js_sys::Array::from(&entry);
            // Files are skipped (as_string is None for them): they go with the save button.
            if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string())
                && k != "hanh_dong"
                && k != "csrf"
            {
                pairs.push((k, js_sys::JsString::from(v).normalize("NFC").into()));
            }
        }
    }
    pairs
}

/// Today in Vietnam (UTC+7), from the browser's clock.
#[cfg(feature = "hydrate")]
pub(super) fn today_in_vietnam() -> (i32, u32, u32) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(js_sys::Date::now() + 7.0 * 3_600_000.0));
    (d.get_utc_full_year() as i32, d.get_utc_month() + 1, d.get_utc_date())
}

#[cfg(feature = "hydrate")]
fn save_now(id: i64, form: NodeRef<leptos::html::Form>, set_saved: WriteSignal<Option<String>>) {
    let Some(form) = form.get_untracked() else { return };
    let pairs = form_pairs(&form);
    leptos::task::spawn_local(async move {
        let csrf = crate::request::csrf_token();
        if let Ok(Ok(at)) = autosave_draft(id, pairs, csrf).await {
            set_saved.set(Some(at));
        }
    });
}

//! Browser entry point: takes over the server-rendered HTML. Every page already works without it.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // A mark that hydration finished, for end-to-end tests (and anyone debugging a page).
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-hydrated", "true");
    }
}

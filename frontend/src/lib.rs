//! Browser entry point: hydrates the islands of a server-rendered page (the `#[island]`
//! components of `app`). Every page already works without it; pages without an island do not
//! load it at all (`app::shell`).

// Keeps `app` linked in: its islands' exports are generated there, and a wasm crate that names
// nothing of it would drop them.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

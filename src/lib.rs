//! VINR Portal: a self-hostable customer billing portal.
//!
//! Layers (see DESIGN.md): `domain` (pure rules, both targets) → `server` (store, services,
//! REST API, workers; feature `ssr`) → `ui` (Leptos pages and their server functions;
//! islands hydrate in the browser) → `app` (the routes); `startup` builds the server from
//! all of them. No module imports one that imports it back (`make lint` checks).

// Leptos's nested view types outgrow the default query depth when the release WASM build
// computes their layouts (the dashboard's longer pages).
#![recursion_limit = "256"]
pub mod app;
pub mod domain;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod startup;
pub mod ui;
pub mod views;

/// Browser entry point: hydrates the islands, then marks the page as interactive.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    if let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    {
        let _ = body.set_attribute("data-hydrated", "");
    }
}

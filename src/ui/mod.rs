//! The portal's and the dashboard's pages and components. Components render on the server; only `#[island]`s
//! ship to the browser as WASM (pending states), so pages work before and without it.
pub mod components;
pub mod dashboard;
pub mod errors;
pub mod portal;
pub mod session;
#[cfg(feature = "ssr")]
pub mod session_routes;
pub mod words;

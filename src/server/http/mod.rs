//! The HTTP pieces that are neither the REST API (`api/`) nor the portal's pages (`ui/`):
//! routing by host (custom domains), the portal's sign-in cookie, redeeming a session link,
//! and the files the portal serves (invoice PDFs, logos, receipt documents).
pub mod hosts;
pub mod portal_auth;
pub mod portal_files;
pub mod session_routes;

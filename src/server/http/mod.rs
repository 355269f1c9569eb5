//! The HTTP pieces that are neither the REST API (`api/`) nor the portal's pages (`ui/`):
//! routing by host (custom domains), the portal's and the dashboard's sign-in cookies, the files the portal
//! serves (invoice PDFs, logos, receipt documents), the API reference (`/docs`) and the health
//! probes. Redeeming a
//! session link and signing out answer with session pages, so they live with those pages
//! (`ui::session_routes`).
pub mod api_reference;
pub mod dashboard_auth;
pub mod health;
pub mod hosts;
pub mod portal_auth;
pub mod portal_files;

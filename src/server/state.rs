//! The state every handler and server function shares.
use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::{config::Config, db::Db, mailer::Mailer, services::payments::Payments};

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos_options: LeptosOptions,
    /// The SMTP transport, when `SMTP_URL` is set (receipts, team invitations).
    pub mailer: Option<Arc<Mailer>>,
    /// Reaches each merchant's payment processor.
    pub payments: Payments,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

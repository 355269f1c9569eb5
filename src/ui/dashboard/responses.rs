//! What the dashboard's posts share: who is posting (from the sign-in cookie only), a
//! redirect to the page that shows the outcome, and the error page (with the cause in the
//! log, not in the page).
use axum::{
    http::{header, request::Parts, StatusCode},
    response::{Html, IntoResponse, Response},
};

use crate::domain::dashboard::Permission;
use crate::server::{
    http::dashboard_auth,
    services::{dashboard::DashboardAccess, Actor},
    state::AppState,
};

/// The signed-in user; otherwise the answer to send (to sign in, or the error page).
pub async fn signed_in(state: &AppState, parts: &Parts) -> Result<DashboardAccess, Response> {
    match dashboard_auth::signed_in(&state.db, parts).await {
        Ok(Some(access)) => Ok(access),
        Ok(None) => Err(see_other(super::SIGN_IN)),
        Err(error) => Err(server_error(error, "dashboard authentication")),
    }
}

/// The signed-in user as the actor of a change of kind `permission`; `refused()` is the
/// answer when their role (or a pending two-step setup) does not allow it.
pub async fn actor_for(
    state: &AppState,
    parts: &Parts,
    permission: Permission,
    refused: impl FnOnce() -> Response,
) -> Result<Actor, Response> {
    signed_in(state, parts)
        .await?
        .actor_for(permission)
        .map_err(|_| refused())
}

/// `303 See Other` to `location`: the browser GETs the outcome page.
pub fn see_other(location: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location.to_string())],
    )
        .into_response()
}

/// A 500 page; `what` and the error go to the log.
pub fn server_error(error: impl std::fmt::Display, what: &str) -> Response {
    tracing::error!(error = %error, "{what} failed");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Html(crate::ui::session::server_error_document(
            crate::i18n::Language::En,
        )),
    )
        .into_response()
}

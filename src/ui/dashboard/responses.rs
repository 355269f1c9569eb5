//! The answers the dashboard's posts share: a redirect to the page that shows the outcome,
//! and the error page (with the cause in the log, not in the page).
use axum::{
    http::{header, StatusCode},
    response::{Html, IntoResponse, Response},
};

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
        Html(crate::ui::session::server_error_document()),
    )
        .into_response()
}

//! The dashboard's cookie-setting forms: `POST /dashboard/sign-in`, `/dashboard/sign-out`
//! and `/dashboard/setup/{token}` (a password through a setup link). Plain HTML forms,
//! answered with redirects to the pages that show their outcome.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;

use crate::domain::password::RefusedPassword;
use crate::server::{
    http::{dashboard_auth, hosts::HostScope, portal_auth::client_info},
    services::dashboard::{
        accounts::{self, LinkRefusal},
        sign_in::{self, SignInRefusal},
    },
    state::AppState,
};

fn see_other(location: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location.to_string())],
    )
        .into_response()
}

fn with_cookies(mut response: Response, cookies: &[String]) -> Response {
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Whether the sign-in cookie must be `Secure` (the public URL or the proxy says https).
fn secure(state: &AppState, parts: &Parts) -> bool {
    state.config.serves_https()
        || parts
            .headers
            .get("x-forwarded-proto")
            .is_some_and(|proto| proto == "https")
}

fn signed_in_response(state: &AppState, parts: &Parts, token: &str) -> Response {
    let cookie = dashboard_auth::session_cookie(token, secure(state, parts));
    with_cookies(see_other("/dashboard"), &[cookie])
}

fn server_error(error: impl std::fmt::Display, what: &str) -> Response {
    tracing::error!(error = %error, "{what} failed");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Html(crate::ui::session::server_error_document()),
    )
        .into_response()
}

#[derive(Deserialize, Default)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn sign_in(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let form: SignInForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match sign_in::sign_in(&state.db, &form.email, &form.password, client_info(&parts)).await {
        Ok(signed_in) => signed_in_response(&state, &parts, &signed_in.token),
        Err(SignInRefusal::WrongCredentials) => see_other("/dashboard/sign-in?error=credentials"),
        Err(
            refusal @ SignInRefusal::TooManyAttempts {
                retry_after_seconds,
            },
        ) => {
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                Html(crate::ui::session::message_document(
                    "Too many sign-in attempts",
                    &refusal.to_string(),
                    ("/dashboard/sign-in", "Back to sign-in"),
                )),
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        Err(SignInRefusal::Service(error)) => server_error(error, "dashboard sign-in"),
    }
}

pub async fn sign_out(State(state): State<AppState>, parts: Parts) -> Response {
    if let Some(token) = dashboard_auth::session_token(&parts.headers) {
        if let Err(error) = sign_in::sign_out(&state.db, token, client_info(&parts)).await {
            return server_error(error, "dashboard sign-out");
        }
    }
    with_cookies(
        see_other("/dashboard/sign-in?signed_out=1"),
        &dashboard_auth::cleared_cookies(),
    )
}

#[derive(Deserialize, Default)]
struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let form: PasswordForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let back = |code: &str| see_other(&format!("/dashboard/setup/{token}?error={code}"));
    if form.password != form.confirm {
        return back("mismatch");
    }
    let client = client_info(&parts);
    match accounts::set_password_with_link(&state.db, &token, &form.password, client.clone()).await
    {
        Ok(user) => match sign_in::start_session(&state.db, &user.id, &client).await {
            Ok(session) => signed_in_response(&state, &parts, &session),
            Err(error) => server_error(error, "starting a dashboard session"),
        },
        // The page says the link is unusable by itself.
        Err(LinkRefusal::Unusable) => see_other(&format!("/dashboard/setup/{token}")),
        Err(LinkRefusal::Password(refused)) => back(match refused {
            RefusedPassword::TooShort => "short",
            RefusedPassword::TooLong => "long",
            RefusedPassword::Common => "common",
            RefusedPassword::IsEmail => "email",
        }),
        Err(LinkRefusal::Service(error)) => server_error(error, "setting a dashboard password"),
    }
}

/// `GET /dashboard/invoices/{id}/pdf`: an invoice's PDF for the signed-in team, within
/// their merchant and mode (any other id is not found).
pub async fn invoice_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    use crate::server::services::{billing::invoice_documents, ServiceError};
    let access = match dashboard_auth::signed_in(&state.db, &parts).await {
        Ok(Some(access)) => access,
        Ok(None) => return see_other("/dashboard/sign-in"),
        Err(error) => return server_error(error, "dashboard authentication"),
    };
    match invoice_documents::invoice_pdf(&state.db, &access.actor(), &id).await {
        Ok(pdf) => crate::server::api::billing::pdf_response(&pdf.filename, pdf.bytes),
        Err(ServiceError::NotFound { .. }) => {
            (StatusCode::NOT_FOUND, "No such invoice.").into_response()
        }
        Err(ServiceError::Invalid { .. }) => {
            (StatusCode::CONFLICT, "This invoice has no PDF yet.").into_response()
        }
        Err(error) => server_error(error, "a dashboard invoice PDF"),
    }
}

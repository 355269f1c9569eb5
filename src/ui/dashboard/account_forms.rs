//! The posts of the account page's two-step sign-in: set it up (a new secret), confirm it
//! with a first code (the recovery codes are shown once), make new recovery codes, turn it
//! off. Each acts on the signed-in user's own account only.
use axum::{
    body::Bytes,
    extract::State,
    http::request::Parts,
    response::{Html, IntoResponse, Response},
};

use super::responses::{see_other, server_error, signed_in};
use crate::server::{
    services::{dashboard::two_step, ServiceError},
    state::AppState,
};
use crate::{
    i18n::Language,
    ui::words::{headers_language, t_in},
};

const ACCOUNT: &str = "/dashboard/account";

#[derive(serde::Deserialize, Default)]
struct CodeForm {
    #[serde(default)]
    code: String,
}

fn back(code: &str) -> Response {
    see_other(&format!("{ACCOUNT}?two_step={code}#two-step"))
}

/// The recovery codes, shown once.
fn recovery_codes_page(language: Language, codes: &[String]) -> Response {
    let words = |key: &str| t_in(language, key, &[]);
    Html(crate::ui::session::codes_document(
        language,
        &words("dash-recovery-codes-title"),
        &words("dash-recovery-codes-text"),
        codes,
        (ACCOUNT, &words("dash-back-to-account")),
    ))
    .into_response()
}

/// What a refused two-step change goes back with.
fn refused(error: ServiceError, what: &str) -> Response {
    match error {
        ServiceError::Invalid { message, .. } if message.starts_with("Start the setup") => {
            back("restart")
        }
        ServiceError::Invalid { message, .. } if message.contains("requires") => back("required"),
        ServiceError::Invalid { .. } => back("wrong"),
        error => server_error(error, what),
    }
}

/// `POST /dashboard/account/two-step/start`.
pub async fn start(State(state): State<AppState>, parts: Parts) -> Response {
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    match two_step::start(&state.db, &state.config.operator_keys, &access).await {
        Ok(()) => see_other(&format!("{ACCOUNT}#two-step")),
        Err(error) => server_error(error, "starting two-step sign-in"),
    }
}

/// `POST /dashboard/account/two-step/confirm`.
pub async fn confirm(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: CodeForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match two_step::confirm(&state.db, &state.config.operator_keys, &access, &form.code).await {
        Ok(codes) => recovery_codes_page(headers_language(&parts.headers), &codes),
        Err(error) => refused(error, "turning on two-step sign-in"),
    }
}

/// `POST /dashboard/account/two-step/recovery-codes`.
pub async fn renew_recovery_codes(
    State(state): State<AppState>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: CodeForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match two_step::renew_recovery_codes(
        &state.db,
        &state.config.operator_keys,
        &access,
        &form.code,
    )
    .await
    {
        Ok(codes) => recovery_codes_page(headers_language(&parts.headers), &codes),
        Err(error) => refused(error, "making new recovery codes"),
    }
}

/// `POST /dashboard/account/two-step/disable`.
pub async fn disable(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: CodeForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match two_step::disable(&state.db, &state.config.operator_keys, &access, &form.code).await {
        Ok(()) => back("off"),
        Err(error) => refused(error, "turning off two-step sign-in"),
    }
}

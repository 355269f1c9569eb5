//! `Idempotency-Key` on every `POST` and `DELETE` under `/v1`: the HTTP side of
//! `services::developers::idempotency`. A repeat of a request answers the saved answer with
//! `Idempotent-Replayed: true`; the same key on another request is 400
//! `idempotency_error`; a repeat while the first runs is 409 `idempotency_key_in_use`.
use axum::{
    body::{to_bytes, Body},
    extract::{Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::{error::RefusedBeforeStart, ApiError};
use crate::server::{
    db::{with_idempotency_claim, IdempotencyClaim},
    services::{
        developers::{
            api_keys,
            idempotency::{self, Claimed, KeyedRequest},
        },
        now_unix,
    },
    state::AppState,
};

/// Request bodies read to fingerprint them: the largest any `/v1` route accepts.
const MAX_KEYED_BODY_BYTES: usize = super::branding::MAX_BRANDING_BODY_BYTES;
/// Answers kept for replay: larger ones (none today) are not worth a row.
const MAX_SAVED_ANSWER_BYTES: usize = 1024 * 1024;

fn conflict(code: &'static str, message: impl Into<String>) -> Response {
    let mut response = ApiError::invalid(code, None, message).into_response();
    *response.status_mut() = StatusCode::CONFLICT;
    response
}

pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let keyed = matches!(*request.method(), Method::POST | Method::DELETE)
        && request.uri().path().starts_with("/v1/");
    let Some(key) = request
        .headers()
        .get("idempotency-key")
        .filter(|_| keyed)
        .map(|value| value.to_str().map(str::to_string))
    else {
        return next.run(request).await;
    };
    let key = match key {
        Ok(key) if idempotency::valid_key(&key) => key,
        _ => {
            return ApiError::invalid(
                "idempotency_error",
                None,
                format!(
                    "An Idempotency-Key is 1 to {} visible ASCII characters",
                    idempotency::MAX_KEY_LENGTH
                ),
            )
            .into_response()
        }
    };
    // Scoped to the key's merchant and mode; without a valid API key the request is refused
    // before it starts, and saves nothing.
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|key| key.trim().to_string());
    let actor = match bearer {
        Some(secret) => match api_keys::authenticate(&state.db, &secret).await {
            Ok(actor) => actor,
            Err(error) => return ApiError::from(error).into_response(),
        },
        None => None,
    };
    let Some(actor) = actor else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(body) = to_bytes(body, MAX_KEYED_BODY_BYTES).await else {
        return ApiError::payload_too_large().into_response();
    };
    let claim = IdempotencyClaim {
        merchant_id: actor.merchant_id().to_string(),
        livemode: actor.livemode(),
        key,
    };
    let path = parts
        .uri
        .path_and_query()
        .map_or(parts.uri.path(), |path| path.as_str());
    let keyed_request = KeyedRequest {
        method: parts.method.as_str(),
        path,
        body: &body,
    };
    let claimed = match idempotency::claim(&state.db, &claim, &keyed_request, now_unix()).await {
        Ok(claimed) => claimed,
        Err(error) => return ApiError::from(error).into_response(),
    };
    match claimed {
        Claimed::Run => {}
        Claimed::Replay { status, body } => return replay(status, body),
        Claimed::Mismatch(message) => {
            return ApiError::invalid("idempotency_error", Some("Idempotency-Key"), message)
                .into_response()
        }
        Claimed::InUse => {
            return conflict(
                "idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; retry once it has finished",
            )
        }
        Claimed::AnswerLost => {
            return conflict(
                "idempotency_answer_lost",
                "The request with this Idempotency-Key was carried out, but its answer was lost when the server stopped; read the object instead of retrying",
            )
        }
    }
    let request = Request::from_parts(parts, Body::from(body));
    let response = with_idempotency_claim(claim.clone(), next.run(request)).await;
    let status = response.status();
    if response.extensions().get::<RefusedBeforeStart>().is_some() {
        if let Err(error) = idempotency::release(&state.db, &claim).await {
            tracing::error!(%error, "an idempotency key could not be given back");
        }
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match to_bytes(body, MAX_SAVED_ANSWER_BYTES).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "an answer could not be read to save it");
            return ApiError::internal().into_response();
        }
    };
    let saved = match std::str::from_utf8(&body) {
        Ok(text) => idempotency::save_answer(&state.db, &claim, status.as_u16(), text).await,
        Err(_) => Ok(()),
    };
    if let Err(error) = saved {
        // The work is done and its answer goes out; a repeat is told the answer was lost.
        tracing::error!(%error, "an idempotent answer could not be saved");
    }
    Response::from_parts(parts, Body::from(body))
}

fn replay(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    response
}

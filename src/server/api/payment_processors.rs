//! `POST /v1/payment_processors` and `GET /v1/payment_processors` (live keys only): the
//! merchant's Stripe connection; and `POST /webhooks/stripe/{merchant}`, where Stripe sends
//! the events of that account, verified with its signing secret before anything is read.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde_json::json;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError, List,
};
use crate::{
    domain::ids::{self, prefix},
    server::{
        processors::stripe_events,
        services::{
            now_unix,
            processor_events::{self, Handled},
            settings::payment_processors::{self, ConnectProcessor, PaymentProcessorObject},
        },
        state::AppState,
    },
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/payment_processors", get(list).post(connect))
        .route("/webhooks/stripe/{merchant}", post(receive))
}

/// Connect the merchant's processor account (live keys only); checked with one call to the processor.
#[utoipa::path(
    post,
    path = "/v1/payment_processors",
    operation_id = "connectPaymentProcessor",
    tag = "Payment processors",
    request_body = ConnectProcessor,
    responses((status = 200, body = PaymentProcessorObject))
)]
async fn connect(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<ConnectProcessor>,
) -> Result<Json<PaymentProcessorObject>, ApiError> {
    Ok(Json(
        payment_processors::connect(&state.db, &state.payments, &actor, body).await?,
    ))
}

/// The connected processor, if any; never its secrets.
#[utoipa::path(
    get,
    path = "/v1/payment_processors",
    operation_id = "listPaymentProcessors",
    tag = "Payment processors",
    responses((status = 200, body = List<PaymentProcessorObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<PaymentProcessorObject>>, ApiError> {
    let connected = payment_processors::get(&state.db, &actor).await?;
    Ok(Json(List::of(connected.into_iter().collect())))
}

fn refused(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": { "message": message } }))).into_response()
}

/// Stripe's events for the merchant: a bad signature is refused before the body is read;
/// a handled event answers 200 (also when seen before, so Stripe stops sending it).
async fn receive(
    State(state): State<AppState>,
    Path(merchant): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !ids::has_prefix(&merchant, prefix::MERCHANT) {
        return refused(StatusCode::NOT_FOUND, "No such merchant");
    }
    let secret = match state.db.conn().await {
        Ok(mut conn) => state.payments.webhook_secret(conn.exec(), &merchant).await,
        Err(error) => Err(error.into()),
    };
    let secret = match secret {
        Ok(Some(secret)) => secret,
        Ok(None) => {
            return refused(
                StatusCode::NOT_FOUND,
                "No payment processor is connected for this merchant",
            )
        }
        Err(error) => {
            tracing::error!(%error, "processor webhook: reading the connection failed");
            return refused(StatusCode::INTERNAL_SERVER_ERROR, "Try again later");
        }
    };
    let signature = headers
        .get("stripe-signature")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    if let Err(error) = stripe_events::verify(signature, &body, &secret, now_unix()) {
        tracing::warn!(merchant = %merchant, %error, "processor webhook refused");
        return refused(StatusCode::BAD_REQUEST, &error.to_string());
    }
    let Ok(event) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return refused(StatusCode::BAD_REQUEST, "The body is not JSON");
    };
    match processor_events::handle(&state.db, &merchant, &event).await {
        Ok(Handled::Done) => Json(json!({ "received": true })).into_response(),
        Ok(Handled::Duplicate) => {
            Json(json!({ "received": true, "duplicate": true })).into_response()
        }
        Err(error) => {
            tracing::error!(%error, merchant = %merchant, "processor webhook failed");
            ApiError::from(error).into_response()
        }
    }
}

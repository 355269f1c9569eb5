//! `GET /v1/events` (filters `type`, `customer`, `createdGte`, `createdLt` in unix seconds;
//! cursor `startingAfter`; `limit` 1–100), `GET /v1/events/{id}` and
//! `POST /v1/events/{id}/resend` (optional `{"endpoint": "we_..."}`).
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;

use super::{
    extract::{page_limit, ApiActor, ApiQuery},
    ApiError, List,
};
use crate::server::{
    db::store::events::EventFilter,
    services::{
        developers::events,
        developers::webhook_deliveries::{self, DeliveryObject},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/events", get(list))
        .route("/v1/events/{id}", get(read))
        .route("/v1/events/{id}/resend", post(resend))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct Filter {
    #[serde(rename = "type")]
    event_type: Option<String>,
    customer: Option<String>,
    created_gte: Option<i64>,
    created_lt: Option<i64>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

/// Events, newest first.
#[utoipa::path(
    get,
    path = "/v1/events",
    operation_id = "listEvents",
    tag = "Events",
    params(Filter),
    responses((status = 200, body = List<crate::server::services::developers::events::EventPayload>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(filter): ApiQuery<Filter>,
) -> Result<Json<List<Value>>, ApiError> {
    let (data, has_more) = events::list(
        &state.db,
        &actor,
        EventFilter {
            event_type: filter.event_type.as_deref(),
            customer_id: filter.customer.as_deref(),
            created_gte: filter.created_gte,
            created_lt: filter.created_lt,
            starting_after: filter.starting_after.as_deref(),
            limit: page_limit(filter.limit)?,
        },
    )
    .await?;
    Ok(Json(List::page(data, has_more)))
}

/// One event, as its webhooks carried it.
#[utoipa::path(
    get,
    path = "/v1/events/{id}",
    operation_id = "retrieveEvent",
    tag = "Events",
    params(("id" = String, Path)),
    responses((status = 200, body = crate::server::services::developers::events::EventPayload))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(events::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = EventResend)]
struct ResendBody {
    /// Only this endpoint; otherwise every enabled endpoint that subscribes to the event.
    endpoint: Option<String>,
}

/// Deliver an event again.
#[utoipa::path(
    post,
    path = "/v1/events/{id}/resend",
    operation_id = "resendEvent",
    tag = "Events",
    params(("id" = String, Path)),
    request_body(content = Option<ResendBody>),
    responses((status = 200, body = List<DeliveryObject>))
)]
async fn resend(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<List<DeliveryObject>>, ApiError> {
    // The body is optional: empty resends to every subscribed endpoint.
    let body: ResendBody = super::extract::optional_json(&body)?;
    Ok(Json(List::of(
        webhook_deliveries::resend(&state.db, &actor, &id, body.endpoint.as_deref()).await?,
    )))
}

//! `POST`/`GET /v1/webhook_endpoints`, `GET`/`POST`/`DELETE /v1/webhook_endpoints/{id}`.
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{page_limit, ApiActor, ApiJson, ApiQuery},
    ApiError, List,
};
use crate::domain::webhook::DeliveryStatus;
use crate::server::{
    db::store::webhook_deliveries::DeliveryFilter,
    services::{
        developers::webhook_deliveries::{self, DeliveryObject},
        developers::webhook_endpoints::{self, EndpointChanges, WebhookEndpointObject},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/webhook_endpoints", post(create).get(list))
        .route(
            "/v1/webhook_endpoints/{id}",
            get(read).post(update).delete(remove),
        )
        .route("/v1/webhook_endpoints/{id}/deliveries", get(deliveries))
        .route("/v1/webhook_endpoints/{id}/test", post(send_test_event))
}

/// `POST /v1/webhook_endpoints/{id}/test`: a signed `webhook_endpoint.test` event for this
/// endpoint alone; answers the event.
#[utoipa::path(
    post,
    path = "/v1/webhook_endpoints/{id}/test",
    operation_id = "testWebhookEndpoint",
    tag = "Webhook endpoints",
    params(("id" = String, Path)),
    responses((status = 200, body = crate::server::services::developers::events::EventPayload))
)]
async fn send_test_event(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let event_id = webhook_endpoints::send_test_event(&state.db, &actor, &id).await?;
    Ok(Json(
        crate::server::services::developers::events::get(&state.db, &actor, &event_id).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct DeliveriesFilter {
    /// `pending`, `succeeded` or `failed`.
    status: Option<String>,
    event: Option<String>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

/// The endpoint's deliveries, newest first, with each attempt.
#[utoipa::path(
    get,
    path = "/v1/webhook_endpoints/{id}/deliveries",
    operation_id = "listWebhookDeliveries",
    tag = "Webhook endpoints",
    params(("id" = String, Path), DeliveriesFilter),
    responses((status = 200, body = List<DeliveryObject>))
)]
async fn deliveries(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiQuery(filter): ApiQuery<DeliveriesFilter>,
) -> Result<Json<List<DeliveryObject>>, ApiError> {
    let status = match filter.status.as_deref() {
        None => None,
        Some(status) => Some(DeliveryStatus::parse(status).ok_or_else(|| {
            ApiError::invalid(
                "parameter_invalid",
                Some("status"),
                "status must be pending, succeeded or failed",
            )
        })?),
    };
    let (data, has_more) = webhook_deliveries::list(
        &state.db,
        &actor,
        &id,
        DeliveryFilter {
            status,
            event_id: filter.event.as_deref(),
            starting_after: filter.starting_after.as_deref(),
            limit: page_limit(filter.limit)?,
        },
    )
    .await?;
    Ok(Json(List::page(data, has_more)))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = WebhookEndpointCreate)]
struct CreateBody {
    url: String,
    enabled_events: Vec<String>,
    description: Option<String>,
}

/// Add an endpoint; its signing secret is in this answer only.
#[utoipa::path(
    post,
    path = "/v1/webhook_endpoints",
    operation_id = "createWebhookEndpoint",
    tag = "Webhook endpoints",
    request_body = CreateBody,
    responses((status = 200, body = WebhookEndpointObject))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<WebhookEndpointObject>, ApiError> {
    Ok(Json(
        webhook_endpoints::create(
            &state.db,
            &actor,
            &body.url,
            &body.enabled_events,
            body.description,
            state.config.allow_private_webhooks,
        )
        .await?,
    ))
}

/// Every endpoint.
#[utoipa::path(
    get,
    path = "/v1/webhook_endpoints",
    operation_id = "listWebhookEndpoints",
    tag = "Webhook endpoints",
    responses((status = 200, body = List<WebhookEndpointObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<WebhookEndpointObject>>, ApiError> {
    Ok(Json(List::of(
        webhook_endpoints::list(&state.db, &actor).await?,
    )))
}

/// One endpoint.
#[utoipa::path(
    get,
    path = "/v1/webhook_endpoints/{id}",
    operation_id = "retrieveWebhookEndpoint",
    tag = "Webhook endpoints",
    params(("id" = String, Path)),
    responses((status = 200, body = WebhookEndpointObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<WebhookEndpointObject>, ApiError> {
    Ok(Json(webhook_endpoints::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = WebhookEndpointUpdate)]
struct UpdateBody {
    url: Option<String>,
    enabled_events: Option<Vec<String>>,
    #[serde(default, deserialize_with = "super::extract::present")]
    description: Option<Option<String>>,
    disabled: Option<bool>,
    /// `true` makes a new secret (answered once); the old one signs alongside for 24 h.
    #[serde(default)]
    rotate_secret: bool,
}

/// Change an endpoint, or rotate its secret.
#[utoipa::path(
    post,
    path = "/v1/webhook_endpoints/{id}",
    operation_id = "updateWebhookEndpoint",
    tag = "Webhook endpoints",
    params(("id" = String, Path)),
    request_body = UpdateBody,
    responses((status = 200, body = WebhookEndpointObject))
)]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<WebhookEndpointObject>, ApiError> {
    let changes = EndpointChanges {
        url: body.url,
        enabled_events: body.enabled_events,
        description: body.description,
        disabled: body.disabled,
        rotate_secret: body.rotate_secret,
    };
    Ok(Json(
        webhook_endpoints::update(
            &state.db,
            &actor,
            &id,
            changes,
            state.config.allow_private_webhooks,
        )
        .await?,
    ))
}

/// Delete an endpoint.
#[utoipa::path(
    delete,
    path = "/v1/webhook_endpoints/{id}",
    operation_id = "deleteWebhookEndpoint",
    tag = "Webhook endpoints",
    params(("id" = String, Path)),
    responses((status = 200, body = WebhookEndpointObject))
)]
async fn remove(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<WebhookEndpointObject>, ApiError> {
    Ok(Json(
        webhook_endpoints::delete(&state.db, &actor, &id).await?,
    ))
}

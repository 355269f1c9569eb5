//! `POST /v1/billing/portal/sessions`, `GET /v1/billing/portal/sessions?customer=` (newest
//! first; cursor `startingAfter`, `limit` 1–100), `GET /v1/billing/portal/sessions/{id}`,
//! `POST /v1/billing/portal/sessions/{id}/revoke`,
//! `POST /v1/customers/{id}/portal_sessions/revoke`
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
use crate::server::{
    services::{
        objects::{PortalSessionDetails, PortalSessionObject},
        portal::portal_sessions::{self, CreatePortalSession, PortalSessionsRevoked},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/billing/portal/sessions", post(create).get(list))
        .route("/v1/billing/portal/sessions/{id}", get(read))
        .route("/v1/billing/portal/sessions/{id}/revoke", post(revoke))
        .route(
            "/v1/customers/{id}/portal_sessions/revoke",
            post(revoke_for_customer),
        )
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = PortalSessionCreate)]
struct CreateBody {
    customer: String,
    return_url: Option<String>,
    configuration: Option<String>,
    /// `auto` (the browser's Accept-Language) or a language tag such as `de`.
    locale: Option<String>,
    /// A deep link, in Stripe's `flow_data` shape.
    flow: Option<crate::domain::portal_configuration::FlowData>,
}

/// Mint a short-lived, single-use portal link for one customer.
#[utoipa::path(
    post,
    path = "/v1/billing/portal/sessions",
    operation_id = "createPortalSession",
    tag = "Portal sessions",
    request_body(content = CreateBody, example = json!({
        "customer": "cust_8sJ2kLpQ",
        "returnUrl": "https://app.example.com/account"
    })),
    responses((status = 200, body = PortalSessionObject, example = json!({
        "id": "bps_3nXyT0aD",
        "object": "billing_portal.session",
        "customer": "cust_8sJ2kLpQ",
        "configuration": "bpc_default",
        "url": "https://portal.vinr.com/session/bps_3nXyT0aD#...",
        "returnUrl": "https://app.example.com/account",
        "createdAt": "2026-05-30T14:20:00Z",
        "expiresAt": "2026-05-30T14:25:00Z",
        "livemode": false
    })))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<PortalSessionObject>, ApiError> {
    let session = portal_sessions::create(
        &state.db,
        &actor,
        &state.config.public_url,
        CreatePortalSession {
            customer: body.customer,
            return_url: body.return_url,
            configuration: body.configuration,
            flow: body.flow,
            locale: body.locale,
        },
    )
    .await?;
    Ok(Json(session))
}

/// Ends every portal session of the customer (a signed-in browser is signed out at once).
#[utoipa::path(
    post,
    path = "/v1/customers/{id}/portal_sessions/revoke",
    operation_id = "revokeCustomerPortalSessions",
    tag = "Portal sessions",
    params(("id" = String, Path)),
    responses((status = 200, body = PortalSessionsRevoked))
)]
async fn revoke_for_customer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(customer): Path<String>,
) -> Result<Json<PortalSessionsRevoked>, ApiError> {
    Ok(Json(
        portal_sessions::revoke_for_customer(&state.db, &actor, &customer).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    customer: Option<String>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

/// Portal sessions, newest first; one customer's with `customer`.
#[utoipa::path(
    get,
    path = "/v1/billing/portal/sessions",
    operation_id = "listPortalSessions",
    tag = "Portal sessions",
    params(ListQuery),
    responses((status = 200, body = List<PortalSessionDetails>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<List<PortalSessionDetails>>, ApiError> {
    let (data, has_more) = portal_sessions::list(
        &state.db,
        &actor,
        query.customer.as_deref(),
        query.starting_after.as_deref(),
        page_limit(query.limit)?,
    )
    .await?;
    Ok(Json(List::page(data, has_more)))
}

/// Where a portal session stands; never its secret.
#[utoipa::path(
    get,
    path = "/v1/billing/portal/sessions/{id}",
    operation_id = "retrievePortalSession",
    tag = "Portal sessions",
    params(("id" = String, Path)),
    responses((status = 200, body = PortalSessionDetails))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PortalSessionDetails>, ApiError> {
    Ok(Json(portal_sessions::get(&state.db, &actor, &id).await?))
}

/// Ends one portal session at once (the dashboard's "Revoke"); answers it, `revoked`. One
/// already over, or not this merchant's and mode's, is a 404.
#[utoipa::path(
    post,
    path = "/v1/billing/portal/sessions/{id}/revoke",
    operation_id = "revokePortalSession",
    tag = "Portal sessions",
    params(("id" = String, Path)),
    responses((status = 200, body = PortalSessionDetails))
)]
async fn revoke(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PortalSessionDetails>, ApiError> {
    Ok(Json(portal_sessions::revoke(&state.db, &actor, &id).await?))
}

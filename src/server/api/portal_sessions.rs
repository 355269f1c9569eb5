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

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateBody {
    customer: String,
    return_url: Option<String>,
    configuration: Option<String>,
    /// `auto` (the browser's Accept-Language) or a language tag such as `de`.
    locale: Option<String>,
    /// A deep link, in Stripe's `flow_data` shape.
    flow: Option<crate::domain::portal_configuration::FlowData>,
}

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
async fn revoke_for_customer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(customer): Path<String>,
) -> Result<Json<PortalSessionsRevoked>, ApiError> {
    Ok(Json(
        portal_sessions::revoke_for_customer(&state.db, &actor, &customer).await?,
    ))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ListQuery {
    customer: Option<String>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

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

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PortalSessionDetails>, ApiError> {
    Ok(Json(portal_sessions::get(&state.db, &actor, &id).await?))
}

/// Ends one portal session at once (the dashboard's "Revoke"); answers it, `revoked`. One
/// already over, or not this merchant's and mode's, is a 404.
async fn revoke(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PortalSessionDetails>, ApiError> {
    Ok(Json(portal_sessions::revoke(&state.db, &actor, &id).await?))
}

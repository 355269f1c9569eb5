//! `POST /v1/billing/portal/sessions`, `POST /v1/billing/portal/sessions/{id}/revoke`,
//! `POST /v1/customers/{id}/portal_sessions/revoke`
use axum::{
    extract::{Path, State},
    routing::post,
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError,
};
use crate::server::{
    services::{
        objects::PortalSessionObject,
        portal::portal_sessions::{self, CreatePortalSession, PortalSessionsRevoked},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/billing/portal/sessions", post(create))
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
            flow: None,
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

/// What revoking one session answers.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SessionRevoked {
    id: String,
    object: &'static str,
    revoked: bool,
}

/// Ends one portal session at once (the dashboard's "Revoke"); one already over, or not
/// this merchant's and mode's, is a 404.
async fn revoke(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<SessionRevoked>, ApiError> {
    portal_sessions::revoke(&state.db, &actor, &id).await?;
    Ok(Json(SessionRevoked {
        id,
        object: "billing_portal.session",
        revoked: true,
    }))
}

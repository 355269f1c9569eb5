//! `POST /v1/billing/portal/sessions`
use axum::{extract::State, routing::post, Json, Router};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError,
};
use crate::server::{
    services::{
        objects::PortalSessionObject,
        portal_sessions::{self, CreatePortalSession},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/billing/portal/sessions", post(create))
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
        },
    )
    .await?;
    Ok(Json(session))
}

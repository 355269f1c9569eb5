//! `POST /v1/customers`, `GET /v1/customers/{id}`.
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError,
};
use crate::server::{
    services::catalog::{self, CustomerObject},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/customers", post(create))
        .route("/v1/customers/{id}", get(read))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateBody {
    id: Option<String>,
    name: String,
    email: String,
}

async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<CustomerObject>, ApiError> {
    let id = catalog::create_customer(
        &state.db,
        &actor,
        body.id.as_deref(),
        &body.name,
        &body.email,
    )
    .await?;
    Ok(Json(catalog::get_customer(&state.db, &actor, &id).await?))
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CustomerObject>, ApiError> {
    Ok(Json(catalog::get_customer(&state.db, &actor, &id).await?))
}

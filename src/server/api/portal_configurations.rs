//! `/v1/billing/portal/configurations`: create, list, read, update (`default` is an id).
use axum::{
    extract::{Path, State},
    routing::get,
    Json, Router,
};

use super::{
    extract::{ApiActor, ApiJson},
    ApiError, List,
};
use crate::server::{
    services::settings::portal_configurations::{self, ConfigurationChanges, ConfigurationObject},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/billing/portal/configurations", get(list).post(create))
        .route(
            "/v1/billing/portal/configurations/{id}",
            get(read).post(update),
        )
}

async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(changes): ApiJson<ConfigurationChanges>,
) -> Result<Json<ConfigurationObject>, ApiError> {
    Ok(Json(
        portal_configurations::create(&state.db, &actor, changes).await?,
    ))
}

async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<ConfigurationObject>>, ApiError> {
    Ok(Json(List::of(
        portal_configurations::list(&state.db, &actor).await?,
    )))
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<ConfigurationObject>, ApiError> {
    Ok(Json(
        portal_configurations::get(&state.db, &actor, &id).await?,
    ))
}

async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(changes): ApiJson<ConfigurationChanges>,
) -> Result<Json<ConfigurationObject>, ApiError> {
    Ok(Json(
        portal_configurations::update(&state.db, &actor, &id, changes).await?,
    ))
}

//! `POST`/`GET /v1/custom_domains`, `GET`/`DELETE /v1/custom_domains/{id}` and
//! `POST /v1/custom_domains/{id}/verify`.
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError, List,
};
use crate::server::{
    services::settings::custom_domains::{self, CustomDomainObject},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/custom_domains", post(create).get(list))
        .route("/v1/custom_domains/{id}", get(read).delete(remove))
        .route("/v1/custom_domains/{id}/verify", post(verify))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateBody {
    domain: String,
}

async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<CustomDomainObject>, ApiError> {
    let public_url = &state.config.public_url;
    Ok(Json(
        custom_domains::create(&state.db, &actor, public_url, &body.domain).await?,
    ))
}

async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<CustomDomainObject>>, ApiError> {
    let public_url = &state.config.public_url;
    Ok(Json(List::of(
        custom_domains::list(&state.db, &actor, public_url).await?,
    )))
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CustomDomainObject>, ApiError> {
    let public_url = &state.config.public_url;
    Ok(Json(
        custom_domains::get(&state.db, &actor, public_url, &id).await?,
    ))
}

async fn remove(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CustomDomainObject>, ApiError> {
    let public_url = &state.config.public_url;
    Ok(Json(
        custom_domains::delete(&state.db, &actor, public_url, &id).await?,
    ))
}

/// Checks the TXT record now; answers the verified domain, or 400 saying what DNS holds.
async fn verify(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CustomDomainObject>, ApiError> {
    let config = &state.config;
    Ok(Json(
        custom_domains::verify(
            &state.db,
            &actor,
            &config.public_url,
            config.dns_server,
            &id,
        )
        .await?,
    ))
}

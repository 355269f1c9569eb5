//! `POST`/`GET /v1/api_keys`, `POST /v1/api_keys/{id}/roll`, `DELETE /v1/api_keys/{id}`.
use axum::{
    extract::{Path, State},
    routing::{delete, post},
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{optional_json, ApiActor},
    ApiError, List,
};
use crate::server::{
    services::developers::api_keys::{self, ApiKeyObject},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/api_keys", post(create).get(list))
        .route("/v1/api_keys/{id}", delete(revoke))
        .route("/v1/api_keys/{id}/roll", post(roll))
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = ApiKeyCreate)]
struct CreateBody {
    /// What the key is for ("Production server"), at most 100 characters.
    name: Option<String>,
}

/// Create a secret key for the key's mode; its secret is in this answer only.
#[utoipa::path(post, path = "/v1/api_keys", operation_id = "createApiKey", tag = "API keys",
    request_body(content = Option<CreateBody>),
    responses((status = 200, body = ApiKeyObject)))]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    body: axum::body::Bytes,
) -> Result<Json<ApiKeyObject>, ApiError> {
    let body: CreateBody = optional_json(&body)?;
    Ok(Json(api_keys::create(&state.db, &actor, body.name).await?))
}

/// The mode's secret keys, redacted.
#[utoipa::path(get, path = "/v1/api_keys", operation_id = "listApiKeys", tag = "API keys",
    responses((status = 200, body = List<ApiKeyObject>)))]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<ApiKeyObject>>, ApiError> {
    Ok(Json(List::of(api_keys::list(&state.db, &actor).await?)))
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = ApiKeyRoll)]
struct RollBody {
    /// How long the old key keeps working (seconds, at most 7 days; default 0: ends now).
    expires_in_seconds: Option<i64>,
}

/// Replace a key with a new secret; the old one works for `expiresInSeconds` more.
#[utoipa::path(post, path = "/v1/api_keys/{id}/roll", operation_id = "rollApiKey", tag = "API keys",
    params(("id" = String, Path, description = "The key's id")),
    request_body(content = Option<RollBody>),
    responses((status = 200, body = ApiKeyObject)))]
async fn roll(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<ApiKeyObject>, ApiError> {
    let body: RollBody = optional_json(&body)?;
    let overlap = body.expires_in_seconds.unwrap_or(0);
    Ok(Json(api_keys::roll(&state.db, &actor, &id, overlap).await?))
}

/// Revoke a key: it stops working at once.
#[utoipa::path(delete, path = "/v1/api_keys/{id}", operation_id = "revokeApiKey", tag = "API keys",
    params(("id" = String, Path, description = "The key's id")),
    responses((status = 200, body = ApiKeyObject)))]
async fn revoke(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<ApiKeyObject>, ApiError> {
    Ok(Json(api_keys::revoke(&state.db, &actor, &id).await?))
}

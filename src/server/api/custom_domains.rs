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

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CustomDomainCreate)]
struct CreateBody {
    domain: String,
}

/// Add a domain to serve the portal under; answers the DNS records to create.
#[utoipa::path(
    post,
    path = "/v1/custom_domains",
    operation_id = "createCustomDomain",
    tag = "Custom domains",
    request_body = CreateBody,
    responses((status = 200, body = CustomDomainObject))
)]
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

/// Every custom domain.
#[utoipa::path(
    get,
    path = "/v1/custom_domains",
    operation_id = "listCustomDomains",
    tag = "Custom domains",
    responses((status = 200, body = List<CustomDomainObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<CustomDomainObject>>, ApiError> {
    let public_url = &state.config.public_url;
    Ok(Json(List::of(
        custom_domains::list(&state.db, &actor, public_url).await?,
    )))
}

/// One custom domain.
#[utoipa::path(
    get,
    path = "/v1/custom_domains/{id}",
    operation_id = "retrieveCustomDomain",
    tag = "Custom domains",
    params(("id" = String, Path)),
    responses((status = 200, body = CustomDomainObject))
)]
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

/// Stop serving the portal under a domain.
#[utoipa::path(
    delete,
    path = "/v1/custom_domains/{id}",
    operation_id = "deleteCustomDomain",
    tag = "Custom domains",
    params(("id" = String, Path)),
    responses((status = 200, body = CustomDomainObject))
)]
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
#[utoipa::path(
    post,
    path = "/v1/custom_domains/{id}/verify",
    operation_id = "verifyCustomDomain",
    tag = "Custom domains",
    params(("id" = String, Path)),
    responses((status = 200, body = CustomDomainObject))
)]
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

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

/// Create a portal configuration.
#[utoipa::path(
    post,
    path = "/v1/billing/portal/configurations",
    operation_id = "createPortalConfiguration",
    tag = "Portal configurations",
    request_body = ConfigurationChanges,
    responses((status = 200, body = ConfigurationObject))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(changes): ApiJson<ConfigurationChanges>,
) -> Result<Json<ConfigurationObject>, ApiError> {
    Ok(Json(
        portal_configurations::create(&state.db, &actor, changes).await?,
    ))
}

/// Every portal configuration.
#[utoipa::path(
    get,
    path = "/v1/billing/portal/configurations",
    operation_id = "listPortalConfigurations",
    tag = "Portal configurations",
    responses((status = 200, body = List<ConfigurationObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<ConfigurationObject>>, ApiError> {
    Ok(Json(List::of(
        portal_configurations::list(&state.db, &actor).await?,
    )))
}

/// One configuration; `default` names the default one.
#[utoipa::path(
    get,
    path = "/v1/billing/portal/configurations/{id}",
    operation_id = "retrievePortalConfiguration",
    tag = "Portal configurations",
    params(("id" = String, Path)),
    responses((status = 200, body = ConfigurationObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<ConfigurationObject>, ApiError> {
    Ok(Json(
        portal_configurations::get(&state.db, &actor, &id).await?,
    ))
}

/// Change a configuration; `default` names the default one.
#[utoipa::path(
    post,
    path = "/v1/billing/portal/configurations/{id}",
    operation_id = "updatePortalConfiguration",
    tag = "Portal configurations",
    params(("id" = String, Path, description = "The configuration's id, or `default`", example = "default")),
    request_body(content = ConfigurationChanges, example = json!({
        "features": {
            "paymentMethodUpdate": { "enabled": true },
            "invoiceHistory": { "enabled": true },
            "subscriptionCancel": {
                "enabled": true,
                "mode": "at_period_end",
                "retention": { "offerCoupon": "rwd_save20" }
            },
            "subscriptionUpdate": {
                "enabled": true,
                "products": ["prod_basic", "prod_pro"],
                "prorationBehavior": "create_prorations"
            }
        }
    })),
    responses((status = 200, body = ConfigurationObject))
)]
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

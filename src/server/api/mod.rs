//! The merchant REST API (`/v1`): thin adapters from JSON to services, authorised by secret key.
mod api_keys;
mod audit_log;
pub(crate) mod billing;
mod branding;
mod catalog;
mod coupons;
mod custom_domains;
mod customers;
mod error;
mod events;
mod extract;
mod idempotency;
pub mod openapi;
mod payment_processors;
mod portal_configurations;
mod portal_sessions;
mod subscriptions;
mod webhook_endpoints;

use axum::{extract::DefaultBodyLimit, routing::any, Router};

use serde::Serialize;

pub use error::ApiError;

/// `{"object": "list", "data": [...], "hasMore": false}`
#[derive(Serialize, utoipa::ToSchema)]
pub struct List<T> {
    /// Always `list`.
    #[schema(value_type = String, example = "list")]
    object: &'static str,
    data: Vec<T>,
    #[serde(rename = "hasMore")]
    has_more: bool,
}

impl<T> List<T> {
    pub fn of(data: Vec<T>) -> Self {
        Self::page(data, false)
    }

    /// One page of a longer list; `has_more` says whether a next page exists.
    pub fn page(data: Vec<T>, has_more: bool) -> Self {
        Self {
            object: "list",
            data,
            has_more,
        }
    }
}

use super::state::AppState;

/// Largest request body the API reads; anything bigger is answered 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .merge(api_keys::router())
        .merge(portal_sessions::router())
        .merge(portal_configurations::router())
        .merge(coupons::router())
        .merge(catalog::router())
        .merge(subscriptions::router())
        .merge(billing::router())
        .merge(customers::router())
        .merge(events::router())
        .merge(webhook_endpoints::router())
        .merge(audit_log::router())
        .merge(branding::router())
        .merge(custom_domains::router())
        .merge(payment_processors::router())
        .route("/v1/openapi.json", axum::routing::get(openapi::serve))
        .route("/v1/{*rest}", any(|| async { ApiError::route_not_found() }))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            idempotency::layer,
        ))
        .layer(axum::middleware::map_response(with_request_id))
}

/// Every API response carries a `Request-Id` (also a replayed one: each answer is its own
/// request), which the SDK puts on its errors for a merchant to quote.
async fn with_request_id(mut response: axum::response::Response) -> axum::response::Response {
    let id = crate::server::secrets::new_id(crate::domain::ids::prefix::REQUEST);
    if let Ok(value) = axum::http::HeaderValue::from_str(&id) {
        response.headers_mut().insert("request-id", value);
    }
    response
}

//! `GET /v1/events` (filters `type`, `customer`, `createdGte`, `createdLt` in unix seconds;
//! cursor `startingAfter`; `limit` 1–100) and `GET /v1/events/{id}`.
use axum::{
    extract::{Path, Query, State},
    routing::get,
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;

use super::{extract::ApiActor, ApiError, List};
use crate::server::{db::store::events::EventFilter, services::events, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/events", get(list))
        .route("/v1/events/{id}", get(read))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Filter {
    #[serde(rename = "type")]
    event_type: Option<String>,
    customer: Option<String>,
    created_gte: Option<i64>,
    created_lt: Option<i64>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    query: Result<Query<Filter>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<List<Value>>, ApiError> {
    let Query(filter) = query
        .map_err(|rejection| ApiError::invalid("parameter_invalid", None, rejection.body_text()))?;
    let limit = filter.limit.unwrap_or(10);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid(
            "parameter_invalid",
            Some("limit"),
            "limit must be between 1 and 100",
        ));
    }
    let (data, has_more) = events::list(
        &state.db,
        &actor,
        EventFilter {
            event_type: filter.event_type.as_deref(),
            customer_id: filter.customer.as_deref(),
            created_gte: filter.created_gte,
            created_lt: filter.created_lt,
            starting_after: filter.starting_after.as_deref(),
            limit,
        },
    )
    .await?;
    Ok(Json(List::page(data, has_more)))
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(events::get(&state.db, &actor, &id).await?))
}

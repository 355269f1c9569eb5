//! `GET /v1/audit_log` (filters `customer`, `object`, `actor`, `action`, `createdGte`,
//! `createdLt`; cursor `startingAfter`; `limit` 1–100):
//! who changed what, newest first.
use axum::{extract::State, routing::get, Json, Router};
use serde::Deserialize;

use super::{
    extract::{page_limit, ApiActor, ApiQuery},
    ApiError, List,
};
use crate::server::{
    db::store::audit_log::AuditFilter,
    services::developers::audit::{self, AuditEntryObject},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/audit_log", get(list))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct Filter {
    customer: Option<String>,
    /// The changed object's id.
    object: Option<String>,
    /// An actor's id, or a dashboard user's e-mail.
    actor: Option<String>,
    action: Option<String>,
    /// Unix times, as `GET /v1/events` takes them.
    created_gte: Option<i64>,
    created_lt: Option<i64>,
    starting_after: Option<String>,
    limit: Option<i64>,
}

/// Who changed what, newest first.
#[utoipa::path(
    get,
    path = "/v1/audit_log",
    operation_id = "listAuditLog",
    tag = "Audit log",
    params(Filter),
    responses((status = 200, body = List<AuditEntryObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(filter): ApiQuery<Filter>,
) -> Result<Json<List<AuditEntryObject>>, ApiError> {
    let (data, has_more) = audit::list(
        &state.db,
        &actor,
        AuditFilter {
            customer_id: filter.customer.as_deref(),
            object_id: filter.object.as_deref(),
            starting_after: filter.starting_after.as_deref(),
            actor_type: None,
            actor: filter.actor.as_deref(),
            action: filter.action.as_deref(),
            created_gte: filter.created_gte,
            created_lt: filter.created_lt,
            limit: page_limit(filter.limit)?,
        },
    )
    .await?;
    Ok(Json(List::page(data, has_more)))
}

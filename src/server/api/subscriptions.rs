//! `GET /v1/subscriptions/{id}` and `POST /v1/subscriptions/{id}` (switch price).
use axum::{
    extract::{Path, State},
    routing::get,
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson},
    ApiError,
};
use crate::server::{
    services::{objects::SubscriptionObject, subscriptions},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/subscriptions/{id}", get(read).post(update))
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    Ok(Json(subscriptions::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct UpdateBody {
    price: Option<String>,
}

async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    match body.price {
        Some(price) => Ok(Json(
            subscriptions::switch_plan(&state.db, &actor, &id, &price).await?,
        )),
        // Nothing to change: answer with the subscription as it is.
        None => Ok(Json(subscriptions::get(&state.db, &actor, &id).await?)),
    }
}

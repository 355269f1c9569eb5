//! `GET`, `POST` (update) and `DELETE` (cancel now) `/v1/subscriptions/{id}`.
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
    services::{
        objects::SubscriptionObject,
        subscriptions::{self, CancelRequest},
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/v1/subscriptions/{id}",
        get(read).post(update).delete(cancel_now),
    )
}

async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    Ok(Json(subscriptions::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CancellationDetailsBody {
    reason: Option<String>,
    comment: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct UpdateBody {
    price: Option<String>,
    cancel_at_period_end: Option<bool>,
    cancellation_details: Option<CancellationDetailsBody>,
    coupon: Option<String>,
}

/// Applies the given changes in a fixed order, each through its own service operation
/// (and event), and answers with the subscription as it ends up.
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    let db = &state.db;
    let mut result = None;
    if let Some(price) = body.price {
        result = Some(subscriptions::switch_plan(db, &actor, &id, &price).await?);
    }
    if let Some(coupon) = body.coupon {
        result = Some(subscriptions::apply_coupon(db, &actor, &id, &coupon).await?);
    }
    match body.cancel_at_period_end {
        Some(true) => {
            let details = body.cancellation_details.unwrap_or_default();
            let request = CancelRequest {
                at_period_end: true,
                reason: details.reason,
                comment: details.comment,
            };
            result = Some(subscriptions::cancel(db, &actor, &id, request).await?);
        }
        Some(false) => {
            let current = subscriptions::get(db, &actor, &id).await?;
            result = Some(if current.cancel_at_period_end {
                subscriptions::reactivate(db, &actor, &id).await?
            } else {
                current
            });
        }
        None => {}
    }
    match result {
        Some(subscription) => Ok(Json(subscription)),
        // Nothing to change: answer with the subscription as it is.
        None => Ok(Json(subscriptions::get(db, &actor, &id).await?)),
    }
}

async fn cancel_now(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    let request = CancelRequest {
        at_period_end: false,
        reason: None,
        comment: None,
    };
    Ok(Json(
        subscriptions::cancel(&state.db, &actor, &id, request).await?,
    ))
}

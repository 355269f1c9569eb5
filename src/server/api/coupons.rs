//! `POST`/`GET /v1/coupons`, `GET /v1/coupons/{id}`
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
    services::billing::coupons::{self, CouponObject, CreateCoupon},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/coupons", post(create).get(list))
        .route("/v1/coupons/{id}", get(read))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CouponCreate)]
struct CreateBody {
    id: Option<String>,
    name: Option<String>,
    percent_off: Option<f64>,
    amount_off: Option<i64>,
    currency: Option<String>,
    duration: String,
    duration_in_months: Option<u32>,
}

/// Create a coupon: `percentOff`, or `amountOff` with `currency`.
#[utoipa::path(
    post,
    path = "/v1/coupons",
    operation_id = "createCoupon",
    tag = "Coupons",
    request_body = CreateBody,
    responses((status = 200, body = CouponObject))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<CouponObject>, ApiError> {
    let request = CreateCoupon {
        id: body.id,
        name: body.name,
        percent_off: body.percent_off,
        amount_off: body.amount_off,
        currency: body.currency,
        duration: body.duration,
        duration_in_months: body.duration_in_months,
    };
    Ok(Json(coupons::create(&state.db, &actor, request).await?))
}

/// Every coupon.
#[utoipa::path(
    get,
    path = "/v1/coupons",
    operation_id = "listCoupons",
    tag = "Coupons",
    responses((status = 200, body = List<CouponObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<CouponObject>>, ApiError> {
    Ok(Json(List::of(coupons::list(&state.db, &actor).await?)))
}

/// One coupon.
#[utoipa::path(
    get,
    path = "/v1/coupons/{id}",
    operation_id = "retrieveCoupon",
    tag = "Coupons",
    params(("id" = String, Path)),
    responses((status = 200, body = CouponObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CouponObject>, ApiError> {
    Ok(Json(coupons::get(&state.db, &actor, &id).await?))
}

//! `GET`, `POST` (update) and `DELETE` (cancel now) `/v1/subscriptions/{id}`.
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;

use super::{
    extract::{ApiActor, ApiJson, ApiQuery},
    ApiError, List,
};
use crate::{
    domain::portal_configuration::ProrationBehavior,
    server::{
        services::{
            billing::plan_changes::{self, PlanChange},
            billing::subscriptions::{self, CancelRequest, PauseChange, SubscriptionUpdate},
            objects::SubscriptionObject,
        },
        state::AppState,
    },
    views::ChangePreview,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/subscriptions", get(list).post(create))
        .route(
            "/v1/subscriptions/{id}",
            get(read).post(update).delete(cancel_now),
        )
        .route("/v1/subscriptions/{id}/preview", post(preview))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = SubscriptionCreate)]
struct CreateBody {
    customer: String,
    price: String,
    quantity: Option<i64>,
}

/// Subscribe a customer to a price; the first invoice is charged at once.
#[utoipa::path(
    post,
    path = "/v1/subscriptions",
    operation_id = "createSubscription",
    tag = "Subscriptions",
    request_body = CreateBody,
    responses((status = 200, body = SubscriptionObject))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    Ok(Json(
        subscriptions::create(
            &state.db,
            &state.payments,
            &actor,
            &body.customer,
            &body.price,
            body.quantity,
        )
        .await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct ListFilter {
    customer: Option<String>,
}

/// `GET /v1/subscriptions?customer=cust_...`
#[utoipa::path(
    get,
    path = "/v1/subscriptions",
    operation_id = "listSubscriptions",
    tag = "Subscriptions",
    params(ListFilter),
    responses((status = 200, body = List<SubscriptionObject>))
)]
async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(filter): ApiQuery<ListFilter>,
) -> Result<Json<List<SubscriptionObject>>, ApiError> {
    let customer = filter.customer.ok_or_else(|| {
        ApiError::invalid(
            "parameter_missing",
            Some("customer"),
            "Filter by customer: ?customer=cust_...",
        )
    })?;
    Ok(Json(List::of(
        subscriptions::list_for_customer(&state.db, &actor, &customer).await?,
    )))
}

/// One subscription.
#[utoipa::path(
    get,
    path = "/v1/subscriptions/{id}",
    operation_id = "retrieveSubscription",
    tag = "Subscriptions",
    params(("id" = String, Path)),
    responses((status = 200, body = SubscriptionObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    Ok(Json(subscriptions::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CancellationDetailsInput)]
struct CancellationDetailsBody {
    reason: Option<String>,
    comment: Option<String>,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = SubscriptionUpdate)]
struct UpdateBody {
    price: Option<String>,
    quantity: Option<i64>,
    proration_behavior: Option<ProrationBehavior>,
    /// Unix seconds within the current period, as a preview returned it.
    proration_date: Option<i64>,
    cancel_at_period_end: Option<bool>,
    cancellation_details: Option<CancellationDetailsBody>,
    coupon: Option<String>,
    /// `{"resumesAt": ...}` (or `{}`) pauses; `null` resumes.
    #[serde(default, deserialize_with = "super::extract::present")]
    pause_collection: Option<Option<PauseBody>>,
    /// `null` drops a plan change scheduled for the period end.
    #[serde(default, deserialize_with = "super::extract::present")]
    pending_update: Option<Option<Value>>,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = PauseCollectionInput)]
struct PauseBody {
    /// Unix seconds.
    resumes_at: Option<i64>,
}

/// The price/quantity part of a request, as one plan change.
fn plan_change(body: &UpdateBody) -> Option<PlanChange> {
    (body.price.is_some() || body.quantity.is_some()).then(|| PlanChange {
        price: body.price.clone(),
        quantity: body.quantity,
        proration_behavior: body.proration_behavior,
        proration_date: body.proration_date,
        confirmed_quote: None,
    })
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = SubscriptionPreview)]
struct PreviewBody {
    price: Option<String>,
    quantity: Option<i64>,
    proration_behavior: Option<ProrationBehavior>,
    proration_date: Option<i64>,
}

/// `POST /v1/subscriptions/{id}/preview`: the same preview the portal shows.
#[utoipa::path(
    post,
    path = "/v1/subscriptions/{id}/preview",
    operation_id = "previewSubscriptionUpdate",
    tag = "Subscriptions",
    params(("id" = String, Path)),
    request_body = PreviewBody,
    responses((status = 200, body = ChangePreview))
)]
async fn preview(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PreviewBody>,
) -> Result<Json<ChangePreview>, ApiError> {
    let change = PlanChange {
        price: body.price,
        quantity: body.quantity,
        proration_behavior: body.proration_behavior,
        proration_date: body.proration_date,
        confirmed_quote: None,
    };
    Ok(Json(
        plan_changes::preview(&state.db, &actor, &id, &change).await?,
    ))
}

/// Applies every given change in one service call (one transaction), and answers with the
/// subscription as it ends up.
#[utoipa::path(
    post,
    path = "/v1/subscriptions/{id}",
    operation_id = "updateSubscription",
    tag = "Subscriptions",
    params(("id" = String, Path)),
    request_body = UpdateBody,
    responses((status = 200, body = SubscriptionObject))
)]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    let drop_pending_update = match body.pending_update {
        Some(None) => true,
        Some(Some(_)) => {
            return Err(ApiError::invalid(
                "parameter_invalid",
                Some("pendingUpdate"),
                "pendingUpdate can only be set to null (to drop a scheduled change)",
            ))
        }
        None => false,
    };
    let plan_change = plan_change(&body);
    let details = body.cancellation_details.unwrap_or_default();
    let update = SubscriptionUpdate {
        plan_change,
        coupon: body.coupon,
        drop_pending_update,
        pause: body.pause_collection.map(|pause| match pause {
            Some(pause) => PauseChange::Pause {
                resumes_at: pause.resumes_at,
            },
            None => PauseChange::Resume,
        }),
        cancel_at_period_end: body.cancel_at_period_end,
        cancellation_reason: details.reason,
        cancellation_comment: details.comment,
    };
    Ok(Json(
        subscriptions::update(&state.db, &state.payments, &actor, &id, update).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct CancelQuery {
    /// `?prorate=true` credits the unused time to the customer's next invoice.
    #[serde(default)]
    prorate: bool,
}

/// Cancel a subscription now.
#[utoipa::path(
    delete,
    path = "/v1/subscriptions/{id}",
    operation_id = "cancelSubscription",
    tag = "Subscriptions",
    params(("id" = String, Path), CancelQuery),
    responses((status = 200, body = SubscriptionObject))
)]
async fn cancel_now(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<CancelQuery>,
) -> Result<Json<SubscriptionObject>, ApiError> {
    let request = CancelRequest {
        prorate: query.prorate,
        at_period_end: false,
        reason: None,
        comment: None,
    };
    Ok(Json(
        subscriptions::cancel(&state.db, &actor, &id, request).await?,
    ))
}

//! `/v1/products` and `/v1/prices`.
use axum::{
    extract::{Path, State},
    routing::get,
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{ApiActor, ApiJson, ApiQuery},
    ApiError, List,
};
use crate::server::{
    services::{
        billing::products::{self, CreatePrice, ProductChanges, ProductObject},
        objects::PriceObject,
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/products", get(list_products).post(create_product))
        .route("/v1/products/{id}", get(read_product).post(update_product))
        .route("/v1/prices", get(list_prices).post(create_price))
        .route("/v1/prices/{id}", get(read_price).post(update_price))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = ProductCreate)]
struct ProductBody {
    id: Option<String>,
    name: String,
    description: Option<String>,
}

/// Create a product.
#[utoipa::path(
    post,
    path = "/v1/products",
    operation_id = "createProduct",
    tag = "Products and prices",
    request_body = ProductBody,
    responses((status = 200, body = ProductObject))
)]
async fn create_product(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<ProductBody>,
) -> Result<Json<ProductObject>, ApiError> {
    Ok(Json(
        products::create_product(&state.db, &actor, body.id, body.name, body.description).await?,
    ))
}

/// Every product.
#[utoipa::path(
    get,
    path = "/v1/products",
    operation_id = "listProducts",
    tag = "Products and prices",
    responses((status = 200, body = List<ProductObject>))
)]
async fn list_products(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<ProductObject>>, ApiError> {
    Ok(Json(List::of(
        products::list_products(&state.db, &actor).await?,
    )))
}

/// One product.
#[utoipa::path(
    get,
    path = "/v1/products/{id}",
    operation_id = "retrieveProduct",
    tag = "Products and prices",
    params(("id" = String, Path)),
    responses((status = 200, body = ProductObject))
)]
async fn read_product(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<ProductObject>, ApiError> {
    Ok(Json(products::get_product(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = ProductUpdate)]
struct ProductUpdateBody {
    name: Option<String>,
    description: Option<String>,
    active: Option<bool>,
}

/// Rename, describe, or archive a product.
#[utoipa::path(
    post,
    path = "/v1/products/{id}",
    operation_id = "updateProduct",
    tag = "Products and prices",
    params(("id" = String, Path)),
    request_body = ProductUpdateBody,
    responses((status = 200, body = ProductObject))
)]
async fn update_product(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ProductUpdateBody>,
) -> Result<Json<ProductObject>, ApiError> {
    let changes = ProductChanges {
        name: body.name,
        description: body.description,
        active: body.active,
    };
    Ok(Json(
        products::update_product(&state.db, &actor, &id, changes).await?,
    ))
}

/// Only `active` changes: a different amount or interval is a new price.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = PriceUpdate)]
struct PriceUpdateBody {
    active: bool,
}

/// Archive or restore a price: only `active` changes.
#[utoipa::path(
    post,
    path = "/v1/prices/{id}",
    operation_id = "updatePrice",
    tag = "Products and prices",
    params(("id" = String, Path)),
    request_body = PriceUpdateBody,
    responses((status = 200, body = PriceObject))
)]
async fn update_price(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PriceUpdateBody>,
) -> Result<Json<PriceObject>, ApiError> {
    Ok(Json(
        products::set_price_active(&state.db, &actor, &id, body.active).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = PriceRecurring)]
struct Recurring {
    interval: String,
    interval_count: Option<i64>,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = PriceCreate)]
struct PriceBody {
    id: Option<String>,
    product: String,
    unit_amount: i64,
    currency: String,
    recurring: Recurring,
    lookup_key: Option<String>,
}

/// Create a recurring price for a product.
#[utoipa::path(
    post,
    path = "/v1/prices",
    operation_id = "createPrice",
    tag = "Products and prices",
    request_body = PriceBody,
    responses((status = 200, body = PriceObject))
)]
async fn create_price(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<PriceBody>,
) -> Result<Json<PriceObject>, ApiError> {
    let request = CreatePrice {
        id: body.id,
        product: body.product,
        unit_amount: body.unit_amount,
        currency: body.currency,
        interval: body.recurring.interval,
        interval_count: body.recurring.interval_count,
        lookup_key: body.lookup_key,
    };
    Ok(Json(
        products::create_price(&state.db, &actor, request).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
struct PriceFilter {
    product: Option<String>,
    lookup_key: Option<String>,
}

/// Every price, or those of one product or lookup key.
#[utoipa::path(
    get,
    path = "/v1/prices",
    operation_id = "listPrices",
    tag = "Products and prices",
    params(PriceFilter),
    responses((status = 200, body = List<PriceObject>))
)]
async fn list_prices(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(filter): ApiQuery<PriceFilter>,
) -> Result<Json<List<PriceObject>>, ApiError> {
    Ok(Json(List::of(
        products::list_prices(
            &state.db,
            &actor,
            filter.product.as_deref(),
            filter.lookup_key.as_deref(),
        )
        .await?,
    )))
}

/// One price.
#[utoipa::path(
    get,
    path = "/v1/prices/{id}",
    operation_id = "retrievePrice",
    tag = "Products and prices",
    params(("id" = String, Path)),
    responses((status = 200, body = PriceObject))
)]
async fn read_price(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PriceObject>, ApiError> {
    Ok(Json(products::get_price(&state.db, &actor, &id).await?))
}

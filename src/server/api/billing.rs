//! Invoices, payment methods and test clocks:
//! `GET /v1/invoices?customer=`, `GET /v1/invoices/{id}`, `POST /v1/invoices/{id}/pay`,
//! `POST /v1/invoices/{id}/void`, `GET /v1/invoices/{id}/pdf`, `GET /v1/invoices/{id}/receipt`,
//! `POST /v1/invoices/{id}/receipt/revoke_links`,
//! `POST /v1/test_helpers/test_clocks/advance`.
use axum::{
    extract::{Path, Query, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

use super::{
    extract::{ApiActor, ApiJson},
    ApiError, List,
};
use crate::server::{
    services::{
        billing::invoice_documents,
        billing::invoices,
        billing::receipts,
        billing::test_clocks::{self, TestClockObject},
        objects::InvoiceObject,
    },
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/invoices", get(list_invoices))
        .route("/v1/invoices/{id}", get(read_invoice))
        .route("/v1/invoices/{id}/pay", post(pay_invoice))
        .route("/v1/invoices/{id}/void", post(void_invoice))
        .route("/v1/invoices/{id}/pdf", get(invoice_pdf))
        .route("/v1/invoices/{id}/receipt", get(invoice_receipt))
        .route(
            "/v1/invoices/{id}/receipt/revoke_links",
            post(revoke_receipt_links),
        )
        .route("/v1/test_helpers/test_clocks/advance", post(advance_clock))
}

#[derive(Deserialize)]
struct CustomerFilter {
    customer: Option<String>,
    limit: Option<i64>,
}

pub(super) fn field_error(param: &'static str, message: &str) -> ApiError {
    ApiError::invalid("parameter_invalid", Some(param), message)
}

fn customer_filter(filter: &CustomerFilter) -> Result<&str, ApiError> {
    filter.customer.as_deref().ok_or_else(|| {
        ApiError::invalid(
            "parameter_missing",
            Some("customer"),
            "Filter by customer: ?customer=cust_...",
        )
    })
}

async fn list_invoices(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Query(filter): Query<CustomerFilter>,
) -> Result<Json<List<InvoiceObject>>, ApiError> {
    let customer = customer_filter(&filter)?;
    let limit = filter.limit.unwrap_or(10);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid(
            "parameter_invalid",
            Some("limit"),
            "limit must be between 1 and 100",
        ));
    }
    Ok(Json(List::of(
        invoices::list_for_customer(&state.db, &actor, customer, limit).await?,
    )))
}

async fn read_invoice(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<InvoiceObject>, ApiError> {
    Ok(Json(invoices::get(&state.db, &actor, &id).await?))
}

async fn pay_invoice(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<InvoiceObject>, ApiError> {
    Ok(Json(
        invoices::pay(&state.db, &state.payments, &actor, &id).await?,
    ))
}

/// `GET /v1/invoices/{id}/pdf`: the invoice as a PDF download.
async fn invoice_pdf(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<axum::response::Response, ApiError> {
    let pdf = invoice_documents::invoice_pdf(&state.db, &actor, &id).await?;
    Ok(pdf_response(&pdf.filename, pdf.bytes))
}

/// `POST /v1/invoices/{id}/receipt/revoke_links`: every PDF link issued so far stops working;
/// answers the receipt with a fresh link.
async fn revoke_receipt_links(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<receipts::ReceiptObject>, ApiError> {
    receipts::revoke_links(&state.db, &actor, &id).await?;
    invoice_receipt(State(state), ApiActor(actor), Path(id)).await
}

/// `GET /v1/invoices/{id}/receipt`: the receipt kept when the invoice was paid.
async fn invoice_receipt(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<receipts::ReceiptObject>, ApiError> {
    Ok(Json(
        receipts::get(
            &state.db,
            &actor,
            &id,
            &receipts::LinkSigner::from_config(&state.config),
            state.config.mail.is_some(),
        )
        .await?,
    ))
}

async fn void_invoice(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<InvoiceObject>, ApiError> {
    Ok(Json(invoices::void(&state.db, &actor, &id).await?))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AdvanceBody {
    customer: String,
    /// Unix seconds, or an RFC 3339 time.
    frozen_time: Value,
}

async fn advance_clock(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<AdvanceBody>,
) -> Result<Json<TestClockObject>, ApiError> {
    let frozen_time = match &body.frozen_time {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => OffsetDateTime::parse(s, &Rfc3339)
            .ok()
            .map(OffsetDateTime::unix_timestamp),
        _ => None,
    }
    .ok_or_else(|| {
        field_error(
            "frozenTime",
            "frozenTime must be unix seconds or an RFC 3339 time such as 2027-01-01T00:00:00Z",
        )
    })?;
    Ok(Json(
        test_clocks::advance(
            &state.db,
            &state.payments,
            &actor,
            &body.customer,
            frozen_time,
        )
        .await?,
    ))
}

/// A PDF as a download named after the invoice number, never cached by shared caches
/// (the API's and the portal's invoice PDFs).
pub fn pdf_response(filename: &str, bytes: Vec<u8>) -> axum::response::Response {
    use axum::{
        http::{header, HeaderValue},
        response::IntoResponse,
    };
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        bytes,
    )
        .into_response()
}

//! Invoices, payment methods and test clocks:
//! `GET /v1/invoices?customer=`, `GET /v1/invoices/{id}`, `POST /v1/invoices/{id}/pay`,
//! `POST /v1/invoices/{id}/void`, `GET /v1/invoices/{id}/pdf`, `GET /v1/invoices/{id}/receipt`,
//! `POST /v1/invoices/{id}/receipt/revoke_links`,
//! `POST /v1/test_helpers/test_clocks/advance`.
use axum::{
    extract::{Path, State},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

use super::{
    extract::{page_limit, ApiActor, ApiJson, ApiQuery},
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

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
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

/// A customer's invoices, newest first.
#[utoipa::path(
    get,
    path = "/v1/invoices",
    operation_id = "listInvoices",
    tag = "Invoices",
    params(CustomerFilter),
    responses((status = 200, body = List<InvoiceObject>))
)]
async fn list_invoices(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(filter): ApiQuery<CustomerFilter>,
) -> Result<Json<List<InvoiceObject>>, ApiError> {
    let customer = customer_filter(&filter)?;
    let limit = page_limit(filter.limit)?;
    Ok(Json(List::of(
        invoices::list_for_customer(&state.db, &actor, customer, limit).await?,
    )))
}

/// One invoice.
#[utoipa::path(
    get,
    path = "/v1/invoices/{id}",
    operation_id = "retrieveInvoice",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, body = InvoiceObject))
)]
async fn read_invoice(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<InvoiceObject>, ApiError> {
    Ok(Json(invoices::get(&state.db, &actor, &id).await?))
}

/// Charge an open invoice now on the customer's default payment method.
#[utoipa::path(
    post,
    path = "/v1/invoices/{id}/pay",
    operation_id = "payInvoice",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, body = InvoiceObject))
)]
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
#[utoipa::path(
    get,
    path = "/v1/invoices/{id}/pdf",
    operation_id = "invoicePdf",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, description = "The invoice as a PDF document", content_type = "application/pdf", body = Vec<u8>))
)]
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
#[utoipa::path(
    post,
    path = "/v1/invoices/{id}/receipt/revoke_links",
    operation_id = "revokeReceiptLinks",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, body = receipts::ReceiptObject))
)]
async fn revoke_receipt_links(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<receipts::ReceiptObject>, ApiError> {
    receipts::revoke_links(&state.db, &actor, &id).await?;
    invoice_receipt(State(state), ApiActor(actor), Path(id)).await
}

/// `GET /v1/invoices/{id}/receipt`: the receipt kept when the invoice was paid.
#[utoipa::path(
    get,
    path = "/v1/invoices/{id}/receipt",
    operation_id = "retrieveInvoiceReceipt",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, body = receipts::ReceiptObject))
)]
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

/// Void an open invoice: nothing more is collected.
#[utoipa::path(
    post,
    path = "/v1/invoices/{id}/void",
    operation_id = "voidInvoice",
    tag = "Invoices",
    params(("id" = String, Path)),
    responses((status = 200, body = InvoiceObject))
)]
async fn void_invoice(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<InvoiceObject>, ApiError> {
    Ok(Json(invoices::void(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = TestClockAdvance)]
struct AdvanceBody {
    customer: String,
    /// Unix seconds, or an RFC 3339 time.
    frozen_time: Value,
}

/// Move a test-mode customer's clock forward: renewals, trials and retries due by then run now.
#[utoipa::path(
    post,
    path = "/v1/test_helpers/test_clocks/advance",
    operation_id = "advanceTestClock",
    tag = "Test helpers",
    request_body = AdvanceBody,
    responses((status = 200, body = TestClockObject))
)]
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

//! The API's OpenAPI 3.1 document (`GET /v1/openapi.json`), generated from the handlers'
//! `#[utoipa::path]` annotations and the objects' `ToSchema` derives. What every operation
//! shares (the bearer scheme, the error shape and the statuses any request can meet) is added
//! here once, so that no handler can forget it.
use std::sync::OnceLock;

use serde::Serialize;
use utoipa::{
    openapi::{
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
        ContentBuilder, ObjectBuilder, RefOr, ResponseBuilder, Type,
    },
    Modify, OpenApi, ToSchema,
};

use super::{
    api_keys, audit_log, billing, branding, catalog, coupons, custom_domains, customers, events,
    payment_processors, portal_configurations, portal_sessions, subscriptions, webhook_endpoints,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "VINR Portal API",
        description = "The merchant REST API of VINR Portal: mint portal sessions, configure the portal, \
            manage customers, the catalogue, subscriptions and invoices, and receive signed webhooks. \
            Authenticate with `Authorization: Bearer sk_test_...` (test mode) or `sk_live_...` (live mode). \
            Every `POST` and `DELETE` accepts an `Idempotency-Key` header.",
        version = "1",
    ),
    paths(
        api_keys::create,
        api_keys::list,
        api_keys::roll,
        api_keys::revoke,
        audit_log::list,
        billing::list_invoices,
        billing::read_invoice,
        billing::pay_invoice,
        billing::invoice_pdf,
        billing::revoke_receipt_links,
        billing::invoice_receipt,
        billing::void_invoice,
        billing::advance_clock,
        branding::read,
        branding::update,
        catalog::create_product,
        catalog::list_products,
        catalog::read_product,
        catalog::update_product,
        catalog::update_price,
        catalog::create_price,
        catalog::list_prices,
        catalog::read_price,
        coupons::create,
        coupons::list,
        coupons::read,
        custom_domains::create,
        custom_domains::list,
        custom_domains::read,
        custom_domains::remove,
        custom_domains::verify,
        customers::create,
        customers::read,
        customers::update,
        customers::list_payment_methods,
        customers::attach_payment_method,
        customers::detach,
        customers::list_tax_ids,
        customers::add_tax_id,
        customers::delete_tax_id,
        events::list,
        events::read,
        events::resend,
        payment_processors::connect,
        payment_processors::list,
        portal_configurations::create,
        portal_configurations::list,
        portal_configurations::read,
        portal_configurations::update,
        portal_sessions::create,
        portal_sessions::revoke_for_customer,
        portal_sessions::list,
        portal_sessions::read,
        portal_sessions::revoke,
        subscriptions::create,
        subscriptions::list,
        subscriptions::read,
        subscriptions::preview,
        subscriptions::update,
        subscriptions::cancel_now,
        webhook_endpoints::send_test_event,
        webhook_endpoints::deliveries,
        webhook_endpoints::create,
        webhook_endpoints::list,
        webhook_endpoints::read,
        webhook_endpoints::update,
        webhook_endpoints::remove,
    ),
    components(schemas(ErrorResponse, ErrorDetail)),
    modifiers(&SharedByEveryOperation),
    security(("secretKey" = [])),
)]
struct ApiDoc;

/// The document as JSON, built once per process.
pub fn document_json() -> &'static str {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    DOCUMENT.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

/// `GET /v1/openapi.json`, without a key: the document is public, like the routes it describes.
pub async fn serve() -> impl axum::response::IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=300"),
        ],
        document_json(),
    )
}

/// `{"error": {...}}`: every error the API answers.
#[derive(Serialize, ToSchema)]
#[allow(dead_code)] // Describes `error::Body`, which borrows; never built itself.
struct ErrorResponse {
    error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
#[allow(dead_code)]
struct ErrorDetail {
    /// `invalid_request_error`, `authentication_error`, `card_error` or `api_error`.
    #[serde(rename = "type")]
    #[schema(example = "invalid_request_error")]
    kind: String,
    /// Machine-readable: `resource_missing`, `parameter_invalid`, `parameter_missing`, ...
    #[schema(example = "resource_missing")]
    code: String,
    /// For a person to read; never parse it.
    message: String,
    /// The request field the error is about, when there is one (`items.0.price`).
    param: Option<String>,
}

/// The statuses any operation can answer besides its own success.
const SHARED_ERRORS: &[(&str, &str, &str)] = &[
    ("400", "BadRequest", "The request is invalid: a parameter, the body, or an idempotency key reused for a different request"),
    ("401", "Unauthorized", "No API key, or an invalid one"),
    ("402", "PaymentDeclined", "The payment was declined"),
    ("403", "Forbidden", "The key's mode or the merchant's settings do not allow this"),
    ("404", "NotFound", "No such object for this key's merchant and mode"),
    ("409", "Conflict", "The object's state does not allow this now, or a request with this idempotency key is still running"),
    ("413", "PayloadTooLarge", "The request body is too large"),
    ("500", "ServerError", "Something went wrong on the server; retrying with the same idempotency key is safe"),
];

struct SharedByEveryOperation;

impl Modify for SharedByEveryOperation {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "secretKey",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("sk_test_... or sk_live_...")
                    .description(Some(
                        "A secret API key from the dashboard (Developers → API keys).",
                    ))
                    .build(),
            ),
        );
        let error_body = ContentBuilder::new()
            .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                "ErrorResponse",
            ))))
            .build();
        for (_, name, description) in SHARED_ERRORS {
            components.responses.insert(
                name.to_string(),
                ResponseBuilder::new()
                    .description(*description)
                    .content("application/json", error_body.clone())
                    .build()
                    .into(),
            );
        }
        let idempotency_key = idempotency_key_parameter();
        for item in openapi.paths.paths.values_mut() {
            let writes = [item.post.as_mut(), item.delete.as_mut()];
            for operation in writes.into_iter().flatten() {
                operation
                    .parameters
                    .get_or_insert_with(Vec::new)
                    .push(idempotency_key.clone());
            }
            let operations = [
                item.get.as_mut(),
                item.post.as_mut(),
                item.delete.as_mut(),
                item.put.as_mut(),
                item.patch.as_mut(),
            ];
            for operation in operations.into_iter().flatten() {
                for (status, name, _) in SHARED_ERRORS {
                    operation
                        .responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| {
                            RefOr::Ref(utoipa::openapi::Ref::new(format!(
                                "#/components/responses/{name}"
                            )))
                        });
                }
            }
        }
    }
}

fn idempotency_key_parameter() -> utoipa::openapi::path::Parameter {
    use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
    ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(ParameterIn::Header)
        .required(utoipa::openapi::Required::False)
        .description(Some(
            "Up to 255 characters. A repeat with the same key and request within 24 hours answers the saved response with `Idempotent-Replayed: true`.",
        ))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .max_length(Some(255))
                .build(),
        ))
        .build()
}

//! Customers and their payment methods: `POST /v1/customers`, `GET`/`POST
//! /v1/customers/{id}`, `GET`/`POST /v1/customers/{id}/payment_methods` (cards and IBANs
//! in test mode only), `POST /v1/payment_methods/{id}/detach`, `GET`/`POST
//! /v1/customers/{id}/tax_ids`, `DELETE /v1/customers/{id}/tax_ids/{tax_id}`.
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::Value;

use super::{
    billing::field_error,
    extract::{ApiActor, ApiJson},
    ApiError, List,
};
use crate::{
    domain::address::Address,
    server::{
        processors::MethodKind,
        services::{
            customers::payment_methods::{self, CardInput, SepaInput},
            customers::processor_methods,
            customers::{self, CustomerObject, DetailsUpdate, TaxIdObject},
            objects::PaymentMethodObject,
        },
        state::AppState,
    },
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/customers", post(create))
        .route("/v1/customers/{id}", get(read).post(update))
        .route(
            "/v1/customers/{id}/payment_methods",
            get(list_payment_methods).post(attach_payment_method),
        )
        .route("/v1/payment_methods/{id}/detach", post(detach))
        .route(
            "/v1/customers/{id}/tax_ids",
            get(list_tax_ids).post(add_tax_id),
        )
        .route(
            "/v1/customers/{id}/tax_ids/{tax_id}",
            axum::routing::delete(delete_tax_id),
        )
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CustomerCreate)]
struct CreateBody {
    id: Option<String>,
    name: String,
    email: String,
    phone: Option<String>,
    address: Option<Address>,
    /// Languages the customer reads, most preferred first (`["de-AT", "en"]`; at most 10).
    preferred_locales: Option<Vec<String>>,
}

/// Create a customer.
#[utoipa::path(
    post,
    path = "/v1/customers",
    operation_id = "createCustomer",
    tag = "Customers",
    request_body = CreateBody,
    responses((status = 200, body = CustomerObject))
)]
async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<Json<CustomerObject>, ApiError> {
    let new = customers::NewCustomer {
        id: body.id,
        name: body.name,
        email: body.email,
        phone: body.phone,
        address: body.address,
        preferred_locales: body.preferred_locales,
    };
    let id = customers::create(&state.db, &actor, new).await?;
    Ok(Json(customers::get(&state.db, &actor, &id).await?))
}

/// One customer.
#[utoipa::path(
    get,
    path = "/v1/customers/{id}",
    operation_id = "retrieveCustomer",
    tag = "Customers",
    params(("id" = String, Path)),
    responses((status = 200, body = CustomerObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<CustomerObject>, ApiError> {
    Ok(Json(customers::get(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CustomerInvoiceSettings)]
struct InvoiceSettings {
    default_payment_method: String,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = CustomerUpdate)]
struct UpdateBody {
    name: Option<String>,
    email: Option<String>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "super::extract::present")]
    phone: Option<Option<String>>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "super::extract::present")]
    address: Option<Option<Address>>,
    invoice_settings: Option<InvoiceSettings>,
    /// Languages the customer reads, most preferred first; `[]` clears them.
    preferred_locales: Option<Vec<String>>,
}

/// `POST /v1/customers/{id}`: name, email, phone, address (all checked before anything is
/// saved) and the default payment method (`invoiceSettings.defaultPaymentMethod`).
#[utoipa::path(
    post,
    path = "/v1/customers/{id}",
    operation_id = "updateCustomer",
    tag = "Customers",
    params(("id" = String, Path)),
    request_body = UpdateBody,
    responses((status = 200, body = CustomerObject))
)]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<CustomerObject>, ApiError> {
    let update = customers::CustomerUpdate {
        details: DetailsUpdate {
            name: body.name,
            email: body.email,
            phone: body.phone,
            address: body.address,
        },
        default_payment_method: body
            .invoice_settings
            .map(|settings| settings.default_payment_method),
        preferred_locales: body.preferred_locales,
    };
    customers::update(&state.db, &actor, &id, update).await?;
    Ok(Json(customers::get(&state.db, &actor, &id).await?))
}

/// The customer's cards and SEPA mandates.
#[utoipa::path(
    get,
    path = "/v1/customers/{id}/payment_methods",
    operation_id = "listPaymentMethods",
    tag = "Customers",
    params(("id" = String, Path)),
    responses((status = 200, body = List<PaymentMethodObject>))
)]
async fn list_payment_methods(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<List<PaymentMethodObject>>, ApiError> {
    Ok(Json(List::of(
        payment_methods::list(&state.db, &actor, &id).await?,
    )))
}

/// What `POST /v1/customers/{id}/payment_methods` reads (field by field, see
/// [`attach_payment_method`]): a processor's payment method in either mode, or card or bank
/// details in test mode only.
#[derive(utoipa::ToSchema)]
#[schema(as = AttachPaymentMethod, rename_all = "camelCase")]
#[allow(dead_code)] // Describes the body; the handler reads it as JSON field by field.
struct AttachPaymentMethodBody {
    #[schema(rename = "type")]
    kind: MethodKindName,
    /// The processor's id (`pm_...`) of a card or mandate collected with it.
    processor_payment_method: Option<String>,
    /// Make it the customer's default payment method.
    make_default: Option<bool>,
    /// Test mode only: a test card.
    card: Option<TestCardInput>,
    /// Test mode only: a test IBAN.
    sepa_debit: Option<TestSepaInput>,
    billing_details: Option<BillingDetailsInput>,
}

#[derive(utoipa::ToSchema)]
#[schema(as = PaymentMethodType, rename_all = "snake_case")]
#[allow(dead_code)]
enum MethodKindName {
    Card,
    SepaDebit,
}

#[derive(utoipa::ToSchema)]
#[schema(rename_all = "camelCase")]
#[allow(dead_code)]
struct TestCardInput {
    #[schema(example = "4242424242424242")]
    number: String,
    exp_month: u8,
    exp_year: i32,
    cvc: String,
}

#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct TestSepaInput {
    #[schema(example = "DE89370400440532013000")]
    iban: String,
}

#[derive(utoipa::ToSchema)]
#[schema(rename_all = "camelCase")]
#[allow(dead_code)]
struct BillingDetailsInput {
    name: Option<String>,
    email: Option<String>,
    address: Option<PostalCodeInput>,
}

#[derive(utoipa::ToSchema)]
#[schema(rename_all = "camelCase")]
#[allow(dead_code)]
struct PostalCodeInput {
    postal_code: Option<String>,
}

/// `{"type": "card" | "sepa_debit", "processorPaymentMethod": "pm_..."}`: a card or mandate
/// the merchant collected with its processor, in either mode with a processor. Otherwise
/// `{"type": "card", "card": {"number", "expMonth", "expYear", "cvc"}}` or
/// `{"type": "sepa_debit", "sepaDebit": {"iban"}, "billingDetails": {"name", "email"}}`, in
/// test mode only: live card and bank details enter through the processor's own fields.
/// Read field by field so that no error message can echo a card number or IBAN back.
#[utoipa::path(
    post,
    path = "/v1/customers/{id}/payment_methods",
    operation_id = "attachPaymentMethod",
    tag = "Customers",
    params(("id" = String, Path)),
    request_body = AttachPaymentMethodBody,
    responses((status = 200, body = PaymentMethodObject))
)]
async fn attach_payment_method(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(customer): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Value>,
) -> Result<Json<PaymentMethodObject>, ApiError> {
    if let Some(processor_method) = body.get("processorPaymentMethod") {
        let processor_method = processor_method.as_str().ok_or_else(|| {
            field_error(
                "processorPaymentMethod",
                "processorPaymentMethod must be the processor's payment method id (pm_...)",
            )
        })?;
        let kind = body["type"]
            .as_str()
            .and_then(MethodKind::parse)
            .ok_or_else(|| field_error("type", "type must be card or sepa_debit"))?;
        return Ok(Json(
            processor_methods::attach_existing(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &actor,
                &customer,
                processor_methods::ExistingMethod {
                    kind,
                    payment_method: processor_method,
                    make_default: body["makeDefault"].as_bool().unwrap_or(false),
                },
            )
            .await?,
        ));
    }
    if actor.livemode() {
        return Err(field_error(
            "type",
            "Card and bank details are accepted through the API in test mode only; in live mode send processorPaymentMethod, or customers enter them in the portal",
        ));
    }
    let object = match body["type"].as_str() {
        Some("card") => {
            let card = &body["card"];
            let number = card["number"]
                .as_str()
                .ok_or_else(|| field_error("card.number", "card.number must be a string"))?;
            let exp_month = card["expMonth"]
                .as_u64()
                .and_then(|m| u8::try_from(m).ok())
                .ok_or_else(|| {
                    field_error("card.expMonth", "card.expMonth must be a month number")
                })?;
            let exp_year = card["expYear"]
                .as_i64()
                .and_then(|y| i32::try_from(y).ok())
                .ok_or_else(|| {
                    field_error("card.expYear", "card.expYear must be a four-digit year")
                })?;
            let cvc = card["cvc"]
                .as_str()
                .ok_or_else(|| field_error("card.cvc", "card.cvc must be a string"))?;
            let input = CardInput {
                number: number.to_string(),
                exp_month,
                exp_year,
                cvc: cvc.to_string(),
                cardholder_name: body["billingDetails"]["name"].as_str().map(str::to_string),
                postal_code: body["billingDetails"]["address"]["postalCode"]
                    .as_str()
                    .map(str::to_string),
                make_default: false,
            };
            payment_methods::attach_card(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &actor,
                &customer,
                input,
            )
            .await?
        }
        Some("sepa_debit") => {
            let iban = body["sepaDebit"]["iban"]
                .as_str()
                .ok_or_else(|| field_error("sepaDebit.iban", "sepaDebit.iban must be a string"))?;
            let details = &body["billingDetails"];
            let input = SepaInput {
                iban: iban.to_string(),
                account_holder_name: details["name"].as_str().unwrap_or_default().to_string(),
                email: details["email"].as_str().unwrap_or_default().to_string(),
                // A test-mode API call stands for the customer's acceptance.
                mandate_accepted: true,
                ip: "api".to_string(),
                user_agent: headers
                    .get("user-agent")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string(),
                make_default: false,
            };
            payment_methods::attach_sepa_debit(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &actor,
                &customer,
                input,
            )
            .await?
        }
        _ => return Err(field_error("type", "type must be card or sepa_debit")),
    };
    Ok(Json(object))
}

/// Remove a payment method from its customer.
#[utoipa::path(
    post,
    path = "/v1/payment_methods/{id}/detach",
    operation_id = "detachPaymentMethod",
    tag = "Customers",
    params(("id" = String, Path)),
    responses((status = 200, body = PaymentMethodObject))
)]
async fn detach(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<PaymentMethodObject>, ApiError> {
    Ok(Json(
        payment_methods::detach_by_id(&state.db, &actor, &id).await?,
    ))
}

/// The customer's tax IDs.
#[utoipa::path(
    get,
    path = "/v1/customers/{id}/tax_ids",
    operation_id = "listTaxIds",
    tag = "Customers",
    params(("id" = String, Path)),
    responses((status = 200, body = List<TaxIdObject>))
)]
async fn list_tax_ids(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<List<TaxIdObject>>, ApiError> {
    Ok(Json(List::of(
        customers::list_tax_ids(&state.db, &actor, &id).await?,
    )))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = TaxIdCreate)]
struct TaxIdBody {
    #[serde(rename = "type")]
    kind: String,
    value: String,
    country: Option<String>,
}

/// Add a tax ID, checked for its type and country.
#[utoipa::path(
    post,
    path = "/v1/customers/{id}/tax_ids",
    operation_id = "createTaxId",
    tag = "Customers",
    params(("id" = String, Path)),
    request_body = TaxIdBody,
    responses((status = 200, body = TaxIdObject))
)]
async fn add_tax_id(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TaxIdBody>,
) -> Result<Json<TaxIdObject>, ApiError> {
    Ok(Json(
        customers::add_tax_id(
            &state.db,
            &actor,
            &id,
            &body.kind,
            &body.value,
            body.country.as_deref(),
        )
        .await?,
    ))
}

/// Remove a tax ID.
#[utoipa::path(
    delete,
    path = "/v1/customers/{id}/tax_ids/{tax_id}",
    operation_id = "deleteTaxId",
    tag = "Customers",
    params(("id" = String, Path), ("tax_id" = String, Path)),
    responses((status = 200, body = TaxIdObject))
)]
async fn delete_tax_id(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((id, tax_id)): Path<(String, String)>,
) -> Result<Json<TaxIdObject>, ApiError> {
    Ok(Json(
        customers::delete_tax_id(&state.db, &actor, &id, &tax_id).await?,
    ))
}

//! The changes a customer's page offers, each confirmed first: cancel a subscription (at
//! the period end or now) or keep one scheduled to cancel, pay or void an open invoice.
//! Each calls the service the REST API calls, as the signed-in user, and comes back to
//! the customer's page with the outcome.
use axum::{
    extract::{Path, Query, State},
    http::request::Parts,
    response::Response,
};

use super::responses::{actor_for, see_other, server_error};
use crate::domain::dashboard::Permission;
use crate::i18n::Language;
use crate::server::{
    services::{
        billing::{invoices, subscriptions},
        payments::Decline,
        Actor, ServiceError,
    },
    state::AppState,
};
use crate::ui::words::{headers_language, t, t_in};

/// What a `?done=` code says on the customer's page.
pub fn done_message(code: &str) -> String {
    t(match code {
        "cancel_period_end" => "dash-customer-done-cancel-period-end",
        "cancel_now" => "dash-customer-done-cancel-now",
        "reactivated" => "dash-customer-done-reactivated",
        "paid" => "dash-customer-done-paid",
        "voided" => "dash-customer-done-voided",
        _ => "dash-done",
    })
}

/// A refused charge, told to the merchant (the portal tells the customer in its own words).
fn decline_message(decline: &Decline) -> &'static str {
    match decline {
        Decline::CardDeclined => "dash-decline-card-declined",
        Decline::InsufficientFunds => "dash-decline-insufficient-funds",
        Decline::ExpiredCard => "dash-decline-expired-card",
        Decline::IncorrectCvc => "dash-decline-incorrect-cvc",
        Decline::DebitFailed => "dash-decline-debit-failed",
        Decline::AuthenticationRequired => "dash-decline-authentication-required",
        Decline::Refused(_) => "dash-decline-refused",
        Decline::NoPaymentMethod => "dash-decline-no-payment-method",
        Decline::Unavailable => "dash-decline-unavailable",
    }
}

fn customer_page(customer: &str) -> String {
    format!("/dashboard/customers/{customer}")
}

/// The signed-in user who may change customers' billing; otherwise the answer to send.
async fn manager(state: &AppState, parts: &Parts, customer: &str) -> Result<Actor, Response> {
    let language = headers_language(&parts.headers);
    actor_for(state, parts, Permission::ManageCustomers, || {
        refused(customer, &t_in(language, "dash-role-owner-or-admin", &[]))
    })
    .await
}

fn refused(customer: &str, message: &str) -> Response {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("refused", message)
        .finish();
    see_other(&format!("{}?{query}", customer_page(customer)))
}

/// The outcome of a change as the answer to its post.
fn outcome<T>(
    language: Language,
    customer: &str,
    result: Result<T, ServiceError>,
    done: &str,
    what: &str,
) -> Response {
    let words = |key: &str| t_in(language, key, &[]);
    match result {
        Ok(_) => see_other(&format!("{}?done={done}", customer_page(customer))),
        Err(ServiceError::NotFound { .. }) => refused(customer, &words("dash-customer-not-theirs")),
        Err(ServiceError::Invalid { message, .. }) => refused(customer, &message),
        Err(ServiceError::Refused(refusal)) => refused(customer, &refusal.to_string()),
        Err(ServiceError::PaymentFailed(decline)) => {
            refused(customer, &words(decline_message(&decline)))
        }
        Err(error) => server_error(error, what),
    }
}

#[derive(serde::Deserialize, Default)]
pub struct CancelQuery {
    #[serde(default)]
    when: String,
}

/// `POST /dashboard/customers/{customer}/subscriptions/{id}/cancel?when=period_end|now`.
pub async fn cancel_subscription(
    State(state): State<AppState>,
    Path((customer, id)): Path<(String, String)>,
    Query(query): Query<CancelQuery>,
    parts: Parts,
) -> Response {
    let actor = match manager(&state, &parts, &customer).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let at_period_end = query.when != "now";
    let request = subscriptions::CancelRequest {
        at_period_end,
        reason: None,
        comment: None,
        prorate: false,
    };
    let done = if at_period_end {
        "cancel_period_end"
    } else {
        "cancel_now"
    };
    let result = subscriptions::cancel(&state.db, &actor, &id, request).await;
    let language = headers_language(&parts.headers);
    outcome(
        language,
        &customer,
        result,
        done,
        "canceling a subscription",
    )
}

/// `POST /dashboard/customers/{customer}/subscriptions/{id}/reactivate`.
pub async fn reactivate_subscription(
    State(state): State<AppState>,
    Path((customer, id)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let actor = match manager(&state, &parts, &customer).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let result = subscriptions::reactivate(&state.db, &actor, &id).await;
    let language = headers_language(&parts.headers);
    outcome(
        language,
        &customer,
        result,
        "reactivated",
        "keeping a subscription",
    )
}

/// `POST /dashboard/customers/{customer}/invoices/{id}/pay`.
pub async fn pay_invoice(
    State(state): State<AppState>,
    Path((customer, id)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let actor = match manager(&state, &parts, &customer).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let result = invoices::pay(&state.db, &state.payments, &actor, &id).await;
    let language = headers_language(&parts.headers);
    outcome(language, &customer, result, "paid", "paying an invoice")
}

/// `POST /dashboard/customers/{customer}/invoices/{id}/void`.
pub async fn void_invoice(
    State(state): State<AppState>,
    Path((customer, id)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let actor = match manager(&state, &parts, &customer).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let result = invoices::void(&state.db, &actor, &id).await;
    let language = headers_language(&parts.headers);
    outcome(language, &customer, result, "voided", "voiding an invoice")
}

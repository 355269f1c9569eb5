//! The post of Settings → Payments: connecting Stripe, as the signed-in owner or admin in
//! live mode, through the service `POST /v1/payment_processors` calls. A refusal names the
//! field and never carries a key back into the address.
use axum::{body::Bytes, extract::State, http::request::Parts, response::Response};

use super::payments::PAYMENTS;
use super::responses::{actor_for, see_other, server_error};
use crate::domain::dashboard::Permission;
use crate::server::{
    services::{
        settings::payment_processors::{self, ConnectProcessor},
        ServiceError,
    },
    state::AppState,
};
use crate::ui::words::{headers_language, t_in};

fn refused(message: &str, field: Option<&str>) -> Response {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("error", &format!("{}.", message.trim_end_matches('.')));
    if let Some(field) = field {
        query.append_pair("field", field);
    }
    see_other(&format!("{PAYMENTS}?{}", query.finish()))
}

#[derive(serde::Deserialize, Default)]
struct ConnectForm {
    #[serde(default)]
    secret_key: String,
    #[serde(default)]
    webhook_secret: String,
    #[serde(default)]
    publishable_key: String,
}

/// `POST /dashboard/settings/payments/connect`.
pub async fn connect(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let language = headers_language(&parts.headers);
    let actor = match actor_for(&state, &parts, Permission::ManageSettings, || {
        refused(&t_in(language, "dash-role-owner-or-admin", &[]), None)
    })
    .await
    {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let form: ConnectForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let request = ConnectProcessor {
        processor: "stripe".to_string(),
        secret_key: form.secret_key,
        webhook_secret: form.webhook_secret,
        publishable_key: form.publishable_key,
    };
    match payment_processors::connect(&state.db, &state.payments, &actor, request).await {
        Ok(_) => see_other(&format!("{PAYMENTS}?done=connected")),
        Err(ServiceError::Invalid { param, message }) => {
            let field = match param.as_ref() {
                "secretKey" => Some("secret_key"),
                "webhookSecret" => Some("webhook_secret"),
                "publishableKey" => Some("publishable_key"),
                _ => None,
            };
            refused(&message, field)
        }
        Err(error) => server_error(error, "connecting Stripe"),
    }
}

//! The Stripe adapter: Stripe's REST API over HTTPS with the server's HTTP client (reqwest,
//! already here for webhooks: a Stripe SDK crate would bring a second HTTP stack and a
//! thousand generated types for the eight calls we make). Form-encoded requests, a Bearer
//! secret key, and an `Idempotency-Key` on every write.
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use super::{
    ChargeOutcome, ChargeRequest, CollectedMethod, Collection, Decline, MethodKind,
    NewProcessorCustomer, PaymentProcessor, ProcessorFuture,
};
use crate::domain::{card::CardNumber, iban::Iban};

/// Stripe's API, unless the operator names another (`VINR_STRIPE_API_BASE`).
pub const DEFAULT_API_BASE: &str = "https://api.stripe.com";
/// Stripe.js, unless the operator names another (`VINR_STRIPE_JS_URL`).
pub const DEFAULT_JS_URL: &str = "https://js.stripe.com/v3/";
/// The API version our requests are written for.
const API_VERSION: &str = "2024-06-20";

/// Where the adapter reaches Stripe, shared by every merchant's connection.
#[derive(Clone, Debug)]
pub struct StripeSettings {
    pub api_base: String,
    pub js_url: String,
    http: reqwest::Client,
}

impl StripeSettings {
    pub fn new(api_base: &str, js_url: &str) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .user_agent(concat!("VINR-Portal/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            api_base: api_base.trim_end_matches('/').to_string(),
            js_url: js_url.to_string(),
            http,
        })
    }

    /// The adapter for one merchant's secret (or restricted) key.
    pub fn processor(&self, secret_key: &str) -> StripeProcessor {
        StripeProcessor {
            settings: self.clone(),
            secret_key: secret_key.to_string(),
        }
    }
}

pub struct StripeProcessor {
    settings: StripeSettings,
    secret_key: String,
}

/// Stripe's error body: `{"error": {"code", "decline_code", "message", "payment_intent"}}`.
#[derive(Debug, Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: StripeError,
}

#[derive(Debug, Deserialize, Default)]
struct StripeError {
    code: Option<String>,
    decline_code: Option<String>,
    message: Option<String>,
    payment_intent: Option<Value>,
}

type Form = Vec<(String, String)>;

fn pair(name: &str, value: impl Into<String>) -> (String, String) {
    (name.to_string(), value.into())
}

impl StripeProcessor {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        form: Option<(Form, &str)>,
    ) -> Result<Value, Decline> {
        let url = format!("{}{path}", self.settings.api_base);
        let mut request = self
            .settings
            .http
            .request(method, &url)
            .bearer_auth(&self.secret_key)
            .header("Stripe-Version", API_VERSION);
        if let Some((form, idempotency_key)) = form {
            let body = serde_urlencoded::to_string(&form)
                .map_err(|error| Decline::Refused(error.to_string()))?;
            request = request
                .header("Idempotency-Key", idempotency_key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body);
        }
        let response = request.send().await.map_err(|error| {
            // The error names the URL, never the key (it is in a header).
            tracing::warn!(error = %error, path, "Stripe could not be reached");
            Decline::Unavailable
        })?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(|error| {
            tracing::warn!(error = %error, path, %status, "Stripe's answer was cut off");
            Decline::Unavailable
        })?;
        let body: Value = serde_json::from_slice(&bytes).map_err(|error| {
            tracing::warn!(error = %error, path, %status, "Stripe answered something other than JSON");
            Decline::Unavailable
        })?;
        if status.is_success() {
            return Ok(body);
        }
        let error = serde_json::from_value::<ErrorBody>(body)
            .unwrap_or_default()
            .error;
        tracing::info!(
            path, %status, code = ?error.code, decline_code = ?error.decline_code,
            "Stripe refused a request"
        );
        Err(match status.as_u16() {
            402 => {
                let code = error.decline_code.or(error.code).unwrap_or_default();
                if code == "authentication_required" {
                    if let Some(id) = error
                        .payment_intent
                        .as_ref()
                        .and_then(|intent| intent["id"].as_str())
                    {
                        return Ok(serde_json::json!({
                            "id": id, "object": "payment_intent", "status": "requires_action"
                        }));
                    }
                }
                Decline::from_code(&code)
            }
            429 | 500..=599 => Decline::Unavailable,
            _ => Decline::Refused(
                error
                    .message
                    .unwrap_or_else(|| format!("HTTP {status} from {path}")),
            ),
        })
    }

    async fn get(&self, path: &str) -> Result<Value, Decline> {
        self.send(reqwest::Method::GET, path, None).await
    }

    async fn post(&self, path: &str, form: Form, idempotency_key: &str) -> Result<Value, Decline> {
        self.send(reqwest::Method::POST, path, Some((form, idempotency_key)))
            .await
    }

    /// One call that only succeeds with a working key: the account's balance.
    pub async fn check_key(&self) -> Result<(), Decline> {
        self.get("/v1/balance").await.map(|_| ())
    }

    async fn payment_method(&self, id: &str) -> Result<CollectedMethod, Decline> {
        if !is_id(id, "pm_") {
            return Err(Decline::Refused(format!("{id} is not a payment method id")));
        }
        collected_method(&self.get(&format!("/v1/payment_methods/{id}")).await?)
    }
}

/// Whether `id` looks like one of Stripe's ids with `prefix`, so it can go into a path.
fn is_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|rest| {
        !rest.is_empty()
            && rest.len() <= 255
            && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

fn text(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string).filter(|s| !s.is_empty())
}

/// What we keep of a Stripe payment method.
fn collected_method(method: &Value) -> Result<CollectedMethod, Decline> {
    let token = text(&method["id"]).ok_or_else(|| Decline::Refused("no id".to_string()))?;
    let kind = method["type"]
        .as_str()
        .and_then(MethodKind::parse)
        .ok_or_else(|| {
            Decline::Refused(format!(
                "{token} is a {} payment method; cards and SEPA Direct Debit are supported",
                method["type"].as_str().unwrap_or("unknown")
            ))
        })?;
    let billing = &method["billing_details"];
    let mut collected = CollectedMethod {
        token,
        kind,
        brand: String::new(),
        last4: String::new(),
        exp_month: 0,
        exp_year: 0,
        fingerprint: None,
        country: None,
        bank_code: None,
        mandate_reference: None,
        holder_name: text(&billing["name"]),
        holder_email: text(&billing["email"]),
        postal_code: text(&billing["address"]["postal_code"]),
    };
    match kind {
        MethodKind::Card => {
            let card = &method["card"];
            collected.brand = text(&card["brand"]).unwrap_or_else(|| "unknown".to_string());
            collected.last4 = text(&card["last4"]).unwrap_or_default();
            collected.exp_month = card["exp_month"].as_i64().unwrap_or(0);
            collected.exp_year = card["exp_year"].as_i64().unwrap_or(0);
            collected.fingerprint = text(&card["fingerprint"]);
            collected.country = text(&card["country"]);
        }
        MethodKind::SepaDebit => {
            let account = &method["sepa_debit"];
            collected.brand = "sepa_debit".to_string();
            collected.last4 = text(&account["last4"]).unwrap_or_default();
            collected.fingerprint = text(&account["fingerprint"]);
            collected.country = text(&account["country"]);
            collected.bank_code = text(&account["bank_code"]);
            collected.mandate_reference = text(&account["mandate_reference"]);
        }
    }
    Ok(collected)
}

impl PaymentProcessor for StripeProcessor {
    fn takes_numbers(&self) -> bool {
        false
    }

    /// Live mode never sees a card number: the processor's fields collect it.
    fn tokenize_card<'a>(&'a self, _: &'a CardNumber) -> ProcessorFuture<'a, String> {
        Box::pin(async {
            Err(Decline::Refused(
                "live mode collects cards in the processor's own fields".to_string(),
            ))
        })
    }

    fn tokenize_iban<'a>(&'a self, _: &'a Iban) -> ProcessorFuture<'a, String> {
        Box::pin(async {
            Err(Decline::Refused(
                "live mode collects mandates in the processor's own fields".to_string(),
            ))
        })
    }

    fn create_customer<'a>(
        &'a self,
        customer: NewProcessorCustomer<'a>,
    ) -> ProcessorFuture<'a, String> {
        Box::pin(async move {
            let mut form = vec![pair("metadata[vinr_customer]", customer.customer_id)];
            if let Some(name) = customer.name {
                form.push(pair("name", name));
            }
            if let Some(email) = customer.email {
                form.push(pair("email", email));
            }
            let made = self
                .post(
                    "/v1/customers",
                    form,
                    &format!("vinr-customer-{}", customer.customer_id),
                )
                .await?;
            text(&made["id"]).ok_or_else(|| Decline::Refused("no customer id".to_string()))
        })
    }

    fn start_collection<'a>(
        &'a self,
        processor_customer: &'a str,
        kind: MethodKind,
    ) -> ProcessorFuture<'a, Collection> {
        Box::pin(async move {
            let form = vec![
                pair("customer", processor_customer),
                pair("usage", "off_session"),
                pair("payment_method_types[]", kind.as_str()),
            ];
            // A new collection each time the customer opens the form.
            let key = crate::server::secrets::new_id("vinr-setup");
            let intent = self.post("/v1/setup_intents", form, &key).await?;
            match (text(&intent["id"]), text(&intent["client_secret"])) {
                (Some(setup_intent), Some(client_secret)) => Ok(Collection {
                    setup_intent,
                    client_secret,
                }),
                _ => Err(Decline::Refused("no setup intent".to_string())),
            }
        })
    }

    fn finished_collection<'a>(
        &'a self,
        processor_customer: &'a str,
        setup_intent: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod> {
        Box::pin(async move {
            if !is_id(setup_intent, "seti_") {
                return Err(Decline::Refused(format!(
                    "{setup_intent} is not a setup intent id"
                )));
            }
            let intent = self
                .get(&format!("/v1/setup_intents/{setup_intent}"))
                .await?;
            if intent["customer"].as_str() != Some(processor_customer) {
                return Err(Decline::Refused(
                    "that setup intent belongs to another customer".to_string(),
                ));
            }
            if intent["status"].as_str() != Some("succeeded") {
                return Err(Decline::Refused(format!(
                    "the card or mandate is not saved yet (the setup intent is {})",
                    intent["status"].as_str().unwrap_or("unknown")
                )));
            }
            let method = text(&intent["payment_method"])
                .ok_or_else(|| Decline::Refused("no payment method saved".to_string()))?;
            // Stripe attaches the method to the setup intent's customer; attaching again
            // is harmless and makes the customer certain on fakes that do not.
            self.attach_existing(processor_customer, &method).await
        })
    }

    fn attach_existing<'a>(
        &'a self,
        processor_customer: &'a str,
        payment_method: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod> {
        Box::pin(async move {
            let method = self.payment_method(payment_method).await?;
            let attached = self
                .post(
                    &format!("/v1/payment_methods/{payment_method}/attach"),
                    vec![pair("customer", processor_customer)],
                    &format!("vinr-attach-{payment_method}-{processor_customer}"),
                )
                .await?;
            if attached["customer"].as_str() != Some(processor_customer) {
                return Err(Decline::Refused(
                    "the payment method did not attach to the customer".to_string(),
                ));
            }
            Ok(method)
        })
    }

    fn confirmation_secret<'a>(
        &'a self,
        payment: &'a str,
        invoice_id: &'a str,
    ) -> ProcessorFuture<'a, String> {
        Box::pin(async move {
            if !is_id(payment, "pi_") {
                return Err(Decline::Refused(format!(
                    "{payment} is not a payment intent id"
                )));
            }
            let intent = self.get(&format!("/v1/payment_intents/{payment}")).await?;
            if intent["metadata"]["vinr_invoice"].as_str() != Some(invoice_id) {
                return Err(Decline::Refused(
                    "that payment is not this invoice's".to_string(),
                ));
            }
            text(&intent["client_secret"])
                .ok_or_else(|| Decline::Refused("no client secret".to_string()))
        })
    }

    fn charge<'a>(&'a self, request: ChargeRequest<'a>) -> ProcessorFuture<'a, ChargeOutcome> {
        Box::pin(async move {
            let mut form = vec![
                pair("amount", request.amount.to_string()),
                pair("currency", request.currency),
                pair("payment_method", request.token),
                pair("confirm", "true"),
                pair("off_session", "true"),
                pair("metadata[vinr_invoice]", request.invoice_id),
            ];
            if let Some(customer) = request.processor_customer {
                form.push(pair("customer", customer));
            }
            let intent = self
                .post("/v1/payment_intents", form, request.idempotency_key)
                .await?;
            let payment = text(&intent["id"]).unwrap_or_default();
            match intent["status"].as_str().unwrap_or_default() {
                "succeeded" => Ok(ChargeOutcome::Succeeded { payment }),
                "processing" => Ok(ChargeOutcome::Processing { payment }),
                "requires_action" | "requires_confirmation" => {
                    Ok(ChargeOutcome::RequiresAction { payment })
                }
                _ => {
                    let error = &intent["last_payment_error"];
                    let code = error["decline_code"]
                        .as_str()
                        .or(error["code"].as_str())
                        .unwrap_or("card_declined");
                    Err(Decline::from_code(code))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_methods_keep_display_data_only() {
        let card = serde_json::json!({
            "id": "pm_1", "type": "card",
            "billing_details": {"name": "Ada", "address": {"postal_code": "10115"}},
            "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030,
                     "fingerprint": "fp1", "country": "DE"}
        });
        let kept = collected_method(&card).unwrap();
        assert_eq!(kept.kind, MethodKind::Card);
        assert_eq!((kept.last4.as_str(), kept.exp_year), ("4242", 2030));
        assert_eq!(kept.postal_code.as_deref(), Some("10115"));
        let sepa = serde_json::json!({
            "id": "pm_2", "type": "sepa_debit", "billing_details": {},
            "sepa_debit": {"last4": "3000", "country": "DE", "bank_code": "37040044",
                           "mandate_reference": "M1"}
        });
        let kept = collected_method(&sepa).unwrap();
        assert_eq!(kept.kind, MethodKind::SepaDebit);
        assert_eq!(kept.bank_code.as_deref(), Some("37040044"));
        let ideal = serde_json::json!({"id": "pm_3", "type": "ideal"});
        assert!(matches!(collected_method(&ideal), Err(Decline::Refused(_))));
    }

    #[test]
    fn only_well_formed_ids_go_into_paths() {
        assert!(is_id("pm_1AbC", "pm_"));
        assert!(!is_id("pm_", "pm_"));
        assert!(!is_id("pm_1/../../v1/charges", "pm_"));
        assert!(!is_id("seti_1", "pm_"));
    }
}

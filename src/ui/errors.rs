//! Errors the portal's server functions return, in terms the page can act on.
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PortalError {
    /// No valid portal cookie: the customer must open a fresh link from the merchant.
    #[error("Your session has ended")]
    SessionEnded,
    /// Missing, or belonging to someone else: the same answer either way.
    #[error("We couldn't find that")]
    NotFound,
    /// The portal's configuration does not offer this, or this choice is not allowed.
    #[error("{0}")]
    NotAvailable(String),
    /// The confirmed preview is stale or was altered: review the change again.
    #[error("The price of this change has changed. Please review it again.")]
    PriceChanged,
    #[error("Sorry, something went wrong on our side. Please try again.")]
    Server,
    #[error("We couldn't reach the server. Check your connection and try again.")]
    Transport(String),
}

impl PortalError {
    /// A short code for the page's `?error=` parameter; messages are never taken from the URL.
    pub fn code(&self) -> &'static str {
        match self {
            Self::SessionEnded => "session_ended",
            Self::NotFound => "not_found",
            Self::NotAvailable(_) => "not_available",
            Self::PriceChanged => "price_changed",
            Self::Server | Self::Transport(_) => "server_error",
        }
    }

    /// The catalogue key of the message shown for a `?error=` code (`error-card-declined`).
    pub fn message_key_for_code(code: &str) -> Option<&'static str> {
        Some(match code {
            "session_ended" => "error-session-ended",
            "not_found" => "error-not-found",
            "not_available" => "error-not-available",
            "choose_plan" => "error-choose-plan",
            "price_changed" => "error-price-changed",
            "card_number" => "error-card-number",
            "card_expiry" => "error-card-expiry",
            "card_cvc" => "error-card-cvc",
            "card_declined" => "error-card-declined",
            "payment_method_missing" => "error-payment-method-missing",
            "iban_invalid" => "error-iban-invalid",
            "holder_name" => "error-holder-name",
            "card_postal_code" => "error-card-postal-code",
            "holder_email" => "error-holder-email",
            "mandate_required" => "error-mandate-required",
            "last_method" => "error-last-method",
            "payment_failed" => "error-payment-failed",
            "server_error" => "error-server",
            _ => return None,
        })
    }
}

impl FromServerFnError for PortalError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(message) | ServerFnErrorErr::Response(message) => {
                Self::Transport(message)
            }
            _ => Self::Server,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::server::services::ServiceError> for PortalError {
    fn from(error: crate::server::services::ServiceError) -> Self {
        use crate::server::services::ServiceError;
        match error {
            ServiceError::NotFound { .. } => Self::NotFound,
            ServiceError::QuoteChanged => Self::PriceChanged,
            ServiceError::Invalid { message, .. } => Self::NotAvailable(message),
            ServiceError::FeatureDisabled
            | ServiceError::LiveKeyRequired
            | ServiceError::RoleForbids
            | ServiceError::PaymentFailed(_)
            | ServiceError::InvalidFields(_) => Self::NotAvailable(error.to_string()),
            ServiceError::Database(cause) => {
                tracing::error!(error = %cause, "database error in the portal");
                Self::Server
            }
            ServiceError::Internal(cause) => {
                tracing::error!(error = ?cause, "internal error in the portal");
                Self::Server
            }
        }
    }
}

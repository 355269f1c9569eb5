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

    /// The message shown for a `?error=` code.
    pub fn message_for_code(code: &str) -> Option<&'static str> {
        Some(match code {
            "session_ended" => {
                "Your session has ended. Please return and open the billing portal again."
            }
            "not_found" => "We couldn't find that subscription.",
            "not_available" => {
                "That plan isn't available for this subscription. Please choose another."
            }
            "choose_plan" => "Please choose a plan.",
            "price_changed" => {
                "The price of this change has changed since you reviewed it. Please check the new amounts and confirm again."
            }
            "card_number" => "Your card number is incomplete or invalid. Please check it.",
            "card_expiry" => "Your card's expiration date is incomplete or in the past.",
            "card_cvc" => "Your card's security code is incomplete.",
            "card_declined" => "Your card was declined. Please try another card.",
            "payment_method_missing" => "We couldn't find that payment method.",
            "iban_invalid" => {
                "That IBAN isn't valid for SEPA Direct Debit. Please check the country, length and digits."
            }
            "holder_name" => "Please enter the account holder's name.",
            "card_postal_code" => "Enter the postal code of the card's billing address.",
            "holder_email" => "Please enter a valid e-mail address.",
            "mandate_required" => "Please accept the SEPA Direct Debit mandate to continue.",
            "last_method" => {
                "This is your only payment method and a subscription is billed to it. Add another one first."
            }
            "payment_failed" => {
                "The payment did not go through. Please check your card or add another one."
            }
            "server_error" => "Sorry, something went wrong on our side. Please try again.",
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

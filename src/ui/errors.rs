//! Errors the portal's server functions return, in terms the page can act on.
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::domain::subscription::SubscriptionRefusal;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PortalError {
    /// No valid portal cookie: the customer must open a fresh link from the merchant.
    #[error("Your session has ended")]
    SessionEnded,
    /// Missing, or belonging to someone else: the same answer either way.
    #[error("We couldn't find that")]
    NotFound,
    /// The portal's configuration does not offer this, or this choice is not allowed.
    #[error("This is not available here")]
    NotAvailable(Unavailable),
    /// The confirmed preview is stale or was altered: review the change again.
    #[error("The price of this change has changed. Please review it again.")]
    PriceChanged,
    #[error("Sorry, something went wrong on our side. Please try again.")]
    Server,
    #[error("We couldn't reach the server. Check your connection and try again.")]
    Transport(String),
}

/// Why something the customer asked for is not available: the "Not available" screen
/// words each reason in the customer's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unavailable {
    /// The portal's configuration does not offer it.
    Feature,
    /// A subscription change refused for its own reason (a plan or quantity not offered).
    Refused(SubscriptionRefusal),
    /// The payment processor refused the payment.
    PaymentFailed,
    /// Billing details with fields that need attention.
    Fields,
    /// A choice that no longer holds (a pause length, an offer already gone).
    Choice,
}

impl Unavailable {
    /// The catalogue key of the reason, and its placeholders' values by name (a status's
    /// key, or a number).
    pub fn message(&self) -> (&'static str, Vec<(&'static str, UnavailableArg)>) {
        use SubscriptionRefusal as R;
        match self {
            Self::Feature => ("unavailable-feature", Vec::new()),
            Self::PaymentFailed => ("error-payment-failed", Vec::new()),
            Self::Fields => ("unavailable-fields", Vec::new()),
            Self::Choice => ("unavailable-choice", Vec::new()),
            Self::Refused(refusal) => match refusal {
                R::CannotChangePlan(_) => ("refusal-cannot-change-plan", Vec::new()),
                R::QuantityOutOfRange { maximum } => (
                    "refusal-quantity-out-of-range",
                    vec![("maximum", UnavailableArg::Count(*maximum))],
                ),
                R::PlanNotOffered => ("refusal-plan-not-offered", Vec::new()),
                R::QuantityBounds { minimum, maximum } => (
                    "refusal-quantity-bounds",
                    vec![
                        ("minimum", UnavailableArg::Count(*minimum)),
                        ("maximum", UnavailableArg::Count(*maximum)),
                    ],
                ),
                R::QuantityFixed => ("refusal-quantity-fixed", Vec::new()),
                R::PriceUnavailable => ("refusal-price-unavailable", Vec::new()),
                R::CurrencyMismatch { new, current } => (
                    "refusal-currency-mismatch",
                    vec![
                        ("new", UnavailableArg::Code(new.to_uppercase())),
                        ("current", UnavailableArg::Code(current.to_uppercase())),
                    ],
                ),
                R::AlreadyCanceled => ("refusal-already-canceled", Vec::new()),
                R::NoScheduledChange => ("refusal-no-scheduled-change", Vec::new()),
            },
        }
    }
}

/// A value in an [`Unavailable`] reason's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnavailableArg {
    Count(i64),
    /// A currency code, as written (`EUR`).
    Code(String),
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
            ServiceError::Refused(refusal) => Self::NotAvailable(Unavailable::Refused(refusal)),
            ServiceError::Invalid { message, .. } => {
                // A choice the portal's own forms would not offer: logged, told in general.
                tracing::info!(%message, "portal request refused");
                Self::NotAvailable(Unavailable::Choice)
            }
            ServiceError::FeatureDisabled
            | ServiceError::LiveKeyRequired
            | ServiceError::RoleForbids => Self::NotAvailable(Unavailable::Feature),
            ServiceError::PaymentFailed(_) => Self::NotAvailable(Unavailable::PaymentFailed),
            ServiceError::InvalidFields(_) => Self::NotAvailable(Unavailable::Fields),
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

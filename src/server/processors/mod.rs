//! Payment processors: the boundary of every money movement and every card or mandate
//! collection. One adapter per processor: [`test_mode::TestProcessor`] behaves like
//! Stripe's test cards for test mode; [`stripe::StripeProcessor`] talks to Stripe's API (or
//! whatever `VINR_STRIPE_API_BASE` names) for live mode. The product stores only the
//! processor's tokens (payment method ids), never a card number or IBAN.
use std::{future::Future, pin::Pin};

use crate::domain::{card::CardNumber, iban::Iban};

pub mod stripe;
pub mod stripe_events;
pub mod test_mode;

/// Why a processor refused a card, a mandate or a charge. The message is shown to the
/// customer (or the merchant's developer, for [`Decline::Refused`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Decline {
    #[error("Your card was declined")]
    CardDeclined,
    #[error("Your card has insufficient funds")]
    InsufficientFunds,
    #[error("Your card has expired")]
    ExpiredCard,
    #[error("Your card's security code is incorrect")]
    IncorrectCvc,
    #[error("Your bank declined the debit of this account")]
    DebitFailed,
    #[error("Your bank asks you to confirm this payment")]
    AuthenticationRequired,
    #[error("There is no payment method on file")]
    NoPaymentMethod,
    #[error("The payment processor could not be reached; the payment will be retried")]
    Unavailable,
    /// The processor refused the request itself (an unknown payment method, a key without
    /// the right permission); its message, for the merchant's developer.
    #[error("The payment processor refused the request: {0}")]
    Refused(String),
}

impl Decline {
    /// The machine-readable code, as Stripe spells it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::CardDeclined => "card_declined",
            Self::InsufficientFunds => "insufficient_funds",
            Self::ExpiredCard => "expired_card",
            Self::IncorrectCvc => "incorrect_cvc",
            Self::DebitFailed => "debit_not_authorized",
            Self::AuthenticationRequired => "authentication_required",
            Self::NoPaymentMethod => "payment_method_missing",
            Self::Unavailable => "processing_error",
            Self::Refused(_) => "processor_refused",
        }
    }

    /// Our decline for a processor's decline or error code (Stripe's `code` or
    /// `decline_code`): the customer reads one of a few clear sentences, not the bank's code.
    pub fn from_code(code: &str) -> Self {
        match code {
            "insufficient_funds" => Self::InsufficientFunds,
            "expired_card" => Self::ExpiredCard,
            "incorrect_cvc" | "invalid_cvc" => Self::IncorrectCvc,
            "authentication_required" | "card_velocity_exceeded_authentication" => {
                Self::AuthenticationRequired
            }
            "debit_not_authorized"
            | "account_closed"
            | "no_account"
            | "generic_decline_sepa"
            | "insufficient_funds_sepa" => Self::DebitFailed,
            "processing_error" | "rate_limit" | "api_connection_error" => Self::Unavailable,
            _ => Self::CardDeclined,
        }
    }
}

/// A charge of `amount` (minor units of `currency`) to a saved payment method, off session.
/// `idempotency_key` is the same for retries of one attempt, so a processor never charges
/// one attempt twice.
#[derive(Debug, Clone)]
pub struct ChargeRequest<'a> {
    pub token: &'a str,
    /// The processor's customer the method is saved on (live mode).
    pub processor_customer: Option<&'a str>,
    pub amount: i64,
    pub currency: &'a str,
    pub idempotency_key: &'a str,
    /// Our invoice, written into the processor's payment so its events find it again.
    pub invoice_id: &'a str,
}

/// How a charge stands once the processor answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    /// The money moved; the processor's charge (or payment) id.
    Succeeded { payment: String },
    /// A debit the bank answers days later (SEPA); the processor's event settles it.
    Processing { payment: String },
    /// The bank asks the customer to authenticate (3-D Secure) before it pays.
    RequiresAction { payment: String },
}

/// What a card or mandate collection needs in the browser: the processor's setup intent,
/// confirmed there with its client secret by the processor's own script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    pub setup_intent: String,
    pub client_secret: String,
}

/// A card or mandate as the processor holds it: what we keep of it, never the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectedMethod {
    /// The processor's payment method id: the token charges name.
    pub token: String,
    pub kind: MethodKind,
    pub brand: String,
    pub last4: String,
    pub exp_month: i64,
    pub exp_year: i64,
    /// The processor's own fingerprint of the number, to find the same card again.
    pub fingerprint: Option<String>,
    pub country: Option<String>,
    pub bank_code: Option<String>,
    pub mandate_reference: Option<String>,
    pub holder_name: Option<String>,
    pub holder_email: Option<String>,
    pub postal_code: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Card,
    SepaDebit,
}

impl MethodKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Card => "card",
            Self::SepaDebit => "sepa_debit",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "card" => Some(Self::Card),
            "sepa_debit" => Some(Self::SepaDebit),
            _ => None,
        }
    }
}

/// Our customer, as the processor's customer is made for it.
#[derive(Debug, Clone)]
pub struct NewProcessorCustomer<'a> {
    pub customer_id: &'a str,
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
}

pub type ProcessorFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, Decline>> + Send + 'a>>;

pub trait PaymentProcessor: Send + Sync {
    /// Whether card numbers and IBANs are typed into our own form (test mode) rather than
    /// into the processor's fields.
    fn takes_numbers(&self) -> bool;
    /// Test mode: exchanges a card number for a token to charge later, or declines it.
    fn tokenize_card<'a>(&'a self, number: &'a CardNumber) -> ProcessorFuture<'a, String>;
    /// Test mode: registers a SEPA Direct Debit mandate on an IBAN; a token to debit later.
    fn tokenize_iban<'a>(&'a self, iban: &'a Iban) -> ProcessorFuture<'a, String>;
    /// The processor's customer for one of ours (made once; the key makes a retry safe).
    fn create_customer<'a>(
        &'a self,
        customer: NewProcessorCustomer<'a>,
    ) -> ProcessorFuture<'a, String>;
    /// Starts collecting a card or mandate in the processor's fields for its customer.
    fn start_collection<'a>(
        &'a self,
        processor_customer: &'a str,
        kind: MethodKind,
    ) -> ProcessorFuture<'a, Collection>;
    /// The payment method a collection saved, once the browser confirmed it; refused when
    /// the setup intent is not its customer's or has not succeeded.
    fn finished_collection<'a>(
        &'a self,
        processor_customer: &'a str,
        setup_intent: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod>;
    /// Attaches a payment method the merchant collected with the processor before.
    fn attach_existing<'a>(
        &'a self,
        processor_customer: &'a str,
        payment_method: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod>;
    /// Charges a saved payment method off session.
    fn charge<'a>(&'a self, request: ChargeRequest<'a>) -> ProcessorFuture<'a, ChargeOutcome>;
    /// The client secret with which the customer's browser confirms `payment` (3-D Secure),
    /// when the payment is the one made for `invoice_id`.
    fn confirmation_secret<'a>(
        &'a self,
        payment: &'a str,
        invoice_id: &'a str,
    ) -> ProcessorFuture<'a, String>;
}

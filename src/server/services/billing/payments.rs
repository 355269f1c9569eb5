//! Payment processors: the one place money moves. A processor turns card details into a
//! token at attach time and charges tokens later; the product stores only tokens.
use std::{future::Future, pin::Pin};

use crate::domain::{card::CardNumber, iban::Iban};

/// Why a processor refused a card or a charge. The message is shown to the customer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Decline {
    #[error("Your card was declined")]
    CardDeclined,
    #[error("Your card has insufficient funds")]
    InsufficientFunds,
    #[error("There is no payment method on file")]
    NoPaymentMethod,
    #[error("The payment processor could not be reached; the payment will be retried")]
    Unavailable,
}

impl Decline {
    /// The machine-readable code, as Stripe spells it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::CardDeclined => "card_declined",
            Self::InsufficientFunds => "insufficient_funds",
            Self::NoPaymentMethod => "payment_method_missing",
            Self::Unavailable => "processing_error",
        }
    }
}

/// A charge of `amount` (minor units of `currency`) to a token. `idempotency_key` is the
/// same for retries of one attempt, so a processor never charges one attempt twice.
#[derive(Debug, Clone)]
pub struct ChargeRequest<'a> {
    pub token: &'a str,
    pub amount: i64,
    pub currency: &'a str,
    pub idempotency_key: &'a str,
}

pub type ChargeFuture<'a> = Pin<Box<dyn Future<Output = Result<String, Decline>> + Send + 'a>>;

pub trait PaymentProcessor: Send + Sync {
    /// Exchanges a card number for a token to charge later, or declines the card.
    fn tokenize_card(&self, number: &CardNumber) -> Result<String, Decline>;
    /// Registers a SEPA Direct Debit mandate on an IBAN; returns a token to debit later.
    fn tokenize_iban(&self, iban: &Iban) -> Result<String, Decline>;
    /// Charges a token; returns the processor's charge id.
    fn charge<'a>(&'a self, request: ChargeRequest<'a>) -> ChargeFuture<'a>;
}

/// The processor for test mode: behaves like Stripe's test cards.
/// 4000 0000 0000 0002 is declined when attached; 4000 0000 0000 9995 attaches and then
/// every charge fails for insufficient funds; any other valid number succeeds.
pub struct TestProcessor;

const TEST_TOKEN: &str = "tok_test_";

impl PaymentProcessor for TestProcessor {
    fn tokenize_card(&self, number: &CardNumber) -> Result<String, Decline> {
        let behaviour = match number.digits() {
            "4000000000000002" => return Err(Decline::CardDeclined),
            "4000000000009995" => "insufficient_funds",
            "4000000000000341" => "declines_charges",
            _ => "succeeds",
        };
        Ok(format!(
            "{TEST_TOKEN}{behaviour}_{}",
            crate::server::secrets::new_id("card")
        ))
    }

    /// DE62 3704 0044 0532 0130 01 registers, and every debit of it fails (Stripe's test
    /// IBAN); any other valid IBAN succeeds.
    fn tokenize_iban(&self, iban: &Iban) -> Result<String, Decline> {
        let behaviour = match iban.as_str() {
            "DE62370400440532013001" => "declines_charges",
            _ => "succeeds",
        };
        Ok(format!(
            "{TEST_TOKEN}{behaviour}_{}",
            crate::server::secrets::new_id("sepa")
        ))
    }

    fn charge<'a>(&'a self, request: ChargeRequest<'a>) -> ChargeFuture<'a> {
        Box::pin(async move {
            let behaviour = request.token.strip_prefix(TEST_TOKEN).unwrap_or_default();
            if behaviour.starts_with("insufficient_funds_") {
                Err(Decline::InsufficientFunds)
            } else if behaviour.starts_with("declines_charges_") {
                Err(Decline::CardDeclined)
            } else if behaviour.starts_with("succeeds_") {
                Ok(format!("ch_test_{}", &request.idempotency_key))
            } else {
                Err(Decline::CardDeclined)
            }
        })
    }
}

/// The processor for a mode. Live mode has none until a processor is configured.
pub fn processor(livemode: bool) -> Option<&'static dyn PaymentProcessor> {
    static TEST: TestProcessor = TestProcessor;
    (!livemode).then_some(&TEST as &dyn PaymentProcessor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str) -> CardNumber {
        CardNumber::parse(number).unwrap()
    }

    async fn charge(token: &str) -> Result<String, Decline> {
        TestProcessor
            .charge(ChargeRequest {
                token,
                amount: 900,
                currency: "usd",
                idempotency_key: "in_1:1",
            })
            .await
    }

    #[tokio::test]
    async fn stripe_test_cards_behave_as_documented() {
        let good = TestProcessor
            .tokenize_card(&card("4242424242424242"))
            .unwrap();
        assert!(charge(&good).await.is_ok());
        assert_eq!(
            TestProcessor.tokenize_card(&card("4000000000000002")),
            Err(Decline::CardDeclined)
        );
        let poor = TestProcessor
            .tokenize_card(&card("4000000000009995"))
            .unwrap();
        assert_eq!(charge(&poor).await, Err(Decline::InsufficientFunds));
        assert_eq!(charge("tok_unknown").await, Err(Decline::CardDeclined));
        assert!(!good.contains("4242424242424242"));
    }
}

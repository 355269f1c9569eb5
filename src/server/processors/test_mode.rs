//! The processor for test mode: behaves like Stripe's test cards, in memory.
use super::{
    ChargeOutcome, ChargeRequest, CollectedMethod, Collection, Decline, MethodKind,
    NewProcessorCustomer, PaymentProcessor, ProcessorFuture,
};
use crate::domain::{card::CardNumber, iban::Iban};

/// 4000 0000 0000 0002 is declined when attached; 4000 0000 0000 9995 attaches and then
/// every charge fails for insufficient funds; 4000 0000 0000 0341 attaches and its charges
/// are declined; any other valid number succeeds.
pub struct TestProcessor;

const TEST_TOKEN: &str = "tok_test_";

/// Test mode collects in our own form; the processor-field calls refuse.
fn not_in_test_mode<'a, T: Send + 'a>() -> ProcessorFuture<'a, T> {
    Box::pin(async {
        Err(Decline::Refused(
            "test mode takes card numbers and IBANs in the portal's own form".to_string(),
        ))
    })
}

impl PaymentProcessor for TestProcessor {
    fn takes_numbers(&self) -> bool {
        true
    }

    fn tokenize_card<'a>(&'a self, number: &'a CardNumber) -> ProcessorFuture<'a, String> {
        Box::pin(async move {
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
        })
    }

    /// DE62 3704 0044 0532 0130 01 registers, and every debit of it fails (Stripe's test
    /// IBAN); any other valid IBAN succeeds.
    fn tokenize_iban<'a>(&'a self, iban: &'a Iban) -> ProcessorFuture<'a, String> {
        Box::pin(async move {
            let behaviour = match iban.as_str() {
                "DE62370400440532013001" => "declines_charges",
                _ => "succeeds",
            };
            Ok(format!(
                "{TEST_TOKEN}{behaviour}_{}",
                crate::server::secrets::new_id("sepa")
            ))
        })
    }

    fn create_customer<'a>(
        &'a self,
        customer: NewProcessorCustomer<'a>,
    ) -> ProcessorFuture<'a, String> {
        Box::pin(async move { Ok(format!("cus_test_{}", customer.customer_id)) })
    }

    fn start_collection<'a>(
        &'a self,
        _: &'a str,
        _: MethodKind,
    ) -> ProcessorFuture<'a, Collection> {
        not_in_test_mode()
    }

    fn finished_collection<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod> {
        not_in_test_mode()
    }

    fn attach_existing<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
    ) -> ProcessorFuture<'a, CollectedMethod> {
        not_in_test_mode()
    }

    fn confirmation_secret<'a>(&'a self, _: &'a str, _: &'a str) -> ProcessorFuture<'a, String> {
        not_in_test_mode()
    }

    fn charge<'a>(&'a self, request: ChargeRequest<'a>) -> ProcessorFuture<'a, ChargeOutcome> {
        Box::pin(async move {
            let behaviour = request.token.strip_prefix(TEST_TOKEN).unwrap_or_default();
            if behaviour.starts_with("insufficient_funds_") {
                Err(Decline::InsufficientFunds)
            } else if behaviour.starts_with("declines_charges_") {
                Err(Decline::CardDeclined)
            } else if behaviour.starts_with("succeeds_") {
                Ok(ChargeOutcome::Succeeded {
                    payment: format!("ch_test_{}", &request.idempotency_key),
                })
            } else {
                Err(Decline::CardDeclined)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str) -> CardNumber {
        CardNumber::parse(number).unwrap()
    }

    async fn charge(token: &str) -> Result<ChargeOutcome, Decline> {
        TestProcessor
            .charge(ChargeRequest {
                token,
                processor_customer: None,
                amount: 900,
                currency: "usd",
                idempotency_key: "in_1:1",
                invoice_id: "in_1",
            })
            .await
    }

    #[tokio::test]
    async fn stripe_test_cards_behave_as_documented() {
        let good = TestProcessor
            .tokenize_card(&card("4242424242424242"))
            .await
            .unwrap();
        assert!(matches!(
            charge(&good).await,
            Ok(ChargeOutcome::Succeeded { .. })
        ));
        assert_eq!(
            TestProcessor.tokenize_card(&card("4000000000000002")).await,
            Err(Decline::CardDeclined)
        );
        let poor = TestProcessor
            .tokenize_card(&card("4000000000009995"))
            .await
            .unwrap();
        assert_eq!(charge(&poor).await, Err(Decline::InsufficientFunds));
        assert_eq!(charge("tok_unknown").await, Err(Decline::CardDeclined));
        assert!(!good.contains("4242424242424242"));
    }
}

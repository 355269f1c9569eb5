//! Coupons (`rwd_...`): what they take off an invoice and for how long.
use serde::{Deserialize, Serialize};

use super::{money::Currency, proration::round_half_even};

/// How much a coupon takes off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Discount {
    /// Percent off in hundredths of a percent: 2000 is 20%, 1250 is 12.5%.
    PercentOff { basis_points: u32 },
    /// A fixed amount off, in the minor unit of `currency`.
    AmountOff { amount: i64, currency: Currency },
}

/// For which invoices after being applied a coupon keeps discounting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "duration")]
pub enum Duration {
    Once,
    Repeating { months: u32 },
    Forever,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidCoupon {
    #[error("percentOff must be greater than 0 and at most 100")]
    PercentOutOfRange,
    #[error("amountOff must be greater than 0")]
    AmountNotPositive,
    #[error("durationInMonths must be between 1 and 120 for a repeating coupon")]
    MonthsOutOfRange,
}

impl Discount {
    /// Percent off from a decimal percentage with at most two decimals (`20`, `12.5`).
    pub fn percent(percent: f64) -> Result<Self, InvalidCoupon> {
        let basis_points = (percent * 100.0).round();
        if !(1.0..=10_000.0).contains(&basis_points) {
            return Err(InvalidCoupon::PercentOutOfRange);
        }
        Ok(Self::PercentOff {
            basis_points: basis_points as u32,
        })
    }

    pub fn amount(amount: i64, currency: Currency) -> Result<Self, InvalidCoupon> {
        if amount <= 0 {
            return Err(InvalidCoupon::AmountNotPositive);
        }
        Ok(Self::AmountOff { amount, currency })
    }

    /// The discount on a non-negative `subtotal` in `currency`, never more than the subtotal.
    /// An amount-off coupon in another currency takes nothing off.
    pub fn off(&self, subtotal: i64, currency: &Currency) -> i64 {
        if subtotal <= 0 {
            return 0;
        }
        match self {
            Self::PercentOff { basis_points } => {
                round_half_even(i128::from(subtotal) * i128::from(*basis_points), 10_000)
            }
            Self::AmountOff {
                amount,
                currency: own,
            } if own == currency => (*amount).min(subtotal),
            Self::AmountOff { .. } => 0,
        }
    }

    /// "20% off", "$5.00 off"
    pub fn label(&self) -> String {
        match self {
            Self::PercentOff { basis_points } if basis_points % 100 == 0 => {
                format!("{}% off", basis_points / 100)
            }
            Self::PercentOff { basis_points } => {
                format!("{}% off", f64::from(*basis_points) / 100.0)
            }
            Self::AmountOff { amount, currency } => {
                format!(
                    "{} off",
                    super::money::Money::new(*amount, currency.clone()).format()
                )
            }
        }
    }
}

impl Duration {
    pub fn repeating(months: u32) -> Result<Self, InvalidCoupon> {
        if !(1..=120).contains(&months) {
            return Err(InvalidCoupon::MonthsOutOfRange);
        }
        Ok(Self::Repeating { months })
    }

    /// Whether an invoice for a period starting `months_after` whole months after the coupon
    /// was applied is discounted (`0` is the first invoice it applies to). For yearly plans
    /// a repeating coupon covers every invoice that starts within its months.
    pub fn applies(&self, invoice_index: u32, months_after: u32) -> bool {
        match self {
            Self::Once => invoice_index == 0,
            Self::Repeating { months } => months_after < *months,
            Self::Forever => true,
        }
    }

    /// "once", "for 3 months", "forever"
    pub fn label(&self) -> String {
        match self {
            Self::Once => "once".into(),
            Self::Repeating { months: 1 } => "for 1 month".into(),
            Self::Repeating { months } => format!("for {months} months"),
            Self::Forever => "forever".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn currency(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    #[test]
    fn twenty_percent_of_29_dollars_is_5_80() {
        let twenty = Discount::percent(20.0).unwrap();
        assert_eq!(twenty.off(2900, &currency("usd")), 580);
        assert_eq!(twenty.label(), "20% off");
    }

    #[test]
    fn percent_rounds_half_to_even_in_every_exponent() {
        let half = Discount::percent(12.5).unwrap();
        assert_eq!(half.off(100, &currency("jpy")), 12); // ¥12.5 → ¥12
        assert_eq!(half.off(1_250, &currency("kwd")), 156); // 156.25 fils → 156
        assert_eq!(half.off(1_000, &currency("usd")), 125);
        assert_eq!(half.label(), "12.5% off");
    }

    #[test]
    fn amount_off_is_capped_and_needs_the_same_currency() {
        let five = Discount::amount(500, currency("usd")).unwrap();
        assert_eq!(five.off(2900, &currency("usd")), 500);
        assert_eq!(five.off(300, &currency("usd")), 300);
        assert_eq!(five.off(2900, &currency("eur")), 0);
        assert_eq!(five.label(), "$5.00 off");
    }

    #[test]
    fn invalid_coupons_are_refused() {
        assert_eq!(
            Discount::percent(0.0),
            Err(InvalidCoupon::PercentOutOfRange)
        );
        assert_eq!(
            Discount::percent(100.5),
            Err(InvalidCoupon::PercentOutOfRange)
        );
        assert_eq!(
            Discount::amount(0, currency("usd")),
            Err(InvalidCoupon::AmountNotPositive)
        );
        assert_eq!(Duration::repeating(0), Err(InvalidCoupon::MonthsOutOfRange));
    }

    #[test]
    fn durations_across_renewals() {
        let three = Duration::repeating(3).unwrap();
        let applied: Vec<bool> = (0..5).map(|month| three.applies(month, month)).collect();
        assert_eq!(applied, [true, true, true, false, false]);
        assert!(Duration::Once.applies(0, 0));
        assert!(!Duration::Once.applies(1, 1));
        assert!((0..100).all(|month| Duration::Forever.applies(month, month)));
        // A yearly plan: one invoice at month 0, the next at month 12.
        assert!(three.applies(0, 0));
        assert!(!three.applies(1, 12));
        assert_eq!(three.label(), "for 3 months");
    }

    proptest! {
        #[test]
        fn a_discount_never_exceeds_the_subtotal(
            subtotal in 0i64..=10_000_000_000_000, percent in 1u32..=10_000, amount in 1i64..=1_000_000_000,
        ) {
            let usd = currency("usd");
            let by_percent = Discount::PercentOff { basis_points: percent }.off(subtotal, &usd);
            let by_amount = Discount::amount(amount, usd.clone()).unwrap().off(subtotal, &usd);
            prop_assert!((0..=subtotal).contains(&by_percent));
            prop_assert!((0..=subtotal).contains(&by_amount));
        }
    }
}

//! Invoice arithmetic and the payment retry schedule. Pure: the billing service feeds it
//! lines and a coupon and stores what it returns.
use super::{coupon::Discount, money::Currency};

text_enum! {
    /// Where an invoice is in its life: drafted, open for payment, then paid, void or
    /// given up as uncollectible.
    pub enum InvoiceStatus {
        Draft = "draft",
        Open = "open",
        Paid = "paid",
        Void = "void",
        Uncollectible = "uncollectible",
    }
}

text_enum! {
    /// Where a paid invoice's receipt e-mail is: sent, given up, queued to send, or not
    /// sent (no mail server, or no address to send it to).
    pub enum ReceiptEmailStatus {
        Sent = "sent",
        Failed = "failed",
        Sending = "sending",
        NotSent = "not_sent",
    }
}

/// One line of an invoice, in the invoice currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub amount: i64,
    /// Recurring charges are discountable; proration lines and carried credit are not.
    pub discountable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// Sum of the lines.
    pub subtotal: i64,
    /// What the coupon takes off the discountable lines.
    pub discount: i64,
    /// `subtotal - discount`; negative when credit exceeds the charges.
    pub total: i64,
    /// What the customer is charged: the total, never less than zero.
    pub amount_due: i64,
    /// Credit left over when the total is negative, carried to the next invoice.
    pub carried_credit: i64,
}

/// Totals of `lines` with an optional coupon discount.
pub fn totals(lines: &[Line], discount: Option<&Discount>, currency: &Currency) -> Totals {
    let subtotal: i64 = lines.iter().map(|line| line.amount).sum();
    let discountable: i64 = lines
        .iter()
        .filter(|line| line.discountable)
        .map(|line| line.amount)
        .sum();
    let discount = discount.map_or(0, |d| d.off(discountable, currency));
    let total = subtotal - discount;
    Totals {
        subtotal,
        discount,
        total,
        amount_due: total.max(0),
        carried_credit: (-total).max(0),
    }
}

/// Seconds after a failed payment attempt (`attempts` made so far, at least 1) until the
/// next one, or `None` when the invoice is given up as uncollectible: retries 3, 5 and 7
/// days apart, four attempts in all over about two weeks.
pub fn next_retry_after(attempts: i64) -> Option<i64> {
    const DAY: i64 = 86_400;
    match attempts {
        1 => Some(3 * DAY),
        2 => Some(5 * DAY),
        3 => Some(7 * DAY),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd() -> Currency {
        Currency::parse("usd").unwrap()
    }

    #[test]
    fn the_coupon_discounts_only_recurring_lines() {
        let lines = [
            Line {
                amount: 2900,
                discountable: true,
            },
            Line {
                amount: 1000,
                discountable: false,
            },
        ];
        let twenty = Discount::percent(20.0).unwrap();
        let totals = totals(&lines, Some(&twenty), &usd());
        assert_eq!(totals.subtotal, 3900);
        assert_eq!(totals.discount, 580);
        assert_eq!(totals.total, 3320);
        assert_eq!(totals.amount_due, 3320);
        assert_eq!(totals.carried_credit, 0);
    }

    #[test]
    fn credit_beyond_the_charges_is_carried_not_lost() {
        let lines = [
            Line {
                amount: 900,
                discountable: true,
            },
            Line {
                amount: -2000,
                discountable: false,
            },
        ];
        let totals = totals(&lines, None, &usd());
        assert_eq!(totals.total, -1100);
        assert_eq!(totals.amount_due, 0);
        assert_eq!(totals.carried_credit, 1100);
    }

    #[test]
    fn four_attempts_then_uncollectible() {
        assert_eq!(next_retry_after(1), Some(3 * 86_400));
        assert_eq!(next_retry_after(3), Some(7 * 86_400));
        assert_eq!(next_retry_after(4), None);
    }

    proptest! {
        #[test]
        fn amount_due_and_carried_credit_add_up_to_the_total(
            amounts in proptest::collection::vec((-1_000_000_000i64..1_000_000_000, any::<bool>()), 0..20),
            percent in 1u32..=100,
        ) {
            let lines: Vec<Line> = amounts
                .iter()
                .map(|&(amount, discountable)| Line { amount, discountable })
                .collect();
            let discount = Discount::percent(f64::from(percent)).unwrap();
            let totals = totals(&lines, Some(&discount), &usd());
            prop_assert_eq!(totals.amount_due - totals.carried_credit, totals.total);
            prop_assert!(totals.discount >= 0);
            prop_assert!(totals.amount_due >= 0 && totals.carried_credit >= 0);
        }
    }
}

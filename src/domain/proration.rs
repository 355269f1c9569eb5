//! Proration of a mid-period change, to the second, as Stripe computes it: a credit for the
//! unused time on the old price and a charge for the same time on the new one, each line
//! rounded half-to-even to the minor unit on its own. Proration lines are never discounted.

/// A billing period `[start, end)` in unix seconds (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: i64,
    pub end: i64,
}

/// A price and quantity: what a subscription item costs per period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub unit_amount: i64,
    pub quantity: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Unused time on the old item, negative.
    Credit,
    /// Remaining time on the new item, positive.
    Charge,
}

/// One proration line covering `[from, until)` of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProrationLine {
    pub kind: LineKind,
    pub item: Item,
    /// Signed amount in minor units.
    pub amount: i64,
    pub from: i64,
    pub until: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProrationError {
    #[error("the billing period is empty or reversed")]
    EmptyPeriod,
    #[error("amounts and quantities must not be negative")]
    Negative,
}

/// The credit and charge lines for switching from `old` to `new` at `at` within `period`.
/// `at` before the period start counts as the start, after its end as the end.
pub fn prorate(
    old: Item,
    new: Item,
    period: Period,
    at: i64,
) -> Result<[ProrationLine; 2], ProrationError> {
    if period.end <= period.start {
        return Err(ProrationError::EmptyPeriod);
    }
    if old.unit_amount < 0 || old.quantity < 0 || new.unit_amount < 0 || new.quantity < 0 {
        return Err(ProrationError::Negative);
    }
    let from = at.clamp(period.start, period.end);
    let unused = i128::from(period.end - from);
    let length = i128::from(period.end - period.start);
    let share = |item: Item| {
        let full = i128::from(item.unit_amount) * i128::from(item.quantity);
        round_half_even(full * unused, length)
    };
    Ok([
        ProrationLine {
            kind: LineKind::Credit,
            item: old,
            amount: -share(old),
            from,
            until: period.end,
        },
        ProrationLine {
            kind: LineKind::Charge,
            item: new,
            amount: share(new),
            from,
            until: period.end,
        },
    ])
}

/// `numerator / denominator` rounded half to even, for a non-negative numerator and a
/// positive denominator whose quotient fits in i64 (amounts ≤ 10^9 × 10^4 do, with room).
pub fn round_half_even(numerator: i128, denominator: i128) -> i64 {
    debug_assert!(numerator >= 0 && denominator > 0);
    let quotient = numerator / denominator;
    let twice_remainder = 2 * (numerator % denominator);
    let rounded = match twice_remainder.cmp(&denominator) {
        std::cmp::Ordering::Greater => quotient + 1,
        std::cmp::Ordering::Equal => quotient + (quotient & 1),
        std::cmp::Ordering::Less => quotient,
    };
    i64::try_from(rounded).expect("prorated amounts fit in i64")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MONTH: Period = Period {
        start: 1_795_564_800,
        end: 1_795_564_800 + 30 * 86_400,
    };

    fn item(unit_amount: i64, quantity: i64) -> Item {
        Item {
            unit_amount,
            quantity,
        }
    }

    #[test]
    fn half_way_through_the_period_credits_and_charges_half() {
        let [credit, charge] = prorate(
            item(900, 1),
            item(2900, 1),
            MONTH,
            MONTH.start + 15 * 86_400,
        )
        .unwrap();
        assert_eq!(credit.amount, -450);
        assert_eq!(charge.amount, 1450);
        assert_eq!(credit.kind, LineKind::Credit);
        assert_eq!(
            (charge.from, charge.until),
            (MONTH.start + 15 * 86_400, MONTH.end)
        );
    }

    #[test]
    fn rounding_is_half_to_even() {
        assert_eq!(round_half_even(5, 2), 2); // 2.5 → 2
        assert_eq!(round_half_even(7, 2), 4); // 3.5 → 4
        assert_eq!(round_half_even(7, 3), 2); // 2.33 → 2
        assert_eq!(round_half_even(8, 3), 3); // 2.67 → 3
        assert_eq!(round_half_even(0, 3), 0);
    }

    #[test]
    fn zero_decimal_and_three_decimal_currencies_round_to_their_minor_unit() {
        // ¥1,000 (exponent 0) over a third of the period: 333.33 → ¥333.
        let third = MONTH.end - (MONTH.end - MONTH.start) / 3;
        let [credit, _] = prorate(item(1000, 1), item(0, 1), MONTH, third).unwrap();
        assert_eq!(credit.amount, -333);
        // KWD 1.250 (exponent 3, 1250 fils) half-way: 625 fils.
        let [credit, _] =
            prorate(item(1250, 1), item(0, 1), MONTH, MONTH.start + 15 * 86_400).unwrap();
        assert_eq!(credit.amount, -625);
    }

    #[test]
    fn a_switch_at_the_period_end_prorates_nothing() {
        let [credit, charge] = prorate(item(900, 3), item(2900, 1), MONTH, MONTH.end).unwrap();
        assert_eq!((credit.amount, charge.amount), (0, 0));
    }

    #[test]
    fn empty_periods_and_negative_amounts_are_refused() {
        let empty = Period { start: 10, end: 10 };
        assert_eq!(
            prorate(item(1, 1), item(1, 1), empty, 10),
            Err(ProrationError::EmptyPeriod)
        );
        assert_eq!(
            prorate(item(-1, 1), item(1, 1), MONTH, MONTH.start),
            Err(ProrationError::Negative)
        );
    }

    proptest! {
        #[test]
        fn switching_there_and_back_at_once_nets_to_zero(
            a in 0i64..=1_000_000_000, qa in 1i64..=10_000,
            b in 0i64..=1_000_000_000, qb in 1i64..=10_000,
            offset in 0i64..=(30 * 86_400),
        ) {
            let at = MONTH.start + offset;
            let there = prorate(item(a, qa), item(b, qb), MONTH, at).unwrap();
            let back = prorate(item(b, qb), item(a, qa), MONTH, at).unwrap();
            let net: i64 = there.iter().chain(back.iter()).map(|line| line.amount).sum();
            // Within one minor unit per line (four lines); with per-line rounding it is exact.
            prop_assert!(net.abs() <= 4);
        }

        #[test]
        fn a_switch_at_the_period_start_credits_the_full_old_amount(
            a in 0i64..=1_000_000_000, qa in 1i64..=10_000, b in 0i64..=1_000_000_000,
        ) {
            let [credit, charge] = prorate(item(a, qa), item(b, 1), MONTH, MONTH.start).unwrap();
            prop_assert_eq!(credit.amount, -(a * qa));
            prop_assert_eq!(charge.amount, b);
        }

        #[test]
        fn amounts_never_overflow_and_stay_within_the_full_price(
            a in 0i64..=1_000_000_000, qa in 0i64..=10_000,
            b in 0i64..=1_000_000_000, qb in 0i64..=10_000,
            start in 0i64..=4_000_000_000, length in 1i64..=(366 * 86_400), offset in -100i64..=(367 * 86_400),
        ) {
            let period = Period { start, end: start + length };
            let [credit, charge] = prorate(item(a, qa), item(b, qb), period, start + offset).unwrap();
            prop_assert!(credit.amount <= 0 && -credit.amount <= a * qa);
            prop_assert!(charge.amount >= 0 && charge.amount <= b * qb);
        }
    }
}

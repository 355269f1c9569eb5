//! Money as an integer count of a currency's minor unit, and its display.
use serde::{Deserialize, Serialize};

/// An ISO 4217 currency code in lower case, as the API spells it (`usd`, `eur`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a supported ISO 4217 currency code")]
pub struct UnknownCurrency(pub String);

/// (code, minor-unit exponent, symbol) for the currencies we format specially.
/// Codes not listed here but shaped like ISO codes use exponent 2 and the code as prefix.
const KNOWN: &[(&str, u8, Option<&str>)] = &[
    ("usd", 2, Some("$")),
    ("eur", 2, Some("€")),
    ("gbp", 2, Some("£")),
    ("jpy", 0, Some("¥")),
    ("krw", 0, Some("₩")),
    ("inr", 2, Some("₹")),
    ("chf", 2, None),
    ("cad", 2, Some("CA$")),
    ("aud", 2, Some("A$")),
    ("sek", 2, None),
    ("nok", 2, None),
    ("dkk", 2, None),
    ("pln", 2, None),
    ("kwd", 3, None),
    ("bhd", 3, None),
    ("jod", 3, None),
    ("omr", 3, None),
    ("tnd", 3, None),
    ("clp", 0, None),
    ("vnd", 0, None),
    ("isk", 0, None),
];

impl Currency {
    pub fn parse(code: &str) -> Result<Self, UnknownCurrency> {
        let lower = code.to_ascii_lowercase();
        if KNOWN.iter().any(|(known, _, _)| *known == lower) {
            Ok(Self(lower))
        } else {
            Err(UnknownCurrency(code.to_string()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Every currency this build knows, as codes (`usd`, `eur`, ...), for choosing one.
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        KNOWN.iter().map(|(code, _, _)| *code)
    }

    /// An amount typed in major units ("12.50", "1,200", "9") as minor units (1250):
    /// at most as many decimals as the currency has, no sign, at most 10^12 minor units.
    pub fn minor_units(&self, typed: &str) -> Result<i64, AmountError> {
        let typed: String = typed.trim().chars().filter(|c| *c != ',').collect();
        let (whole, fraction) = typed.split_once('.').unwrap_or((&typed, ""));
        let exponent = usize::from(self.exponent());
        let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
            return Err(AmountError::NotANumber);
        }
        if fraction.len() > exponent {
            return Err(AmountError::TooManyDecimals(self.exponent()));
        }
        let padded = format!("{whole}{fraction:0<exponent$}");
        match padded.parse::<i64>() {
            Ok(amount) if amount <= 1_000_000_000_000 => Ok(amount),
            _ => Err(AmountError::TooLarge),
        }
    }

    /// Number of decimal digits of the minor unit (USD 2, JPY 0, KWD 3).
    pub fn exponent(&self) -> u8 {
        self.entry().1
    }

    fn entry(&self) -> &'static (&'static str, u8, Option<&'static str>) {
        KNOWN
            .iter()
            .find(|(code, _, _)| *code == self.0)
            .expect("Currency is only constructed from KNOWN codes")
    }
}

/// Why a typed amount was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("Type an amount like 12.50, with digits only")]
    NotANumber,
    #[error("This currency has {0} decimals at most")]
    TooManyDecimals(u8),
    #[error("The amount is too large")]
    TooLarge,
}

impl TryFrom<String> for Currency {
    type Error = UnknownCurrency;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Currency> for String {
    fn from(value: Currency) -> Self {
        value.0
    }
}

/// An amount in the minor unit of its currency: `Money { amount: 1234, currency: usd }` is $12.34.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: i64, currency: Currency) -> Self {
        Self { amount, currency }
    }

    /// English display: `$12.34`, `€12.34`, `¥1,200`, `KWD 1.250`, `-$5.00`.
    pub fn format(&self) -> String {
        let (_, exponent, symbol) = *self.currency.entry();
        let sign = if self.amount < 0 { "-" } else { "" };
        let magnitude = self.amount.unsigned_abs();
        let divisor = 10u64.pow(u32::from(exponent));
        let whole = group_thousands(magnitude / divisor);
        let number = if exponent == 0 {
            whole
        } else {
            format!(
                "{whole}.{:0width$}",
                magnitude % divisor,
                width = usize::from(exponent)
            )
        };
        match symbol {
            Some(symbol) => format!("{sign}{symbol}{number}"),
            None => format!(
                "{sign}{} {number}",
                self.currency.code().to_ascii_uppercase()
            ),
        }
    }
}

/// A stored amount in its stored currency code, for display. A code this build does not
/// know (a row written by a newer version, say) shows as `1234 XYZ` rather than failing.
pub fn format_amount(amount: i64, currency_code: &str) -> String {
    match Currency::parse(currency_code) {
        Ok(currency) => Money::new(amount, currency).format(),
        Err(_) => format!("{amount} {}", currency_code.to_uppercase()),
    }
}

/// A price's terms for display: "$9.00 per month", "$90.00 every 3 months".
pub fn price_terms(unit_amount: i64, currency_code: &str, interval: &str, count: i64) -> String {
    let amount = format_amount(unit_amount, currency_code);
    match count {
        1 => format!("{amount} per {interval}"),
        count => format!("{amount} every {count} {interval}s"),
    }
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(amount: i64, code: &str) -> String {
        Money::new(amount, Currency::parse(code).unwrap()).format()
    }

    #[test]
    fn usd_has_two_decimals_and_a_dollar_sign() {
        assert_eq!(money(1234, "usd"), "$12.34");
        assert_eq!(money(5, "usd"), "$0.05");
        assert_eq!(money(123_456_789, "USD"), "$1,234,567.89");
    }

    #[test]
    fn eur_uses_the_euro_sign() {
        assert_eq!(money(2900, "eur"), "€29.00");
    }

    #[test]
    fn jpy_has_no_decimals() {
        assert_eq!(money(1200, "jpy"), "¥1,200");
        assert_eq!(money(0, "jpy"), "¥0");
    }

    #[test]
    fn kwd_has_three_decimals_and_a_code_prefix() {
        assert_eq!(money(1250, "kwd"), "KWD 1.250");
        assert_eq!(money(1, "kwd"), "KWD 0.001");
    }

    #[test]
    fn negative_amounts_keep_the_sign_in_front() {
        assert_eq!(money(-500, "usd"), "-$5.00");
        assert_eq!(money(i64::MIN, "usd"), "-$92,233,720,368,547,758.08");
    }

    #[test]
    fn unknown_currency_codes_are_refused() {
        assert!(Currency::parse("xyz").is_err());
        assert!(Currency::parse("").is_err());
    }

    #[test]
    fn typed_amounts_become_minor_units_with_the_currency_decimals() {
        let usd = Currency::parse("usd").unwrap();
        assert_eq!(usd.minor_units("12.50"), Ok(1250));
        assert_eq!(usd.minor_units(" 9 "), Ok(900));
        assert_eq!(usd.minor_units("1,200.5"), Ok(120_050));
        assert_eq!(usd.minor_units(".99"), Ok(99));
        assert_eq!(usd.minor_units("0"), Ok(0));
        assert_eq!(
            usd.minor_units("1.999"),
            Err(AmountError::TooManyDecimals(2))
        );
        assert_eq!(usd.minor_units("-5"), Err(AmountError::NotANumber));
        assert_eq!(usd.minor_units(""), Err(AmountError::NotANumber));
        assert_eq!(usd.minor_units("."), Err(AmountError::NotANumber));
        assert_eq!(usd.minor_units("1e3"), Err(AmountError::NotANumber));
        assert_eq!(
            usd.minor_units("10000000000.01"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            usd.minor_units("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
        let jpy = Currency::parse("jpy").unwrap();
        assert_eq!(jpy.minor_units("1200"), Ok(1200));
        assert_eq!(
            jpy.minor_units("1200.5"),
            Err(AmountError::TooManyDecimals(0))
        );
        let kwd = Currency::parse("kwd").unwrap();
        assert_eq!(kwd.minor_units("1.25"), Ok(1250));
    }

    #[test]
    fn exponents_follow_iso_4217() {
        assert_eq!(Currency::parse("usd").unwrap().exponent(), 2);
        assert_eq!(Currency::parse("jpy").unwrap().exponent(), 0);
        assert_eq!(Currency::parse("kwd").unwrap().exponent(), 3);
    }
}

//! Card numbers as typed by a customer: digits, brand, Luhn check, expiry. Pure, so the
//! browser can check as the customer types and the server checks again.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Brand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Diners,
    Jcb,
    Unionpay,
    Unknown,
}

impl Brand {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visa => "visa",
            Self::Mastercard => "mastercard",
            Self::Amex => "amex",
            Self::Discover => "discover",
            Self::Diners => "diners",
            Self::Jcb => "jcb",
            Self::Unionpay => "unionpay",
            Self::Unknown => "unknown",
        }
    }

    /// The brand of an `as_str` code ("visa"); `Unknown` for anything else.
    pub fn from_code(code: &str) -> Self {
        [
            Self::Visa,
            Self::Mastercard,
            Self::Amex,
            Self::Discover,
            Self::Diners,
            Self::Jcb,
            Self::Unionpay,
        ]
        .into_iter()
        .find(|brand| brand.as_str() == code)
        .unwrap_or(Self::Unknown)
    }

    /// The name printed on the card: "Visa", "American Express".
    pub fn label(self) -> &'static str {
        match self {
            Self::Visa => "Visa",
            Self::Mastercard => "Mastercard",
            Self::Amex => "American Express",
            Self::Discover => "Discover",
            Self::Diners => "Diners Club",
            Self::Jcb => "JCB",
            Self::Unionpay => "UnionPay",
            Self::Unknown => "Card",
        }
    }

    /// Detected from the leading digits, as soon as there are enough of them.
    pub fn detect(digits: &str) -> Self {
        let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
        let in_range =
            |n: usize, low: u32, high: u32| prefix(n).is_some_and(|p| (low..=high).contains(&p));
        if digits.starts_with('4') {
            Self::Visa
        } else if in_range(2, 51, 55) || in_range(4, 2221, 2720) {
            Self::Mastercard
        } else if in_range(2, 34, 34) || in_range(2, 37, 37) {
            Self::Amex
        } else if digits.starts_with("6011") || digits.starts_with("65") || in_range(3, 644, 649) {
            Self::Discover
        } else if in_range(3, 300, 305) || in_range(2, 36, 36) || in_range(2, 38, 39) {
            Self::Diners
        } else if in_range(4, 3528, 3589) {
            Self::Jcb
        } else if digits.starts_with("62") {
            Self::Unionpay
        } else {
            Self::Unknown
        }
    }

    fn lengths(self) -> &'static [usize] {
        match self {
            Self::Amex => &[15],
            Self::Diners => &[14, 16],
            Self::Visa => &[13, 16, 19],
            Self::Unionpay | Self::Jcb | Self::Discover => &[16, 17, 18, 19],
            Self::Mastercard => &[16],
            Self::Unknown => &[12, 13, 14, 15, 16, 17, 18, 19],
        }
    }

    /// The CVC has 4 digits on American Express cards, 3 elsewhere.
    pub fn cvc_length(self) -> usize {
        if self == Self::Amex {
            4
        } else {
            3
        }
    }
}

/// Why a card entry is refused. Messages name the field and never repeat the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidCard {
    #[error("Your card number is incomplete")]
    NumberLength,
    #[error("Your card number is invalid")]
    NumberChecksum,
    #[error("Your card's expiration date is incomplete")]
    ExpiryFormat,
    #[error("Your card's expiration date is in the past")]
    Expired,
    #[error("Your card's security code is incomplete")]
    Cvc,
}

impl InvalidCard {
    /// The form field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            Self::NumberLength | Self::NumberChecksum => "number",
            Self::ExpiryFormat | Self::Expired => "expiry",
            Self::Cvc => "cvc",
        }
    }
}

/// A card number with spaces and dashes removed, checked for length and Luhn.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber {
    digits: String,
    brand: Brand,
}

// The number never appears in debug output (logs, panics).
impl std::fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "CardNumber({} •••• {})",
            self.brand.as_str(),
            self.last4()
        )
    }
}

impl CardNumber {
    pub fn parse(input: &str) -> Result<Self, InvalidCard> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InvalidCard::NumberChecksum);
        }
        let brand = Brand::detect(&digits);
        if !brand.lengths().contains(&digits.len()) {
            return Err(InvalidCard::NumberLength);
        }
        if !luhn_valid(&digits) {
            return Err(InvalidCard::NumberChecksum);
        }
        Ok(Self { digits, brand })
    }

    pub fn brand(&self) -> Brand {
        self.brand
    }

    pub fn last4(&self) -> &str {
        &self.digits[self.digits.len() - 4..]
    }

    /// The bare digits, for the vault to hash and hand to the processor; never stored.
    pub fn digits(&self) -> &str {
        &self.digits
    }
}

/// The Luhn checksum every card number carries in its last digit.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0;
    for (position, byte) in digits.bytes().rev().enumerate() {
        let mut digit = u32::from(byte - b'0');
        if position % 2 == 1 {
            digit *= 2;
            if digit > 9 {
                digit -= 9;
            }
        }
        sum += digit;
    }
    sum % 10 == 0
}

/// A card's expiry month and four-digit year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry {
    pub month: u8,
    pub year: i32,
}

impl Expiry {
    /// "MM/YY", "MM / YY" or "MM/YYYY"; valid through the end of its month (UTC), so a card
    /// expiring this month is still accepted.
    pub fn parse(input: &str, today: time::Date) -> Result<Self, InvalidCard> {
        let (month, year) = input.split_once('/').ok_or(InvalidCard::ExpiryFormat)?;
        let month: u8 = month
            .trim()
            .parse()
            .map_err(|_| InvalidCard::ExpiryFormat)?;
        let year = year.trim();
        let year: i32 = match year.len() {
            2 => 2000 + year.parse::<i32>().map_err(|_| InvalidCard::ExpiryFormat)?,
            4 => year.parse().map_err(|_| InvalidCard::ExpiryFormat)?,
            _ => return Err(InvalidCard::ExpiryFormat),
        };
        Self::new(month, year, today)
    }

    pub fn new(month: u8, year: i32, today: time::Date) -> Result<Self, InvalidCard> {
        if !(1..=12).contains(&month) {
            return Err(InvalidCard::ExpiryFormat);
        }
        let expiry = Self { month, year };
        if expiry.is_past(today) {
            return Err(InvalidCard::Expired);
        }
        Ok(expiry)
    }

    /// Whether the card can no longer be used on `today`.
    pub fn is_past(self, today: time::Date) -> bool {
        (self.year, self.month) < (today.year(), u8::from(today.month()))
    }

    /// Whether it expires this month or next (the list flags it "Expires soon").
    pub fn expires_soon(self, today: time::Date) -> bool {
        let months_left = (self.year - today.year()) * 12 + i32::from(self.month)
            - i32::from(u8::from(today.month()));
        (0..=1).contains(&months_left)
    }
}

/// Checks a CVC against the brand's length.
pub fn check_cvc(cvc: &str, brand: Brand) -> Result<(), InvalidCard> {
    let cvc = cvc.trim();
    if cvc.len() == brand.cvc_length() && cvc.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(InvalidCard::Cvc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn test_numbers_parse_with_spaces_and_brand() {
        let visa = CardNumber::parse("4242 4242 4242 4242").unwrap();
        assert_eq!(visa.brand(), Brand::Visa);
        assert_eq!(visa.last4(), "4242");
        assert_eq!(
            CardNumber::parse("5555555555554444").unwrap().brand(),
            Brand::Mastercard
        );
        assert_eq!(
            CardNumber::parse("2223003122003222").unwrap().brand(),
            Brand::Mastercard
        );
        assert_eq!(
            CardNumber::parse("3782 822463 10005").unwrap().brand(),
            Brand::Amex
        );
        assert_eq!(
            CardNumber::parse("6011111111111117").unwrap().brand(),
            Brand::Discover
        );
        assert_eq!(
            CardNumber::parse("4000000000000002").unwrap().brand(),
            Brand::Visa
        );
        // The published test numbers of the other brands.
        for (number, brand) in [
            ("3056 9300 0902 0004", Brand::Diners),
            ("36227206271667", Brand::Diners),
            ("3566 0020 2036 0505", Brand::Jcb),
            ("6200 0000 0000 0005", Brand::Unionpay),
            ("6011 0009 9013 9424", Brand::Discover),
            ("3714 496353 98431", Brand::Amex),
            ("5200 8282 8282 8210", Brand::Mastercard),
            ("4000 0566 5566 5556", Brand::Visa),
        ] {
            assert_eq!(
                CardNumber::parse(number).map(|n| n.brand()),
                Ok(brand),
                "{number}"
            );
        }
    }

    #[test]
    fn bad_numbers_are_refused_without_echoing_them() {
        assert_eq!(
            CardNumber::parse("4242424242424241"),
            Err(InvalidCard::NumberChecksum)
        );
        assert_eq!(CardNumber::parse("4242"), Err(InvalidCard::NumberLength));
        assert_eq!(
            CardNumber::parse("4242abcd42424242"),
            Err(InvalidCard::NumberChecksum)
        );
        let debug = format!("{:?}", CardNumber::parse("4242424242424242").unwrap());
        assert!(!debug.contains("42424242"), "{debug}");
    }

    #[test]
    fn cvc_length_follows_the_brand() {
        assert!(check_cvc("123", Brand::Visa).is_ok());
        assert_eq!(check_cvc("1234", Brand::Visa), Err(InvalidCard::Cvc));
        assert!(check_cvc("1234", Brand::Amex).is_ok());
        assert_eq!(check_cvc("12a", Brand::Visa), Err(InvalidCard::Cvc));
    }

    #[test]
    fn expiry_is_valid_through_its_month() {
        let today = date!(2026 - 11 - 25);
        assert_eq!(
            Expiry::parse("11/26", today),
            Ok(Expiry {
                month: 11,
                year: 2026
            })
        );
        assert_eq!(Expiry::parse("10/26", today), Err(InvalidCard::Expired));
        assert_eq!(
            Expiry::parse("13/27", today),
            Err(InvalidCard::ExpiryFormat)
        );
        assert_eq!(Expiry::parse("1227", today), Err(InvalidCard::ExpiryFormat));
        assert!(Expiry::parse("12 / 2030", today).is_ok());
        assert!(Expiry {
            month: 12,
            year: 2026
        }
        .expires_soon(today));
        assert!(!Expiry {
            month: 2,
            year: 2027
        }
        .expires_soon(today));
    }

    proptest! {
        #[test]
        fn appending_the_luhn_digit_makes_any_number_valid(body in "[0-9]{11,18}") {
            let check = (0..10u8)
                .find(|d| luhn_valid(&format!("{body}{d}")))
                .expect("exactly one check digit fits");
            let valid = format!("{body}{check}");
            let off_by_one = format!("{}{}", body, (check + 1) % 10);
            prop_assert!(luhn_valid(&valid));
            prop_assert!(!luhn_valid(&off_by_one));
        }
    }
}

//! Billing addresses: the country from a list, the lines a letter needs, the state where
//! the country uses one, and postal codes in the country's format.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Address {
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub postal_code: String,
    pub state: Option<String>,
    pub country: String,
}

/// Countries the billing address may be in (ISO 3166-1 alpha-2), with their names.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("BE", "Belgium"),
    ("BG", "Bulgaria"),
    ("BR", "Brazil"),
    ("CA", "Canada"),
    ("CH", "Switzerland"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("EE", "Estonia"),
    ("ES", "Spain"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("GR", "Greece"),
    ("HR", "Croatia"),
    ("HU", "Hungary"),
    ("IE", "Ireland"),
    ("IN", "India"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JP", "Japan"),
    ("LI", "Liechtenstein"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("MT", "Malta"),
    ("MX", "Mexico"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NZ", "New Zealand"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SI", "Slovenia"),
    ("SK", "Slovakia"),
    ("US", "United States"),
];

const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR",
];
const CA_PROVINCES: &[&str] = &[
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];
const AU_STATES: &[&str] = &["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"];

/// The states a country's addresses must name, when it uses them.
pub fn states(country: &str) -> Option<&'static [&'static str]> {
    match country {
        "US" => Some(US_STATES),
        "CA" => Some(CA_PROVINCES),
        "AU" => Some(AU_STATES),
        _ => None,
    }
}

/// A field of the address and why it is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// `line1`, `city`, `postalCode`, `state`, `country`
    pub field: &'static str,
    pub message: String,
}

/// Whether `code` (already upper case) has the country's postal code format.
pub fn postal_code_valid(country: &str, code: &str) -> bool {
    let d = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let a = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase());
    let n = code.len();
    if !code.is_ascii() {
        return false;
    }
    match country {
        "US" => {
            (n == 5 && d(code)) || (n == 10 && d(&code[..5]) && &code[5..6] == "-" && d(&code[6..]))
        }
        "CA" => {
            let c = code.replace(' ', "");
            c.len() == 6
                && a(&c[0..1])
                && d(&c[1..2])
                && a(&c[2..3])
                && d(&c[3..4])
                && a(&c[4..5])
                && d(&c[5..6])
        }
        "GB" => {
            // Outward code (A9, A99, AA9, AA99, A9A, AA9A) + space? + inward code (9AA).
            let c = code.replace(' ', "");
            if !(5..=7).contains(&c.len()) {
                return false;
            }
            let (outward, inward) = c.split_at(c.len() - 3);
            let inward_ok = d(&inward[..1]) && a(&inward[1..]);
            let o = outward.as_bytes();
            let outward_ok = o[0].is_ascii_uppercase()
                && o.iter().all(u8::is_ascii_alphanumeric)
                && o.iter().any(u8::is_ascii_digit)
                && (2..=4).contains(&o.len());
            inward_ok && outward_ok
        }
        "DE" | "FR" | "IT" => n == 5 && d(code),
        "ES" => n == 5 && d(code) && (1..=52).contains(&code[..2].parse::<u32>().unwrap_or(0)),
        "NL" => {
            let c = code.replace(' ', "");
            c.len() == 6 && d(&c[..4]) && !c.starts_with('0') && a(&c[4..])
        }
        "AT" | "CH" | "AU" | "BE" | "DK" | "NO" | "LU" => n == 4 && d(code),
        "JP" => {
            (n == 8 && d(&code[..3]) && &code[3..4] == "-" && d(&code[4..])) || (n == 7 && d(code))
        }
        // Elsewhere: letters, digits, spaces and dashes, 2 to 10 of them.
        _ => {
            (2..=10).contains(&n)
                && code
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        }
    }
}

impl Address {
    /// Trims and upper-cases what should be, then checks every field; all errors at once.
    pub fn normalise_and_check(mut self) -> Result<Self, Vec<FieldError>> {
        let trim = |s: &str| s.trim().to_string();
        self.line1 = trim(&self.line1);
        self.line2 = self.line2.as_deref().map(trim).filter(|s| !s.is_empty());
        self.city = trim(&self.city);
        self.postal_code = self.postal_code.trim().to_ascii_uppercase();
        self.state = self
            .state
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty());
        self.country = self.country.trim().to_ascii_uppercase();
        let mut errors = Vec::new();
        let mut say = |field, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_string(),
            })
        };
        let known = COUNTRIES.iter().any(|(code, _)| *code == self.country);
        if !known {
            say("country", "Choose a country from the list");
        }
        if self.line1.is_empty() || self.line1.chars().count() > 200 {
            say("line1", "Enter the street address");
        }
        if self.line2.as_ref().is_some_and(|l| l.chars().count() > 200) {
            say("line2", "The second line is at most 200 characters");
        }
        if self.city.is_empty() || self.city.chars().count() > 100 {
            say("city", "Enter the city");
        }
        if known && !postal_code_valid(&self.country, &self.postal_code) {
            say(
                "postalCode",
                "Enter a postal code in the format of the country",
            );
        }
        match (states(&self.country), &self.state) {
            (Some(list), Some(state)) if list.contains(&state.as_str()) => {}
            (Some(_), _) => say("state", "Choose the state or province"),
            (None, _) => self.state = None,
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn postal_codes_per_country() {
        for (country, good, bad) in [
            ("US", "94105", "9410"),
            ("US", "94105-1234", "94105-12"),
            ("CA", "K1A 0B1", "K1A 0B"),
            ("GB", "SW1A 1AA", "SW1A 1A1"),
            ("GB", "M1 1AE", "1M 1AE"),
            ("DE", "10115", "1011"),
            ("FR", "75008", "7500A"),
            ("NL", "1012 AB", "0123 AB"),
            ("AT", "1010", "10100"),
            ("CH", "8001", "800"),
            ("IT", "00118", "0011"),
            ("ES", "28013", "60013"),
            ("AU", "2000", "200"),
            ("JP", "100-0001", "100-001"),
        ] {
            assert!(postal_code_valid(country, good), "{country} {good}");
            assert!(!postal_code_valid(country, bad), "{country} {bad}");
        }
    }

    #[test]
    fn every_invalid_field_is_reported_at_once() {
        let address = Address {
            line1: " ".into(),
            city: "".into(),
            postal_code: "ABC".into(),
            country: "US".into(),
            ..Address::default()
        };
        let fields: Vec<_> = address
            .normalise_and_check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["line1", "city", "postalCode", "state"]);
        let ok = Address {
            line1: "1 Main St".into(),
            city: "Springfield".into(),
            postal_code: "62701".into(),
            state: Some("il".into()),
            country: "us".into(),
            ..Address::default()
        }
        .normalise_and_check()
        .unwrap();
        assert_eq!(
            (ok.state.as_deref(), ok.country.as_str()),
            (Some("IL"), "US")
        );
        let unknown = Address {
            country: "ZZ".into(),
            ..Address::default()
        };
        assert!(unknown
            .normalise_and_check()
            .unwrap_err()
            .iter()
            .any(|e| e.field == "country"));
    }

    proptest! {
        #[test]
        fn no_postal_code_makes_the_check_panic(code in "\\PC{0,12}") {
            for (country, _) in COUNTRIES {
                let _ = postal_code_valid(country, &code.to_ascii_uppercase());
            }
        }
    }
}

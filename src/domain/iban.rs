//! IBANs for SEPA Direct Debit: country, country-specific length, ISO 13616 mod-97 check.
//! Pure, so the browser can check as the customer types and the server checks again.

/// SEPA countries and territories with their IBAN length (SWIFT IBAN registry).
const SEPA_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GI", 23),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IS", 26),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("VA", 22),
];

/// Where the national bank code sits in the BBAN (after the 4 leading characters), for
/// countries where it is a fixed slice.
const BANK_CODES: &[(&str, std::ops::Range<usize>)] = &[
    ("AT", 4..9),
    ("BE", 4..7),
    ("CH", 4..9),
    ("DE", 4..12),
    ("ES", 4..8),
    ("FR", 4..9),
    ("GB", 4..8),
    ("IE", 4..8),
    ("IT", 5..10),
    ("LU", 4..7),
    ("NL", 4..8),
    ("PT", 4..8),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidIban {
    #[error("Your IBAN contains characters that are not letters or digits")]
    Characters,
    #[error("IBANs from this country can't be used for SEPA Direct Debit")]
    Country,
    #[error("Your IBAN is incomplete or too long for its country")]
    Length,
    #[error("Your IBAN is invalid; please check it for typos")]
    Checksum,
}

/// A checked IBAN, upper case without spaces.
#[derive(Clone, PartialEq, Eq)]
pub struct Iban(String);

// The full IBAN never appears in debug output (logs, panics).
impl std::fmt::Debug for Iban {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Iban({} •••• {})", self.country(), self.last4())
    }
}

impl Iban {
    pub fn parse(input: &str) -> Result<Self, InvalidIban> {
        let iban: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if iban.is_empty() || !iban.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(InvalidIban::Characters);
        }
        let country = iban.get(..2).ok_or(InvalidIban::Length)?;
        let length = SEPA_LENGTHS
            .iter()
            .find(|(code, _)| *code == country)
            .map(|(_, length)| *length)
            .ok_or(InvalidIban::Country)?;
        if iban.len() != length {
            return Err(InvalidIban::Length);
        }
        if !iban[2..4].bytes().all(|b| b.is_ascii_digit()) || mod97(&iban) != 1 {
            return Err(InvalidIban::Checksum);
        }
        Ok(Self(iban))
    }

    pub fn country(&self) -> &str {
        &self.0[..2]
    }

    pub fn last4(&self) -> &str {
        &self.0[self.0.len() - 4..]
    }

    /// The national bank code, where the country puts it at a fixed place.
    pub fn bank_code(&self) -> Option<&str> {
        BANK_CODES
            .iter()
            .find(|(code, _)| *code == self.country())
            .and_then(|(_, range)| self.0.get(range.clone()))
    }

    /// The bare IBAN, for the vault to hash and hand to the processor; never stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// ISO 13616: move the first four characters to the end, letters to 10..35, mod 97.
fn mod97(iban: &str) -> u32 {
    let rearranged = iban[4..].bytes().chain(iban[..4].bytes());
    let mut remainder: u32 = 0;
    for byte in rearranged {
        let value = match byte {
            b'0'..=b'9' => u32::from(byte - b'0'),
            _ => u32::from(byte - b'A') + 10,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The example IBAN of every SEPA country in the SWIFT IBAN registry.
    const REGISTRY_EXAMPLES: &[&str] = &[
        "AD1200012030200359100100",
        "AT611904300234573201",
        "BE68539007547034",
        "BG80BNBG96611020345678",
        "CH9300762011623852957",
        "CY17002001280000001200527600",
        "CZ6508000000192000145399",
        "DE89370400440532013000",
        "DK5000400440116243",
        "EE382200221020145685",
        "ES9121000418450200051332",
        "FI2112345600000785",
        "FR1420041010050500013M02606",
        "GB29NWBK60161331926819",
        "GI75NWBK000000007099453",
        "GR1601101250000000012300695",
        "HR1210010051863000160",
        "HU42117730161111101800000000",
        "IE29AIBK93115212345678",
        "IS140159260076545510730339",
        "IT60X0542811101000000123456",
        "LI21088100002324013AA",
        "LT121000011101001000",
        "LU280019400644750000",
        "LV80BANK0000435195001",
        "MC5811222000010123456789030",
        "MT84MALT011000012345MTLCAST001S",
        "NL91ABNA0417164300",
        "NO9386011117947",
        "PL61109010140000071219812874",
        "PT50000201231234567890154",
        "RO49AAAA1B31007593840000",
        "SE4550000000058398257466",
        "SI56263300012039086",
        "SK3112000000198742637541",
        "SM86U0322509800000000270100",
        "VA59001123000012345678",
    ];

    #[test]
    fn every_registry_example_passes_and_a_changed_digit_fails() {
        assert_eq!(REGISTRY_EXAMPLES.len(), SEPA_LENGTHS.len());
        for example in REGISTRY_EXAMPLES {
            let iban = Iban::parse(example).unwrap_or_else(|e| panic!("{example}: {e}"));
            assert_eq!(iban.as_str(), *example);
            // Change the last digit of the account part.
            let position = example
                .char_indices()
                .rev()
                .find(|(i, c)| *i >= 4 && c.is_ascii_digit())
                .map(|(i, _)| i)
                .unwrap();
            let mut changed = example.to_string();
            let digit = changed.as_bytes()[position] - b'0';
            changed.replace_range(position..=position, &((digit + 1) % 10).to_string());
            assert_eq!(
                Iban::parse(&changed),
                Err(InvalidIban::Checksum),
                "{changed}"
            );
        }
    }

    #[test]
    fn spaces_lowercase_and_the_parts_the_vault_keeps() {
        let iban = Iban::parse("de89 3704 0044 0532 0130 00").unwrap();
        assert_eq!(iban.country(), "DE");
        assert_eq!(iban.last4(), "3000");
        assert_eq!(iban.bank_code(), Some("37040044"));
        assert!(!format!("{iban:?}").contains("0532013000"));
        assert_eq!(
            Iban::parse("US12345678901234567890"),
            Err(InvalidIban::Country)
        );
        assert_eq!(
            Iban::parse("DE8937040044053201300"),
            Err(InvalidIban::Length)
        );
        assert_eq!(Iban::parse("DE89 3704!"), Err(InvalidIban::Characters));
        assert_eq!(
            Iban::parse("DE62370400440532013001").map(|i| i.last4().to_string()),
            Ok("3001".to_string())
        );
    }

    proptest! {
        #[test]
        fn no_input_makes_the_validator_panic(input in "\\PC{0,40}") {
            let _ = Iban::parse(&input);
        }

        #[test]
        fn no_card_input_makes_the_validator_panic(input in "\\PC{0,40}") {
            let _ = crate::domain::card::CardNumber::parse(&input);
            let _ = crate::domain::card::Expiry::parse(&input, time::macros::date!(2026 - 11 - 25));
        }
    }
}

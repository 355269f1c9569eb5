//! Tax IDs a customer can add: type, format, checksum where there is a public one, and the
//! country each belongs to. Pure, so the portal's form and the API check alike.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxIdType {
    EuVat,
    GbVat,
    ChVat,
    NoVat,
    UsEin,
    CaBn,
    AuAbn,
    InGst,
    JpCn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidTaxId {
    #[error("This tax ID type is not supported")]
    Type,
    #[error("This tax ID doesn't have the format of its type")]
    Format,
    #[error("This tax ID's check digits are wrong; please check it for typos")]
    Checksum,
    #[error("This tax ID belongs to another country than the one given")]
    Country,
}

/// A checked tax ID: normalised value (upper case, separators removed, except where the
/// format keeps them) and its ISO country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxId {
    pub kind: TaxIdType,
    pub value: String,
    pub country: String,
}

impl TaxIdType {
    pub fn parse(value: &str) -> Result<Self, InvalidTaxId> {
        serde_json::from_value(serde_json::Value::String(value.to_string()))
            .map_err(|_| InvalidTaxId::Type)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::EuVat => "eu_vat",
            Self::GbVat => "gb_vat",
            Self::ChVat => "ch_vat",
            Self::NoVat => "no_vat",
            Self::UsEin => "us_ein",
            Self::CaBn => "ca_bn",
            Self::AuAbn => "au_abn",
            Self::InGst => "in_gst",
            Self::JpCn => "jp_cn",
        }
    }

    /// "EU VAT number"
    pub fn label(self) -> &'static str {
        match self {
            Self::EuVat => "EU VAT number",
            Self::GbVat => "UK VAT number",
            Self::ChVat => "Swiss VAT number",
            Self::NoVat => "Norwegian VAT number",
            Self::UsEin => "US EIN",
            Self::CaBn => "Canadian BN",
            Self::AuAbn => "Australian ABN",
            Self::InGst => "Indian GSTIN",
            Self::JpCn => "Japanese corporate number",
        }
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn alnum(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn letters(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The body of an EU VAT number (after its two-letter prefix) has its member state's format.
fn eu_vat_body(prefix: &str, body: &str) -> bool {
    let n = body.len();
    match prefix {
        "AT" => body.starts_with('U') && n == 9 && digits(&body[1..]),
        "BE" => n == 10 && digits(body) && matches!(&body[..1], "0" | "1"),
        "BG" => (9..=10).contains(&n) && digits(body),
        "CY" => n == 9 && digits(&body[..8]) && letters(&body[8..]),
        "CZ" => (8..=10).contains(&n) && digits(body),
        "DE" | "EE" | "EL" | "PT" => n == 9 && digits(body),
        "DK" | "FI" | "HU" | "LU" | "MT" | "SI" => n == 8 && digits(body),
        "ES" => n == 9 && alnum(body) && digits(&body[1..8]),
        "FR" => n == 11 && alnum(&body[..2]) && digits(&body[2..]),
        "HR" | "IT" | "LV" => n == 11 && digits(body),
        "IE" => {
            (n == 8 || n == 9)
                && digits(&body[..1])
                && alnum(&body[1..2]) | matches!(&body[1..2], "+" | "*")
                && digits(&body[2..7])
                && letters(&body[7..])
        }
        "LT" => (n == 9 || n == 12) && digits(body),
        "NL" => n == 12 && digits(&body[..9]) && &body[9..10] == "B" && digits(&body[10..]),
        "PL" | "SK" => n == 10 && digits(body),
        "RO" => (2..=10).contains(&n) && digits(body),
        "SE" => n == 12 && digits(body) && body.ends_with("01"),
        _ => false,
    }
}

const EU_VAT_PREFIXES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Australian Business Number: subtract 1 from the first digit, weigh, sum divisible by 89.
fn abn_checksum(abn: &str) -> bool {
    const WEIGHTS: [u32; 11] = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    let mut sum = 0;
    for (i, byte) in abn.bytes().enumerate() {
        let mut digit = u32::from(byte - b'0');
        if i == 0 {
            if digit == 0 {
                return false;
            }
            digit -= 1;
        }
        sum += digit * WEIGHTS[i];
    }
    sum % 89 == 0
}

impl TaxId {
    /// Checks `value` as a `kind` tax ID. `country`, when given (ISO code; `GR` and `EL` both
    /// name Greece), must be the one the value belongs to.
    pub fn parse(
        kind: TaxIdType,
        value: &str,
        country: Option<&str>,
    ) -> Result<Self, InvalidTaxId> {
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.is_empty() || compact.len() > 30 || !compact.is_ascii() {
            return Err(InvalidTaxId::Format);
        }
        let (value, own_country) = match kind {
            TaxIdType::EuVat => {
                let prefix = compact.get(..2).ok_or(InvalidTaxId::Format)?;
                if !EU_VAT_PREFIXES.contains(&prefix) {
                    return Err(InvalidTaxId::Format);
                }
                if !eu_vat_body(prefix, &compact[2..]) {
                    return Err(InvalidTaxId::Format);
                }
                let country = if prefix == "EL" { "GR" } else { prefix };
                (compact.clone(), country.to_string())
            }
            TaxIdType::GbVat => {
                let body = compact.strip_prefix("GB").ok_or(InvalidTaxId::Format)?;
                let ok = ((body.len() == 9 || body.len() == 12) && digits(body))
                    || ((body.starts_with("GD") || body.starts_with("HA"))
                        && body.len() == 5
                        && digits(&body[2..]));
                if !ok {
                    return Err(InvalidTaxId::Format);
                }
                (compact.clone(), "GB".into())
            }
            TaxIdType::ChVat => {
                // CHE-123.456.789 MWST (or TVA, IVA)
                let body = compact.strip_prefix("CHE").ok_or(InvalidTaxId::Format)?;
                let number = body.get(..9).ok_or(InvalidTaxId::Format)?;
                if !digits(number) || !matches!(&body[9..], "MWST" | "TVA" | "IVA" | "") {
                    return Err(InvalidTaxId::Format);
                }
                let suffix = if body[9..].is_empty() {
                    "MWST"
                } else {
                    &body[9..]
                };
                (
                    format!(
                        "CHE-{}.{}.{} {suffix}",
                        &number[..3],
                        &number[3..6],
                        &number[6..]
                    ),
                    "CH".into(),
                )
            }
            TaxIdType::NoVat => {
                let number = compact.strip_suffix("MVA").ok_or(InvalidTaxId::Format)?;
                let number = number.strip_prefix("NO").unwrap_or(number);
                if number.len() != 9 || !digits(number) {
                    return Err(InvalidTaxId::Format);
                }
                (format!("{number}MVA"), "NO".into())
            }
            TaxIdType::UsEin => {
                if compact.len() != 9 || !digits(&compact) {
                    return Err(InvalidTaxId::Format);
                }
                (format!("{}-{}", &compact[..2], &compact[2..]), "US".into())
            }
            TaxIdType::CaBn => {
                if compact.len() != 9 || !digits(&compact) {
                    return Err(InvalidTaxId::Format);
                }
                (compact.clone(), "CA".into())
            }
            TaxIdType::AuAbn => {
                if compact.len() != 11 || !digits(&compact) {
                    return Err(InvalidTaxId::Format);
                }
                if !abn_checksum(&compact) {
                    return Err(InvalidTaxId::Checksum);
                }
                (compact.clone(), "AU".into())
            }
            TaxIdType::InGst => {
                // 2-digit state, 10-character PAN (5 letters, 4 digits, 1 letter), entity, Z, check.
                let ok = compact.len() == 15
                    && digits(&compact[..2])
                    && letters(&compact[2..7])
                    && digits(&compact[7..11])
                    && letters(&compact[11..12])
                    && alnum(&compact[12..13])
                    && &compact[13..14] == "Z"
                    && alnum(&compact[14..]);
                if !ok {
                    return Err(InvalidTaxId::Format);
                }
                (compact.clone(), "IN".into())
            }
            TaxIdType::JpCn => {
                if compact.len() != 13 || !digits(&compact) {
                    return Err(InvalidTaxId::Format);
                }
                (compact.clone(), "JP".into())
            }
        };
        if let Some(given) = country {
            let given = given.trim().to_ascii_uppercase();
            let given = if given == "EL" {
                "GR".to_string()
            } else {
                given
            };
            if given != own_country {
                return Err(InvalidTaxId::Country);
            }
        }
        Ok(Self {
            kind,
            value,
            country: own_country,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(kind: TaxIdType, value: &str) -> TaxId {
        TaxId::parse(kind, value, None).unwrap_or_else(|e| panic!("{value}: {e}"))
    }

    #[test]
    fn every_eu_member_state_format() {
        for (value, country) in [
            ("ATU12345678", "AT"),
            ("BE0123456789", "BE"),
            ("BG123456789", "BG"),
            ("CY12345678X", "CY"),
            ("CZ12345678", "CZ"),
            ("DE123456789", "DE"),
            ("DK12345678", "DK"),
            ("EE123456789", "EE"),
            ("EL123456789", "GR"),
            ("ESA1234567B", "ES"),
            ("FI12345678", "FI"),
            ("FRAB123456789", "FR"),
            ("HR12345678901", "HR"),
            ("HU12345678", "HU"),
            ("IE1234567WA", "IE"),
            ("IT12345678901", "IT"),
            ("LT123456789", "LT"),
            ("LU12345678", "LU"),
            ("LV12345678901", "LV"),
            ("MT12345678", "MT"),
            ("NL123456789B01", "NL"),
            ("PL1234567890", "PL"),
            ("PT123456789", "PT"),
            ("RO1234567", "RO"),
            ("SE123456789701", "SE"),
            ("SI12345678", "SI"),
            ("SK1234567890", "SK"),
        ] {
            assert_eq!(ok(TaxIdType::EuVat, value).country, country, "{value}");
        }
        for bad in [
            "DE12345678",
            "GR123456789",
            "ATU1234567",
            "NL123456789X01",
            "SE123456789702",
            "XX123",
        ] {
            assert_eq!(
                TaxId::parse(TaxIdType::EuVat, bad, None),
                Err(InvalidTaxId::Format),
                "{bad}"
            );
        }
        assert_eq!(ok(TaxIdType::EuVat, "de 123 456 789").value, "DE123456789");
    }

    #[test]
    fn the_country_must_agree_with_the_prefix() {
        assert!(TaxId::parse(TaxIdType::EuVat, "EL123456789", Some("GR")).is_ok());
        assert_eq!(
            TaxId::parse(TaxIdType::EuVat, "DE123456789", Some("FR")),
            Err(InvalidTaxId::Country)
        );
        assert_eq!(
            TaxId::parse(TaxIdType::GbVat, "GB123456789", Some("IE")),
            Err(InvalidTaxId::Country)
        );
    }

    #[test]
    fn other_types_valid_and_invalid() {
        assert_eq!(ok(TaxIdType::GbVat, "GB 123 4567 89").value, "GB123456789");
        assert_eq!(
            ok(TaxIdType::ChVat, "CHE-123.456.789 MWST").value,
            "CHE-123.456.789 MWST"
        );
        assert_eq!(ok(TaxIdType::NoVat, "123456789MVA").value, "123456789MVA");
        assert_eq!(ok(TaxIdType::UsEin, "12-3456789").value, "12-3456789");
        assert_eq!(ok(TaxIdType::CaBn, "123456789").value, "123456789");
        assert_eq!(ok(TaxIdType::AuAbn, "51 824 753 556").value, "51824753556");
        assert_eq!(
            ok(TaxIdType::InGst, "22AAAAA0000A1Z5").value,
            "22AAAAA0000A1Z5"
        );
        assert_eq!(ok(TaxIdType::JpCn, "1234567890123").value, "1234567890123");
        for (kind, bad) in [
            (TaxIdType::GbVat, "GB12345678"),
            (TaxIdType::ChVat, "CHE-123.456.78"),
            (TaxIdType::NoVat, "12345678MVA"),
            (TaxIdType::UsEin, "12-345678"),
            (TaxIdType::CaBn, "12345678A"),
            (TaxIdType::InGst, "22AAAAA0000A1Y5"),
            (TaxIdType::JpCn, "123456789012"),
        ] {
            assert_eq!(
                TaxId::parse(kind, bad, None),
                Err(InvalidTaxId::Format),
                "{bad}"
            );
        }
        assert_eq!(
            TaxId::parse(TaxIdType::AuAbn, "51 824 753 557", None),
            Err(InvalidTaxId::Checksum)
        );
        assert_eq!(TaxIdType::parse("br_cnpj"), Err(InvalidTaxId::Type));
        assert_eq!(TaxIdType::parse("eu_vat"), Ok(TaxIdType::EuVat));
    }

    proptest! {
        #[test]
        fn no_input_makes_the_validator_panic(value in "\\PC{0,40}", country in "\\PC{0,3}") {
            for kind in [TaxIdType::EuVat, TaxIdType::GbVat, TaxIdType::ChVat, TaxIdType::NoVat,
                         TaxIdType::UsEin, TaxIdType::CaBn, TaxIdType::AuAbn, TaxIdType::InGst,
                         TaxIdType::JpCn] {
                let _ = TaxId::parse(kind, &value, Some(&country));
            }
        }
    }
}

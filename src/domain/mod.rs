//! Pure product rules shared by the server and the WASM client: no I/O here.

/// A closed set of words, stored in a TEXT column and sent in JSON as those words:
/// `as_str`, `parse`, `ALL`, `Display` and serde. (`server::db::columns` maps them to
/// both databases.)
macro_rules! text_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "{text} is not one of {}",
                        Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                    ))
                })
            }
        }

        // In the API's OpenAPI document: a string with exactly these values.
        #[cfg(feature = "ssr")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($text),+]))
                    .into()
            }
        }

        #[cfg(feature = "ssr")]
        impl utoipa::ToSchema for $name {}
    };
}

pub mod address;
pub mod card;
pub mod color;
pub mod coupon;
pub mod dashboard;
pub mod dates;
pub mod email;
pub mod host_name;
pub mod iban;
pub mod ids;
pub mod invoice;
pub mod money;
pub mod password;
pub mod portal_configuration;
pub mod proration;
pub mod return_url;
pub mod subscription;
pub mod tax_id;
pub mod webhook;

#[cfg(test)]
mod tests {
    use super::{
        host_name::CustomDomainStatus,
        invoice::{InvoiceStatus, ReceiptEmailStatus},
        webhook::{DeliveryStatus, EndpointStatus},
    };

    fn round_trips<T>(all: &[T], as_str: fn(T) -> &'static str, parse: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for &value in all {
            assert_eq!(parse(as_str(value)), Some(value));
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, format!("\"{}\"", as_str(value)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
        }
        assert_eq!(parse("no such status"), None);
        assert!(serde_json::from_str::<T>("\"no such status\"").is_err());
    }

    #[test]
    fn statuses_are_their_words_in_storage_and_json() {
        round_trips(
            InvoiceStatus::ALL,
            InvoiceStatus::as_str,
            InvoiceStatus::parse,
        );
        round_trips(
            ReceiptEmailStatus::ALL,
            ReceiptEmailStatus::as_str,
            ReceiptEmailStatus::parse,
        );
        round_trips(
            DeliveryStatus::ALL,
            DeliveryStatus::as_str,
            DeliveryStatus::parse,
        );
        round_trips(
            EndpointStatus::ALL,
            EndpointStatus::as_str,
            EndpointStatus::parse,
        );
        round_trips(
            CustomDomainStatus::ALL,
            CustomDomainStatus::as_str,
            CustomDomainStatus::parse,
        );
        assert_eq!(InvoiceStatus::Uncollectible.to_string(), "uncollectible");
    }
}

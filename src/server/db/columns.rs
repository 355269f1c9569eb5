//! Domain enums kept in TEXT columns, read and written as their words on both databases
//! (sqlx) and on the inline SQLite path (rusqlite). A word the enum does not know is a
//! decoding error, not a silent default.
use sqlx::{
    encode::IsNull, error::BoxDynError, postgres::PgValueRef, sqlite::SqliteValueRef, Database,
    Decode, Encode, Postgres, Sqlite, Type,
};

use crate::domain::{
    dashboard::Role,
    invoice::InvoiceStatus,
    subscription::SubscriptionStatus,
    webhook::{DeliveryStatus, EndpointStatus},
};

macro_rules! text_column {
    ($($name:ty),+) => {$(
        impl Type<Sqlite> for $name {
            fn type_info() -> <Sqlite as Database>::TypeInfo {
                <&str as Type<Sqlite>>::type_info()
            }
            fn compatible(ty: &<Sqlite as Database>::TypeInfo) -> bool {
                <&str as Type<Sqlite>>::compatible(ty)
            }
        }

        impl Type<Postgres> for $name {
            fn type_info() -> <Postgres as Database>::TypeInfo {
                <&str as Type<Postgres>>::type_info()
            }
            fn compatible(ty: &<Postgres as Database>::TypeInfo) -> bool {
                <&str as Type<Postgres>>::compatible(ty)
            }
        }

        impl<'r> Decode<'r, Sqlite> for $name {
            fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as Decode<Sqlite>>::decode(value)?;
                <$name>::parse(text)
                    .ok_or_else(|| format!("{text:?} is not a {}", stringify!($name)).into())
            }
        }

        impl<'r> Decode<'r, Postgres> for $name {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as Decode<Postgres>>::decode(value)?;
                <$name>::parse(text)
                    .ok_or_else(|| format!("{text:?} is not a {}", stringify!($name)).into())
            }
        }

        impl<'q> Encode<'q, Sqlite> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <Sqlite as Database>::ArgumentBuffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                <&str as Encode<Sqlite>>::encode(self.as_str(), buf)
            }
        }

        impl<'q> Encode<'q, Postgres> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <Postgres as Database>::ArgumentBuffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                <&str as Encode<Postgres>>::encode(self.as_str(), buf)
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                <$name>::parse(text).ok_or(rusqlite::types::FromSqlError::InvalidType)
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }
    )+};
}

text_column!(
    Role,
    InvoiceStatus,
    SubscriptionStatus,
    DeliveryStatus,
    EndpointStatus
);

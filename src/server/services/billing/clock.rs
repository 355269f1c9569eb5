//! Where "now" comes from. Real time (UTC), except for a test-mode customer on a test
//! clock, whose time the merchant moves forward to watch renewals happen.
use crate::server::db::{store, Exec};
use crate::server::services::{now_unix, ServiceResult};

/// The customer's current time: their test clock's time, or real time.
pub async fn customer_now(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> ServiceResult<i64> {
    Ok(store::customers::clock_time(exec, merchant_id, customer_id)
        .await?
        .unwrap_or_else(now_unix))
}

/// The customer's time when the process's time is `now`: their test clock's, or `now`.
pub async fn customer_time_at(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    now: i64,
) -> ServiceResult<i64> {
    Ok(store::customers::clock_time(exec, merchant_id, customer_id)
        .await?
        .unwrap_or(now))
}

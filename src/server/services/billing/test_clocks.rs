//! Test clocks: a test-mode merchant moves one customer's time forward and watches what the
//! billing engine does at each period end (renewals, period-end cancellations, resumptions,
//! payment retries), without waiting a month. In live mode only while the processor is
//! connected with its test keys (a sandbox): the charges then go to the processor's test
//! mode.
use serde::Serialize;

use crate::server::db::{store, Db};
use crate::server::services::{
    billing::clock,
    billing::renewals::{self, RenewalReport},
    now_unix,
    objects::format_time,
    payments::Payments,
    Actor, ServiceError, ServiceResult,
};

/// How far one call may move a clock: long enough for a yearly plan's renewal and its
/// retries, short enough that one call's work stays bounded.
const MAX_ADVANCE_SECONDS: i64 = 2 * 366 * 86_400;
/// The latest time a clock may show (2100-01-01): repeated advances must not walk billing
/// dates off the calendar.
pub const LATEST_CLOCK_TIME: i64 = 4_102_444_800;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TestClockObject {
    pub object: &'static str,
    pub customer: String,
    pub frozen_time: String,
    pub status: &'static str,
    pub renewed: usize,
    pub ended: usize,
    pub payment_attempts: usize,
    pub livemode: bool,
}

/// Moves the customer's clock to `frozen_time` (unix seconds, later than their current
/// time) and runs everything that falls due on the way, before answering.
pub async fn advance(
    db: &Db,
    payments: &Payments,
    actor: &Actor,
    customer_id: &str,
    frozen_time: i64,
) -> ServiceResult<TestClockObject> {
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    // Live mode moves real money, unless the processor is connected with its test keys
    // (a rehearsal in the processor's test mode, as Stripe allows test clocks there).
    if actor.livemode()
        && !store::payment_processors::get(tx.exec(), merchant_id)
            .await?
            .is_some_and(|connection| connection.sandbox)
    {
        return Err(ServiceError::invalid(
            "customer",
            "Test clocks are only available with test-mode keys, or in live mode while the \
             processor is connected with its test keys",
        ));
    }
    store::customers::get(tx.exec(), merchant_id, actor.livemode(), customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    let current = clock::customer_now(tx.exec(), merchant_id, customer_id).await?;
    if frozen_time <= current {
        return Err(ServiceError::invalid(
            "frozenTime",
            format!(
                "frozenTime must be later than the customer's current time, {}",
                format_time(current)
            ),
        ));
    }
    if frozen_time > LATEST_CLOCK_TIME {
        return Err(ServiceError::invalid(
            "frozenTime",
            format!(
                "A test clock goes up to {} at the latest",
                format_time(LATEST_CLOCK_TIME)
            ),
        ));
    }
    if frozen_time.saturating_sub(current) > MAX_ADVANCE_SECONDS {
        return Err(ServiceError::invalid(
            "frozenTime",
            "A test clock moves at most two years per call",
        ));
    }
    store::customers::set_clock_time(tx.exec(), merchant_id, customer_id, frozen_time).await?;
    tx.commit().await?;
    let RenewalReport {
        renewed,
        ended,
        payment_attempts,
    } = renewals::run_due(db, payments, now_unix(), Some(customer_id)).await?;
    tracing::info!(customer = %customer_id, to = frozen_time, renewed, ended, "test clock advanced");
    Ok(TestClockObject {
        object: "test_clock",
        customer: customer_id.to_string(),
        frozen_time: format_time(frozen_time),
        status: "ready",
        renewed,
        ended,
        payment_attempts,
        livemode: actor.livemode(),
    })
}

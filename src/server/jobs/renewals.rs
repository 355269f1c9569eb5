//! Renewals and collection: every due subscription renewed and every due retry charged,
//! on real time (customers on a test clock move only when their clock is advanced).
use super::Round;
use crate::server::{
    db::Db,
    services::{
        billing::renewals::{run_due, RenewalReport},
        now_unix,
        payments::Payments,
    },
};

pub(super) async fn round(db: Db, payments: Payments) -> anyhow::Result<Round> {
    let report = run_due(&db, &payments, now_unix(), None).await?;
    if report != RenewalReport::default() {
        tracing::info!(?report, "renewals processed");
    }
    Ok(Round::Idle)
}

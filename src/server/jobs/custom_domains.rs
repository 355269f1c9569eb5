//! The daily re-check of verified custom domains (their TXT record), with its grace period.
use std::net::SocketAddr;

use super::Round;
use crate::server::{
    db::Db,
    services::{now_unix, settings::custom_domains::recheck_due},
};

pub(super) async fn round(
    db: Db,
    public_url: String,
    name_server: Option<SocketAddr>,
) -> anyhow::Result<Round> {
    let report = recheck_due(&db, &public_url, name_server, now_unix()).await?;
    if report.failing > 0 || report.lapsed > 0 {
        tracing::warn!(?report, "custom domains whose TXT record is missing");
    }
    Ok(Round::Idle)
}

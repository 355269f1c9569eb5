//! The dashboard's home page: what needs the merchant's attention in the mode they look at.
use crate::server::db::{
    store::{
        self,
        audit_log::{AuditFilter, AuditRow},
        custom_domains::CustomDomainRow,
        dashboard_home::{FailingEndpointRow, PastDueRow},
    },
    Db,
};
use crate::server::services::{dashboard::DashboardAccess, ServiceResult};

/// How many entries each list on the home page shows.
const LISTED: i64 = 10;

#[derive(Debug, Clone)]
pub struct HomeFacts {
    pub past_due: Vec<PastDueRow>,
    pub failing_endpoints: Vec<FailingEndpointRow>,
    /// Custom domains not verified yet, or whose TXT record went missing.
    pub domains: Vec<CustomDomainRow>,
    /// The customers' own recent changes in the portal, newest first.
    pub portal_activity: Vec<AuditRow>,
}

pub async fn attention(db: &Db, access: &DashboardAccess) -> ServiceResult<HomeFacts> {
    let merchant = &access.merchant_id;
    let mode = access.livemode;
    let mut conn = db.conn().await?;
    let past_due = store::dashboard_home::past_due(conn.exec(), merchant, mode, LISTED).await?;
    let failing_endpoints =
        store::dashboard_home::failing_endpoints(conn.exec(), merchant, mode).await?;
    let domains = store::custom_domains::list(conn.exec(), merchant)
        .await?
        .into_iter()
        .filter(|domain| {
            domain.verified_at.is_none()
                || domain.failing_since.is_some()
                || domain.lapsed_at.is_some()
        })
        .collect();
    let portal_activity = store::audit_log::list_page(
        conn.exec(),
        merchant,
        mode,
        &AuditFilter {
            actor_type: Some("portal_session"),
            limit: LISTED,
            ..Default::default()
        },
    )
    .await?;
    Ok(HomeFacts {
        past_due,
        failing_endpoints,
        domains,
        portal_activity,
    })
}

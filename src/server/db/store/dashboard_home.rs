//! What the dashboard's home page lists as needing attention, read in the merchant's mode.
use crate::domain::subscription::SubscriptionStatus;
use crate::server::db::{on_exec, Exec};

/// A subscription whose last payment failed, with its customer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PastDueRow {
    pub subscription_id: String,
    pub status: SubscriptionStatus,
    pub customer_id: String,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub updated_at: i64,
}

pub async fn past_due(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    limit: i64,
) -> Result<Vec<PastDueRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT s.id AS subscription_id, s.status, c.id AS customer_id,
                    c.name AS customer_name, c.email AS customer_email, s.updated_at
             FROM subscriptions s JOIN customers c ON c.id = s.customer_id
             WHERE s.merchant_id = $1 AND s.livemode = $2
               AND s.status IN ('past_due', 'unpaid')
             ORDER BY s.updated_at DESC, s.id LIMIT $3",
        )
        .bind(merchant_id)
        .bind(livemode)
        .bind(limit)
        .fetch_all(c)
        .await
    })
}

/// An endpoint whose deliveries fail, or that was disabled.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FailingEndpointRow {
    pub id: String,
    pub url: String,
    pub status: crate::domain::webhook::EndpointStatus,
    pub failing_since: Option<i64>,
}

pub async fn failing_endpoints(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
) -> Result<Vec<FailingEndpointRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, url, status, failing_since FROM webhook_endpoints
             WHERE merchant_id = $1 AND livemode = $2
               AND (failing_since IS NOT NULL OR status = 'disabled')
             ORDER BY created_at, id",
        )
        .bind(merchant_id)
        .bind(livemode)
        .fetch_all(c)
        .await
    })
}

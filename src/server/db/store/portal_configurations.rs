//! Portal configurations: which features a portal session offers.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PortalConfigurationRow {
    pub id: String,
    pub merchant_id: String,
    pub is_default: bool,
    pub features: String,
    pub business_profile: String,
    pub default_return_url: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Used instead of the default for customers with a past_due subscription.
    pub is_past_due_default: bool,
    /// Origins allowed to embed the portal (JSON array).
    pub frame_ancestors: String,
    /// Each mode has its own configurations (and its own default).
    pub livemode: bool,
}

const COLUMNS: &str =
    "id, merchant_id, is_default, features, business_profile, default_return_url, created_at, updated_at,
     is_past_due_default, frame_ancestors, livemode";

pub async fn insert(exec: Exec<'_>, row: &PortalConfigurationRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO portal_configurations ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(row.is_default)
            .bind(&row.features)
            .bind(&row.business_profile)
            .bind(&row.default_return_url)
            .bind(row.created_at)
            .bind(row.updated_at)
            .bind(row.is_past_due_default)
            .bind(&row.frame_ancestors)
            .bind(row.livemode)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The configuration `id` of the merchant in mode `livemode`; the id `default` names that
/// mode's default.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<PortalConfigurationRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM portal_configurations
         WHERE merchant_id = $1 AND livemode = $3 AND (id = $2 OR ($2 = 'default' AND is_default))"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's configurations of mode `livemode`, the default first, then newest first.
pub async fn list(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
) -> Result<Vec<PortalConfigurationRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM portal_configurations WHERE merchant_id = $1 AND livemode = $2
         ORDER BY is_default DESC, created_at DESC, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .fetch_all(c)
            .await
    })
}

/// Writes every mutable column of `row` (matched by merchant and id).
pub async fn update(exec: Exec<'_>, row: &PortalConfigurationRow) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE portal_configurations
             SET is_default = $1, features = $2, business_profile = $3, default_return_url = $4, updated_at = $5,
                 is_past_due_default = $8, frame_ancestors = $9
             WHERE merchant_id = $6 AND id = $7 AND livemode = $10",
        )
        .bind(row.is_default)
        .bind(&row.features)
        .bind(&row.business_profile)
        .bind(&row.default_return_url)
        .bind(row.updated_at)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .bind(row.is_past_due_default)
        .bind(&row.frame_ancestors)
        .bind(row.livemode)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Makes no configuration of the merchant's mode the default (before making another one
/// default).
pub async fn clear_default(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE portal_configurations SET is_default = FALSE, updated_at = $1
             WHERE merchant_id = $2 AND livemode = $3 AND is_default",
        )
        .bind(now)
        .bind(merchant_id)
        .bind(livemode)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Makes no configuration of the merchant's mode the past_due one.
pub async fn clear_past_due_default(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE portal_configurations SET is_past_due_default = FALSE, updated_at = $1
             WHERE merchant_id = $2 AND livemode = $3 AND is_past_due_default",
        )
        .bind(now)
        .bind(merchant_id)
        .bind(livemode)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The `features` (JSON) of the configuration a session for the customer would use
/// (`configuration_id`, or `default`: see `customers::configuration_for_customer`).
pub async fn features_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
    configuration_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let sql = format!(
        "SELECT pc.features FROM customers c
         JOIN portal_configurations pc ON pc.merchant_id = c.merchant_id
              AND pc.livemode = c.livemode AND {}
         WHERE c.merchant_id = $1 AND c.id = $2 AND c.livemode = $4",
        super::customers::configuration_for_customer("$3")
    );
    on_exec!(exec, |c| {
        sqlx::query_scalar(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(configuration_id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

//! Custom domains: host names a merchant serves its portal under, once proven by DNS.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CustomDomainRow {
    pub id: String,
    pub merchant_id: String,
    /// Lower case, no trailing dot.
    pub domain: String,
    pub verification_token: String,
    pub verified_at: Option<i64>,
    pub last_checked_at: Option<i64>,
    /// Why the last verification failed, in words for the merchant.
    pub last_check_error: Option<String>,
    pub created_at: i64,
    /// Since when the TXT record of a verified domain has been missing (the grace period).
    pub failing_since: Option<i64>,
    /// When a verified domain stopped serving because its TXT record stayed missing.
    pub lapsed_at: Option<i64>,
}

const COLUMNS: &str = "id, merchant_id, domain, verification_token, verified_at, last_checked_at,
     last_check_error, created_at, failing_since, lapsed_at";

pub async fn insert(exec: Exec<'_>, row: &CustomDomainRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO custom_domains ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.domain)
            .bind(&row.verification_token)
            .bind(row.verified_at)
            .bind(row.last_checked_at)
            .bind(&row.last_check_error)
            .bind(row.created_at)
            .bind(row.failing_since)
            .bind(row.lapsed_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
) -> Result<Option<CustomDomainRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM custom_domains WHERE merchant_id = $1 AND id = $2");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's claim on `domain`, if it made one.
pub async fn find_claim(
    exec: Exec<'_>,
    merchant_id: &str,
    domain: &str,
) -> Result<Option<CustomDomainRow>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM custom_domains WHERE merchant_id = $1 AND domain = $2");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(domain)
            .fetch_optional(c)
            .await
    })
}

pub async fn list(exec: Exec<'_>, merchant_id: &str) -> Result<Vec<CustomDomainRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM custom_domains WHERE merchant_id = $1 ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(merchant_id).fetch_all(c).await
    })
}

pub async fn count(exec: Exec<'_>, merchant_id: &str) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar("SELECT COUNT(*) FROM custom_domains WHERE merchant_id = $1")
            .bind(merchant_id)
            .fetch_one(c)
            .await
    })
}

pub async fn delete(exec: Exec<'_>, merchant_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM custom_domains WHERE merchant_id = $1 AND id = $2")
            .bind(merchant_id)
            .bind(id)
            .execute(c)
            .await
            .map(|done| done.rows_affected() == 1)
    })
}

/// Stores the outcome of a DNS check: verified (`verified_at` set, error cleared), failing
/// (within its grace period) or lapsed. A name another merchant already holds verified
/// fails on the partial unique index.
pub async fn record_check(exec: Exec<'_>, row: &CustomDomainRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE custom_domains SET verified_at = $1, last_checked_at = $2, last_check_error = $3,
                 failing_since = $4, lapsed_at = $5
             WHERE id = $6",
        )
        .bind(row.verified_at)
        .bind(row.last_checked_at)
        .bind(&row.last_check_error)
        .bind(row.failing_since)
        .bind(row.lapsed_at)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Verified domains (of every merchant; a verified one was always checked) not checked since `checked_before`, oldest first.
pub async fn due_for_recheck(
    exec: Exec<'_>,
    checked_before: i64,
    limit: i64,
) -> Result<Vec<CustomDomainRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM custom_domains
         WHERE verified_at IS NOT NULL AND last_checked_at < $1
         ORDER BY last_checked_at, id LIMIT $2"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(checked_before)
            .bind(limit)
            .fetch_all(c)
            .await
    })
}

/// The merchant's first verified domain: its portal links use it.
pub async fn primary_verified(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT domain FROM custom_domains WHERE merchant_id = $1 AND verified_at IS NOT NULL
             ORDER BY verified_at, id LIMIT 1",
        )
        .bind(merchant_id)
        .fetch_optional(c)
        .await
    })
}

/// The merchant `domain` is verified for: the one merchant whose portal it serves.
pub async fn verified_merchant(
    exec: Exec<'_>,
    domain: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT merchant_id FROM custom_domains WHERE domain = $1 AND verified_at IS NOT NULL",
        )
        .bind(domain)
        .fetch_optional(c)
        .await
    })
}

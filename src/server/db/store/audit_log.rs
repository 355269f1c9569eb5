//! The audit log: who changed what, written in the transaction of the change.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: Option<String>,
    pub actor_type: String,
    pub actor_id: Option<String>,
    /// A dashboard user's e-mail.
    pub actor_email: Option<String>,
    pub action: String,
    pub object_id: String,
    /// JSON `{"field": {"before": ..., "after": ...}}`.
    pub changes: Option<String>,
    pub event_id: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub livemode: bool,
    pub created_at: i64,
}

const COLUMNS: &str = "id, merchant_id, customer_id, actor_type, actor_id, action, object_id,
     changes, event_id, ip, user_agent, livemode, created_at, actor_email";

pub async fn insert(exec: Exec<'_>, row: &AuditRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO audit_log ({COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.actor_type)
            .bind(&row.actor_id)
            .bind(&row.action)
            .bind(&row.object_id)
            .bind(&row.changes)
            .bind(&row.event_id)
            .bind(&row.ip)
            .bind(&row.user_agent)
            .bind(row.livemode)
            .bind(row.created_at)
            .bind(&row.actor_email)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Which entries to list; `starting_after` is an entry id (cursor).
#[derive(Debug, Default)]
pub struct AuditFilter<'a> {
    pub customer_id: Option<&'a str>,
    pub object_id: Option<&'a str>,
    pub starting_after: Option<&'a str>,
    /// Only changes by this kind of actor (`portal_session`: the customers' own).
    pub actor_type: Option<&'a str>,
    /// Only changes by this actor (an API key, portal session or dashboard user id, or a
    /// dashboard user's e-mail).
    pub actor: Option<&'a str>,
    /// Only this action (`subscription.updated`).
    pub action: Option<&'a str>,
    /// Only entries made at or after, and before, these times.
    pub created_gte: Option<i64>,
    pub created_lt: Option<i64>,
    pub limit: i64,
}

/// The merchant's entries of mode `livemode`, newest first, after the cursor.
pub async fn list_page(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    filter: &AuditFilter<'_>,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM audit_log
         WHERE merchant_id = $1 AND livemode = $6
           AND ($2 IS NULL OR customer_id = $2)
           AND ($3 IS NULL OR object_id = $3)
           AND ($4 IS NULL OR seq < (SELECT seq FROM audit_log WHERE merchant_id = $1 AND id = $4))
           AND ($7 IS NULL OR actor_type = $7)
           AND ($8 IS NULL OR actor_id = $8 OR actor_email = $8)
           AND ($9 IS NULL OR action = $9)
           AND ($10 IS NULL OR created_at >= $10)
           AND ($11 IS NULL OR created_at < $11)
         ORDER BY seq DESC LIMIT $5"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(filter.customer_id)
            .bind(filter.object_id)
            .bind(filter.starting_after)
            .bind(filter.limit)
            .bind(livemode)
            .bind(filter.actor_type)
            .bind(filter.actor)
            .bind(filter.action)
            .bind(filter.created_gte)
            .bind(filter.created_lt)
            .fetch_all(c)
            .await
    })
}

/// Whether the merchant has an entry of mode `livemode` with this id (to refuse unknown
/// cursors).
pub async fn exists(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, i64>(
            "SELECT seq FROM audit_log WHERE merchant_id = $1 AND id = $2 AND livemode = $3",
        )
        .bind(merchant_id)
        .bind(id)
        .bind(livemode)
        .fetch_optional(c)
        .await
        .map(|seq| seq.is_some())
    })
}

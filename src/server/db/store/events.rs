//! The event outbox: rows written in the same transaction as the change they describe.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub id: String,
    pub merchant_id: String,
    #[sqlx(rename = "type")]
    pub event_type: String,
    pub customer_id: Option<String>,
    pub object_id: String,
    pub payload: String,
    pub initiated_by_type: String,
    pub initiated_by_id: Option<String>,
    pub livemode: bool,
    pub created_at: i64,
}

const COLUMNS: &str = "id, merchant_id, type, customer_id, object_id, payload, initiated_by_type,
     initiated_by_id, livemode, created_at";

pub async fn insert(exec: Exec<'_>, row: &EventRow) -> Result<(), sqlx::Error> {
    let sql =
        format!("INSERT INTO events ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.event_type)
            .bind(&row.customer_id)
            .bind(&row.object_id)
            .bind(&row.payload)
            .bind(&row.initiated_by_type)
            .bind(&row.initiated_by_id)
            .bind(row.livemode)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Events about one object, in the order they were recorded.
pub async fn list_for_object(
    exec: Exec<'_>,
    merchant_id: &str,
    object_id: &str,
) -> Result<Vec<EventRow>, sqlx::Error> {
    let select = format!("SELECT {COLUMNS} FROM events WHERE merchant_id = $1 AND object_id = $2");
    // Insertion order: SQLite's rowid, PostgreSQL's `sequence` column.
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&format!("{select} ORDER BY rowid"))
                .bind(merchant_id)
                .bind(object_id)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&format!("{select} ORDER BY sequence"))
                .bind(merchant_id)
                .bind(object_id)
                .fetch_all(c)
                .await
        }
    }
}

/// Which events to list: all filters optional; `starting_after` is an event id (cursor).
#[derive(Debug, Default)]
pub struct EventFilter<'a> {
    pub event_type: Option<&'a str>,
    pub customer_id: Option<&'a str>,
    pub created_gte: Option<i64>,
    pub created_lt: Option<i64>,
    pub starting_after: Option<&'a str>,
    pub limit: i64,
}

/// The merchant's events of mode `livemode`, newest first (insertion order), after the cursor.
pub async fn list_page(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    filter: &EventFilter<'_>,
) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = |order: &str| {
        format!(
            "SELECT {COLUMNS} FROM events
             WHERE merchant_id = $1 AND livemode = $8
               AND ($2 IS NULL OR type = $2)
               AND ($3 IS NULL OR customer_id = $3)
               AND ($4 IS NULL OR created_at >= $4)
               AND ($5 IS NULL OR created_at < $5)
               AND ($6 IS NULL OR {order} < (SELECT {order} FROM events WHERE merchant_id = $1 AND id = $6))
             ORDER BY {order} DESC LIMIT $7"
        )
    };
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&sql("rowid"))
                .bind(merchant_id)
                .bind(filter.event_type)
                .bind(filter.customer_id)
                .bind(filter.created_gte)
                .bind(filter.created_lt)
                .bind(filter.starting_after)
                .bind(filter.limit)
                .bind(livemode)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&sql("sequence"))
                .bind(merchant_id)
                .bind(filter.event_type)
                .bind(filter.customer_id)
                .bind(filter.created_gte)
                .bind(filter.created_lt)
                .bind(filter.starting_after)
                .bind(filter.limit)
                .bind(livemode)
                .fetch_all(c)
                .await
        }
    }
}

/// One event of the merchant in mode `livemode`.
/// The merchant's events of one mode among `ids`, in one query (any order; unknown ids
/// are left out).
pub async fn get_many(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    ids: &[String],
) -> Result<Vec<EventRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "SELECT {COLUMNS} FROM events WHERE merchant_id = $1 AND livemode = $2 AND id IN ({})",
        placeholders.join(", ")
    );
    on_exec!(exec, |c| {
        let mut query = sqlx::query_as(&sql).bind(merchant_id).bind(livemode);
        for id in ids {
            query = query.bind(id);
        }
        query.fetch_all(c).await
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<EventRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM events WHERE merchant_id = $1 AND id = $2 AND livemode = $3"
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

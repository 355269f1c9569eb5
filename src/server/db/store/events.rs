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

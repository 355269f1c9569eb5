//! Merchants (tenants).
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MerchantRow {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

pub async fn insert(exec: Exec<'_>, row: &MerchantRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("INSERT INTO merchants (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(&row.id)
            .bind(&row.name)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

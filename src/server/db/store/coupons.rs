//! Coupons, read within their merchant.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CouponRow {
    pub merchant_id: String,
    pub id: String,
    pub name: Option<String>,
    pub percent_off_basis_points: Option<i64>,
    pub amount_off: Option<i64>,
    pub currency: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub created_at: i64,
}

const COLUMNS: &str =
    "merchant_id, id, name, percent_off_basis_points, amount_off, currency, duration,
     duration_in_months, created_at";

pub async fn insert(exec: Exec<'_>, row: &CouponRow) -> Result<(), sqlx::Error> {
    let sql =
        format!("INSERT INTO coupons ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.merchant_id)
            .bind(&row.id)
            .bind(&row.name)
            .bind(row.percent_off_basis_points)
            .bind(row.amount_off)
            .bind(&row.currency)
            .bind(&row.duration)
            .bind(row.duration_in_months)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
) -> Result<Option<CouponRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM coupons WHERE merchant_id = $1 AND id = $2");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(id)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's coupons, newest first.
pub async fn list(exec: Exec<'_>, merchant_id: &str) -> Result<Vec<CouponRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM coupons WHERE merchant_id = $1 ORDER BY created_at DESC, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(merchant_id).fetch_all(c).await
    })
}

//! Portal forms the server refused, kept briefly for the page that shows them again.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RefusedFormRow {
    pub id: String,
    pub session_id: String,
    /// JSON object: field name → what was typed.
    pub form_values: String,
    /// JSON array of the refused fields' names.
    pub errors: String,
    pub expires_at: i64,
}

/// Keeps the form, dropping forms that have expired.
pub async fn insert(mut exec: Exec<'_>, row: &RefusedFormRow, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec.reborrow(), |c| {
        sqlx::query("DELETE FROM refused_forms WHERE expires_at <= $1")
            .bind(now)
            .execute(c)
            .await
            .map(|_| ())
    })?;
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO refused_forms (id, session_id, form_values, errors, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&row.id)
        .bind(&row.session_id)
        .bind(&row.form_values)
        .bind(&row.errors)
        .bind(row.expires_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The session's form `id`, if it has not expired at `now`.
pub async fn get(
    exec: Exec<'_>,
    session_id: &str,
    id: &str,
    now: i64,
) -> Result<Option<RefusedFormRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, session_id, form_values, errors, expires_at FROM refused_forms
             WHERE id = $1 AND session_id = $2 AND expires_at > $3",
        )
        .bind(id)
        .bind(session_id)
        .bind(now)
        .fetch_optional(c)
        .await
    })
}

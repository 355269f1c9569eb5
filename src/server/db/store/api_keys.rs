//! Secret API keys, stored only as the SHA-256 of the key, with their last 4 characters.
use crate::server::db::{
    inline::{self, inline_row},
    on_exec, Db, Exec,
};

inline_row! {
    #[derive(Debug, Clone, sqlx::FromRow)]
    pub struct ApiKeyRow {
        pub id: String,
        pub merchant_id: String,
        pub key_hash: String,
        pub key_hint: String,
        pub livemode: bool,
        pub created_at: i64,
        pub revoked_at: Option<i64>,
        /// A rolled key stops working at this time.
        pub expires_at: Option<i64>,
        /// What the merchant called it ("Production server").
        pub name: Option<String>,
        /// To the minute: see [`touch`].
        pub last_used_at: Option<i64>,
    }
}

const COLUMNS: &str = "id, merchant_id, key_hash, key_hint, livemode, created_at, revoked_at, \
                       expires_at, name, last_used_at";

pub async fn insert(exec: Exec<'_>, row: &ApiKeyRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO api_keys ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.key_hash)
            .bind(&row.key_hint)
            .bind(row.livemode)
            .bind(row.created_at)
            .bind(row.revoked_at)
            .bind(row.expires_at)
            .bind(&row.name)
            .bind(row.last_used_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The key with this hash if it is neither revoked nor expired at `now`. Every API request
/// asks the database (no cache), so a revoked key is refused at once by every instance; on
/// SQLite the read runs inline (see `db::inline`), which keeps it cheap.
pub async fn find_active_by_hash(
    db: &Db,
    key_hash: &str,
    now: i64,
) -> Result<Option<ApiKeyRow>, sqlx::Error> {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        format!(
            "SELECT {COLUMNS} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL
               AND (expires_at IS NULL OR expires_at > $2)"
        )
    });
    match db {
        Db::Sqlite(sqlite) => sqlite
            .inline
            .read(|c| inline::query_optional(c, sql, &[&key_hash, &now])),
        Db::Postgres(pool) => {
            sqlx::query_as(sql)
                .bind(key_hash)
                .bind(now)
                .fetch_optional(pool)
                .await
        }
    }
}

/// The merchant's keys of one mode that still work at `now`, oldest first.
pub async fn list_active(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    now: i64,
) -> Result<Vec<ApiKeyRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM api_keys
         WHERE merchant_id = $1 AND livemode = $2 AND revoked_at IS NULL
           AND (expires_at IS NULL OR expires_at > $3)
         ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .bind(now)
            .fetch_all(c)
            .await
    })
}

/// The merchant's key `id` of one mode, if it still works at `now`.
pub async fn get_active(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
    now: i64,
) -> Result<Option<ApiKeyRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM api_keys
         WHERE merchant_id = $1 AND livemode = $2 AND id = $3 AND revoked_at IS NULL
           AND (expires_at IS NULL OR expires_at > $4)"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .bind(id)
            .bind(now)
            .fetch_optional(c)
            .await
    })
}

/// Revokes the key at `now`, or makes it expire at `expires_at` (a roll's overlap).
pub async fn end(
    exec: Exec<'_>,
    row: &ApiKeyRow,
    revoked_at: Option<i64>,
    expires_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE api_keys SET revoked_at = $1, expires_at = $2 WHERE id = $3")
            .bind(revoked_at)
            .bind(expires_at)
            .bind(&row.id)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Records that the key was used at `now`. Asked only when the stored time is older than
/// the precision the dashboard shows (a minute), so that busy keys do not write on every
/// request; the condition keeps two instances from moving it backwards.
pub async fn touch(exec: Exec<'_>, id: &str, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE api_keys SET last_used_at = $1
             WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1)",
        )
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

//! The dashboard's people: users, their sign-in sessions, their single-use password links,
//! and the failed sign-ins that throttle guessing.
use crate::domain::dashboard::Role;
use crate::server::db::{on_exec, Exec};

#[derive(Clone, sqlx::FromRow)]
pub struct DashboardUserRow {
    pub id: String,
    pub merchant_id: String,
    pub email: String,
    /// The Argon2id PHC string; `None` until the user has chosen a password.
    pub password_hash: Option<String>,
    pub role: Role,
    pub created_at: i64,
    pub password_changed_at: Option<i64>,
}

// The hash stays out of logs even in its hashed form.
impl std::fmt::Debug for DashboardUserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DashboardUserRow")
            .field("id", &self.id)
            .field("merchant_id", &self.merchant_id)
            .field("email", &self.email)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

const USER_COLUMNS: &str =
    "id, merchant_id, email, password_hash, role, created_at, password_changed_at";

pub async fn insert_user(exec: Exec<'_>, row: &DashboardUserRow) -> Result<(), sqlx::Error> {
    let sql =
        format!("INSERT INTO dashboard_users ({USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)");
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.email)
            .bind(&row.password_hash)
            .bind(row.role)
            .bind(row.created_at)
            .bind(row.password_changed_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The user signing in as `email` (lower-case).
pub async fn user_by_email(
    exec: Exec<'_>,
    email: &str,
) -> Result<Option<DashboardUserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM dashboard_users WHERE email = $1");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(email).fetch_optional(c).await
    })
}

pub async fn user(exec: Exec<'_>, id: &str) -> Result<Option<DashboardUserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM dashboard_users WHERE id = $1");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(id).fetch_optional(c).await
    })
}

pub async fn set_password(
    exec: Exec<'_>,
    user_id: &str,
    password_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_users SET password_hash = $2, password_changed_at = $3 WHERE id = $1",
        )
        .bind(user_id)
        .bind(password_hash)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DashboardSessionRow {
    pub token_hash: String,
    pub user_id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

pub async fn insert_session(exec: Exec<'_>, row: &DashboardSessionRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO dashboard_sessions
                 (token_hash, user_id, created_at, last_seen_at, ip, user_agent)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&row.token_hash)
        .bind(&row.user_id)
        .bind(row.created_at)
        .bind(row.last_seen_at)
        .bind(&row.ip)
        .bind(&row.user_agent)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// A live session's user, with the session's times and the merchant's name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SignedInRow {
    #[sqlx(flatten)]
    pub user: DashboardUserRow,
    pub merchant_name: String,
    pub session_created_at: i64,
    pub session_last_seen_at: i64,
    /// The user signs in with a second step.
    pub has_totp: bool,
    /// The merchant requires a second step of everyone.
    pub team_requires_totp: bool,
    /// The session looks at live data.
    pub session_livemode: bool,
    /// The merchant has a working live key (so live data can exist).
    pub has_live_keys: bool,
}

/// The user of the session `token_hash`, if it has not ended and was last used after
/// `idle_since` and created after `created_since`.
pub async fn signed_in(
    exec: Exec<'_>,
    token_hash: &str,
    idle_since: i64,
    created_since: i64,
) -> Result<Option<SignedInRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT u.id, u.merchant_id, u.email, u.password_hash, u.role, u.created_at,
                    u.password_changed_at, m.name AS merchant_name,
                    s.created_at AS session_created_at, s.last_seen_at AS session_last_seen_at,
                    (u.totp_secret IS NOT NULL) AS has_totp,
                    m.dashboard_requires_totp AS team_requires_totp,
                    s.livemode AS session_livemode,
                    EXISTS (SELECT 1 FROM api_keys k WHERE k.merchant_id = u.merchant_id
                            AND k.livemode AND k.revoked_at IS NULL) AS has_live_keys
             FROM dashboard_sessions s
             JOIN dashboard_users u ON u.id = s.user_id
             JOIN merchants m ON m.id = u.merchant_id
             WHERE s.token_hash = $1 AND s.ended_at IS NULL
               AND s.last_seen_at > $2 AND s.created_at > $3",
        )
        .bind(token_hash)
        .bind(idle_since)
        .bind(created_since)
        .fetch_optional(c)
        .await
    })
}

pub async fn touch_session(exec: Exec<'_>, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE dashboard_sessions SET last_seen_at = $2 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(now)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Ends one session; answers whether it was still live.
pub async fn end_session(exec: Exec<'_>, token_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL",
        )
        .bind(token_hash)
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected() > 0)
    })
}

/// Ends every live session of `user_id` (a password change); answers how many.
pub async fn end_sessions_of(exec: Exec<'_>, user_id: &str, now: i64) -> Result<u64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL",
        )
        .bind(user_id)
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected())
    })
}

pub async fn insert_link(
    exec: Exec<'_>,
    token_hash: &str,
    user_id: &str,
    kind: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO dashboard_links (token_hash, user_id, kind, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(kind)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The user a link `token_hash` sets the password of, if it is unused and unexpired.
pub async fn link_user(
    exec: Exec<'_>,
    token_hash: &str,
    now: i64,
) -> Result<Option<DashboardUserRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT u.id, u.merchant_id, u.email, u.password_hash, u.role, u.created_at,
                    u.password_changed_at
             FROM dashboard_links l JOIN dashboard_users u ON u.id = l.user_id
             WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await
    })
}

/// Uses the link up: answers its user's id when it was still usable (once, also under
/// concurrent use).
pub async fn use_link(
    exec: Exec<'_>,
    token_hash: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "UPDATE dashboard_links SET used_at = $2
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
             RETURNING user_id",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await
    })
}

#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct FailureCount {
    pub failures: i64,
    pub window_start: i64,
    pub refused_until: Option<i64>,
}

pub async fn failures(exec: Exec<'_>, key: &str) -> Result<Option<FailureCount>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT failures, window_start, refused_until FROM dashboard_sign_in_failures
             WHERE key = $1",
        )
        .bind(key)
        .fetch_optional(c)
        .await
    })
}

pub async fn put_failures(
    exec: Exec<'_>,
    key: &str,
    count: FailureCount,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO dashboard_sign_in_failures (key, failures, window_start, refused_until)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
                 window_start = excluded.window_start, refused_until = excluded.refused_until",
        )
        .bind(key)
        .bind(count.failures)
        .bind(count.window_start)
        .bind(count.refused_until)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn clear_failures(exec: Exec<'_>, key: &str) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM dashboard_sign_in_failures WHERE key = $1")
            .bind(key)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// A member of a merchant's team as the Team page lists them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub created_at: i64,
    /// They have chosen a password (accepted their invitation).
    pub active: bool,
    /// When their newest unused invitation link stops working.
    pub invitation_expires_at: Option<i64>,
}

/// The merchant's team, oldest first.
pub async fn members(exec: Exec<'_>, merchant_id: &str) -> Result<Vec<MemberRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT u.id, u.email, u.role, u.created_at,
                    (u.password_hash IS NOT NULL) AS active,
                    (SELECT MAX(l.expires_at) FROM dashboard_links l
                     WHERE l.user_id = u.id AND l.used_at IS NULL) AS invitation_expires_at
             FROM dashboard_users u WHERE u.merchant_id = $1
             ORDER BY u.created_at, u.id",
        )
        .bind(merchant_id)
        .fetch_all(c)
        .await
    })
}

/// How many owners the merchant's team has.
pub async fn count_owners(exec: Exec<'_>, merchant_id: &str) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM dashboard_users WHERE merchant_id = $1 AND role = 'owner'",
        )
        .bind(merchant_id)
        .fetch_one(c)
        .await
    })
}

pub async fn set_role(exec: Exec<'_>, user_id: &str, role: Role) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE dashboard_users SET role = $1 WHERE id = $2")
            .bind(role)
            .bind(user_id)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Makes every unused link of the user unusable (a new invitation replaces them).
pub async fn retire_links_of(exec: Exec<'_>, user_id: &str, now: i64) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_links SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Removes the user with their links and sessions: they are signed out at once, and their
/// e-mail may be invited again. The audit log keeps their id and e-mail.
pub async fn delete_user(exec: Exec<'_>, user_id: &str) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        for sql in [
            "DELETE FROM dashboard_links WHERE user_id = $1",
            "DELETE FROM dashboard_sessions WHERE user_id = $1",
            "DELETE FROM dashboard_users WHERE id = $1",
        ] {
            sqlx::query(sql).bind(user_id).execute(&mut *c).await?;
        }
        Ok(())
    })
}

/// Points the session `token_hash` at live or test data.
pub async fn set_session_mode(
    exec: Exec<'_>,
    token_hash: &str,
    livemode: bool,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE dashboard_sessions SET livemode = $2 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(livemode)
            .execute(c)
            .await
            .map(|_| ())
    })
}

//! Two-step sign-in's rows: a user's authenticator secret (pending and confirmed), their
//! recovery codes (hashed), the challenges sign-ins wait in for their code, and whether a
//! merchant requires the second step.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct TotpState {
    pub totp_secret: Option<String>,
    pub totp_pending_secret: Option<String>,
    pub totp_last_step: Option<i64>,
}

pub async fn state(exec: Exec<'_>, user_id: &str) -> Result<TotpState, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT totp_secret, totp_pending_secret, totp_last_step
             FROM dashboard_users WHERE id = $1",
        )
        .bind(user_id)
        .fetch_optional(c)
        .await
        .map(Option::unwrap_or_default)
    })
}

pub async fn set_pending(exec: Exec<'_>, user_id: &str, secret: &str) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE dashboard_users SET totp_pending_secret = $2 WHERE id = $1")
            .bind(user_id)
            .bind(secret)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Makes `secret` the user's confirmed secret (or removes it, with `None`); the pending
/// one is cleared either way. `last_step` is the step of the code that confirmed it.
pub async fn set_secret(
    exec: Exec<'_>,
    user_id: &str,
    secret: Option<&str>,
    last_step: Option<i64>,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_users
             SET totp_secret = $2, totp_pending_secret = NULL, totp_last_step = $3
             WHERE id = $1",
        )
        .bind(user_id)
        .bind(secret)
        .bind(last_step)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Records that the code of `step` was used, unless a code of this step or a later one
/// already was: whether it was recorded (a code works once, also under concurrent use).
pub async fn use_step(exec: Exec<'_>, user_id: &str, step: i64) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_users SET totp_last_step = $2
             WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        )
        .bind(user_id)
        .bind(step)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Replaces the user's recovery codes with these hashes.
pub async fn replace_recovery_codes(
    exec: Exec<'_>,
    user_id: &str,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("DELETE FROM dashboard_recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *c)
            .await?;
        for hash in hashes {
            sqlx::query(
                "INSERT INTO dashboard_recovery_codes (user_id, code_hash) VALUES ($1, $2)",
            )
            .bind(user_id)
            .bind(hash)
            .execute(&mut *c)
            .await?;
        }
        Ok(())
    })
}

/// Uses up an unused recovery code: whether it was one.
pub async fn use_recovery_code(
    exec: Exec<'_>,
    user_id: &str,
    hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_recovery_codes SET used_at = $3
             WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        )
        .bind(user_id)
        .bind(hash)
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

pub async fn unused_recovery_codes(exec: Exec<'_>, user_id: &str) -> Result<i64, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM dashboard_recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(c)
        .await
    })
}

pub async fn insert_challenge(
    exec: Exec<'_>,
    token_hash: &str,
    user_id: &str,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO dashboard_sign_in_challenges (token_hash, user_id, expires_at)
             VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The user a live challenge waits for.
pub async fn challenge_user(
    exec: Exec<'_>,
    token_hash: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT user_id FROM dashboard_sign_in_challenges
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await
    })
}

/// Ends a challenge: whether it was still live (once, also under concurrent use).
pub async fn use_challenge(
    exec: Exec<'_>,
    token_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE dashboard_sign_in_challenges SET used_at = $2
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

pub async fn merchant_requires(exec: Exec<'_>, merchant_id: &str) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar("SELECT dashboard_requires_totp FROM merchants WHERE id = $1")
            .bind(merchant_id)
            .fetch_optional(c)
            .await
            .map(|required: Option<bool>| required.unwrap_or(false))
    })
}

pub async fn set_merchant_requires(
    exec: Exec<'_>,
    merchant_id: &str,
    required: bool,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE merchants SET dashboard_requires_totp = $2 WHERE id = $1")
            .bind(merchant_id)
            .bind(required)
            .execute(c)
            .await
            .map(|_| ())
    })
}

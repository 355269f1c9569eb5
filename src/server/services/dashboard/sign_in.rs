//! Signing in to the dashboard: an e-mail and password checked with Argon2id (unknown
//! e-mails against a dummy hash, so that timing does not reveal which accounts exist),
//! failed tries counted per e-mail and per client address, and sign-in sessions kept only
//! as hashes of their cookie tokens.
use std::time::Duration;

use crate::server::services::{
    actor::ClientInfo,
    dashboard::{accounts, DashboardAccess},
    now_unix, ServiceResult,
};
use crate::server::{
    db::{
        store::{
            self,
            dashboard_users::{DashboardSessionRow, FailureCount},
        },
        Db,
    },
    passwords, secrets,
};

/// A session ends after this long without a request.
pub const IDLE_SECONDS: i64 = 12 * 3600;
/// And this long after sign-in, however busy.
pub const ABSOLUTE_SECONDS: i64 = 7 * 24 * 3600;
/// A session's last use is written at most this often (a write per page would serialise
/// SQLite's writers for nothing).
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Failed tries are counted over this window.
pub const FAILURE_WINDOW_SECONDS: i64 = 15 * 60;
/// From this many failures in the window, each further try waits before it is answered.
pub const SLOW_AFTER_FAILURES: i64 = 5;
/// At this many, tries are refused for [`REFUSAL_SECONDS`]; then the count starts over, so
/// that the real owner is never locked out for longer.
pub const REFUSE_AT_FAILURES: i64 = 10;
pub const REFUSAL_SECONDS: i64 = 15 * 60;
/// The longest a slowed try waits.
const MAX_SLOWDOWN: Duration = Duration::from_secs(5);

/// A successful sign-in: the cookie's token (shown to the browser once) and who it is.
#[derive(Debug)]
pub struct SignedIn {
    pub token: String,
    pub user_id: String,
}

/// How long a right password waits for its second step's code.
pub const CHALLENGE_SECONDS: i64 = 5 * 60;

/// What a right password leads to.
#[derive(Debug)]
pub enum SignInStep {
    /// Signed in.
    Done(SignedIn),
    /// The account has two-step sign-in: its code is next, within [`CHALLENGE_SECONDS`],
    /// presented with this token (kept by the browser in a short cookie).
    Code { challenge: String },
}

#[derive(Debug, thiserror::Error)]
pub enum SignInRefusal {
    /// The same answer for an unknown e-mail, a user without a password and a wrong one.
    #[error("That e-mail and password do not match an account")]
    WrongCredentials,
    #[error("Too many failed sign-ins. Try again in {} minutes.", (retry_after_seconds + 59) / 60)]
    TooManyAttempts { retry_after_seconds: i64 },
    /// A second step's code that is wrong or was used already.
    #[error("That code is not right")]
    WrongCode,
    /// The second step came too late (or its challenge was used): start again.
    #[error("The sign-in took too long; enter your password again")]
    ChallengeExpired,
    #[error(transparent)]
    Service(#[from] crate::server::services::ServiceError),
}

impl From<sqlx::Error> for SignInRefusal {
    fn from(error: sqlx::Error) -> Self {
        Self::Service(error.into())
    }
}

fn throttle_keys(email: &str, client: &ClientInfo) -> Vec<String> {
    let mut keys = vec![format!("email:{email}")];
    if let Some(ip) = &client.ip {
        keys.push(format!("ip:{ip}"));
    }
    keys
}

/// The failures still counting for `key` at `now`.
fn current(count: Option<FailureCount>, now: i64) -> FailureCount {
    match count {
        Some(count) if count.refused_until.is_some_and(|until| until > now) => count,
        Some(count)
            if count.refused_until.is_none()
                && count.window_start + FAILURE_WINDOW_SECONDS > now =>
        {
            count
        }
        _ => FailureCount {
            failures: 0,
            window_start: now,
            refused_until: None,
        },
    }
}

/// How long a try waits after `failures` failures in the window.
pub fn slowdown(failures: i64) -> Duration {
    if failures < SLOW_AFTER_FAILURES {
        return Duration::ZERO;
    }
    let steps = u32::try_from(failures - SLOW_AFTER_FAILURES + 1).unwrap_or(u32::MAX);
    (Duration::from_millis(500) * steps).min(MAX_SLOWDOWN)
}

/// Refuses a try while `keys` are refused, then waits as long as their failures say.
async fn throttle(db: &Db, keys: &[String], now: i64) -> Result<(), SignInRefusal> {
    let mut worst = FailureCount::default();
    {
        let mut conn = db
            .conn()
            .await
            .map_err(crate::server::services::ServiceError::from)?;
        for key in keys {
            let count = current(
                store::dashboard_users::failures(conn.exec(), key).await?,
                now,
            );
            if let Some(until) = count.refused_until {
                return Err(SignInRefusal::TooManyAttempts {
                    retry_after_seconds: until - now,
                });
            }
            worst.failures = worst.failures.max(count.failures);
        }
    }
    tokio::time::sleep(slowdown(worst.failures)).await;
    Ok(())
}

/// Counts a failed try against `keys`, in `tx`.
async fn count_failure(
    tx: &mut crate::server::db::Tx,
    keys: &[String],
    now: i64,
) -> Result<(), SignInRefusal> {
    for key in keys {
        let mut count = current(store::dashboard_users::failures(tx.exec(), key).await?, now);
        count.failures += 1;
        if count.failures >= REFUSE_AT_FAILURES {
            count.refused_until = Some(now + REFUSAL_SECONDS);
        }
        store::dashboard_users::put_failures(tx.exec(), key, count).await?;
    }
    Ok(())
}

/// Signs `email` in with `password` from the browser `client`.
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    client: ClientInfo,
) -> Result<SignInStep, SignInRefusal> {
    let email = accounts::normalise_email(email);
    let now = now_unix();
    let keys = throttle_keys(&email, &client);
    throttle(db, &keys, now).await?;

    let user = {
        let mut conn = db
            .conn()
            .await
            .map_err(crate::server::services::ServiceError::from)?;
        store::dashboard_users::user_by_email(conn.exec(), &email).await?
    };
    let stored = user.as_ref().and_then(|user| user.password_hash.as_deref());
    let matches = passwords::verify(password, stored)
        .await
        .map_err(crate::server::services::ServiceError::from)?;

    let mut tx = db
        .begin_write()
        .await
        .map_err(crate::server::services::ServiceError::from)?;
    let Some(user) = user.filter(|_| matches) else {
        count_failure(&mut tx, &keys, now).await?;
        if let Some(user) = store::dashboard_users::user_by_email(tx.exec(), &email).await? {
            accounts::record_account_event(
                &mut tx,
                &accounts::user_actor(&user, client.clone()),
                now,
                "dashboard_user.sign_in_failed",
                &user.id,
            )
            .await?;
        }
        tx.commit().await?;
        return Err(SignInRefusal::WrongCredentials);
    };
    let two_step = store::dashboard_two_step::state(tx.exec(), &user.id)
        .await?
        .totp_secret
        .is_some();
    if two_step {
        // The failures keep counting until the code is right too.
        let challenge = secrets::new_secret();
        store::dashboard_two_step::insert_challenge(
            tx.exec(),
            &secrets::hash_secret(&challenge),
            &user.id,
            now + CHALLENGE_SECONDS,
        )
        .await?;
        tx.commit().await?;
        return Ok(SignInStep::Code { challenge });
    }
    let signed_in = finish_sign_in(&mut tx, &user, &keys, client, now).await?;
    tx.commit().await?;
    Ok(SignInStep::Done(signed_in))
}

/// The session of a sign-in that passed every step, in `tx`.
async fn finish_sign_in(
    tx: &mut crate::server::db::Tx,
    user: &store::dashboard_users::DashboardUserRow,
    keys: &[String],
    client: ClientInfo,
    now: i64,
) -> Result<SignedIn, SignInRefusal> {
    // The account's own count starts over; the address's keeps counting other accounts.
    store::dashboard_users::clear_failures(tx.exec(), &keys[0]).await?;
    let token = insert_session(tx, &user.id, &client, now).await?;
    accounts::record_account_event(
        tx,
        &accounts::user_actor(user, client),
        now,
        "dashboard_user.signed_in",
        &user.id,
    )
    .await?;
    Ok(SignedIn {
        token,
        user_id: user.id.clone(),
    })
}

/// The second step of a sign-in: the code from the app (or a recovery code) for the
/// password's `challenge`. Wrong codes count as failed sign-ins.
pub async fn second_step(
    db: &Db,
    operator_keys: &crate::server::secrets::OperatorKeys,
    challenge: &str,
    code: &str,
    client: ClientInfo,
) -> Result<SignedIn, SignInRefusal> {
    let now = now_unix();
    let hash = secrets::hash_secret(challenge);
    let user = {
        let mut conn = db
            .conn()
            .await
            .map_err(crate::server::services::ServiceError::from)?;
        match store::dashboard_two_step::challenge_user(conn.exec(), &hash, now).await? {
            Some(user_id) => store::dashboard_users::user(conn.exec(), &user_id).await?,
            None => None,
        }
    };
    let Some(user) = user else {
        return Err(SignInRefusal::ChallengeExpired);
    };
    let keys = throttle_keys(&user.email, &client);
    throttle(db, &keys, now).await?;
    let mut tx = db
        .begin_write()
        .await
        .map_err(crate::server::services::ServiceError::from)?;
    if !super::two_step::use_code(&mut tx, operator_keys, &user.id, &user.email, code).await? {
        count_failure(&mut tx, &keys, now).await?;
        accounts::record_account_event(
            &mut tx,
            &accounts::user_actor(&user, client),
            now,
            "dashboard_user.sign_in_failed",
            &user.id,
        )
        .await?;
        tx.commit().await?;
        return Err(SignInRefusal::WrongCode);
    }
    if !store::dashboard_two_step::use_challenge(tx.exec(), &hash, now).await? {
        return Err(SignInRefusal::ChallengeExpired);
    }
    let signed_in = finish_sign_in(&mut tx, &user, &keys, client, now).await?;
    tx.commit().await?;
    Ok(signed_in)
}

/// Starts a session for `user_id` without a password (right after it chose one through
/// its setup link); answers the cookie's token.
pub async fn start_session(db: &Db, user_id: &str, client: &ClientInfo) -> ServiceResult<String> {
    let mut tx = db.begin_write().await?;
    let token = insert_session(&mut tx, user_id, client, now_unix()).await?;
    tx.commit().await?;
    Ok(token)
}

/// A new sign-in session of `user_id` from `client`: answers its cookie's token, of which
/// only the hash is stored.
async fn insert_session(
    tx: &mut crate::server::db::Tx,
    user_id: &str,
    client: &ClientInfo,
    now: i64,
) -> Result<String, sqlx::Error> {
    let token = secrets::new_secret();
    store::dashboard_users::insert_session(
        tx.exec(),
        &DashboardSessionRow {
            token_hash: secrets::hash_secret(&token),
            user_id: user_id.to_string(),
            created_at: now,
            last_seen_at: now,
            ip: client.ip.clone(),
            user_agent: client.user_agent.clone(),
        },
    )
    .await?;
    Ok(token)
}

/// The user a session token belongs to, if the session is live at `now`.
pub async fn authenticate(
    db: &Db,
    token: &str,
    client: ClientInfo,
) -> ServiceResult<Option<DashboardAccess>> {
    authenticate_at(db, token, client, now_unix()).await
}

pub async fn authenticate_at(
    db: &Db,
    token: &str,
    client: ClientInfo,
    now: i64,
) -> ServiceResult<Option<DashboardAccess>> {
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let hash = secrets::hash_secret(token);
    let row = {
        let mut conn = db.conn().await?;
        store::dashboard_users::signed_in(
            conn.exec(),
            &hash,
            now - IDLE_SECONDS,
            now - ABSOLUTE_SECONDS,
        )
        .await?
    };
    let Some(row) = row else {
        return Ok(None);
    };
    if row.session_last_seen_at + TOUCH_EVERY_SECONDS <= now {
        let mut tx = db.begin_write().await?;
        store::dashboard_users::touch_session(tx.exec(), &hash, now).await?;
        tx.commit().await?;
    }
    Ok(Some(DashboardAccess {
        user_id: row.user.id,
        email: row.user.email,
        role: row.user.role,
        merchant_id: row.user.merchant_id,
        merchant_name: row.merchant_name,
        // Live data only while the merchant has a live key to make it with.
        livemode: row.session_livemode && row.has_live_keys,
        has_live_keys: row.has_live_keys,
        client,
        has_totp: row.has_totp,
        team_requires_totp: row.team_requires_totp,
    }))
}

/// Points the session of `token` at live data (when the merchant has a live key) or test
/// data.
pub async fn switch_mode(
    db: &Db,
    access: &DashboardAccess,
    token: &str,
    livemode: bool,
) -> ServiceResult<()> {
    if livemode && !access.has_live_keys {
        return Err(crate::server::services::ServiceError::invalid(
            "mode",
            "There is no live data yet: create a live API key first.",
        ));
    }
    let mut tx = db.begin_write().await?;
    store::dashboard_users::set_session_mode(tx.exec(), &secrets::hash_secret(token), livemode)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Ends the session of `token` (sign-out), auditing it when it was live.
pub async fn sign_out(db: &Db, token: &str, client: ClientInfo) -> ServiceResult<()> {
    let Some(access) = authenticate(db, token, client).await? else {
        return Ok(());
    };
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    if store::dashboard_users::end_session(tx.exec(), &secrets::hash_secret(token), now).await? {
        accounts::record_account_event(
            &mut tx,
            &access.actor(),
            now,
            "dashboard_user.signed_out",
            &access.user_id,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Why a password was not changed.
#[derive(Debug, thiserror::Error)]
pub enum PasswordChangeRefusal {
    #[error("Your current password is not the one you typed")]
    WrongCurrent,
    #[error(transparent)]
    Password(#[from] crate::domain::password::RefusedPassword),
    #[error(transparent)]
    Service(#[from] crate::server::services::ServiceError),
}

impl From<sqlx::Error> for PasswordChangeRefusal {
    fn from(error: sqlx::Error) -> Self {
        Self::Service(error.into())
    }
}

/// Changes the signed-in user's password, given the current one. Every session of the
/// account ends (a stolen cookie with it), and this browser gets a new one: answers its
/// cookie's token.
pub async fn change_password(
    db: &Db,
    access: &DashboardAccess,
    current: &str,
    new: &str,
) -> Result<String, PasswordChangeRefusal> {
    use crate::domain::password::NewPassword;
    let user = {
        let mut conn = db
            .conn()
            .await
            .map_err(crate::server::services::ServiceError::from)?;
        store::dashboard_users::user(conn.exec(), &access.user_id).await?
    }
    .ok_or(PasswordChangeRefusal::WrongCurrent)?;
    let matches = passwords::verify(current, user.password_hash.as_deref())
        .await
        .map_err(crate::server::services::ServiceError::from)?;
    if !matches {
        return Err(PasswordChangeRefusal::WrongCurrent);
    }
    let password = NewPassword::parse(new, &user.email)?;
    let hash = passwords::hash(&password)
        .await
        .map_err(crate::server::services::ServiceError::from)?;
    let now = now_unix();
    let mut tx = db
        .begin_write()
        .await
        .map_err(crate::server::services::ServiceError::from)?;
    store::dashboard_users::set_password(tx.exec(), &user.id, &hash, now).await?;
    store::dashboard_users::end_sessions_of(tx.exec(), &user.id, now).await?;
    let token = insert_session(&mut tx, &user.id, &access.client, now).await?;
    accounts::record_account_event(
        &mut tx,
        &access.actor(),
        now,
        "dashboard_user.password_changed",
        &user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

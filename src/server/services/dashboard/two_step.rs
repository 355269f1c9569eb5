//! Two-step sign-in: a code from an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits,
//! 30-second steps, one step of clock drift either way), each code accepted once, and ten
//! one-time recovery codes for a lost phone. A team member turns it on for themselves
//! (confirming a first code); an owner can require it of the whole team.
use serde_json::json;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::domain::dashboard::Role;
use crate::server::{
    db::{store, Db, Tx},
    secrets::{self, KeyPurpose, OperatorKeys},
    services::{
        dashboard::{accounts, DashboardAccess},
        developers::audit,
        now_unix, ServiceError, ServiceResult,
    },
};

/// The length of a step, in seconds.
const STEP_SECONDS: u64 = 30;
/// Recovery codes made at a time.
pub const RECOVERY_CODES: usize = 10;

/// A secret (base32) as the database keeps it: sealed with a key derived from the
/// operator's secret and bound to its user, so that a copy of the database alone cannot
/// make codes.
fn seal_secret(keys: &OperatorKeys, user_id: &str, secret: &str) -> String {
    secrets::seal(
        &keys.derive(KeyPurpose::TotpSecret, user_id),
        secret.as_bytes(),
    )
}

/// The secret (base32) a stored value holds; `None`, logged, when it does not open with
/// this server's keys (the operator's secret changed): its owner then signs in with a
/// recovery code and sets two-step sign-in up again.
fn open_secret(keys: &OperatorKeys, user_id: &str, stored: &str) -> Option<String> {
    // Stored before secrets were sealed: read as it is; the next setup seals it.
    if !secrets::is_sealed(stored) {
        return Some(stored.to_string());
    }
    let opened = secrets::open(&keys.derive(KeyPurpose::TotpSecret, user_id), stored)
        .and_then(|bytes| String::from_utf8(bytes).ok());
    if opened.is_none() {
        tracing::error!(user = %user_id, "a TOTP secret does not open with this server's keys (was VINR_SECRET_KEY_BASE changed?)");
    }
    opened
}

/// An authenticator for `secret` (base32), labelled with the user's e-mail.
fn authenticator(secret: &str, email: &str) -> ServiceResult<TOTP> {
    let bytes = Secret::Encoded(secret.to_string())
        .to_bytes()
        .map_err(|e| anyhow::anyhow!("a stored TOTP secret does not decode: {e:?}"))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS,
        bytes,
        Some("VINR Portal".to_string()),
        email.to_string(),
    )
    .map_err(|e| anyhow::anyhow!("a TOTP secret is unusable: {e:?}").into())
}

/// The step `code` belongs to at `now` (this step, or one either side), if it is right.
pub fn matching_step(
    secret: &str,
    email: &str,
    code: &str,
    now: i64,
) -> ServiceResult<Option<i64>> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = authenticator(secret, email)?;
    let step = now / STEP_SECONDS as i64;
    Ok([step - 1, step, step + 1].into_iter().find(|candidate| {
        let at = u64::try_from(*candidate).unwrap_or(0) * STEP_SECONDS;
        secrets::constant_time_eq(totp.generate(at).as_bytes(), code.as_bytes())
    }))
}

/// A recovery code as typed, in the form its hash was taken of.
fn normalised_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// What the account page shows while a secret waits for its first code.
#[derive(Debug, Clone)]
pub struct PendingSetup {
    /// Base32, for typing into an app.
    pub secret: String,
    /// `otpauth://totp/...`, for an app on the same device.
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct TwoStepStatus {
    pub enabled: bool,
    pub recovery_codes_left: i64,
    pub pending: Option<PendingSetup>,
    pub team_requires: bool,
}

pub async fn status(
    db: &Db,
    keys: &OperatorKeys,
    access: &DashboardAccess,
) -> ServiceResult<TwoStepStatus> {
    let mut conn = db.conn().await?;
    let state = store::dashboard_two_step::state(conn.exec(), &access.user_id).await?;
    let recovery_codes_left =
        store::dashboard_two_step::unused_recovery_codes(conn.exec(), &access.user_id).await?;
    let pending = match state
        .totp_pending_secret
        .and_then(|stored| open_secret(keys, &access.user_id, &stored))
    {
        Some(secret) => Some(PendingSetup {
            url: authenticator(&secret, &access.email)?.get_url(),
            secret,
        }),
        None => None,
    };
    Ok(TwoStepStatus {
        enabled: state.totp_secret.is_some(),
        recovery_codes_left,
        pending,
        team_requires: access.team_requires_totp,
    })
}

async fn audit_account(
    tx: &mut Tx,
    access: &DashboardAccess,
    action: &'static str,
) -> ServiceResult<()> {
    accounts::record_account_event(tx, &access.actor(), now_unix(), action, &access.user_id).await
}

/// A new secret for the user to add to their app (kept pending until a code confirms it).
pub async fn start(db: &Db, keys: &OperatorKeys, access: &DashboardAccess) -> ServiceResult<()> {
    // 160 bits, as RFC 4226 recommends.
    let bytes = secrets::random_bytes::<20>();
    let secret = Secret::Raw(bytes.to_vec()).to_encoded().to_string();
    let sealed = seal_secret(keys, &access.user_id, &secret);
    let mut tx = db.begin_write().await?;
    store::dashboard_two_step::set_pending(tx.exec(), &access.user_id, &sealed).await?;
    tx.commit().await?;
    Ok(())
}

/// Fresh recovery codes for the user, replacing any earlier ones, written in `tx`: the
/// codes, shown once.
async fn new_recovery_codes(tx: &mut Tx, user_id: &str) -> ServiceResult<Vec<String>> {
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let hex = secrets::new_hex_token();
            format!(
                "{}-{}-{}-{}",
                &hex[0..4],
                &hex[4..8],
                &hex[8..12],
                &hex[12..16]
            )
        })
        .collect();
    let hashes: Vec<String> = codes
        .iter()
        .map(|code| secrets::hash_secret(&normalised_recovery_code(code)))
        .collect();
    store::dashboard_two_step::replace_recovery_codes(tx.exec(), user_id, &hashes).await?;
    Ok(codes)
}

fn wrong_code() -> ServiceError {
    ServiceError::invalid(
        "code",
        "That code is not right. Type the 6 digits your app shows now.",
    )
}

/// Turns two-step sign-in on with the first code from the app; answers the recovery codes.
pub async fn confirm(
    db: &Db,
    keys: &OperatorKeys,
    access: &DashboardAccess,
    code: &str,
) -> ServiceResult<Vec<String>> {
    let mut tx = db.begin_write().await?;
    let state = store::dashboard_two_step::state(tx.exec(), &access.user_id).await?;
    let pending = state
        .totp_pending_secret
        .and_then(|stored| open_secret(keys, &access.user_id, &stored));
    let Some(secret) = pending else {
        return Err(ServiceError::invalid(
            "code",
            "Start the setup again: there is no new secret waiting for a code.",
        ));
    };
    let step = matching_step(&secret, &access.email, code, now_unix())?.ok_or_else(wrong_code)?;
    let sealed = seal_secret(keys, &access.user_id, &secret);
    store::dashboard_two_step::set_secret(tx.exec(), &access.user_id, Some(&sealed), Some(step))
        .await?;
    let codes = new_recovery_codes(&mut tx, &access.user_id).await?;
    audit_account(&mut tx, access, "dashboard_user.two_step_enabled").await?;
    tx.commit().await?;
    Ok(codes)
}

/// Checks `code` (from the app, or a recovery code) for `user_id` and uses it up, in `tx`.
pub(crate) async fn use_code(
    tx: &mut Tx,
    keys: &OperatorKeys,
    user_id: &str,
    email: &str,
    code: &str,
) -> ServiceResult<bool> {
    let state = store::dashboard_two_step::state(tx.exec(), user_id).await?;
    let Some(stored) = state.totp_secret else {
        return Ok(false);
    };
    if let Some(secret) = open_secret(keys, user_id, &stored) {
        if let Some(step) = matching_step(&secret, email, code, now_unix())? {
            return Ok(store::dashboard_two_step::use_step(tx.exec(), user_id, step).await?);
        }
    }
    let hash = secrets::hash_secret(&normalised_recovery_code(code));
    Ok(store::dashboard_two_step::use_recovery_code(tx.exec(), user_id, &hash, now_unix()).await?)
}

/// Turns it off, given a current code; not while the team requires it.
pub async fn disable(
    db: &Db,
    keys: &OperatorKeys,
    access: &DashboardAccess,
    code: &str,
) -> ServiceResult<()> {
    if access.team_requires_totp {
        return Err(ServiceError::invalid(
            "code",
            "Your team requires two-step sign-in, so it stays on.",
        ));
    }
    let mut tx = db.begin_write().await?;
    if !use_code(&mut tx, keys, &access.user_id, &access.email, code).await? {
        return Err(wrong_code());
    }
    store::dashboard_two_step::set_secret(tx.exec(), &access.user_id, None, None).await?;
    store::dashboard_two_step::replace_recovery_codes(tx.exec(), &access.user_id, &[]).await?;
    audit_account(&mut tx, access, "dashboard_user.two_step_disabled").await?;
    tx.commit().await?;
    Ok(())
}

/// New recovery codes (the old ones stop working), given a current code.
pub async fn renew_recovery_codes(
    db: &Db,
    keys: &OperatorKeys,
    access: &DashboardAccess,
    code: &str,
) -> ServiceResult<Vec<String>> {
    let mut tx = db.begin_write().await?;
    if !use_code(&mut tx, keys, &access.user_id, &access.email, code).await? {
        return Err(wrong_code());
    }
    let codes = new_recovery_codes(&mut tx, &access.user_id).await?;
    audit_account(&mut tx, access, "dashboard_user.recovery_codes_renewed").await?;
    tx.commit().await?;
    Ok(codes)
}

/// An owner requires (or stops requiring) two-step sign-in of the whole team. Members
/// without it are led to set it up on their next page and can change nothing until then.
pub async fn require_for_team(
    db: &Db,
    access: &DashboardAccess,
    required: bool,
) -> ServiceResult<()> {
    if access.role != Role::Owner {
        return Err(ServiceError::RoleForbids);
    }
    if required && !access.has_totp {
        return Err(ServiceError::invalid(
            "required",
            "Turn on two-step sign-in for yourself first, on your account page.",
        ));
    }
    let mut tx = db.begin_write().await?;
    store::dashboard_two_step::set_merchant_requires(tx.exec(), &access.merchant_id, required)
        .await?;
    audit::record(
        tx.exec(),
        &access.actor(),
        now_unix(),
        audit::NewEntry {
            action: "merchant.two_step_requirement_changed",
            customer_id: None,
            object_id: &access.merchant_id,
            changes: Some(
                json!({ "dashboardRequiresTwoStep": { "before": !required, "after": required } }),
            ),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B's SHA-1 secret ("12345678901234567890"), in base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_follow_rfc_6238_with_one_step_of_drift() {
        // RFC 6238 test vector: at 59 s the 8-digit code is 94287082; its last 6 digits.
        assert_eq!(
            matching_step(RFC_SECRET, "a@b.c", "287082", 59).unwrap(),
            Some(1)
        );
        // A step either side is accepted, two steps are not.
        assert_eq!(
            matching_step(RFC_SECRET, "a@b.c", "287082", 89).unwrap(),
            Some(1)
        );
        assert_eq!(
            matching_step(RFC_SECRET, "a@b.c", "287082", 29).unwrap(),
            Some(1)
        );
        assert_eq!(
            matching_step(RFC_SECRET, "a@b.c", "287082", 120).unwrap(),
            None
        );
        // At 1111111109 s: 07081804.
        assert_eq!(
            matching_step(RFC_SECRET, "a@b.c", "081 804", 1_111_111_109).unwrap(),
            Some(1_111_111_109 / 30)
        );
        for wrong in ["", "12345", "abcdef", "1234567", "000000"] {
            assert_eq!(
                matching_step(RFC_SECRET, "a@b.c", wrong, 59).unwrap(),
                None,
                "{wrong}"
            );
        }
    }

    #[test]
    fn recovery_codes_are_read_as_typed() {
        assert_eq!(
            normalised_recovery_code(" AB12-cd34 ef56 GH78 "),
            "ab12cd34ef56gh78"
        );
    }
}

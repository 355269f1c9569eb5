//! Dashboard accounts: a merchant's owner made from the command line, and passwords chosen
//! through single-use links (the owner's setup link).
use crate::server::services::{merchants, now_unix, Actor, ServiceError, ServiceResult};
use crate::{
    domain::{dashboard::Role, email::valid_email, ids::prefix, password::NewPassword},
    server::{
        db::{
            store::{self, dashboard_users::DashboardUserRow},
            Db, Exec,
        },
        passwords, secrets,
    },
};

/// How long a setup link lets its holder choose a password.
pub const SETUP_LINK_SECONDS: i64 = 72 * 3600;

/// The path of a setup link, whose last segment is its secret token.
pub const SETUP_PATH: &str = "/dashboard/setup/";

/// E-mails are compared lower-case, without surrounding spaces.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A merchant made by an operator, with its owner waiting to choose a password.
#[derive(Debug)]
pub struct NewMerchantWithOwner {
    pub merchant_id: String,
    pub owner_id: String,
    /// The test-mode secret key, shown once.
    pub secret_key: String,
    /// `https://<public host>/dashboard/setup/<token>`, single use, valid 72 hours.
    pub setup_url: String,
}

/// `vinr-portal merchants create`: the merchant (with its test key and default portal
/// configurations), its owner, and the owner's setup link.
pub async fn create_merchant_with_owner(
    db: &Db,
    public_url: &str,
    name: &str,
    owner_email: &str,
) -> ServiceResult<NewMerchantWithOwner> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ServiceError::invalid("name", "Give the merchant a name"));
    }
    let email = checked_new_email(db, owner_email).await?;
    let merchant = merchants::create(db, name, None, &[]).await?;
    let now = now_unix();
    let owner_id = secrets::new_id(prefix::DASHBOARD_USER);
    let token = secrets::new_secret();
    let mut tx = db.begin_write().await?;
    insert_user(
        tx.exec(),
        &owner_id,
        &merchant.merchant_id,
        &email,
        Role::Owner,
        now,
    )
    .await?;
    store::dashboard_users::insert_link(
        tx.exec(),
        &secrets::hash_secret(&token),
        &owner_id,
        "setup",
        now,
        now + SETUP_LINK_SECONDS,
    )
    .await?;
    tx.commit().await?;
    Ok(NewMerchantWithOwner {
        merchant_id: merchant.merchant_id,
        owner_id,
        secret_key: merchant.secret_key,
        setup_url: format!("{}{SETUP_PATH}{token}", public_url.trim_end_matches('/')),
    })
}

/// `email`, normalised, if it is an address and no dashboard user has it yet.
pub(crate) async fn checked_new_email(db: &Db, email: &str) -> ServiceResult<String> {
    let email = normalise_email(email);
    if !valid_email(&email) {
        return Err(ServiceError::invalid(
            "email",
            "Enter a valid e-mail address",
        ));
    }
    let mut conn = db.conn().await?;
    if store::dashboard_users::user_by_email(conn.exec(), &email)
        .await?
        .is_some()
    {
        return Err(email_taken());
    }
    Ok(email)
}

fn email_taken() -> ServiceError {
    ServiceError::invalid("email", "A dashboard user with this e-mail already exists")
}

pub(crate) async fn insert_user(
    exec: Exec<'_>,
    id: &str,
    merchant_id: &str,
    email: &str,
    role: Role,
    now: i64,
) -> ServiceResult<()> {
    store::dashboard_users::insert_user(
        exec,
        &DashboardUserRow {
            id: id.to_string(),
            merchant_id: merchant_id.to_string(),
            email: email.to_string(),
            password_hash: None,
            role,
            created_at: now,
            password_changed_at: None,
        },
    )
    .await
    .map_err(|error| match error {
        // Two invitations of one address at once: both passed `checked_new_email`, and
        // the unique index refuses the second.
        sqlx::Error::Database(db) if db.is_unique_violation() => email_taken(),
        other => other.into(),
    })?;
    Ok(())
}

/// The account a setup link `token` opens, if the link is still usable.
pub async fn setup_link_user(db: &Db, token: &str) -> ServiceResult<Option<DashboardUserRow>> {
    let mut conn = db.conn().await?;
    Ok(
        store::dashboard_users::link_user(conn.exec(), &secrets::hash_secret(token), now_unix())
            .await?,
    )
}

/// Why a link's password was not set.
#[derive(Debug, thiserror::Error)]
pub enum LinkRefusal {
    #[error("This link has expired or was already used. Ask for a new one.")]
    Unusable,
    #[error(transparent)]
    Password(#[from] crate::domain::password::RefusedPassword),
    #[error(transparent)]
    Service(#[from] ServiceError),
}

/// Sets the password of the link's account and uses the link up, in one transaction;
/// every session the account had ends. Answers the account, for signing it in.
pub async fn set_password_with_link(
    db: &Db,
    token: &str,
    password: &str,
    client: crate::server::services::actor::ClientInfo,
) -> Result<DashboardUserRow, LinkRefusal> {
    let user = setup_link_user(db, token)
        .await?
        .ok_or(LinkRefusal::Unusable)?;
    let password = NewPassword::parse(password, &user.email)?;
    let hash = passwords::hash(&password)
        .await
        .map_err(ServiceError::from)?;
    let now = now_unix();
    let mut tx = db.begin_write().await.map_err(ServiceError::from)?;
    let used = store::dashboard_users::use_link(tx.exec(), &secrets::hash_secret(token), now)
        .await
        .map_err(ServiceError::from)?;
    if used.as_deref() != Some(user.id.as_str()) {
        return Err(LinkRefusal::Unusable);
    }
    store::dashboard_users::set_password(tx.exec(), &user.id, &hash, now)
        .await
        .map_err(ServiceError::from)?;
    store::dashboard_users::end_sessions_of(tx.exec(), &user.id, now)
        .await
        .map_err(ServiceError::from)?;
    let actor = user_actor(&user, client);
    record_account_event(
        &mut tx,
        &actor,
        now,
        "dashboard_user.password_set",
        &user.id,
    )
    .await?;
    tx.commit().await.map_err(ServiceError::from)?;
    Ok(user)
}

/// The user as the actor of changes to their own account (recorded in test mode's audit
/// log, where the dashboard opens).
pub fn user_actor(
    user: &DashboardUserRow,
    client: crate::server::services::actor::ClientInfo,
) -> Actor {
    Actor::DashboardUser {
        merchant_id: user.merchant_id.clone(),
        user_id: user.id.clone(),
        email: user.email.clone(),
        livemode: false,
        client,
    }
}

/// The demo merchant's owner, with `password` (made once; the password is kept in sync
/// with the one the demo prints).
pub async fn ensure_demo_owner(
    db: &Db,
    merchant_id: &str,
    email: &str,
    password: &str,
) -> ServiceResult<String> {
    let email = normalise_email(email);
    let password = NewPassword::parse(password, &email)
        .map_err(|refused| ServiceError::invalid("password", refused.to_string()))?;
    let existing = {
        let mut conn = db.conn().await?;
        store::dashboard_users::user_by_email(conn.exec(), &email).await?
    };
    if let Some(user) = &existing {
        let current = user.password_hash.as_deref();
        if passwords::verify(password.expose(), current).await? {
            return Ok(user.id.clone());
        }
    }
    let hash = passwords::hash(&password).await?;
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let id = match existing {
        Some(user) => user.id,
        None => {
            let id = secrets::new_id(prefix::DASHBOARD_USER);
            insert_user(tx.exec(), &id, merchant_id, &email, Role::Owner, now).await?;
            id
        }
    };
    store::dashboard_users::set_password(tx.exec(), &id, &hash, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// An audit entry about the account `user_id` itself (signed in, failed, signed out,
/// password changed), by `actor`.
pub(crate) async fn record_account_event(
    tx: &mut crate::server::db::Tx,
    actor: &crate::server::services::Actor,
    now: i64,
    action: &'static str,
    user_id: &str,
) -> Result<(), crate::server::services::ServiceError> {
    crate::server::services::developers::audit::record(
        tx.exec(),
        actor,
        now,
        crate::server::services::developers::audit::NewEntry {
            action,
            customer_id: None,
            object_id: user_id,
            changes: None,
            event_id: None,
        },
    )
    .await
}

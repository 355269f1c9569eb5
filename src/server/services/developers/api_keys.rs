//! Secret API keys: authenticating one, and creating, listing, rolling and revoking them.
//! A key manages only the keys of its own mode; the key a request is made with cannot
//! revoke itself (roll it instead, so that the merchant is never locked out).
use serde::Serialize;

use crate::server::services::{
    developers::audit::{self, NewEntry},
    now_unix,
    objects::format_time,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::ids::{self, prefix},
    server::{
        db::{store, store::api_keys::ApiKeyRow, Db, Tx},
        secrets,
    },
};

/// The longest a rolled key keeps working beside its successor.
pub const MAX_ROLL_OVERLAP_SECONDS: i64 = 7 * 86_400;

/// How stale a key's `lastUsedAt` may be: a key in use writes it at most this often.
pub const LAST_USED_PRECISION_SECONDS: i64 = 60;

/// The longest name a key can have.
pub const MAX_NAME_CHARS: usize = 100;

/// A key as the API shows it: never the key itself, except once, when it is made.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyObject {
    pub id: String,
    pub object: &'static str,
    /// `sk_test_...abcd`
    pub redacted: String,
    /// Only in the answer that creates the key (creation or roll).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub name: Option<String>,
    pub created_at: String,
    pub expires_at: Option<String>,
    /// To the minute (see [`LAST_USED_PRECISION_SECONDS`]); `null` for a key never used.
    pub last_used_at: Option<String>,
    pub livemode: bool,
}

impl ApiKeyObject {
    fn new(row: &ApiKeyRow, secret: Option<String>) -> Self {
        let mode = if row.livemode { "live" } else { "test" };
        Self {
            id: row.id.clone(),
            object: "api_key",
            redacted: format!("sk_{mode}_...{}", row.key_hint),
            secret,
            name: row.name.clone(),
            created_at: format_time(row.created_at),
            expires_at: row.expires_at.map(format_time),
            last_used_at: row.last_used_at.map(format_time),
            livemode: row.livemode,
        }
    }
}

/// The actor behind a presented secret key, or `None` when it is unknown, revoked or
/// expired. Asked of the database every time: a revoked key is refused at once everywhere.
pub async fn authenticate(db: &Db, presented_key: &str) -> ServiceResult<Option<Actor>> {
    if !(presented_key.starts_with("sk_test_") || presented_key.starts_with("sk_live_")) {
        return Ok(None);
    }
    let hash = secrets::hash_secret(presented_key);
    let now = now_unix();
    let key = store::api_keys::find_active_by_hash(db, &hash, now).await?;
    if let Some(key) = &key {
        let stale = key
            .last_used_at
            .is_none_or(|at| at <= now - LAST_USED_PRECISION_SECONDS);
        if stale {
            note_use(db, &key.id, now).await;
        }
    }
    Ok(key.map(|key| Actor::ApiKey {
        merchant_id: key.merchant_id,
        key_id: key.id,
        livemode: key.livemode,
    }))
}

/// Records a use of the key. Bookkeeping, not part of the request: a failure is logged and
/// the request goes on.
async fn note_use(db: &Db, key_id: &str, now: i64) {
    let written = async {
        let mut tx = db.begin_write().await?;
        store::api_keys::touch(tx.exec(), key_id, now).await?;
        tx.commit().await?;
        Ok::<_, ServiceError>(())
    };
    if let Err(error) = written.await {
        tracing::warn!(key = %key_id, error = %error, "could not record an API key's last use");
    }
}

/// The name a key is given: trimmed, empty meaning none.
fn key_name(name: Option<String>) -> ServiceResult<Option<String>> {
    let name = name
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty());
    if name
        .as_ref()
        .is_some_and(|name| name.chars().count() > MAX_NAME_CHARS)
    {
        return Err(ServiceError::invalid(
            "name",
            format!("A key's name can have at most {MAX_NAME_CHARS} characters"),
        ));
    }
    Ok(name)
}

/// Keys are managed with a key or from the dashboard; answers the key the request is made
/// with, if it is made with one.
fn key_manager(actor: &Actor) -> ServiceResult<Option<&str>> {
    match actor {
        Actor::ApiKey { key_id, .. } => Ok(Some(key_id)),
        Actor::DashboardUser { .. } => Ok(None),
        _ => Err(ServiceError::FeatureDisabled),
    }
}

/// Writes a new key of `livemode` for the merchant; answers the row and the key.
pub(crate) async fn insert_new(
    tx: &mut Tx,
    merchant_id: &str,
    livemode: bool,
    secret_key: Option<&str>,
    name: Option<String>,
    now: i64,
) -> ServiceResult<(ApiKeyRow, String)> {
    let mode = if livemode { "live" } else { "test" };
    let secret_key = secret_key
        .map(str::to_string)
        .unwrap_or_else(|| format!("sk_{mode}_{}", secrets::new_secret()));
    let row = ApiKeyRow {
        id: secrets::new_id(prefix::API_KEY),
        merchant_id: merchant_id.to_string(),
        key_hash: secrets::hash_secret(&secret_key),
        key_hint: secret_key[secret_key.len().saturating_sub(4)..].to_string(),
        livemode: secret_key.starts_with("sk_live_"),
        created_at: now,
        revoked_at: None,
        expires_at: None,
        name,
        last_used_at: None,
    };
    store::api_keys::insert(tx.exec(), &row).await?;
    Ok((row, secret_key))
}

/// `POST /v1/api_keys`: a new key of the caller's mode, answered once.
pub async fn create(db: &Db, actor: &Actor, name: Option<String>) -> ServiceResult<ApiKeyObject> {
    key_manager(actor)?;
    let name = key_name(name)?;
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let (row, secret) = insert_new(
        &mut tx,
        actor.merchant_id(),
        actor.livemode(),
        None,
        name,
        now,
    )
    .await?;
    let object = ApiKeyObject::new(&row, None);
    audit::record_created(tx.exec(), actor, "api_key.created", &row.id, &object).await?;
    tx.commit().await?;
    Ok(ApiKeyObject::new(&row, Some(secret)))
}

/// The dashboard's "Go live": a live key made by a signed-in user looking at test mode,
/// audited in live mode as theirs. Answered once.
pub async fn create_live(
    db: &Db,
    actor: &Actor,
    name: Option<String>,
) -> ServiceResult<ApiKeyObject> {
    let Actor::DashboardUser {
        merchant_id,
        user_id,
        email,
        client,
        ..
    } = actor
    else {
        return Err(ServiceError::FeatureDisabled);
    };
    let live = Actor::DashboardUser {
        merchant_id: merchant_id.clone(),
        user_id: user_id.clone(),
        email: email.clone(),
        livemode: true,
        client: client.clone(),
    };
    create(db, &live, name).await
}

/// `vinr-portal keys create --merchant ... [--live]`: a new key for a merchant of this
/// instance, made by its operator from the command line (the way to a first live key
/// without the dashboard). Answered once.
pub async fn create_for_merchant(
    db: &Db,
    merchant_id: &str,
    livemode: bool,
    name: Option<String>,
) -> ServiceResult<ApiKeyObject> {
    let name = key_name(name)?;
    let mut tx = db.begin_write().await?;
    if store::merchants::name(tx.exec(), merchant_id)
        .await?
        .is_none()
    {
        return Err(ServiceError::not_found("merchant", "merchant", merchant_id));
    }
    let (row, secret) = insert_new(&mut tx, merchant_id, livemode, None, name, now_unix()).await?;
    let operator = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode,
    };
    let object = ApiKeyObject::new(&row, None);
    audit::record_created(tx.exec(), &operator, "api_key.created", &row.id, &object).await?;
    tx.commit().await?;
    Ok(ApiKeyObject::new(&row, Some(secret)))
}

/// The keys of the caller's mode that still work, oldest first.
pub async fn list(db: &Db, actor: &Actor) -> ServiceResult<Vec<ApiKeyObject>> {
    Ok(active(db, actor)
        .await?
        .iter()
        .map(|row| ApiKeyObject::new(row, None))
        .collect())
}

/// The rows behind [`list`], for pages that word their dates themselves.
pub async fn active(db: &Db, actor: &Actor) -> ServiceResult<Vec<ApiKeyRow>> {
    key_manager(actor)?;
    let mut conn = db.conn().await?;
    Ok(store::api_keys::list_active(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        now_unix(),
    )
    .await?)
}

async fn load(tx: &mut Tx, actor: &Actor, id: &str, now: i64) -> ServiceResult<ApiKeyRow> {
    let not_found = || ServiceError::not_found("API key", "id", id);
    if !ids::has_prefix(id, prefix::API_KEY) {
        return Err(not_found());
    }
    store::api_keys::get_active(tx.exec(), actor.merchant_id(), actor.livemode(), id, now)
        .await?
        .ok_or_else(not_found)
}

/// `POST /v1/api_keys/{id}/roll`: a new key replaces `id`, which keeps working for
/// `overlap_seconds` (0 to 7 days; 0 ends it now). Answers the new key, once.
pub async fn roll(
    db: &Db,
    actor: &Actor,
    id: &str,
    overlap_seconds: i64,
) -> ServiceResult<ApiKeyObject> {
    key_manager(actor)?;
    if !(0..=MAX_ROLL_OVERLAP_SECONDS).contains(&overlap_seconds) {
        return Err(ServiceError::invalid(
            "expiresInSeconds",
            "expiresInSeconds must be from 0 to 604800 (7 days)",
        ));
    }
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let old = load(&mut tx, actor, id, now).await?;
    let expires_at = now + overlap_seconds;
    store::api_keys::end(tx.exec(), &old, None, Some(expires_at)).await?;
    // The successor does the same job, so it keeps the name.
    let (row, secret) = insert_new(
        &mut tx,
        actor.merchant_id(),
        actor.livemode(),
        None,
        old.name.clone(),
        now,
    )
    .await?;
    audit::record(
        tx.exec(),
        actor,
        now,
        NewEntry {
            action: "api_key.rolled",
            customer_id: None,
            object_id: &old.id,
            changes: Some(serde_json::json!({
                "expiresAt": { "before": null, "after": format_time(expires_at) },
                "replacedBy": { "before": null, "after": row.id },
            })),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(key = %old.id, replaced_by = %row.id, overlap_seconds, "API key rolled");
    Ok(ApiKeyObject::new(&row, Some(secret)))
}

/// `DELETE /v1/api_keys/{id}`: refused from now on, on every instance.
pub async fn revoke(db: &Db, actor: &Actor, id: &str) -> ServiceResult<ApiKeyObject> {
    if key_manager(actor)? == Some(id) {
        return Err(ServiceError::invalid(
            "id",
            "A key cannot revoke itself: revoke it with another key, or roll it",
        ));
    }
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let row = load(&mut tx, actor, id, now).await?;
    store::api_keys::end(tx.exec(), &row, Some(now), row.expires_at).await?;
    audit::record(
        tx.exec(),
        actor,
        now,
        NewEntry {
            action: "api_key.revoked",
            customer_id: None,
            object_id: &row.id,
            changes: Some(serde_json::json!({
                "revokedAt": { "before": null, "after": format_time(now) }
            })),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(key = %row.id, "API key revoked");
    Ok(ApiKeyObject::new(&row, None))
}

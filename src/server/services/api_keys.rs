//! Authenticating a merchant's secret key.
use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use super::{Actor, ServiceResult};
use crate::server::{db::store, db::Db, secrets};

/// How long this instance trusts a key it looked up without asking the database again. Keys
/// are only ever created today; revoking one must call [`KeyCache::forget`] (other instances
/// stop accepting it within this time).
const TRUSTED_FOR: Duration = Duration::from_secs(5);
/// Keys remembered at once; past this the memory starts over (a flood of bad keys is never
/// remembered, since only found keys are).
const MAX_KEYS: usize = 10_000;

/// The actors of recently presented keys, by key hash. A merchant's server calls the API
/// with one key over and over: this saves a database round trip on each call (a session mint
/// is then two round trips, not three).
#[derive(Debug, Default)]
pub struct KeyCache {
    found: Mutex<HashMap<String, (Actor, Instant)>>,
}

impl KeyCache {
    /// The actor behind a presented secret key, or `None` when it is unknown or revoked.
    pub async fn authenticate(&self, db: &Db, presented_key: &str) -> ServiceResult<Option<Actor>> {
        if !(presented_key.starts_with("sk_test_") || presented_key.starts_with("sk_live_")) {
            return Ok(None);
        }
        let hash = secrets::hash_secret(presented_key);
        if let Some((actor, at)) = self.lock().get(&hash) {
            if at.elapsed() < TRUSTED_FOR {
                return Ok(Some(actor.clone()));
            }
        }
        let actor = authenticate_hash(db, &hash).await?;
        if let Some(actor) = &actor {
            let mut found = self.lock();
            if found.len() >= MAX_KEYS {
                found.clear();
            }
            found.insert(hash, (actor.clone(), Instant::now()));
        }
        Ok(actor)
    }

    /// Stops trusting a key at once in this instance (for revocation).
    pub fn forget(&self, presented_key: &str) {
        self.lock().remove(&secrets::hash_secret(presented_key));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Actor, Instant)>> {
        // A panic while holding the lock leaves only cached lookups behind: keep using them.
        self.found
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The actor behind a presented secret key, asking the database every time.
pub async fn authenticate(db: &Db, presented_key: &str) -> ServiceResult<Option<Actor>> {
    if !(presented_key.starts_with("sk_test_") || presented_key.starts_with("sk_live_")) {
        return Ok(None);
    }
    authenticate_hash(db, &secrets::hash_secret(presented_key)).await
}

async fn authenticate_hash(db: &Db, key_hash: &str) -> ServiceResult<Option<Actor>> {
    let mut conn = db.conn().await?;
    let key = store::api_keys::find_active_by_hash(conn.exec(), key_hash).await?;
    Ok(key.map(|key| Actor::ApiKey {
        merchant_id: key.merchant_id,
        key_id: key.id,
        livemode: key.livemode,
    }))
}

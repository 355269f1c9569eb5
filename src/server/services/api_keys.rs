//! Authenticating a merchant's secret key.
use super::{Actor, ServiceResult};
use crate::server::{db::store, db::Db, secrets};

/// The actor behind a presented secret key, or `None` when it is unknown or revoked.
pub async fn authenticate(db: &Db, presented_key: &str) -> ServiceResult<Option<Actor>> {
    if !(presented_key.starts_with("sk_test_") || presented_key.starts_with("sk_live_")) {
        return Ok(None);
    }
    let mut conn = db.conn().await?;
    let key =
        store::api_keys::find_active_by_hash(conn.exec(), &secrets::hash_secret(presented_key))
            .await?;
    Ok(key.map(|key| Actor::ApiKey {
        merchant_id: key.merchant_id,
        key_id: key.id,
        livemode: key.livemode,
    }))
}

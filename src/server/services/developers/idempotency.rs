//! Idempotency keys on the API's writes, with Stripe's semantics: a key is scoped to the
//! merchant and mode and kept [`KEY_LIFETIME_SECONDS`]; a repeat of the same request
//! (method, path, body) gets the first answer again without anything being done again; the
//! same key on another request is refused; a repeat while the first still runs is refused
//! as in use.
//!
//! The first request claims the key with a lease before it runs ([`claim`]); the
//! operation's own write transaction marks the claim committed (`db::Tx::commit`), and its
//! answer is saved when it ends ([`save_answer`]). A request refused before it started
//! (authentication, malformed JSON) gives the key back ([`release`]). Everything is in the
//! database, so it holds across instances on one PostgreSQL and across restarts.
use crate::server::{
    db::{
        store,
        store::idempotency_keys::{Fingerprint, IdempotencyRow},
        Db, IdempotencyClaim,
    },
    secrets,
    services::ServiceResult,
};

/// How long a key is remembered.
pub const KEY_LIFETIME_SECONDS: i64 = 24 * 3600;
/// How long the first request holds its key before a repeat may run it again (only if it
/// wrote nothing: a server that stopped mid-request).
pub const LEASE_SECONDS: i64 = 60;
/// The longest key accepted.
pub const MAX_KEY_LENGTH: usize = 255;

/// The request a key is used for.
pub struct KeyedRequest<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub body: &'a [u8],
}

/// What to do with a request that carries a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Claimed {
    /// Run it: this request holds the key.
    Run,
    /// Answer what the first request answered.
    Replay { status: u16, body: String },
    /// The key was used for another request; says what differs.
    Mismatch(String),
    /// The first request with this key is still running.
    InUse,
    /// The first request wrote its changes but its answer was lost (the server stopped
    /// before saving it): it must not run again.
    AnswerLost,
}

/// Whether `key` can be an idempotency key: 1 to 255 visible ASCII characters.
pub fn valid_key(key: &str) -> bool {
    (1..=MAX_KEY_LENGTH).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// Claims `claim`'s key for `request` at `now`, or says why not.
pub async fn claim(
    db: &Db,
    claim: &IdempotencyClaim,
    request: &KeyedRequest<'_>,
    now: i64,
) -> ServiceResult<Claimed> {
    let body_hash = secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(request.body));
    let fingerprint = Fingerprint {
        method: request.method,
        path: request.path,
        body_hash: &body_hash,
    };
    // Twice at most: a claim that lost a race reads the winner's row the second time.
    for _ in 0..2 {
        let mut tx = db.begin_write().await?;
        let existing = store::idempotency_keys::get(tx.exec(), claim).await?;
        let decided = match existing {
            Some(row) if row.created_at > now - KEY_LIFETIME_SECONDS => {
                decide(&mut tx, claim, &fingerprint, row, now).await?
            }
            expired => {
                if expired.is_some() {
                    store::idempotency_keys::delete(tx.exec(), claim).await?;
                }
                let inserted = store::idempotency_keys::insert(
                    tx.exec(),
                    claim,
                    &fingerprint,
                    now,
                    now + LEASE_SECONDS,
                )
                .await?;
                inserted.then_some(Claimed::Run)
            }
        };
        match decided {
            Some(claimed) => {
                tx.commit().await?;
                return Ok(claimed);
            }
            None => drop(tx),
        }
    }
    Ok(Claimed::InUse)
}

/// What a live key's row says about a request; `None` when a race was lost (read again).
async fn decide(
    tx: &mut crate::server::db::Tx,
    claim: &IdempotencyClaim,
    request: &Fingerprint<'_>,
    row: IdempotencyRow,
    now: i64,
) -> ServiceResult<Option<Claimed>> {
    if row.method != request.method || row.path != request.path {
        return Ok(Some(Claimed::Mismatch(format!(
            "This Idempotency-Key was used for {} {}; this request is {} {}. Use a new key for a new request.",
            row.method, row.path, request.method, request.path
        ))));
    }
    if row.body_hash != request.body_hash {
        return Ok(Some(Claimed::Mismatch(format!(
            "This Idempotency-Key was used for {} {} with a different body. Use a new key for a new request.",
            row.method, row.path
        ))));
    }
    if let (Some(status), Some(body)) = (row.response_status, row.response_body) {
        return Ok(Some(Claimed::Replay {
            status: u16::try_from(status).unwrap_or(500),
            body,
        }));
    }
    let lease = row.locked_until.unwrap_or(0);
    if lease > now {
        return Ok(Some(Claimed::InUse));
    }
    if row.committed {
        return Ok(Some(Claimed::AnswerLost));
    }
    // Its holder stopped before writing anything: this request runs it.
    let taken =
        store::idempotency_keys::take_over(tx.exec(), claim, lease, now + LEASE_SECONDS).await?;
    Ok(taken.then_some(Claimed::Run))
}

/// Saves the answer of the request that held the key.
pub async fn save_answer(
    db: &Db,
    claim: &IdempotencyClaim,
    status: u16,
    body: &str,
) -> ServiceResult<()> {
    let mut conn = db.write_conn().await?;
    store::idempotency_keys::save_response(conn.exec(), claim, i64::from(status), body).await?;
    Ok(())
}

/// Gives the key back: its request was refused before it started.
pub async fn release(db: &Db, claim: &IdempotencyClaim) -> ServiceResult<()> {
    let mut conn = db.write_conn().await?;
    store::idempotency_keys::delete(conn.exec(), claim).await?;
    Ok(())
}

/// Removes the keys older than their lifetime at `now`; answers how many.
pub async fn remove_expired(db: &Db, now: i64) -> ServiceResult<u64> {
    let mut conn = db.write_conn().await?;
    Ok(
        store::idempotency_keys::delete_created_before(conn.exec(), now - KEY_LIFETIME_SECONDS)
            .await?,
    )
}

#[cfg(test)]
mod tests {
    use super::valid_key;

    #[test]
    fn keys_are_up_to_255_visible_characters() {
        assert!(valid_key("order-1234"));
        assert!(valid_key(&"k".repeat(255)));
        assert!(!valid_key(&"k".repeat(256)));
        assert!(!valid_key(""));
        assert!(!valid_key("with space"));
        assert!(!valid_key("tab\there"));
    }
}

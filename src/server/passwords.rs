//! Dashboard password hashes: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1),
//! stored as PHC strings. Hashing takes ~20 ms of a core and 19 MiB, so it runs on tokio's
//! blocking threads, a few at a time: a burst of sign-ins waits its turn instead of
//! stalling the portal's requests or the machine's memory.
use std::sync::OnceLock;

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use tokio::sync::Semaphore;

use crate::domain::password::NewPassword;

/// OWASP Password Storage Cheat Sheet, Argon2id's first option.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .expect("OWASP's Argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes at once: half the cores (at least one), so that the other half keeps serving.
fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Semaphore::new((cores / 2).max(1))
    })
}

/// Runs `work` on a blocking thread once a permit is free.
async fn off_the_async_threads<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let _permit = permits().acquire().await?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

/// The PHC string of `password` under a fresh salt.
pub async fn hash(password: &NewPassword) -> anyhow::Result<String> {
    let password = password.expose().to_string();
    off_the_async_threads(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|error| anyhow::anyhow!("argon2: {error}"))
    })
    .await?
}

/// A hash of a password nobody knows, computed once: an unknown e-mail (or a user without a
/// password) is checked against it, so that the answer takes as long as for a real account.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        let secret = crate::server::secrets::new_secret();
        argon2()
            .hash_password(secret.as_bytes(), &salt)
            .expect("hashing a random secret succeeds")
            .to_string()
    })
}

/// Whether `password` matches `stored` (a PHC string). `None` is checked against the dummy
/// hash and never matches. Any stored Argon2 parameters are honoured, so that hashes made
/// under older parameters still verify.
pub async fn verify(password: &str, stored: Option<&str>) -> anyhow::Result<bool> {
    let password = password.to_string();
    let known = stored.is_some();
    let stored = stored.unwrap_or_else(|| dummy_hash()).to_string();
    let matches = off_the_async_threads(move || {
        PasswordHash::new(&stored)
            .map(|hash| argon2().verify_password(password.as_bytes(), &hash).is_ok())
            .unwrap_or(false)
    })
    .await?;
    Ok(known && matches)
}

/// Builds the dummy hash ahead of the first sign-in (start-up), so that the first unknown
/// e-mail does not take twice as long as a known one.
pub async fn prepare() -> anyhow::Result<()> {
    off_the_async_threads(|| {
        dummy_hash();
    })
    .await
}

//! Dashboard password hashes: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1),
//! stored as PHC strings. Hashing takes ~20 ms of a core and 19 MiB, so it runs on a few
//! threads of its own at a lower CPU priority: a burst of sign-ins waits its turn in their
//! queue instead of stalling the portal's requests or the machine's memory.
use std::sync::{mpsc, Arc, Mutex, OnceLock};

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};

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

type Job = Box<dyn FnOnce() + Send>;

/// The niceness of the hashing threads: when the portal and a sign-in both want a core,
/// the portal gets it; an idle machine still hashes at full speed.
pub const HASHING_NICENESS: i32 = 5;

/// The queue of the hashing threads: half the cores (at least one), started on first use,
/// so that the other half keeps serving however many sign-ins arrive.
fn hashers() -> &'static mpsc::Sender<Job> {
    static QUEUE: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (queue, jobs) = mpsc::channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        for index in 0..(cores / 2).max(1) {
            let jobs = Arc::clone(&jobs);
            std::thread::Builder::new()
                .name(format!("password-hashing-{index}"))
                .spawn(move || {
                    lower_this_threads_priority();
                    loop {
                        // The lock is held only while waiting for the next job.
                        let next = jobs.lock().map(|jobs| jobs.recv());
                        match next {
                            Ok(Ok(job)) => job(),
                            _ => return,
                        }
                    }
                })
                .expect("the password hashing threads start");
        }
        queue
    })
}

/// On Linux a thread's nice value is its own, so this leaves the async threads alone.
fn lower_this_threads_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its arguments; `0` names the calling thread.
    unsafe {
        if libc::setpriority(libc::PRIO_PROCESS, 0, HASHING_NICENESS) != 0 {
            tracing::warn!("could not lower the password hashing threads' priority");
        }
    }
}

/// Runs `work` on a hashing thread and waits for it without blocking the async threads.
async fn off_the_async_threads<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        // A panic drops `answer`, which the caller sees as an error; the thread goes on.
        if let Ok(result) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
            let _ = answer.send(result);
        }
    });
    hashers()
        .send(job)
        .map_err(|_| anyhow::anyhow!("the password hashing threads have stopped"))?;
    answered
        .await
        .map_err(|_| anyhow::anyhow!("hashing a password failed"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashing_threads_run_at_a_lower_priority_than_the_callers() {
        // SAFETY: getpriority only reads; `0` names the calling thread.
        let here = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
        let there = off_the_async_threads(|| unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) })
            .await
            .unwrap();
        assert_eq!(there, HASHING_NICENESS.max(here));
        let still_here = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
        assert_eq!(still_here, here, "the caller's own priority is untouched");
    }

    #[tokio::test]
    async fn a_failed_job_is_an_error_and_the_threads_go_on() {
        let failed = off_the_async_threads(|| -> u8 { panic!("a job that panics") }).await;
        assert!(failed.is_err());
        for expected in 0..4 {
            assert_eq!(
                off_the_async_threads(move || expected).await.unwrap(),
                expected
            );
        }
    }
}

//! Run-time settings from the environment (and `Leptos.toml` for the Leptos ones).
use std::{net::SocketAddr, path::PathBuf, time::Duration};

use anyhow::Context;
use leptos::config::LeptosOptions;

use super::{encryption::EncryptionKey, processors::stripe, secrets::OperatorKeys};
use crate::domain::host_name::cname_target;

#[derive(Debug, Clone)]
pub struct Config {
    /// `postgres://...` for PostgreSQL; otherwise a SQLite file (default `data/vinr.db`).
    pub database_url: String,
    /// Base URL customers reach the portal at; session URLs start with it.
    pub public_url: String,
    /// Seed demo data and print a portal URL at start.
    pub demo: bool,
    /// Where the demo keeps its test secret key between runs.
    pub demo_key_file: PathBuf,
    /// How often the renewal worker looks for due subscriptions and payments; `None` runs
    /// no worker (tests drive renewals themselves).
    pub renewal_interval: Option<Duration>,
    /// How often verified custom domains are looked at for a daily TXT re-check
    /// (`VINR_DOMAIN_RECHECK_INTERVAL_SECONDS`, default an hour; 0 runs none here).
    pub domain_recheck_interval: Option<Duration>,
    /// How the webhook delivery worker runs; `None` runs none in this instance.
    pub webhook_delivery: Option<DeliverySettings>,
    /// The name server custom domain checks ask (`VINR_DNS_SERVER`, `ip:port`); `None`
    /// uses the system's.
    pub dns_server: Option<SocketAddr>,
    /// How receipts are e-mailed; `None` (no `SMTP_URL`) keeps them for the API only.
    pub mail: Option<MailSettings>,
    /// Test-mode webhook endpoints may point at loopback and private addresses
    /// (`VINR_ALLOW_PRIVATE_WEBHOOKS=1`, for local development; `make run` turns it on).
    pub allow_private_webhooks: bool,
    /// How long receipt PDF links work (`VINR_RECEIPT_LINK_DAYS`, default 90).
    pub receipt_link_lifetime_seconds: i64,
    /// Keys for signed values and fingerprints, from the operator's secret (never the database).
    pub operator_keys: OperatorKeys,
    /// Encrypts merchants' processor secrets at rest (`VINR_ENCRYPTION_KEY`, 64 hex digits,
    /// or the key file `VINR_ENCRYPTION_KEY_FILE`, default `data/encryption-key`, made on
    /// first start with mode 0600).
    pub encryption_key: EncryptionKey,
    /// Stripe's API (`VINR_STRIPE_API_BASE`) and Stripe.js (`VINR_STRIPE_JS_URL`): Stripe's
    /// own unless the operator names others (localstripe in tests).
    pub stripe_api_base: String,
    pub stripe_js_url: String,
    pub leptos_options: LeptosOptions,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/vinr.db";

impl Config {
    /// Reads `DATABASE_URL`, `VINR_PUBLIC_URL`, `VINR_DEMO` and the `LEPTOS_*` variables
    /// (which override `Leptos.toml`).
    pub fn from_env() -> anyhow::Result<Self> {
        let leptos_options = load_leptos_options()?;
        let database_url =
            std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_string());
        let public_url = std::env::var("VINR_PUBLIC_URL")
            .unwrap_or_else(|_| format!("http://{}", leptos_options.site_addr));
        // `--demo` on the command line is read by `main` (clap) and added there.
        let demo = std::env::var("VINR_DEMO").is_ok_and(|v| v == "1" || v == "true");
        let demo_key_file = std::env::var("VINR_DEMO_KEY_FILE")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from("data/demo-secret-key"));
        let renewal_interval = worker_interval("VINR_RENEWAL_INTERVAL_SECONDS", 10)?;
        let domain_recheck_interval =
            worker_interval("VINR_DOMAIN_RECHECK_INTERVAL_SECONDS", 3600)?;
        Ok(Self {
            database_url,
            public_url: public_url.trim_end_matches('/').to_string(),
            demo,
            demo_key_file,
            renewal_interval,
            domain_recheck_interval,
            webhook_delivery: webhook_delivery_from_env()?,
            dns_server: std::env::var("VINR_DNS_SERVER")
                .ok()
                .map(|address| address.parse())
                .transpose()
                .context("VINR_DNS_SERVER must be ip:port, e.g. 127.0.0.1:53")?,
            mail: mail_from_env(&public_url)?,
            operator_keys: operator_keys_from_env()?,
            encryption_key: encryption_key_from_env()?,
            stripe_api_base: std::env::var("VINR_STRIPE_API_BASE")
                .unwrap_or_else(|_| stripe::DEFAULT_API_BASE.to_string()),
            stripe_js_url: std::env::var("VINR_STRIPE_JS_URL")
                .unwrap_or_else(|_| stripe::DEFAULT_JS_URL.to_string()),
            allow_private_webhooks: std::env::var("VINR_ALLOW_PRIVATE_WEBHOOKS")
                .is_ok_and(|v| v == "1" || v == "true"),
            receipt_link_lifetime_seconds: match std::env::var("VINR_RECEIPT_LINK_DAYS") {
                Ok(days) => {
                    days.parse::<i64>()
                        .ok()
                        .filter(|days| (1..=3650).contains(days))
                        .context(
                            "VINR_RECEIPT_LINK_DAYS must be a whole number of days from 1 to 3650",
                        )?
                        * 86_400
                }
                Err(_) => DEFAULT_LINK_LIFETIME_SECONDS,
            },
            leptos_options,
        })
    }

    /// Settings for tests: a given database, port 0, no demo.
    pub fn for_tests(database_url: &str) -> Self {
        let leptos_options = LeptosOptions::builder()
            .output_name("vinr-portal")
            .site_root("target/site")
            .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
            .build();
        Self {
            database_url: database_url.to_string(),
            public_url: String::new(),
            demo: false,
            demo_key_file: PathBuf::from("data/demo-secret-key"),
            renewal_interval: None,
            domain_recheck_interval: None,
            webhook_delivery: None,
            dns_server: None,
            mail: None,
            operator_keys: OperatorKeys::random(),
            encryption_key: EncryptionKey::random(),
            stripe_api_base: stripe::DEFAULT_API_BASE.to_string(),
            stripe_js_url: stripe::DEFAULT_JS_URL.to_string(),
            // The tests' webhook receivers listen on loopback.
            allow_private_webhooks: true,
            receipt_link_lifetime_seconds: DEFAULT_LINK_LIFETIME_SECONDS,
            leptos_options,
        }
    }

    pub fn serves_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The host name of the public URL (no port): it serves every merchant's portal.
    pub fn public_host(&self) -> String {
        cname_target(&self.public_url)
    }
}

/// A worker's period from `variable` (whole seconds; 0 runs no such worker in this
/// instance), `default_seconds` when unset.
fn worker_interval(variable: &str, default_seconds: u64) -> anyhow::Result<Option<Duration>> {
    match std::env::var(variable) {
        Ok(value) => {
            let seconds: u64 = value
                .parse()
                .with_context(|| format!("{variable} must be a whole number of seconds"))?;
            Ok((seconds > 0).then(|| Duration::from_secs(seconds)))
        }
        Err(_) => Ok(Some(Duration::from_secs(default_seconds))),
    }
}

/// `VINR_SECRET_KEY_BASE` (at least 32 characters) when set; otherwise the key file
/// `VINR_SECRET_KEY_FILE` (default `data/secret-key-base`), created with mode 0600 on first
/// start. Several instances must share one secret.
fn operator_keys_from_env() -> anyhow::Result<OperatorKeys> {
    if let Ok(secret) = std::env::var("VINR_SECRET_KEY_BASE") {
        return OperatorKeys::from_secret(secret.as_bytes());
    }
    let path = std::env::var("VINR_SECRET_KEY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(DEFAULT_SECRET_KEY_FILE));
    OperatorKeys::from_key_file(&path)
}

pub const DEFAULT_SECRET_KEY_FILE: &str = "data/secret-key-base";

fn encryption_key_from_env() -> anyhow::Result<EncryptionKey> {
    if let Ok(key) = std::env::var("VINR_ENCRYPTION_KEY") {
        return EncryptionKey::from_hex(&key);
    }
    let path = std::env::var("VINR_ENCRYPTION_KEY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(DEFAULT_ENCRYPTION_KEY_FILE));
    EncryptionKey::from_key_file(&path)
}

pub const DEFAULT_ENCRYPTION_KEY_FILE: &str = "data/encryption-key";

/// `VINR_WEBHOOK_WORKER=0` runs no delivery worker in this instance;
/// `VINR_WEBHOOK_RETRY_SCHEDULE` (seconds after the first try, comma-separated),
/// `VINR_WEBHOOK_TIMEOUT_SECONDS` and `VINR_WEBHOOK_POLL_MILLISECONDS` override the defaults.
fn webhook_delivery_from_env() -> anyhow::Result<Option<DeliverySettings>> {
    if std::env::var("VINR_WEBHOOK_WORKER").is_ok_and(|v| v == "0" || v == "false") {
        return Ok(None);
    }
    let mut settings = DeliverySettings::default();
    if let Some(schedule) = retry_schedule("VINR_WEBHOOK_RETRY_SCHEDULE")? {
        settings.retry_schedule = schedule;
    }
    if let Ok(seconds) = std::env::var("VINR_WEBHOOK_TIMEOUT_SECONDS") {
        let seconds: u64 = seconds
            .parse()
            .context("VINR_WEBHOOK_TIMEOUT_SECONDS must be a whole number")?;
        settings.timeout = Duration::from_secs(seconds.clamp(1, 60));
    }
    if let Some(interval) = poll_interval("VINR_WEBHOOK_POLL_MILLISECONDS")? {
        settings.poll_interval = interval;
    }
    Ok(Some(settings))
}

/// `SMTP_URL` (`smtps://user:pass@host:465` over TLS, `smtp://user:pass@host:587?tls=required`
/// with STARTTLS, or plain `smtp://host:25` for a relay on the local machine only) turns
/// receipt e-mails on; `SMTP_FROM` is the sender address (default `receipts@<public host>`);
/// `VINR_MAIL_RETRY_SCHEDULE` and `VINR_MAIL_POLL_MILLISECONDS` override the defaults.
fn mail_from_env(public_url: &str) -> anyhow::Result<Option<MailSettings>> {
    let Ok(smtp_url) = std::env::var("SMTP_URL") else {
        return Ok(None);
    };
    let mut settings = MailSettings::new(
        smtp_url,
        std::env::var("SMTP_FROM")
            .unwrap_or_else(|_| format!("receipts@{}", cname_target(public_url))),
    );
    if let Some(schedule) = retry_schedule("VINR_MAIL_RETRY_SCHEDULE")? {
        settings.retry_schedule = schedule;
    }
    if let Some(interval) = poll_interval("VINR_MAIL_POLL_MILLISECONDS")? {
        settings.poll_interval = interval;
    }
    Ok(Some(settings))
}

/// A worker's retry schedule from `variable`: comma-separated whole seconds.
fn retry_schedule(variable: &str) -> anyhow::Result<Option<Vec<i64>>> {
    let Ok(schedule) = std::env::var(variable) else {
        return Ok(None);
    };
    schedule
        .split(',')
        .map(|s| s.trim().parse::<i64>())
        .collect::<Result<_, _>>()
        .map(Some)
        .with_context(|| format!("{variable} must be comma-separated whole seconds"))
}

/// A worker's idle poll interval from `variable` (milliseconds, at least 10).
fn poll_interval(variable: &str) -> anyhow::Result<Option<Duration>> {
    let Ok(millis) = std::env::var(variable) else {
        return Ok(None);
    };
    let millis: u64 = millis
        .parse()
        .with_context(|| format!("{variable} must be a whole number of milliseconds"))?;
    Ok(Some(Duration::from_millis(millis.max(10))))
}

fn load_leptos_options() -> anyhow::Result<LeptosOptions> {
    // cargo-leptos exports LEPTOS_* for `serve`/`watch`/`end-to-end`; a bare binary reads
    // Leptos.toml (with the same LEPTOS_* overrides) when it is present.
    let from_file = std::path::Path::new("Leptos.toml").exists();
    let conf = if from_file {
        leptos::config::get_configuration(Some("Leptos.toml"))
    } else {
        leptos::config::get_configuration(None)
    };
    Ok(conf
        .context("could not read the Leptos settings")?
        .leptos_options)
}

/// How long a receipt's PDF link works, by default.
pub const DEFAULT_LINK_LIFETIME_SECONDS: i64 = 90 * 86_400;

/// When a failed delivery is tried again, in seconds after its first try: about 5 s, 5 min,
/// 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h. After the last, it has failed.
pub const DEFAULT_RETRY_SCHEDULE: [i64; 9] =
    [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400];

/// How the worker runs.
#[derive(Debug, Clone)]
pub struct DeliverySettings {
    /// Seconds after the first try at which each retry is due.
    pub retry_schedule: Vec<i64>,
    /// How long one POST may take, connecting included.
    pub timeout: Duration,
    /// How often to look for due deliveries when the queue is idle.
    pub poll_interval: Duration,
    /// Deliveries in flight at once, per instance.
    pub concurrency: usize,
    /// Test-mode deliveries may reach private addresses (`VINR_ALLOW_PRIVATE_WEBHOOKS=1`).
    pub allow_private_addresses: bool,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self {
            retry_schedule: DEFAULT_RETRY_SCHEDULE.to_vec(),
            timeout: Duration::from_secs(15),
            poll_interval: Duration::from_millis(50),
            concurrency: 64,
            allow_private_addresses: false,
        }
    }
}

/// How receipt e-mails are sent.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp_url: String,
    /// The sender address; the display name is the merchant's business name.
    pub from: String,
    /// Seconds to wait before each retry (the first entry after the first failure); when
    /// they are used up, the receipt is marked failed.
    pub retry_schedule: Vec<i64>,
    pub poll_interval: Duration,
}

impl MailSettings {
    pub fn new(smtp_url: String, from: String) -> Self {
        Self {
            smtp_url,
            from,
            retry_schedule: vec![60, 300, 1800, 7200, 21600],
            poll_interval: Duration::from_millis(500),
        }
    }
}

//! Run-time settings from the environment (and `Leptos.toml` for the Leptos ones).
use std::{net::SocketAddr, path::PathBuf, time::Duration};

use anyhow::Context;
use leptos::config::LeptosOptions;

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
    pub leptos_options: LeptosOptions,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/vinr.db";

impl Config {
    /// Reads `DATABASE_URL`, `VINR_PUBLIC_URL`, `VINR_DEMO` and the `LEPTOS_*` variables
    /// (which override `Leptos.toml`). `--demo` on the command line also turns the demo on.
    pub fn from_env() -> anyhow::Result<Self> {
        let leptos_options = load_leptos_options()?;
        let database_url =
            std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_string());
        let public_url = std::env::var("VINR_PUBLIC_URL")
            .unwrap_or_else(|_| format!("http://{}", leptos_options.site_addr));
        let demo = std::env::var("VINR_DEMO").is_ok_and(|v| v == "1" || v == "true")
            || std::env::args().any(|arg| arg == "--demo");
        let demo_key_file = std::env::var("VINR_DEMO_KEY_FILE")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from("data/demo-secret-key"));
        // VINR_RENEWAL_INTERVAL_SECONDS=0 runs no worker in this instance.
        let renewal_interval = match std::env::var("VINR_RENEWAL_INTERVAL_SECONDS") {
            Ok(value) => {
                let seconds: u64 = value
                    .parse()
                    .context("VINR_RENEWAL_INTERVAL_SECONDS must be a whole number of seconds")?;
                (seconds > 0).then(|| Duration::from_secs(seconds))
            }
            Err(_) => Some(Duration::from_secs(10)),
        };
        Ok(Self {
            database_url,
            public_url: public_url.trim_end_matches('/').to_string(),
            demo,
            demo_key_file,
            renewal_interval,
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
            leptos_options,
        }
    }

    pub fn serves_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
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

//! The server binary: configuration from the environment, optional demo data, serve.
use vinr_portal::{
    server::{config::Config, services::demo},
    startup::Application,
};

// glibc's malloc contends on its arena locks when rendering hops between threads;
// mimalloc's thread-local heaps measured 2x the /portal throughput (see bench/).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .init();

    let config = Config::from_env()?;
    let demo_mode = config.demo;
    let key_file = config.demo_key_file.clone();
    let app = Application::build(config).await?;
    let state = app.state().clone();
    let addr = app.local_addr();

    // The demo's secret key and live link are printed only to a person at a terminal, or
    // when asked for (VINR_DEMO=1, as `make run` sets): never into a log collector by default.
    let print_secrets = std::io::IsTerminal::is_terminal(&std::io::stdout())
        || std::env::var("VINR_DEMO").is_ok_and(|v| v == "1");
    let live_key = demo::demo_live_secret_key()?;
    if demo_mode && !print_secrets {
        let key = demo::demo_secret_key(&key_file)?;
        demo::ensure(&state.db, &state.config, &key, live_key.as_deref()).await?;
        println!(
            "  VINR Portal demo ready; its test key is in {} (set VINR_DEMO=1 to print it and a portal URL)",
            key_file.display()
        );
    }
    if demo_mode && print_secrets {
        let key = demo::demo_secret_key(&key_file)?;
        let demo = demo::ensure(&state.db, &state.config, &key, live_key.as_deref()).await?;
        let base = &state.config.public_url;
        println!();
        println!("  VINR Portal demo ({} database)", state.db.backend_name());
        println!("  Secret key (test mode): {}", demo.secret_key);
        match &live_key {
            Some(_) => println!(
                "  Live key: the one in VINR_DEMO_LIVE_SECRET_KEY (branding and custom domains)"
            ),
            None => println!(
                "  Branding and custom domains change with a live key only: set VINR_DEMO_LIVE_SECRET_KEY=sk_live_… to have one"
            ),
        }
        println!("  Mint a portal session:");
        println!(
            "    curl -s -X POST {base}/v1/billing/portal/sessions \\\n      -H 'Authorization: Bearer {}' -H 'Content-Type: application/json' \\\n      -d '{{\"customer\": \"{}\", \"returnUrl\": \"{}\"}}'",
            demo.secret_key,
            demo.customer_id,
            demo::RETURN_URL
        );
        println!("  Open the portal (single use, valid 30 minutes):");
        println!("    {}", demo.portal_url);
        println!();
    }
    println!("listening on http://{addr}");
    app.run().await?;
    Ok(())
}

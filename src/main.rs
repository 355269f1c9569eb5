//! The server binary: configuration from the environment, optional demo data, serve.
use vinr_portal::server::{config::Config, services::demo, startup::Application};

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

    if demo_mode {
        let key = demo::demo_secret_key(&key_file)?;
        let demo = demo::ensure(&state.db, &key, &state.config.public_url).await?;
        let base = &state.config.public_url;
        println!();
        println!("  VINR Portal demo ({} database)", state.db.backend_name());
        println!("  Secret key (test mode): {}", demo.secret_key);
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

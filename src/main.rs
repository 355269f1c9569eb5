//! The server binary: `vinr-portal [serve]` (the default) serves the product, with demo data
//! when asked; `vinr-portal merchants create` onboards a merchant and its owner;
//! `vinr-portal keys create --merchant ... [--live]` makes an API key.
use clap::{Parser, Subcommand};
use vinr_portal::{
    server::{
        config::Config,
        db::Db,
        services::{dashboard::accounts, demo, developers::api_keys},
    },
    startup::Application,
};

// glibc's malloc contends on its arena locks when rendering hops between threads;
// mimalloc's thread-local heaps measured 2x the /portal throughput (see bench/).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// VINR Portal: a self-hostable customer billing portal. Settings come from the
/// environment (README: Configuration); flags name the same settings.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Create the demo data and print how to use it (also VINR_DEMO=1).
    #[arg(long, global = true)]
    demo: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the REST API, the portal and the dashboard (the default).
    Serve,
    /// Manage the merchants of this instance.
    Merchants {
        #[command(subcommand)]
        command: MerchantsCommand,
    },
    /// Manage a merchant's API keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Create a secret API key for a merchant and print it once (test mode unless --live).
    Create {
        /// The merchant's id (mer_...), as `merchants create` printed it.
        #[arg(long)]
        merchant: String,
        /// A live-mode key: real money, through the merchant's connected processor.
        #[arg(long)]
        live: bool,
        /// A name to tell the key apart ("Production server").
        #[arg(long)]
        name: Option<String>,
    },
}

#[derive(Subcommand)]
enum MerchantsCommand {
    /// Create a merchant with a test secret key and an owner, and print the owner's one-time
    /// setup link (valid 72 hours), where they choose a password.
    Create {
        /// The merchant's business name.
        #[arg(long)]
        name: String,
        /// The owner's e-mail: they sign in to the dashboard with it.
        #[arg(long)]
        owner_email: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let mut config = Config::from_env()?;
    config.demo |= cli.demo;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Merchants {
            command: MerchantsCommand::Create { name, owner_email },
        } => {
            let db = Db::connect(&config.database_url).await?;
            let created =
                accounts::create_merchant_with_owner(&db, &config.public_url, &name, &owner_email)
                    .await
                    .map_err(|error| anyhow::anyhow!("{error}"))?;
            println!("Merchant: {}", created.merchant_id);
            println!("Secret key (test mode, shown once): {}", created.secret_key);
            println!("Owner setup link (single use, valid 72 hours):");
            println!("{}", created.setup_url);
            Ok(())
        }
        Command::Keys {
            command:
                KeysCommand::Create {
                    merchant,
                    live,
                    name,
                },
        } => {
            let db = Db::connect(&config.database_url).await?;
            let key = api_keys::create_for_merchant(&db, &merchant, live, name)
                .await
                .map_err(|error| anyhow::anyhow!("{error}"))?;
            let mode = if live { "live" } else { "test" };
            println!("Key: {} ({mode} mode)", key.id);
            println!(
                "Secret key (shown once): {}",
                key.secret.unwrap_or_default()
            );
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let demo_mode = config.demo;
    let key_file = config.demo_key_file.clone();
    let password_file = key_file.with_file_name("demo-dashboard-password");
    let app = Application::build(config).await?;
    let state = app.state().clone();
    let addr = app.local_addr();

    // The demo's secret key and live link are printed only to a person at a terminal, or
    // when asked for (VINR_DEMO=1, as `make run` sets): never into a log collector by default.
    let print_secrets = std::io::IsTerminal::is_terminal(&std::io::stdout())
        || std::env::var("VINR_DEMO").is_ok_and(|v| v == "1");
    let live_key = demo::demo_live_secret_key()?;
    if demo_mode {
        let key = demo::demo_secret_key(&key_file)?;
        let demo = demo::ensure(&state.db, &state.config, &key, live_key.as_deref()).await?;
        let password = demo::demo_dashboard_password(&password_file)?;
        demo::ensure_dashboard_owner(&state.db, &key, &password).await?;
        let base = &state.config.public_url;
        if !print_secrets {
            println!(
                "  VINR Portal demo ready; its test key is in {} and the dashboard password in {} (set VINR_DEMO=1 to print them)",
                key_file.display(),
                password_file.display()
            );
        } else {
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
            println!("  The merchant dashboard:");
            println!("Dashboard: {base}/dashboard");
            println!("E-mail: {}", demo::DEMO_OWNER_EMAIL);
            println!("Password: {password}");
            println!();
        }
    }
    println!("listening on http://{addr}");
    app.run().await?;
    Ok(())
}

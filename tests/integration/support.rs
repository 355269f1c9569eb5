//! Test harness: a temporary PostgreSQL server per test run, fresh databases per test,
//! and the application started on port 0 with a seeded merchant.
use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::OnceLock,
};

use vinr_portal::{
    domain::{money::Currency, subscription::Interval},
    server::{
        config::Config,
        db::{
            store::{self, api_keys::ApiKeyRow},
            Db,
        },
        encryption::EncryptionKey,
        processors::stripe::{self, StripeSettings},
        secrets,
        services::{
            billing::coupons,
            billing::products::{self, NewPlan},
            customers::payment_methods,
            merchants, now_unix,
            payments::Payments,
            Actor,
        },
    },
    startup::Application,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async test body once per backend, as two separate tests.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            use $crate::support::Backend;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(Backend::Postgres).await
            }
        }
    };
}

pub mod postgres {
    //! One PostgreSQL server for the whole test binary, in a temporary directory, started
    //! from Debian's binaries (initdb + pg_ctl) and stopped and removed at process exit.
    use super::*;

    struct Server {
        dir: PathBuf,
        bin: PathBuf,
        port: u16,
        as_postgres_user: bool,
    }

    static SERVER: OnceLock<Server> = OnceLock::new();

    fn pg_bin_dir() -> PathBuf {
        if let Ok(dir) = std::env::var("VINR_PG_BIN") {
            return PathBuf::from(dir);
        }
        let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path().join("bin"))
                    .collect()
            })
            .unwrap_or_default();
        versions.sort();
        versions
            .pop()
            .filter(|dir| dir.join("initdb").exists())
            .expect("PostgreSQL server binaries not found under /usr/lib/postgresql (run `make test`, which installs them)")
    }

    fn run(server_as_postgres: bool, program: &Path, args: &[&str]) {
        let mut command = if server_as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        };
        let output = command
            .args(args)
            .output()
            .expect("could not run a PostgreSQL tool");
        assert!(
            output.status.success(),
            "{} failed: {}{}",
            program.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    extern "C" fn stop_at_exit() {
        if let Some(server) = SERVER.get() {
            let data = server.dir.join("data");
            let _ = if server.as_postgres_user {
                Command::new("runuser")
                    .args(["-u", "postgres", "--"])
                    .arg(server.bin.join("pg_ctl"))
                    .args([
                        "-D",
                        data.to_str().unwrap(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop",
                    ])
                    .output()
            } else {
                Command::new(server.bin.join("pg_ctl"))
                    .args([
                        "-D",
                        data.to_str().unwrap(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop",
                    ])
                    .output()
            };
            let _ = std::fs::remove_dir_all(&server.dir);
        }
    }

    fn start() -> Server {
        let bin = pg_bin_dir();
        // initdb refuses to run as root: run the server as the `postgres` system user then.
        let as_postgres_user = unsafe { libc::geteuid() } == 0;
        let dir =
            std::env::temp_dir().join(format!("vinr-pg-{}-{}", std::process::id(), rand_suffix()));
        std::fs::create_dir_all(&dir).unwrap();
        if as_postgres_user {
            let status = Command::new("chown")
                .args(["postgres"])
                .arg(&dir)
                .status()
                .unwrap();
            assert!(
                status.success(),
                "could not hand the PostgreSQL directory to the postgres user"
            );
        }
        let data = dir.join("data");
        run(
            as_postgres_user,
            &bin.join("initdb"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
                "-E",
                "UTF8",
            ],
        );
        let port = free_port();
        let options = format!(
            "-k {} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300",
            dir.display()
        );
        let log = dir.join("log");
        run(
            as_postgres_user,
            &bin.join("pg_ctl"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-l",
                log.to_str().unwrap(),
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
        Server {
            dir,
            bin,
            port,
            as_postgres_user,
        }
    }

    fn log_tail(log: &Path) -> String {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// The URL of a fresh, empty database on the shared test server.
    pub async fn fresh_database_url() -> String {
        let server = SERVER.get_or_init(|| {
            let server = start();
            unsafe { libc::atexit(stop_at_exit) };
            server
        });
        let admin = format!("postgres://postgres@127.0.0.1:{}/postgres", server.port);
        let name = format!("test_{}", rand_suffix());
        let created = async {
            let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin).await?;
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
        };
        if let Err(error) = created.await {
            // The server's own words say why it went away (a full disk, a crash).
            panic!(
                "no fresh PostgreSQL database: {error}\n--- end of the server's log ---\n{}",
                log_tail(&server.dir.join("log"))
            );
        }
        format!("postgres://postgres@127.0.0.1:{}/{name}", server.port)
    }
}

fn rand_suffix() -> String {
    vinr_portal::server::secrets::new_id("x")[2..14].to_lowercase()
}

/// The operator keys of every [`TestApp`], so that helpers writing to its database directly
/// (seeding cards) key fingerprints as the server does.
pub fn operator_keys() -> secrets::OperatorKeys {
    secrets::OperatorKeys::from_secret(b"the integration tests' operator secret, never a real one")
        .unwrap()
}

/// Payments as a test-mode service call needs them (the built-in test processor).
pub fn test_payments() -> Payments {
    Payments::new(
        EncryptionKey::random(),
        StripeSettings::new(stripe::DEFAULT_API_BASE, stripe::DEFAULT_JS_URL).unwrap(),
    )
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A database URL for the backend: a file in a temporary directory, or a fresh PostgreSQL database.
pub async fn database_url(backend: Backend, dir: &Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("test.db").display()),
        Backend::Postgres => postgres::fresh_database_url().await,
    }
}

/// A merchant with Basic and Pro plans and one customer subscribed to Basic.
pub struct Merchant {
    pub id: String,
    pub secret_key: String,
    /// A live key of the same merchant: branding and custom domains change only with it.
    pub live_key: String,
    pub customer_id: String,
    pub subscription_id: String,
}

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub database_url: String,
    pub http: reqwest::Client,
    pub merchant: Merchant,
    /// The server's own payments (its encryption key and Stripe settings).
    pub payments: Payments,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Like [`TestApp::spawn`], with the test's own settings (e.g. a delivery worker).
    pub async fn spawn_with(backend: Backend, configure: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let database_url = database_url(backend, dir.path()).await;
        let mut config = Config::for_tests(&database_url);
        config.operator_keys = operator_keys();
        configure(&mut config);
        let app = Application::build(config).await.unwrap();
        let base = format!("http://{}", app.local_addr());
        let db = app.state().db.clone();
        let payments = app.state().payments.clone();
        tokio::spawn(app.run());
        let merchant = seed_merchant(&db, "Acme Cloud").await;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A response that never completes fails its test instead of stalling the run.
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap();
        Self {
            base,
            db,
            database_url,
            http,
            merchant,
            payments,
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `POST /v1/billing/portal/sessions` for `customer` with the merchant's key.
    pub async fn mint(&self, secret_key: &str, customer: &str) -> reqwest::Response {
        self.http
            .post(self.url("/v1/billing/portal/sessions"))
            .bearer_auth(secret_key)
            .json(&serde_json::json!({ "customer": customer, "returnUrl": "https://app.example.com/account" }))
            .send()
            .await
            .unwrap()
    }

    /// Mints a session for the seeded customer and returns (id, secret).
    pub async fn mint_link(&self) -> (String, String) {
        let body: serde_json::Value = self
            .mint(&self.merchant.secret_key, &self.merchant.customer_id)
            .await
            .json()
            .await
            .unwrap();
        let url = body["url"].as_str().unwrap();
        let (_, secret) = url.split_once('#').unwrap();
        (body["id"].as_str().unwrap().to_string(), secret.to_string())
    }

    /// Posts the secret as the session page's script does.
    pub async fn redeem(&self, id: &str, secret: &str) -> reqwest::Response {
        self.http
            .post(self.url(&format!("/session/{id}/redeem")))
            .form(&[("secret", secret)])
            .send()
            .await
            .unwrap()
    }

    /// A REST call with `key`: the status and the JSON body.
    pub async fn api_as(
        &self,
        key: &str,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = self
            .http
            .request(method.parse().unwrap(), self.url(path))
            .bearer_auth(key);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }

    /// A REST call with the seeded merchant's key.
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        self.api_as(&self.merchant.secret_key, method, path, body)
            .await
    }

    /// A REST call with the seeded merchant's live key (branding, custom domains).
    pub async fn live_api(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        self.api_as(&self.merchant.live_key, method, path, body)
            .await
    }

    /// Posts a portal form as a browser without WASM does (same origin, accepts HTML).
    pub async fn post_form(
        &self,
        cookie: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .header("accept", "text/html")
            .header("origin", &self.base)
            .header("cookie", cookie)
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// The signed quote the review page of switching `subscription` to `price` (and
    /// `quantity`) carries: what its confirmation must post back.
    pub async fn review_quote(
        &self,
        cookie: &str,
        subscription: &str,
        price: &str,
        quantity: Option<i64>,
    ) -> String {
        let quantity = quantity
            .map(|q| format!("&quantity={q}"))
            .unwrap_or_default();
        let (status, html) = self
            .page(
                cookie,
                &format!("/portal/subscriptions/{subscription}/review?price={price}{quantity}"),
            )
            .await;
        assert_eq!(status, 200, "the review of {price} opens");
        quote_in(&html)
    }

    /// Confirms switching `subscription` to `price` as the review page does; the redirect.
    pub async fn confirm_plan_change(
        &self,
        cookie: &str,
        subscription: &str,
        price: &str,
        quantity: Option<i64>,
    ) -> String {
        use leptos::server_fn::ServerFn;
        let quote = self
            .review_quote(cookie, subscription, price, quantity)
            .await;
        let response = self
            .post_form(
                cookie,
                vinr_portal::ui::portal::SwitchPlan::PATH,
                &[("subscription_id", subscription), ("quote", &quote)],
            )
            .await;
        assert_eq!(response.status(), 302);
        response.headers()["location"].to_str().unwrap().to_string()
    }

    /// A portal page with the cookie: the status and the HTML.
    pub async fn page(&self, cookie: &str, path: &str) -> (u16, String) {
        let response = self
            .http
            .get(self.url(path))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// Every row of every table as text, to show what the database holds (no card numbers).
    pub async fn database_text(&self) -> String {
        let tables_sql = match &self.db {
            Db::Sqlite(_) => "SELECT name FROM sqlite_master WHERE type = 'table'",
            Db::Postgres(_) => {
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
            }
        };
        let tables: Vec<String> = match &self.db {
            Db::Sqlite(db) => sqlx::query_scalar(tables_sql)
                .fetch_all(&db.reads)
                .await
                .unwrap(),
            Db::Postgres(pool) => sqlx::query_scalar(tables_sql)
                .fetch_all(pool)
                .await
                .unwrap(),
        };
        let mut text = String::new();
        for table in tables {
            let rows: Vec<String> = match &self.db {
                Db::Sqlite(db) => {
                    let columns: Vec<String> = sqlx::query_scalar(&format!(
                        "SELECT name FROM pragma_table_info('{table}')"
                    ))
                    .fetch_all(&db.reads)
                    .await
                    .unwrap();
                    let joined = columns
                        .iter()
                        .map(|column| format!("COALESCE(CAST(\"{column}\" AS TEXT), '')"))
                        .collect::<Vec<_>>()
                        .join(" || '|' || ");
                    // As bytes: logo columns hold binary data.
                    let rows: Vec<Vec<u8>> = sqlx::query_scalar(&format!(
                        "SELECT CAST({joined} AS BLOB) FROM \"{table}\""
                    ))
                    .fetch_all(&db.reads)
                    .await
                    .unwrap();
                    rows.iter()
                        .map(|row| String::from_utf8_lossy(row).into_owned())
                        .collect()
                }
                Db::Postgres(pool) => {
                    sqlx::query_scalar(&format!("SELECT row_to_json(t)::text FROM \"{table}\" t"))
                        .fetch_all(pool)
                        .await
                        .unwrap()
                }
            };
            text.push_str(&rows.join("\n"));
            text.push('\n');
        }
        text
    }

    /// Runs one SQL statement with one text parameter, to set up a state the API cannot reach.
    pub async fn sql(&self, sql: &str, text: &str) {
        match &self.db {
            Db::Sqlite(db) => {
                sqlx::query(sql)
                    .bind(text)
                    .execute(&db.writes)
                    .await
                    .unwrap();
            }
            Db::Postgres(pool) => {
                sqlx::query(sql).bind(text).execute(pool).await.unwrap();
            }
        }
    }

    /// Makes every later UPDATE of `table` that changes `column` fail, as a crash between
    /// the parts of a request would: a fault injected by a trigger in the real database.
    pub async fn fail_updates_changing(&self, table: &str, column: &str) {
        // SQLite would accept a trigger on a column that does not exist and fail every
        // update of the table, for the wrong reason: name a real column.
        let found = self
            .sql_text(&format!(
                "SELECT CAST(COUNT({column}) AS TEXT) FROM {table}"
            ))
            .await;
        assert!(!found.is_empty(), "{table}.{column}");
        match &self.db {
            Db::Sqlite(db) => {
                let sql = format!(
                    "CREATE TRIGGER injected_fault BEFORE UPDATE ON {table}
                     WHEN NEW.{column} IS NOT OLD.{column}
                     BEGIN SELECT RAISE(ABORT, 'injected fault'); END;"
                );
                sqlx::raw_sql(&sql).execute(&db.writes).await.unwrap();
            }
            Db::Postgres(pool) => {
                let sql = format!(
                    "CREATE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS
                         $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$;
                     CREATE TRIGGER injected_fault BEFORE UPDATE ON {table} FOR EACH ROW
                         WHEN (NEW.{column} IS DISTINCT FROM OLD.{column})
                         EXECUTE FUNCTION injected_fault();"
                );
                sqlx::raw_sql(&sql).execute(pool).await.unwrap();
            }
        }
    }

    /// How many events of `event_type` the key's mode has (up to 100).
    pub async fn count_events(&self, event_type: &str) -> usize {
        let (status, page) = self
            .api(
                "GET",
                &format!("/v1/events?type={event_type}&limit=100"),
                None,
            )
            .await;
        assert_eq!(status, 200, "{page}");
        page["data"].as_array().unwrap().len()
    }

    /// The one text value `sql` selects (a test reading what the server stored).
    pub async fn sql_text(&self, sql: &str) -> String {
        match &self.db {
            Db::Sqlite(db) => sqlx::query_scalar(sql).fetch_one(&db.reads).await.unwrap(),
            Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        }
    }

    /// Upgrades the seeded subscription to Pro, invoiced and charged at once; answers that
    /// invoice (`GET /v1/invoices/{id}`).
    pub async fn invoiced_upgrade(&self) -> serde_json::Value {
        let sub = &self.merchant.subscription_id;
        let (status, body) = self
            .api(
                "POST",
                &format!("/v1/subscriptions/{sub}"),
                Some(serde_json::json!({ "price": "price_pro_monthly", "prorationBehavior": "always_invoice" })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let invoice = self.subscription(sub).await["latestInvoice"].clone();
        let (status, invoice) = self
            .api(
                "GET",
                &format!("/v1/invoices/{}", invoice.as_str().unwrap()),
                None,
            )
            .await;
        assert_eq!(status, 200, "{invoice}");
        invoice
    }

    /// The status of a plain GET (no key, no cookie).
    pub async fn status_of(&self, path: &str) -> u16 {
        self.http
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// `GET /v1/invoices/{id}/pdf` with `key`.
    pub async fn invoice_pdf(&self, key: &str, invoice: &str) -> reqwest::Response {
        self.http
            .get(self.url(&format!("/v1/invoices/{invoice}/pdf")))
            .bearer_auth(key)
            .send()
            .await
            .unwrap()
    }

    /// `GET /v1/subscriptions/{id}`, which must answer 200.
    pub async fn subscription(&self, id: &str) -> serde_json::Value {
        let (status, body) = self
            .api("GET", &format!("/v1/subscriptions/{id}"), None)
            .await;
        assert_eq!(status, 200, "{body}");
        body
    }

    /// Moves the customer's test clock to `to` (unix seconds); answers the clock object.
    pub async fn advance_clock(&self, customer: &str, to: i64) -> serde_json::Value {
        let (status, body) = self
            .api(
                "POST",
                "/v1/test_helpers/test_clocks/advance",
                Some(serde_json::json!({ "customer": customer, "frozenTime": to })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body
    }

    /// Mints and redeems a session for the seeded customer; returns the `Cookie` header value.
    pub async fn signed_in_cookie(&self) -> String {
        self.signed_in_cookie_for(&self.merchant.customer_id).await
    }

    /// The portal cookie of a fresh session of `customer` (of the seeded merchant).
    pub async fn signed_in_cookie_for(&self, customer: &str) -> String {
        let body: serde_json::Value = self
            .mint(&self.merchant.secret_key, customer)
            .await
            .json()
            .await
            .unwrap();
        let (_, secret) = body["url"].as_str().unwrap().split_once('#').unwrap();
        let response = self.redeem(body["id"].as_str().unwrap(), secret).await;
        assert_eq!(response.status(), 303);
        cookie_pair(&response).expect("redemption sets the portal cookie")
    }
}

/// `name=value` of the response's portal cookie.
/// The signed quote in a review page's confirmation form.
pub fn quote_in(html: &str) -> String {
    html.split("name=\"quote\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .filter(|quote| !quote.is_empty())
        .expect("the confirmation carries the preview's signed quote")
        .to_string()
}

pub fn cookie_pair(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("vinr_portal=") || v.starts_with("__Host-vinr_portal="))
        .map(|v| v.split(';').next().unwrap().to_string())
}

pub async fn seed_merchant(db: &Db, name: &str) -> Merchant {
    let created = merchants::create(db, name, None, &["prod_basic", "prod_pro"])
        .await
        .unwrap();
    let actor = Actor::System {
        merchant_id: created.merchant_id.clone(),
        livemode: false,
    };
    let usd = Currency::parse("usd").unwrap();
    for (product_id, name, price_id, unit_amount) in [
        ("prod_basic", "Basic", "price_basic_monthly", 900),
        ("prod_pro", "Pro", "price_pro_monthly", 2900),
        (
            "prod_enterprise",
            "Enterprise",
            "price_enterprise_monthly",
            99_900,
        ),
    ] {
        let plan = NewPlan {
            product_id,
            name,
            price_id,
            unit_amount,
            currency: usd.clone(),
            interval: Interval::Month,
        };
        products::create_product_with_price(db, &actor, plan)
            .await
            .unwrap();
    }
    let coupon = coupons::CreateCoupon {
        id: Some("rwd_save20".into()),
        name: Some("Save 20%".into()),
        percent_off: Some(20.0),
        amount_off: None,
        currency: None,
        duration: "repeating".into(),
        duration_in_months: Some(3),
    };
    coupons::create(db, &actor, coupon).await.unwrap();
    let customer_id = vinr_portal::server::services::customers::create_named(
        db,
        &actor,
        None,
        "Jenny Rosen",
        "jenny@example.com",
    )
    .await
    .unwrap();
    attach_test_card(db, &actor, &customer_id, "4242424242424242").await;
    let subscription = vinr_portal::server::services::billing::subscriptions::create(
        db,
        &test_payments(),
        &actor,
        &customer_id,
        "price_basic_monthly",
        Some(1),
    )
    .await
    .unwrap();
    let live_key = add_live_key(db, &created.merchant_id).await;
    Merchant {
        id: created.merchant_id,
        secret_key: created.secret_key,
        live_key,
        customer_id,
        subscription_id: subscription.id,
    }
}

/// A new live secret key for `merchant_id`, stored as the product stores keys.
pub async fn add_live_key(db: &Db, merchant_id: &str) -> String {
    let key = format!("sk_live_{}", secrets::new_secret());
    let mut tx = db.begin_write().await.unwrap();
    store::api_keys::insert(
        tx.exec(),
        &ApiKeyRow {
            id: secrets::new_id("key"),
            merchant_id: merchant_id.to_string(),
            key_hash: secrets::hash_secret(&key),
            key_hint: key[key.len() - 4..].to_string(),
            livemode: true,
            created_at: now_unix(),
            revoked_at: None,
            expires_at: None,
            name: None,
            last_used_at: None,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    key
}

/// A second customer of the same merchant, subscribed to Basic.
pub async fn seed_customer(db: &Db, merchant_id: &str, name: &str) -> (String, String) {
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: false,
    };
    let customer_id = vinr_portal::server::services::customers::create_named(
        db,
        &actor,
        None,
        name,
        "other@example.com",
    )
    .await
    .unwrap();
    attach_test_card(db, &actor, &customer_id, "4242424242424242").await;
    let subscription = vinr_portal::server::services::billing::subscriptions::create(
        db,
        &test_payments(),
        &actor,
        &customer_id,
        "price_basic_monthly",
        Some(1),
    )
    .await
    .unwrap();
    (customer_id, subscription.id)
}

/// Attaches one of Stripe's test card numbers to the customer.
pub async fn attach_test_card(db: &Db, actor: &Actor, customer_id: &str, number: &str) -> String {
    let card = payment_methods::CardInput {
        number: number.into(),
        exp_month: 12,
        exp_year: 2035,
        cvc: "123".into(),
        cardholder_name: None,
        postal_code: None,
        make_default: false,
    };
    payment_methods::attach_card(
        db,
        &operator_keys(),
        &test_payments(),
        actor,
        customer_id,
        card,
    )
    .await
    .unwrap()
    .id
}

/// An RFC 3339 time of the API as unix seconds.
pub fn unix(time: &serde_json::Value) -> i64 {
    time::OffsetDateTime::parse(
        time.as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
    .unix_timestamp()
}

/// The text `pdftotext` extracts from a PDF (layout kept).
/// `pdfimages -list`: a header of two lines, then one row per image (page, num, type,
/// width, height, color, ...).
pub fn pdf_images(pdf: &[u8]) -> String {
    poppler("pdfimages", &["-list"], &[], pdf)
}

/// `pdffonts`: one row per font (name, type, encoding, emb, sub, uni, object id).
pub fn pdf_fonts(pdf: &[u8]) -> String {
    poppler("pdffonts", &[], &[], pdf)
}

/// Runs a poppler tool on `pdf` (saved to a file): `tool <before> file <after>`; its output.
fn poppler(tool: &str, before: &[&str], after: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new(tool)
        .args(before)
        .arg(&path)
        .args(after)
        .output()
        .unwrap_or_else(|_| panic!("{tool} is installed (make test installs poppler-utils)"));
    assert!(output.status.success(), "{tool} failed");
    String::from_utf8(output.stdout).unwrap()
}

pub fn pdf_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-layout", "-enc", "UTF-8"], &["-"], pdf)
}

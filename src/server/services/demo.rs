//! The demo data `make run` starts with: a merchant, its test key, Basic and Pro plans
//! (the seed's `prod_basic` / `prod_pro`) and a customer on Basic. Idempotent. Made through
//! the same services as the REST API, as the `system` actor: audited, with the same events.
use std::path::Path;

use crate::server::services::{
    billing::coupons::{self, CreateCoupon},
    billing::products::{self, NewPlan},
    merchants,
    portal::portal_sessions::{self, CreatePortalSession},
    Actor, ServiceResult,
};
use crate::{
    domain::{money::Currency, subscription::Interval},
    server::{
        config::Config,
        db::{store, Db},
        secrets,
    },
};

pub struct Demo {
    pub secret_key: String,
    pub customer_id: String,
    pub portal_url: String,
}

pub const RETURN_URL: &str = "https://example.com/account";
/// The retention coupon of the seed's configuration example.
pub const RETENTION_COUPON_ID: &str = "rwd_save20";
/// The customer id of the seed's examples.
pub const DEMO_CUSTOMER_ID: &str = "cust_8sJ2kLpQ";

/// The demo key: `VINR_DEMO_SECRET_KEY` if set, else the one kept in `key_file`
/// (created on first run). Only a test-mode key for demo data is ever kept in a file.
pub fn demo_secret_key(key_file: &Path) -> anyhow::Result<String> {
    if let Ok(key) = std::env::var("VINR_DEMO_SECRET_KEY") {
        anyhow::ensure!(
            key.starts_with("sk_test_"),
            "VINR_DEMO_SECRET_KEY must start with sk_test_"
        );
        return Ok(key);
    }
    if let Ok(key) = std::fs::read_to_string(key_file) {
        return Ok(key.trim().to_string());
    }
    let key = format!("sk_test_{}", secrets::new_secret());
    // Readable by the server's user only (mode 0600).
    secrets::write_private_file(key_file, &key)?;
    Ok(key)
}

/// The demo owner's dashboard e-mail.
pub const DEMO_OWNER_EMAIL: &str = "owner@acme.example";

/// The demo owner's dashboard password: `VINR_DEMO_DASHBOARD_PASSWORD` if set, else the one
/// kept in `password_file` (a random one made on first run, readable by the server's user
/// only).
pub fn demo_dashboard_password(password_file: &Path) -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("VINR_DEMO_DASHBOARD_PASSWORD") {
        crate::domain::password::NewPassword::parse(&password, DEMO_OWNER_EMAIL)
            .map_err(|refused| anyhow::anyhow!("VINR_DEMO_DASHBOARD_PASSWORD: {refused}"))?;
        return Ok(password);
    }
    if let Ok(password) = std::fs::read_to_string(password_file) {
        return Ok(password.trim().to_string());
    }
    // 24 characters of a 256-bit secret: far from any common password.
    let password: String = secrets::new_secret().chars().take(24).collect();
    secrets::write_private_file(password_file, &password)?;
    Ok(password)
}

/// The demo merchant's owner (of the merchant `secret_key` belongs to), signing in to the
/// dashboard with `password`; made once, its password kept equal to `password`.
pub async fn ensure_dashboard_owner(
    db: &Db,
    secret_key: &str,
    password: &str,
) -> ServiceResult<()> {
    let actor = crate::server::services::developers::api_keys::authenticate(db, secret_key)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo key is not stored"))?;
    crate::server::services::dashboard::accounts::ensure_demo_owner(
        db,
        actor.merchant_id(),
        DEMO_OWNER_EMAIL,
        password,
    )
    .await?;
    Ok(())
}

/// The demo's live key, for what only a live key may change (branding, custom domains):
/// `VINR_DEMO_LIVE_SECRET_KEY` when set. It is never written to a file, and the demo's live
/// mode moves no money (the test processor is the only one until a live one is configured).
pub fn demo_live_secret_key() -> anyhow::Result<Option<String>> {
    match std::env::var("VINR_DEMO_LIVE_SECRET_KEY") {
        Ok(key) if key.is_empty() => Ok(None),
        Ok(key) => {
            anyhow::ensure!(
                key.starts_with("sk_live_") && key.len() >= 40,
                "VINR_DEMO_LIVE_SECRET_KEY must start with sk_live_ and be at least 40 characters"
            );
            Ok(Some(key))
        }
        Err(_) => Ok(None),
    }
}

/// Creates the demo data unless the key already belongs to a merchant (registering
/// `live_key` for it when given and not yet known), then mints a fresh portal session for
/// the demo customer.
pub async fn ensure(
    db: &Db,
    config: &Config,
    secret_key: &str,
    live_key: Option<&str>,
) -> ServiceResult<Demo> {
    let actor =
        match crate::server::services::developers::api_keys::authenticate(db, secret_key).await? {
            Some(actor) => actor,
            None => {
                let merchant = merchants::create(
                    db,
                    "Acme Cloud",
                    Some(secret_key.to_string()),
                    &["prod_basic", "prod_pro"],
                )
                .await?;
                let system = Actor::System {
                    merchant_id: merchant.merchant_id.clone(),
                    livemode: false,
                };
                let usd = Currency::parse("usd").expect("usd is known");
                for (product_id, name, price_id, unit_amount) in [
                    ("prod_basic", "Basic", "price_basic_monthly", 900),
                    ("prod_pro", "Pro", "price_pro_monthly", 2900),
                ] {
                    let plan = NewPlan {
                        product_id,
                        name,
                        price_id,
                        unit_amount,
                        currency: usd.clone(),
                        interval: Interval::Month,
                    };
                    products::create_product_with_price(db, &system, plan).await?;
                }
                let customer = crate::server::services::customers::create_named(
                    db,
                    &system,
                    Some(DEMO_CUSTOMER_ID),
                    "Jenny Rosen",
                    "jenny.rosen@example.com",
                )
                .await?;
                // Stripe's test Visa, so that the first invoice and renewals are paid.
                let visa = crate::server::services::customers::payment_methods::CardInput {
                    number: "4242424242424242".into(),
                    exp_month: 12,
                    exp_year: time::OffsetDateTime::now_utc().year() + 3,
                    cvc: "123".into(),
                    cardholder_name: None,
                    postal_code: None,
                    make_default: false,
                };
                let payments = crate::server::services::payments::Payments::from_config(config)?;
                crate::server::services::customers::payment_methods::attach_card(
                    db,
                    &config.operator_keys,
                    &payments,
                    &system,
                    &customer,
                    visa,
                )
                .await?;
                crate::server::services::billing::subscriptions::create(
                    db,
                    &payments,
                    &system,
                    &customer,
                    "price_basic_monthly",
                    None,
                )
                .await?;
                crate::server::services::developers::api_keys::authenticate(db, secret_key)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the demo key was not stored"))?
            }
        };
    ensure_retention_coupon(db, &actor).await?;
    if let Some(live_key) = live_key {
        ensure_live_key(db, actor.merchant_id(), live_key).await?;
    }
    let mut conn = db.conn().await?;
    let customer_id = store::customers::first_of_merchant(conn.exec(), actor.merchant_id())
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo merchant has no customer"))?;
    drop(conn);
    let session = portal_sessions::create(
        db,
        &actor,
        &config.public_url,
        CreatePortalSession {
            customer: customer_id.clone(),
            return_url: Some(RETURN_URL.to_string()),
            configuration: None,
            flow: None,
            locale: None,
        },
    )
    .await?;
    Ok(Demo {
        secret_key: secret_key.to_string(),
        customer_id,
        portal_url: session.url,
    })
}

async fn ensure_live_key(db: &Db, merchant_id: &str, live_key: &str) -> ServiceResult<()> {
    match crate::server::services::developers::api_keys::authenticate(db, live_key).await? {
        Some(owner) if owner.merchant_id() == merchant_id && owner.livemode() => Ok(()),
        Some(_) => Err(anyhow::anyhow!(
            "VINR_DEMO_LIVE_SECRET_KEY belongs to another merchant or mode"
        )
        .into()),
        None => {
            let mut tx = db.begin_write().await?;
            merchants::add_api_key(
                &mut tx,
                merchant_id,
                live_key,
                crate::server::services::now_unix(),
            )
            .await?;
            tx.commit().await?;
            Ok(())
        }
    }
}

/// The seed's retention coupon: 20% off, repeating for 3 months.
async fn ensure_retention_coupon(db: &Db, actor: &Actor) -> ServiceResult<()> {
    if coupons::get(db, actor, RETENTION_COUPON_ID).await.is_ok() {
        return Ok(());
    }
    let coupon = CreateCoupon {
        id: Some(RETENTION_COUPON_ID.to_string()),
        name: Some("Save 20%".to_string()),
        percent_off: Some(20.0),
        amount_off: None,
        currency: None,
        duration: "repeating".to_string(),
        duration_in_months: Some(3),
    };
    coupons::create(db, actor, coupon).await?;
    Ok(())
}

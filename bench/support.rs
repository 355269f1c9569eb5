//! Shared by the benchmarks: a merchant with one product, Basic at $9 a month.
use vinr_portal::{
    domain::{money::Currency, subscription::Interval},
    server::{
        db::Db,
        services::{
            billing::products::{self, NewPlan},
            merchants, Actor,
        },
    },
};

/// Creates "Bench Cloud" with `prod_basic` / `price_basic_monthly`; answers an actor for it.
/// Test mode's payments: the built-in test processor (no processor secrets, no Stripe).
#[allow(dead_code)] // Not every benchmark charges.
pub fn test_mode_payments() -> vinr_portal::server::services::payments::Payments {
    let config = vinr_portal::server::config::Config::for_tests("sqlite::memory:");
    vinr_portal::server::services::payments::Payments::from_config(&config).unwrap()
}

pub async fn merchant_with_basic_plan(db: &Db) -> Actor {
    let created = merchants::create(db, "Bench Cloud", None, &["prod_basic"])
        .await
        .unwrap();
    let actor = Actor::System {
        merchant_id: created.merchant_id,
        livemode: false,
    };
    let plan = NewPlan {
        product_id: "prod_basic",
        name: "Basic",
        price_id: "price_basic_monthly",
        unit_amount: 900,
        currency: Currency::parse("usd").unwrap(),
        interval: Interval::Month,
    };
    products::create_product_with_price(db, &actor, plan)
        .await
        .unwrap();
    actor
}

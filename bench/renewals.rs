//! Renewals per second: 10,000 subscriptions (each with a test Visa) fall due at once and
//! one `renewals::run_due` call renews and charges them all, on a fresh SQLite file (and on
//! PostgreSQL when `BENCH_DATABASE_URL` names one). Run by `make bench`:
//! `cargo bench --features ssr --bench renewals`.
mod support;

use std::time::Instant;

use vinr_portal::server::{
    db::Db,
    services::{billing::renewals, customers::payment_methods},
};

const SUBSCRIPTIONS: usize = 10_000;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    let count = std::env::var("BENCH_SUBSCRIPTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SUBSCRIPTIONS);
    let mut urls = vec![("sqlite", sqlite)];
    if let Ok(url) = std::env::var("BENCH_DATABASE_URL") {
        urls.push(("postgres", url));
    }
    for (name, url) in urls {
        let db = Db::connect(&url).await.unwrap();
        let seeded = Instant::now();
        seed(&db, count).await;
        let seeding = seeded.elapsed();
        // Everything falls due: 40 days on is past every first period's end.
        let due_at = time::OffsetDateTime::now_utc().unix_timestamp() + 40 * 86_400;
        let started = Instant::now();
        let report = renewals::run_due(&db, &support::test_mode_payments(), due_at, None)
            .await
            .unwrap();
        let elapsed = started.elapsed();
        assert_eq!(report.renewed, count, "every subscription renews once");
        assert_eq!(
            report.payment_attempts, count,
            "every renewal invoice is charged"
        );
        println!(
            "renewals {name}: {count} renewed and charged in {:.2} s = {:.0} renewals/s \
             (seeding {count} customers + cards + subscriptions took {:.1} s)",
            elapsed.as_secs_f64(),
            count as f64 / elapsed.as_secs_f64(),
            seeding.as_secs_f64()
        );
    }
}

async fn seed(db: &Db, count: usize) {
    let actor = support::merchant_with_basic_plan(db).await;
    let mut tasks = tokio::task::JoinSet::new();
    let per_task = count.div_ceil(8);
    for task in 0..8 {
        let (db, actor) = (db.clone(), actor.clone());
        tasks.spawn(async move {
            let keys = vinr_portal::server::secrets::OperatorKeys::random();
            let payments = support::test_mode_payments();
            for n in task * per_task..((task + 1) * per_task).min(count) {
                let customer = vinr_portal::server::services::customers::create_named(
                    &db,
                    &actor,
                    None,
                    &format!("Customer {n}"),
                    "c@example.com",
                )
                .await
                .unwrap();
                let visa = payment_methods::CardInput {
                    number: "4242424242424242".into(),
                    exp_month: 12,
                    exp_year: 2035,
                    cvc: "123".into(),
                    cardholder_name: None,
                    postal_code: None,
                    make_default: false,
                };
                payment_methods::attach_card(&db, &keys, &payments, &actor, &customer, visa)
                    .await
                    .unwrap();
                vinr_portal::server::services::billing::subscriptions::create(
                    &db,
                    &payments,
                    &actor,
                    &customer,
                    "price_basic_monthly",
                    Some(1),
                )
                .await
                .unwrap();
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
}

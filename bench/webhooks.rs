//! Webhook deliveries to a receiver on loopback, on a fresh SQLite file (and on PostgreSQL
//! when `BENCH_DATABASE_URL` names one). Run by `make bench`:
//! `cargo bench --features ssr --bench webhooks`.
//!
//! - Backlog: 1,000 changes commit while no worker runs; then the worker starts and the
//!   time until the receiver has all 1,000 gives deliveries per second.
//! - Burst: the worker runs while 1,000 changes commit back to back; each change's time
//!   from its commit to its arrival at the receiver gives p50/p99 latency.
//!
//! Each change is a quantity change with a unique quantity, so an arriving event names the
//! commit it belongs to.
mod support;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{extract::State, routing::post, Router};
use vinr_portal::{
    domain::portal_configuration::ProrationBehavior,
    server::{
        config::DeliverySettings,
        db::Db,
        jobs::Jobs,
        services::{
            billing::{plan_changes::PlanChange, subscriptions},
            developers::webhook_endpoints,
            Actor,
        },
    },
};

const EVENTS: i64 = 1_000;

type Arrivals = Arc<Mutex<HashMap<i64, Instant>>>;

async fn receive(State(arrivals): State<Arrivals>, body: String) -> axum::http::StatusCode {
    let event: serde_json::Value = serde_json::from_str(&body).unwrap();
    let quantity = event["data"]["object"]["quantity"].as_i64().unwrap();
    arrivals.lock().unwrap().insert(quantity, Instant::now());
    axum::http::StatusCode::NO_CONTENT
}

async fn start_receiver() -> (String, Arrivals) {
    let arrivals = Arrivals::default();
    let app = Router::new()
        .route("/hooks", post(receive))
        .with_state(arrivals.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, arrivals)
}

/// A merchant, one subscription and an endpoint for `subscription.updated` at `url`.
async fn seed(db: &Db, url: &str) -> (Actor, String) {
    let actor = support::merchant_with_basic_plan(db).await;
    let customer = vinr_portal::server::services::customers::create_named(
        db,
        &actor,
        None,
        "Bench",
        "b@example.com",
    )
    .await
    .unwrap();
    let subscription = vinr_portal::server::services::billing::subscriptions::create(
        db,
        &support::test_mode_payments(),
        &actor,
        &customer,
        "price_basic_monthly",
        Some(1),
    )
    .await
    .unwrap();
    // The bench's receiver is on loopback.
    webhook_endpoints::create(
        db,
        &actor,
        url,
        &["subscription.updated".to_string()],
        None,
        true,
    )
    .await
    .unwrap();
    (actor, subscription.id)
}

/// Commits changes to quantities `from..from + EVENTS`; answers each one's commit time.
async fn commit_changes(
    db: &Db,
    actor: &Actor,
    subscription: &str,
    from: i64,
) -> HashMap<i64, Instant> {
    let mut committed = HashMap::new();
    let payments = support::test_mode_payments();
    for quantity in from..from + EVENTS {
        let change = PlanChange {
            quantity: Some(quantity),
            proration_behavior: Some(ProrationBehavior::None),
            ..PlanChange::default()
        };
        subscriptions::change_plan(db, &payments, actor, subscription, &change)
            .await
            .unwrap();
        committed.insert(quantity, Instant::now());
    }
    committed
}

async fn wait_for_all(arrivals: &Arrivals, quantities: std::ops::Range<i64>) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while quantities
        .clone()
        .any(|q| !arrivals.lock().unwrap().contains_key(&q))
    {
        assert!(Instant::now() < deadline, "deliveries never completed");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
    let mut urls = vec![("sqlite", sqlite)];
    if let Ok(url) = std::env::var("BENCH_DATABASE_URL") {
        urls.push(("postgres", url));
    }
    for (name, url) in urls {
        let db = Db::connect(&url).await.unwrap();
        let (receiver, arrivals) = start_receiver().await;
        let (actor, subscription) = seed(&db, &receiver).await;
        let settings = DeliverySettings::default();

        // Backlog: everything queued first, then drained.
        commit_changes(&db, &actor, &subscription, 2).await;
        let started = Instant::now();
        let worker = Jobs::webhook_deliveries(db.clone(), settings.clone());
        wait_for_all(&arrivals, 2..2 + EVENTS).await;
        let drained = started.elapsed();

        // Burst: changes commit while the worker delivers.
        let from = 2 + EVENTS;
        let burst_started = Instant::now();
        let committed = commit_changes(&db, &actor, &subscription, from).await;
        let commit_time = burst_started.elapsed();
        wait_for_all(&arrivals, from..from + EVENTS).await;
        let burst_time = burst_started.elapsed();
        worker.stop().await;
        let arrived = arrivals.lock().unwrap().clone();
        let mut latencies: Vec<Duration> = committed
            .iter()
            .map(|(quantity, at)| arrived[quantity].saturating_duration_since(*at))
            .collect();
        latencies.sort();
        println!(
            "webhooks {name}: backlog of {EVENTS} delivered in {:.2} s = {:.0} deliveries/s; \
             burst of {EVENTS} commits ({:.2} s, {:.0} commits/s) all delivered after {:.2} s, \
             commit-to-delivery p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (poll {} ms)",
            drained.as_secs_f64(),
            EVENTS as f64 / drained.as_secs_f64(),
            commit_time.as_secs_f64(),
            EVENTS as f64 / commit_time.as_secs_f64(),
            burst_time.as_secs_f64(),
            percentile(&latencies, 0.50).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3,
            latencies.last().unwrap().as_secs_f64() * 1e3,
            settings.poll_interval.as_millis(),
        );
    }
}

//! Crash safety: the real server binary is killed (SIGKILL) while plan switches are
//! committing and deliveries are in flight, then started again on the same database.
//! Every committed change must have exactly one event, and every event must reach the
//! receiver at least once.
use std::{
    collections::HashSet,
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{self, Backend},
    webhook_receiver::Receiver,
};

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    /// A failing test must not leave a server behind.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(database_url: &str) -> Server {
    let port = support::free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_vinr-portal"))
        .env("DATABASE_URL", database_url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("VINR_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("VINR_RENEWAL_INTERVAL_SECONDS", "0")
        .env("VINR_WEBHOOK_RETRY_SCHEDULE", "1,2,3,4,5,6,7,8")
        .env("VINR_WEBHOOK_TIMEOUT_SECONDS", "2")
        .env("VINR_WEBHOOK_POLL_MILLISECONDS", "50")
        .env("RUST_LOG", "warn")
        // The test's webhook receiver is on loopback.
        .env("VINR_ALLOW_PRIVATE_WEBHOOKS", "1")
        .env(
            "VINR_SECRET_KEY_BASE",
            "restart-test-operator-secret-of-32-chars-or-more",
        )
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server binary starts");
    Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    }
}

async fn wait_ready(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(response) = http.get(format!("{base}/readyz")).send().await {
            if response.status().is_success() {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the server did not become ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn api(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> reqwest::Result<(u16, Value)> {
    let mut request = http
        .request(method.parse().unwrap(), format!("{base}{path}"))
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    Ok((status, response.json().await?))
}

/// Every `subscription.updated` event of the merchant, oldest first.
async fn all_updates(http: &reqwest::Client, base: &str, key: &str) -> Vec<Value> {
    let mut events = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut path = "/v1/events?type=subscription.updated&limit=100".to_string();
        if let Some(cursor) = &cursor {
            path.push_str(&format!("&startingAfter={cursor}"));
        }
        let (status, page) = api(http, base, key, "GET", &path, None).await.unwrap();
        assert_eq!(status, 200, "{page}");
        let data = page["data"].as_array().unwrap();
        events.extend(data.iter().cloned());
        if page["hasMore"] != true {
            break;
        }
        cursor = data.last().map(|e| e["id"].as_str().unwrap().to_string());
    }
    events.reverse();
    events
}

async fn a_killed_server_loses_no_event_and_no_delivery(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let database_url = support::database_url(backend, dir.path()).await;
    let merchant = {
        let db = vinr_portal::server::db::Db::connect(&database_url)
            .await
            .unwrap();
        support::seed_merchant(&db, "Acme Cloud").await
    };
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let key = merchant.secret_key.clone();
    let sub = merchant.subscription_id.clone();

    let receiver = Receiver::start().await;
    // Slow answers keep deliveries in flight when the process dies.
    receiver.delay(Duration::from_millis(300));
    let mut server = start_server(&database_url);
    wait_ready(&http, &server.base).await;
    let (status, body) = api(
        &http,
        &server.base,
        &key,
        "POST",
        "/v1/webhook_endpoints",
        Some(json!({ "url": receiver.url(), "enabledEvents": ["subscription.updated"] })),
    )
    .await
    .unwrap();
    assert_eq!(status, 200, "{body}");

    // Four clients change the quantity until the server dies under them; every request asks
    // for a quantity never asked before, so every committed one is a change with an event.
    let answered = Arc::new(AtomicUsize::new(0));
    let next_quantity = Arc::new(AtomicUsize::new(2));
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for _ in 0..4 {
        let (http, base, key, sub) = (http.clone(), server.base.clone(), key.clone(), sub.clone());
        let (answered, stop, next_quantity) =
            (answered.clone(), stop.clone(), next_quantity.clone());
        clients.push(tokio::spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                let quantity = next_quantity.fetch_add(1, Ordering::SeqCst);
                let path = format!("/v1/subscriptions/{sub}");
                let change = json!({ "quantity": quantity });
                match api(&http, &base, &key, "POST", &path, Some(change)).await {
                    Ok((200, _)) => {
                        answered.fetch_add(1, Ordering::SeqCst);
                    }
                    Ok((status, body)) => panic!("switch answered {status}: {body}"),
                    Err(_) => break, // the server is gone
                }
            }
        }));
    }
    // Kill once deliveries are arriving (so some are in flight) and switches are running.
    receiver.wait_for(3, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    server.child.kill().expect("SIGKILL");
    server.child.wait().unwrap();
    drop(server);
    stop.store(true, Ordering::SeqCst);
    for client in clients {
        client.await.unwrap();
    }
    let answered_before_kill = answered.load(Ordering::SeqCst);
    let received_before_restart = receiver.received().len();
    let delivered_before_restart: HashSet<String> = receiver
        .received()
        .iter()
        .map(|r| r.event()["id"].as_str().unwrap().to_string())
        .collect();

    let server = start_server(&database_url);
    wait_ready(&http, &server.base).await;
    receiver.delay(Duration::ZERO);

    // Every committed change has exactly one event: the events form one unbroken chain from
    // the seeded quantity to the quantity the subscription has now.
    // (Seeding recorded an update of its own, without a quantity change.)
    let events: Vec<Value> = all_updates(&http, &server.base, &key)
        .await
        .into_iter()
        .filter(|e| e["data"]["previousAttributes"].get("quantity").is_some())
        .collect();
    assert!(
        events.len() >= answered_before_kill && events.len() <= answered_before_kill + 4,
        "{} events for {answered_before_kill} answered switches (+ at most 4 in flight)",
        events.len()
    );
    let mut quantity = 1;
    for event in &events {
        let before = &event["data"]["previousAttributes"]["quantity"];
        assert_eq!(before, quantity, "each event continues the last: {event}");
        quantity = event["data"]["object"]["quantity"].as_i64().unwrap();
    }
    let (_, now) = api(
        &http,
        &server.base,
        &key,
        "GET",
        &format!("/v1/subscriptions/{sub}"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(
        now["quantity"], quantity,
        "the last event is the current state"
    );

    // Every event reaches the receiver at least once, those in flight at the kill included.
    let expected: HashSet<String> = events
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        expected.len() > delivered_before_restart.len(),
        "the kill left deliveries to finish ({} events, {} delivered before)",
        expected.len(),
        delivered_before_restart.len()
    );
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        let delivered: HashSet<String> = receiver
            .received()
            .iter()
            .map(|r| r.event()["id"].as_str().unwrap().to_string())
            .collect();
        let missing: Vec<_> = expected.difference(&delivered).collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {} events never delivered after the restart (received {} before it)",
            missing.len(),
            expected.len(),
            received_before_restart
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
on_both_backends!(a_killed_server_loses_no_event_and_no_delivery);

//! Webhook deliveries: signed POSTs to a real receiver on loopback, retries on a shortened
//! schedule, 410 and long failure disabling the endpoint, rotation, resend, the delivery
//! log, and signatures checked by independent implementations (Python's
//! `standardwebhooks`, Node's `node:crypto`).
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use vinr_portal::server::{
    config::DeliverySettings,
    webhooks::{self, VerifyError, DEFAULT_TOLERANCE},
};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
    webhook_receiver::{Received, Receiver},
};

/// An app whose delivery worker retries at these offsets (seconds after the first try).
async fn app_with_worker(backend: Backend, retry_schedule: &[i64]) -> TestApp {
    let schedule = retry_schedule.to_vec();
    TestApp::spawn_with(backend, move |config| {
        config.webhook_delivery = Some(DeliverySettings {
            retry_schedule: schedule,
            poll_interval: Duration::from_millis(50),
            ..DeliverySettings::default()
        });
    })
    .await
}

/// Creates an endpoint; answers its id and signing secret.
async fn endpoint(app: &TestApp, url: &str, events: &[&str]) -> (String, String) {
    let (status, body) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(json!({ "url": url, "enabledEvents": events })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    (
        body["id"].as_str().unwrap().to_string(),
        body["secret"].as_str().unwrap().to_string(),
    )
}

/// Switches the seeded subscription to `price` through the API.
async fn switch(app: &TestApp, price: &str) -> Value {
    let sub = &app.merchant.subscription_id;
    let (status, body) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{sub}"),
            Some(json!({ "price": price })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn deliveries(app: &TestApp, endpoint: &str) -> Vec<Value> {
    let (status, body) = app
        .api(
            "GET",
            &format!("/v1/webhook_endpoints/{endpoint}/deliveries?limit=100"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["data"].as_array().unwrap().clone()
}

/// Polls the endpoint's delivery log until `done` holds for it.
async fn wait_for_log(
    app: &TestApp,
    endpoint: &str,
    timeout: Duration,
    done: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let deadline = Instant::now() + timeout;
    loop {
        let log = deliveries(app, endpoint).await;
        if done(&log) {
            return log;
        }
        assert!(
            Instant::now() < deadline,
            "delivery log never got there: {log:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn endpoint_status(app: &TestApp, endpoint: &str) -> String {
    let (_, body) = app
        .api("GET", &format!("/v1/webhook_endpoints/{endpoint}"), None)
        .await;
    body["status"].as_str().unwrap().to_string()
}

fn verify_both(received: &Received, secret: &str) -> Result<Value, VerifyError> {
    let body = received.body.as_bytes();
    let from_vinr = webhooks::verify(
        body,
        received.header("vinr-signature"),
        secret,
        DEFAULT_TOLERANCE,
    )?;
    let from_standard = webhooks::verify_standard(
        body,
        received.header("webhook-id"),
        received.header("webhook-timestamp"),
        received.header("webhook-signature"),
        secret,
        DEFAULT_TOLERANCE,
    )?;
    assert_eq!(from_vinr, from_standard);
    Ok(from_vinr)
}

async fn a_change_is_delivered_signed_as_the_event_api_shows_it(backend: Backend) {
    let app = app_with_worker(backend, &[1, 2]).await;
    let receiver = Receiver::start().await;
    let (endpoint_id, secret) = endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    let (_, other_secret) = endpoint(&app, "http://127.0.0.1:9/unused", &["invoice.paid"]).await;

    switch(&app, "price_pro_monthly").await;
    let received = receiver.wait_for(1, Duration::from_secs(10)).await;
    let delivery = &received[0];
    let event = verify_both(delivery, &secret).expect("signed with the endpoint's secret");
    assert_eq!(event["type"], "subscription.updated");
    assert_eq!(event["initiatedBy"]["type"], "api_key");
    assert_eq!(delivery.header("webhook-id"), event["id"].as_str().unwrap());
    assert_eq!(delivery.header("content-type"), "application/json");
    let (_, stored) = app
        .api(
            "GET",
            &format!("/v1/events/{}", event["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(
        event, stored,
        "the body is the event as GET /v1/events/{{id}} shows it"
    );
    assert_eq!(
        verify_both(delivery, &other_secret),
        Err(VerifyError::NoMatchingSignature),
        "another endpoint's secret does not verify"
    );

    let log = wait_for_log(&app, &endpoint_id, Duration::from_secs(5), |log| {
        log.first().is_some_and(|d| d["status"] == "succeeded")
    })
    .await;
    assert_eq!(log.len(), 1, "one delivery: {log:#?}");
    assert_eq!(log[0]["event"], event["id"]);
    assert_eq!(log[0]["attemptCount"], 1);
    assert_eq!(log[0]["attempts"][0]["statusCode"], 200);
    assert_eq!(log[0]["nextAttemptAt"], Value::Null);

    // Subscribed to other types only: nothing for that endpoint, nothing more here.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.received().len(), 1);
}
on_both_backends!(a_change_is_delivered_signed_as_the_event_api_shows_it);

async fn an_endpoint_down_at_first_gets_the_event_once_it_is_up(backend: Backend) {
    let app = app_with_worker(backend, &[1, 2, 3, 4, 5, 6]).await;
    let receiver = Receiver::on_port(crate::support::free_port());
    let (endpoint_id, secret) = endpoint(&app, &receiver.url(), &["*"]).await;
    switch(&app, "price_pro_monthly").await;

    // Refused connections are tries that failed, logged with their reason.
    let log = wait_for_log(&app, &endpoint_id, Duration::from_secs(10), |log| {
        log.first()
            .is_some_and(|d| d["attemptCount"].as_i64().unwrap() >= 2)
    })
    .await;
    assert_eq!(log[0]["status"], "pending");
    assert_eq!(log[0]["attempts"][0]["statusCode"], Value::Null);
    // Only a short category, never the network's own error text.
    assert_eq!(
        log[0]["attempts"][0]["error"], "connection refused",
        "{log:#?}"
    );
    assert_eq!(log[0]["lastError"], "connection refused", "{log:#?}");

    receiver.listen().await;
    let received = receiver.wait_for(1, Duration::from_secs(10)).await;
    verify_both(&received[0], &secret).unwrap();
    let log = wait_for_log(&app, &endpoint_id, Duration::from_secs(5), |log| {
        log[0]["status"] == "succeeded"
    })
    .await;
    let attempts = log[0]["attempts"].as_array().unwrap();
    assert!(attempts.len() >= 3, "{log:#?}");
    assert_eq!(attempts.last().unwrap()["statusCode"], 200);
    assert_eq!(endpoint_status(&app, &endpoint_id).await, "enabled");
}
on_both_backends!(an_endpoint_down_at_first_gets_the_event_once_it_is_up);

async fn failing_forever_ends_failed_after_the_schedule_with_fresh_signatures(backend: Backend) {
    let app = app_with_worker(backend, &[1, 2, 3]).await;
    let receiver = Receiver::start().await;
    receiver.answer(500);
    let (endpoint_id, secret) = endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    switch(&app, "price_pro_monthly").await;

    let log = wait_for_log(&app, &endpoint_id, Duration::from_secs(15), |log| {
        log.first().is_some_and(|d| d["status"] == "failed")
    })
    .await;
    assert_eq!(log[0]["attemptCount"], 4, "the first try and 3 retries");
    assert!(log[0]["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["statusCode"] == 500));
    assert_eq!(log[0]["lastStatusCode"], 500);

    let received = receiver.received();
    assert_eq!(received.len(), 4);
    let timestamps: Vec<&str> = received
        .iter()
        .map(|r| r.header("webhook-timestamp"))
        .collect();
    for pair in timestamps.windows(2) {
        assert!(
            pair[0] < pair[1],
            "a new timestamp on each try: {timestamps:?}"
        );
    }
    for try_ in &received {
        verify_both(try_, &secret).expect("each try is signed anew");
    }
    // Failing for less than five days keeps the endpoint enabled.
    assert_eq!(endpoint_status(&app, &endpoint_id).await, "enabled");
}
on_both_backends!(failing_forever_ends_failed_after_the_schedule_with_fresh_signatures);

async fn gone_disables_the_endpoint(backend: Backend) {
    let app = app_with_worker(backend, &[1, 2]).await;
    let receiver = Receiver::start().await;
    receiver.answer(410);
    let (endpoint_id, _) = endpoint(&app, &receiver.url(), &["*"]).await;
    switch(&app, "price_pro_monthly").await;
    let log = wait_for_log(&app, &endpoint_id, Duration::from_secs(10), |log| {
        log.iter().all(|d| d["status"] == "failed") && !log.is_empty()
    })
    .await;
    assert!(log.iter().all(|d| d["attemptCount"].as_i64() <= Some(1)));
    assert_eq!(endpoint_status(&app, &endpoint_id).await, "disabled");

    // A disabled endpoint gets nothing new.
    let seen = receiver.received().len();
    switch(&app, "price_basic_monthly").await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(receiver.received().len(), seen);
    assert_eq!(deliveries(&app, &endpoint_id).await.len(), log.len());
}
on_both_backends!(gone_disables_the_endpoint);

async fn five_days_of_failures_disable_the_endpoint(backend: Backend) {
    let app = app_with_worker(backend, &[1, 2]).await;
    let receiver = Receiver::start().await;
    receiver.answer(503);
    let (endpoint_id, _) = endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    // The endpoint has been failing for five days already (as the worker would have noted).
    let five_days_ago = time::OffsetDateTime::now_utc().unix_timestamp() - 5 * 24 * 3600 - 1;
    let sql = "UPDATE webhook_endpoints SET failing_since = $1 WHERE id = $2";
    match &app.db {
        vinr_portal::server::db::Db::Sqlite(db) => {
            sqlx::query(sql)
                .bind(five_days_ago)
                .bind(&endpoint_id)
                .execute(&db.writes)
                .await
                .unwrap();
        }
        vinr_portal::server::db::Db::Postgres(pool) => {
            sqlx::query(sql)
                .bind(five_days_ago)
                .bind(&endpoint_id)
                .execute(pool)
                .await
                .unwrap();
        }
    }
    switch(&app, "price_pro_monthly").await;
    receiver.wait_for(1, Duration::from_secs(10)).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while endpoint_status(&app, &endpoint_id).await != "disabled" {
        assert!(
            Instant::now() < deadline,
            "not disabled after five days of failures"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
on_both_backends!(five_days_of_failures_disable_the_endpoint);

async fn during_a_rotation_both_secrets_verify(backend: Backend) {
    let app = app_with_worker(backend, &[1]).await;
    let receiver = Receiver::start().await;
    let (endpoint_id, old_secret) = endpoint(&app, &receiver.url(), &["*"]).await;
    let (status, rotated) = app
        .api(
            "POST",
            &format!("/v1/webhook_endpoints/{endpoint_id}"),
            Some(json!({ "rotateSecret": true })),
        )
        .await;
    assert_eq!(status, 200, "{rotated}");
    let new_secret = rotated["secret"].as_str().unwrap();
    assert_ne!(new_secret, old_secret);

    switch(&app, "price_pro_monthly").await;
    let received = receiver.wait_for(1, Duration::from_secs(10)).await;
    let delivery = &received[0];
    assert_eq!(delivery.header("vinr-signature").matches("v1=").count(), 2);
    assert_eq!(delivery.header("webhook-signature").split(' ').count(), 2);
    verify_both(delivery, &old_secret).expect("the old secret still verifies");
    verify_both(delivery, new_secret).expect("the new secret verifies");
    assert_eq!(
        independent_checks(delivery, &old_secret),
        (
            "ok subscription.updated".to_string(),
            "ok subscription.updated".to_string()
        )
    );
    assert_eq!(
        independent_checks(delivery, new_secret),
        (
            "ok subscription.updated".to_string(),
            "ok subscription.updated".to_string()
        )
    );
}
on_both_backends!(during_a_rotation_both_secrets_verify);

async fn resend_queues_the_event_again(backend: Backend) {
    let app = app_with_worker(backend, &[1]).await;
    let receiver = Receiver::start().await;
    let (endpoint_id, _) = endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    switch(&app, "price_pro_monthly").await;
    let first = receiver.wait_for(1, Duration::from_secs(10)).await;
    let event_id = first[0].event()["id"].as_str().unwrap().to_string();

    let (status, resent) = app
        .api("POST", &format!("/v1/events/{event_id}/resend"), None)
        .await;
    assert_eq!(status, 200, "{resent}");
    assert_eq!(resent["data"][0]["endpoint"], endpoint_id.as_str());
    assert_eq!(resent["data"][0]["status"], "pending");
    let again = receiver.wait_for(2, Duration::from_secs(10)).await;
    assert_eq!(again[1].event()["id"], event_id.as_str());
    assert_eq!(
        again[1].body, again[0].body,
        "the same event, byte for byte"
    );

    // With an explicit endpoint; unknown events and endpoints are 404, other merchants' too.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/events/{event_id}/resend"),
            Some(json!({ "endpoint": endpoint_id })),
        )
        .await;
    assert_eq!(status, 200);
    let (status, body) = app.api("POST", "/v1/events/evt_missing/resend", None).await;
    assert_eq!(status, 404, "{body}");
    let (status, body) = app
        .api(
            "POST",
            &format!("/v1/events/{event_id}/resend"),
            Some(json!({ "endpoint": "we_missing" })),
        )
        .await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (404, Some("endpoint"))
    );
    let other = crate::support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "POST",
            &format!("/v1/events/{event_id}/resend"),
            None,
        )
        .await;
    assert_eq!(status, 404, "another merchant's event");
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/webhook_endpoints/{endpoint_id}/deliveries"),
            None,
        )
        .await;
    assert_eq!(status, 404, "another merchant's endpoint");
    let (status, body) = app
        .api(
            "POST",
            &format!("/v1/events/{event_id}/resend"),
            Some(json!({"endpoint": 5})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    receiver.wait_for(3, Duration::from_secs(10)).await;
}
on_both_backends!(resend_queues_the_event_again);

async fn a_refused_change_queues_nothing(backend: Backend) {
    let app = app_with_worker(backend, &[1]).await;
    let receiver = Receiver::start().await;
    let (endpoint_id, _) = endpoint(&app, &receiver.url(), &["*"]).await;
    let sub = &app.merchant.subscription_id;
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{sub}"),
            Some(json!({ "price": "price_missing" })),
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{sub}"),
            Some(json!({ "quantity": 0 })),
        )
        .await;
    assert_eq!(status, 400);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(deliveries(&app, &endpoint_id).await.is_empty());
    assert!(receiver.received().is_empty());
}
on_both_backends!(a_refused_change_queues_nothing);

/// Checks a delivery with Python's `standardwebhooks` and a `node:crypto` snippet; answers
/// their verdicts ("ok <type>" or "rejected ...").
fn independent_checks(delivery: &Received, secret: &str) -> (String, String) {
    independent_checks_of(
        &delivery.body,
        delivery.header("webhook-id"),
        delivery.header("webhook-timestamp"),
        delivery.header("webhook-signature"),
        delivery.header("vinr-signature"),
        secret,
    )
}

fn independent_checks_of(
    body: &str,
    id: &str,
    timestamp: &str,
    standard: &str,
    vinr: &str,
    secret: &str,
) -> (String, String) {
    let root = env!("CARGO_MANIFEST_DIR");
    let run = |program: &str, args: &[&str], input: Value| {
        use std::io::Write;
        let mut child = std::process::Command::new(program)
            .args(args)
            .env("PYTHONPATH", format!("{root}/.tools/python"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("could not run {program}: {e}"));
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.to_string().as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    };
    let python = run(
        "python3",
        &[&format!("{root}/tests/verifiers/standard_webhooks.py")],
        json!({
            "secret": secret,
            "body": body,
            "headers": {
                "webhook-id": id,
                "webhook-timestamp": timestamp,
                "webhook-signature": standard,
            },
        }),
    );
    let node = run(
        "node",
        &[&format!("{root}/tests/verifiers/vinr_signature.mjs")],
        json!({ "secret": secret, "body": body, "header": vinr }),
    );
    (python, node)
}

async fn independent_implementations_verify_ours_and_reject_what_ours_rejects(backend: Backend) {
    let app = app_with_worker(backend, &[1]).await;
    let receiver = Receiver::start().await;
    let (_, secret) = endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    switch(&app, "price_pro_monthly").await;
    let delivery = &receiver.wait_for(1, Duration::from_secs(10)).await[0];
    let ok = "ok subscription.updated".to_string();
    assert_eq!(independent_checks(delivery, &secret), (ok.clone(), ok));

    let rejected = |(python, node): (String, String)| {
        python.starts_with("rejected") && node.starts_with("rejected")
    };
    // Tampered body.
    let tampered = delivery
        .body
        .replace("price_pro_monthly", "price_basic_monthly");
    assert!(rejected(independent_checks_of(
        &tampered,
        delivery.header("webhook-id"),
        delivery.header("webhook-timestamp"),
        delivery.header("webhook-signature"),
        delivery.header("vinr-signature"),
        &secret,
    )));
    assert_eq!(
        webhooks::verify(
            tampered.as_bytes(),
            delivery.header("vinr-signature"),
            &secret,
            DEFAULT_TOLERANCE
        ),
        Err(VerifyError::NoMatchingSignature)
    );
    // Wrong secret.
    let wrong = webhooks::new_secret();
    assert!(rejected(independent_checks(delivery, &wrong)));
    assert_eq!(
        verify_both(delivery, &wrong),
        Err(VerifyError::NoMatchingSignature)
    );
    // Correctly signed, but ten minutes ago.
    let old = time::OffsetDateTime::now_utc().unix_timestamp() - 600;
    let id = delivery.header("webhook-id");
    let body = delivery.body.as_bytes();
    let standard = webhooks::standard_signature(id, old, body, &[&secret]);
    let vinr = webhooks::vinr_signature(body, &[&secret], old);
    assert!(rejected(independent_checks_of(
        &delivery.body,
        id,
        &old.to_string(),
        &standard,
        &vinr,
        &secret,
    )));
    assert_eq!(
        webhooks::verify(body, &vinr, &secret, DEFAULT_TOLERANCE),
        Err(VerifyError::TimestampOutsideTolerance)
    );
    assert_eq!(
        webhooks::verify_standard(
            body,
            id,
            &old.to_string(),
            &standard,
            &secret,
            DEFAULT_TOLERANCE
        ),
        Err(VerifyError::TimestampOutsideTolerance)
    );
}
on_both_backends!(independent_implementations_verify_ours_and_reject_what_ours_rejects);

/// Three instances on one PostgreSQL share the queue: every event is delivered, and none
/// twice (the claims lock rows with `FOR UPDATE SKIP LOCKED` and lease them).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_on_one_postgres_share_the_queue_without_double_delivery() {
    use vinr_portal::{server::config::Config, startup::Application};
    let app = app_with_worker(Backend::Postgres, &[1, 2]).await;
    for _ in 0..2 {
        let mut config = Config::for_tests(&app.database_url);
        config.webhook_delivery = Some(DeliverySettings {
            retry_schedule: vec![1, 2],
            poll_interval: Duration::from_millis(10),
            concurrency: 4,
            ..DeliverySettings::default()
        });
        let instance = Application::build(config).await.unwrap();
        tokio::spawn(instance.run());
    }
    let receiver = Receiver::start().await;
    receiver.delay(Duration::from_millis(20));
    endpoint(&app, &receiver.url(), &["subscription.updated"]).await;
    let sub = &app.merchant.subscription_id;
    for quantity in 2..=61 {
        let (status, _) = app
            .api(
                "POST",
                &format!("/v1/subscriptions/{sub}"),
                Some(json!({ "quantity": quantity })),
            )
            .await;
        assert_eq!(status, 200);
    }
    let received = receiver.wait_for(60, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut ids: Vec<String> = receiver
        .received()
        .iter()
        .map(|r| r.event()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 60, "exactly one delivery per event");
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        60,
        "no event delivered twice: {}",
        received.len()
    );
}

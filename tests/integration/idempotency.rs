//! `Idempotency-Key` on the API's writes, against the real server on both databases:
//! replay (errors too), mismatch, keys given back when a request is refused before it
//! starts, scope by merchant and mode, 50 concurrent requests with one key, two instances
//! on one PostgreSQL, expiry, and a request whose holder stopped mid-way.
use serde_json::{json, Value};
use vinr_portal::{
    server::{
        config::Config,
        db::{store, with_idempotency_claim, IdempotencyClaim},
        services::{
            developers::idempotency::{self, Claimed, KeyedRequest, KEY_LIFETIME_SECONDS},
            now_unix,
        },
    },
    startup::Application,
};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

struct Answer {
    status: u16,
    replayed: bool,
    body: Value,
}

async fn keyed(
    base: &str,
    http: &reqwest::Client,
    secret_key: &str,
    key: &str,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> Answer {
    let mut request = http
        .request(method.parse().unwrap(), format!("{base}{path}"))
        .bearer_auth(secret_key)
        .header("idempotency-key", key);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.unwrap();
    Answer {
        status: response.status().as_u16(),
        replayed: response
            .headers()
            .get("idempotent-replayed")
            .is_some_and(|value| value == "true"),
        body: response.json().await.unwrap(),
    }
}

async fn post(app: &TestApp, key: &str, path: &str, body: &str) -> Answer {
    keyed(
        &app.base,
        &app.http,
        &app.merchant.secret_key,
        key,
        "POST",
        path,
        Some(body),
    )
    .await
}

async fn customers_named(app: &TestApp, email: &str) -> usize {
    app.sql_text(&format!(
        "SELECT CAST(COUNT(*) AS TEXT) FROM customers WHERE email = '{email}'"
    ))
    .await
    .parse()
    .unwrap()
}

async fn a_repeated_request_answers_the_first_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let body = r#"{"name": "Ada", "email": "ada@example.com"}"#;
    let first = post(&app, "create-ada", "/v1/customers", body).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert!(!first.replayed);
    let created_events = app.count_events("customer.created").await;
    let again = post(&app, "create-ada", "/v1/customers", body).await;
    assert_eq!(again.status, 200);
    assert!(again.replayed);
    assert_eq!(again.body, first.body, "the same object, as first answered");
    assert_eq!(customers_named(&app, "ada@example.com").await, 1);
    assert_eq!(app.count_events("customer.created").await, created_events);

    // An error the request met while running is saved and replayed too.
    let missing = r#"{"customer": "cust_doesNotExist", "price": "price_basic_monthly"}"#;
    let refused = post(&app, "sub-missing", "/v1/subscriptions", missing).await;
    assert_eq!(refused.status, 404, "{}", refused.body);
    let replayed = post(&app, "sub-missing", "/v1/subscriptions", missing).await;
    assert_eq!((replayed.status, replayed.replayed), (404, true));
    assert_eq!(replayed.body, refused.body);

    // The same key for another request: refused, naming what differs; nothing created.
    let other_body = post(
        &app,
        "create-ada",
        "/v1/customers",
        r#"{"name": "Bob", "email": "bob@example.com"}"#,
    )
    .await;
    assert_eq!(other_body.status, 400, "{}", other_body.body);
    assert_eq!(other_body.body["error"]["code"], "idempotency_error");
    assert!(other_body.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("different body"));
    let other_path = post(&app, "create-ada", "/v1/coupons", body).await;
    assert_eq!(other_path.status, 400);
    let message = other_path.body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("POST /v1/customers") && message.contains("POST /v1/coupons"),
        "{message}"
    );
    assert_eq!(customers_named(&app, "bob@example.com").await, 0);

    // DELETE takes keys too.
    let (_, endpoint) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(json!({ "url": "http://127.0.0.1:9/hooks", "enabledEvents": ["*"] })),
        )
        .await;
    let path = format!("/v1/webhook_endpoints/{}", endpoint["id"].as_str().unwrap());
    let key = app.merchant.secret_key.clone();
    let deleted = keyed(&app.base, &app.http, &key, "del-1", "DELETE", &path, None).await;
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    let again = keyed(&app.base, &app.http, &key, "del-1", "DELETE", &path, None).await;
    assert_eq!((again.status, again.replayed), (200, true));
    let fresh = keyed(&app.base, &app.http, &key, "del-2", "DELETE", &path, None).await;
    assert_eq!(fresh.status, 404, "a new key runs again: already gone");

    // Keys are up to 255 visible characters.
    let long = post(&app, &"k".repeat(256), "/v1/customers", body).await;
    assert_eq!(long.status, 400);
    assert_eq!(long.body["error"]["code"], "idempotency_error");
}
on_both_backends!(a_repeated_request_answers_the_first_answer);

async fn a_request_refused_before_it_starts_saves_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let body = r#"{"name": "Cy", "email": "cy@example.com"}"#;
    let malformed = post(&app, "cy", "/v1/customers", r#"{"name": "Cy", "#).await;
    assert_eq!(malformed.status, 400);
    assert_eq!(malformed.body["error"]["code"], "body_malformed");
    let unknown_field = post(&app, "cy", "/v1/customers", r#"{"nom": "Cy"}"#).await;
    assert_eq!(unknown_field.status, 400, "{}", unknown_field.body);
    assert!(!unknown_field.replayed);
    let unauthenticated = keyed(
        &app.base,
        &app.http,
        "sk_test_wrong",
        "cy",
        "POST",
        "/v1/customers",
        Some(body),
    )
    .await;
    assert_eq!(unauthenticated.status, 401);
    // The key was given back each time: the real request runs.
    let created = post(&app, "cy", "/v1/customers", body).await;
    assert_eq!(created.status, 200, "{}", created.body);
    assert!(!created.replayed);

    // Keys are the merchant's and the mode's: the same key in live mode is another request.
    let live = keyed(
        &app.base,
        &app.http,
        &app.merchant.live_key,
        "cy",
        "POST",
        "/v1/customers",
        Some(body),
    )
    .await;
    assert_eq!(live.status, 200, "{}", live.body);
    assert!(!live.replayed);
    assert_ne!(live.body["id"], created.body["id"]);
    assert_eq!(live.body["livemode"], true);
}
on_both_backends!(a_request_refused_before_it_starts_saves_nothing);

async fn fifty_concurrent_requests_with_one_key_create_one_object(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let body = r#"{"name": "Dee", "email": "dee@example.com"}"#;
    let answers =
        futures::future::join_all((0..50).map(|_| post(&app, "dee-once", "/v1/customers", body)))
            .await;
    assert_eq!(customers_named(&app, "dee@example.com").await, 1);
    let created: Vec<&Answer> = answers.iter().filter(|a| a.status == 200).collect();
    assert!(!created.is_empty());
    assert_eq!(
        created.iter().filter(|answer| !answer.replayed).count(),
        1,
        "one ran, the others were replays or in use"
    );
    for answer in &created {
        assert_eq!(answer.body["id"], created[0].body["id"]);
    }
    for answer in answers.iter().filter(|a| a.status != 200) {
        assert_eq!(answer.status, 409, "{}", answer.body);
        assert_eq!(answer.body["error"]["code"], "idempotency_key_in_use");
    }
}
on_both_backends!(fifty_concurrent_requests_with_one_key_create_one_object);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgres_share_their_keys() {
    let app = TestApp::spawn(Backend::Postgres).await;
    let mut config = Config::for_tests(&app.database_url);
    config.operator_keys = crate::support::operator_keys();
    let second = Application::build(config).await.unwrap();
    let second_base = format!("http://{}", second.local_addr());
    tokio::spawn(second.run());
    let body = r#"{"name": "Eve", "email": "eve@example.com"}"#;
    let key = app.merchant.secret_key.clone();
    let (bases, http) = ([app.base.clone(), second_base.clone()], app.http.clone());
    let answers = futures::future::join_all((0..20).map(|i| {
        let (base, http, key) = (bases[i % 2].clone(), http.clone(), key.clone());
        async move {
            keyed(
                &base,
                &http,
                &key,
                "eve-once",
                "POST",
                "/v1/customers",
                Some(body),
            )
            .await
        }
    }))
    .await;
    assert_eq!(customers_named(&app, "eve@example.com").await, 1);
    assert!(answers.iter().all(|a| a.status == 200 || a.status == 409));
    let replay = keyed(
        &second_base,
        &http,
        &key,
        "eve-once",
        "POST",
        "/v1/customers",
        Some(body),
    )
    .await;
    assert_eq!((replay.status, replay.replayed), (200, true));
}

async fn keys_expire_after_a_day_and_a_stopped_holder_is_taken_over(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let body = r#"{"name": "Fay", "email": "fay@example.com"}"#;
    assert_eq!(post(&app, "fay", "/v1/customers", body).await.status, 200);
    // A day later the key is forgotten by the expiry job: the request runs again.
    let now = now_unix();
    assert_eq!(
        idempotency::remove_expired(&app.db, now + KEY_LIFETIME_SECONDS - 60)
            .await
            .unwrap(),
        0
    );
    assert!(post(&app, "fay", "/v1/customers", body).await.replayed);
    assert!(
        idempotency::remove_expired(&app.db, now + KEY_LIFETIME_SECONDS + 60)
            .await
            .unwrap()
            >= 1
    );
    let again = post(&app, "fay", "/v1/customers", body).await;
    assert_eq!((again.status, again.replayed), (200, false));
    assert_eq!(customers_named(&app, "fay@example.com").await, 2);

    // A request whose server stopped mid-way, before writing anything: repeats are in use
    // until its lease runs out, then one runs it. Once its operation has committed (in the
    // operation's own transaction), a repeat is never run again, even with no answer saved.
    let claim = IdempotencyClaim {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
        key: "stopped".to_string(),
    };
    let request = KeyedRequest {
        method: "POST",
        path: "/v1/customers",
        body: b"{}",
    };
    let claimed = |at: i64| idempotency::claim(&app.db, &claim, &request, at);
    assert_eq!(claimed(now).await.unwrap(), Claimed::Run);
    assert_eq!(claimed(now + 1).await.unwrap(), Claimed::InUse);
    assert_eq!(claimed(now + 61).await.unwrap(), Claimed::Run, "taken over");
    with_idempotency_claim(claim.clone(), async {
        let mut tx = app.db.begin_write().await.unwrap();
        store::customers::set_clock_time(tx.exec(), &app.merchant.id, "cust_none", 0)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    })
    .await;
    assert_eq!(claimed(now + 200).await.unwrap(), Claimed::AnswerLost);
    let different = KeyedRequest {
        body: b"{\"name\": \"x\"}",
        ..request
    };
    assert!(matches!(
        idempotency::claim(&app.db, &claim, &different, now + 200)
            .await
            .unwrap(),
        Claimed::Mismatch(_)
    ));
}
on_both_backends!(keys_expire_after_a_day_and_a_stopped_holder_is_taken_over);

//! The merchant REST API: minting portal sessions, its errors, switching plans.
use serde_json::{json, Value};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use vinr_portal::server::db::store;

use crate::{
    on_both_backends,
    support::{seed_merchant, Backend, TestApp},
};

async fn error_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.expect("errors are JSON");
    (status, body["error"].clone())
}

async fn minting_answers_the_seed_shape(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .mint(&app.merchant.secret_key, &app.merchant.customer_id)
        .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();

    let id = body["id"].as_str().unwrap();
    assert!(id.starts_with("bps_"));
    assert_eq!(body["object"], "billing_portal.session");
    assert_eq!(body["customer"], app.merchant.customer_id.as_str());
    assert_eq!(body["returnUrl"], "https://app.example.com/account");
    let url = body["url"].as_str().unwrap();
    let (page, secret) = url.split_once('#').unwrap();
    assert_eq!(page, app.url(&format!("/session/{id}")));
    // base62, at least 128 bits
    assert!(
        secret.len() as f64 * 62f64.log2() >= 128.0,
        "secret too short: {secret}"
    );
    assert!(secret.bytes().all(|b| b.is_ascii_alphanumeric()));

    let created = OffsetDateTime::parse(body["createdAt"].as_str().unwrap(), &Rfc3339).unwrap();
    let expires = OffsetDateTime::parse(body["expiresAt"].as_str().unwrap(), &Rfc3339).unwrap();
    assert_eq!((expires - created).whole_minutes(), 30);
    assert!(body["expiresAt"].as_str().unwrap().ends_with('Z'));
}
on_both_backends!(minting_answers_the_seed_shape);

async fn only_the_hash_of_the_link_secret_is_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;
    let mut conn = app.db.conn().await.unwrap();
    let row = store::portal_sessions::get(conn.exec(), &id)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(row.secret_hash, secret);
    assert_eq!(
        row.secret_hash,
        vinr_portal::server::secrets::hash_secret(&secret)
    );
    assert!(!format!("{row:?}").contains(&secret));
}
on_both_backends!(only_the_hash_of_the_link_secret_is_stored);

async fn missing_or_wrong_keys_are_401(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = app.url("/v1/billing/portal/sessions");
    let body = json!({ "customer": app.merchant.customer_id, "returnUrl": "https://a.example/" });

    let (status, error) = error_of(app.http.post(&url).json(&body).send().await.unwrap()).await;
    assert_eq!(status, 401);
    assert_eq!(error["type"], "authentication_error");

    for key in ["sk_test_wrong", "not-a-key", ""] {
        let response = app
            .http
            .post(&url)
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .unwrap();
        let (status, error) = error_of(response).await;
        assert_eq!(status, 401, "key {key:?}");
        assert!(!error["message"].as_str().unwrap().contains("sk_test_wrong"));
    }
    let response = app
        .http
        .post(&url)
        .header(
            "authorization",
            format!("Basic {}", app.merchant.secret_key),
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}
on_both_backends!(missing_or_wrong_keys_are_401);

async fn unknown_and_foreign_customers_are_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other = seed_merchant(&app.db, "Other Co").await;

    for customer in ["cust_doesnotexist", other.customer_id.as_str(), "not an id"] {
        let (status, error) = error_of(app.mint(&app.merchant.secret_key, customer).await).await;
        assert_eq!(status, 404, "customer {customer}");
        assert_eq!(error["code"], "resource_missing");
        assert_eq!(error["param"], "customer");
    }
}
on_both_backends!(unknown_and_foreign_customers_are_404);

async fn refused_mints_say_why_and_store_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for return_url in [
        "/account",
        "javascript:alert(1)",
        "ftp://example.com/",
        "https://",
        "not a url",
    ] {
        let response = app
            .http
            .post(app.url("/v1/billing/portal/sessions"))
            .bearer_auth(&app.merchant.secret_key)
            .json(&json!({ "customer": app.merchant.customer_id, "returnUrl": return_url }))
            .send()
            .await
            .unwrap();
        let (status, error) = error_of(response).await;
        assert_eq!(status, 400, "returnUrl {return_url}");
        assert_eq!(error["param"], "returnUrl");
        assert_eq!(error["type"], "invalid_request_error");
    }

    // Mints are one INSERT ... SELECT: when it writes nothing, the answer still says why,
    // and nothing is stored.
    let mint = |body: Value| {
        app.http
            .post(app.url("/v1/billing/portal/sessions"))
            .bearer_auth(&app.merchant.secret_key)
            .json(&body)
            .send()
    };
    let customer = app.merchant.customer_id.as_str();
    let (status, error) = error_of(mint(json!({ "customer": customer })).await.unwrap()).await;
    assert_eq!(
        (status, error["param"].as_str()),
        (400, Some("returnUrl")),
        "{error}"
    );
    assert!(error["message"].as_str().unwrap().contains("required"));
    let other = seed_merchant(&app.db, "Other Co").await;
    let (_, theirs) = app
        .api_as(
            &other.secret_key,
            "GET",
            "/v1/billing/portal/configurations",
            None,
        )
        .await;
    for configuration in ["bpc_missing", theirs["data"][0]["id"].as_str().unwrap()] {
        let body = json!({
            "customer": customer,
            "returnUrl": "https://a.example/",
            "configuration": configuration,
        });
        let (status, error) = error_of(mint(body).await.unwrap()).await;
        assert_eq!(
            (status, error["param"].as_str()),
            (404, Some("configuration")),
            "{configuration}: {error}"
        );
    }
    let (status, error) = error_of(
        mint(json!({ "customer": other.customer_id, "returnUrl": "https://a.example/" }))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, error["param"].as_str()), (404, Some("customer")));
    let stored = match &app.db {
        vinr_portal::server::db::Db::Sqlite(db) => {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM portal_sessions")
                .fetch_one(&db.reads)
                .await
                .unwrap()
        }
        vinr_portal::server::db::Db::Postgres(pool) => {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM portal_sessions")
                .fetch_one(pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(stored, 0);
}
on_both_backends!(refused_mints_say_why_and_store_nothing);

async fn malformed_and_oversized_bodies_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = app.url("/v1/billing/portal/sessions");
    let send = |body: String| {
        app.http
            .post(&url)
            .bearer_auth(&app.merchant.secret_key)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let (status, error) = error_of(send("{\"customer\": ".into()).await.unwrap()).await;
    assert_eq!(status, 400);
    assert_eq!(error["code"], "body_malformed");

    let (status, error) = error_of(
        send("{\"returnUrl\": \"https://a.example/\"}".into())
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(error["param"], "customer");

    let (status, error) = error_of(
        send(format!(
            "{{\"customer\": \"{}\", \"bogus\": 1}}",
            app.merchant.customer_id
        ))
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(error["param"], "bogus");

    let huge = format!("{{\"customer\": \"{}\"}}", "x".repeat(200_000));
    let (status, error) = error_of(send(huge).await.unwrap()).await;
    assert_eq!(status, 413);
    assert_eq!(error["code"], "payload_too_large");
}
on_both_backends!(malformed_and_oversized_bodies_are_refused);

async fn api_switches_plan_and_records_the_event(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = &app.merchant.subscription_id;
    let response = app
        .http
        .post(app.url(&format!("/v1/subscriptions/{sub}")))
        .bearer_auth(&app.merchant.secret_key)
        .json(&json!({ "price": "price_pro_monthly" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["price"]["id"], "price_pro_monthly");
    assert_eq!(body["price"]["product"], "prod_pro");

    let mut conn = app.db.conn().await.unwrap();
    let events = store::events::list_for_object(conn.exec(), &app.merchant.id, sub)
        .await
        .unwrap();
    let updated: Vec<_> = events
        .iter()
        .filter(|e| e.event_type == "subscription.updated")
        .collect();
    assert_eq!(updated.len(), 1);
    let payload: Value = serde_json::from_str(&updated[0].payload).unwrap();
    assert_eq!(payload["type"], "subscription.updated");
    assert_eq!(
        payload["data"]["object"], body,
        "the event embeds the object as the API returns it"
    );
    assert_eq!(
        payload["data"]["previousAttributes"]["price"]["id"],
        "price_basic_monthly"
    );
    assert_eq!(payload["initiatedBy"]["type"], "api_key");
    assert!(payload["initiatedBy"]["id"]
        .as_str()
        .unwrap()
        .starts_with("key_"));

    let read: Value = app
        .http
        .get(app.url(&format!("/v1/subscriptions/{sub}")))
        .bearer_auth(&app.merchant.secret_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(read["price"]["id"], "price_pro_monthly");
}
on_both_backends!(api_switches_plan_and_records_the_event);

async fn api_refuses_unknown_prices_and_foreign_subscriptions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other = seed_merchant(&app.db, "Other Co").await;
    let sub = &app.merchant.subscription_id;

    let (status, error) = error_of(
        app.http
            .post(app.url(&format!("/v1/subscriptions/{sub}")))
            .bearer_auth(&app.merchant.secret_key)
            .json(&json!({ "price": "price_nope" }))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(error["param"], "price");

    // The other merchant's key cannot read or change this subscription.
    for method in ["GET", "POST"] {
        let request = app
            .http
            .request(
                method.parse().unwrap(),
                app.url(&format!("/v1/subscriptions/{sub}")),
            )
            .bearer_auth(&other.secret_key);
        let request = if method == "POST" {
            request.json(&json!({ "price": "price_pro_monthly" }))
        } else {
            request
        };
        let (status, error) = error_of(request.send().await.unwrap()).await;
        assert_eq!(status, 404, "{method}");
        assert_eq!(error["code"], "resource_missing");
    }
    let mut conn = app.db.conn().await.unwrap();
    let row = store::subscriptions::get(conn.exec(), &app.merchant.id, false, None, sub)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.price_id, "price_basic_monthly");
}
on_both_backends!(api_refuses_unknown_prices_and_foreign_subscriptions);

async fn health_and_readiness(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let health = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    let unknown = app
        .http
        .get(app.url("/v1/nothing-here"))
        .bearer_auth(&app.merchant.secret_key)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
}
on_both_backends!(health_and_readiness);

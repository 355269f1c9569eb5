//! Portal sessions after they are minted: listed newest first (one customer's or all),
//! read one by one with where each stands (open, redeemed, expired, revoked) and where it
//! was redeemed from, never with its secret again; `locale` kept from creation.
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{seed_customer, seed_merchant, Backend, TestApp},
};

async fn mint(app: &TestApp, customer: &str, locale: Option<&str>) -> (String, String) {
    let mut body = json!({ "customer": customer, "returnUrl": "https://app.example.com/account" });
    if let Some(locale) = locale {
        body["locale"] = json!(locale);
    }
    let (status, session) = app
        .api("POST", "/v1/billing/portal/sessions", Some(body))
        .await;
    assert_eq!(status, 200, "{session}");
    let (_, secret) = session["url"].as_str().unwrap().split_once('#').unwrap();
    (
        session["id"].as_str().unwrap().to_string(),
        secret.to_string(),
    )
}

async fn read(app: &TestApp, id: &str) -> Value {
    let (status, session) = app
        .api("GET", &format!("/v1/billing/portal/sessions/{id}"), None)
        .await;
    assert_eq!(status, 200, "{session}");
    session
}

async fn sessions_are_listed_and_read_with_their_state(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let (first, first_secret) = mint(&app, &customer, Some("de")).await;
    let (second, _) = mint(&app, &customer, None).await;
    let (third, _) = mint(&app, &customer, None).await;
    let (other_customer, _) = seed_customer(&app.db, &app.merchant.id, "Other Person").await;
    let (theirs, _) = mint(&app, &other_customer, None).await;

    let (status, page) = app
        .api(
            "GET",
            &format!("/v1/billing/portal/sessions?customer={customer}"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{page}");
    let ids: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    // Newest first (by second; sessions minted within one second in a fixed order).
    let mut expected = [first.as_str(), second.as_str(), third.as_str()];
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    let created: Vec<i64> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| crate::support::unix(&s["createdAt"]))
        .collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]), "{created:?}");
    assert_eq!(page["hasMore"], false);
    let text = page.to_string();
    assert!(!text.contains(&first_secret) && !text.contains("\"url\""));
    assert!(page["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["state"] == "open"));
    // All of the merchant's, a page at a time: the pages make up the whole list.
    let (_, all) = app.api("GET", "/v1/billing/portal/sessions", None).await;
    let all: Vec<Value> = all["data"].as_array().unwrap().clone();
    assert!(all.iter().any(|s| s["id"] == theirs.as_str()));
    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(after) => format!("/v1/billing/portal/sessions?limit=2&startingAfter={after}"),
            None => "/v1/billing/portal/sessions?limit=2".to_string(),
        };
        let (status, page) = app.api("GET", &path, None).await;
        assert_eq!(status, 200, "{page}");
        let data = page["data"].as_array().unwrap();
        paged.extend(data.iter().cloned());
        if page["hasMore"] != true {
            break;
        }
        cursor = Some(data.last().unwrap()["id"].as_str().unwrap().to_string());
    }
    assert_eq!(paged, all);

    // Redeemed: when and from which browser.
    let redeemed = app
        .http
        .post(app.url(&format!("/session/{first}/redeem")))
        .header("user-agent", "Journey/1.0")
        .form(&[("secret", first_secret.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(redeemed.status(), 303);
    let session = read(&app, &first).await;
    assert_eq!(session["state"], "redeemed", "{session}");
    assert_eq!(session["locale"], "de");
    assert_eq!(session["returnUrl"], "https://app.example.com/account");
    assert!(session["redeemedAt"].is_string());
    assert_eq!(session["redeemedFrom"]["userAgent"], "Journey/1.0");
    assert_eq!(read(&app, &second).await["locale"], "auto");
    assert!(read(&app, &second).await["redeemedFrom"].is_null());

    // Revoked by the merchant; expired on its own.
    let (status, revoked) = app
        .api(
            "POST",
            &format!("/v1/billing/portal/sessions/{first}/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(read(&app, &first).await["state"], "revoked");
    app.sql(
        "UPDATE portal_sessions SET expires_at = 1 WHERE id = $1",
        &second,
    )
    .await;
    assert_eq!(read(&app, &second).await["state"], "expired");

    // Not found: another merchant's session, an unknown one; a customer not the merchant's.
    let other = seed_merchant(&app.db, "Other Shop").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/billing/portal/sessions/{third}"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .live_api("GET", &format!("/v1/billing/portal/sessions/{third}"), None)
        .await;
    assert_eq!(status, 404, "a test session is not found with a live key");
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/billing/portal/sessions?customer={customer}"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, bad) = app
        .api(
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({ "customer": customer, "returnUrl": "https://app.example.com", "locale": "deutsch!" })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(bad["error"]["param"], "locale");
}
on_both_backends!(sessions_are_listed_and_read_with_their_state);

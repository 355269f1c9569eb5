//! The audit log: every change with its actor, before/after values (payment details
//! masked), and the browser's IP and user agent for portal changes; `GET /v1/audit_log`
//! and the customer's own "Activity" page.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::ui::portal::{AddCard, SwitchPlan};

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

/// Posts a portal form as a browser with a user agent; answers where it redirects to.
async fn browser_form(app: &TestApp, cookie: &str, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app
        .http
        .post(app.url(path))
        .header("accept", "text/html")
        .header("origin", &app.base)
        .header("cookie", cookie)
        .header("user-agent", "Mozilla/5.0 (AuditTest)")
        .form(fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 302, "{path}");
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn audit_page(app: &TestApp, query: &str) -> Value {
    let (status, body) = app
        .api("GET", &format!("/v1/audit_log?{query}"), None)
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn changes_record_actor_fields_and_browser(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let sub = app.merchant.subscription_id.clone();
    let cookie = app.signed_in_cookie().await;

    // The customer switches plan in the portal, then the merchant changes the quantity.
    let quote = app
        .review_quote(&cookie, &sub, "price_pro_monthly", None)
        .await;
    let location = browser_form(
        &app,
        &cookie,
        SwitchPlan::PATH,
        &[("subscription_id", &sub), ("quote", &quote)],
    )
    .await;
    assert_eq!(location, "/portal?notice=plan_updated");
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{sub}"),
            Some(json!({ "quantity": 3 })),
        )
        .await;
    assert_eq!(status, 200);
    let location = browser_form(
        &app,
        &cookie,
        AddCard::PATH,
        &[
            ("number", "5555 5555 5555 4444"),
            ("expiry", "12/34"),
            ("cvc", "123"),
            ("cardholder_name", "Jenny Rosen"),
            ("postal_code", "10115"),
        ],
    )
    .await;
    assert_eq!(location, "/portal/payment-methods?notice=card_added");

    let page = audit_page(&app, &format!("customer={customer}&limit=100")).await;
    let entries = page["data"].as_array().unwrap();
    // Newest first: the card came last (seeding attached one of its own before).
    let attached = &entries[0];
    assert_eq!(attached["action"], "payment_method.attached");
    assert_eq!(attached["actor"]["type"], "portal_session");
    assert_eq!(
        attached["changes"]["object"]["after"]["card"]["last4"],
        "4444"
    );
    let everything = page.to_string();
    assert!(
        !everything.contains("5555555555554444") && !everything.contains("5555 5555 5555 4444"),
        "no card number in the audit log"
    );
    assert!(!everything.contains("\"cvc\""));

    let updates: Vec<&Value> = entries
        .iter()
        .filter(|e| e["action"] == "subscription.updated" && e["target"] == sub.as_str())
        .collect();
    let by_api = updates
        .iter()
        .find(|e| e["changes"].get("quantity").is_some())
        .expect("the quantity change");
    assert_eq!(by_api["actor"]["type"], "api_key");
    assert!(by_api["actor"]["id"].as_str().unwrap().starts_with("key_"));
    assert_eq!(
        by_api["actor"]["ip"],
        Value::Null,
        "server-to-server: no browser"
    );
    assert_eq!(
        by_api["changes"]["quantity"],
        json!({ "before": 1, "after": 3 })
    );
    let in_portal = updates
        .iter()
        .find(|e| e["changes"].get("price").is_some())
        .expect("the plan switch");
    assert_eq!(in_portal["actor"]["type"], "portal_session");
    assert!(in_portal["actor"]["id"]
        .as_str()
        .unwrap()
        .starts_with("bps_"));
    assert_eq!(in_portal["actor"]["ip"], "127.0.0.1");
    assert_eq!(in_portal["actor"]["userAgent"], "Mozilla/5.0 (AuditTest)");
    assert_eq!(
        in_portal["changes"]["price"]["before"]["id"],
        "price_basic_monthly"
    );
    assert_eq!(
        in_portal["changes"]["price"]["after"]["id"],
        "price_pro_monthly"
    );
    assert!(in_portal["event"].as_str().unwrap().starts_with("evt_"));
    assert!(in_portal["createdAt"].as_str().unwrap().ends_with('Z'));

    // By object, with a cursor.
    let first = audit_page(&app, &format!("object={sub}&limit=1")).await;
    assert_eq!(first["hasMore"], true);
    let cursor = first["data"][0]["id"].as_str().unwrap();
    let rest = audit_page(
        &app,
        &format!("object={sub}&limit=100&startingAfter={cursor}"),
    )
    .await;
    assert!(rest["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["target"] == sub.as_str() && e["id"] != cursor));

    // Bad input changes nothing and says why; another merchant sees none of it.
    let (status, body) = app.api("GET", "/v1/audit_log?limit=0", None).await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("limit"))
    );
    let (status, _) = app
        .api("GET", "/v1/audit_log?startingAfter=aud_missing", None)
        .await;
    assert_eq!(status, 404);
    let (status, _) = app.api("GET", "/v1/audit_log?colour=red", None).await;
    assert_eq!(status, 400);
    let other = support::seed_merchant(&app.db, "Other Co").await;
    let (status, theirs) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/audit_log?customer={customer}"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(theirs["data"], json!([]));
}
on_both_backends!(changes_record_actor_fields_and_browser);

async fn webhook_endpoint_changes_are_logged_without_secrets(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, created) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(json!({ "url": "https://hooks.example.com/a", "enabledEvents": ["*"] })),
        )
        .await;
    let id = created["id"].as_str().unwrap();
    let (_, rotated) = app
        .api(
            "POST",
            &format!("/v1/webhook_endpoints/{id}"),
            Some(json!({ "rotateSecret": true, "url": "https://hooks.example.com/b" })),
        )
        .await;
    let (status, _) = app
        .api("DELETE", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert_eq!(status, 200);

    let page = audit_page(&app, &format!("object={id}")).await;
    let actions: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "webhook_endpoint.deleted",
            "webhook_endpoint.updated",
            "webhook_endpoint.created"
        ]
    );
    let updated = &page["data"][1];
    assert_eq!(
        updated["changes"]["url"]["before"],
        "https://hooks.example.com/a"
    );
    assert_eq!(
        updated["changes"]["url"]["after"],
        "https://hooks.example.com/b"
    );
    assert!(
        updated["changes"].get("secret").is_some(),
        "the rotation is recorded"
    );
    let text = page.to_string();
    for secret in [&created["secret"], &rotated["secret"]] {
        assert!(
            !text.contains(secret.as_str().unwrap()),
            "a signing secret leaked"
        );
    }
}
on_both_backends!(webhook_endpoint_changes_are_logged_without_secrets);

async fn the_activity_page_shows_the_customer_their_own_changes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let cookie = app.signed_in_cookie().await;
    let quote = app
        .review_quote(&cookie, &sub, "price_pro_monthly", None)
        .await;
    browser_form(
        &app,
        &cookie,
        SwitchPlan::PATH,
        &[("subscription_id", &sub), ("quote", &quote)],
    )
    .await;
    app.api(
        "POST",
        &format!("/v1/subscriptions/{sub}"),
        Some(json!({ "quantity": 2 })),
    )
    .await;
    // Another customer's change must not show up.
    let (other_customer, other_sub) =
        support::seed_customer(&app.db, &app.merchant.id, "Someone Else").await;
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{other_sub}"),
            Some(json!({ "quantity": 7 })),
        )
        .await;
    assert_eq!(status, 200, "{other_customer}");

    let (status, html) = app.page(&cookie, "/portal/activity").await;
    assert_eq!(status, 200);
    assert!(html.contains("Changed plan from Basic to Pro"), "{html}");
    assert!(html.contains("Changed quantity from 1 to 2"));
    assert!(
        html.contains(">You<"),
        "the customer's own change is theirs"
    );
    assert!(
        html.contains(">Acme Cloud<"),
        "the merchant's change names the merchant"
    );
    assert!(
        !html.contains("from 1 to 7"),
        "another customer's change leaked"
    );
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("href=\"/portal/activity\""));

    // Without a session cookie: the session-ended screen, no activity.
    let (status, html) = app.page("", "/portal/activity").await;
    assert_eq!(status, 401);
    assert!(!html.contains("Changed plan"));
}
on_both_backends!(the_activity_page_shows_the_customer_their_own_changes);

async fn catalog_changes_are_logged_with_the_key_that_made_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, product) = app
        .api("POST", "/v1/products", Some(json!({ "name": "Team" })))
        .await;
    assert_eq!(status, 200, "{product}");
    let product_id = product["id"].as_str().unwrap();
    let (status, price) = app
        .api(
            "POST",
            "/v1/prices",
            Some(json!({ "product": product_id, "unitAmount": 4900, "currency": "eur", "recurring": { "interval": "month" } })),
        )
        .await;
    assert_eq!(status, 200, "{price}");
    let (status, coupon) = app
        .api(
            "POST",
            "/v1/coupons",
            Some(json!({ "name": "Launch", "percentOff": 10, "duration": "once" })),
        )
        .await;
    assert_eq!(status, 200, "{coupon}");
    // A refused creation logs nothing.
    let (status, _) = app
        .api("POST", "/v1/products", Some(json!({ "name": "" })))
        .await;
    assert_eq!(status, 400);

    let page = audit_page(&app, "limit=3").await;
    let entries = page["data"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["coupon.created", "price.created", "product.created"]
    );
    assert_eq!(entries[2]["target"], product_id);
    assert_eq!(entries[2]["changes"]["object"]["after"]["name"], "Team");
    assert_eq!(entries[1]["changes"]["object"]["after"]["unitAmount"], 4900);
    assert!(entries.iter().all(|e| e["actor"]["type"] == "api_key"));
}
on_both_backends!(catalog_changes_are_logged_with_the_key_that_made_them);

//! Products, prices and subscriptions created through the REST API.
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{seed_merchant, Backend, TestApp},
};

async fn api(
    app: &TestApp,
    key: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    app.api_as(key, method, path, body).await
}

async fn a_merchant_builds_a_catalog_and_subscribes_a_customer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let key = app.merchant.secret_key.clone();

    let (status, product) = api(
        &app,
        &key,
        "POST",
        "/v1/products",
        Some(json!({ "id": "prod_team", "name": "Team", "description": "For small teams" })),
    )
    .await;
    assert_eq!(status, 200, "{product}");
    assert_eq!(product["object"], "product");

    let (status, price) = api(
        &app,
        &key,
        "POST",
        "/v1/prices",
        Some(json!({ "product": "prod_team", "unitAmount": 120_000, "currency": "JPY", "recurring": { "interval": "year" } })),
    )
    .await;
    assert_eq!(status, 200, "{price}");
    assert!(price["id"].as_str().unwrap().starts_with("price_"));
    assert_eq!(price["currency"], "jpy");
    assert_eq!(price["interval"], "year");

    let (_, prices) = api(&app, &key, "GET", "/v1/prices?product=prod_team", None).await;
    assert_eq!(prices["data"].as_array().unwrap().len(), 1);
    let (_, products) = api(&app, &key, "GET", "/v1/products", None).await;
    assert_eq!(products["object"], "list");
    assert!(products["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "prod_team"));

    let customer = app.merchant.customer_id.clone();
    let (status, subscription) = api(
        &app,
        &key,
        "POST",
        "/v1/subscriptions",
        Some(json!({ "customer": customer, "price": price["id"], "quantity": 3 })),
    )
    .await;
    assert_eq!(status, 200, "{subscription}");
    assert_eq!(subscription["quantity"], 3);
    assert_eq!(subscription["status"], "active");

    let (_, listed) = api(
        &app,
        &key,
        "GET",
        &format!("/v1/subscriptions?customer={customer}"),
        None,
    )
    .await;
    assert_eq!(listed["data"].as_array().unwrap().len(), 2);

    // The portal shows both, with the yen price and its quantity.
    let cookie = app.signed_in_cookie().await;
    let html = app
        .http
        .get(app.url("/portal"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("¥120,000 per year"));
    assert!(html.contains("Quantity: 3"));
}
on_both_backends!(a_merchant_builds_a_catalog_and_subscribes_a_customer);

async fn catalog_requests_are_validated_and_scoped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let key = app.merchant.secret_key.clone();
    let other = seed_merchant(&app.db, "Other Co").await;

    for (path, body, status, param) in [
        ("/v1/products", json!({ "name": "" }), 400, "name"),
        (
            "/v1/products",
            json!({ "id": "prod_basic", "name": "Again" }),
            400,
            "id",
        ),
        (
            "/v1/products",
            json!({ "id": "basic", "name": "No prefix" }),
            400,
            "id",
        ),
        (
            "/v1/prices",
            json!({ "product": "prod_basic", "unitAmount": -1, "currency": "usd", "recurring": { "interval": "month" } }),
            400,
            "unitAmount",
        ),
        (
            "/v1/prices",
            json!({ "product": "prod_basic", "unitAmount": 100, "currency": "xxx", "recurring": { "interval": "month" } }),
            400,
            "currency",
        ),
        (
            "/v1/prices",
            json!({ "product": "prod_basic", "unitAmount": 100, "currency": "usd", "recurring": { "interval": "week" } }),
            400,
            "recurring.interval",
        ),
        (
            "/v1/prices",
            json!({ "product": "prod_none", "unitAmount": 100, "currency": "usd", "recurring": { "interval": "month" } }),
            404,
            "product",
        ),
        (
            "/v1/subscriptions",
            json!({ "customer": other.customer_id, "price": "price_basic_monthly" }),
            404,
            "customer",
        ),
        (
            "/v1/subscriptions",
            json!({ "customer": app.merchant.customer_id, "price": "price_none" }),
            404,
            "price",
        ),
        (
            "/v1/subscriptions",
            json!({ "customer": app.merchant.customer_id, "price": "price_basic_monthly", "quantity": 0 }),
            400,
            "quantity",
        ),
    ] {
        let (got, error) = api(&app, &key, "POST", path, Some(body.clone())).await;
        assert_eq!(got, status, "{path} {body} → {error}");
        assert_eq!(error["error"]["param"], param, "{path} {body} → {error}");
    }

    let (status, _) = api(
        &app,
        &other.secret_key,
        "GET",
        "/v1/subscriptions?customer=".to_string().as_str(),
        None,
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = api(
        &app,
        &other.secret_key,
        "GET",
        &format!("/v1/subscriptions?customer={}", app.merchant.customer_id),
        None,
    )
    .await;
    assert_eq!(status, 404);
    let (status, error) = api(&app, &key, "GET", "/v1/subscriptions", None).await;
    assert_eq!(status, 400);
    assert_eq!(error["error"]["param"], "customer");
}
on_both_backends!(catalog_requests_are_validated_and_scoped);

async fn archived_products_and_prices_are_no_longer_offered(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let key = app.merchant.secret_key.clone();
    let subscription = app.merchant.subscription_id.clone();
    let update_page = format!("/portal/subscriptions/{subscription}/update");
    let cookie = app.signed_in_cookie().await;
    let offered = |html: &str| html.contains("value=\"price_pro_monthly\"");
    let (_, html) = app.page(&cookie, &update_page).await;
    assert!(offered(&html), "Pro is offered to begin with");

    // Bad changes are refused and change nothing.
    for (path, body) in [
        ("/v1/products/prod_pro", json!({ "name": " " })),
        ("/v1/products/prod_pro", json!({ "active": "no" })),
        ("/v1/products/prod_pro", json!({ "price": 5 })),
        ("/v1/prices/price_pro_monthly", json!({ "unitAmount": 5 })),
        ("/v1/prices/price_pro_monthly", json!({})),
    ] {
        let (status, error) = api(&app, &key, "POST", path, Some(body.clone())).await;
        assert_eq!(status, 400, "{path} {body}: {error}");
    }
    let (status, _) = api(
        &app,
        &key,
        "POST",
        "/v1/prices/price_nope",
        Some(json!({ "active": false })),
    )
    .await;
    assert_eq!(status, 404);
    let (_, product) = api(&app, &key, "GET", "/v1/products/prod_pro", None).await;
    assert_eq!(product["name"], "Pro");
    assert_eq!(product["active"], true);

    // An archived price is not offered, and a switch to it is refused.
    let (status, price) = api(
        &app,
        &key,
        "POST",
        "/v1/prices/price_pro_monthly",
        Some(json!({ "active": false })),
    )
    .await;
    assert_eq!(status, 200, "{price}");
    assert_eq!(price["active"], false);
    assert_eq!(price["unitAmount"], 2900, "nothing else changes");
    let (_, html) = app.page(&cookie, &update_page).await;
    assert!(!offered(&html));
    let switch = json!({ "price": "price_pro_monthly" });
    let (status, error) = api(
        &app,
        &key,
        "POST",
        &format!("/v1/subscriptions/{subscription}"),
        Some(switch.clone()),
    )
    .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["param"], "price");

    // Restored, then its product archived: the same.
    api(
        &app,
        &key,
        "POST",
        "/v1/prices/price_pro_monthly",
        Some(json!({ "active": true })),
    )
    .await;
    let (status, product) = api(
        &app,
        &key,
        "POST",
        "/v1/products/prod_pro",
        Some(json!({ "active": false, "description": "Retired plan" })),
    )
    .await;
    assert_eq!(status, 200, "{product}");
    assert_eq!(product["active"], false);
    assert_eq!(product["description"], "Retired plan");
    let (_, html) = app.page(&cookie, &update_page).await;
    assert!(!offered(&html));
    let (status, _) = api(
        &app,
        &key,
        "POST",
        &format!("/v1/subscriptions/{subscription}"),
        Some(switch.clone()),
    )
    .await;
    assert_eq!(status, 400);
    let (_, audit) = api(&app, &key, "GET", "/v1/audit_log?object=prod_pro", None).await;
    let entry = &audit["data"][0];
    assert_eq!(entry["action"], "product.updated");
    assert_eq!(entry["changes"]["active"]["before"], true);
    assert_eq!(entry["changes"]["active"]["after"], false);

    // Restored: offered again.
    api(
        &app,
        &key,
        "POST",
        "/v1/products/prod_pro",
        Some(json!({ "active": true })),
    )
    .await;
    let (_, html) = app.page(&cookie, &update_page).await;
    assert!(offered(&html));
}
on_both_backends!(archived_products_and_prices_are_no_longer_offered);

async fn coupons_are_listed_for_their_own_merchant_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let key = app.merchant.secret_key.clone();
    for id in ["rwd_first", "rwd_second"] {
        let (status, coupon) = api(
            &app,
            &key,
            "POST",
            "/v1/coupons",
            Some(json!({ "id": id, "percentOff": 10, "duration": "once" })),
        )
        .await;
        assert_eq!(status, 200, "{coupon}");
    }
    let (status, list) = api(&app, &key, "GET", "/v1/coupons", None).await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|coupon| coupon["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"rwd_first") && ids.contains(&"rwd_second"),
        "{list}"
    );
    let other = seed_merchant(&app.db, "Other").await;
    let (_, theirs) = api(&app, &other.secret_key, "GET", "/v1/coupons", None).await;
    assert!(
        !theirs.to_string().contains("rwd_first"),
        "another merchant's coupons are not listed: {theirs}"
    );
}
on_both_backends!(coupons_are_listed_for_their_own_merchant_only);

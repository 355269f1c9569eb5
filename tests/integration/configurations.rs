//! Portal configurations and coupons through the REST API.
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{cookie_pair, seed_merchant, Backend, TestApp},
};

async fn call(app: &TestApp, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    call_as(app, &app.merchant.secret_key, method, path, body).await
}

async fn call_as(
    app: &TestApp,
    key: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    app.api_as(key, method, path, body).await
}

/// The seed's `portalConfigurations.update('default', ...)` body, verbatim.
fn seed_update_body() -> Value {
    json!({
        "features": {
            "paymentMethodUpdate": { "enabled": true },
            "invoiceHistory": { "enabled": true },
            "subscriptionCancel": {
                "enabled": true,
                "mode": "at_period_end",
                "retention": { "offerCoupon": "rwd_save20" }
            },
            "subscriptionUpdate": {
                "enabled": true,
                "products": ["prod_basic", "prod_pro"],
                "prorationBehavior": "create_prorations"
            }
        }
    })
}

async fn the_seeds_update_call_works_as_written(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, body) = call(
        &app,
        "POST",
        "/v1/billing/portal/configurations/default",
        Some(seed_update_body()),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["object"], "billing_portal.configuration");
    assert_eq!(body["isDefault"], true);
    assert!(body["id"].as_str().unwrap().starts_with("bpc_"));
    let features = &body["features"];
    assert_eq!(features["subscriptionCancel"]["mode"], "at_period_end");
    assert_eq!(
        features["subscriptionCancel"]["retention"]["offerCoupon"],
        "rwd_save20"
    );
    assert_eq!(
        features["subscriptionUpdate"]["products"],
        json!(["prod_basic", "prod_pro"])
    );
    // Fields the update did not name keep their values.
    assert_eq!(features["customerUpdate"]["enabled"], true);

    let (status, read) = call(
        &app,
        "GET",
        "/v1/billing/portal/configurations/default",
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(read, body);
}
on_both_backends!(the_seeds_update_call_works_as_written);

async fn configurations_are_created_listed_and_used_by_sessions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, dunning) = call(
        &app,
        "POST",
        "/v1/billing/portal/configurations",
        Some(json!({
            "features": { "paymentMethodUpdate": { "enabled": true } },
            "businessProfile": { "headline": "Fix your payment", "privacyPolicyUrl": "https://acme.example/privacy" },
            "defaultReturnUrl": "https://acme.example/billing"
        })),
    )
    .await;
    assert_eq!(status, 200, "{dunning}");
    assert_eq!(dunning["isDefault"], false);
    assert_eq!(dunning["features"]["subscriptionUpdate"]["enabled"], false);
    assert_eq!(dunning["businessProfile"]["headline"], "Fix your payment");
    let id = dunning["id"].as_str().unwrap();

    let (_, list) = call(&app, "GET", "/v1/billing/portal/configurations", None).await;
    assert_eq!(list["object"], "list");
    assert_eq!(list["data"].as_array().unwrap().len(), 2);
    assert_eq!(
        list["data"][0]["isDefault"], true,
        "the default comes first"
    );

    // A session minted with this configuration: no returnUrl needed, no plan changes offered.
    let (status, session) = call(
        &app,
        "POST",
        "/v1/billing/portal/sessions",
        Some(json!({ "customer": app.merchant.customer_id, "configuration": id })),
    )
    .await;
    assert_eq!(status, 200, "{session}");
    assert_eq!(session["configuration"], id);
    assert_eq!(session["returnUrl"], "https://acme.example/billing");
    let url = session["url"].as_str().unwrap();
    let (sid, secret) = url.rsplit_once('/').unwrap().1.split_once('#').unwrap();
    let redeemed = app.redeem(sid, secret).await;
    let cookie = cookie_pair(&redeemed).unwrap();
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
    assert!(html.contains("Basic"));
    assert!(
        !html.contains("Change plan"),
        "plan updates are disabled in this configuration"
    );
    let sub = &app.merchant.subscription_id;
    let page = app
        .http
        .get(app.url(&format!("/portal/subscriptions/{sub}/update")))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 403);

    // Making it the default moves the flag.
    let (status, updated) = call(
        &app,
        "POST",
        &format!("/v1/billing/portal/configurations/{id}"),
        Some(json!({ "isDefault": true })),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(updated["isDefault"], true);
    let (_, list) = call(&app, "GET", "/v1/billing/portal/configurations", None).await;
    let defaults: Vec<_> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["isDefault"] == true)
        .collect();
    assert_eq!(defaults.len(), 1);
    assert_eq!(defaults[0]["id"], id);
}
on_both_backends!(configurations_are_created_listed_and_used_by_sessions);

async fn invalid_configurations_name_the_field_and_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cases = [
        (json!({ "features": { "bogus": {} } }), "features.bogus"),
        (
            json!({ "features": { "subscriptionCancel": { "mode": "sometimes" } } }),
            "features.subscriptionCancel.mode",
        ),
        (
            json!({ "features": { "subscriptionUpdate": { "enabled": true, "products": ["prod_basic", "prod_gone"] } } }),
            "features.subscriptionUpdate.products[1]",
        ),
        (
            json!({ "features": { "subscriptionCancel": { "enabled": true, "retention": { "offerCoupon": "rwd_nope" } } } }),
            "features.subscriptionCancel.retention.offerCoupon",
        ),
        (
            json!({ "features": { "subscriptionUpdate": { "enabled": true, "products": [] } } }),
            "features.subscriptionUpdate.products",
        ),
        (
            json!({ "features": { "subscriptionUpdate": { "enabled": true, "products": [
                { "product": "prod_pro", "adjustableQuantity": { "enabled": true, "minimum": 10, "maximum": 2 } }] } } }),
            "features.subscriptionUpdate.products[0].adjustableQuantity.maximum",
        ),
        (
            json!({ "businessProfile": { "privacyPolicyUrl": "javascript:alert(1)" } }),
            "businessProfile.privacyPolicyUrl",
        ),
        (
            json!({ "defaultReturnUrl": "/relative" }),
            "defaultReturnUrl",
        ),
        (json!({ "colour": "red" }), "colour"),
    ];
    let (_, before) = call(
        &app,
        "GET",
        "/v1/billing/portal/configurations/default",
        None,
    )
    .await;
    for (body, param) in cases {
        let (status, error) = call(
            &app,
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{body} → {error}");
        assert_eq!(error["error"]["type"], "invalid_request_error");
    }
    let (_, after) = call(
        &app,
        "GET",
        "/v1/billing/portal/configurations/default",
        None,
    )
    .await;
    assert_eq!(before, after, "refused updates change nothing");

    let (status, _) = call(
        &app,
        "POST",
        "/v1/billing/portal/configurations",
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 400);

    // Another merchant's configuration and an unknown one read as missing.
    let other = seed_merchant(&app.db, "Other Co").await;
    let (_, theirs) = call_as(
        &app,
        &other.secret_key,
        "GET",
        "/v1/billing/portal/configurations/default",
        None,
    )
    .await;
    let their_id = theirs["id"].as_str().unwrap();
    for id in [their_id, "bpc_unknown"] {
        let (status, error) = call(
            &app,
            "GET",
            &format!("/v1/billing/portal/configurations/{id}"),
            None,
        )
        .await;
        assert_eq!(status, 404);
        assert_eq!(error["error"]["code"], "resource_missing");
        let (status, error) = call(
            &app,
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({ "customer": app.merchant.customer_id, "returnUrl": "https://a.example/", "configuration": id })),
        )
        .await;
        assert_eq!(status, 404);
        assert_eq!(error["error"]["param"], "configuration");
    }
}
on_both_backends!(invalid_configurations_name_the_field_and_change_nothing);

async fn coupons_are_created_and_validated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, coupon) = call(
        &app,
        "POST",
        "/v1/coupons",
        Some(json!({ "id": "rwd_five", "name": "Five off", "amountOff": 500, "currency": "usd", "duration": "once" })),
    )
    .await;
    assert_eq!(status, 200, "{coupon}");
    assert_eq!(coupon["object"], "coupon");
    assert_eq!(coupon["amountOff"], 500);
    assert_eq!(coupon["percentOff"], Value::Null);

    let (status, generated) = call(
        &app,
        "POST",
        "/v1/coupons",
        Some(json!({ "percentOff": 12.5, "duration": "forever" })),
    )
    .await;
    assert_eq!(status, 200);
    assert!(generated["id"].as_str().unwrap().starts_with("rwd_"));
    assert_eq!(generated["percentOff"], 12.5);

    let (status, read) = call(&app, "GET", "/v1/coupons/rwd_save20", None).await;
    assert_eq!(status, 200);
    assert_eq!(read["percentOff"], 20.0);
    assert_eq!(read["duration"], "repeating");
    assert_eq!(read["durationInMonths"], 3);

    let cases = [
        (
            json!({ "percentOff": 20, "amountOff": 5, "duration": "once" }),
            "percentOff",
        ),
        (json!({ "duration": "once" }), "percentOff"),
        (
            json!({ "percentOff": 120, "duration": "once" }),
            "percentOff",
        ),
        (json!({ "amountOff": 500, "duration": "once" }), "currency"),
        (
            json!({ "amountOff": 500, "currency": "xyz", "duration": "once" }),
            "currency",
        ),
        (
            json!({ "percentOff": 10, "duration": "repeating" }),
            "durationInMonths",
        ),
        (
            json!({ "percentOff": 10, "duration": "sometimes" }),
            "duration",
        ),
        (
            json!({ "id": "coupon_x", "percentOff": 10, "duration": "once" }),
            "id",
        ),
        (
            json!({ "id": "rwd_five", "percentOff": 10, "duration": "once" }),
            "id",
        ),
    ];
    for (body, param) in cases {
        let (status, error) = call(&app, "POST", "/v1/coupons", Some(body.clone())).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{body} → {error}");
    }

    let other = seed_merchant(&app.db, "Other Co").await;
    let (status, _) = call_as(&app, &other.secret_key, "GET", "/v1/coupons/rwd_five", None).await;
    assert_eq!(status, 404);
}
on_both_backends!(coupons_are_created_and_validated);

//! Test and live data apart: a key reads and changes only objects of its own mode; an
//! object of the other mode is answered exactly like a missing one, and nothing changes.
use serde_json::{json, Value};
use vinr_portal::server::services::now_unix;

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

/// One of each object a key can reach, made with `key`: (customer, subscription,
/// invoice, webhook endpoint, configuration, event).
async fn objects_of(app: &TestApp, key: &str, name: &str) -> [String; 6] {
    let call = |method: &'static str, path: String, body: Value| async move {
        let (status, body) = app.api_as(key, method, &path, Some(body)).await;
        assert!(
            status == 200 || status == 402,
            "{method} {path}: {status} {body}"
        );
        body
    };
    let customer = call(
        "POST",
        "/v1/customers".into(),
        json!({ "name": name, "email": "someone@example.com" }),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let subscription = call(
        "POST",
        "/v1/subscriptions".into(),
        json!({ "customer": customer, "price": "price_basic_monthly", "quantity": 1 }),
    )
    .await;
    let (subscription, invoice) = (
        subscription["id"].as_str().unwrap().to_string(),
        subscription["latestInvoice"]["id"]
            .as_str()
            .or(subscription["latestInvoice"].as_str())
            .unwrap()
            .to_string(),
    );
    let endpoint = call(
        "POST",
        "/v1/webhook_endpoints".into(),
        json!({ "url": "https://hooks.example.com/vinr", "enabledEvents": ["*"] }),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let configuration = call(
        "POST",
        "/v1/billing/portal/configurations".into(),
        json!({ "features": { "invoiceHistory": { "enabled": true } } }),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, events) = app
        .api_as(key, "GET", &format!("/v1/events?customer={customer}"), None)
        .await;
    let event = events["data"][0]["id"].as_str().unwrap().to_string();
    [
        customer,
        subscription,
        invoice,
        endpoint,
        configuration,
        event,
    ]
}

/// Every route that names an object, with that object's id.
fn routes_on(objects: &[String; 6]) -> Vec<(&'static str, String, Option<Value>)> {
    let [customer, subscription, invoice, endpoint, configuration, event] = objects;
    vec![
        ("GET", format!("/v1/customers/{customer}"), None),
        (
            "POST",
            format!("/v1/customers/{customer}"),
            Some(json!({ "name": "Mallory" })),
        ),
        (
            "GET",
            format!("/v1/customers/{customer}/payment_methods"),
            None,
        ),
        (
            "POST",
            format!("/v1/customers/{customer}/payment_methods"),
            Some(
                json!({ "type": "card", "card": { "number": "4242424242424242", "expMonth": 12, "expYear": 2040, "cvc": "123" } }),
            ),
        ),
        ("GET", format!("/v1/customers/{customer}/tax_ids"), None),
        (
            "POST",
            format!("/v1/customers/{customer}/tax_ids"),
            Some(json!({ "type": "eu_vat", "value": "DE123456788" })),
        ),
        (
            "POST",
            "/v1/billing/portal/sessions".into(),
            Some(json!({ "customer": customer, "returnUrl": "https://example.com" })),
        ),
        (
            "POST",
            "/v1/test_helpers/test_clocks/advance".into(),
            Some(json!({ "customer": customer, "frozenTime": now_unix() + 40 * 86_400 })),
        ),
        (
            "GET",
            format!("/v1/subscriptions?customer={customer}"),
            None,
        ),
        ("GET", format!("/v1/subscriptions/{subscription}"), None),
        (
            "POST",
            format!("/v1/subscriptions/{subscription}"),
            Some(json!({ "cancelAtPeriodEnd": true })),
        ),
        (
            "POST",
            format!("/v1/subscriptions/{subscription}"),
            Some(json!({ "price": "price_pro_monthly" })),
        ),
        (
            "POST",
            format!("/v1/subscriptions/{subscription}/preview"),
            Some(json!({ "price": "price_pro_monthly" })),
        ),
        ("DELETE", format!("/v1/subscriptions/{subscription}"), None),
        ("GET", format!("/v1/invoices?customer={customer}"), None),
        ("GET", format!("/v1/invoices/{invoice}"), None),
        (
            "POST",
            format!("/v1/invoices/{invoice}/pay"),
            Some(json!({})),
        ),
        (
            "POST",
            format!("/v1/invoices/{invoice}/void"),
            Some(json!({})),
        ),
        ("GET", format!("/v1/invoices/{invoice}/pdf"), None),
        ("GET", format!("/v1/invoices/{invoice}/receipt"), None),
        ("GET", format!("/v1/webhook_endpoints/{endpoint}"), None),
        (
            "POST",
            format!("/v1/webhook_endpoints/{endpoint}"),
            Some(json!({ "url": "https://attacker.example/hook", "rotateSecret": true })),
        ),
        (
            "GET",
            format!("/v1/webhook_endpoints/{endpoint}/deliveries"),
            None,
        ),
        ("DELETE", format!("/v1/webhook_endpoints/{endpoint}"), None),
        ("GET", format!("/v1/events/{event}"), None),
        (
            "POST",
            format!("/v1/events/{event}/resend"),
            Some(json!({})),
        ),
        (
            "GET",
            format!("/v1/billing/portal/configurations/{configuration}"),
            None,
        ),
        (
            "POST",
            format!("/v1/billing/portal/configurations/{configuration}"),
            Some(json!({ "isDefault": true })),
        ),
        ("GET", format!("/v1/audit_log?customer={customer}"), None),
    ]
}

/// What a key of the owning mode reads of the objects, to compare before and after.
async fn snapshot(app: &TestApp, key: &str, objects: &[String; 6]) -> Vec<Value> {
    let [customer, subscription, invoice, endpoint, configuration, _] = objects;
    let mut seen = Vec::new();
    for path in [
        format!("/v1/customers/{customer}"),
        format!("/v1/subscriptions/{subscription}"),
        format!("/v1/invoices/{invoice}"),
        format!("/v1/webhook_endpoints/{endpoint}"),
        format!("/v1/billing/portal/configurations/{configuration}"),
        format!("/v1/customers/{customer}/tax_ids"),
        format!("/v1/customers/{customer}/payment_methods"),
    ] {
        let (status, mut body) = app.api_as(key, "GET", &path, None).await;
        assert_eq!(status, 200, "{path}: {body}");
        if let Some(object) = body.as_object_mut() {
            object.remove("updatedAt");
        }
        seen.push(body);
    }
    seen
}

async fn each_key_reaches_only_its_own_mode(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let test_key = app.merchant.secret_key.clone();
    let live_key = app.merchant.live_key.clone();
    let live = objects_of(&app, &live_key, "Live Customer").await;
    let test = objects_of(&app, &test_key, "Test Customer").await;

    for (key, own, other) in [(&test_key, &test, &live), (&live_key, &live, &test)] {
        let other_key = if key == &test_key {
            &live_key
        } else {
            &test_key
        };
        let before = snapshot(&app, other_key, other).await;
        let (_, events_before) = app
            .api_as(other_key, "GET", "/v1/events?limit=100", None)
            .await;
        for (method, path, body) in routes_on(other) {
            let (status, answer) = app.api_as(key, method, &path, body).await;
            let test_only = (method == "POST" && path.ends_with("/payment_methods"))
                || path.starts_with("/v1/test_helpers/");
            if test_only && key == &live_key {
                // Card numbers and test clocks are test mode's: refused before any lookup.
                assert_eq!(status, 400, "{method} {path}: {answer}");
            } else if path.starts_with("/v1/audit_log") {
                // Lists filtered by an id of the other mode: that customer is unknown here.
                assert!(
                    status == 404 || answer["data"] == json!([]),
                    "{method} {path}: {status} {answer}"
                );
            } else {
                assert_eq!(status, 404, "{method} {path}: {answer}");
            }
        }
        assert_eq!(
            snapshot(&app, other_key, other).await,
            before,
            "nothing of the other mode changed"
        );
        let (_, events_after) = app
            .api_as(other_key, "GET", "/v1/events?limit=100", None)
            .await;
        assert_eq!(
            events_after["data"], events_before["data"],
            "no event in the other mode"
        );

        // Lists show the key's own mode only.
        for (path, other_id) in [
            ("/v1/events?limit=100", &other[5]),
            ("/v1/webhook_endpoints", &other[3]),
            ("/v1/billing/portal/configurations", &other[4]),
            ("/v1/audit_log?limit=100", &other[0]),
        ] {
            let (status, list) = app.api_as(key, "GET", path, None).await;
            assert_eq!(status, 200, "{path}: {list}");
            let text = list.to_string();
            assert!(!text.contains(other_id.as_str()), "{path} shows {other_id}");
        }
        // ... and its own objects stay reachable.
        assert_eq!(snapshot(&app, key, own).await.len(), 7);
    }

    // Each mode has its own default configuration and invoice numbers.
    let (_, test_default) = app
        .api_as(
            &test_key,
            "GET",
            "/v1/billing/portal/configurations/default",
            None,
        )
        .await;
    let (_, live_default) = app
        .api_as(
            &live_key,
            "GET",
            "/v1/billing/portal/configurations/default",
            None,
        )
        .await;
    assert_ne!(test_default["id"], live_default["id"]);
    assert_eq!(live_default["livemode"], true);
    let (_, live_invoice) = app
        .api_as(&live_key, "GET", &format!("/v1/invoices/{}", live[2]), None)
        .await;
    assert!(
        live_invoice["number"].as_str().unwrap().ends_with("-0001"),
        "{live_invoice}"
    );
    assert_eq!(live_invoice["livemode"], true);
}
on_both_backends!(each_key_reaches_only_its_own_mode);

//! Requests that change several things are one service call and one transaction: a refused
//! last part, or a fault injected between the parts (a trigger in the real database that
//! fails a later statement), leaves everything as it was and emits no event.
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

async fn customer(app: &TestApp, id: &str) -> Value {
    let (status, body) = app.api("GET", &format!("/v1/customers/{id}"), None).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn address() -> Value {
    json!({ "line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE" })
}

/// `POST /v1/customers/{id}` with a valid address and an unknown default payment method.
async fn a_customer_update_with_a_refused_part_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let id = app.merchant.customer_id.clone();
    let before = customer(&app, &id).await;
    let updates = app.count_events("customer.updated").await;
    let (status, refused) = app
        .api(
            "POST",
            &format!("/v1/customers/{id}"),
            Some(json!({
                "name": "Jenny R. Rosen",
                "address": address(),
                "invoiceSettings": { "defaultPaymentMethod": "pm_missing" },
            })),
        )
        .await;
    assert_eq!(
        (status, refused["error"]["param"].as_str()),
        (404, Some("paymentMethod")),
        "{refused}"
    );
    assert_eq!(customer(&app, &id).await, before);
    assert_eq!(app.count_events("customer.updated").await, updates);
}
on_both_backends!(a_customer_update_with_a_refused_part_changes_nothing);

/// `POST /v1/customers` with a phone, failing when the phone is written (after the
/// customer row and its `customer.created` event): no customer, no event.
async fn a_customer_creation_that_fails_midway_leaves_no_customer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let created = app.count_events("customer.created").await;
    app.fail_updates_changing("customers", "phone").await;
    let (status, failed) = app
        .api(
            "POST",
            "/v1/customers",
            Some(json!({
                "id": "cust_halfMade",
                "name": "Half Made",
                "email": "half@example.com",
                "phone": "+49 30 1234567",
            })),
        )
        .await;
    assert_eq!(status, 500, "{failed}");
    let (status, _) = app.api("GET", "/v1/customers/cust_halfMade", None).await;
    assert_eq!(status, 404, "the customer row was rolled back");
    assert_eq!(app.count_events("customer.created").await, created);
    // Without a phone the same request works: only the injected fault refused it.
    let (status, made) = app
        .api(
            "POST",
            "/v1/customers",
            Some(
                json!({ "id": "cust_halfMade", "name": "Half Made", "email": "half@example.com" }),
            ),
        )
        .await;
    assert_eq!(status, 200, "{made}");
}
on_both_backends!(a_customer_creation_that_fails_midway_leaves_no_customer);

/// `POST /v1/subscriptions/{id}` with a valid quantity and an unknown coupon.
async fn a_subscription_update_with_a_refused_part_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let path = format!("/v1/subscriptions/{}", app.merchant.subscription_id);
    let before = app.subscription(&app.merchant.subscription_id).await;
    let updates = app.count_events("subscription.updated").await;
    let (status, refused) = app
        .api(
            "POST",
            &path,
            Some(json!({ "quantity": 3, "coupon": "no_such_coupon" })),
        )
        .await;
    assert_eq!(
        (status, refused["error"]["param"].as_str()),
        (404, Some("coupon")),
        "{refused}"
    );
    // And a valid plan change with an invalid pause: refused before anything too.
    let (status, refused) = app
        .api(
            "POST",
            &path,
            Some(json!({ "price": "price_pro_monthly", "pauseCollection": { "resumesAt": 1 } })),
        )
        .await;
    assert_eq!(
        (status, refused["error"]["param"].as_str()),
        (400, Some("pauseCollection.resumesAt")),
        "{refused}"
    );
    let after = app.subscription(&app.merchant.subscription_id).await;
    assert_eq!(after, before);
    assert_eq!(app.count_events("subscription.updated").await, updates);
    let pending = app
        .sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM invoice_items WHERE proration")
        .await;
    assert_eq!(pending, "0", "no proration line was left behind");

    // The parts together, all valid: each applied, one event each, as before.
    let (status, done) = app
        .api(
            "POST",
            &path,
            Some(json!({ "quantity": 3, "coupon": "rwd_save20", "cancelAtPeriodEnd": true })),
        )
        .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["quantity"], 3);
    assert_eq!(done["cancelAtPeriodEnd"], true);
    assert_eq!(done["discount"]["coupon"], "rwd_save20", "{done}");
    assert_eq!(app.count_events("subscription.updated").await, updates + 3);
}
on_both_backends!(a_subscription_update_with_a_refused_part_changes_nothing);

/// A plan change and a period-end cancellation, failing when the cancellation is written:
/// the plan change (its prorations and event) is rolled back with it.
async fn a_subscription_update_that_fails_midway_rolls_back_every_part(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let path = format!("/v1/subscriptions/{}", app.merchant.subscription_id);
    let before = app.subscription(&app.merchant.subscription_id).await;
    let updates = app.count_events("subscription.updated").await;
    app.fail_updates_changing("subscriptions", "cancel_at_period_end")
        .await;
    let (status, failed) = app
        .api(
            "POST",
            &path,
            Some(json!({ "price": "price_pro_monthly", "cancelAtPeriodEnd": true })),
        )
        .await;
    assert_eq!(status, 500, "{failed}");
    assert_eq!(
        app.subscription(&app.merchant.subscription_id).await,
        before
    );
    assert_eq!(app.count_events("subscription.updated").await, updates);
    let pending = app
        .sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM invoice_items WHERE proration")
        .await;
    assert_eq!(pending, "0", "no proration item survived");
}
on_both_backends!(a_subscription_update_that_fails_midway_rolls_back_every_part);

/// The portal's "Add card" with "Make default", failing when the default is written: the
/// card is not attached either (no `payment_method.attached`), and the old default stays.
async fn a_card_added_as_default_that_fails_midway_is_not_attached(backend: Backend) {
    use leptos::server_fn::ServerFn;
    use vinr_portal::ui::portal::AddCard;
    let app = TestApp::spawn(backend).await;
    let id = app.merchant.customer_id.clone();
    let before = customer(&app, &id).await;
    let attached = app.count_events("payment_method.attached").await;
    let cookie = app.signed_in_cookie().await;
    app.fail_updates_changing("customers", "default_payment_method_id")
        .await;
    let fields = [
        ("number", "5555555555554444"),
        ("expiry", "12 / 35"),
        ("cvc", "123"),
        ("make_default", "1"),
    ];
    let response = app.post_form(&cookie, AddCard::PATH, &fields).await;
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(location.contains("error="), "{location}");
    assert_eq!(customer(&app, &id).await, before);
    assert_eq!(app.count_events("payment_method.attached").await, attached);
    let (_, methods) = app
        .api("GET", &format!("/v1/customers/{id}/payment_methods"), None)
        .await;
    assert!(
        methods["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|method| method["card"]["last4"] != "4444"),
        "{methods}"
    );
}
on_both_backends!(a_card_added_as_default_that_fails_midway_is_not_attached);

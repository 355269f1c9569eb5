//! Cancelling, the retention offer and reactivation, through the API and the portal.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::{
    server::db::store,
    ui::portal::{AcceptRetentionOffer, CancelSubscription, ReactivateSubscription},
};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

async fn api(app: &TestApp, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    app.api(method, path, body).await
}

/// Posts a portal form and answers where it redirects to.
async fn form(app: &TestApp, cookie: &str, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app.post_form(cookie, path, fields).await;
    assert_eq!(response.status(), 302, "{path}");
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn page(app: &TestApp, cookie: &str, path: &str) -> (u16, String) {
    app.page(cookie, path).await
}

async fn last_event(app: &TestApp, subscription: &str) -> Value {
    let mut conn = app.db.conn().await.unwrap();
    let events = store::events::list_for_object(conn.exec(), &app.merchant.id, subscription)
        .await
        .unwrap();
    serde_json::from_str(&events.last().unwrap().payload).unwrap()
}

async fn configure(app: &TestApp, cancel: Value) {
    let (status, body) = api(
        app,
        "POST",
        "/v1/billing/portal/configurations/default",
        Some(json!({ "features": { "subscriptionCancel": cancel } })),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

async fn the_api_cancels_at_period_end_reactivates_and_cancels_now(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let path = format!("/v1/subscriptions/{sub}");

    let (status, body) = api(
        &app,
        "POST",
        &path,
        Some(json!({ "cancelAtPeriodEnd": true, "cancellationDetails": { "reason": "too_expensive", "comment": "pricey" } })),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["cancelAtPeriodEnd"], true);
    assert_eq!(body["status"], "active");
    assert!(body["canceledAt"].is_string());
    let event = last_event(&app, &sub).await;
    assert_eq!(event["type"], "subscription.updated");
    assert_eq!(
        event["data"]["object"]["cancellationDetails"],
        json!({ "reason": "too_expensive", "comment": "pricey" })
    );
    assert_eq!(
        event["data"]["previousAttributes"]["cancelAtPeriodEnd"],
        false
    );

    let (status, body) = api(
        &app,
        "POST",
        &path,
        Some(json!({ "cancelAtPeriodEnd": false })),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["cancelAtPeriodEnd"], false);
    assert_eq!(body["canceledAt"], Value::Null);

    let (status, body) = api(&app, "POST", &path, Some(json!({ "coupon": "rwd_save20" }))).await;
    assert_eq!(status, 200);
    assert_eq!(body["discount"]["coupon"], "rwd_save20");

    let (status, body) = api(&app, "DELETE", &path, None).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "canceled");
    assert!(body["endedAt"].is_string());
    assert_eq!(last_event(&app, &sub).await["type"], "subscription.deleted");

    // An ended subscription changes no more.
    for change in [
        json!({ "price": "price_pro_monthly" }),
        json!({ "cancelAtPeriodEnd": true }),
    ] {
        let (status, error) = api(&app, "POST", &path, Some(change)).await;
        assert_eq!(status, 400, "{error}");
    }
    let (status, error) = api(
        &app,
        "POST",
        &path,
        Some(json!({ "cancellationDetails": {}, "bogus": 1 })),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(error["error"]["param"], "bogus");
    let (status, error) = api(&app, "POST", &path, Some(json!({ "coupon": "rwd_nope" }))).await;
    assert_eq!(status, 404);
    assert_eq!(error["error"]["param"], "coupon");
}
on_both_backends!(the_api_cancels_at_period_end_reactivates_and_cancels_now);

async fn a_customer_declines_the_offer_cancels_with_a_reason_and_renews(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    configure(
        &app,
        json!({ "enabled": true, "mode": "at_period_end", "retention": { "offerCoupon": "rwd_save20" },
                "cancellationReason": { "enabled": true, "options": ["too_expensive", "unused", "other"] } }),
    )
    .await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let cancel_page = format!("/portal/subscriptions/{sub}/cancel");

    let (_, overview) = page(&app, &cookie, "/portal").await;
    assert!(overview.contains(&format!("href=\"{cancel_page}\"")));

    let (status, offer) = page(&app, &cookie, &cancel_page).await;
    assert_eq!(status, 200);
    assert!(
        offer.contains("20% off for 3 months"),
        "the retention offer comes first"
    );
    assert!(offer.contains("No thanks, continue to cancel"));

    let (_, confirm) = page(&app, &cookie, &format!("{cancel_page}?declined=1")).await;
    assert!(confirm.contains("It&#x27;s too expensive") || confirm.contains("It's too expensive"));
    assert!(confirm.contains("will be canceled on"));

    let bad = form(
        &app,
        &cookie,
        CancelSubscription::PATH,
        &[("subscription_id", &sub), ("reason", "low_quality")],
    )
    .await;
    assert_eq!(bad, format!("{cancel_page}?declined=1&error=not_available"));
    assert_eq!(
        api(&app, "GET", &format!("/v1/subscriptions/{sub}"), None)
            .await
            .1["cancelAtPeriodEnd"],
        false
    );

    let done = form(
        &app,
        &cookie,
        CancelSubscription::PATH,
        &[
            ("subscription_id", &sub),
            ("reason", "too_expensive"),
            ("comment", "Too pricey for us"),
        ],
    )
    .await;
    assert_eq!(done, "/portal?notice=cancel_scheduled");
    let event = last_event(&app, &sub).await;
    assert_eq!(event["initiatedBy"]["type"], "portal_session");
    assert_eq!(event["data"]["object"]["cancelAtPeriodEnd"], true);
    assert_eq!(
        event["data"]["object"]["cancellationDetails"]["reason"],
        "too_expensive"
    );
    assert_eq!(
        event["data"]["object"]["cancellationDetails"]["comment"],
        "Too pricey for us"
    );

    let (_, overview) = page(&app, &cookie, "/portal?notice=cancel_scheduled").await;
    assert!(overview.contains("Cancels on"));
    assert!(overview.contains("Renew plan"));
    assert!(!overview.contains("Cancel plan"));

    let renewed = form(
        &app,
        &cookie,
        ReactivateSubscription::PATH,
        &[("subscription_id", &sub)],
    )
    .await;
    assert_eq!(renewed, "/portal?notice=reactivated");
    let (_, overview) = page(&app, &cookie, "/portal").await;
    assert!(overview.contains("Renews on"));
    assert_eq!(
        last_event(&app, &sub).await["data"]["previousAttributes"]["cancelAtPeriodEnd"],
        true
    );
}
on_both_backends!(a_customer_declines_the_offer_cancels_with_a_reason_and_renews);

async fn a_customer_accepts_the_offer_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    configure(
        &app,
        json!({ "enabled": true, "retention": { "offerCoupon": "rwd_save20" } }),
    )
    .await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();

    let accepted = form(
        &app,
        &cookie,
        AcceptRetentionOffer::PATH,
        &[("subscription_id", &sub)],
    )
    .await;
    assert_eq!(accepted, "/portal?notice=offer_accepted");
    let subscription = api(&app, "GET", &format!("/v1/subscriptions/{sub}"), None)
        .await
        .1;
    assert_eq!(subscription["discount"]["coupon"], "rwd_save20");
    assert_eq!(subscription["cancelAtPeriodEnd"], false);
    let (_, overview) = page(&app, &cookie, "/portal?notice=offer_accepted").await;
    assert!(overview.contains("Save 20%: 20% off for 3 months"));

    // The offer is not made twice.
    let (_, cancel) = page(
        &app,
        &cookie,
        &format!("/portal/subscriptions/{sub}/cancel"),
    )
    .await;
    assert!(!cancel.contains("Before you go"));
    let again = form(
        &app,
        &cookie,
        AcceptRetentionOffer::PATH,
        &[("subscription_id", &sub)],
    )
    .await;
    assert!(again.contains("error=not_available"), "{again}");
}
on_both_backends!(a_customer_accepts_the_offer_once);

async fn immediate_cancellation_ends_the_plan_now(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    configure(&app, json!({ "enabled": true, "mode": "immediately" })).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let (_, confirm) = page(
        &app,
        &cookie,
        &format!("/portal/subscriptions/{sub}/cancel"),
    )
    .await;
    assert!(confirm.contains("will end immediately"));
    let done = form(
        &app,
        &cookie,
        CancelSubscription::PATH,
        &[("subscription_id", &sub)],
    )
    .await;
    assert_eq!(done, "/portal?notice=canceled");
    assert_eq!(last_event(&app, &sub).await["type"], "subscription.deleted");
    let (_, overview) = page(&app, &cookie, "/portal").await;
    assert!(overview.contains("Ended on"));
    assert!(overview.contains("Canceled"));
    assert!(!overview.contains("Change plan"));
}
on_both_backends!(immediate_cancellation_ends_the_plan_now);

async fn a_disabled_cancellation_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    configure(&app, json!({ "enabled": false })).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let (_, overview) = page(&app, &cookie, "/portal").await;
    assert!(!overview.contains("Cancel plan"));
    let (status, _) = page(
        &app,
        &cookie,
        &format!("/portal/subscriptions/{sub}/cancel"),
    )
    .await;
    assert_eq!(status, 403);
    let refused = form(
        &app,
        &cookie,
        CancelSubscription::PATH,
        &[("subscription_id", &sub)],
    )
    .await;
    assert!(refused.contains("error=not_available"));
    let subscription = api(&app, "GET", &format!("/v1/subscriptions/{sub}"), None)
        .await
        .1;
    assert_eq!(subscription["cancelAtPeriodEnd"], false);
    assert_eq!(subscription["status"], "active");
}
on_both_backends!(a_disabled_cancellation_is_refused);

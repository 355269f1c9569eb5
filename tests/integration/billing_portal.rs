//! Billing operations from the portal and the API alike: downgrades scheduled for the
//! period end, pause and resume, immediate cancellation with a proration credit, the
//! dunning configuration, the background worker, and API/portal equivalence.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::{
    server::{
        config::Config,
        db::{store, Db},
    },
    startup::Application,
    ui::portal::{KeepCurrentPlan, PauseSubscription, ResumeSubscription, SwitchPlan},
};

use crate::{
    on_both_backends,
    support::{self, unix, Backend, TestApp},
};

const DAY: i64 = 86_400;

async fn configure(app: &TestApp, features: Value) {
    let (status, body) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(json!({ "features": features })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

/// Posts a portal form; answers where it redirects to.
async fn form(app: &TestApp, cookie: &str, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app.post_form(cookie, path, fields).await;
    assert_eq!(response.status(), 302, "{path}");
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn last_event(db: &Db, merchant_id: &str, object: &str) -> Value {
    let mut conn = db.conn().await.unwrap();
    let events = store::events::list_for_object(conn.exec(), merchant_id, object)
        .await
        .unwrap();
    serde_json::from_str(&events.last().unwrap().payload).unwrap()
}

async fn a_downgrade_waits_for_the_period_end_and_can_be_dropped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub_id = app.merchant.subscription_id.clone();
    let customer = app.merchant.customer_id.clone();
    configure(
        &app,
        json!({ "subscriptionUpdate": {
            "enabled": true, "products": ["prod_basic", "prod_pro"],
            "scheduleAtPeriodEnd": { "conditions": ["decreasing_item_amount"] }
        } }),
    )
    .await;
    // Upgrade first (applies now), then downgrade (waits).
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{sub_id}"),
            Some(json!({ "price": "price_pro_monthly" })),
        )
        .await;
    assert_eq!(status, 200);
    let cookie = app.signed_in_cookie().await;
    let (status, review) = app
        .page(
            &cookie,
            &format!("/portal/subscriptions/{sub_id}/review?price=price_basic_monthly"),
        )
        .await;
    assert_eq!(status, 200);
    assert!(
        review.contains("the change takes effect then, and nothing is charged today"),
        "{review}"
    );
    assert!(review.contains("Schedule change"));
    let location = app
        .confirm_plan_change(&cookie, &sub_id, "price_basic_monthly", None)
        .await;
    assert_eq!(location, "/portal?notice=change_scheduled");
    let scheduled = app.subscription(&sub_id).await;
    assert_eq!(
        scheduled["price"]["id"], "price_pro_monthly",
        "Pro until the period end"
    );
    assert_eq!(scheduled["pendingUpdate"]["price"], "price_basic_monthly");
    assert_eq!(
        scheduled["pendingUpdate"]["effectiveAt"],
        scheduled["currentPeriodEnd"]
    );
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("Changes to Basic on "), "{overview}");
    assert!(overview.contains("Keep current plan"));

    // Dropped, then scheduled again and applied by the renewal.
    let location = form(
        &app,
        &cookie,
        KeepCurrentPlan::PATH,
        &[("subscription_id", &sub_id)],
    )
    .await;
    assert_eq!(location, "/portal?notice=change_dropped");
    assert_eq!(
        app.subscription(&sub_id).await["pendingUpdate"],
        Value::Null
    );
    app.confirm_plan_change(&cookie, &sub_id, "price_basic_monthly", None)
        .await;
    let end = unix(&scheduled["currentPeriodEnd"]);
    app.advance_clock(&customer, end + 60).await;
    let renewed = app.subscription(&sub_id).await;
    assert_eq!(renewed["price"]["id"], "price_basic_monthly");
    assert_eq!(renewed["pendingUpdate"], Value::Null);
    let (_, invoice) = app
        .api(
            "GET",
            &format!(
                "/v1/invoices/{}",
                renewed["latestInvoice"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(invoice["lines"][0]["description"], "Basic");
    assert_eq!(
        invoice["total"].as_i64().unwrap(),
        900 + invoice["lines"].as_array().unwrap()[1..]
            .iter()
            .map(|l| l["amount"].as_i64().unwrap())
            .sum::<i64>()
    );
    let event = last_event(&app.db, &app.merchant.id, &sub_id).await;
    assert_eq!(
        event["data"]["previousAttributes"]["price"]["id"],
        "price_pro_monthly"
    );
}
on_both_backends!(a_downgrade_waits_for_the_period_end_and_can_be_dropped);

async fn a_paused_subscription_skips_invoices_and_resumes_on_its_date(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub_id = app.merchant.subscription_id.clone();
    let customer = app.merchant.customer_id.clone();
    let cookie = app.signed_in_cookie().await;
    // Not enabled: the portal refuses and offers no button.
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(!overview.contains("Pause billing"));
    let location = form(
        &app,
        &cookie,
        PauseSubscription::PATH,
        &[("subscription_id", &sub_id)],
    )
    .await;
    assert!(location.starts_with("/portal?error="), "{location}");
    assert_eq!(app.subscription(&sub_id).await["status"], "active");

    configure(&app, json!({ "subscriptionPause": { "enabled": true } })).await;
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("Pause billing"));
    let location = form(
        &app,
        &cookie,
        PauseSubscription::PATH,
        &[("subscription_id", &sub_id), ("resume_after_days", "60")],
    )
    .await;
    assert_eq!(location, "/portal?notice=paused");
    let paused = app.subscription(&sub_id).await;
    assert_eq!(paused["status"], "paused");
    let resumes_at = unix(&paused["pauseCollection"]["resumesAt"]);
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("Paused until "), "{overview}");
    assert!(overview.contains("Resume billing"));

    // The period ends while paused: no invoice. The resume date passes: active again.
    let end = unix(&paused["currentPeriodEnd"]);
    app.advance_clock(&customer, end + 60).await;
    let still = app.subscription(&sub_id).await;
    assert_eq!(still["status"], "paused");
    assert_eq!(still["latestInvoice"], paused["latestInvoice"]);
    assert!(unix(&still["currentPeriodStart"]) >= end);
    app.advance_clock(&customer, resumes_at + 60).await;
    let resumed = app.subscription(&sub_id).await;
    assert_eq!(resumed["status"], "active");
    assert_eq!(resumed["pauseCollection"], Value::Null);

    // Paused and resumed by hand through the API.
    let path = format!("/v1/subscriptions/{sub_id}");
    let (status, body) = app
        .api("POST", &path, Some(json!({ "pauseCollection": {} })))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "paused");
    assert_eq!(body["pauseCollection"]["resumesAt"], Value::Null);
    let location = form(
        &app,
        &cookie,
        ResumeSubscription::PATH,
        &[("subscription_id", &sub_id)],
    )
    .await;
    assert_eq!(location, "/portal?notice=resumed");
    let (status, error) = app
        .api("POST", &path, Some(json!({ "pauseCollection": null })))
        .await;
    assert_eq!(status, 400, "not paused any more: {error}");
    assert_eq!(error["error"]["param"], "pauseCollection");
}
on_both_backends!(a_paused_subscription_skips_invoices_and_resumes_on_its_date);

async fn cancelling_now_with_proration_credits_the_next_invoice(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub_id = app.merchant.subscription_id.clone();
    let customer = app.merchant.customer_id.clone();
    let sub = app.subscription(&sub_id).await;
    let (start, end) = (
        unix(&sub["currentPeriodStart"]),
        unix(&sub["currentPeriodEnd"]),
    );
    let half = start + (end - start) / 2;
    app.advance_clock(&customer, half).await;
    let (status, canceled) = app
        .api(
            "DELETE",
            &format!("/v1/subscriptions/{sub_id}?prorate=true"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{canceled}");
    assert_eq!(canceled["status"], "canceled");
    assert_eq!(unix(&canceled["endedAt"]), half);

    // The credit (half of $9.00, rounded half-even) waits for the customer's next invoice.
    let (_, second) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": customer, "price": "price_pro_monthly" })),
        )
        .await;
    let (_, invoice) = app
        .api(
            "GET",
            &format!("/v1/invoices/{}", second["latestInvoice"].as_str().unwrap()),
            None,
        )
        .await;
    let lines = invoice["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "{invoice}");
    assert_eq!(lines[1]["amount"], -450);
    assert!(lines[1]["description"]
        .as_str()
        .unwrap()
        .starts_with("Unused time on Basic"));
    assert_eq!(invoice["total"], 2900 - 450);
    assert_eq!(invoice["amountPaid"], 2900 - 450);
}
on_both_backends!(cancelling_now_with_proration_credits_the_next_invoice);

async fn a_past_due_customer_gets_the_dunning_configuration(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, dunning) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations",
            Some(json!({
                "features": { "paymentMethodUpdate": { "enabled": true }, "invoiceHistory": { "enabled": true } },
                "isPastDueDefault": true
            })),
        )
        .await;
    assert_eq!(status, 200, "{dunning}");
    assert_eq!(dunning["isPastDueDefault"], true);

    // A customer in good standing still gets the default.
    let (_, minted) = app
        .api(
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({ "customer": app.merchant.customer_id, "returnUrl": "https://example.com/a" })),
        )
        .await;
    assert_ne!(minted["configuration"], dunning["id"]);

    // A customer whose card fails is past due: their sessions use the dunning configuration.
    let actor = vinr_portal::server::services::Actor::System {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
    };
    let customer = vinr_portal::server::services::customers::create_named(
        &app.db,
        &actor,
        None,
        "Poor",
        "poor@example.com",
    )
    .await
    .unwrap();
    support::attach_test_card(&app.db, &actor, &customer, "4000000000009995").await;
    let (_, sub) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": customer, "price": "price_basic_monthly" })),
        )
        .await;
    assert_eq!(sub["status"], "past_due");
    let (status, minted) = app
        .api(
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({ "customer": customer, "returnUrl": "https://example.com/a" })),
        )
        .await;
    assert_eq!(status, 200, "{minted}");
    assert_eq!(minted["configuration"], dunning["id"]);
    // An explicit configuration still wins.
    let (_, explicit) = app
        .api(
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({ "customer": customer, "configuration": "default", "returnUrl": "https://example.com/a" })),
        )
        .await;
    assert_eq!(
        explicit["configuration"], dunning["id"],
        "`default` resolves for the customer"
    );
}
on_both_backends!(a_past_due_customer_gets_the_dunning_configuration);

/// The worker renews on its own, in real time, with no test clock involved.
async fn the_background_worker_renews_due_subscriptions(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let database_url = support::database_url(backend, dir.path()).await;
    let mut config = Config::for_tests(&database_url);
    config.renewal_interval = Some(std::time::Duration::from_millis(200));
    let app = Application::build(config).await.unwrap();
    let db = app.state().db.clone();
    let merchant = support::seed_merchant(&db, "Acme Cloud").await;
    // Make the seeded subscription's period end a second ago.
    let mut conn = db.conn().await.unwrap();
    let mut row = store::subscriptions::get(
        conn.exec(),
        &merchant.id,
        false,
        None,
        &merchant.subscription_id,
    )
    .await
    .unwrap()
    .unwrap();
    drop(conn);
    let ended = time::OffsetDateTime::now_utc().unix_timestamp() - 1;
    row.current_period_start = ended - 30 * DAY;
    row.current_period_end = ended;
    row.billing_cycle_anchor = Some(ended - 30 * DAY);
    let mut tx = db.begin_write().await.unwrap();
    store::subscriptions::update_state(tx.exec(), &row)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    tokio::spawn(app.run());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let mut conn = db.conn().await.unwrap();
        let now = store::subscriptions::get(
            conn.exec(),
            &merchant.id,
            false,
            None,
            &merchant.subscription_id,
        )
        .await
        .unwrap()
        .unwrap();
        if now.current_period_start == ended {
            assert!(now.current_period_end > ended + 27 * DAY);
            assert_ne!(now.latest_invoice_id, row.latest_invoice_id);
            let invoice = store::invoices::get(
                conn.exec(),
                &merchant.id,
                false,
                None,
                now.latest_invoice_id.as_deref().unwrap(),
            )
            .await
            .unwrap()
            .unwrap();
            // The charge runs once the renewal has committed: the invoice is open until then.
            if invoice.status.as_str() == "paid" {
                break;
            }
            assert_eq!(invoice.status.as_str(), "open");
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the worker did not renew and charge in 20 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
on_both_backends!(the_background_worker_renews_due_subscriptions);

/// The same change through the API and through the portal: the same state and the same
/// event, apart from who made it.
async fn api_and_portal_changes_are_the_same_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (other_customer, other_sub) =
        support::seed_customer(&app.db, &app.merchant.id, "Twin").await;
    let _ = other_customer;
    let mine = app.merchant.subscription_id.clone();

    // Through the portal (the seeded customer), then the API (the twin), to Pro.
    let cookie = app.signed_in_cookie().await;
    app.confirm_plan_change(&cookie, &mine, "price_pro_monthly", None)
        .await;
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{other_sub}"),
            Some(json!({ "price": "price_pro_monthly" })),
        )
        .await;
    assert_eq!(status, 200);

    let strip = |mut event: Value| {
        let object = event["data"]["object"].as_object_mut().unwrap();
        for field in [
            "id",
            "customer",
            "createdAt",
            "currentPeriodStart",
            "currentPeriodEnd",
            "latestInvoice",
        ] {
            object.remove(field);
        }
        let event = event.as_object_mut().unwrap();
        for field in ["id", "createdAt", "initiatedBy"] {
            event.remove(field);
        }
        Value::Object(event.clone())
    };
    let from_portal = last_event(&app.db, &app.merchant.id, &mine).await;
    let from_api = last_event(&app.db, &app.merchant.id, &other_sub).await;
    assert_eq!(from_portal["initiatedBy"]["type"], "portal_session");
    assert_eq!(from_api["initiatedBy"]["type"], "api_key");
    assert_eq!(strip(from_portal), strip(from_api));
}
on_both_backends!(api_and_portal_changes_are_the_same_change);

/// Every portal operation on another customer's subscription (same merchant or another
/// one) is refused as not found and changes nothing, whatever the configuration enables.
async fn no_portal_operation_reaches_another_customers_subscription(backend: Backend) {
    use vinr_portal::ui::portal::{
        AcceptRetentionOffer, CancelSubscription, ReactivateSubscription,
    };
    let app = TestApp::spawn(backend).await;
    configure(
        &app,
        json!({
            "subscriptionPause": { "enabled": true },
            "subscriptionCancel": { "enabled": true, "retention": { "offerCoupon": "rwd_save20" } },
        }),
    )
    .await;
    let cookie = app.signed_in_cookie().await;
    let (_, neighbour) = support::seed_customer(&app.db, &app.merchant.id, "Neighbour").await;
    let stranger = support::seed_merchant(&app.db, "Other Co").await;
    let before = app.subscription(&neighbour).await;
    let paths = [
        SwitchPlan::PATH,
        CancelSubscription::PATH,
        ReactivateSubscription::PATH,
        AcceptRetentionOffer::PATH,
        PauseSubscription::PATH,
        ResumeSubscription::PATH,
        KeepCurrentPlan::PATH,
    ];
    // A confirmation carries a quote the server signed for one of this customer's own
    // subscriptions: posted with another one's id, it is refused too.
    let own_quote = app
        .review_quote(
            &cookie,
            &app.merchant.subscription_id,
            "price_pro_monthly",
            None,
        )
        .await;
    for foreign in [neighbour.as_str(), stranger.subscription_id.as_str()] {
        for path in paths {
            let fields = [("subscription_id", foreign), ("quote", own_quote.as_str())];
            let (fields, refusal) = if path == SwitchPlan::PATH {
                (&fields[..], "error=price_changed")
            } else {
                (&fields[..1], "error=not_found")
            };
            let location = form(&app, &cookie, path, fields).await;
            assert!(location.contains(refusal), "{path}: {location}");
        }
        let review = app
            .page(
                &cookie,
                &format!("/portal/subscriptions/{foreign}/review?price=price_pro_monthly"),
            )
            .await;
        assert_eq!(
            review.0, 404,
            "no preview of another customer's subscription"
        );
    }
    let mut after = app.subscription(&neighbour).await;
    let mut unchanged = before.clone();
    for object in [&mut after, &mut unchanged] {
        object.as_object_mut().unwrap().remove("updatedAt");
    }
    assert_eq!(after, unchanged);
    let (status, other) = app
        .api_as(
            &stranger.secret_key,
            "GET",
            &format!("/v1/subscriptions/{}", stranger.subscription_id),
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(other["status"], "active");
    assert_eq!(other["price"]["id"], "price_basic_monthly");
    assert_eq!(other["discount"], Value::Null);
}
on_both_backends!(no_portal_operation_reaches_another_customers_subscription);

//! A customer's page offers the billing changes a merchant makes by hand, each confirmed
//! first and made through the same service as the REST API: cancel a subscription at the
//! period end or now, keep it, pay or void an open invoice. Viewers see none of them and
//! are refused when they post anyway.
use serde_json::json;
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{acme_team_member, location, post},
    on_both_backends,
    support::{Backend, TestApp},
};

/// A new customer whose first card (the default) is `number`, subscribed to Basic.
async fn subscribed_customer(app: &TestApp, number: &str) -> (String, serde_json::Value) {
    let (status, customer) = app
        .api(
            "POST",
            "/v1/customers",
            Some(json!({ "name": "Ada", "email": "ada@example.com" })),
        )
        .await;
    assert_eq!(status, 200, "{customer}");
    let customer = customer["id"].as_str().unwrap().to_string();
    let (status, card) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}/payment_methods"),
            Some(json!({ "type": "card", "card": { "number": number, "expMonth": 12, "expYear": 2034, "cvc": "123" } })),
        )
        .await;
    assert_eq!(status, 200, "{card}");
    let (status, subscription) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": customer, "price": "price_basic_monthly" })),
        )
        .await;
    assert_eq!(status, 200, "{subscription}");
    (customer, subscription)
}

async fn page_banner(app: &TestApp, cookie: &str, path: &str) -> String {
    let (status, page) = app.page(cookie, path).await;
    assert_eq!(status, 200);
    page
}

async fn subscriptions_cancel_and_are_kept_from_the_customer_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let customer = app.merchant.customer_id.clone();
    let sub = app.merchant.subscription_id.clone();
    let page_path = format!("/dashboard/customers/{customer}");
    let page = page_banner(&app, &owner, &page_path).await;
    let base = format!("{page_path}/subscriptions/{sub}");
    assert!(page.contains(&format!("action=\"{base}/cancel?when=period_end\"")));
    assert!(page.contains("Yes, cancel now"));
    let events_before = app.count_events("subscription.updated").await;

    let done = post(&app, &format!("{base}/cancel?when=period_end"), &owner, &[]).await;
    assert_eq!(
        location(&done),
        format!("{page_path}?done=cancel_period_end")
    );
    assert_eq!(app.subscription(&sub).await["cancelAtPeriodEnd"], true);
    let page = page_banner(&app, &owner, &location(&done)).await;
    assert!(page.contains("will cancel at the end of its period"));
    assert!(page.contains("Keep the subscription"));
    assert_eq!(
        app.count_events("subscription.updated").await,
        events_before + 1
    );

    let kept = post(&app, &format!("{base}/reactivate"), &owner, &[]).await;
    assert_eq!(location(&kept), format!("{page_path}?done=reactivated"));
    assert_eq!(app.subscription(&sub).await["cancelAtPeriodEnd"], false);
    // Keeping it twice is refused in words, and changes nothing.
    let again = post(&app, &format!("{base}/reactivate"), &owner, &[]).await;
    assert!(location(&again).contains("refused="));

    let now = post(&app, &format!("{base}/cancel?when=now"), &owner, &[]).await;
    assert_eq!(location(&now), format!("{page_path}?done=cancel_now"));
    assert_eq!(app.subscription(&sub).await["status"], "canceled");
    let page = page_banner(&app, &owner, &page_path).await;
    assert!(
        !page.contains(&format!("{base}/cancel")),
        "nothing to cancel any more"
    );

    // Audited as the team member.
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={sub}"), None)
        .await;
    assert_eq!(audit["data"][0]["actor"]["email"], "owner@acme.test");
}
on_both_backends!(subscriptions_cancel_and_are_kept_from_the_customer_page);

async fn open_invoices_are_paid_or_voided_from_the_customer_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (customer, subscription) = subscribed_customer(&app, "4000000000009995").await;
    assert_eq!(subscription["status"], "past_due");
    let invoice = subscription["latestInvoice"].as_str().unwrap().to_string();
    let page_path = format!("/dashboard/customers/{customer}");
    let page = page_banner(&app, &owner, &page_path).await;
    let pay = format!("{page_path}/invoices/{invoice}/pay");
    assert!(page.contains(&format!("action=\"{pay}\"")));
    assert!(page.contains("Charges $9.00"), "the amount due");

    // The card still fails: said in the merchant's words, and the invoice stays open.
    let refused = post(&app, &pay, &owner, &[]).await;
    let back = location(&refused);
    assert!(back.contains("refused="), "{back}");
    let page = page_banner(&app, &owner, &back).await;
    assert!(page.contains("insufficient funds"));
    let (_, open) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(open["status"], "open");

    // With a good default card it is paid.
    let (status, card) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}/payment_methods"),
            Some(json!({ "type": "card", "card": { "number": "4242424242424242", "expMonth": 12, "expYear": 2034, "cvc": "123" } })),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(json!({ "invoiceSettings": { "defaultPaymentMethod": card["id"] } })),
        )
        .await;
    assert_eq!(status, 200);
    let paid = post(&app, &pay, &owner, &[]).await;
    assert_eq!(location(&paid), format!("{page_path}?done=paid"));
    let (_, paid) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(paid["status"], "paid");

    // Another open invoice is voided.
    let (other, subscription) = subscribed_customer(&app, "4000000000009995").await;
    let invoice = subscription["latestInvoice"].as_str().unwrap().to_string();
    let other_path = format!("/dashboard/customers/{other}");
    let voided = post(
        &app,
        &format!("{other_path}/invoices/{invoice}/void"),
        &owner,
        &[],
    )
    .await;
    assert_eq!(location(&voided), format!("{other_path}?done=voided"));
    let (_, void) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(void["status"], "void");
    let again = post(
        &app,
        &format!("{other_path}/invoices/{invoice}/void"),
        &owner,
        &[],
    )
    .await;
    assert!(location(&again).contains("refused="));

    // A viewer sees no such button and is refused when posting anyway.
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (third, subscription) = subscribed_customer(&app, "4000000000009995").await;
    let invoice = subscription["latestInvoice"].as_str().unwrap().to_string();
    let third_path = format!("/dashboard/customers/{third}");
    let page = page_banner(&app, &viewer, &third_path).await;
    assert!(!page.contains("/void\"") && !page.contains("/pay\""));
    let refused = post(
        &app,
        &format!("{third_path}/invoices/{invoice}/void"),
        &viewer,
        &[],
    )
    .await;
    assert!(location(&refused).contains("refused="));
    let (_, open) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(open["status"], "open");

    // Another merchant's invoice is not found, whatever the path says.
    let (_, setup) = crate::dashboard::new_owner(&app, "boss@initech.test").await;
    let initech = crate::dashboard::dashboard_cookie(
        &post(
            &app,
            &setup,
            "",
            &[
                ("password", crate::dashboard::PASSWORD),
                ("confirm", crate::dashboard::PASSWORD),
            ],
        )
        .await,
    )
    .unwrap();
    let refused = post(
        &app,
        &format!("{third_path}/invoices/{invoice}/void"),
        &initech,
        &[],
    )
    .await;
    assert!(location(&refused).contains("refused="));
    let (_, open) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(open["status"], "open");
}
on_both_backends!(open_invoices_are_paid_or_voided_from_the_customer_page);

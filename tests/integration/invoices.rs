//! Invoice history in the portal (list, pages, one invoice, "Pay now") and voiding through
//! the API.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::{server::services::Actor, ui::portal::PayInvoiceNow};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

/// A new customer of the seeded merchant with a card, subscribed to Basic; answers
/// (customer, subscription).
async fn customer_with_card(app: &TestApp, name: &str, card: &str) -> (String, Value) {
    let actor = Actor::System {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
    };
    let customer = vinr_portal::server::services::customers::create_named(
        &app.db,
        &actor,
        None,
        name,
        "c@example.com",
    )
    .await
    .unwrap();
    let (status, body) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}/payment_methods"),
            Some(json!({
                "type": "card",
                "card": { "number": card, "expMonth": 12, "expYear": 2034, "cvc": "123" }
            })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
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

async fn the_portal_lists_invoices_newest_first_a_page_at_a_time(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    // Eleven immediate invoices (switches invoiced at once) after the first one: 12 in all.
    for i in 0..11 {
        let price = if i % 2 == 0 {
            "price_pro_monthly"
        } else {
            "price_basic_monthly"
        };
        let (status, body) = app
            .api(
                "POST",
                &format!("/v1/subscriptions/{sub}"),
                Some(json!({ "price": price, "prorationBehavior": "always_invoice" })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
    }
    let (_, all) = app
        .api(
            "GET",
            &format!(
                "/v1/invoices?customer={}&limit=100",
                app.merchant.customer_id
            ),
            None,
        )
        .await;
    let all = all["data"].as_array().unwrap().clone();
    assert_eq!(all.len(), 12);
    let cookie = app.signed_in_cookie().await;

    let (status, html) = app.page(&cookie, "/portal").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("href=\"/portal/invoices\""),
        "the overview links the history"
    );

    let (status, first) = app.page(&cookie, "/portal/invoices").await;
    assert_eq!(status, 200);
    assert_eq!(first.matches("data-invoice=").count(), 10, "ten a page");
    let newest = all[0]["number"].as_str().unwrap();
    let oldest = all[11]["number"].as_str().unwrap();
    assert!(first.contains(newest) && !first.contains(&format!(">{oldest}<")));
    assert!(first.contains("href=\"/portal/invoices?page=2\""));
    assert!(first.contains("status-paid") && first.contains(">Paid<"));
    let (_, second) = app.page(&cookie, "/portal/invoices?page=2").await;
    assert_eq!(second.matches("data-invoice=").count(), 2);
    assert!(second.contains(&format!(">{oldest}<")));
    assert!(second.contains("href=\"/portal/invoices?page=1\""));
    assert!(!second.contains("page=3"));

    // One invoice: its lines (prorations with their periods), totals and payment method.
    let switch = all
        .iter()
        .find(|i| {
            i["amountPaid"].as_i64() > Some(0)
                && i["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|l| l["proration"] == true)
        })
        .expect("a charged invoice with proration lines");
    let id = switch["id"].as_str().unwrap();
    let (status, page) = app.page(&cookie, &format!("/portal/invoices/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(switch["number"].as_str().unwrap()));
    for line in switch["lines"].as_array().unwrap() {
        let description = line["description"].as_str().unwrap();
        let escaped = description.replace('&', "&amp;").replace('\'', "&#x27;");
        assert!(
            page.contains(description) || page.contains(&escaped),
            "{description} missing"
        );
    }
    assert!(page.contains("Visa •••• 4242"), "the payment method used");
    assert!(page.contains(&format!("href=\"/portal/invoices/{id}/pdf\"")));
    assert!(page.contains("Jenny Rosen") || page.contains("Billed to"));

    // Another customer's invoice is not found; a malformed id too.
    let (other, other_sub) = customer_with_card(&app, "Other", "4242424242424242").await;
    let other_invoice = other_sub["latestInvoice"].as_str().unwrap();
    let (status, html) = app
        .page(&cookie, &format!("/portal/invoices/{other_invoice}"))
        .await;
    assert_eq!(status, 404, "{other}");
    assert!(!html.contains("Other"));
    let (status, _) = app.page(&cookie, "/portal/invoices/not-an-id").await;
    assert_eq!(status, 404);
}
on_both_backends!(the_portal_lists_invoices_newest_first_a_page_at_a_time);

async fn a_due_invoice_is_paid_from_its_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Insufficient funds: the first invoice stays open and the subscription past due.
    let (customer, sub) = customer_with_card(&app, "Bea", "4000000000009995").await;
    assert_eq!(sub["status"], "past_due");
    let invoice = sub["latestInvoice"].as_str().unwrap().to_string();
    let cookie = app.signed_in_cookie_for(&customer).await;
    let (_, list) = app.page(&cookie, "/portal/invoices").await;
    assert!(list.contains("status-open") && list.contains(">Due<"));
    assert!(list.contains(">Pay now<"));

    let pay = |cookie: String, invoice: String| {
        let app = &app;
        async move {
            let response = app
                .post_form(&cookie, PayInvoiceNow::PATH, &[("invoice_id", &invoice)])
                .await;
            assert_eq!(response.status(), 302);
            response.headers()["location"].to_str().unwrap().to_string()
        }
    };
    let location = pay(cookie.clone(), invoice.clone()).await;
    assert_eq!(
        location,
        format!("/portal/invoices/{invoice}?error=payment_failed")
    );
    let (_, page) = app.page(&cookie, &location).await;
    assert!(page.contains("The payment did not go through"));

    // A working card as default, then "Pay now" succeeds.
    let (status, card) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}/payment_methods"),
            Some(json!({
                "type": "card",
                "card": { "number": "5555555555554444", "expMonth": 12, "expYear": 2034, "cvc": "123" }
            })),
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
    let location = pay(cookie.clone(), invoice.clone()).await;
    assert_eq!(
        location,
        format!("/portal/invoices/{invoice}?notice=invoice_paid")
    );
    let (_, page) = app.page(&cookie, &location).await;
    assert!(page.contains("Thank you, the invoice is paid."));
    assert!(page.contains("status-paid"));
    assert!(page.contains("Mastercard •••• 4444"));
    assert_eq!(
        app.subscription(sub["id"].as_str().unwrap()).await["status"],
        "active"
    );

    // Someone else's invoice cannot be paid from this session.
    let (_, other) = customer_with_card(&app, "Cy", "4000000000009995").await;
    let location = pay(cookie, other["latestInvoice"].as_str().unwrap().to_string()).await;
    assert!(location.ends_with("?error=not_found"), "{location}");
}
on_both_backends!(a_due_invoice_is_paid_from_its_page);

async fn voiding_an_open_invoice_ends_its_collection(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, sub) = customer_with_card(&app, "Dee", "4000000000009995").await;
    let invoice = sub["latestInvoice"].as_str().unwrap();
    let (status, voided) = app
        .api("POST", &format!("/v1/invoices/{invoice}/void"), None)
        .await;
    assert_eq!(status, 200, "{voided}");
    assert_eq!(voided["status"], "void");
    assert_eq!(voided["nextPaymentAttempt"], Value::Null);
    assert_eq!(
        app.subscription(sub["id"].as_str().unwrap()).await["status"],
        "active",
        "no longer past due"
    );
    let (_, events) = app.api("GET", "/v1/events?type=invoice.voided", None).await;
    assert_eq!(events["data"][0]["data"]["object"]["id"], invoice);

    let (status, again) = app
        .api("POST", &format!("/v1/invoices/{invoice}/void"), None)
        .await;
    assert_eq!(
        (status, again["error"]["param"].as_str()),
        (400, Some("id"))
    );
    let paid = app.subscription(&app.merchant.subscription_id).await["latestInvoice"].clone();
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/invoices/{}/void", paid.as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(status, 400, "a paid invoice cannot be voided");
    let (status, _) = app.api("POST", "/v1/invoices/in_missing/void", None).await;
    assert_eq!(status, 404);
    let other = crate::support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "POST",
            &format!("/v1/invoices/{invoice}/void"),
            None,
        )
        .await;
    assert_eq!(status, 404, "another merchant's invoice");
}
on_both_backends!(voiding_an_open_invoice_ends_its_collection);

//! The billing engine through the REST API: first invoices, test cards, test clocks,
//! renewals with prorations and coupons, period-end cancellation, dunning, always_invoice,
//! and renewal workers racing on one database.
use serde_json::{json, Value};
use vinr_portal::server::{
    db::{store, Db},
    services::{billing::renewals, Actor},
};

use crate::{
    on_both_backends,
    support::{self, test_payments, unix, Backend, TestApp},
};

const DAY: i64 = 86_400;

async fn invoice(app: &TestApp, id: &str) -> Value {
    let (status, body) = app.api("GET", &format!("/v1/invoices/{id}"), None).await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn invoices_of(app: &TestApp, customer: &str) -> Vec<Value> {
    let (status, body) = app
        .api(
            "GET",
            &format!("/v1/invoices?customer={customer}&limit=100"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["data"].as_array().unwrap().clone()
}

async fn event_types(db: &Db, merchant_id: &str, object_id: &str) -> Vec<String> {
    let mut conn = db.conn().await.unwrap();
    store::events::list_for_object(conn.exec(), merchant_id, object_id)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.event_type)
        .collect()
}

/// A customer of the seeded merchant with the given test card (none for `None`).
async fn customer_with_card(app: &TestApp, name: &str, card: Option<&str>) -> String {
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
    if let Some(number) = card {
        let (status, body) = app
            .api(
                "POST",
                &format!("/v1/customers/{customer}/payment_methods"),
                Some(json!({
                    "type": "card",
                    "card": { "number": number, "expMonth": 12, "expYear": 2034, "cvc": "123" }
                })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["card"]["last4"], &number[number.len() - 4..]);
    }
    customer
}

async fn subscribe(app: &TestApp, customer: &str, price: &str) -> Value {
    let (status, body) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": customer, "price": price })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn creating_a_subscription_issues_and_charges_its_first_invoice(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = customer_with_card(&app, "Ada", Some("4242 4242 4242 4242")).await;
    let sub = subscribe(&app, &customer, "price_pro_monthly").await;
    assert_eq!(sub["status"], "active");
    let first = invoice(&app, sub["latestInvoice"].as_str().unwrap()).await;
    assert_eq!(first["status"], "paid");
    assert_eq!(first["billingReason"], "subscription_create");
    assert_eq!(first["total"], 2900);
    assert_eq!(first["amountPaid"], 2900);
    assert_eq!(first["amountDue"], 0);
    assert_eq!(first["lines"][0]["description"], "Pro");
    assert_eq!(first["lines"][0]["amount"], 2900);
    assert_eq!(first["periodStart"], sub["currentPeriodStart"]);
    assert_eq!(first["periodEnd"], sub["currentPeriodEnd"]);
    assert!(first["paymentMethod"].as_str().unwrap().starts_with("pm_"));
    // The seeded customer's invoice was the merchant's first.
    assert_eq!(first["number"], "ACMECLOU-0002");
    let id = first["id"].as_str().unwrap();
    assert_eq!(
        event_types(&app.db, &app.merchant.id, id).await,
        ["invoice.created", "invoice.finalized", "invoice.paid"]
    );

    // Another merchant cannot read it; a malformed id is a 404 too.
    let other = support::seed_merchant(&app.db, "Other Shop").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/invoices/{id}"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app.api("GET", "/v1/invoices/nope", None).await;
    assert_eq!(status, 404);
}
on_both_backends!(creating_a_subscription_issues_and_charges_its_first_invoice);

async fn test_cards_decline_and_failed_payments_are_retried_then_given_up(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = customer_with_card(&app, "Bob", None).await;
    let attach = |number: &'static str| {
        let app = &app;
        let customer = customer.clone();
        async move {
            app.api(
                "POST",
                &format!("/v1/customers/{customer}/payment_methods"),
                Some(json!({
                    "type": "card",
                    "card": { "number": number, "expMonth": 12, "expYear": 2034, "cvc": "123" }
                })),
            )
            .await
        }
    };
    let (status, declined) = attach("4000000000000002").await;
    assert_eq!(status, 402, "{declined}");
    assert_eq!(declined["error"]["code"], "card_declined");
    assert_eq!(declined["error"]["message"], "Your card was declined");
    let (status, invalid) = attach("4242424242424241").await;
    assert_eq!(status, 400);
    assert_eq!(invalid["error"]["param"], "card.number");
    assert!(!invalid.to_string().contains("4242424242424241"));
    let (_, list) = app
        .api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(list["data"].as_array().unwrap().len(), 0, "nothing stored");

    let (status, _) = attach("4000000000009995").await;
    assert_eq!(status, 200);
    let (status, again) = attach("4000 0000 0000 9995").await;
    assert_eq!(status, 200);
    let (_, list) = app
        .api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(
        list["data"].as_array().unwrap().len(),
        1,
        "the same card once"
    );
    assert_eq!(list["data"][0]["id"], again["id"]);

    // Frozen time, so that retry times are exact.
    let frozen = time::OffsetDateTime::now_utc().unix_timestamp() + 60;
    app.advance_clock(&customer, frozen).await;
    let sub = subscribe(&app, &customer, "price_basic_monthly").await;
    assert_eq!(sub["status"], "past_due");
    let id = sub["latestInvoice"].as_str().unwrap().to_string();
    let open = invoice(&app, &id).await;
    assert_eq!(open["status"], "open");
    assert_eq!(open["attemptCount"], 1);
    assert_eq!(open["amountDue"], 900);
    assert_eq!(open["lastPaymentError"], "Your card has insufficient funds");
    let first_try = unix(&sub["currentPeriodStart"]);
    assert_eq!(
        first_try, frozen,
        "the subscription starts at the customer's time"
    );
    assert_eq!(unix(&open["nextPaymentAttempt"]), first_try + 3 * DAY);

    // Retries at +3, +5 and +7 days; after the fourth failure the invoice is uncollectible.
    let mut at = first_try;
    for (wait, attempts) in [(3 * DAY, 2), (5 * DAY, 3)] {
        at += wait;
        app.advance_clock(&customer, at).await;
        let retried = invoice(&app, &id).await;
        assert_eq!(retried["attemptCount"], attempts);
        assert_eq!(retried["status"], "open");
    }
    at += 7 * DAY;
    app.advance_clock(&customer, at).await;
    let given_up = invoice(&app, &id).await;
    assert_eq!(given_up["attemptCount"], 4);
    assert_eq!(given_up["status"], "uncollectible");
    assert_eq!(given_up["nextPaymentAttempt"], Value::Null);
    assert_eq!(
        app.subscription(sub["id"].as_str().unwrap()).await["status"],
        "unpaid"
    );
    let types = event_types(&app.db, &app.merchant.id, &id).await;
    assert_eq!(
        types
            .iter()
            .filter(|t| *t == "invoice.payment_failed")
            .count(),
        4,
        "{types:?}"
    );
    assert!(types.contains(&"invoice.marked_uncollectible".to_string()));
}
on_both_backends!(test_cards_decline_and_failed_payments_are_retried_then_given_up);

async fn a_test_clock_renews_with_prorations_and_the_coupon_as_previewed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let sub_id = app.merchant.subscription_id.clone();
    let sub = app.subscription(&sub_id).await;
    let (start, end) = (
        unix(&sub["currentPeriodStart"]),
        unix(&sub["currentPeriodEnd"]),
    );
    let path = format!("/v1/subscriptions/{sub_id}");
    // A day into the period the retention coupon is applied (repeating, 3 months).
    app.advance_clock(&customer, start + DAY).await;
    let (status, _) = app
        .api("POST", &path, Some(json!({ "coupon": "rwd_save20" })))
        .await;
    assert_eq!(status, 200);

    // The clock moves to a third of the period; the customer upgrades to Pro there.
    let third = start + (end - start) / 3;
    app.advance_clock(&customer, third).await;
    let (status, preview) = app
        .api(
            "POST",
            &format!("{path}/preview"),
            Some(json!({ "price": "price_pro_monthly" })),
        )
        .await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(
        preview["prorationDate"], third,
        "defaults to the customer's time"
    );
    let (status, _) = app
        .api(
            "POST",
            &path,
            Some(json!({ "price": "price_pro_monthly", "prorationDate": third })),
        )
        .await;
    assert_eq!(status, 200);

    // The period ends: one renewal, and its invoice is what the preview announced.
    let clock = app.advance_clock(&customer, end + 60).await;
    assert_eq!(clock["renewed"], 1);
    let renewed = app.subscription(&sub_id).await;
    assert_eq!(unix(&renewed["currentPeriodStart"]), end);
    assert_eq!(renewed["status"], "active");
    let next = invoice(&app, renewed["latestInvoice"].as_str().unwrap()).await;
    assert_eq!(next["billingReason"], "subscription_cycle");
    assert_eq!(next["status"], "paid");
    assert_eq!(next["total"], preview["nextInvoiceTotal"], "{next}");
    assert_eq!(
        next["discount"], 580,
        "20% of Pro, prorations not discounted"
    );
    assert_eq!(next["coupon"], "rwd_save20");
    let lines = next["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["amount"], 2900);
    assert_eq!(lines[0]["discountable"], true);
    let proration: i64 = lines[1..]
        .iter()
        .map(|l| l["amount"].as_i64().unwrap())
        .sum();
    let previewed: i64 = preview["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["amount"].as_i64().unwrap())
        .sum();
    assert_eq!(proration, previewed);
    assert_eq!(
        event_types(&app.db, &app.merchant.id, &sub_id)
            .await
            .last()
            .unwrap(),
        "subscription.updated"
    );

    // Three more periods: "repeating 3 months" covers the renewals starting within three
    // months of applying it, then invoices are full price.
    let mut clock_time = 0;
    for _ in 0..3 {
        clock_time = unix(&app.subscription(&sub_id).await["currentPeriodEnd"]) + 60;
        let clock = app.advance_clock(&customer, clock_time).await;
        assert_eq!(clock["renewed"], 1);
    }
    let discounts: Vec<i64> = invoices_of(&app, &customer)
        .await
        .iter()
        .rev()
        .map(|invoice| invoice["discount"].as_i64().unwrap())
        .collect();
    assert_eq!(
        discounts,
        [0, 580, 580, 580, 0],
        "first invoice had no coupon yet"
    );
    let numbers: Vec<String> = invoices_of(&app, &customer)
        .await
        .iter()
        .rev()
        .map(|invoice| invoice["number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        numbers,
        [
            "ACMECLOU-0001",
            "ACMECLOU-0002",
            "ACMECLOU-0003",
            "ACMECLOU-0004",
            "ACMECLOU-0005"
        ]
    );

    // The clock never goes back, and only within the merchant's own customers.
    let (status, error) = app
        .api(
            "POST",
            "/v1/test_helpers/test_clocks/advance",
            Some(json!({ "customer": customer, "frozenTime": "2026-01-01T00:00:00Z" })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["error"]["param"], "frozenTime");
    let other = support::seed_merchant(&app.db, "Other Shop").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "POST",
            "/v1/test_helpers/test_clocks/advance",
            Some(json!({ "customer": customer, "frozenTime": clock_time + DAY })),
        )
        .await;
    assert_eq!(status, 404);
}
on_both_backends!(a_test_clock_renews_with_prorations_and_the_coupon_as_previewed);

async fn a_period_end_cancellation_ends_the_subscription_when_the_period_ends(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub_id = app.merchant.subscription_id.clone();
    let path = format!("/v1/subscriptions/{sub_id}");
    let (status, _) = app
        .api("POST", &path, Some(json!({ "cancelAtPeriodEnd": true })))
        .await;
    assert_eq!(status, 200);
    let before = app.subscription(&sub_id).await;
    let end = unix(&before["currentPeriodEnd"]);
    app.advance_clock(&app.merchant.customer_id, end - 60).await;
    assert_eq!(app.subscription(&sub_id).await["status"], "active");
    let clock = app.advance_clock(&app.merchant.customer_id, end + 60).await;
    assert_eq!(clock["ended"], 1);
    let ended = app.subscription(&sub_id).await;
    assert_eq!(ended["status"], "canceled");
    assert_eq!(unix(&ended["endedAt"]), end);
    assert_eq!(
        ended["latestInvoice"], before["latestInvoice"],
        "no new invoice"
    );
    assert_eq!(
        event_types(&app.db, &app.merchant.id, &sub_id)
            .await
            .last()
            .unwrap(),
        "subscription.deleted"
    );
}
on_both_backends!(a_period_end_cancellation_ends_the_subscription_when_the_period_ends);

async fn always_invoice_charges_what_the_preview_said_now(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub_id = app.merchant.subscription_id.clone();
    let path = format!("/v1/subscriptions/{sub_id}");
    let change = json!({ "price": "price_pro_monthly", "quantity": 3, "prorationBehavior": "always_invoice" });
    let (status, preview) = app
        .api("POST", &format!("{path}/preview"), Some(change))
        .await;
    assert_eq!(status, 200);
    let due_today = preview["amountDueToday"].as_i64().unwrap();
    assert!(due_today > 0);
    let (status, changed) = app
        .api(
            "POST",
            &path,
            Some(json!({
                "price": "price_pro_monthly", "quantity": 3, "prorationBehavior": "always_invoice",
                "prorationDate": preview["prorationDate"],
            })),
        )
        .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["status"], "active");
    let now = invoice(&app, changed["latestInvoice"].as_str().unwrap()).await;
    assert_eq!(now["billingReason"], "subscription_update");
    assert_eq!(now["status"], "paid");
    assert_eq!(now["amountPaid"], due_today);
    assert_eq!(now["lines"].as_array().unwrap().len(), 2);

    let end = unix(&changed["currentPeriodEnd"]);
    app.advance_clock(&app.merchant.customer_id, end + 1).await;
    let renewed = app.subscription(&sub_id).await;
    let next = invoice(&app, renewed["latestInvoice"].as_str().unwrap()).await;
    assert_eq!(next["total"], preview["nextInvoiceTotal"]);
    assert_eq!(
        next["total"],
        3 * 2900,
        "the prorations were already invoiced"
    );
}
on_both_backends!(always_invoice_charges_what_the_preview_said_now);

/// Several workers renewing at once (on PostgreSQL: separate connection pools, as separate
/// instances would have) renew each subscription exactly once, with gapless numbers.
async fn racing_renewal_workers_renew_each_subscription_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let actor = Actor::System {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
    };
    let mut subscriptions = vec![app.merchant.subscription_id.clone()];
    for n in 0..40 {
        let (_, sub) = support::seed_customer(&app.db, &app.merchant.id, &format!("C{n}")).await;
        subscriptions.push(sub);
    }
    let far = time::OffsetDateTime::now_utc().unix_timestamp() + 40 * DAY;
    let mut workers = Vec::new();
    for _ in 0..4 {
        let db = match backend {
            Backend::Sqlite => app.db.clone(),
            Backend::Postgres => Db::connect(&app.database_url).await.unwrap(),
        };
        workers.push(tokio::spawn(async move {
            renewals::run_due(&db, &test_payments(), far, None)
                .await
                .unwrap()
        }));
    }
    let mut renewed = 0;
    for worker in workers {
        renewed += worker.await.unwrap().renewed;
    }
    assert_eq!(
        renewed,
        subscriptions.len(),
        "one renewal each (40 days is one period)"
    );
    let mut conn = app.db.conn().await.unwrap();
    let mut numbers = Vec::new();
    for sub in &subscriptions {
        let row = store::subscriptions::get(conn.exec(), &app.merchant.id, false, None, sub)
            .await
            .unwrap()
            .unwrap();
        let invoices =
            store::invoices::list_for_customer(conn.exec(), &app.merchant.id, &row.customer_id, 10)
                .await
                .unwrap();
        assert_eq!(invoices.len(), 2, "first invoice and one renewal for {sub}");
        assert!(invoices.iter().all(|i| i.status.as_str() == "paid"));
        numbers.extend(invoices.into_iter().filter_map(|i| i.number));
    }
    numbers.sort();
    let expected: Vec<String> = (1..=numbers.len())
        .map(|n| format!("ACMECLOU-{n:04}"))
        .collect();
    assert_eq!(numbers, expected);
    let _ = actor;
}
on_both_backends!(racing_renewal_workers_renew_each_subscription_once);

async fn quarterly_prices_bill_every_three_months_and_lookup_keys_find_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, price) = app
        .api(
            "POST",
            "/v1/prices",
            Some(json!({
                "product": "prod_pro", "unitAmount": 7500, "currency": "usd",
                "recurring": { "interval": "month", "intervalCount": 3 },
                "lookupKey": "pro_quarterly"
            })),
        )
        .await;
    assert_eq!(status, 200, "{price}");
    assert_eq!(price["intervalCount"], 3);
    assert_eq!(price["lookupKey"], "pro_quarterly");
    let (_, found) = app
        .api("GET", "/v1/prices?lookupKey=pro_quarterly", None)
        .await;
    assert_eq!(found["data"].as_array().unwrap().len(), 1);
    assert_eq!(found["data"][0]["id"], price["id"]);
    for (body, param) in [
        (
            json!({ "product": "prod_pro", "unitAmount": 1, "currency": "usd",
                    "recurring": { "interval": "month" }, "lookupKey": "pro_quarterly" }),
            "lookupKey",
        ),
        (
            json!({ "product": "prod_pro", "unitAmount": 1, "currency": "usd",
                    "recurring": { "interval": "month", "intervalCount": 13 } }),
            "recurring.intervalCount",
        ),
        (
            json!({ "product": "prod_pro", "unitAmount": 1, "currency": "usd",
                    "recurring": { "interval": "year", "intervalCount": 2 } }),
            "recurring.intervalCount",
        ),
    ] {
        let (status, error) = app.api("POST", "/v1/prices", Some(body.clone())).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{error}");
    }

    let customer = customer_with_card(&app, "Quarterly", Some("4242424242424242")).await;
    let sub = subscribe(&app, &customer, price["id"].as_str().unwrap()).await;
    let (start, end) = (
        unix(&sub["currentPeriodStart"]),
        unix(&sub["currentPeriodEnd"]),
    );
    assert!(
        (89 * DAY..=92 * DAY).contains(&(end - start)),
        "three months: {} days",
        (end - start) / DAY
    );
    app.advance_clock(&customer, end + 60).await;
    let renewed = app.subscription(sub["id"].as_str().unwrap()).await;
    assert_eq!(unix(&renewed["currentPeriodStart"]), end);
    let next_end = unix(&renewed["currentPeriodEnd"]);
    assert!((89 * DAY..=92 * DAY).contains(&(next_end - end)));
    let invoice = invoice(&app, renewed["latestInvoice"].as_str().unwrap()).await;
    assert_eq!(invoice["total"], 7500);
}
on_both_backends!(quarterly_prices_bill_every_three_months_and_lookup_keys_find_them);

/// Repeated advances cannot walk a test clock (and the billing dates it drives) off the
/// calendar: a clock goes up to 2100-01-01, and a time past it is refused with that date.
async fn a_test_clock_stops_at_the_year_2100(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A customer with nothing to renew, so that the advance is about the clock alone.
    let customer = customer_with_card(&app, "Far Future", None).await;
    let late_2099: i64 = 4_099_766_400; // 2099-12-01, as if after many two-year advances
    app.sql(
        &format!("UPDATE customers SET test_clock_time = {late_2099} WHERE id = $1"),
        &customer,
    )
    .await;
    for frozen_time in [json!(4_105_123_200i64), json!(i64::MAX)] {
        let (status, refused) = app
            .api(
                "POST",
                "/v1/test_helpers/test_clocks/advance",
                Some(json!({ "customer": customer, "frozenTime": frozen_time })),
            )
            .await;
        assert_eq!(
            (status, refused["error"]["param"].as_str()),
            (400, Some("frozenTime")),
            "{refused}"
        );
        assert!(
            refused["error"]["message"]
                .as_str()
                .unwrap()
                .contains("2100-01-01"),
            "{refused}"
        );
    }
    let clock = app.advance_clock(&customer, 4_102_444_800).await;
    assert_eq!(clock["frozenTime"], "2100-01-01T00:00:00Z", "{clock}");
}
on_both_backends!(a_test_clock_stops_at_the_year_2100);

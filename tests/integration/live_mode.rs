//! Live mode against localstripe: connecting Stripe, bringing payment methods over by id,
//! charges at the processor (amount and currency checked there), declines and recovery,
//! 3-D Secure, SEPA debits settled days later by the processor's signed webhooks, each
//! event handled once.
use std::time::Duration;

use serde_json::{json, Value};
use vinr_portal::server::{
    processors::stripe_events,
    services::{billing::renewals, now_unix},
};

use crate::{
    localstripe::{Localstripe, PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET},
    on_both_backends,
    support::{Backend, TestApp},
};

const DAY: i64 = 86_400;

/// The app with its Stripe adapter pointed at `stripe`, connected with the live key.
async fn connected(backend: Backend, stripe: &Localstripe) -> TestApp {
    connected_with(backend, stripe, |_| {}).await
}

/// As [`connected`], with more of the configuration set by `configure`.
pub(crate) async fn connected_with(
    backend: Backend,
    stripe: &Localstripe,
    configure: impl FnOnce(&mut vinr_portal::server::config::Config),
) -> TestApp {
    let api_base = stripe.base.clone();
    let app = TestApp::spawn_with(backend, move |config| {
        config.stripe_js_url = format!("{api_base}/js.stripe.com/v3/");
        config.stripe_api_base = api_base;
        configure(config);
    })
    .await;
    let (status, connection) = app
        .live_api(
            "POST",
            "/v1/payment_processors",
            Some(json!({
                "processor": "stripe",
                "secretKey": SECRET_KEY,
                "webhookSecret": WEBHOOK_SECRET,
                "publishableKey": PUBLISHABLE_KEY,
            })),
        )
        .await;
    assert_eq!(status, 200, "{connection}");
    stripe
        .send_webhooks_to(&app.url(&format!("/webhooks/stripe/{}", app.merchant.id)))
        .await;
    app
}

pub(crate) async fn live_customer(app: &TestApp, email: &str) -> String {
    let (status, customer) = app
        .live_api(
            "POST",
            "/v1/customers",
            Some(json!({ "name": "Jenny Rosen", "email": email })),
        )
        .await;
    assert_eq!(status, 200, "{customer}");
    customer["id"].as_str().unwrap().to_string()
}

pub(crate) async fn bring_over(
    app: &TestApp,
    customer: &str,
    kind: &str,
    method: &str,
) -> (u16, Value) {
    app.live_api(
        "POST",
        &format!("/v1/customers/{customer}/payment_methods"),
        Some(json!({ "type": kind, "processorPaymentMethod": method, "makeDefault": true })),
    )
    .await
}

pub(crate) async fn subscribe(app: &TestApp, customer: &str) -> Value {
    let (status, subscription) = app
        .live_api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": customer, "price": "price_basic_monthly" })),
        )
        .await;
    assert_eq!(status, 200, "{subscription}");
    subscription
}

pub(crate) async fn invoice(app: &TestApp, id: &str) -> Value {
    let (status, invoice) = app
        .live_api("GET", &format!("/v1/invoices/{id}"), None)
        .await;
    assert_eq!(status, 200, "{invoice}");
    invoice
}

async fn subscription(app: &TestApp, id: &str) -> Value {
    app.live_api("GET", &format!("/v1/subscriptions/{id}"), None)
        .await
        .1
}

/// Waits (up to 15 s) for the invoice to leave `open`: the processor's webhook arrives a
/// second or more after the payment.
async fn settled_invoice(app: &TestApp, id: &str) -> Value {
    for _ in 0..150 {
        let invoice = invoice(app, id).await;
        if invoice["status"] != "open" || invoice["lastPaymentError"].is_string() {
            return invoice;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("invoice {id} was not settled by the processor's webhook");
}

async fn connecting_checks_the_keys_and_keeps_them_encrypted(backend: Backend) {
    let stripe = Localstripe::start().await;
    let api_base = stripe.base.clone();
    let app = TestApp::spawn_with(backend, move |config| {
        config.stripe_api_base = api_base;
    })
    .await;
    let connect = |key: &str, secret: &str| {
        json!({
            "processor": "stripe", "secretKey": key, "webhookSecret": secret,
            "publishableKey": PUBLISHABLE_KEY,
        })
    };
    // Test keys connect nothing: test mode has its own processor.
    let (status, refused) = app
        .api(
            "POST",
            "/v1/payment_processors",
            Some(connect(SECRET_KEY, WEBHOOK_SECRET)),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert_eq!(refused["error"]["param"], "livemode");
    for (key, secret, param) in [
        // Stripe's test keys go with a test publishable key, not a live one.
        ("sk_test_51Habcdefghijkl", WEBHOOK_SECRET, "publishableKey"),
        ("pk_live_51Habcdefghijkl", WEBHOOK_SECRET, "secretKey"),
        (SECRET_KEY, "not-a-signing-secret", "webhookSecret"),
    ] {
        let (status, refused) = app
            .live_api("POST", "/v1/payment_processors", Some(connect(key, secret)))
            .await;
        assert_eq!(status, 400, "{refused}");
        assert_eq!(refused["error"]["param"], param);
    }
    let (_, none) = app.live_api("GET", "/v1/payment_processors", None).await;
    assert_eq!(none["data"], json!([]));

    // A key the processor refuses (localstripe refuses what is not a secret key) saves
    // nothing; an unreachable processor neither.
    let unreachable = TestApp::spawn_with(backend, |config| {
        config.stripe_api_base = format!("http://127.0.0.1:{}", crate::support::free_port());
    })
    .await;
    let (status, refused) = unreachable
        .live_api(
            "POST",
            "/v1/payment_processors",
            Some(connect(SECRET_KEY, WEBHOOK_SECRET)),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("could not be reached"),
        "{refused}"
    );

    let (status, connection) = app
        .live_api(
            "POST",
            "/v1/payment_processors",
            Some(connect(SECRET_KEY, WEBHOOK_SECRET)),
        )
        .await;
    assert_eq!(status, 200, "{connection}");
    assert_eq!(connection["secretKeyLast4"], "0000");
    assert_eq!(
        connection["webhookPath"],
        format!("/webhooks/stripe/{}", app.merchant.id)
    );
    let text = connection.to_string();
    assert!(!text.contains(SECRET_KEY) && !text.contains(WEBHOOK_SECRET));
    let (_, listed) = app.live_api("GET", "/v1/payment_processors", None).await;
    assert_eq!(listed["data"][0]["processor"], "stripe");
    // Stored encrypted: the database holds neither secret.
    let stored: (String, String) = sqlx_row(
        &app,
        "SELECT secret_key_encrypted, webhook_secret_encrypted FROM payment_processors",
    )
    .await;
    assert!(!stored.0.contains("localstripe") && !stored.1.contains("localstripe"));
    assert!(stored.0.starts_with("aes256gcm."), "{}", stored.0);
    // The connection is in the audit log, by its last four characters only.
    let (_, audit) = app
        .live_api(
            "GET",
            "/v1/audit_log?action=payment_processor.connected",
            None,
        )
        .await;
    assert_eq!(
        audit["data"][0]["action"], "payment_processor.connected",
        "{audit}"
    );
    assert!(!audit.to_string().contains(SECRET_KEY));
}
on_both_backends!(connecting_checks_the_keys_and_keeps_them_encrypted);

async fn sqlx_row(app: &TestApp, sql: &str) -> (String, String) {
    match &app.db {
        vinr_portal::server::db::Db::Sqlite(db) => {
            sqlx::query_as(sql).fetch_one(&db.reads).await.unwrap()
        }
        vinr_portal::server::db::Db::Postgres(pool) => {
            sqlx::query_as(sql).fetch_one(pool).await.unwrap()
        }
    }
}

async fn a_live_subscription_is_charged_at_the_processor_and_renews(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "jenny@example.com").await;

    // Live mode takes no card number through the API or the portal's own form.
    let (status, refused) = app
        .live_api(
            "POST",
            &format!("/v1/customers/{customer}/payment_methods"),
            Some(json!({ "type": "card", "card": {
                "number": "4242424242424242", "expMonth": 12, "expYear": 2034, "cvc": "123"
            }})),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert!(!refused.to_string().contains("4242424242424242"));

    let visa = stripe.card("4242424242424242").await;
    let (status, method) = bring_over(&app, &customer, "card", &visa).await;
    assert_eq!(status, 200, "{method}");
    assert_eq!(method["card"]["last4"], "4242", "{method}");
    assert_eq!(method["livemode"], true);
    // The method is on the processor's customer made for ours.
    let (_, at_stripe) = stripe
        .call("GET", &format!("/v1/payment_methods/{visa}"), &[])
        .await;
    let stripe_customer = at_stripe["customer"].as_str().unwrap().to_string();
    let (_, made) = stripe
        .call("GET", &format!("/v1/customers/{stripe_customer}"), &[])
        .await;
    assert_eq!(made["metadata"]["vinr_customer"], customer);
    // The same method brought twice is the one attached.
    let (_, again) = bring_over(&app, &customer, "card", &visa).await;
    assert_eq!(again["id"], method["id"]);
    // The wrong type, or an unknown method, is refused with the field named.
    let (status, wrong) = bring_over(&app, &customer, "sepa_debit", &visa).await;
    assert_eq!(
        (status, wrong["error"]["param"].as_str()),
        (400, Some("type"))
    );
    let (status, unknown) = bring_over(&app, &customer, "card", "pm_doesNotExist").await;
    assert_eq!(status, 400, "{unknown}");
    assert_eq!(unknown["error"]["param"], "processorPaymentMethod");

    let subscription = subscribe(&app, &customer).await;
    assert_eq!(subscription["status"], "active", "{subscription}");
    let first = subscription["latestInvoice"].as_str().unwrap().to_string();
    assert_eq!(invoice(&app, &first).await["status"], "paid");
    let charged = stripe.payments_for(&first).await;
    assert_eq!(charged.len(), 1, "{charged:?}");
    assert_eq!(charged[0]["amount"], 900);
    assert_eq!(charged[0]["currency"], "usd");
    assert_eq!(charged[0]["status"], "succeeded");
    assert_eq!(charged[0]["customer"], stripe_customer);
    assert_eq!(charged[0]["payment_method"], visa);

    // A renewal a month on is charged at the processor too.
    let report = renewals::run_due(
        &app.db,
        &app.payments,
        now_unix() + 32 * DAY,
        Some(&customer),
    )
    .await
    .unwrap();
    assert_eq!(report.renewed, 1, "{report:?}");
    let renewed = subscription_of(&app, subscription["id"].as_str().unwrap()).await;
    let second = renewed["latestInvoice"].as_str().unwrap().to_string();
    assert_ne!(second, first);
    assert_eq!(invoice(&app, &second).await["status"], "paid");
    let charged = stripe.payments_for(&second).await;
    assert_eq!(charged.len(), 1);
    assert_eq!(charged[0]["amount"], 900);
    assert_eq!(charged[0]["status"], "succeeded");

    // No card number anywhere in our database.
    let dump = app.database_text().await;
    assert!(dump.contains(&visa), "the dump holds the processor's token");
    assert!(!dump.contains("4242424242424242"));
}
on_both_backends!(a_live_subscription_is_charged_at_the_processor_and_renews);

async fn subscription_of(app: &TestApp, id: &str) -> Value {
    subscription(app, id).await
}

async fn a_declined_renewal_makes_it_past_due_and_a_new_card_recovers_it(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "declined@example.com").await;
    // Attaches, then every charge is declined.
    let failing = stripe.card("4000000000000341").await;
    assert_eq!(bring_over(&app, &customer, "card", &failing).await.0, 200);
    let subscription = subscribe(&app, &customer).await;
    let id = subscription["id"].as_str().unwrap();
    assert_eq!(subscription["status"], "past_due", "{subscription}");
    let open = subscription["latestInvoice"].as_str().unwrap().to_string();
    let declined = invoice(&app, &open).await;
    assert_eq!(declined["status"], "open");
    assert_eq!(declined["lastPaymentError"], "Your card was declined");
    assert!(declined["nextPaymentAttempt"].is_string());

    // "Pay now" after a new card: paid at the processor, the subscription active again.
    let visa = stripe.card("4242424242424242").await;
    assert_eq!(bring_over(&app, &customer, "card", &visa).await.0, 200);
    let (status, paid) = app
        .live_api("POST", &format!("/v1/invoices/{open}/pay"), None)
        .await;
    assert_eq!(status, 200, "{paid}");
    assert_eq!(paid["status"], "paid");
    assert_eq!(subscription_of(&app, id).await["status"], "active");
    let charged = stripe.payments_for(&open).await;
    assert!(
        charged
            .iter()
            .any(|intent| intent["status"] == "succeeded" && intent["payment_method"] == visa),
        "{charged:?}"
    );
    let (_, events) = app.live_api("GET", "/v1/events?limit=50", None).await;
    let types: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|event| event["type"].as_str())
        .collect();
    assert!(types.contains(&"invoice.payment_failed"), "{types:?}");
    assert!(types.contains(&"invoice.paid"), "{types:?}");
}
on_both_backends!(a_declined_renewal_makes_it_past_due_and_a_new_card_recovers_it);

async fn a_payment_needing_authentication_waits_and_is_settled_by_the_processor(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "secure@example.com").await;
    let three_d_secure = stripe.card("4000002500003155").await;
    assert_eq!(
        bring_over(&app, &customer, "card", &three_d_secure).await.0,
        200
    );
    let subscription = subscribe(&app, &customer).await;
    assert_eq!(subscription["status"], "past_due");
    let open = subscription["latestInvoice"].as_str().unwrap().to_string();
    let waiting = invoice(&app, &open).await;
    assert_eq!(waiting["status"], "open");
    assert_eq!(
        waiting["lastPaymentError"],
        "Your bank asks you to confirm this payment"
    );
    let intents = stripe.payments_for(&open).await;
    assert_eq!(intents[0]["status"], "requires_action");
    // The portal asks the customer to confirm, and hands the processor's script the
    // payment's client secret (to this customer only).
    let intent = intents[0]["id"].as_str().unwrap();
    let cookie = live_portal_cookie(&app, &customer).await;
    let (_, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert!(page.contains("Confirm your payment"), "{page}");
    assert!(page.contains(&format!("data-confirm-payment=\"{open}\"")));
    let ask = |cookie: String| {
        let request = app
            .http
            .post(app.url(
                <vinr_portal::ui::portal::PaymentConfirmation as leptos::server_fn::ServerFn>::PATH,
            ))
            .header("cookie", cookie)
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&[("invoice_id", open.as_str())]);
        async move { request.send().await.unwrap() }
    };
    let answered = ask(cookie.clone()).await;
    assert_eq!(answered.status(), 200);
    let client_secret: String = answered.json().await.unwrap();
    assert_eq!(client_secret, intents[0]["client_secret"].as_str().unwrap());
    let stranger = live_customer(&app, "stranger@example.com").await;
    let refused = ask(live_portal_cookie(&app, &stranger).await).await;
    assert_ne!(refused.status(), 200, "another customer's invoice");
    assert!(!refused.text().await.unwrap().contains("_secret_"));
    // A retry meanwhile asks again (a second payment waiting); the customer then confirms
    // the first one: the money moved, so the invoice is paid and nothing more is charged.
    renewals::run_due(
        &app.db,
        &app.payments,
        now_unix() + 8 * DAY,
        Some(&customer),
    )
    .await
    .unwrap();
    assert_eq!(stripe.payments_for(&open).await.len(), 2);
    // The customer authenticates in the browser (what Stripe.js's confirmCardPayment does
    // with localstripe), and the processor's event settles the invoice.
    let (status, done) = stripe
        .call(
            "POST",
            &format!("/v1/payment_intents/{intent}/_authenticate?success=true"),
            &[("client_secret", client_secret.as_str())],
        )
        .await;
    assert_eq!(status, 200, "{done}");
    let paid = settled_paid(&app, &open).await;
    assert_eq!(paid["amountPaid"], 900);
    assert_eq!(
        subscription_of(&app, subscription["id"].as_str().unwrap()).await["status"],
        "active"
    );
}
on_both_backends!(a_payment_needing_authentication_waits_and_is_settled_by_the_processor);

pub(crate) async fn settled_paid(app: &TestApp, id: &str) -> Value {
    for _ in 0..150 {
        let invoice = invoice(app, id).await;
        if invoice["status"] == "paid" {
            return invoice;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("invoice {id} was not paid by the processor's webhook");
}

async fn sepa_debits_stay_open_until_the_processor_says_and_events_count_once(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;

    // A debit that goes through is paid (localstripe answers a good debit at once; Stripe
    // answers `processing` and its event pays the invoice, as for the returned one below).
    let good = live_customer(&app, "sepa@example.com").await;
    let mandate = stripe.sepa_debit("DE89370400440532013000").await;
    let (status, method) = bring_over(&app, &good, "sepa_debit", &mandate).await;
    assert_eq!(status, 200, "{method}");
    assert_eq!(method["sepaDebit"]["last4"], "3000", "{method}");
    let subscription = subscribe(&app, &good).await;
    let first = subscription["latestInvoice"].as_str().unwrap().to_string();
    let paid = settled_paid(&app, &first).await;
    assert_eq!(paid["amountPaid"], 900);

    // A debit the bank returns days later: open, without retries, while the bank answers;
    // then failing and past due once the processor's event says so.
    let poor = live_customer(&app, "returned@example.com").await;
    let returned = stripe.sepa_debit("DE62370400440532013001").await;
    assert_eq!(
        bring_over(&app, &poor, "sepa_debit", &returned).await.0,
        200
    );
    let subscription = subscribe(&app, &poor).await;
    let open = subscription["latestInvoice"].as_str().unwrap().to_string();
    let processing = invoice(&app, &open).await;
    assert_eq!(processing["status"], "open", "{processing}");
    assert!(
        processing["nextPaymentAttempt"].is_null(),
        "no retry while the bank answers"
    );
    assert!(processing["lastPaymentError"].is_null());
    assert_eq!(stripe.payments_for(&open).await[0]["status"], "processing");
    // The portal shows the debit on its way, with nothing to pay meanwhile (checked while the
    // bank has not answered: its event comes about 1.5 s after the debit).
    let cookie = live_portal_cookie(&app, &poor).await;
    let (_, methods_page) = app.page(&cookie, "/portal/payment-methods").await;
    let (_, invoices_page) = app.page(&cookie, "/portal/invoices").await;
    let (_, invoice_page) = app.page(&cookie, &format!("/portal/invoices/{open}")).await;
    if invoice(&app, &open).await["lastPaymentError"].is_null() {
        assert!(
            methods_page.contains("your bank debit is on its way"),
            "{methods_page}"
        );
        for page in [&methods_page, &invoices_page, &invoice_page] {
            assert!(!page.contains("Pay now"), "{page}");
        }
        assert!(invoices_page.contains("Processing"), "{invoices_page}");
        assert!(invoice_page.contains("Processing"), "{invoice_page}");
    }
    // A retry run meanwhile does not debit the account twice.
    renewals::run_due(&app.db, &app.payments, now_unix() + DAY, Some(&poor))
        .await
        .unwrap();
    assert_eq!(stripe.payments_for(&open).await.len(), 1);
    let failed = settled_invoice(&app, &open).await;
    assert_eq!(failed["status"], "open");
    assert_eq!(
        failed["lastPaymentError"],
        "Your bank declined the debit of this account"
    );
    assert!(
        failed["nextPaymentAttempt"].is_string(),
        "retried on the dunning schedule"
    );
    assert_eq!(
        subscription_of(&app, subscription["id"].as_str().unwrap()).await["status"],
        "past_due"
    );

    // The processor's events again (a duplicate delivery) and out of order (a success
    // after the failure) change nothing; bad signatures are refused.
    let (_, events) = stripe
        .call("GET", "/v1/events?type=payment_intent.payment_failed", &[])
        .await;
    let failure = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|event| event["data"]["object"]["metadata"]["vinr_invoice"] == open.as_str())
        .cloned()
        .expect("localstripe recorded the failure event");
    let webhook = app.url(&format!("/webhooks/stripe/{}", app.merchant.id));
    let post = |body: String, signature: String| {
        let request = app
            .http
            .post(&webhook)
            .header("stripe-signature", signature)
            .header("content-type", "application/json")
            .body(body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (
                status,
                response.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let body = failure.to_string();
    let now = now_unix();
    let (status, again) = post(
        body.clone(),
        stripe_events::sign(body.as_bytes(), WEBHOOK_SECRET, now),
    )
    .await;
    assert_eq!(
        (status, &again["duplicate"]),
        (200, &json!(true)),
        "{again}"
    );
    let mut reordered = failure.clone();
    reordered["id"] = json!("evt_reorderedSuccess");
    reordered["type"] = json!("payment_intent.succeeded");
    let body = reordered.to_string();
    let (status, _) = post(
        body.clone(),
        stripe_events::sign(body.as_bytes(), WEBHOOK_SECRET, now),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        invoice(&app, &open).await["status"],
        "open",
        "a settled payment stays settled"
    );
    for signature in [
        stripe_events::sign(body.as_bytes(), WEBHOOK_SECRET, now - 600),
        stripe_events::sign(body.as_bytes(), "whsec_someoneElse", now),
        stripe_events::sign(b"{}", WEBHOOK_SECRET, now),
        String::new(),
    ] {
        let (status, refused) = post(body.clone(), signature).await;
        assert_eq!(status, 400, "{refused}");
    }
    let (_, events) = app.live_api("GET", "/v1/events?limit=100", None).await;
    let failures = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| {
            event["type"] == "invoice.payment_failed"
                && event["data"]["object"]["id"] == open.as_str()
        })
        .count();
    assert_eq!(failures, 1, "one failure event for one returned debit");

    // A payment we never heard back about (its answer was lost) that the processor says
    // succeeded pays the invoice, so that no retry charges the customer again.
    let lost = json!({
        "id": "evt_lostAnswer", "type": "payment_intent.succeeded",
        "data": {"object": {"id": "pi_lostAnswer", "metadata": {"vinr_invoice": open}}}
    });
    assert_eq!(deliver(&app, &lost).await.0, 200);
    let paid = invoice(&app, &open).await;
    assert_eq!(paid["status"], "paid", "{paid}");
    assert!(paid["nextPaymentAttempt"].is_null());
}
on_both_backends!(sepa_debits_stay_open_until_the_processor_says_and_events_count_once);

/// The portal cookie of a fresh live session of `customer`.
async fn live_portal_cookie(app: &TestApp, customer: &str) -> String {
    let minted: Value = app
        .mint(&app.merchant.live_key, customer)
        .await
        .json()
        .await
        .unwrap();
    let (_, secret) = minted["url"].as_str().unwrap().split_once('#').unwrap();
    let response = app.redeem(minted["id"].as_str().unwrap(), secret).await;
    crate::support::cookie_pair(&response).expect("redemption sets the portal cookie")
}

async fn in_the_live_portal_cards_are_entered_in_the_processors_fields(backend: Backend) {
    use leptos::server_fn::ServerFn;
    use vinr_portal::ui::portal::{AddCard, FinishProcessorCollection, StartProcessorCollection};
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "portal@example.com").await;
    let cookie = live_portal_cookie(&app, &customer).await;

    let response = app
        .http
        .get(app.url("/portal/payment-methods"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let page = response.text().await.unwrap();
    assert!(page.contains("data-processor-form=\"card\""), "{page}");
    assert!(page.contains(PUBLISHABLE_KEY));
    assert!(
        !page.contains("name=\"number\""),
        "no card number field of ours"
    );
    assert!(!page.contains(SECRET_KEY), "never the secret key");
    assert!(
        policy.contains(&format!(
            "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' {}",
            stripe.base
        )),
        "{policy}"
    );
    assert!(
        policy.contains(&format!("connect-src 'self' {}", stripe.base)),
        "{policy}"
    );
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    // The script's words and Stripe's locale are the session's language (English here).
    assert!(page.contains(r#"data-locale="en""#), "{page}");
    assert!(page.contains(r#"data-saving="Saving…""#), "{page}");

    // In a German session: the script's words in German, Stripe.js told "de".
    let minted: Value = app
        .live_api(
            "POST",
            "/v1/billing/portal/sessions",
            Some(json!({"customer": customer, "locale": "de", "returnUrl": "https://app.example.com/account"})),
        )
        .await
        .1;
    let (_, secret) = minted["url"].as_str().unwrap().split_once('#').unwrap();
    let german =
        crate::support::cookie_pair(&app.redeem(minted["id"].as_str().unwrap(), secret).await)
            .unwrap();
    let (_, page) = app.page(&german, "/portal/payment-methods").await;
    assert!(page.contains(r#"data-locale="de""#), "{page}");
    assert!(
        page.contains("data-error-load=\"Das Zahlungsformular konnte nicht geladen werden."),
        "{page}"
    );

    // Our own card form is refused in live mode, and nothing is attached.
    let refused = app
        .post_form(
            &cookie,
            AddCard::PATH,
            &[
                ("number", "4242424242424242"),
                ("expiry", "12/34"),
                ("cvc", "123"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 302);
    assert!(refused.headers()["location"]
        .to_str()
        .unwrap()
        .contains("error="));

    // What the processor-fields script does: a setup intent from our server, confirmed at
    // the processor with the card (as Stripe.js does), then its id posted back to us.
    let started = app
        .http
        .post(app.url(StartProcessorCollection::PATH))
        .header("cookie", &cookie)
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(&[("kind", "card")])
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 200);
    let client_secret: String = started.json().await.unwrap();
    let setup_intent = client_secret.split("_secret_").next().unwrap().to_string();
    let confirmed = reqwest::Client::new()
        .post(format!(
            "{}/v1/setup_intents/{setup_intent}/confirm",
            stripe.base
        ))
        .json(&json!({
            "key": PUBLISHABLE_KEY,
            "client_secret": client_secret,
            "payment_method_data": {"type": "card", "card": {
                "number": "4242424242424242", "exp_month": "12", "exp_year": "2034", "cvc": "123"
            }},
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), 200);
    // Another customer's setup intent is refused.
    let other = live_customer(&app, "other@example.com").await;
    let other_cookie = live_portal_cookie(&app, &other).await;
    let stolen = app
        .post_form(
            &other_cookie,
            FinishProcessorCollection::PATH,
            &[("setup_intent", &setup_intent), ("kind", "card")],
        )
        .await;
    assert!(stolen.headers()["location"]
        .to_str()
        .unwrap()
        .contains("error="));
    assert_eq!(
        app.live_api(
            "GET",
            &format!("/v1/customers/{other}/payment_methods"),
            None
        )
        .await
        .1["data"],
        json!([])
    );
    let saved = app
        .post_form(
            &cookie,
            FinishProcessorCollection::PATH,
            &[
                ("setup_intent", &setup_intent),
                ("kind", "card"),
                ("make_default", "1"),
            ],
        )
        .await;
    assert_eq!(
        saved.headers()["location"].to_str().unwrap(),
        "/portal/payment-methods?notice=card_added"
    );
    let (_, methods) = app
        .live_api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(methods["data"][0]["card"]["last4"], "4242", "{methods}");
    let (_, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert!(page.contains("4242"));
    let dump = app.database_text().await;
    assert!(!dump.contains("4242424242424242"));
}
on_both_backends!(in_the_live_portal_cards_are_entered_in_the_processors_fields);

async fn a_new_merchant_goes_live_from_the_dashboard(backend: Backend) {
    use crate::dashboard::{location, post, signed_in_new_owner};
    let stripe = Localstripe::start().await;
    let api_base = stripe.base.clone();
    let app = TestApp::spawn_with(backend, move |config| {
        config.stripe_api_base = api_base;
    })
    .await;
    // A merchant with no live key yet, as `merchants create` leaves it.
    let owner = signed_in_new_owner(&app, "owner@globex.test").await;
    const KEYS: &str = "/dashboard/developers/api-keys";
    const PAYMENTS: &str = "/dashboard/settings/payments";
    let (_, payments) = app.page(&owner, PAYMENTS).await;
    assert!(
        payments.contains("Switch to live mode to connect"),
        "{payments}"
    );
    let (_, keys) = app.page(&owner, KEYS).await;
    assert!(keys.contains("Go live"));
    let made = post(
        &app,
        &format!("{KEYS}/new-live"),
        &owner,
        &[("name", "Live server")],
    )
    .await;
    assert_eq!(made.status(), 200);
    let shown = made.text().await.unwrap();
    assert!(shown.contains("sk_live_"), "the live key, shown once");
    assert!(shown.contains("live mode"));

    let switched = post(&app, "/dashboard/mode", &owner, &[("mode", "live")]).await;
    assert_eq!(location(&switched), "/dashboard");
    let (_, payments) = app.page(&owner, PAYMENTS).await;
    assert!(payments.contains("Connect Stripe"), "{payments}");
    let connect = |secret: &'static str| {
        [
            ("secret_key", secret),
            ("webhook_secret", WEBHOOK_SECRET),
            ("publishable_key", PUBLISHABLE_KEY),
        ]
    };
    let refused = post(
        &app,
        &format!("{PAYMENTS}/connect"),
        &owner,
        &connect("sk_nope_51Habcdefghijkl"),
    )
    .await;
    let back = location(&refused);
    assert!(back.contains("field=secret_key"), "{back}");
    assert!(
        !back.contains("sk_nope_51Habcdefghijkl"),
        "a key never goes into an address"
    );
    let connected = post(
        &app,
        &format!("{PAYMENTS}/connect"),
        &owner,
        &connect(SECRET_KEY),
    )
    .await;
    assert_eq!(location(&connected), format!("{PAYMENTS}?done=connected"));
    let (_, payments) = app.page(&owner, PAYMENTS).await;
    assert!(payments.contains("•••• 0000"), "{payments}");
    assert!(
        payments.contains("/webhooks/stripe/mer_"),
        "the webhook URL to give Stripe"
    );
    assert!(!payments.contains(SECRET_KEY) && !payments.contains(WEBHOOK_SECRET));
    // Audited as the owner, in live mode.
    let entry = app
        .sql_text("SELECT actor_email FROM audit_log WHERE action = 'payment_processor.connected'")
        .await;
    assert_eq!(entry, "owner@globex.test");
}
on_both_backends!(a_new_merchant_goes_live_from_the_dashboard);

/// The operator's way to a first live key: `merchants create`, then `keys create --live`.
#[tokio::test]
async fn the_command_line_makes_a_live_key() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_vinr-portal"))
            .args(args)
            .env("DATABASE_URL", &database_url)
            .env("VINR_SECRET_KEY_FILE", dir.path().join("secret-key-base"))
            .env(
                "VINR_ENCRYPTION_KEY_FILE",
                dir.path().join("encryption-key"),
            )
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        (
            output.status.success(),
            stdout,
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (ok, created, errors) = run(&[
        "merchants",
        "create",
        "--name",
        "Globex",
        "--owner-email",
        "owner@globex.example",
    ]);
    assert!(ok, "{errors}");
    let merchant = created
        .lines()
        .find_map(|line| line.strip_prefix("Merchant: "))
        .unwrap()
        .to_string();
    let (ok, made, errors) = run(&[
        "keys",
        "create",
        "--merchant",
        &merchant,
        "--live",
        "--name",
        "Production",
    ]);
    assert!(ok, "{errors}");
    assert!(made.contains("(live mode)"), "{made}");
    let secret = made
        .lines()
        .find_map(|line| line.strip_prefix("Secret key (shown once): "))
        .unwrap()
        .to_string();
    assert!(secret.starts_with("sk_live_"));
    let db = vinr_portal::server::db::Db::connect(&database_url)
        .await
        .unwrap();
    let actor = vinr_portal::server::services::developers::api_keys::authenticate(&db, &secret)
        .await
        .unwrap()
        .expect("the printed key works");
    assert!(actor.livemode());
    assert_eq!(actor.merchant_id(), merchant);
    // An unknown merchant is refused, with nothing made.
    let (ok, _, errors) = run(&["keys", "create", "--merchant", "mer_doesNotExist", "--live"]);
    assert!(!ok);
    assert!(errors.contains("merchant"), "{errors}");
    // The encryption key file was made private on first start.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.path().join("encryption-key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// Posts `event` to the merchant's processor webhook, signed as Stripe signs.
async fn deliver(app: &TestApp, event: &Value) -> (u16, Value) {
    let body = event.to_string();
    let response = app
        .http
        .post(app.url(&format!("/webhooks/stripe/{}", app.merchant.id)))
        .header(
            "stripe-signature",
            stripe_events::sign(body.as_bytes(), WEBHOOK_SECRET, now_unix()),
        )
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn cards_updated_or_removed_at_the_processor_follow_here(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "network@example.com").await;
    let visa = stripe.card("4242424242424242").await;
    let (_, method) = bring_over(&app, &customer, "card", &visa).await;
    let id = method["id"].as_str().unwrap().to_string();

    // The card network sent a new expiry date.
    let updated = json!({
        "id": "evt_cardUpdated1", "type": "payment_method.automatically_updated",
        "data": {"object": {"id": visa, "type": "card",
                 "card": {"exp_month": 3, "exp_year": 2031, "last4": "4242"}}}
    });
    assert_eq!(deliver(&app, &updated).await.0, 200);
    let (_, methods) = app
        .live_api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(methods["data"][0]["card"]["expYear"], 2031, "{methods}");
    assert_eq!(methods["data"][0]["card"]["expMonth"], 3);
    let (_, events) = app
        .live_api("GET", "/v1/events?type=payment_method.updated", None)
        .await;
    assert_eq!(
        events["data"][0]["data"]["previousAttributes"]["card"]["expYear"], 2034,
        "{events}"
    );

    // The mandate or card was removed at the processor: detached here too, once.
    let detached = json!({
        "id": "evt_detached1", "type": "payment_method.detached",
        "data": {"object": {"id": visa, "type": "card"}}
    });
    assert_eq!(deliver(&app, &detached).await.0, 200);
    let (status, again) = deliver(&app, &detached).await;
    assert_eq!((status, &again["duplicate"]), (200, &json!(true)));
    let (_, methods) = app
        .live_api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(methods["data"], json!([]), "{methods}");
    let (_, events) = app
        .live_api("GET", "/v1/events?type=payment_method.detached", None)
        .await;
    assert_eq!(events["data"].as_array().unwrap().len(), 1);
    assert_eq!(events["data"][0]["data"]["object"]["id"], id);

    // An event for a merchant with no processor, or none at all, is refused.
    let (status, _) = {
        let response = app
            .http
            .post(app.url("/webhooks/stripe/mer_nobodyHere"))
            .header("stripe-signature", "t=1,v1=00")
            .body("{}")
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), ())
    };
    assert_eq!(status, 404);
}
on_both_backends!(cards_updated_or_removed_at_the_processor_follow_here);

/// Stripe's test keys: live mode rehearses in the processor's test mode, where test clocks
/// work (as Stripe's own do only there); with live keys they are refused. Moving between the
/// two accounts forgets the processor customers of the other one.
async fn with_stripe_test_keys_live_mode_rehearses_with_test_clocks(backend: Backend) {
    let stripe = Localstripe::start().await;
    let app = connected(backend, &stripe).await;
    let customer = live_customer(&app, "rehearsal@example.com").await;
    let advance = |to: i64| {
        app.live_api(
            "POST",
            "/v1/test_helpers/test_clocks/advance",
            Some(json!({ "customer": customer, "frozenTime": to })),
        )
    };
    // Live keys: real money, no test clocks.
    let (status, refused) = advance(now_unix() + 40 * DAY).await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused["error"]["message"]
        .as_str()
        .unwrap()
        .contains("test keys"));
    let visa = stripe.card("4242424242424242").await;
    assert_eq!(bring_over(&app, &customer, "card", &visa).await.0, 200);
    let (_, linked) = sqlx_row(
        &app,
        "SELECT customer_id, processor_customer_id FROM processor_customers",
    )
    .await;
    assert!(linked.starts_with("cus_"));

    let (status, connection) = app
        .live_api(
            "POST",
            "/v1/payment_processors",
            Some(json!({
                "processor": "stripe",
                "secretKey": "sk_test_localstripeRehearsal0000",
                "webhookSecret": WEBHOOK_SECRET,
                "publishableKey": "pk_test_localstripeRehearsal0000",
            })),
        )
        .await;
    assert_eq!(status, 200, "{connection}");
    assert_eq!(connection["sandbox"], true);
    assert_eq!(connection["livemode"], true);
    // The live account's customers are not the test account's.
    assert_eq!(
        sqlx_row(&app, "SELECT COUNT(*) || '', '' FROM processor_customers")
            .await
            .0,
        "0"
    );
    let rehearsal = live_customer(&app, "rehearsal2@example.com").await;
    let card = stripe.card("4242424242424242").await;
    assert_eq!(bring_over(&app, &rehearsal, "card", &card).await.0, 200);
    let subscription = subscribe(&app, &rehearsal).await;
    let first = subscription["latestInvoice"].as_str().unwrap().to_string();
    let (status, clock) = app
        .live_api(
            "POST",
            "/v1/test_helpers/test_clocks/advance",
            Some(json!({ "customer": rehearsal, "frozenTime": now_unix() + 32 * DAY })),
        )
        .await;
    assert_eq!(status, 200, "{clock}");
    assert_eq!(clock["renewed"], 1, "{clock}");
    assert_eq!(clock["livemode"], true);
    let renewed = subscription_of(&app, subscription["id"].as_str().unwrap()).await;
    let second = renewed["latestInvoice"].as_str().unwrap().to_string();
    assert_ne!(second, first);
    assert_eq!(invoice(&app, &second).await["status"], "paid");
    let charged = stripe.payments_for(&second).await;
    assert_eq!(charged.len(), 1, "{charged:?}");
    assert_eq!(
        (
            charged[0]["amount"].as_i64(),
            charged[0]["currency"].as_str()
        ),
        (Some(900), Some("usd"))
    );
}
on_both_backends!(with_stripe_test_keys_live_mode_rehearses_with_test_clocks);

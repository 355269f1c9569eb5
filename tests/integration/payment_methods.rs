//! Payment methods in the portal: cards typed into the portal's own fields go to the vault
//! (never stored, echoed or put in a URL), default and removal rules, and paying a
//! past-due invoice with a new card.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::{
    server::{
        db::{store, Db},
        services::Actor,
    },
    ui::portal::{AddCard, MakeDefaultPaymentMethod, PayInvoice, RemovePaymentMethod},
};

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

async fn form(app: &TestApp, cookie: &str, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app.post_form(cookie, path, fields).await;
    assert_eq!(response.status(), 302, "{path}");
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn add_card(app: &TestApp, cookie: &str, number: &str, expiry: &str, cvc: &str) -> String {
    form(
        app,
        cookie,
        AddCard::PATH,
        &[
            ("number", number),
            ("expiry", expiry),
            ("cvc", cvc),
            ("cardholder_name", "Jenny Rosen"),
            ("postal_code", "10115"),
            ("make_default", "1"),
        ],
    )
    .await
}

async fn methods(app: &TestApp, customer: &str) -> Vec<Value> {
    let (status, list) = app
        .api(
            "GET",
            &format!("/v1/customers/{customer}/payment_methods"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    list["data"].as_array().unwrap().clone()
}

async fn default_method(app: &TestApp, customer: &str) -> Option<String> {
    let (_, body) = app
        .api("GET", &format!("/v1/customers/{customer}"), None)
        .await;
    body["defaultPaymentMethod"].as_str().map(str::to_string)
}

/// Every stored text column of the vault's table, to look for card numbers in.
async fn stored_payment_method_text(db: &Db, merchant_id: &str, customer: &str) -> String {
    let mut conn = db.conn().await.unwrap();
    let rows = store::payment_methods::list_for_customer(conn.exec(), merchant_id, customer)
        .await
        .unwrap();
    let events = store::events::list_for_object(conn.exec(), merchant_id, customer)
        .await
        .unwrap();
    format!(
        "{rows:?} {:?}",
        events.iter().map(|e| &e.payload).collect::<Vec<_>>()
    )
}

async fn cards_are_added_in_the_portal_and_never_kept_whole(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let cookie = app.signed_in_cookie().await;
    let (status, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert_eq!(status, 200);
    assert!(page.contains("Visa •••• 4242"), "{page}");
    assert!(page.contains("Default"));
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("Visa •••• 4242"));
    assert!(overview.contains("Manage payment methods"));

    let number = "5555 5555 5555 4444";
    let location = add_card(&app, &cookie, number, "12/34", "123").await;
    assert_eq!(location, "/portal/payment-methods?notice=card_added");
    let list = methods(&app, &customer).await;
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["card"]["brand"], "mastercard");
    assert_eq!(list[0]["card"]["last4"], "4444");
    assert_eq!(list[0]["card"]["expMonth"], 12);
    assert_eq!(list[0]["card"]["expYear"], 2034);
    assert_eq!(list[0]["billingDetails"]["name"], "Jenny Rosen");
    assert_eq!(list[0]["billingDetails"]["postalCode"], "10115");
    assert_eq!(
        default_method(&app, &customer).await.as_deref(),
        list[0]["id"].as_str()
    );
    let (_, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert!(page.contains("Mastercard •••• 4444"));
    assert!(!page.contains("5555555555554444") && !page.contains(number));
    // The same card again is the same payment method.
    add_card(&app, &cookie, "5555555555554444", "12/34", "123").await;
    assert_eq!(methods(&app, &customer).await.len(), 2);

    // Refusals name the field, carry no number, and store nothing.
    for (number, expiry, cvc, code) in [
        ("4242 4242 4242 4241", "12/34", "123", "card_number"),
        ("4242", "12/34", "123", "card_number"),
        ("4242424242424242", "01/20", "123", "card_expiry"),
        ("4242424242424242", "13/30", "123", "card_expiry"),
        ("4242424242424242", "12/34", "12", "card_cvc"),
        ("378282246310005", "12/34", "123", "card_cvc"),
        ("4000000000000002", "12/34", "123", "card_declined"),
    ] {
        let location = add_card(&app, &cookie, number, expiry, cvc).await;
        assert_eq!(
            location,
            format!("/portal/payment-methods?error={code}"),
            "{number}"
        );
        let (_, page) = app.page(&cookie, &location).await;
        assert!(page.contains("role=\"alert\""), "{code}");
        if number.len() >= 12 {
            assert!(!page.contains(&number.replace(' ', "")));
        }
    }
    assert_eq!(methods(&app, &customer).await.len(), 2);
    let stored = stored_payment_method_text(&app.db, &app.merchant.id, &customer).await;
    for number in ["5555555555554444", "4242424242424242", "4000000000000002"] {
        assert!(!stored.contains(number), "{number} stored");
    }
}
on_both_backends!(cards_are_added_in_the_portal_and_never_kept_whole);

async fn the_default_moves_and_the_last_card_of_a_subscriber_stays(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let cookie = app.signed_in_cookie().await;
    let visa = methods(&app, &customer).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    add_card(&app, &cookie, "5555555555554444", "12/34", "123").await;
    let mastercard = methods(&app, &customer).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        default_method(&app, &customer).await,
        Some(mastercard.clone())
    );

    let location = form(
        &app,
        &cookie,
        MakeDefaultPaymentMethod::PATH,
        &[("payment_method_id", &visa)],
    )
    .await;
    assert_eq!(location, "/portal/payment-methods?notice=default_changed");
    assert_eq!(default_method(&app, &customer).await, Some(visa.clone()));

    // Removing the default makes the most recent other card the default.
    let location = form(
        &app,
        &cookie,
        RemovePaymentMethod::PATH,
        &[("payment_method_id", &visa)],
    )
    .await;
    assert_eq!(location, "/portal/payment-methods?notice=card_removed");
    assert_eq!(
        default_method(&app, &customer).await,
        Some(mastercard.clone())
    );
    let mut conn = app.db.conn().await.unwrap();
    let types: Vec<String> = store::events::list_for_object(conn.exec(), &app.merchant.id, &visa)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event_type)
        .collect();
    assert_eq!(
        types,
        ["payment_method.attached", "payment_method.detached"]
    );
    let customer_events: Vec<Value> =
        store::events::list_for_object(conn.exec(), &app.merchant.id, &customer)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.event_type == "customer.updated")
            .map(|e| serde_json::from_str(&e.payload).unwrap())
            .collect();
    let last = customer_events.last().unwrap();
    assert_eq!(
        last["data"]["object"]["defaultPaymentMethod"],
        json!(mastercard)
    );
    assert_eq!(last["initiatedBy"]["type"], "portal_session");
    drop(conn);

    // The only card of a customer with an active subscription cannot go.
    let location = form(
        &app,
        &cookie,
        RemovePaymentMethod::PATH,
        &[("payment_method_id", &mastercard)],
    )
    .await;
    assert_eq!(location, "/portal/payment-methods?error=last_method");
    assert_eq!(methods(&app, &customer).await.len(), 1);

    // Another customer's card is not found.
    let (neighbour, _) = support::seed_customer(&app.db, &app.merchant.id, "Neighbour").await;
    let theirs = methods(&app, &neighbour).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for path in [MakeDefaultPaymentMethod::PATH, RemovePaymentMethod::PATH] {
        let location = form(&app, &cookie, path, &[("payment_method_id", &theirs)]).await;
        assert_eq!(
            location,
            "/portal/payment-methods?error=payment_method_missing"
        );
    }
    assert_eq!(methods(&app, &neighbour).await.len(), 1);

    // With payment methods off in the configuration, nothing here works.
    let (status, _) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(json!({ "features": { "paymentMethodUpdate": { "enabled": false } } })),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app.page(&cookie, "/portal/payment-methods").await;
    assert_eq!(status, 403);
    let location = add_card(&app, &cookie, "4242424242424242", "12/34", "123").await;
    assert_eq!(location, "/portal/payment-methods?error=not_available");
    assert_eq!(methods(&app, &customer).await.len(), 1);
}
on_both_backends!(the_default_moves_and_the_last_card_of_a_subscriber_stays);

async fn a_past_due_customer_pays_the_open_invoice_with_a_new_card(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let actor = Actor::System {
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
    let cookie = {
        let (_, minted) = app
            .api(
                "POST",
                "/v1/billing/portal/sessions",
                Some(json!({ "customer": customer, "returnUrl": "https://example.com/a" })),
            )
            .await;
        let url = minted["url"].as_str().unwrap();
        let (_, secret) = url.split_once('#').unwrap();
        let response = app.redeem(minted["id"].as_str().unwrap(), secret).await;
        support::cookie_pair(&response).unwrap()
    };
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains("Your last payment failed"), "{overview}");
    assert!(overview.contains("Update payment method"));

    add_card(&app, &cookie, "4242424242424242", "12/34", "123").await;
    let (_, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert!(page.contains("Payment due"), "{page}");
    assert!(page.contains("$9.00"));
    let invoice = sub["latestInvoice"].as_str().unwrap();
    let location = form(&app, &cookie, PayInvoice::PATH, &[("invoice_id", invoice)]).await;
    assert_eq!(location, "/portal/payment-methods?notice=invoice_paid");
    let (_, paid) = app
        .api("GET", &format!("/v1/invoices/{invoice}"), None)
        .await;
    assert_eq!(paid["status"], "paid");
    let (_, now) = app
        .api(
            "GET",
            &format!("/v1/subscriptions/{}", sub["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(now["status"], "active");
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(!overview.contains("Your last payment failed"));
    // Paying it again is refused; another customer's invoice is not found.
    let location = form(&app, &cookie, PayInvoice::PATH, &[("invoice_id", invoice)]).await;
    assert!(location.contains("error="), "{location}");
    let (_, theirs) = app
        .api(
            "GET",
            &format!("/v1/subscriptions/{}", app.merchant.subscription_id),
            None,
        )
        .await;
    let location = form(
        &app,
        &cookie,
        PayInvoice::PATH,
        &[("invoice_id", theirs["latestInvoice"].as_str().unwrap())],
    )
    .await;
    assert!(location.contains("error="), "{location}");
}
on_both_backends!(a_past_due_customer_pays_the_open_invoice_with_a_new_card);

async fn sepa_mandates_defaults_and_detach_through_the_api(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let path = format!("/v1/customers/{customer}/payment_methods");
    let sepa = |iban: &str, name: &str| {
        json!({
            "type": "sepa_debit",
            "sepaDebit": { "iban": iban },
            "billingDetails": { "name": name, "email": "jenny@example.com" }
        })
    };
    let (status, mandate) = app
        .api(
            "POST",
            &path,
            Some(sepa("DE89 3704 0044 0532 0130 00", "Jenny Rosen")),
        )
        .await;
    assert_eq!(status, 200, "{mandate}");
    assert_eq!(mandate["type"], "sepa_debit");
    assert_eq!(mandate["sepaDebit"]["country"], "DE");
    assert_eq!(mandate["sepaDebit"]["bankCode"], "37040044");
    assert_eq!(mandate["sepaDebit"]["last4"], "3000");
    assert!(mandate["sepaDebit"]["mandateReference"]
        .as_str()
        .unwrap()
        .starts_with("VINR-"));
    assert!(mandate["sepaDebit"]["mandateAcceptedAt"].is_string());
    assert_eq!(mandate["billingDetails"]["name"], "Jenny Rosen");
    assert!(mandate.get("card").is_none());

    for (body, param) in [
        (
            sepa("DE89370400440532013009", "Jenny Rosen"),
            "sepaDebit.iban",
        ),
        (
            sepa("US64SVBKUS6S3300958879", "Jenny Rosen"),
            "sepaDebit.iban",
        ),
        (
            sepa("DE8937040044053201300", "Jenny Rosen"),
            "sepaDebit.iban",
        ),
        (sepa("DE89370400440532013000", " "), "billingDetails.name"),
        (json!({ "type": "paypal" }), "type"),
        (
            json!({ "type": "card", "card": { "number": 4242424242424242u64, "expMonth": 12, "expYear": 2034, "cvc": "123" } }),
            "card.number",
        ),
    ] {
        let (status, error) = app.api("POST", &path, Some(body.clone())).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{error}");
        assert!(!error.to_string().contains("0532013"), "{error}");
        assert!(!error.to_string().contains("42424242"), "{error}");
    }
    let stored = stored_payment_method_text(&app.db, &app.merchant.id, &customer).await;
    assert!(
        !stored.contains("370400440532013000"),
        "the full IBAN is not kept"
    );

    // The mandate as the default; then the card it replaced can go, by id.
    let (status, updated) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(json!({ "invoiceSettings": { "defaultPaymentMethod": mandate["id"] } })),
        )
        .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["defaultPaymentMethod"], mandate["id"]);
    let visa = methods(&app, &customer).await.last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let other = support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "POST",
            &format!("/v1/payment_methods/{visa}/detach"),
            None,
        )
        .await;
    assert_eq!(status, 404, "another merchant's payment method");
    let (status, detached) = app
        .api("POST", &format!("/v1/payment_methods/{visa}/detach"), None)
        .await;
    assert_eq!(status, 200, "{detached}");
    assert_eq!(methods(&app, &customer).await.len(), 1);
    let (status, error) = app
        .api(
            "POST",
            &format!(
                "/v1/payment_methods/{}/detach",
                mandate["id"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(
        status, 400,
        "the only method of a subscriber stays: {error}"
    );

    // Stripe's failing test IBAN attaches, and its debits fail.
    let actor = Actor::System {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
    };
    let debtor = vinr_portal::server::services::customers::create_named(
        &app.db,
        &actor,
        None,
        "Debtor",
        "d@example.com",
    )
    .await
    .unwrap();
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{debtor}/payment_methods"),
            Some(sepa("DE62370400440532013001", "Debtor")),
        )
        .await;
    assert_eq!(status, 200);
    let (_, sub) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(json!({ "customer": debtor, "price": "price_basic_monthly" })),
        )
        .await;
    assert_eq!(sub["status"], "past_due");
}
on_both_backends!(sepa_mandates_defaults_and_detach_through_the_api);

/// Fingerprints are keyed by the operator's secret, so the database alone (which holds the
/// merchant's key) cannot test guessed card numbers or IBANs against them; fingerprints
/// stored before that are rekeyed once at start and still match the same card.
async fn fingerprints_need_the_operator_key_and_old_ones_are_rekeyed(backend: Backend) {
    use vinr_portal::server::secrets;
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let path = format!("/v1/customers/{customer}/payment_methods");
    let card = |number: &str| {
        json!({
            "type": "card",
            "card": { "number": number, "expMonth": 12, "expYear": 2040, "cvc": "123" }
        })
    };
    let (status, visa) = app.api("POST", &path, Some(card("4000056655665556"))).await;
    assert_eq!(status, 200, "{visa}");
    let (status, iban) = app
        .api(
            "POST",
            &path,
            Some(json!({
                "type": "sepa_debit",
                "sepaDebit": { "iban": "DE89370400440532013000" },
                "billingDetails": { "name": "Jenny Rosen", "email": "jenny@example.com" }
            })),
        )
        .await;
    assert_eq!(status, 200, "{iban}");

    let merchant_key = app
        .sql_text(&format!(
            "SELECT fingerprint_key FROM merchants WHERE id = '{}'",
            app.merchant.id
        ))
        .await;
    let stored = |id: String| {
        let app = &app;
        async move {
            app.sql_text(&format!(
                "SELECT fingerprint FROM payment_methods WHERE id = '{id}'"
            ))
            .await
        }
    };
    let database_only = |digits: &str| {
        secrets::hex(&secrets::hmac_sha256(merchant_key.as_bytes(), &[digits.as_bytes()])[..12])
    };
    let visa_id = visa["id"].as_str().unwrap().to_string();
    let iban_id = iban["id"].as_str().unwrap().to_string();
    let visa_print = stored(visa_id.clone()).await;
    let iban_print = stored(iban_id.clone()).await;
    assert_ne!(visa_print, database_only("4000056655665556"));
    assert_ne!(iban_print, database_only("DE89370400440532013000"));
    assert_eq!(visa["card"]["fingerprint"], visa_print.as_str(), "{visa}");

    // Rows as the previous release stored them: keyed by the merchant's key only.
    for (id, digits) in [
        (&visa_id, "4000056655665556"),
        (&iban_id, "DE89370400440532013000"),
    ] {
        app.sql(
            &format!(
                "UPDATE payment_methods SET fingerprint = $1, fingerprint_version = 1
                 WHERE id = '{id}'"
            ),
            &database_only(digits),
        )
        .await;
    }
    // The next start rekeys them once, before serving.
    let mut config = vinr_portal::server::config::Config::for_tests(&app.database_url);
    config.operator_keys = support::operator_keys();
    let restarted = vinr_portal::startup::Application::build(config)
        .await
        .unwrap();
    drop(restarted);
    assert_eq!(stored(visa_id.clone()).await, visa_print);
    assert_eq!(stored(iban_id.clone()).await, iban_print);
    let versions = app
        .sql_text("SELECT CAST(MIN(fingerprint_version) AS TEXT) FROM payment_methods")
        .await;
    assert_eq!(versions, "2");

    // So the same card and IBAN added again are recognised as the ones already attached.
    let (status, again) = app.api("POST", &path, Some(card("4000056655665556"))).await;
    assert_eq!(
        (status, again["id"].as_str()),
        (200, Some(visa_id.as_str()))
    );
    let (_, listed) = app.api("GET", &path, None).await;
    assert_eq!(
        listed["data"].as_array().unwrap().len(),
        3,
        "the seeded Visa, the added card and the mandate: {listed}"
    );
}
on_both_backends!(fingerprints_need_the_operator_key_and_old_ones_are_rekeyed);

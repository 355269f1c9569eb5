//! Deep links (`flow` when minting a session, Stripe's `flow_data`): redemption lands on the
//! flow's page, and the action that completes the flow goes where `afterCompletion` says
//! (the portal's home, the merchant's URL, or a hosted confirmation); flows the
//! configuration does not offer, another customer's subscription or incomplete details are
//! refused at creation.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::ui::portal::{
    AcceptRetentionOffer, AddCard, CancelSubscription, UpdateBillingDetails,
};

use crate::{
    on_both_backends,
    support::{self, cookie_pair, seed_customer, Backend, TestApp},
};

/// Mints a session for the seeded customer with `flow`; answers (id, secret) or the error.
async fn mint(app: &TestApp, flow: Value) -> Result<(String, String), (u16, Value)> {
    mint_with(app, json!({ "flow": flow })).await
}

async fn mint_with(app: &TestApp, extra: Value) -> Result<(String, String), (u16, Value)> {
    let mut body = json!({
        "customer": app.merchant.customer_id,
        "returnUrl": "https://app.example.com/account",
    });
    for (key, value) in extra.as_object().unwrap() {
        body[key] = value.clone();
    }
    let (status, session) = app
        .api("POST", "/v1/billing/portal/sessions", Some(body))
        .await;
    if status != 200 {
        return Err((status, session));
    }
    let (_, secret) = session["url"].as_str().unwrap().split_once('#').unwrap();
    Ok((
        session["id"].as_str().unwrap().to_string(),
        secret.to_string(),
    ))
}

/// Redeems the session: answers where it lands and the cookie.
async fn land(app: &TestApp, (id, secret): (String, String)) -> (String, String) {
    let response = app.redeem(&id, &secret).await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    (location, cookie_pair(&response).unwrap())
}

async fn add_card(app: &TestApp, cookie: &str) -> String {
    let response = app
        .post_form(
            cookie,
            AddCard::PATH,
            &[
                ("number", "4242 4242 4242 4242"),
                ("expiry", "12 / 34"),
                ("cvc", "123"),
                ("cardholder_name", "Jenny Rosen"),
                ("postal_code", "10115"),
                ("make_default", "1"),
            ],
        )
        .await;
    assert_eq!(response.status(), 302);
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn each_flow_lands_on_its_page_and_ends_where_the_merchant_said(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let subscription = app.merchant.subscription_id.clone();

    // payment_method_update, then back to the merchant.
    let session = mint(
        &app,
        json!({ "type": "payment_method_update",
                "afterCompletion": { "type": "redirect",
                                     "redirect": { "returnUrl": "https://app.example.com/billing?done=1" } } }),
    )
    .await
    .unwrap();
    let (landing, cookie) = land(&app, session.clone()).await;
    assert_eq!(landing, "/portal/payment-methods");
    let (_, listed) = app
        .api(
            "GET",
            &format!("/v1/billing/portal/sessions/{}", session.0),
            None,
        )
        .await;
    assert_eq!(listed["flow"], "payment_method_update");
    assert_eq!(
        add_card(&app, &cookie).await,
        "https://app.example.com/billing?done=1"
    );

    // subscription_update: the plan choice, then the portal's home (the default).
    let (landing, cookie) = land(
        &app,
        mint(
            &app,
            json!({ "type": "subscription_update",
                    "subscriptionUpdate": { "subscription": subscription } }),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(
        landing,
        format!("/portal/subscriptions/{subscription}/update")
    );
    assert_eq!(app.page(&cookie, &landing).await.0, 200);
    assert_eq!(
        app.confirm_plan_change(&cookie, &subscription, "price_pro_monthly", None)
            .await,
        "/portal"
    );
    // Outside a flow the same action keeps its usual way: a payment method added in this
    // session (not a payment_method_update link) goes back to the list.
    assert_eq!(
        add_card(&app, &cookie).await,
        "/portal/payment-methods?notice=card_added"
    );

    // subscription_update_confirm: the review of the given plan, then back to the merchant.
    let (landing, cookie) = land(
        &app,
        mint(
            &app,
            json!({ "type": "subscription_update_confirm",
                    "subscriptionUpdateConfirm": { "subscription": subscription,
                        "items": [{ "price": "price_basic_monthly" }] },
                    "afterCompletion": { "type": "redirect",
                                         "redirect": { "returnUrl": "https://app.example.com/plan" } } }),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(
        landing,
        format!("/portal/subscriptions/{subscription}/review?price=price_basic_monthly&quantity=1")
    );
    let (status, review) = app.page(&cookie, &landing).await;
    assert_eq!(status, 200);
    assert!(review.contains("Basic"), "{review}");
    assert_eq!(
        app.confirm_plan_change(&cookie, &subscription, "price_basic_monthly", Some(1))
            .await,
        "https://app.example.com/plan"
    );

    // subscription_cancel, then a hosted confirmation with the merchant's message.
    let (landing, cookie) = land(
        &app,
        mint(
            &app,
            json!({ "type": "subscription_cancel",
                    "subscriptionCancel": { "subscription": subscription },
                    "afterCompletion": { "type": "hosted_confirmation",
                        "hostedConfirmation": { "customMessage": "Sorry to see you go, we saved your data." } } }),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(
        landing,
        format!("/portal/subscriptions/{subscription}/cancel")
    );
    assert_eq!(app.page(&cookie, &landing).await.0, 200);
    let cancelled = app
        .post_form(
            &cookie,
            CancelSubscription::PATH,
            &[("subscription_id", subscription.as_str())],
        )
        .await;
    assert_eq!(cancelled.status(), 302);
    assert_eq!(cancelled.headers()["location"], "/portal/done");
    let (status, done) = app.page(&cookie, "/portal/done").await;
    assert_eq!(status, 200);
    assert!(
        done.contains("Sorry to see you go, we saved your data."),
        "{done}"
    );
    assert!(done.contains("https://app.example.com/account"));
    let canceled = app.subscription(&subscription).await;
    assert!(
        canceled["cancelAtPeriodEnd"] == true || canceled["status"] == "canceled",
        "{canceled}"
    );
}
on_both_backends!(each_flow_lands_on_its_page_and_ends_where_the_merchant_said);

/// `customer_update` (Stripe's flow of that name): Billing details, and saving them ends
/// the flow where the merchant said; refused when the configuration does not let customers
/// edit their details, or with another flow's details.
async fn customer_update_lands_on_billing_details_and_saving_completes_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let session = mint(
        &app,
        json!({ "type": "customer_update",
                "afterCompletion": { "type": "redirect",
                                     "redirect": { "returnUrl": "https://app.example.com/profile?saved=1" } } }),
    )
    .await
    .unwrap();
    let (landing, cookie) = land(&app, session.clone()).await;
    assert_eq!(landing, "/portal/billing-details");
    assert_eq!(app.page(&cookie, &landing).await.0, 200);
    let (_, listed) = app
        .api(
            "GET",
            &format!("/v1/billing/portal/sessions/{}", session.0),
            None,
        )
        .await;
    assert_eq!(listed["flow"], "customer_update");
    let saved = app
        .post_form(
            &cookie,
            UpdateBillingDetails::PATH,
            &[
                ("name", "Jenny Rosen"),
                ("line1", "221B Baker Street"),
                ("city", "London"),
                ("postal_code", "NW1 6XE"),
                ("country", "GB"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 302);
    assert_eq!(
        saved.headers()["location"],
        "https://app.example.com/profile?saved=1"
    );
    let (_, customer) = app
        .api(
            "GET",
            &format!("/v1/customers/{}", app.merchant.customer_id),
            None,
        )
        .await;
    assert_eq!(customer["name"], "Jenny Rosen", "{customer}");

    // Refused when minted: details editing switched off, or another flow's details.
    let (status, configuration) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations",
            Some(json!({ "features": { "customerUpdate": { "enabled": false } } })),
        )
        .await;
    assert_eq!(status, 200, "{configuration}");
    let (status, error) = mint_with(
        &app,
        json!({ "flow": { "type": "customer_update" },
                "configuration": configuration["id"] }),
    )
    .await
    .unwrap_err();
    assert_eq!(
        (status, error["error"]["param"].clone()),
        (400, json!("flow.type"))
    );
    let (status, error) = mint_with(
        &app,
        json!({ "flow": { "type": "customer_update",
                          "subscriptionCancel": { "subscription": app.merchant.subscription_id } } }),
    )
    .await
    .unwrap_err();
    assert_eq!(
        (status, error["error"]["param"].clone()),
        (400, json!("flow.subscriptionCancel"))
    );
}
on_both_backends!(customer_update_lands_on_billing_details_and_saving_completes_it);

async fn a_flow_that_cannot_run_is_refused_when_minted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let subscription = app.merchant.subscription_id.clone();
    let (other_customer, _) = seed_customer(&app.db, &app.merchant.id, "Someone Else").await;
    let other_subscription = {
        let (status, created) = app
            .api(
                "POST",
                "/v1/subscriptions",
                Some(json!({ "customer": other_customer, "price": "price_basic_monthly" })),
            )
            .await;
        assert_eq!(status, 200, "{created}");
        created["id"].as_str().unwrap().to_string()
    };
    let (status, configuration) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations",
            Some(
                json!({ "features": { "subscriptionCancel": { "enabled": false },
                                       "paymentMethodUpdate": { "enabled": true } } }),
            ),
        )
        .await;
    assert_eq!(status, 200, "{configuration}");
    let no_cancel = configuration["id"].as_str().unwrap();

    let cases = [
        (
            json!({ "flow": { "type": "subscription_cancel",
                              "subscriptionCancel": { "subscription": other_subscription } } }),
            "flow.subscription",
        ),
        (
            json!({ "flow": { "type": "subscription_cancel",
                              "subscriptionCancel": { "subscription": subscription } },
                    "configuration": no_cancel }),
            "flow.type",
        ),
        (
            json!({ "flow": { "type": "subscription_update" } }),
            "flow.subscriptionUpdate",
        ),
        (
            json!({ "flow": { "type": "payment_method_update",
                              "subscriptionCancel": { "subscription": subscription } } }),
            "flow.subscriptionCancel",
        ),
        (
            json!({ "flow": { "type": "subscription_update_confirm",
                              "subscriptionUpdateConfirm": { "subscription": subscription,
                                  "items": [{ "price": "price_doesNotExist" }] } } }),
            "flow.subscriptionUpdateConfirm.items.price",
        ),
        (
            json!({ "flow": { "type": "subscription_update_confirm",
                              "subscriptionUpdateConfirm": { "subscription": subscription,
                                  "items": [] } } }),
            "flow.subscriptionUpdateConfirm.items",
        ),
        (
            json!({ "flow": { "type": "subscription_update_confirm",
                              "subscriptionUpdateConfirm": { "subscription": subscription,
                                  "items": [{ "price": "price_pro_monthly", "quantity": 5 }] } } }),
            "flow.subscriptionUpdateConfirm.items.quantity",
        ),
        (
            json!({ "flow": { "type": "payment_method_update",
                              "afterCompletion": { "type": "redirect" } } }),
            "flow.afterCompletion.redirect",
        ),
        (
            json!({ "flow": { "type": "payment_method_update",
                              "afterCompletion": { "type": "redirect",
                                  "redirect": { "returnUrl": "javascript:alert(1)" } } } }),
            "flow.afterCompletion.redirect.returnUrl",
        ),
    ];
    for (extra, param) in cases {
        let (status, error) = mint_with(&app, extra.clone()).await.unwrap_err();
        assert_eq!(status, 400, "{extra} → {error}");
        assert_eq!(error["error"]["param"], param, "{extra} → {error}");
    }
    let (status, error) = mint_with(&app, json!({ "flow": { "type": "billing_details" } }))
        .await
        .unwrap_err();
    assert_eq!(status, 400, "{error}");
    let (_, sessions) = app
        .api(
            "GET",
            &format!(
                "/v1/billing/portal/sessions?customer={}",
                app.merchant.customer_id
            ),
            None,
        )
        .await;
    assert_eq!(sessions["data"], json!([]), "nothing was minted");
}
on_both_backends!(a_flow_that_cannot_run_is_refused_when_minted);

/// `flow.subscriptionCancel.retention`: the link's own coupon is offered on the cancel page
/// in place of the configuration's, and accepting it applies that coupon; an unknown coupon
/// or another retention type is refused when minted.
async fn a_cancel_link_offers_its_own_retention_coupon(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let subscription = app.merchant.subscription_id.clone();
    let (status, coupon) = app
        .api(
            "POST",
            "/v1/coupons",
            Some(
                json!({ "id": "rwd_winback50", "name": "Win-back", "percentOff": 50,
                         "duration": "repeating", "durationInMonths": 2 }),
            ),
        )
        .await;
    assert_eq!(status, 200, "{coupon}");
    let flow = |coupon: &str| {
        json!({ "type": "subscription_cancel",
                "subscriptionCancel": { "subscription": subscription,
                    "retention": { "type": "coupon_offer", "couponOffer": { "coupon": coupon } } } })
    };

    let (status, refused) = mint(&app, flow("rwd_missing")).await.unwrap_err();
    assert_eq!(status, 400);
    assert_eq!(
        refused["error"]["param"],
        "flow.subscriptionCancel.retention.couponOffer.coupon"
    );
    let mut other_type = flow("rwd_winback50");
    other_type["subscriptionCancel"]["retention"]["type"] = json!("pause_offer");
    let (status, refused) = mint(&app, other_type).await.unwrap_err();
    assert_eq!(status, 400, "{refused}");

    // A session without the flow does not see the link's offer.
    let plain = app.signed_in_cookie().await;
    let (_, plain_page) = app
        .page(
            &plain,
            &format!("/portal/subscriptions/{subscription}/cancel"),
        )
        .await;
    assert!(!plain_page.contains("50%"));

    let (landed, cookie) = land(&app, mint(&app, flow("rwd_winback50")).await.unwrap()).await;
    assert_eq!(
        landed,
        format!("/portal/subscriptions/{subscription}/cancel")
    );
    let (status, page) = app.page(&cookie, &landed).await;
    assert_eq!(status, 200);
    assert!(page.contains("Before you go"), "no offer on the page");
    assert!(
        page.contains("50%"),
        "the link's coupon is not the one offered"
    );
    let accepted = app
        .post_form(
            &cookie,
            AcceptRetentionOffer::PATH,
            &[("subscription_id", subscription.as_str())],
        )
        .await;
    assert_eq!(accepted.status(), 302);
    let after = app.subscription(&subscription).await;
    assert_eq!(after["discount"]["coupon"], "rwd_winback50", "{after}");
    assert_eq!(after["cancelAtPeriodEnd"], false);
}
on_both_backends!(a_cancel_link_offers_its_own_retention_coupon);

/// `flow.subscriptionUpdateConfirm.discounts`: the link's coupon comes with the change it
/// confirms. The review names it and takes it off the next invoice, the signed quote carries
/// it, and confirming applies it with the plan in one event; a session without the link
/// sees the same change without it. An unknown coupon, one in another currency or more
/// than one are refused when minted.
async fn an_update_confirm_link_applies_its_discount_with_the_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let subscription = app.merchant.subscription_id.clone();
    let customer = app.merchant.customer_id.clone();
    // A frozen clock: both reviews prorate at the same second.
    app.advance_clock(
        &customer,
        vinr_portal::server::services::now_unix() + 86_400,
    )
    .await;
    for coupon in [
        json!({ "id": "rwd_upgrade20", "name": "Upgrade offer", "percentOff": 20, "duration": "forever" }),
        json!({ "id": "rwd_eur5", "amountOff": 500, "currency": "eur", "duration": "once" }),
    ] {
        let (status, body) = app.api("POST", "/v1/coupons", Some(coupon)).await;
        assert_eq!(status, 200, "{body}");
    }
    let flow = |discounts: Value| {
        json!({ "type": "subscription_update_confirm",
                "subscriptionUpdateConfirm": { "subscription": subscription,
                    "items": [{ "price": "price_pro_monthly" }], "discounts": discounts } })
    };
    for (discounts, param) in [
        (
            json!([{ "coupon": "rwd_missing" }]),
            "flow.subscriptionUpdateConfirm.discounts.coupon",
        ),
        (
            json!([{ "coupon": "rwd_eur5" }]),
            "flow.subscriptionUpdateConfirm.discounts.coupon",
        ),
        (
            json!([{ "coupon": "rwd_upgrade20" }, { "coupon": "rwd_eur5" }]),
            "flow.subscriptionUpdateConfirm.discounts",
        ),
    ] {
        let (status, refused) = mint(&app, flow(discounts.clone())).await.unwrap_err();
        assert_eq!(status, 400, "{discounts} → {refused}");
        assert_eq!(refused["error"]["param"], param, "{discounts} → {refused}");
    }
    let (status, refused) = mint(&app, flow(json!([{ "promotionCode": "SPRING" }])))
        .await
        .unwrap_err();
    assert_eq!(status, 400, "{refused}");

    // Quote fields: 4 amount due today, 5 next invoice total, 8 the coupon.
    let fields = |quote: &str| -> Vec<String> { quote.split('.').map(str::to_string).collect() };
    let plain = app.signed_in_cookie().await;
    let without = fields(
        &app.review_quote(&plain, &subscription, "price_pro_monthly", Some(1))
            .await,
    );
    assert_eq!(without[8], "", "a session without the link gets no coupon");

    let (landing, cookie) = land(
        &app,
        mint(&app, flow(json!([{ "coupon": "rwd_upgrade20" }])))
            .await
            .unwrap(),
    )
    .await;
    let (status, review) = app.page(&cookie, &landing).await;
    assert_eq!(status, 200);
    // 20% of Pro's $29.00.
    assert!(
        review.contains(
            "Discount applied with this change: Upgrade offer ($5.80 off your next invoice)"
        ),
        "{review}"
    );
    let quote = support::quote_in(&review);
    let with = fields(&quote);
    assert_eq!(with[8], "rwd_upgrade20");
    assert_eq!(with[4], without[4], "nothing more or less is due today");
    let next = |fields: &[String]| fields[5].parse::<i64>().unwrap();
    assert_eq!(next(&with), next(&without) - 580, "{with:?} vs {without:?}");

    // The plain session cannot confirm the link's quote (it is signed for its session).
    let response = app
        .post_form(
            &plain,
            vinr_portal::ui::portal::SwitchPlan::PATH,
            &[
                ("subscription_id", subscription.as_str()),
                ("quote", &quote),
            ],
        )
        .await;
    assert_eq!(response.status(), 302);
    assert_eq!(
        app.subscription(&subscription).await["discount"],
        Value::Null
    );

    let response = app
        .post_form(
            &cookie,
            vinr_portal::ui::portal::SwitchPlan::PATH,
            &[
                ("subscription_id", subscription.as_str()),
                ("quote", &quote),
            ],
        )
        .await;
    assert_eq!(response.status(), 302);
    let after = app.subscription(&subscription).await;
    assert_eq!(after["price"]["id"], "price_pro_monthly", "{after}");
    assert_eq!(after["discount"]["coupon"], "rwd_upgrade20", "{after}");
    let (_, events) = app
        .api("GET", "/v1/events?type=subscription.updated", None)
        .await;
    let latest = &events["data"][0];
    assert!(
        latest["data"]["previousAttributes"]
            .as_object()
            .is_some_and(|previous| previous.get("discount") == Some(&Value::Null)),
        "the event says there was no coupon before: {latest}"
    );
    assert_eq!(
        latest["data"]["previousAttributes"]["price"]["id"], "price_basic_monthly",
        "one event for the plan and its coupon: {latest}"
    );
    assert_eq!(
        latest["data"]["object"]["discount"]["coupon"],
        "rwd_upgrade20"
    );
}
on_both_backends!(an_update_confirm_link_applies_its_discount_with_the_change);

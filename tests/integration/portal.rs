//! The portal's pages and server functions, authorised by the session cookie only.
use leptos::server_fn::ServerFn;
use serde_json::Value;
use vinr_portal::{server::db::store, ui::portal::SwitchPlan};

use crate::{
    on_both_backends,
    support::{seed_customer, seed_merchant, Backend, TestApp},
};

/// Opens the review of switching to `price` and posts its confirmation as a browser
/// without WASM would (with no quote when the review does not open).
async fn post_switch(
    app: &TestApp,
    cookie: Option<&str>,
    subscription: &str,
    price: &str,
) -> reqwest::Response {
    let quote = match cookie {
        Some(cookie) => {
            let review = format!("/portal/subscriptions/{subscription}/review?price={price}");
            match app.page(cookie, &review).await {
                (200, html) => crate::support::quote_in(&html),
                _ => String::new(),
            }
        }
        None => String::new(),
    };
    let mut request = app
        .http
        .post(app.url(SwitchPlan::PATH))
        .header("accept", "text/html")
        .header("origin", &app.base)
        .form(&[("subscription_id", subscription), ("quote", &quote)]);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

async fn price_of(app: &TestApp, merchant_id: &str, subscription: &str) -> String {
    let mut conn = app.db.conn().await.unwrap();
    store::subscriptions::get(conn.exec(), merchant_id, false, None, subscription)
        .await
        .unwrap()
        .unwrap()
        .price_id
}

async fn the_portal_switches_plan_through_the_shared_service(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();

    let form = app
        .http
        .get(app.url(&format!("/portal/subscriptions/{sub}/update")))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let html = form.text().await.unwrap();
    assert!(html.contains("Pro") && html.contains("$29.00 per month"));
    assert!(
        !html.contains("Enterprise"),
        "only the configuration's products are offered"
    );

    let response = post_switch(&app, Some(&cookie), &sub, "price_pro_monthly").await;
    assert_eq!(response.status(), 302);
    assert_eq!(
        response.headers()["location"],
        "/portal?notice=plan_updated"
    );
    assert_eq!(
        price_of(&app, &app.merchant.id, &sub).await,
        "price_pro_monthly"
    );

    let overview = app
        .http
        .get(app.url("/portal?notice=plan_updated"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let html = overview.text().await.unwrap();
    assert!(html.contains("Your plan has been updated."));
    assert!(html.contains("$29.00 per month"));

    let mut conn = app.db.conn().await.unwrap();
    let events = store::events::list_for_object(conn.exec(), &app.merchant.id, &sub)
        .await
        .unwrap();
    let updated = events
        .iter()
        .find(|e| e.event_type == "subscription.updated")
        .expect("event recorded");
    let payload: Value = serde_json::from_str(&updated.payload).unwrap();
    assert_eq!(payload["initiatedBy"]["type"], "portal_session");
    assert!(payload["initiatedBy"]["id"]
        .as_str()
        .unwrap()
        .starts_with("bps_"));
    assert_eq!(
        payload["data"]["object"]["price"]["id"],
        "price_pro_monthly"
    );
    assert_eq!(
        payload["data"]["previousAttributes"]["price"]["id"],
        "price_basic_monthly"
    );
}
on_both_backends!(the_portal_switches_plan_through_the_shared_service);

async fn the_portal_refuses_plans_outside_its_configuration(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();

    let review = format!("/portal/subscriptions/{sub}/review?price=price_enterprise_monthly");
    assert_eq!(
        app.page(&cookie, &review).await.0,
        403,
        "no review to confirm"
    );
    let response = post_switch(&app, Some(&cookie), &sub, "price_enterprise_monthly").await;
    assert_eq!(response.status(), 302);
    assert_eq!(
        response.headers()["location"],
        format!("/portal/subscriptions/{sub}/update?error=price_changed")
    );
    assert_eq!(
        price_of(&app, &app.merchant.id, &sub).await,
        "price_basic_monthly"
    );

    let page = app
        .http
        .get(app.url(&format!(
            "/portal/subscriptions/{sub}/update?error=not_available"
        )))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert!(page.text().await.unwrap().contains("role=\"alert\""));
}
on_both_backends!(the_portal_refuses_plans_outside_its_configuration);

async fn other_customers_subscriptions_read_as_missing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let (_, neighbour_sub) = seed_customer(&app.db, &app.merchant.id, "Neighbour").await;
    let stranger = seed_merchant(&app.db, "Other Co").await;

    for foreign in [neighbour_sub.as_str(), stranger.subscription_id.as_str()] {
        let page = app
            .http
            .get(app.url(&format!("/portal/subscriptions/{foreign}/update")))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 404);

        let response = post_switch(&app, Some(&cookie), foreign, "price_pro_monthly").await;
        assert_eq!(
            response.headers()["location"],
            format!("/portal/subscriptions/{foreign}/update?error=price_changed")
        );
    }
    assert_eq!(
        price_of(&app, &app.merchant.id, &neighbour_sub).await,
        "price_basic_monthly"
    );
    assert_eq!(
        price_of(&app, &stranger.id, &stranger.subscription_id).await,
        "price_basic_monthly"
    );

    // The overview lists only the signed-in customer's subscription.
    let html = app
        .http
        .get(app.url("/portal"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&app.merchant.subscription_id));
    assert!(!html.contains(&neighbour_sub));
}
on_both_backends!(other_customers_subscriptions_read_as_missing);

async fn without_a_cookie_nothing_is_shown_or_changed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();

    let page = app.http.get(app.url("/portal")).send().await.unwrap();
    assert_eq!(page.status(), 401);
    let html = page.text().await.unwrap();
    assert!(html.contains("Your session has ended"));
    assert!(!html.contains("Jenny Rosen"));

    let forged = app
        .http
        .get(app.url("/portal"))
        .header("cookie", "vinr_portal=forged")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);

    let response = post_switch(&app, None, &sub, "price_pro_monthly").await;
    assert_eq!(response.headers()["location"], "/portal");
    assert_eq!(
        price_of(&app, &app.merchant.id, &sub).await,
        "price_basic_monthly"
    );
}
on_both_backends!(without_a_cookie_nothing_is_shown_or_changed);

async fn cross_site_form_posts_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let response = app
        .http
        .post(app.url(SwitchPlan::PATH))
        .header("origin", "https://evil.example")
        .header("cookie", &cookie)
        .form(&[("subscription_id", sub.as_str()), ("quote", "any")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        price_of(&app, &app.merchant.id, &sub).await,
        "price_basic_monthly"
    );
}
on_both_backends!(cross_site_form_posts_are_refused);

async fn the_overview_shows_every_subscription_oldest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A second subscription (Pro, set to cancel) and a coupon on the first (Basic).
    let (status, pro) = app
        .api(
            "POST",
            "/v1/subscriptions",
            Some(serde_json::json!({ "customer": app.merchant.customer_id, "price": "price_pro_monthly" })),
        )
        .await;
    assert_eq!(status, 200, "{pro}");
    let pro_id = pro["id"].as_str().unwrap();
    // Started a minute after Basic (both were made within the same second).
    app.sql(
        "UPDATE subscriptions SET created_at = created_at + 60 WHERE id = $1",
        pro_id,
    )
    .await;
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{pro_id}"),
            Some(serde_json::json!({ "cancelAtPeriodEnd": true })),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{}", app.merchant.subscription_id),
            Some(serde_json::json!({ "coupon": "rwd_save20" })),
        )
        .await;
    assert_eq!(status, 200);

    let cookie = app.signed_in_cookie().await;
    let (status, html) = app.page(&cookie, "/portal").await;
    assert_eq!(status, 200);
    let basic = html
        .find(&format!(
            "data-subscription=\"{}\"",
            app.merchant.subscription_id
        ))
        .expect("the Basic subscription");
    let pro_at = html
        .find(&format!("data-subscription=\"{pro_id}\""))
        .expect("the Pro subscription");
    assert!(basic < pro_at, "oldest first");
    let (basic_card, pro_card) = (&html[basic..pro_at], &html[pro_at..]);
    assert!(basic_card.contains("Basic") && basic_card.contains("Renews on"));
    assert!(basic_card.contains("Save 20%"), "{basic_card}");
    assert!(basic_card.contains("Latest invoice"), "{basic_card}");
    assert!(pro_card.contains("Pro") && pro_card.contains("Cancels on"));
    assert!(pro_card.contains("$29.00 per month"), "{pro_card}");
    assert!(pro_card.contains("Renew plan"), "{pro_card}");

    // A customer without any subscription is told so.
    let (status, customer) = app
        .api(
            "POST",
            "/v1/customers",
            Some(serde_json::json!({ "name": "Newcomer", "email": "new@example.com" })),
        )
        .await;
    assert_eq!(status, 200, "{customer}");
    let newcomer = app
        .signed_in_cookie_for(customer["id"].as_str().unwrap())
        .await;
    let (status, html) = app.page(&newcomer, "/portal").await;
    assert_eq!(status, 200);
    assert!(html.contains("Newcomer"));
    assert!(
        html.contains("You don't have a subscription yet."),
        "{html}"
    );
}
on_both_backends!(the_overview_shows_every_subscription_oldest_first);

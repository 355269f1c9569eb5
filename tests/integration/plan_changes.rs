//! Plan and quantity changes with proration: the preview and the change agree to the minor unit.
use serde_json::{json, Value};
use vinr_portal::server::db::store;

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

async fn api(app: &TestApp, method: &str, path: &str, body: Value) -> (u16, Value) {
    app.api(method, path, Some(body)).await
}

async fn pending_items(app: &TestApp, subscription: &str) -> Vec<i64> {
    let mut conn = app.db.conn().await.unwrap();
    store::invoice_items::pending_for_subscription(conn.exec(), &app.merchant.id, subscription)
        .await
        .unwrap()
        .iter()
        .map(|item| item.amount)
        .collect()
}

/// The subscription's current period, as unix seconds.
async fn period(app: &TestApp, subscription: &str) -> (i64, i64) {
    let mut conn = app.db.conn().await.unwrap();
    let row = store::subscriptions::get(conn.exec(), &app.merchant.id, false, None, subscription)
        .await
        .unwrap()
        .unwrap();
    (row.current_period_start, row.current_period_end)
}

async fn the_preview_matches_the_change_to_the_minor_unit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let (start, end) = period(&app, &sub).await;
    let midway = start + (end - start) / 3;

    let (status, preview) = api(
        &app,
        "POST",
        &format!("/v1/subscriptions/{sub}/preview"),
        json!({ "price": "price_pro_monthly", "quantity": 2, "prorationDate": midway }),
    )
    .await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(preview["prorationDate"], midway);
    assert_eq!(preview["prorationBehavior"], "create_prorations");
    let lines: Vec<i64> = preview["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["amount"].as_i64().unwrap())
        .collect();
    let unused = (end - midway) as f64 / (end - start) as f64;
    assert_eq!(lines.len(), 2);
    assert!(
        (lines[0] as f64 + 900.0 * unused).abs() <= 0.5,
        "credit {lines:?}"
    );
    assert!(
        (lines[1] as f64 - 2.0 * 2900.0 * unused).abs() <= 0.5,
        "charge {lines:?}"
    );
    assert_eq!(preview["amountDueToday"], 0);
    assert_eq!(preview["nextInvoiceTotal"], 2 * 2900 + lines[0] + lines[1]);
    assert_eq!(preview["lines"][0]["kind"], "credit");
    assert_eq!(preview["lines"][1]["kind"], "charge");
    assert_eq!(preview["lines"][1]["quantity"], 2);
    assert_eq!(preview["lines"][1]["periodStart"], midway);
    assert_eq!(preview["lines"][1]["periodEnd"], end);
    assert_eq!(preview["newUnitAmount"], 2900);
    assert_eq!(preview["newInterval"], "month");
    assert_numbers_only(&preview);
    assert!(
        pending_items(&app, &sub).await.is_empty(),
        "a preview changes nothing"
    );

    let (status, changed) = api(
        &app,
        "POST",
        &format!("/v1/subscriptions/{sub}"),
        json!({ "price": "price_pro_monthly", "quantity": 2, "prorationDate": midway }),
    )
    .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["quantity"], 2);
    let mut items = pending_items(&app, &sub).await;
    let mut expected = lines.clone();
    items.sort();
    expected.sort();
    assert_eq!(
        items, expected,
        "the change creates exactly the previewed items"
    );
}
on_both_backends!(the_preview_matches_the_change_to_the_minor_unit);

async fn proration_behaviours_and_bad_requests(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let path = format!("/v1/subscriptions/{sub}");

    let (status, preview) = api(
        &app,
        "POST",
        &format!("{path}/preview"),
        json!({ "price": "price_pro_monthly", "prorationBehavior": "always_invoice" }),
    )
    .await;
    assert_eq!(status, 200);
    assert!(preview["amountDueToday"].as_i64().unwrap() > 0);

    let (start, _) = period(&app, &sub).await;
    for (body, param) in [
        (json!({ "quantity": 0 }), "quantity"),
        (json!({ "quantity": 10_001 }), "quantity"),
        (
            json!({ "price": "price_pro_monthly", "prorationDate": start - 86_400 }),
            "prorationDate",
        ),
        (
            json!({ "price": "price_pro_monthly", "prorationBehavior": "sometimes" }),
            "prorationBehavior",
        ),
    ] {
        let (status, error) = api(&app, "POST", &path, body.clone()).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{body} → {error}");
    }
    assert!(pending_items(&app, &sub).await.is_empty());

    let (status, changed) = api(
        &app,
        "POST",
        &path,
        json!({ "price": "price_pro_monthly", "prorationBehavior": "none" }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(changed["price"]["id"], "price_pro_monthly");
    assert!(
        pending_items(&app, &sub).await.is_empty(),
        "none makes no proration lines"
    );

    // A coupon takes its share off the next invoice's recurring amount (20% of $29.00).
    let (status, _) = api(&app, "POST", &path, json!({ "coupon": "rwd_save20" })).await;
    assert_eq!(status, 200);
    let (_, preview) = api(&app, "POST", &format!("{path}/preview"), json!({})).await;
    assert_eq!(preview["lines"], json!([]));
    assert_eq!(preview["nextInvoiceTotal"], 2900 - 580);
    assert_numbers_only(&preview);
}

/// A preview is a domain value: amounts, currencies, ids, names and timestamps, no words a
/// page would show (no formatted prices or dates, no `…Label` fields).
fn assert_numbers_only(preview: &Value) {
    fn walk(value: &Value, path: &str) {
        match value {
            Value::Object(fields) => {
                for (name, field) in fields {
                    assert!(!name.ends_with("Label"), "{path}.{name}");
                    walk(field, &format!("{path}.{name}"));
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, path)),
            Value::String(text) => assert!(
                !text.contains('$') && !text.contains(" after ") && !text.contains(" per "),
                "{path}: {text}"
            ),
            _ => {}
        }
    }
    walk(preview, "preview");
}
on_both_backends!(proration_behaviours_and_bad_requests);

async fn the_portal_review_shows_what_the_confirmation_applies(backend: Backend) {
    use leptos::server_fn::ServerFn;
    use vinr_portal::ui::portal::SwitchPlan;

    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let html = app
        .http
        .get(app.url(&format!(
            "/portal/subscriptions/{sub}/review?price=price_pro_monthly"
        )))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Review your change"));
    assert!(html.contains("Unused time on Basic"));
    assert!(html.contains("Remaining time on Pro"));
    let quote = crate::support::quote_in(&html);
    // The proration time is the server's, signed into the quote (its fourth field).
    let proration_date = quote.split('.').nth(3).unwrap().to_string();
    assert!(!html.contains("name=\"proration_date\""));
    assert!(pending_items(&app, &sub).await.is_empty());

    let response = app
        .http
        .post(app.url(SwitchPlan::PATH))
        .header("accept", "text/html")
        .header("origin", &app.base)
        .header("cookie", &cookie)
        .form(&[("subscription_id", sub.as_str()), ("quote", quote.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["location"],
        "/portal?notice=plan_updated"
    );
    let (_, preview) = api(
        &app,
        "POST",
        &format!("/v1/subscriptions/{sub}/preview"),
        json!({ "price": "price_basic_monthly", "prorationDate": proration_date.parse::<i64>().unwrap() }),
    )
    .await;
    // Switching back at the same instant would exactly undo the portal's lines.
    let items = pending_items(&app, &sub).await;
    let back: Vec<i64> = preview["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["amount"].as_i64().unwrap())
        .collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0] + items[1] + back[0] + back[1], 0);

    // A plan outside the configuration has no review.
    let page = app
        .http
        .get(app.url(&format!(
            "/portal/subscriptions/{sub}/review?price=price_enterprise_monthly"
        )))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 403);
}
on_both_backends!(the_portal_review_shows_what_the_confirmation_applies);

async fn the_portal_changes_quantity_within_the_configured_bounds(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, body) = api(
        &app,
        "POST",
        "/v1/billing/portal/configurations/default",
        json!({ "features": { "subscriptionUpdate": { "products": [
            { "product": "prod_basic", "adjustableQuantity": { "enabled": true, "minimum": 1, "maximum": 5 } },
            "prod_pro"
        ] } } }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let get = |path: String| {
        let request = app.http.get(app.url(&path)).header("cookie", &cookie);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };

    let (_, form) = get(format!("/portal/subscriptions/{sub}/update")).await;
    assert!(form.contains("name=\"quantity\""));
    assert!(form.contains("min=\"1\"") && form.contains("max=\"5\""));

    let (status, review) = get(format!(
        "/portal/subscriptions/{sub}/review?price=price_basic_monthly&quantity=3"
    ))
    .await;
    assert_eq!(status, 200);
    assert!(
        review.contains("3 × Basic"),
        "{}",
        &review[review.find("<main").unwrap_or(0)..]
    );
    let (status, refused) = get(format!(
        "/portal/subscriptions/{sub}/review?price=price_basic_monthly&quantity=9"
    ))
    .await;
    assert_eq!(status, 403);
    assert!(refused.contains("Choose a quantity from 1 to 5"));
    let (status, _) = get(format!(
        "/portal/subscriptions/{sub}/review?price=price_pro_monthly&quantity=2"
    ))
    .await;
    assert_eq!(status, 403, "Pro's quantity is not adjustable");

    let location = app
        .confirm_plan_change(&cookie, &sub, "price_basic_monthly", Some(3))
        .await;
    assert_eq!(location, "/portal?notice=plan_updated");
    let (_, subscription) = api(
        &app,
        "GET",
        &format!("/v1/subscriptions/{sub}"),
        json!(null),
    )
    .await;
    assert_eq!(subscription["quantity"], 3);
}
on_both_backends!(the_portal_changes_quantity_within_the_configured_bounds);

/// The customer cannot pick the proration time or the amounts: the confirmation carries
/// only the server's signed quote, and anything else is refused with nothing changed.
async fn the_portal_confirms_only_the_servers_signed_preview(backend: Backend) {
    use leptos::server_fn::ServerFn;
    use vinr_portal::ui::portal::SwitchPlan;

    let app = TestApp::spawn(backend).await;
    let cookie = app.signed_in_cookie().await;
    let sub = app.merchant.subscription_id.clone();
    let (start, end) = period(&app, &sub).await;
    let post = |cookie: String, fields: Vec<(&'static str, String)>| {
        let request = app
            .http
            .post(app.url(SwitchPlan::PATH))
            .header("accept", "text/html")
            .header("origin", &app.base)
            .header("cookie", cookie)
            .form(&fields);
        async move {
            let response = request.send().await.unwrap();
            response.headers()["location"].to_str().unwrap().to_string()
        }
    };
    let refused = format!("/portal/subscriptions/{sub}/update?error=price_changed");
    let quote = app
        .review_quote(&cookie, &sub, "price_pro_monthly", None)
        .await;

    // The old exploit: an upgrade prorated from the period's end costs nothing.
    let location = post(
        cookie.clone(),
        vec![
            ("subscription_id", sub.clone()),
            ("price_id", "price_pro_monthly".into()),
            ("proration_date", end.to_string()),
        ],
    )
    .await;
    assert_eq!(location, refused, "a confirmation without a quote");
    // The quote's proration time moved to the period's end (or start), the amounts edited.
    let mut fields: Vec<String> = quote.split('.').map(str::to_string).collect();
    let quoted: i64 = fields[3].parse().unwrap();
    for (index, value) in [
        (3, end.to_string()),
        (3, (quoted - 3_600).to_string()),
        (5, "0".to_string()),
    ] {
        let original = std::mem::replace(&mut fields[index], value);
        let location = post(
            cookie.clone(),
            vec![
                ("subscription_id", sub.clone()),
                ("quote", fields.join(".")),
            ],
        )
        .await;
        assert_eq!(location, refused, "field {index} altered");
        fields[index] = original;
    }
    // Another session of the same customer cannot replay it.
    let other_cookie = app.signed_in_cookie().await;
    let location = post(
        other_cookie,
        vec![("subscription_id", sub.clone()), ("quote", quote.clone())],
    )
    .await;
    assert_eq!(location, refused, "a quote from another session");
    assert!(
        pending_items(&app, &sub).await.is_empty(),
        "nothing changed"
    );
    assert_eq!(
        app.subscription(&sub).await["price"]["id"],
        "price_basic_monthly"
    );

    // The merchant applies a coupon meanwhile: the shown amounts no longer hold.
    let (status, body) = api(
        &app,
        "POST",
        &format!("/v1/subscriptions/{sub}"),
        json!({ "coupon": "rwd_save20" }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let location = post(
        cookie.clone(),
        vec![("subscription_id", sub.clone()), ("quote", quote.clone())],
    )
    .await;
    assert_eq!(location, refused, "amounts moved since the review");
    assert_eq!(
        app.subscription(&sub).await["price"]["id"],
        "price_basic_monthly"
    );

    // A fresh review confirms, prorated at the time the server chose for it.
    let quote = app
        .review_quote(&cookie, &sub, "price_pro_monthly", None)
        .await;
    let quoted_time: i64 = quote.split('.').nth(3).unwrap().parse().unwrap();
    assert!((start..end).contains(&quoted_time));
    assert!((quoted_time - vinr_portal::server::services::now_unix()).abs() < 60);
    let location = post(
        cookie.clone(),
        vec![("subscription_id", sub.clone()), ("quote", quote)],
    )
    .await;
    assert_eq!(location, "/portal?notice=plan_updated");
    let mut conn = app.db.conn().await.unwrap();
    let items = store::invoice_items::pending_for_subscription(conn.exec(), &app.merchant.id, &sub)
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    assert!(items
        .iter()
        .all(|item| item.period_start == quoted_time && item.period_end == end));
}
on_both_backends!(the_portal_confirms_only_the_servers_signed_preview);

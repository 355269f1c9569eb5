//! `GET /v1/events`: newest first, filters, cursor pagination, merchant scope.
use serde_json::json;

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

async fn events_list_newest_first_with_filters_and_a_cursor(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    for price in [
        "price_pro_monthly",
        "price_basic_monthly",
        "price_pro_monthly",
    ] {
        let (status, _) = app
            .api(
                "POST",
                &format!("/v1/subscriptions/{sub}"),
                Some(json!({ "price": price })),
            )
            .await;
        assert_eq!(status, 200);
    }
    let (status, page) = app
        .api("GET", "/v1/events?type=subscription.updated&limit=2", None)
        .await;
    assert_eq!(status, 200, "{page}");
    let data = page["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!(page["hasMore"], true);
    assert_eq!(
        data[0]["data"]["object"]["price"]["id"], "price_pro_monthly",
        "newest first"
    );
    assert_eq!(
        data[1]["data"]["object"]["price"]["id"],
        "price_basic_monthly"
    );
    let cursor = data[1]["id"].as_str().unwrap();
    let (_, next) = app
        .api(
            "GET",
            &format!("/v1/events?type=subscription.updated&limit=2&startingAfter={cursor}"),
            None,
        )
        .await;
    let rest = next["data"].as_array().unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(next["hasMore"], false);
    assert_eq!(
        rest[0]["data"]["object"]["price"]["id"],
        "price_pro_monthly"
    );

    let (_, paid) = app
        .api("GET", "/v1/events?type=invoice.paid&limit=100", None)
        .await;
    assert_eq!(
        paid["data"].as_array().unwrap().len(),
        1,
        "the seeded first invoice"
    );
    let customer = &app.merchant.customer_id;
    let (_, mine) = app
        .api(
            "GET",
            &format!("/v1/events?customer={customer}&limit=100"),
            None,
        )
        .await;
    assert!(mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["data"]["object"]["customer"] == json!(customer)
            || e["data"]["object"]["id"] == json!(customer)));
    let (_, none) = app
        .api("GET", "/v1/events?createdGte=4102444800", None)
        .await;
    assert_eq!(none["data"].as_array().unwrap().len(), 0);

    let id = data[0]["id"].as_str().unwrap();
    let (status, one) = app.api("GET", &format!("/v1/events/{id}"), None).await;
    assert_eq!(status, 200);
    assert_eq!(one, data[0]);
    let other = support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(&other.secret_key, "GET", &format!("/v1/events/{id}"), None)
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/events?startingAfter={id}"),
            None,
        )
        .await;
    assert_eq!(status, 404, "another merchant's cursor");
    for bad in ["limit=0", "limit=101", "createdGte=soon", "bogus=1"] {
        let (status, error) = app.api("GET", &format!("/v1/events?{bad}"), None).await;
        assert_eq!(status, 400, "{bad}: {error}");
    }
}
on_both_backends!(events_list_newest_first_with_filters_and_a_cursor);

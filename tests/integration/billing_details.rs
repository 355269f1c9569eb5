//! Billing details and tax IDs through the REST API: every field checked before anything
//! is saved, events with the previous values, and merchant scope.
use serde_json::{json, Value};
use vinr_portal::server::db::store;

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

async fn event_types(app: &TestApp, object: &str) -> Vec<(String, Value)> {
    let mut conn = app.db.conn().await.unwrap();
    store::events::list_for_object(conn.exec(), &app.merchant.id, object)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.event_type, serde_json::from_str(&e.payload).unwrap()))
        .collect()
}

async fn details_are_checked_field_by_field_and_saved_whole(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let path = format!("/v1/customers/{customer}");
    let good_address = json!({
        "line1": "1 Main St", "city": "Springfield", "postalCode": "62701",
        "state": "il", "country": "us"
    });
    let (status, updated) = app
        .api(
            "POST",
            &path,
            Some(json!({ "name": "Jenny R.", "phone": "+1 (555) 010-0000", "address": good_address })),
        )
        .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["name"], "Jenny R.");
    assert_eq!(updated["phone"], "+1 (555) 010-0000");
    assert_eq!(updated["address"]["state"], "IL");
    assert_eq!(updated["address"]["country"], "US");
    let (kind, event) = event_types(&app, &customer).await.pop().unwrap();
    assert_eq!(kind, "customer.updated");
    assert_eq!(event["data"]["previousAttributes"]["name"], "Jenny Rosen");
    assert_eq!(event["data"]["previousAttributes"]["address"], Value::Null);

    // Two bad fields: both named, nothing saved (not even the valid name).
    let (status, error) = app
        .api(
            "POST",
            &path,
            Some(json!({
                "name": "Someone Else",
                "email": "not-an-email",
                "address": { "line1": "10 Downing St", "city": "London", "postalCode": "SW1A 1A1", "country": "GB" }
            })),
        )
        .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["param"], "email");
    let message = error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("email: ") && message.contains("address.postalCode: "),
        "{message}"
    );
    let (_, unchanged) = app.api("GET", &path, None).await;
    assert_eq!(unchanged["name"], "Jenny R.");
    assert_eq!(unchanged["address"]["city"], "Springfield");

    // A German address has no state; clearing the phone with null.
    let (status, updated) = app
        .api(
            "POST",
            &path,
            Some(json!({
                "phone": null,
                "address": { "line1": "Unter den Linden 1", "city": "Berlin", "postalCode": "10117", "state": "BE", "country": "DE" }
            })),
        )
        .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["phone"], Value::Null);
    assert_eq!(updated["address"]["state"], Value::Null);
    let (status, error) = app
        .api("POST", &path, Some(json!({ "address": { "line1": "x", "city": "y", "postalCode": "1", "country": "DE", "bogus": 1 } })))
        .await;
    assert_eq!(status, 400);
    assert!(
        error["error"]["param"].as_str().unwrap().contains("bogus"),
        "{error}"
    );
}
on_both_backends!(details_are_checked_field_by_field_and_saved_whole);

async fn tax_ids_are_checked_listed_and_removed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let path = format!("/v1/customers/{customer}/tax_ids");
    let (status, vat) = app
        .api(
            "POST",
            &path,
            Some(json!({ "type": "eu_vat", "value": "de 123 456 789" })),
        )
        .await;
    assert_eq!(status, 200, "{vat}");
    assert_eq!(vat["value"], "DE123456789");
    assert_eq!(vat["country"], "DE");
    assert!(vat["id"].as_str().unwrap().starts_with("txi_"));
    let (status, greek) = app
        .api(
            "POST",
            &path,
            Some(json!({ "type": "eu_vat", "value": "EL123456789", "country": "GR" })),
        )
        .await;
    assert_eq!(status, 200, "{greek}");
    for (body, param) in [
        (
            json!({ "type": "eu_vat", "value": "DE123456789", "country": "FR" }),
            "value",
        ),
        (json!({ "type": "eu_vat", "value": "DE12345678" }), "value"),
        (
            json!({ "type": "au_abn", "value": "51 824 753 557" }),
            "value",
        ),
        (json!({ "type": "br_cnpj", "value": "123" }), "type"),
        (json!({ "type": "eu_vat", "value": "DE123456789" }), "value"),
    ] {
        let (status, error) = app.api("POST", &path, Some(body.clone())).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{error}");
    }
    let (_, list) = app.api("GET", &path, None).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 2);

    let other = support::seed_merchant(&app.db, "Other Co").await;
    let vat_id = vat["id"].as_str().unwrap();
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "DELETE",
            &format!("{path}/{vat_id}"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, deleted) = app.api("DELETE", &format!("{path}/{vat_id}"), None).await;
    assert_eq!(status, 200, "{deleted}");
    let (status, _) = app.api("DELETE", &format!("{path}/{vat_id}"), None).await;
    assert_eq!(status, 404, "already removed");
    let (_, list) = app.api("GET", &path, None).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    let kinds: Vec<String> = event_types(&app, vat_id)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        kinds,
        ["customer.tax_id.created", "customer.tax_id.deleted"]
    );
}
on_both_backends!(tax_ids_are_checked_listed_and_removed);

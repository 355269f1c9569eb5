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

async fn a_customer_is_created_with_address_or_not_at_all(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let address = json!({ "line1": "1 Rue de Rivoli", "city": "Paris", "postalCode": "75001", "country": "FR" });
    let (status, created) = app
        .api(
            "POST",
            "/v1/customers",
            Some(json!({ "id": "cust_paris", "name": "Amélie", "email": "a@example.fr", "phone": "+33 1 23 45 67 89", "address": address })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["address"]["city"], "Paris");
    assert_eq!(created["phone"], "+33 1 23 45 67 89");
    let (status, error) = app
        .api(
            "POST",
            "/v1/customers",
            Some(json!({ "id": "cust_lyon", "name": "Lyon", "email": "l@example.fr", "address": { "line1": "x", "city": "Lyon", "postalCode": "6900", "country": "FR" } })),
        )
        .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["param"], "address.postalCode");
    let (status, _) = app.api("GET", "/v1/customers/cust_lyon", None).await;
    assert_eq!(status, 404, "nothing created");
}
on_both_backends!(a_customer_is_created_with_address_or_not_at_all);

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

async fn the_portal_edits_only_allowed_fields_and_keeps_what_was_typed(backend: Backend) {
    use leptos::server_fn::ServerFn;
    use vinr_portal::ui::portal::{AddTaxId, RemoveTaxId, UpdateBillingDetails};
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let (status, _) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(json!({ "features": { "customerUpdate": { "enabled": true, "allowedUpdates": ["email", "address", "taxId"] } } })),
        )
        .await;
    assert_eq!(status, 200);
    let cookie = app.signed_in_cookie().await;
    let (status, page) = app.page(&cookie, "/portal/billing-details").await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"email\""));
    assert!(page.contains("name=\"postal_code\""));
    assert!(!page.contains("name=\"name\""), "name is not editable here");
    assert!(!page.contains("name=\"phone\""));

    // Two refused fields: nothing saved, both marked, what was typed still there.
    let response = app
        .post_form(
            &cookie,
            UpdateBillingDetails::PATH,
            &[
                ("email", "jenny@"),
                ("line1", "221B Baker Street"),
                ("city", "London"),
                ("postal_code", "NW1 6X"),
                ("country", "GB"),
            ],
        )
        .await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(
        location.starts_with("/portal/billing-details?form="),
        "{location}"
    );
    // What was typed stays on the server: nothing of it in the address.
    for typed in ["jenny", "Baker", "London", "NW1"] {
        assert!(!location.contains(typed), "{location}");
    }
    let (_, page) = app.page(&cookie, &location).await;
    assert!(page.contains("Some fields need attention. Nothing was saved."));
    assert!(page.contains("Enter a valid e-mail address"), "{page}");
    assert!(page.contains("Enter a postal code in the format of the country"));
    assert!(
        page.contains("value=\"221B Baker Street\""),
        "typed values stay"
    );
    assert!(page.contains("value=\"jenny@\""));
    let (_, stored) = app
        .api("GET", &format!("/v1/customers/{customer}"), None)
        .await;
    assert_eq!(stored["email"], "jenny@example.com");
    assert_eq!(stored["address"], Value::Null);

    // A field the configuration does not allow is refused even when posted by hand.
    let response = app
        .post_form(&cookie, UpdateBillingDetails::PATH, &[("name", "Mallory")])
        .await;
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(!location.contains("Mallory"), "{location}");
    let (_, page) = app.page(&cookie, &location).await;
    assert!(
        page.contains("Some fields need attention"),
        "the refusal is shown"
    );
    // The kept form is this session's only: another session, or a crafted link, sees none.
    let other_cookie = app.signed_in_cookie().await;
    let (_, elsewhere) = app.page(&other_cookie, &location).await;
    assert!(!elsewhere.contains("Some fields need attention"));
    let (_, crafted) = app
        .page(
            &cookie,
            "/portal/billing-details?email=attacker%40evil.example&errors=email",
        )
        .await;
    assert!(
        !crafted.contains("attacker@evil.example"),
        "no values from the address"
    );
    let (_, stored) = app
        .api("GET", &format!("/v1/customers/{customer}"), None)
        .await;
    assert_eq!(stored["name"], "Jenny Rosen");

    let response = app
        .post_form(
            &cookie,
            UpdateBillingDetails::PATH,
            &[
                ("email", "jenny@example.org"),
                ("line1", "221B Baker Street"),
                ("city", "London"),
                ("postal_code", "NW1 6XE"),
                ("country", "GB"),
            ],
        )
        .await;
    assert_eq!(
        response.headers()["location"],
        "/portal/billing-details?notice=details_saved"
    );
    let (_, stored) = app
        .api("GET", &format!("/v1/customers/{customer}"), None)
        .await;
    assert_eq!(stored["email"], "jenny@example.org");
    assert_eq!(stored["address"]["postalCode"], "NW1 6XE");
    let (kind, event) = event_types(&app, &customer).await.pop().unwrap();
    assert_eq!(kind, "customer.updated");
    assert_eq!(event["initiatedBy"]["type"], "portal_session");

    // Tax IDs: a valid VAT number is added, an invalid one comes back with its value.
    let response = app
        .post_form(
            &cookie,
            AddTaxId::PATH,
            &[("kind", "eu_vat"), ("value", "FRAB123456789")],
        )
        .await;
    assert_eq!(
        response.headers()["location"],
        "/portal/billing-details?notice=tax_id_added"
    );
    let response = app
        .post_form(
            &cookie,
            AddTaxId::PATH,
            &[("kind", "eu_vat"), ("value", "FR123")],
        )
        .await;
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(!location.contains("FR123"), "{location}");
    let (_, page) = app.page(&cookie, &location).await;
    assert!(page.contains("This tax ID isn't valid for its type and country"));
    assert!(page.contains("value=\"FR123\""));
    assert!(page.contains("EU VAT number: FRAB123456789"));
    let (_, list) = app
        .api("GET", &format!("/v1/customers/{customer}/tax_ids"), None)
        .await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    let tax_id = list["data"][0]["id"].as_str().unwrap().to_string();
    let response = app
        .post_form(&cookie, RemoveTaxId::PATH, &[("tax_id", &tax_id)])
        .await;
    assert_eq!(
        response.headers()["location"],
        "/portal/billing-details?notice=tax_id_removed"
    );

    // Billing details off: the page and the forms refuse.
    app.api(
        "POST",
        "/v1/billing/portal/configurations/default",
        Some(json!({ "features": { "customerUpdate": { "enabled": false } } })),
    )
    .await;
    let (status, _) = app.page(&cookie, "/portal/billing-details").await;
    assert_eq!(status, 403);
    let response = app
        .post_form(
            &cookie,
            UpdateBillingDetails::PATH,
            &[("email", "x@example.com")],
        )
        .await;
    assert!(response.headers()["location"]
        .to_str()
        .unwrap()
        .contains("error="));
    let (_, stored) = app
        .api("GET", &format!("/v1/customers/{customer}"), None)
        .await;
    assert_eq!(stored["email"], "jenny@example.org");
}
on_both_backends!(the_portal_edits_only_allowed_fields_and_keeps_what_was_typed);

//! Ending access: API keys rolled and revoked (refused at once, on every instance), the
//! portal's "Sign out" and "Return to ...", and a merchant ending a customer's sessions.
use serde_json::{json, Value};
use vinr_portal::{server::config::Config, startup::Application};

use crate::{
    on_both_backends,
    support::{unix, Backend, TestApp},
};

/// A second instance of the server on the same database, as behind a load balancer.
async fn second_instance(app: &TestApp) -> String {
    let instance = Application::build(Config::for_tests(&app.database_url))
        .await
        .unwrap();
    let base = format!("http://{}", instance.local_addr());
    tokio::spawn(instance.run());
    base
}

async fn status_with(app: &TestApp, base: &str, key: &str) -> u16 {
    app.http
        .get(format!("{base}/v1/events?limit=1"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn api_keys_are_created_rolled_and_revoked_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other = second_instance(&app).await;
    let first = app.merchant.secret_key.clone();

    let (status, created) = app.api("POST", "/v1/api_keys", None).await;
    assert_eq!(status, 200, "{created}");
    let second = created["secret"].as_str().unwrap().to_string();
    assert!(
        second.starts_with("sk_test_"),
        "a key makes keys of its own mode"
    );
    assert_eq!(
        created["redacted"],
        format!("sk_test_...{}", &second[second.len() - 4..])
    );
    let (_, list) = app.api_as(&second, "GET", "/v1/api_keys", None).await;
    let listed = list["data"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(
        listed.iter().all(|key| key.get("secret").is_none()),
        "never shown again"
    );
    let second_id = created["id"].as_str().unwrap().to_string();
    let first_id = listed
        .iter()
        .map(|key| key["id"].as_str().unwrap().to_string())
        .find(|id| *id != second_id)
        .unwrap();

    // Warm both instances with the first key, then revoke it with the second.
    assert_eq!(status_with(&app, &app.base, &first).await, 200);
    assert_eq!(status_with(&app, &other, &first).await, 200);
    let (status, refused) = app
        .api("DELETE", &format!("/v1/api_keys/{first_id}"), None)
        .await;
    assert_eq!(status, 400, "a key cannot revoke itself: {refused}");
    let (status, revoked) = app
        .api_as(&second, "DELETE", &format!("/v1/api_keys/{first_id}"), None)
        .await;
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(
        status_with(&app, &app.base, &first).await,
        401,
        "refused at once"
    );
    assert_eq!(
        status_with(&app, &other, &first).await,
        401,
        "on every instance"
    );
    let (status, _) = app
        .api_as(&second, "DELETE", &format!("/v1/api_keys/{first_id}"), None)
        .await;
    assert_eq!(status, 404, "already revoked");

    // Rolled with an overlap: both work until the old one expires.
    let (status, rolled) = app
        .api_as(
            &second,
            "POST",
            &format!("/v1/api_keys/{second_id}/roll"),
            Some(json!({ "expiresInSeconds": 3600 })),
        )
        .await;
    assert_eq!(status, 200, "{rolled}");
    let third = rolled["secret"].as_str().unwrap().to_string();
    assert_eq!(status_with(&app, &other, &second).await, 200, "the overlap");
    assert_eq!(status_with(&app, &other, &third).await, 200);
    let (_, list) = app.api_as(&third, "GET", "/v1/api_keys", None).await;
    let old = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["id"] == second_id.as_str())
        .cloned()
        .unwrap();
    assert_ne!(old["expiresAt"], Value::Null);

    // Rolled with no overlap: the old one ends now; more than 7 days is refused.
    let (status, error) = app
        .api_as(
            &third,
            "POST",
            &format!("/v1/api_keys/{second_id}/roll"),
            Some(json!({ "expiresInSeconds": 8 * 86_400 })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["error"]["param"], "expiresInSeconds");
    let (status, rolled) = app
        .api_as(
            &third,
            "POST",
            &format!("/v1/api_keys/{second_id}/roll"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{rolled}");
    assert_eq!(status_with(&app, &other, &second).await, 401);
    let fourth = rolled["secret"].as_str().unwrap();
    assert_eq!(status_with(&app, &app.base, fourth).await, 200);

    // Every change is in the audit log.
    let (_, log) = app
        .api_as(fourth, "GET", "/v1/audit_log?limit=20", None)
        .await;
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    for action in ["api_key.created", "api_key.revoked", "api_key.rolled"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}
on_both_backends!(api_keys_are_created_rolled_and_revoked_at_once);

async fn listed_key(app: &TestApp, id: &str) -> Value {
    let (_, list) = app.api("GET", "/v1/api_keys", None).await;
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} is not listed: {list}"))
}

async fn api_keys_carry_a_name_and_their_last_use(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let too_long = "x".repeat(101);
    let (status, error) = app
        .api("POST", "/v1/api_keys", Some(json!({ "name": too_long })))
        .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["param"], "name");
    let (_, list) = app.api("GET", "/v1/api_keys", None).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1, "nothing made");

    let (status, created) = app
        .api(
            "POST",
            "/v1/api_keys",
            Some(json!({ "name": "  Production server " })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["name"], "Production server");
    assert_eq!(created["lastUsedAt"], Value::Null, "not used yet");
    let id = created["id"].as_str().unwrap().to_string();
    let key = created["secret"].as_str().unwrap().to_string();

    assert_eq!(status_with(&app, &app.base, &key).await, 200);
    let used = listed_key(&app, &id).await;
    let first_use = unix(&used["lastUsedAt"]);
    assert!(first_use > 0, "{used}");

    // Written at most once a minute: a use 30 s after the stored one leaves it alone,
    // one 2 minutes after moves it.
    app.sql(
        "UPDATE api_keys SET last_used_at = last_used_at - 30 WHERE id = $1",
        &id,
    )
    .await;
    assert_eq!(status_with(&app, &app.base, &key).await, 200);
    let unchanged = unix(&listed_key(&app, &id).await["lastUsedAt"]);
    assert_eq!(unchanged, first_use - 30, "not written within the minute");
    app.sql(
        "UPDATE api_keys SET last_used_at = last_used_at - 120 WHERE id = $1",
        &id,
    )
    .await;
    assert_eq!(status_with(&app, &app.base, &key).await, 200);
    let moved = unix(&listed_key(&app, &id).await["lastUsedAt"]);
    assert!(moved >= first_use, "written again: {moved} vs {first_use}");

    // Bookkeeping never fails the request it records.
    app.sql("UPDATE api_keys SET last_used_at = NULL WHERE id = $1", &id)
        .await;
    app.fail_updates_changing("api_keys", "last_used_at").await;
    let (status, _) = app.api_as(&key, "GET", "/v1/api_keys", None).await;
    assert_eq!(status, 200, "answered although the write failed");
    assert_eq!(listed_key(&app, &id).await["lastUsedAt"], Value::Null);

    // A rolled key's successor keeps its name.
    let (status, rolled) = app
        .api("POST", &format!("/v1/api_keys/{id}/roll"), None)
        .await;
    assert_eq!(status, 200, "{rolled}");
    assert_eq!(rolled["name"], "Production server");
    assert_eq!(rolled["lastUsedAt"], Value::Null);
}
on_both_backends!(api_keys_carry_a_name_and_their_last_use);

async fn sign_out(app: &TestApp, cookie: &str, then: Option<&str>) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = then.map(|then| ("then", then)).into_iter().collect();
    app.post_form(cookie, "/portal/sign-out", &fields).await
}

async fn signing_out_ends_the_session_on_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    // "Sign out": the signed-out page, the cookie cleared, and the old token refused.
    let cookie = app.signed_in_cookie().await;
    assert_eq!(app.page(&cookie, "/portal").await.0, 200);
    let response = sign_out(&app, &cookie, None).await;
    assert_eq!(response.status(), 200);
    let cleared: Vec<&str> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap())
        .collect();
    assert!(
        cleared.iter().all(|cookie| cookie.contains("Max-Age=0")),
        "{cleared:?}"
    );
    assert!(response.text().await.unwrap().contains("You're signed out"));
    assert_eq!(
        app.page(&cookie, "/portal").await.0,
        401,
        "the token is dead"
    );

    // "Return to ...": the same, then back to the merchant.
    let cookie = app.signed_in_cookie().await;
    let (_, overview) = app.page(&cookie, "/portal").await;
    assert!(overview.contains(r#"action="/portal/sign-out""#));
    let response = sign_out(&app, &cookie, Some("return")).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "https://app.example.com/account"
    );
    assert_eq!(app.page(&cookie, "/portal").await.0, 401);

    // Signing out from another site is refused, and the session stays.
    let cookie = app.signed_in_cookie().await;
    let forged = app
        .http
        .post(app.url("/portal/sign-out"))
        .header("origin", "https://evil.example")
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    // With the cookie but neither Origin nor Referer, nothing shows where it came from.
    let unsourced = app
        .http
        .post(app.url("/portal/sign-out"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(unsourced.status(), 403);
    assert_eq!(app.page(&cookie, "/portal").await.0, 200);
}
on_both_backends!(signing_out_ends_the_session_on_the_server);

async fn a_merchant_ends_every_portal_session_of_a_customer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let phone = app.signed_in_cookie().await;
    let laptop = app.signed_in_cookie().await;
    let (link, secret) = app.mint_link().await;
    let (_, neighbour_sub) =
        crate::support::seed_customer(&app.db, &app.merchant.id, "Neighbour").await;
    let neighbour = app.subscription(&neighbour_sub).await["customer"]
        .as_str()
        .unwrap()
        .to_string();
    let neighbour_cookie = app.signed_in_cookie_for(&neighbour).await;

    let (status, revoked) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}/portal_sessions/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(
        revoked["revoked"], 3,
        "two signed in and one link not yet opened"
    );
    assert_eq!(app.page(&phone, "/portal").await.0, 401);
    assert_eq!(app.page(&laptop, "/portal").await.0, 401);
    assert_eq!(
        app.redeem(&link, &secret).await.status(),
        410,
        "the link is spent"
    );
    assert_eq!(
        app.page(&neighbour_cookie, "/portal").await.0,
        200,
        "other customers are untouched"
    );
    let (status, _) = app
        .api(
            "POST",
            "/v1/customers/cust_missing/portal_sessions/revoke",
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (_, log) = app
        .api(
            "GET",
            &format!("/v1/audit_log?customer={customer}&limit=5"),
            None,
        )
        .await;
    assert_eq!(log["data"][0]["action"], "billing.portal.sessions.revoked");
}
on_both_backends!(a_merchant_ends_every_portal_session_of_a_customer);

/// The SQLite database holds every customer's details: only the server's user may read it.
#[tokio::test]
async fn the_sqlite_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn(Backend::Sqlite).await;
    let path = app.database_url.trim_start_matches("sqlite://").to_string();
    for file in [path.clone(), format!("{path}-wal")] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file}");
    }
}

async fn a_merchant_ends_one_portal_session_through_the_api(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (link, secret) = app.mint_link().await;
    let redeemed = app.redeem(&link, &secret).await;
    let cookie = crate::support::cookie_pair(&redeemed).expect("signed in");
    let other = app.signed_in_cookie().await;
    assert_eq!(app.page(&cookie, "/portal").await.0, 200);

    let (status, revoked) = app
        .api(
            "POST",
            &format!("/v1/billing/portal/sessions/{link}/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(revoked["state"], "revoked", "{revoked}");
    assert!(revoked["revokedAt"].is_string());
    assert_eq!(app.count_events("billing.portal.session.revoked").await, 1);
    assert_eq!(app.page(&cookie, "/portal").await.0, 401, "ended at once");
    assert_eq!(
        app.page(&other, "/portal").await.0,
        200,
        "the customer's other session stays"
    );
    // Twice, another merchant's, a live key on a test session, a malformed id: 404.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/billing/portal/sessions/{link}/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (fresh, _) = app.mint_link().await;
    let other_merchant = crate::support::seed_merchant(&app.db, "Other Shop").await;
    let (status, _) = app
        .api_as(
            &other_merchant.secret_key,
            "POST",
            &format!("/v1/billing/portal/sessions/{fresh}/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .live_api(
            "POST",
            &format!("/v1/billing/portal/sessions/{fresh}/revoke"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .api("POST", "/v1/billing/portal/sessions/nope/revoke", None)
        .await;
    assert_eq!(status, 404);
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={link}"), None)
        .await;
    assert_eq!(audit["data"][0]["action"], "billing.portal.session.revoked");
    assert_eq!(audit["data"][0]["actor"]["type"], "api_key");
}
on_both_backends!(a_merchant_ends_one_portal_session_through_the_api);

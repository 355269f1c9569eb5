//! Webhook endpoints through the REST API: the secret shown once, rotation, validation,
//! merchant scope.
use serde_json::json;
use vinr_portal::server::webhooks;

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

async fn endpoints_are_created_rotated_and_removed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, created) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(json!({ "url": "http://127.0.0.1:9/hooks", "enabledEvents": ["subscription.updated", "invoice.paid"], "description": "billing" })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("we_"));
    let secret = created["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("whsec_"));
    // The secret signs what its endpoint will receive.
    let header = webhooks::vinr_signature(b"{}", &[&secret], 1_795_564_800);
    assert!(webhooks::verify_at(
        b"{}",
        &header,
        &secret,
        webhooks::DEFAULT_TOLERANCE,
        1_795_564_800
    )
    .is_ok());

    let (_, read) = app
        .api("GET", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert!(read.get("secret").is_none(), "shown once");
    assert_eq!(
        read["enabledEvents"],
        json!(["subscription.updated", "invoice.paid"])
    );
    let (status, rotated) = app
        .api(
            "POST",
            &format!("/v1/webhook_endpoints/{id}"),
            Some(json!({ "rotateSecret": true, "disabled": true })),
        )
        .await;
    assert_eq!(status, 200);
    assert_ne!(rotated["secret"], created["secret"]);
    assert_eq!(rotated["status"], "disabled");

    for (body, param) in [
        (json!({ "url": "ftp://x/", "enabledEvents": ["*"] }), "url"),
        (
            json!({ "url": "https://example.com/h", "enabledEvents": [] }),
            "enabledEvents",
        ),
        (
            json!({ "url": "https://example.com/h", "enabledEvents": ["*", "nope.happened"] }),
            "enabledEvents[1]",
        ),
        (
            json!({ "url": "https://example.com/h", "enabledEvents": ["*"], "secret": "mine" }),
            "secret",
        ),
    ] {
        let (status, error) = app
            .api("POST", "/v1/webhook_endpoints", Some(body.clone()))
            .await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error["error"]["param"], param, "{error}");
    }

    let other = support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/webhook_endpoints/{id}"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (_, theirs) = app
        .api_as(&other.secret_key, "GET", "/v1/webhook_endpoints", None)
        .await;
    assert_eq!(theirs["data"].as_array().unwrap().len(), 0);
    let (status, _) = app
        .api("DELETE", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .api("GET", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert_eq!(status, 404);
}
on_both_backends!(endpoints_are_created_rotated_and_removed);

/// Test-mode endpoints may not point into the operator's network either, unless the
/// operator allows it for local development (`VINR_ALLOW_PRIVATE_WEBHOOKS=1`).
async fn test_mode_endpoints_refuse_internal_addresses(backend: Backend) {
    let app = TestApp::spawn_with(backend, |config| config.allow_private_webhooks = false).await;
    for url in [
        "http://127.0.0.1:5432/",
        "http://localhost:3000/hooks",
        "http://10.0.0.7/",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:8080/",
        "http://[64:ff9b::a00:7]/",
        "http://[2002:a00:7::]/",
        "http://198.18.0.1/",
        "http://240.0.0.1/",
    ] {
        let (status, error) = app
            .api(
                "POST",
                "/v1/webhook_endpoints",
                Some(serde_json::json!({ "url": url, "enabledEvents": ["*"] })),
            )
            .await;
        assert_eq!(status, 400, "{url}: {error}");
        assert_eq!(error["error"]["param"], "url", "{url}");
    }
    let (status, endpoint) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(serde_json::json!({ "url": "https://hooks.example.com/vinr", "enabledEvents": ["*"] })),
        )
        .await;
    assert_eq!(status, 200, "{endpoint}");
    // Nor can an existing endpoint be moved there.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/webhook_endpoints/{}", endpoint["id"].as_str().unwrap()),
            Some(serde_json::json!({ "url": "http://127.0.0.1:22/" })),
        )
        .await;
    assert_eq!(status, 400);
}
on_both_backends!(test_mode_endpoints_refuse_internal_addresses);

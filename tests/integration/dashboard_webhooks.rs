//! Developers → Webhooks against the real server and a real receiver on loopback: an
//! endpoint added in the dashboard gets its secret once and receives signed events; "Send
//! test event" delivers to it alone; its page shows each delivery's tries with status,
//! duration, the start of the answer and the body sent; "Resend" sends the event again;
//! a refused form keeps what was typed; roles and other merchants are refused.
use std::time::Duration;

use vinr_portal::{
    domain::dashboard::Role,
    server::{config::DeliverySettings, webhooks},
};

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, location, new_owner, post, PASSWORD},
    on_both_backends,
    support::{Backend, TestApp},
    webhook_receiver::Receiver,
};

const WEBHOOKS: &str = "/dashboard/developers/webhooks";

async fn app_with_worker(backend: Backend) -> TestApp {
    TestApp::spawn_with(backend, |config| {
        config.webhook_delivery = Some(DeliverySettings {
            poll_interval: Duration::from_millis(50),
            ..DeliverySettings::default()
        });
    })
    .await
}

/// The value of the read-only secret field on a "shown once" page.
fn shown_secret(html: &str) -> String {
    let at = html.find("value=\"whsec_").expect("the secret is shown");
    html[at + 7..].split('"').next().unwrap().to_string()
}

/// Waits until the endpoint's page shows `count` tried deliveries; the page.
async fn page_with_tries(app: &TestApp, cookie: &str, path: &str, count: usize) -> String {
    for _ in 0..200 {
        let (status, page) = app.page(cookie, path).await;
        assert_eq!(status, 200);
        // Settled: the tries are there, and no delivery still reads as waiting (a page may
        // read a delivery's row just before its try commits, and its try just after).
        let settled = !page.contains(">Waiting</span>") && !page.contains(">Retrying</span>");
        if page.matches("class=\"try ok\"").count() >= count && settled {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{count} tried deliveries never showed on {path}");
}

async fn an_endpoint_added_in_the_dashboard_receives_test_events_and_resends(backend: Backend) {
    let app = app_with_worker(backend).await;
    let receiver = Receiver::start().await;
    let developer = acme_team_member(&app, "developer@acme.test", Role::Developer).await;

    let (status, page) = app.page(&developer, WEBHOOKS).await;
    assert_eq!(status, 200);
    assert!(page.contains("Add endpoint"));
    assert!(page.contains("No endpoints yet."));

    // A refused URL names the field and keeps what was typed.
    let refused = post(
        &app,
        &format!("{WEBHOOKS}/new"),
        &developer,
        &[
            ("url", "not a url"),
            ("description", "Order sync"),
            ("events", "invoice.paid"),
        ],
    )
    .await;
    let back = location(&refused);
    assert!(
        back.starts_with(&format!("{WEBHOOKS}?")) && back.contains("field=url"),
        "{back}"
    );
    let (_, page) = app.page(&developer, &back).await;
    assert!(page.contains("Endpoint URL: url must be an absolute http(s) URL"));
    assert!(page.contains("value=\"Order sync\""));
    assert!(page.contains("value=\"invoice.paid\" checked"));
    let (_, endpoints) = app.api("GET", "/v1/webhook_endpoints", None).await;
    assert_eq!(endpoints["data"].as_array().unwrap().len(), 0);

    // No event type at all is refused too.
    let refused = post(
        &app,
        &format!("{WEBHOOKS}/new"),
        &developer,
        &[("url", &receiver.url())],
    )
    .await;
    assert!(location(&refused).contains("field=events"));

    let created = post(
        &app,
        &format!("{WEBHOOKS}/new"),
        &developer,
        &[
            ("url", &receiver.url()),
            ("description", "Order sync"),
            ("events", "subscription.updated"),
        ],
    )
    .await;
    assert_eq!(created.status(), 200);
    let shown = created.text().await.unwrap();
    let secret = shown_secret(&shown);
    let (_, endpoints) = app.api("GET", "/v1/webhook_endpoints", None).await;
    let endpoint = &endpoints["data"][0];
    let id = endpoint["id"].as_str().unwrap().to_string();
    assert_eq!(
        endpoint["enabledEvents"],
        serde_json::json!(["subscription.updated"])
    );
    assert_eq!(endpoint["description"], "Order sync");
    assert!(shown.contains(&format!("{WEBHOOKS}/{id}")));
    let path = format!("{WEBHOOKS}/{id}");

    // "Send test event": a signed event for this endpoint alone, shown with its try.
    let (_, page) = app.page(&developer, &path).await;
    assert!(page.contains("Send test event") && page.contains("No deliveries yet."));
    let sent = post(&app, &format!("{path}/test"), &developer, &[]).await;
    assert_eq!(location(&sent), format!("{path}?done=test"));
    let received = receiver.wait_for(1, Duration::from_secs(10)).await;
    let event = received[0].event();
    assert_eq!(event["type"], "webhook_endpoint.test");
    assert_eq!(event["data"]["object"]["id"], id);
    assert!(
        webhooks::verify(
            received[0].body.as_bytes(),
            received[0].header("vinr-signature"),
            &secret,
            Duration::from_secs(300),
        )
        .is_ok(),
        "signed with the secret shown once"
    );
    let page = page_with_tries(&app, &developer, &path, 1).await;
    assert!(page.contains("webhook_endpoint.test"));
    assert!(page.contains("Delivered"));
    assert!(page.contains("HTTP 200 in "));
    assert!(page.contains("{&quot;received&quot;:1}") || page.contains("{\"received\":1}"));
    assert!(page.contains("Request body"));
    let event_id = event["id"].as_str().unwrap();
    assert!(page.contains(event_id));

    // A change in the API reaches it too; "Resend" sends the test event once more.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/subscriptions/{}", app.merchant.subscription_id),
            Some(serde_json::json!({ "price": "price_pro_monthly" })),
        )
        .await;
    assert_eq!(status, 200);
    receiver.wait_for(2, Duration::from_secs(10)).await;
    let resent = post(
        &app,
        &format!("{path}/resend"),
        &developer,
        &[("event", event_id)],
    )
    .await;
    assert_eq!(location(&resent), format!("{path}?done=resent"));
    let received = receiver.wait_for(3, Duration::from_secs(10)).await;
    assert_eq!(received[2].event()["id"], event_id);
    page_with_tries(&app, &developer, &path, 3).await;

    // Disabled, it sends no test event; enabled again, it does.
    let disabled = post(
        &app,
        &format!("{path}/status"),
        &developer,
        &[("enabled", "0")],
    )
    .await;
    assert_eq!(location(&disabled), format!("{path}?done=disabled"));
    let refused = post(&app, &format!("{path}/test"), &developer, &[]).await;
    assert_eq!(location(&refused), format!("{path}?refused=disabled"));
    let enabled = post(
        &app,
        &format!("{path}/status"),
        &developer,
        &[("enabled", "1")],
    )
    .await;
    assert_eq!(location(&enabled), format!("{path}?done=enabled"));

    // Edit: all events; a refused edit keeps what was typed and changes nothing.
    let refused = post(
        &app,
        &path,
        &developer,
        &[
            ("url", "ftp://nowhere"),
            ("description", "Typed"),
            ("all_events", "1"),
        ],
    )
    .await;
    let back = location(&refused);
    assert!(back.contains("field=url"), "{back}");
    let (_, page) = app.page(&developer, &back).await;
    assert!(page.contains("value=\"Typed\"") && page.contains("value=\"ftp://nowhere\""));
    let saved = post(
        &app,
        &path,
        &developer,
        &[
            ("url", &receiver.url()),
            ("description", ""),
            ("all_events", "1"),
        ],
    )
    .await;
    assert_eq!(location(&saved), format!("{path}?done=saved"));
    let (_, endpoint) = app
        .api("GET", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert_eq!(endpoint["enabledEvents"], serde_json::json!(["*"]));
    assert!(endpoint["description"].is_null());

    // Rotating shows a new secret once; deleting removes the endpoint.
    let rotated = post(&app, &format!("{path}/rotate"), &developer, &[]).await;
    assert_eq!(rotated.status(), 200);
    let new_secret = shown_secret(&rotated.text().await.unwrap());
    assert_ne!(new_secret, secret);
    let deleted = post(&app, &format!("{path}/delete"), &developer, &[]).await;
    assert_eq!(location(&deleted), format!("{WEBHOOKS}?done=deleted"));
    let (status, _) = app.page(&developer, &path).await;
    assert_eq!(status, 404);

    // Audited as the team member.
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"webhook_endpoint.created"), "{actions:?}");
    assert!(actions.contains(&"webhook_endpoint.deleted"));
    assert!(audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|entry| entry["actor"]["email"] == "developer@acme.test"));
}
on_both_backends!(an_endpoint_added_in_the_dashboard_receives_test_events_and_resends);

async fn viewers_and_other_merchants_cannot_touch_webhooks(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, endpoint) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(serde_json::json!({ "url": "https://hooks.example.com/acme", "enabledEvents": ["*"] })),
        )
        .await;
    assert_eq!(status, 200);
    let id = endpoint["id"].as_str().unwrap().to_string();
    let path = format!("{WEBHOOKS}/{id}");

    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (status, page) = app.page(&viewer, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains("hooks.example.com/acme"));
    assert!(!page.contains("Send test event") && !page.contains("Rotate secret"));
    for action in ["test", "rotate", "delete", "status"] {
        let refused = post(
            &app,
            &format!("{path}/{action}"),
            &viewer,
            &[("enabled", "0")],
        )
        .await;
        assert_eq!(
            location(&refused),
            format!("{path}?refused=role"),
            "{action}"
        );
    }
    let refused = post(
        &app,
        &format!("{WEBHOOKS}/new"),
        &viewer,
        &[("url", "https://hooks.example.com/x"), ("all_events", "1")],
    )
    .await;
    assert_eq!(location(&refused), format!("{WEBHOOKS}?refused=role"));

    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    let globex = dashboard_cookie(
        &post(
            &app,
            &setup,
            "",
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await,
    )
    .unwrap();
    let (status, _) = app.page(&globex, &path).await;
    assert_eq!(status, 404);
    let (_, list) = app.page(&globex, WEBHOOKS).await;
    assert!(!list.contains("hooks.example.com/acme"));
    for action in ["test", "rotate", "delete"] {
        let refused = post(&app, &format!("{path}/{action}"), &globex, &[]).await;
        assert_eq!(
            location(&refused),
            format!("{WEBHOOKS}?refused=gone"),
            "{action}"
        );
    }
    let (_, after) = app
        .api("GET", &format!("/v1/webhook_endpoints/{id}"), None)
        .await;
    assert_eq!(after["status"], "enabled");
    assert_eq!(app.count_events("webhook_endpoint.test").await, 0);
}
on_both_backends!(viewers_and_other_merchants_cannot_touch_webhooks);

//! Developers → Audit log against the real server: every change with who made it and its
//! before and after, filtered by action, customer, object, actor and dates (also through
//! `GET /v1/audit_log`), in pages, and only the signed-in merchant's own.
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, new_owner, post, PASSWORD},
    on_both_backends,
    support::{Backend, TestApp},
};

const AUDIT_LOG: &str = "/dashboard/developers/audit-log";

async fn the_audit_log_shows_who_changed_what_with_filters(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let customer = app.merchant.customer_id.clone();
    // A change through the API and one through the dashboard.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(serde_json::json!({ "name": "Jenny Rosen-Park" })),
        )
        .await;
    assert_eq!(status, 200);
    let invited = post(
        &app,
        "/dashboard/team/invite",
        &owner,
        &[("email", "dev@acme.test"), ("role", "developer")],
    )
    .await;
    assert_eq!(invited.status(), 200);

    // Viewers read the log too.
    let (status, page) = app.page(&viewer, AUDIT_LOG).await;
    assert_eq!(status, 200);
    assert!(page.contains("customer.updated") && page.contains("dashboard_user.invited"));
    assert!(page.contains("owner@acme.test (dashboard)"));
    assert!(page.contains("Jenny Rosen-Park"), "the change's after");
    assert!(page.contains("Jenny Rosen"), "and its before");

    let (_, by_owner) = app
        .page(&viewer, &format!("{AUDIT_LOG}?actor=owner%40acme.test"))
        .await;
    assert!(by_owner.contains("dashboard_user.invited"));
    assert!(!by_owner.contains("customer.updated"));
    let (_, by_action) = app
        .page(&viewer, &format!("{AUDIT_LOG}?action=customer.updated"))
        .await;
    assert!(
        by_action.contains("customer.updated") && !by_action.contains("dashboard_user.invited")
    );
    let (_, by_customer) = app
        .page(&viewer, &format!("{AUDIT_LOG}?customer={customer}"))
        .await;
    assert!(
        by_customer.contains("customer.updated") && !by_customer.contains("dashboard_user.invited")
    );
    let (_, old) = app
        .page(&viewer, &format!("{AUDIT_LOG}?to=2020-01-01"))
        .await;
    assert!(old.contains("No entries match."));
    let (_, today) = app
        .page(
            &viewer,
            &format!(
                "{AUDIT_LOG}?from={}",
                time::OffsetDateTime::now_utc().date()
            ),
        )
        .await;
    assert!(today.contains("customer.updated"));
    let (status, refused) = app
        .page(&viewer, &format!("{AUDIT_LOG}?from=yesterday"))
        .await;
    assert_eq!(status, 200);
    assert!(refused.contains("like 2026-12-06"));

    // The same filters through the API.
    let (status, api) = app
        .api(
            "GET",
            "/v1/audit_log?actor=owner@acme.test&action=dashboard_user.invited",
            None,
        )
        .await;
    assert_eq!(status, 200, "{api}");
    assert_eq!(api["data"].as_array().unwrap().len(), 1);
    let (_, none) = app.api("GET", "/v1/audit_log?createdLt=1000", None).await;
    assert_eq!(none["data"].as_array().unwrap().len(), 0);

    // Another merchant's owner sees none of it.
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
    let (_, theirs) = app.page(&globex, AUDIT_LOG).await;
    assert!(!theirs.contains("customer.updated") && !theirs.contains("dev@acme.test"));
}
on_both_backends!(the_audit_log_shows_who_changed_what_with_filters);

async fn the_audit_log_pages_through_older_entries(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let customer = app.merchant.customer_id.clone();
    for n in 0..55 {
        let (status, _) = app
            .api(
                "POST",
                &format!("/v1/customers/{customer}"),
                Some(serde_json::json!({ "name": format!("Name {n:02}") })),
            )
            .await;
        assert_eq!(status, 200);
    }
    let (_, first) = app
        .page(&owner, &format!("{AUDIT_LOG}?action=customer.updated"))
        .await;
    assert_eq!(first.matches("class=\"audit-entry\"").count(), 50);
    assert!(first.contains("Name 54") && !first.contains(">Name 03<"));
    let at = first
        .find("Older entries")
        .expect("a link to older entries");
    let href = first[..at]
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let (_, older) = app.page(&owner, &href.replace("&amp;", "&")).await;
    let total: usize = app
        .sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action = 'customer.updated'")
        .await
        .parse()
        .unwrap();
    assert!(total >= 55);
    assert_eq!(older.matches("class=\"audit-entry\"").count(), total - 50);
    assert!(older.contains("Name 03") && !older.contains("Older entries"));
}
on_both_backends!(the_audit_log_pages_through_older_entries);

async fn the_events_page_lists_what_webhooks_carry_with_filters(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let customer = app.merchant.customer_id.clone();
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(serde_json::json!({ "name": "Jenny Rosen-Park" })),
        )
        .await;
    assert_eq!(status, 200);
    let (_, newest) = app.api("GET", "/v1/events?limit=1", None).await;
    let event_id = newest["data"][0]["id"].as_str().unwrap().to_string();

    let (status, page) = app.page(&viewer, "/dashboard/developers/events").await;
    assert_eq!(status, 200);
    assert!(page.contains(&event_id) && page.contains("customer.updated"));
    assert!(
        page.contains("Jenny Rosen-Park"),
        "the body as webhooks carry it"
    );
    assert!(page.contains("subscription.created"));
    let (_, filtered) = app
        .page(
            &viewer,
            "/dashboard/developers/events?type=customer.updated",
        )
        .await;
    assert!(
        filtered.contains(&event_id) && !filtered.contains("<code>subscription.created</code>")
    );
    let (_, none) = app
        .page(&viewer, "/dashboard/developers/events?to=2020-01-01")
        .await;
    assert!(none.contains("No events match."));
    let (_, refused) = app
        .page(&viewer, "/dashboard/developers/events?from=soon")
        .await;
    assert!(refused.contains("like 2026-12-06"));

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
    let (_, theirs) = app.page(&globex, "/dashboard/developers/events").await;
    assert!(!theirs.contains(&event_id));
}
on_both_backends!(the_events_page_lists_what_webhooks_carry_with_filters);

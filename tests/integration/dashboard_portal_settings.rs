//! Settings → Portal against the real server: the form saves through the same service as
//! `POST /v1/billing/portal/configurations/{id}` (same validation, same event, audited as
//! the team member), a new portal session follows it, a refused save changes nothing and
//! keeps what was typed, roles and other merchants are refused, and "Preview" opens the
//! portal for a test customer with the configuration.
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{
        acme_team_member, dashboard_cookie, form_action, location, new_owner, post, PASSWORD,
    },
    on_both_backends,
    support::{cookie_pair, Backend, TestApp},
};

const SETTINGS: &str = "/dashboard/settings/portal";

async fn default_configuration(app: &TestApp) -> serde_json::Value {
    let (status, configuration) = app
        .api("GET", "/v1/billing/portal/configurations/default", None)
        .await;
    assert_eq!(status, 200);
    configuration
}

/// The form as the page fills it for the seeded merchant, with cancellation switched off
/// and a quantity range on Pro.
fn cancellation_off() -> Vec<(&'static str, &'static str)> {
    vec![
        ("payment_method_update", "1"),
        ("invoice_history", "1"),
        ("customer_update", "1"),
        ("allowed_updates", "name"),
        ("allowed_updates", "email"),
        ("cancel_mode", "at_period_end"),
        ("cancel_proration", ""),
        ("cancellation_reasons", "1"),
        ("reason_options", "too_expensive"),
        ("reason_options", "other"),
        ("retention_coupon", "rwd_save20"),
        ("subscription_update", "1"),
        ("product", "prod_basic"),
        ("minimum.prod_basic", ""),
        ("maximum.prod_basic", ""),
        ("product", "prod_pro"),
        ("price.prod_pro", "price_pro_monthly"),
        ("quantity.prod_pro", "1"),
        ("minimum.prod_pro", "2"),
        ("maximum.prod_pro", "20"),
        ("minimum.prod_enterprise", ""),
        ("maximum.prod_enterprise", ""),
        ("update_proration", "always_invoice"),
        ("schedule_conditions", "decreasing_item_amount"),
        ("headline", "Manage your Acme plan"),
        ("privacy_policy_url", "https://acme.example/privacy"),
        ("terms_of_service_url", ""),
        ("default_return_url", "https://acme.example/account"),
        ("frame_ancestors", "https://app.acme.example\r\n"),
        ("is_default", "1"),
    ]
}

/// The `<input>` tag whose id is `id` in `html`.
fn input_tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = html[..at].rfind("<input").expect("an input");
    let end = at + html[at..].find('>').unwrap();
    &html[start..end]
}

/// The tag (input, select or textarea) whose id is `id`.
fn input_or_field<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..end]
}

/// Opens a freshly minted portal session for the seeded customer: the overview's HTML.
async fn fresh_portal_overview(app: &TestApp) -> String {
    let (id, secret) = app.mint_link().await;
    let redeemed = app.redeem(&id, &secret).await;
    let cookie = cookie_pair(&redeemed).expect("the link opens the portal");
    let (status, overview) = app.page(&cookie, "/portal").await;
    assert_eq!(status, 200);
    overview
}

async fn the_portal_settings_form_saves_what_new_sessions_then_offer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    assert!(fresh_portal_overview(&app).await.contains("Cancel plan"));
    let id = default_configuration(&app).await["id"]
        .as_str()
        .unwrap()
        .to_string();

    let (status, page) = app.page(&owner, SETTINGS).await;
    assert_eq!(status, 200);
    assert!(page.contains("Save portal settings"));
    let action = format!("{SETTINGS}/{id}");
    assert!(page.contains(&format!("action=\"{action}\"")), "{page}");
    // Every product of the catalogue has a row; the coupon is offered by its name.
    assert!(page.contains("Enterprise") && page.contains("Save 20%"));
    let events_before = app
        .count_events("billing_portal.configuration.updated")
        .await;

    let saved = post(&app, &action, &owner, &cancellation_off()).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(location(&saved), format!("{action}?saved=1"));

    let configuration = default_configuration(&app).await;
    let features = &configuration["features"];
    assert_eq!(features["subscriptionCancel"]["enabled"], false);
    assert_eq!(
        features["subscriptionCancel"]["retention"]["offerCoupon"],
        "rwd_save20"
    );
    assert_eq!(
        features["subscriptionCancel"]["cancellationReason"]["options"],
        serde_json::json!(["too_expensive", "other"])
    );
    assert_eq!(
        features["customerUpdate"]["allowedUpdates"],
        serde_json::json!(["name", "email"])
    );
    assert_eq!(features["subscriptionPause"]["enabled"], false);
    let products = &features["subscriptionUpdate"]["products"];
    assert_eq!(products[0]["product"], "prod_basic");
    assert_eq!(
        products[1]["prices"],
        serde_json::json!(["price_pro_monthly"])
    );
    assert_eq!(products[1]["adjustableQuantity"]["minimum"], 2);
    assert_eq!(products[1]["adjustableQuantity"]["maximum"], 20);
    assert_eq!(products.as_array().unwrap().len(), 2);
    assert_eq!(
        features["subscriptionUpdate"]["prorationBehavior"],
        "always_invoice"
    );
    assert_eq!(
        configuration["businessProfile"]["headline"],
        "Manage your Acme plan"
    );
    assert!(configuration["businessProfile"]["termsOfServiceUrl"].is_null());
    assert_eq!(
        configuration["frameAncestors"],
        serde_json::json!(["https://app.acme.example"])
    );
    assert_eq!(
        configuration["defaultReturnUrl"],
        "https://acme.example/account"
    );
    assert_eq!(configuration["isDefault"], true);

    // The same event as the API's update, audited as the team member.
    assert_eq!(
        app.count_events("billing_portal.configuration.updated")
            .await,
        events_before + 1
    );
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    let entry = &audit["data"][0];
    assert_eq!(entry["actor"]["type"], "dashboard_user", "{audit}");
    assert_eq!(entry["actor"]["email"], "owner@acme.test");

    // A new session no longer offers cancellation; the page shows the saved form.
    assert!(!fresh_portal_overview(&app).await.contains("Cancel plan"));
    let (_, page) = app.page(&owner, &format!("{action}?saved=1")).await;
    assert!(page.contains("Portal settings saved"));
    assert!(!input_tag(&page, "subscription_cancel").contains("checked"));
    assert!(input_tag(&page, "subscription_update").contains("checked"));
    assert!(input_tag(&page, "quantity.prod_pro").contains("checked"));
    assert!(input_tag(&page, "minimum.prod_pro").contains("value=\"2\""));
    assert!(page.contains("value=\"Manage your Acme plan\""));

    // Ticking it again brings "Cancel plan" back.
    let mut on = cancellation_off();
    on.push(("subscription_cancel", "1"));
    let saved = post(&app, &action, &owner, &on).await;
    assert_eq!(location(&saved), format!("{action}?saved=1"));
    assert!(fresh_portal_overview(&app).await.contains("Cancel plan"));
}
on_both_backends!(the_portal_settings_form_saves_what_new_sessions_then_offer);

async fn a_refused_save_changes_nothing_and_keeps_what_was_typed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let before = default_configuration(&app).await;
    let action = format!("{SETTINGS}/{}", before["id"].as_str().unwrap());
    let events_before = app
        .count_events("billing_portal.configuration.updated")
        .await;

    // The service's own validation, with the API's message, pointed at the field.
    for (field, value, expected_field, words) in [
        (
            "frame_ancestors",
            "not an origin",
            "frame_ancestors",
            "Sites that may embed the portal",
        ),
        (
            "retention_coupon",
            "rwd_nope",
            "retention_coupon",
            "No such coupon",
        ),
        (
            "privacy_policy_url",
            "ftp://x",
            "privacy_policy_url",
            "absolute http(s) URL",
        ),
        (
            "maximum.prod_pro",
            "100000",
            "maximum.prod_pro",
            "at most 10000",
        ),
        (
            "minimum.prod_pro",
            "two",
            "minimum.prod_pro",
            "whole number",
        ),
    ] {
        let mut form = cancellation_off();
        form.retain(|(name, _)| *name != field);
        form.push((field, value));
        let refused = post(&app, &action, &owner, &form).await;
        assert_eq!(refused.status(), 303);
        let back = location(&refused);
        assert!(back.starts_with(&format!("{action}?")), "{back}");
        assert!(
            back.contains(&format!("field={expected_field}")),
            "{field}: {back}"
        );
        // The page it comes back to names the problem and shows what was typed.
        let (status, page) = app.page(&owner, &back).await;
        assert_eq!(status, 200);
        assert!(page.contains(words), "{field}: {words} not in the page");
        assert!(
            page.contains("Manage your Acme plan"),
            "the typed headline stays"
        );
        assert!(input_or_field(&page, expected_field).contains("aria-invalid=\"true\""));
    }
    assert_eq!(default_configuration(&app).await, before);
    assert_eq!(
        app.count_events("billing_portal.configuration.updated")
            .await,
        events_before
    );

    // A product of no one's catalogue is refused by the service too.
    let mut form = cancellation_off();
    form.push(("product", "prod_nowhere"));
    form.push(("minimum.prod_nowhere", ""));
    let refused = post(&app, &action, &owner, &form).await;
    assert!(location(&refused).contains("error="));
    assert_eq!(default_configuration(&app).await, before);
}
on_both_backends!(a_refused_save_changes_nothing_and_keeps_what_was_typed);

async fn viewers_developers_and_other_merchants_cannot_change_portal_settings(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let before = default_configuration(&app).await;
    let id = before["id"].as_str().unwrap().to_string();
    let action = format!("{SETTINGS}/{id}");
    for (email, role) in [
        ("viewer@acme.test", Role::Viewer),
        ("developer@acme.test", Role::Developer),
    ] {
        let cookie = acme_team_member(&app, email, role).await;
        let (status, page) = app.page(&cookie, SETTINGS).await;
        assert_eq!(status, 200);
        assert!(page.contains("<fieldset disabled"), "{role:?} reads only");
        assert!(!page.contains("Save portal settings"));
        let refused = post(&app, &action, &cookie, &cancellation_off()).await;
        assert_eq!(location(&refused), format!("{action}?refused=role"));
        let refused = post(&app, &format!("{SETTINGS}/new"), &cookie, &[]).await;
        assert!(location(&refused).contains("refused=role"));
    }

    // Another merchant's owner sees none of it and changes none of it.
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
    .expect("the setup link signs the owner in");
    let (status, _) = app.page(&globex, &action).await;
    assert_eq!(status, 404);
    let refused = post(&app, &action, &globex, &cancellation_off()).await;
    assert_eq!(location(&refused), format!("{SETTINGS}?refused=gone"));
    let refused = post(
        &app,
        &format!("{action}/preview"),
        &globex,
        &[("customer", &app.merchant.customer_id)],
    )
    .await;
    assert!(!location(&refused).contains("/session/"));
    assert_eq!(default_configuration(&app).await, before);
}
on_both_backends!(viewers_developers_and_other_merchants_cannot_change_portal_settings);

async fn a_new_configuration_starts_as_the_default_and_previews_as_a_test_customer(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let created = post(&app, &format!("{SETTINGS}/new"), &owner, &[]).await;
    assert_eq!(created.status(), 303);
    let back = location(&created);
    let id = back
        .strip_prefix(&format!("{SETTINGS}/"))
        .and_then(|rest| rest.strip_suffix("?created=1"))
        .expect("the new configuration's page")
        .to_string();
    assert!(id.starts_with("bpc_"));
    let (_, copy) = app
        .api(
            "GET",
            &format!("/v1/billing/portal/configurations/{id}"),
            None,
        )
        .await;
    let default = default_configuration(&app).await;
    assert_eq!(copy["features"], default["features"]);
    assert_eq!(copy["isDefault"], false);
    assert_ne!(copy["id"], default["id"]);

    // Cancellation off in the alternate only; the default keeps it.
    let saved = post(&app, &format!("{SETTINGS}/{id}"), &owner, &{
        let mut form = cancellation_off();
        form.retain(|(name, _)| *name != "is_default");
        form
    })
    .await;
    assert_eq!(location(&saved), format!("{SETTINGS}/{id}?saved=1"));
    assert_eq!(default_configuration(&app).await["id"], default["id"]);

    let (status, page) = app.page(&owner, &format!("{SETTINGS}/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Alternate"));
    let preview = form_action(&page, "preview-portal").expect("a preview form in test mode");
    assert_eq!(preview, format!("{SETTINGS}/{id}/preview"));
    let opened = post(
        &app,
        &preview,
        &owner,
        &[("customer", &app.merchant.customer_id)],
    )
    .await;
    let url = location(&opened);
    assert!(url.contains("/session/bps_"), "{url}");
    let (session, secret) = url.rsplit_once('/').unwrap().1.split_once('#').unwrap();
    let portal = cookie_pair(&app.redeem(session, secret).await).expect("the preview opens");
    let (status, overview) = app.page(&portal, "/portal").await;
    assert_eq!(status, 200);
    assert!(
        !overview.contains("Cancel plan"),
        "the alternate's features"
    );
    assert_eq!(
        app.sql_text(&format!(
            "SELECT configuration_id FROM portal_sessions WHERE id = '{session}'"
        ))
        .await,
        id
    );
    // An unknown customer previews nothing.
    let refused = post(&app, &preview, &owner, &[("customer", "cus_nobody")]).await;
    assert_eq!(
        location(&refused),
        format!("{SETTINGS}/{id}?refused=preview")
    );
}
on_both_backends!(a_new_configuration_starts_as_the_default_and_previews_as_a_test_customer);

//! The dashboard's settings and developers' pages against the real server: Settings →
//! Branding saves through the same service as `POST /v1/branding`, audited as the
//! signed-in user, and a refused save changes nothing and keeps what was typed; Portal
//! sessions lists who opened what from where, and "Revoke" ends a session at once.
use base64::{engine::general_purpose::STANDARD, Engine};
use reqwest::multipart::{Form, Part};
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, location, new_owner, post, sign_in, PASSWORD},
    on_both_backends,
    support::{pdf_images, pdf_text, Backend, TestApp},
};

/// A 1×1 PNG.
const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

const BRANDING: &str = "/dashboard/settings/branding";

fn branding_form(fields: &[(&str, &str)], logo: Option<Vec<u8>>) -> Form {
    let mut form = Form::new();
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    let file = Part::bytes(logo.unwrap_or_default())
        .file_name("logo.png")
        .mime_str("image/png")
        .unwrap();
    form.part("logo", file)
}

async fn save(app: &TestApp, cookie: &str, form: Form) -> reqwest::Response {
    app.http
        .post(app.url(BRANDING))
        .header("origin", &app.base)
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn saved_branding(app: &TestApp) -> serde_json::Value {
    let (status, branding) = app.api("GET", "/v1/branding", None).await;
    assert_eq!(status, 200);
    branding
}

async fn the_branding_page_saves_the_brand_the_portal_then_shows(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (status, page) = app.page(&owner, BRANDING).await;
    assert_eq!(status, 200);
    assert!(page.contains("enctype=\"multipart/form-data\""));
    assert!(page.contains("Save branding"));

    let fields = [
        ("business_name", "Acme Rockets"),
        ("accent_color", "#FFCC00"),
        ("support_url", "https://acme.example/help"),
        ("support_email", "help@acme.example"),
        ("privacy_policy_url", ""),
        ("terms_of_service_url", "https://acme.example/terms"),
    ];
    let saved = save(
        &app,
        &owner,
        branding_form(&fields, Some(STANDARD.decode(PNG).unwrap())),
    )
    .await;
    assert_eq!(saved.status(), 303);
    assert_eq!(location(&saved), format!("{BRANDING}?saved=1"));

    let branding = saved_branding(&app).await;
    assert_eq!(branding["businessName"], "Acme Rockets");
    assert_eq!(branding["accentColor"], "#ffcc00");
    assert_eq!(branding["supportEmail"], "help@acme.example");
    assert!(branding["privacyPolicyUrl"].is_null());
    assert_eq!(branding["logo"]["contentType"], "image/png");
    // The light accent is darkened for links, as the API says.
    assert_ne!(branding["linkColor"], "#ffcc00");

    let (_, page) = app.page(&owner, &format!("{BRANDING}?saved=1")).await;
    assert!(page.contains("Branding saved."));
    assert!(page.contains("value=\"Acme Rockets\"") && page.contains("value=\"#ffcc00\""));
    assert!(
        page.contains("under the 4.5:1"),
        "the contrast warning is shown"
    );

    let portal = app.signed_in_cookie().await;
    let (_, overview) = app.page(&portal, "/portal").await;
    assert!(overview.contains("Acme Rockets"));
    assert!(
        overview.contains("--accent: #ffcc00"),
        "the portal wears the new accent"
    );

    // Audited as the team member, through `GET /v1/audit_log`.
    let (_, audit) = app
        .api(
            "GET",
            &format!("/v1/audit_log?object={}", app.merchant.id),
            None,
        )
        .await;
    let entry = &audit["data"][0];
    assert_eq!(entry["action"], "branding.updated");
    assert_eq!(entry["actor"]["type"], "dashboard_user");
    assert_eq!(entry["actor"]["email"], "owner@acme.test");

    // A file left empty keeps the logo; "Remove" removes it.
    let kept = save(&app, &owner, branding_form(&fields, None)).await;
    assert_eq!(kept.status(), 303);
    assert_eq!(
        saved_branding(&app).await["logo"]["contentType"],
        "image/png"
    );
    let mut removing = fields.to_vec();
    removing.push(("remove_logo", "1"));
    save(&app, &owner, branding_form(&removing, None)).await;
    assert!(saved_branding(&app).await["logo"].is_null());
}
on_both_backends!(the_branding_page_saves_the_brand_the_portal_then_shows);

async fn a_refused_save_changes_nothing_and_keeps_what_was_typed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let before = saved_branding(&app).await;

    let typed = [
        ("business_name", "Acme & Sons"),
        ("accent_color", "orange"),
        ("support_url", "https://acme.example/help"),
    ];
    let refused = save(&app, &owner, branding_form(&typed, None)).await;
    assert_eq!(refused.status(), 303);
    let back = location(&refused);
    assert!(back.starts_with(&format!("{BRANDING}?")), "{back}");
    let (_, page) = app.page(&owner, &back).await;
    assert!(
        page.contains("like #4f46e5"),
        "the message says how to type a colour"
    );
    assert!(page.contains("value=\"Acme &amp; Sons\"") && page.contains("value=\"orange\""));
    assert!(page.contains("aria-invalid=\"true\""));
    let after = saved_branding(&app).await;
    assert_eq!(before["businessName"], after["businessName"]);
    assert_eq!(before["supportUrl"], after["supportUrl"]);

    for (field, value, message) in [
        ("support_url", "acme.example/help", "full web address"),
        ("support_email", "help-at-acme", "like help@example.com"),
    ] {
        let refused = save(&app, &owner, branding_form(&[(field, value)], None)).await;
        let (_, page) = app.page(&owner, &location(&refused)).await;
        assert!(page.contains(message), "{field}: {page}");
    }

    // Not an image, and too big: clear messages, nothing saved.
    let refused = save(
        &app,
        &owner,
        branding_form(&[], Some(b"GIF89a not a png".to_vec())),
    )
    .await;
    let (_, page) = app.page(&owner, &location(&refused)).await;
    assert!(page.contains("PNG or SVG"), "{page}");
    let huge = vec![0x89u8; 900 * 1024];
    let refused = save(&app, &owner, branding_form(&[], Some(huge))).await;
    assert!(
        refused.status() == 303 || refused.status() == 413,
        "{}",
        refused.status()
    );
    if refused.status() == 303 {
        let (_, page) = app.page(&owner, &location(&refused)).await;
        assert!(page.contains("512 KB"), "{page}");
    }
    assert_eq!(saved_branding(&app).await["logo"], before["logo"]);
}
on_both_backends!(a_refused_save_changes_nothing_and_keeps_what_was_typed);

async fn viewers_see_the_brand_but_cannot_change_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (status, page) = app.page(&viewer, BRANDING).await;
    assert_eq!(status, 200);
    assert!(!page.contains("Save branding") && page.contains("<fieldset disabled"));

    let refused = save(
        &app,
        &viewer,
        branding_form(&[("business_name", "Hijacked")], None),
    )
    .await;
    let (_, page) = app.page(&viewer, &location(&refused)).await;
    assert!(page.contains("does not allow"), "{page}");
    assert_ne!(saved_branding(&app).await["businessName"], "Hijacked");

    // Signed out: to the sign-in page, nothing saved. Another site's form: refused.
    let signed_out = save(
        &app,
        "",
        branding_form(&[("business_name", "Hijacked")], None),
    )
    .await;
    assert!(location(&signed_out).starts_with("/dashboard/sign-in"));
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let cross_site = app
        .http
        .post(app.url(BRANDING))
        .header("origin", "https://evil.example")
        .header("cookie", &owner)
        .multipart(branding_form(&[("business_name", "Hijacked")], None))
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert_ne!(saved_branding(&app).await["businessName"], "Hijacked");
}
on_both_backends!(viewers_see_the_brand_but_cannot_change_it);

async fn sample(app: &TestApp, cookie: &str, path: &str, form: Form) -> reqwest::Response {
    app.http
        .post(app.url(&format!("{BRANDING}/{path}")))
        .header("origin", &app.base)
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn samples_are_drawn_with_the_unsaved_brand_and_save_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (_, page) = app.page(&owner, BRANDING).await;
    assert!(page.contains("formaction=\"/dashboard/settings/branding/sample-invoice.pdf\""));
    let before = saved_branding(&app).await;
    let fields = [
        ("business_name", "Draft Rockets"),
        ("accent_color", "#112233"),
        ("support_email", "help@draft.example"),
        ("terms_of_service_url", "https://draft.example/terms"),
    ];
    let logo = || Some(STANDARD.decode(PNG).unwrap());

    let pdf = sample(
        &app,
        &owner,
        "sample-invoice.pdf",
        branding_form(&fields, logo()),
    )
    .await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let bytes = pdf.bytes().await.unwrap();
    let text = pdf_text(&bytes);
    assert!(text.contains("Draft Rockets"), "{text}");
    assert!(
        text.contains("SAMPLE-0001") && text.contains("$29.00"),
        "{text}"
    );
    assert!(
        text.contains("Terms: https://draft.example/terms"),
        "{text}"
    );
    assert!(
        pdf_images(&bytes).lines().count() > 2,
        "the unsaved logo is drawn"
    );

    let receipt = sample(
        &app,
        &owner,
        "sample-receipt",
        branding_form(&fields, logo()),
    )
    .await;
    assert_eq!(receipt.status(), 200);
    let policy = receipt.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    let html = receipt.text().await.unwrap();
    assert!(html.contains("Draft Rockets") && html.contains("color:#112233"));
    assert!(
        html.contains("src=\"data:image/png;base64,"),
        "the unsaved logo inline"
    );
    assert!(html.contains("help@draft.example"));

    // Nothing was saved or audited.
    assert_eq!(saved_branding(&app).await, before);
    let (_, audit) = app
        .api("GET", "/v1/audit_log?action=branding.updated", None)
        .await;
    assert_eq!(audit["data"].as_array().unwrap().len(), 0, "{audit}");

    // A refused sample goes back to the form with what was typed; roles apply.
    let refused = sample(
        &app,
        &owner,
        "sample-receipt",
        branding_form(
            &[("business_name", "Draft Rockets"), ("accent_color", "blue")],
            None,
        ),
    )
    .await;
    assert_eq!(refused.status(), 303);
    let back = location(&refused);
    assert!(
        back.contains("field=accent_color") && back.contains("Draft+Rockets"),
        "{back}"
    );
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let refused = sample(
        &app,
        &viewer,
        "sample-invoice.pdf",
        branding_form(&fields, None),
    )
    .await;
    assert_eq!(refused.status(), 303);
    let (_, page) = app.page(&viewer, &location(&refused)).await;
    assert!(page.contains("does not allow"));
    let signed_out = sample(&app, "", "sample-invoice.pdf", branding_form(&fields, None)).await;
    assert!(location(&signed_out).starts_with("/dashboard/sign-in"));
}
on_both_backends!(samples_are_drawn_with_the_unsaved_brand_and_save_nothing);

const SESSIONS: &str = "/dashboard/portal-sessions";
const MAC_CHROME: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

/// The action of the "Revoke" forms on the Portal sessions page.
fn revoke_action(html: &str) -> Option<String> {
    let at = html.find("action=\"/api/revoke_portal_session")? + "action=\"".len();
    Some(html[at..].split('"').next()?.to_string())
}

async fn a_portal_session_revoked_in_the_dashboard_ends_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let developer = acme_team_member(&app, "dev@acme.test", Role::Developer).await;
    let (id, secret) = app.mint_link().await;
    let redeemed = app
        .http
        .post(app.url(&format!("/session/{id}/redeem")))
        .header("user-agent", MAC_CHROME)
        .form(&[("secret", secret.as_str())])
        .send()
        .await
        .unwrap();
    let portal = crate::support::cookie_pair(&redeemed).expect("the link opens the portal");
    let (unopened, _) = app.mint_link().await;

    let (status, page) = app.page(&developer, SESSIONS).await;
    assert_eq!(status, 200);
    assert!(page.contains("Jenny Rosen") && page.contains(&id) && page.contains(&unopened));
    assert!(page.contains("Signed in") && page.contains("Link not opened yet"));
    assert!(
        page.contains("from 127.0.0.1") && page.contains("Chrome on macOS"),
        "{page}"
    );

    let action = revoke_action(&page).expect("a developer may revoke");
    let revoked = post(&app, &action, &developer, &[("session", &id)]).await;
    assert!(
        location(&revoked).ends_with("?revoked=1"),
        "{}",
        location(&revoked)
    );
    let (status, after) = app.page(&portal, "/portal").await;
    assert_ne!(status, 200);
    assert!(
        after.contains("expired"),
        "the customer's next page: {after}"
    );
    let (_, page) = app.page(&developer, SESSIONS).await;
    assert!(page.contains("Ended"));

    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    assert_eq!(audit["data"][0]["action"], "billing.portal.session.revoked");
    assert_eq!(audit["data"][0]["actor"]["email"], "dev@acme.test");

    // Once ended, it cannot be ended again; another merchant's session is not found.
    let again = post(&app, &action, &developer, &[("session", &id)]).await;
    assert!(location(&again).ends_with("?error=ended"));
    let (globex_key, _) = new_owner(&app, "owner@globex.test").await;
    let (_, customer) = app
        .api_as(
            &globex_key,
            "POST",
            "/v1/customers",
            Some(serde_json::json!({"name": "Globex Buyer", "email": "buyer@globex.test"})),
        )
        .await;
    let minted: serde_json::Value = app
        .mint(&globex_key, customer["id"].as_str().unwrap())
        .await
        .json()
        .await
        .unwrap();
    let globex_session = minted["id"].as_str().unwrap();
    let (_, page) = app.page(&developer, SESSIONS).await;
    assert!(!page.contains(globex_session) && !page.contains("Globex Buyer"));
    let foreign = post(&app, &action, &developer, &[("session", globex_session)]).await;
    assert!(location(&foreign).ends_with("?error=ended"));
    let (globex_id, globex_secret) = minted["url"]
        .as_str()
        .unwrap()
        .rsplit_once('/')
        .unwrap()
        .1
        .split_once('#')
        .unwrap();
    assert_eq!(globex_id, globex_session);

    // A viewer sees the sessions but cannot revoke them, not even by posting the form.
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (status, page) = app.page(&viewer, SESSIONS).await;
    assert_eq!(status, 200);
    assert!(page.contains(&unopened) && revoke_action(&page).is_none());
    let refused = post(&app, &action, &viewer, &[("session", &unopened)]).await;
    assert!(location(&refused).ends_with("?error=role"));

    // The links nobody revoked still open.
    assert_eq!(app.redeem(globex_id, globex_secret).await.status(), 303);
}
on_both_backends!(a_portal_session_revoked_in_the_dashboard_ends_at_once);

const KEYS: &str = "/dashboard/developers/api-keys";

/// The secret a "new key" page shows once.
fn shown_secret(html: &str) -> String {
    let at = html.find("value=\"sk_").expect("the page shows the key") + "value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

async fn status_with_key(app: &TestApp, key: &str) -> u16 {
    app.http
        .get(app.url("/v1/branding"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn api_keys_are_created_rolled_and_revoked_in_the_dashboard(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let developer = acme_team_member(&app, "dev@acme.test", Role::Developer).await;
    let (status, page) = app.page(&developer, KEYS).await;
    assert_eq!(status, 200);
    assert!(page.contains("Create a test key"));

    let long_name = "n".repeat(101);
    let refused = post(
        &app,
        &format!("{KEYS}/new"),
        &developer,
        &[("name", &long_name)],
    )
    .await;
    assert!(location(&refused).ends_with("?error=name"));
    let created = post(
        &app,
        &format!("{KEYS}/new"),
        &developer,
        &[("name", "Deploy bot")],
    )
    .await;
    assert_eq!(created.status(), 200);
    let html = created.text().await.unwrap();
    assert!(html.contains("only time it is shown"));
    let secret = shown_secret(&html);
    assert!(
        secret.starts_with("sk_test_"),
        "a key of the mode the user looks at"
    );
    assert_eq!(status_with_key(&app, &secret).await, 200);

    let (_, page) = app.page(&developer, KEYS).await;
    let hint = &secret[secret.len() - 4..];
    assert!(page.contains(&format!("sk_test_...{hint}")));
    let line = &page[page.find("Deploy bot").expect("the key's name")..];
    let line = &line[..line.find("</li>").unwrap()];
    assert!(line.contains("Last used"), "it was just used: {line}");
    assert!(page.contains("Unnamed key"), "the seeded key has no name");
    assert!(!page.contains(&secret), "the list never shows a key");
    let (_, keys) = app.api("GET", "/v1/api_keys", None).await;
    let id = keys["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["redacted"].as_str().unwrap().ends_with(hint))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    assert_eq!(audit["data"][0]["action"], "api_key.created");
    assert_eq!(audit["data"][0]["actor"]["type"], "dashboard_user");

    // Roll with no overlap: the new key works, the old one stops.
    let bad = post(
        &app,
        &format!("{KEYS}/{id}/roll"),
        &developer,
        &[("overlap", "9999999")],
    )
    .await;
    assert!(location(&bad).ends_with("?error=overlap"));
    assert_eq!(
        status_with_key(&app, &secret).await,
        200,
        "a refused roll changes nothing"
    );
    let rolled = post(
        &app,
        &format!("{KEYS}/{id}/roll"),
        &developer,
        &[("overlap", "0")],
    )
    .await;
    assert_eq!(rolled.status(), 200);
    let successor = shown_secret(&rolled.text().await.unwrap());
    assert_eq!(status_with_key(&app, &secret).await, 401);
    assert_eq!(status_with_key(&app, &successor).await, 200);

    let (_, keys) = app.api("GET", "/v1/api_keys", None).await;
    let successor_id = keys["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| {
            key["redacted"]
                .as_str()
                .unwrap()
                .ends_with(&successor[successor.len() - 4..])
        })
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let revoked = post(
        &app,
        &format!("{KEYS}/{successor_id}/revoke"),
        &developer,
        &[],
    )
    .await;
    assert!(location(&revoked).ends_with("?done=revoked"));
    assert_eq!(status_with_key(&app, &successor).await, 401);
    let again = post(
        &app,
        &format!("{KEYS}/{successor_id}/revoke"),
        &developer,
        &[],
    )
    .await;
    assert!(location(&again).ends_with("?error=gone"));

    // Another merchant's key is not found, and keeps working.
    let (globex_key, _) = new_owner(&app, "owner@globex.test").await;
    let (_, globex_keys) = app.api_as(&globex_key, "GET", "/v1/api_keys", None).await;
    let globex_id = globex_keys["data"][0]["id"].as_str().unwrap().to_string();
    let foreign = post(&app, &format!("{KEYS}/{globex_id}/revoke"), &developer, &[]).await;
    assert!(location(&foreign).ends_with("?error=gone"));
    assert_eq!(status_with_key(&app, &globex_key).await, 200);

    // A viewer sees the keys (redacted) but cannot make or end one.
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (_, page) = app.page(&viewer, KEYS).await;
    assert!(!page.contains("Create a test key") && !page.contains("Roll or revoke"));
    let refused = post(&app, &format!("{KEYS}/new"), &viewer, &[]).await;
    assert!(location(&refused).ends_with("?error=role"));
    let signed_out = post(&app, &format!("{KEYS}/new"), "", &[]).await;
    assert!(location(&signed_out).starts_with("/dashboard/sign-in"));
    let (_, keys_after) = app.api("GET", "/v1/api_keys", None).await;
    assert_eq!(
        keys_after["data"].as_array().unwrap().len(),
        1,
        "only the seeded key is left"
    );
}
on_both_backends!(api_keys_are_created_rolled_and_revoked_in_the_dashboard);

async fn a_password_change_ends_every_other_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let here = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let elsewhere = dashboard_cookie(&sign_in(&app, "owner@acme.test", PASSWORD).await)
        .expect("a second browser signs in");
    let change = "/dashboard/account/password";
    let new_password = "a brand new passphrase for acme";

    let (status, page) = app.page(&here, "/dashboard/account").await;
    assert_eq!(status, 200);
    assert!(page.contains("Change your password") && page.contains("owner@acme.test"));

    for (fields, code) in [
        (
            vec![
                ("current", "wrong password here"),
                ("password", new_password),
                ("confirm", new_password),
            ],
            "current",
        ),
        (
            vec![
                ("current", PASSWORD),
                ("password", new_password),
                ("confirm", "something else"),
            ],
            "mismatch",
        ),
        (
            vec![
                ("current", PASSWORD),
                ("password", "short one"),
                ("confirm", "short one"),
            ],
            "short",
        ),
        (
            vec![
                ("current", PASSWORD),
                ("password", "1qaz2wsx3edc"),
                ("confirm", "1qaz2wsx3edc"),
            ],
            "common",
        ),
    ] {
        let refused = post(&app, change, &here, &fields).await;
        assert!(
            location(&refused).ends_with(&format!("?error={code}")),
            "{code}: {}",
            location(&refused)
        );
    }
    let (status, _) = app.page(&elsewhere, "/dashboard/account").await;
    assert_eq!(status, 200, "a refused change ends nothing");

    let changed = post(
        &app,
        change,
        &here,
        &[
            ("current", PASSWORD),
            ("password", new_password),
            ("confirm", new_password),
        ],
    )
    .await;
    assert!(location(&changed).ends_with("?changed=1"));
    let renewed = dashboard_cookie(&changed).expect("this browser gets a new session");
    let (status, page) = app.page(&renewed, "/dashboard/account?changed=1").await;
    assert_eq!(status, 200);
    assert!(page.contains("Password changed."));
    for ended in [&here, &elsewhere] {
        let (_, page) = app.page(ended, "/dashboard/account").await;
        assert!(
            !page.contains("Change your password"),
            "the old sessions have ended"
        );
    }
    assert!(dashboard_cookie(&sign_in(&app, "owner@acme.test", PASSWORD).await).is_none());
    assert!(dashboard_cookie(&sign_in(&app, "owner@acme.test", new_password).await).is_some());

    let (_, audit) = app.api("GET", "/v1/audit_log?object=usr_owner", None).await;
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"dashboard_user.password_changed"),
        "{actions:?}"
    );
}
on_both_backends!(a_password_change_ends_every_other_session);

async fn the_header_switches_between_test_and_live_data(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (status, live) = app
        .live_api(
            "POST",
            "/v1/customers",
            Some(serde_json::json!({ "name": "Live Larry", "email": "larry@example.com" })),
        )
        .await;
    assert_eq!(status, 200, "{live}");

    let (_, home) = app.page(&owner, "/dashboard/customers").await;
    assert!(home.contains("Test mode") && home.contains("View live data"));
    assert!(home.contains("Jenny Rosen") && !home.contains("Live Larry"));

    let switched = post(&app, "/dashboard/mode", &owner, &[("mode", "live")]).await;
    assert_eq!(location(&switched), "/dashboard");
    let (_, customers) = app.page(&owner, "/dashboard/customers").await;
    assert!(customers.contains("Live mode") && customers.contains("View test data"));
    assert!(customers.contains("Live Larry") && !customers.contains("Jenny Rosen"));
    // A test customer's page is not found in live mode.
    let (status, _) = app
        .page(
            &owner,
            &format!("/dashboard/customers/{}", app.merchant.customer_id),
        )
        .await;
    assert_eq!(status, 404);
    // Another browser of the same user stays in test mode: the mode is the session's.
    let other = dashboard_cookie(&sign_in(&app, "owner@acme.test", PASSWORD).await).unwrap();
    let (_, theirs) = app.page(&other, "/dashboard/customers").await;
    assert!(theirs.contains("Jenny Rosen"));

    post(&app, "/dashboard/mode", &owner, &[("mode", "test")]).await;
    let (_, back) = app.page(&owner, "/dashboard/customers").await;
    assert!(back.contains("Jenny Rosen"));

    // Without a live key there is nothing to switch to.
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
    let (_, page) = app.page(&globex, "/dashboard").await;
    assert!(!page.contains("View live data"));
    let refused = post(&app, "/dashboard/mode", &globex, &[("mode", "live")]).await;
    assert_eq!(location(&refused), "/dashboard?mode=unavailable");
    let (_, page) = app.page(&globex, "/dashboard").await;
    assert!(page.contains("Test mode"));
}
on_both_backends!(the_header_switches_between_test_and_live_data);

async fn custom_domains_are_added_verified_and_removed_from_the_dashboard(backend: Backend) {
    let dns = crate::dns_server::DnsServer::start().await;
    let address = dns.address;
    let app = TestApp::spawn_with(backend, |config| config.dns_server = Some(address)).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    const DOMAINS: &str = "/dashboard/settings/domains";

    let refused = post(
        &app,
        &format!("{DOMAINS}/new"),
        &owner,
        &[("domain", "https://not a domain/")],
    )
    .await;
    let back = location(&refused);
    assert!(
        back.contains("error=") && back.contains("domain="),
        "{back}"
    );
    let (_, page) = app.page(&owner, &back).await;
    assert!(page.contains("aria-invalid=\"true\""));

    let added = post(
        &app,
        &format!("{DOMAINS}/new"),
        &owner,
        &[("domain", "billing.acme.test")],
    )
    .await;
    assert_eq!(location(&added), format!("{DOMAINS}?done=added"));
    let (_, list) = app.api("GET", "/v1/custom_domains", None).await;
    let domain = &list["data"][0];
    let id = domain["id"].as_str().unwrap().to_string();
    let txt_name = domain["txt"]["name"].as_str().unwrap().to_string();
    let txt_value = domain["txt"]["value"].as_str().unwrap().to_string();
    let (_, page) = app.page(&owner, DOMAINS).await;
    assert!(page.contains("Waiting for DNS"));
    assert!(
        page.contains(&format!("value=\"{txt_value}\""))
            && page.contains(&format!("value=\"{txt_name}\""))
    );

    // Without the record, Verify now says what DNS holds; with it, the domain is verified.
    let missing = post(&app, &format!("{DOMAINS}/{id}/verify"), &owner, &[]).await;
    assert!(
        location(&missing).contains("error="),
        "{}",
        location(&missing)
    );
    dns.set_txt(&txt_name, &[&txt_value]);
    let verified = post(&app, &format!("{DOMAINS}/{id}/verify"), &owner, &[]).await;
    assert_eq!(location(&verified), format!("{DOMAINS}?done=verified"));
    let (_, page) = app.page(&owner, DOMAINS).await;
    assert!(page.contains("Verified"));

    // A viewer sees the records but changes nothing; another merchant cannot touch it.
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (_, page) = app.page(&viewer, DOMAINS).await;
    assert!(page.contains("billing.acme.test") && !page.contains("Verify now"));
    let refused = post(&app, &format!("{DOMAINS}/{id}/delete"), &viewer, &[]).await;
    assert!(location(&refused).contains("error="));
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
    let refused = post(&app, &format!("{DOMAINS}/{id}/delete"), &globex, &[]).await;
    assert!(location(&refused).contains("error="));
    let (_, still) = app
        .api("GET", &format!("/v1/custom_domains/{id}"), None)
        .await;
    assert_eq!(still["status"], "verified");

    let removed = post(&app, &format!("{DOMAINS}/{id}/delete"), &owner, &[]).await;
    assert_eq!(location(&removed), format!("{DOMAINS}?done=removed"));
    let (status, _) = app
        .api("GET", &format!("/v1/custom_domains/{id}"), None)
        .await;
    assert_eq!(status, 404);
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    assert!(audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|entry| entry["actor"]["email"] == "owner@acme.test"));
}
on_both_backends!(custom_domains_are_added_verified_and_removed_from_the_dashboard);

//! The merchant dashboard's accounts and sign-in: setup links, Argon2id hashes, sessions,
//! throttling, Origin checks and the public-host rule, against the real server.
use std::time::{Duration, Instant};

use serde_json::json;
use vinr_portal::domain::{dashboard::Role, password::NewPassword};
use vinr_portal::server::{
    db::store::{self, custom_domains::CustomDomainRow, dashboard_users::DashboardUserRow},
    passwords,
    services::{
        actor::ClientInfo,
        dashboard::{
            accounts,
            sign_in::{self, SignInRefusal, ABSOLUTE_SECONDS, IDLE_SECONDS},
        },
        now_unix,
    },
};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

pub(crate) const PASSWORD: &str = "correct horse battery staple";

/// The dashboard cookie a response sets (`name=value`), if any.
pub(crate) fn dashboard_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("vinr_dashboard=") && !v.starts_with("vinr_dashboard=;"))
        .map(|v| v.split(';').next().unwrap().to_string())
}

pub(crate) fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

pub(crate) async fn post(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_form(cookie, path, fields).await
}

pub(crate) async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    post(
        app,
        "/dashboard/sign-in",
        "",
        &[("email", email), ("password", password)],
    )
    .await
}

/// A merchant made as `merchants create` makes it, with its owner's setup path.
pub(crate) async fn new_owner(app: &TestApp, email: &str) -> (String, String) {
    let created = accounts::create_merchant_with_owner(&app.db, &app.base, "Globex", email)
        .await
        .unwrap();
    let path = created
        .setup_url
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    (created.secret_key, path)
}

async fn an_owner_chooses_a_password_through_the_setup_link_and_signs_in(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (key, setup) = new_owner(&app, " Owner@Globex.test ").await;

    let (status, page) = app.page("", &setup).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("owner@globex.test"),
        "the e-mail is normalised"
    );

    for (password, confirm, code) in [
        ("short pass", "short pass", "short"),
        (PASSWORD, "something else entirely", "mismatch"),
        ("1qaz2wsx3edc", "1qaz2wsx3edc", "common"),
        ("owner@globex.test", "owner@globex.test", "email"),
    ] {
        let refused = post(
            &app,
            &setup,
            "",
            &[("password", password), ("confirm", confirm)],
        )
        .await;
        assert_eq!(refused.status(), 303);
        assert_eq!(location(&refused), format!("{setup}?error={code}"));
        assert!(dashboard_cookie(&refused).is_none());
        let (_, page) = app.page("", &location(&refused)).await;
        assert!(page.contains("role=\"alert\""), "{code}: the page says why");
    }

    let accepted = post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(location(&accepted), "/dashboard");
    let cookie = dashboard_cookie(&accepted).expect("signed in at once");
    let set_cookie = accepted.headers()["set-cookie"].to_str().unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let (status, home) = app.page(&cookie, "/dashboard").await;
    assert_eq!(status, 200);
    assert!(home.contains("What needs attention") && home.contains("Globex"));
    assert!(home.contains("Test mode"));

    // Argon2id with OWASP's parameters, read back from the stored PHC string.
    let stored = app
        .sql_text("SELECT password_hash FROM dashboard_users WHERE email = 'owner@globex.test'")
        .await;
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );
    assert!(!stored.contains(PASSWORD));

    // The link works once.
    let again = post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    assert!(dashboard_cookie(&again).is_none());
    assert_eq!(app.page("", &setup).await.0, 410);

    // Sign out ends the session on the server: the old cookie no longer opens a page.
    let out = post(&app, "/dashboard/sign-out", &cookie, &[]).await;
    assert_eq!(out.status(), 303);
    let cleared = out.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.contains("Max-Age=0"));
    let (status, _) = app.page(&cookie, "/dashboard").await;
    assert_eq!(status, 303, "signed out: sent to sign in");

    let wrong = sign_in(&app, "owner@globex.test", "not the password at all").await;
    assert_eq!(location(&wrong), "/dashboard/sign-in?error=credentials");
    assert!(dashboard_cookie(&wrong).is_none());
    let unknown = sign_in(&app, "nobody@globex.test", PASSWORD).await;
    assert_eq!(location(&unknown), location(&wrong), "the same answer");
    let right = sign_in(&app, "OWNER@globex.test", PASSWORD).await;
    assert_eq!(location(&right), "/dashboard");
    let cookie = dashboard_cookie(&right).unwrap();
    assert_eq!(app.page(&cookie, "/dashboard").await.0, 200);

    // Every step is in the merchant's audit log, by the user, with their e-mail and browser.
    let (status, log) = app
        .api_as(&key, "GET", "/v1/audit_log?limit=20", None)
        .await;
    assert_eq!(status, 200, "{log}");
    let entries = log["data"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "dashboard_user.signed_in",
            "dashboard_user.sign_in_failed",
            "dashboard_user.signed_out",
            "dashboard_user.password_set",
        ]
    );
    for entry in entries {
        assert_eq!(entry["actor"]["type"], "dashboard_user");
        assert_eq!(entry["actor"]["email"], "owner@globex.test");
        assert!(entry["actor"]["id"].as_str().unwrap().starts_with("usr_"));
        assert_eq!(entry["actor"]["ip"], "127.0.0.1");
    }
}
on_both_backends!(an_owner_chooses_a_password_through_the_setup_link_and_signs_in);

async fn failed_sign_ins_are_slowed_then_refused_for_a_while(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;

    let mut waits = Vec::new();
    let mut refused = None;
    for attempt in 1..=sign_in::REFUSE_AT_FAILURES + 1 {
        let started = Instant::now();
        let response = sign_in(&app, "owner@globex.test", "a wrong password here").await;
        waits.push(started.elapsed());
        if response.status() == 429 {
            refused = Some((attempt, response));
            break;
        }
        assert_eq!(location(&response), "/dashboard/sign-in?error=credentials");
    }
    let (attempt, response) = refused.expect("refused after ten failures");
    assert_eq!(attempt, sign_in::REFUSE_AT_FAILURES + 1);
    let retry_after: i64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0 && retry_after <= sign_in::REFUSAL_SECONDS);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Too many failed sign-ins"));
    // The first tries answer at once; from the fifth failure on, each waits longer.
    assert!(waits[1] < Duration::from_millis(400), "{waits:?}");
    assert!(waits[6] >= Duration::from_millis(1000), "{waits:?}");

    // Even the right password is refused meanwhile ...
    let right = sign_in(&app, "owner@globex.test", PASSWORD).await;
    assert_eq!(right.status(), 429);
    // ... but only for a while: once the refusal has run out, the owner signs in.
    app.sql(
        "UPDATE dashboard_sign_in_failures SET refused_until = 1 WHERE key <> $1",
        "",
    )
    .await;
    let right = sign_in(&app, "owner@globex.test", PASSWORD).await;
    assert_eq!(location(&right), "/dashboard");
    assert!(dashboard_cookie(&right).is_some());
}
on_both_backends!(failed_sign_ins_are_slowed_then_refused_for_a_while);

async fn sessions_end_when_idle_and_after_seven_days(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    let client = ClientInfo::default();
    let signed_in = sign_in::sign_in(&app.db, "owner@globex.test", PASSWORD, client.clone())
        .await
        .unwrap();
    let sign_in::SignInStep::Done(signed_in) = signed_in else {
        panic!("no second step without two-step sign-in");
    };
    let token = signed_in.token;
    let start = now_unix();
    let at = |offset: i64| {
        let (db, token, client) = (app.db.clone(), token.clone(), client.clone());
        async move {
            sign_in::authenticate_at(&db, &token, client, start + offset)
                .await
                .unwrap()
                .is_some()
        }
    };
    assert!(!at(IDLE_SECONDS + 1).await, "idle for more than 12 hours");
    // Used every 11 hours, it lives on ...
    let mut offset = 0;
    while offset + 11 * 3600 < ABSOLUTE_SECONDS {
        offset += 11 * 3600;
        assert!(at(offset).await, "used at +{offset}s");
    }
    // ... until 7 days after sign-in, however busy.
    assert!(!at(ABSOLUTE_SECONDS + 1).await);
    assert!(sign_in::authenticate(&app.db, "", client.clone())
        .await
        .unwrap()
        .is_none());
}
on_both_backends!(sessions_end_when_idle_and_after_seven_days);

async fn unknown_emails_take_as_long_as_known_ones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    let client = ClientInfo::default();
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for _ in 0..50 {
        for (email, times) in [
            ("owner@globex.test", &mut known),
            ("nobody@globex.test", &mut unknown),
        ] {
            let started = Instant::now();
            let refused =
                sign_in::sign_in(&app.db, email, "wrong password here", client.clone()).await;
            times.push(started.elapsed().as_secs_f64());
            assert!(matches!(refused, Err(SignInRefusal::WrongCredentials)));
        }
        // Keep the throttle out of the measurement.
        app.sql("DELETE FROM dashboard_sign_in_failures WHERE key <> $1", "")
            .await;
    }
    let median = |times: &mut Vec<f64>| {
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    };
    let (known, unknown) = (median(&mut known), median(&mut unknown));
    let ratio = unknown / known;
    assert!(
        (0.8..=1.25).contains(&ratio),
        "known {known:.4}s, unknown {unknown:.4}s"
    );
}
on_both_backends!(unknown_emails_take_as_long_as_known_ones);

async fn dashboard_posts_need_their_origin_and_the_public_host(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    let form = [("email", "owner@globex.test"), ("password", PASSWORD)];

    let without_origin = app
        .http
        .post(app.url("/dashboard/sign-in"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(without_origin.status(), 403);
    let foreign = app
        .http
        .post(app.url("/dashboard/sign-in"))
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    assert!(dashboard_cookie(&foreign).is_none());

    // A merchant's verified custom domain serves its portal, never the dashboard.
    let mut conn = app.db.conn().await.unwrap();
    store::custom_domains::insert(
        conn.exec(),
        &CustomDomainRow {
            id: "cdom_test".into(),
            merchant_id: app.merchant.id.clone(),
            domain: "billing.acme.test".into(),
            verification_token: "token".into(),
            verified_at: Some(now_unix()),
            last_checked_at: Some(now_unix()),
            last_check_error: None,
            created_at: now_unix(),
            failing_since: None,
            lapsed_at: None,
        },
    )
    .await
    .unwrap();
    drop(conn);
    for path in ["/dashboard", "/dashboard/sign-in", &setup] {
        let response = app
            .http
            .get(app.url(path))
            .header("host", "billing.acme.test")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    let on_domain = app
        .http
        .post(app.url("/dashboard/sign-in"))
        .header("host", "billing.acme.test")
        .header("origin", "http://billing.acme.test")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(on_domain.status(), 404);
    assert!(dashboard_cookie(&on_domain).is_none());
}
on_both_backends!(dashboard_posts_need_their_origin_and_the_public_host);

/// The owner of the test app's own merchant (Acme Cloud), signed in: the cookie.
/// The owner of a new merchant (no live key yet), once they chose their password: their
/// dashboard cookie.
pub(crate) async fn signed_in_new_owner(app: &TestApp, email: &str) -> String {
    let (_, setup) = new_owner(app, email).await;
    dashboard_cookie(
        &post(
            app,
            &setup,
            "",
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await,
    )
    .unwrap()
}

pub(crate) async fn acme_team_member(app: &TestApp, email: &str, role: Role) -> String {
    let hash = passwords::hash(&NewPassword::parse(PASSWORD, email).unwrap())
        .await
        .unwrap();
    let mut tx = app.db.begin_write().await.unwrap();
    store::dashboard_users::insert_user(
        tx.exec(),
        &DashboardUserRow {
            id: format!("usr_{}", role.as_str()),
            merchant_id: app.merchant.id.clone(),
            email: email.to_string(),
            password_hash: Some(hash),
            role,
            created_at: now_unix(),
            password_changed_at: None,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let response = sign_in(app, email, PASSWORD).await;
    dashboard_cookie(&response).expect("signed in")
}

/// The `action` of the form whose class is `class` in `html`.
pub(crate) fn form_action(html: &str, class: &str) -> Option<String> {
    let form = html
        .split("<form ")
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or_default())
        .find(|tag| tag.contains(&format!("class=\"{class}\"")))?;
    let action = form.split("action=\"").nth(1)?;
    Some(action.split('"').next()?.to_string())
}

async fn the_customer_pages_show_only_the_merchants_own_customers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (globex_key, globex_setup) = new_owner(&app, "owner@globex.test").await;
    let globex_owner = dashboard_cookie(
        &post(
            &app,
            &globex_setup,
            "",
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await,
    )
    .expect("the Globex owner signs in");
    let (_, globex_customer) = app
        .api_as(
            &globex_key,
            "POST",
            "/v1/customers",
            Some(json!({"name": "Globex Buyer", "email": "buyer@globex.test"})),
        )
        .await;
    let globex_customer = globex_customer["id"].as_str().unwrap().to_string();
    for index in 0..30 {
        let (status, _) = app
            .api("POST", "/v1/customers", Some(json!({"name": format!("Shopper {index:02}"), "email": format!("shopper{index}@example.test")})))
            .await;
        assert_eq!(status, 200);
    }

    // Customers created in the same second have no order among themselves but a stable
    // one: the two pages share none and together hold every shopper.
    let shoppers = |html: &str| -> Vec<String> {
        (0..30)
            .map(|index| format!("Shopper {index:02}"))
            .filter(|name| html.contains(&format!(">{name}<")))
            .collect()
    };
    let (status, list) = app.page(&owner, "/dashboard/customers").await;
    assert_eq!(status, 200);
    assert!(!list.contains("Globex Buyer"));
    assert!(list.contains("Next page") && !list.contains("Previous page"));
    let (_, second) = app.page(&owner, "/dashboard/customers?page=2").await;
    assert!(second.contains("Previous page") && !second.contains("Next page"));
    let (first, second) = (shoppers(&list), shoppers(&second));
    assert!(
        first.len() >= 24 && !second.is_empty(),
        "{first:?} {second:?}"
    );
    assert!(
        first.iter().all(|name| !second.contains(name)),
        "{first:?} {second:?}"
    );
    assert_eq!(first.len() + second.len(), 30);

    let (_, found) = app.page(&owner, "/dashboard/customers?q=SHOPPER1%40").await;
    assert!(found.contains("Shopper 01") && !found.contains("Shopper 02"));
    let (_, wildcard) = app.page(&owner, "/dashboard/customers?q=%25").await;
    assert!(
        wildcard.contains("No customer matches"),
        "% is a character, not a wildcard"
    );
    let (_, other) = app.page(&owner, "/dashboard/customers?q=Globex").await;
    assert!(other.contains("No customer matches"));

    let own = format!("/dashboard/customers/{}", app.merchant.customer_id);
    let (status, page) = app.page(&owner, &own).await;
    assert_eq!(status, 200);
    assert!(page.contains("Subscriptions") && page.contains("Basic"));
    // The customer's invoice opens as a PDF for its merchant's team, and for nobody else.
    let pdf = page
        .split("href=\"")
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .find(|href| href.starts_with("/dashboard/invoices/") && href.ends_with("/pdf"))
        .expect("the customer's page links its invoice PDF")
        .to_string();
    let fetch_pdf = |cookie: String| {
        let request = app.http.get(app.url(&pdf)).header("cookie", cookie);
        async move { request.send().await.unwrap() }
    };
    let own_pdf = fetch_pdf(owner.clone()).await;
    assert_eq!(own_pdf.status(), 200);
    assert!(own_pdf.bytes().await.unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        fetch_pdf(globex_owner.clone()).await.status(),
        404,
        "another merchant's invoice"
    );
    let (status, globex_page) = app.page(&globex_owner, &own).await;
    assert_eq!(status, 404, "another merchant's customer: {globex_page}");
    let (status, _) = app
        .page(&owner, &format!("/dashboard/customers/{globex_customer}"))
        .await;
    assert_eq!(status, 404, "another merchant's customer is not found");
    let (status, _) = app.page(&owner, "/dashboard/customers/cust_nope").await;
    assert_eq!(status, 404);
    let (_, signed_out) = app.page("", &own).await;
    assert!(!signed_out.contains("Subscriptions"));

    // "Open the portal as this customer" mints a session for that customer, which opens.
    let action = form_action(&page, "open-portal").expect("an owner may open the portal");
    let opened = post(
        &app,
        &action,
        &owner,
        &[
            ("customer", &app.merchant.customer_id),
            ("configuration", ""),
        ],
    )
    .await;
    assert!(opened.status().is_redirection(), "{}", opened.status());
    let session_url = location(&opened);
    assert!(
        session_url.contains("/session/bps_") && session_url.contains('#'),
        "{session_url}"
    );
    let (id, secret) = session_url
        .rsplit_once('/')
        .unwrap()
        .1
        .split_once('#')
        .unwrap();
    let redeemed = app.redeem(id, secret).await;
    let portal = crate::support::cookie_pair(&redeemed).expect("the link opens the portal");
    let (status, overview) = app.page(&portal, "/portal").await;
    assert_eq!(status, 200);
    assert!(overview.contains("Basic"));
    // Another merchant's customer cannot be opened, whatever the form says.
    let refused = post(
        &app,
        &action,
        &owner,
        &[("customer", &globex_customer), ("configuration", "")],
    )
    .await;
    assert!(!location(&refused).contains("/session/"));

    // A viewer reads but does not open the portal, not even by posting the form.
    let viewer = acme_team_member(&app, "viewer@acme.test", Role::Viewer).await;
    let (status, page) = app.page(&viewer, &own).await;
    assert_eq!(status, 200);
    assert!(form_action(&page, "open-portal").is_none());
    let sessions = app
        .sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM portal_sessions")
        .await;
    let refused = post(
        &app,
        &action,
        &viewer,
        &[
            ("customer", &app.merchant.customer_id),
            ("configuration", ""),
        ],
    )
    .await;
    assert!(!location(&refused).contains("/session/"));
    assert_eq!(
        app.sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM portal_sessions")
            .await,
        sessions
    );
}
on_both_backends!(the_customer_pages_show_only_the_merchants_own_customers);

//! The portal's language: the session's `locale`, else the browser's `Accept-Language`,
//! else English; `<html lang>` says which; the footer's switcher keeps a choice for the
//! session. Money and dates are written for the language.
use serde_json::json;

use crate::{
    on_both_backends,
    support::{cookie_pair, Backend, TestApp},
};

/// A redeemed session of the seeded customer minted with `locale` (or none): the cookie.
async fn session_with_locale(app: &TestApp, locale: Option<&str>) -> String {
    session_of(app, &app.merchant.customer_id, locale).await
}

/// A redeemed session of `customer` minted with `locale` (or none): the cookie.
async fn session_of(app: &TestApp, customer: &str, locale: Option<&str>) -> String {
    let mut body = json!({ "customer": customer,
                           "returnUrl": "https://app.example.com/account" });
    if let Some(locale) = locale {
        body["locale"] = json!(locale);
    }
    let (status, session) = app
        .api("POST", "/v1/billing/portal/sessions", Some(body))
        .await;
    assert_eq!(status, 200, "{session}");
    let (_, secret) = session["url"].as_str().unwrap().split_once('#').unwrap();
    let response = app.redeem(session["id"].as_str().unwrap(), secret).await;
    cookie_pair(&response).unwrap()
}

async fn overview(app: &TestApp, cookie: &str, accept_language: Option<&str>) -> String {
    let mut request = app.http.get(app.url("/portal")).header("cookie", cookie);
    if let Some(languages) = accept_language {
        request = request.header("accept-language", languages);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// The `<html ...>` start tag of a page.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html element");
    &page[start..start + page[start..].find('>').unwrap() + 1]
}

async fn the_portal_speaks_the_sessions_then_the_browsers_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, coupon) = app
        .api(
            "POST",
            "/v1/coupons",
            Some(
                json!({ "id": "rwd_treue", "name": "Treue", "percentOff": 12.5,
                         "duration": "repeating", "durationInMonths": 3 }),
            ),
        )
        .await;
    assert_eq!(status, 200, "{coupon}");
    let subscription = format!("/v1/subscriptions/{}", app.merchant.subscription_id);
    let (status, body) = app
        .api(
            "POST",
            &subscription,
            Some(json!({ "coupon": "rwd_treue" })),
        )
        .await;
    assert_eq!(status, 200, "{body}");

    // The session's locale wins over the browser's.
    let german = session_with_locale(&app, Some("de-AT")).await;
    let page = overview(&app, &german, Some("fr")).await;
    assert_eq!(html_tag(&page), r#"<html lang="de">"#);
    assert!(page.contains("<h1>Abrechnung</h1>"), "{page}");
    assert!(page.contains("Aktueller Tarif"));
    assert!(page.contains("9,00\u{a0}$ pro Monat"), "German money");
    assert!(page.contains("Verlängert sich am"));
    assert!(
        page.contains("Treue: 12,5\u{a0}% Rabatt für 3 Monate"),
        "the coupon in German"
    );
    assert!(page.contains(r#"<option value="de" lang="de" selected"#));
    let (status, plans) = app
        .page(
            &german,
            &format!(
                "/portal/subscriptions/{}/update",
                app.merchant.subscription_id
            ),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(html_tag(&plans), r#"<html lang="de">"#);
    assert!(plans.contains("Ihr aktueller Tarif: Basic."), "{plans}");
    assert!(
        plans.contains("29,00\u{a0}$ pro Monat"),
        "the other plan's price in German"
    );

    // `auto`: the browser's Accept-Language, negotiated; none we have: English.
    let auto = session_with_locale(&app, None).await;
    let page = overview(&app, &auto, Some("pt-BR, fr-CA;q=0.8")).await;
    assert_eq!(html_tag(&page), r#"<html lang="fr">"#);
    assert!(page.contains("Formule actuelle"));
    let page = overview(&app, &auto, Some("pt-BR")).await;
    assert_eq!(html_tag(&page), r#"<html lang="en">"#);
    assert!(page.contains("$9.00 per month"));
    assert!(page.contains("Current plan"));
    assert!(page.contains("Treue: 12.5% off for 3 months"));

    // The footer's switcher keeps Japanese for this session, whatever the browser says,
    // and goes back to the page it was on; a path outside the portal is not followed.
    let switched = app
        .post_form(
            &auto,
            "/portal/language",
            &[
                ("language", "ja"),
                ("return_to", "/portal?notice=plan_updated"),
            ],
        )
        .await;
    assert_eq!(switched.status(), 303);
    assert_eq!(
        switched.headers()["location"],
        "/portal?notice=plan_updated"
    );
    let page = overview(&app, &auto, Some("de")).await;
    assert_eq!(html_tag(&page), r#"<html lang="ja">"#);
    assert!(page.contains("現在のプラン"));
    assert!(page.contains("月額 $9.00"));
    let elsewhere = app
        .post_form(
            &auto,
            "/portal/language",
            &[("language", "es"), ("return_to", "https://evil.example/")],
        )
        .await;
    assert_eq!(elsewhere.headers()["location"], "/portal");
    let unknown = app
        .post_form(
            &auto,
            "/portal/language",
            &[("language", "xx"), ("return_to", "/portal")],
        )
        .await;
    assert_eq!(unknown.status(), 303);
    let page = overview(&app, &auto, None).await;
    assert_eq!(html_tag(&page), r#"<html lang="es">"#, "xx changed nothing");

    // Another session of the same customer starts from its own sources again.
    let fresh = session_with_locale(&app, None).await;
    assert_eq!(
        html_tag(&overview(&app, &fresh, None).await),
        r#"<html lang="en">"#
    );

    // Without a session the switcher changes nothing and says the session ended.
    let ended = app
        .post_form(
            "vinr_portal=none",
            "/portal/language",
            &[("language", "de")],
        )
        .await;
    assert_eq!(ended.status(), 401);
}
on_both_backends!(the_portal_speaks_the_sessions_then_the_browsers_language);

/// Pages outside the portal, and the screens before a session when the browser names no
/// language, say they are English, once.
async fn other_pages_are_english(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in [
        "/dashboard/sign-in",
        "/no-such-page",
        "/session/bps_unknown",
    ] {
        let page = app
            .http
            .get(app.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(html_tag(&page), r#"<html lang="en">"#, "{path}");
    }
}
on_both_backends!(other_pages_are_english);

/// A customer's `preferredLocales` (API) choose the language of an `auto` session before
/// the browser's; bad tags are refused and change nothing.
async fn a_customers_preferred_locales_come_before_the_browsers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, customer) = app
        .api(
            "POST",
            "/v1/customers",
            Some(json!({ "name": "Amélie", "email": "amelie@example.com",
                         "preferredLocales": ["fr-CA", "en"] })),
        )
        .await;
    assert_eq!(status, 200, "{customer}");
    assert_eq!(customer["preferredLocales"], json!(["fr-CA", "en"]));
    let id = customer["id"].as_str().unwrap().to_string();
    let cookie = session_of(&app, &id, None).await;
    let page = overview(&app, &cookie, Some("de")).await;
    assert_eq!(
        html_tag(&page),
        r#"<html lang="fr">"#,
        "the customer's before the browser's"
    );
    let cookie = session_of(&app, &id, Some("es")).await;
    assert_eq!(
        html_tag(&overview(&app, &cookie, Some("de")).await),
        r#"<html lang="es">"#
    );

    for (bad, why) in [
        (json!(["fr", "not a tag"]), "not a tag"),
        (json!(vec!["en"; 11]), "at most"),
    ] {
        let (status, error) = app
            .api(
                "POST",
                &format!("/v1/customers/{id}"),
                Some(json!({ "preferredLocales": bad })),
            )
            .await;
        assert_eq!(status, 400, "{error}");
        assert_eq!(error["error"]["param"], "preferredLocales");
        assert!(
            error["error"]["message"].as_str().unwrap().contains(why),
            "{error}"
        );
    }
    let (status, cleared) = app
        .api(
            "POST",
            &format!("/v1/customers/{id}"),
            Some(json!({ "preferredLocales": [] })),
        )
        .await;
    assert_eq!(status, 200, "{cleared}");
    assert_eq!(cleared["preferredLocales"], json!([]));
    let cookie = session_of(&app, &id, None).await;
    assert_eq!(
        html_tag(&overview(&app, &cookie, Some("de")).await),
        r#"<html lang="de">"#
    );
    let (_, events) = app
        .api(
            "GET",
            &format!("/v1/events?type=customer.updated&customer={id}"),
            None,
        )
        .await;
    assert_eq!(
        events["data"][0]["data"]["previousAttributes"]["preferredLocales"],
        json!(["fr-CA", "en"]),
        "{events}"
    );
}
on_both_backends!(a_customers_preferred_locales_come_before_the_browsers);

/// `path` with `cookie` (if any) and `Accept-Language`: its status and page.
async fn page_in(
    app: &TestApp,
    cookie: Option<&str>,
    path: &str,
    accept_language: &str,
) -> (u16, String) {
    let mut request = app
        .http
        .get(app.url(path))
        .header("accept-language", accept_language);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Every portal page and its messages read the session's language; the screens before and
/// after a session read the browser's.
async fn every_portal_page_and_message_reads_the_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let german = session_with_locale(&app, Some("de")).await;
    let pages = [
        (
            format!("/portal/subscriptions/{sub}/cancel"),
            "Tarif kündigen",
        ),
        (
            format!("/portal/subscriptions/{sub}/update?error=choose_plan"),
            "Bitte wählen Sie einen Tarif.",
        ),
        ("/portal/payment-methods".to_string(), "Karte hinzufügen"),
        (
            "/portal/payment-methods?error=card_declined".to_string(),
            "Ihre Karte wurde abgelehnt.",
        ),
        (
            "/portal/payment-methods".to_string(),
            "ermächtigen Sie Acme Cloud",
        ),
        ("/portal/billing-details".to_string(), "Kontakt und Adresse"),
        (
            "/portal/billing-details".to_string(),
            ">Deutschland</option>",
        ),
        (
            "/portal/billing-details?error=server_error".to_string(),
            "Leider ist bei uns etwas schiefgegangen.",
        ),
        ("/portal/invoices".to_string(), "<h1>Rechnungen</h1>"),
        ("/portal/invoices".to_string(), ">Bezahlt</span>"),
        ("/portal/activity".to_string(), "<h1>Aktivität</h1>"),
    ];
    for (path, words) in &pages {
        // The browser asks for French: the session's German wins.
        let (status, page) = page_in(&app, Some(&german), path, "fr").await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(html_tag(&page), r#"<html lang="de">"#, "{path}");
        assert!(page.contains(words), "{words} on {path}: {page}");
        assert!(!page.contains(">Back<"), "{path} has English left");
    }
    // A refused choice says why in German too (a plan outside the configuration).
    let (status, page) = page_in(
        &app,
        Some(&german),
        &format!("/portal/subscriptions/{sub}/review?price=price_enterprise_monthly"),
        "en",
    )
    .await;
    assert_eq!(status, 403);
    assert!(page.contains("<h1>Nicht verfügbar</h1>"), "{page}");
    assert!(
        page.contains("Zu diesem Tarif können Sie nicht wechseln."),
        "{page}"
    );
    assert!(!page.contains("This plan is not available"), "{page}");
    // Countries are named and sorted as German does: Österreich among the O's.
    let (_, page) = page_in(&app, Some(&german), "/portal/billing-details", "de").await;
    let at = |name: &str| page.find(&format!(">{name}</option>")).unwrap();
    assert!(at("Niederlande") < at("Österreich") && at("Österreich") < at("Polen"));

    // Outside a session: the browser's language.
    let (status, page) = page_in(&app, None, "/portal", "ja-JP,ja;q=0.9").await;
    assert_eq!(status, 401);
    assert_eq!(html_tag(&page), r#"<html lang="ja">"#);
    assert!(page.contains("セッションが終了しました"), "{page}");
    let (status, page) = page_in(&app, None, "/session/bps_unknown", "fr-CH").await;
    assert_eq!(status, 404);
    assert_eq!(html_tag(&page), r#"<html lang="fr">"#);
    assert!(page.contains("Cette session a expiré"), "{page}");
    let (_, page) = page_in(&app, None, "/session/bps_unknown", "pt-BR").await;
    assert!(page.contains("This session has expired"));
}
on_both_backends!(every_portal_page_and_message_reads_the_language);

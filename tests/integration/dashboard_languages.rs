//! The dashboard in five languages: the switcher's cookie, else the browser's
//! `Accept-Language`, else English; every page and the pages that answer its forms in
//! the chosen language, with no English sentence of the dashboard's catalogue left.
use vinr_portal::{
    domain::dashboard::Role,
    i18n::{self, Language},
};

use crate::{
    dashboard::{acme_team_member, location},
    on_both_backends,
    support::{Backend, TestApp},
};

fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html element");
    &page[start..start + page[start..].find('>').unwrap() + 1]
}

async fn get(app: &TestApp, path: &str, cookie: &str, accept_language: &str) -> (u16, String) {
    let response = app
        .http
        .get(app.url(path))
        .header("cookie", cookie)
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// The switcher's `Set-Cookie`, if it set one.
fn language_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("vinr_dashboard_language="))
        .map(str::to_string)
}

/// The sign-in page follows `Accept-Language` until the switcher chooses; the choice is a
/// cookie for `/dashboard` only and goes back to a dashboard page, never elsewhere.
async fn the_switcher_comes_before_the_browsers_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, page) = get(&app, "/dashboard/sign-in", "", "de-AT,de;q=0.9").await;
    assert_eq!(status, 200);
    assert_eq!(html_tag(&page), r#"<html lang="de">"#);
    assert!(page.contains("Im Dashboard anmelden"), "{page}");
    // The switcher is on the sign-in page, in every language's own name.
    assert!(page.contains(r#"action="/dashboard/language""#));
    assert!(page.contains(">日本語</option>"));

    let chosen = app
        .post_form(
            "",
            "/dashboard/language",
            &[("language", "fr"), ("return_to", "/dashboard/sign-in")],
        )
        .await;
    assert_eq!(chosen.status(), 303);
    assert_eq!(location(&chosen), "/dashboard/sign-in");
    let cookie = language_cookie(&chosen).expect("the choice is kept");
    assert!(
        cookie.starts_with("vinr_dashboard_language=fr;"),
        "{cookie}"
    );
    assert!(cookie.contains("Path=/dashboard"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");

    // The choice wins over the browser's German.
    let (_, page) = get(
        &app,
        "/dashboard/sign-in",
        "vinr_dashboard_language=fr",
        "de",
    )
    .await;
    assert_eq!(html_tag(&page), r#"<html lang="fr">"#);
    assert!(
        page.contains("Connectez-vous à votre tableau de bord"),
        "{page}"
    );
    // The form answers in it too: a refused sign-in's message.
    let (_, page) = get(
        &app,
        "/dashboard/sign-in?error=credentials",
        "vinr_dashboard_language=ja",
        "de",
    )
    .await;
    assert!(page.contains("一致するアカウントはありません"), "{page}");

    // Only a dashboard page of this host is a way back; an unknown language sets nothing.
    for (return_to, back) in [
        ("https://evil.example/", "/dashboard"),
        ("//evil.example/dashboard", "/dashboard"),
        ("/portal", "/dashboard"),
        ("/dashboard/team?done=role", "/dashboard/team?done=role"),
    ] {
        let answer = app
            .post_form(
                "",
                "/dashboard/language",
                &[("language", "es"), ("return_to", return_to)],
            )
            .await;
        assert_eq!(location(&answer), back, "{return_to}");
    }
    let unknown = app
        .post_form(
            "",
            "/dashboard/language",
            &[("language", "xx"), ("return_to", "/dashboard")],
        )
        .await;
    assert_eq!(unknown.status(), 303);
    assert!(language_cookie(&unknown).is_none());
    // A browser naming no language we have reads English.
    let (_, page) = get(&app, "/dashboard/sign-in", "", "pt-BR").await;
    assert_eq!(html_tag(&page), r#"<html lang="en">"#);
}
on_both_backends!(the_switcher_comes_before_the_browsers_language);

/// The dashboard's English sentences: the values of its catalogue keys with two words or
/// more and no placeholder, which `language` writes otherwise.
fn english_sentences(language: Language) -> Vec<String> {
    i18n::keys(Language::En)
        .into_iter()
        .filter(|key| key.starts_with("dash-") && i18n::placeholders(Language::En, key).is_empty())
        .map(|key| (i18n::text(Language::En, &key), i18n::text(language, &key)))
        .filter(|(english, other)| english != other && english.contains(' '))
        .map(|(english, _)| english)
        .collect()
}

/// Where `words` stand in `text` as whole words (not "API key" inside "clé d'API key_1").
fn whole_words_at(text: &str, words: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(words).map(|(at, _)| at).find(|&at| {
        !text[..at].chars().next_back().is_some_and(is_word)
            && !text[at + words.len()..].chars().next().is_some_and(is_word)
    })
}

/// The page's text as a reader sees it: entities decoded (an apostrophe is `&#x27;`).
fn decoded(page: &str) -> String {
    page.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every dashboard page, signed in as the owner, in each language: `<html lang>`, and no
/// sentence of the dashboard's catalogue left in English.
async fn every_dashboard_page_reads_the_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.example", Role::Owner).await;
    let customer = &app.merchant.customer_id;
    let (_, endpoint) = app
        .api(
            "POST",
            "/v1/webhook_endpoints",
            Some(serde_json::json!({"url": "https://example.com/hooks", "enabledEvents": ["*"]})),
        )
        .await;
    let endpoint = endpoint["id"].as_str().unwrap().to_string();
    let pages = [
        "/dashboard".to_string(),
        "/dashboard/customers".to_string(),
        format!("/dashboard/customers/{customer}"),
        "/dashboard/catalogue".to_string(),
        "/dashboard/settings/branding".to_string(),
        "/dashboard/settings/portal".to_string(),
        "/dashboard/settings/domains".to_string(),
        "/dashboard/settings/payments".to_string(),
        "/dashboard/developers/api-keys".to_string(),
        "/dashboard/developers/webhooks".to_string(),
        format!("/dashboard/developers/webhooks/{endpoint}"),
        "/dashboard/developers/events".to_string(),
        "/dashboard/developers/audit-log".to_string(),
        "/dashboard/portal-sessions".to_string(),
        "/dashboard/team".to_string(),
        "/dashboard/account".to_string(),
    ];
    for language in [Language::De, Language::Fr, Language::Es, Language::Ja] {
        let english = english_sentences(language);
        assert!(english.len() > 300, "{} sentences", english.len());
        let cookie = format!("{owner}; vinr_dashboard_language={}", language.tag());
        for path in &pages {
            let (status, page) = get(&app, path, &cookie, "en-US").await;
            assert_eq!(status, 200, "{path}");
            let expected = format!(r#"<html lang="{}">"#, language.tag());
            assert_eq!(html_tag(&page), expected, "{path}");
            let page = decoded(&page);
            // Each English sentence left, with the words around it.
            let left: Vec<&str> = english
                .iter()
                .filter_map(|sentence| {
                    let at = whole_words_at(&page, sentence)?;
                    let start = page.floor_char_boundary(at.saturating_sub(80));
                    let end = page.ceil_char_boundary(at + sentence.len() + 80);
                    Some(&page[start..end])
                })
                .collect();
            assert!(left.is_empty(), "{path} in {}: {left:#?}", language.tag());
            assert!(!page.contains(">dash-"), "{path}: a key shows as itself");
        }
    }
    // A German home page: its heading and its frame.
    let (_, page) = get(&app, "/dashboard", &owner, "de-DE").await;
    assert!(page.contains("Was Ihre Aufmerksamkeit braucht"), "{page}");
    assert!(page.contains(">Abmelden<"), "{page}");
}
on_both_backends!(every_dashboard_page_reads_the_language);

/// The pages that answer a form outside the router (a secret shown once, too many sign-in
/// attempts) are written in the chosen language too.
async fn the_pages_answering_forms_read_the_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.example", Role::Owner).await;
    let cookie = format!("{owner}; vinr_dashboard_language=es");
    let created = app
        .post_form(
            &cookie,
            "/dashboard/developers/api-keys/new",
            &[("name", "Servidor")],
        )
        .await;
    assert_eq!(created.status(), 200);
    let page = created.text().await.unwrap();
    assert_eq!(html_tag(&page), r#"<html lang="es">"#);
    assert!(page.contains("Tu nueva clave de API"), "{page}");
    assert!(page.contains(r#"data-copy="Copiar""#), "{page}");

    // A refused form's message: a price with a bad amount, in Japanese.
    let (_, product) = app
        .api(
            "POST",
            "/v1/products",
            Some(serde_json::json!({"name": "Pro"})),
        )
        .await;
    let product = product["id"].as_str().unwrap();
    let refused = app
        .post_form(
            &format!("{owner}; vinr_dashboard_language=ja"),
            &format!("/dashboard/catalogue/products/{product}/prices"),
            &[
                ("amount", "twelve"),
                ("currency", "usd"),
                ("interval", "month"),
                ("interval_count", "1"),
            ],
        )
        .await;
    let back = location(&refused);
    let (_, page) = get(
        &app,
        &back,
        &format!("{owner}; vinr_dashboard_language=ja"),
        "en",
    )
    .await;
    assert!(page.contains("数字だけで金額を入力してください"), "{page}");
}
on_both_backends!(the_pages_answering_forms_read_the_language);

//! Custom domains: `/v1/custom_domains` verified through a real resolver asking the test's
//! own DNS server on loopback; routing by `Host` over the real server (the matrix of the
//! issue); and embedding (`frameAncestors`): framing policy and the partitioned cookie.
use leptos::server_fn::ServerFn;
use serde_json::{json, Value};
use vinr_portal::ui::portal::SwitchPlan;

use crate::{
    dns_server::DnsServer,
    on_both_backends,
    support::{self, cookie_pair, Backend, TestApp},
};

const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

async fn spawn_with_dns(backend: Backend) -> (TestApp, DnsServer) {
    let dns = DnsServer::start().await;
    let address = dns.address;
    let app = TestApp::spawn_with(backend, |config| config.dns_server = Some(address)).await;
    (app, dns)
}

/// Adds `domain` for the merchant of `key`, publishes its TXT record and verifies it.
async fn verified_domain(app: &TestApp, dns: &DnsServer, key: &str, domain: &str) -> Value {
    let (status, created) = app
        .api_as(
            key,
            "POST",
            "/v1/custom_domains",
            Some(json!({ "domain": domain })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    dns.set_txt(
        created["txt"]["name"].as_str().unwrap(),
        &[created["txt"]["value"].as_str().unwrap()],
    );
    let id = created["id"].as_str().unwrap();
    let (status, verified) = app
        .api_as(
            key,
            "POST",
            &format!("/v1/custom_domains/{id}/verify"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{verified}");
    assert_eq!(verified["status"], "verified");
    verified
}

/// A request to `path` as if sent to `host` (the name a CNAME brought the browser by).
fn on_host(
    app: &TestApp,
    method: reqwest::Method,
    host: &str,
    path: &str,
) -> reqwest::RequestBuilder {
    let port = app.base.rsplit(':').next().unwrap();
    app.http
        .request(method, app.url(path))
        .header("host", format!("{host}:{port}"))
}

async fn domains_are_verified_by_their_txt_record(backend: Backend) {
    let (app, dns) = spawn_with_dns(backend).await;
    let (status, created) = app
        .live_api(
            "POST",
            "/v1/custom_domains",
            Some(json!({ "domain": " Billing.Acme.test. " })),
        )
        .await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["object"], "custom_domain");
    assert_eq!(created["domain"], "billing.acme.test");
    assert_eq!(created["status"], "pending");
    assert_eq!(created["cname"]["name"], "billing.acme.test");
    assert_eq!(
        created["cname"]["value"], "127.0.0.1",
        "the public URL's host"
    );
    assert_eq!(
        created["txt"]["name"],
        "_vinr-verification.billing.acme.test"
    );
    let token = created["txt"]["value"].as_str().unwrap().to_string();
    assert!(
        token.starts_with("vinr-verification=") && token.len() > 40,
        "{token}"
    );
    let id = created["id"].as_str().unwrap().to_string();
    let verify = format!("/v1/custom_domains/{id}/verify");

    // Bad input is refused and creates nothing.
    for domain in [
        "acme.test",
        "https://billing.acme.test",
        "billing.acme.test:8443",
        "10.0.0.1",
        "bil ling.acme.test",
        "127.0.0.1",
    ] {
        let (status, body) = app
            .live_api(
                "POST",
                "/v1/custom_domains",
                Some(json!({ "domain": domain })),
            )
            .await;
        assert_eq!(
            (status, body["error"]["param"].as_str()),
            (400, Some("domain")),
            "{domain}: {body}"
        );
    }
    let (status, _) = app
        .live_api(
            "POST",
            "/v1/custom_domains",
            Some(json!({ "domain": "billing.acme.test" })),
        )
        .await;
    assert_eq!(status, 400, "a second claim of the same name");
    let (status, _) = app
        .live_api(
            "POST",
            "/v1/custom_domains",
            Some(json!({ "name": "x.acme.test" })),
        )
        .await;
    assert_eq!(status, 400, "unknown field");
    let (_, list) = app.live_api("GET", "/v1/custom_domains", None).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1);

    // No record yet: refused with what to publish, and the check is remembered.
    let (status, refused) = app.live_api("POST", &verify, None).await;
    assert_eq!(status, 400, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("No TXT record") || message.contains("no TXT record"),
        "{message}"
    );
    assert!(message.contains(&token), "says what to publish: {message}");
    let (_, pending) = app
        .live_api("GET", &format!("/v1/custom_domains/{id}"), None)
        .await;
    assert_eq!(pending["status"], "pending");
    assert!(pending["lastCheckedAt"].is_string());
    assert!(pending["lastCheckError"].is_string());

    // A wrong value is named in the refusal.
    dns.set_txt(
        "_vinr-verification.billing.acme.test",
        &["vinr-verification=guess"],
    );
    let (status, refused) = app.live_api("POST", &verify, None).await;
    assert_eq!(status, 400);
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("vinr-verification=guess"),
        "{refused}"
    );

    // The right record among others verifies it.
    dns.set_txt(
        "_vinr-verification.billing.acme.test",
        &["v=spf1 -all", &token],
    );
    let (status, verified) = app.live_api("POST", &verify, None).await;
    assert_eq!(status, 200, "{verified}");
    assert_eq!(verified["status"], "verified");
    assert!(verified["verifiedAt"].is_string());
    assert_eq!(verified["lastCheckError"], Value::Null);

    // Another merchant may claim the name, but cannot take it over, even with its own
    // token published; nor see or delete this merchant's claim.
    let other = support::seed_merchant(&app.db, "Other Co").await;
    let (status, theirs) = app
        .api_as(
            &other.live_key,
            "POST",
            "/v1/custom_domains",
            Some(json!({ "domain": "billing.acme.test" })),
        )
        .await;
    assert_eq!(status, 200, "{theirs}");
    dns.set_txt(
        "_vinr-verification.billing.acme.test",
        &[&token, theirs["txt"]["value"].as_str().unwrap()],
    );
    let their_id = theirs["id"].as_str().unwrap();
    let (status, refused) = app
        .api_as(
            &other.live_key,
            "POST",
            &format!("/v1/custom_domains/{their_id}/verify"),
            None,
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused["error"]["message"]
        .as_str()
        .unwrap()
        .contains("another account"));
    for method in ["GET", "DELETE"] {
        let (status, _) = app
            .api_as(
                &other.live_key,
                method,
                &format!("/v1/custom_domains/{id}"),
                None,
            )
            .await;
        assert_eq!(status, 404, "{method} of another merchant's domain");
    }

    // Audited.
    let (_, log) = app.live_api("GET", "/v1/audit_log?limit=5", None).await;
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"custom_domain.verified"), "{actions:?}");
    assert!(actions.contains(&"custom_domain.created"), "{actions:?}");
}
on_both_backends!(domains_are_verified_by_their_txt_record);

async fn requests_are_routed_by_host(backend: Backend) {
    let (app, dns) = spawn_with_dns(backend).await;
    let acme = &app.merchant;
    let other = support::seed_merchant(&app.db, "Other Co").await;
    verified_domain(&app, &dns, &acme.live_key, "billing.acme.test").await;
    verified_domain(&app, &dns, &other.live_key, "billing.other.test").await;
    let (status, _) = app
        .live_api(
            "POST",
            "/v1/branding",
            Some(json!({ "logo": { "contentType": "image/png", "data": PNG } })),
        )
        .await;
    assert_eq!(status, 200);

    // Links minted for a merchant with a verified domain use it (same scheme and port).
    let port = app.base.rsplit(':').next().unwrap();
    let minted: Value = app
        .mint(&acme.secret_key, &acme.customer_id)
        .await
        .json()
        .await
        .unwrap();
    let url = minted["url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("http://billing.acme.test:{port}/session/bps_")),
        "{url}"
    );
    let id = minted["id"].as_str().unwrap();
    let secret = url.split_once('#').unwrap().1;

    // An unknown host serves nothing but health probes.
    use reqwest::Method;
    for path in ["/portal", &format!("/session/{id}"), "/v1/customers"] {
        let response = on_host(&app, Method::GET, "unknown.example.com", path)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    // Behind a proxy on the local network, the forwarded host is the one that counts.
    let proxied = app
        .http
        .get(app.url("/portal"))
        .header("x-forwarded-host", "unknown.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(proxied.status(), 404);
    let probe = on_host(&app, Method::GET, "10.0.0.7", "/healthz")
        .send()
        .await
        .unwrap();
    assert_eq!(probe.status(), 200);

    // Acme's session under the other merchant's domain: refused, and still redeemable.
    let page = on_host(
        &app,
        Method::GET,
        "billing.other.test",
        &format!("/session/{id}"),
    )
    .send()
    .await
    .unwrap();
    assert_eq!(page.status(), 404);
    let redeem = |host: &'static str| {
        on_host(&app, Method::POST, host, &format!("/session/{id}/redeem"))
            .form(&[("secret", secret)])
            .send()
    };
    let refused = redeem("billing.other.test").await.unwrap();
    assert_eq!(refused.status(), 404);
    assert!(cookie_pair(&refused).is_none());

    // Under its own domain it opens, with a host-only cookie.
    let page = on_host(
        &app,
        Method::GET,
        "billing.acme.test",
        &format!("/session/{id}"),
    )
    .send()
    .await
    .unwrap();
    assert_eq!(page.status(), 200);
    let redeemed = redeem("billing.acme.test").await.unwrap();
    assert_eq!(redeemed.status(), 303);
    let set_cookie = redeemed.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        !set_cookie.to_ascii_lowercase().contains("domain="),
        "{set_cookie}"
    );
    let cookie = cookie_pair(&redeemed).unwrap();
    let portal = |host: &'static str, path: &'static str| {
        let request = if host.is_empty() {
            app.http.get(app.url(path))
        } else {
            on_host(&app, Method::GET, host, path)
        };
        request.header("cookie", &cookie).send()
    };
    let own = portal("billing.acme.test", "/portal").await.unwrap();
    assert_eq!(own.status(), 200);
    assert!(own.text().await.unwrap().contains("Acme Cloud"));
    // The same cookie presented to the other merchant's domain signs nobody in.
    let foreign = portal("billing.other.test", "/portal").await.unwrap();
    assert_eq!(foreign.status(), 401);
    // The default host serves every merchant.
    assert_eq!(portal("", "/portal").await.unwrap().status(), 200);

    // Logos: each domain serves its own merchant's only; the API stays on the public host.
    let logo = format!("/brand/{}/logo", acme.id);
    let logo_on = |host: &'static str| on_host(&app, Method::GET, host, &logo).send();
    assert_eq!(logo_on("billing.acme.test").await.unwrap().status(), 200);
    assert_eq!(logo_on("billing.other.test").await.unwrap().status(), 404);
    let api = on_host(&app, Method::GET, "billing.acme.test", "/v1/customers")
        .bearer_auth(&acme.secret_key)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 404);
    let body: Value = api.json().await.unwrap();
    assert_eq!(body["error"]["code"], "host_not_api");

    // Deleting the domain: it stops serving at once, and new links use the public host.
    let (_, list) = app.live_api("GET", "/v1/custom_domains", None).await;
    let domain_id = list["data"][0]["id"].as_str().unwrap();
    let (status, _) = app
        .live_api("DELETE", &format!("/v1/custom_domains/{domain_id}"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        portal("billing.acme.test", "/portal")
            .await
            .unwrap()
            .status(),
        404
    );
    let minted: Value = app
        .mint(&acme.secret_key, &acme.customer_id)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        minted["url"].as_str().unwrap().starts_with(&app.base),
        "{minted}"
    );
}
on_both_backends!(requests_are_routed_by_host);

/// The embeddable configuration's features: the plan switch between Basic and Pro.
fn features() -> Value {
    json!({ "subscriptionUpdate": {
        "enabled": true,
        "products": ["prod_basic", "prod_pro"],
    } })
}

async fn embedding_is_allowed_only_for_listed_origins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Refusals name the entry.
    for (origins, param) in [
        (json!(["http://app.example.com"]), "frameAncestors[0]"),
        (
            json!(["https://app.example.com", "https://*.example.com"]),
            "frameAncestors[1]",
        ),
        (
            json!(["https://app.example.com/settings"]),
            "frameAncestors[0]",
        ),
        (json!("https://app.example.com"), "frameAncestors"),
    ] {
        let (status, body) = app
            .api(
                "POST",
                "/v1/billing/portal/configurations",
                Some(json!({ "features": features(), "frameAncestors": origins })),
            )
            .await;
        assert_eq!(
            (status, body["error"]["param"].as_str()),
            (400, Some(param)),
            "{body}"
        );
    }
    let (status, config) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations",
            Some(json!({
                "features": features(),
                "frameAncestors": ["https://App.Example.com/", "https://app.example.com"],
            })),
        )
        .await;
    assert_eq!(status, 200, "{config}");
    assert_eq!(config["frameAncestors"], json!(["https://app.example.com"]));

    // The default configuration forbids framing everywhere.
    let default_link = app.mint_link().await;
    let page = app
        .http
        .get(app.url(&format!("/session/{}", default_link.0)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        page.headers()["content-security-policy"],
        "frame-ancestors 'none'"
    );
    assert_eq!(page.headers()["x-frame-options"], "DENY");

    // A session of the embeddable configuration: its pages name the allowed origin.
    let mint = |dest: &'static str| {
        let app = &app;
        let config = config["id"].as_str().unwrap().to_string();
        async move {
            let body: Value = app
                .http
                .post(app.url("/v1/billing/portal/sessions"))
                .bearer_auth(&app.merchant.secret_key)
                .json(&json!({
                    "customer": app.merchant.customer_id,
                    "returnUrl": "https://app.example.com/account",
                    "configuration": config,
                }))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let id = body["id"].as_str().unwrap().to_string();
            let secret = body["url"]
                .as_str()
                .unwrap()
                .split_once('#')
                .unwrap()
                .1
                .to_string();
            let page = app
                .http
                .get(app.url(&format!("/session/{id}")))
                .send()
                .await
                .unwrap();
            assert_eq!(
                page.headers()["content-security-policy"],
                "frame-ancestors https://app.example.com"
            );
            assert!(page.headers().get("x-frame-options").is_none());
            let mut redeem = app.http.post(app.url(&format!("/session/{id}/redeem")));
            if !dest.is_empty() {
                redeem = redeem.header("sec-fetch-dest", dest);
            }
            redeem.form(&[("secret", secret)]).send().await.unwrap()
        }
    };
    // Redeemed inside a frame: a partitioned third-party cookie.
    let framed = mint("iframe").await;
    assert_eq!(framed.status(), 303);
    let set_cookie = framed.headers()["set-cookie"].to_str().unwrap();
    assert!(
        set_cookie.ends_with("HttpOnly; SameSite=None; Secure; Partitioned"),
        "{set_cookie}"
    );
    // Opened top-level: the usual strict cookie.
    let top = mint("document").await;
    let set_cookie = top.headers()["set-cookie"].to_str().unwrap();
    assert!(set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    // A browser that does not say where the page is shown gets the strict cookie too.
    let unsaid = mint("").await;
    let set_cookie = unsaid.headers()["set-cookie"].to_str().unwrap();
    assert!(set_cookie.contains("SameSite=Strict"), "{set_cookie}");

    let cookie = cookie_pair(&framed).unwrap();
    let portal = app
        .http
        .get(app.url("/portal"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(portal.status(), 200);
    assert_eq!(
        portal.headers()["content-security-policy"],
        "frame-ancestors https://app.example.com"
    );
    let html = portal.text().await.unwrap();
    assert!(
        html.contains("vinr:portal:closed"),
        "the embedded return script"
    );
    assert!(
        html.contains(r#"data-origins="[&quot;https://app.example.com&quot;]""#),
        "{html}"
    );

    // A forged cross-site form post carries the cookie now, and is refused by its origin.
    let forged = app
        .http
        .post(app.url(SwitchPlan::PATH))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .form(&[
            ("subscription_id", app.merchant.subscription_id.as_str()),
            ("quote", "any"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(
        app.subscription(&app.merchant.subscription_id).await["price"]["id"],
        "price_basic_monthly"
    );
}
on_both_backends!(embedding_is_allowed_only_for_listed_origins);

/// A verified domain's TXT record is looked up again daily; once it has been missing for
/// the 7-day grace period the domain stops serving, with an event in each mode at the
/// start of the grace period and at its end. Verifying again restores it.
async fn a_domain_whose_record_disappears_stops_serving_after_the_grace_period(backend: Backend) {
    use vinr_portal::server::services::{now_unix, settings::custom_domains};
    let (app, dns) = spawn_with_dns(backend).await;
    let merchant = &app.merchant;
    let verified = verified_domain(&app, &dns, &merchant.live_key, "billing.acme.test").await;
    let id = verified["id"].as_str().unwrap().to_string();
    let txt_name = verified["txt"]["name"].as_str().unwrap().to_string();
    let txt_value = verified["txt"]["value"].as_str().unwrap().to_string();
    let serves = || async {
        on_host(&app, reqwest::Method::GET, "billing.acme.test", "/portal")
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    };
    // Without a session the portal asks for one (401); a host that is not ours is 404.
    assert_eq!(serves().await, 401);
    let recheck = |now: i64| {
        let app = &app;
        let dns_address = dns.address;
        async move {
            custom_domains::recheck_due(&app.db, &app.base, Some(dns_address), now)
                .await
                .unwrap()
        }
    };
    let events = |key: &str, event_type: &str| {
        let app = &app;
        let path = format!("/v1/events?type={event_type}");
        let key = key.to_string();
        async move {
            let (status, page) = app.api_as(&key, "GET", &path, None).await;
            assert_eq!(status, 200, "{page}");
            page["data"].as_array().unwrap().clone()
        }
    };

    let start = now_unix();
    dns.set_txt(&txt_name, &[]);
    // Checked minutes ago: not due yet.
    assert_eq!(recheck(start).await.checked, 0);
    // A day later the record is found missing: the grace period starts, the domain serves.
    let day = 86_400;
    let first_miss = start + day + 1;
    let report = recheck(first_miss).await;
    assert_eq!((report.checked, report.failing, report.lapsed), (1, 1, 0));
    assert_eq!(serves().await, 401);
    let (_, failing) = app
        .live_api("GET", &format!("/v1/custom_domains/{id}"), None)
        .await;
    assert_eq!(failing["status"], "verified", "{failing}");
    assert!(failing["servingUntil"].is_string(), "{failing}");
    assert!(failing["lastCheckError"].is_string(), "{failing}");
    for key in [&merchant.secret_key, &merchant.live_key] {
        let warned = events(key, "custom_domain.verification_failing").await;
        assert_eq!(warned.len(), 1, "one warning in each mode: {warned:?}");
        assert_eq!(warned[0]["data"]["object"]["id"], id.as_str());
    }

    // Checked daily through the grace period; still serving on its last day.
    for n in 1..7 {
        let report = recheck(first_miss + n * (day + 1)).await;
        assert_eq!((report.checked, report.lapsed), (1, 0), "day {n}");
    }
    assert_eq!(serves().await, 401);
    // Seven days after the first miss it stops serving.
    let report = recheck(first_miss + 7 * day + 10).await;
    assert_eq!((report.checked, report.lapsed), (1, 1));
    assert_eq!(serves().await, 404);
    let (_, lapsed) = app
        .live_api("GET", &format!("/v1/custom_domains/{id}"), None)
        .await;
    assert_eq!(lapsed["status"], "lapsed", "{lapsed}");
    assert_eq!(lapsed["verifiedAt"], Value::Null);
    for key in [&merchant.secret_key, &merchant.live_key] {
        let ended = events(key, "custom_domain.lapsed").await;
        assert_eq!(ended.len(), 1, "{ended:?}");
        assert_eq!(ended[0]["data"]["object"]["status"], "lapsed");
    }
    // New portal links no longer use it.
    let minted: Value = app
        .mint(&merchant.secret_key, &merchant.customer_id)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !minted["url"]
            .as_str()
            .unwrap()
            .contains("billing.acme.test"),
        "{minted}"
    );
    // A lapsed domain is not re-checked by the job; the merchant verifies it again.
    assert_eq!(recheck(first_miss + 30 * day).await.checked, 0);
    dns.set_txt(&txt_name, &[&txt_value]);
    let (status, restored) = app
        .live_api("POST", &format!("/v1/custom_domains/{id}/verify"), None)
        .await;
    assert_eq!(
        (status, restored["status"].as_str()),
        (200, Some("verified"))
    );
    assert_eq!(serves().await, 401);
}
on_both_backends!(a_domain_whose_record_disappears_stops_serving_after_the_grace_period);

/// A record that comes back within the grace period ends it: nothing stops serving.
async fn a_record_back_within_the_grace_period_keeps_the_domain(backend: Backend) {
    use vinr_portal::server::services::{now_unix, settings::custom_domains};
    let (app, dns) = spawn_with_dns(backend).await;
    let verified = verified_domain(&app, &dns, &app.merchant.live_key, "billing.acme.test").await;
    let txt_name = verified["txt"]["name"].as_str().unwrap().to_string();
    let txt_value = verified["txt"]["value"].as_str().unwrap().to_string();
    let start = now_unix();
    let recheck =
        |now: i64| custom_domains::recheck_due(&app.db, &app.base, Some(dns.address), now);
    dns.set_txt(&txt_name, &["something else"]);
    assert_eq!(recheck(start + 86_401).await.unwrap().failing, 1);
    dns.set_txt(&txt_name, &[&txt_value]);
    let report = recheck(start + 3 * 86_401).await.unwrap();
    assert_eq!((report.checked, report.failing, report.lapsed), (1, 0, 0));
    // Ten days on, the record still there: verified, serving, no grace period running.
    let report = recheck(start + 10 * 86_401).await.unwrap();
    assert_eq!((report.checked, report.lapsed), (1, 0));
    let (_, domain) = app
        .live_api(
            "GET",
            &format!("/v1/custom_domains/{}", verified["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(domain["status"], "verified");
    assert_eq!(domain["servingUntil"], Value::Null);
    assert_eq!(domain["lastCheckError"], Value::Null);
}
on_both_backends!(a_record_back_within_the_grace_period_keeps_the_domain);

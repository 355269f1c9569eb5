//! The OpenAPI document at `GET /v1/openapi.json`: served without a key, and describing
//! exactly the routes the router has. The routes are read from the router's own source
//! (`src/server/api/*.rs`), so a route added without its `#[utoipa::path]` fails here.
use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{Backend, TestApp};

/// `(METHOD, /v1/path)` for every `.route("/v1/...", get(..).post(..))` in the API's source.
fn routes_in_source() -> BTreeSet<(String, String)> {
    let mut routes = BTreeSet::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/server/api");
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut rest = source.as_str();
        while let Some(start) = rest.find(".route(") {
            let call = &rest[start + ".route(".len()..];
            let end = closing_paren(call);
            let (args, after) = call.split_at(end);
            rest = after;
            let Some(path) = args.split('"').nth(1) else {
                continue;
            };
            if !path.starts_with("/v1/") || path == "/v1/{*rest}" || path == "/v1/openapi.json" {
                continue;
            }
            for method in ["get", "post", "delete", "put", "patch"] {
                let called = args
                    .match_indices(&format!("{method}("))
                    .any(|(at, _)| at == 0 || !args.as_bytes()[at - 1].is_ascii_alphanumeric());
                if called {
                    routes.insert((method.to_uppercase(), path.to_string()));
                }
            }
        }
    }
    routes
}

/// The index of the `)` that closes a call whose `(` came just before `text`.
fn closing_paren(text: &str) -> usize {
    let mut depth = 1;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    text.len()
}

fn routes_in_document(document: &Value) -> BTreeSet<(String, String)> {
    let mut routes = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            routes.insert((method.to_uppercase(), path.clone()));
        }
    }
    routes
}

async fn document(app: &TestApp) -> Value {
    serde_json::from_str(&document_text(app).await).unwrap()
}

async fn document_text(app: &TestApp) -> String {
    let response = app
        .http
        .get(app.url("/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/json"
    );
    response.text().await.unwrap()
}

#[tokio::test]
async fn every_route_of_the_router_is_in_the_document_and_nothing_else() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    assert_eq!(document["openapi"], "3.1.0");

    let in_source = routes_in_source();
    let in_document = routes_in_document(&document);
    // The parser itself must see the router: a few routes every version has.
    for known in [
        ("POST", "/v1/billing/portal/sessions"),
        ("POST", "/v1/billing/portal/configurations/{id}"),
        ("DELETE", "/v1/subscriptions/{id}"),
        ("GET", "/v1/invoices/{id}/pdf"),
    ] {
        assert!(
            in_source.contains(&(known.0.to_string(), known.1.to_string())),
            "{known:?} not found in the router's source"
        );
    }
    let undocumented: Vec<_> = in_source.difference(&in_document).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from the OpenAPI document: {undocumented:?}"
    );
    let unrouted: Vec<_> = in_document.difference(&in_source).collect();
    assert!(
        unrouted.is_empty(),
        "documented operations with no route: {unrouted:?}"
    );
}

#[tokio::test]
async fn every_operation_has_an_id_its_parameters_a_success_and_the_error_shape() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let mut operation_ids = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            let id = operation["operationId"].as_str().expect(&name);
            assert!(operation_ids.insert(id.to_string()), "{id} used twice");
            assert!(
                operation["summary"].is_string() || operation["description"].is_string(),
                "{name} has no summary"
            );
            // Every `{param}` of the path is a declared path parameter.
            let declared: BTreeSet<&str> = operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "path")
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            for segment in path.split('/').filter(|s| s.starts_with('{')) {
                let param = segment.trim_matches(['{', '}']);
                assert!(declared.contains(param), "{name}: {param} not declared");
            }
            let responses = &operation["responses"];
            assert!(
                responses["200"]["content"].is_object(),
                "{name}: no 200 body"
            );
            for status in ["400", "401", "404", "500"] {
                assert!(
                    responses[status]["$ref"].is_string(),
                    "{name}: no {status} response"
                );
            }
            if method == "post" || method == "delete" {
                assert!(
                    operation["parameters"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|p| p["name"] == "Idempotency-Key" && p["in"] == "header"),
                    "{name}: Idempotency-Key not documented"
                );
            }
        }
    }
    assert_eq!(
        document["components"]["securitySchemes"]["secretKey"]["scheme"],
        "bearer"
    );
    assert_eq!(document["security"][0]["secretKey"], Value::Array(vec![]));
    let error = &document["components"]["schemas"]["ErrorDetail"]["properties"];
    for field in ["type", "code", "message", "param"] {
        assert!(error[field].is_object(), "ErrorDetail.{field}");
    }
}

#[tokio::test]
async fn enums_carry_their_values_and_the_seed_examples_are_there() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let schemas = &document["components"]["schemas"];
    let reference = schemas["SubscriptionObject"]["properties"]["status"]["$ref"]
        .as_str()
        .unwrap();
    let status = &schemas[reference.trim_start_matches("#/components/schemas/")];
    let values: Vec<&str> = status["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("status has no enum: {status}"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for expected in ["active", "past_due", "canceled"] {
        assert!(values.contains(&expected), "{values:?}");
    }
    let create = &document["paths"]["/v1/billing/portal/sessions"]["post"];
    assert_eq!(
        create["requestBody"]["content"]["application/json"]["example"]["customer"],
        "cust_8sJ2kLpQ"
    );
    let update = &document["paths"]["/v1/billing/portal/configurations/{id}"]["post"];
    assert_eq!(
        update["requestBody"]["content"]["application/json"]["example"]["features"]
            ["subscriptionCancel"]["retention"]["offerCoupon"],
        "rwd_save20"
    );
    // The seed's configuration update is accepted as the document shows it.
    let example = update["requestBody"]["content"]["application/json"]["example"].clone();
    for product in ["prod_basic", "prod_pro"] {
        if app
            .api("GET", &format!("/v1/products/{product}"), None)
            .await
            .0
            == 200
        {
            continue;
        }
        let (status, body) = app
            .api(
                "POST",
                "/v1/products",
                Some(serde_json::json!({ "id": product, "name": product })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
    }
    // The seeded merchant has the seed's products and retention coupon.
    assert_eq!(app.api("GET", "/v1/coupons/rwd_save20", None).await.0, 200);
    let (status, body) = app
        .api(
            "POST",
            "/v1/billing/portal/configurations/default",
            Some(example),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

/// The SDK (`sdk/js`) generates its types from its copy of the document at build time; the
/// copy must be the document itself. `VINR_UPDATE_OPENAPI=1` rewrites it.
#[tokio::test]
async fn the_sdks_copy_of_the_document_is_the_served_document() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let served = document_text(&app).await;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/sdk/js/openapi.json");
    if std::env::var_os("VINR_UPDATE_OPENAPI").is_some() {
        std::fs::write(path, &served).unwrap();
    }
    let copy: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let served: Value = serde_json::from_str(&served).unwrap();
    assert!(
        copy == served,
        "sdk/js/openapi.json differs from GET /v1/openapi.json: run \
         VINR_UPDATE_OPENAPI=1 cargo test --features ssr --test integration openapi"
    );
}

/// `/docs`: the reference rendered from the same document, every operation on it, its one
/// stylesheet from this server and nothing from anywhere else.
#[tokio::test]
async fn the_reference_page_shows_every_operation_with_assets_from_this_server() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let response = app.http.get(app.url("/docs")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(policy.contains("default-src 'none'"), "{policy}");
    let html = response.text().await.unwrap();
    for (path, item) in document["paths"].as_object().unwrap() {
        for operation in item.as_object().unwrap().values() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(
                html.contains(&format!("id=\"{id}\"")),
                "{id} ({path}) not on /docs"
            );
        }
    }
    for schema in ["PortalSessionObject", "SubscriptionObject", "ErrorResponse"] {
        assert!(html.contains(&format!("<h3>{schema}</h3>")), "{schema}");
    }
    assert!(!html.contains("<script"));
    // Links and assets are this server's (or in-page anchors), never a CDN's.
    for attribute in ["href=\"", "src=\""] {
        for (at, _) in html.match_indices(attribute) {
            let target = &html[at + attribute.len()..];
            assert!(
                target.starts_with('#') || target.starts_with('/'),
                "{}",
                &target[..target.len().min(60)]
            );
        }
    }
    let css = app
        .http
        .get(app.url("/docs/reference.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), 200);
    assert!(css.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
}

//! The Catalogue page against the real server: products, prices and coupons made from the
//! dashboard through the API's services (amounts typed in major units), archiving and
//! restoring, refusals that keep what was typed, roles, and other merchants' ids.
use serde_json::Value;
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, location, new_owner, post, PASSWORD},
    on_both_backends,
    support::{Backend, TestApp},
};

const CATALOGUE: &str = "/dashboard/catalogue";

async fn prices_of(app: &TestApp, product: &str) -> Vec<Value> {
    let (_, list) = app
        .api("GET", &format!("/v1/prices?product={product}"), None)
        .await;
    list["data"].as_array().unwrap().clone()
}

async fn products_prices_and_coupons_are_made_and_archived_in_the_dashboard(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (status, page) = app.page(&owner, CATALOGUE).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Pro") && page.contains("$29.00 per month"),
        "{page}"
    );
    assert!(page.contains("Create product"));

    // A refused product keeps what was typed and names the field.
    let refused = post(
        &app,
        &format!("{CATALOGUE}/products"),
        &owner,
        &[("name", "  "), ("description", "For teams")],
    )
    .await;
    let back = location(&refused);
    assert!(
        back.contains("form=product") && back.contains("field=name"),
        "{back}"
    );
    let (_, page) = app.page(&owner, &back).await;
    assert!(page.contains("role=\"alert\""));
    assert!(
        page.contains("value=\"For teams\""),
        "what was typed is kept"
    );

    let created = post(
        &app,
        &format!("{CATALOGUE}/products"),
        &owner,
        &[("name", "Team"), ("description", "For small teams")],
    )
    .await;
    let done = location(&created);
    assert!(done.contains("done=product"), "{done}");
    let product = done.split('#').nth(1).unwrap().to_string();
    assert!(product.starts_with("prod_"));
    let (_, object) = app
        .api("GET", &format!("/v1/products/{product}"), None)
        .await;
    assert_eq!(object["name"], "Team");
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={product}"), None)
        .await;
    assert_eq!(audit["data"][0]["action"], "product.created");
    assert_eq!(audit["data"][0]["actor"]["type"], "dashboard_user");

    // A price typed in major units; a refused one changes nothing and keeps the amount.
    let prices = format!("{CATALOGUE}/products/{product}/prices");
    let refused = post(
        &app,
        &prices,
        &owner,
        &[
            ("amount", "12.505"),
            ("currency", "usd"),
            ("interval", "month"),
            ("interval_count", "1"),
        ],
    )
    .await;
    let back = location(&refused);
    assert!(back.contains("field=amount"), "{back}");
    assert!(back.ends_with(&format!("#{product}")));
    let (_, page) = app.page(&owner, &back).await;
    assert!(page.contains("value=\"12.505\""));
    assert!(page.contains("at most"), "the reason: {page}");
    let refused = post(
        &app,
        &prices,
        &owner,
        &[
            ("amount", "12"),
            ("currency", "usd"),
            ("interval", "month"),
            ("interval_count", "13"),
        ],
    )
    .await;
    assert!(location(&refused).contains("field=interval_count"));
    assert!(prices_of(&app, &product).await.is_empty(), "nothing made");
    // A product id that is not one is refused before it is written into the page's address.
    let odd = post(
        &app,
        &format!("{CATALOGUE}/products/prod_x%22%3E%3Cb%3E/prices"),
        &owner,
        &[
            ("amount", "12"),
            ("currency", "usd"),
            ("interval", "month"),
            ("interval_count", "1"),
        ],
    )
    .await;
    let back = location(&odd);
    assert!(back.contains("not+in+this+account"), "{back}");
    assert!(!back.contains('#') && !back.contains("%3Cb"), "{back}");

    let added = post(
        &app,
        &prices,
        &owner,
        &[
            ("amount", "1,250.50"),
            ("currency", "eur"),
            ("interval", "month"),
            ("interval_count", "3"),
            ("lookup_key", "team_quarterly"),
        ],
    )
    .await;
    assert!(location(&added).contains("done=price"));
    let made = prices_of(&app, &product).await;
    assert_eq!(made.len(), 1);
    assert_eq!(made[0]["unitAmount"], 125_050);
    assert_eq!(made[0]["currency"], "eur");
    assert_eq!(made[0]["intervalCount"], 3);
    assert_eq!(made[0]["lookupKey"], "team_quarterly");
    let price = made[0]["id"].as_str().unwrap().to_string();
    let (_, page) = app.page(&owner, CATALOGUE).await;
    assert!(page.contains("€1,250.50 every 3 months"), "{page}");

    // Archive and restore a price and a product.
    let archived = post(
        &app,
        &format!("{CATALOGUE}/prices/{price}/archive"),
        &owner,
        &[],
    )
    .await;
    assert!(location(&archived).contains("done=archived"));
    assert_eq!(prices_of(&app, &product).await[0]["active"], false);
    let (_, page) = app.page(&owner, CATALOGUE).await;
    assert!(page.contains("Restore €1,250.50 every 3 months"));
    post(
        &app,
        &format!("{CATALOGUE}/prices/{price}/restore"),
        &owner,
        &[],
    )
    .await;
    assert_eq!(prices_of(&app, &product).await[0]["active"], true);
    post(
        &app,
        &format!("{CATALOGUE}/products/{product}/archive"),
        &owner,
        &[],
    )
    .await;
    let (_, object) = app
        .api("GET", &format!("/v1/products/{product}"), None)
        .await;
    assert_eq!(object["active"], false);
    let (_, page) = app.page(&owner, CATALOGUE).await;
    assert!(page.contains("Restore Team"));
    post(
        &app,
        &format!("{CATALOGUE}/products/{product}/restore"),
        &owner,
        &[],
    )
    .await;
    let (_, object) = app
        .api("GET", &format!("/v1/products/{product}"), None)
        .await;
    assert_eq!(object["active"], true);

    // Coupons: a percentage for some months, an amount once; refusals name their field.
    let coupons = format!("{CATALOGUE}/coupons");
    for (fields, field) in [
        (
            vec![
                ("kind", "percent"),
                ("percent_off", "lots"),
                ("duration", "once"),
            ],
            "percent_off",
        ),
        (
            vec![
                ("kind", "percent"),
                ("percent_off", "120"),
                ("duration", "once"),
            ],
            "percent_off",
        ),
        (
            vec![
                ("kind", "percent"),
                ("percent_off", "20"),
                ("duration", "repeating"),
            ],
            "duration_in_months",
        ),
        (
            vec![
                ("kind", "amount"),
                ("amount_off", "0"),
                ("currency", "usd"),
                ("duration", "once"),
            ],
            "amount_off",
        ),
    ] {
        let refused = post(&app, &coupons, &owner, &fields).await;
        let back = location(&refused);
        assert!(
            back.contains(&format!("field={field}")),
            "{fields:?}: {back}"
        );
    }
    let (_, list) = app.api("GET", "/v1/coupons", None).await;
    let before = list["data"].as_array().unwrap().len();
    let made = post(
        &app,
        &coupons,
        &owner,
        &[
            ("name", "Stay with us"),
            ("kind", "percent"),
            ("percent_off", "20%"),
            // Left in the other kind's field: ignored, not refused.
            ("amount_off", "5"),
            ("duration", "repeating"),
            ("duration_in_months", "3"),
        ],
    )
    .await;
    assert!(
        location(&made).contains("done=coupon"),
        "{}",
        location(&made)
    );
    post(
        &app,
        &coupons,
        &owner,
        &[
            ("kind", "amount"),
            ("amount_off", "5"),
            ("currency", "eur"),
            ("duration", "once"),
        ],
    )
    .await;
    let (_, list) = app.api("GET", "/v1/coupons", None).await;
    let list = list["data"].as_array().unwrap();
    assert_eq!(list.len(), before + 2);
    let percent = list.iter().find(|c| c["name"] == "Stay with us").unwrap();
    assert_eq!(percent["percentOff"], 20.0);
    assert_eq!(percent["durationInMonths"], 3);
    assert!(list
        .iter()
        .any(|c| c["amountOff"] == 500 && c["currency"] == "eur"));
    let (_, page) = app.page(&owner, CATALOGUE).await;
    assert!(page.contains("Stay with us") && page.contains("20% off for 3 months"));
    assert!(page.contains("€5.00 off once"));
}
on_both_backends!(products_prices_and_coupons_are_made_and_archived_in_the_dashboard);

async fn only_owners_and_admins_change_the_catalogue_of_their_own_merchant(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for (email, role) in [
        ("viewer@acme.test", Role::Viewer),
        ("developer@acme.test", Role::Developer),
    ] {
        let cookie = acme_team_member(&app, email, role).await;
        let (status, page) = app.page(&cookie, CATALOGUE).await;
        assert_eq!(status, 200, "{role:?} reads the catalogue");
        assert!(page.contains("Pro"));
        assert!(!page.contains("Create product"), "{role:?} sees no forms");
        let refused = post(
            &app,
            &format!("{CATALOGUE}/products"),
            &cookie,
            &[("name", "Sneaky")],
        )
        .await;
        assert!(location(&refused).contains("error="), "{role:?}");
        let refused = post(
            &app,
            &format!("{CATALOGUE}/prices/price_pro_monthly/archive"),
            &cookie,
            &[],
        )
        .await;
        assert!(location(&refused).contains("error="));
    }
    let (_, products) = app.api("GET", "/v1/products", None).await;
    assert!(!products.to_string().contains("Sneaky"));
    assert_eq!(prices_of(&app, "prod_pro").await[0]["active"], true);

    // Another merchant's owner cannot reach Acme's ids.
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    post(
        &app,
        &setup,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    let globex = dashboard_cookie(
        &post(
            &app,
            "/dashboard/sign-in",
            "",
            &[("email", "owner@globex.test"), ("password", PASSWORD)],
        )
        .await,
    )
    .unwrap();
    for path in [
        "/prices/price_pro_monthly/archive",
        "/products/prod_pro/archive",
    ] {
        let refused = post(&app, &format!("{CATALOGUE}{path}"), &globex, &[]).await;
        assert!(location(&refused).contains("error="), "{path}");
    }
    let added = post(
        &app,
        &format!("{CATALOGUE}/products/prod_pro/prices"),
        &globex,
        &[
            ("amount", "1"),
            ("currency", "usd"),
            ("interval", "month"),
            ("interval_count", "1"),
        ],
    )
    .await;
    assert!(location(&added).contains("error="));
    assert_eq!(prices_of(&app, "prod_pro").await.len(), 1);
    assert_eq!(prices_of(&app, "prod_pro").await[0]["active"], true);
    let (_, product) = app.api("GET", "/v1/products/prod_pro", None).await;
    assert_eq!(product["active"], true);
    let (_, page) = app.page(&globex, CATALOGUE).await;
    assert!(!page.contains("prod_pro"), "Acme's products are not shown");
}
on_both_backends!(only_owners_and_admins_change_the_catalogue_of_their_own_merchant);

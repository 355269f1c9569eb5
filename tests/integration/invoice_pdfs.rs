//! Invoice PDFs through the API and the portal: valid (`qpdf --check`), text that
//! `pdftotext` extracts with the invoice number, every line and the totals, amounts in
//! JPY, EUR and KWD formatted as on the page, byte-identical re-downloads, customer scope.
use std::process::Command;

use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{self, cookie_pair, Backend, TestApp},
};

/// `qpdf --check` passes, the font is embedded as a subset (so the file stays small), and
/// `pdftotext` extracts the text.
fn check_and_extract(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, pdf).unwrap();
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf is installed (make test installs it)");
    assert!(
        check.status.success(),
        "qpdf --check: {}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout).to_string();
    // Embedded, as a subset (the used glyphs only), with a Unicode map: "yes yes yes".
    assert!(
        fonts
            .lines()
            .any(|l| l.contains("+DejaVuSans") && l.contains("yes yes yes")),
        "the font is embedded as a subset: {fonts}"
    );
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
    support::pdf_text(pdf)
}

async fn an_invoice_pdf_is_valid_extractable_and_never_changes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let object = app.invoiced_upgrade().await;
    let invoice = object["id"].as_str().unwrap().to_string();
    let number = object["number"].as_str().unwrap();

    let response = app.invoice_pdf(&app.merchant.secret_key, &invoice).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert_eq!(
        response.headers()["content-disposition"],
        format!("attachment; filename=\"{number}.pdf\"").as_str()
    );
    let pdf = response.bytes().await.unwrap().to_vec();
    let text = check_and_extract(&pdf);
    assert!(text.contains(number), "{text}");
    for line in object["lines"].as_array().unwrap() {
        let description = line["description"].as_str().unwrap();
        // Long descriptions wrap: every word is there, in order.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&description.split_whitespace().collect::<Vec<_>>().join(" ")),
            "{description} not in {text}"
        );
    }
    let (_, page) = {
        let cookie = app.signed_in_cookie().await;
        app.page(&cookie, &format!("/portal/invoices/{invoice}"))
            .await
    };
    let total = format!(
        "${}.{:02}",
        object["total"].as_i64().unwrap() / 100,
        object["total"].as_i64().unwrap() % 100
    );
    assert!(
        text.contains(&total) && page.contains(&total),
        "total {total}"
    );
    assert!(text.contains("Amount due") && text.contains("Subtotal"));

    // Re-downloads are the same bytes, also after the customer's details change.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{}", app.merchant.customer_id),
            Some(json!({ "name": "Renamed Later" })),
        )
        .await;
    assert_eq!(status, 200);
    let again = app
        .invoice_pdf(&app.merchant.secret_key, &invoice)
        .await
        .bytes()
        .await
        .unwrap()
        .to_vec();
    assert_eq!(again, pdf, "a finalised invoice's PDF never changes");

    // The portal serves the same document to its customer, and nothing without a session.
    let cookie = app.signed_in_cookie().await;
    let response = app
        .http
        .get(app.url(&format!("/portal/invoices/{invoice}/pdf")))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.bytes().await.unwrap().to_vec(), pdf);
    let response = app
        .http
        .get(app.url(&format!("/portal/invoices/{invoice}/pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);

    // Another merchant's key, another customer's session, unknown ids: not found.
    let other = crate::support::seed_merchant(&app.db, "Other Co").await;
    assert_eq!(
        app.invoice_pdf(&other.secret_key, &invoice).await.status(),
        404
    );
    assert_eq!(
        app.invoice_pdf(&app.merchant.secret_key, "in_missing")
            .await
            .status(),
        404
    );
    let minted: Value = app
        .mint(&other.secret_key, &other.customer_id)
        .await
        .json()
        .await
        .unwrap();
    let (_, secret) = minted["url"].as_str().unwrap().split_once('#').unwrap();
    let stranger = cookie_pair(&app.redeem(minted["id"].as_str().unwrap(), secret).await).unwrap();
    let response = app
        .http
        .get(app.url(&format!("/portal/invoices/{invoice}/pdf")))
        .header("cookie", &stranger)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}
on_both_backends!(an_invoice_pdf_is_valid_extractable_and_never_changes);

async fn amounts_are_formatted_for_their_currency(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for (currency, amount, expected, country, postal_code) in [
        ("jpy", 1500, "¥1,500", "JP", "100-0001"),
        ("eur", 2900, "€29.00", "DE", "10115"),
        ("kwd", 2500, "KWD 2.500", "GB", "SW1A 1AA"),
        ("usd", 900, "$9.00", "US", "10001"),
    ] {
        let (status, product) = app
            .api(
                "POST",
                "/v1/products",
                Some(json!({ "name": format!("Plan {currency}") })),
            )
            .await;
        assert_eq!(status, 200, "{product}");
        let (status, price) = app
            .api(
                "POST",
                "/v1/prices",
                Some(json!({
                    "product": product["id"], "unitAmount": amount, "currency": currency,
                    "recurring": { "interval": "month" }
                })),
            )
            .await;
        assert_eq!(status, 200, "{price}");
        let (status, customer) = app
            .api(
                "POST",
                "/v1/customers",
                Some(json!({
                    "name": format!("Customer {currency}"), "email": "c@example.com",
                    "address": {
                        "line1": "1 Main St", "city": "Town", "postalCode": postal_code,
                        "state": (country == "US").then_some("NY"), "country": country
                    }
                })),
            )
            .await;
        assert_eq!(status, 200, "{customer}");
        let (status, subscription) = app
            .api(
                "POST",
                "/v1/subscriptions",
                Some(json!({ "customer": customer["id"], "price": price["id"] })),
            )
            .await;
        assert_eq!(status, 200, "{subscription}");
        let invoice = subscription["latestInvoice"].as_str().unwrap();
        let pdf = app
            .invoice_pdf(&app.merchant.secret_key, invoice)
            .await
            .bytes()
            .await
            .unwrap();
        let text = check_and_extract(&pdf);
        assert!(text.contains(expected), "{expected} in {text}");
        let raw = String::from_utf8_lossy(&pdf);
        let letter = raw.contains("/MediaBox [0 0 612 792]");
        assert_eq!(
            letter,
            country == "US",
            "US Letter for the US, A4 elsewhere ({country})"
        );
    }
}
on_both_backends!(amounts_are_formatted_for_their_currency);

/// A customer who prefers Japanese gets invoice lines, a PDF (Japanese glyphs embedded as a
/// subset of IPAex Gothic) and a receipt in Japanese, chosen when the invoice is finalised:
/// a later change of preference re-words the portal page, never the stored documents.
async fn documents_are_written_in_the_customers_language_at_finalisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let customer = app.merchant.customer_id.clone();
    let (status, body) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(json!({ "preferredLocales": ["ja-JP", "en"] })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let object = app.invoiced_upgrade().await;
    let invoice = object["id"].as_str().unwrap().to_string();
    let number = object["number"].as_str().unwrap();
    let descriptions: Vec<&str> = object["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line["description"].as_str().unwrap())
        .collect();
    assert!(
        descriptions.iter().any(|d| d.contains("の残り期間"))
            && descriptions.iter().any(|d| d.contains("の未使用期間")),
        "proration lines in Japanese: {descriptions:?}"
    );

    let pdf = app
        .invoice_pdf(&app.merchant.secret_key, &invoice)
        .await
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let text = check_and_extract(&pdf);
    for words in ["請求書", "請求書番号", "小計", "合計", "未払い額", "請求先"] {
        assert!(text.contains(words), "{words} in {text}");
    }
    assert!(text.contains(number));
    let fonts = support::pdf_fonts(&pdf);
    assert!(
        fonts
            .lines()
            .any(|l| l.contains("+IPAexGothic") && l.contains("yes yes yes")),
        "Japanese glyphs come from an embedded subset: {fonts}"
    );
    assert!(String::from_utf8_lossy(&pdf).contains("/Lang (ja)"));
    let (status, receipt) = app
        .api("GET", &format!("/v1/invoices/{invoice}/receipt"), None)
        .await;
    assert_eq!(status, 200, "{receipt}");
    assert!(
        receipt["subject"]
            .as_str()
            .unwrap()
            .contains("からの領収書"),
        "{receipt}"
    );
    assert!(receipt["html"].as_str().unwrap().contains("lang=\"ja\""));

    // The customer now prefers German: the portal page follows, the documents stay.
    let (status, _) = app
        .api(
            "POST",
            &format!("/v1/customers/{customer}"),
            Some(json!({ "preferredLocales": ["de"] })),
        )
        .await;
    assert_eq!(status, 200);
    let again = app
        .invoice_pdf(&app.merchant.secret_key, &invoice)
        .await
        .bytes()
        .await
        .unwrap()
        .to_vec();
    assert_eq!(again, pdf, "the stored PDF is the one answered");
    let cookie = app.signed_in_cookie().await;
    let (status, page) = app
        .page(&cookie, &format!("/portal/invoices/{invoice}"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("lang=\"de\""), "{page}");
    assert!(
        page.contains(&format!("Rechnung {number}")) && page.contains("Zwischensumme"),
        "{page}"
    );
    // The lines keep the words they were written in.
    assert!(page.contains("の残り期間"));
}
on_both_backends!(documents_are_written_in_the_customers_language_at_finalisation);

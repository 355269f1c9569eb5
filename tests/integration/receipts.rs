//! Receipts: a paid invoice's branded receipt (HTML and text) kept for the merchant, with a
//! PDF link that opens with its token only.
use serde_json::{json, Value};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

async fn a_paid_invoice_has_a_branded_receipt_with_a_pdf_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, _) = app
        .api(
            "POST",
            "/v1/branding",
            Some(json!({ "businessName": "Acme Cloud GmbH", "supportEmail": "billing@acme.example" })),
        )
        .await;
    assert_eq!(status, 200);
    let paid = app.invoiced_upgrade().await;
    let invoice = paid["id"].as_str().unwrap().to_string();
    assert_eq!(paid["status"], "paid");
    let number = paid["number"].as_str().unwrap();

    let (status, receipt) = app
        .api("GET", &format!("/v1/invoices/{invoice}/receipt"), None)
        .await;
    assert_eq!(status, 200, "{receipt}");
    assert_eq!(
        receipt["subject"],
        format!("Your receipt from Acme Cloud GmbH [{number}]").as_str()
    );
    for body in [&receipt["html"], &receipt["text"]] {
        let body = body.as_str().unwrap();
        assert!(
            body.contains(number) && body.contains("billing@acme.example"),
            "{body}"
        );
        assert!(body.contains(receipt["pdfUrl"].as_str().unwrap()));
        assert!(!body.contains("%PDF_URL%"));
    }
    let paid_amount = paid["amountPaid"].as_i64().unwrap();
    let amount = format!("${}.{:02}", paid_amount / 100, paid_amount % 100);
    assert!(
        receipt["text"].as_str().unwrap().contains(&amount),
        "{amount}"
    );
    assert_eq!(
        receipt["recipient"].as_str().map(|r| r.contains('@')),
        Some(true)
    );

    // A receipt lost (not made at payment time) is made when first asked for.
    app.sql(
        "DELETE FROM invoice_receipts WHERE invoice_id = $1",
        &invoice,
    )
    .await;
    let (status, remade) = app
        .api("GET", &format!("/v1/invoices/{invoice}/receipt"), None)
        .await;
    assert_eq!(status, 200, "{remade}");
    assert_eq!(remade["subject"], receipt["subject"]);

    // The link opens the invoice's PDF; a wrong or missing token does not.
    let pdf_url = receipt["pdfUrl"].as_str().unwrap();
    let path = &pdf_url[pdf_url.find("/documents/").unwrap()..];
    let pdf = app.http.get(app.url(path)).send().await.unwrap();
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let api_pdf = app
        .invoice_pdf(&app.merchant.secret_key, &invoice)
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(pdf.bytes().await.unwrap(), api_pdf, "the same document");
    let tampered = path.replace("token=", "token=0");
    assert_eq!(app.status_of(&tampered).await, 404);
    let untokened = path.split('?').next().unwrap().to_string();
    assert_eq!(app.status_of(&untokened).await, 404);
    let other_invoice = path.replace(&invoice, "in_other");
    assert_eq!(app.status_of(&other_invoice).await, 404);

    // No receipt for an invoice that was not paid; none for another merchant.
    let other = crate::support::seed_merchant(&app.db, "Other Co").await;
    let (status, _) = app
        .api_as(
            &other.secret_key,
            "GET",
            &format!("/v1/invoices/{invoice}/receipt"),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, body): (u16, Value) = app
        .api("GET", "/v1/invoices/in_missing/receipt", None)
        .await;
    assert_eq!(status, 404, "{body}");
}
on_both_backends!(a_paid_invoice_has_a_branded_receipt_with_a_pdf_link);

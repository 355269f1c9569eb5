//! Receipts: a paid invoice's branded receipt (HTML and text) kept for the merchant, with a
//! PDF link that opens with its token only; e-mailed through SMTP when configured (to an
//! SMTP server the test runs on loopback), with retries and a permanent refusal.
use std::time::Duration;

use serde_json::{json, Value};
use vinr_portal::server::config::MailSettings;

use crate::{
    on_both_backends,
    smtp_sink::SmtpSink,
    support::{Backend, TestApp},
};

/// A 40×20 indigo SVG logo.
const SVG_LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#4f46e5"/></svg>"##;

/// The brand the receipts are checked against: a business name, a support e-mail and an
/// SVG logo (which e-mail clients get as PNG).
async fn brand(app: &TestApp) {
    use base64::{engine::general_purpose::STANDARD, Engine};
    let (status, body) = app
        .live_api(
            "POST",
            "/v1/branding",
            Some(json!({
                "businessName": "Acme Cloud GmbH",
                "supportEmail": "billing@acme.example",
                "logo": { "contentType": "image/svg+xml", "data": STANDARD.encode(SVG_LOGO) },
            })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
}

/// The receipt's logo is a PNG on the portal: an SVG drawn at twice the 48 px it is shown.
async fn assert_logo_is_a_png(app: &TestApp, html: &str) {
    let start = html.find("<img src=\"").expect("a logo in the receipt") + 10;
    let src = &html[start..start + html[start..].find('"').unwrap()];
    let expected_prefix = format!("{}/brand/{}/logo.png?v=", app.base, app.merchant.id);
    assert!(src.starts_with(&expected_prefix), "{src}");
    let logo = app.http.get(src).send().await.unwrap();
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/png");
    let bytes = logo.bytes().await.unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes.to_vec()))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(
        (info.width, info.height),
        (216, 108),
        "40×20 drawn once at upload, 108 px high: over twice the receipt's 48 px, and the PDF's print size"
    );
    assert_eq!(info.color_type, png::ColorType::Rgba);
    assert_eq!(&pixels[..4], &[0x4f, 0x46, 0xe5, 0xff], "the logo's indigo");
}

async fn a_paid_invoice_has_a_branded_receipt_with_a_pdf_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    brand(&app).await;
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
        assert!(!body.contains("%PDF_URL%") && !body.contains("%PORTAL_URL%"));
    }
    assert_logo_is_a_png(&app, receipt["html"].as_str().unwrap()).await;
    let paid_amount = paid["amountPaid"].as_i64().unwrap();
    let amount = format!("${}.{:02}", paid_amount / 100, paid_amount % 100);
    assert!(
        receipt["text"].as_str().unwrap().contains(&amount),
        "{amount}"
    );
    assert_eq!(receipt["recipient"], "jenny@example.com");
    // No SMTP configured: kept here, not sent.
    assert_eq!(receipt["emailStatus"], "not_sent");
    assert_eq!(receipt["sentAt"], Value::Null);

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

async fn spawn_with_smtp(backend: Backend) -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |config| {
        let mut mail = MailSettings::new(url, "receipts@vinr.test".to_string());
        mail.retry_schedule = vec![1, 1];
        mail.poll_interval = Duration::from_millis(50);
        config.mail = Some(mail);
    })
    .await;
    (app, sink)
}

async fn receipt(app: &TestApp, invoice: &str) -> Value {
    let (status, receipt) = app
        .api("GET", &format!("/v1/invoices/{invoice}/receipt"), None)
        .await;
    assert_eq!(status, 200, "{receipt}");
    receipt
}

/// Polls the receipt until its e-mail status is `status` (10 s at most).
async fn receipt_with_status(app: &TestApp, invoice: &str, status: &str) -> Value {
    for _ in 0..200 {
        let current = receipt(app, invoice).await;
        if current["emailStatus"] == status {
            return current;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{}", receipt(app, invoice).await);
}

async fn receipts_are_emailed_through_smtp(backend: Backend) {
    let (app, sink) = spawn_with_smtp(backend).await;
    brand(&app).await;
    // The seeded subscription's first invoice was paid: its receipt goes out first.
    sink.wait_for(1).await;
    // The next one meets a temporary failure (451) first: retried, then delivered once.
    sink.fail_next_messages(1);
    let paid = app.invoiced_upgrade().await;
    let invoice = paid["id"].as_str().unwrap();
    let number = paid["number"].as_str().unwrap();
    let mails = sink.wait_for(2).await;
    let sent = receipt_with_status(&app, invoice, "sent").await;
    assert_eq!(sent["sendAttempts"], 2, "{sent}");
    assert!(sent["sentAt"].is_string());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sink.received().len(), 2, "each receipt sent exactly once");

    let mail = &mails[1];
    assert_eq!(mail.to, vec!["jenny@example.com".to_string()]);
    assert_eq!(mail.from, "receipts@vinr.test");
    let data = &mail.data;
    assert!(
        data.contains("From: \"Acme Cloud GmbH\" <receipts@vinr.test>"),
        "{data}"
    );
    assert!(data.contains("Reply-To: billing@acme.example"), "{data}");
    assert!(
        data.contains(&format!(
            "Subject: Your receipt from Acme Cloud GmbH [{number}]"
        )),
        "{data}"
    );
    assert!(data.contains("multipart/alternative"), "{data}");
    assert!(data.contains("text/html"), "{data}");
    // The plain-text part is readable as sent, with the amount and a working PDF link.
    let paid_amount = paid["amountPaid"].as_i64().unwrap();
    assert!(
        data.contains(&format!(
            "Amount paid: ${}.{:02}",
            paid_amount / 100,
            paid_amount % 100
        )),
        "{data}"
    );
    // Bodies may be quoted-printable: undo its soft line breaks and the escaped `=`.
    let data = data.replace("=\r\n", "").replace("=3D", "=");
    let link = data
        .lines()
        .find_map(|line| line.strip_prefix("Invoice PDF: "))
        .expect("the PDF link in the text part")
        .trim();
    // Each link is signed when it is made: the same document, issued at its own time.
    let without_token = |url: &str| url.split("?token=").next().unwrap().to_string();
    assert_eq!(
        without_token(link),
        without_token(sent["pdfUrl"].as_str().unwrap())
    );
    let pdf = app.http.get(link).send().await.unwrap();
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
}
on_both_backends!(receipts_are_emailed_through_smtp);

async fn a_refused_recipient_fails_the_receipt_at_once(backend: Backend) {
    let (app, sink) = spawn_with_smtp(backend).await;
    // The seeded subscription's first receipt goes out before the refusals start.
    sink.wait_for(1).await;
    sink.refuse_recipients(true);
    let paid = app.invoiced_upgrade().await;
    let invoice = paid["id"].as_str().unwrap();
    let failed = receipt_with_status(&app, invoice, "failed").await;
    assert_eq!(
        failed["sendAttempts"], 1,
        "a 5xx answer is not retried: {failed}"
    );
    assert!(
        failed["sendError"].as_str().unwrap().contains("550"),
        "{failed}"
    );
    assert_eq!(failed["sentAt"], Value::Null);
    sink.refuse_recipients(false);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        sink.received().len(),
        1,
        "only the seeded invoice's receipt"
    );
}
on_both_backends!(a_refused_recipient_fails_the_receipt_at_once);

/// Receipt links expire, can be voided by the merchant, and a wrong token is refused
/// without waiting for the database's writer.
async fn receipt_links_expire_and_can_be_voided(backend: Backend) {
    let app = TestApp::spawn_with(backend, |config| config.receipt_link_lifetime_seconds = 2).await;
    let invoice = app.invoiced_upgrade().await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let link = |receipt: &Value| {
        let url = receipt["pdfUrl"].as_str().unwrap();
        url[url.find("/documents/").unwrap()..].to_string()
    };
    let (_, receipt) = app
        .api("GET", &format!("/v1/invoices/{invoice}/receipt"), None)
        .await;
    let first = link(&receipt);
    assert_eq!(app.status_of(&first).await, 200);

    // Voided: the old link stops working, the fresh one in the answer works.
    let (status, revoked) = app
        .api(
            "POST",
            &format!("/v1/invoices/{invoice}/receipt/revoke_links"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(app.status_of(&first).await, 404, "voided");
    let fresh = link(&revoked);
    assert_eq!(app.status_of(&fresh).await, 200);
    let (status, _) = app
        .api("POST", "/v1/invoices/in_missing/receipt/revoke_links", None)
        .await;
    assert_eq!(status, 404);

    // A forged token is answered while another writer holds the write turn.
    let writer = app.db.begin_write().await.unwrap();
    let forged = fresh.replace("token=", "token=1");
    let answer = tokio::time::timeout(Duration::from_secs(3), app.status_of(&forged))
        .await
        .expect("answered without waiting for the writer");
    assert_eq!(answer, 404);
    drop(writer);

    // Past its lifetime, a link no longer opens.
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    assert_eq!(app.status_of(&fresh).await, 404, "expired");
}
on_both_backends!(receipt_links_expire_and_can_be_voided);

//! A live payment the bank wants confirmed (3-D Secure) while the customer is away (a
//! charge through the API, a renewal's retry) is e-mailed, with a signed link that opens a
//! fresh portal session on the payment methods page; a payment the customer makes in the
//! portal is confirmed there and mails nothing. Against localstripe and an SMTP server on
//! loopback.
use std::time::Duration;

use leptos::server_fn::ServerFn;
use vinr_portal::{
    server::{
        config::MailSettings,
        services::{billing::renewals, now_unix},
    },
    ui::portal::PayInvoice,
};

use crate::{
    live_mode::{bring_over, connected_with, invoice, live_customer, settled_paid, subscribe},
    localstripe::Localstripe,
    on_both_backends,
    smtp_sink::{Received, SmtpSink},
    support::{cookie_pair, Backend, TestApp},
};

const DAY: i64 = 86_400;

/// The link in the mail's text part (quoted-printable undone).
fn confirmation_link(mail: &Received) -> String {
    let data = mail.data.replace("=\r\n", "").replace("=3D", "=");
    data.lines()
        .find_map(|line| line.strip_prefix("Confirm it here: "))
        .expect("the link in the text part")
        .trim()
        .to_string()
}

fn mails_to(sink: &SmtpSink, address: &str) -> Vec<Received> {
    sink.received()
        .into_iter()
        .filter(|mail| mail.to.iter().any(|to| to == address))
        .collect()
}

/// Waits (up to 10 s) for `count` messages to `address` (the seeded test-mode customer's
/// receipts arrive too).
async fn wait_for_mails_to(sink: &SmtpSink, address: &str, count: usize) -> Vec<Received> {
    for _ in 0..200 {
        let mails = mails_to(sink, address);
        if mails.len() >= count {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "expected {count} messages to {address}, got {:?}",
        sink.received()
    );
}

/// Opens the mail's link as a browser would: answers the portal session's URL it sends to.
async fn open(app: &TestApp, link: &str) -> String {
    let response = app.http.get(link).send().await.unwrap();
    assert_eq!(response.status(), 303, "{link}");
    assert_eq!(response.headers()["cache-control"], "no-store");
    response.headers()["location"].to_str().unwrap().to_string()
}

async fn a_payment_waiting_for_the_bank_is_mailed_with_a_link_to_confirm_it(backend: Backend) {
    let stripe = Localstripe::start().await;
    let sink = SmtpSink::start().await;
    let smtp = sink.url();
    let app = connected_with(backend, &stripe, move |config| {
        let mut mail = MailSettings::new(smtp, "billing@vinr.test".to_string());
        mail.retry_schedule = vec![1, 1];
        mail.poll_interval = Duration::from_millis(50);
        config.mail = Some(mail);
    })
    .await;
    let customer = live_customer(&app, "away@example.com").await;
    let three_d_secure = stripe.card("4000002500003155").await;
    assert_eq!(
        bring_over(&app, &customer, "card", &three_d_secure).await.0,
        200
    );
    // The merchant's server subscribes the customer: nobody is there to authenticate.
    let subscription = subscribe(&app, &customer).await;
    let open_invoice = subscription["latestInvoice"].as_str().unwrap().to_string();
    let number = invoice(&app, &open_invoice).await["number"]
        .as_str()
        .unwrap()
        .to_string();
    let mail = wait_for_mails_to(&sink, "away@example.com", 1)
        .await
        .remove(0);
    assert_eq!(mail.from, "billing@vinr.test");
    assert!(
        mail.data.contains(&format!(
            "Subject: Confirm your payment to Acme Cloud [{number}]"
        )),
        "{}",
        mail.data
    );
    assert!(mail.data.contains("$9.00"), "{}", mail.data);
    let link = confirmation_link(&mail);
    assert!(
        link.starts_with(&format!(
            "{}/confirm-payment/{}/{open_invoice}?token=",
            app.base, app.merchant.id
        )),
        "{link}"
    );

    // The link opens a fresh single-use session that lands on the payment methods page,
    // where the payment is confirmed.
    let session_url = open(&app, &link).await;
    let (session_path, secret) = session_url.split_once('#').unwrap();
    let session_id = session_path.rsplit('/').next().unwrap();
    assert!(session_path.starts_with(&format!("{}/session/bps_", app.base)));
    let redeemed = app.redeem(session_id, secret).await;
    assert_eq!(redeemed.status(), 303);
    assert_eq!(redeemed.headers()["location"], "/portal/payment-methods");
    let cookie = cookie_pair(&redeemed).unwrap();
    let (_, page) = app.page(&cookie, "/portal/payment-methods").await;
    assert!(page.contains("Confirm your payment"), "{page}");
    assert!(page.contains(&format!("data-confirm-payment=\"{open_invoice}\"")));
    // Each use mints its own session (a mail scanner that follows the link first does not
    // spend the customer's); a spent one stays spent.
    let again = open(&app, &link).await;
    assert_ne!(again, session_url);
    assert_eq!(app.redeem(session_id, secret).await.status(), 410);
    // A link whose token was changed, or made for another invoice, opens nothing.
    for wrong in [
        format!("{link}0"),
        link.replace(&open_invoice, "in_doesNotExist"),
        link.split("?token=").next().unwrap().to_string(),
    ] {
        let response = app.http.get(&wrong).send().await.unwrap();
        assert_eq!(response.status(), 404, "{wrong}");
        assert!(response.text().await.unwrap().contains("expired"));
    }

    // "Pay now" in the portal: the customer is there, confirms on the page, no mail.
    let response = app
        .post_form(&cookie, PayInvoice::PATH, &[("invoice_id", &open_invoice)])
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(stripe.payments_for(&open_invoice).await.len(), 2);
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        mails_to(&sink, "away@example.com").len(),
        1,
        "nobody is mailed"
    );

    // A retry on the dunning schedule asks again while the customer is away: mailed again.
    renewals::run_due(
        &app.db,
        &app.payments,
        now_unix() + 8 * DAY,
        Some(&customer),
    )
    .await
    .unwrap();
    assert_eq!(stripe.payments_for(&open_invoice).await.len(), 3);
    let mails = wait_for_mails_to(&sink, "away@example.com", 2).await;

    // The customer confirms the latest payment; the first link then has nothing to open.
    // localstripe lists payments oldest first.
    let payments = stripe.payments_for(&open_invoice).await;
    let latest = payments.last().unwrap();
    let (status, done) = stripe
        .call(
            "POST",
            &format!(
                "/v1/payment_intents/{}/_authenticate?success=true",
                latest["id"].as_str().unwrap()
            ),
            &[("client_secret", latest["client_secret"].as_str().unwrap())],
        )
        .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(settled_paid(&app, &open_invoice).await["status"], "paid");
    for mail in &mails {
        let response = app.http.get(confirmation_link(mail)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("Nothing to confirm"));
    }
}
on_both_backends!(a_payment_waiting_for_the_bank_is_mailed_with_a_link_to_confirm_it);

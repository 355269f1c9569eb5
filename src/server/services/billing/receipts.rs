//! Receipts. When a payment settles an invoice, a receipt in the merchant's brand (HTML and
//! plain text: the invoice summary and a link to its PDF) is rendered right after the
//! payment commits and kept (or, if that failed, when first asked for);
//! `GET /v1/invoices/{id}/receipt` shows it to the merchant. The PDF
//! link carries a token (an HMAC keyed by the operator's secret, never by anything in the
//! database), so that it opens without a portal session, only for that invoice, and only
//! until it expires or is voided.
use serde::Serialize;

use crate::domain::invoice::{InvoiceStatus, ReceiptEmailStatus};
use crate::server::services::{
    billing::invoice_documents,
    billing::invoice_views,
    now_unix,
    objects::format_time,
    settings::branding::{self, portal_branding},
    settings::custom_domains,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    i18n::{self, Arg},
    server::{
        db::{store, store::invoice_receipts::ReceiptRow, Db, Exec},
        secrets::{self, KeyPurpose, OperatorKeys},
    },
    views::InvoiceDetailView,
};

/// Stand for the PDF link and the portal's base URL in stored receipts, until the public URL
/// (or the merchant's custom domain) is known.
const PDF_URL_MARKER: &str = "%PDF_URL%";
const PORTAL_URL_MARKER: &str = "%PORTAL_URL%";

pub struct Receipt {
    pub subject: String,
    pub html: String,
    pub text: String,
}

use crate::server::mailer::escape_html as escape;

/// The receipt of a paid invoice, from the same view as its page and PDF, in its language.
pub fn render(invoice: &InvoiceDetailView) -> Receipt {
    let language = invoice.language;
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let brand = &invoice.branding;
    let number = &invoice.summary.number;
    let business = brand.business_name.as_str();
    let subject = words(
        "receipt-subject",
        &[("business", business.into()), ("number", number.into())],
    );
    let mut lines_text = vec![
        words("receipt-from", &[("business", business.into())]),
        String::new(),
        words(
            "receipt-amount-paid",
            &[("amount", invoice.amount_paid.as_str().into())],
        ),
        words("receipt-invoice", &[("number", number.into())]),
        words(
            "receipt-date",
            &[("date", invoice.summary.date.as_str().into())],
        ),
    ];
    if let Some(method) = &invoice.payment_method {
        lines_text.push(words(
            "invoice-payment-method",
            &[("method", method.into())],
        ));
    }
    lines_text.push(String::new());
    for line in &invoice.lines {
        lines_text.push(format!("{}  {}", line.description, line.amount));
    }
    lines_text.push(String::new());
    lines_text.push(words(
        "receipt-total",
        &[("total", invoice.total.as_str().into())],
    ));
    lines_text.push(String::new());
    lines_text.push(words("receipt-pdf", &[("url", PDF_URL_MARKER.into())]));
    let contact: Vec<String> = [brand.support_email.clone(), brand.support_url.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        lines_text.push(words(
            "receipt-questions",
            &[("contact", contact.join(" · ").into())],
        ));
    }
    let mut text = lines_text.join("\n");
    text.push('\n');

    let rows: String = invoice
        .lines
        .iter()
        .map(|line| {
            format!(
                "<tr><td style=\"padding:6px 0;border-bottom:1px solid #e5e7eb\">{}</td>\
                 <td style=\"padding:6px 0;border-bottom:1px solid #e5e7eb;text-align:right\">{}</td></tr>",
                escape(&line.description),
                escape(&line.amount)
            )
        })
        .collect();
    let link = |url: &String, label: String| {
        format!(
            "<a href=\"{}\" style=\"color:{}\">{}</a>",
            escape(url),
            brand.link,
            escape(&label)
        )
    };
    let footer: String = [
        brand.support_email.as_ref().map(|email| {
            format!(
                "<a href=\"mailto:{0}\" style=\"color:{1}\">{0}</a>",
                escape(email),
                brand.link
            )
        }),
        brand
            .support_url
            .as_ref()
            .map(|url| link(url, words("layout-support", &[]))),
        brand
            .privacy_url
            .as_ref()
            .map(|url| link(url, words("layout-privacy", &[]))),
        brand
            .terms_url
            .as_ref()
            .map(|url| link(url, words("layout-terms", &[]))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    // E-mail clients show PNG, rarely SVG: the logo's PNG rendition, from the portal.
    let logo = brand
        .logo_url
        .as_deref()
        .map(|url| {
            format!(
                "<img src=\"{PORTAL_URL_MARKER}{}\" alt=\"{}\" height=\"{}\" \
                 style=\"display:block;height:{}px;max-width:{}px;margin:0 0 12px;border:0\">",
                escape(&branding::png_logo_path(url)),
                escape(&brand.business_name),
                branding::EMAIL_LOGO_HEIGHT,
                branding::EMAIL_LOGO_HEIGHT,
                branding::EMAIL_LOGO_MAX_WIDTH,
            )
        })
        .unwrap_or_default();
    // Placeholders are filled with escaped text; the catalogue's own words are escaped too.
    let paid_on = match &invoice.payment_method {
        Some(method) => words(
            "receipt-paid-on-with",
            &[
                ("date", invoice.summary.date.as_str().into()),
                ("method", method.into()),
            ],
        ),
        None => words(
            "receipt-paid-on",
            &[("date", invoice.summary.date.as_str().into())],
        ),
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><body style=\"margin:0;padding:24px;font-family:-apple-system,Segoe UI,sans-serif;color:#111827\">\
         {logo}<h1 style=\"color:{accent};font-size:20px;margin:0 0 16px\">{business}</h1>\
         <p style=\"font-size:16px\">{heading}</p>\
         <p style=\"font-size:28px;font-weight:700;margin:8px 0\">{paid}</p>\
         <p style=\"color:#475569\">{paid_on}</p>\
         <table style=\"width:100%;border-collapse:collapse;margin:16px 0\">{rows}\
         <tr><td style=\"padding:8px 0;font-weight:700\">{total_label}</td><td style=\"padding:8px 0;text-align:right;font-weight:700\">{total}</td></tr></table>\
         <p><a href=\"{PDF_URL_MARKER}\" style=\"display:inline-block;background:{accent};color:{accent_text};padding:10px 16px;border-radius:6px;text-decoration:none\">{download}</a></p>\
         <p style=\"color:#475569;font-size:13px\">{footer}</p></body></html>",
        lang = language.tag(),
        accent = brand.accent,
        accent_text = brand.accent_text,
        business = escape(&brand.business_name),
        heading = escape(&words("receipt-heading", &[("number", number.into())])),
        paid = escape(&invoice.amount_paid),
        paid_on = escape(&paid_on),
        total_label = escape(&words("invoice-total", &[])),
        total = escape(&invoice.total),
        download = escape(&words("receipt-download", &[])),
    );
    Receipt {
        subject,
        html,
        text,
    }
}

/// Renders and keeps the receipt of a paid invoice (the first one stays).
pub async fn record(
    db: &Db,
    merchant_id: &str,
    livemode: bool,
    invoice_id: &str,
) -> ServiceResult<()> {
    let mut tx = db.begin_write().await?;
    record_in(tx.exec(), merchant_id, livemode, invoice_id, now_unix()).await?;
    tx.commit().await?;
    Ok(())
}

async fn record_in(
    mut exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    invoice_id: &str,
    now: i64,
) -> ServiceResult<()> {
    let name = store::merchants::name(exec.reborrow(), merchant_id)
        .await?
        .unwrap_or_default();
    let brand = store::merchants::brand(exec.reborrow(), merchant_id)
        .await?
        .unwrap_or_default();
    let branding = portal_branding(merchant_id, &name, &brand);
    let system = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode,
    };
    let (view, contact) = invoice_views::invoice_view(
        exec.reborrow(),
        &system,
        invoice_views::ShownIn::Its,
        &name,
        "",
        branding,
        invoice_id,
    )
    .await?;
    let recipient = contact.email;
    let recipient_known = recipient.is_some();
    let receipt = render(&view);
    store::invoice_receipts::insert(
        exec,
        &ReceiptRow {
            invoice_id: invoice_id.to_string(),
            merchant_id: merchant_id.to_string(),
            recipient,
            subject: receipt.subject,
            html: receipt.html,
            text: receipt.text,
            created_at: now,
            sent_at: None,
            // Due at once; sent only when this instance has SMTP configured.
            next_send_at: recipient_known.then_some(now),
            send_attempts: 0,
            send_error: None,
            send_failed_at: None,
            links_revoked_at_ms: None,
        },
    )
    .await?;
    Ok(())
}

/// Signs and checks receipt PDF links: an HMAC under a per-merchant key derived from the
/// operator secret (a database dump alone cannot forge one), over the invoice and the
/// time the link was issued (unix milliseconds); a link expires after `lifetime_seconds`.
#[derive(Debug, Clone)]
pub struct LinkSigner {
    pub keys: OperatorKeys,
    pub lifetime_seconds: i64,
    /// The portal's base URL, when the merchant has no verified custom domain.
    pub public_url: String,
}

impl LinkSigner {
    pub fn from_config(config: &crate::server::config::Config) -> Self {
        Self {
            keys: config.operator_keys.clone(),
            lifetime_seconds: config.receipt_link_lifetime_seconds,
            public_url: config.public_url.clone(),
        }
    }

    fn mac(&self, merchant_id: &str, invoice_id: &str, issued_at_ms: i64) -> String {
        let key = self.keys.derive(KeyPurpose::ReceiptLink, merchant_id);
        let message = format!("receipt-pdf:{invoice_id}:{issued_at_ms}");
        secrets::hex(&secrets::hmac_sha256(&key, &[message.as_bytes()]))
    }

    /// The token of a link issued at `now_ms`: `<issued at>.<mac>`.
    fn token(&self, merchant_id: &str, invoice_id: &str, now_ms: i64) -> String {
        format!("{now_ms}.{}", self.mac(merchant_id, invoice_id, now_ms))
    }

    /// When (unix milliseconds) the link with `token` was issued, if this server signed it
    /// for this invoice and it has not expired at `now_ms`.
    fn issued_at(
        &self,
        merchant_id: &str,
        invoice_id: &str,
        token: &str,
        now_ms: i64,
    ) -> Option<i64> {
        let (issued_text, mac) = token.split_once('.')?;
        // Exactly as issued: no sign, no leading zeros, so one link has one token.
        let issued_at: i64 = issued_text.parse().ok()?;
        if issued_at.to_string() != issued_text {
            return None;
        }
        let expected = self.mac(merchant_id, invoice_id, issued_at);
        let expires_at = issued_at.saturating_add(self.lifetime_seconds.saturating_mul(1000));
        let fresh = issued_at <= now_ms && now_ms < expires_at;
        (secrets::constant_time_eq(expected.as_bytes(), mac.as_bytes()) && fresh)
            .then_some(issued_at)
    }
}

/// The current time as unix milliseconds (link issue and revocation times).
fn now_millis() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// A receipt as `GET /v1/invoices/{id}/receipt` answers it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptObject {
    pub object: &'static str,
    pub invoice: String,
    pub recipient: Option<String>,
    pub subject: String,
    pub html: String,
    pub text: String,
    pub pdf_url: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    /// `sent`; `sending` (queued or being retried); `failed` (tries exhausted or refused);
    /// `not_sent`: no SMTP configured or no e-mail address on file, so it is kept here.
    pub email_status: ReceiptEmailStatus,
    pub send_attempts: i64,
    pub send_error: Option<String>,
}

/// Where a receipt's links point: the portal (the merchant's verified custom domain if it
/// has one, else `public_url`) and the invoice PDF there, with the invoice's token.
pub struct ReceiptLinks {
    pub portal: String,
    pub pdf: String,
}

pub async fn links(
    db: &Db,
    signer: &LinkSigner,
    merchant_id: &str,
    invoice_id: &str,
) -> ServiceResult<ReceiptLinks> {
    let domain = {
        let mut conn = db.conn().await?;
        store::custom_domains::primary_verified(conn.exec(), merchant_id).await?
    };
    let portal = custom_domains::portal_base_url(&signer.public_url, domain.as_deref());
    let token = signer.token(merchant_id, invoice_id, now_millis());
    let pdf = format!("{portal}/documents/{merchant_id}/invoices/{invoice_id}.pdf?token={token}");
    Ok(ReceiptLinks { portal, pdf })
}

/// A sample receipt e-mail's HTML in the brand a branding form would save (Settings →
/// Branding's "Sample receipt"): checked like a save, nothing written or sent. Its links go
/// nowhere; the logo is the saved one's address on this server, or an unsaved one inline.
pub async fn sample_html(
    db: &Db,
    actor: &Actor,
    changes: crate::server::services::settings::branding::BrandingChanges,
) -> ServiceResult<String> {
    let draft = crate::server::services::settings::branding::draft(db, actor, changes).await?;
    let merchant_name = draft.branding.business_name.clone();
    let view = crate::server::services::billing::invoice_views::sample_invoice(
        draft.branding,
        &merchant_name,
        crate::server::services::now_unix(),
    );
    Ok(render(&view)
        .html
        .replace(PDF_URL_MARKER, "#")
        .replace(PORTAL_URL_MARKER, ""))
}

/// A stored receipt's bodies with its links filled in: (html, text).
pub fn with_links(row: &ReceiptRow, links: &ReceiptLinks) -> (String, String) {
    let fill = |body: &str| {
        body.replace(PDF_URL_MARKER, &links.pdf)
            .replace(PORTAL_URL_MARKER, &links.portal)
    };
    (fill(&row.html), fill(&row.text))
}

/// The receipt of a paid invoice, its PDF link completed; `mail_enabled` says whether this
/// installation sends receipts (SMTP configured).
pub async fn get(
    db: &Db,
    actor: &Actor,
    invoice_id: &str,
    signer: &LinkSigner,
    mail_enabled: bool,
) -> ServiceResult<ReceiptObject> {
    let merchant_id = actor.merchant_id();
    let not_found = || ServiceError::not_found("receipt", "id", invoice_id);
    let (invoice, stored) = {
        let mut conn = db.conn().await?;
        let invoice = store::invoices::get(
            conn.exec(),
            merchant_id,
            actor.livemode(),
            actor.customer_scope(),
            invoice_id,
        )
        .await?;
        let stored = store::invoice_receipts::get(conn.exec(), merchant_id, invoice_id).await?;
        (invoice, stored)
    };
    let invoice = invoice.ok_or_else(not_found)?;
    let row = match stored {
        Some(row) => row,
        // Paid, but its receipt was not made at the time: make it now.
        None if invoice.status == InvoiceStatus::Paid && invoice.amount_paid > 0 => {
            record(db, merchant_id, actor.livemode(), invoice_id).await?;
            let mut conn = db.conn().await?;
            store::invoice_receipts::get(conn.exec(), merchant_id, invoice_id)
                .await?
                .ok_or_else(not_found)?
        }
        None => return Err(not_found()),
    };
    let links = links(db, signer, merchant_id, invoice_id).await?;
    let email_status = match &row {
        row if row.sent_at.is_some() => ReceiptEmailStatus::Sent,
        row if row.send_failed_at.is_some() => ReceiptEmailStatus::Failed,
        row if mail_enabled && row.next_send_at.is_some() => ReceiptEmailStatus::Sending,
        _ => ReceiptEmailStatus::NotSent,
    };
    let (html, text) = with_links(&row, &links);
    Ok(ReceiptObject {
        email_status,
        send_attempts: row.send_attempts,
        send_error: row.send_error,
        object: "receipt",
        invoice: row.invoice_id,
        recipient: row.recipient,
        html,
        text,
        subject: row.subject,
        pdf_url: links.pdf,
        created_at: format_time(row.created_at),
        sent_at: row.sent_at.map(format_time),
    })
}

/// The PDF a receipt links to, when the token is this server's for the invoice, has not
/// expired and was not voided. A wrong token is refused before any database access.
pub async fn pdf_by_token(
    db: &Db,
    signer: &LinkSigner,
    merchant_id: &str,
    invoice_id: &str,
    token: &str,
) -> ServiceResult<invoice_documents::InvoicePdf> {
    let not_found = || ServiceError::not_found("invoice", "id", invoice_id);
    let issued_at = signer
        .issued_at(merchant_id, invoice_id, token, now_millis())
        .ok_or_else(not_found)?;
    // The token names the invoice; its mode is the invoice's own.
    let livemode = {
        let mut conn = db.conn().await?;
        let receipt = store::invoice_receipts::get(conn.exec(), merchant_id, invoice_id).await?;
        if receipt
            .and_then(|receipt| receipt.links_revoked_at_ms)
            .is_some_and(|revoked_at| issued_at < revoked_at)
        {
            return Err(not_found());
        }
        store::invoices::livemode_of(conn.exec(), merchant_id, invoice_id)
            .await?
            .ok_or_else(not_found)?
    };
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode,
    };
    invoice_documents::invoice_pdf(db, &actor, invoice_id).await
}

/// `POST /v1/invoices/{id}/receipt/revoke_links`: every PDF link of the receipt issued so
/// far stops working (links made afterwards work again).
pub async fn revoke_links(db: &Db, actor: &Actor, invoice_id: &str) -> ServiceResult<()> {
    let not_found = || ServiceError::not_found("receipt", "id", invoice_id);
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let invoice = invoice_views::in_scope(tx.exec(), actor, invoice_id).await?;
    if !store::invoice_receipts::revoke_links(
        tx.exec(),
        actor.merchant_id(),
        invoice_id,
        now_millis(),
    )
    .await?
    {
        return Err(not_found());
    }
    crate::server::services::developers::audit::record(
        tx.exec(),
        actor,
        now,
        crate::server::services::developers::audit::NewEntry {
            action: "invoice.receipt.links_revoked",
            customer_id: Some(&invoice.customer_id),
            object_id: invoice_id,
            changes: Some(serde_json::json!({ "linksRevokedAt": { "before": null, "after": format_time(now) } })),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

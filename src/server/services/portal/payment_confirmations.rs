//! Live payments the customer's bank wants confirmed (3-D Secure) while the customer was not
//! in the portal: a renewal, a charge the merchant made through the API. The attempt queues
//! an e-mail in its own transaction (`billing::invoices`); the worker here sends it with a
//! signed link, `/confirm-payment/{merchant}/{invoice}?token=`, which opens a fresh portal
//! session on the payment methods page, where "Confirm your payment" completes it with the
//! processor's script.
//!
//! The link is an HMAC under a per-merchant key derived from the operator's secret, over
//! the invoice and the time it was issued; it works for [`LINK_LIFETIME_SECONDS`] and only
//! while the invoice still waits for the customer. Each use mints a new single-use session,
//! so a mail scanner that follows the link first does not spend the customer's.
use crate::domain::{
    invoice::InvoiceStatus,
    portal_configuration::{FlowData, PortalFlow},
};
use crate::server::config::MailSettings;
use crate::server::services::{
    billing::invoice_views,
    now_unix,
    portal::portal_sessions::{self, CreatePortalSession},
    settings::{branding::portal_branding, custom_domains},
    Actor, ServiceError, ServiceResult,
};
use crate::server::{
    db::{
        store,
        store::payment_confirmation_mails::{ConfirmationMailRow, SendOutcome},
        Db,
    },
    mailer::{escape_html as escape, MailError, Mailer, OutgoingMail},
    secrets::{self, KeyPurpose, OperatorKeys},
};

/// How long a link in the e-mail works: a week, as the retries of the payment go on.
pub const LINK_LIFETIME_SECONDS: i64 = 7 * 86_400;
/// E-mails older than this when SMTP gets configured are not sent (no stale mail).
const MAX_AGE_SECONDS: i64 = 3 * 86_400;
/// How long a claimed e-mail is left to its sender before another may take it.
const LEASE_SECONDS: i64 = 120;
/// E-mails claimed per round.
const BATCH: i64 = 16;

/// Signs and checks the links in the e-mails.
#[derive(Debug, Clone)]
pub struct ConfirmationLinks {
    pub keys: OperatorKeys,
    /// The portal's base URL, when the merchant has no verified custom domain.
    pub public_url: String,
}

impl ConfirmationLinks {
    pub fn from_config(config: &crate::server::config::Config) -> Self {
        Self {
            keys: config.operator_keys.clone(),
            public_url: config.public_url.clone(),
        }
    }

    fn mac(&self, merchant_id: &str, invoice_id: &str, issued_at: i64) -> String {
        let key = self
            .keys
            .derive(KeyPurpose::PaymentConfirmationLink, merchant_id);
        let message = format!("confirm-payment:{invoice_id}:{issued_at}");
        secrets::hex(&secrets::hmac_sha256(&key, &[message.as_bytes()]))
    }

    /// The token of a link issued at `now` (unix seconds): `<issued at>.<mac>`.
    fn token(&self, merchant_id: &str, invoice_id: &str, now: i64) -> String {
        format!("{now}.{}", self.mac(merchant_id, invoice_id, now))
    }

    /// Whether `token` is this server's for the invoice and has not expired at `now`.
    fn admits(&self, merchant_id: &str, invoice_id: &str, token: &str, now: i64) -> bool {
        let Some((issued_text, mac)) = token.split_once('.') else {
            return false;
        };
        let Ok(issued_at) = issued_text.parse::<i64>() else {
            return false;
        };
        // Exactly as issued: no sign, no leading zeros, so one link has one token.
        if issued_at.to_string() != issued_text {
            return false;
        }
        let expected = self.mac(merchant_id, invoice_id, issued_at);
        let fresh = issued_at <= now && now < issued_at.saturating_add(LINK_LIFETIME_SECONDS);
        secrets::constant_time_eq(expected.as_bytes(), mac.as_bytes()) && fresh
    }

    /// The link of a mail sent now, on the merchant's verified custom domain if it has one.
    async fn link(&self, db: &Db, merchant_id: &str, invoice_id: &str) -> ServiceResult<String> {
        let portal = portal_base(db, &self.public_url, merchant_id).await?;
        let token = self.token(merchant_id, invoice_id, now_unix());
        Ok(format!(
            "{portal}/confirm-payment/{merchant_id}/{invoice_id}?token={token}"
        ))
    }
}

async fn portal_base(db: &Db, public_url: &str, merchant_id: &str) -> ServiceResult<String> {
    let domain = {
        let mut conn = db.conn().await?;
        store::custom_domains::primary_verified(conn.exec(), merchant_id).await?
    };
    Ok(custom_domains::portal_base_url(
        public_url,
        domain.as_deref(),
    ))
}

/// Whether the invoice still waits for its customer to confirm the latest payment.
async fn still_waiting(db: &Db, merchant_id: &str, invoice_id: &str) -> ServiceResult<bool> {
    let mut conn = db.conn().await?;
    let Some(invoice) =
        store::invoices::get(conn.exec(), merchant_id, true, None, invoice_id).await?
    else {
        return Ok(false);
    };
    let latest =
        store::payment_processors::latest_payment(conn.exec(), merchant_id, invoice_id).await?;
    Ok(invoice.status == InvoiceStatus::Open
        && latest.is_some_and(|payment| {
            payment.status == "requires_action" && payment.attempt == invoice.attempt_count
        }))
}

/// Opens a link from an e-mail: a fresh portal session for the invoice's customer that
/// lands on the payment methods page, as its URL. `None` when the invoice no longer waits
/// for the customer (paid meanwhile, voided, or a newer attempt is under way). A wrong or
/// expired token is not found, before any database access.
pub async fn open(
    db: &Db,
    links: &ConfirmationLinks,
    merchant_id: &str,
    invoice_id: &str,
    token: &str,
) -> ServiceResult<Option<String>> {
    if !links.admits(merchant_id, invoice_id, token, now_unix()) {
        return Err(ServiceError::not_found("invoice", "id", invoice_id));
    }
    if !still_waiting(db, merchant_id, invoice_id).await? {
        return Ok(None);
    }
    let (customer, brand) = {
        let mut conn = db.conn().await?;
        let invoice = store::invoices::get(conn.exec(), merchant_id, true, None, invoice_id)
            .await?
            .ok_or_else(|| ServiceError::not_found("invoice", "id", invoice_id))?;
        let brand = store::merchants::brand(conn.exec(), merchant_id).await?;
        (invoice.customer_id, brand.unwrap_or_default())
    };
    let actor = Actor::System {
        merchant_id: merchant_id.to_string(),
        livemode: true,
    };
    let session = |return_url: Option<String>| CreatePortalSession {
        customer: customer.clone(),
        return_url,
        configuration: None,
        flow: Some(FlowData::of(PortalFlow::PaymentMethodUpdate)),
        locale: None,
    };
    let minted = match portal_sessions::create(db, &actor, &links.public_url, session(None)).await {
        // The configuration has no default return URL: the way back is the merchant's
        // support page, else the portal's own address.
        Err(ServiceError::Invalid { .. }) => {
            let back = match brand.brand_support_url {
                Some(url) => url,
                None => portal_base(db, &links.public_url, merchant_id).await?,
            };
            portal_sessions::create(db, &actor, &links.public_url, session(Some(back))).await?
        }
        other => other?,
    };
    Ok(Some(minted.url))
}

/// One round: claims up to a batch of due e-mails and tries each once. Answers how many
/// were tried.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    settings: &MailSettings,
    links: &ConfirmationLinks,
) -> ServiceResult<usize> {
    let now = now_unix();
    let claimed = {
        let mut tx = db.begin_write().await?;
        let claimed = store::payment_confirmation_mails::claim_due(
            tx.exec(),
            now,
            now - MAX_AGE_SECONDS,
            LEASE_SECONDS,
            BATCH,
        )
        .await?;
        tx.commit().await?;
        claimed
    };
    for mail in &claimed {
        let outcome = if still_waiting(db, &mail.merchant_id, &mail.invoice_id).await? {
            send_one(db, mailer, links, mail).await?
        } else {
            // Confirmed, paid or retried meanwhile: nothing to ask any more.
            Err(MailError {
                message: "the payment no longer waits for the customer".into(),
                retry: false,
            })
        };
        let at = now_unix();
        let recorded = match &outcome {
            Ok(()) => SendOutcome::Sent { at },
            Err(error) => {
                tracing::warn!(invoice = %mail.invoice_id, error = %error.message, "a payment confirmation e-mail was not sent");
                match settings.retry_schedule.get(mail.send_attempts as usize) {
                    Some(wait) if error.retry => SendOutcome::Retry {
                        at: at + wait,
                        error: &error.message,
                    },
                    _ => SendOutcome::Failed {
                        at,
                        error: &error.message,
                    },
                }
            }
        };
        let mut conn = db.write_conn().await?;
        store::payment_confirmation_mails::record_send(
            conn.exec(),
            &mail.merchant_id,
            &mail.payment_id,
            recorded,
        )
        .await?;
    }
    Ok(claimed.len())
}

async fn send_one(
    db: &Db,
    mailer: &Mailer,
    links: &ConfirmationLinks,
    mail: &ConfirmationMailRow,
) -> ServiceResult<Result<(), MailError>> {
    let merchant_id = mail.merchant_id.as_str();
    let (view, brand) = {
        let mut conn = db.conn().await?;
        let name = store::merchants::name(conn.exec(), merchant_id)
            .await?
            .unwrap_or_default();
        let brand = store::merchants::brand(conn.exec(), merchant_id)
            .await?
            .unwrap_or_default();
        let branding = portal_branding(merchant_id, &name, &brand);
        let system = Actor::System {
            merchant_id: merchant_id.to_string(),
            livemode: true,
        };
        let (view, _) = invoice_views::invoice_view(
            conn.exec(),
            &system,
            invoice_views::ShownIn::Its,
            &name,
            "",
            branding,
            &mail.invoice_id,
        )
        .await?;
        (view, brand)
    };
    let link = links.link(db, merchant_id, &mail.invoice_id).await?;
    let message = render(&view, &link);
    Ok(mailer
        .send(OutgoingMail {
            to: &mail.recipient,
            from_name: &view.branding.business_name,
            reply_to: brand.brand_support_email.as_deref(),
            subject: &message.subject,
            text: message.text,
            html: message.html,
        })
        .await)
}

pub struct ConfirmationMail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The e-mail, in the invoice's language: what is waiting (amount and invoice) and the link
/// that confirms it.
pub fn render(invoice: &crate::views::InvoiceDetailView, link: &str) -> ConfirmationMail {
    use crate::i18n::{self, Arg};
    let language = invoice.language;
    let brand = &invoice.branding;
    let (business, number, amount) = (
        brand.business_name.as_str(),
        invoice.summary.number.as_str(),
        invoice.amount_due.as_str(),
    );
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let days = LINK_LIFETIME_SECONDS / 86_400;
    let subject = words(
        "confirm-mail-subject",
        &[("business", business.into()), ("number", number.into())],
    );
    let asks = words(
        "confirm-mail-asks",
        &[
            ("amount", amount.into()),
            ("business", business.into()),
            ("number", number.into()),
        ],
    );
    let lifetime = words("confirm-mail-lifetime", &[("days", days.into())]);
    let text = format!(
        "{asks}\n\n{}\n\n{lifetime}\n",
        words("confirm-mail-link", &[("link", link.into())])
    );
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><body style=\"margin:0;padding:24px;font-family:-apple-system,Segoe UI,sans-serif;color:#111827\">\
         <h1 style=\"color:{accent};font-size:20px;margin:0 0 16px\">{business}</h1>\
         <p style=\"font-size:16px\">{asks}</p>\
         <p><a href=\"{link}\" style=\"display:inline-block;background:{accent};color:{accent_text};padding:10px 16px;border-radius:6px;text-decoration:none\">{button}</a></p>\
         <p style=\"color:#475569;font-size:13px\">{lifetime}</p>\
         </body></html>",
        lang = language.tag(),
        accent = brand.accent,
        accent_text = brand.accent_text,
        business = escape(business),
        asks = escape(&asks),
        button = escape(&words("payment-methods-confirm", &[])),
        lifetime = escape(&lifetime),
        link = escape(link),
    );
    ConfirmationMail {
        subject,
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> ConfirmationLinks {
        ConfirmationLinks {
            keys: OperatorKeys::from_secret(&[7u8; 32]).unwrap(),
            public_url: "https://billing.example".into(),
        }
    }

    #[test]
    fn a_link_opens_only_its_invoice_for_a_week() {
        let links = links();
        let issued = 1_800_000_000;
        let token = links.token("mer_1", "in_1", issued);
        assert!(links.admits("mer_1", "in_1", &token, issued));
        assert!(links.admits("mer_1", "in_1", &token, issued + LINK_LIFETIME_SECONDS - 1));
        assert!(!links.admits("mer_1", "in_1", &token, issued + LINK_LIFETIME_SECONDS));
        assert!(
            !links.admits("mer_1", "in_1", &token, issued - 1),
            "not yet issued"
        );
        assert!(
            !links.admits("mer_1", "in_2", &token, issued),
            "another invoice"
        );
        assert!(
            !links.admits("mer_2", "in_1", &token, issued),
            "another merchant"
        );
        let (time, mac) = token.split_once('.').unwrap();
        assert!(!links.admits("mer_1", "in_1", &format!("0{time}.{mac}"), issued));
        assert!(!links.admits(
            "mer_1",
            "in_1",
            &format!("{}.{mac}", issued + 60),
            issued + 60
        ));
        assert!(!links.admits("mer_1", "in_1", "", issued));
        let other_server = ConfirmationLinks {
            keys: OperatorKeys::from_secret(&[8u8; 32]).unwrap(),
            ..links.clone()
        };
        assert!(!other_server.admits("mer_1", "in_1", &token, issued));
    }
}

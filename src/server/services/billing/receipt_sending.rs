//! E-mailing receipts when SMTP is configured: a worker claims due receipts with a lease
//! (so that several instances never send one twice while all are healthy), sends each to
//! the customer from the merchant's name, and records the outcome; temporary failures are
//! retried on a schedule, permanent ones (a refused address) end at once.

use crate::server::config::MailSettings;
use crate::server::services::{billing::receipts, now_unix, ServiceResult};
use crate::server::{
    db::{store, store::invoice_receipts::SendOutcome, Db},
    mailer::{MailError, Mailer, OutgoingMail},
};

/// Receipts older than this when SMTP gets configured are not sent (no stale mail).
const MAX_AGE_SECONDS: i64 = 3 * 24 * 3600;
/// How long a claimed receipt is left to its sender before another may take it.
const LEASE_SECONDS: i64 = 120;
/// Receipts claimed per round.
const BATCH: i64 = 16;

/// One round: claims up to a batch of due receipts and tries each once. Answers how many
/// were tried.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    settings: &MailSettings,
    signer: &receipts::LinkSigner,
) -> ServiceResult<usize> {
    let now = now_unix();
    let claimed = {
        let mut tx = db.begin_write().await?;
        let claimed = store::invoice_receipts::claim_due(
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
    for (merchant_id, invoice_id) in &claimed {
        let outcome = send_one(db, mailer, signer, merchant_id, invoice_id).await?;
        let at = now_unix();
        let mut conn = db.write_conn().await?;
        let recorded = match &outcome {
            Ok(()) => SendOutcome::Sent { at },
            Err(error) => {
                tracing::warn!(invoice = %invoice_id, error = %error.message, "a receipt e-mail failed");
                let row =
                    store::invoice_receipts::get(conn.exec(), merchant_id, invoice_id).await?;
                let attempts = row.map_or(0, |row| row.send_attempts) as usize;
                match settings.retry_schedule.get(attempts) {
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
        store::invoice_receipts::record_send(conn.exec(), invoice_id, recorded).await?;
    }
    Ok(claimed.len())
}

async fn send_one(
    db: &Db,
    mailer: &Mailer,
    signer: &receipts::LinkSigner,
    merchant_id: &str,
    invoice_id: &str,
) -> ServiceResult<Result<(), MailError>> {
    let (row, name, brand) = {
        let mut conn = db.conn().await?;
        let row = store::invoice_receipts::get(conn.exec(), merchant_id, invoice_id).await?;
        let name = store::merchants::name(conn.exec(), merchant_id).await?;
        let brand = store::merchants::brand(conn.exec(), merchant_id).await?;
        (row, name, brand.unwrap_or_default())
    };
    let Some(row) = row else {
        return Ok(Err(MailError {
            message: "the receipt is gone".into(),
            retry: false,
        }));
    };
    let Some(to) = row.recipient.as_deref() else {
        return Ok(Err(MailError {
            message: "the customer has no e-mail address".into(),
            retry: false,
        }));
    };
    let links = receipts::links(db, signer, merchant_id, invoice_id).await?;
    let (html, text) = receipts::with_links(&row, &links);
    let from_name = brand
        .brand_business_name
        .clone()
        .or(name)
        .unwrap_or_default();
    Ok(mailer
        .send(OutgoingMail {
            to,
            from_name: &from_name,
            reply_to: brand.brand_support_email.as_deref(),
            subject: &row.subject,
            text,
            html,
        })
        .await)
}

//! Customer e-mails: due receipts, and requests to confirm a payment the bank holds,
//! claimed in batches and sent through the mailer.
use std::sync::Arc;

use super::Round;
use crate::server::config::MailSettings;
use crate::server::{
    db::Db,
    mailer::Mailer,
    services::billing::{receipt_sending::send_due, receipts::LinkSigner},
    services::portal::payment_confirmations::{self, ConfirmationLinks},
};

pub(super) async fn round(
    db: Db,
    mailer: Arc<Mailer>,
    settings: Arc<MailSettings>,
    signer: LinkSigner,
) -> anyhow::Result<Round> {
    let tried = send_due(&db, &mailer, &settings, &signer).await?;
    Ok(if tried > 0 { Round::More } else { Round::Idle })
}

pub(super) async fn confirmation_round(
    db: Db,
    mailer: Arc<Mailer>,
    settings: Arc<MailSettings>,
    links: ConfirmationLinks,
) -> anyhow::Result<Round> {
    let tried = payment_confirmations::send_due(&db, &mailer, &settings, &links).await?;
    Ok(if tried > 0 { Round::More } else { Round::Idle })
}

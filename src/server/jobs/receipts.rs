//! Receipt e-mails: due receipts claimed in batches and sent through the mailer.
use std::sync::Arc;

use super::Round;
use crate::server::config::MailSettings;
use crate::server::{
    db::Db,
    mailer::Mailer,
    services::billing::{receipt_sending::send_due, receipts::LinkSigner},
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

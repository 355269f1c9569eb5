//! The background workers: renewals and collection, webhook deliveries, receipt and
//! payment confirmation e-mails, the daily custom domain re-check, idempotency key expiry. Each is a loop of rounds
//! run by [`Jobs`], which starts them with the server and stops them with it.
//!
//! The lease pattern they share: a round claims due rows in one short transaction
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL; one writer at a time on SQLite) and marks them
//! leased until a time, does the slow work (a charge, an HTTP call, an SMTP session) outside
//! any transaction, then records the outcome. A worker that dies mid-round leaves leases
//! that run out, and the rows are claimed again; so several instances may run on one
//! PostgreSQL.
mod custom_domains;
mod receipts;
mod renewals;
mod webhook_deliveries;

use std::{future::Future, sync::Arc, time::Duration};

use tokio::{sync::watch, task::JoinHandle};

use super::{
    config::DeliverySettings, db::Db, mailer::Mailer, services::billing::receipts::LinkSigner,
    services::portal::payment_confirmations::ConfirmationLinks, state::AppState,
};

/// How often expired idempotency keys are removed.
const IDEMPOTENCY_EXPIRY_INTERVAL: Duration = Duration::from_secs(600);

/// What a round found: more work waiting (run the next round at once) or none (wait).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    More,
    Idle,
}

/// The running workers. Dropping it leaves them running; [`Jobs::stop`] ends them after
/// their current round.
pub struct Jobs {
    stop: watch::Sender<bool>,
    workers: Vec<JoinHandle<()>>,
}

impl Jobs {
    /// Starts every worker the configuration enables (an interval of 0 enables none).
    pub fn start(state: &AppState, mailer: Option<Arc<Mailer>>) -> Self {
        let (stop, stopped) = watch::channel(false);
        let mut workers = Vec::new();
        let config = &state.config;
        if let Some(interval) = config.renewal_interval {
            let (db, payments) = (state.db.clone(), state.payments.clone());
            workers.push(every("renewals", interval, stopped.clone(), move || {
                renewals::round(db.clone(), payments.clone())
            }));
        }
        if config.renewal_interval.is_some() {
            // Idempotency keys are kept 24 hours; removing the older ones every few minutes
            // keeps the table to a day's writes.
            let db = state.db.clone();
            workers.push(every(
                "idempotency key expiry",
                IDEMPOTENCY_EXPIRY_INTERVAL,
                stopped.clone(),
                move || {
                    let db = db.clone();
                    async move {
                        let removed =
                            crate::server::services::developers::idempotency::remove_expired(
                                &db,
                                crate::server::services::now_unix(),
                            )
                            .await?;
                        if removed > 0 {
                            tracing::info!(removed, "expired idempotency keys removed");
                        }
                        Ok(Round::Idle)
                    }
                },
            ));
        }
        if let Some(interval) = config.domain_recheck_interval {
            let (db, public_url, name_server) = (
                state.db.clone(),
                config.public_url.clone(),
                config.dns_server,
            );
            workers.push(every(
                "custom domain re-check",
                interval,
                stopped.clone(),
                move || custom_domains::round(db.clone(), public_url.clone(), name_server),
            ));
        }
        if let Some(mut settings) = config.webhook_delivery.clone() {
            settings.allow_private_addresses = config.allow_private_webhooks;
            workers.extend(deliveries_worker(
                state.db.clone(),
                settings,
                stopped.clone(),
            ));
        }
        if let (Some(settings), Some(mailer)) = (config.mail.clone(), mailer) {
            let poll = settings.poll_interval;
            let settings = Arc::new(settings);
            let (db, mail, mail_settings) = (state.db.clone(), mailer.clone(), settings.clone());
            let signer = LinkSigner::from_config(config);
            workers.push(every("receipt e-mails", poll, stopped.clone(), move || {
                receipts::round(
                    db.clone(),
                    mail.clone(),
                    mail_settings.clone(),
                    signer.clone(),
                )
            }));
            let db = state.db.clone();
            let links = ConfirmationLinks::from_config(config);
            workers.push(every(
                "payment confirmation e-mails",
                poll,
                stopped.clone(),
                move || {
                    receipts::confirmation_round(
                        db.clone(),
                        mailer.clone(),
                        settings.clone(),
                        links.clone(),
                    )
                },
            ));
        }
        Self { stop, workers }
    }

    /// Only the webhook delivery worker (the delivery benchmark).
    pub fn webhook_deliveries(db: Db, settings: DeliverySettings) -> Self {
        let (stop, stopped) = watch::channel(false);
        let workers = deliveries_worker(db, settings, stopped)
            .into_iter()
            .collect();
        Self { stop, workers }
    }

    /// Asks every worker to stop and waits until each has finished its round.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for worker in self.workers {
            let _ = worker.await;
        }
    }
}

fn deliveries_worker(
    db: Db,
    settings: DeliverySettings,
    stopped: watch::Receiver<bool>,
) -> Option<JoinHandle<()>> {
    let deliveries = Arc::new(webhook_deliveries::Deliveries::new(db, settings)?);
    let poll = deliveries.poll_interval();
    Some(every("webhook deliveries", poll, stopped, move || {
        let deliveries = deliveries.clone();
        async move { deliveries.round().await }
    }))
}

/// Runs `round` until stopped: at once again while it finds more work, otherwise after
/// `interval`. A failed round is logged and retried after `interval`.
fn every<F, Fut>(
    name: &'static str,
    interval: Duration,
    mut stopped: watch::Receiver<bool>,
    mut round: F,
) -> JoinHandle<()>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<Round>> + Send,
{
    tokio::spawn(async move {
        loop {
            if *stopped.borrow() {
                return;
            }
            let wait = match round().await {
                Ok(Round::More) => continue,
                Ok(Round::Idle) => interval,
                Err(error) => {
                    tracing::error!(worker = name, %error, "round failed; retrying");
                    interval
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = stopped.changed() => return,
            }
        }
    })
}

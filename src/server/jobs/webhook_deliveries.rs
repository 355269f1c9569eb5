//! Webhook deliveries: up to `concurrency` POSTs in flight per instance, each claimed with a
//! lease and recorded when it ends.
use std::{sync::Arc, time::Duration};

use tokio::sync::Semaphore;

use super::Round;
use crate::server::{
    config::DeliverySettings,
    db::Db,
    services::developers::webhook_deliveries::{claim, deliver},
    webhook_client::WebhookClient,
};

pub(super) struct Deliveries {
    db: Db,
    client: WebhookClient,
    settings: Arc<DeliverySettings>,
    slots: Arc<Semaphore>,
}

impl Deliveries {
    /// `None` (logged) when the HTTP client cannot be built: no deliveries then.
    pub(super) fn new(db: Db, settings: DeliverySettings) -> Option<Self> {
        let client = WebhookClient::new(settings.timeout, settings.allow_private_addresses)
            .map_err(|error| {
                tracing::error!(%error, "could not build the webhook HTTP client; no deliveries");
            })
            .ok()?;
        Some(Self {
            db,
            client,
            slots: Arc::new(Semaphore::new(settings.concurrency)),
            settings: Arc::new(settings),
        })
    }

    pub(super) fn poll_interval(&self) -> Duration {
        self.settings.poll_interval
    }

    /// Claims as many due deliveries as there are free slots and starts each; more work
    /// waits when every slot was filled.
    pub(super) async fn round(&self) -> anyhow::Result<Round> {
        let free = self.slots.available_permits();
        if free == 0 {
            // Every slot is busy: wait for one to free up.
            drop(self.slots.acquire().await?);
            return Ok(Round::More);
        }
        let claimed = claim(&self.db, &self.settings, free).await?;
        let queue_drained = claimed.len() < free;
        for id in claimed {
            let permit = self.slots.clone().acquire_owned().await?;
            let (db, client, settings) =
                (self.db.clone(), self.client.clone(), self.settings.clone());
            tokio::spawn(async move {
                if let Err(error) = deliver(&db, &client, &settings, &id).await {
                    // The claim's lease runs out and the delivery is tried again.
                    tracing::error!(%error, delivery = id, "recording a webhook delivery failed");
                }
                drop(permit);
            });
        }
        Ok(if queue_drained {
            Round::Idle
        } else {
            Round::More
        })
    }
}

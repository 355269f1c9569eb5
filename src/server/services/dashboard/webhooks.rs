//! Developers → Webhooks: what the endpoint pages read. One endpoint's page shows its
//! recent deliveries with every try and the body each try sent (the event's payload, the
//! same for every try). Changes go through `developers::webhook_endpoints` and
//! `developers::webhook_deliveries`, as the REST API's do.
use crate::server::db::{
    store::{self, webhook_deliveries::DeliveryFilter},
    Db,
};
use crate::server::services::{
    dashboard::DashboardAccess,
    developers::{
        webhook_deliveries::{self, DeliveryObject},
        webhook_endpoints::{self, WebhookEndpointObject},
    },
    ServiceResult,
};

/// Deliveries an endpoint's page shows.
const RECENT_DELIVERIES: i64 = 25;

/// A delivery with the event it carried.
pub struct DeliveryFacts {
    pub delivery: DeliveryObject,
    pub event_type: String,
    /// The JSON body every try POSTed.
    pub payload: String,
}

pub struct EndpointFacts {
    pub endpoint: WebhookEndpointObject,
    pub deliveries: Vec<DeliveryFacts>,
    pub has_more: bool,
}

/// Endpoint `id` of the user's merchant and mode, with its latest deliveries.
pub async fn endpoint(db: &Db, access: &DashboardAccess, id: &str) -> ServiceResult<EndpointFacts> {
    let actor = access.actor();
    let endpoint = webhook_endpoints::get(db, &actor, id).await?;
    let filter = DeliveryFilter {
        limit: RECENT_DELIVERIES,
        ..Default::default()
    };
    let (deliveries, has_more) = webhook_deliveries::list(db, &actor, id, filter).await?;
    let event_ids: Vec<String> = deliveries.iter().map(|d| d.event.clone()).collect();
    let mut conn = db.conn().await?;
    let events: std::collections::HashMap<String, (String, String)> = store::events::get_many(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        &event_ids,
    )
    .await?
    .into_iter()
    .map(|row| (row.id, (row.event_type, row.payload)))
    .collect();
    let with_events = deliveries
        .into_iter()
        .map(|delivery| {
            // A resent event has several deliveries; each shows the event.
            let (event_type, payload) = events.get(&delivery.event).cloned().unwrap_or_default();
            DeliveryFacts {
                delivery,
                event_type,
                payload,
            }
        })
        .collect();
    Ok(EndpointFacts {
        endpoint,
        deliveries: with_events,
        has_more,
    })
}

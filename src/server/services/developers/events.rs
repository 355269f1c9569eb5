//! Recording events in the outbox, inside the caller's transaction.
use serde::Serialize;
use serde_json::Value;

use crate::server::services::{
    developers::audit, developers::webhook_deliveries, objects::format_time, Actor, ServiceResult,
};
use crate::{
    domain::ids::prefix,
    server::{
        db::{store, store::events::EventRow, Exec},
        secrets,
    },
};

/// An event about to be recorded.
pub struct NewEvent<'a> {
    pub event_type: &'static str,
    pub customer_id: Option<&'a str>,
    pub object_id: &'a str,
    /// The object as the REST API returns it.
    pub object: Value,
    /// The fields that changed, with their values before the change.
    pub previous_attributes: Option<Value>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(as = EventObject)]
pub(crate) struct EventPayload<'a> {
    id: &'a str,
    object: &'static str,
    #[serde(rename = "type")]
    event_type: &'a str,
    created_at: String,
    data: EventData,
    initiated_by: crate::server::services::actor::InitiatedBy,
    livemode: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EventData {
    object: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_attributes: Option<Value>,
}

/// Which webhook endpoints an event is delivered to.
#[derive(Debug, Clone, Copy)]
pub enum Recipients<'a> {
    /// Every enabled endpoint that subscribes to its type.
    Subscribed,
    /// This endpoint alone (a test event).
    Only(&'a str),
}

/// Writes the event row, its audit entry and a pending delivery for every subscribed
/// webhook endpoint; the caller commits them together with the change.
pub async fn record(
    exec: Exec<'_>,
    actor: &Actor,
    now: i64,
    event: NewEvent<'_>,
) -> ServiceResult<String> {
    record_for(exec, actor, now, event, Recipients::Subscribed).await
}

/// [`record`], delivered to `recipients`.
pub async fn record_for(
    mut exec: Exec<'_>,
    actor: &Actor,
    now: i64,
    event: NewEvent<'_>,
    recipients: Recipients<'_>,
) -> ServiceResult<String> {
    let id = secrets::new_id(prefix::EVENT);
    let initiated_by = actor.initiated_by();
    let changes = audit::changes_of_event(
        event.event_type,
        &event.object,
        event.previous_attributes.as_ref(),
    );
    let payload = EventPayload {
        id: &id,
        object: "event",
        event_type: event.event_type,
        created_at: format_time(now),
        data: EventData {
            object: event.object,
            previous_attributes: event.previous_attributes,
        },
        initiated_by: initiated_by.clone(),
        livemode: actor.livemode(),
    };
    let row = EventRow {
        id: id.clone(),
        merchant_id: actor.merchant_id().to_string(),
        event_type: event.event_type.to_string(),
        customer_id: event.customer_id.map(str::to_string),
        object_id: event.object_id.to_string(),
        payload: serde_json::to_string(&payload).map_err(anyhow::Error::from)?,
        initiated_by_type: initiated_by.kind.to_string(),
        initiated_by_id: initiated_by.id,
        livemode: actor.livemode(),
        created_at: now,
    };
    store::events::insert(exec.reborrow(), &row).await?;
    // The audit log and deliveries run on real time, also for a customer on a test clock.
    let real_now = crate::server::services::now_unix();
    audit::record(
        exec.reborrow(),
        actor,
        real_now,
        audit::NewEntry {
            action: event.event_type,
            customer_id: event.customer_id,
            object_id: event.object_id,
            changes: Some(changes),
            event_id: Some(&id),
        },
    )
    .await?;
    match recipients {
        Recipients::Subscribed => {
            webhook_deliveries::enqueue(
                exec,
                actor.merchant_id(),
                actor.livemode(),
                &id,
                event.event_type,
                real_now,
            )
            .await?;
        }
        Recipients::Only(endpoint_id) => {
            webhook_deliveries::enqueue_to(exec, actor.merchant_id(), endpoint_id, &id, real_now)
                .await?;
        }
    }
    Ok(id)
}

/// A page of the merchant's events, newest first, and whether more follow.
pub async fn list(
    db: &crate::server::db::Db,
    actor: &Actor,
    filter: store::events::EventFilter<'_>,
) -> ServiceResult<(Vec<Value>, bool)> {
    let limit = filter.limit;
    let mut conn = db.conn().await?;
    if let Some(cursor) = filter.starting_after {
        if store::events::get(conn.exec(), actor.merchant_id(), actor.livemode(), cursor)
            .await?
            .is_none()
        {
            return Err(crate::server::services::ServiceError::not_found(
                "event",
                "startingAfter",
                cursor,
            ));
        }
    }
    let query = store::events::EventFilter {
        limit: limit + 1,
        ..filter
    };
    let rows = store::events::list_page(conn.exec(), actor.merchant_id(), actor.livemode(), &query)
        .await?;
    let (rows, has_more) = crate::server::services::into_page(rows, limit);
    let events = rows
        .iter()
        .map(|row| serde_json::from_str(&row.payload).map_err(anyhow::Error::from))
        .collect::<Result<Vec<Value>, _>>()?;
    Ok((events, has_more))
}

/// One event, as it was recorded.
pub async fn get(db: &crate::server::db::Db, actor: &Actor, id: &str) -> ServiceResult<Value> {
    let mut conn = db.conn().await?;
    let row = store::events::get(conn.exec(), actor.merchant_id(), actor.livemode(), id)
        .await?
        .ok_or_else(|| crate::server::services::ServiceError::not_found("event", "id", id))?;
    Ok(serde_json::from_str(&row.payload).map_err(anyhow::Error::from)?)
}

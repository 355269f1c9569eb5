//! Delivering events to webhook endpoints, at least once.
//!
//! Recording an event writes one pending delivery per subscribed endpoint in the same
//! transaction ([`enqueue`]), so a committed change always has its deliveries and a rolled
//! back one has none. The worker (`jobs::webhook_deliveries`) claims due deliveries through the database
//! with a lease (and `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several instances share the
//! queue), POSTs each with fresh signatures, and records the try: 2xx succeeds, `410 Gone`
//! disables the endpoint, anything else is retried on the schedule, counted from the first
//! try. A delivery whose worker died mid-flight is due again when its lease runs out.

use serde::Serialize;

use crate::domain::webhook::{DeliveryStatus, EndpointStatus};
use crate::server::config::DeliverySettings;
use crate::server::services::{now_unix, objects::format_time, Actor, ServiceError, ServiceResult};
use crate::{
    domain::ids::{self, prefix},
    server::{
        db::{
            store,
            store::webhook_deliveries::{Attempt, DeliveryFilter, DeliveryRow, Outgoing},
            Db, Exec,
        },
        secrets,
        webhook_client::{Response, WebhookClient},
        webhooks,
    },
};

/// An endpoint whose deliveries have all failed for this long is disabled.
pub const DISABLE_AFTER_FAILING_SECONDS: i64 = 5 * 24 * 3600;

impl DeliverySettings {
    /// How long a claim holds a delivery: longer than a try can take, so that only a dead
    /// worker's claims run out.
    fn lease_seconds(&self) -> i64 {
        self.timeout.as_secs() as i64 + 5
    }
}

/// Whether an endpoint's `enabled_events` (JSON array) includes `event_type`.
fn subscribes(enabled_events: &str, event_type: &str) -> bool {
    serde_json::from_str::<Vec<String>>(enabled_events)
        .is_ok_and(|events| events.iter().any(|e| e == "*" || e == event_type))
}

/// Writes a pending delivery of the event for every enabled endpoint of the merchant (in
/// the event's mode) that subscribes to its type. Runs in the event's transaction.
pub async fn enqueue(
    mut exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    event_id: &str,
    event_type: &str,
    now: i64,
) -> ServiceResult<usize> {
    let endpoints =
        store::webhook_endpoints::enabled_for(exec.reborrow(), merchant_id, livemode).await?;
    let mut queued = 0;
    for (endpoint_id, enabled_events) in endpoints {
        if subscribes(&enabled_events, event_type) {
            enqueue_to(exec.reborrow(), merchant_id, &endpoint_id, event_id, now).await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// Writes a pending delivery of the event to one endpoint; its id.
pub async fn enqueue_to(
    exec: Exec<'_>,
    merchant_id: &str,
    endpoint_id: &str,
    event_id: &str,
    now: i64,
) -> ServiceResult<String> {
    let id = secrets::new_id(prefix::WEBHOOK_DELIVERY);
    store::webhook_deliveries::insert(exec, &id, merchant_id, endpoint_id, event_id, now).await?;
    Ok(id)
}

/// What happens after a try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    Succeeded,
    /// Tried again at this time (unix seconds).
    RetryAt(i64),
    /// No tries left.
    Failed,
    /// The endpoint answered `410 Gone`: it is disabled and the delivery ends.
    EndpointGone,
}

/// The step after try number `attempt` (1 for the first), given the schedule counted from
/// the first try.
pub fn next_step(
    response: &Response,
    attempt: i64,
    first_try_at: i64,
    schedule: &[i64],
) -> NextStep {
    match response {
        Response::Status {
            code: 200..=299, ..
        } => NextStep::Succeeded,
        Response::Status { code: 410, .. } => NextStep::EndpointGone,
        _ => match usize::try_from(attempt - 1)
            .ok()
            .and_then(|i| schedule.get(i))
        {
            Some(offset) => NextStep::RetryAt(first_try_at + offset),
            None => NextStep::Failed,
        },
    }
}

/// The secrets that sign now: the current one, and the previous one during the 24 hours
/// after a rotation.
fn signing_secrets(outgoing: &Outgoing, now: i64) -> Vec<&str> {
    let mut secrets = vec![outgoing.secret.as_str()];
    if let (Some(previous), Some(until)) = (
        outgoing.previous_secret.as_deref(),
        outgoing.previous_secret_expires_at,
    ) {
        if now < until {
            secrets.push(previous);
        }
    }
    secrets
}

/// Both header sets for one try: Standard Webhooks and `Vinr-Signature`, one signature per
/// active secret, timestamped now.
fn signed_headers(outgoing: &Outgoing, now: i64) -> Vec<(&'static str, String)> {
    let secrets = signing_secrets(outgoing, now);
    let body = outgoing.payload.as_bytes();
    vec![
        ("webhook-id", outgoing.event_id.clone()),
        ("webhook-timestamp", now.to_string()),
        (
            "webhook-signature",
            webhooks::standard_signature(&outgoing.event_id, now, body, &secrets),
        ),
        (
            "vinr-signature",
            webhooks::vinr_signature(body, &secrets, now),
        ),
    ]
}

/// Tries one claimed delivery and records the outcome.
pub async fn deliver(
    db: &Db,
    client: &WebhookClient,
    settings: &DeliverySettings,
    delivery_id: &str,
) -> ServiceResult<NextStep> {
    let outgoing = {
        let mut conn = db.conn().await?;
        store::webhook_deliveries::outgoing(conn.exec(), delivery_id).await?
    };
    let Some(outgoing) = outgoing.filter(|o| o.status == DeliveryStatus::Pending) else {
        return Ok(NextStep::Failed);
    };
    let now = now_unix();
    if outgoing.endpoint_deleted || outgoing.endpoint_status != EndpointStatus::Enabled {
        let mut conn = db.write_conn().await?;
        let reason = "The endpoint was disabled or deleted before this delivery was sent";
        store::webhook_deliveries::abandon(conn.exec(), delivery_id, reason, now).await?;
        return Ok(NextStep::Failed);
    }
    let headers = signed_headers(&outgoing, now);
    let started = std::time::Instant::now();
    let response = client
        .post(
            &outgoing.url,
            outgoing.livemode,
            &headers,
            outgoing.payload.clone(),
        )
        .await;
    let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);

    let number = outgoing.attempts + 1;
    let first_try_at = outgoing.first_attempted_at.unwrap_or(now);
    let step = next_step(&response, number, first_try_at, &settings.retry_schedule);
    let (status_code, error, response_body) = match &response {
        Response::Status { code, body_start } => {
            (Some(i64::from(*code)), None, Some(body_start.as_str()))
        }
        Response::NoAnswer(reason) => (None, Some(reason.as_str()), None),
    };
    let attempt = Attempt {
        delivery_id,
        number,
        attempted_at: now,
        status_code,
        error,
        response_body,
        duration_ms,
    };
    let (status, next_attempt_at) = match step {
        NextStep::Succeeded => (DeliveryStatus::Succeeded, None),
        NextStep::RetryAt(at) => (DeliveryStatus::Pending, Some(at)),
        NextStep::Failed | NextStep::EndpointGone => (DeliveryStatus::Failed, None),
    };
    let mut tx = db.begin_write().await?;
    store::webhook_deliveries::record_attempt(tx.exec(), &attempt, status, next_attempt_at).await?;
    let endpoint = outgoing.endpoint_id.as_str();
    match step {
        NextStep::Succeeded => store::webhook_endpoints::note_success(tx.exec(), endpoint).await?,
        NextStep::EndpointGone => {
            tracing::warn!(endpoint, "webhook endpoint answered 410 Gone; disabled");
            store::webhook_endpoints::disable(tx.exec(), endpoint, now).await?;
        }
        NextStep::RetryAt(_) | NextStep::Failed => {
            let failing_since =
                store::webhook_endpoints::note_failure(tx.exec(), endpoint, now).await?;
            if now - failing_since >= DISABLE_AFTER_FAILING_SECONDS {
                tracing::warn!(endpoint, "webhook endpoint failing for 5 days; disabled");
                store::webhook_endpoints::disable(tx.exec(), endpoint, now).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(step)
}

/// Claims up to `limit` due deliveries; reads first, so an idle queue never takes the
/// (SQLite) write lock.
pub async fn claim(
    db: &Db,
    settings: &DeliverySettings,
    limit: usize,
) -> ServiceResult<Vec<String>> {
    let now = now_unix();
    {
        let mut conn = db.conn().await?;
        if !store::webhook_deliveries::any_due(conn.exec(), now).await? {
            return Ok(Vec::new());
        }
    }
    let mut tx = db.begin_write().await?;
    let claimed = store::webhook_deliveries::claim_due(
        tx.exec(),
        now,
        settings.lease_seconds(),
        limit as i64,
    )
    .await?;
    tx.commit().await?;
    Ok(claimed)
}

/// One delivery, as `GET /v1/webhook_endpoints/{id}/deliveries` answers it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryObject {
    pub id: String,
    pub object: &'static str,
    pub endpoint: String,
    pub event: String,
    /// `pending`, `succeeded` or `failed`.
    pub status: DeliveryStatus,
    pub attempt_count: i64,
    pub next_attempt_at: Option<String>,
    pub last_status_code: Option<i64>,
    pub last_error: Option<String>,
    pub attempts: Vec<AttemptObject>,
    pub created_at: String,
    pub completed_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AttemptObject {
    pub attempt: i64,
    pub attempted_at: String,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    /// The start of the endpoint's answer (at most 1 KB).
    pub response_body: Option<String>,
    pub duration_ms: i64,
}

async fn delivery_object(exec: Exec<'_>, row: DeliveryRow) -> ServiceResult<DeliveryObject> {
    let attempts = store::webhook_deliveries::attempts(exec, &row.id)
        .await?
        .into_iter()
        .map(|a| AttemptObject {
            attempt: a.attempt,
            attempted_at: format_time(a.attempted_at),
            status_code: a.status_code,
            error: a.error,
            response_body: a.response_body,
            duration_ms: a.duration_ms,
        })
        .collect();
    Ok(DeliveryObject {
        id: row.id,
        object: "webhook_delivery",
        endpoint: row.endpoint_id,
        event: row.event_id,
        next_attempt_at: (row.status == DeliveryStatus::Pending)
            .then_some(row.next_attempt_at)
            .flatten()
            .map(format_time),
        status: row.status,
        attempt_count: row.attempts,
        last_status_code: row.last_status_code,
        last_error: row.last_error,
        attempts,
        created_at: format_time(row.created_at),
        completed_at: row.completed_at.map(format_time),
    })
}

/// A page of an endpoint's deliveries, newest first, and whether more follow.
pub async fn list(
    db: &Db,
    actor: &Actor,
    endpoint_id: &str,
    filter: DeliveryFilter<'_>,
) -> ServiceResult<(Vec<DeliveryObject>, bool)> {
    let mut conn = db.conn().await?;
    if store::webhook_endpoints::get(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        endpoint_id,
    )
    .await?
    .is_none()
    {
        return Err(ServiceError::not_found(
            "webhook endpoint",
            "id",
            endpoint_id,
        ));
    }
    if let Some(cursor) = filter.starting_after {
        if !store::webhook_deliveries::exists(conn.exec(), endpoint_id, cursor).await? {
            return Err(ServiceError::not_found(
                "webhook delivery",
                "startingAfter",
                cursor,
            ));
        }
    }
    let limit = filter.limit;
    let query = DeliveryFilter {
        limit: limit + 1,
        ..filter
    };
    let rows =
        store::webhook_deliveries::list_page(conn.exec(), actor.merchant_id(), endpoint_id, &query)
            .await?;
    let (rows, has_more) = crate::server::services::into_page(rows, limit);
    let mut deliveries = Vec::with_capacity(rows.len());
    for row in rows {
        deliveries.push(delivery_object(conn.exec(), row).await?);
    }
    Ok((deliveries, has_more))
}

/// Queues the event again: for one endpoint, or for every enabled endpoint that subscribes
/// to it. Answers the new deliveries.
pub async fn resend(
    db: &Db,
    actor: &Actor,
    event_id: &str,
    endpoint_id: Option<&str>,
) -> ServiceResult<Vec<DeliveryObject>> {
    let not_found = || ServiceError::not_found("event", "id", event_id);
    if !ids::has_prefix(event_id, prefix::EVENT) {
        return Err(not_found());
    }
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let event = store::events::get(tx.exec(), actor.merchant_id(), actor.livemode(), event_id)
        .await?
        .ok_or_else(not_found)?;
    let endpoints = match endpoint_id {
        Some(endpoint_id) => {
            let endpoint = store::webhook_endpoints::get(
                tx.exec(),
                actor.merchant_id(),
                actor.livemode(),
                endpoint_id,
            )
            .await?
            .filter(|endpoint| endpoint.livemode == event.livemode)
            .ok_or_else(|| ServiceError::not_found("webhook endpoint", "endpoint", endpoint_id))?;
            if endpoint.status != EndpointStatus::Enabled {
                return Err(ServiceError::invalid(
                    "endpoint",
                    "This webhook endpoint is disabled; enable it before resending",
                ));
            }
            vec![endpoint.id]
        }
        None => {
            store::webhook_endpoints::enabled_for(tx.exec(), actor.merchant_id(), event.livemode)
                .await?
                .into_iter()
                .filter(|(_, enabled_events)| subscribes(enabled_events, &event.event_type))
                .map(|(id, _)| id)
                .collect()
        }
    };
    if endpoints.is_empty() {
        return Err(ServiceError::invalid(
            "endpoint",
            "No enabled webhook endpoint subscribes to this event",
        ));
    }
    let mut ids = Vec::with_capacity(endpoints.len());
    for endpoint in &endpoints {
        let id = enqueue_to(tx.exec(), actor.merchant_id(), endpoint, event_id, now).await?;
        ids.push((id, endpoint.clone()));
    }
    tx.commit().await?;
    Ok(ids
        .into_iter()
        .map(|(id, endpoint)| DeliveryObject {
            id,
            object: "webhook_delivery",
            endpoint,
            event: event_id.to_string(),
            status: DeliveryStatus::Pending,
            attempt_count: 0,
            next_attempt_at: Some(format_time(now)),
            last_status_code: None,
            last_error: None,
            attempts: Vec::new(),
            created_at: format_time(now),
            completed_at: None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16) -> Response {
        Response::Status {
            code,
            body_start: String::new(),
        }
    }

    #[test]
    fn retries_follow_the_schedule_from_the_first_try_then_fail() {
        let failed = status(500);
        let first = 1_000;
        let mut due = Vec::new();
        for attempt in 1..=10 {
            due.push(next_step(
                &failed,
                attempt,
                first,
                &crate::server::config::DEFAULT_RETRY_SCHEDULE,
            ));
        }
        assert_eq!(due[0], NextStep::RetryAt(first + 5));
        assert_eq!(due[1], NextStep::RetryAt(first + 300));
        assert_eq!(due[8], NextStep::RetryAt(first + 86_400));
        assert_eq!(due[9], NextStep::Failed, "ten tries in all");
    }

    #[test]
    fn success_gone_and_no_answer() {
        let schedule = crate::server::config::DEFAULT_RETRY_SCHEDULE;
        assert_eq!(
            next_step(&status(204), 3, 0, &schedule),
            NextStep::Succeeded
        );
        assert_eq!(
            next_step(&status(410), 1, 0, &schedule),
            NextStep::EndpointGone
        );
        assert_eq!(
            next_step(&status(301), 1, 0, &schedule),
            NextStep::RetryAt(5),
            "redirects are not followed: a failure"
        );
        assert_eq!(
            next_step(&Response::NoAnswer("timed out".into()), 2, 10, &schedule),
            NextStep::RetryAt(310)
        );
    }

    #[test]
    fn subscriptions_by_type_or_wildcard() {
        assert!(subscribes(r#"["*"]"#, "invoice.paid"));
        assert!(subscribes(
            r#"["invoice.paid","subscription.updated"]"#,
            "invoice.paid"
        ));
        assert!(!subscribes(r#"["subscription.updated"]"#, "invoice.paid"));
        assert!(!subscribes("not json", "invoice.paid"));
    }
}

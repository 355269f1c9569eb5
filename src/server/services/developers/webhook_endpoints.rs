//! Webhook endpoints: where a merchant's events are delivered, signed with the endpoint's
//! secret. The secret is shown once, on creation and on rotation; after a rotation the old
//! secret keeps signing alongside the new one for 24 hours.
use std::net::IpAddr;

use serde::Serialize;
use serde_json::{json, Value};
use url::{Host, Url};

use crate::domain::webhook::EndpointStatus;
use crate::server::services::{
    developers::{audit, events},
    now_unix,
    objects::format_time,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::ids::{self, prefix},
    server::{
        db::{store, store::webhook_endpoints::WebhookEndpointRow, Db, Tx},
        secrets, webhook_client, webhooks,
    },
};

/// How long a rotated-out secret keeps signing.
pub const ROTATION_OVERLAP_SECONDS: i64 = 24 * 3600;

/// The event types an endpoint can subscribe to (`*` for all).
pub const EVENT_TYPES: &[&str] = &[
    "billing.portal.session.revoked",
    "billing_portal.configuration.created",
    "billing_portal.configuration.updated",
    "custom_domain.verification_failing",
    "custom_domain.lapsed",
    "customer.created",
    "customer.updated",
    "customer.tax_id.created",
    "customer.tax_id.deleted",
    "invoice.created",
    "invoice.finalized",
    "invoice.paid",
    "invoice.payment_failed",
    "invoice.payment_action_required",
    "invoice.marked_uncollectible",
    "invoice.voided",
    "payment_method.attached",
    "payment_method.detached",
    "subscription.created",
    "subscription.updated",
    "subscription.deleted",
];

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WebhookEndpointObject {
    pub id: String,
    pub object: &'static str,
    pub url: String,
    pub enabled_events: Vec<String>,
    pub description: Option<String>,
    pub status: EndpointStatus,
    /// Only in the answers to creation and to a rotation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub created_at: String,
    pub livemode: bool,
}

impl WebhookEndpointObject {
    fn new(row: &WebhookEndpointRow, reveal_secret: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "webhook_endpoint",
            url: row.url.clone(),
            enabled_events: serde_json::from_str(&row.enabled_events).unwrap_or_default(),
            description: row.description.clone(),
            status: row.status,
            secret: reveal_secret.then(|| row.secret.clone()),
            created_at: format_time(row.created_at),
            livemode: row.livemode,
        }
    }
}

/// An http(s) URL; in live mode https. Its host must be public (no loopback, private or
/// link-local address literal, no `localhost`), so that deliveries cannot be pointed at the
/// server's own network, unless `allow_private` (the operator's
/// `VINR_ALLOW_PRIVATE_WEBHOOKS=1`, for local development) and test mode.
pub fn check_url(url: &str, livemode: bool, allow_private: bool) -> ServiceResult<String> {
    let invalid = |message: &str| ServiceError::invalid("url", message.to_string());
    let parsed =
        Url::parse(url.trim()).map_err(|_| invalid("url must be an absolute http(s) URL"))?;
    match (parsed.scheme(), livemode) {
        ("https", _) | ("http", false) => {}
        ("http", true) => return Err(invalid("Live-mode webhook URLs must use https")),
        _ => return Err(invalid("url must be an absolute http(s) URL")),
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("url must not contain credentials"));
    }
    let private_ip = webhook_client::is_internal_address;
    if livemode || !allow_private {
        let refused = match parsed.host() {
            Some(Host::Ipv4(ip)) => private_ip(IpAddr::V4(ip)),
            Some(Host::Ipv6(ip)) => private_ip(IpAddr::V6(ip)),
            Some(Host::Domain(domain)) => {
                domain == "localhost"
                    || domain.ends_with(".localhost")
                    || domain.ends_with(".local")
            }
            None => true,
        };
        if refused {
            return Err(invalid(if livemode {
                "Live-mode webhook URLs must point to a public host, not a loopback or private address"
            } else {
                "Webhook URLs must point to a public host, not a loopback or private address (the operator can allow those for local development with VINR_ALLOW_PRIVATE_WEBHOOKS=1)"
            }));
        }
    } else if parsed.host().is_none() {
        return Err(invalid("url must name a host"));
    }
    Ok(parsed.to_string())
}

fn check_events(events: &[String]) -> ServiceResult<String> {
    if events.is_empty() {
        return Err(ServiceError::invalid(
            "enabledEvents",
            "List at least one event type, or \"*\" for all",
        ));
    }
    for (index, event) in events.iter().enumerate() {
        if event != "*" && !EVENT_TYPES.contains(&event.as_str()) {
            return Err(ServiceError::invalid(
                format!("enabledEvents[{index}]"),
                format!("Unknown event type {event}"),
            ));
        }
    }
    Ok(serde_json::to_string(events).map_err(anyhow::Error::from)?)
}

fn check_description(description: Option<String>) -> ServiceResult<Option<String>> {
    let description = description
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());
    if description
        .as_ref()
        .is_some_and(|d| d.chars().count() > 500)
    {
        return Err(ServiceError::invalid(
            "description",
            "description is at most 500 characters",
        ));
    }
    Ok(description)
}

/// Endpoint changes emit no event; they are recorded in the audit log directly.
async fn record_change(
    tx: &mut Tx,
    actor: &Actor,
    action: &str,
    endpoint_id: &str,
    changes: Value,
) -> ServiceResult<()> {
    audit::record(
        tx.exec(),
        actor,
        now_unix(),
        audit::NewEntry {
            action,
            customer_id: None,
            object_id: endpoint_id,
            changes: Some(changes),
            event_id: None,
        },
    )
    .await
}

pub async fn create(
    db: &Db,
    actor: &Actor,
    url: &str,
    enabled_events: &[String],
    description: Option<String>,
    allow_private: bool,
) -> ServiceResult<WebhookEndpointObject> {
    let url = check_url(url, actor.livemode(), allow_private)?;
    let enabled_events = check_events(enabled_events)?;
    let description = check_description(description)?;
    let now = now_unix();
    let row = WebhookEndpointRow {
        id: secrets::new_id(prefix::WEBHOOK_ENDPOINT),
        merchant_id: actor.merchant_id().to_string(),
        url,
        enabled_events,
        description,
        secret: webhooks::new_secret(),
        previous_secret: None,
        previous_secret_expires_at: None,
        status: EndpointStatus::Enabled,
        livemode: actor.livemode(),
        created_at: now,
        updated_at: now,
    };
    let mut tx = db.begin_write().await?;
    store::webhook_endpoints::insert(tx.exec(), &row).await?;
    let created = WebhookEndpointObject::new(&row, false);
    audit::record_created(
        tx.exec(),
        actor,
        "webhook_endpoint.created",
        &row.id,
        &created,
    )
    .await?;
    tx.commit().await?;
    Ok(WebhookEndpointObject::new(&row, true))
}

/// Changes requested by `POST /v1/webhook_endpoints/{id}`.
#[derive(Debug, Default)]
pub struct EndpointChanges {
    pub url: Option<String>,
    pub enabled_events: Option<Vec<String>>,
    pub description: Option<Option<String>>,
    pub disabled: Option<bool>,
    pub rotate_secret: bool,
}

pub async fn update(
    db: &Db,
    actor: &Actor,
    id: &str,
    changes: EndpointChanges,
    allow_private: bool,
) -> ServiceResult<WebhookEndpointObject> {
    let not_found = || ServiceError::not_found("webhook endpoint", "id", id);
    if !ids::has_prefix(id, prefix::WEBHOOK_ENDPOINT) {
        return Err(not_found());
    }
    let mut tx = db.begin_write().await?;
    let mut row =
        store::webhook_endpoints::get(tx.exec(), actor.merchant_id(), actor.livemode(), id)
            .await?
            .ok_or_else(not_found)?;
    let before = json!(WebhookEndpointObject::new(&row, false));
    if let Some(url) = &changes.url {
        row.url = check_url(url, row.livemode, allow_private)?;
    }
    if let Some(events) = &changes.enabled_events {
        row.enabled_events = check_events(events)?;
    }
    if let Some(description) = changes.description {
        row.description = check_description(description)?;
    }
    if let Some(disabled) = changes.disabled {
        row.status = if disabled {
            EndpointStatus::Disabled
        } else {
            EndpointStatus::Enabled
        };
    }
    let now = now_unix();
    if changes.rotate_secret {
        row.previous_secret = Some(std::mem::replace(&mut row.secret, webhooks::new_secret()));
        row.previous_secret_expires_at = Some(now + ROTATION_OVERLAP_SECONDS);
    }
    row.updated_at = now;
    store::webhook_endpoints::update(tx.exec(), &row).await?;
    let after = json!(WebhookEndpointObject::new(&row, false));
    let mut recorded = audit::changes_between(&before, &after);
    if changes.rotate_secret {
        // The secrets themselves never reach the log.
        recorded["secret"] = json!({ "before": "whsec_…", "after": "whsec_… (rotated)" });
    }
    record_change(
        &mut tx,
        actor,
        "webhook_endpoint.updated",
        &row.id,
        recorded,
    )
    .await?;
    tx.commit().await?;
    Ok(WebhookEndpointObject::new(&row, changes.rotate_secret))
}

pub async fn get(db: &Db, actor: &Actor, id: &str) -> ServiceResult<WebhookEndpointObject> {
    let mut conn = db.conn().await?;
    store::webhook_endpoints::get(conn.exec(), actor.merchant_id(), actor.livemode(), id)
        .await?
        .map(|row| WebhookEndpointObject::new(&row, false))
        .ok_or_else(|| ServiceError::not_found("webhook endpoint", "id", id))
}

pub async fn list(db: &Db, actor: &Actor) -> ServiceResult<Vec<WebhookEndpointObject>> {
    let mut conn = db.conn().await?;
    Ok(
        store::webhook_endpoints::list(conn.exec(), actor.merchant_id(), actor.livemode())
            .await?
            .iter()
            .map(|row| WebhookEndpointObject::new(row, false))
            .collect(),
    )
}

pub async fn delete(db: &Db, actor: &Actor, id: &str) -> ServiceResult<WebhookEndpointObject> {
    let mut tx = db.begin_write().await?;
    let row = store::webhook_endpoints::get(tx.exec(), actor.merchant_id(), actor.livemode(), id)
        .await?
        .ok_or_else(|| ServiceError::not_found("webhook endpoint", "id", id))?;
    store::webhook_endpoints::delete(tx.exec(), actor.merchant_id(), id, now_unix()).await?;
    let deleted = json!(WebhookEndpointObject::new(&row, false));
    let recorded = json!({ "object": { "before": deleted, "after": null } });
    record_change(
        &mut tx,
        actor,
        "webhook_endpoint.deleted",
        &row.id,
        recorded,
    )
    .await?;
    tx.commit().await?;
    Ok(WebhookEndpointObject::new(&row, false))
}

/// The type of the event "Send test event" delivers; no endpoint subscribes to it.
pub const TEST_EVENT_TYPE: &str = "webhook_endpoint.test";

/// Sends endpoint `id` a signed test event (its own object as `data.object`), delivered
/// and retried like any other; the event's id.
pub async fn send_test_event(db: &Db, actor: &Actor, id: &str) -> ServiceResult<String> {
    let mut tx = db.begin_write().await?;
    let row = store::webhook_endpoints::get(tx.exec(), actor.merchant_id(), actor.livemode(), id)
        .await?
        .ok_or_else(|| ServiceError::not_found("webhook endpoint", "id", id))?;
    if row.status != EndpointStatus::Enabled {
        return Err(ServiceError::invalid(
            "id",
            "This webhook endpoint is disabled; enable it before sending a test event",
        ));
    }
    let event = events::NewEvent {
        event_type: TEST_EVENT_TYPE,
        customer_id: None,
        object_id: &row.id,
        object: json!(WebhookEndpointObject::new(&row, false)),
        previous_attributes: None,
    };
    let event_id = events::record_for(
        tx.exec(),
        actor,
        now_unix(),
        event,
        events::Recipients::Only(&row.id),
    )
    .await?;
    tx.commit().await?;
    Ok(event_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_mode_urls_must_be_public_https() {
        assert!(check_url("https://hooks.example.com/vinr", true, false).is_ok());
        for refused in [
            "http://hooks.example.com/vinr",
            "https://127.0.0.1/x",
            "https://10.1.2.3/x",
            "https://192.168.0.1/x",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/x",
            "https://[fd00::1]/x",
            "https://localhost/x",
            "https://user:pass@hooks.example.com/",
            "ftp://hooks.example.com/",
            "not a url",
        ] {
            assert!(check_url(refused, true, true).is_err(), "{refused}");
        }
        assert!(
            check_url("http://127.0.0.1:4000/hooks", false, true).is_ok(),
            "test mode, private addresses allowed by the operator"
        );
    }

    #[test]
    fn test_mode_urls_are_public_unless_the_operator_allows_private_ones() {
        for refused in [
            "http://127.0.0.1:4000/hooks",
            "http://10.0.0.5/",
            "http://[::1]:8080/",
            "http://[64:ff9b::a00:1]/",
            "http://[2002:a00:1::]/",
            "http://[::10.0.0.1]/",
            "http://198.18.0.1/",
            "http://240.0.0.1/",
            "http://localhost:3000/",
        ] {
            assert!(check_url(refused, false, false).is_err(), "{refused}");
        }
        assert!(check_url("http://hooks.example.com/", false, false).is_ok());
    }
}

//! The audit log: who changed what, when, and from where. Every event records an entry in
//! its own transaction (see [`crate::server::services::developers::events::record`]); changes that emit no event (webhook
//! endpoints) record theirs directly.
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::server::services::{objects::format_time, Actor, ServiceError, ServiceResult};
use crate::{
    domain::ids::prefix,
    server::{
        db::{
            store,
            store::audit_log::{AuditFilter, AuditRow},
            Db, Exec,
        },
        secrets,
    },
};

/// One change, as `GET /v1/audit_log` answers it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryObject {
    pub id: String,
    pub object: &'static str,
    pub action: String,
    /// The changed object's id.
    pub target: String,
    pub customer: Option<String>,
    pub actor: AuditActor,
    /// `{"field": {"before": ..., "after": ...}}`; for a creation the whole object is
    /// `after`, for a deletion `before`.
    pub changes: Option<Value>,
    pub event: Option<String>,
    pub created_at: String,
    pub livemode: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditActor {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: Option<String>,
    /// The dashboard user's e-mail (dashboard changes only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl From<AuditRow> for AuditEntryObject {
    fn from(row: AuditRow) -> Self {
        Self {
            id: row.id,
            object: "audit_entry",
            action: row.action,
            target: row.object_id,
            customer: row.customer_id,
            actor: AuditActor {
                kind: row.actor_type,
                id: row.actor_id,
                email: row.actor_email,
                ip: row.ip,
                user_agent: row.user_agent,
            },
            changes: row.changes.and_then(|c| serde_json::from_str(&c).ok()),
            event: row.event_id,
            created_at: format_time(row.created_at),
            livemode: row.livemode,
        }
    }
}

/// A change about to be recorded.
pub struct NewEntry<'a> {
    pub action: &'a str,
    pub customer_id: Option<&'a str>,
    pub object_id: &'a str,
    pub changes: Option<Value>,
    pub event_id: Option<&'a str>,
}

/// Writes the entry; the caller commits it together with the change.
pub async fn record(
    exec: Exec<'_>,
    actor: &Actor,
    now: i64,
    entry: NewEntry<'_>,
) -> ServiceResult<()> {
    let initiated_by = actor.initiated_by();
    let client = actor.client();
    let row = AuditRow {
        id: secrets::new_id(prefix::AUDIT_ENTRY),
        merchant_id: actor.merchant_id().to_string(),
        customer_id: entry.customer_id.map(str::to_string),
        actor_type: initiated_by.kind.to_string(),
        actor_id: initiated_by.id,
        actor_email: actor.email().map(str::to_string),
        action: entry.action.to_string(),
        object_id: entry.object_id.to_string(),
        changes: entry
            .changes
            .map(|changes| serde_json::to_string(&changes))
            .transpose()
            .map_err(anyhow::Error::from)?,
        event_id: entry.event_id.map(str::to_string),
        ip: client.and_then(|c| c.ip.clone()),
        user_agent: client.and_then(|c| c.user_agent.clone()),
        livemode: actor.livemode(),
        created_at: now,
    };
    store::audit_log::insert(exec, &row).await?;
    Ok(())
}

/// Records the creation of an object that emits no event (products, prices, coupons,
/// webhook endpoints): the whole object as `after`.
pub async fn record_created(
    exec: Exec<'_>,
    actor: &Actor,
    action: &str,
    object_id: &str,
    object: &impl Serialize,
) -> ServiceResult<()> {
    record(
        exec,
        actor,
        crate::server::services::now_unix(),
        NewEntry {
            action,
            customer_id: None,
            object_id,
            changes: Some(json!({ "object": { "before": null, "after": object } })),
            event_id: None,
        },
    )
    .await
}

/// The changes an event describes: each previous attribute with its value before and after;
/// without previous attributes, the whole object as created (or as it was, when deleted).
/// Objects are the API's, which never hold more than the last digits of a card or account.
pub fn changes_of_event(
    event_type: &str,
    object: &Value,
    previous_attributes: Option<&Value>,
) -> Value {
    match previous_attributes.and_then(Value::as_object) {
        Some(previous) => {
            let changes: Map<String, Value> = previous
                .iter()
                .map(|(field, before)| {
                    let after = object.get(field).cloned().unwrap_or(Value::Null);
                    (field.clone(), json!({ "before": before, "after": after }))
                })
                .collect();
            Value::Object(changes)
        }
        None if event_type.ends_with(".deleted") || event_type.ends_with(".detached") => {
            json!({ "object": { "before": object, "after": null } })
        }
        None => json!({ "object": { "before": null, "after": object } }),
    }
}

/// The top-level fields that differ between two versions of an API object.
pub fn changes_between(before: &Value, after: &Value) -> Value {
    let empty = Map::new();
    let (before, after) = (
        before.as_object().unwrap_or(&empty),
        after.as_object().unwrap_or(&empty),
    );
    let changes: Map<String, Value> = after
        .iter()
        .filter(|(field, value)| before.get(*field) != Some(*value))
        .map(|(field, value)| {
            let old = before.get(field).cloned().unwrap_or(Value::Null);
            (field.clone(), json!({ "before": old, "after": value }))
        })
        .collect();
    Value::Object(changes)
}

/// A page of the merchant's entries, newest first, and whether more follow.
pub async fn list(
    db: &Db,
    actor: &Actor,
    filter: AuditFilter<'_>,
) -> ServiceResult<(Vec<AuditEntryObject>, bool)> {
    let mut conn = db.conn().await?;
    if let Some(cursor) = filter.starting_after {
        if !store::audit_log::exists(conn.exec(), actor.merchant_id(), actor.livemode(), cursor)
            .await?
        {
            return Err(ServiceError::not_found(
                "audit entry",
                "startingAfter",
                cursor,
            ));
        }
    }
    // A portal session only ever reads its own customer's entries.
    let customer_id = actor.customer_scope().or(filter.customer_id);
    let limit = filter.limit;
    let query = AuditFilter {
        customer_id,
        limit: limit + 1,
        ..filter
    };
    let rows =
        store::audit_log::list_page(conn.exec(), actor.merchant_id(), actor.livemode(), &query)
            .await?;
    let (rows, has_more) = crate::server::services::into_page(rows, limit);
    Ok((
        rows.into_iter().map(AuditEntryObject::from).collect(),
        has_more,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_records_each_previous_attribute_before_and_after() {
        let object = json!({"id": "sub_1", "quantity": 3, "status": "active"});
        let changes = changes_of_event(
            "subscription.updated",
            &object,
            Some(&json!({"quantity": 1})),
        );
        assert_eq!(changes, json!({"quantity": {"before": 1, "after": 3}}));
    }

    #[test]
    fn differences_between_versions() {
        let before = json!({"url": "https://a.example/x", "status": "enabled"});
        let after = json!({"url": "https://b.example/x", "status": "enabled"});
        assert_eq!(
            changes_between(&before, &after),
            json!({"url": {"before": "https://a.example/x", "after": "https://b.example/x"}})
        );
    }

    #[test]
    fn creations_and_deletions_record_the_object() {
        let object = json!({"id": "pm_1", "card": {"last4": "4242"}});
        assert_eq!(
            changes_of_event("payment_method.attached", &object, None)["object"]["after"],
            object
        );
        assert_eq!(
            changes_of_event("payment_method.detached", &object, None)["object"]["before"],
            object
        );
    }
}

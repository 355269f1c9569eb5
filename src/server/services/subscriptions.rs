//! Subscription operations shared by the REST API and the portal.
use serde_json::json;

use super::{
    events::{self, NewEvent},
    now_unix,
    objects::{PriceObject, SubscriptionObject},
    portal, Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{ids, ids::prefix, subscription::SubscriptionStatus},
    server::db::{store, Db},
};

/// Reads a subscription within the actor's scope.
pub async fn get(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    let mut conn = db.conn().await?;
    let row = store::subscriptions::get(
        conn.exec(),
        actor.merchant_id(),
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)?;
    let price = store::catalog::get_price(conn.exec(), actor.merchant_id(), &row.price_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("price {} vanished", row.price_id))?;
    Ok(SubscriptionObject::new(&row, &price, actor.livemode()))
}

/// Moves a subscription to another price and records `subscription.updated` in the same
/// transaction. A portal actor may only pick prices its configuration allows.
pub async fn switch_plan(
    db: &Db,
    actor: &Actor,
    subscription_id: &str,
    price_id: &str,
) -> ServiceResult<SubscriptionObject> {
    let merchant_id = actor.merchant_id();
    let not_found = || ServiceError::not_found("subscription", "id", subscription_id);
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        return Err(not_found());
    }
    let mut tx = db.begin_write().await?;
    let subscription = store::subscriptions::get_for_update(
        tx.exec(),
        merchant_id,
        actor.customer_scope(),
        subscription_id,
    )
    .await?
    .ok_or_else(not_found)?;
    // A customer in the portal may only do what the session's configuration offers.
    let portal_rules = match actor {
        Actor::PortalSession {
            configuration_id, ..
        } => {
            let features = portal::features(tx.exec(), merchant_id, configuration_id).await?;
            if !features.subscription_update.enabled {
                return Err(ServiceError::FeatureDisabled);
            }
            Some(features.subscription_update)
        }
        _ => None,
    };
    let status =
        SubscriptionStatus::parse(&subscription.status).unwrap_or(SubscriptionStatus::Canceled);
    if !status.can_change_plan() {
        return Err(ServiceError::invalid(
            "price",
            format!(
                "A {} subscription cannot change plan",
                status.label().to_lowercase()
            ),
        ));
    }
    let old_price = store::catalog::get_price(tx.exec(), merchant_id, &subscription.price_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("price {} vanished", subscription.price_id))?;
    let new_price = store::catalog::get_price(tx.exec(), merchant_id, price_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("price", "price", price_id))?;
    if let Some(rules) = &portal_rules {
        if !rules.allows_price(&new_price.product_id, &new_price.id) {
            return Err(ServiceError::invalid(
                "price",
                "This plan is not available to switch to",
            ));
        }
    }
    if !new_price.active {
        return Err(ServiceError::invalid(
            "price",
            "This price is no longer available",
        ));
    }
    if new_price.currency != old_price.currency {
        return Err(ServiceError::invalid(
            "price",
            format!(
                "The new price is in {} but the subscription is billed in {}",
                new_price.currency.to_uppercase(),
                old_price.currency.to_uppercase()
            ),
        ));
    }
    if new_price.id == old_price.id {
        return Ok(SubscriptionObject::new(
            &subscription,
            &old_price,
            actor.livemode(),
        ));
    }

    let now = now_unix();
    store::subscriptions::set_price(tx.exec(), merchant_id, &subscription.id, &new_price.id, now)
        .await?;
    let mut updated = subscription.clone();
    updated.price_id = new_price.id.clone();
    updated.updated_at = now;
    let object = SubscriptionObject::new(&updated, &new_price, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "subscription.updated",
            customer_id: Some(&updated.customer_id),
            object_id: &updated.id,
            object: serde_json::to_value(&object).map_err(anyhow::Error::from)?,
            previous_attributes: Some(json!({ "price": PriceObject::from(&old_price) })),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(subscription = %updated.id, from = %old_price.id, to = %new_price.id, "plan switched");
    Ok(object)
}

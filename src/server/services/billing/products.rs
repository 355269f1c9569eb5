//! The catalog as the REST API manages it: products and their recurring prices.
use serde::Serialize;

use crate::server::services::{
    developers::audit, now_unix, objects::format_time, objects::PriceObject, Actor, ServiceError,
    ServiceResult,
};
use crate::{
    domain::{
        ids::{self, prefix},
        money::Currency,
        subscription::Interval,
    },
    server::{
        db::{
            store::{
                self,
                catalog::{PriceRow, ProductRow},
            },
            Db,
        },
        secrets,
    },
};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductObject {
    pub id: String,
    pub object: &'static str,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub created_at: String,
    pub livemode: bool,
}

impl ProductObject {
    fn new(row: ProductRow, livemode: bool) -> Self {
        Self {
            id: row.id,
            object: "product",
            name: row.name,
            description: row.description,
            active: row.active,
            created_at: format_time(row.created_at),
            livemode,
        }
    }
}

/// A caller-chosen id with the right prefix, or a fresh one.
fn chosen_id(id: Option<String>, object_prefix: &str) -> ServiceResult<String> {
    match id {
        Some(id) if ids::has_prefix(&id, object_prefix) => Ok(id),
        Some(_) => Err(ServiceError::invalid(
            "id",
            format!("The id must look like {object_prefix}_... (letters, digits, _)"),
        )),
        None => Ok(secrets::new_id(object_prefix)),
    }
}

fn already_exists(error: sqlx::Error, id: &str) -> ServiceError {
    match error {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            ServiceError::invalid("id", format!("An object with id '{id}' already exists"))
        }
        other => other.into(),
    }
}

pub async fn create_product(
    db: &Db,
    actor: &Actor,
    id: Option<String>,
    name: String,
    description: Option<String>,
) -> ServiceResult<ProductObject> {
    let name = valid_name(&name)?;
    let row = ProductRow {
        merchant_id: actor.merchant_id().to_string(),
        id: chosen_id(id, prefix::PRODUCT)?,
        name,
        description: description.filter(|d| !d.trim().is_empty()),
        active: true,
        created_at: now_unix(),
    };
    let mut tx = db.begin_write().await?;
    store::catalog::insert_product(tx.exec(), &row)
        .await
        .map_err(|e| already_exists(e, &row.id))?;
    let product = ProductObject::new(row, actor.livemode());
    audit::record_created(tx.exec(), actor, "product.created", &product.id, &product).await?;
    tx.commit().await?;
    Ok(product)
}

/// What `POST /v1/products/{id}` may change; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct ProductChanges {
    pub name: Option<String>,
    /// An empty description removes it.
    pub description: Option<String>,
    /// `false` archives the product: its prices are no longer offered to new subscriptions
    /// or plan switches; subscriptions already on them keep renewing.
    pub active: Option<bool>,
}

fn valid_name(name: &str) -> ServiceResult<String> {
    let name = name.trim().to_string();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ServiceError::invalid(
            "name",
            "A product needs a name of at most 200 characters",
        ));
    }
    Ok(name)
}

/// `POST /v1/products/{id}`: rename, redescribe, archive or restore a product.
pub async fn update_product(
    db: &Db,
    actor: &Actor,
    id: &str,
    changes: ProductChanges,
) -> ServiceResult<ProductObject> {
    let name = changes.name.as_deref().map(valid_name).transpose()?;
    let mut tx = db.begin_write().await?;
    let before = store::catalog::get_product(tx.exec(), actor.merchant_id(), id)
        .await?
        .ok_or_else(|| ServiceError::not_found("product", "id", id))?;
    let mut row = before.clone();
    if let Some(name) = name {
        row.name = name;
    }
    if let Some(description) = changes.description {
        row.description = Some(description.trim().to_string()).filter(|d| !d.is_empty());
    }
    if let Some(active) = changes.active {
        row.active = active;
    }
    store::catalog::update_product(tx.exec(), &row).await?;
    let (before, after) = (
        ProductObject::new(before, actor.livemode()),
        ProductObject::new(row, actor.livemode()),
    );
    record_update(&mut tx, actor, "product.updated", id, &before, &after).await?;
    tx.commit().await?;
    Ok(after)
}

/// An audit entry with the fields an update changed; none when it changed nothing.
async fn record_update(
    tx: &mut crate::server::db::Tx,
    actor: &Actor,
    action: &'static str,
    id: &str,
    before: &impl Serialize,
    after: &impl Serialize,
) -> ServiceResult<()> {
    let changes = audit::changes_between(
        &serde_json::to_value(before).map_err(anyhow::Error::from)?,
        &serde_json::to_value(after).map_err(anyhow::Error::from)?,
    );
    if changes.as_object().is_some_and(|fields| fields.is_empty()) {
        return Ok(());
    }
    audit::record(
        tx.exec(),
        actor,
        now_unix(),
        audit::NewEntry {
            action,
            customer_id: None,
            object_id: id,
            changes: Some(changes),
            event_id: None,
        },
    )
    .await?;
    Ok(())
}

pub async fn get_product(db: &Db, actor: &Actor, id: &str) -> ServiceResult<ProductObject> {
    let mut conn = db.conn().await?;
    store::catalog::get_product(conn.exec(), actor.merchant_id(), id)
        .await?
        .map(|row| ProductObject::new(row, actor.livemode()))
        .ok_or_else(|| ServiceError::not_found("product", "id", id))
}

pub async fn list_products(db: &Db, actor: &Actor) -> ServiceResult<Vec<ProductObject>> {
    let mut conn = db.conn().await?;
    Ok(
        store::catalog::list_products(conn.exec(), actor.merchant_id())
            .await?
            .into_iter()
            .map(|row| ProductObject::new(row, actor.livemode()))
            .collect(),
    )
}

pub struct CreatePrice {
    pub id: Option<String>,
    pub product: String,
    pub unit_amount: i64,
    pub currency: String,
    pub interval: String,
    pub interval_count: Option<i64>,
    pub lookup_key: Option<String>,
}

pub async fn create_price(
    db: &Db,
    actor: &Actor,
    request: CreatePrice,
) -> ServiceResult<PriceObject> {
    let merchant_id = actor.merchant_id();
    if !(0..=1_000_000_000_000).contains(&request.unit_amount) {
        return Err(ServiceError::invalid(
            "unitAmount",
            "unitAmount must be between 0 and 10^12 minor units",
        ));
    }
    let currency = Currency::parse(&request.currency)
        .map_err(|e| ServiceError::invalid("currency", e.to_string()))?;
    let interval = Interval::parse(&request.interval).ok_or_else(|| {
        ServiceError::invalid("recurring.interval", "interval must be month or year")
    })?;
    // At most a year per period, as Stripe allows.
    let interval_count = request.interval_count.unwrap_or(1);
    let most = match interval {
        Interval::Month => 12,
        Interval::Year => 1,
    };
    if !(1..=most).contains(&interval_count) {
        return Err(ServiceError::invalid(
            "recurring.intervalCount",
            format!(
                "intervalCount must be between 1 and {most} for a {} price",
                interval.as_str()
            ),
        ));
    }
    let lookup_key = request.lookup_key.map(|key| key.trim().to_string());
    if lookup_key
        .as_ref()
        .is_some_and(|key| key.is_empty() || key.chars().count() > 200)
    {
        return Err(ServiceError::invalid(
            "lookupKey",
            "lookupKey must be 1 to 200 characters",
        ));
    }
    let id = chosen_id(request.id, prefix::PRICE)?;
    let mut tx = db.begin_write().await?;
    if store::catalog::get_product(tx.exec(), merchant_id, &request.product)
        .await?
        .is_none()
    {
        return Err(ServiceError::not_found(
            "product",
            "product",
            &request.product,
        ));
    }
    let row = PriceRow {
        merchant_id: merchant_id.to_string(),
        id: id.clone(),
        product_id: request.product,
        unit_amount: request.unit_amount,
        currency: currency.code().to_string(),
        billing_interval: interval.as_str().to_string(),
        active: true,
        created_at: now_unix(),
        interval_count,
        lookup_key: lookup_key.clone(),
    };
    if let Some(key) = &lookup_key {
        let taken = store::catalog::list_prices(tx.exec(), merchant_id, None, Some(key)).await?;
        if !taken.is_empty() {
            return Err(ServiceError::invalid(
                "lookupKey",
                format!("The lookupKey {key} is already used by {}", taken[0].id),
            ));
        }
    }
    store::catalog::insert_price(tx.exec(), &row)
        .await
        .map_err(|e| already_exists(e, &id))?;
    let price =
        crate::server::services::billing::products::subscribed_price(tx.exec(), merchant_id, &id)
            .await?;
    let price = PriceObject::from(&price);
    audit::record_created(tx.exec(), actor, "price.created", &id, &price).await?;
    tx.commit().await?;
    Ok(price)
}

/// `POST /v1/prices/{id}` with `active`: archive a price (no longer offered to new
/// subscriptions or plan switches; subscriptions on it keep renewing) or restore it.
/// Amounts and intervals never change: a different price is a new price.
pub async fn set_price_active(
    db: &Db,
    actor: &Actor,
    id: &str,
    active: bool,
) -> ServiceResult<PriceObject> {
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    let before = store::catalog::get_price(tx.exec(), merchant_id, id)
        .await?
        .ok_or_else(|| ServiceError::not_found("price", "id", id))?;
    store::catalog::set_price_active(tx.exec(), merchant_id, id, active).await?;
    let after = subscribed_price(tx.exec(), merchant_id, id).await?;
    let (before, after) = (PriceObject::from(&before), PriceObject::from(&after));
    record_update(&mut tx, actor, "price.updated", id, &before, &after).await?;
    tx.commit().await?;
    Ok(after)
}

pub async fn get_price(db: &Db, actor: &Actor, id: &str) -> ServiceResult<PriceObject> {
    let mut conn = db.conn().await?;
    store::catalog::get_price(conn.exec(), actor.merchant_id(), id)
        .await?
        .map(|row| PriceObject::from(&row))
        .ok_or_else(|| ServiceError::not_found("price", "id", id))
}

pub async fn list_prices(
    db: &Db,
    actor: &Actor,
    product: Option<&str>,
    lookup_key: Option<&str>,
) -> ServiceResult<Vec<PriceObject>> {
    let mut conn = db.conn().await?;
    Ok(
        store::catalog::list_prices(conn.exec(), actor.merchant_id(), product, lookup_key)
            .await?
            .iter()
            .map(PriceObject::from)
            .collect(),
    )
}

/// The price a subscription (or a just-written row) refers to. Prices are never deleted, so
/// a missing one is a broken invariant, reported as an internal error in one place.
pub(crate) async fn subscribed_price(
    exec: crate::server::db::Exec<'_>,
    merchant_id: &str,
    price_id: &str,
) -> ServiceResult<store::catalog::PriceWithProductRow> {
    store::catalog::get_price(exec, merchant_id, price_id)
        .await?
        .ok_or_else(|| {
            anyhow::anyhow!("price {price_id} of merchant {merchant_id} is missing").into()
        })
}

/// A product with one recurring price, under caller-chosen ids.
pub struct NewPlan<'a> {
    pub product_id: &'a str,
    pub name: &'a str,
    pub price_id: &'a str,
    pub unit_amount: i64,
    pub currency: Currency,
    pub interval: Interval,
}

/// A product with one monthly (or yearly) price, made through the same services as
/// `POST /v1/products` and `POST /v1/prices`, so that they are audited and checked alike:
/// the demo's plans and the tests' fixtures.
pub async fn create_product_with_price(
    db: &Db,
    actor: &Actor,
    plan: NewPlan<'_>,
) -> ServiceResult<()> {
    create_product(
        db,
        actor,
        Some(plan.product_id.to_string()),
        plan.name.to_string(),
        None,
    )
    .await?;
    let price = CreatePrice {
        id: Some(plan.price_id.to_string()),
        product: plan.product_id.to_string(),
        unit_amount: plan.unit_amount,
        currency: plan.currency.code().to_string(),
        interval: plan.interval.as_str().to_string(),
        interval_count: None,
        lookup_key: None,
    };
    create_price(db, actor, price).await?;
    Ok(())
}

//! Products and their prices.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProductRow {
    pub merchant_id: String,
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PriceRow {
    pub merchant_id: String,
    pub id: String,
    pub product_id: String,
    pub unit_amount: i64,
    pub currency: String,
    pub billing_interval: String,
    pub active: bool,
    pub created_at: i64,
    pub interval_count: i64,
    pub lookup_key: Option<String>,
}

/// A price with its product's name, as the portal and the API show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PriceWithProductRow {
    pub id: String,
    pub product_id: String,
    pub product_name: String,
    pub unit_amount: i64,
    pub currency: String,
    pub billing_interval: String,
    pub active: bool,
    /// Whether its product is active (not archived).
    pub product_active: bool,
    /// Billed every `interval_count` intervals.
    pub interval_count: i64,
    pub lookup_key: Option<String>,
}

impl PriceWithProductRow {
    /// Whether a new subscription or a plan switch may choose it: neither the price nor
    /// its product archived. Subscriptions already on it keep renewing.
    pub fn available(&self) -> bool {
        self.active && self.product_active
    }

    /// Months in one billing period (3 for "every 3 months", 12 for yearly).
    pub fn months_per_period(&self) -> u32 {
        let count = u32::try_from(self.interval_count.clamp(1, 12)).unwrap_or(1);
        if self.billing_interval == "year" {
            12 * count
        } else {
            count
        }
    }
}

const PRICE_WITH_PRODUCT: &str =
    "SELECT p.id, p.product_id, pr.name AS product_name, p.unit_amount, p.currency,
            p.billing_interval, p.active, pr.active AS product_active, p.interval_count,
            p.lookup_key
     FROM prices p
     JOIN products pr ON pr.merchant_id = p.merchant_id AND pr.id = p.product_id";

pub async fn insert_product(exec: Exec<'_>, row: &ProductRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO products (merchant_id, id, name, description, active, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&row.merchant_id)
        .bind(&row.id)
        .bind(&row.name)
        .bind(&row.description)
        .bind(row.active)
        .bind(row.created_at)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn insert_price(exec: Exec<'_>, row: &PriceRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO prices (merchant_id, id, product_id, unit_amount, currency, billing_interval, active,
                 created_at, interval_count, lookup_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&row.merchant_id)
        .bind(&row.id)
        .bind(&row.product_id)
        .bind(row.unit_amount)
        .bind(&row.currency)
        .bind(&row.billing_interval)
        .bind(row.active)
        .bind(row.created_at)
        .bind(row.interval_count)
        .bind(&row.lookup_key)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn get_price(
    exec: Exec<'_>,
    merchant_id: &str,
    price_id: &str,
) -> Result<Option<PriceWithProductRow>, sqlx::Error> {
    let sql = format!("{PRICE_WITH_PRODUCT} WHERE p.merchant_id = $1 AND p.id = $2");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(price_id)
            .fetch_optional(c)
            .await
    })
}

/// Active prices of the merchant's active products, cheapest first within a product.
pub async fn list_active_prices(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Vec<PriceWithProductRow>, sqlx::Error> {
    let sql = format!(
        "{PRICE_WITH_PRODUCT} WHERE p.merchant_id = $1 AND p.active AND pr.active
         ORDER BY p.unit_amount, p.id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(merchant_id).fetch_all(c).await
    })
}

/// Whether the merchant has a product with this id.
pub async fn product_exists(
    exec: Exec<'_>,
    merchant_id: &str,
    product_id: &str,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM products WHERE merchant_id = $1 AND id = $2",
        )
        .bind(merchant_id)
        .bind(product_id)
        .fetch_one(c)
        .await
        .map(|count| count > 0)
    })
}

/// Renames, redescribes, archives (`active` false) or restores a product.
pub async fn update_product(exec: Exec<'_>, row: &ProductRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE products SET name = $1, description = $2, active = $3
             WHERE merchant_id = $4 AND id = $5",
        )
        .bind(&row.name)
        .bind(&row.description)
        .bind(row.active)
        .bind(&row.merchant_id)
        .bind(&row.id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Archives (`active` false) or restores a price.
pub async fn set_price_active(
    exec: Exec<'_>,
    merchant_id: &str,
    price_id: &str,
    active: bool,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE prices SET active = $1 WHERE merchant_id = $2 AND id = $3")
            .bind(active)
            .bind(merchant_id)
            .bind(price_id)
            .execute(c)
            .await
            .map(|_| ())
    })
}

const PRODUCT_COLUMNS: &str = "merchant_id, id, name, description, active, created_at";

pub async fn get_product(
    exec: Exec<'_>,
    merchant_id: &str,
    product_id: &str,
) -> Result<Option<ProductRow>, sqlx::Error> {
    let sql = format!("SELECT {PRODUCT_COLUMNS} FROM products WHERE merchant_id = $1 AND id = $2");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(product_id)
            .fetch_optional(c)
            .await
    })
}

/// The merchant's products, oldest first.
pub async fn list_products(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Vec<ProductRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {PRODUCT_COLUMNS} FROM products WHERE merchant_id = $1 ORDER BY created_at, id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(merchant_id).fetch_all(c).await
    })
}

/// The merchant's prices (of one product, when given), cheapest first.
pub async fn list_prices(
    exec: Exec<'_>,
    merchant_id: &str,
    product_id: Option<&str>,
    lookup_key: Option<&str>,
) -> Result<Vec<PriceWithProductRow>, sqlx::Error> {
    let sql = format!(
        "{PRICE_WITH_PRODUCT} WHERE p.merchant_id = $1 AND ($2 IS NULL OR p.product_id = $2)
           AND ($3 IS NULL OR p.lookup_key = $3)
         ORDER BY p.unit_amount, p.id"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(product_id)
            .bind(lookup_key)
            .fetch_all(c)
            .await
    })
}

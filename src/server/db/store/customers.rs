//! Customers, always read within their merchant.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CustomerRow {
    pub id: String,
    pub merchant_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub created_at: i64,
    pub livemode: bool,
}

pub async fn insert(exec: Exec<'_>, row: &CustomerRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "INSERT INTO customers (id, merchant_id, name, email, created_at, livemode)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&row.id)
        .bind(&row.merchant_id)
        .bind(&row.name)
        .bind(&row.email)
        .bind(row.created_at)
        .bind(row.livemode)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The customer `id` if it belongs to `merchant_id` in mode `livemode`; another merchant's
/// customer, or one of the other mode, is `None`.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<CustomerRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, merchant_id, name, email, created_at, livemode FROM customers
             WHERE merchant_id = $1 AND id = $2 AND livemode = $3",
        )
        .bind(merchant_id)
        .bind(id)
        .bind(livemode)
        .fetch_optional(c)
        .await
    })
}

/// The merchant's oldest test-mode customer (the demo's customer).
pub async fn first_of_merchant(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT id FROM customers WHERE merchant_id = $1 AND NOT livemode
             ORDER BY created_at, id LIMIT 1",
        )
        .bind(merchant_id)
        .fetch_optional(c)
        .await
    })
}

/// A customer with the portal configuration a session for them would use.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CustomerWithConfigurationRow {
    pub customer_id: String,
    pub configuration_id: Option<String>,
    pub default_return_url: Option<String>,
}

/// The SQL condition picking, for customer `c`, the portal configuration `pc` named by the
/// parameter `param`: that id, or for `default` the merchant's default (its past_due one
/// when the customer has a past_due subscription and the merchant set one).
pub fn configuration_for_customer(param: &str) -> String {
    format!(
        "(pc.id = {param} OR ({param} = 'default' AND CASE
             WHEN EXISTS (SELECT 1 FROM subscriptions s
                          WHERE s.customer_id = c.id AND s.status = 'past_due')
              AND EXISTS (SELECT 1 FROM portal_configurations d
                          WHERE d.merchant_id = c.merchant_id AND d.livemode = c.livemode
                            AND d.is_past_due_default)
             THEN pc.is_past_due_default
             ELSE pc.is_default END))"
    )
}

/// The merchant's customer `customer_id` and configuration `configuration_id` (or, for
/// `default`, the default: the past_due configuration when the customer has a past_due
/// subscription and the merchant set one) in one round trip; the configuration columns
/// are NULL when it does not exist.
pub async fn get_with_configuration(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
    configuration_id: &str,
) -> Result<Option<CustomerWithConfigurationRow>, sqlx::Error> {
    let sql = format!(
        "SELECT c.id AS customer_id, pc.id AS configuration_id, pc.default_return_url
         FROM customers c
         LEFT JOIN portal_configurations pc ON pc.merchant_id = c.merchant_id
              AND pc.livemode = c.livemode AND {}
         WHERE c.merchant_id = $1 AND c.id = $2 AND c.livemode = $4",
        configuration_for_customer("$3")
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(configuration_id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

/// The customer's test-clock time, or `None` when they live in real time.
/// The customer's `preferredLocales` (a JSON array of tags).
pub async fn preferred_locales(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, String>(
            "SELECT preferred_locales FROM customers WHERE merchant_id = $1 AND id = $2",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_optional(c)
        .await
    })
}

pub async fn set_preferred_locales(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    locales: &str,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE customers SET preferred_locales = $1 WHERE merchant_id = $2 AND id = $3",
        )
        .bind(locales)
        .bind(merchant_id)
        .bind(customer_id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

pub async fn clock_time(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Option<i64>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT test_clock_time FROM customers WHERE merchant_id = $1 AND id = $2",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_optional(c)
        .await
        .map(Option::flatten)
    })
}

/// Moves the customer's test clock to `time`: a test-mode customer's, or a live one's while
/// the merchant's processor is connected with its test keys (no real money moves); other
/// live customers have none.
pub async fn set_clock_time(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    time: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE customers SET test_clock_time = $1
             WHERE merchant_id = $2 AND id = $3
               AND (NOT livemode OR EXISTS (SELECT 1 FROM payment_processors p
                                            WHERE p.merchant_id = $2 AND p.sandbox))",
        )
        .bind(time)
        .bind(merchant_id)
        .bind(customer_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// The customer's default payment method id.
pub async fn default_payment_method(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, Option<String>>(
            "SELECT default_payment_method_id FROM customers WHERE merchant_id = $1 AND id = $2",
        )
        .bind(merchant_id)
        .bind(customer_id)
        .fetch_optional(c)
        .await
        .map(Option::flatten)
    })
}

pub async fn set_default_payment_method(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    payment_method_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE customers SET default_payment_method_id = $1 WHERE merchant_id = $2 AND id = $3",
        )
        .bind(payment_method_id)
        .bind(merchant_id)
        .bind(customer_id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// Phone and billing address of a customer.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct CustomerDetailsRow {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub address_city: Option<String>,
    pub address_postal_code: Option<String>,
    pub address_state: Option<String>,
    pub address_country: Option<String>,
}

pub async fn get_details(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<CustomerDetailsRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT name, email, phone, address_line1, address_line2, address_city,
                    address_postal_code, address_state, address_country
             FROM customers WHERE merchant_id = $1 AND id = $2 AND livemode = $3",
        )
        .bind(merchant_id)
        .bind(id)
        .bind(livemode)
        .fetch_optional(c)
        .await
    })
}

pub async fn update_details(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
    details: &CustomerDetailsRow,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE customers SET name = $1, email = $2, phone = $3, address_line1 = $4,
                 address_line2 = $5, address_city = $6, address_postal_code = $7,
                 address_state = $8, address_country = $9
             WHERE merchant_id = $10 AND id = $11",
        )
        .bind(&details.name)
        .bind(&details.email)
        .bind(&details.phone)
        .bind(&details.address_line1)
        .bind(&details.address_line2)
        .bind(&details.address_city)
        .bind(&details.address_postal_code)
        .bind(&details.address_state)
        .bind(&details.address_country)
        .bind(merchant_id)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The merchant's customers of mode `livemode` whose id, name or e-mail contains `search`
/// (any case; all of them without one), newest first, `limit` from `offset`.
pub async fn search(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    search: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<Vec<CustomerRow>, sqlx::Error> {
    // `%` and `_` typed by the merchant are themselves, not wildcards.
    let pattern = search.map(|text| {
        let escaped = text
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        format!("%{escaped}%")
    });
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, merchant_id, name, email, created_at, livemode FROM customers
             WHERE merchant_id = $1 AND livemode = $2
               AND ($3 IS NULL OR LOWER(id) LIKE $3 ESCAPE '\\'
                    OR LOWER(COALESCE(name, '')) LIKE $3 ESCAPE '\\'
                    OR LOWER(COALESCE(email, '')) LIKE $3 ESCAPE '\\')
             ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5",
        )
        .bind(merchant_id)
        .bind(livemode)
        .bind(pattern)
        .bind(limit)
        .bind(offset)
        .fetch_all(c)
        .await
    })
}

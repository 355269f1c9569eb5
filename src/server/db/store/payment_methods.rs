//! Payment methods as the vault keeps them: a processor token, a fingerprint and what the
//! customer needs to recognise the card. Never a card number or CVC.
use crate::server::db::{on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PaymentMethodRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: String,
    #[sqlx(rename = "type")]
    pub kind: String,
    pub processor_token: String,
    pub fingerprint: String,
    pub brand: String,
    pub last4: String,
    pub exp_month: i64,
    pub exp_year: i64,
    pub sepa_country: Option<String>,
    pub sepa_bank_code: Option<String>,
    pub account_holder_name: Option<String>,
    pub account_holder_email: Option<String>,
    pub billing_postal_code: Option<String>,
    pub mandate_reference: Option<String>,
    pub mandate_accepted_at: Option<i64>,
    pub mandate_ip: Option<String>,
    pub mandate_user_agent: Option<String>,
    pub created_at: i64,
    pub detached_at: Option<i64>,
}

const COLUMNS: &str = "id, merchant_id, customer_id, type, processor_token, fingerprint, brand,
     last4, exp_month, exp_year, sepa_country, sepa_bank_code, account_holder_name,
     account_holder_email, billing_postal_code, mandate_reference, mandate_accepted_at, mandate_ip, mandate_user_agent,
     created_at, detached_at";

/// The fingerprint keying new rows are written with (see migration 0019).
pub const FINGERPRINT_VERSION: i64 = 2;

/// Saves a payment method; it takes its customer's mode.
pub async fn insert(exec: Exec<'_>, row: &PaymentMethodRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO payment_methods ({COLUMNS}, livemode, fingerprint_version) VALUES ($1, $2,
             $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
             $21, (SELECT livemode FROM customers WHERE id = $3), {FINGERPRINT_VERSION})"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.kind)
            .bind(&row.processor_token)
            .bind(&row.fingerprint)
            .bind(&row.brand)
            .bind(&row.last4)
            .bind(row.exp_month)
            .bind(row.exp_year)
            .bind(&row.sepa_country)
            .bind(&row.sepa_bank_code)
            .bind(&row.account_holder_name)
            .bind(&row.account_holder_email)
            .bind(&row.billing_postal_code)
            .bind(&row.mandate_reference)
            .bind(row.mandate_accepted_at)
            .bind(&row.mandate_ip)
            .bind(&row.mandate_user_agent)
            .bind(row.created_at)
            .bind(row.detached_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// An attached payment method of the customer, in mode `livemode`.
pub async fn get(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
    id: &str,
) -> Result<Option<PaymentMethodRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM payment_methods
         WHERE merchant_id = $1 AND customer_id = $2 AND id = $3 AND detached_at IS NULL
           AND livemode = $4"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(id)
            .bind(livemode)
            .fetch_optional(c)
            .await
    })
}

/// A fingerprint written before the operator key existed: (id, merchant, fingerprint).
pub async fn with_old_fingerprints(
    exec: Exec<'_>,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(&format!(
            "SELECT id, merchant_id, fingerprint FROM payment_methods
             WHERE fingerprint_version < {FINGERPRINT_VERSION} ORDER BY id"
        ))
        .fetch_all(c)
        .await
    })
}

/// Replaces an old fingerprint with its rekeyed value, once.
pub async fn rekey_fingerprint(
    exec: Exec<'_>,
    id: &str,
    fingerprint: &str,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(&format!(
            "UPDATE payment_methods SET fingerprint = $2, fingerprint_version = {FINGERPRINT_VERSION}
             WHERE id = $1 AND fingerprint_version < {FINGERPRINT_VERSION}"
        ))
        .bind(id)
        .bind(fingerprint)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The customer's attached payment method with this fingerprint, if any.
pub async fn find_by_fingerprint(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    fingerprint: &str,
) -> Result<Option<PaymentMethodRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM payment_methods
         WHERE merchant_id = $1 AND customer_id = $2 AND fingerprint = $3 AND detached_at IS NULL"
    );
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .bind(customer_id)
            .bind(fingerprint)
            .fetch_optional(c)
            .await
    })
}

/// The customer's attached payment methods, newest first (in insertion order: SQLite's
/// rowid, PostgreSQL's sequence column, since several can share a second).
pub async fn list_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Vec<PaymentMethodRow>, sqlx::Error> {
    let select = format!(
        "SELECT {COLUMNS} FROM payment_methods
         WHERE merchant_id = $1 AND customer_id = $2 AND detached_at IS NULL"
    );
    match exec {
        Exec::Sqlite(c) => {
            sqlx::query_as(&format!("{select} ORDER BY rowid DESC"))
                .bind(merchant_id)
                .bind(customer_id)
                .fetch_all(c)
                .await
        }
        Exec::Postgres(c) => {
            sqlx::query_as(&format!("{select} ORDER BY sequence DESC"))
                .bind(merchant_id)
                .bind(customer_id)
                .fetch_all(c)
                .await
        }
    }
}

/// Marks the payment method detached; answers whether it was attached.
pub async fn detach(
    exec: Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
    id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE payment_methods SET detached_at = $1
             WHERE merchant_id = $2 AND customer_id = $3 AND id = $4 AND detached_at IS NULL",
        )
        .bind(now)
        .bind(merchant_id)
        .bind(customer_id)
        .bind(id)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// A card's new expiry and last four digits, as the card network updated them.
pub async fn update_card(
    exec: Exec<'_>,
    merchant_id: &str,
    id: &str,
    exp_month: i64,
    exp_year: i64,
    last4: &str,
) -> Result<bool, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE payment_methods SET exp_month = $1, exp_year = $2, last4 = $3
             WHERE merchant_id = $4 AND id = $5 AND detached_at IS NULL AND type = 'card'",
        )
        .bind(exp_month)
        .bind(exp_year)
        .bind(last4)
        .bind(merchant_id)
        .bind(id)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// The customer holding the merchant's attached payment method `id` of mode `livemode`.
pub async fn owner(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT customer_id FROM payment_methods
             WHERE merchant_id = $1 AND id = $2 AND detached_at IS NULL AND livemode = $3",
        )
        .bind(merchant_id)
        .bind(id)
        .bind(livemode)
        .fetch_optional(c)
        .await
    })
}

/// The merchant's attached live payment method saved at the processor as `token`.
pub async fn by_processor_token(
    exec: Exec<'_>,
    merchant_id: &str,
    token: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT id FROM payment_methods
             WHERE merchant_id = $1 AND processor_token = $2 AND detached_at IS NULL
               AND livemode = $3",
        )
        .bind(merchant_id)
        .bind(token)
        .bind(true)
        .fetch_optional(c)
        .await
    })
}

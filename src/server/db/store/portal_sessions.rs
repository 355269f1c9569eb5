//! Portal sessions: minted by the API, redeemed once by a browser for a cookie.
use std::sync::OnceLock;

use super::subscriptions::{self, SubscriptionWithPriceRow};
use crate::server::db::{
    inline::{self, inline_row},
    on_exec, Db, Exec,
};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PortalSessionRow {
    pub id: String,
    pub merchant_id: String,
    pub customer_id: String,
    pub configuration_id: String,
    pub return_url: String,
    pub secret_hash: String,
    pub livemode: bool,
    pub created_at: i64,
    pub expires_at: i64,
    pub redeemed_at: Option<i64>,
    pub access_token_hash: Option<String>,
    pub access_expires_at: Option<i64>,
    /// Where redemption lands (a `PortalFlow`'s word); `None`: the portal's home.
    pub flow_type: Option<String>,
    /// The deep link's flow (JSON `FlowData`).
    pub flow_data: Option<String>,
}

const COLUMNS: &str =
    "id, merchant_id, customer_id, configuration_id, return_url, secret_hash, livemode,
     created_at, expires_at, redeemed_at, access_token_hash, access_expires_at, flow_type,
     flow_data";

pub async fn insert(exec: Exec<'_>, row: &PortalSessionRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO portal_sessions ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
    );
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(&row.id)
            .bind(&row.merchant_id)
            .bind(&row.customer_id)
            .bind(&row.configuration_id)
            .bind(&row.return_url)
            .bind(&row.secret_hash)
            .bind(row.livemode)
            .bind(row.created_at)
            .bind(row.expires_at)
            .bind(row.redeemed_at)
            .bind(&row.access_token_hash)
            .bind(row.access_expires_at)
            .bind(&row.flow_type)
            .bind(&row.flow_data)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// A session to mint for a customer of a merchant, with a configuration id (`default`: the
/// merchant's default, or its past_due one for a customer with a past_due subscription).
pub struct NewSession<'a> {
    pub id: &'a str,
    pub merchant_id: &'a str,
    pub customer_id: &'a str,
    pub configuration: &'a str,
    /// `None` takes the configuration's `defaultReturnUrl`.
    pub return_url: Option<&'a str>,
    pub secret_hash: &'a str,
    pub livemode: bool,
    pub created_at: i64,
    pub expires_at: i64,
    /// Where redemption lands (a `PortalFlow`'s word); `None`: the portal's home.
    pub flow_type: Option<&'a str>,
    /// A language tag, or `auto` (the browser's Accept-Language).
    pub locale: &'a str,
    /// The deep link's flow (JSON `FlowData`).
    pub flow_data: Option<&'a str>,
}

inline_row! {
    /// What a mint wrote that the caller did not know: the configuration chosen, the return
    /// URL, and the merchant's verified custom domain (its links use it).
    #[derive(Debug, Clone, sqlx::FromRow)]
    pub struct Minted {
        pub configuration_id: String,
        pub return_url: String,
        pub custom_domain: Option<String>,
    }
}

/// Mints a session in one statement (INSERT ... SELECT): the customer and configuration
/// are looked up as it is written, so a mint is a single round trip. `None` when nothing
/// was written: no such customer of the merchant in the session's mode, no such
/// configuration in it, or no return URL.
pub async fn mint(db: &Db, new: &NewSession<'_>) -> Result<Option<Minted>, sqlx::Error> {
    static SQL: OnceLock<String> = OnceLock::new();
    let sql = SQL.get_or_init(|| {
        format!(
            "INSERT INTO portal_sessions (id, merchant_id, customer_id, configuration_id,
                 return_url, secret_hash, livemode, created_at, expires_at, flow_type, locale,
                 flow_data)
             SELECT $1, c.merchant_id, c.id, pc.id, COALESCE($5, pc.default_return_url), $6, $7,
                    $8, $9, $10, $11, $12
             FROM customers c
             JOIN portal_configurations pc ON pc.merchant_id = c.merchant_id
                  AND pc.livemode = c.livemode AND {}
             WHERE c.merchant_id = $2 AND c.id = $3 AND c.livemode = $7
               AND COALESCE($5, pc.default_return_url) IS NOT NULL
             RETURNING configuration_id, return_url,
                 (SELECT d.domain FROM custom_domains d
                  WHERE d.merchant_id = portal_sessions.merchant_id AND d.verified_at IS NOT NULL
                  ORDER BY d.verified_at, d.id LIMIT 1) AS custom_domain",
            super::customers::configuration_for_customer("$4")
        )
    });
    match db {
        // Every mint pays this write: it runs inline (see `db::inline`).
        Db::Sqlite(sqlite) => {
            sqlite
                .write_inline(|c| {
                    inline::query_optional(
                        c,
                        sql,
                        &[
                            &new.id,
                            &new.merchant_id,
                            &new.customer_id,
                            &new.configuration,
                            &new.return_url,
                            &new.secret_hash,
                            &new.livemode,
                            &new.created_at,
                            &new.expires_at,
                            &new.flow_type,
                            &new.locale,
                            &new.flow_data,
                        ],
                    )
                })
                .await
        }
        Db::Postgres(pool) => {
            sqlx::query_as(sql)
                .bind(new.id)
                .bind(new.merchant_id)
                .bind(new.customer_id)
                .bind(new.configuration)
                .bind(new.return_url)
                .bind(new.secret_hash)
                .bind(new.livemode)
                .bind(new.created_at)
                .bind(new.expires_at)
                .bind(new.flow_type)
                .bind(new.locale)
                .bind(new.flow_data)
                .fetch_optional(pool)
                .await
        }
    }
}

pub async fn get(exec: Exec<'_>, id: &str) -> Result<Option<PortalSessionRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM portal_sessions WHERE id = $1");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql).bind(id).fetch_optional(c).await
    })
}

/// The `frameAncestors` (JSON) of the session's configuration.
pub async fn frame_ancestors(exec: Exec<'_>, id: &str) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "SELECT pc.frame_ancestors FROM portal_sessions s
             JOIN portal_configurations pc ON pc.id = s.configuration_id
             WHERE s.id = $1",
        )
        .bind(id)
        .fetch_optional(c)
        .await
    })
}

/// Redeems the session in one conditional UPDATE: it succeeds for exactly one caller,
/// only with the right secret, before expiry, and only if nobody redeemed it first.
/// Both backends serialise concurrent UPDATEs of one row and re-check the WHERE clause.
pub async fn redeem(
    exec: Exec<'_>,
    id: &str,
    secret_hash: &str,
    now: i64,
    access_token_hash: &str,
    access_expires_at: i64,
    client: (Option<&str>, Option<&str>),
) -> Result<bool, sqlx::Error> {
    let (ip, user_agent) = client;
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE portal_sessions
             SET redeemed_at = $1, access_token_hash = $2, access_expires_at = $3,
                 redeemed_ip = $6, redeemed_user_agent = $7
             WHERE id = $4 AND secret_hash = $5 AND redeemed_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(access_token_hash)
        .bind(access_expires_at)
        .bind(id)
        .bind(secret_hash)
        .bind(ip)
        .bind(user_agent)
        .execute(c)
        .await
        .map(|done| done.rows_affected() == 1)
    })
}

/// Ends the redeemed session whose cookie token hashes to `access_token_hash`: the token
/// stops working at once (it is cleared). Answers the session's return URL, if it was live.
pub async fn end_access(
    exec: Exec<'_>,
    access_token_hash: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "UPDATE portal_sessions SET access_token_hash = NULL, access_expires_at = $2
             WHERE access_token_hash = $1 AND access_expires_at > $2
             RETURNING return_url",
        )
        .bind(access_token_hash)
        .bind(now)
        .fetch_optional(c)
        .await
    })
}

/// The UPDATE that ends the merchant's (`$1`, `$2`) sessions whose `column` is `$3` at `$4`:
/// cookies still working stop, links still redeemable expire; nothing else is touched.
fn ending(column: &str) -> String {
    format!(
        "UPDATE portal_sessions
         SET access_token_hash = NULL, revoked_at = $4,
             access_expires_at = CASE WHEN access_expires_at > $4 THEN $4 ELSE access_expires_at END,
             expires_at = CASE WHEN expires_at > $4 THEN $4 ELSE expires_at END
         WHERE merchant_id = $1 AND livemode = $2 AND {column} = $3
           AND ((access_token_hash IS NOT NULL AND access_expires_at > $4)
                OR (redeemed_at IS NULL AND expires_at > $4))"
    )
}

/// Ends every session of the customer that still works or could still be redeemed: open
/// cookies stop working and unredeemed links expire. Answers how many were ended.
pub async fn end_all_for_customer(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let sql = ending("customer_id");
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .bind(customer_id)
            .bind(now)
            .execute(c)
            .await
            .map(|done| done.rows_affected())
    })
}

/// Ends one session of the merchant's mode, if it still works or could still be redeemed
/// (the same ending as [`end_all_for_customer`]). Answers whether it did.
pub async fn end_one(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = ending("id");
    on_exec!(exec, |c| {
        sqlx::query(&sql)
            .bind(merchant_id)
            .bind(livemode)
            .bind(id)
            .bind(now)
            .execute(c)
            .await
            .map(|done| done.rows_affected() == 1)
    })
}

/// A session as the API and the dashboard list it, with its customer's name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecentSessionRow {
    pub id: String,
    pub customer_id: String,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub configuration_id: String,
    pub return_url: String,
    pub locale: String,
    pub flow_type: Option<String>,
    pub livemode: bool,
    pub created_at: i64,
    pub expires_at: i64,
    pub redeemed_at: Option<i64>,
    /// The cookie still works (until `access_expires_at`).
    pub signed_in: bool,
    pub access_expires_at: Option<i64>,
    pub redeemed_ip: Option<String>,
    pub redeemed_user_agent: Option<String>,
    pub revoked_at: Option<i64>,
}

/// Which sessions to list: the merchant's in one mode, optionally one customer's, newest
/// first after the cursor `starting_after` (a session id).
pub struct SessionFilter<'a> {
    pub merchant_id: &'a str,
    pub livemode: bool,
    pub customer_id: Option<&'a str>,
    pub id: Option<&'a str>,
    pub starting_after: Option<&'a str>,
    pub limit: i64,
}

/// The sessions `filter` selects, newest first.
pub async fn list(
    exec: Exec<'_>,
    filter: &SessionFilter<'_>,
) -> Result<Vec<RecentSessionRow>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT s.id, s.customer_id, c.name AS customer_name, c.email AS customer_email,
                    s.configuration_id, s.return_url, s.locale, s.flow_type, s.livemode,
                    s.created_at, s.expires_at, s.redeemed_at,
                    (s.access_token_hash IS NOT NULL) AS signed_in, s.access_expires_at,
                    s.redeemed_ip, s.redeemed_user_agent, s.revoked_at
             FROM portal_sessions s JOIN customers c ON c.id = s.customer_id
             WHERE s.merchant_id = $1 AND s.livemode = $2
               AND (CAST($3 AS TEXT) IS NULL OR s.customer_id = $3)
               AND (CAST($4 AS TEXT) IS NULL OR s.id = $4)
               AND (CAST($5 AS TEXT) IS NULL OR (s.created_at, s.id) <
                    (SELECT p.created_at, p.id FROM portal_sessions p
                     WHERE p.merchant_id = $1 AND p.id = $5))
             ORDER BY s.created_at DESC, s.id DESC LIMIT $6",
        )
        .bind(filter.merchant_id)
        .bind(filter.livemode)
        .bind(filter.customer_id)
        .bind(filter.id)
        .bind(filter.starting_after)
        .bind(filter.limit)
        .fetch_all(c)
        .await
    })
}

inline_row! {
    /// A redeemed session with what every portal page needs about its merchant, customer and
    /// configuration, in one round trip.
    #[derive(Debug, Clone, sqlx::FromRow)]
    pub struct PortalAccessRow {
        pub id: String,
        pub merchant_id: String,
        pub customer_id: String,
        pub configuration_id: String,
        pub return_url: String,
        pub livemode: bool,
        pub merchant_name: String,
        pub customer_name: Option<String>,
        pub customer_email: Option<String>,
        /// The customer's test clock (unix seconds), if they have one.
        pub customer_clock_time: Option<i64>,
        /// The customer's default payment method (type, brand, last 4), for the overview.
        pub default_pm_type: Option<String>,
        pub default_pm_brand: Option<String>,
        pub default_pm_last4: Option<String>,
        pub features: String,
        /// The configuration's `businessProfile` (JSON): its headline and legal links override
        /// the brand's.
        pub business_profile: String,
        /// The configuration's `frameAncestors` (JSON array of origins).
        pub frame_ancestors: String,
        /// The session's deep link (JSON `FlowData`), if it was minted with one.
        pub flow_data: Option<String>,
        /// `auto` or the tag the merchant minted the session with.
        pub locale: String,
        /// The language picked in the portal's footer during this session, if any.
        pub chosen_language: Option<String>,
        /// The customer's `preferredLocales` (JSON array of tags).
        pub preferred_locales: String,
        flatten pub brand: super::merchants::BrandRow,
    }
}

/// Records the language picked in the portal's footer for the session.
pub async fn set_chosen_language(
    exec: Exec<'_>,
    session_id: &str,
    language: &str,
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE portal_sessions SET chosen_language = $1 WHERE id = $2")
            .bind(language)
            .bind(session_id)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The session, merchant, customer and configuration columns of [`PortalAccessRow`].
const ACCESS_SELECT: &str =
    "SELECT s.id, s.merchant_id, s.customer_id, s.configuration_id, s.return_url, s.livemode,
            m.name AS merchant_name, c.name AS customer_name, c.email AS customer_email,
            c.test_clock_time AS customer_clock_time, dpm.type AS default_pm_type,
            dpm.brand AS default_pm_brand, dpm.last4 AS default_pm_last4,
            pc.features, pc.business_profile, pc.frame_ancestors, s.flow_data, s.locale,
            s.chosen_language, c.preferred_locales, m.brand_business_name, m.brand_accent_color,
            m.brand_support_url, m.brand_support_email, m.brand_privacy_url,
            m.brand_terms_url, m.brand_logo_type, m.brand_updated_at";

const ACCESS_FROM: &str = "FROM portal_sessions s
     JOIN merchants m ON m.id = s.merchant_id
     JOIN customers c ON c.id = s.customer_id
     JOIN portal_configurations pc ON pc.id = s.configuration_id
     LEFT JOIN payment_methods dpm ON dpm.id = c.default_payment_method_id
          AND dpm.customer_id = c.id AND dpm.detached_at IS NULL
     WHERE s.access_token_hash = $1 AND s.access_expires_at > $2";

/// The valid session whose cookie token hashes to `access_token_hash`, joined with its
/// merchant, customer and configuration. Every portal page and action reads it first, so
/// on SQLite it runs inline (see `db::inline`).
pub async fn find_access(
    db: &Db,
    access_token_hash: &str,
    now: i64,
) -> Result<Option<PortalAccessRow>, sqlx::Error> {
    let sql = find_access_sql();
    match db {
        Db::Sqlite(sqlite) => sqlite
            .inline
            .read(|c| inline::query_optional(c, sql, &[&access_token_hash, &now])),
        Db::Postgres(pool) => {
            sqlx::query_as(sql)
                .bind(access_token_hash)
                .bind(now)
                .fetch_optional(pool)
                .await
        }
    }
}

/// The text of [`find_access`] (`$1` the token's hash, `$2` now), made once.
fn find_access_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| format!("{ACCESS_SELECT} {ACCESS_FROM}"))
}

#[derive(sqlx::FromRow)]
struct AccessWithSubscriptionsRow {
    #[sqlx(flatten)]
    access: PortalAccessRow,
    subscriptions: String,
}

/// [`find_access`] and the customer's subscriptions with their prices, oldest first (the
/// overview's). On SQLite, two statements inline on one snapshot; on PostgreSQL, one round
/// trip that brings the subscriptions as a JSON array column.
pub async fn find_access_with_subscriptions(
    db: &Db,
    access_token_hash: &str,
    now: i64,
) -> Result<Option<(PortalAccessRow, Vec<SubscriptionWithPriceRow>)>, sqlx::Error> {
    match db {
        Db::Sqlite(sqlite) => sqlite.inline.read_snapshot(|c| {
            let access: Option<PortalAccessRow> =
                inline::query_optional(c, find_access_sql(), &[&access_token_hash, &now])?;
            let Some(access) = access else {
                return Ok(None);
            };
            let subscriptions = inline::query_all(
                c,
                subscriptions::list_with_prices_sql(),
                &[&access.merchant_id, &access.customer_id],
            )?;
            Ok(Some((access, subscriptions)))
        }),
        Db::Postgres(pool) => {
            static SQL: OnceLock<String> = OnceLock::new();
            let sql = SQL.get_or_init(|| {
                let subscriptions = subscriptions::customer_subscriptions_json_pg("s");
                format!("{ACCESS_SELECT}, {subscriptions} AS subscriptions {ACCESS_FROM}")
            });
            let row: Option<AccessWithSubscriptionsRow> = sqlx::query_as(sql)
                .bind(access_token_hash)
                .bind(now)
                .fetch_optional(pool)
                .await?;
            let Some(row) = row else {
                return Ok(None);
            };
            let mut list: Vec<SubscriptionWithPriceRow> = serde_json::from_str(&row.subscriptions)
                .map_err(|error| sqlx::Error::Decode(Box::new(error)))?;
            list.sort_by(|a, b| {
                (a.subscription.created_at, &a.subscription.id)
                    .cmp(&(b.subscription.created_at, &b.subscription.id))
            });
            Ok(Some((row.access, list)))
        }
    }
}

//! Custom domains (`/v1/custom_domains`): a merchant points `billing.example.com` at the
//! portal with a CNAME, proves ownership with a TXT record, and from then on its customers'
//! portal links use that name and the name serves only this merchant's portal.
use std::net::SocketAddr;

use serde::Serialize;
use serde_json::json;

use super::{audit, now_unix, objects::format_time, Actor, ServiceError, ServiceResult};
use crate::{
    domain::{
        host_name::{host_of_authority, parse_custom_domain},
        ids::{self, prefix},
    },
    server::{
        db::{store, store::custom_domains::CustomDomainRow, Db},
        dns, secrets,
    },
};

/// Where the TXT record goes, under the custom domain.
pub const VERIFICATION_LABEL: &str = "_vinr-verification";
/// Claims a merchant may hold at once.
pub const MAX_DOMAINS_PER_MERCHANT: i64 = 20;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomDomainObject {
    pub id: String,
    pub object: &'static str,
    pub domain: String,
    /// `pending` until the TXT record is found, then `verified`.
    pub status: &'static str,
    /// The record that routes the name to the portal.
    pub cname: DnsRecord,
    /// The record that proves the merchant controls the name.
    pub txt: DnsRecord,
    pub verified_at: Option<String>,
    pub last_checked_at: Option<String>,
    pub last_check_error: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DnsRecord {
    pub name: String,
    pub value: String,
}

impl CustomDomainObject {
    fn new(row: &CustomDomainRow, public_url: &str) -> Self {
        Self {
            id: row.id.clone(),
            object: "custom_domain",
            domain: row.domain.clone(),
            status: if row.verified_at.is_some() {
                "verified"
            } else {
                "pending"
            },
            cname: DnsRecord {
                name: row.domain.clone(),
                value: cname_target(public_url),
            },
            txt: DnsRecord {
                name: verification_name(&row.domain),
                value: verification_value(&row.verification_token),
            },
            verified_at: row.verified_at.map(format_time),
            last_checked_at: row.last_checked_at.map(format_time),
            last_check_error: row.last_check_error.clone(),
            created_at: format_time(row.created_at),
        }
    }
}

/// The host of `VINR_PUBLIC_URL`: what a custom domain's CNAME points at.
pub fn cname_target(public_url: &str) -> String {
    let authority = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest)
        .split('/')
        .next()
        .unwrap_or_default();
    host_of_authority(authority)
}

/// Where a merchant's customers reach the portal: `public_url` with its host replaced by
/// the merchant's verified custom domain, if any. The domain is a CNAME of the public host,
/// so scheme and port stay the same.
pub fn portal_base_url(public_url: &str, custom_domain: Option<&str>) -> String {
    let public_url = public_url.trim_end_matches('/');
    let Some(domain) = custom_domain else {
        return public_url.to_string();
    };
    let mut url = match url::Url::parse(public_url) {
        Ok(url) => url,
        Err(_) => return format!("https://{domain}"),
    };
    match url.set_host(Some(domain)) {
        Ok(()) => url.as_str().trim_end_matches('/').to_string(),
        Err(_) => format!("https://{domain}"),
    }
}

fn verification_name(domain: &str) -> String {
    format!("{VERIFICATION_LABEL}.{domain}")
}

fn verification_value(token: &str) -> String {
    format!("vinr-verification={token}")
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::not_found("custom domain", "id", id)
}

pub async fn create(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    domain: &str,
) -> ServiceResult<CustomDomainObject> {
    actor.require_shared_settings_access()?;
    let domain = parse_custom_domain(domain).map_err(|m| ServiceError::invalid("domain", m))?;
    if domain == cname_target(public_url) {
        return Err(ServiceError::invalid(
            "domain",
            "This is the portal's own host; choose a name of your own domain",
        ));
    }
    let now = now_unix();
    let row = CustomDomainRow {
        id: secrets::new_id(prefix::CUSTOM_DOMAIN),
        merchant_id: actor.merchant_id().to_string(),
        domain,
        // Only the merchant who was given it can publish it.
        verification_token: secrets::new_hex_token(),
        verified_at: None,
        last_checked_at: None,
        last_check_error: None,
        created_at: now,
    };
    let mut tx = db.begin_write().await?;
    if store::custom_domains::find_claim(tx.exec(), &row.merchant_id, &row.domain)
        .await?
        .is_some()
    {
        return Err(ServiceError::invalid(
            "domain",
            format!("You have already added {}", row.domain),
        ));
    }
    if store::custom_domains::count(tx.exec(), &row.merchant_id).await? >= MAX_DOMAINS_PER_MERCHANT
    {
        return Err(ServiceError::invalid(
            "domain",
            format!("At most {MAX_DOMAINS_PER_MERCHANT} custom domains; delete one first"),
        ));
    }
    store::custom_domains::insert(tx.exec(), &row).await?;
    let created = CustomDomainObject::new(&row, public_url);
    audit::record_created(tx.exec(), actor, "custom_domain.created", &row.id, &created).await?;
    tx.commit().await?;
    Ok(created)
}

pub async fn get(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    id: &str,
) -> ServiceResult<CustomDomainObject> {
    let mut conn = db.conn().await?;
    store::custom_domains::get(conn.exec(), actor.merchant_id(), id)
        .await?
        .map(|row| CustomDomainObject::new(&row, public_url))
        .ok_or_else(|| not_found(id))
}

pub async fn list(
    db: &Db,
    actor: &Actor,
    public_url: &str,
) -> ServiceResult<Vec<CustomDomainObject>> {
    let mut conn = db.conn().await?;
    Ok(
        store::custom_domains::list(conn.exec(), actor.merchant_id())
            .await?
            .iter()
            .map(|row| CustomDomainObject::new(row, public_url))
            .collect(),
    )
}

/// Removes the claim; a verified name stops serving the merchant's portal at once, and new
/// portal links use the default host again.
pub async fn delete(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    id: &str,
) -> ServiceResult<CustomDomainObject> {
    actor.require_shared_settings_access()?;
    if !ids::has_prefix(id, prefix::CUSTOM_DOMAIN) {
        return Err(not_found(id));
    }
    let mut tx = db.begin_write().await?;
    let row = store::custom_domains::get(tx.exec(), actor.merchant_id(), id)
        .await?
        .ok_or_else(|| not_found(id))?;
    store::custom_domains::delete(tx.exec(), actor.merchant_id(), id).await?;
    let deleted = CustomDomainObject::new(&row, public_url);
    audit::record(
        tx.exec(),
        actor,
        now_unix(),
        audit::NewEntry {
            action: "custom_domain.deleted",
            customer_id: None,
            object_id: &row.id,
            changes: Some(json!({ "object": { "before": deleted, "after": null } })),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(deleted)
}

/// Looks up the TXT record and marks the domain verified when it carries the token. A
/// failed check is stored (`lastCheckError`) and answered as an invalid request naming
/// what was found, so the merchant knows what to fix.
pub async fn verify(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    name_server: Option<SocketAddr>,
    id: &str,
) -> ServiceResult<CustomDomainObject> {
    actor.require_shared_settings_access()?;
    if !ids::has_prefix(id, prefix::CUSTOM_DOMAIN) {
        return Err(not_found(id));
    }
    let mut row = {
        let mut conn = db.conn().await?;
        store::custom_domains::get(conn.exec(), actor.merchant_id(), id)
            .await?
            .ok_or_else(|| not_found(id))?
    };
    // The lookup happens outside any transaction: it may take seconds.
    let expected = verification_value(&row.verification_token);
    let name = verification_name(&row.domain);
    let outcome = match dns::txt_records(name_server, &name).await {
        Ok(records) if records.iter().any(|record| record.trim() == expected) => Ok(()),
        Ok(records) => Err(format!(
            "The TXT record at {name} is {}, not \"{expected}\"",
            records
                .iter()
                .map(|record| format!("\"{record}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Err(error) => Err(format!("{error}; add TXT \"{expected}\" at {name}")),
    };
    let now = now_unix();
    row.last_checked_at = Some(now);
    let was_verified = row.verified_at.is_some();
    match &outcome {
        Ok(()) => {
            row.verified_at = row.verified_at.or(Some(now));
            row.last_check_error = None;
        }
        // A verified domain stays verified: a flaky lookup must not take a live portal down.
        Err(message) => row.last_check_error = Some(message.clone()),
    }
    let mut tx = db.begin_write().await?;
    match store::custom_domains::record_check(tx.exec(), &row).await {
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            return Err(ServiceError::invalid(
                "domain",
                format!("{} is already in use by another account", row.domain),
            ));
        }
        other => other?,
    }
    if outcome.is_ok() && !was_verified {
        audit::record(
            tx.exec(),
            actor,
            now,
            audit::NewEntry {
                action: "custom_domain.verified",
                customer_id: None,
                object_id: &row.id,
                changes: Some(json!({ "status": { "before": "pending", "after": "verified" } })),
                event_id: None,
            },
        )
        .await?;
    }
    tx.commit().await?;
    match outcome {
        Ok(()) => Ok(CustomDomainObject::new(&row, public_url)),
        Err(message) if was_verified => {
            tracing::warn!(domain = %row.domain, %message, "a verified domain's TXT record is gone");
            Ok(CustomDomainObject::new(&row, public_url))
        }
        Err(message) => Err(ServiceError::invalid("domain", message)),
    }
}

//! Custom domains (`/v1/custom_domains`): a merchant points `billing.example.com` at the
//! portal with a CNAME, proves ownership with a TXT record, and from then on its customers'
//! portal links use that name and the name serves only this merchant's portal.
//!
//! Over 500 lines with its tests: verification, the daily re-check and its grace period.
use std::net::SocketAddr;

use serde::Serialize;
use serde_json::json;

use crate::domain::host_name::{cname_target, CustomDomainStatus};
use crate::server::services::{
    developers::audit,
    developers::events::{self, NewEvent},
    now_unix,
    objects::format_time,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        host_name::parse_custom_domain,
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

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomDomainObject {
    pub id: String,
    pub object: &'static str,
    pub domain: String,
    /// `pending` until the TXT record is found, then `verified`; `lapsed` once the record
    /// has been missing for the grace period (the domain no longer serves; verify again).
    pub status: CustomDomainStatus,
    /// The record that routes the name to the portal.
    pub cname: DnsRecord,
    /// The record that proves the merchant controls the name.
    pub txt: DnsRecord,
    pub verified_at: Option<String>,
    pub last_checked_at: Option<String>,
    pub last_check_error: Option<String>,
    /// While a verified domain's TXT record is missing: the end of its grace period, after
    /// which it stops serving unless the record is back.
    pub serving_until: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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
            status: match (row.verified_at, row.lapsed_at) {
                (Some(_), _) => CustomDomainStatus::Verified,
                (None, Some(_)) => CustomDomainStatus::Lapsed,
                (None, None) => CustomDomainStatus::Pending,
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
            serving_until: row
                .failing_since
                .filter(|_| row.verified_at.is_some())
                .map(|since| format_time(since.saturating_add(GRACE_SECONDS))),
            created_at: format_time(row.created_at),
        }
    }
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
        failing_since: None,
        lapsed_at: None,
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

/// How long a verified domain keeps serving after its TXT record disappeared.
pub const GRACE_SECONDS: i64 = 7 * 86_400;
/// How long after its last check a verified domain's TXT record is looked up again.
pub const RECHECK_AFTER_SECONDS: i64 = 86_400;

/// What one TXT check changed, for the merchant to hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Transition {
    Unchanged,
    /// Verified for the first time, or again after lapsing.
    Verified,
    /// A verified domain's record is missing: it serves on until the grace period ends.
    StartedFailing,
    /// The grace period ended with the record still missing: the domain no longer serves.
    Lapsed,
}

/// Applies the outcome of a TXT lookup made at `now` to `row`. A verified domain stays
/// verified through a failed lookup (a flaky resolver must not take a live portal down)
/// until the record has been missing for [`GRACE_SECONDS`].
fn apply_check(row: &mut CustomDomainRow, outcome: &Result<(), String>, now: i64) -> Transition {
    row.last_checked_at = Some(now);
    match outcome {
        Ok(()) => {
            row.last_check_error = None;
            row.failing_since = None;
            if row.verified_at.is_some() {
                return Transition::Unchanged;
            }
            row.verified_at = Some(now);
            row.lapsed_at = None;
            Transition::Verified
        }
        Err(message) => {
            row.last_check_error = Some(message.clone());
            if row.verified_at.is_none() {
                return Transition::Unchanged;
            }
            match row.failing_since {
                None => {
                    row.failing_since = Some(now);
                    Transition::StartedFailing
                }
                Some(since) if now.saturating_sub(since) >= GRACE_SECONDS => {
                    row.verified_at = None;
                    row.failing_since = None;
                    row.lapsed_at = Some(now);
                    Transition::Lapsed
                }
                Some(_) => Transition::Unchanged,
            }
        }
    }
}

/// Looks the domain's TXT record up (outside any transaction: it may take seconds).
async fn check_txt(name_server: Option<SocketAddr>, row: &CustomDomainRow) -> Result<(), String> {
    let expected = verification_value(&row.verification_token);
    let name = verification_name(&row.domain);
    match dns::txt_records(name_server, &name).await {
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
    }
}

/// Stores a check and what it changed: the audit entry of a verification by `actor`, and
/// for a failing or lapsed domain an event in each mode (the domain serves both), made by
/// the product itself.
async fn record_check(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    row: &CustomDomainRow,
    transition: Transition,
    now: i64,
) -> ServiceResult<()> {
    let mut tx = db.begin_write().await?;
    match store::custom_domains::record_check(tx.exec(), row).await {
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            return Err(ServiceError::invalid(
                "domain",
                format!("{} is already in use by another account", row.domain),
            ));
        }
        other => other?,
    }
    let event_type = match transition {
        Transition::Unchanged => None,
        Transition::Verified => {
            audit::record(
                tx.exec(),
                actor,
                now,
                audit::NewEntry {
                    action: "custom_domain.verified",
                    customer_id: None,
                    object_id: &row.id,
                    changes: Some(
                        json!({ "status": { "before": "pending", "after": "verified" } }),
                    ),
                    event_id: None,
                },
            )
            .await?;
            None
        }
        Transition::StartedFailing => Some("custom_domain.verification_failing"),
        Transition::Lapsed => Some("custom_domain.lapsed"),
    };
    if let Some(event_type) = event_type {
        let object = serde_json::to_value(CustomDomainObject::new(row, public_url))
            .map_err(anyhow::Error::from)?;
        for livemode in [false, true] {
            let system = Actor::System {
                merchant_id: row.merchant_id.clone(),
                livemode,
            };
            let event = NewEvent {
                event_type,
                customer_id: None,
                object_id: &row.id,
                object: object.clone(),
                previous_attributes: None,
            };
            events::record(tx.exec(), &system, now, event).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Looks up the TXT record and marks the domain verified when it carries the token. A
/// failed check is stored (`lastCheckError`) and answered as an invalid request naming
/// what was found, so the merchant knows what to fix; a verified domain's failed check
/// starts its grace period and is answered with the domain (`servingUntil`).
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
    let outcome = check_txt(name_server, &row).await;
    let now = now_unix();
    let transition = apply_check(&mut row, &outcome, now);
    record_check(db, actor, public_url, &row, transition, now).await?;
    match outcome {
        Err(message) if row.verified_at.is_none() => Err(ServiceError::invalid("domain", message)),
        Err(message) => {
            tracing::warn!(domain = %row.domain, %message, "a verified domain's TXT record is gone");
            Ok(CustomDomainObject::new(&row, public_url))
        }
        Ok(()) => Ok(CustomDomainObject::new(&row, public_url)),
    }
}

/// What a round of re-checks did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RecheckReport {
    pub checked: usize,
    /// Domains whose record went missing in this round (their grace period started).
    pub failing: usize,
    /// Domains that stopped serving in this round.
    pub lapsed: usize,
}

/// Looks up again, as of `now`, the TXT record of every verified domain last checked more
/// than a day before; a record missing for [`GRACE_SECONDS`] stops the domain serving.
pub async fn recheck_due(
    db: &Db,
    public_url: &str,
    name_server: Option<SocketAddr>,
    now: i64,
) -> ServiceResult<RecheckReport> {
    const BATCH: i64 = 100;
    let mut report = RecheckReport::default();
    loop {
        let due = {
            let mut conn = db.conn().await?;
            store::custom_domains::due_for_recheck(
                conn.exec(),
                now.saturating_sub(RECHECK_AFTER_SECONDS),
                BATCH,
            )
            .await?
        };
        if due.is_empty() {
            return Ok(report);
        }
        for mut row in due {
            let outcome = check_txt(name_server, &row).await;
            let transition = apply_check(&mut row, &outcome, now);
            let system = Actor::System {
                merchant_id: row.merchant_id.clone(),
                livemode: true,
            };
            record_check(db, &system, public_url, &row, transition, now).await?;
            report.checked += 1;
            match transition {
                Transition::StartedFailing => report.failing += 1,
                Transition::Lapsed => report.lapsed += 1,
                Transition::Unchanged | Transition::Verified => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verified_row() -> CustomDomainRow {
        CustomDomainRow {
            id: "cdom_1".into(),
            merchant_id: "mer_1".into(),
            domain: "billing.acme.test".into(),
            verification_token: "t".into(),
            verified_at: Some(1_000),
            last_checked_at: Some(1_000),
            last_check_error: None,
            created_at: 1_000,
            failing_since: None,
            lapsed_at: None,
        }
    }

    #[test]
    fn a_missing_record_lapses_only_after_the_grace_period() {
        let missing = Err("gone".to_string());
        let mut row = verified_row();
        assert_eq!(
            apply_check(&mut row, &missing, 2_000),
            Transition::StartedFailing
        );
        assert_eq!(row.failing_since, Some(2_000));
        assert_eq!(
            apply_check(&mut row, &missing, 2_000 + GRACE_SECONDS - 1),
            Transition::Unchanged
        );
        assert!(
            row.verified_at.is_some(),
            "still serving within the grace period"
        );
        assert_eq!(
            apply_check(&mut row, &missing, 2_000 + GRACE_SECONDS),
            Transition::Lapsed
        );
        assert_eq!(
            (row.verified_at, row.lapsed_at),
            (None, Some(2_000 + GRACE_SECONDS))
        );
        // Further failures change nothing; proving it again restores it.
        assert_eq!(
            apply_check(&mut row, &missing, 3_000_000),
            Transition::Unchanged
        );
        assert_eq!(
            apply_check(&mut row, &Ok(()), 3_000_001),
            Transition::Verified
        );
        assert_eq!((row.verified_at, row.lapsed_at), (Some(3_000_001), None));
    }

    #[test]
    fn a_record_back_within_the_grace_period_ends_it() {
        let mut row = verified_row();
        apply_check(&mut row, &Err("gone".to_string()), 2_000);
        assert_eq!(apply_check(&mut row, &Ok(()), 3_000), Transition::Unchanged);
        assert_eq!(
            (row.failing_since, row.last_check_error.as_deref()),
            (None, None)
        );
        assert_eq!(
            row.verified_at,
            Some(1_000),
            "verified since the first proof"
        );
        // A new absence starts a new grace period.
        apply_check(&mut row, &Err("gone".to_string()), 4_000);
        assert_eq!(row.failing_since, Some(4_000));
    }
}

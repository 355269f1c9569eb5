//! The product's operations. Each is the only code path for its change: the REST API,
//! the portal's server functions and the demo seeding all call these, and each runs in one
//! transaction that also writes its events and audit rows. Grouped by area, lower groups
//! first (no group imports one that imports it back; `make lint` checks):
//! `developers` (keys, events, webhooks, audit) and `settings` (branding, custom domains,
//! portal configurations) → `billing` → `customers` → `portal` (sessions and what its
//! pages show) → `demo`.
pub mod actor;
pub mod billing;
pub mod customers;
pub mod dashboard;
pub mod demo;
pub mod developers;
pub mod merchants;
pub mod objects;
pub mod payments;
pub mod portal;
pub mod processor_events;
pub mod settings;

use std::borrow::Cow;

pub use actor::Actor;

/// Why an operation did not happen. Adapters turn these into HTTP statuses or UI messages.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The object does not exist *for this actor*: another merchant's or another customer's
    /// object is reported exactly like a missing one.
    #[error("No such {object}: '{id}'")]
    NotFound {
        object: &'static str,
        param: &'static str,
        id: String,
    },
    /// The request is well-formed but not acceptable; `param` names the offending field.
    #[error("{message}")]
    Invalid {
        param: Cow<'static, str>,
        message: String,
    },
    /// A subscription change refused for a reason the portal words for the customer (the
    /// API answers it like `Invalid`, with the refusal's field and English sentence).
    #[error("{0}")]
    Refused(crate::domain::subscription::SubscriptionRefusal),
    /// The portal configuration of this session does not offer the operation.
    #[error("This action is not available in this portal")]
    FeatureDisabled,
    /// Settings shared by test and live mode (branding, custom domains) asked to change
    /// through a test key, the kind that sits in CI settings and front-end repositories.
    #[error("Branding and custom domains are shared by test and live mode; change them with a live secret key")]
    LiveKeyRequired,
    /// A dashboard user's role does not include this change (a viewer, or a developer
    /// outside the developers' pages).
    #[error("Your role in this team does not allow this change; ask an owner or an admin")]
    RoleForbids,
    /// Several fields are invalid: each with its own message (`param`, message).
    #[error("{}", .0.iter().map(|(param, message)| format!("{param}: {message}")).collect::<Vec<_>>().join("; "))]
    InvalidFields(Vec<(String, String)>),
    /// A portal confirmation whose signed preview is missing, forged, expired or no longer
    /// what the change would cost: the customer reviews the change again.
    #[error("The price of this change has changed. Please review it again.")]
    QuoteChanged,
    /// The payment processor refused a card or a charge.
    #[error("{0}")]
    PaymentFailed(crate::server::processors::Decline),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ServiceError {
    pub fn not_found(object: &'static str, param: &'static str, id: impl Into<String>) -> Self {
        Self::NotFound {
            object,
            param,
            id: id.into(),
        }
    }

    pub fn invalid(param: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Self::Invalid {
            param: param.into(),
            message: message.into(),
        }
    }

    /// The field an `Invalid` error names, for tests and logs.
    pub fn param(&self) -> Option<&str> {
        match self {
            Self::NotFound { param, .. } => Some(param),
            Self::Invalid { param, .. } => Some(param),
            Self::Refused(refusal) => Some(refusal.param()),
            Self::InvalidFields(fields) => fields.first().map(|(param, _)| param.as_str()),
            _ => None,
        }
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;

/// A portal session acts only on its own customer; another one reads as missing.
pub(crate) fn check_customer_scope(actor: &Actor, customer_id: &str) -> ServiceResult<()> {
    if actor.may_act_on(customer_id) {
        Ok(())
    } else {
        Err(ServiceError::not_found("customer", "customer", customer_id))
    }
}

/// The actor may read `customer_id`'s lists: in scope, and a customer of the merchant.
pub(crate) async fn require_customer(
    exec: crate::server::db::Exec<'_>,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<()> {
    check_customer_scope(actor, customer_id)?;
    crate::server::db::store::customers::get(
        exec,
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
    )
    .await?
    .map(|_| ())
    .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))
}

/// One page of a list read with `limit + 1` rows: the first `limit`, and whether more follow.
pub(crate) fn into_page<T>(mut rows: Vec<T>, limit: i64) -> (Vec<T>, bool) {
    let limit = usize::try_from(limit).unwrap_or(0);
    let has_more = rows.len() > limit;
    rows.truncate(limit);
    (rows, has_more)
}

/// The current time as unix seconds (UTC).
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

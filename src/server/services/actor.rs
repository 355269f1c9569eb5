//! Who performs an operation; decides scope and is recorded on every event.
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A merchant's backend, authenticated by a secret API key.
    ApiKey {
        merchant_id: String,
        key_id: String,
        livemode: bool,
    },
    /// A customer in the portal, authenticated by a redeemed portal session's cookie.
    PortalSession {
        merchant_id: String,
        session_id: String,
        customer_id: String,
        configuration_id: String,
        livemode: bool,
        /// The browser the customer acts from, for the audit log.
        client: ClientInfo,
    },
    /// A member of the merchant's team in the dashboard, authenticated by its sign-in cookie.
    DashboardUser {
        merchant_id: String,
        user_id: String,
        email: String,
        livemode: bool,
        /// The browser the user acts from, for the audit log.
        client: ClientInfo,
    },
    /// The product itself (demo seeding, renewals), in the mode of what it works on.
    System { merchant_id: String, livemode: bool },
}

/// Where a portal request came from, as recorded in the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientInfo {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// The `initiatedBy` object of an event.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct InitiatedBy {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: Option<String>,
}

impl Actor {
    pub fn merchant_id(&self) -> &str {
        match self {
            Actor::ApiKey { merchant_id, .. }
            | Actor::PortalSession { merchant_id, .. }
            | Actor::DashboardUser { merchant_id, .. }
            | Actor::System { merchant_id, .. } => merchant_id,
        }
    }

    /// The only customer this actor may touch, or `None` for merchant-wide actors.
    pub fn customer_scope(&self) -> Option<&str> {
        match self {
            Actor::PortalSession { customer_id, .. } => Some(customer_id),
            _ => None,
        }
    }

    /// Whether this actor may act on `customer_id`: any of the merchant's customers for
    /// merchant-wide actors, only its own for a portal session.
    pub fn may_act_on(&self, customer_id: &str) -> bool {
        self.customer_scope()
            .is_none_or(|scope| scope == customer_id)
    }

    /// Branding and custom domains belong to the merchant and serve both modes, so only a
    /// live key (and the product itself) may change them; a portal session never may.
    pub fn require_shared_settings_access(
        &self,
    ) -> Result<(), crate::server::services::ServiceError> {
        match self {
            Actor::ApiKey { livemode: true, .. }
            | Actor::DashboardUser { .. }
            | Actor::System { .. } => Ok(()),
            Actor::ApiKey {
                livemode: false, ..
            } => Err(crate::server::services::ServiceError::LiveKeyRequired),
            Actor::PortalSession { .. } => {
                Err(crate::server::services::ServiceError::FeatureDisabled)
            }
        }
    }

    pub fn livemode(&self) -> bool {
        match self {
            Actor::ApiKey { livemode, .. }
            | Actor::PortalSession { livemode, .. }
            | Actor::DashboardUser { livemode, .. }
            | Actor::System { livemode, .. } => *livemode,
        }
    }

    /// The browser behind a portal or dashboard change; nothing for server-to-server callers.
    pub fn client(&self) -> Option<&ClientInfo> {
        match self {
            Actor::PortalSession { client, .. } | Actor::DashboardUser { client, .. } => {
                Some(client)
            }
            _ => None,
        }
    }

    /// The e-mail of the person behind a dashboard change, for the audit log.
    pub fn email(&self) -> Option<&str> {
        match self {
            Actor::DashboardUser { email, .. } => Some(email),
            _ => None,
        }
    }

    pub fn initiated_by(&self) -> InitiatedBy {
        match self {
            Actor::ApiKey { key_id, .. } => InitiatedBy {
                kind: "api_key",
                id: Some(key_id.clone()),
            },
            Actor::PortalSession { session_id, .. } => InitiatedBy {
                kind: "portal_session",
                id: Some(session_id.clone()),
            },
            Actor::DashboardUser { user_id, .. } => InitiatedBy {
                kind: "dashboard_user",
                id: Some(user_id.clone()),
            },
            Actor::System { .. } => InitiatedBy {
                kind: "system",
                id: None,
            },
        }
    }
}

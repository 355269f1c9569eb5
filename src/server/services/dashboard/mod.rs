//! The merchant dashboard's people: accounts (`accounts`: owners made from the command
//! line, passwords chosen through single-use links) and sign-in (`sign_in`: Argon2id,
//! throttling, sessions). The dashboard's pages act through the same services as the API,
//! with the signed-in user as the actor.
pub mod accounts;
pub mod customers;
pub mod home;
pub mod portal_settings;
pub mod sign_in;
pub mod team;
pub mod two_step;
pub mod webhooks;

use crate::domain::dashboard::{Permission, Role};
use crate::server::services::{actor::ClientInfo, Actor, ServiceError};

/// The signed-in dashboard user, from the session cookie and nothing else.
#[derive(Debug, Clone)]
pub struct DashboardAccess {
    pub user_id: String,
    pub email: String,
    pub role: Role,
    pub merchant_id: String,
    pub merchant_name: String,
    /// The mode the user is looking at: test data unless they switched to live.
    pub livemode: bool,
    /// The merchant has a live key, so the header offers the switch.
    pub has_live_keys: bool,
    pub client: ClientInfo,
    /// The user signs in with a code from an authenticator app.
    pub has_totp: bool,
    /// The merchant requires that of everyone.
    pub team_requires_totp: bool,
}

impl DashboardAccess {
    pub fn actor(&self) -> Actor {
        Actor::DashboardUser {
            merchant_id: self.merchant_id.clone(),
            user_id: self.user_id.clone(),
            email: self.email.clone(),
            livemode: self.livemode,
            client: self.client.clone(),
        }
    }

    /// The team requires two-step sign-in and the user has not set it up: until they do,
    /// they may only set it up (every change is refused, every page leads there).
    pub fn must_set_up_two_step(&self) -> bool {
        self.team_requires_totp && !self.has_totp
    }

    /// Whether the user may make changes of this kind now.
    pub fn may(&self, permission: Permission) -> bool {
        self.role.may(permission) && !self.must_set_up_two_step()
    }

    /// The actor, if the user may make changes of this kind now.
    pub fn actor_for(&self, permission: Permission) -> Result<Actor, ServiceError> {
        if self.may(permission) {
            Ok(self.actor())
        } else {
            Err(ServiceError::RoleForbids)
        }
    }
}

//! Who may do what in the merchant dashboard: a team member's role and what it allows.

text_enum! {
    /// A dashboard user's role in their merchant's team.
    pub enum Role {
        /// Everything, including the team's ownership.
        Owner = "owner",
        /// Everything but ownership.
        Admin = "admin",
        /// API keys and webhooks, and reading everything else.
        Developer = "developer",
        /// Reading only.
        Viewer = "viewer",
    }
}

/// A kind of change the dashboard offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Cancel subscriptions, pay or void invoices, open the portal as a customer.
    ManageCustomers,
    /// Products, prices and coupons.
    ManageCatalog,
    /// Branding, custom domains, portal configurations.
    ManageSettings,
    /// API keys, webhook endpoints, portal sessions.
    ManageDevelopers,
    /// Invitations, roles, removals.
    ManageTeam,
}

impl Role {
    pub fn may(self, permission: Permission) -> bool {
        match self {
            Role::Owner | Role::Admin => true,
            Role::Developer => permission == Permission::ManageDevelopers,
            Role::Viewer => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viewers_read_only_and_developers_manage_only_developer_settings() {
        let all = [
            Permission::ManageCustomers,
            Permission::ManageCatalog,
            Permission::ManageSettings,
            Permission::ManageDevelopers,
            Permission::ManageTeam,
        ];
        for permission in all {
            assert!(Role::Owner.may(permission));
            assert!(Role::Admin.may(permission));
            assert!(!Role::Viewer.may(permission));
            assert_eq!(
                Role::Developer.may(permission),
                permission == Permission::ManageDevelopers
            );
        }
    }
}

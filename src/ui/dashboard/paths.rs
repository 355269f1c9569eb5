//! Where the dashboard's pages live and their forms post, named once so that pages, their
//! posts and the read models link to each other without depending on each other.

pub const PORTAL_SETTINGS: &str = "/dashboard/settings/portal";

/// Portal configuration `id`'s settings form, which also posts there.
pub fn portal_settings(id: &str) -> String {
    format!("{PORTAL_SETTINGS}/{id}")
}

pub const WEBHOOKS: &str = "/dashboard/developers/webhooks";

/// Webhook endpoint `id`'s page, where its forms post.
pub fn webhook_endpoint(id: &str) -> String {
    format!("{WEBHOOKS}/{id}")
}

pub const TEAM: &str = "/dashboard/team";

pub const CATALOGUE: &str = "/dashboard/catalogue";

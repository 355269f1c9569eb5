//! Read models the portal pages render. Built by server services, shared with the client
//! so that islands can receive them as props.
use serde::{Deserialize, Serialize};

use crate::domain::subscription::SubscriptionStatus;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalOverview {
    pub merchant_name: String,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub return_url: String,
    pub subscriptions: Vec<SubscriptionSummary>,
    /// Whether the configuration lets the customer switch plans.
    pub plan_updates_enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubscriptionSummary {
    pub id: String,
    pub plan_name: String,
    /// "$9.00 per month"
    pub price_label: String,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    /// "Renews on Dec 25, 2026" (or "Cancels on ..." when set to end).
    pub period_label: String,
    pub can_change_plan: bool,
}

/// The "Update plan" page: the subscription and the plans it may switch to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanChoice {
    pub merchant_name: String,
    pub return_url: String,
    pub subscription_id: String,
    pub current_plan_name: String,
    pub current_price_id: String,
    pub options: Vec<PlanOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanOption {
    pub price_id: String,
    pub product_name: String,
    pub price_label: String,
    pub is_current: bool,
}

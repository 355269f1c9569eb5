//! Subscription states and billing intervals.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Trialing,
    Active,
    PastDue,
    Paused,
    Canceled,
    Unpaid,
}

impl SubscriptionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Paused => "paused",
            Self::Canceled => "canceled",
            Self::Unpaid => "unpaid",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Some(match value {
            "trialing" => Self::Trialing,
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "paused" => Self::Paused,
            "canceled" => Self::Canceled,
            "unpaid" => Self::Unpaid,
            _ => return None,
        })
    }

    /// The words the customer sees on the status badge.
    pub fn label(self) -> &'static str {
        match self {
            Self::Trialing => "Trial",
            Self::Active => "Active",
            Self::PastDue => "Past due",
            Self::Paused => "Paused",
            Self::Canceled => "Canceled",
            Self::Unpaid => "Unpaid",
        }
    }

    /// Whether the customer may still change the plan.
    pub fn can_change_plan(self) -> bool {
        matches!(self, Self::Trialing | Self::Active | Self::PastDue)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interval {
    Month,
    Year,
}

impl Interval {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "month" => Some(Self::Month),
            "year" => Some(Self::Year),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_api_names() {
        for status in [
            SubscriptionStatus::Trialing,
            SubscriptionStatus::Active,
            SubscriptionStatus::PastDue,
            SubscriptionStatus::Paused,
            SubscriptionStatus::Canceled,
            SubscriptionStatus::Unpaid,
        ] {
            assert_eq!(SubscriptionStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(SubscriptionStatus::parse("bogus"), None);
    }

    #[test]
    fn canceled_subscriptions_cannot_change_plan() {
        assert!(SubscriptionStatus::Active.can_change_plan());
        assert!(!SubscriptionStatus::Canceled.can_change_plan());
    }
}

/// Why a subscription change a customer asked for is refused: what the portal tells the
/// customer in their language, and the API tells developers in English (this Display)
/// with the field it names ([`SubscriptionRefusal::param`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum SubscriptionRefusal {
    #[error("A {} subscription cannot change plan", .0.label().to_lowercase())]
    CannotChangePlan(SubscriptionStatus),
    #[error("The quantity must be between 1 and {maximum}")]
    QuantityOutOfRange { maximum: i64 },
    #[error("This plan is not available to switch to")]
    PlanNotOffered,
    #[error("Choose a quantity from {minimum} to {maximum}")]
    QuantityBounds { minimum: i64, maximum: i64 },
    #[error("The quantity of this plan cannot be changed here")]
    QuantityFixed,
    #[error("This price is no longer available")]
    PriceUnavailable,
    #[error("The new price is in {} but the subscription is billed in {}", .new.to_uppercase(), .current.to_uppercase())]
    CurrencyMismatch { new: String, current: String },
    #[error("This plan is already canceled or set to cancel")]
    AlreadyCanceled,
    #[error("No plan change is scheduled for this subscription")]
    NoScheduledChange,
}

impl SubscriptionRefusal {
    /// The request field the refusal is about, as the API names it.
    pub fn param(&self) -> &'static str {
        match self {
            Self::CannotChangePlan(_)
            | Self::PlanNotOffered
            | Self::PriceUnavailable
            | Self::CurrencyMismatch { .. } => "price",
            Self::QuantityOutOfRange { .. } | Self::QuantityBounds { .. } | Self::QuantityFixed => {
                "quantity"
            }
            Self::AlreadyCanceled => "subscription",
            Self::NoScheduledChange => "pendingUpdate",
        }
    }
}

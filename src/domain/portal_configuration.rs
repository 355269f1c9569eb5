//! What a portal configuration enables (`features`), in the seed's JSON shape.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct PortalFeatures {
    pub payment_method_update: Toggle,
    pub invoice_history: Toggle,
    pub customer_update: CustomerUpdate,
    pub subscription_cancel: SubscriptionCancel,
    pub subscription_update: SubscriptionUpdate,
    pub subscription_pause: Toggle,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Toggle {
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CustomerUpdate {
    pub enabled: bool,
    pub allowed_updates: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CancelMode {
    #[default]
    AtPeriodEnd,
    Immediately,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProrationBehavior {
    None,
    #[default]
    CreateProrations,
    AlwaysInvoice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SubscriptionCancel {
    pub enabled: bool,
    pub mode: CancelMode,
    pub proration_behavior: Option<ProrationBehavior>,
    pub cancellation_reason: Option<CancellationReason>,
    pub retention: Option<Retention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CancellationReason {
    pub enabled: bool,
    pub options: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Retention {
    pub offer_coupon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SubscriptionUpdate {
    pub enabled: bool,
    pub products: Vec<AllowedProduct>,
    pub proration_behavior: ProrationBehavior,
}

/// An entry of `subscriptionUpdate.products`: a bare product id, or a product with
/// the prices the customer may pick from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AllowedProduct {
    Id(String),
    Detailed {
        product: String,
        #[serde(default)]
        prices: Vec<String>,
    },
}

impl AllowedProduct {
    pub fn product_id(&self) -> &str {
        match self {
            Self::Id(id) => id,
            Self::Detailed { product, .. } => product,
        }
    }

    /// Whether `price_id` of `product_id` may be chosen under this entry.
    pub fn allows(&self, product_id: &str, price_id: &str) -> bool {
        match self {
            Self::Id(id) => id == product_id,
            Self::Detailed { product, prices } => {
                product == product_id && (prices.is_empty() || prices.iter().any(|p| p == price_id))
            }
        }
    }
}

impl SubscriptionUpdate {
    /// Whether a customer may switch to `price_id` (of `product_id`) under this configuration.
    pub fn allows_price(&self, product_id: &str, price_id: &str) -> bool {
        self.enabled
            && self
                .products
                .iter()
                .any(|entry| entry.allows(product_id, price_id))
    }
}

impl PortalFeatures {
    /// The features a merchant gets before configuring anything: everything the skeleton
    /// can do is on, plan switches are limited to the listed products.
    pub fn default_for_products(products: &[&str]) -> Self {
        Self {
            payment_method_update: Toggle { enabled: true },
            invoice_history: Toggle { enabled: true },
            customer_update: CustomerUpdate {
                enabled: true,
                allowed_updates: vec![
                    "name".into(),
                    "email".into(),
                    "address".into(),
                    "taxId".into(),
                ],
            },
            subscription_cancel: SubscriptionCancel {
                enabled: true,
                ..Default::default()
            },
            subscription_update: SubscriptionUpdate {
                enabled: true,
                products: products
                    .iter()
                    .map(|id| AllowedProduct::Id((*id).to_string()))
                    .collect(),
                proration_behavior: ProrationBehavior::CreateProrations,
            },
            subscription_pause: Toggle { enabled: false },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_seed_example() {
        let json = r#"{
            "paymentMethodUpdate": { "enabled": true },
            "invoiceHistory": { "enabled": true },
            "subscriptionCancel": { "enabled": true, "mode": "at_period_end",
                                    "retention": { "offerCoupon": "rwd_save20" } },
            "subscriptionUpdate": { "enabled": true, "products": ["prod_basic", "prod_pro"],
                                    "prorationBehavior": "create_prorations" }
        }"#;
        let features: PortalFeatures = serde_json::from_str(json).unwrap();
        assert!(features
            .subscription_update
            .allows_price("prod_pro", "price_anything"));
        assert!(!features
            .subscription_update
            .allows_price("prod_other", "price_x"));
        assert_eq!(features.subscription_cancel.mode, CancelMode::AtPeriodEnd);
        assert!(!features.subscription_pause.enabled);
    }

    #[test]
    fn detailed_products_limit_prices() {
        let update: SubscriptionUpdate = serde_json::from_str(
            r#"{"enabled": true, "products": [{"product": "prod_pro", "prices": ["price_pro_y"]}]}"#,
        )
        .unwrap();
        assert!(update.allows_price("prod_pro", "price_pro_y"));
        assert!(!update.allows_price("prod_pro", "price_pro_m"));
    }

    #[test]
    fn disabled_updates_allow_nothing() {
        let update = SubscriptionUpdate {
            enabled: false,
            products: vec![AllowedProduct::Id("prod_pro".into())],
            ..Default::default()
        };
        assert!(!update.allows_price("prod_pro", "price_pro"));
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert!(serde_json::from_str::<PortalFeatures>(r#"{"bogus": {}}"#).is_err());
    }
}

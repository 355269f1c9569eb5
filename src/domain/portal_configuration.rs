//! What a portal configuration enables (`features`), in the seed's JSON shape.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct PortalFeatures {
    pub payment_method_update: Toggle,
    pub invoice_history: Toggle,
    pub customer_update: CustomerUpdate,
    pub subscription_cancel: SubscriptionCancel,
    pub subscription_update: SubscriptionUpdate,
    pub subscription_pause: Toggle,
}

/// One of the things a configuration may let a customer do in the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalFeature {
    PaymentMethodUpdate,
    InvoiceHistory,
    CustomerUpdate,
    SubscriptionCancel,
    SubscriptionUpdate,
    SubscriptionPause,
}

impl PortalFeatures {
    /// Whether `feature` is switched on.
    pub fn enables(&self, feature: PortalFeature) -> bool {
        match feature {
            PortalFeature::PaymentMethodUpdate => self.payment_method_update.enabled,
            PortalFeature::InvoiceHistory => self.invoice_history.enabled,
            PortalFeature::CustomerUpdate => self.customer_update.enabled,
            PortalFeature::SubscriptionCancel => self.subscription_cancel.enabled,
            PortalFeature::SubscriptionUpdate => self.subscription_update.enabled,
            PortalFeature::SubscriptionPause => self.subscription_pause.enabled,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Toggle {
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema), schema(as = PortalCustomerUpdate))]
pub struct CustomerUpdate {
    pub enabled: bool,
    pub allowed_updates: Vec<CustomerField>,
}

/// Billing details a customer may edit in the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub enum CustomerField {
    Name,
    Email,
    Address,
    Phone,
    TaxId,
}

/// Reasons a customer may pick when cancelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CancellationReasonOption {
    TooExpensive,
    MissingFeatures,
    SwitchedService,
    Unused,
    CustomerService,
    TooComplex,
    LowQuality,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CancelMode {
    #[default]
    AtPeriodEnd,
    Immediately,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProrationBehavior {
    None,
    #[default]
    CreateProrations,
    AlwaysInvoice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SubscriptionCancel {
    pub enabled: bool,
    pub mode: CancelMode,
    pub proration_behavior: Option<ProrationBehavior>,
    pub cancellation_reason: Option<CancellationReason>,
    pub retention: Option<Retention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CancellationReason {
    pub enabled: bool,
    pub options: Vec<CancellationReasonOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Retention {
    pub offer_coupon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema), schema(as = PortalSubscriptionUpdate))]
pub struct SubscriptionUpdate {
    pub enabled: bool,
    pub products: Vec<AllowedProduct>,
    pub proration_behavior: ProrationBehavior,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_at_period_end: Option<ScheduleAtPeriodEnd>,
}

/// Which downgrades wait for the period end instead of applying at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ScheduleAtPeriodEnd {
    pub conditions: Vec<ScheduleCondition>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ScheduleCondition {
    DecreasingItemAmount,
    ShorteningInterval,
}

impl ScheduleAtPeriodEnd {
    /// Whether a change from `old` to `new` (amount per interval × quantity, and months per
    /// interval) waits for the period end: it costs less per month, or bills more often.
    pub fn defers(&self, old: (i64, u32), new: (i64, u32)) -> bool {
        let (old_amount, old_months) = old;
        let (new_amount, new_months) = new;
        self.conditions.iter().any(|condition| match condition {
            // Compared per month: new/new_months < old/old_months, without division.
            ScheduleCondition::DecreasingItemAmount => {
                i128::from(new_amount) * i128::from(old_months)
                    < i128::from(old_amount) * i128::from(new_months)
            }
            ScheduleCondition::ShorteningInterval => new_months < old_months,
        })
    }
}

/// Quantity bounds the customer may choose within.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdjustableQuantity {
    pub enabled: bool,
    #[serde(default = "one")]
    pub minimum: i64,
    #[serde(default = "ninety_nine")]
    pub maximum: i64,
}

fn one() -> i64 {
    1
}

fn ninety_nine() -> i64 {
    99
}

/// The merchant's words and links shown in the portal for this configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct BusinessProfile {
    pub headline: Option<String>,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
}

/// An entry of `subscriptionUpdate.products`: a bare product id, or a product with
/// the prices the customer may pick from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum AllowedProduct {
    Id(String),
    #[serde(rename_all = "camelCase")]
    Detailed {
        product: String,
        #[serde(default)]
        prices: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        adjustable_quantity: Option<AdjustableQuantity>,
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
            Self::Detailed {
                product, prices, ..
            } => {
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
                    CustomerField::Name,
                    CustomerField::Email,
                    CustomerField::Address,
                    CustomerField::TaxId,
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
                schedule_at_period_end: None,
            },
            subscription_pause: Toggle { enabled: false },
        }
    }
}

/// A setting that contradicts another: `param` is its JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    pub param: String,
    pub message: String,
}

impl PortalFeatures {
    /// Settings that parse but cannot work together.
    pub fn contradictions(&self) -> Vec<Contradiction> {
        let mut found = Vec::new();
        let mut say = |param: String, message: &str| {
            found.push(Contradiction {
                param,
                message: message.to_string(),
            })
        };
        let update = &self.subscription_update;
        if update.enabled && update.products.is_empty() {
            say(
                "features.subscriptionUpdate.products".into(),
                "List at least one product when plan updates are enabled",
            );
        }
        for (index, entry) in update.products.iter().enumerate() {
            if let AllowedProduct::Detailed {
                adjustable_quantity: Some(bounds),
                ..
            } = entry
            {
                let param =
                    format!("features.subscriptionUpdate.products[{index}].adjustableQuantity");
                if bounds.minimum < 1 {
                    say(
                        format!("{param}.minimum"),
                        "The minimum quantity must be at least 1",
                    );
                } else if bounds.maximum < bounds.minimum {
                    say(
                        format!("{param}.maximum"),
                        "The maximum quantity must not be below the minimum",
                    );
                } else if bounds.maximum > 10_000 {
                    say(
                        format!("{param}.maximum"),
                        "The maximum quantity is at most 10000",
                    );
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (index, entry) in update.products.iter().enumerate() {
            if !seen.insert(entry.product_id()) {
                say(
                    format!("features.subscriptionUpdate.products[{index}]"),
                    "Each product may be listed once",
                );
            }
        }
        if let Some(reason) = &self.subscription_cancel.cancellation_reason {
            if reason.enabled && reason.options.is_empty() {
                say(
                    "features.subscriptionCancel.cancellationReason.options".into(),
                    "List at least one reason when cancellation reasons are enabled",
                );
            }
        }
        if self.customer_update.enabled && self.customer_update.allowed_updates.is_empty() {
            say(
                "features.customerUpdate.allowedUpdates".into(),
                "List at least one field when customer updates are enabled",
            );
        }
        found
    }
}

#[cfg(test)]
mod schedule_tests {
    use super::*;

    #[test]
    fn downgrades_and_shorter_intervals_wait_for_the_period_end() {
        let both = ScheduleAtPeriodEnd {
            conditions: vec![
                ScheduleCondition::DecreasingItemAmount,
                ScheduleCondition::ShorteningInterval,
            ],
        };
        assert!(both.defers((2900, 1), (900, 1)), "Pro to Basic");
        assert!(!both.defers((900, 1), (2900, 1)), "an upgrade applies now");
        assert!(
            !both.defers((2900, 1), (2900 * 2, 1)),
            "more seats apply now"
        );
        assert!(both.defers((29_000, 12), (2900, 1)), "yearly to monthly");
        assert!(both.defers((2900, 1), (29_000, 12)), "cheaper per month");
        assert!(
            !both.defers((2900, 1), (36_000, 12)),
            "dearer per month, longer interval"
        );
        assert!(!ScheduleAtPeriodEnd::default().defers((2900, 1), (900, 1)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirm_links_coupon_comes_only_with_its_own_change() {
        let flow: FlowData = serde_json::from_str(
            r#"{"type": "subscription_update_confirm",
                "subscriptionUpdateConfirm": {"subscription": "sub_1",
                    "items": [{"price": "price_pro", "quantity": 2}],
                    "discounts": [{"coupon": "rwd_20"}]}}"#,
        )
        .unwrap();
        assert_eq!(flow.confirm_coupon("sub_1", "price_pro", 2), Some("rwd_20"));
        assert_eq!(flow.confirm_coupon("sub_1", "price_pro", 1), None);
        assert_eq!(flow.confirm_coupon("sub_1", "price_basic", 2), None);
        assert_eq!(flow.confirm_coupon("sub_2", "price_pro", 2), None);
        let promotion_code = r#"{"type": "subscription_update_confirm",
            "subscriptionUpdateConfirm": {"subscription": "sub_1", "items": [{"price": "p"}],
                "discounts": [{"promotionCode": "SPRING"}]}}"#;
        assert!(serde_json::from_str::<FlowData>(promotion_code).is_err());
    }

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
    fn contradictions_name_their_field() {
        let features: PortalFeatures = serde_json::from_str(
            r#"{"subscriptionUpdate": {"enabled": true, "products": [
                {"product": "prod_pro", "adjustableQuantity": {"enabled": true, "minimum": 5, "maximum": 2}}]},
                "subscriptionCancel": {"enabled": true, "cancellationReason": {"enabled": true, "options": []}}}"#,
        )
        .unwrap();
        let params: Vec<String> = features
            .contradictions()
            .into_iter()
            .map(|c| c.param)
            .collect();
        assert_eq!(
            params,
            [
                "features.subscriptionUpdate.products[0].adjustableQuantity.maximum",
                "features.subscriptionCancel.cancellationReason.options"
            ]
        );
        let empty: PortalFeatures =
            serde_json::from_str(r#"{"subscriptionUpdate": {"enabled": true}}"#).unwrap();
        assert_eq!(
            empty.contradictions()[0].param,
            "features.subscriptionUpdate.products"
        );
        assert!(PortalFeatures::default_for_products(&["prod_basic"])
            .contradictions()
            .is_empty());
    }

    #[test]
    fn unknown_enum_values_are_refused() {
        assert!(serde_json::from_str::<PortalFeatures>(
            r#"{"subscriptionCancel": {"mode": "sometimes"}}"#
        )
        .is_err());
        assert!(serde_json::from_str::<PortalFeatures>(
            r#"{"customerUpdate": {"allowedUpdates": ["shoeSize"]}}"#
        )
        .is_err());
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert!(serde_json::from_str::<PortalFeatures>(r#"{"bogus": {}}"#).is_err());
    }
}

text_enum! {
    /// Where a portal session lands when redeemed, as Stripe's `flow_data.type`; a session
    /// without one lands on the portal's home.
    pub enum PortalFlow {
        /// The payment methods page (where a payment waiting for the bank is confirmed).
        PaymentMethodUpdate = "payment_method_update",
        /// One subscription's cancellation page.
        SubscriptionCancel = "subscription_cancel",
        /// One subscription's plan choice.
        SubscriptionUpdate = "subscription_update",
        /// The review of one given plan change, ready to confirm.
        SubscriptionUpdateConfirm = "subscription_update_confirm",
        /// The billing details page (name, e-mail, address, tax IDs).
        CustomerUpdate = "customer_update",
    }
}

text_enum! {
    /// Where a deep-linked session goes once its flow is done.
    pub enum AfterCompletionType {
        /// The portal's home (the default).
        PortalHomepage = "portal_homepage",
        /// Back to the merchant's `returnUrl`.
        Redirect = "redirect",
        /// A confirmation page in the portal with the merchant's message.
        HostedConfirmation = "hosted_confirmation",
    }
}

/// A deep link (`flow` when minting a session), in Stripe's `flow_data` shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowData {
    #[serde(rename = "type")]
    pub flow_type: PortalFlow,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_cancel: Option<FlowCancel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_update: Option<FlowSubscription>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_update_confirm: Option<FlowUpdateConfirm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_completion: Option<AfterCompletion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowSubscription {
    pub subscription: String,
}

/// `flow.subscriptionCancel`: the plan to cancel, and an offer of this link's own in place of
/// the configuration's retention offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowCancel {
    pub subscription: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<FlowRetention>,
}

/// Stripe's `retention`: `{"type": "coupon_offer", "couponOffer": {"coupon": "rwd_..."}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowRetention {
    #[serde(rename = "type")]
    pub kind: RetentionType,
    pub coupon_offer: FlowCouponOffer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RetentionType {
    CouponOffer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowCouponOffer {
    pub coupon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowUpdateConfirm {
    pub subscription: String,
    /// Exactly one item: the plan and quantity to confirm.
    pub items: Vec<FlowItem>,
    /// At most one: a coupon the change applies with it, shown on the review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<FlowDiscount>,
}

/// Stripe's `discounts` entry; this portal has coupons (no promotion codes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowDiscount {
    pub coupon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowItem {
    pub price: String,
    #[serde(default = "one")]
    pub quantity: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AfterCompletion {
    #[serde(rename = "type")]
    pub kind: AfterCompletionType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<AfterCompletionRedirect>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_confirmation: Option<HostedConfirmation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AfterCompletionRedirect {
    pub return_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HostedConfirmation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_message: Option<String>,
}

impl FlowData {
    /// A flow of `flow_type` alone, with no subscription and the default completion.
    pub fn of(flow_type: PortalFlow) -> Self {
        Self {
            flow_type,
            subscription_cancel: None,
            subscription_update: None,
            subscription_update_confirm: None,
            after_completion: None,
        }
    }

    /// The subscription the flow is about, if any.
    pub fn subscription(&self) -> Option<&str> {
        match self.flow_type {
            PortalFlow::PaymentMethodUpdate | PortalFlow::CustomerUpdate => None,
            PortalFlow::SubscriptionCancel => self
                .subscription_cancel
                .as_ref()
                .map(|f| f.subscription.as_str()),
            PortalFlow::SubscriptionUpdate => self
                .subscription_update
                .as_ref()
                .map(|f| f.subscription.as_str()),
            PortalFlow::SubscriptionUpdateConfirm => self
                .subscription_update_confirm
                .as_ref()
                .map(|f| f.subscription.as_str()),
        }
    }

    /// The feature the configuration must enable for the flow.
    pub fn feature(&self) -> PortalFeature {
        match self.flow_type {
            PortalFlow::PaymentMethodUpdate => PortalFeature::PaymentMethodUpdate,
            PortalFlow::CustomerUpdate => PortalFeature::CustomerUpdate,
            PortalFlow::SubscriptionCancel => PortalFeature::SubscriptionCancel,
            PortalFlow::SubscriptionUpdate | PortalFlow::SubscriptionUpdateConfirm => {
                PortalFeature::SubscriptionUpdate
            }
        }
    }

    /// The retention coupon this link offers in place of the configuration's, if any.
    pub fn retention_coupon(&self) -> Option<&str> {
        self.subscription_cancel
            .as_ref()
            .and_then(|cancel| cancel.retention.as_ref())
            .map(|retention| retention.coupon_offer.coupon.as_str())
    }

    /// The coupon this link applies with the change it confirms, if the change is exactly
    /// that one: its subscription, its price and its quantity.
    pub fn confirm_coupon(&self, subscription: &str, price: &str, quantity: i64) -> Option<&str> {
        let confirm = self.subscription_update_confirm.as_ref()?;
        let [item] = confirm.items.as_slice() else {
            return None;
        };
        let is_this_change = confirm.subscription == subscription
            && item.price == price
            && item.quantity == quantity;
        is_this_change
            .then(|| {
                confirm
                    .discounts
                    .first()
                    .map(|discount| discount.coupon.as_str())
            })
            .flatten()
    }

    /// The features a session minted with this flow works with: the configuration's, with
    /// the link's own retention offer in place of the configuration's.
    pub fn apply_to(&self, mut features: PortalFeatures) -> PortalFeatures {
        if let Some(coupon) = self.retention_coupon() {
            features.subscription_cancel.retention = Some(Retention {
                offer_coupon: Some(coupon.to_string()),
            });
        }
        features
    }

    /// How the flow ends (the portal's home unless the merchant chose otherwise).
    pub fn completion(&self) -> AfterCompletionType {
        self.after_completion
            .as_ref()
            .map_or(AfterCompletionType::PortalHomepage, |after| after.kind)
    }
}

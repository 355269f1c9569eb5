//! The portal: its sessions (minted, redeemed, revoked; `portal_sessions`), its invoice
//! history (`portal_invoices`), the e-mailed links to confirm a payment the bank holds
//! (`payment_confirmations`), and here what each page shows a signed-in customer, read
//! within the session's scope and the configuration's features. These reads answer rows
//! and domain values (amounts, timestamps, statuses, what the customer may do); the pages
//! in `src/ui/portal` put them into words.

pub mod payment_confirmations;
pub mod portal_invoices;
pub mod portal_sessions;
use crate::server::services::{
    billing::clock, now_unix, portal::portal_sessions::PortalAccess,
    settings::portal_configurations::require_enabled, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        card::Expiry,
        portal_configuration::{
            AllowedProduct, CancelMode, CancellationReasonOption, CustomerField, PortalFeature,
            ProrationBehavior, SubscriptionUpdate,
        },
        subscription::SubscriptionStatus,
        tax_id::TaxIdType,
    },
    server::db::{
        store::{
            self,
            catalog::PriceWithProductRow,
            coupons::CouponRow,
            customers::CustomerDetailsRow,
            invoices::InvoiceRow,
            payment_methods::PaymentMethodRow,
            subscriptions::{InvoiceGlance, SubscriptionRow, SubscriptionWithPriceRow},
            tax_ids::TaxIdRow,
        },
        Db,
    },
    views::RefusedForm,
};

/// What the customer may do with one subscription under their configuration.
#[derive(Debug, Clone, Copy, Default)]
pub struct SubscriptionActions {
    pub change_plan: bool,
    pub cancel: bool,
    pub reactivate: bool,
    pub pause: bool,
}

/// One subscription on the overview, with the rows its summary is made from.
#[derive(Debug, Clone)]
pub struct SubscriptionFacts {
    pub subscription: SubscriptionRow,
    pub price: PriceWithProductRow,
    pub coupon: Option<CouponRow>,
    /// The plan a scheduled (period-end) change switches to.
    pub scheduled_plan_name: Option<String>,
    pub latest_invoice: Option<InvoiceGlance>,
    pub actions: SubscriptionActions,
}

/// The overview page: the customer's subscriptions, at the customer's time `now`.
#[derive(Debug, Clone)]
pub struct OverviewFacts {
    pub subscriptions: Vec<SubscriptionFacts>,
    pub now: i64,
}

fn actions(access: &PortalAccess, row: &SubscriptionRow) -> SubscriptionActions {
    let features = &access.features;
    let status = row.status;
    let cancels = features.subscription_cancel.enabled;
    let changeable = status.can_change_plan() && !row.cancel_at_period_end;
    SubscriptionActions {
        change_plan: features.subscription_update.enabled && changeable,
        cancel: cancels && changeable,
        reactivate: cancels && row.cancel_at_period_end && status != SubscriptionStatus::Canceled,
        pause: features.subscription_pause.enabled
            && matches!(
                status,
                SubscriptionStatus::Active | SubscriptionStatus::Paused
            )
            && !row.cancel_at_period_end,
    }
}

/// The overview of `access`'s customer, whose subscriptions (with prices) were read with it.
pub async fn overview(
    db: &Db,
    access: &PortalAccess,
    rows: Vec<SubscriptionWithPriceRow>,
) -> ServiceResult<OverviewFacts> {
    let now = access.customer_clock_time.unwrap_or_else(now_unix);
    let mut subscriptions = Vec::with_capacity(rows.len());
    for row in rows {
        // Scheduled changes and coupons are rare: a connection only when one needs it.
        let scheduled_plan_name = match &row.subscription.scheduled_price_id {
            Some(price_id) => {
                let mut conn = db.conn().await?;
                store::catalog::get_price(conn.exec(), &access.merchant_id, price_id)
                    .await?
                    .map(|price| price.product_name)
            }
            None => None,
        };
        let coupon = match &row.subscription.coupon_id {
            Some(coupon) => {
                let mut conn = db.conn().await?;
                store::coupons::get(conn.exec(), &access.merchant_id, coupon).await?
            }
            None => None,
        };
        subscriptions.push(SubscriptionFacts {
            actions: actions(access, &row.subscription),
            price: row.price(),
            latest_invoice: row.latest_invoice(),
            subscription: row.subscription,
            coupon,
            scheduled_plan_name,
        });
    }
    Ok(OverviewFacts { subscriptions, now })
}

/// A plan the customer may switch to, and the quantities they may pick for it.
#[derive(Debug, Clone)]
pub struct PlanOptionFacts {
    pub price: PriceWithProductRow,
    pub is_current: bool,
    pub quantity_bounds: Option<(i64, i64)>,
}

/// The "Update plan" page of one subscription.
#[derive(Debug, Clone)]
pub struct PlanChoiceFacts {
    pub subscription: SubscriptionRow,
    pub current: PriceWithProductRow,
    pub options: Vec<PlanOptionFacts>,
}

/// The plans the customer may switch `subscription_id` to under their configuration.
pub async fn plan_choice(
    db: &Db,
    access: &PortalAccess,
    subscription_id: &str,
) -> ServiceResult<PlanChoiceFacts> {
    let features = &access.features;
    require_enabled(features, PortalFeature::SubscriptionUpdate)?;
    let mut conn = db.conn().await?;
    let subscription = store::subscriptions::get(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        Some(&access.customer_id),
        subscription_id,
    )
    .await?
    .ok_or_else(|| ServiceError::not_found("subscription", "subscription", subscription_id))?;
    let current = crate::server::services::billing::products::subscribed_price(
        conn.exec(),
        &access.merchant_id,
        &subscription.price_id,
    )
    .await?;
    let options = store::catalog::list_active_prices(conn.exec(), &access.merchant_id)
        .await?
        .into_iter()
        .filter(|price| {
            price.id == current.id
                || (price.currency == current.currency
                    && features
                        .subscription_update
                        .allows_price(&price.product_id, &price.id))
        })
        .map(|price| PlanOptionFacts {
            is_current: price.id == current.id,
            quantity_bounds: quantity_bounds(&features.subscription_update, &price.product_id),
            price,
        })
        .collect();
    Ok(PlanChoiceFacts {
        subscription,
        current,
        options,
    })
}

/// The quantity range the configuration lets a customer pick for `product_id`.
fn quantity_bounds(update: &SubscriptionUpdate, product_id: &str) -> Option<(i64, i64)> {
    update.products.iter().find_map(|entry| match entry {
        AllowedProduct::Detailed {
            product,
            adjustable_quantity: Some(bounds),
            ..
        } if product == product_id && bounds.enabled => Some((bounds.minimum, bounds.maximum)),
        _ => None,
    })
}

/// The "Cancel plan" flow of one subscription.
#[derive(Debug, Clone)]
pub struct CancelFacts {
    pub subscription: SubscriptionRow,
    pub price: PriceWithProductRow,
    /// The retention coupon offered instead, when the customer has not had it yet.
    pub retention_offer: Option<CouponRow>,
    /// The reasons the customer may pick; empty when the configuration does not ask.
    pub reasons: Vec<CancellationReasonOption>,
    pub at_period_end: bool,
    pub credits_unused_time: bool,
    pub now: i64,
}

/// What the "Cancel plan" flow shows for `subscription_id`.
pub async fn cancel_choice(
    db: &Db,
    access: &PortalAccess,
    subscription_id: &str,
) -> ServiceResult<CancelFacts> {
    require_enabled(&access.features, PortalFeature::SubscriptionCancel)?;
    let cancel = &access.features.subscription_cancel;
    let mut conn = db.conn().await?;
    let subscription = store::subscriptions::get(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        Some(&access.customer_id),
        subscription_id,
    )
    .await?
    .ok_or_else(|| ServiceError::not_found("subscription", "subscription", subscription_id))?;
    if subscription.status == SubscriptionStatus::Canceled || subscription.cancel_at_period_end {
        return Err(ServiceError::Refused(
            crate::domain::subscription::SubscriptionRefusal::AlreadyCanceled,
        ));
    }
    let price = crate::server::services::billing::products::subscribed_price(
        conn.exec(),
        &access.merchant_id,
        &subscription.price_id,
    )
    .await?;
    let offered = cancel
        .retention
        .as_ref()
        .and_then(|retention| retention.offer_coupon.as_deref());
    let retention_offer = match offered {
        Some(coupon)
            if subscription.retention_offer_accepted_at.is_none()
                && subscription.coupon_id.as_deref() != Some(coupon) =>
        {
            store::coupons::get(conn.exec(), &access.merchant_id, coupon).await?
        }
        _ => None,
    };
    let reasons = cancel
        .cancellation_reason
        .as_ref()
        .filter(|reasons| reasons.enabled)
        .map(|reasons| reasons.options.clone())
        .unwrap_or_default();
    Ok(CancelFacts {
        subscription,
        price,
        retention_offer,
        reasons,
        at_period_end: cancel.mode == CancelMode::AtPeriodEnd,
        credits_unused_time: cancel.mode == CancelMode::Immediately
            && cancel.proration_behavior == Some(ProrationBehavior::CreateProrations),
        now: now_unix(),
    })
}

/// One saved payment method, and whether it is the default and still usable.
#[derive(Debug, Clone)]
pub struct PaymentMethodFacts {
    pub method: PaymentMethodRow,
    pub is_default: bool,
    pub expires_soon: bool,
    pub expired: bool,
}

/// The payment methods page: the methods, the open invoices the customer may pay now, and
#[derive(Debug, Clone)]
pub struct PaymentMethodsFacts {
    pub methods: Vec<PaymentMethodFacts>,
    pub open_invoices: Vec<InvoiceRow>,
    /// The open invoices whose payment waits for the customer's authentication (3-D Secure).
    pub awaiting_confirmation: Vec<String>,
    /// The open invoices whose debit the bank has not answered yet: nothing to pay now.
    pub debits_on_their_way: Vec<String>,
    pub now: i64,
}

/// The customer's payment methods and open invoices, when the configuration allows it.
pub async fn payment_methods(db: &Db, access: &PortalAccess) -> ServiceResult<PaymentMethodsFacts> {
    require_enabled(&access.features, PortalFeature::PaymentMethodUpdate)?;
    let mut conn = db.conn().await?;
    let default = store::customers::default_payment_method(
        conn.exec(),
        &access.merchant_id,
        &access.customer_id,
    )
    .await?;
    let now = clock::customer_now(conn.exec(), &access.merchant_id, &access.customer_id).await?;
    let today = time::OffsetDateTime::from_unix_timestamp(now)
        .map_err(anyhow::Error::from)?
        .date();
    let methods = store::payment_methods::list_for_customer(
        conn.exec(),
        &access.merchant_id,
        &access.customer_id,
    )
    .await?
    .into_iter()
    .map(|method| {
        let card_expiry = (method.kind != "sepa_debit").then(|| Expiry {
            month: u8::try_from(method.exp_month).unwrap_or(12),
            year: i32::try_from(method.exp_year).unwrap_or(i32::MAX),
        });
        PaymentMethodFacts {
            is_default: default.as_deref() == Some(&method.id),
            expires_soon: card_expiry.is_some_and(|expiry| expiry.expires_soon(today)),
            expired: card_expiry.is_some_and(|expiry| expiry.is_past(today)),
            method,
        }
    })
    .collect();
    let open_invoices =
        store::invoices::open_for_customer(conn.exec(), &access.merchant_id, &access.customer_id)
            .await?;
    let mut awaiting_confirmation = Vec::new();
    if access.livemode {
        for invoice in &open_invoices {
            let latest = store::payment_processors::latest_payment(
                conn.exec(),
                &access.merchant_id,
                &invoice.id,
            )
            .await?;
            if latest.is_some_and(|payment| {
                payment.status == "requires_action" && payment.attempt == invoice.attempt_count
            }) {
                awaiting_confirmation.push(invoice.id.clone());
            }
        }
    }
    let debits_on_their_way = crate::server::services::billing::invoice_views::debits_on_their_way(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        &access.customer_id,
    )
    .await?;
    Ok(PaymentMethodsFacts {
        awaiting_confirmation,
        debits_on_their_way,
        methods,
        open_invoices,
        now,
    })
}

/// How long a refused form is kept for the page that shows it again.
pub const REFUSED_FORM_SECONDS: i64 = 10 * 60;

/// Keeps a refused form for this session only; answers the id the page's URL carries.
pub async fn keep_refused_form(
    db: &Db,
    access: &PortalAccess,
    form: &RefusedForm,
) -> ServiceResult<String> {
    let now = now_unix();
    let row = store::refused_forms::RefusedFormRow {
        id: crate::server::secrets::new_secret(),
        session_id: access.session_id.clone(),
        form_values: serde_json::to_string(&form.values).map_err(anyhow::Error::from)?,
        errors: serde_json::to_string(&form.errors).map_err(anyhow::Error::from)?,
        expires_at: now + REFUSED_FORM_SECONDS,
    };
    let mut tx = db.begin_write().await?;
    store::refused_forms::insert(tx.exec(), &row, now).await?;
    tx.commit().await?;
    Ok(row.id)
}

/// The tax ID types a customer may add in the portal, in the order the form lists them.
pub const PORTAL_TAX_ID_TYPES: [TaxIdType; 9] = [
    TaxIdType::EuVat,
    TaxIdType::GbVat,
    TaxIdType::ChVat,
    TaxIdType::NoVat,
    TaxIdType::UsEin,
    TaxIdType::CaBn,
    TaxIdType::AuAbn,
    TaxIdType::InGst,
    TaxIdType::JpCn,
];

/// The billing details page: what is on file, which fields the customer may edit, and a
/// refused form shown again.
#[derive(Debug, Clone)]
pub struct BillingDetailsFacts {
    pub details: CustomerDetailsRow,
    pub tax_ids: Vec<TaxIdRow>,
    pub editable: Vec<CustomerField>,
    pub refused: Option<RefusedForm>,
}

/// The billing details page, with the session's refused form `refused_form` (if it is
/// still kept) shown again.
pub async fn billing_details(
    db: &Db,
    access: &PortalAccess,
    refused_form: Option<&str>,
) -> ServiceResult<BillingDetailsFacts> {
    require_enabled(&access.features, PortalFeature::CustomerUpdate)?;
    let mut conn = db.conn().await?;
    let details = store::customers::get_details(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        &access.customer_id,
    )
    .await?
    .unwrap_or_default();
    let tax_ids =
        store::tax_ids::list_for_customer(conn.exec(), &access.merchant_id, &access.customer_id)
            .await?;
    let refused = match refused_form {
        Some(id) => store::refused_forms::get(conn.exec(), &access.session_id, id, now_unix())
            .await?
            .map(|row| RefusedForm {
                values: serde_json::from_str(&row.form_values).unwrap_or_default(),
                errors: serde_json::from_str(&row.errors).unwrap_or_default(),
            }),
        None => None,
    };
    Ok(BillingDetailsFacts {
        details,
        tax_ids,
        editable: access.features.customer_update.allowed_updates.clone(),
        refused,
    })
}

/// How many of their recent changes the Activity page shows the customer.
const ACTIVITY_ENTRIES: i64 = 50;

/// Who made a change the customer sees on their Activity page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedBy {
    /// The customer, in a portal session.
    Customer,
    /// The merchant, through the API or the dashboard.
    Merchant,
    /// The system: renewals, retries, the demo.
    Automatic,
}

/// One of the customer's recent changes, as the audit log recorded it.
#[derive(Debug, Clone)]
pub struct ActivityFacts {
    pub action: String,
    /// The audit entry's before/after changes (with an invoice's `number` added).
    pub changes: serde_json::Value,
    pub changed_by: ChangedBy,
    pub created_at: i64,
}

/// The customer's own recent changes (from the audit log), newest first.
pub async fn activity(db: &Db, access: &PortalAccess) -> ServiceResult<Vec<ActivityFacts>> {
    let mut conn = db.conn().await?;
    let rows = store::audit_log::list_page(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        &store::audit_log::AuditFilter {
            customer_id: Some(&access.customer_id),
            limit: ACTIVITY_ENTRIES,
            ..Default::default()
        },
    )
    .await?;
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows {
        let mut changes: serde_json::Value = row
            .changes
            .as_deref()
            .and_then(|c| serde_json::from_str(c).ok())
            .unwrap_or_default();
        if row.action.starts_with("invoice.") {
            // An invoice's update names what changed, not which invoice: add its number.
            let invoice = store::invoices::get(
                conn.exec(),
                &access.merchant_id,
                access.livemode,
                Some(&access.customer_id),
                &row.object_id,
            )
            .await?;
            changes["number"] = serde_json::json!(invoice.and_then(|i| i.number));
        }
        entries.push(ActivityFacts {
            changed_by: match row.actor_type.as_str() {
                "portal_session" => ChangedBy::Customer,
                "api_key" | "dashboard_user" => ChangedBy::Merchant,
                _ => ChangedBy::Automatic,
            },
            action: row.action,
            changes,
            created_at: row.created_at,
        });
    }
    Ok(entries)
}

//! The portal: its sessions (minted, redeemed, revoked; `portal_sessions`), its invoice
//! history (`portal_invoices`), and here what each page shows a signed-in customer, read
//! within the session's scope. (Over 500 lines: one read per page; the labels they still
//! build move to `src/ui` with the languages issue.)

pub mod portal_invoices;
pub mod portal_sessions;
use crate::domain::invoice::InvoiceStatus;
use crate::server::services::{
    billing::clock,
    billing::coupons,
    billing::labels::{card_label, discount_label, price_label},
    now_unix,
    portal::portal_sessions::PortalAccess,
    settings::portal_configurations::require_enabled,
    ServiceError, ServiceResult,
};
use crate::{
    domain::{
        card::{Brand, Expiry},
        dates::format_date,
        money::format_amount,
        portal_configuration::{
            AllowedProduct, CancelMode, CancellationReasonOption, PortalFeature, PortalFeatures,
            ProrationBehavior, SubscriptionUpdate,
        },
        subscription::SubscriptionStatus,
    },
    server::db::{
        store::{
            self, catalog::PriceWithProductRow, subscriptions::InvoiceGlance,
            subscriptions::SubscriptionRow, subscriptions::SubscriptionWithPriceRow,
        },
        Db,
    },
    views::{
        ActivityEntry, ActivityView, BillingDetailsView, CancelChoice, OpenInvoiceView,
        PaymentMethodList, PaymentMethodView, PlanChoice, PlanOption, PortalOverview,
        SubscriptionSummary, TaxIdView,
    },
};

fn summary(
    row: &SubscriptionRow,
    price: &PriceWithProductRow,
    features: &PortalFeatures,
    discount_label: Option<String>,
    scheduled_plan_name: Option<String>,
    latest_invoice: Option<&InvoiceGlance>,
    now: i64,
) -> SubscriptionSummary {
    let plan_updates = features.subscription_update.enabled;
    let cancels = features.subscription_cancel.enabled;
    let status = row.status;
    let date = format_date(row.current_period_end, now);
    let period_label = match status {
        SubscriptionStatus::Canceled => format!("Ended on {date}"),
        _ if row.cancel_at_period_end => format!("Cancels on {date}"),
        SubscriptionStatus::Paused => format!("Billing paused; the period ends on {date}"),
        _ => format!("Renews on {date}"),
    };
    let scheduled_change_label = scheduled_plan_name.map(|name| {
        let quantity = row.scheduled_quantity.unwrap_or(row.quantity);
        if quantity == 1 {
            format!("Changes to {name} on {date}")
        } else {
            format!("Changes to {quantity} × {name} on {date}")
        }
    });
    let pause_label = (status == SubscriptionStatus::Paused).then(|| match row.resumes_at {
        Some(resumes_at) => format!("Paused until {}", format_date(resumes_at, now)),
        None => "Paused".to_string(),
    });
    let pauses = features.subscription_pause.enabled;
    SubscriptionSummary {
        id: row.id.clone(),
        plan_name: price.product_name.clone(),
        price_label: price_label(price),
        quantity: row.quantity,
        status,
        period_label,
        can_change_plan: plan_updates && status.can_change_plan() && !row.cancel_at_period_end,
        can_cancel: cancels && status.can_change_plan() && !row.cancel_at_period_end,
        can_reactivate: cancels
            && row.cancel_at_period_end
            && status != SubscriptionStatus::Canceled,
        discount_label,
        scheduled_change_label,
        pause_label,
        can_pause: pauses
            && matches!(
                status,
                SubscriptionStatus::Active | SubscriptionStatus::Paused
            )
            && !row.cancel_at_period_end,
        latest_invoice_label: latest_invoice.map(|invoice| invoice_label(invoice, now)),
    }
}

/// "Latest invoice ACME-0002 · Dec 25 · $29.00 · Paid"
fn invoice_label(invoice: &InvoiceGlance, now: i64) -> String {
    let total = format_amount(invoice.total, &invoice.currency);
    let status = match invoice.status {
        InvoiceStatus::Paid => "Paid",
        InvoiceStatus::Open => "Payment due",
        InvoiceStatus::Uncollectible => "Unpaid",
        InvoiceStatus::Void => "Void",
        InvoiceStatus::Draft => "Draft",
    };
    format!(
        "Latest invoice {} · {} · {total} · {status}",
        invoice.number.as_deref().unwrap_or("(draft)"),
        format_date(invoice.created_at, now)
    )
}

/// The overview of `access`'s customer, whose subscriptions (with prices) were read with it.
pub async fn overview(
    db: &Db,
    access: &PortalAccess,
    rows: Vec<SubscriptionWithPriceRow>,
) -> ServiceResult<PortalOverview> {
    let plan_updates = access.features.subscription_update.enabled;
    let now = access
        .customer_clock_time
        .unwrap_or_else(crate::server::services::now_unix);
    let mut subscriptions = Vec::with_capacity(rows.len());
    for row in &rows {
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
        let latest_invoice = row.latest_invoice();
        let discount_label = match &row.subscription.coupon_id {
            Some(coupon) => {
                let mut conn = db.conn().await?;
                store::coupons::get(conn.exec(), &access.merchant_id, coupon)
                    .await?
                    .map(|coupon| discount_label(&coupon))
            }
            None => None,
        };
        subscriptions.push(summary(
            &row.subscription,
            &row.price(),
            &access.features,
            discount_label,
            scheduled_plan_name,
            latest_invoice.as_ref(),
            now,
        ));
    }
    Ok(PortalOverview {
        merchant_name: access.merchant_name.clone(),
        customer_name: access.customer_name.clone(),
        customer_email: access.customer_email.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        payment_methods_enabled: access.features.payment_method_update.enabled,
        billing_details_enabled: access.features.customer_update.enabled,
        invoice_history_enabled: access.features.invoice_history.enabled,
        default_payment_method_label: access.default_payment_method_label.clone(),
        payment_failed: subscriptions.iter().any(|s| {
            matches!(
                s.status,
                SubscriptionStatus::PastDue | SubscriptionStatus::Unpaid
            )
        }),
        subscriptions,
        plan_updates_enabled: plan_updates,
    })
}

/// The plans the customer may switch `subscription_id` to under their configuration.
pub async fn plan_choice(
    db: &Db,
    access: &PortalAccess,
    subscription_id: &str,
) -> ServiceResult<PlanChoice> {
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
        .map(|price| PlanOption {
            is_current: price.id == current.id,
            price_label: price_label(&price),
            quantity_bounds: quantity_bounds(&features.subscription_update, &price.product_id),
            product_name: price.product_name,
            price_id: price.id,
        })
        .collect();
    Ok(PlanChoice {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: subscription.id,
        current_plan_name: current.product_name,
        current_price_id: current.id,
        quantity: subscription.quantity,
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

/// The words a customer sees for a cancellation reason.
pub fn reason_label(reason: CancellationReasonOption) -> &'static str {
    match reason {
        CancellationReasonOption::TooExpensive => "It's too expensive",
        CancellationReasonOption::MissingFeatures => "Some features are missing",
        CancellationReasonOption::SwitchedService => "I'm switching to another service",
        CancellationReasonOption::Unused => "I don't use it enough",
        CancellationReasonOption::CustomerService => "Customer service was less than expected",
        CancellationReasonOption::TooComplex => "It's too complicated to use",
        CancellationReasonOption::LowQuality => "Quality was less than expected",
        CancellationReasonOption::Other => "Another reason",
    }
}

/// What the "Cancel plan" flow shows for `subscription_id`.
pub async fn cancel_choice(
    db: &Db,
    access: &PortalAccess,
    subscription_id: &str,
) -> ServiceResult<CancelChoice> {
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
    let status = subscription.status;
    if status == SubscriptionStatus::Canceled || subscription.cancel_at_period_end {
        return Err(ServiceError::invalid(
            "subscription",
            "This plan is already canceled or set to cancel",
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
            store::coupons::get(conn.exec(), &access.merchant_id, coupon)
                .await?
                .map(|row| coupons::describe(&row))
        }
        _ => None,
    };
    let reasons = cancel
        .cancellation_reason
        .as_ref()
        .filter(|reasons| reasons.enabled)
        .map(|reasons| {
            reasons
                .options
                .iter()
                .map(|option| {
                    let value = serde_json::to_value(option)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    (value, reason_label(*option).to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(CancelChoice {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: subscription.id,
        plan_name: price.product_name,
        at_period_end: cancel.mode == CancelMode::AtPeriodEnd,
        credits_unused_time: cancel.mode == CancelMode::Immediately
            && cancel.proration_behavior == Some(ProrationBehavior::CreateProrations),
        period_end_date: format_date(subscription.current_period_end, now_unix()),
        retention_offer,
        reasons,
    })
}

/// The customer's payment methods and open invoices, when the configuration allows it.
pub async fn payment_methods(db: &Db, access: &PortalAccess) -> ServiceResult<PaymentMethodList> {
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
    .iter()
    .map(|method| {
        let is_default = default.as_deref() == Some(&method.id);
        if method.kind == "sepa_debit" {
            let accepted = method
                .mandate_accepted_at
                .map(|at| format!(", accepted {}", format_date(at, now)))
                .unwrap_or_default();
            return PaymentMethodView {
                id: method.id.clone(),
                name: card_label(method),
                detail: format!(
                    "Bank account in {} · mandate {}{accepted}",
                    method.sepa_country.as_deref().unwrap_or("?"),
                    method.mandate_reference.as_deref().unwrap_or("?"),
                ),
                expires_soon: false,
                expired: false,
                is_default,
            };
        }
        let expiry = Expiry {
            month: u8::try_from(method.exp_month).unwrap_or(12),
            year: i32::try_from(method.exp_year).unwrap_or(i32::MAX),
        };
        PaymentMethodView {
            id: method.id.clone(),
            name: card_label(method),
            detail: format!("Expires {:02}/{}", method.exp_month, method.exp_year),
            expires_soon: expiry.expires_soon(today),
            expired: expiry.is_past(today),
            is_default,
        }
    })
    .collect();
    let open_invoices =
        store::invoices::open_for_customer(conn.exec(), &access.merchant_id, &access.customer_id)
            .await?
            .iter()
            .map(|invoice| {
                let amount = format_amount(invoice.amount_due, &invoice.currency);
                OpenInvoiceView {
                    id: invoice.id.clone(),
                    label: format!(
                        "{} · {amount}",
                        invoice.number.as_deref().unwrap_or("(draft)")
                    ),
                }
            })
            .collect();
    Ok(PaymentMethodList {
        mandate_text: crate::server::services::customers::payment_methods::mandate_text(
            &access.merchant_name,
        ),
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        methods,
        open_invoices,
    })
}

/// The customer's billing details and tax IDs, when the configuration lets them edit any.
/// How long a refused form is kept for the page that shows it again.
pub const REFUSED_FORM_SECONDS: i64 = 10 * 60;

/// Keeps a refused form for this session only; answers the id the page's URL carries.
pub async fn keep_refused_form(
    db: &Db,
    access: &PortalAccess,
    form: &crate::views::RefusedForm,
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

/// The billing details page, with the session's refused form `refused_form` (if it is
/// still kept) shown again.
pub async fn billing_details(
    db: &Db,
    access: &PortalAccess,
    refused_form: Option<&str>,
) -> ServiceResult<BillingDetailsView> {
    use crate::domain::{
        address::COUNTRIES, portal_configuration::CustomerField, tax_id::TaxIdType,
    };
    require_enabled(&access.features, PortalFeature::CustomerUpdate)?;
    let update = &access.features.customer_update;
    let allows = |field| update.allowed_updates.contains(&field);
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
            .await?
            .into_iter()
            .map(|row| TaxIdView {
                label: TaxIdType::parse(&row.kind)
                    .map(TaxIdType::label)
                    .unwrap_or("Tax ID")
                    .to_string(),
                id: row.id,
                value: row.value,
            })
            .collect();
    let types = [
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
    let refused = match refused_form {
        Some(id) => store::refused_forms::get(conn.exec(), &access.session_id, id, now_unix())
            .await?
            .map(|row| crate::views::RefusedForm {
                values: serde_json::from_str(&row.form_values).unwrap_or_default(),
                errors: serde_json::from_str(&row.errors).unwrap_or_default(),
            }),
        None => None,
    };
    let text = |value: Option<String>| value.unwrap_or_default();
    Ok(BillingDetailsView {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        can_edit_name: allows(CustomerField::Name),
        can_edit_email: allows(CustomerField::Email),
        can_edit_phone: allows(CustomerField::Phone),
        can_edit_address: allows(CustomerField::Address),
        can_edit_tax_ids: allows(CustomerField::TaxId),
        name: text(details.name),
        email: text(details.email),
        phone: text(details.phone),
        line1: text(details.address_line1),
        line2: text(details.address_line2),
        city: text(details.address_city),
        postal_code: text(details.address_postal_code),
        state: text(details.address_state),
        country: text(details.address_country),
        countries: COUNTRIES
            .iter()
            .map(|(code, name)| (code.to_string(), name.to_string()))
            .collect(),
        tax_ids,
        tax_id_types: types
            .iter()
            .map(|kind| (kind.as_str().to_string(), kind.label().to_string()))
            .collect(),
        refused,
    })
}

/// How many of their recent changes the Activity page shows the customer.
const ACTIVITY_ENTRIES: i64 = 50;

/// The customer's own recent changes (from the audit log), described for them.
pub async fn activity(db: &Db, access: &PortalAccess) -> ServiceResult<ActivityView> {
    use crate::domain::dates::format_date_time;
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
    let now = now_unix();
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
        if let Some(summary) = describe_change(&row.action, &changes) {
            let who = match row.actor_type.as_str() {
                "portal_session" => "You".to_string(),
                "api_key" | "dashboard_user" => access.merchant_name.clone(),
                _ => "Automatic".to_string(),
            };
            entries.push(ActivityEntry {
                when: format_date_time(row.created_at, now),
                datetime: crate::server::services::objects::format_time(row.created_at),
                who,
                summary,
            });
        }
    }
    Ok(ActivityView {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        entries,
    })
}

/// A sentence for one audit entry, or `None` for bookkeeping the customer need not see
/// (an invoice drafted and finalised is shown once, when it is paid or its payment fails).
pub fn describe_change(action: &str, changes: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let after = |field: &str| &changes[field]["after"];
    let before = |field: &str| &changes[field]["before"];
    let object_after = &changes["object"]["after"];
    let object_before = &changes["object"]["before"];
    let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
    let payment_method = |object: &Value| {
        if let Some(card) = object.get("card").filter(|c| c.is_object()) {
            let brand = Brand::from_code(card["brand"].as_str().unwrap_or_default()).label();
            format!("{brand} •••• {}", text(&card["last4"]))
        } else {
            format!("bank account •••• {}", text(&object["sepaDebit"]["last4"]))
        }
    };
    let sentence = match action {
        "subscription.created" => format!(
            "Subscribed to {}",
            text(&object_after["price"]["productName"])
        ),
        "subscription.deleted" => "Subscription ended".to_string(),
        "subscription.updated" => {
            let mut parts = Vec::new();
            if changes.get("price").is_some() {
                parts.push(format!(
                    "Changed plan from {} to {}",
                    text(&before("price")["productName"]),
                    text(&after("price")["productName"])
                ));
            }
            if changes.get("quantity").is_some() {
                parts.push(format!(
                    "Changed quantity from {} to {}",
                    before("quantity"),
                    after("quantity")
                ));
            }
            if changes.get("cancelAtPeriodEnd").is_some() {
                parts.push(if after("cancelAtPeriodEnd") == true {
                    "Cancelled the subscription at the end of the period".to_string()
                } else {
                    "Kept the subscription (cancellation withdrawn)".to_string()
                });
            }
            if changes.get("pendingUpdate").is_some() {
                parts.push(if after("pendingUpdate").is_null() {
                    "Dropped a scheduled plan change".to_string()
                } else {
                    "Scheduled a plan change for the period end".to_string()
                });
            }
            if changes.get("status").is_some() && parts.is_empty() {
                parts.push(match after("status").as_str() {
                    Some("paused") => "Paused the subscription".to_string(),
                    Some("active") if before("status") == "paused" => {
                        "Resumed the subscription".to_string()
                    }
                    Some("canceled") => "Cancelled the subscription".to_string(),
                    Some("past_due") => "Payment is past due".to_string(),
                    Some(status) => format!("Subscription is now {}", status.replace('_', " ")),
                    None => "Subscription updated".to_string(),
                });
            }
            if changes.get("discount").is_some() && !after("discount").is_null() {
                parts.push("Applied a discount".to_string());
            }
            if parts.is_empty() {
                if changes.get("currentPeriodEnd").is_some() {
                    parts.push("Subscription renewed".to_string());
                } else {
                    return None;
                }
            }
            parts.join("; ")
        }
        "customer.updated" => {
            if changes.get("defaultPaymentMethod").is_some() {
                "Changed the default payment method".to_string()
            } else {
                let fields: Vec<&str> = ["name", "email", "phone", "address"]
                    .into_iter()
                    .filter(|field| changes.get(*field).is_some())
                    .map(|field| match field {
                        "email" => "e-mail",
                        other => other,
                    })
                    .collect();
                if fields.is_empty() {
                    return None;
                }
                format!("Updated billing details ({})", fields.join(", "))
            }
        }
        "customer.tax_id.created" => format!("Added tax ID {}", text(&object_after["value"])),
        "customer.tax_id.deleted" => format!("Removed tax ID {}", text(&object_before["value"])),
        "payment_method.attached" => format!("Added {}", payment_method(object_after)),
        "payment_method.detached" => format!("Removed {}", payment_method(object_before)),
        "invoice.paid" => format!("Paid invoice {}", text(&changes["number"])),
        "invoice.payment_failed" => {
            format!("Payment failed for invoice {}", text(&changes["number"]))
        }
        "invoice.marked_uncollectible" => format!(
            "Invoice {} was marked uncollectible",
            text(&changes["number"])
        ),
        "invoice.voided" => format!("Invoice {} was voided", text(&changes["number"])),
        _ => return None,
    };
    Some(sentence)
}

//! The portal's pages in words: each builds the read model a page renders from what its
//! service read (rows, amounts, timestamps, statuses). Server-side only; the words move
//! to the message catalogues with the languages issue.
use crate::{
    domain::{
        address::COUNTRIES,
        card::Brand,
        coupon::{Discount, Duration},
        dates::{format_date, format_date_time},
        invoice::InvoiceStatus,
        money::format_amount,
        portal_configuration::{CancellationReasonOption, CustomerField},
        subscription::SubscriptionStatus,
        tax_id::TaxIdType,
    },
    i18n::{self, format, Arg, Language},
    server::{
        db::store::{coupons::CouponRow, subscriptions::InvoiceGlance},
        services::{
            billing::{
                coupons,
                labels::{card_label, payment_method_label},
            },
            objects::format_time,
            portal::{
                portal_sessions::PortalAccess, ActivityFacts, BillingDetailsFacts, CancelFacts,
                ChangedBy, OverviewFacts, PaymentMethodsFacts, PlanChoiceFacts, SubscriptionFacts,
                PORTAL_TAX_ID_TYPES,
            },
        },
    },
    views::{
        ActivityEntry, ActivityView, BillingDetailsView, CancelChoice, OpenInvoiceView,
        PaymentMethodList, PaymentMethodView, PlanChoice, PlanOption, PortalOverview,
        SubscriptionSummary, TaxIdView,
    },
};

pub fn overview(access: &PortalAccess, facts: OverviewFacts) -> PortalOverview {
    let language = access.language();
    let subscriptions: Vec<SubscriptionSummary> = facts
        .subscriptions
        .iter()
        .map(|subscription| summary(language, subscription, facts.now))
        .collect();
    let features = &access.features;
    PortalOverview {
        language,
        merchant_name: access.merchant_name.clone(),
        customer_name: access.customer_name.clone(),
        customer_email: access.customer_email.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        payment_methods_enabled: features.payment_method_update.enabled,
        billing_details_enabled: features.customer_update.enabled,
        invoice_history_enabled: features.invoice_history.enabled,
        default_payment_method_label: access
            .default_payment_method
            .as_ref()
            .map(|method| payment_method_label(&method.kind, &method.brand, &method.last4)),
        payment_failed: subscriptions.iter().any(|s| {
            matches!(
                s.status,
                SubscriptionStatus::PastDue | SubscriptionStatus::Unpaid
            )
        }),
        subscriptions,
        plan_updates_enabled: features.subscription_update.enabled,
    }
}

/// "€9.00 per month", "9,00 € alle 3 Monate": a price's terms in `language`.
pub fn price_terms(
    language: Language,
    unit_amount: i64,
    currency: &str,
    interval: &str,
    count: i64,
) -> String {
    let key = if interval == "year" {
        "price-per-year"
    } else {
        "price-per-month"
    };
    i18n::text_with(
        language,
        key,
        &[
            (
                "amount",
                format::money(language, unit_amount, currency).into(),
            ),
            ("count", count.into()),
        ],
    )
}

fn summary(language: Language, facts: &SubscriptionFacts, now: i64) -> SubscriptionSummary {
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let row = &facts.subscription;
    let status = row.status;
    let date = format::date(language, row.current_period_end, now);
    let on_date = |key: &str| words(key, &[("date", Arg::from(&date))]);
    let period_label = match status {
        SubscriptionStatus::Canceled => on_date("subscription-ended-on"),
        _ if row.cancel_at_period_end => on_date("subscription-cancels-on"),
        SubscriptionStatus::Paused => on_date("subscription-paused-period"),
        _ => on_date("subscription-renews-on"),
    };
    let scheduled_change_label = facts.scheduled_plan_name.as_ref().map(|name| {
        let quantity = row.scheduled_quantity.unwrap_or(row.quantity);
        words(
            "subscription-changes-to",
            &[
                ("quantity", quantity.into()),
                ("plan", name.into()),
                ("date", Arg::from(&date)),
            ],
        )
    });
    let pause_label = (status == SubscriptionStatus::Paused).then(|| match row.resumes_at {
        Some(resumes_at) => words(
            "subscription-paused-until",
            &[("date", format::date(language, resumes_at, now).into())],
        ),
        None => words("subscription-paused", &[]),
    });
    let price = &facts.price;
    SubscriptionSummary {
        id: row.id.clone(),
        plan_name: price.product_name.clone(),
        price_label: price_terms(
            language,
            price.unit_amount,
            &price.currency,
            &price.billing_interval,
            price.interval_count,
        ),
        quantity: row.quantity,
        status,
        status_label: words(status_key(status), &[]),
        period_label,
        can_change_plan: facts.actions.change_plan,
        can_cancel: facts.actions.cancel,
        can_reactivate: facts.actions.reactivate,
        discount_label: facts
            .coupon
            .as_ref()
            .map(|coupon| coupon_words(language, coupon)),
        scheduled_change_label,
        pause_label,
        can_pause: facts.actions.pause,
        latest_invoice_label: facts
            .latest_invoice
            .as_ref()
            .map(|invoice| invoice_label(language, invoice, now)),
    }
}

/// "Save 20%: 20% off for 3 months", "10 % Rabatt für 3 Monate": a coupon in `language`.
fn coupon_words(language: Language, coupon: &CouponRow) -> String {
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let terms = match coupons::terms(coupon) {
        Some((discount, duration)) => {
            let off = match discount {
                Discount::PercentOff { basis_points } => words(
                    "discount-percent-off",
                    &[("percent", format::percent(language, basis_points).into())],
                ),
                Discount::AmountOff { amount, currency } => words(
                    "discount-amount-off",
                    &[(
                        "amount",
                        format::money(language, amount, currency.code()).into(),
                    )],
                ),
            };
            let duration = match duration {
                Duration::Once => words("discount-once", &[]),
                Duration::Forever => words("discount-forever", &[]),
                Duration::Repeating { months } => {
                    words("discount-months", &[("months", i64::from(months).into())])
                }
            };
            words(
                "discount-terms",
                &[("off", off.into()), ("duration", duration.into())],
            )
        }
        None => words("discount-unknown", &[]),
    };
    match &coupon.name {
        Some(name) => words(
            "discount-named",
            &[("name", name.into()), ("terms", terms.into())],
        ),
        None => terms,
    }
}

/// The catalogue key of a subscription status's badge.
fn status_key(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Trialing => "status-trialing",
        SubscriptionStatus::Active => "status-active",
        SubscriptionStatus::PastDue => "status-past-due",
        SubscriptionStatus::Paused => "status-paused",
        SubscriptionStatus::Canceled => "status-canceled",
        SubscriptionStatus::Unpaid => "status-unpaid",
    }
}

/// "Latest invoice ACME-0002 · Dec 25 · $29.00 · Paid"
fn invoice_label(language: Language, invoice: &InvoiceGlance, now: i64) -> String {
    let status = match invoice.status {
        InvoiceStatus::Paid => "invoice-status-paid",
        InvoiceStatus::Open => "invoice-status-open",
        InvoiceStatus::Uncollectible => "invoice-status-uncollectible",
        InvoiceStatus::Void => "invoice-status-void",
        InvoiceStatus::Draft => "invoice-status-draft",
    };
    let number = invoice
        .number
        .clone()
        .unwrap_or_else(|| i18n::text(language, "subscription-draft-number"));
    i18n::text_with(
        language,
        "subscription-latest-invoice",
        &[
            ("number", number.into()),
            (
                "date",
                format::date(language, invoice.created_at, now).into(),
            ),
            (
                "total",
                format::money(language, invoice.total, &invoice.currency).into(),
            ),
            ("status", i18n::text(language, status).into()),
        ],
    )
}

pub fn plan_choice(access: &PortalAccess, facts: PlanChoiceFacts) -> PlanChoice {
    let language = access.language();
    PlanChoice {
        language,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: facts.subscription.id,
        current_plan_name: facts.current.product_name,
        current_price_id: facts.current.id,
        quantity: facts.subscription.quantity,
        options: facts
            .options
            .into_iter()
            .map(|option| PlanOption {
                is_current: option.is_current,
                price_label: price_terms(
                    language,
                    option.price.unit_amount,
                    &option.price.currency,
                    &option.price.billing_interval,
                    option.price.interval_count,
                ),
                quantity_bounds: option.quantity_bounds,
                product_name: option.price.product_name,
                price_id: option.price.id,
            })
            .collect(),
    }
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

pub fn cancel_choice(access: &PortalAccess, facts: CancelFacts) -> CancelChoice {
    CancelChoice {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: facts.subscription.id,
        plan_name: facts.price.product_name,
        at_period_end: facts.at_period_end,
        credits_unused_time: facts.credits_unused_time,
        period_end_date: format_date(facts.subscription.current_period_end, facts.now),
        retention_offer: facts.retention_offer.as_ref().map(coupons::describe),
        reasons: facts
            .reasons
            .into_iter()
            .map(|option| {
                let value = serde_json::to_value(option)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                (value, reason_label(option).to_string())
            })
            .collect(),
    }
}

pub fn payment_methods(access: &PortalAccess, facts: PaymentMethodsFacts) -> PaymentMethodList {
    let now = facts.now;
    let methods = facts
        .methods
        .iter()
        .map(|entry| {
            let method = &entry.method;
            let detail = if method.kind == "sepa_debit" {
                let accepted = method
                    .mandate_accepted_at
                    .map(|at| format!(", accepted {}", format_date(at, now)))
                    .unwrap_or_default();
                format!(
                    "Bank account in {} · mandate {}{accepted}",
                    method.sepa_country.as_deref().unwrap_or("?"),
                    method.mandate_reference.as_deref().unwrap_or("?"),
                )
            } else {
                format!("Expires {:02}/{}", method.exp_month, method.exp_year)
            };
            PaymentMethodView {
                id: method.id.clone(),
                name: card_label(method),
                detail,
                expires_soon: entry.expires_soon,
                expired: entry.expired,
                is_default: entry.is_default,
            }
        })
        .collect();
    let open_invoices = facts
        .open_invoices
        .iter()
        .map(|invoice| OpenInvoiceView {
            id: invoice.id.clone(),
            label: format!(
                "{} · {}",
                invoice.number.as_deref().unwrap_or("(draft)"),
                format_amount(invoice.amount_due, &invoice.currency)
            ),
            needs_confirmation: facts.awaiting_confirmation.contains(&invoice.id),
            debit_on_its_way: facts.debits_on_their_way.contains(&invoice.id),
        })
        .collect();
    PaymentMethodList {
        mandate_text: facts.mandate_text,
        processor_fields: None,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        methods,
        open_invoices,
    }
}

fn tax_id_type_label(kind: &str) -> &'static str {
    TaxIdType::parse(kind).map_or("Tax ID", TaxIdType::label)
}

pub fn billing_details(access: &PortalAccess, facts: BillingDetailsFacts) -> BillingDetailsView {
    let allows = |field| facts.editable.contains(&field);
    let details = facts.details;
    let text = |value: Option<String>| value.unwrap_or_default();
    BillingDetailsView {
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
        tax_ids: facts
            .tax_ids
            .into_iter()
            .map(|row| TaxIdView {
                label: tax_id_type_label(&row.kind).to_string(),
                id: row.id,
                value: row.value,
            })
            .collect(),
        tax_id_types: PORTAL_TAX_ID_TYPES
            .iter()
            .map(|kind| (kind.as_str().to_string(), kind.label().to_string()))
            .collect(),
        refused: facts.refused,
    }
}

pub fn activity(access: &PortalAccess, facts: Vec<ActivityFacts>, now: i64) -> ActivityView {
    ActivityView {
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        entries: facts
            .iter()
            .filter_map(|entry| {
                let summary = describe_change(&entry.action, &entry.changes)?;
                Some(ActivityEntry {
                    when: format_date_time(entry.created_at, now),
                    datetime: format_time(entry.created_at),
                    who: match entry.changed_by {
                        ChangedBy::Customer => "You".to_string(),
                        ChangedBy::Merchant => access.merchant_name.clone(),
                        ChangedBy::Automatic => "Automatic".to_string(),
                    },
                    summary,
                })
            })
            .collect(),
    }
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

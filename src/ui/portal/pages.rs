//! The portal's pages in words: each builds the read model a page renders from what its
//! service read (rows, amounts, timestamps, statuses). Server-side only; the words move
//! to the message catalogues with the languages issue.
use crate::{
    domain::{
        address::COUNTRIES,
        invoice::InvoiceStatus,
        portal_configuration::{CancellationReasonOption, CustomerField},
        subscription::SubscriptionStatus,
    },
    i18n::{self, format, Arg, Language},
    server::{
        db::store::subscriptions::InvoiceGlance,
        services::{
            billing::labels,
            objects::format_time,
            portal::{
                portal_sessions::PortalAccess, ActivityFacts, BillingDetailsFacts, CancelFacts,
                ChangedBy, OverviewFacts, PaymentMethodsFacts, PlanChoiceFacts, SubscriptionFacts,
                PORTAL_TAX_ID_TYPES,
            },
        },
    },
    views::{
        ActivityEntry, ActivityView, BillingDetailsView, CancelChoice, ChangePreview, ChangeReview,
        OpenInvoiceView, PaymentMethodList, PaymentMethodView, PlanChoice, PlanOption,
        PortalOverview, SubscriptionSummary, TaxIdView,
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
        default_payment_method_label: access.default_payment_method.as_ref().map(|method| {
            labels::payment_method_words(language, &method.kind, &method.brand, &method.last4)
        }),
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
        price_label: labels::price_words(
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
            .map(|coupon| labels::discount_words(language, coupon)),
        scheduled_change_label,
        pause_label,
        can_pause: facts.actions.pause,
        latest_invoice_label: facts
            .latest_invoice
            .as_ref()
            .map(|invoice| invoice_label(language, invoice, now)),
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

/// The review of `preview` in the customer's words. "Now" is the preview's proration time.
pub fn change_review(access: &PortalAccess, preview: ChangePreview) -> ChangeReview {
    let language = access.language();
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let now = preview.proration_date;
    let money = |amount: i64| format::money(language, amount, &preview.currency);
    let next_date = format::date(language, preview.next_invoice_date, now);
    let next_total = money(preview.next_invoice_total);
    let current_plan = labels::item_words(
        language,
        &preview.current_plan_name,
        preview.current_quantity,
    );
    let new_plan = labels::item_words(language, &preview.new_plan_name, preview.quantity);
    let change_summary = words(
        "review-from-to",
        &[
            ("current", current_plan.as_str().into()),
            ("new", new_plan.into()),
            (
                "terms",
                labels::price_words(
                    language,
                    preview.new_unit_amount,
                    &preview.currency,
                    &preview.new_interval,
                    preview.new_interval_count,
                )
                .into(),
            ),
        ],
    );
    let lines = preview
        .lines
        .iter()
        .map(|line| {
            (
                labels::proration_words(
                    language,
                    line.kind,
                    &line.plan_name,
                    line.quantity,
                    line.period_start,
                    now,
                ),
                money(line.amount),
            )
        })
        .collect();
    let next = if preview.takes_effect_at_period_end {
        words(
            "review-deferred",
            &[
                ("current", current_plan.into()),
                ("date", next_date.as_str().into()),
                ("total", next_total.as_str().into()),
            ],
        )
    } else {
        words(
            "review-next-invoice",
            &[
                ("date", next_date.as_str().into()),
                ("total", next_total.as_str().into()),
            ],
        )
    };
    let totals = if preview.amount_due_today > 0 {
        let today = words(
            "review-charged-today",
            &[("amount", money(preview.amount_due_today).into())],
        );
        format!("{today} {next}")
    } else {
        next
    };
    // A coupon the change applies (the merchant's link): named, with what it takes off.
    let discount_note = preview.new_discount.as_ref().map(|discount| {
        let name = discount
            .coupon_name
            .clone()
            .unwrap_or_else(|| discount.coupon.clone());
        words(
            "review-discount",
            &[
                ("name", name.into()),
                ("amount", money(discount.amount_off).into()),
            ],
        )
    });
    ChangeReview {
        language,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: preview.subscription_id,
        quote: preview.quote.unwrap_or_default(),
        change_summary,
        lines,
        discount_note,
        totals,
        takes_effect_at_period_end: preview.takes_effect_at_period_end,
    }
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
                price_label: labels::price_words(
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

/// The catalogue key of the words a customer sees for a cancellation reason.
fn reason_key(reason: CancellationReasonOption) -> &'static str {
    match reason {
        CancellationReasonOption::TooExpensive => "reason-too-expensive",
        CancellationReasonOption::MissingFeatures => "reason-missing-features",
        CancellationReasonOption::SwitchedService => "reason-switched-service",
        CancellationReasonOption::Unused => "reason-unused",
        CancellationReasonOption::CustomerService => "reason-customer-service",
        CancellationReasonOption::TooComplex => "reason-too-complex",
        CancellationReasonOption::LowQuality => "reason-low-quality",
        CancellationReasonOption::Other => "reason-other",
    }
}

pub fn cancel_choice(access: &PortalAccess, facts: CancelFacts) -> CancelChoice {
    let language = access.language();
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let plan = facts.price.product_name;
    let period_end = format::date(language, facts.subscription.current_period_end, facts.now);
    let consequence = if facts.at_period_end {
        words(
            "cancel-at-period-end",
            &[("plan", plan.as_str().into()), ("date", period_end.into())],
        )
    } else if facts.credits_unused_time {
        words("cancel-now-credited", &[("plan", plan.as_str().into())])
    } else {
        words("cancel-now", &[("plan", plan.as_str().into())])
    };
    let retention_offer = facts.retention_offer.as_ref().map(|coupon| {
        words(
            "cancel-offer-text",
            &[
                ("plan", plan.as_str().into()),
                ("offer", labels::discount_terms(language, coupon).into()),
            ],
        )
    });
    CancelChoice {
        language,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        subscription_id: facts.subscription.id,
        consequence,
        retention_offer,
        reasons: facts
            .reasons
            .into_iter()
            .map(|option| {
                let value = serde_json::to_value(option)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                (value, words(reason_key(option), &[]))
            })
            .collect(),
    }
}

pub fn payment_methods(access: &PortalAccess, facts: PaymentMethodsFacts) -> PaymentMethodList {
    let language = access.language();
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let now = facts.now;
    let methods = facts
        .methods
        .iter()
        .map(|entry| {
            let method = &entry.method;
            let detail = if method.kind == "sepa_debit" {
                let country = method.sepa_country.as_deref().unwrap_or("?");
                let args = [
                    (
                        "country",
                        format::country(language, country)
                            .unwrap_or(country.to_string())
                            .into(),
                    ),
                    (
                        "mandate",
                        method.mandate_reference.as_deref().unwrap_or("?").into(),
                    ),
                ];
                match method.mandate_accepted_at {
                    Some(at) => {
                        let mut args = args.to_vec();
                        args.push(("date", format::date(language, at, now).into()));
                        words("payment-methods-bank-accepted", &args)
                    }
                    None => words("payment-methods-bank", &args),
                }
            } else {
                words(
                    "payment-methods-expires",
                    &[(
                        "date",
                        format!("{:02}/{}", method.exp_month, method.exp_year).into(),
                    )],
                )
            };
            PaymentMethodView {
                id: method.id.clone(),
                name: labels::card_words(language, method),
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
                invoice
                    .number
                    .clone()
                    .unwrap_or_else(|| words("subscription-draft-number", &[])),
                format::money(language, invoice.amount_due, &invoice.currency)
            ),
            needs_confirmation: facts.awaiting_confirmation.contains(&invoice.id),
            debit_on_its_way: facts.debits_on_their_way.contains(&invoice.id),
        })
        .collect();
    PaymentMethodList {
        language,
        mandate_text: words(
            "payment-methods-mandate",
            &[("merchant", access.merchant_name.as_str().into())],
        ),
        processor_fields: None,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        methods,
        open_invoices,
    }
}

pub fn billing_details(access: &PortalAccess, facts: BillingDetailsFacts) -> BillingDetailsView {
    let language = access.language();
    // Countries by their name in the customer's language, in that language's order.
    let mut countries: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(code, name)| {
            let name = format::country(language, code).unwrap_or(name.to_string());
            (code.to_string(), name)
        })
        .collect();
    format::sort_by_name(language, &mut countries, |(_, name)| name.as_str());
    let allows = |field| facts.editable.contains(&field);
    let details = facts.details;
    let text = |value: Option<String>| value.unwrap_or_default();
    BillingDetailsView {
        language,
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
        countries,
        tax_ids: facts
            .tax_ids
            .into_iter()
            .map(|row| TaxIdView {
                label: labels::tax_id_kind_words(language, &row.kind),
                id: row.id,
                value: row.value,
            })
            .collect(),
        tax_id_types: PORTAL_TAX_ID_TYPES
            .iter()
            .map(|kind| {
                (
                    kind.as_str().to_string(),
                    labels::tax_id_type_words(language, *kind),
                )
            })
            .collect(),
        refused: facts.refused,
    }
}

pub fn activity(access: &PortalAccess, facts: Vec<ActivityFacts>, now: i64) -> ActivityView {
    let language = access.language();
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    ActivityView {
        language,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        entries: facts
            .iter()
            .filter_map(|entry| {
                let summary = describe_change_in(language, &entry.action, &entry.changes)?;
                Some(ActivityEntry {
                    when: words(
                        "activity-when",
                        &[
                            ("date", format::date(language, entry.created_at, now).into()),
                            (
                                "time",
                                format::time_of_day(language, entry.created_at).into(),
                            ),
                        ],
                    ),
                    datetime: format_time(entry.created_at),
                    who: match entry.changed_by {
                        ChangedBy::Customer => words("activity-you", &[]),
                        ChangedBy::Merchant => access.merchant_name.clone(),
                        ChangedBy::Automatic => words("activity-automatic", &[]),
                    },
                    summary,
                })
            })
            .collect(),
    }
}

/// A sentence for one audit entry in English (the dashboard's audit log).
pub fn describe_change(action: &str, changes: &serde_json::Value) -> Option<String> {
    describe_change_in(Language::En, action, changes)
}

/// A sentence for one audit entry in `language`, or `None` for bookkeeping the customer
/// need not see (an invoice drafted and finalised is shown once, when it is paid or its
/// payment fails).
pub fn describe_change_in(
    language: Language,
    action: &str,
    changes: &serde_json::Value,
) -> Option<String> {
    use serde_json::Value;
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let after = |field: &str| &changes[field]["after"];
    let before = |field: &str| &changes[field]["before"];
    let object_after = &changes["object"]["after"];
    let object_before = &changes["object"]["before"];
    let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
    let payment_method = |object: &Value| {
        if let Some(card) = object.get("card").filter(|c| c.is_object()) {
            labels::payment_method_words(
                language,
                "card",
                card["brand"].as_str().unwrap_or_default(),
                &text(&card["last4"]),
            )
        } else {
            labels::payment_method_words(
                language,
                "sepa_debit",
                "",
                &text(&object["sepaDebit"]["last4"]),
            )
        }
    };
    let number = || Arg::from(text(&changes["number"]));
    let sentence = match action {
        "subscription.created" => words(
            "activity-subscribed",
            &[("plan", text(&object_after["price"]["productName"]).into())],
        ),
        "subscription.deleted" => words("activity-ended", &[]),
        "subscription.updated" => {
            let mut parts = Vec::new();
            if changes.get("price").is_some() {
                parts.push(words(
                    "activity-changed-plan",
                    &[
                        ("from", text(&before("price")["productName"]).into()),
                        ("to", text(&after("price")["productName"]).into()),
                    ],
                ));
            }
            if changes.get("quantity").is_some() {
                parts.push(words(
                    "activity-changed-quantity",
                    &[
                        ("from", before("quantity").to_string().into()),
                        ("to", after("quantity").to_string().into()),
                    ],
                ));
            }
            if changes.get("cancelAtPeriodEnd").is_some() {
                parts.push(words(
                    if after("cancelAtPeriodEnd") == true {
                        "activity-cancel-scheduled"
                    } else {
                        "activity-cancel-withdrawn"
                    },
                    &[],
                ));
            }
            if changes.get("pendingUpdate").is_some() {
                parts.push(words(
                    if after("pendingUpdate").is_null() {
                        "activity-change-dropped"
                    } else {
                        "activity-change-scheduled"
                    },
                    &[],
                ));
            }
            if changes.get("status").is_some() && parts.is_empty() {
                let status: Option<SubscriptionStatus> =
                    serde_json::from_value(after("status").clone()).ok();
                parts.push(match status {
                    Some(SubscriptionStatus::Paused) => words("activity-paused", &[]),
                    Some(SubscriptionStatus::Active) if before("status") == "paused" => {
                        words("activity-resumed", &[])
                    }
                    Some(SubscriptionStatus::Canceled) => words("activity-cancelled", &[]),
                    Some(SubscriptionStatus::PastDue) => words("activity-past-due", &[]),
                    Some(status) => words(
                        "activity-status",
                        &[("status", words(status_key(status), &[]).into())],
                    ),
                    None => words("activity-updated", &[]),
                });
            }
            if changes.get("discount").is_some() && !after("discount").is_null() {
                parts.push(words("activity-discount", &[]));
            }
            if parts.is_empty() {
                if changes.get("currentPeriodEnd").is_some() {
                    parts.push(words("activity-renewed", &[]));
                } else {
                    return None;
                }
            }
            parts.join(&words("activity-separator", &[]))
        }
        "customer.updated" => {
            if changes.get("defaultPaymentMethod").is_some() {
                words("activity-default-method", &[])
            } else {
                let fields: Vec<String> = [
                    ("name", "activity-field-name"),
                    ("email", "activity-field-email"),
                    ("phone", "activity-field-phone"),
                    ("address", "activity-field-address"),
                ]
                .into_iter()
                .filter(|(field, _)| changes.get(*field).is_some())
                .map(|(_, key)| words(key, &[]))
                .collect();
                if fields.is_empty() {
                    return None;
                }
                words(
                    "activity-details",
                    &[(
                        "fields",
                        fields.join(&words("activity-list-separator", &[])).into(),
                    )],
                )
            }
        }
        "customer.tax_id.created" => words(
            "activity-tax-id-added",
            &[("value", text(&object_after["value"]).into())],
        ),
        "customer.tax_id.deleted" => words(
            "activity-tax-id-removed",
            &[("value", text(&object_before["value"]).into())],
        ),
        "payment_method.attached" => words(
            "activity-method-added",
            &[("method", payment_method(object_after).into())],
        ),
        "payment_method.detached" => words(
            "activity-method-removed",
            &[("method", payment_method(object_before).into())],
        ),
        "invoice.paid" => words("activity-invoice-paid", &[("number", number())]),
        "invoice.payment_failed" => words("activity-invoice-failed", &[("number", number())]),
        "invoice.marked_uncollectible" => {
            words("activity-invoice-uncollectible", &[("number", number())])
        }
        "invoice.voided" => words("activity-invoice-voided", &[("number", number())]),
        _ => return None,
    };
    Some(sentence)
}

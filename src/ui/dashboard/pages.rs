//! The dashboard's pages in words (the member's language, see `words::language`), from what
//! their services read. Server-side only.
use crate::{
    domain::{
        dashboard::{Permission, Role},
        invoice::InvoiceStatus,
        subscription::SubscriptionStatus,
        tax_id::TaxIdType,
        webhook::{DeliveryStatus, EndpointStatus},
    },
    i18n::{format, Arg},
    server::services::{
        billing::labels,
        dashboard::{
            customers::{CustomerFacts, CustomerListFacts},
            home::HomeFacts,
            portal_settings::PortalSettingsFacts,
            webhooks::{DeliveryFacts, EndpointFacts},
            DashboardAccess,
        },
        developers::webhook_endpoints::WebhookEndpointObject,
        now_unix,
        objects::format_time,
        settings::portal_configurations::ConfigurationObject,
    },
    ui::{
        portal::describe_change,
        words::{language, t, t_with},
    },
    views::dashboard::{
        AccountView, ApiKeyLine, ApiKeysView, AttentionItem, AuditFilters, AuditLine, AuditLogView,
        BrandingPageView, CatalogueView, ConfigurationTab, CouponLine, CustomerLine,
        CustomerListView, CustomerPageView, DashboardHeader, DashboardHome, DeliveryLine,
        DeliveryTry, DetailLine, DomainLine, DomainsView, EndpointForm, EventFilters, EventLine,
        EventsView, FieldChange, LineAction, PaymentsView, PortalActivityLine, PortalSessionLine,
        PortalSessionsView, PortalSettingsForm, PortalSettingsView, PriceLine,
        ProcessorConnectionLine, ProductChoice, ProductLine, TeamMemberLine, TeamView, TwoStepView,
        WebhookEndpointLine, WebhookEndpointView, WebhooksView,
    },
};

/// "Dec 25", with the year outside the current one, in the page's language.
fn format_date(unix: i64, now: i64) -> String {
    format::date(language(), unix, now)
}

/// "Dec 25, 14:05 UTC" in the page's language.
fn format_date_time(unix: i64, now: i64) -> String {
    let language = language();
    t_with(
        "activity-when",
        &[
            ("date", format::date(language, unix, now).into()),
            ("time", format::time_of_day(language, unix).into()),
        ],
    )
}

fn format_amount(amount: i64, currency: &str) -> String {
    format::money(language(), amount, currency)
}

fn price_label(price: &crate::server::db::store::catalog::PriceWithProductRow) -> String {
    labels::price_words(
        language(),
        price.unit_amount,
        &price.currency,
        &price.billing_interval,
        price.interval_count,
    )
}

/// The words for `key` with one placeholder.
fn t1(key: &str, name: &str, value: impl Into<Arg>) -> String {
    t_with(key, &[(name, value.into())])
}

pub fn role_label(role: Role) -> String {
    t(match role {
        Role::Owner => "dash-role-owner",
        Role::Admin => "dash-role-admin",
        Role::Developer => "dash-role-developer",
        Role::Viewer => "dash-role-viewer",
    })
}

pub fn header(access: &DashboardAccess) -> DashboardHeader {
    DashboardHeader {
        merchant_name: access.merchant_name.clone(),
        email: access.email.clone(),
        role: role_label(access.role),
        livemode: access.livemode,
        can_switch_mode: access.has_live_keys,
    }
}

pub fn home(access: &DashboardAccess, facts: HomeFacts) -> DashboardHome {
    let now = now_unix();
    DashboardHome {
        header: header(access),
        past_due: facts
            .past_due
            .into_iter()
            .map(|row| AttentionItem {
                title: row
                    .customer_name
                    .or(row.customer_email)
                    .unwrap_or_else(|| row.customer_id.clone()),
                detail: t_with(
                    match row.status {
                        SubscriptionStatus::Unpaid => "dash-home-unpaid-since",
                        _ => "dash-home-past-due-since",
                    },
                    &[
                        ("subscription", row.subscription_id.as_str().into()),
                        ("date", format_date(row.updated_at, now).into()),
                    ],
                ),
            })
            .collect(),
        failing_endpoints: facts
            .failing_endpoints
            .into_iter()
            .map(|row| AttentionItem {
                title: row.url,
                detail: match (row.status, row.failing_since) {
                    (EndpointStatus::Disabled, _) => t("dash-home-endpoint-disabled"),
                    (_, Some(since)) => t1(
                        "dash-home-endpoint-failing-since",
                        "date",
                        format_date(since, now),
                    ),
                    _ => t("dash-home-endpoint-failing"),
                },
            })
            .collect(),
        domains: facts
            .domains
            .into_iter()
            .map(|row| AttentionItem {
                detail: if row.lapsed_at.is_some() {
                    t("dash-home-domain-lapsed")
                } else if row.verified_at.is_some() {
                    t("dash-home-domain-txt-missing")
                } else {
                    row.last_check_error
                        .unwrap_or_else(|| t("dash-home-domain-waiting"))
                },
                title: row.domain,
            })
            .collect(),
        portal_activity: facts
            .portal_activity
            .into_iter()
            .filter_map(|row| {
                let changes: serde_json::Value = row
                    .changes
                    .as_deref()
                    .and_then(|c| serde_json::from_str(c).ok())
                    .unwrap_or_default();
                let summary = describe_change(&row.action, &changes)?;
                Some(PortalActivityLine {
                    when: format_date_time(row.created_at, now),
                    datetime: format_time(row.created_at),
                    customer: row.customer_id.unwrap_or_default(),
                    summary,
                })
            })
            .collect(),
    }
}

fn customers_href(search: Option<&str>, page: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(search) = search {
        query.append_pair("q", search);
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/dashboard/customers".to_string()
    } else {
        format!("/dashboard/customers?{query}")
    }
}

pub fn customer_list(access: &DashboardAccess, facts: CustomerListFacts) -> CustomerListView {
    let now = now_unix();
    let search = facts.search.as_deref();
    CustomerListView {
        header: header(access),
        search: facts.search.clone().unwrap_or_default(),
        customers: facts
            .customers
            .into_iter()
            .map(|row| CustomerLine {
                name: row.name.unwrap_or_default(),
                email: row.email.unwrap_or_default(),
                created: format_date(row.created_at, now),
                id: row.id,
            })
            .collect(),
        previous_page: (facts.page > 1).then(|| customers_href(search, facts.page - 1)),
        next_page: facts
            .has_more
            .then(|| customers_href(search, facts.page + 1)),
    }
}

fn status_badge(status: SubscriptionStatus) -> (String, String) {
    let (key, class) = match status {
        SubscriptionStatus::Active => ("dash-status-active", "ok"),
        SubscriptionStatus::Trialing => ("dash-status-trial", "ok"),
        SubscriptionStatus::PastDue => ("dash-status-past-due", "warn"),
        SubscriptionStatus::Unpaid => ("dash-status-unpaid", "warn"),
        SubscriptionStatus::Paused => ("dash-status-paused", "muted"),
        SubscriptionStatus::Canceled => ("dash-status-canceled", "muted"),
    };
    (t(key), class.to_string())
}

/// Cancel (at period end or now), or keep a subscription scheduled to cancel.
fn subscription_actions(
    subscription: &crate::server::db::store::subscriptions::SubscriptionRow,
    path: &str,
    now: i64,
) -> Vec<LineAction> {
    if subscription.status == SubscriptionStatus::Canceled {
        return Vec::new();
    }
    let period_end = format_date(subscription.current_period_end, now);
    if subscription.cancel_at_period_end {
        return vec![line_action(
            format!("{path}/reactivate"),
            ("dash-customer-keep", "dash-customer-keep-confirm"),
            t1("dash-customer-keep-text", "date", period_end),
            false,
        )];
    }
    vec![
        line_action(
            format!("{path}/cancel?when=period_end"),
            (
                "dash-customer-cancel-at-period-end",
                "dash-customer-cancel-at-period-end-confirm",
            ),
            t1(
                "dash-customer-cancel-at-period-end-text",
                "date",
                period_end,
            ),
            false,
        ),
        line_action(
            format!("{path}/cancel?when=now"),
            (
                "dash-customer-cancel-now",
                "dash-customer-cancel-now-confirm",
            ),
            t("dash-customer-cancel-now-text"),
            true,
        ),
    ]
}

fn invoice_badge(status: InvoiceStatus) -> (String, String) {
    let (key, class) = match status {
        InvoiceStatus::Paid => ("dash-invoice-paid", "ok"),
        InvoiceStatus::Open => ("dash-invoice-due", "warn"),
        InvoiceStatus::Uncollectible => ("dash-invoice-uncollectible", "warn"),
        InvoiceStatus::Void => ("dash-invoice-void", "muted"),
        InvoiceStatus::Draft => ("dash-invoice-draft", "muted"),
    };
    (t(key), class.to_string())
}

/// A change offered on a customer's page: its label and its confirmation button's words.
fn line_action(
    action: String,
    (label, confirm): (&str, &str),
    consequence: String,
    danger: bool,
) -> LineAction {
    LineAction {
        action,
        label: t(label),
        consequence,
        confirm: t(confirm),
        danger,
    }
}

pub fn customer_page(
    access: &DashboardAccess,
    facts: CustomerFacts,
    outcome: Option<(String, bool)>,
) -> CustomerPageView {
    let now = now_unix();
    let may_change = access.may(Permission::ManageCustomers);
    let customer_path = format!("/dashboard/customers/{}", facts.customer.id);
    let details = facts.details;
    let address: Vec<String> = [
        details.address_line1,
        details.address_line2,
        match (details.address_postal_code, details.address_city) {
            (Some(code), Some(city)) => Some(format!("{code} {city}")),
            (code, city) => code.or(city),
        },
        details.address_state,
        details.address_country,
    ]
    .into_iter()
    .flatten()
    .filter(|line| !line.is_empty())
    .collect();
    let contact = [details.email, details.phone]
        .into_iter()
        .flatten()
        .chain(address)
        .collect();
    let default = facts.default_payment_method.as_deref();
    CustomerPageView {
        header: header(access),
        outcome,
        name: details
            .name
            .or(facts.customer.name)
            .unwrap_or_else(|| facts.customer.id.clone()),
        id: facts.customer.id,
        contact,
        subscriptions: facts
            .subscriptions
            .iter()
            .map(|row| {
                let subscription = &row.subscription;
                let ends = if subscription.cancel_at_period_end {
                    "dash-customer-subscription-cancels"
                } else {
                    "dash-customer-subscription-renews"
                };
                DetailLine {
                    title: format!("{} × {}", subscription.quantity, row.price().product_name),
                    detail: t_with(
                        ends,
                        &[
                            ("subscription", subscription.id.as_str().into()),
                            ("price", price_label(&row.price()).into()),
                            (
                                "date",
                                format_date(subscription.current_period_end, now).into(),
                            ),
                        ],
                    ),
                    badge: Some(status_badge(subscription.status)),
                    href: None,
                    actions: subscription_actions(
                        subscription,
                        &format!("{customer_path}/subscriptions/{}", subscription.id),
                        now,
                    )
                    .into_iter()
                    .filter(|_| may_change)
                    .collect(),
                }
            })
            .collect(),
        payment_methods: facts
            .payment_methods
            .iter()
            .map(|method| DetailLine {
                title: labels::card_words(language(), method),
                detail: if method.kind == "sepa_debit" {
                    t1(
                        "dash-customer-mandate",
                        "reference",
                        method.mandate_reference.as_deref().unwrap_or("?"),
                    )
                } else {
                    t1(
                        "dash-customer-card-expires",
                        "expiry",
                        format!("{:02}/{}", method.exp_month, method.exp_year),
                    )
                },
                badge: (default == Some(method.id.as_str()))
                    .then(|| (t("dash-default"), "muted".to_string())),
                href: None,
                actions: Vec::new(),
            })
            .collect(),
        invoices: facts
            .invoices
            .iter()
            .map(|invoice| DetailLine {
                title: invoice
                    .number
                    .clone()
                    .unwrap_or_else(|| t("dash-invoice-draft")),
                detail: format!(
                    "{} · {}",
                    format_date(invoice.created_at, now),
                    format_amount(invoice.total, &invoice.currency)
                ),
                badge: Some(invoice_badge(invoice.status)),
                href: invoice
                    .number
                    .is_some()
                    .then(|| format!("/dashboard/invoices/{}/pdf", invoice.id)),
                actions: if may_change && invoice.status == InvoiceStatus::Open {
                    let path = format!("{customer_path}/invoices/{}", invoice.id);
                    let due = format_amount(invoice.total - invoice.amount_paid, &invoice.currency);
                    vec![
                        line_action(
                            format!("{path}/pay"),
                            ("dash-customer-pay-now", "dash-customer-pay-now-confirm"),
                            t1("dash-customer-pay-now-text", "amount", due),
                            false,
                        ),
                        line_action(
                            format!("{path}/void"),
                            ("dash-customer-void", "dash-customer-void-confirm"),
                            t("dash-customer-void-text"),
                            true,
                        ),
                    ]
                } else {
                    Vec::new()
                },
            })
            .collect(),
        tax_ids: facts
            .tax_ids
            .iter()
            .map(|row| {
                let kind = TaxIdType::parse(&row.kind).map_or_else(
                    |_| t("dash-customer-tax-id"),
                    |kind| labels::tax_id_type_words(language(), kind),
                );
                format!("{kind} {}", row.value)
            })
            .collect(),
        changes: facts
            .changes
            .iter()
            .map(|row| DetailLine {
                title: row.action.clone(),
                detail: t_with(
                    "dash-customer-change-by",
                    &[
                        ("when", format_date_time(row.created_at, now).into()),
                        (
                            "actor",
                            row.actor_email
                                .clone()
                                .unwrap_or_else(|| actor_kind(&row.actor_type))
                                .into(),
                        ),
                    ],
                ),
                badge: None,
                href: None,
                actions: Vec::new(),
            })
            .collect(),
        configurations: facts
            .configurations
            .into_iter()
            .map(|(id, is_default)| {
                let label = if is_default {
                    t1("dash-customer-configuration-default", "id", id.as_str())
                } else {
                    id.clone()
                };
                (id, label)
            })
            .collect(),
        can_open_portal: access.may(Permission::ManageCustomers),
    }
}

pub fn branding_page(
    access: &DashboardAccess,
    branding: crate::server::services::settings::branding::BrandingObject,
) -> BrandingPageView {
    BrandingPageView {
        header: header(access),
        merchant_name: access.merchant_name.clone(),
        business_name: branding.business_name.unwrap_or_default(),
        accent_color: branding.accent_color.unwrap_or_default(),
        support_url: branding.support_url.unwrap_or_default(),
        support_email: branding.support_email.unwrap_or_default(),
        privacy_policy_url: branding.privacy_policy_url.unwrap_or_default(),
        terms_of_service_url: branding.terms_of_service_url.unwrap_or_default(),
        logo_url: branding.logo.map(|logo| logo.url),
        can_edit: access.may(Permission::ManageSettings),
    }
}

/// "Chrome on macOS", from a browser's User-Agent (or its first characters).
pub fn browser_summary(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(token, _)| user_agent.contains(token))
    .map(|(_, name)| name);
    let system = [
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Android", "Android"),
        ("Mac OS X", "macOS"),
        ("Windows", "Windows"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(token, _)| user_agent.contains(token))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(browser), Some(system)) => t_with(
            "dash-browser-on-system",
            &[("browser", browser.into()), ("system", system.into())],
        ),
        (Some(browser), None) => browser.to_string(),
        _ => user_agent.chars().take(60).collect(),
    }
}

pub fn portal_sessions(
    access: &DashboardAccess,
    rows: Vec<crate::server::db::store::portal_sessions::RecentSessionRow>,
) -> PortalSessionsView {
    let now = now_unix();
    let sessions = rows
        .into_iter()
        .map(|row| {
            let live_cookie = row.signed_in && row.access_expires_at.is_some_and(|at| at > now);
            let live_link = row.redeemed_at.is_none() && row.expires_at > now;
            let (state, class, until) = if live_cookie {
                ("dash-session-signed-in", "ok", row.access_expires_at)
            } else if live_link {
                ("dash-session-not-opened", "warn", Some(row.expires_at))
            } else if row.redeemed_at.is_some() {
                ("dash-session-ended", "muted", None)
            } else {
                ("dash-session-expired-unopened", "muted", None)
            };
            let mut detail = t_with(
                "dash-session-created",
                &[
                    ("when", format_date_time(row.created_at, now).into()),
                    ("configuration", row.configuration_id.as_str().into()),
                ],
            );
            if let Some(until) = until {
                detail.push_str(" · ");
                detail.push_str(&t1(
                    "dash-session-works-until",
                    "when",
                    format_date_time(until, now),
                ));
            }
            let opened_from = row.redeemed_at.map(|at| {
                let when = format_date_time(at, now);
                let mut line = match &row.redeemed_ip {
                    Some(ip) => t_with(
                        "dash-session-opened-from",
                        &[("when", when.into()), ("address", ip.into())],
                    ),
                    None => t1("dash-session-opened", "when", when),
                };
                if let Some(agent) = &row.redeemed_user_agent {
                    line.push_str(&format!(" · {}", browser_summary(agent)));
                }
                line
            });
            PortalSessionLine {
                customer_href: format!("/dashboard/customers/{}", row.customer_id),
                customer: row
                    .customer_name
                    .or(row.customer_email)
                    .unwrap_or_else(|| row.customer_id.clone()),
                id: row.id,
                state: (t(state), class.to_string()),
                detail,
                opened_from,
                revocable: live_cookie || live_link,
            }
        })
        .collect();
    PortalSessionsView {
        header: header(access),
        sessions,
        can_revoke: access.may(Permission::ManageDevelopers),
    }
}

pub fn api_keys(
    access: &DashboardAccess,
    rows: Vec<crate::server::db::store::api_keys::ApiKeyRow>,
) -> ApiKeysView {
    let now = now_unix();
    let mode = if access.livemode { "live" } else { "test" };
    ApiKeysView {
        header: header(access),
        keys: rows
            .into_iter()
            .map(|row| ApiKeyLine {
                name: row.name.unwrap_or_else(|| t("dash-keys-unnamed")),
                redacted: format!("sk_{mode}_...{}", row.key_hint),
                last_used: match row.last_used_at {
                    Some(at) => t1("dash-keys-last-used", "when", format_date_time(at, now)),
                    None => t("dash-keys-never-used"),
                },
                created: t1(
                    "dash-created",
                    "when",
                    format_date_time(row.created_at, now),
                ),
                expires: row
                    .expires_at
                    .map(|at| t1("dash-keys-stops-working", "when", format_date_time(at, now))),
                id: row.id,
            })
            .collect(),
        can_manage: access.may(Permission::ManageDevelopers),
    }
}

/// How the list names a configuration's part.
fn configuration_role(configuration: &ConfigurationObject) -> String {
    t(if configuration.is_default {
        "dash-default"
    } else if configuration.is_past_due_default {
        "dash-portal-for-past-due"
    } else {
        "dash-portal-alternate"
    })
}

/// Settings → Portal for the configuration in `facts`, its form filled from `draft` (what
/// a refused save posted) or else from the saved configuration.
pub fn portal_settings(
    access: &DashboardAccess,
    facts: PortalSettingsFacts,
    draft: Option<PortalSettingsForm>,
) -> PortalSettingsView {
    use super::paths::portal_settings as settings_path;
    let mut form = draft.unwrap_or_else(|| form_of(&facts.current));
    // Every product of the catalogue gets a row, in the catalogue's order.
    let mut settings = std::mem::take(&mut form.products);
    form.products = facts
        .products
        .iter()
        .map(|product| {
            let setting = settings
                .iter()
                .position(|(id, _)| id == &product.id)
                .map(|at| settings.swap_remove(at).1)
                .unwrap_or_default();
            (product.id.clone(), setting)
        })
        .collect();
    let products = facts
        .products
        .iter()
        .map(|product| ProductChoice {
            id: product.id.clone(),
            name: product.name.clone(),
            prices: facts
                .prices
                .iter()
                .filter(|price| price.product_id == product.id)
                .map(|price| (price.id.clone(), price_label(price)))
                .collect(),
        })
        .collect();
    PortalSettingsView {
        header: header(access),
        configurations: facts
            .configurations
            .iter()
            .map(|configuration| ConfigurationTab {
                id: configuration.id.clone(),
                role: configuration_role(configuration),
                href: settings_path(&configuration.id),
            })
            .collect(),
        id: facts.current.id.clone(),
        role: configuration_role(&facts.current),
        form,
        products,
        coupons: facts
            .coupons
            .iter()
            .map(|coupon| {
                (
                    coupon.id.clone(),
                    labels::discount_words(language(), coupon),
                )
            })
            .collect(),
        preview_customers: facts
            .preview_customers
            .into_iter()
            .map(|customer| {
                let name = customer
                    .name
                    .or(customer.email)
                    .unwrap_or_else(|| customer.id.clone());
                (customer.id, name)
            })
            .collect(),
        can_edit: access.may(Permission::ManageSettings),
    }
}

fn endpoint_line(endpoint: &WebhookEndpointObject) -> WebhookEndpointLine {
    let (status, class) = match endpoint.status {
        EndpointStatus::Enabled => ("dash-webhooks-enabled", "ok"),
        EndpointStatus::Disabled => ("dash-webhooks-disabled", "muted"),
    };
    let events = if endpoint.enabled_events.iter().any(|e| e == "*") {
        t("dash-webhooks-all-events")
    } else {
        endpoint.enabled_events.join(", ")
    };
    WebhookEndpointLine {
        id: endpoint.id.clone(),
        url: endpoint.url.clone(),
        href: super::paths::webhook_endpoint(&endpoint.id),
        status: (t(status), class.to_string()),
        events,
        description: endpoint.description.clone(),
    }
}

fn event_types() -> Vec<String> {
    crate::server::services::developers::webhook_endpoints::EVENT_TYPES
        .iter()
        .map(|t| t.to_string())
        .collect()
}

pub fn webhooks(
    access: &DashboardAccess,
    endpoints: Vec<WebhookEndpointObject>,
    draft: Option<EndpointForm>,
) -> WebhooksView {
    WebhooksView {
        header: header(access),
        endpoints: endpoints.iter().map(endpoint_line).collect(),
        form: draft.unwrap_or(EndpointForm {
            all_events: true,
            ..Default::default()
        }),
        event_types: event_types(),
        can_manage: access.may(Permission::ManageDevelopers),
    }
}

fn delivery_line(facts: DeliveryFacts, now: i64) -> DeliveryLine {
    let DeliveryFacts {
        delivery,
        event_type,
        payload,
    } = facts;
    // The delivery object carries the API's RFC 3339 times.
    let at = |text: &str| {
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .map_or(now, |time| time.unix_timestamp())
    };
    let (status, class) = match delivery.status {
        DeliveryStatus::Succeeded => ("dash-delivery-delivered", "ok"),
        DeliveryStatus::Failed => ("dash-delivery-failed", "error"),
        DeliveryStatus::Pending if delivery.attempt_count > 0 => ("dash-delivery-retrying", "warn"),
        DeliveryStatus::Pending => ("dash-delivery-waiting", "muted"),
    };
    let mut detail = t1(
        "dash-created",
        "when",
        format_date_time(at(&delivery.created_at), now),
    );
    if let Some(next) = &delivery.next_attempt_at {
        detail.push_str(" · ");
        detail.push_str(&t1(
            "dash-delivery-next-try",
            "when",
            format_date_time(at(next), now),
        ));
    }
    let tries = delivery
        .attempts
        .iter()
        .map(|attempt| {
            let milliseconds = Arg::Count(attempt.duration_ms);
            let outcome = match (attempt.status_code, &attempt.error) {
                (Some(code), _) => t_with(
                    "dash-delivery-http",
                    &[("status", code.to_string().into()), ("ms", milliseconds)],
                ),
                (None, Some(error)) => t_with(
                    "dash-delivery-no-answer-error",
                    &[("error", error.into()), ("ms", milliseconds)],
                ),
                (None, None) => t_with("dash-delivery-no-answer", &[("ms", milliseconds)]),
            };
            DeliveryTry {
                title: t_with(
                    "dash-delivery-try",
                    &[
                        ("number", Arg::Count(attempt.attempt)),
                        (
                            "when",
                            format_date_time(at(&attempt.attempted_at), now).into(),
                        ),
                    ],
                ),
                outcome,
                succeeded: attempt
                    .status_code
                    .is_some_and(|code| (200..300).contains(&code)),
                response: attempt
                    .response_body
                    .clone()
                    .filter(|body| !body.is_empty()),
            }
        })
        .collect();
    let request_body = serde_json::from_str::<serde_json::Value>(&payload)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or(payload);
    DeliveryLine {
        id: delivery.id,
        event_id: delivery.event,
        event_type,
        status: (t(status), class.to_string()),
        detail,
        tries,
        request_body,
    }
}

pub fn webhook_endpoint(
    access: &DashboardAccess,
    facts: EndpointFacts,
    draft: Option<EndpointForm>,
) -> WebhookEndpointView {
    let now = now_unix();
    let endpoint = &facts.endpoint;
    let all_events = endpoint.enabled_events.iter().any(|e| e == "*");
    let form = draft.unwrap_or_else(|| EndpointForm {
        url: endpoint.url.clone(),
        description: endpoint.description.clone().unwrap_or_default(),
        all_events,
        events: if all_events {
            Vec::new()
        } else {
            endpoint.enabled_events.clone()
        },
    });
    WebhookEndpointView {
        header: header(access),
        line: endpoint_line(endpoint),
        enabled: endpoint.status == EndpointStatus::Enabled,
        form,
        event_types: event_types(),
        deliveries: facts
            .deliveries
            .into_iter()
            .map(|delivery| delivery_line(delivery, now))
            .collect(),
        has_more: facts.has_more,
        can_manage: access.may(Permission::ManageDevelopers),
    }
}

pub fn team(
    access: &DashboardAccess,
    members: Vec<crate::server::db::store::dashboard_users::MemberRow>,
) -> TeamView {
    let now = now_unix();
    let can_manage = access.may(Permission::ManageTeam);
    let grantable = |role: Role| can_manage && (role != Role::Owner || access.role == Role::Owner);
    TeamView {
        header: header(access),
        members: members
            .into_iter()
            .map(|member| {
                let state = match (member.active, member.invitation_expires_at) {
                    (true, _) => (t("dash-status-active"), "ok"),
                    (false, Some(until)) if until > now => (
                        t1(
                            "dash-team-invited-until",
                            "when",
                            format_date_time(until, now),
                        ),
                        "warn",
                    ),
                    (false, _) => (t("dash-team-invitation-expired"), "muted"),
                };
                let is_you = member.id == access.user_id;
                TeamMemberLine {
                    role: (member.role.as_str().to_string(), role_label(member.role)),
                    state: (state.0, state.1.to_string()),
                    invited: !member.active,
                    manageable: !is_you && grantable(member.role),
                    is_you,
                    email: member.email,
                    id: member.id,
                }
            })
            .collect(),
        roles: [Role::Owner, Role::Admin, Role::Developer, Role::Viewer]
            .into_iter()
            .filter(|role| grantable(*role))
            .map(|role| (role.as_str().to_string(), role_label(role)))
            .collect(),
        can_manage,
        two_step_required: access.team_requires_totp,
        can_require_two_step: access.role == Role::Owner && !access.must_set_up_two_step(),
    }
}

/// A JSON value on one line, at most 300 characters; "—" for null.
fn compact(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "—".to_string(),
        serde_json::Value::String(text) => text.chars().take(300).collect(),
        other => {
            let text = other.to_string();
            if text.chars().count() > 300 {
                format!("{}…", text.chars().take(300).collect::<String>())
            } else {
                text
            }
        }
    }
}

fn actor_kind(kind: &str) -> String {
    match kind {
        "dashboard_user" => t("dash-actor-dashboard"),
        "api_key" => t("dash-actor-api-key"),
        "portal_session" => t("dash-actor-portal"),
        "system" => "VINR Portal".to_string(),
        other => other.replace('_', " "),
    }
}

pub fn audit_log(
    access: &DashboardAccess,
    filters: AuditFilters,
    entries: Vec<crate::server::services::developers::audit::AuditEntryObject>,
    has_more: bool,
    refused: Option<String>,
) -> AuditLogView {
    let now = now_unix();
    let older = (has_more)
        .then(|| entries.last().map(|entry| entry.id.clone()))
        .flatten()
        .map(|last| {
            let next = AuditFilters {
                after: last,
                ..filters.clone()
            };
            serde_urlencoded::to_string(&next).unwrap_or_default()
        });
    let lines = entries
        .into_iter()
        .map(|entry| {
            let at = time::OffsetDateTime::parse(
                &entry.created_at,
                &time::format_description::well_known::Rfc3339,
            )
            .map_or(now, |time| time.unix_timestamp());
            let mut actor = match (&entry.actor.email, &entry.actor.id) {
                (Some(email), _) => format!("{email} ({})", actor_kind(&entry.actor.kind)),
                (None, Some(id)) => format!("{} {id}", actor_kind(&entry.actor.kind)),
                (None, None) => actor_kind(&entry.actor.kind).to_string(),
            };
            if let Some(ip) = &entry.actor.ip {
                actor.push_str(&format!(" · {ip}"));
            }
            if let Some(agent) = &entry.actor.user_agent {
                actor.push_str(&format!(" · {}", browser_summary(agent)));
            }
            let changes = entry
                .changes
                .as_ref()
                .and_then(|changes| changes.as_object())
                .map(|fields| {
                    fields
                        .iter()
                        .map(|(field, change)| FieldChange {
                            field: field.clone(),
                            before: compact(
                                change.get("before").unwrap_or(&serde_json::Value::Null),
                            ),
                            after: compact(change.get("after").unwrap_or(&serde_json::Value::Null)),
                        })
                        .collect()
                })
                .unwrap_or_default();
            AuditLine {
                when: format_date_time(at, now),
                datetime: entry.created_at.clone(),
                customer: entry
                    .customer
                    .clone()
                    .map(|id| (id.clone(), format!("/dashboard/customers/{id}"))),
                id: entry.id,
                action: entry.action,
                target: entry.target,
                actor,
                changes,
            }
        })
        .collect();
    AuditLogView {
        header: header(access),
        filters,
        entries: lines,
        older,
        refused,
    }
}

/// API values as the form's choice values (`"at_period_end"`).
fn api_word<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => word,
        _ => String::new(),
    }
}

/// The form as a saved configuration fills it.
fn form_of(configuration: &ConfigurationObject) -> PortalSettingsForm {
    let crate::domain::portal_configuration::PortalFeatures {
        payment_method_update,
        invoice_history,
        customer_update,
        subscription_cancel: cancel,
        subscription_update: update,
        subscription_pause,
    } = &configuration.features;
    let reasons = cancel.cancellation_reason.clone().unwrap_or_default();
    let products = update
        .products
        .iter()
        .map(|entry| {
            let setting = match entry {
                crate::domain::portal_configuration::AllowedProduct::Id(_) => {
                    crate::views::dashboard::ProductSetting {
                        included: true,
                        ..Default::default()
                    }
                }
                crate::domain::portal_configuration::AllowedProduct::Detailed {
                    prices,
                    adjustable_quantity,
                    ..
                } => crate::views::dashboard::ProductSetting {
                    included: true,
                    prices: prices.clone(),
                    adjustable_quantity: adjustable_quantity.is_some_and(|q| q.enabled),
                    minimum: adjustable_quantity
                        .map(|q| q.minimum.to_string())
                        .unwrap_or_default(),
                    maximum: adjustable_quantity
                        .map(|q| q.maximum.to_string())
                        .unwrap_or_default(),
                },
            };
            (entry.product_id().to_string(), setting)
        })
        .collect();
    let profile = &configuration.business_profile;
    PortalSettingsForm {
        payment_method_update: payment_method_update.enabled,
        invoice_history: invoice_history.enabled,
        customer_update: customer_update.enabled,
        allowed_updates: customer_update
            .allowed_updates
            .iter()
            .map(api_word)
            .collect(),
        cancel: cancel.enabled,
        cancel_mode: api_word(&cancel.mode),
        cancel_proration: cancel
            .proration_behavior
            .as_ref()
            .map(api_word)
            .unwrap_or_default(),
        cancellation_reasons: reasons.enabled,
        reason_options: reasons.options.iter().map(api_word).collect(),
        retention_coupon: cancel
            .retention
            .as_ref()
            .and_then(|retention| retention.offer_coupon.clone())
            .unwrap_or_default(),
        update: update.enabled,
        update_proration: api_word(&update.proration_behavior),
        schedule_conditions: update
            .schedule_at_period_end
            .as_ref()
            .map(|schedule| schedule.conditions.iter().map(api_word).collect())
            .unwrap_or_default(),
        products,
        pause: subscription_pause.enabled,
        headline: profile.headline.clone().unwrap_or_default(),
        privacy_policy_url: profile.privacy_policy_url.clone().unwrap_or_default(),
        terms_of_service_url: profile.terms_of_service_url.clone().unwrap_or_default(),
        default_return_url: configuration.default_return_url.clone().unwrap_or_default(),
        frame_ancestors: configuration.frame_ancestors.join("\n"),
        is_default: configuration.is_default,
        is_past_due_default: configuration.is_past_due_default,
    }
}

pub fn account(
    access: &DashboardAccess,
    status: crate::server::services::dashboard::two_step::TwoStepStatus,
) -> AccountView {
    let grouped = |secret: &str| {
        secret
            .as_bytes()
            .chunks(4)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    AccountView {
        header: header(access),
        two_step: TwoStepView {
            enabled: status.enabled,
            recovery_codes_left: status.recovery_codes_left,
            pending: status
                .pending
                .map(|pending| (grouped(&pending.secret), pending.url)),
            team_requires: status.team_requires,
        },
    }
}

pub fn events(
    access: &DashboardAccess,
    filters: EventFilters,
    events: Vec<serde_json::Value>,
    has_more: bool,
    refused: Option<String>,
) -> EventsView {
    let now = now_unix();
    let older = has_more
        .then(|| {
            events
                .last()
                .and_then(|event| event["id"].as_str())
                .map(str::to_string)
        })
        .flatten()
        .map(|last| {
            serde_urlencoded::to_string(&EventFilters {
                after: last,
                ..filters.clone()
            })
            .unwrap_or_default()
        });
    let lines = events
        .iter()
        .map(|event| {
            let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_string();
            let created = text(&event["createdAt"]);
            let at = time::OffsetDateTime::parse(
                &created,
                &time::format_description::well_known::Rfc3339,
            )
            .map_or(now, |time| time.unix_timestamp());
            let initiator = actor_kind(event["initiatedBy"]["type"].as_str().unwrap_or("system"));
            EventLine {
                id: text(&event["id"]),
                event_type: text(&event["type"]),
                when: format_date_time(at, now),
                datetime: created,
                detail: t_with(
                    "dash-events-object-by",
                    &[
                        ("object", text(&event["data"]["object"]["id"]).into()),
                        ("actor", initiator.into()),
                    ],
                ),
                payload: serde_json::to_string_pretty(event).unwrap_or_default(),
            }
        })
        .collect();
    let mut event_types = event_types();
    event_types
        .push(crate::server::services::developers::webhook_endpoints::TEST_EVENT_TYPE.to_string());
    EventsView {
        header: header(access),
        filters,
        event_types,
        events: lines,
        older,
        refused,
    }
}

pub fn domains(
    access: &DashboardAccess,
    domains: Vec<crate::server::services::settings::custom_domains::CustomDomainObject>,
) -> DomainsView {
    use crate::domain::host_name::CustomDomainStatus;
    let now = now_unix();
    let at = |text: &str| {
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .map_or(now, |time| time.unix_timestamp())
    };
    DomainsView {
        header: header(access),
        domains: domains
            .into_iter()
            .map(|domain| {
                let (word, class) = match domain.status {
                    CustomDomainStatus::Verified => ("dash-domains-verified", "ok"),
                    CustomDomainStatus::Pending => ("dash-domains-waiting", "warn"),
                    CustomDomainStatus::Lapsed => ("dash-domains-lapsed", "error"),
                };
                let mut notes = Vec::new();
                if let Some(checked) = &domain.last_checked_at {
                    let when = format_date_time(at(checked), now);
                    notes.push(match &domain.last_check_error {
                        Some(error) => t_with(
                            "dash-domains-checked-error",
                            &[("when", when.into()), ("error", error.into())],
                        ),
                        None => t1("dash-domains-checked-ok", "when", when),
                    });
                }
                if let Some(until) = &domain.serving_until {
                    notes.push(t1(
                        "dash-domains-serving-until",
                        "when",
                        format_date_time(at(until), now),
                    ));
                }
                DomainLine {
                    id: domain.id,
                    records: vec![
                        ("CNAME".to_string(), domain.cname.name, domain.cname.value),
                        ("TXT".to_string(), domain.txt.name, domain.txt.value),
                    ],
                    domain: domain.domain,
                    status: (t(word), class.to_string()),
                    notes,
                }
            })
            .collect(),
        can_edit: access.may(Permission::ManageSettings),
    }
}

pub fn payments(
    access: &DashboardAccess,
    connection: Option<
        crate::server::services::settings::payment_processors::PaymentProcessorObject,
    >,
    public_url: &str,
) -> PaymentsView {
    let now = now_unix();
    let at = |text: &str| {
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .map_or(now, |time| time.unix_timestamp())
    };
    PaymentsView {
        header: header(access),
        connection: connection.map(|connection| ProcessorConnectionLine {
            secret_key: format!("•••• {}", connection.secret_key_last4),
            webhook_secret: format!("•••• {}", connection.webhook_secret_last4),
            publishable_key: connection.publishable_key,
            webhook_url: format!("{public_url}{}", connection.webhook_path),
            connected: format_date_time(at(&connection.updated_at), now),
            sandbox: connection.sandbox,
        }),
        can_edit: access.may(Permission::ManageSettings),
    }
}

pub fn catalogue(
    access: &DashboardAccess,
    products: Vec<crate::server::services::billing::products::ProductObject>,
    prices: Vec<crate::server::services::objects::PriceObject>,
    coupons: Vec<crate::server::db::store::coupons::CouponRow>,
) -> CatalogueView {
    use crate::domain::money::Currency;
    let now = now_unix();
    CatalogueView {
        header: header(access),
        products: products
            .into_iter()
            .map(|product| ProductLine {
                prices: prices
                    .iter()
                    .filter(|price| price.product == product.id)
                    .map(|price| PriceLine {
                        id: price.id.clone(),
                        terms: labels::price_words(
                            language(),
                            price.unit_amount,
                            &price.currency,
                            &price.interval,
                            price.interval_count,
                        ),
                        lookup_key: price.lookup_key.clone(),
                        active: price.active,
                    })
                    .collect(),
                id: product.id,
                name: product.name,
                description: product.description,
                active: product.active,
            })
            .collect(),
        coupons: coupons
            .into_iter()
            .map(|coupon| {
                let terms = labels::discount_terms(language(), &coupon);
                CouponLine {
                    name: coupon.name.clone().unwrap_or_else(|| terms.clone()),
                    terms,
                    created: t1(
                        "dash-created",
                        "when",
                        format_date_time(coupon.created_at, now),
                    ),
                    id: coupon.id,
                }
            })
            .collect(),
        currencies: Currency::known_codes().map(str::to_string).collect(),
        can_edit: access.may(Permission::ManageCatalog),
    }
}

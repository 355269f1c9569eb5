//! Developers → Audit log (`/dashboard/developers/audit-log`): who changed what, when and
//! from where, newest first, with each change's before and after; filtered by action,
//! customer, object, actor and dates through a plain GET form (the same service as
//! `GET /v1/audit_log`).
use crate::ui::components::PageTitle;
use crate::ui::words::{t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::views::dashboard::{AuditFilters, AuditLine, AuditLogView};

pub const AUDIT_LOG: &str = "/dashboard/developers/audit-log";

/// Entries a page shows.
#[cfg(feature = "ssr")]
const PAGE: i64 = 50;

/// The filter's text, unless it is empty.
#[cfg(feature = "ssr")]
pub(super) fn given(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|text| !text.is_empty())
}

/// `2026-12-06` as the unix time its day starts (UTC); `None` when empty.
#[cfg(feature = "ssr")]
fn day_start(text: &str) -> Result<Option<i64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, &format)
        .map(|day| Some(day.midnight().assume_utc().unix_timestamp()))
        .map_err(|_| t_with("dash-filter-error-date", &[("text", text.into())]))
}

/// The times `from` and `to` (days, both included) filter on, or why they cannot.
#[cfg(feature = "ssr")]
pub(super) fn date_range(from: &str, to: &str) -> ((Option<i64>, Option<i64>), Option<String>) {
    let dates = day_start(from)
        .and_then(|from| day_start(to).map(|to| (from, to.map(|start| start + 24 * 3600))));
    match dates {
        Ok(dates) => (dates, None),
        Err(message) => ((None, None), Some(message)),
    }
}

/// The "From" and "To" day fields of a filter form.
#[component]
pub(super) fn DateFilters(from: String, to: String, invalid: bool) -> impl IntoView {
    let invalid = invalid.then_some("true");
    view! {
        <div class="filter">
            <label for="from">{t("dash-filter-from")}</label>
            <input id="from" name="from" type="date" value=from aria-invalid=invalid autofocus=invalid.is_some() />
        </div>
        <div class="filter">
            <label for="to">{t("dash-filter-to")}</label>
            <input id="to" name="to" type="date" value=to aria-invalid=invalid />
        </div>
    }
}

#[server]
pub async fn load_audit_log(filters: AuditFilters) -> Result<AuditLogView, DashboardError> {
    use crate::server::{db::store::audit_log::AuditFilter, services::developers::audit};
    let (state, access) = super::dashboard_access().await?;
    let ((created_gte, created_lt), refused) = date_range(&filters.from, &filters.to);
    let filter = AuditFilter {
        customer_id: given(&filters.customer),
        object_id: given(&filters.object),
        starting_after: given(&filters.after),
        actor_type: None,
        actor: given(&filters.actor),
        action: given(&filters.action),
        created_gte,
        created_lt,
        limit: PAGE,
    };
    let (entries, has_more) = match audit::list(&state.db, &access.actor(), filter).await {
        Ok(page) => page,
        // A cursor from another filter or account: start again from the newest.
        Err(crate::server::services::ServiceError::NotFound { .. }) => {
            return Err(DashboardError::Refused(t("dash-audit-page-gone")))
        }
        Err(error) => return Err(error.into()),
    };
    Ok(super::pages::audit_log(
        &access, filters, entries, has_more, refused,
    ))
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let value = |name: &str| query.get(name).unwrap_or_default();
    let filters = AuditFilters {
        action: value("action"),
        customer: value("customer"),
        object: value("object"),
        actor: value("actor"),
        from: value("from"),
        to: value("to"),
        after: value("after"),
    };
    loaded_page(load_audit_log(filters), |page| view! { <AuditLog page /> })
}

#[component]
fn AuditLog(page: AuditLogView) -> impl IntoView {
    let AuditLogView {
        header,
        filters,
        entries,
        older,
        refused,
    } = page;
    let title = t_with(
        "dash-audit-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let fields = [
        (
            "action",
            t("dash-action"),
            "subscription.updated".to_string(),
            filters.action,
        ),
        (
            "customer",
            t("dash-filter-customer"),
            "cust_…".to_string(),
            filters.customer,
        ),
        (
            "object",
            t("dash-audit-object"),
            "sub_…, bpc_…, we_…".to_string(),
            filters.object,
        ),
        (
            "actor",
            t("dash-audit-actor"),
            t("dash-audit-actor-placeholder"),
            filters.actor,
        ),
    ];
    let invalid_dates = refused.is_some().then_some("true");
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=AUDIT_LOG>
            <h1>{t("dash-nav-audit-log")}</h1>
            <p class="lede">{t("dash-audit-lede")}</p>
            {refused.map(|message| view! { <p class="banner error" id="audit-error" role="alert">{message}</p> })}
            <form class="search-form audit-filters" method="get" action=AUDIT_LOG>
                {fields.into_iter().map(|(name, label, placeholder, value)| view! {
                    <div class="filter">
                        <label for=name>{label}</label>
                        <input id=name name=name type="text" value=value placeholder=placeholder />
                    </div>
                }).collect_view()}
                <DateFilters from=filters.from to=filters.to invalid=invalid_dates.is_some() />
                <button type="submit" class="button">{t("dash-filter")}</button>
                <a class="button" href=AUDIT_LOG>{t("dash-filter-clear")}</a>
            </form>
            {if entries.is_empty() {
                view! { <p class="empty">{t("dash-audit-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="audit-list">
                        {entries.into_iter().map(|line| view! { <Entry line /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }}
            {older.map(|query| view! { <p><a class="button" href=format!("{AUDIT_LOG}?{query}")>{t("dash-audit-older")}</a></p> })}
        </DashboardLayout>
    }
}

#[component]
fn Entry(line: AuditLine) -> impl IntoView {
    let AuditLine {
        id,
        when,
        datetime,
        action,
        target,
        customer,
        actor,
        changes,
    } = line;
    view! {
        <li class="audit-entry" id=id>
            <div class="audit-head">
                <code>{action}</code>
                <span class="muted">{target}</span>
                {customer.map(|(id, href)| view! { <a href=href>{id}</a> })}
                <time datetime=datetime>{when}</time>
            </div>
            <p class="muted">{t_with("dash-audit-by", &[("actor", actor.into())])}</p>
            {(!changes.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="changes">
                        <thead><tr><th scope="col">{t("dash-audit-field")}</th><th scope="col">{t("dash-audit-before")}</th><th scope="col">{t("dash-audit-after")}</th></tr></thead>
                        <tbody>
                            {changes.into_iter().map(|change| view! {
                                <tr><th scope="row">{change.field}</th><td><code>{change.before}</code></td><td><code>{change.after}</code></td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </li>
    }
}

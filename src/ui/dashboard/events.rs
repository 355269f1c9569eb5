//! Developers → Events (`/dashboard/developers/events`): what happened, newest first, each
//! event as its webhooks carry it; filtered by type, customer and dates through a plain GET
//! form (the same service as `GET /v1/events`).
use crate::ui::components::PageTitle;
use crate::ui::words::{t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{audit_log::DateFilters, loaded_page, DashboardError, DashboardLayout};
use crate::views::dashboard::{EventFilters, EventLine, EventsView};

pub const EVENTS: &str = "/dashboard/developers/events";

#[server]
pub async fn load_events(filters: EventFilters) -> Result<EventsView, DashboardError> {
    use super::audit_log::{date_range, given};
    use crate::server::{db::store::events::EventFilter, services::developers::events};
    let (state, access) = super::dashboard_access().await?;
    let ((created_gte, created_lt), refused) = date_range(&filters.from, &filters.to);
    let filter = EventFilter {
        event_type: given(&filters.event_type),
        customer_id: given(&filters.customer),
        created_gte,
        created_lt,
        starting_after: given(&filters.after),
        limit: 50,
    };
    let (found, has_more) = match events::list(&state.db, &access.actor(), filter).await {
        Ok(page) => page,
        Err(crate::server::services::ServiceError::NotFound { .. }) => {
            return Err(DashboardError::Refused(t("dash-events-page-gone")))
        }
        Err(error) => return Err(error.into()),
    };
    Ok(super::pages::events(
        &access, filters, found, has_more, refused,
    ))
}

#[component]
pub fn EventsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let value = |name: &str| query.get(name).unwrap_or_default();
    let filters = EventFilters {
        event_type: value("type"),
        customer: value("customer"),
        from: value("from"),
        to: value("to"),
        after: value("after"),
    };
    loaded_page(load_events(filters), |page| view! { <Events page /> })
}

#[component]
fn Events(page: EventsView) -> impl IntoView {
    let EventsView {
        header,
        filters,
        event_types,
        events,
        older,
        refused,
    } = page;
    let title = t_with(
        "dash-events-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let invalid_dates = refused.is_some().then_some("true");
    let chosen = filters.event_type.clone();
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=EVENTS>
            <h1>{t("dash-nav-events")}</h1>
            <p class="lede">{t("dash-events-lede")}</p>
            {refused.map(|message| view! { <p class="banner error" role="alert" tabindex="-1" autofocus>{message}</p> })}
            <form class="search-form audit-filters" method="get" action=EVENTS>
                <div class="filter">
                    <label for="type">{t("dash-domains-type")}</label>
                    <select id="type" name="type">
                        <option value="" selected=chosen.is_empty()>{t("dash-events-all-types")}</option>
                        {event_types.into_iter().map(|event_type| {
                            let selected = event_type == chosen;
                            view! { <option value=event_type.clone() selected=selected>{event_type.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="filter">
                    <label for="customer">{t("dash-filter-customer")}</label>
                    <input id="customer" name="customer" type="text" value=filters.customer placeholder="cust_…" />
                </div>
                <DateFilters from=filters.from to=filters.to invalid=invalid_dates.is_some() />
                <button type="submit" class="button">{t("dash-filter")}</button>
                <a class="button" href=EVENTS>{t("dash-filter-clear")}</a>
            </form>
            {if events.is_empty() {
                view! { <p class="empty">{t("dash-events-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="audit-list">
                        {events.into_iter().map(|line| view! { <Event line /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }}
            {older.map(|query| view! { <p><a class="button" href=format!("{EVENTS}?{query}")>{t("dash-events-older")}</a></p> })}
        </DashboardLayout>
    }
}

#[component]
fn Event(line: EventLine) -> impl IntoView {
    let EventLine {
        id,
        event_type,
        when,
        datetime,
        detail,
        payload,
    } = line;
    let anchor = id.clone();
    view! {
        <li class="audit-entry event-entry" id=anchor>
            <div class="audit-head">
                <code>{event_type}</code>
                <span class="muted">{id}</span>
                <time datetime=datetime>{when}</time>
            </div>
            <p class="muted">{detail}</p>
            <details>
                <summary>{t("dash-events-body")}</summary>
                <pre class="payload">{payload}</pre>
            </details>
        </li>
    }
}

//! `/dashboard`: what needs the merchant's attention.
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::views::dashboard::{AttentionItem, DashboardHome};

#[server]
pub async fn load_home() -> Result<DashboardHome, DashboardError> {
    use crate::server::services::dashboard::home;
    let (state, access) = super::dashboard_access().await?;
    let facts = home::attention(&state.db, &access).await?;
    Ok(super::pages::home(&access, facts))
}

#[component]
pub fn HomePage() -> impl IntoView {
    loaded_page(load_home(), |home| view! { <Home home /> })
}

#[component]
fn AttentionList(
    heading: &'static str,
    empty: &'static str,
    items: Vec<AttentionItem>,
) -> impl IntoView {
    let id = heading.to_lowercase().replace(' ', "-");
    let labelled_by = id.clone();
    view! {
        <section class="card attention" aria-labelledby=labelled_by>
            <h2 id=id>{heading}</h2>
            {if items.is_empty() {
                view! { <p class="empty">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="attention-list">
                        {items
                            .into_iter()
                            .map(|item| view! {
                                <li><strong>{item.title}</strong><span class="muted">{item.detail}</span></li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn Home(home: DashboardHome) -> impl IntoView {
    let DashboardHome {
        header,
        past_due,
        failing_endpoints,
        domains,
        portal_activity,
    } = home;
    let title = format!("Home — {} dashboard", header.merchant_name);
    view! {
        <PageTitle text=title />
        <DashboardLayout header current="/dashboard">
            <h1>"What needs attention"</h1>
            <div class="attention-grid">
                <AttentionList heading="Customers past due" empty="No customer is past due." items=past_due />
                <AttentionList heading="Failing webhook endpoints" empty="Every webhook endpoint is receiving its events." items=failing_endpoints />
                <AttentionList heading="Custom domains" empty="No custom domain waits for verification." items=domains />
            </div>
            <section class="card" aria-labelledby="portal-activity">
                <h2 id="portal-activity">"Recent portal activity"</h2>
                {if portal_activity.is_empty() {
                    view! { <p class="empty">"No customer has changed anything in the portal yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="activity-list">
                            {portal_activity
                                .into_iter()
                                .map(|line| view! {
                                    <li>
                                        <time datetime=line.datetime>{line.when}</time>
                                        " · "<span>{line.customer}</span>" · "<span>{line.summary}</span>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
        </DashboardLayout>
    }
}

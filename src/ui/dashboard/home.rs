//! `/dashboard`: what needs the merchant's attention.
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::words::{t, t_with},
    views::dashboard::{AttentionItem, DashboardHome},
};

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
    id: &'static str,
    heading: String,
    empty: String,
    items: Vec<AttentionItem>,
) -> impl IntoView {
    let labelled_by = id;
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
    let title = t_with(
        "dash-home-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    view! {
        <PageTitle text=title />
        <DashboardLayout header current="/dashboard">
            <h1>{t("dash-home-heading")}</h1>
            <div class="attention-grid">
                <AttentionList id="customers-past-due" heading=t("dash-home-past-due") empty=t("dash-home-past-due-none") items=past_due />
                <AttentionList id="failing-webhook-endpoints" heading=t("dash-home-failing-endpoints") empty=t("dash-home-failing-endpoints-none") items=failing_endpoints />
                <AttentionList id="custom-domains" heading=t("dash-home-domains") empty=t("dash-home-domains-none") items=domains />
            </div>
            <section class="card" aria-labelledby="portal-activity">
                <h2 id="portal-activity">{t("dash-home-activity")}</h2>
                {if portal_activity.is_empty() {
                    view! { <p class="empty">{t("dash-home-activity-none")}</p> }.into_any()
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

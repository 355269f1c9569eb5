//! `/portal/activity`: the customer's own recent changes, from the audit log, so they can
//! see what was changed, when, and by whom (themselves, the merchant, or automatically).
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{load_activity, loaded_page};
use crate::{ui::components::PortalLayout, views::ActivityView};

#[component]
pub fn ActivityPage() -> impl IntoView {
    loaded_page(
        load_activity(),
        |activity| view! { <ActivityList activity /> },
    )
}

#[component]
fn ActivityList(activity: ActivityView) -> impl IntoView {
    let ActivityView {
        merchant_name,
        return_url,
        branding,
        entries,
    } = activity;
    let title = format!("Activity — {merchant_name}");
    let list = if entries.is_empty() {
        view! { <p class="empty">"No changes yet."</p> }.into_any()
    } else {
        view! {
            <ol class="activity">
                {entries
                    .into_iter()
                    .map(|entry| view! {
                        <li class="activity-entry">
                            <p class="activity-summary">{entry.summary}</p>
                            <p class="activity-meta">
                                <span class="activity-who">{entry.who}</span>
                                " · "
                                <time datetime=entry.datetime>{entry.when}</time>
                            </p>
                        </li>
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <PageTitle text=title />
        <PortalLayout merchant_name return_url branding>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>"Back"</a>
            <h1>"Activity"</h1>
            <p class="activity-intro">"Recent changes to your subscription, payment methods and billing details."</p>
            <section class="card" aria-label="Recent changes">{list}</section>
        </PortalLayout>
    }
}

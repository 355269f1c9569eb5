//! `/portal/activity`: the customer's own recent changes, from the audit log, so they can
//! see what was changed, when, and by whom (themselves, the merchant, or automatically).
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{load_activity, loaded_page};
use crate::{
    ui::{
        components::PortalLayout,
        words::{t, t_in},
    },
    views::ActivityView,
};

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
        language,
        merchant_name,
        return_url,
        branding,
        entries,
    } = activity;
    let title = t_in(
        language,
        "activity-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    // Read inside the layout, which provides the customer's language.
    let list = move || {
        if entries.is_empty() {
            view! { <p class="empty">{t("activity-empty")}</p> }.into_any()
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
        }
    };
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("overview-activity")}</h1>
            <p class="activity-intro">{t("activity-intro")}</p>
            <section class="card" aria-label=t("activity-section")>{list()}</section>
        </PortalLayout>
    }
}

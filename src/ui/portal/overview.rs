//! `/portal`: the customer's billing overview.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{load_overview, portal_error_screen};
use crate::{
    domain::subscription::SubscriptionStatus,
    ui::components::PortalLayout,
    views::{PortalOverview, SubscriptionSummary},
};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let query = use_query_map();
    let notice = query.read_untracked().get("notice");
    let overview = Resource::new(|| (), |_| load_overview());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let notice = notice.clone();
                Suspend::new(async move {
                    match overview.await {
                        Ok(overview) => view! { <Overview overview notice /> }.into_any(),
                        Err(error) => portal_error_screen(error),
                    }
                })
            }}
        </Suspense>
    }
}

fn notice_text(code: &str) -> Option<&'static str> {
    match code {
        "plan_updated" => Some("Your plan has been updated."),
        _ => None,
    }
}

#[component]
fn Overview(overview: PortalOverview, notice: Option<String>) -> impl IntoView {
    let PortalOverview {
        merchant_name,
        customer_name,
        customer_email,
        return_url,
        subscriptions,
        ..
    } = overview;
    let title = format!("Billing — {merchant_name}");
    let notice = notice.as_deref().and_then(notice_text);
    let subscriptions_view = if subscriptions.is_empty() {
        view! { <p class="empty">"You don't have a subscription yet."</p> }.into_any()
    } else {
        subscriptions
            .into_iter()
            .map(|subscription| view! { <SubscriptionCard subscription /> })
            .collect_view()
            .into_any()
    };
    view! {
        <Title text=title />
        <PortalLayout merchant_name return_url>
            {notice.map(|text| view! { <div class="banner success" role="status">{text}</div> })}
            <h1>"Billing"</h1>
            <p class="customer">
                <span class="customer-name">{customer_name}</span>
                {customer_email.map(|email| view! { <span class="customer-email">{email}</span> })}
            </p>
            <section class="card" aria-labelledby="plan-heading">
                <h2 id="plan-heading">"Current plan"</h2>
                {subscriptions_view}
            </section>
        </PortalLayout>
    }
}

#[component]
fn SubscriptionCard(subscription: SubscriptionSummary) -> impl IntoView {
    let badge_class = match subscription.status {
        SubscriptionStatus::Active | SubscriptionStatus::Trialing => "badge ok",
        SubscriptionStatus::PastDue | SubscriptionStatus::Unpaid => "badge warn",
        SubscriptionStatus::Paused | SubscriptionStatus::Canceled => "badge muted",
    };
    let update_href = format!("/portal/subscriptions/{}/update", subscription.id);
    view! {
        <article class="subscription" data-subscription=subscription.id.clone()>
            <div class="plan-line">
                <h3 class="plan-name">{subscription.plan_name}</h3>
                <span class=badge_class>{subscription.status.label()}</span>
            </div>
            <p class="price">{subscription.price_label}</p>
            <p class="quantity">"Quantity: " {subscription.quantity}</p>
            <p class="period">{subscription.period_label}</p>
            {subscription.can_change_plan.then(|| view! {
                <div class="actions">
                    <a class="button" href=update_href>"Change plan"</a>
                </div>
            })}
        </article>
    }
}

//! `/portal`: the customer's billing overview.
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    load_overview, loaded_page, KeepCurrentPlan, PauseSubscription, ReactivateSubscription,
    ResumeSubscription,
};
use crate::{
    domain::subscription::SubscriptionStatus,
    ui::components::{PendingForm, PortalLayout, SubmitButton},
    views::{PortalOverview, SubscriptionSummary},
};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let query = use_query_map();
    let notice = query.read_untracked().get("notice");
    loaded_page(
        load_overview(),
        |overview| view! { <Overview overview notice /> },
    )
}

fn notice_text(code: &str) -> Option<&'static str> {
    match code {
        "plan_updated" => Some("Your plan has been updated."),
        "cancel_scheduled" => Some("Your plan will be canceled at the end of the billing period."),
        "canceled" => Some("Your plan has been canceled."),
        "reactivated" => Some("Your plan will renew as usual."),
        "offer_accepted" => Some("Offer applied. Thanks for staying!"),
        "change_scheduled" => {
            Some("Your plan change is scheduled for the end of the billing period.")
        }
        "change_dropped" => Some("You're keeping your current plan."),
        "paused" => Some("Billing is paused. You won't be charged while it is paused."),
        "resumed" => Some("Billing has resumed."),
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
        branding,
        subscriptions,
        payment_failed,
        payment_methods_enabled,
        default_payment_method_label,
        billing_details_enabled,
        invoice_history_enabled,
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
        <PortalLayout merchant_name return_url branding>
            {notice.map(|text| view! { <div class="banner success" role="status">{text}</div> })}
            {payment_failed.then(|| view! {
                <div class="banner warning" role="alert">
                    "Your last payment failed. We'll retry it automatically; "
                    "please make sure your payment method is up to date."
                    {payment_methods_enabled.then(|| view! {
                        " " <a href="/portal/payment-methods">"Update payment method"</a>
                    })}
                </div>
            })}
            <h1>"Billing"</h1>
            <p class="customer">
                <span class="customer-name">{customer_name}</span>
                {customer_email.map(|email| view! { <span class="customer-email">{email}</span> })}
            </p>
            <section class="card" aria-labelledby="plan-heading">
                <h2 id="plan-heading">"Current plan"</h2>
                {subscriptions_view}
            </section>
            {payment_methods_enabled.then(|| view! {
                <section class="card" aria-labelledby="payment-heading">
                    <h2 id="payment-heading">"Payment method"</h2>
                    <p class="default-method">
                        {default_payment_method_label.unwrap_or_else(|| "No payment method on file".to_string())}
                    </p>
                    <a class="button" href="/portal/payment-methods">"Manage payment methods"</a>
                </section>
            })}
            {billing_details_enabled.then(|| view! {
                <section class="card" aria-labelledby="details-heading">
                    <h2 id="details-heading">"Billing details"</h2>
                    <a class="button" href="/portal/billing-details">"Edit billing details"</a>
                </section>
            })}
            {invoice_history_enabled.then(|| view! {
                <section class="card" aria-labelledby="invoices-heading">
                    <h2 id="invoices-heading">"Invoices"</h2>
                    <p>"See past invoices, pay an open one, and download them as PDF."</p>
                    <a class="button" href="/portal/invoices">"View invoices"</a>
                </section>
            })}
            <section class="card" aria-labelledby="activity-heading">
                <h2 id="activity-heading">"Activity"</h2>
                <p>"See what changed on your account, when, and by whom."</p>
                <a class="button" href="/portal/activity">"View activity"</a>
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
    let cancel_href = format!("/portal/subscriptions/{}/cancel", subscription.id);
    let subscription_id = subscription.id.clone();
    let paused = subscription.status == SubscriptionStatus::Paused;
    let can_pause = subscription.can_pause && !paused;
    let can_resume = subscription.can_pause && paused;
    let keep_id = subscription.id.clone();
    let pause_id = subscription.id.clone();
    let resume_id = subscription.id.clone();
    view! {
        <article class="subscription" data-subscription=subscription.id.clone()>
            <div class="plan-line">
                <h3 class="plan-name">{subscription.plan_name}</h3>
                <span class=badge_class>{subscription.status.label()}</span>
            </div>
            <p class="price">{subscription.price_label}</p>
            <p class="quantity">{format!("Quantity: {}", subscription.quantity)}</p>
            <p class="period">{subscription.period_label}</p>
            {subscription.discount_label.map(|label| view! { <p class="discount">{label}</p> })}
            {subscription.pause_label.map(|label| view! { <p class="paused">{label}</p> })}
            {subscription.latest_invoice_label.map(|label| view! { <p class="latest-invoice">{label}</p> })}
            {subscription.scheduled_change_label.map(|label| view! {
                <div class="scheduled-change">
                    <p>{label}</p>
                    <PendingForm action=KeepCurrentPlan::url().to_string()>
                        <input type="hidden" name="subscription_id" value=keep_id />
                        <SubmitButton label="Keep current plan" />
                    </PendingForm>
                </div>
            })}
            <div class="actions">
                {subscription.can_change_plan.then(|| view! {
                    <a class="button" href=update_href>"Change plan"</a>
                })}
                {subscription.can_cancel.then(|| view! {
                    <a class="button" href=cancel_href>"Cancel plan"</a>
                })}
                {can_pause.then(|| view! {
                    <PendingForm action=PauseSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=pause_id />
                        <label class="inline">
                            "Pause billing "
                            <select name="resume_after_days">
                                <option value="">"until I resume"</option>
                                {super::PAUSE_CHOICES_DAYS.iter().map(|days| view! {
                                    <option value=days.to_string()>{format!("for {} month{}", days / 30, if *days == 30 { "" } else { "s" })}</option>
                                }).collect_view()}
                            </select>
                        </label>
                        <SubmitButton label="Pause" />
                    </PendingForm>
                })}
                {can_resume.then(|| view! {
                    <PendingForm action=ResumeSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=resume_id />
                        <SubmitButton label="Resume billing" />
                    </PendingForm>
                })}
                {subscription.can_reactivate.then(|| view! {
                    <PendingForm action=ReactivateSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=subscription_id />
                        <SubmitButton label="Renew plan" />
                    </PendingForm>
                })}
            </div>
        </article>
    }
}

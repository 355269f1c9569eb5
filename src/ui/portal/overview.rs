//! `/portal`: the customer's billing overview.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::{
    load_overview, loaded_page, KeepCurrentPlan, PauseSubscription, ReactivateSubscription,
    ResumeSubscription,
};
use crate::{
    domain::subscription::SubscriptionStatus,
    ui::components::{PendingForm, PortalLayout, SubmitButton},
    ui::words::{t, t_in, t_with},
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

/// The catalogue key of the notice an action's redirect names.
fn notice_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "plan_updated" => "notice-plan-updated",
        "cancel_scheduled" => "notice-cancel-scheduled",
        "canceled" => "notice-canceled",
        "reactivated" => "notice-reactivated",
        "offer_accepted" => "notice-offer-accepted",
        "change_scheduled" => "notice-change-scheduled",
        "change_dropped" => "notice-change-dropped",
        "paused" => "notice-paused",
        "resumed" => "notice-resumed",
        _ => return None,
    })
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
        language,
        ..
    } = overview;
    // The words below are read inside the layout, which provides the customer's language.
    let title = t_in(
        language,
        "overview-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    let subscriptions_view = move || {
        if subscriptions.is_empty() {
            view! { <p class="empty">{t("overview-no-subscription")}</p> }.into_any()
        } else {
            subscriptions
                .into_iter()
                .map(|subscription| view! { <SubscriptionCard subscription /> })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            {notice.as_deref().and_then(notice_key).map(|key| view! { <div class="banner success" role="status">{t(key)}</div> })}
            {payment_failed.then(|| view! {
                <div class="banner warning" role="alert">
                    {t("overview-payment-failed")}
                    {payment_methods_enabled.then(|| view! {
                        " " <a href="/portal/payment-methods">{t("overview-update-payment-method")}</a>
                    })}
                </div>
            })}
            <h1>{t("overview-heading")}</h1>
            <p class="customer">
                <span class="customer-name">{customer_name}</span>
                {customer_email.map(|email| view! { <span class="customer-email">{email}</span> })}
            </p>
            <section class="card" aria-labelledby="plan-heading">
                <h2 id="plan-heading">{t("overview-current-plan")}</h2>
                {subscriptions_view()}
            </section>
            {payment_methods_enabled.then(|| view! {
                <section class="card" aria-labelledby="payment-heading">
                    <h2 id="payment-heading">{t("overview-payment-method")}</h2>
                    <p class="default-method">
                        {default_payment_method_label.unwrap_or_else(|| t("overview-no-payment-method"))}
                    </p>
                    <a class="button" href="/portal/payment-methods">{t("overview-manage-payment-methods")}</a>
                </section>
            })}
            {billing_details_enabled.then(|| view! {
                <section class="card" aria-labelledby="details-heading">
                    <h2 id="details-heading">{t("overview-billing-details")}</h2>
                    <a class="button" href="/portal/billing-details">{t("overview-edit-billing-details")}</a>
                </section>
            })}
            {invoice_history_enabled.then(|| view! {
                <section class="card" aria-labelledby="invoices-heading">
                    <h2 id="invoices-heading">{t("overview-invoices")}</h2>
                    <p>{t("overview-invoices-text")}</p>
                    <a class="button" href="/portal/invoices">{t("overview-view-invoices")}</a>
                </section>
            })}
            <section class="card" aria-labelledby="activity-heading">
                <h2 id="activity-heading">{t("overview-activity")}</h2>
                <p>{t("overview-activity-text")}</p>
                <a class="button" href="/portal/activity">{t("overview-view-activity")}</a>
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
                <span class=badge_class>{subscription.status_label}</span>
            </div>
            <p class="price">{subscription.price_label}</p>
            <p class="quantity">{t_with("overview-quantity", &[("quantity", subscription.quantity.into())])}</p>
            <p class="period">{subscription.period_label}</p>
            {subscription.discount_label.map(|label| view! { <p class="discount">{label}</p> })}
            {subscription.pause_label.map(|label| view! { <p class="paused">{label}</p> })}
            {subscription.latest_invoice_label.map(|label| view! { <p class="latest-invoice">{label}</p> })}
            {subscription.scheduled_change_label.map(|label| view! {
                <div class="scheduled-change">
                    <p>{label}</p>
                    <PendingForm action=KeepCurrentPlan::url().to_string()>
                        <input type="hidden" name="subscription_id" value=keep_id />
                        <SubmitButton label=t("overview-keep-current-plan") />
                    </PendingForm>
                </div>
            })}
            <div class="actions">
                {subscription.can_change_plan.then(|| view! {
                    <a class="button" href=update_href>{t("overview-change-plan")}</a>
                })}
                {subscription.can_cancel.then(|| view! {
                    <a class="button" href=cancel_href>{t("overview-cancel-plan")}</a>
                })}
                {can_pause.then(|| view! {
                    <PendingForm action=PauseSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=pause_id />
                        <label class="inline">
                            {t("overview-pause-billing")} " "
                            <select name="resume_after_days">
                                <option value="">{t("overview-pause-until-resumed")}</option>
                                {super::PAUSE_CHOICES_DAYS.iter().map(|days| view! {
                                    <option value=days.to_string()>{t_with("overview-pause-for-months", &[("months", (*days / 30).into())])}</option>
                                }).collect_view()}
                            </select>
                        </label>
                        <SubmitButton label=t("overview-pause") />
                    </PendingForm>
                })}
                {can_resume.then(|| view! {
                    <PendingForm action=ResumeSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=resume_id />
                        <SubmitButton label=t("overview-resume-billing") />
                    </PendingForm>
                })}
                {subscription.can_reactivate.then(|| view! {
                    <PendingForm action=ReactivateSubscription::url().to_string()>
                        <input type="hidden" name="subscription_id" value=subscription_id />
                        <SubmitButton label=t("overview-renew-plan") />
                    </PendingForm>
                })}
            </div>
        </article>
    }
}

//! `/portal/subscriptions/{id}/review?price=...`: what a plan switch costs, then confirm.
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_change_preview, loaded_page, SwitchPlan};
use crate::{
    ui::components::{PendingForm, PortalLayout, SubmitButton},
    views::ChangePreview,
};

#[component]
pub fn ReviewChangePage() -> impl IntoView {
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let query = use_query_map();
    let price = query.read_untracked().get("price").unwrap_or_default();
    let quantity = query
        .read_untracked()
        .get("quantity")
        .and_then(|quantity| quantity.trim().parse::<i64>().ok());
    loaded_page(load_change_preview(id, price, quantity), |preview| {
        view! { <Review preview /> }
    })
}

/// Merchant name and way back for the layout, read from the overview's data.
#[component]
fn Review(preview: ChangePreview) -> impl IntoView {
    loaded_page(super::load_overview(), |overview| {
        view! {
            <Title text=format!("Review change — {}", overview.merchant_name) />
            <PortalLayout merchant_name=overview.merchant_name return_url=overview.return_url branding=overview.branding>
                <ReviewBody preview />
            </PortalLayout>
        }
    })
}

#[component]
fn ReviewBody(preview: ChangePreview) -> impl IntoView {
    let back = format!("/portal/subscriptions/{}/update", preview.subscription_id);
    let today = (preview.amount_due_today > 0).then(|| {
        format!(
            "You'll be charged {} today. ",
            preview.amount_due_today_label
        )
    });
    let next = if preview.takes_effect_at_period_end {
        format!(
            "You keep {} until {}; the change takes effect then, and nothing is charged today. \
             Your invoice on {} will be {}.",
            preview.current_plan_name,
            preview.next_invoice_date_label,
            preview.next_invoice_date_label,
            preview.next_invoice_total_label
        )
    } else {
        format!(
            "Your next invoice on {} is {}.",
            preview.next_invoice_date_label, preview.next_invoice_total_label
        )
    };
    let has_lines = !preview.lines.is_empty();
    view! {
        <a class="back-link" href=back><span aria-hidden="true">"← "</span>"Back"</a>
        <h1>"Review your change"</h1>
        <p class="change-summary">
            "From " <strong>{preview.current_plan_name.clone()}</strong> " to "
            <strong>{preview.new_plan_name.clone()}</strong> " (" {preview.new_price_label.clone()} ")."
        </p>
        {has_lines.then(|| view! {
            <table class="lines">
                <caption>"Adjustments for the current period"</caption>
                <thead><tr><th scope="col">"Description"</th><th scope="col" class="amount">"Amount"</th></tr></thead>
                <tbody>
                    {preview.lines.iter().map(|line| view! {
                        <tr><td>{line.description.clone()}</td><td class="amount">{line.amount_label.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        <p class="totals" role="note">{today}{next}</p>
        <PendingForm action=SwitchPlan::url().to_string()>
            <input type="hidden" name="subscription_id" value=preview.subscription_id.clone() />
            <input type="hidden" name="quote" value=preview.quote.clone().unwrap_or_default() />
            <div class="actions">
                <SubmitButton label=if preview.takes_effect_at_period_end {
                    "Schedule change"
                } else {
                    "Confirm change"
                } />
                <a class="button" href="/portal">"Keep current plan"</a>
            </div>
        </PendingForm>
    }
}

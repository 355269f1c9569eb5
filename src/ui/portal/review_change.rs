//! `/portal/subscriptions/{id}/review?price=...`: what a plan switch costs, then confirm.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_change_preview, loaded_page, SwitchPlan};
use crate::{
    domain::{
        dates::format_date,
        money::{format_amount, price_terms},
        proration::{item_name, line_description},
    },
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
            <PageTitle text=format!("Review change — {}", overview.merchant_name) />
            <PortalLayout merchant_name=overview.merchant_name return_url=overview.return_url branding=overview.branding>
                <ReviewBody preview />
            </PortalLayout>
        }
    })
}

#[component]
fn ReviewBody(preview: ChangePreview) -> impl IntoView {
    let back = format!("/portal/subscriptions/{}/update", preview.subscription_id);
    // The preview is numbers; the words are the portal's. "Now" is the proration time.
    let now = preview.proration_date;
    let money = |amount: i64| format_amount(amount, &preview.currency);
    let next_date = format_date(preview.next_invoice_date, now);
    let next_total = money(preview.next_invoice_total);
    let current_plan = item_name(&preview.current_plan_name, preview.current_quantity);
    let new_plan = item_name(&preview.new_plan_name, preview.quantity);
    let new_terms = price_terms(
        preview.new_unit_amount,
        &preview.currency,
        &preview.new_interval,
        preview.new_interval_count,
    );
    let lines: Vec<(String, String)> = preview
        .lines
        .iter()
        .map(|line| {
            (
                line_description(
                    line.kind,
                    &line.plan_name,
                    line.quantity,
                    line.period_start,
                    now,
                ),
                money(line.amount),
            )
        })
        .collect();
    let today = (preview.amount_due_today > 0).then(|| {
        format!(
            "You'll be charged {} today. ",
            money(preview.amount_due_today)
        )
    });
    let next = if preview.takes_effect_at_period_end {
        format!(
            "You keep {} until {}; the change takes effect then, and nothing is charged today. \
             Your invoice on {} will be {}.",
            current_plan, next_date, next_date, next_total
        )
    } else {
        format!("Your next invoice on {} is {}.", next_date, next_total)
    };
    // A coupon the change applies (the merchant's link): named, with what it takes off.
    let discount = preview.new_discount.as_ref().map(|discount| {
        let name = discount
            .coupon_name
            .clone()
            .unwrap_or_else(|| discount.coupon.clone());
        format!(
            "Discount applied with this change: {} ({} off your next invoice).",
            name,
            money(discount.amount_off)
        )
    });
    let has_lines = !preview.lines.is_empty();
    view! {
        <a class="back-link" href=back><span aria-hidden="true">"← "</span>"Back"</a>
        <h1>"Review your change"</h1>
        <p class="change-summary">
            "From " <strong>{current_plan}</strong> " to "
            <strong>{new_plan}</strong> " (" {new_terms} ")."
        </p>
        {has_lines.then(|| view! {
            <table class="lines">
                <caption>"Adjustments for the current period"</caption>
                <thead><tr><th scope="col">"Description"</th><th scope="col" class="amount">"Amount"</th></tr></thead>
                <tbody>
                    {lines.into_iter().map(|(description, amount)| view! {
                        <tr><td>{description}</td><td class="amount">{amount}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        {discount.map(|discount| view! { <p class="discount-note">{discount}</p> })}
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

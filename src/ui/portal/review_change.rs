//! `/portal/subscriptions/{id}/review?price=...`: what a plan switch costs, then confirm.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_change_preview, loaded_page, SwitchPlan};
use crate::{
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        words::{t, t_in},
    },
    views::ChangeReview,
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
    loaded_page(load_change_preview(id, price, quantity), |review| {
        view! { <Review review /> }
    })
}

#[component]
fn Review(review: ChangeReview) -> impl IntoView {
    let ChangeReview {
        language,
        merchant_name,
        return_url,
        branding,
        subscription_id,
        quote,
        change_summary,
        lines,
        discount_note,
        totals,
        takes_effect_at_period_end,
    } = review;
    let title = t_in(
        language,
        "review-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    let back = format!("/portal/subscriptions/{subscription_id}/update");
    let has_lines = !lines.is_empty();
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <a class="back-link" href=back><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("review-heading")}</h1>
            <p class="change-summary">{change_summary}</p>
            {has_lines.then(|| view! {
                <table class="lines">
                    <caption>{t("review-adjustments")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("invoice-description")}</th>
                            <th scope="col" class="amount">{t("invoice-amount")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {lines.into_iter().map(|(description, amount)| view! {
                            <tr><td>{description}</td><td class="amount">{amount}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {discount_note.map(|note| view! { <p class="discount-note">{note}</p> })}
            <p class="totals" role="note">{totals}</p>
            <PendingForm action=SwitchPlan::url().to_string()>
                <input type="hidden" name="subscription_id" value=subscription_id />
                <input type="hidden" name="quote" value=quote />
                <div class="actions">
                    <SubmitButton label=t(if takes_effect_at_period_end {
                        "review-schedule"
                    } else {
                        "review-confirm"
                    }) />
                    <a class="button" href="/portal">{t("overview-keep-current-plan")}</a>
                </div>
            </PendingForm>
        </PortalLayout>
    }
}

//! `/portal/subscriptions/{id}/update`: choose another plan.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_plan_choice, loaded_page};
use crate::{
    ui::{
        components::PortalLayout,
        errors::PortalError,
        words::{t, t_in, t_with},
    },
    views::PlanChoice,
};

#[component]
pub fn UpdatePlanPage() -> impl IntoView {
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let error = use_query_map().read_untracked().get("error");
    loaded_page(
        load_plan_choice(id),
        |choice| view! { <PlanChoiceForm choice error /> },
    )
}

#[component]
fn PlanChoiceForm(choice: PlanChoice, error: Option<String>) -> impl IntoView {
    let PlanChoice {
        merchant_name,
        return_url,
        branding,
        subscription_id,
        current_plan_name,
        quantity,
        options,
        language,
        ..
    } = choice;
    let title = t_in(
        language,
        "plan-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    let error = error
        .as_deref()
        .and_then(PortalError::message_key_for_code)
        .map(|key| t_in(language, key, &[]));
    let has_error = error.is_some();
    // One quantity field, bounded by the current plan's range (or the first adjustable
    // plan's); the service checks the chosen plan's own range.
    let bounds = options
        .iter()
        .find(|option| option.is_current)
        .and_then(|option| option.quantity_bounds)
        .or_else(|| options.iter().find_map(|option| option.quantity_bounds));
    let has_choices = options.iter().any(|option| !option.is_current) || bounds.is_some();
    let review_url = format!("/portal/subscriptions/{subscription_id}/review");
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("plan-heading")}</h1>
            <p>{t_with("plan-current", &[("plan", current_plan_name.into())])}</p>
            {error.map(|message| view! { <div class="banner error" role="alert" tabindex="-1" autofocus id="form-error">{message}</div> })}
            {if has_choices {
                view! {
                    // A GET form: the review page shows what the switch costs before anything changes.
                    <form method="get" action=review_url>
                        <fieldset
                            class="plan-options"
                            aria-invalid=has_error.then_some("true")
                            aria-describedby=has_error.then_some("form-error")
                        >
                            <legend>{t("plan-choose")}</legend>
                            {options
                                .into_iter()
                                .map(|option| view! {
                                    <label class="plan-option">
                                        <input type="radio" name="price" value=option.price_id checked=option.is_current />
                                        <span class="plan-option-name">{option.product_name}</span>
                                        <span class="plan-option-price">{option.price_label}</span>
                                        {option.is_current.then(|| view! { <span class="badge muted">{t("plan-current-badge")}</span> })}
                                    </label>
                                })
                                .collect_view()}
                        </fieldset>
                        {bounds.map(|(minimum, maximum)| view! {
                            <label class="field" for="quantity">{t_with("plan-quantity", &[("minimum", minimum.into()), ("maximum", maximum.into())])}</label>
                            <input
                                id="quantity"
                                class="quantity-input"
                                type="number"
                                name="quantity"
                                inputmode="numeric"
                                min=minimum
                                max=maximum
                                value=quantity
                                required
                            />
                        })}
                        <button type="submit" class="button primary">{t("plan-review")}</button>
                    </form>
                }
                .into_any()
            } else {
                view! { <p class="empty">{t("plan-none")}</p> }.into_any()
            }}
        </PortalLayout>
    }
}

//! `/portal/subscriptions/{id}/update`: choose another plan.
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_plan_choice, portal_error_screen, SwitchPlan};
use crate::{
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        errors::PortalError,
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
    let choice = Resource::new(move || id.clone(), load_plan_choice);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match choice.await {
                        Ok(choice) => view! { <PlanChoiceForm choice error /> }.into_any(),
                        Err(error) => portal_error_screen(error),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn PlanChoiceForm(choice: PlanChoice, error: Option<String>) -> impl IntoView {
    let PlanChoice {
        merchant_name,
        return_url,
        subscription_id,
        current_plan_name,
        options,
        ..
    } = choice;
    let title = format!("Change plan — {merchant_name}");
    let error = error.as_deref().and_then(PortalError::message_for_code);
    let has_error = error.is_some();
    let has_choices = options.iter().any(|option| !option.is_current);
    view! {
        <Title text=title />
        <PortalLayout merchant_name return_url>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>"Back"</a>
            <h1>"Change plan"</h1>
            <p>"You're on " <strong>{current_plan_name}</strong> "."</p>
            {error.map(|message| view! { <div class="banner error" role="alert" id="form-error">{message}</div> })}
            {if has_choices {
                view! {
                    <PendingForm action=SwitchPlan::url().to_string()>
                        <input type="hidden" name="subscription_id" value=subscription_id />
                        <fieldset
                            class="plan-options"
                            aria-invalid=has_error.then_some("true")
                            aria-describedby=has_error.then_some("form-error")
                        >
                            <legend>"Choose a plan"</legend>
                            {options
                                .into_iter()
                                .map(|option| view! {
                                    <label class="plan-option">
                                        <input type="radio" name="price_id" value=option.price_id checked=option.is_current />
                                        <span class="plan-option-name">{option.product_name}</span>
                                        <span class="plan-option-price">{option.price_label}</span>
                                        {option.is_current.then(|| view! { <span class="badge muted">"Current plan"</span> })}
                                    </label>
                                })
                                .collect_view()}
                        </fieldset>
                        <SubmitButton label="Confirm change" />
                    </PendingForm>
                }
                .into_any()
            } else {
                view! { <p class="empty">"There are no other plans to switch to."</p> }.into_any()
            }}
        </PortalLayout>
    }
}

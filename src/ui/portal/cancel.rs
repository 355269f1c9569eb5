//! `/portal/subscriptions/{id}/cancel`: the retention offer (once), then the confirmation
//! with an optional reason.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_cancel_choice, loaded_page, AcceptRetentionOffer, CancelSubscription};
use crate::{
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        errors::PortalError,
    },
    views::CancelChoice,
};

#[component]
pub fn CancelPage() -> impl IntoView {
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let query = use_query_map().read_untracked();
    let error = query.get("error");
    let declined = query.get("declined").is_some();
    loaded_page(load_cancel_choice(id), move |choice| {
        view! { <CancelFlow choice error declined /> }
    })
}

#[component]
fn CancelFlow(choice: CancelChoice, error: Option<String>, declined: bool) -> impl IntoView {
    let title = format!("Cancel plan — {}", choice.merchant_name);
    let error = error.as_deref().and_then(PortalError::message_for_code);
    let body = match (&choice.retention_offer, declined) {
        (Some(offer), false) => {
            view! { <RetentionOffer choice=choice.clone() offer=offer.clone() /> }.into_any()
        }
        _ => view! { <ConfirmCancel choice=choice.clone() /> }.into_any(),
    };
    view! {
        <PageTitle text=title />
        <PortalLayout merchant_name=choice.merchant_name return_url=choice.return_url branding=choice.branding>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>"Back"</a>
            <h1>"Cancel plan"</h1>
            {error.map(|message| view! { <div class="banner error" role="alert" id="form-error">{message}</div> })}
            {body}
        </PortalLayout>
    }
}

#[component]
fn RetentionOffer(choice: CancelChoice, offer: String) -> impl IntoView {
    let continue_href = format!(
        "/portal/subscriptions/{}/cancel?declined=1",
        choice.subscription_id
    );
    view! {
        <section class="card offer" aria-labelledby="offer-heading">
            <h2 id="offer-heading">"Before you go"</h2>
            <p class="offer-text">"Stay on " {choice.plan_name} " and get " <strong>{offer}</strong> "."</p>
            <div class="actions">
                <PendingForm action=AcceptRetentionOffer::url().to_string()>
                    <input type="hidden" name="subscription_id" value=choice.subscription_id />
                    <SubmitButton label="Accept offer" />
                </PendingForm>
                <a class="button" href=continue_href>"No thanks, continue to cancel"</a>
            </div>
        </section>
    }
}

#[component]
fn ConfirmCancel(choice: CancelChoice) -> impl IntoView {
    let consequence = if choice.at_period_end {
        format!(
            "Your {} plan will be canceled on {}. You can keep using it until then, and renew any time before.",
            choice.plan_name, choice.period_end_date
        )
    } else if choice.credits_unused_time {
        format!(
            "Your {} plan will end immediately. The unused time is credited to your next invoice.",
            choice.plan_name
        )
    } else {
        format!("Your {} plan will end immediately.", choice.plan_name)
    };
    let reasons = choice.reasons.clone();
    view! {
        <p class="consequence">{consequence}</p>
        <PendingForm action=CancelSubscription::url().to_string()>
            <input type="hidden" name="subscription_id" value=choice.subscription_id />
            {(!reasons.is_empty()).then(|| view! {
                <fieldset class="reasons">
                    <legend>"Why are you cancelling? (optional)"</legend>
                    {reasons
                        .into_iter()
                        .map(|(value, label)| view! {
                            <label class="reason-option">
                                <input type="radio" name="reason" value=value />
                                <span>{label}</span>
                            </label>
                        })
                        .collect_view()}
                </fieldset>
            })}
            <label class="field" for="cancel-comment">"Anything else you'd like to tell us? (optional)"</label>
            <textarea id="cancel-comment" name="comment" rows="3" maxlength="500"></textarea>
            <div class="actions">
                <SubmitButton label="Cancel plan" />
                <a class="button" href="/portal">"Keep my plan"</a>
            </div>
        </PendingForm>
    }
}

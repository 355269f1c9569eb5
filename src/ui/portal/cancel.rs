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
        words::{t, t_in},
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
    let language = choice.language;
    let title = t_in(
        language,
        "cancel-title",
        &[("merchant", choice.merchant_name.as_str().into())],
    );
    let error = error.as_deref().and_then(PortalError::message_key_for_code);
    let offered = choice.retention_offer.is_some() && !declined;
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name=choice.merchant_name.clone() return_url=choice.return_url.clone() branding=choice.branding.clone() language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("cancel-heading")}</h1>
            {error.map(|key| view! { <div class="banner error" role="alert" tabindex="-1" autofocus id="form-error">{t(key)}</div> })}
            {if offered {
                view! { <RetentionOffer choice=choice.clone() /> }.into_any()
            } else {
                view! { <ConfirmCancel choice=choice.clone() /> }.into_any()
            }}
        </PortalLayout>
    }
}

#[component]
fn RetentionOffer(choice: CancelChoice) -> impl IntoView {
    let continue_href = format!(
        "/portal/subscriptions/{}/cancel?declined=1",
        choice.subscription_id
    );
    view! {
        <section class="card offer" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{t("cancel-offer-heading")}</h2>
            <p class="offer-text">{choice.retention_offer}</p>
            <div class="actions">
                <PendingForm action=AcceptRetentionOffer::url().to_string()>
                    <input type="hidden" name="subscription_id" value=choice.subscription_id />
                    <SubmitButton label=t("cancel-accept-offer") />
                </PendingForm>
                <a class="button" href=continue_href>{t("cancel-decline-offer")}</a>
            </div>
        </section>
    }
}

#[component]
fn ConfirmCancel(choice: CancelChoice) -> impl IntoView {
    let reasons = choice.reasons.clone();
    view! {
        <p class="consequence">{choice.consequence}</p>
        <PendingForm action=CancelSubscription::url().to_string()>
            <input type="hidden" name="subscription_id" value=choice.subscription_id />
            {(!reasons.is_empty()).then(|| view! {
                <fieldset class="reasons">
                    <legend>{t("cancel-reason")}</legend>
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
            <label class="field" for="cancel-comment">{t("cancel-comment")}</label>
            <textarea id="cancel-comment" name="comment" rows="3" maxlength="500"></textarea>
            <div class="actions">
                <SubmitButton label=t("cancel-confirm") />
                <a class="button" href="/portal">{t("cancel-keep")}</a>
            </div>
        </PendingForm>
    }
}

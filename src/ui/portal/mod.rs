//! The signed-in portal: its routes' pages and every server function its forms post to,
//! each a thin adapter to one service call. (Over 500 lines: the server functions live
//! beside the pages whose forms post to them; the page bodies are in the child modules.)
mod activity;
mod billing_details;
mod cancel;
mod done;
mod invoices;
mod overview;
#[cfg(feature = "ssr")]
mod pages;
mod payment_methods;
mod review_change;
mod update_plan;

pub use activity::ActivityPage;
pub use billing_details::{BillingDetailsPage, UpdateBillingDetails};
pub use cancel::CancelPage;
pub use done::FlowDonePage;
pub use invoices::{InvoicePage, InvoicesPage, PayInvoiceNow};
pub use overview::OverviewPage;
#[cfg(feature = "ssr")]
pub use pages::describe_change;
pub use payment_methods::PaymentMethodsPage;
pub use review_change::ReviewChangePage;
pub use update_plan::UpdatePlanPage;

use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{
    errors::{PortalError, UnavailableArg},
    session::set_status,
};
use crate::views::{
    ActivityView, BillingDetailsView, CancelChoice, ChangeReview, FlowDoneView, InvoiceDetailView,
    InvoiceListView, PaymentMethodList, PlanChoice, PortalOverview,
};

/// The signed-in customer's access, from the portal cookie and nothing else.
#[cfg(feature = "ssr")]
async fn portal_access() -> Result<
    (
        crate::server::state::AppState,
        crate::server::services::portal::portal_sessions::PortalAccess,
    ),
    PortalError,
> {
    use crate::server::{http::portal_auth, state::AppState};
    let state = use_context::<AppState>().ok_or(PortalError::Server)?;
    let parts = use_context::<http::request::Parts>().ok_or(PortalError::Server)?;
    let access = portal_auth::signed_in(&state.db, &parts)
        .await?
        .ok_or(PortalError::SessionEnded)?;
    crate::ui::session::allow_framing(&access.branding.frame_ancestors);
    provide_context(SessionLanguage(access.language()));
    Ok((state, access))
}

/// The signed-in session's language, for a page whose load then fails ("Not available").
#[derive(Clone, Copy)]
struct SessionLanguage(crate::i18n::Language);

#[server]
pub async fn load_overview() -> Result<PortalOverview, PortalError> {
    use crate::server::{http::portal_auth, services::portal, state::AppState};
    let state = use_context::<AppState>().ok_or(PortalError::Server)?;
    let parts = use_context::<http::request::Parts>().ok_or(PortalError::Server)?;
    // The portal's busiest page: its access and subscriptions in one round trip.
    let (access, subscriptions) = portal_auth::signed_in_with_subscriptions(&state.db, &parts)
        .await?
        .ok_or(PortalError::SessionEnded)?;
    crate::ui::session::allow_framing(&access.branding.frame_ancestors);
    provide_context(SessionLanguage(access.language()));
    let facts = portal::overview(&state.db, &access, subscriptions).await?;
    Ok(pages::overview(&access, facts))
}

#[server]
pub async fn load_plan_choice(subscription_id: String) -> Result<PlanChoice, PortalError> {
    let (state, access) = portal_access().await?;
    let facts =
        crate::server::services::portal::plan_choice(&state.db, &access, &subscription_id).await?;
    Ok(pages::plan_choice(&access, facts))
}

/// The preview of switching to `price`, signed so that its confirmation is made at exactly
/// these amounts (the proration time is the server's).
#[server]
pub async fn load_change_preview(
    subscription_id: String,
    price: String,
    quantity: Option<i64>,
) -> Result<ChangeReview, PortalError> {
    use crate::server::services::{
        billing::plan_changes::{self, ChangeQuote, PlanChange},
        now_unix,
    };
    let (state, access) = portal_access().await?;
    let change = PlanChange {
        price: Some(price),
        quantity,
        ..PlanChange::default()
    };
    let actor = access.actor();
    let mut preview = plan_changes::preview(&state.db, &actor, &subscription_id, &change).await?;
    preview.quote = Some(ChangeQuote::sign(
        &state.config.operator_keys,
        &actor,
        &preview,
        now_unix(),
    ));
    Ok(pages::change_review(&access, preview))
}

/// Confirms a reviewed change through the same service as `POST /v1/subscriptions/{id}`.
/// The form posts only the signed `quote`: plan, quantity and proration time come from it,
/// never from the browser. Posted by a plain form: it answers with a redirect to the
/// overview, or back to the review (amounts moved) or the plan choice with an error.
#[server]
pub async fn switch_plan(
    subscription_id: String,
    quote: Option<String>,
) -> Result<(), PortalError> {
    use crate::{
        domain::{
            ids::{self, prefix},
            portal_configuration::PortalFlow,
        },
        server::services::{
            billing::{plan_changes::ChangeQuote, subscriptions},
            now_unix,
        },
    };
    if !ids::has_prefix(&subscription_id, prefix::SUBSCRIPTION) {
        leptos_axum::redirect("/portal?error=not_found");
        return Err(PortalError::NotFound);
    }
    let form_url = format!("/portal/subscriptions/{subscription_id}/update");
    let result = async {
        let (state, access) = portal_access().await?;
        let actor = access.actor();
        let quote = ChangeQuote::verify(
            &state.config.operator_keys,
            &actor,
            quote.as_deref().unwrap_or_default(),
            now_unix(),
        )?;
        if quote.subscription_id() != subscription_id {
            return Err(PortalError::PriceChanged);
        }
        let changed = subscriptions::change_plan(
            &state.db,
            &state.payments,
            &actor,
            &subscription_id,
            &quote.change(),
        )
        .await?;
        let notice = if changed.pending_update.is_some() {
            "change_scheduled"
        } else {
            "plan_updated"
        };
        Ok(after_completion(
            &access,
            &[
                PortalFlow::SubscriptionUpdate,
                PortalFlow::SubscriptionUpdateConfirm,
            ],
            format!("/portal?notice={notice}"),
        ))
    }
    .await;
    match &result {
        Ok(next) => leptos_axum::redirect(next),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(error) => leptos_axum::redirect(&format!("{form_url}?error={}", error.code())),
    }
    result.map(|_| ())
}

/// Drops a plan change scheduled for the period end ("Keep current plan").
#[server]
pub async fn keep_current_plan(subscription_id: String) -> Result<(), PortalError> {
    use crate::server::services::billing::plan_changes;
    let id = subscription_id.clone();
    subscription_form(
        &subscription_id,
        false,
        |code| format!("/portal?error={code}"),
        |state, access| async move {
            Ok(plan_changes::cancel_scheduled_change(&state.db, &access.actor(), &id).await?)
        },
        |_| "change_dropped",
    )
    .await
}

/// The pause lengths the overview offers, in days; the portal accepts no other.
pub const PAUSE_CHOICES_DAYS: [i64; 3] = [30, 60, 90];

/// Pauses billing, until the customer resumes or for one of [`PAUSE_CHOICES_DAYS`].
#[server]
pub async fn pause_subscription(
    subscription_id: String,
    resume_after_days: Option<String>,
) -> Result<(), PortalError> {
    use crate::server::services::billing::subscriptions;
    let id = subscription_id.clone();
    let days = match resume_after_days.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(days) => match days.parse::<i64>() {
            Ok(days) if PAUSE_CHOICES_DAYS.contains(&days) => Some(days),
            _ => {
                leptos_axum::redirect("/portal?error=not_available");
                return Err(PortalError::NotAvailable(
                    super::errors::Unavailable::Choice,
                ));
            }
        },
    };
    subscription_form(
        &subscription_id,
        false,
        |code| format!("/portal?error={code}"),
        |state, access| async move {
            Ok(subscriptions::pause_for_days(&state.db, &access.actor(), &id, days).await?)
        },
        |_| "paused",
    )
    .await
}

#[server]
pub async fn resume_subscription(subscription_id: String) -> Result<(), PortalError> {
    use crate::server::services::billing::subscriptions;
    let id = subscription_id.clone();
    subscription_form(
        &subscription_id,
        false,
        |code| format!("/portal?error={code}"),
        |state, access| async move {
            Ok(subscriptions::resume(&state.db, &access.actor(), &id).await?)
        },
        |_| "resumed",
    )
    .await
}

#[server]
pub async fn load_cancel_choice(subscription_id: String) -> Result<CancelChoice, PortalError> {
    let (state, access) = portal_access().await?;
    let facts =
        crate::server::services::portal::cancel_choice(&state.db, &access, &subscription_id)
            .await?;
    Ok(pages::cancel_choice(&access, facts))
}

/// Runs a subscription change posted by a plain form: on success redirects to the overview
/// with the notice `notice` picks for the result, on failure to `failure_url(error code)`.
#[cfg(feature = "ssr")]
async fn subscription_form<T, F, Fut>(
    subscription_id: &str,
    completes_cancel: bool,
    failure_url: impl Fn(&str) -> String,
    change: F,
    notice: impl Fn(&T) -> &'static str,
) -> Result<(), PortalError>
where
    F: FnOnce(
        crate::server::state::AppState,
        crate::server::services::portal::portal_sessions::PortalAccess,
    ) -> Fut,
    Fut: std::future::Future<Output = Result<T, PortalError>>,
{
    use crate::domain::ids::{self, prefix};
    if !ids::has_prefix(subscription_id, prefix::SUBSCRIPTION) {
        leptos_axum::redirect("/portal?error=not_found");
        return Err(PortalError::NotFound);
    }
    let result = async {
        let (state, access) = portal_access().await?;
        // A cancellation (or the retention offer taken instead) completes a
        // `subscription_cancel` deep link.
        let completes: &[crate::domain::portal_configuration::PortalFlow] = if completes_cancel {
            &[crate::domain::portal_configuration::PortalFlow::SubscriptionCancel]
        } else {
            &[]
        };
        let flow_access = access.clone();
        let value = change(state, access).await?;
        Ok(after_completion(
            &flow_access,
            completes,
            format!("/portal?notice={}", notice(&value)),
        ))
    }
    .await;
    match &result {
        Ok(next) => leptos_axum::redirect(next),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(error) => leptos_axum::redirect(&failure_url(error.code())),
    }
    result.map(|_| ())
}

/// Cancels as the configuration says (at period end or now), with the optional reason.
#[server]
pub async fn cancel_subscription(
    subscription_id: String,
    reason: Option<String>,
    comment: Option<String>,
) -> Result<(), PortalError> {
    use crate::server::services::billing::subscriptions::{self, CancelRequest};
    let id = subscription_id.clone();
    subscription_form(
        &subscription_id,
        true,
        |code| format!("/portal/subscriptions/{subscription_id}/cancel?declined=1&error={code}"),
        |state, access| async move {
            // The session's configuration decides the mode; `at_period_end` is for API callers.
            let request = CancelRequest {
                prorate: false,
                at_period_end: true,
                reason,
                comment,
            };
            Ok(subscriptions::cancel(&state.db, &access.actor(), &id, request).await?)
        },
        |canceled| {
            if canceled.cancel_at_period_end {
                "cancel_scheduled"
            } else {
                "canceled"
            }
        },
    )
    .await
}

#[server]
pub async fn reactivate_subscription(subscription_id: String) -> Result<(), PortalError> {
    use crate::server::services::billing::subscriptions;
    let id = subscription_id.clone();
    subscription_form(
        &subscription_id,
        false,
        |code| format!("/portal?error={code}"),
        |state, access| async move {
            Ok(subscriptions::reactivate(&state.db, &access.actor(), &id).await?)
        },
        |_| "reactivated",
    )
    .await
}

/// Accepts the configuration's retention coupon instead of cancelling.
#[server]
pub async fn accept_retention_offer(subscription_id: String) -> Result<(), PortalError> {
    use crate::server::services::billing::subscriptions;
    let id = subscription_id.clone();
    subscription_form(
        &subscription_id,
        true,
        |code| format!("/portal/subscriptions/{subscription_id}/cancel?error={code}"),
        |state, access| async move {
            let offered = access
                .features
                .subscription_cancel
                .retention
                .clone()
                .and_then(|r| r.offer_coupon);
            let Some(coupon) = offered else {
                return Err(PortalError::NotAvailable(
                    super::errors::Unavailable::Choice,
                ));
            };
            Ok(subscriptions::apply_coupon(&state.db, &access.actor(), &id, &coupon).await?)
        },
        |_| "offer_accepted",
    )
    .await
}

#[server]
pub async fn load_payment_methods() -> Result<PaymentMethodList, PortalError> {
    use crate::server::services::settings::payment_processors;
    let (state, access) = portal_access().await?;
    let facts = crate::server::services::portal::payment_methods(&state.db, &access).await?;
    let mut list = pages::payment_methods(&access, facts);
    if access.livemode {
        if let Some(publishable_key) =
            payment_processors::publishable_key(&state.db, &access.merchant_id).await?
        {
            let config = &state.config;
            crate::ui::session::add_policy(
                &access.branding.frame_ancestors,
                &payment_processors::fields_policy(&config.stripe_js_url, &config.stripe_api_base),
            );
            list.processor_fields = Some(crate::views::ProcessorFieldsView {
                js_url: config.stripe_js_url.clone(),
                publishable_key,
            });
        }
    }
    Ok(list)
}

/// Starts entering a card (`kind` "card") or mandate ("sepa_debit") in the processor's
/// fields: answers the setup intent's client secret, which the processor's script confirms
/// in the browser. Live mode only.
#[server]
pub async fn start_processor_collection(kind: String) -> Result<String, PortalError> {
    use crate::server::{processors::MethodKind, services::customers::processor_methods};
    let (state, access) = portal_access().await?;
    let kind = MethodKind::parse(&kind).ok_or(PortalError::Server)?;
    let collection = processor_methods::start_collection(
        &state.db,
        &state.payments,
        &access.actor(),
        &access.customer_id,
        kind,
    )
    .await?;
    Ok(collection.client_secret)
}

/// The client secret with which the processor's script confirms a payment the customer's
/// bank asked them to authenticate (3-D Secure). Live mode only.
#[server]
pub async fn payment_confirmation(invoice_id: String) -> Result<String, PortalError> {
    use crate::server::services::customers::processor_methods;
    let (state, access) = portal_access().await?;
    Ok(processor_methods::payment_to_confirm(
        &state.db,
        &state.payments,
        &access.actor(),
        &access.customer_id,
        &invoice_id,
    )
    .await?)
}

/// Saves what the processor's fields collected, once its script confirmed the setup intent.
#[server]
pub async fn finish_processor_collection(
    setup_intent: String,
    kind: String,
    make_default: Option<String>,
) -> Result<(), PortalError> {
    use crate::server::services::customers::processor_methods;
    let notice = if kind == "sepa_debit" {
        "bank_account_added"
    } else {
        "card_added"
    };
    payment_method_form(
        |state, access| async move {
            processor_methods::finish_collection(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &access.actor(),
                &access.customer_id,
                &setup_intent,
                make_default.is_some(),
            )
            .await
            .map(|_| ())
        },
        notice,
        "card_declined",
    )
    .await
}

#[cfg(feature = "ssr")]
const PAYMENT_METHODS: &str = "/portal/payment-methods";

/// The `?error=` code for a refused card: which field, or the decline. Never the number.
#[cfg(feature = "ssr")]
fn card_error_code(error: &crate::server::services::ServiceError) -> &'static str {
    use crate::server::services::ServiceError;
    match error {
        ServiceError::Invalid { param, .. } if param == "card.number" => "card_number",
        ServiceError::Invalid { param, .. } if param == "card.cvc" => "card_cvc",
        ServiceError::Invalid { param, .. } if param.starts_with("card.exp") => "card_expiry",
        ServiceError::Invalid { param, .. } if param == "sepaDebit.iban" => "iban_invalid",
        ServiceError::Invalid { param, .. } if param == "billingDetails.name" => "holder_name",
        ServiceError::Invalid { param, .. } if param == "billingDetails.postalCode" => {
            "card_postal_code"
        }
        ServiceError::Invalid { param, .. } if param == "billingDetails.email" => "holder_email",
        ServiceError::Invalid { param, .. } if param == "mandate" => "mandate_required",
        ServiceError::PaymentFailed(_) => "card_declined",
        ServiceError::FeatureDisabled => "not_available",
        ServiceError::NotFound { .. } => "payment_method_missing",
        _ => "server_error",
    }
}

/// Adds a card typed into the portal's own fields. The number and CVC go from this form
/// to the vault and nowhere else: not into the URL, a log or an error message.
#[server]
pub async fn add_card(
    number: String,
    expiry: String,
    cvc: String,
    cardholder_name: Option<String>,
    postal_code: Option<String>,
    make_default: Option<String>,
) -> Result<(), PortalError> {
    use crate::server::services::ServiceError;
    use crate::{
        domain::card::Expiry,
        server::services::customers::payment_methods::{self, CardInput},
    };
    payment_method_form(
        |state, access| async move {
            let today = time::OffsetDateTime::now_utc().date();
            let expiry = Expiry::parse(&expiry, today)
                .map_err(|e| ServiceError::invalid("card.expMonth", e.to_string()))?;
            let card = CardInput {
                number,
                exp_month: expiry.month,
                exp_year: expiry.year,
                cvc,
                cardholder_name,
                postal_code,
                make_default: make_default.is_some(),
            };
            payment_methods::attach_card(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &access.actor(),
                &access.customer_id,
                card,
            )
            .await?;
            Ok(())
        },
        "card_added",
        "card_declined",
    )
    .await
}

/// Adds a SEPA Direct Debit mandate from the portal's form. The IBAN goes to the vault and
/// nowhere else; the mandate keeps the acceptance time, IP and user agent.
#[server]
pub async fn add_sepa_debit(
    name: String,
    email: String,
    iban: String,
    accept_mandate: Option<String>,
    make_default: Option<String>,
) -> Result<(), PortalError> {
    use crate::server::services::customers::payment_methods::{self, SepaInput};
    payment_method_form(
        |state, access| async move {
            let input = SepaInput {
                iban,
                account_holder_name: name,
                email,
                mandate_accepted: accept_mandate.is_some(),
                ip: access.client.ip.clone().unwrap_or_else(|| "unknown".into()),
                user_agent: access.client.user_agent.clone().unwrap_or_default(),
                make_default: make_default.is_some(),
            };
            payment_methods::attach_sepa_debit(
                &state.db,
                &state.config.operator_keys,
                &state.payments,
                &access.actor(),
                &access.customer_id,
                input,
            )
            .await?;
            Ok(())
        },
        "bank_account_added",
        "card_declined",
    )
    .await
}

/// Runs a payment-method change posted by a plain form, back to the list with a notice
/// or an error code; a processor refusal is reported as `declined`.
#[cfg(feature = "ssr")]
async fn payment_method_form<F, Fut>(
    change: F,
    notice: &'static str,
    declined: &'static str,
) -> Result<(), PortalError>
where
    F: FnOnce(
        crate::server::state::AppState,
        crate::server::services::portal::portal_sessions::PortalAccess,
    ) -> Fut,
    Fut: std::future::Future<Output = Result<(), crate::server::services::ServiceError>>,
{
    use crate::{domain::portal_configuration::PortalFlow, server::services::ServiceError};
    // A new payment method completes a `payment_method_update` deep link.
    let adds = matches!(notice, "card_added" | "bank_account_added");
    let result = async {
        let (state, access) = portal_access().await.map_err(|e| (e.code(), e))?;
        let next = after_completion(
            &access,
            if adds {
                &[PortalFlow::PaymentMethodUpdate]
            } else {
                &[]
            },
            format!("{PAYMENT_METHODS}?notice={notice}"),
        );
        change(state, access).await.map_err(|error| {
            let code = match &error {
                ServiceError::Invalid { param, .. } if param == "paymentMethod" => "last_method",
                ServiceError::PaymentFailed(_) => declined,
                _ => card_error_code(&error),
            };
            (code, PortalError::from(error))
        })?;
        Ok(next)
    }
    .await;
    match &result {
        Ok(next) => leptos_axum::redirect(next),
        Err((_, PortalError::SessionEnded)) => leptos_axum::redirect("/portal"),
        Err((code, _)) => leptos_axum::redirect(&format!("{PAYMENT_METHODS}?error={code}")),
    }
    result.map(|_| ()).map_err(|(_, error)| error)
}

#[server]
pub async fn make_default_payment_method(payment_method_id: String) -> Result<(), PortalError> {
    use crate::server::services::customers::payment_methods;
    payment_method_form(
        |state, access| async move {
            payment_methods::set_default(
                &state.db,
                &access.actor(),
                &access.customer_id,
                &payment_method_id,
            )
            .await
            .map(|_| ())
        },
        "default_changed",
        "payment_failed",
    )
    .await
}

#[server]
pub async fn remove_payment_method(payment_method_id: String) -> Result<(), PortalError> {
    use crate::server::services::customers::payment_methods;
    payment_method_form(
        |state, access| async move {
            payment_methods::detach(
                &state.db,
                &access.actor(),
                &access.customer_id,
                &payment_method_id,
            )
            .await
            .map(|_| ())
        },
        "card_removed",
        "payment_failed",
    )
    .await
}

/// Pays an open invoice now with the default payment method (dunning).
#[server]
pub async fn pay_invoice(invoice_id: String) -> Result<(), PortalError> {
    use crate::server::services::portal::portal_invoices;
    payment_method_form(
        |state, access| async move {
            portal_invoices::pay(&state.db, &state.payments, &access, &invoice_id).await
        },
        "invoice_paid",
        "payment_failed",
    )
    .await
}

#[server]
pub async fn load_billing_details(form: Option<String>) -> Result<BillingDetailsView, PortalError> {
    let (state, access) = portal_access().await?;
    let facts =
        crate::server::services::portal::billing_details(&state.db, &access, form.as_deref())
            .await?;
    Ok(pages::billing_details(&access, facts))
}

/// Keeps a refused billing form server-side and sends the browser back to the page with
/// only the form's random id in its address.
#[cfg(feature = "ssr")]
async fn back_to_refused_form(values: Vec<(&str, String)>, errors: Vec<String>) {
    let form = crate::views::RefusedForm {
        values: values
            .into_iter()
            .map(|(field, value)| (field.to_string(), value))
            .collect(),
        errors,
    };
    let kept = async {
        let (state, access) = portal_access().await?;
        Ok::<_, PortalError>(
            crate::server::services::portal::keep_refused_form(&state.db, &access, &form).await?,
        )
    }
    .await;
    match kept {
        Ok(id) => leptos_axum::redirect(&format!("{BILLING_DETAILS}?form={id}")),
        Err(_) => leptos_axum::redirect(&format!("{BILLING_DETAILS}?error=server_error")),
    }
}

#[server]
pub async fn load_invoices(page: i64) -> Result<InvoiceListView, PortalError> {
    let (state, access) = portal_access().await?;
    Ok(crate::server::services::portal::portal_invoices::list(&state.db, &access, page).await?)
}

#[server]
pub async fn load_invoice(invoice_id: String) -> Result<InvoiceDetailView, PortalError> {
    let (state, access) = portal_access().await?;
    Ok(
        crate::server::services::portal::portal_invoices::detail(&state.db, &access, &invoice_id)
            .await?,
    )
}

/// Where an action that completes `completed` goes next: the session's deep link decides
/// when the action is its flow's (the portal's home, the merchant's `returnUrl`, or the
/// hosted confirmation page); otherwise `usual`.
#[cfg(feature = "ssr")]
fn after_completion(
    access: &crate::server::services::portal::portal_sessions::PortalAccess,
    completed: &[crate::domain::portal_configuration::PortalFlow],
    usual: String,
) -> String {
    use crate::domain::portal_configuration::AfterCompletionType;
    let Some(flow) = access
        .flow
        .as_ref()
        .filter(|flow| completed.contains(&flow.flow_type))
    else {
        return usual;
    };
    match flow.completion() {
        AfterCompletionType::PortalHomepage => "/portal".to_string(),
        AfterCompletionType::Redirect => flow
            .after_completion
            .as_ref()
            .and_then(|after| after.redirect.as_ref())
            .map_or(usual, |redirect| redirect.return_url.clone()),
        AfterCompletionType::HostedConfirmation => "/portal/done".to_string(),
    }
}

#[server]
pub async fn load_flow_done() -> Result<FlowDoneView, PortalError> {
    let (_, access) = portal_access().await?;
    let message = access
        .flow
        .as_ref()
        .and_then(|flow| flow.after_completion.as_ref())
        .and_then(|after| after.hosted_confirmation.as_ref())
        .and_then(|hosted| hosted.custom_message.clone());
    Ok(FlowDoneView {
        language: access.language(),
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        message,
    })
}

#[server]
pub async fn load_activity() -> Result<ActivityView, PortalError> {
    let (state, access) = portal_access().await?;
    let facts = crate::server::services::portal::activity(&state.db, &access).await?;
    Ok(pages::activity(
        &access,
        facts,
        crate::server::services::now_unix(),
    ))
}

#[cfg(feature = "ssr")]
const BILLING_DETAILS: &str = "/portal/billing-details";

/// Adds a tax ID; a refused one comes back with its message and the typed value.
#[server]
pub async fn add_tax_id(kind: String, value: String) -> Result<(), PortalError> {
    use crate::server::services::customers;
    let result = async {
        let (state, access) = portal_access().await?;
        customers::add_tax_id(
            &state.db,
            &access.actor(),
            &access.customer_id,
            &kind,
            &value,
            None,
        )
        .await
        .map(|_| ())
        .map_err(PortalError::from)
    }
    .await;
    match &result {
        Ok(()) => leptos_axum::redirect(&format!("{BILLING_DETAILS}?notice=tax_id_added")),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(_) => {
            back_to_refused_form(
                vec![("tax_type", kind), ("tax_value", value)],
                vec!["tax".to_string()],
            )
            .await
        }
    }
    result
}

#[server]
pub async fn remove_tax_id(tax_id: String) -> Result<(), PortalError> {
    use crate::server::services::customers;
    let result = async {
        let (state, access) = portal_access().await?;
        customers::delete_tax_id(&state.db, &access.actor(), &access.customer_id, &tax_id)
            .await
            .map(|_| ())
            .map_err(PortalError::from)
    }
    .await;
    match &result {
        Ok(()) => leptos_axum::redirect(&format!("{BILLING_DETAILS}?notice=tax_id_removed")),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(error) => leptos_axum::redirect(&format!("{BILLING_DETAILS}?error={}", error.code())),
    }
    result
}

/// A page that shows what `load` answers through `page`, or the error screen. The portal's
/// pages are rendered on the server only (they are no islands), so the load is awaited in
/// place: a Resource would spawn a task for it and wake the render from there, a thread
/// switch per request.
fn loaded_page<T, V>(
    load: impl std::future::Future<Output = Result<T, PortalError>> + Send + 'static,
    page: impl FnOnce(T) -> V + Send + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match load.await {
                    Ok(data) => page(data).into_any(),
                    Err(error) => portal_error_screen(error),
                }
            })}
        </Suspense>
    }
}

/// What a page shows when its data cannot be loaded, with the fitting HTTP status, in the
/// session's language when there is one, else the browser's.
fn portal_error_screen(error: PortalError) -> AnyView {
    use crate::ui::words::{request_language, t_in};
    let language = use_context::<SessionLanguage>()
        .map(|session| session.0)
        .unwrap_or_else(request_language);
    provide_context(language);
    let words = move |key: &str| t_in(language, key, &[]);
    match error {
        PortalError::SessionEnded => {
            set_status(401);
            view! {
                <PageTitle text=words("screen-ended-title") language />
                <main id="main" class="expired">
                    <h1>{words("screen-ended-heading")}</h1>
                    <p>{words("screen-ended-text")}</p>
                </main>
            }
            .into_any()
        }
        PortalError::NotFound => {
            set_status(404);
            view! {
                <PageTitle text=words("screen-not-found-title") language />
                <main id="main" class="expired">
                    <h1>{words("screen-not-found-heading")}</h1>
                    <p><a href="/portal">{words("screen-back-to-overview")}</a></p>
                </main>
            }
            .into_any()
        }
        PortalError::PriceChanged => {
            set_status(403);
            not_available_screen(language, words("error-price-changed"))
        }
        PortalError::NotAvailable(reason) => {
            set_status(403);
            let (key, values) = reason.message();
            let args: Vec<(&str, crate::i18n::Arg)> = values
                .into_iter()
                .map(|(name, value)| {
                    let value = match value {
                        UnavailableArg::Count(count) => crate::i18n::Arg::Count(count),
                        UnavailableArg::Code(code) => crate::i18n::Arg::Text(code),
                    };
                    (name, value)
                })
                .collect();
            not_available_screen(language, crate::ui::words::t_in(language, key, &args))
        }
        PortalError::Server | PortalError::Transport(_) => {
            set_status(500);
            view! { <PageTitle text=words("screen-error-title") language /><super::session::ServerErrorScreen /> }
                .into_any()
        }
    }
}

/// "Not available", with the reason in the customer's words.
fn not_available_screen(language: crate::i18n::Language, message: String) -> AnyView {
    let words = move |key: &str| crate::ui::words::t_in(language, key, &[]);
    view! {
        <PageTitle text=words("screen-not-available") language />
        <main id="main" class="expired">
            <h1>{words("screen-not-available")}</h1>
            <p>{message}</p>
            <p><a href="/portal">{words("screen-back-to-overview")}</a></p>
        </main>
    }
    .into_any()
}

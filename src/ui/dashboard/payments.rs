//! Settings → Payments (`/dashboard/settings/payments`): live mode's Stripe connection. The
//! keys are checked with Stripe before they are saved, and shown afterwards only by their
//! last four characters; the page names the webhook URL to give Stripe. The form posts to
//! `payment_forms`, which calls the service `POST /v1/payment_processors` calls.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{PendingForm, SubmitButton},
        words::{t, t_with},
    },
    views::dashboard::{PaymentsView, ProcessorConnectionLine},
};

pub const PAYMENTS: &str = "/dashboard/settings/payments";

#[server]
pub async fn load_payments() -> Result<PaymentsView, DashboardError> {
    use crate::server::services::settings::payment_processors;
    let (state, access) = super::dashboard_access().await?;
    let actor = access.actor();
    let connection = if access.livemode {
        payment_processors::get(&state.db, &actor).await?
    } else {
        None
    };
    Ok(super::pages::payments(
        &access,
        connection,
        &state.config.public_url,
    ))
}

#[component]
pub fn PaymentsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|_| t("dash-payments-connected-done"));
    let error = query.get("error");
    let field = query.get("field");
    loaded_page(
        load_payments(),
        move |page| view! { <Payments page done error field /> },
    )
}

#[component]
fn Payments(
    page: PaymentsView,
    done: Option<String>,
    error: Option<String>,
    field: Option<String>,
) -> impl IntoView {
    let PaymentsView {
        header,
        connection,
        can_edit,
    } = page;
    let title = t_with(
        "dash-payments-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let livemode = header.livemode;
    let invalid = |name: &str| (field.as_deref() == Some(name)).then_some("true");
    let (secret_invalid, webhook_invalid, publishable_invalid) = (
        invalid("secret_key"),
        invalid("webhook_secret"),
        invalid("publishable_key"),
    );
    let connected = connection.is_some();
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=PAYMENTS>
            <h1>{t("dash-nav-payments")}</h1>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! {
                <p class="banner error" id="payments-error" role="alert" tabindex="-1" autofocus=field.is_none()>{message}</p>
            })}
            {if !livemode {
                view! {
                    <p class="lede">{t("dash-payments-test-lede")}</p>
                }
                .into_any()
            } else {
                view! {
                    <p class="lede">{t("dash-payments-live-lede")}</p>
                    {connection.map(|line| view! { <Connection line /> })}
                    {can_edit.then(|| view! {
                        <h2>{t(if connected { "dash-payments-replace-heading" } else { "dash-payments-connect" })}</h2>
                        <PendingForm action=format!("{PAYMENTS}/connect")>
                            <fieldset class="field-group">
                                <legend>{t("dash-payments-keys")}</legend>
                                <label for="secret-key">{t("dash-payments-secret-key")}</label>
                                <input id="secret-key" name="secret_key" type="password" required autocomplete="off"
                                    spellcheck="false" placeholder="sk_live_..." aria-invalid=secret_invalid autofocus=secret_invalid.is_some()
                                    aria-describedby=if secret_invalid.is_some() { "payments-error secret-key-hint" } else { "secret-key-hint" } />
                                <p class="hint" id="secret-key-hint">{t("dash-payments-secret-key-hint")}</p>
                                <label for="publishable-key">{t("dash-payments-publishable-key")}</label>
                                <input id="publishable-key" name="publishable_key" type="text" required autocomplete="off"
                                    spellcheck="false" placeholder="pk_live_..." aria-invalid=publishable_invalid autofocus=publishable_invalid.is_some()
                                    aria-describedby=publishable_invalid.map(|_| "payments-error") />
                                <label for="webhook-secret">{t("dash-payments-webhook-secret")}</label>
                                <input id="webhook-secret" name="webhook_secret" type="password" required autocomplete="off"
                                    spellcheck="false" placeholder="whsec_..." aria-invalid=webhook_invalid autofocus=webhook_invalid.is_some()
                                    aria-describedby=if webhook_invalid.is_some() { "payments-error webhook-secret-hint" } else { "webhook-secret-hint" } />
                                <p class="hint" id="webhook-secret-hint">{t("dash-payments-webhook-secret-hint")}</p>
                            </fieldset>
                            <SubmitButton label=t(if connected { "dash-payments-replace" } else { "dash-payments-connect" }) />
                        </PendingForm>
                    })}
                }
                .into_any()
            }}
        </DashboardLayout>
    }
}

#[component]
fn Connection(line: ProcessorConnectionLine) -> impl IntoView {
    let ProcessorConnectionLine {
        secret_key,
        webhook_secret,
        publishable_key,
        webhook_url,
        connected,
        sandbox,
    } = line;
    view! {
        <section class="card" aria-labelledby="connection-heading">
            <h2 id="connection-heading">"Stripe" {if sandbox {
                view! { <span class="badge warn">{t("dash-payments-test-keys")}</span> }.into_any()
            } else {
                view! { <span class="badge ok">{t("dash-payments-connected")}</span> }.into_any()
            }}</h2>
            {sandbox.then(|| view! {
                <p class="hint">{t("dash-payments-sandbox")}</p>
            })}
            <dl class="facts">
                <dt>{t("dash-new-key-field")}</dt><dd>{secret_key}</dd>
                <dt>{t("dash-payments-webhook-secret")}</dt><dd>{webhook_secret}</dd>
                <dt>{t("dash-payments-publishable-key")}</dt><dd>{publishable_key}</dd>
                <dt>{t("dash-payments-connected")}</dt><dd>{connected}</dd>
            </dl>
            <label for="webhook-url">{t("dash-payments-webhook-url")}</label>
            <div class="copyable">
                <input id="webhook-url" type="text" readonly value=webhook_url data-copy=t("dash-payments-webhook-url-short") spellcheck="false" />
            </div>
            <p class="hint">{t("dash-payments-webhook-events")}</p>
        </section>
    }
}

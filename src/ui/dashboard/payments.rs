//! Settings → Payments (`/dashboard/settings/payments`): live mode's Stripe connection. The
//! keys are checked with Stripe before they are saved, and shown afterwards only by their
//! last four characters; the page names the webhook URL to give Stripe. The form posts to
//! `payment_forms`, which calls the service `POST /v1/payment_processors` calls.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{PendingForm, SubmitButton},
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
    let done = query
        .get("done")
        .map(|_| "Stripe is connected: live payments go through your Stripe account.");
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
    done: Option<&'static str>,
    error: Option<String>,
    field: Option<String>,
) -> impl IntoView {
    let PaymentsView {
        header,
        connection,
        can_edit,
    } = page;
    let title = format!("Payments — {} dashboard", header.merchant_name);
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
            <h1>"Payments"</h1>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! {
                <p class="banner error" id="payments-error" role="alert" tabindex="-1" autofocus=field.is_none()>{message}</p>
            })}
            {if !livemode {
                view! {
                    <p class="lede">"Test mode charges Stripe's test cards with the built-in test processor: nothing to connect. Switch to live mode to connect your Stripe account and take real payments."</p>
                }
                .into_any()
            } else {
                view! {
                    <p class="lede">"Live payments go through your own Stripe account. Customers enter cards and bank accounts in Stripe's fields, so card numbers never reach this server."</p>
                    {connection.map(|line| view! { <Connection line /> })}
                    {can_edit.then(|| view! {
                        <h2>{if connected { "Replace the keys" } else { "Connect Stripe" }}</h2>
                        <PendingForm action=format!("{PAYMENTS}/connect")>
                            <fieldset class="field-group">
                                <legend>"Stripe keys"</legend>
                                <label for="secret-key">"Secret key or restricted key"</label>
                                <input id="secret-key" name="secret_key" type="password" required autocomplete="off"
                                    spellcheck="false" placeholder="sk_live_..." aria-invalid=secret_invalid autofocus=secret_invalid.is_some()
                                    aria-describedby=if secret_invalid.is_some() { "payments-error secret-key-hint" } else { "secret-key-hint" } />
                                <p class="hint" id="secret-key-hint">"From Stripe's dashboard, Developers → API keys. It is checked with Stripe, then stored encrypted. Test keys (sk_test_…) rehearse live mode without real money."</p>
                                <label for="publishable-key">"Publishable key"</label>
                                <input id="publishable-key" name="publishable_key" type="text" required autocomplete="off"
                                    spellcheck="false" placeholder="pk_live_..." aria-invalid=publishable_invalid autofocus=publishable_invalid.is_some()
                                    aria-describedby=publishable_invalid.map(|_| "payments-error") />
                                <label for="webhook-secret">"Webhook signing secret"</label>
                                <input id="webhook-secret" name="webhook_secret" type="password" required autocomplete="off"
                                    spellcheck="false" placeholder="whsec_..." aria-invalid=webhook_invalid autofocus=webhook_invalid.is_some()
                                    aria-describedby=if webhook_invalid.is_some() { "payments-error webhook-secret-hint" } else { "webhook-secret-hint" } />
                                <p class="hint" id="webhook-secret-hint">"From the webhook endpoint you add in Stripe for the URL shown on this page."</p>
                            </fieldset>
                            <SubmitButton label=if connected { "Replace keys" } else { "Connect Stripe" } />
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
                view! { <span class="badge warn">"Test keys"</span> }.into_any()
            } else {
                view! { <span class="badge ok">"Connected"</span> }.into_any()
            }}</h2>
            {sandbox.then(|| view! {
                <p class="hint">"Connected with Stripe's test keys: live mode rehearses in Stripe's test mode, no real money moves, and test clocks work. Replace them with your live keys to take real payments; customers' saved payment methods stay with Stripe's test account."</p>
            })}
            <dl class="facts">
                <dt>"Secret key"</dt><dd>{secret_key}</dd>
                <dt>"Webhook signing secret"</dt><dd>{webhook_secret}</dd>
                <dt>"Publishable key"</dt><dd>{publishable_key}</dd>
                <dt>"Connected"</dt><dd>{connected}</dd>
            </dl>
            <label for="webhook-url">"Webhook URL to give Stripe"</label>
            <div class="copyable">
                <input id="webhook-url" type="text" readonly value=webhook_url data-copy="Webhook URL" spellcheck="false" />
            </div>
            <p class="hint">"Send payment_intent.succeeded, payment_intent.payment_failed and payment_method.detached."</p>
        </section>
    }
}

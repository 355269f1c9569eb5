//! Developers → API keys (`/dashboard/developers/api-keys`): the secret keys of the mode
//! the user is looking at, with create, roll and revoke. The forms post to
//! `routes::{create_api_key, roll_api_key, revoke_api_key}`, which call the same service
//! as `/v1/api_keys`; a new key is shown once, on the page that answers the form.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{PendingForm, SubmitButton},
    views::dashboard::{ApiKeyLine, ApiKeysView},
};

pub const API_KEYS: &str = "/dashboard/developers/api-keys";

#[server]
pub async fn load_api_keys() -> Result<ApiKeysView, DashboardError> {
    use crate::server::services::developers::api_keys;
    let (state, access) = super::dashboard_access().await?;
    let rows = api_keys::active(&state.db, &access.actor()).await?;
    Ok(super::pages::api_keys(&access, rows))
}

/// What a refused or finished key form comes back with (`?done=` / `?error=`).
pub fn outcome_message(code: &str) -> &'static str {
    match code {
        "revoked" => "Key revoked. Requests made with it are refused from now on.",
        "role" => "Your role in this team does not allow this change; ask an owner, an admin or a developer.",
        "overlap" => "Choose how long the old key keeps working: from now to 7 days.",
        "name" => "A key's name can have at most 100 characters.",
        _ => "That key no longer works, or it is not one of this account's.",
    }
}

#[component]
pub fn ApiKeysPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| outcome_message(&code));
    let error = query.get("error").map(|code| outcome_message(&code));
    loaded_page(load_api_keys(), move |page| {
        view! { <ApiKeys page done error /> }
    })
}

#[component]
fn ApiKeys(
    page: ApiKeysView,
    done: Option<&'static str>,
    error: Option<&'static str>,
) -> impl IntoView {
    let ApiKeysView {
        header,
        keys,
        can_manage,
    } = page;
    let mode = if header.livemode { "live" } else { "test" };
    let title = format!("API keys — {} dashboard", header.merchant_name);
    let create_label = format!("Create a {mode} key");
    let create_action = format!("{API_KEYS}/new");
    // Going live: the first live key opens live mode (real customers, real money).
    let offer_live = can_manage && !header.livemode && !header.can_switch_mode;
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=API_KEYS>
            <h1>"API keys"</h1>
            <p class="lede">"Secret keys let your server call the REST API and mint portal sessions. Keep them on your server: never in a browser, an app or a repository."</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" role="alert">{message}</p> })}
            {can_manage.then(|| view! {
                <PendingForm action=create_action>
                    <fieldset class="field-group">
                        <legend>"New key"</legend>
                        <label for="key-name">"Name"</label>
                        <input id="key-name" name="name" type="text" maxlength="100"
                            placeholder="Production server" aria-describedby="key-name-hint" />
                        <p class="hint" id="key-name-hint">"What the key is for, so that you know which one to revoke later."</p>
                    </fieldset>
                    <SubmitButton label=create_label />
                </PendingForm>
            })}
            {offer_live.then(|| view! {
                <section class="card" aria-labelledby="go-live-heading">
                    <h2 id="go-live-heading">"Go live"</h2>
                    <p>"A live key opens live mode: real customers, and real payments once Stripe is connected under Settings → Payments."</p>
                    <PendingForm action=format!("{API_KEYS}/new-live")>
                        <input type="hidden" name="name" value="Live server" />
                        <SubmitButton label="Create a live key" />
                    </PendingForm>
                </section>
            })}
            {if keys.is_empty() {
                view! { <p class="empty">"No working keys in this mode."</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list key-list">
                        {keys.into_iter().map(|key| view! { <KeyLine key can_manage /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </DashboardLayout>
    }
}

#[component]
fn KeyLine(key: ApiKeyLine, can_manage: bool) -> impl IntoView {
    let ApiKeyLine {
        id,
        name,
        redacted,
        last_used,
        created,
        expires,
    } = key;
    let roll_action = format!("{API_KEYS}/{id}/roll");
    let revoke_action = format!("{API_KEYS}/{id}/revoke");
    let overlap_id = format!("overlap-{id}");
    let revoke_label = format!("Yes, revoke {name} ({redacted})");
    view! {
        <li class="key-line">
            <strong>{name}</strong>
            <code>{redacted.clone()}</code>
            <span class="muted">{id.clone()}</span>
            <span class="muted">{created}</span>
            <span class="muted">{last_used}</span>
            {expires.map(|line| view! { <span class="badge warn">{line}</span> })}
            {can_manage.then(|| view! {
                <details class="key-actions">
                    <summary>"Roll or revoke"</summary>
                    <PendingForm action=roll_action>
                        <label for=overlap_id.clone()>"The old key keeps working"</label>
                        <select id=overlap_id name="overlap">
                            <option value="0">"not at all: stop it now"</option>
                            <option value="3600">"for 1 hour"</option>
                            <option value="86400" selected>"for 24 hours"</option>
                            <option value="604800">"for 7 days"</option>
                        </select>
                        <SubmitButton label="Roll: make a new key" />
                    </PendingForm>
                    <PendingForm action=revoke_action>
                        <p class="hint">"Revoking refuses every request made with this key, at once, on every instance."</p>
                        <button type="submit" class="button danger">
                            <span class="spinner" aria-hidden="true"></span>
                            <span class="label">{revoke_label}</span>
                        </button>
                    </PendingForm>
                </details>
            })}
        </li>
    }
}

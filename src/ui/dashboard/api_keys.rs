//! Developers → API keys (`/dashboard/developers/api-keys`): the secret keys of the mode
//! the user is looking at, with create, roll and revoke. The forms post to
//! `routes::{create_api_key, roll_api_key, revoke_api_key}`, which call the same service
//! as `/v1/api_keys`; a new key is shown once, on the page that answers the form.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{PendingForm, SubmitButton},
        words::{t, t_with},
    },
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
pub fn outcome_message(code: &str) -> String {
    t(match code {
        "revoked" => "dash-keys-revoked",
        "role" => "dash-keys-role",
        "overlap" => "dash-keys-overlap",
        "name" => "dash-keys-name-too-long",
        _ => "dash-keys-unknown",
    })
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
fn ApiKeys(page: ApiKeysView, done: Option<String>, error: Option<String>) -> impl IntoView {
    let ApiKeysView {
        header,
        keys,
        can_manage,
    } = page;
    let title = t_with(
        "dash-keys-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let create_label = t(if header.livemode {
        "dash-keys-create-live"
    } else {
        "dash-keys-create-test"
    });
    let create_action = format!("{API_KEYS}/new");
    // Going live: the first live key opens live mode (real customers, real money).
    let offer_live = can_manage && !header.livemode && !header.can_switch_mode;
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=API_KEYS>
            <h1>{t("dash-nav-api-keys")}</h1>
            <p class="lede">{t("dash-keys-lede")}</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" role="alert">{message}</p> })}
            {can_manage.then(|| view! {
                <PendingForm action=create_action>
                    <fieldset class="field-group">
                        <legend>{t("dash-keys-new")}</legend>
                        <label for="key-name">{t("dash-name")}</label>
                        <input id="key-name" name="name" type="text" maxlength="100"
                            placeholder=t("dash-keys-name-placeholder") aria-describedby="key-name-hint" />
                        <p class="hint" id="key-name-hint">{t("dash-keys-name-hint")}</p>
                    </fieldset>
                    <SubmitButton label=create_label />
                </PendingForm>
            })}
            {offer_live.then(|| view! {
                <section class="card" aria-labelledby="go-live-heading">
                    <h2 id="go-live-heading">{t("dash-keys-go-live")}</h2>
                    <p>{t("dash-keys-go-live-text")}</p>
                    <PendingForm action=format!("{API_KEYS}/new-live")>
                        <input type="hidden" name="name" value=t("dash-keys-live-server") />
                        <SubmitButton label=t("dash-keys-create-live") />
                    </PendingForm>
                </section>
            })}
            {if keys.is_empty() {
                view! { <p class="empty">{t("dash-keys-none")}</p> }.into_any()
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
    let revoke_label = t_with(
        "dash-keys-revoke-confirm",
        &[
            ("name", name.as_str().into()),
            ("key", redacted.as_str().into()),
        ],
    );
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
                    <summary>{t("dash-keys-roll-or-revoke")}</summary>
                    <PendingForm action=roll_action>
                        <label for=overlap_id.clone()>{t("dash-keys-overlap-label")}</label>
                        <select id=overlap_id name="overlap">
                            <option value="0">{t("dash-keys-overlap-none")}</option>
                            <option value="3600">{t("dash-keys-overlap-hour")}</option>
                            <option value="86400" selected>{t("dash-keys-overlap-day")}</option>
                            <option value="604800">{t("dash-keys-overlap-week")}</option>
                        </select>
                        <SubmitButton label=t("dash-keys-roll") />
                    </PendingForm>
                    <PendingForm action=revoke_action>
                        <p class="hint">{t("dash-keys-revoke-hint")}</p>
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

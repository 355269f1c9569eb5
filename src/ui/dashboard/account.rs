//! `/dashboard/account`: who is signed in, changing one's password (which ends every other
//! session of the account), and two-step sign-in with an authenticator app. The forms post
//! to `routes::change_password` and `account_forms`.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, sign_in::error_message, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{PendingForm, SubmitButton},
        words::{t, t_with},
    },
    views::dashboard::{AccountView, TwoStepView},
};

pub const ACCOUNT: &str = "/dashboard/account";

#[server]
pub async fn load_account() -> Result<AccountView, DashboardError> {
    use crate::server::services::dashboard::two_step;
    let (state, access) = super::dashboard_access().await?;
    let status = two_step::status(&state.db, &state.config.operator_keys, &access).await?;
    Ok(super::pages::account(&access, status))
}

/// The message for a two-step form's `?two_step=` outcome code.
fn two_step_message(code: &str) -> Option<(String, bool)> {
    let (key, done) = match code {
        "off" => ("dash-two-step-off-done", true),
        "wrong" => ("dash-two-step-wrong", false),
        "restart" => ("dash-two-step-restart", false),
        "required" => ("dash-two-step-required", false),
        "needed" => ("dash-two-step-needed", false),
        _ => return None,
    };
    Some((t(key), done))
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let changed = query.get("changed").is_some();
    let error = query.get("error").as_deref().and_then(error_message);
    let two_step_outcome = query.get("two_step").as_deref().and_then(two_step_message);
    loaded_page(load_account(), move |page: AccountView| {
        let AccountView { header, two_step } = page;
        let title = t_with(
            "dash-account-title",
            &[("merchant", header.merchant_name.as_str().into())],
        );
        let email = header.email.clone();
        let signed_in_as = t_with(
            "dash-account-signed-in-as",
            &[
                ("email", email.as_str().into()),
                ("role", header.role.as_str().into()),
            ],
        );
        let invalid = error.as_ref().map(|_| "true");
        let error = error.clone();
        view! {
            <PageTitle text=title />
            <DashboardLayout header current=ACCOUNT>
                <h1>{t("dash-account-heading")}</h1>
                <p class="lede">{signed_in_as}</p>
                {changed.then(|| view! { <p class="banner success" role="status">{t("dash-account-password-changed")}</p> })}
                {error.map(|message| view! { <p class="banner error" id="password-error" role="alert">{message}</p> })}
                <PendingForm action=format!("{ACCOUNT}/password")>
                    <fieldset class="field-group">
                        <legend>{t("dash-account-change-heading")}</legend>
                        <input type="hidden" name="email" autocomplete="username" value=email />
                        <label for="current">{t("dash-account-current-password")}</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required
                            aria-invalid=invalid aria-describedby=invalid.map(|_| "password-error")
                            autofocus=invalid.is_some() />
                        <label for="password">{t("dash-new-password")}</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            minlength="12" maxlength="256" required aria-describedby="password-hint" />
                        <p class="hint" id="password-hint">{t("dash-password-hint")}</p>
                        <label for="confirm">{t("dash-account-confirm")}</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
                    </fieldset>
                    <SubmitButton label=t("dash-account-change-password") />
                </PendingForm>
                <TwoStep two_step outcome=two_step_outcome.clone() />
            </DashboardLayout>
        }
    })
}

/// A form with a code field and one button.
fn code_form(action: &str, field_id: &'static str, label: String, button: String) -> impl IntoView {
    view! {
        <PendingForm action=action.to_string()>
            <label for=field_id>{label}</label>
            <input id=field_id name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                required maxlength="24" spellcheck="false" />
            <SubmitButton label=button />
        </PendingForm>
    }
}

#[component]
fn TwoStep(two_step: TwoStepView, outcome: Option<(String, bool)>) -> impl IntoView {
    let TwoStepView {
        enabled,
        recovery_codes_left,
        pending,
        team_requires,
    } = two_step;
    let path = format!("{ACCOUNT}/two-step");
    let body = if enabled {
        let left = t_with(
            "dash-two-step-codes-left",
            &[("left", recovery_codes_left.into())],
        );
        view! {
            <p><span class="badge ok">{t("dash-two-step-on")}</span>" "{t("dash-two-step-on-text")}" "{left}</p>
            {code_form(&format!("{path}/recovery-codes"), "renew-code", t("dash-two-step-renew-label"), t("dash-two-step-renew"))}
            {(!team_requires).then(|| code_form(&format!("{path}/disable"), "disable-code", t("dash-two-step-disable-label"), t("dash-two-step-disable")))}
        }
        .into_any()
    } else if let Some((secret, url)) = pending {
        view! {
            <ol class="setup-steps">
                <li>{t("dash-two-step-step-add")}
                    <div class="secret-box">
                        <label for="totp-secret">{t("dash-two-step-setup-key")}</label>
                        <input id="totp-secret" type="text" readonly value=secret autocomplete="off" spellcheck="false" />
                    </div>
                    <p><a href=url>{t("dash-two-step-open-app")}</a></p>
                </li>
                <li>{t("dash-two-step-step-code")}
                    {code_form(&format!("{path}/confirm"), "confirm-code", t("dash-two-step-code-label"), t("dash-two-step-enable"))}
                </li>
            </ol>
        }
        .into_any()
    } else {
        view! {
            <p>{t("dash-two-step-off-text")}</p>
            <PendingForm action=format!("{path}/start")>
                <SubmitButton label=t("dash-error-two-step-title") />
            </PendingForm>
        }
        .into_any()
    };
    view! {
        <section class="card two-step" id="two-step" aria-labelledby="two-step-title">
            <h2 id="two-step-title">{t("dash-two-step-heading")}</h2>
            {outcome.map(|(message, done)| if done {
                view! { <p class="banner success" role="status">{message}</p> }.into_any()
            } else {
                view! { <p class="banner error" role="alert" tabindex="-1" autofocus>{message}</p> }.into_any()
            })}
            {team_requires.then(|| view! { <p class="hint">{t("dash-two-step-team-requires")}</p> })}
            {body}
        </section>
    }
}

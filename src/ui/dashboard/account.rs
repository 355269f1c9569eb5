//! `/dashboard/account`: who is signed in, changing one's password (which ends every other
//! session of the account), and two-step sign-in with an authenticator app. The forms post
//! to `routes::change_password` and `account_forms`.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, sign_in::error_message, DashboardError, DashboardLayout};
use crate::{
    ui::components::{PendingForm, SubmitButton},
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
fn two_step_message(code: &str) -> Option<(&'static str, bool)> {
    Some(match code {
        "off" => (
            "Two-step sign-in is off. You sign in with your password alone.",
            true,
        ),
        "wrong" => (
            "That code is not right, or it was used already. Type the 6 digits your app shows now.",
            false,
        ),
        "restart" => (
            "Start the setup again: there is no new secret waiting for a code.",
            false,
        ),
        "required" => (
            "Your team requires two-step sign-in, so it stays on.",
            false,
        ),
        "needed" => (
            "Your team requires two-step sign-in. Set it up here to go on using the dashboard.",
            false,
        ),
        _ => return None,
    })
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let changed = query.get("changed").is_some();
    let error = query.get("error").as_deref().and_then(error_message);
    let two_step_outcome = query.get("two_step").as_deref().and_then(two_step_message);
    loaded_page(load_account(), move |page: AccountView| {
        let AccountView { header, two_step } = page;
        let title = format!("Your account — {} dashboard", header.merchant_name);
        let email = header.email.clone();
        let role = header.role.clone();
        let invalid = error.map(|_| "true");
        view! {
            <PageTitle text=title />
            <DashboardLayout header current=ACCOUNT>
                <h1>"Your account"</h1>
                <p class="lede">"Signed in as "<strong>{email.clone()}</strong>" ("{role}")."</p>
                {changed.then(|| view! { <p class="banner success" role="status">"Password changed. You are still signed in here; every other session of your account has ended."</p> })}
                {error.map(|message| view! { <p class="banner error" id="password-error" role="alert">{message}</p> })}
                <PendingForm action=format!("{ACCOUNT}/password")>
                    <fieldset class="field-group">
                        <legend>"Change your password"</legend>
                        <input type="hidden" name="email" autocomplete="username" value=email />
                        <label for="current">"Current password"</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required
                            aria-invalid=invalid aria-describedby=error.map(|_| "password-error")
                            autofocus=invalid.is_some() />
                        <label for="password">"New password"</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            minlength="12" maxlength="256" required aria-describedby="password-hint" />
                        <p class="hint" id="password-hint">"At least 12 characters. A few unrelated words make a strong password."</p>
                        <label for="confirm">"The new password again"</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
                    </fieldset>
                    <SubmitButton label="Change password" />
                </PendingForm>
                <TwoStep two_step outcome=two_step_outcome />
            </DashboardLayout>
        }
    })
}

/// A form with a code field and one button.
fn code_form(
    action: &str,
    field_id: &'static str,
    label: &'static str,
    button: &'static str,
) -> impl IntoView {
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
fn TwoStep(two_step: TwoStepView, outcome: Option<(&'static str, bool)>) -> impl IntoView {
    let TwoStepView {
        enabled,
        recovery_codes_left,
        pending,
        team_requires,
    } = two_step;
    let path = format!("{ACCOUNT}/two-step");
    let body = if enabled {
        let left = format!("{recovery_codes_left} of 10 recovery codes left.");
        view! {
            <p><span class="badge ok">"On"</span>" You sign in with your password and a code from your authenticator app. "{left}</p>
            {code_form(&format!("{path}/recovery-codes"), "renew-code", "Code from your app, for new recovery codes", "Make new recovery codes")}
            {(!team_requires).then(|| code_form(&format!("{path}/disable"), "disable-code", "Code from your app, to turn it off", "Turn off two-step sign-in"))}
        }
        .into_any()
    } else if let Some((secret, url)) = pending {
        view! {
            <ol class="setup-steps">
                <li>"In your authenticator app (1Password, Google Authenticator, Authy…), add an account with this key, or open the link on this device:"
                    <div class="secret-box">
                        <label for="totp-secret">"Setup key"</label>
                        <input id="totp-secret" type="text" readonly value=secret autocomplete="off" spellcheck="false" />
                    </div>
                    <p><a href=url>"Open in an authenticator app on this device"</a></p>
                </li>
                <li>"Type the 6-digit code the app now shows for VINR Portal:"
                    {code_form(&format!("{path}/confirm"), "confirm-code", "Code from your app", "Turn on two-step sign-in")}
                </li>
            </ol>
        }
        .into_any()
    } else {
        view! {
            <p>"Off. With it on, signing in also asks for a code from an authenticator app on your phone, so a stolen password is not enough."</p>
            <PendingForm action=format!("{path}/start")>
                <SubmitButton label="Set up two-step sign-in" />
            </PendingForm>
        }
        .into_any()
    };
    view! {
        <section class="card two-step" id="two-step" aria-labelledby="two-step-title">
            <h2 id="two-step-title">"Two-step sign-in"</h2>
            {outcome.map(|(message, done)| if done {
                view! { <p class="banner success" role="status">{message}</p> }.into_any()
            } else {
                view! { <p class="banner error" role="alert" tabindex="-1" autofocus>{message}</p> }.into_any()
            })}
            {team_requires.then(|| view! { <p class="hint">"Your team requires it of everyone."</p> })}
            {body}
        </section>
    }
}

//! `/dashboard/sign-in` and `/dashboard/setup/{token}`: the pages whose forms post to
//! `routes` (plain forms: they set or clear the sign-in cookie, with or without WASM).
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{DashboardError, SIGN_IN};
use crate::{
    ui::{
        components::{PendingForm, SubmitButton},
        session::set_status,
    },
    views::dashboard::SetupView,
};

/// The message for a sign-in or setup page's `?error=` code; never text from the URL.
pub fn error_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "credentials" => "That e-mail and password do not match an account.",
        "short" => "Choose a password of at least 12 characters.",
        "long" => "Choose a password of at most 256 characters.",
        "common" => "This password is one of the most common ones: choose another.",
        "email" => "Your password must not be your e-mail address.",
        "mismatch" => "The two passwords are not the same.",
        "current" => "Your current password is not the one you typed.",
        "server_error" => "Sorry, something went wrong on our side. Please try again.",
        "expired" => "The sign-in took more than 5 minutes; enter your e-mail and password again.",
        "code" => "That code is not right, or it was used already. Type the 6 digits your app shows now, or a recovery code.",
        _ => return None,
    })
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let error = query.read_untracked().get("error");
    let signed_out = query.read_untracked().get("signed_out").is_some();
    let error = error.as_deref().and_then(error_message);
    view! {
        <PageTitle text="Sign in — VINR Portal dashboard" />
        <main id="main" class="dashboard-sign-in">
            <h1>"Sign in to your dashboard"</h1>
            {signed_out.then(|| view! { <p class="banner success" role="status">"You are signed out."</p> })}
            {error.map(|message| view! { <p class="banner error" id="sign-in-error" role="alert">{message}</p> })}
            <PendingForm action=SIGN_IN.to_string()>
                <label for="email">"E-mail"</label>
                <input id="email" name="email" type="email" autocomplete="username" required
                    aria-invalid=error.map(|_| "true") aria-describedby=error.map(|_| "sign-in-error")
                    autofocus=error.is_some() />
                <label for="password">"Password"</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                    aria-invalid=error.map(|_| "true") aria-describedby=error.map(|_| "sign-in-error") />
                <SubmitButton label="Sign in" />
            </PendingForm>
        </main>
    }
}

/// `/dashboard/sign-in/code`: the second step of a two-step sign-in.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let error = use_query_map()
        .read_untracked()
        .get("error")
        .as_deref()
        .and_then(error_message);
    view! {
        <PageTitle text="Your sign-in code — VINR Portal dashboard" />
        <main id="main" class="dashboard-sign-in">
            <h1>"Enter your sign-in code"</h1>
            <p>"Open your authenticator app and type the 6-digit code it shows for VINR Portal. Lost your phone? Type one of your recovery codes instead."</p>
            {error.map(|message| view! { <p class="banner error" id="code-error" role="alert">{message}</p> })}
            <PendingForm action="/dashboard/sign-in/code".to_string()>
                <label for="code">"Code"</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required
                    maxlength="24" spellcheck="false"
                    aria-invalid=error.map(|_| "true") aria-describedby=error.map(|_| "code-error")
                    autofocus=error.is_some() />
                <SubmitButton label="Sign in" />
            </PendingForm>
            <p><a href=SIGN_IN>"Start again"</a></p>
        </main>
    }
}

#[server]
pub async fn load_setup(token: String) -> Result<SetupView, DashboardError> {
    use crate::server::{services::dashboard::accounts, state::AppState};
    let state = use_context::<AppState>().ok_or(DashboardError::Server)?;
    let user = accounts::setup_link_user(&state.db, &token).await?;
    Ok(SetupView {
        email: user.map(|user| user.email),
    })
}

#[component]
pub fn SetupPage() -> impl IntoView {
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    let query = use_query_map();
    let error = query.read_untracked().get("error");
    let action = format!("/dashboard/setup/{token}");
    super::loaded_page(load_setup(token), move |setup: SetupView| {
        let error = error.as_deref().and_then(error_message);
        match setup.email {
            None => {
                set_status(410);
                view! {
                    <PageTitle text="Link expired — VINR Portal dashboard" />
                    <main id="main" class="expired">
                        <h1>"This link has expired"</h1>
                        <p>"Setup links work once and for 72 hours. Ask whoever set up your account for a new one."</p>
                        <a class="button primary" href=SIGN_IN>"Sign in"</a>
                    </main>
                }
                .into_any()
            }
            Some(email) => view! {
                <PageTitle text="Choose your password — VINR Portal dashboard" />
                <main id="main" class="dashboard-sign-in">
                    <h1>"Choose your password"</h1>
                    <p>"You will sign in as "<strong>{email.clone()}</strong>"."</p>
                    {error.map(|message| view! { <p class="banner error" id="password-error" role="alert">{message}</p> })}
                    <PendingForm action=action>
                        <input type="hidden" name="email" autocomplete="username" value=email />
                        <label for="password">"New password"</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            minlength="12" maxlength="256" required
                            aria-invalid=error.map(|_| "true") aria-describedby="password-hint"
                            autofocus=error.is_some() />
                        <p class="hint" id="password-hint">"At least 12 characters. A few unrelated words make a strong password."</p>
                        <label for="confirm">"The same password again"</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
                        <SubmitButton label="Save password and sign in" />
                    </PendingForm>
                </main>
            }
            .into_any(),
        }
    })
}

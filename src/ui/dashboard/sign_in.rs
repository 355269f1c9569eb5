//! `/dashboard/sign-in` and `/dashboard/setup/{token}`: the pages whose forms post to
//! `routes` (plain forms: they set or clear the sign-in cookie, with or without WASM).
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{DashboardError, SIGN_IN};
use crate::{
    ui::{
        components::{LanguageForm, PendingForm, SubmitButton},
        session::set_status,
        words::{language, t, t_with},
    },
    views::dashboard::SetupView,
};

/// The message for a sign-in or setup page's `?error=` code; never text from the URL.
pub fn error_message(code: &str) -> Option<String> {
    let key = match code {
        "credentials" => "dash-sign-in-error-credentials",
        "short" => "dash-password-error-short",
        "long" => "dash-password-error-long",
        "common" => "dash-password-error-common",
        "email" => "dash-password-error-email",
        "mismatch" => "dash-password-error-mismatch",
        "current" => "dash-password-error-current",
        "server_error" => "dash-error-server",
        "expired" => "dash-sign-in-error-expired",
        "code" => "dash-sign-in-error-code",
        _ => return None,
    };
    Some(t(key))
}

/// The switcher below the sign-in forms (a signed-in page has it in its header).
fn language_switcher() -> impl IntoView {
    view! {
        <footer class="dashboard-sign-in-footer">
            <LanguageForm language=language() action="/dashboard/language" />
        </footer>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let error = query.read_untracked().get("error");
    let signed_out = query.read_untracked().get("signed_out").is_some();
    let error = error.as_deref().and_then(error_message);
    let invalid = error.as_ref().map(|_| "true");
    let described_by = error.as_ref().map(|_| "sign-in-error");
    view! {
        <PageTitle text=t("dash-sign-in-title") />
        <main id="main" class="dashboard-sign-in">
            <h1>{t("dash-sign-in-heading")}</h1>
            {signed_out.then(|| view! { <p class="banner success" role="status">{t("dash-signed-out")}</p> })}
            {error.clone().map(|message| view! { <p class="banner error" id="sign-in-error" role="alert">{message}</p> })}
            <PendingForm action=SIGN_IN.to_string()>
                <label for="email">{t("dash-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required
                    aria-invalid=invalid aria-describedby=described_by
                    autofocus=error.is_some() />
                <label for="password">{t("dash-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                    aria-invalid=invalid aria-describedby=described_by />
                <SubmitButton label=t("dash-sign-in") />
            </PendingForm>
            {language_switcher()}
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
    let invalid = error.as_ref().map(|_| "true");
    let described_by = error.as_ref().map(|_| "code-error");
    view! {
        <PageTitle text=t("dash-code-title") />
        <main id="main" class="dashboard-sign-in">
            <h1>{t("dash-code-heading")}</h1>
            <p>{t("dash-code-text")}</p>
            {error.clone().map(|message| view! { <p class="banner error" id="code-error" role="alert">{message}</p> })}
            <PendingForm action="/dashboard/sign-in/code".to_string()>
                <label for="code">{t("dash-code")}</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required
                    maxlength="24" spellcheck="false"
                    aria-invalid=invalid aria-describedby=described_by
                    autofocus=error.is_some() />
                <SubmitButton label=t("dash-sign-in") />
            </PendingForm>
            <p><a href=SIGN_IN>{t("dash-code-start-again")}</a></p>
            {language_switcher()}
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
                    <PageTitle text=t("dash-setup-expired-title") />
                    <main id="main" class="expired">
                        <h1>{t("dash-setup-expired-heading")}</h1>
                        <p>{t("dash-setup-expired-text")}</p>
                        <a class="button primary" href=SIGN_IN>{t("dash-sign-in")}</a>
                    </main>
                }
                .into_any()
            }
            Some(email) => view! {
                <PageTitle text=t("dash-setup-title") />
                <main id="main" class="dashboard-sign-in">
                    <h1>{t("dash-setup-heading")}</h1>
                    <p>{t_with("dash-setup-as", &[("email", email.as_str().into())])}</p>
                    {error.clone().map(|message| view! { <p class="banner error" id="password-error" role="alert">{message}</p> })}
                    <PendingForm action=action>
                        <input type="hidden" name="email" autocomplete="username" value=email />
                        <label for="password">{t("dash-new-password")}</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            minlength="12" maxlength="256" required
                            aria-invalid=error.as_ref().map(|_| "true") aria-describedby="password-hint"
                            autofocus=error.is_some() />
                        <p class="hint" id="password-hint">{t("dash-password-hint")}</p>
                        <label for="confirm">{t("dash-setup-confirm")}</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
                        <SubmitButton label=t("dash-setup-save") />
                    </PendingForm>
                    {language_switcher()}
                </main>
            }
            .into_any(),
        }
    })
}

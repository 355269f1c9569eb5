//! `/dashboard/account`: who is signed in, and changing one's password (which ends every
//! other session of the account). The form posts to `routes::change_password`.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, sign_in::error_message, DashboardError, DashboardLayout};
use crate::{
    ui::components::{PendingForm, SubmitButton},
    views::dashboard::DashboardHeader,
};

pub const ACCOUNT: &str = "/dashboard/account";

#[server]
pub async fn load_account() -> Result<DashboardHeader, DashboardError> {
    let (_, access) = super::dashboard_access().await?;
    Ok(super::pages::header(&access))
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let changed = query.get("changed").is_some();
    let error = query.get("error").as_deref().and_then(error_message);
    loaded_page(load_account(), move |header: DashboardHeader| {
        let title = format!("Your account — {} dashboard", header.merchant_name);
        let email = header.email.clone();
        let role = header.role.clone();
        let invalid = error.map(|_| "true");
        view! {
            <Title text=title />
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
                            aria-invalid=invalid aria-describedby=error.map(|_| "password-error") />
                        <label for="password">"New password"</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            minlength="12" maxlength="256" required aria-describedby="password-hint" />
                        <p class="hint" id="password-hint">"At least 12 characters. A few unrelated words make a strong password."</p>
                        <label for="confirm">"The new password again"</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
                    </fieldset>
                    <SubmitButton label="Change password" />
                </PendingForm>
            </DashboardLayout>
        }
    })
}

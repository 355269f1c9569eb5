//! Building blocks shared by the portal's pages.
use leptos::prelude::*;

/// The portal frame: merchant column (name, way back, legal links) and the content.
#[component]
pub fn PortalLayout(
    merchant_name: String,
    return_url: String,
    children: Children,
) -> impl IntoView {
    let back_label = format!("Return to {merchant_name}");
    view! {
        <div class="portal">
            <header class="merchant">
                <p class="merchant-name">{merchant_name}</p>
                <a class="return-link" href=return_url>
                    <span aria-hidden="true">"← "</span>
                    {back_label}
                </a>
            </header>
            <main id="main" class="content" tabindex="-1">
                {children()}
            </main>
            <footer class="portal-footer">
                <p>"Powered by VINR Portal"</p>
            </footer>
        </div>
    }
}

/// A server-function form that works without WASM; once hydrated it marks itself busy on
/// submit (spinner on its button via CSS) and refuses a second submission.
#[island]
pub fn PendingForm(action: String, children: Children) -> impl IntoView {
    let pending = RwSignal::new(false);
    view! {
        <form
            method="post"
            action=action
            aria-busy=move || if pending.get() { "true" } else { "false" }
            on:submit=move |event| {
                if pending.get_untracked() {
                    event.prevent_default();
                } else {
                    pending.set(true);
                }
            }
        >
            {children()}
        </form>
    }
}

/// A primary submit button with the spinner `PendingForm` reveals while waiting.
#[component]
pub fn SubmitButton(label: &'static str) -> impl IntoView {
    view! {
        <button type="submit" class="button primary">
            <span class="spinner" aria-hidden="true"></span>
            <span class="label">{label}</span>
        </button>
    }
}

/// The screen for links that cannot be used: expired, used, unknown or tampered.
#[component]
pub fn ExpiredScreen(return_url: Option<String>) -> impl IntoView {
    view! {
        <main id="main" class="expired">
            <h1>"This session has expired"</h1>
            <p>
                "For your security, billing portal links work once and only for a short time. "
                "Go back and open the billing portal again to continue."
            </p>
            {return_url.map(|url| view! { <a class="button primary" href=url>"Return to the website"</a> })}
        </main>
    }
}

//! `/session/{id}`: the page a minted link opens. It redeems the link before any WASM loads.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::components::SignedOutScreen;
use super::{components::ExpiredScreen, errors::PortalError, words::t};

/// What the page knows about a link before the secret is presented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkStatus {
    Redeemable,
    Spent { return_url: String },
    Unknown,
}

#[server]
pub async fn session_link(id: String) -> Result<LinkStatus, PortalError> {
    use crate::server::{
        http::hosts::HostScope,
        services::portal::portal_sessions::{self, LinkState},
        state::AppState,
    };
    let state = use_context::<AppState>().ok_or(PortalError::Server)?;
    let parts = use_context::<http::request::Parts>().ok_or(PortalError::Server)?;
    let host = HostScope::of(&parts);
    Ok(
        match portal_sessions::link_state(&state.db, &id, host.merchant()).await? {
            LinkState::Redeemable { frame_ancestors } => {
                allow_framing(&frame_ancestors);
                LinkStatus::Redeemable
            }
            LinkState::Spent { return_url } => LinkStatus::Spent { return_url },
            LinkState::Unknown => LinkStatus::Unknown,
        },
    )
}

/// Reads the secret from the fragment, strips it from the address bar at once, and posts it
/// as a plain form: the browser then follows the redirect to `/portal` with the new cookie.
const REDEEM_SCRIPT: &str = r#"(function () {
  var secret = location.hash.slice(1);
  history.replaceState(null, "", location.pathname + location.search);
  var form = document.getElementById("redeem-form");
  form.elements.secret.value = secret;
  form.submit();
})();"#;

#[component]
pub fn SessionPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.read_untracked().get("id").unwrap_or_default();
    let link = Resource::new(move || id.clone(), session_link);
    // Before redemption there is no customer yet: the browser's language.
    let language = crate::ui::words::request_language();
    provide_context(language);
    let title = move |key: &str| crate::ui::words::t_in(language, key, &[]);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match link.await {
                    Ok(LinkStatus::Redeemable) => {
                        let id = params.read_untracked().get("id").unwrap_or_default();
                        view! { <RedeemScreen id /> }.into_any()
                    }
                    Ok(LinkStatus::Spent { return_url }) => {
                        set_status(410);
                        view! { <PageTitle text=title("screen-expired-title") language /><ExpiredScreen return_url=Some(return_url) /> }.into_any()
                    }
                    Ok(LinkStatus::Unknown) => {
                        set_status(404);
                        view! { <PageTitle text=title("screen-expired-title") language /><ExpiredScreen return_url=None /> }.into_any()
                    }
                    Err(_) => {
                        set_status(500);
                        view! { <PageTitle text=title("screen-error-title") language /><ServerErrorScreen /> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn RedeemScreen(id: String) -> impl IntoView {
    let action = format!("/session/{id}/redeem");
    view! {
        <PageTitle text=t("screen-opening-title") language=crate::ui::words::language() />
        <main id="main" class="redeem">
            <p role="status">{t("screen-opening")}</p>
            <form id="redeem-form" method="post" action=action>
                <input type="hidden" name="secret" value="" />
                <noscript>
                    <p>{t("screen-needs-javascript")}</p>
                </noscript>
            </form>
            <script inner_html=REDEEM_SCRIPT></script>
        </main>
    }
}

#[component]
pub fn ServerErrorScreen() -> impl IntoView {
    view! {
        <main id="main" class="expired">
            <h1>{t("screen-error-title")}</h1>
            <p>{t("screen-error-text")}</p>
        </main>
    }
}

/// Sets the HTTP status of the page being rendered (server only; pages render in async mode
/// so the status is still settable).
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(code),
    ) {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// Lets the page being rendered be framed by `origins` (a configuration's
/// `frameAncestors`); with none, the default policy (`frame-ancestors 'none'`) stands.
#[cfg(feature = "ssr")]
pub fn allow_framing(origins: &[String]) {
    use crate::server::http::portal_auth::frame_ancestors_policy;
    let Some(policy) = frame_ancestors_policy(origins) else {
        return;
    };
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&policy),
    ) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Sets the page's policy to `directives`, with the framing `origins` allow (if any).
#[cfg(feature = "ssr")]
pub fn add_policy(origins: &[String], directives: &str) {
    use crate::server::http::portal_auth::frame_ancestors_policy;
    let policy = match frame_ancestors_policy(origins) {
        Some(framing) => format!("{directives}; {framing}"),
        None => directives.to_string(),
    };
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&policy),
    ) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// A whole document in `language` with `title` around `body` (HTML), for answers outside
/// the Leptos router.
#[cfg(feature = "ssr")]
fn standalone_document(language: crate::i18n::Language, title: &str, body: String) -> String {
    let title = crate::server::mailer::escape_html(title);
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/vinr-portal.css\"></head>\
         <body>{body}</body></html>",
        language.tag()
    )
}

/// One of the portal's screens as a whole document in `language`; `title_key` is its
/// title's catalogue key.
#[cfg(feature = "ssr")]
fn screen_document<V: IntoView + 'static>(
    language: crate::i18n::Language,
    title_key: &str,
    screen: impl FnOnce() -> V,
) -> String {
    let body = Owner::new().with(|| {
        provide_context(language);
        screen().into_view().to_html()
    });
    standalone_document(language, &crate::i18n::text(language, title_key), body)
}

/// The expired screen as a whole document, for answers outside the Leptos router.
#[cfg(feature = "ssr")]
pub fn expired_document(language: crate::i18n::Language, return_url: Option<String>) -> String {
    screen_document(language, "screen-expired-title", move || {
        view! { <ExpiredScreen return_url /> }
    })
}

/// The page after "Sign out", with the way back to the merchant when known.
#[cfg(feature = "ssr")]
pub fn signed_out_document(language: crate::i18n::Language, return_url: Option<String>) -> String {
    screen_document(language, "screen-signed-out-title", move || {
        view! { <SignedOutScreen return_url /> }
    })
}

#[cfg(feature = "ssr")]
pub fn server_error_document(language: crate::i18n::Language) -> String {
    screen_document(
        language,
        "screen-error-title",
        || view! { <ServerErrorScreen /> },
    )
}

/// A short page with a heading, a message and at most one link, for answers outside the
/// router (the dashboard's refused sign-in, a payment confirmation link with nothing left
/// to confirm).
#[cfg(feature = "ssr")]
pub fn message_document(
    language: crate::i18n::Language,
    title: &str,
    message: &str,
    link: Option<(&str, &str)>,
) -> String {
    let link = link.map(|(href, label)| (href.to_string(), label.to_string()));
    let (heading, message) = (title.to_string(), message.to_string());
    let body = Owner::new().with(|| {
        view! {
            <main id="main" class="expired">
                <h1>{heading}</h1>
                <p>{message}</p>
                {link.map(|(href, label)| view! { <a class="button primary" href=href>{label}</a> })}
            </main>
        }
        .to_html()
    });
    standalone_document(language, title, body)
}

/// The page that shows one-time codes once (two-step sign-in's recovery codes).
#[cfg(feature = "ssr")]
pub fn codes_document(
    language: crate::i18n::Language,
    title: &str,
    message: &str,
    codes: &[String],
    back: (&str, &str),
) -> String {
    let (href, label) = (back.0.to_string(), back.1.to_string());
    let (heading, message, codes) = (title.to_string(), message.to_string(), codes.to_vec());
    let body = Owner::new().with(|| {
        view! {
            <main id="main" class="expired">
                <h1>{heading}</h1>
                <p>{message}</p>
                <ol class="recovery-codes">
                    {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
                </ol>
                <a class="button primary" href=href>{label}</a>
            </main>
        }
        .to_html()
    });
    standalone_document(language, title, body)
}

/// The page that shows a new secret once (an API key, a webhook signing secret): a
/// heading, what to do with it, the secret selectable in a read-only field labelled
/// `(field_label, secret)`, and the way back.
#[cfg(feature = "ssr")]
pub fn secret_document(
    language: crate::i18n::Language,
    title: &str,
    message: &str,
    (field_label, secret): (&str, &str),
    back: (&str, &str),
) -> String {
    let (href, label) = (back.0.to_string(), back.1.to_string());
    let field_label = field_label.to_string();
    let copy_label = field_label.to_lowercase();
    let (heading, message, secret) = (title.to_string(), message.to_string(), secret.to_string());
    let (copy_word, copied_word) = (
        crate::i18n::text(language, "dash-copy"),
        crate::i18n::text(language, "dash-copied"),
    );
    let body = Owner::new().with(|| {
        view! {
            <main id="main" class="expired">
                <h1>{heading}</h1>
                <p>{message}</p>
                <div class="secret-box">
                    <label for="secret">{field_label}</label>
                    <input id="secret" type="text" readonly value=secret autocomplete="off" spellcheck="false"
                        data-copy=copy_label />
                </div>
                <a class="button primary" href=href>{label}</a>
                <script src="/copy.js" defer data-copy=copy_word data-copied=copied_word></script>
            </main>
        }
        .to_html()
    });
    standalone_document(language, title, body)
}

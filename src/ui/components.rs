//! Building blocks shared by the portal's pages.
use leptos::prelude::*;
use leptos_meta::{Html, Title};

use crate::{
    i18n::Language,
    ui::words::{language as language_of_page, t, t_with},
    views::PortalBranding,
};

/// The page's title and the document's language (`<html lang>`): once on every page.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    /// The language the page is written in (the page's, see `words::language`, unless given).
    #[prop(optional)]
    language: Option<Language>,
) -> impl IntoView {
    let language = language.unwrap_or_else(language_of_page);
    view! {
        <Title text />
        <Html attr:lang=language.tag() />
    }
}

/// A language switcher: a plain form (no WASM needed) posting to `action`, which keeps the
/// choice (the portal for the rest of its session, the dashboard in a cookie) and comes back
/// to the same page.
#[component]
pub fn LanguageForm(language: Language, action: &'static str) -> impl IntoView {
    let return_to = use_context::<http::request::Parts>()
        .map(|parts| {
            parts
                .uri
                .path_and_query()
                .map(|path| path.as_str().to_string())
                .unwrap_or_default()
        })
        .unwrap_or_else(|| "/portal".to_string());
    view! {
        <form class="language-form" method="post" action=action>
            <input type="hidden" name="return_to" value=return_to />
            <label>
                {t("layout-language")} " "
                <select name="language">
                    {Language::ALL.into_iter().map(|choice| view! {
                        <option value=choice.tag() lang=choice.tag() selected=choice == language>
                            {choice.own_name()}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="link-button">{t("layout-language-apply")}</button>
        </form>
    }
}

/// In an iframe of an allowed embedding page, "Return" signs out in the background and posts
/// `vinr:portal:closed` to the parent (which closes its modal) instead of navigating inside
/// the frame. The message goes to each allowed origin in turn: the browser delivers it only
/// to the one actually framing.
const EMBEDDED_RETURN_SCRIPT: &str = r#"(function () {
  if (window.parent === window) return;
  var origins = JSON.parse(document.currentScript.dataset.origins);
  document.addEventListener("submit", function (event) {
    var form = event.target.closest && event.target.closest("form.return-form");
    if (!form) return;
    event.preventDefault();
    var done = function () {
      origins.forEach(function (origin) {
        window.parent.postMessage({ type: "vinr:portal:closed", returnUrl: form.dataset.returnUrl }, origin);
      });
    };
    fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin", redirect: "manual" })
      .then(done, done);
  });
})();"#;

/// The way back to the merchant. It signs out first (the session ends on the server), so a
/// plain form: it works without the WASM bundle, and the server answers with the redirect.
#[component]
fn ReturnForm(return_url: String, label: String) -> impl IntoView {
    view! {
        <form class="return-form" method="post" action="/portal/sign-out" data-return-url=return_url>
            <input type="hidden" name="then" value="return" />
            <button type="submit" class="return-link">
                <span aria-hidden="true">"← "</span>
                {label}
            </button>
        </form>
    }
}

/// After "Sign out": the session has ended; the way back to the merchant when known.
#[component]
pub fn SignedOutScreen(return_url: Option<String>) -> impl IntoView {
    view! {
        <main id="main" class="expired">
            <h1>{t("screen-signed-out-heading")}</h1>
            <p>{t("screen-signed-out-text")}</p>
            {return_url.map(|url| view! { <a class="button primary" href=url>{t("done-return")}</a> })}
        </main>
    }
}

/// The portal frame in the merchant's brand: logo and business name with the way back,
/// the content, and the support and legal links in the footer. The accent colours arrive
/// as custom properties on the root element.
#[component]
pub fn PortalLayout(
    merchant_name: String,
    return_url: String,
    branding: PortalBranding,
    /// The customer's language: everything inside reads its words in it.
    #[prop(optional)]
    language: Language,
    children: Children,
) -> impl IntoView {
    provide_context(language);
    let back_label = t_with("layout-return", &[("merchant", merchant_name.into())]);
    let style = branding.style();
    let PortalBranding {
        business_name,
        headline,
        logo_url,
        support_url,
        support_email,
        privacy_url,
        terms_url,
        frame_ancestors,
        ..
    } = branding;
    let embedding_origins = (!frame_ancestors.is_empty())
        .then(|| serde_json::to_string(&frame_ancestors).unwrap_or_default());
    let logo_alt = business_name.clone();
    let has_links = support_url.is_some()
        || support_email.is_some()
        || privacy_url.is_some()
        || terms_url.is_some();
    view! {
        <div class="portal" style=style>
            <header class="merchant">
                <p class="merchant-name">
                    {logo_url.map(|src| view! { <img class="merchant-logo" src=src alt=logo_alt /> })}
                    <span>{business_name}</span>
                </p>
                {headline.map(|text| view! { <p class="merchant-headline">{text}</p> })}
                <ReturnForm return_url label=back_label />
            </header>
            <main id="main" class="content" tabindex="-1">
                {children()}
            </main>
            <footer class="portal-footer">
                {has_links.then(|| view! {
                    <nav class="footer-links" aria-label=t("layout-footer-links")>
                        {support_url.map(|url| view! { <a href=url rel="noopener">{t("layout-support")}</a> })}
                        {support_email.map(|email| {
                            let href = format!("mailto:{email}");
                            view! { <a href=href>{email}</a> }
                        })}
                        {privacy_url.map(|url| view! { <a href=url rel="noopener">{t("layout-privacy")}</a> })}
                        {terms_url.map(|url| view! { <a href=url rel="noopener">{t("layout-terms")}</a> })}
                    </nav>
                })}
                <LanguageForm language action="/portal/language" />
                <form class="sign-out-form" method="post" action="/portal/sign-out">
                    <button type="submit" class="link-button">{t("layout-sign-out")}</button>
                </form>
                <p>{t("layout-powered-by")}</p>
            </footer>
            {embedding_origins.map(|origins| view! {
                <script data-origins=origins inner_html=EMBEDDED_RETURN_SCRIPT></script>
            })}
        </div>
    }
}

/// A server-function form that works without WASM; once hydrated it marks itself busy on
/// submit (spinner on its button via CSS) and refuses a second submission.
#[island]
pub fn PendingForm(
    action: String,
    /// Sends files (`multipart/form-data`).
    #[prop(optional)]
    with_files: Option<bool>,
    children: Children,
) -> impl IntoView {
    let pending = RwSignal::new(false);
    view! {
        <form
            method="post"
            action=action
            enctype=with_files.unwrap_or(false).then_some("multipart/form-data")
            aria-busy=move || if pending.get() { "true" } else { "false" }
            on:submit=move |event| {
                // A button whose answer opens in another tab (a sample) leaves this page as is.
                if event.submitter().is_some_and(|button| button.has_attribute("formtarget")) {
                    return;
                }
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

/// A form of one button (and one hidden field, when given), pending-aware: "Verify now",
/// "Send test event". `class` adds to `button` (`primary`, `danger`).
#[component]
pub fn ActionButton(
    action: String,
    #[prop(into)] label: String,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] hidden: Option<(&'static str, String)>,
) -> impl IntoView {
    let class = format!("button {class}");
    view! {
        <PendingForm action=action>
            {hidden.map(|(name, value)| view! { <input type="hidden" name=name value=value /> })}
            <button type="submit" class=class>
                <span class="spinner" aria-hidden="true"></span>
                <span class="label">{label}</span>
            </button>
        </PendingForm>
    }
}

/// A change behind a disclosure: what it does, then the button that confirms it (for
/// changes that cannot be undone, or that move money).
#[component]
pub fn Confirmed(
    /// The disclosure's words: "Remove".
    #[prop(into)]
    summary: String,
    #[prop(into)] consequence: String,
    action: String,
    /// The confirming button's words: "Yes, remove billing.example.com".
    #[prop(into)]
    confirm: String,
    #[prop(optional)] danger: bool,
) -> impl IntoView {
    let class = if danger { "danger" } else { "primary" };
    view! {
        <details class="confirm">
            <summary>{summary}"…"</summary>
            <p>{consequence}</p>
            <ActionButton action label=confirm class />
        </details>
    }
}

/// A primary submit button with the spinner `PendingForm` reveals while waiting.
#[component]
pub fn SubmitButton(#[prop(into)] label: String) -> impl IntoView {
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
            <h1>{t("screen-expired-heading")}</h1>
            <p>{t("screen-expired-text")}</p>
            {return_url.map(|url| view! { <a class="button primary" href=url>{t("done-return")}</a> })}
        </main>
    }
}

//! The words of the page being rendered, in its language: the portal's layout provides
//! the customer's [`Language`] to everything inside it; other pages (the dashboard, the
//! screens around a portal session) read the language the browser chose: the dashboard's
//! switcher cookie, else `Accept-Language`, else English. Words are looked up on the
//! server only; an island gets its words as props.
use leptos::prelude::*;

use crate::i18n::{Arg, Language};

/// The language of the page being rendered.
pub fn language() -> Language {
    use_context::<Language>().unwrap_or_else(request_language)
}

/// The words for `key` in the page's language.
pub fn t(key: &str) -> String {
    t_with(key, &[])
}

/// The words for `key` in the page's language, with its placeholders filled.
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    t_in(language(), key, args)
}

/// The words for `key` in `language` (outside the layout, which provides the language).
pub fn t_in(language: Language, key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::i18n::text_with(language, key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (language, args);
        key.to_string()
    }
}

/// The language the browser asks for (the switcher's cookie, else `Accept-Language`), for
/// pages outside a portal session: the dashboard, and the portal's screens before
/// redemption, after it ended, or when nothing could be loaded.
pub fn request_language() -> Language {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| headers_language(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Language::default()
    }
}

/// The language a request outside a portal session asks for: the switcher's cookie, else
/// `Accept-Language`, else English (for the dashboard's form handlers, which answer
/// outside Leptos).
#[cfg(feature = "ssr")]
pub fn headers_language(headers: &http::HeaderMap) -> Language {
    chosen_language(headers)
        .or_else(|| browser_language(headers))
        .unwrap_or_default()
}

/// The language the dashboard's switcher stored in its cookie, when it is one we have.
#[cfg(feature = "ssr")]
pub fn chosen_language(headers: &http::HeaderMap) -> Option<Language> {
    use crate::server::http::{dashboard_auth::LANGUAGE_COOKIE, portal_auth::cookie_value};
    cookie_value(headers, [LANGUAGE_COOKIE, LANGUAGE_COOKIE]).and_then(Language::from_tag)
}

/// The language `headers`' `Accept-Language` asks for, when it names one we have.
#[cfg(feature = "ssr")]
pub fn browser_language(headers: &http::HeaderMap) -> Option<Language> {
    let header = headers.get(http::header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    Some(crate::i18n::choose(None, &[], Some(header)))
}

//! The dashboard's sign-in cookie: issued at sign-in, the only source of the user's
//! identity, honoured on the public host only (never on a merchant's custom domain).
use axum::http::{request::Parts, HeaderMap};

use crate::server::{
    db::Db,
    http::{hosts::HostScope, portal_auth::client_info},
    services::{
        dashboard::{sign_in, DashboardAccess},
        ServiceResult,
    },
};

/// The cookie's name over plain http (local development).
pub const COOKIE_NAME: &str = "vinr_dashboard";
/// Its name when `Secure`: `__Host-` makes the browser keep it host-only, for `/`.
pub const SECURE_COOKIE_NAME: &str = "__Host-vinr_dashboard";

/// The `Set-Cookie` value for a signed-in browser: HttpOnly, SameSite=Lax (a link from an
/// e-mail opens the dashboard signed in; forms from other sites are refused by the Origin
/// check), Secure under https. It lives as long as the session may (7 days); the server
/// ends it sooner when idle.
pub fn session_cookie(token: &str, secure: bool) -> String {
    let max_age = sign_in::ABSOLUTE_SECONDS;
    if secure {
        format!("{SECURE_COOKIE_NAME}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax; Secure")
    } else {
        format!("{COOKIE_NAME}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax")
    }
}

/// `Set-Cookie` values that remove the cookie, in both its names.
pub fn cleared_cookies() -> [String; 2] {
    [
        format!("{COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
        format!("{SECURE_COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure"),
    ]
}

/// The cookie the dashboard's language switcher sets (sent on `/dashboard` paths only: a
/// portal session keeps its own choice).
pub const LANGUAGE_COOKIE: &str = "vinr_dashboard_language";

/// The switcher's `Set-Cookie` value: the choice, kept a year.
pub fn language_cookie(language: crate::i18n::Language, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{LANGUAGE_COOKIE}={}; Path=/dashboard; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}",
        language.tag()
    )
}

/// The cookie that carries a sign-in from its password to its code (two-step sign-in).
pub const CHALLENGE_COOKIE_NAME: &str = "vinr_dashboard_challenge";
/// The path it is sent on: the code form's.
pub const CHALLENGE_PATH: &str = "/dashboard/sign-in/code";

/// The `Set-Cookie` value for a sign-in waiting for its code (5 minutes, the code form only).
pub fn challenge_cookie(challenge: &str, secure: bool) -> String {
    let max_age = sign_in::CHALLENGE_SECONDS;
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{CHALLENGE_COOKIE_NAME}={challenge}; Path={CHALLENGE_PATH}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    )
}

/// Removes the challenge cookie.
pub fn cleared_challenge_cookie() -> String {
    format!("{CHALLENGE_COOKIE_NAME}=; Path={CHALLENGE_PATH}; Max-Age=0; HttpOnly; SameSite=Lax")
}

pub fn challenge_token(headers: &HeaderMap) -> Option<&str> {
    super::portal_auth::cookie_value(headers, [CHALLENGE_COOKIE_NAME, CHALLENGE_COOKIE_NAME])
}

/// The dashboard cookie's value from a request's headers (either name).
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    super::portal_auth::cookie_value(headers, [COOKIE_NAME, SECURE_COOKIE_NAME])
}

/// The dashboard user signed in by the request's cookie, on the public host.
pub async fn signed_in(db: &Db, parts: &Parts) -> ServiceResult<Option<DashboardAccess>> {
    if HostScope::of(parts) != HostScope::AllMerchants {
        return Ok(None);
    }
    let Some(token) = session_token(&parts.headers) else {
        return Ok(None);
    };
    sign_in::authenticate(db, token, client_info(parts)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;
    use axum::http::HeaderValue;

    #[test]
    fn cookie_is_httponly_lax_host_only_and_secure_on_https() {
        let cookie = session_cookie("tok", true);
        assert!(cookie.starts_with("__Host-vinr_dashboard=tok; Path=/;"));
        assert!(cookie.contains("HttpOnly; SameSite=Lax; Secure"));
        assert!(cookie.contains("Max-Age=604800"));
        assert!(!cookie.contains("Domain"));
        let plain = session_cookie("tok", false);
        assert!(plain.starts_with("vinr_dashboard=tok;"));
        assert!(!plain.contains("Secure"));
    }

    #[test]
    fn finds_the_dashboard_cookie_beside_the_portals() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("vinr_portal=p; vinr_dashboard=d"),
        );
        assert_eq!(session_token(&headers), Some("d"));
        headers.insert(header::COOKIE, HeaderValue::from_static("vinr_portal=p"));
        assert_eq!(session_token(&headers), None);
    }
}

//! The portal's cookie: issued on redemption, and the only source of the customer's identity.
use std::net::SocketAddr;

use axum::{
    extract::ConnectInfo,
    http::{header, request::Parts, HeaderMap},
};

use crate::server::{
    db::{store::subscriptions::SubscriptionWithPriceRow, Db},
    http::hosts::HostScope,
    services::{
        actor::ClientInfo,
        portal::portal_sessions::{self, PortalAccess},
        ServiceResult,
    },
    webhook_client::is_internal_address,
};

/// The cookie's name over plain http (local development).
pub const COOKIE_NAME: &str = "vinr_portal";
/// Its name whenever it is `Secure`: the `__Host-` prefix makes the browser refuse it
/// unless it is Secure, host-only and for `/`, so a sibling subdomain cannot plant one.
pub const SECURE_COOKIE_NAME: &str = "__Host-vinr_portal";

/// Where the portal cookie will be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CookieUse {
    /// A top-level page: SameSite=Strict, Secure when served over https.
    TopLevel { secure: bool },
    /// Inside an allowed embedding page's iframe: a third-party context, so the cookie must
    /// be SameSite=None (hence Secure), and Partitioned so that it lives only under that
    /// embedding site (CHIPS) and is accepted where third-party cookies are blocked. The
    /// `Origin` check on every POST stands in for SameSite against forged submissions.
    Embedded,
}

/// The `Set-Cookie` value for a redeemed session: HttpOnly and host-only (no `Domain`),
/// so that a custom domain's cookie never reaches another host.
pub fn session_cookie(token: &str, max_age_seconds: i64, cookie_use: CookieUse) -> String {
    let (name, attributes) = match cookie_use {
        CookieUse::TopLevel { secure: true } => (SECURE_COOKIE_NAME, "SameSite=Strict; Secure"),
        CookieUse::TopLevel { secure: false } => (COOKIE_NAME, "SameSite=Strict"),
        CookieUse::Embedded => (SECURE_COOKIE_NAME, "SameSite=None; Secure; Partitioned"),
    };
    format!("{name}={token}; Path=/; Max-Age={max_age_seconds}; HttpOnly; {attributes}")
}

/// `Set-Cookie` values that remove the portal cookie, in both its variants.
pub fn cleared_cookies() -> [String; 3] {
    [
        format!("{COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"),
        format!("{SECURE_COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure"),
        format!(
            "{SECURE_COOKIE_NAME}=; Path=/; Max-Age=0; HttpOnly; SameSite=None; Secure; Partitioned"
        ),
    ]
}

/// `Content-Security-Policy: frame-ancestors` allowing `origins`; `None` when there are
/// none (the default policy forbids framing).
pub fn frame_ancestors_policy(origins: &[String]) -> Option<String> {
    (!origins.is_empty()).then(|| format!("frame-ancestors {}", origins.join(" ")))
}

/// The value of the first cookie named one of `names` in a request's headers.
pub fn cookie_value<'a>(headers: &'a HeaderMap, names: [&str; 2]) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| names.contains(name))
        .map(|(_, value)| value)
}

/// The portal cookie's value from a request's headers (either name).
pub fn access_token(headers: &HeaderMap) -> Option<&str> {
    cookie_value(headers, [COOKIE_NAME, SECURE_COOKIE_NAME])
}

/// The customer signed in by the request's cookie, if any: the cookie is the only source
/// of identity, and a session is honoured only on a host that serves its merchant.
pub async fn signed_in(db: &Db, parts: &Parts) -> ServiceResult<Option<PortalAccess>> {
    let Some(token) = access_token(&parts.headers) else {
        return Ok(None);
    };
    let access = portal_sessions::authenticate(db, token).await?;
    Ok(access.and_then(|access| admitted(parts, access)))
}

/// [`signed_in`], with the customer's subscriptions read in the same round trip (the
/// overview's).
pub async fn signed_in_with_subscriptions(
    db: &Db,
    parts: &Parts,
) -> ServiceResult<Option<(PortalAccess, Vec<SubscriptionWithPriceRow>)>> {
    let Some(token) = access_token(&parts.headers) else {
        return Ok(None);
    };
    let found = portal_sessions::authenticate_with_subscriptions(db, token).await?;
    Ok(found.and_then(|(access, subscriptions)| {
        admitted(parts, access).map(|access| (access, subscriptions))
    }))
}

/// The access, on a host that serves its merchant, with the browser that uses it.
fn admitted(parts: &Parts, mut access: PortalAccess) -> Option<PortalAccess> {
    if !HostScope::of(parts).admits(&access.merchant_id) {
        return None;
    }
    access.client = client_info(parts);
    access.languages.accept_language = parts
        .headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string);
    Some(access)
}

/// The browser behind a request: its user agent, and its IP address: the peer's, or the
/// first `X-Forwarded-For` hop when the peer is a proxy on the local network (a reverse
/// proxy in front of the portal), since a remote client could write that header itself.
pub fn client_info(parts: &Parts) -> ClientInfo {
    let header = |name: header::HeaderName| {
        parts
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .map(|value| value.chars().take(500).collect::<String>())
    };
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let forwarded = header(header::HeaderName::from_static("x-forwarded-for"))
        .and_then(|list| list.split(',').next().map(|ip| ip.trim().to_string()))
        .filter(|ip| !ip.is_empty());
    let ip = match (peer, forwarded) {
        (Some(peer), Some(forwarded)) if is_internal_address(peer) => Some(forwarded),
        (Some(peer), _) => Some(peer.to_string()),
        (None, forwarded) => forwarded,
    };
    ClientInfo {
        ip,
        user_agent: header(header::USER_AGENT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cookie_is_host_only_httponly_strict_and_secure_on_https() {
        let cookie = session_cookie("tok", 3600, CookieUse::TopLevel { secure: true });
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Strict"));
        assert!(cookie.ends_with("; Secure"));
        assert!(cookie.starts_with("__Host-vinr_portal=tok; Path=/;"));
        assert!(!cookie.contains("Domain"));
        let plain = session_cookie("tok", 3600, CookieUse::TopLevel { secure: false });
        assert!(!plain.contains("Secure"));
        assert!(plain.starts_with("vinr_portal=tok;"));
        let embedded = session_cookie("tok", 3600, CookieUse::Embedded);
        assert!(embedded.starts_with("__Host-vinr_portal=tok;"));
        assert!(embedded.ends_with("HttpOnly; SameSite=None; Secure; Partitioned"));
    }

    #[test]
    fn finds_the_portal_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; vinr_portal=xyz; b=2"),
        );
        assert_eq!(access_token(&headers), Some("xyz"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("__Host-vinr_portal=abc"),
        );
        assert_eq!(access_token(&headers), Some("abc"));
        headers.insert(header::COOKIE, HeaderValue::from_static("vinr_portalx=1"));
        assert_eq!(access_token(&headers), None);
    }
}

//! The portal's cookie: issued on redemption, and the only source of the customer's identity.
use std::net::SocketAddr;

use axum::{
    extract::ConnectInfo,
    http::{header, request::Parts, HeaderMap},
};

use super::{services::actor::ClientInfo, webhook_client::is_internal_address};

pub const COOKIE_NAME: &str = "vinr_portal";

/// The `Set-Cookie` value for a redeemed session: HttpOnly, SameSite=Strict, host-only,
/// and Secure when the portal is served over https.
pub fn session_cookie(token: &str, max_age_seconds: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE_NAME}={token}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Strict{secure}")
}

/// The portal cookie's value from a request's headers.
pub fn access_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value)
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
    fn cookie_is_httponly_strict_and_secure_on_https() {
        let cookie = session_cookie("tok", 3600, true);
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Strict"));
        assert!(cookie.ends_with("; Secure"));
        assert!(!session_cookie("tok", 3600, false).contains("Secure"));
    }

    #[test]
    fn finds_the_portal_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; vinr_portal=xyz; b=2"),
        );
        assert_eq!(access_token(&headers), Some("xyz"));
        headers.insert(header::COOKIE, HeaderValue::from_static("vinr_portalx=1"));
        assert_eq!(access_token(&headers), None);
    }
}

//! The portal's cookie: issued on redemption, and the only source of the customer's identity.
use axum::http::{header, HeaderMap};

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

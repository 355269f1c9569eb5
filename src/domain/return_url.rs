//! The URL a customer is sent back to when they leave the portal.
use serde::{Deserialize, Serialize};

/// An absolute `http` or `https` URL with a host. Only [`ReturnUrl::parse`] makes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReturnUrl(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidReturnUrl {
    #[error("returnUrl must be an absolute URL")]
    NotAbsolute,
    #[error("returnUrl must use http or https")]
    WrongScheme,
    #[error("returnUrl must name a host")]
    NoHost,
    #[error("returnUrl must not carry a user name or password")]
    HasCredentials,
    #[error("returnUrl must be at most 2048 characters")]
    TooLong,
}

impl ReturnUrl {
    pub const MAX_LEN: usize = 2048;

    pub fn parse(input: &str) -> Result<Self, InvalidReturnUrl> {
        if input.len() > Self::MAX_LEN {
            return Err(InvalidReturnUrl::TooLong);
        }
        let url = url::Url::parse(input.trim()).map_err(|_| InvalidReturnUrl::NotAbsolute)?;
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(InvalidReturnUrl::WrongScheme);
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(InvalidReturnUrl::NoHost);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(InvalidReturnUrl::HasCredentials);
        }
        Ok(Self(url.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `path` when it is a page of this site under `section` (`/portal`, `/dashboard`), else
/// `section` itself: where a language switcher goes back to, never another site.
pub fn back_within<'a>(path: &'a str, section: &'a str) -> &'a str {
    if path.starts_with(section) && !path.contains("//") {
        path
    } else {
        section
    }
}

impl TryFrom<String> for ReturnUrl {
    type Error = InvalidReturnUrl;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ReturnUrl> for String {
    fn from(value: ReturnUrl) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_absolute_http_and_https_urls() {
        assert_eq!(
            ReturnUrl::parse("https://app.example.com/account")
                .unwrap()
                .as_str(),
            "https://app.example.com/account"
        );
        assert!(ReturnUrl::parse("http://localhost:8080/back?x=1#top").is_ok());
    }

    #[test]
    fn refuses_relative_urls() {
        assert_eq!(
            ReturnUrl::parse("/account"),
            Err(InvalidReturnUrl::NotAbsolute)
        );
        assert_eq!(
            ReturnUrl::parse("app.example.com"),
            Err(InvalidReturnUrl::NotAbsolute)
        );
        assert_eq!(ReturnUrl::parse(""), Err(InvalidReturnUrl::NotAbsolute));
    }

    #[test]
    fn refuses_other_schemes() {
        assert_eq!(
            ReturnUrl::parse("javascript:alert(1)"),
            Err(InvalidReturnUrl::WrongScheme)
        );
        assert_eq!(
            ReturnUrl::parse("ftp://example.com/"),
            Err(InvalidReturnUrl::WrongScheme)
        );
        assert_eq!(
            ReturnUrl::parse("data:text/html,<script>alert(1)</script>"),
            Err(InvalidReturnUrl::WrongScheme)
        );
    }

    #[test]
    fn refuses_credentials_and_overlong_urls() {
        assert_eq!(
            ReturnUrl::parse("https://user:pw@example.com/"),
            Err(InvalidReturnUrl::HasCredentials)
        );
        let long = format!("https://example.com/{}", "a".repeat(3000));
        assert_eq!(ReturnUrl::parse(&long), Err(InvalidReturnUrl::TooLong));
    }
}

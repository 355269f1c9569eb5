//! Host names: the custom domains merchants claim, and the `Host` header requests carry.

text_enum! {
    /// A custom domain: waiting for its TXT record, verified (and serving, also during a
    /// re-check's grace period), or lapsed after the grace period ran out.
    pub enum CustomDomainStatus {
        Pending = "pending",
        Verified = "verified",
        Lapsed = "lapsed",
    }
}

/// Longest host name DNS can carry.
const MAX_LENGTH: usize = 253;

/// A custom domain as a merchant types it, normalised (lower case, no trailing dot), or
/// why it cannot be one: it must be a DNS name of at least three labels (a subdomain such
/// as `billing.example.com`, since an apex cannot be a CNAME), letters, digits and
/// hyphens only, no IP address, no port, no scheme.
pub fn parse_custom_domain(input: &str) -> Result<String, &'static str> {
    let name = input.trim().trim_end_matches('.').to_ascii_lowercase();
    if name.is_empty() {
        return Err("domain is required, e.g. billing.example.com");
    }
    if name.contains("://") || name.contains('/') || name.contains(':') {
        return Err("Give the host name only, e.g. billing.example.com (no scheme, path or port)");
    }
    if name.len() > MAX_LENGTH {
        return Err("A host name is at most 253 characters");
    }
    let labels: Vec<&str> = name.split('.').collect();
    for label in &labels {
        let valid = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            return Err("Host name labels use letters, digits and inner hyphens (up to 63 each); an internationalised name goes in its xn-- form");
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("An IP address cannot be a custom domain");
    }
    if labels.len() < 3 {
        return Err("Use a subdomain such as billing.example.com: a CNAME cannot sit at the apex of a domain");
    }
    if name.ends_with(".localhost") || name.ends_with(".local") {
        return Err("A custom domain must be a public DNS name");
    }
    Ok(name)
}

/// An origin allowed to embed the portal (`frameAncestors`), normalised to
/// `scheme://host[:port]`: https, or http on a loopback host for local development; no
/// path, query, credentials or wildcard, since each one widens who may frame the portal.
pub fn parse_embedding_origin(input: &str) -> Result<String, &'static str> {
    const SHAPE: &str =
        "Give an origin such as https://app.example.com (scheme, host and optional port only)";
    let url = url::Url::parse(input.trim()).map_err(|_| SHAPE)?;
    let host = url.host_str().ok_or(SHAPE)?.to_ascii_lowercase();
    if host.contains('*') || input.contains('*') {
        return Err("Wildcards are not accepted; list each origin");
    }
    if !url.username().is_empty()
        || url.password().is_some()
        || url.path() != "/"
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(SHAPE);
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => return Err("Embedding origins must use https (http only for localhost)"),
        _ => return Err(SHAPE),
    }
    Ok(url.origin().ascii_serialization())
}

/// The host name of a `Host` header value (or URL authority): lower case, without its
/// port and trailing dot; IPv6 literals keep their brackets.
pub fn host_of_authority(authority: &str) -> String {
    let authority = authority.trim();
    let host = if authority.starts_with('[') {
        authority
            .split_once(']')
            .map(|(address, _)| format!("{address}]"))
            .unwrap_or_else(|| authority.to_string())
    } else {
        authority
            .split_once(':')
            .map(|(host, _)| host)
            .unwrap_or(authority)
            .to_string()
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Loopback names: a portal served on one of them answers on all of them.
pub fn is_loopback(host: &str) -> bool {
    host == "localhost" || host == "[::1]" || host.starts_with("127.")
}

/// The host of `VINR_PUBLIC_URL`: what a custom domain's CNAME points at.
pub fn cname_target(public_url: &str) -> String {
    let authority = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest)
        .split('/')
        .next()
        .unwrap_or_default();
    host_of_authority(authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_domains_are_normalised_subdomains() {
        assert_eq!(
            parse_custom_domain(" Billing.Example.COM. "),
            Ok("billing.example.com".to_string())
        );
        assert_eq!(
            parse_custom_domain("pay.xn--bcher-kva.example"),
            Ok("pay.xn--bcher-kva.example".to_string())
        );
        for refused in [
            "",
            "example.com",
            "https://billing.example.com",
            "billing.example.com/portal",
            "billing.example.com:8443",
            "10.0.0.1",
            "1.2.3.4.5",
            "bil_ling.example.com",
            "-billing.example.com",
            "billing..example.com",
            "bücher.example.com",
            "portal.dev.localhost",
        ] {
            assert!(parse_custom_domain(refused).is_err(), "{refused:?}");
        }
        assert!(parse_custom_domain(&format!("{}.example.com", "a".repeat(64))).is_err());
    }

    #[test]
    fn embedding_origins_are_plain_https_origins() {
        assert_eq!(
            parse_embedding_origin("https://App.Example.com/"),
            Ok("https://app.example.com".to_string())
        );
        assert_eq!(
            parse_embedding_origin("https://app.example.com:8443"),
            Ok("https://app.example.com:8443".to_string())
        );
        assert_eq!(
            parse_embedding_origin("http://localhost:5173"),
            Ok("http://localhost:5173".to_string())
        );
        for refused in [
            "http://app.example.com",
            "https://app.example.com/settings",
            "https://app.example.com?x=1",
            "https://*.example.com",
            "https://user@app.example.com",
            "app.example.com",
            "javascript:alert(1)",
            "'self'",
            "*",
        ] {
            assert!(parse_embedding_origin(refused).is_err(), "{refused:?}");
        }
    }

    #[test]
    fn host_headers_lose_port_case_and_trailing_dot() {
        assert_eq!(
            host_of_authority("Billing.Example.com:8443"),
            "billing.example.com"
        );
        assert_eq!(
            host_of_authority("billing.example.com."),
            "billing.example.com"
        );
        assert_eq!(host_of_authority("[::1]:3000"), "[::1]");
        assert_eq!(host_of_authority("127.0.0.1"), "127.0.0.1");
        assert!(
            is_loopback("127.0.0.1") && is_loopback("localhost") && !is_loopback("example.com")
        );
    }
}

//! The HTTP side of webhook deliveries: one POST per try, no redirects, no proxies, a
//! timeout, and a resolver that refuses hosts resolving to loopback, private or link-local
//! addresses (server-side request forgery: a public name pointed at the server's own
//! network after the endpoint was created). Only test-mode deliveries may reach private
//! addresses, and only when the operator allows it (local development).
use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// How much of an endpoint's answer the delivery log keeps.
pub const BODY_START_BYTES: usize = 1024;

/// What one try came back with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The endpoint answered with this HTTP status; `body_start` is the first
    /// [`BODY_START_BYTES`] of its body, for the delivery log.
    Status { code: u16, body_start: String },
    /// No answer: connection refused, timeout, TLS or DNS failure (the reason, for the log).
    NoAnswer(String),
}

#[derive(Clone)]
pub struct WebhookClient {
    test_mode: reqwest::Client,
    live_mode: reqwest::Client,
}

impl WebhookClient {
    /// `allow_private` lets test-mode deliveries reach private addresses.
    pub fn new(timeout: Duration, allow_private: bool) -> anyhow::Result<Self> {
        let builder = || {
            reqwest::Client::builder()
                .timeout(timeout)
                .connect_timeout(timeout)
                .redirect(reqwest::redirect::Policy::none())
                .no_proxy()
                .user_agent(concat!("VINR-Portal-Webhooks/", env!("CARGO_PKG_VERSION")))
        };
        Ok(Self {
            test_mode: if allow_private {
                builder().build()?
            } else {
                builder().dns_resolver(Arc::new(PublicOnly)).build()?
            },
            live_mode: builder().dns_resolver(Arc::new(PublicOnly)).build()?,
        })
    }

    /// POSTs `body` (JSON) with `headers`.
    pub async fn post(
        &self,
        url: &str,
        livemode: bool,
        headers: &[(&'static str, String)],
        body: String,
    ) -> Response {
        let client = if livemode {
            &self.live_mode
        } else {
            &self.test_mode
        };
        let mut request = client
            .post(url)
            .header("content-type", "application/json")
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        match request.send().await {
            Ok(mut response) => {
                let code = response.status().as_u16();
                // Read no more than the log keeps: an endpoint may answer with anything.
                let mut start = Vec::new();
                while start.len() < BODY_START_BYTES {
                    match response.chunk().await {
                        Ok(Some(chunk)) => start.extend_from_slice(&chunk),
                        _ => break,
                    }
                }
                start.truncate(BODY_START_BYTES);
                Response::Status {
                    code,
                    body_start: String::from_utf8_lossy(&start).into_owned(),
                }
            }
            Err(error) => Response::NoAnswer(describe(&error)),
        }
    }
}

/// A short category for the delivery log ("connection refused", "timed out", "TLS
/// error"...), never the underlying error's text: that would tell whoever reads the log
/// about the network behind the server.
fn describe(error: &reqwest::Error) -> String {
    use std::error::Error as _;
    if error.is_timeout() {
        return "timed out".into();
    }
    let mut causes = Vec::new();
    let mut cause = error.source();
    while let Some(inner) = cause {
        causes.push(inner.to_string().to_ascii_lowercase());
        cause = inner.source();
    }
    let any = |word: &str| causes.iter().any(|text| text.contains(word));
    let category = if any("refused") {
        "connection refused"
    } else if any("timed out") {
        "timed out"
    } else if any("tls") || any("certificate") || any("handshake") {
        "TLS error"
    } else if any("loopback or private") {
        "refused: private address"
    } else if any("dns") || any("resolve") || any("lookup") {
        "host not found"
    } else if error.is_connect() {
        "could not connect"
    } else {
        "request failed"
    };
    category.into()
}

/// Whether `ip` belongs to the local machine or a private network: loopback, private
/// (RFC 1918, unique local), link-local (incl. cloud metadata), shared (CGNAT),
/// unspecified, broadcast or multicast, benchmarking (198.18/15) and reserved (240/4);
/// IPv4-mapped IPv6 addresses are judged as IPv4, and the IPv6 ranges that reach IPv4
/// hosts through a translator (NAT64 `64:ff9b::/96`, 6to4 `2002::/16`, IPv4-compatible
/// `::a.b.c.d`) are internal as a whole.
pub fn is_internal_address(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (18..20).contains(&b))
                || a >= 240
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_internal_address(IpAddr::V4(v4)),
            None => {
                let segments = v6.segments();
                v6.is_loopback()
                    || v6.is_unspecified()
                    || v6.is_multicast()
                    || segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0]
                    || segments[0] == 0x2002
                    || segments[..6] == [0, 0, 0, 0, 0, 0]
                    || (v6.segments()[0] & 0xfe00) == 0xfc00
                    || (v6.segments()[0] & 0xffc0) == 0xfe80
            }
        },
    }
}

/// Resolves like the system does, keeping only public addresses; a name with none left is
/// refused, so the connection is never made.
struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let public = public_addresses(&host).await?;
            let addrs: Addrs = Box::new(public.into_iter());
            Ok(addrs)
        })
    }
}

async fn public_addresses(
    host: &str,
) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
    let public: Vec<SocketAddr> = tokio::net::lookup_host((host, 0))
        .await?
        .filter(|addr| !is_internal_address(addr.ip()))
        .collect();
    if public.is_empty() {
        return Err(format!("{host} resolves only to loopback or private addresses").into());
    }
    Ok(public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses_are_recognised() {
        for internal in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.1.1.1",
        ] {
            assert!(is_internal_address(internal.parse().unwrap()), "{internal}");
        }
        for public in ["93.184.216.34", "1.1.1.1", "2606:4700::1111", "100.128.0.1"] {
            assert!(!is_internal_address(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn names_resolving_to_loopback_are_refused() {
        let refused = public_addresses("localhost").await.unwrap_err();
        assert!(
            refused.to_string().contains("loopback or private"),
            "{refused}"
        );
    }
}

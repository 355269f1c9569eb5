//! Routing by `Host`: the public host serves every merchant's portal; a verified custom
//! domain serves only its merchant's sessions, pages, logos and documents (never the
//! dashboard); any other host is not ours (404). Health probes answer on any host, since load balancers call them by
//! address.
use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, request::Parts, HeaderName, HeaderValue, StatusCode},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};

use crate::domain::host_name::{host_of_authority, is_loopback};
use crate::server::{
    api::ApiError, db::store, state::AppState, webhook_client::is_internal_address,
};

/// Whose portal a request's host serves; handlers read it from the request extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostScope {
    /// The public host (and, when that is a loopback name, every loopback name).
    AllMerchants,
    /// A verified custom domain of this merchant.
    Merchant(String),
}

impl HostScope {
    /// The scope the routing middleware attached (every merchant when none was).
    pub fn of(parts: &Parts) -> Self {
        parts
            .extensions
            .get::<HostScope>()
            .cloned()
            .unwrap_or(HostScope::AllMerchants)
    }

    pub fn admits(&self, merchant_id: &str) -> bool {
        match self {
            HostScope::AllMerchants => true,
            HostScope::Merchant(own) => own == merchant_id,
        }
    }

    /// The merchant a custom domain is limited to.
    pub fn merchant(&self) -> Option<&str> {
        match self {
            HostScope::AllMerchants => None,
            HostScope::Merchant(own) => Some(own),
        }
    }
}

/// The middleware: resolves the request's host to a [`HostScope`] or refuses it.
pub async fn route_by_host(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    // Behind a reverse proxy on the local network, the name the browser used may arrive as
    // X-Forwarded-Host (nginx passes its upstream's name as Host by default); a remote
    // client could write that header itself, so only a local peer is believed.
    let from_local_proxy = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some_and(|peer| is_internal_address(peer.0.ip()));
    // Borrow the headers alone: a borrow of the request (its body) would not be `Send`.
    let headers = request.headers();
    let header = |name| {
        headers
            .get(name)
            .and_then(|value: &HeaderValue| value.to_str().ok())
    };
    let authority = header(HeaderName::from_static("x-forwarded-host"))
        .filter(|_| from_local_proxy)
        .and_then(|hosts| hosts.split(',').next())
        .or_else(|| header(header::HOST))
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    let scope = match authority.as_deref().map(host_of_authority) {
        None => HostScope::AllMerchants,
        Some(host) => {
            let public = state.config.public_host();
            if host == public || (is_loopback(&public) && is_loopback(&host)) {
                HostScope::AllMerchants
            } else {
                match verified_merchant(&state, &host).await {
                    Ok(Some(merchant_id)) => HostScope::Merchant(merchant_id),
                    Ok(None) => return unknown_host(),
                    Err(error) => {
                        tracing::error!(error = %error, host, "looking up a custom domain failed");
                        return (StatusCode::SERVICE_UNAVAILABLE, "Please try again shortly.")
                            .into_response();
                    }
                }
            }
        }
    };
    if scope != HostScope::AllMerchants && path.starts_with("/v1/") {
        let message = format!(
            "The API is served at {}, not on custom domains",
            state.config.public_url
        );
        return ApiError::not_found_message("host_not_api", message).into_response();
    }
    // The dashboard is the operator's and its merchants' own: never on a merchant's domain.
    if scope != HostScope::AllMerchants && path.starts_with("/dashboard") {
        return unknown_host();
    }
    request.extensions_mut().insert(scope);
    next.run(request).await
}

async fn verified_merchant(state: &AppState, host: &str) -> Result<Option<String>, sqlx::Error> {
    let mut conn = state.db.conn().await?;
    store::custom_domains::verified_merchant(conn.exec(), host).await
}

fn unknown_host() -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Not found</title></head><body>\
             <h1>This address does not serve a billing portal</h1>\
             <p>If you manage this domain, finish its verification first.</p>\
             </body></html>",
        ),
    )
        .into_response()
}

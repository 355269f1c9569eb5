//! Building the application: database, routes, middleware, listener. Tests start it on
//! port 0 exactly as `main` does.
use std::{
    net::SocketAddr,
    sync::{Arc, OnceLock},
};

use anyhow::Context;
use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
    serve::ListenerExt,
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use tokio::net::TcpListener;

use crate::server::{
    api,
    config::Config,
    db::Db,
    http::{api_reference, health, hosts, portal_files},
    jobs::Jobs,
    mailer::Mailer,
    services::{customers::payment_methods, payments::Payments, settings::branding},
    state::AppState,
};
use crate::{
    app::{shell, App},
    ui::{dashboard::routes as dashboard_routes, session_routes},
};

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Connects and migrates the database and binds the listener (port 0 picks a free port).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let db = Db::connect(&config.database_url).await?;
        Self::build_with_db(config, db).await
    }

    pub async fn build_with_db(mut config: Config, db: Db) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.leptos_options.site_addr)
            .await
            .with_context(|| format!("could not listen on {}", config.leptos_options.site_addr))?;
        let local_addr = listener.local_addr()?;
        if config.public_url.is_empty() {
            config.public_url = format!("http://{local_addr}");
        }
        // Before any request: a card attached now must meet its stored twin's fingerprint.
        let rekeyed =
            payment_methods::rekey_stored_fingerprints(&db, &config.operator_keys).await?;
        if rekeyed > 0 {
            tracing::info!(rekeyed, "rekeyed stored card and IBAN fingerprints");
        }
        let drawn = branding::draw_missing_logo_renditions(&db).await?;
        if drawn > 0 {
            tracing::info!(drawn, "drew the PNG renditions of stored SVG logos");
        }
        // Built at start, so that an unusable `SMTP_URL` stops the server with its reason.
        let mailer = match &config.mail {
            Some(mail) => Some(Arc::new(Mailer::new(&mail.smtp_url, &mail.from)?)),
            None => None,
        };
        let payments = Payments::from_config(&config)?;
        let state = AppState {
            db,
            payments,
            leptos_options: config.leptos_options.clone(),
            config: Arc::new(config),
            mailer,
        };
        let router = router(state.clone());
        Ok(Self {
            listener,
            router,
            state,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves, with the background workers the configuration enables (see [`Jobs`]),
    /// until the process is stopped; the workers stop with the server.
    pub async fn run(self) -> std::io::Result<()> {
        let jobs = Jobs::start(&self.state, self.state.mailer.clone());
        // The dummy hash for unknown sign-in e-mails, built now rather than on the first
        // sign-in (which would then take twice as long as the others).
        tokio::spawn(async {
            if let Err(error) = crate::server::passwords::prepare().await {
                tracing::warn!(error = %error, "could not prepare the dummy password hash");
            }
        });
        // Without TCP_NODELAY, streamed responses wait ~40 ms on Nagle + delayed ACK.
        let listener = self.listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        // The peer address reaches handlers (the SEPA mandate records it).
        let served = axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await;
        jobs.stop().await;
        served
    }
}

/// The app's routes, generated once per process. Generating them sets a process-wide
/// flag in leptos_server that parks every resource first polled meanwhile forever
/// (leptos-rs/leptos#4773), so it must never run while another server is rendering,
/// as happens when tests start servers side by side.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let leptos_options = state.leptos_options.clone();
    let context_state = state.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/docs", get(api_reference::page))
        .route("/docs/reference.css", get(api_reference::stylesheet))
        .route("/session/{id}/redeem", post(session_routes::redeem))
        .route("/portal/sign-out", post(session_routes::sign_out))
        .route("/portal/language", post(session_routes::choose_language))
        .route(
            "/confirm-payment/{merchant_id}/{invoice_id}",
            get(session_routes::confirm_payment),
        )
        .merge(dashboard_routes::router())
        .route("/brand/{merchant_id}/logo", get(portal_files::logo))
        .route("/brand/{merchant_id}/logo.png", get(portal_files::logo_png))
        .route(
            "/documents/{merchant_id}/invoices/{file}",
            get(portal_files::receipt_pdf),
        )
        .route("/portal/invoices/{id}/pdf", get(portal_files::invoice_pdf))
        .merge(api::router(&state))
        // Also mounts the server functions (`/api/...`) with the same context.
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(context_state.clone()),
            move || shell(leptos_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(browser_protections))
        // Outermost: an unknown host is refused before anything else runs.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            hosts::route_by_host,
        ))
        .with_state(state)
}

/// Cross-site request forgery guard for browser routes (the SameSite cookie is the first
/// line) and headers every portal response carries.
async fn browser_protections(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let is_api = path.starts_with("/v1/");
    if request.method() == Method::POST && !is_api && !same_origin(&request) {
        return (
            StatusCode::FORBIDDEN,
            "Cross-site form submissions are not accepted.",
        )
            .into_response();
    }
    let private = path.starts_with("/portal")
        || path.starts_with("/session")
        || path.starts_with("/api/")
        || path.starts_with("/dashboard");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if !is_api {
        // Keep a response's own policy (the logo's forbids scripts), adding framing's.
        // A page allowed in frames (a configuration's `frameAncestors`) says so itself.
        let own_policy = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|value| value.to_str().ok());
        let allows_framing = own_policy.is_some_and(|own| own.contains("frame-ancestors"));
        if !allows_framing {
            let policy = match own_policy {
                Some(own) => format!("{own}; frame-ancestors 'none'"),
                None => "frame-ancestors 'none'".to_string(),
            };
            if let Ok(policy) = HeaderValue::from_str(&policy) {
                headers.insert(header::CONTENT_SECURITY_POLICY, policy);
            }
            headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        }
    }
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A POST is same-origin when its `Origin` (or, failing that, `Referer`) names the `Host`
/// it was sent to. A request with neither passes only without a portal or dashboard cookie
/// and outside the dashboard (a non-browser client): otherwise nothing shows where the
/// form came from, so it is refused.
fn same_origin(request: &Request) -> bool {
    let headers = request.headers();
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return true;
    };
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|value| value.to_str().ok());
    match source {
        None => {
            !request.uri().path().starts_with("/dashboard")
                && crate::server::http::portal_auth::access_token(headers).is_none()
                && crate::server::http::dashboard_auth::session_token(headers).is_none()
        }
        Some("null") => false,
        Some(source) => url::Url::parse(source).is_ok_and(|url| {
            let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
            url.host_str().is_some_and(|h| format!("{h}{port}") == host)
        }),
    }
}

//! The merchant dashboard at `/dashboard` (public host only): sign-in, the owner's setup
//! link, and the pages a signed-in team member works in. Pages render on the server and
//! their forms post without WASM; each server function authorises itself from the sign-in
//! cookie and calls one service.
pub mod account;
#[cfg(feature = "ssr")]
mod account_forms;
pub mod api_keys;
pub mod audit_log;
pub mod catalogue;
#[cfg(feature = "ssr")]
mod catalogue_forms;
#[cfg(feature = "ssr")]
pub mod customer_forms;
mod customers;
#[cfg(feature = "ssr")]
mod domain_forms;
pub mod domains;
pub mod events;
mod home;
#[cfg(feature = "ssr")]
mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
mod payment_forms;
pub mod payments;
#[cfg(feature = "ssr")]
pub mod portal_form;
pub mod portal_settings;
#[cfg(feature = "ssr")]
mod responses;
#[cfg(feature = "ssr")]
pub mod routes;
pub mod sessions;
pub mod settings;
mod sign_in;
pub mod team;
#[cfg(feature = "ssr")]
pub mod team_forms;
#[cfg(feature = "ssr")]
pub mod webhook_forms;
pub mod webhooks;

pub use account::AccountPage;
pub use api_keys::ApiKeysPage;
pub use audit_log::AuditLogPage;
pub use catalogue::CataloguePage;
pub use customers::{CustomerPage, CustomersPage};
pub use domains::DomainsPage;
pub use events::EventsPage;
pub use home::HomePage;
pub use payments::PaymentsPage;
pub use portal_settings::PortalSettingsPage;
pub use sessions::PortalSessionsPage;
pub use settings::BrandingPage;
pub use sign_in::{SetupPage, SignInCodePage, SignInPage};
pub use team::TeamPage;
pub use webhooks::{WebhookEndpointPage, WebhooksPage};

use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::{
    ui::{
        components::LanguageForm,
        session::set_status,
        words::{language, t},
    },
    views::dashboard::DashboardHeader,
};

/// Where a signed-out visitor is sent.
pub const SIGN_IN: &str = "/dashboard/sign-in";

/// Errors the dashboard's server functions return, in terms the page can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DashboardError {
    /// No valid sign-in cookie (or not on the public host): sign in again.
    #[error("Please sign in")]
    SignedOut,
    /// The team requires two-step sign-in and the user has not set it up yet.
    #[error("Set up two-step sign-in first")]
    SetUpTwoStep,
    /// Missing, or another merchant's: the same answer either way.
    #[error("We couldn't find that")]
    NotFound,
    /// The user's role does not allow it, or the request is not acceptable.
    #[error("{0}")]
    Refused(String),
    #[error("Sorry, something went wrong on our side. Please try again.")]
    Server,
    #[error("We couldn't reach the server. Check your connection and try again.")]
    Transport(String),
}

impl FromServerFnError for DashboardError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(message) | ServerFnErrorErr::Response(message) => {
                Self::Transport(message)
            }
            _ => Self::Server,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::server::services::ServiceError> for DashboardError {
    fn from(error: crate::server::services::ServiceError) -> Self {
        use crate::server::services::ServiceError;
        match error {
            ServiceError::NotFound { .. } => Self::NotFound,
            ServiceError::Database(cause) => {
                tracing::error!(error = %cause, "dashboard request failed");
                Self::Server
            }
            ServiceError::Internal(cause) => {
                tracing::error!(error = ?cause, "dashboard request failed");
                Self::Server
            }
            other => Self::Refused(other.to_string()),
        }
    }
}

/// The signed-in team member, from the dashboard cookie and nothing else.
#[cfg(feature = "ssr")]
pub(crate) async fn dashboard_access() -> Result<
    (
        crate::server::state::AppState,
        crate::server::services::dashboard::DashboardAccess,
    ),
    DashboardError,
> {
    use crate::server::{http::dashboard_auth, state::AppState};
    let state = use_context::<AppState>().ok_or(DashboardError::Server)?;
    let parts = use_context::<http::request::Parts>().ok_or(DashboardError::Server)?;
    // The page's language, read from the request once rather than by each of its words.
    provide_context(crate::ui::words::headers_language(&parts.headers));
    let access = dashboard_auth::signed_in(&state.db, &parts)
        .await?
        .ok_or(DashboardError::SignedOut)?;
    // A team that requires two-step sign-in sees nothing else until it is set up.
    if access.must_set_up_two_step() && parts.uri.path() != account::ACCOUNT {
        return Err(DashboardError::SetUpTwoStep);
    }
    Ok((state, access))
}

/// A page whose data loads first; a signed-out visitor is sent to the sign-in page.
fn loaded_page<T, V>(
    load: impl std::future::Future<Output = Result<T, DashboardError>> + Send + 'static,
    page: impl FnOnce(T) -> V + Send + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match load.await {
                    Ok(data) => page(data).into_any(),
                    Err(error) => error_screen(error),
                }
            })}
        </Suspense>
    }
}

fn error_screen(error: DashboardError) -> AnyView {
    let (status, title, message) = match &error {
        DashboardError::SignedOut => {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(SIGN_IN);
            (303, t("dash-sign-in"), t("dash-error-signed-out"))
        }
        DashboardError::SetUpTwoStep => {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect("/dashboard/account?two_step=needed#two-step");
            (
                303,
                t("dash-error-two-step-title"),
                t("dash-error-two-step"),
            )
        }
        DashboardError::NotFound => (
            404,
            t("dash-error-not-found-title"),
            t("dash-error-not-found"),
        ),
        DashboardError::Refused(message) => (403, t("dash-error-refused-title"), message.clone()),
        DashboardError::Server | DashboardError::Transport(_) => {
            (500, t("dash-error-server-title"), t("dash-error-server"))
        }
    };
    set_status(status);
    view! {
        <PageTitle text=title.clone() />
        <main id="main" class="expired">
            <h1>{title}</h1>
            <p>{message}</p>
            <a class="button primary" href=SIGN_IN>{t("dash-sign-in")}</a>
        </main>
    }
    .into_any()
}

/// The frame of every signed-in page: who is signed in, the mode, the sections.
#[component]
fn DashboardLayout(
    header: DashboardHeader,
    current: &'static str,
    children: Children,
) -> impl IntoView {
    let DashboardHeader {
        merchant_name,
        email,
        role,
        livemode,
        can_switch_mode,
    } = header;
    let sections = [
        ("/dashboard", t("dash-nav-home")),
        ("/dashboard/customers", t("dash-nav-customers")),
        ("/dashboard/catalogue", t("dash-nav-catalogue")),
        ("/dashboard/settings/branding", t("dash-nav-branding")),
        ("/dashboard/settings/portal", t("dash-nav-portal")),
        ("/dashboard/settings/domains", t("dash-nav-domains")),
        ("/dashboard/settings/payments", t("dash-nav-payments")),
        ("/dashboard/developers/api-keys", t("dash-nav-api-keys")),
        ("/dashboard/developers/webhooks", t("dash-nav-webhooks")),
        ("/dashboard/developers/events", t("dash-nav-events")),
        ("/dashboard/developers/audit-log", t("dash-nav-audit-log")),
        ("/dashboard/portal-sessions", t("dash-nav-portal-sessions")),
        ("/dashboard/team", t("dash-nav-team")),
    ];
    view! {
        <div class="dashboard">
            <header class="dashboard-header">
                <p class="dashboard-brand">
                    <span class="dashboard-product">"VINR Portal"</span>
                    <span class="dashboard-merchant">{merchant_name}</span>
                    {if livemode {
                        view! { <span class="badge ok mode-badge">{t("dash-live-mode")}</span> }.into_any()
                    } else {
                        view! { <span class="badge warn mode-badge">{t("dash-test-mode")}</span> }.into_any()
                    }}
                    {can_switch_mode.then(|| {
                        let (mode, label) = if livemode { ("test", t("dash-view-test-data")) } else { ("live", t("dash-view-live-data")) };
                        view! {
                            <form class="mode-switch" method="post" action="/dashboard/mode">
                                <input type="hidden" name="mode" value=mode />
                                <button type="submit" class="link-button">{label}</button>
                            </form>
                        }
                    })}
                </p>
                <nav class="dashboard-nav" aria-label=t("dash-nav-label")>
                    {sections
                        .into_iter()
                        .map(|(href, label)| {
                            let here = (href == current).then_some("page");
                            view! { <a href=href aria-current=here>{label}</a> }
                        })
                        .collect_view()}
                </nav>
                <div class="dashboard-user">
                    <a href="/dashboard/account" aria-current=(current == "/dashboard/account").then_some("page")>{email}</a>
                    <span>" · "{role}</span>
                    <form method="post" action="/dashboard/sign-out">
                        <button type="submit" class="link-button">{t("dash-sign-out")}</button>
                    </form>
                    <LanguageForm language=language() action="/dashboard/language" />
                </div>
            </header>
            {(!livemode).then(|| view! {
                <p class="test-mode-strip" role="note">{t("dash-test-mode-strip")}</p>
            })}
            <main id="main" class="dashboard-content" tabindex="-1">
                {children()}
            </main>
            <script src="/copy.js" defer data-copy=t("dash-copy") data-copied=t("dash-copied")></script>
        </div>
    }
}

//! The signed-in portal: overview and the plan change flow.
mod overview;
mod update_plan;

pub use overview::OverviewPage;
pub use update_plan::UpdatePlanPage;

use leptos::prelude::*;
use leptos_meta::Title;

use super::{errors::PortalError, session::set_status};
use crate::views::{PlanChoice, PortalOverview};

/// The signed-in customer's access, from the portal cookie and nothing else.
#[cfg(feature = "ssr")]
async fn portal_access() -> Result<
    (
        crate::server::state::AppState,
        crate::server::services::portal_sessions::PortalAccess,
    ),
    PortalError,
> {
    use crate::server::{portal_auth, services::portal_sessions, state::AppState};
    let state = use_context::<AppState>().ok_or(PortalError::Server)?;
    let parts = use_context::<http::request::Parts>().ok_or(PortalError::Server)?;
    let token = portal_auth::access_token(&parts.headers).ok_or(PortalError::SessionEnded)?;
    let access = portal_sessions::authenticate(&state.db, token)
        .await?
        .ok_or(PortalError::SessionEnded)?;
    Ok((state, access))
}

#[server]
pub async fn load_overview() -> Result<PortalOverview, PortalError> {
    let (state, access) = portal_access().await?;
    Ok(crate::server::services::portal::overview(&state.db, &access).await?)
}

#[server]
pub async fn load_plan_choice(subscription_id: String) -> Result<PlanChoice, PortalError> {
    let (state, access) = portal_access().await?;
    Ok(crate::server::services::portal::plan_choice(&state.db, &access, &subscription_id).await?)
}

/// Switches the plan through the same service as `POST /v1/subscriptions/{id}`. Posted by a
/// plain form: it answers with a redirect to the overview, or back to the form with an error.
#[server]
pub async fn switch_plan(
    subscription_id: String,
    price_id: Option<String>,
) -> Result<(), PortalError> {
    use crate::{
        domain::ids::{self, prefix},
        server::services::subscriptions,
    };
    if !ids::has_prefix(&subscription_id, prefix::SUBSCRIPTION) {
        leptos_axum::redirect("/portal?error=not_found");
        return Err(PortalError::NotFound);
    }
    let form_url = format!("/portal/subscriptions/{subscription_id}/update");
    let Some(price_id) = price_id.filter(|price| !price.is_empty()) else {
        leptos_axum::redirect(&format!("{form_url}?error=choose_plan"));
        return Err(PortalError::NotAvailable("Please choose a plan.".into()));
    };
    let result = async {
        let (state, access) = portal_access().await?;
        subscriptions::switch_plan(&state.db, &access.actor(), &subscription_id, &price_id).await?;
        Ok(())
    }
    .await;
    match &result {
        Ok(()) => leptos_axum::redirect("/portal?notice=plan_updated"),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(error) => leptos_axum::redirect(&format!("{form_url}?error={}", error.code())),
    }
    result
}

/// What a page shows when its data cannot be loaded, with the fitting HTTP status.
fn portal_error_screen(error: PortalError) -> AnyView {
    match error {
        PortalError::SessionEnded => {
            set_status(401);
            view! {
                <Title text="Session ended" />
                <main id="main" class="expired">
                    <h1>"Your session has ended"</h1>
                    <p>
                        "For your security, the billing portal signs you out after a while. "
                        "Go back to the website you came from and open the billing portal again."
                    </p>
                </main>
            }
            .into_any()
        }
        PortalError::NotFound => {
            set_status(404);
            view! {
                <Title text="Not found" />
                <main id="main" class="expired">
                    <h1>"We couldn't find that"</h1>
                    <p><a href="/portal">"Back to your billing overview"</a></p>
                </main>
            }
            .into_any()
        }
        PortalError::NotAvailable(message) => {
            set_status(403);
            view! {
                <Title text="Not available" />
                <main id="main" class="expired">
                    <h1>"Not available"</h1>
                    <p>{message}</p>
                    <p><a href="/portal">"Back to your billing overview"</a></p>
                </main>
            }
            .into_any()
        }
        PortalError::Server | PortalError::Transport(_) => {
            set_status(500);
            view! { <Title text="Something went wrong" /><super::session::ServerErrorScreen /> }
                .into_any()
        }
    }
}

//! Developers → Portal sessions (`/dashboard/portal-sessions`): the merchant's recent
//! portal sessions, who opened them from where, and "Revoke", which ends one at once.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::PendingForm,
        words::{t, t_with},
    },
    views::dashboard::{PortalSessionLine, PortalSessionsView},
};

pub const PORTAL_SESSIONS: &str = "/dashboard/portal-sessions";

#[server]
pub async fn load_portal_sessions() -> Result<PortalSessionsView, DashboardError> {
    use crate::server::services::portal::portal_sessions;
    let (state, access) = super::dashboard_access().await?;
    let rows = portal_sessions::recent(&state.db, &access.actor()).await?;
    Ok(super::pages::portal_sessions(&access, rows))
}

/// Ends one session as the signed-in user, then shows the list with the outcome.
#[server]
pub async fn revoke_portal_session(session: String) -> Result<(), DashboardError> {
    use crate::domain::dashboard::Permission;
    use crate::server::services::{portal::portal_sessions, ServiceError};
    let (state, access) = super::dashboard_access().await?;
    let outcome = match access.actor_for(Permission::ManageDevelopers) {
        Ok(actor) => portal_sessions::revoke(&state.db, &actor, &session).await,
        Err(refused) => Err(refused),
    };
    let query = match outcome {
        Ok(_) => "revoked=1",
        Err(ServiceError::NotFound { .. }) => "error=ended",
        Err(ServiceError::RoleForbids) => "error=role",
        Err(error) => return Err(error.into()),
    };
    leptos_axum::redirect(&format!("{PORTAL_SESSIONS}?{query}"));
    Ok(())
}

#[component]
pub fn PortalSessionsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let revoked = query.get("revoked").is_some();
    let error = query.get("error").map(|code| {
        t(match code.as_str() {
            "role" => "dash-keys-role",
            _ => "dash-sessions-ended",
        })
    });
    loaded_page(load_portal_sessions(), move |page| {
        view! { <PortalSessions page revoked error /> }
    })
}

#[component]
fn PortalSessions(page: PortalSessionsView, revoked: bool, error: Option<String>) -> impl IntoView {
    let PortalSessionsView {
        header,
        sessions,
        can_revoke,
    } = page;
    let title = t_with(
        "dash-sessions-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=PORTAL_SESSIONS>
            <h1>{t("dash-nav-portal-sessions")}</h1>
            <p class="lede">{t("dash-sessions-lede")}</p>
            {revoked.then(|| view! { <p class="banner success" role="status">{t("dash-sessions-revoked")}</p> })}
            {error.map(|message| view! { <p class="banner error" role="alert" tabindex="-1" autofocus>{message}</p> })}
            {if sessions.is_empty() {
                view! { <p class="empty">{t("dash-sessions-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list session-list">
                        {sessions.into_iter().map(|line| view! { <SessionLine line can_revoke /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </DashboardLayout>
    }
}

#[component]
fn SessionLine(line: PortalSessionLine, can_revoke: bool) -> impl IntoView {
    let PortalSessionLine {
        id,
        customer,
        customer_href,
        state: (state, class),
        detail,
        opened_from,
        revocable,
    } = line;
    let badge = format!("badge {class}");
    let label = t_with(
        "dash-sessions-revoke-label",
        &[("customer", customer.as_str().into())],
    );
    view! {
        <li class="session-line">
            <a href=customer_href><strong>{customer}</strong></a>
            <span class=badge>{state}</span>
            <span class="muted">{id.clone()}</span>
            <span class="muted">{detail}</span>
            {opened_from.map(|line| view! { <span class="muted">{line}</span> })}
            {(revocable && can_revoke).then(|| view! {
                <PendingForm action=RevokePortalSession::url().to_string()>
                    <input type="hidden" name="session" value=id />
                    <button type="submit" class="button revoke-session" aria-label=label>
                        <span class="spinner" aria-hidden="true"></span>
                        <span class="label">{t("dash-sessions-revoke")}</span>
                    </button>
                </PendingForm>
            })}
        </li>
    }
}

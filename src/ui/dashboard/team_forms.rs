//! The posts of Settings → Team: invite, send a new link, change a role, remove. Each
//! calls `services::dashboard::team` as the signed-in user and comes back to the Team
//! page with the outcome; an invitation that was not e-mailed shows its link once.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::request::Parts,
    response::{Html, IntoResponse, Response},
};

use super::paths::TEAM;
use super::responses::{see_other, server_error, signed_in};
use crate::domain::dashboard::Role;
use crate::server::{
    services::{
        dashboard::{
            team::{self, Invitation},
            two_step,
        },
        ServiceError,
    },
    state::AppState,
};
use crate::{
    i18n::Language,
    ui::words::{headers_language, t_in},
};

/// Back to the Team page with a refusal in words (and the e-mail typed, for the form).
fn refused(language: Language, error: &ServiceError, email: Option<&str>) -> Response {
    let message = match error {
        ServiceError::RoleForbids => t_in(language, "dash-team-role-forbids", &[]),
        ServiceError::NotFound { .. } => t_in(language, "dash-team-not-found", &[]),
        ServiceError::Invalid { param, .. } if param == "role" => {
            t_in(language, "dash-team-choose-role", &[])
        }
        ServiceError::Invalid { message, .. } => format!("{message}."),
        other => other.to_string(),
    };
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("error", &message);
    if let Some(email) = email {
        query.append_pair("email", email);
    }
    see_other(&format!("{TEAM}?{}", query.finish()))
}

/// An invitation's outcome: e-mailed, or its link to pass on, shown once.
fn invitation_sent(language: Language, invitation: &Invitation) -> Response {
    if invitation.emailed {
        return see_other(&format!("{TEAM}?done=emailed"));
    }
    let message = t_in(
        language,
        "dash-invitation-link-text",
        &[("email", invitation.email.as_str().into())],
    );
    let title = t_in(language, "dash-invitation-link", &[]);
    Html(crate::ui::session::secret_document(
        language,
        &title,
        &message,
        (&title, &invitation.url),
        (TEAM, &t_in(language, "dash-back-to-team", &[])),
    ))
    .into_response()
}

#[derive(serde::Deserialize, Default)]
struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// `POST /dashboard/team/invite`.
pub async fn invite(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let language = headers_language(&parts.headers);
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: InviteForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let Some(role) = Role::parse(&form.role) else {
        return refused(
            language,
            &ServiceError::invalid("role", "choose a role"),
            Some(&form.email),
        );
    };
    match team::invite(
        &state.db,
        &access,
        &state.config.public_url,
        state.mailer.as_deref(),
        &form.email,
        role,
    )
    .await
    {
        Ok(invitation) => invitation_sent(headers_language(&parts.headers), &invitation),
        Err(error @ (ServiceError::Invalid { .. } | ServiceError::RoleForbids)) => {
            refused(language, &error, Some(&form.email))
        }
        Err(error) => server_error(error, "inviting a teammate"),
    }
}

/// `POST /dashboard/team/{id}/reinvite`.
pub async fn reinvite(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let language = headers_language(&parts.headers);
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    match team::reinvite(
        &state.db,
        &access,
        &state.config.public_url,
        state.mailer.as_deref(),
        &id,
    )
    .await
    {
        Ok(invitation) => invitation_sent(headers_language(&parts.headers), &invitation),
        Err(
            error @ (ServiceError::Invalid { .. }
            | ServiceError::RoleForbids
            | ServiceError::NotFound { .. }),
        ) => refused(language, &error, None),
        Err(error) => server_error(error, "inviting a teammate again"),
    }
}

#[derive(serde::Deserialize, Default)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /dashboard/team/{id}/role`.
pub async fn change_role(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let language = headers_language(&parts.headers);
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: RoleForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let Some(role) = Role::parse(&form.role) else {
        return refused(
            language,
            &ServiceError::invalid("role", "choose a role"),
            None,
        );
    };
    match team::change_role(&state.db, &access, &id, role).await {
        Ok(()) => see_other(&format!("{TEAM}?done=role")),
        Err(
            error @ (ServiceError::Invalid { .. }
            | ServiceError::RoleForbids
            | ServiceError::NotFound { .. }),
        ) => refused(language, &error, None),
        Err(error) => server_error(error, "changing a role"),
    }
}

/// `POST /dashboard/team/{id}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let language = headers_language(&parts.headers);
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    match team::remove(&state.db, &access, &id).await {
        Ok(_) => see_other(&format!("{TEAM}?done=removed")),
        Err(
            error @ (ServiceError::Invalid { .. }
            | ServiceError::RoleForbids
            | ServiceError::NotFound { .. }),
        ) => refused(language, &error, None),
        Err(error) => server_error(error, "removing a teammate"),
    }
}

#[derive(serde::Deserialize, Default)]
struct RequirementForm {
    #[serde(default)]
    required: String,
}

/// `POST /dashboard/team/two-step`: `required=1` or `0` (owners only).
pub async fn require_two_step(
    State(state): State<AppState>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let language = headers_language(&parts.headers);
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: RequirementForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let required = form.required == "1";
    match two_step::require_for_team(&state.db, &access, required).await {
        Ok(()) => see_other(&format!(
            "{TEAM}?done={}",
            if required {
                "two_step_on"
            } else {
                "two_step_off"
            }
        )),
        Err(error @ (ServiceError::Invalid { .. } | ServiceError::RoleForbids)) => {
            refused(language, &error, None)
        }
        Err(error) => server_error(error, "changing the two-step requirement"),
    }
}

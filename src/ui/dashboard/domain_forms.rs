//! The posts of Settings → Custom domains: add a name, verify it now, remove it, as the
//! signed-in user through the service `/v1/custom_domains` calls.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::request::Parts,
    response::Response,
};

use super::domains::DOMAINS;
use super::responses::{actor_for, see_other, server_error};
use crate::domain::dashboard::Permission;
use crate::server::{
    services::{settings::custom_domains, Actor, ServiceError},
    state::AppState,
};
use crate::ui::words::{headers_language, t_in};

async fn editor(state: &AppState, parts: &Parts) -> Result<Actor, Response> {
    let language = headers_language(&parts.headers);
    actor_for(state, parts, Permission::ManageSettings, || {
        refused(&t_in(language, "dash-role-owner-or-admin", &[]), None)
    })
    .await
}

fn refused(message: &str, typed: Option<&str>) -> Response {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("error", message);
    if let Some(typed) = typed {
        query.append_pair("domain", typed);
    }
    see_other(&format!("{DOMAINS}?{}", query.finish()))
}

/// The service's refusal as a sentence (its messages have no full stop).
fn sentence(message: &str) -> String {
    if message.ends_with(['.', '。']) {
        message.to_string()
    } else {
        format!("{message}.")
    }
}

#[derive(serde::Deserialize, Default)]
struct DomainForm {
    #[serde(default)]
    domain: String,
}

/// `POST /dashboard/settings/domains/new`.
pub async fn create(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let form: DomainForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match custom_domains::create(&state.db, &actor, &state.config.public_url, &form.domain).await {
        Ok(_) => see_other(&format!("{DOMAINS}?done=added")),
        Err(ServiceError::Invalid { message, .. }) => {
            refused(&sentence(&message), Some(&form.domain))
        }
        Err(error) => server_error(error, "adding a custom domain"),
    }
}

/// `POST /dashboard/settings/domains/{id}/verify`: checks the TXT record now.
pub async fn verify(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let language = headers_language(&parts.headers);
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let config = &state.config;
    match custom_domains::verify(
        &state.db,
        &actor,
        &config.public_url,
        config.dns_server,
        &id,
    )
    .await
    {
        Ok(domain) if domain.last_check_error.is_none() => {
            see_other(&format!("{DOMAINS}?done=verified"))
        }
        Ok(domain) => refused(
            &sentence(domain.last_check_error.as_deref().unwrap_or_default()),
            None,
        ),
        Err(ServiceError::Invalid { message, .. }) => refused(&sentence(&message), None),
        Err(ServiceError::NotFound { .. }) => {
            refused(&t_in(language, "dash-domains-not-found", &[]), None)
        }
        Err(error) => server_error(error, "verifying a custom domain"),
    }
}

/// `POST /dashboard/settings/domains/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let language = headers_language(&parts.headers);
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    match custom_domains::delete(&state.db, &actor, &state.config.public_url, &id).await {
        Ok(_) => see_other(&format!("{DOMAINS}?done=removed")),
        Err(ServiceError::NotFound { .. }) => {
            refused(&t_in(language, "dash-domains-not-found", &[]), None)
        }
        Err(error) => server_error(error, "removing a custom domain"),
    }
}

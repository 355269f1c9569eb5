//! The posts of Developers → Webhooks: add, edit, enable or disable, rotate the secret,
//! send a test event, delete, and resend a delivery's event. Each calls the service the
//! REST API calls, as the signed-in user; a refused add or edit comes back to its form
//! with what was typed.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::request::Parts,
    response::{Html, IntoResponse, Response},
};

use super::paths::{webhook_endpoint as endpoint_path, WEBHOOKS};
use super::responses::{actor_for, see_other, server_error};
use crate::domain::dashboard::Permission;
use crate::server::{
    services::{
        developers::{
            webhook_deliveries,
            webhook_endpoints::{self, EndpointChanges, WebhookEndpointObject},
        },
        Actor, ServiceError,
    },
    state::AppState,
};
use crate::views::dashboard::EndpointForm;
use crate::{
    i18n::Language,
    ui::words::{headers_language, t_in},
};

/// The endpoint form as posted.
pub fn endpoint_form(pairs: &[(String, String)]) -> EndpointForm {
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    };
    EndpointForm {
        url: one("url"),
        description: one("description"),
        all_events: pairs.iter().any(|(key, _)| key == "all_events"),
        events: pairs
            .iter()
            .filter(|(key, _)| key == "events")
            .map(|(_, value)| value.clone())
            .collect(),
    }
}

/// The event types the form asks for: `*` for "All events".
fn enabled_events(form: &EndpointForm) -> Vec<String> {
    if form.all_events {
        vec!["*".to_string()]
    } else {
        form.events.clone()
    }
}

/// The form field a refusal names, and what to tell the merchant.
fn refusal(language: Language, param: &str, message: &str) -> (&'static str, String) {
    let words = |key: &str| t_in(language, key, &[]);
    match param {
        "url" => ("url", format!("{}: {message}", words("dash-webhooks-url"))),
        "description" => (
            "description",
            format!("{}: {message}", words("dash-webhooks-description")),
        ),
        _ if param.starts_with("enabledEvents") => ("events", words("dash-webhooks-error-events")),
        _ => ("", message.to_string()),
    }
}

/// Back to `back` with what was posted, the field and the message.
fn refused_with_draft(
    back: &str,
    pairs: &[(String, String)],
    field: &str,
    message: &str,
) -> Response {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.extend_pairs(pairs.iter());
    query.append_pair("field", field);
    query.append_pair("error", message);
    see_other(&format!("{back}?{}", query.finish()))
}

/// The signed-in user, if their role may manage webhooks; otherwise the answer to send.
async fn developer(state: &AppState, parts: &Parts, back: &str) -> Result<Actor, Response> {
    actor_for(state, parts, Permission::ManageDevelopers, || {
        see_other(&format!("{back}?refused=role"))
    })
    .await
}

/// The endpoint's signing secret, shown once.
fn secret_page(
    language: Language,
    endpoint: &WebhookEndpointObject,
    message_key: &str,
) -> Response {
    let words = |key: &str| t_in(language, key, &[]);
    Html(crate::ui::session::secret_document(
        language,
        &words("dash-signing-secret-title"),
        &words(message_key),
        (
            &words("dash-signing-secret"),
            endpoint.secret.as_deref().unwrap_or_default(),
        ),
        (&endpoint_path(&endpoint.id), &words("dash-go-to-endpoint")),
    ))
    .into_response()
}

/// `POST /dashboard/developers/webhooks/new`.
pub async fn create(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let actor = match developer(&state, &parts, WEBHOOKS).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let form = endpoint_form(&pairs);
    let description = Some(form.description.clone()).filter(|d| !d.trim().is_empty());
    match webhook_endpoints::create(
        &state.db,
        &actor,
        &form.url,
        &enabled_events(&form),
        description,
        state.config.allow_private_webhooks,
    )
    .await
    {
        Ok(endpoint) => secret_page(language, &endpoint, "dash-signing-secret-new"),
        Err(ServiceError::Invalid { param, message }) => {
            let (field, message) = refusal(language, &param, &message);
            refused_with_draft(WEBHOOKS, &pairs, field, &message)
        }
        Err(error) => server_error(error, "adding a webhook endpoint"),
    }
}

/// Applies `changes` to endpoint `id` and goes back to its page with `done`.
async fn change(
    state: &AppState,
    parts: &Parts,
    id: &str,
    changes: EndpointChanges,
    done: &str,
) -> Response {
    let back = endpoint_path(id);
    let actor = match developer(state, parts, &back).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let rotate = changes.rotate_secret;
    match webhook_endpoints::update(
        &state.db,
        &actor,
        id,
        changes,
        state.config.allow_private_webhooks,
    )
    .await
    {
        Ok(endpoint) if rotate => secret_page(
            headers_language(&parts.headers),
            &endpoint,
            "dash-signing-secret-rotated",
        ),
        Ok(_) => see_other(&format!("{back}?done={done}")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{WEBHOOKS}?refused=gone")),
        Err(ServiceError::Invalid { message, .. }) => see_other(&format!(
            "{back}?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("error", &message)
                .finish()
        )),
        Err(error) => server_error(error, "changing a webhook endpoint"),
    }
}

/// `POST /dashboard/developers/webhooks/{id}`: URL, description and events.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let back = endpoint_path(&id);
    let actor = match developer(&state, &parts, &back).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let form = endpoint_form(&pairs);
    let changes = EndpointChanges {
        url: Some(form.url.clone()),
        enabled_events: Some(enabled_events(&form)),
        description: Some(Some(form.description.clone())),
        ..Default::default()
    };
    match webhook_endpoints::update(
        &state.db,
        &actor,
        &id,
        changes,
        state.config.allow_private_webhooks,
    )
    .await
    {
        Ok(_) => see_other(&format!("{back}?done=saved")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{WEBHOOKS}?refused=gone")),
        Err(ServiceError::Invalid { param, message }) => {
            let (field, message) = refusal(headers_language(&parts.headers), &param, &message);
            refused_with_draft(&back, &pairs, field, &message)
        }
        Err(error) => server_error(error, "saving a webhook endpoint"),
    }
}

#[derive(serde::Deserialize, Default)]
struct StatusForm {
    #[serde(default)]
    enabled: String,
}

/// `POST /dashboard/developers/webhooks/{id}/status`: `enabled=1` or `0`.
pub async fn set_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let form: StatusForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let enable = form.enabled == "1";
    let changes = EndpointChanges {
        disabled: Some(!enable),
        ..Default::default()
    };
    let done = if enable { "enabled" } else { "disabled" };
    change(&state, &parts, &id, changes, done).await
}

/// `POST /dashboard/developers/webhooks/{id}/rotate`: a new secret, shown once.
pub async fn rotate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let changes = EndpointChanges {
        rotate_secret: true,
        ..Default::default()
    };
    change(&state, &parts, &id, changes, "rotated").await
}

/// `POST /dashboard/developers/webhooks/{id}/test`.
pub async fn send_test(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let back = endpoint_path(&id);
    let actor = match developer(&state, &parts, &back).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    match webhook_endpoints::send_test_event(&state.db, &actor, &id).await {
        Ok(_) => see_other(&format!("{back}?done=test")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{WEBHOOKS}?refused=gone")),
        Err(ServiceError::Invalid { .. }) => see_other(&format!("{back}?refused=disabled")),
        Err(error) => server_error(error, "sending a test event"),
    }
}

/// `POST /dashboard/developers/webhooks/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let actor = match developer(&state, &parts, &endpoint_path(&id)).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    match webhook_endpoints::delete(&state.db, &actor, &id).await {
        Ok(_) => see_other(&format!("{WEBHOOKS}?done=deleted")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{WEBHOOKS}?refused=gone")),
        Err(error) => server_error(error, "deleting a webhook endpoint"),
    }
}

#[derive(serde::Deserialize, Default)]
struct ResendForm {
    #[serde(default)]
    event: String,
}

/// `POST /dashboard/developers/webhooks/{id}/resend`: the event again, to this endpoint.
pub async fn resend(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let back = endpoint_path(&id);
    let actor = match developer(&state, &parts, &back).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let form: ResendForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match webhook_deliveries::resend(&state.db, &actor, &form.event, Some(&id)).await {
        Ok(_) => see_other(&format!("{back}?done=resent")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{back}?refused=gone")),
        Err(ServiceError::Invalid { .. }) => see_other(&format!("{back}?refused=disabled")),
        Err(error) => server_error(error, "resending an event"),
    }
}

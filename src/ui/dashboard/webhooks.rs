//! Developers → Webhooks (`/dashboard/developers/webhooks`): the merchant's endpoints and
//! a form for a new one; each endpoint's page (`/…/{id}`) edits it, rotates its secret,
//! sends a test event, deletes it, and lists its deliveries with every try and "Resend".
//! The forms post to `webhook_forms`, which call the same services as the REST API.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{ActionButton, Confirmed, PendingForm, SubmitButton},
    views::dashboard::{
        DeliveryLine, EndpointForm, WebhookEndpointLine, WebhookEndpointView, WebhooksView,
    },
};

use super::paths::{webhook_endpoint as endpoint_path, WEBHOOKS};

/// A refused form's query (what was posted), read back into the form.
#[cfg(feature = "ssr")]
fn draft_of(query: Option<String>) -> Option<EndpointForm> {
    query.map(|query| {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.trim_start_matches('?')).unwrap_or_default();
        super::webhook_forms::endpoint_form(&pairs)
    })
}

#[server]
pub async fn load_webhooks(draft: Option<String>) -> Result<WebhooksView, DashboardError> {
    use crate::server::services::developers::webhook_endpoints;
    let (state, access) = super::dashboard_access().await?;
    let endpoints = webhook_endpoints::list(&state.db, &access.actor()).await?;
    Ok(super::pages::webhooks(&access, endpoints, draft_of(draft)))
}

#[server]
pub async fn load_webhook_endpoint(
    id: String,
    draft: Option<String>,
) -> Result<WebhookEndpointView, DashboardError> {
    use crate::server::services::dashboard::webhooks;
    let (state, access) = super::dashboard_access().await?;
    let facts = webhooks::endpoint(&state.db, &access, &id).await?;
    Ok(super::pages::webhook_endpoint(
        &access,
        facts,
        draft_of(draft),
    ))
}

/// The page's outcome banners, from its query: (success, refusal, the field a refusal names).
fn outcome() -> (
    Option<&'static str>,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| match code.as_str() {
        "saved" => "Endpoint saved.",
        "test" => {
            "Test event sent. Its delivery appears below within a few seconds; reload to see it."
        }
        "resent" => "Event queued again for this endpoint.",
        "enabled" => "Endpoint enabled: it receives events again.",
        "disabled" => "Endpoint disabled: it receives no events until you enable it.",
        "deleted" => "Endpoint deleted. Its pending deliveries will not be sent.",
        _ => "Done.",
    });
    let refused = query.get("refused").map(|code| {
        match code.as_str() {
            "role" => "Your role in this team does not allow this change; ask an owner, an admin or a developer.",
            "disabled" => "This endpoint is disabled; enable it before sending or resending events.",
            _ => "That endpoint or event does not exist in this account.",
        }
        .to_string()
    });
    let error = query.get("error");
    let draft = error
        .is_some()
        .then(|| use_location().search.get_untracked());
    (done, refused.or(error), query.get("field"), draft)
}

#[component]
pub fn WebhooksPage() -> impl IntoView {
    let (done, refused, field, draft) = outcome();
    loaded_page(load_webhooks(draft), move |page| {
        view! { <Webhooks page done refused field /> }
    })
}

#[component]
pub fn WebhookEndpointPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let (done, refused, field, draft) = outcome();
    loaded_page(load_webhook_endpoint(id, draft), move |page| {
        view! { <WebhookEndpoint page done refused field /> }
    })
}

/// The outcome's banners; a refusal naming no text field takes the focus itself.
fn banners(
    done: Option<&'static str>,
    refused: Option<String>,
    field: Option<&str>,
) -> impl IntoView {
    let focus_message = !matches!(field, Some("url" | "description"));
    view! {
        {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
        {refused.map(|message| view! {
            <p class="banner error" id="webhook-error" role="alert" tabindex="-1" autofocus=focus_message>{message}</p>
        })}
    }
}

#[component]
fn Webhooks(
    page: WebhooksView,
    done: Option<&'static str>,
    refused: Option<String>,
    field: Option<String>,
) -> impl IntoView {
    let WebhooksView {
        header,
        endpoints,
        form,
        event_types,
        can_manage,
    } = page;
    let title = format!("Webhooks — {} dashboard", header.merchant_name);
    let banners = banners(done, refused, field.as_deref());
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=WEBHOOKS>
            <h1>"Webhooks"</h1>
            <p class="lede">"Endpoints on your servers that receive signed events when something changes, from the API, the portal or this dashboard alike."</p>
            {banners}
            {if endpoints.is_empty() {
                view! { <p class="empty">"No endpoints yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list endpoint-list">
                        {endpoints.into_iter().map(|line| view! { <EndpointSummary line linked=true /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {can_manage.then(|| view! {
                <h2 id="new-endpoint">"Add an endpoint"</h2>
                <PendingForm action=format!("{WEBHOOKS}/new")>
                    <EndpointFields form event_types invalid=field />
                    <SubmitButton label="Add endpoint" />
                </PendingForm>
            })}
        </DashboardLayout>
    }
}

#[component]
fn EndpointSummary(line: WebhookEndpointLine, linked: bool) -> impl IntoView {
    let WebhookEndpointLine {
        url,
        href,
        status: (status, class),
        events,
        description,
        ..
    } = line;
    let badge = format!("badge {class}");
    view! {
        <li class="endpoint-line">
            {if linked {
                view! { <a href=href><code>{url}</code></a> }.into_any()
            } else {
                view! { <code>{url}</code> }.into_any()
            }}
            <span class=badge>{status}</span>
            {description.map(|text| view! { <span>{text}</span> })}
            <span class="muted">{events}</span>
        </li>
    }
}

/// URL, description and events, for a new endpoint or an existing one.
#[component]
fn EndpointFields(
    form: EndpointForm,
    event_types: Vec<String>,
    invalid: Option<String>,
) -> impl IntoView {
    let EndpointForm {
        url,
        description,
        all_events,
        events,
    } = form;
    let invalid_if = |name: &str| (invalid.as_deref() == Some(name)).then_some("true");
    let described_if = |name: &str| invalid_if(name).map(|_| "webhook-error");
    view! {
        <fieldset class="field-group">
            <legend>"Endpoint"</legend>
            <label for="url">"Endpoint URL"</label>
            <input id="url" name="url" type="url" required value=url placeholder="https://example.com/webhooks/vinr"
                aria-invalid=invalid_if("url") aria-describedby=described_if("url") autofocus=invalid_if("url").is_some() />
            <label for="description">"Description"</label>
            <input id="description" name="description" type="text" maxlength="500" value=description
                placeholder="Order sync on the production server" aria-invalid=invalid_if("description")
                aria-describedby=described_if("description") autofocus=invalid_if("description").is_some() />
        </fieldset>
        <fieldset class="field-group" aria-describedby=described_if("events")>
            <legend>"Events to send"</legend>
            <label class="checkbox" for="all_events">
                <input type="checkbox" id="all_events" name="all_events" value="1" checked=all_events />
                " "<strong>"All events"</strong>", including types added later"
            </label>
            <p class="hint">"Or only these:"</p>
            <div class="event-types">
                {event_types.into_iter().map(|event_type| {
                    let id = format!("event-{event_type}");
                    let for_id = id.clone();
                    let checked = events.contains(&event_type);
                    view! {
                        <label class="checkbox" for=for_id>
                            <input type="checkbox" id=id name="events" value=event_type.clone() checked=checked />
                            " "<code>{event_type.clone()}</code>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn WebhookEndpoint(
    page: WebhookEndpointView,
    done: Option<&'static str>,
    refused: Option<String>,
    field: Option<String>,
) -> impl IntoView {
    let WebhookEndpointView {
        header,
        line,
        enabled,
        form,
        event_types,
        deliveries,
        has_more,
        can_manage,
    } = page;
    let title = format!("Webhook endpoint — {} dashboard", header.merchant_name);
    let banners = banners(done, refused, field.as_deref());
    let path = endpoint_path(&line.id);
    let id = line.id.clone();
    let actions = can_manage.then(|| {
        let (label, value) = if enabled { ("Disable", "0") } else { ("Enable", "1") };
        let toggle = view! {
            <ActionButton action=format!("{path}/status") label hidden=("enabled", value.to_string()) />
        };
        view! {
            <div class="endpoint-actions">
                <ActionButton action=format!("{path}/test") label="Send test event" class="primary" />
                {toggle}
                <ActionButton action=format!("{path}/rotate") label="Rotate secret" />
                <Confirmed summary="Delete" action=format!("{path}/delete") danger=true
                    consequence="Deleting stops every delivery to this endpoint, including pending ones. This cannot be undone."
                    confirm="Yes, delete this endpoint" />
            </div>
        }
    });
    let edit = can_manage.then(|| {
        let open = field.is_some();
        view! {
            <details class="edit-endpoint" open=open>
                <summary>"Edit URL, description and events"</summary>
                <PendingForm action=path.clone()>
                    <EndpointFields form event_types invalid=field />
                    <SubmitButton label="Save endpoint" />
                </PendingForm>
            </details>
        }
    });
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=WEBHOOKS>
            <p><a href=WEBHOOKS>"← Webhooks"</a></p>
            <h1>"Webhook endpoint"</h1>
            <p class="muted">{id}</p>
            {banners}
            <ul class="detail-list endpoint-list"><EndpointSummary line linked=false /></ul>
            {actions}
            {edit}
            <h2>"Deliveries"</h2>
            {if deliveries.is_empty() {
                view! { <p class="empty">"No deliveries yet. Send a test event, or change something in test mode."</p> }.into_any()
            } else {
                view! {
                    <ul class="delivery-list">
                        {deliveries.into_iter().map(|line| view! { <Delivery line path=path.clone() can_resend=can_manage /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {has_more.then(|| view! { <p class="hint">"Older deliveries: GET /v1/webhook_endpoints/{id}/deliveries."</p> })}
        </DashboardLayout>
    }
}

#[component]
fn Delivery(line: DeliveryLine, path: String, can_resend: bool) -> impl IntoView {
    let DeliveryLine {
        id,
        event_id,
        event_type,
        status: (status, class),
        detail,
        tries,
        request_body,
    } = line;
    let badge = format!("badge {class}");
    view! {
        <li class="delivery-line" id=id>
            <div class="delivery-head">
                <code>{event_type}</code>
                <span class=badge>{status}</span>
                <span class="muted">{event_id.clone()}</span>
                <span class="muted">{detail}</span>
            </div>
            {(!tries.is_empty()).then(|| view! {
                <ol class="delivery-tries">
                    {tries.into_iter().map(|attempt| {
                        let class = if attempt.succeeded { "try ok" } else { "try failed" };
                        view! {
                            <li class=class>
                                <strong>{attempt.title}</strong>" · "{attempt.outcome}
                                {attempt.response.map(|body| view! {
                                    <details>
                                        <summary>"Response"</summary>
                                        <pre class="payload">{body}</pre>
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            <details>
                <summary>"Request body"</summary>
                <pre class="payload">{request_body}</pre>
            </details>
            {can_resend.then(|| view! { <ActionButton action=format!("{path}/resend") label="Resend" hidden=("event", event_id) /> })}
        </li>
    }
}

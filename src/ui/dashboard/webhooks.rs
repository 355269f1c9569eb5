//! Developers → Webhooks (`/dashboard/developers/webhooks`): the merchant's endpoints and
//! a form for a new one; each endpoint's page (`/…/{id}`) edits it, rotates its secret,
//! sends a test event, deletes it, and lists its deliveries with every try and "Resend".
//! The forms post to `webhook_forms`, which call the same services as the REST API.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{ActionButton, Confirmed, PendingForm, SubmitButton},
        words::{t, t_with},
    },
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
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| {
        t(match code.as_str() {
            "saved" => "dash-webhooks-done-saved",
            "test" => "dash-webhooks-done-test",
            "resent" => "dash-webhooks-done-resent",
            "enabled" => "dash-webhooks-done-enabled",
            "disabled" => "dash-webhooks-done-disabled",
            "deleted" => "dash-webhooks-done-deleted",
            _ => "dash-done",
        })
    });
    let refused = query.get("refused").map(|code| {
        t(match code.as_str() {
            "role" => "dash-keys-role",
            "disabled" => "dash-webhooks-refused-disabled",
            _ => "dash-webhooks-refused-unknown",
        })
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
fn banners(done: Option<String>, refused: Option<String>, field: Option<&str>) -> impl IntoView {
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
    done: Option<String>,
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
    let title = t_with(
        "dash-webhooks-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let banners = banners(done, refused, field.as_deref());
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=WEBHOOKS>
            <h1>{t("dash-nav-webhooks")}</h1>
            <p class="lede">{t("dash-webhooks-lede")}</p>
            {banners}
            {if endpoints.is_empty() {
                view! { <p class="empty">{t("dash-webhooks-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list endpoint-list">
                        {endpoints.into_iter().map(|line| view! { <EndpointSummary line linked=true /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {can_manage.then(|| view! {
                <h2 id="new-endpoint">{t("dash-webhooks-new")}</h2>
                <PendingForm action=format!("{WEBHOOKS}/new")>
                    <EndpointFields form event_types invalid=field />
                    <SubmitButton label=t("dash-webhooks-add") />
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
            <legend>{t("dash-webhooks-endpoint")}</legend>
            <label for="url">{t("dash-webhooks-url")}</label>
            <input id="url" name="url" type="url" required value=url placeholder="https://example.com/webhooks/vinr"
                aria-invalid=invalid_if("url") aria-describedby=described_if("url") autofocus=invalid_if("url").is_some() />
            <label for="description">{t("dash-webhooks-description")}</label>
            <input id="description" name="description" type="text" maxlength="500" value=description
                placeholder=t("dash-webhooks-description-placeholder") aria-invalid=invalid_if("description")
                aria-describedby=described_if("description") autofocus=invalid_if("description").is_some() />
        </fieldset>
        <fieldset class="field-group" aria-describedby=described_if("events")>
            <legend>{t("dash-webhooks-events")}</legend>
            <label class="checkbox" for="all_events">
                <input type="checkbox" id="all_events" name="all_events" value="1" checked=all_events />
                " "<strong>{t("dash-webhooks-all-events")}</strong>{t("dash-webhooks-all-events-later")}
            </label>
            <p class="hint">{t("dash-webhooks-only-these")}</p>
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
    done: Option<String>,
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
    let title = t_with(
        "dash-endpoint-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let banners = banners(done, refused, field.as_deref());
    let path = endpoint_path(&line.id);
    let id = line.id.clone();
    let actions = can_manage.then(|| {
        let (label, value) = if enabled {
            (t("dash-endpoint-disable"), "0")
        } else {
            (t("dash-endpoint-enable"), "1")
        };
        let toggle = view! {
            <ActionButton action=format!("{path}/status") label hidden=("enabled", value.to_string()) />
        };
        view! {
            <div class="endpoint-actions">
                <ActionButton action=format!("{path}/test") label=t("dash-endpoint-send-test") class="primary" />
                {toggle}
                <ActionButton action=format!("{path}/rotate") label=t("dash-endpoint-rotate") />
                <Confirmed summary=t("dash-endpoint-delete") action=format!("{path}/delete") danger=true
                    consequence=t("dash-endpoint-delete-text")
                    confirm=t("dash-endpoint-delete-confirm") />
            </div>
        }
    });
    let edit = can_manage.then(|| {
        let open = field.is_some();
        view! {
            <details class="edit-endpoint" open=open>
                <summary>{t("dash-endpoint-edit")}</summary>
                <PendingForm action=path.clone()>
                    <EndpointFields form event_types invalid=field />
                    <SubmitButton label=t("dash-endpoint-save") />
                </PendingForm>
            </details>
        }
    });
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=WEBHOOKS>
            <p><a href=WEBHOOKS>"← "{t("dash-nav-webhooks")}</a></p>
            <h1>{t("dash-endpoint-heading")}</h1>
            <p class="muted">{id}</p>
            {banners}
            <ul class="detail-list endpoint-list"><EndpointSummary line linked=false /></ul>
            {actions}
            {edit}
            <h2>{t("dash-endpoint-deliveries")}</h2>
            {if deliveries.is_empty() {
                view! { <p class="empty">{t("dash-endpoint-deliveries-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="delivery-list">
                        {deliveries.into_iter().map(|line| view! { <Delivery line path=path.clone() can_resend=can_manage /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {has_more.then(|| view! { <p class="hint">{t("dash-endpoint-older")}</p> })}
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
                                        <summary>{t("dash-delivery-response")}</summary>
                                        <pre class="payload">{body}</pre>
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            <details>
                <summary>{t("dash-delivery-request-body")}</summary>
                <pre class="payload">{request_body}</pre>
            </details>
            {can_resend.then(|| view! { <ActionButton action=format!("{path}/resend") label=t("dash-delivery-resend") hidden=("event", event_id) /> })}
        </li>
    }
}

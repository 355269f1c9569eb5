//! Redeeming a portal link (`POST /session/{id}/redeem`), opening an e-mailed link to
//! confirm a payment (`GET /confirm-payment/{merchant}/{invoice}?token=`), signing out
//! (`POST /portal/sign-out`), the portal's language switcher (`POST /portal/language`) and
//! the health probes.
use axum::{
    body::Bytes,
    extract::{Path, Query, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::json;

use crate::domain::portal_configuration::{FlowData, PortalFlow};
use crate::i18n::{self, Language};
use crate::server::{
    api::ApiError,
    http::hosts::HostScope,
    http::portal_auth::{self, CookieUse},
    services::portal::payment_confirmations::{self, ConfirmationLinks},
    services::portal::portal_sessions::{self, RedeemFailure},
    services::ServiceError,
    state::AppState,
};

#[derive(Deserialize)]
struct RedeemBody {
    #[serde(default)]
    secret: String,
}

/// Exchanges the link secret for the portal cookie. The session page's inline script posts
/// the URL fragment here as a form; API-style clients may post JSON and get JSON back.
pub async fn redeem(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let headers = &parts.headers;
    let wants_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let parsed: Option<RedeemBody> = if wants_json {
        serde_json::from_slice(&body).ok()
    } else {
        serde_urlencoded::from_bytes(&body).ok()
    };
    let Some(RedeemBody { secret }) = parsed else {
        return if wants_json {
            ApiError::invalid("body_malformed", None, "Send {\"secret\": \"...\"}").into_response()
        } else {
            expired_page(&parts, StatusCode::BAD_REQUEST, None)
        };
    };

    let host = HostScope::of(&parts);
    let client = crate::server::http::portal_auth::client_info(&parts);
    match portal_sessions::redeem(&state.db, &id, &secret, host.merchant(), &client).await {
        Ok(Ok(redeemed)) => {
            let header = |name: &str| headers.get(name).map(|value| value.as_bytes());
            // Framed (the browser says so): the embedded cookie, but only for a session
            // whose configuration allows embedding at all. A browser that does not say
            // gets the strict top-level cookie.
            let framed = header("sec-fetch-dest").is_some_and(|dest| dest == b"iframe");
            let cookie_use = if framed && !redeemed.frame_ancestors.is_empty() {
                CookieUse::Embedded
            } else {
                CookieUse::TopLevel {
                    secure: state.config.serves_https()
                        || header("x-forwarded-proto") == Some(b"https"),
                }
            };
            let cookie = portal_auth::session_cookie(
                &redeemed.access_token,
                redeemed.max_age_seconds,
                cookie_use,
            );
            let landing = landing_path(redeemed.flow);
            let mut response = if wants_json {
                Json(json!({ "redirect": landing })).into_response()
            } else {
                (
                    StatusCode::SEE_OTHER,
                    [(header::LOCATION, landing.as_str())],
                )
                    .into_response()
            };
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Ok(Err(failure)) => {
            let (status, return_url) = match failure {
                RedeemFailure::Unknown => (StatusCode::NOT_FOUND, None),
                RedeemFailure::Refused { return_url } => (StatusCode::GONE, Some(return_url)),
            };
            if wants_json {
                let mut response = ApiError::invalid(
                    "session_expired",
                    None,
                    "This session has expired or was already used.",
                )
                .into_response();
                *response.status_mut() = status;
                response
            } else {
                expired_page(&parts, status, return_url)
            }
        }
        Err(error) => {
            tracing::error!(error = %error, "redeeming a portal session failed");
            if wants_json {
                ApiError::internal().into_response()
            } else {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html(crate::ui::session::server_error_document(browser_language(
                        &parts,
                    ))),
                )
                    .into_response()
            }
        }
    }
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// A link from a "Confirm your payment" e-mail: a fresh portal session on the payment
/// methods page. A link that is wrong or over a week old gets the expired screen; one whose
/// payment no longer waits says so.
pub async fn confirm_payment(
    State(state): State<AppState>,
    Path((merchant_id, invoice_id)): Path<(String, String)>,
    Query(query): Query<TokenQuery>,
    parts: Parts,
) -> Response {
    let private = |status: StatusCode, body: String| {
        (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
    };
    if !HostScope::of(&parts).admits(&merchant_id) {
        return private(
            StatusCode::NOT_FOUND,
            crate::ui::session::expired_document(browser_language(&parts), None),
        );
    }
    let links = ConfirmationLinks::from_config(&state.config);
    match payment_confirmations::open(&state.db, &links, &merchant_id, &invoice_id, &query.token)
        .await
    {
        Ok(Some(url)) => (
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, url.as_str()),
                (header::CACHE_CONTROL, "no-store"),
            ],
        )
            .into_response(),
        Ok(None) => private(
            StatusCode::OK,
            crate::ui::session::message_document(
                browser_language(&parts),
                &i18n::text(browser_language(&parts), "screen-nothing-to-confirm"),
                &i18n::text(browser_language(&parts), "screen-nothing-to-confirm-text"),
                None,
            ),
        ),
        Err(ServiceError::NotFound { .. }) => private(
            StatusCode::NOT_FOUND,
            crate::ui::session::expired_document(browser_language(&parts), None),
        ),
        Err(error) => {
            tracing::error!(%error, "opening a payment confirmation link failed");
            private(
                StatusCode::INTERNAL_SERVER_ERROR,
                crate::ui::session::server_error_document(browser_language(&parts)),
            )
        }
    }
}

/// The portal page a session lands on: its deep link's page, else the portal's home.
fn landing_path(flow: Option<FlowData>) -> String {
    let Some(flow) = flow else {
        return "/portal".to_string();
    };
    let subscription = flow.subscription().unwrap_or_default();
    match flow.flow_type {
        PortalFlow::PaymentMethodUpdate => "/portal/payment-methods".to_string(),
        PortalFlow::CustomerUpdate => "/portal/billing-details".to_string(),
        PortalFlow::SubscriptionCancel => format!("/portal/subscriptions/{subscription}/cancel"),
        PortalFlow::SubscriptionUpdate => format!("/portal/subscriptions/{subscription}/update"),
        PortalFlow::SubscriptionUpdateConfirm => {
            let item = flow
                .subscription_update_confirm
                .as_ref()
                .and_then(|confirm| confirm.items.first());
            match item {
                Some(item) => format!(
                    "/portal/subscriptions/{subscription}/review?price={}&quantity={}",
                    urlencoding(&item.price),
                    item.quantity
                ),
                None => format!("/portal/subscriptions/{subscription}/update"),
            }
        }
    }
}

/// Ids are letters, digits and `_`; anything else is escaped for the query string.
fn urlencoding(text: &str) -> String {
    serde_urlencoded::to_string([("", text)])
        .map(|pair| pair.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

#[derive(Deserialize, Default)]
struct SignOutBody {
    /// `return`: go back to the merchant after signing out ("Return to ...").
    #[serde(default)]
    then: String,
}

/// `POST /portal/sign-out`: ends the portal session on the server (its cookie stops working
/// on every instance), clears the cookie, then goes back to the merchant ("Return to ...")
/// or says the customer is signed out ("Sign out").
pub async fn sign_out(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let go_back = serde_urlencoded::from_bytes::<SignOutBody>(&body)
        .unwrap_or_default()
        .then
        == "return";
    let ended = match portal_auth::access_token(&parts.headers) {
        Some(token) => portal_sessions::sign_out(&state.db, token).await,
        None => Ok(None),
    };
    let mut response = match ended {
        Ok(Some(return_url)) if go_back => {
            (StatusCode::SEE_OTHER, [(header::LOCATION, return_url)]).into_response()
        }
        Ok(return_url) => (
            StatusCode::OK,
            Html(crate::ui::session::signed_out_document(
                browser_language(&parts),
                return_url,
            )),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(error = %error, "signing out of the portal failed");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                Html(crate::ui::session::server_error_document(browser_language(
                    &parts,
                ))),
            )
                .into_response();
        }
    };
    // Both cookie variants (top-level and embedded, which lives in its own partition).
    for cookie in portal_auth::cleared_cookies() {
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[derive(Deserialize, Default)]
struct LanguageBody {
    #[serde(default)]
    language: String,
    #[serde(default)]
    return_to: String,
}

/// `POST /portal/language`: the footer's language switcher. Keeps the choice for the rest
/// of the session, then goes back to the portal page it was made on (only a portal path:
/// never somewhere else). No session: the "session ended" page, as for any portal page.
pub async fn choose_language(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let form = serde_urlencoded::from_bytes::<LanguageBody>(&body).unwrap_or_default();
    let back = crate::domain::return_url::back_within(&form.return_to, "/portal").to_string();
    let access = match portal_auth::signed_in(&state.db, &parts).await {
        Ok(Some(access)) => access,
        Ok(None) => return expired_page(&parts, StatusCode::UNAUTHORIZED, None),
        Err(error) => {
            tracing::error!(error = %error, "reading the portal session failed");
            return server_error_page(&parts);
        }
    };
    let Some(language) = crate::i18n::Language::from_tag(&form.language) else {
        // An unknown language changes nothing: the same page, as it was.
        return (StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response();
    };
    match portal_sessions::choose_language(&state.db, &access, language).await {
        Ok(()) => (StatusCode::SEE_OTHER, [(header::LOCATION, back)]).into_response(),
        Err(error) => {
            tracing::error!(error = %error, "keeping the portal language failed");
            server_error_page(&parts)
        }
    }
}

/// The language of a page answered outside a portal session: the browser's.
fn browser_language(parts: &Parts) -> Language {
    crate::ui::words::browser_language(&parts.headers).unwrap_or_default()
}

fn server_error_page(parts: &Parts) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Html(crate::ui::session::server_error_document(browser_language(
            parts,
        ))),
    )
        .into_response()
}

fn expired_page(parts: &Parts, status: StatusCode, return_url: Option<String>) -> Response {
    (
        status,
        Html(crate::ui::session::expired_document(
            browser_language(parts),
            return_url,
        )),
    )
        .into_response()
}

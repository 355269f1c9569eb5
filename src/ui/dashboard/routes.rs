//! The dashboard's cookie-setting forms: `POST /dashboard/sign-in`, `/dashboard/sign-out`
//! and `/dashboard/setup/{token}` (a password through a setup link). Plain HTML forms,
//! answered with redirects to the pages that show their outcome.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Response},
    routing::{get, post},
    Router,
};
use serde::Deserialize;

use super::responses::{actor_for, see_other, server_error, signed_in};
use crate::domain::password::RefusedPassword;
use crate::server::services::ServiceError;
use crate::server::{
    http::{dashboard_auth, hosts::HostScope, portal_auth::client_info},
    services::dashboard::{
        accounts::{self, LinkRefusal},
        sign_in::{self, SignInRefusal, SignInStep},
    },
    state::AppState,
};
use crate::{
    i18n::Language,
    ui::words::{headers_language, t_in},
};

/// The dashboard's posts and downloads (its pages are the app's routes).
pub fn router() -> Router<AppState> {
    use super::{
        account_forms, catalogue_forms, customer_forms, domain_forms, portal_form, team_forms,
        webhook_forms,
    };
    Router::new()
        .route(
            "/dashboard/catalogue/products",
            post(catalogue_forms::create_product),
        )
        .route(
            "/dashboard/catalogue/products/{id}/prices",
            post(catalogue_forms::create_price),
        )
        .route(
            "/dashboard/catalogue/products/{id}/archive",
            post(catalogue_forms::archive_product),
        )
        .route(
            "/dashboard/catalogue/products/{id}/restore",
            post(catalogue_forms::restore_product),
        )
        .route(
            "/dashboard/catalogue/prices/{id}/archive",
            post(catalogue_forms::archive_price),
        )
        .route(
            "/dashboard/catalogue/prices/{id}/restore",
            post(catalogue_forms::restore_price),
        )
        .route(
            "/dashboard/catalogue/coupons",
            post(catalogue_forms::create_coupon),
        )
        .route("/dashboard/sign-in", post(sign_in))
        .route("/dashboard/sign-in/code", post(sign_in_code))
        .route("/dashboard/mode", post(switch_mode))
        .route("/dashboard/language", post(choose_language))
        .route("/dashboard/sign-out", post(sign_out))
        .route("/dashboard/setup/{token}", post(set_password))
        .route("/dashboard/invoices/{id}/pdf", get(invoice_pdf))
        .route("/dashboard/account/password", post(change_password))
        .route("/dashboard/developers/api-keys/new", post(create_api_key))
        .route(
            "/dashboard/developers/api-keys/new-live",
            post(create_live_api_key),
        )
        .route(
            "/dashboard/developers/api-keys/{id}/roll",
            post(roll_api_key),
        )
        .route(
            "/dashboard/developers/api-keys/{id}/revoke",
            post(revoke_api_key),
        )
        .route(
            "/dashboard/settings/branding",
            post(save_branding).layer(axum::extract::DefaultBodyLimit::max(
                MAX_BRANDING_FORM_BYTES,
            )),
        )
        .route(
            "/dashboard/settings/branding/sample-invoice.pdf",
            post(sample_invoice_pdf).layer(axum::extract::DefaultBodyLimit::max(
                MAX_BRANDING_FORM_BYTES,
            )),
        )
        .route(
            "/dashboard/settings/branding/sample-receipt",
            post(sample_receipt).layer(axum::extract::DefaultBodyLimit::max(
                MAX_BRANDING_FORM_BYTES,
            )),
        )
        .route("/dashboard/settings/portal/new", post(portal_form::create))
        .route(
            "/dashboard/settings/portal/{id}",
            post(portal_form::save).layer(axum::extract::DefaultBodyLimit::max(
                portal_form::MAX_FORM_BYTES,
            )),
        )
        .route(
            "/dashboard/settings/portal/{id}/preview",
            post(portal_form::preview),
        )
        .route(
            "/dashboard/developers/webhooks/new",
            post(webhook_forms::create),
        )
        .route(
            "/dashboard/developers/webhooks/{id}",
            post(webhook_forms::update),
        )
        .route(
            "/dashboard/developers/webhooks/{id}/status",
            post(webhook_forms::set_status),
        )
        .route(
            "/dashboard/developers/webhooks/{id}/rotate",
            post(webhook_forms::rotate),
        )
        .route(
            "/dashboard/developers/webhooks/{id}/test",
            post(webhook_forms::send_test),
        )
        .route(
            "/dashboard/developers/webhooks/{id}/delete",
            post(webhook_forms::delete),
        )
        .route(
            "/dashboard/developers/webhooks/{id}/resend",
            post(webhook_forms::resend),
        )
        .route(
            "/dashboard/customers/{customer}/subscriptions/{id}/cancel",
            post(customer_forms::cancel_subscription),
        )
        .route(
            "/dashboard/customers/{customer}/subscriptions/{id}/reactivate",
            post(customer_forms::reactivate_subscription),
        )
        .route(
            "/dashboard/customers/{customer}/invoices/{id}/pay",
            post(customer_forms::pay_invoice),
        )
        .route(
            "/dashboard/customers/{customer}/invoices/{id}/void",
            post(customer_forms::void_invoice),
        )
        .route(
            "/dashboard/account/two-step/start",
            post(account_forms::start),
        )
        .route(
            "/dashboard/account/two-step/confirm",
            post(account_forms::confirm),
        )
        .route(
            "/dashboard/account/two-step/recovery-codes",
            post(account_forms::renew_recovery_codes),
        )
        .route(
            "/dashboard/account/two-step/disable",
            post(account_forms::disable),
        )
        .route(
            "/dashboard/team/two-step",
            post(team_forms::require_two_step),
        )
        .route(
            "/dashboard/settings/payments/connect",
            post(super::payment_forms::connect),
        )
        .route(
            "/dashboard/settings/domains/new",
            post(domain_forms::create),
        )
        .route(
            "/dashboard/settings/domains/{id}/verify",
            post(domain_forms::verify),
        )
        .route(
            "/dashboard/settings/domains/{id}/delete",
            post(domain_forms::delete),
        )
        .route("/dashboard/team/invite", post(team_forms::invite))
        .route("/dashboard/team/{id}/reinvite", post(team_forms::reinvite))
        .route("/dashboard/team/{id}/role", post(team_forms::change_role))
        .route("/dashboard/team/{id}/remove", post(team_forms::remove))
}

fn with_cookies(mut response: Response, cookies: &[String]) -> Response {
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Whether the sign-in cookie must be `Secure` (the public URL or the proxy says https).
fn secure(state: &AppState, parts: &Parts) -> bool {
    state.config.serves_https()
        || parts
            .headers
            .get("x-forwarded-proto")
            .is_some_and(|proto| proto == "https")
}

fn signed_in_response(state: &AppState, parts: &Parts, token: &str) -> Response {
    let cookie = dashboard_auth::session_cookie(token, secure(state, parts));
    with_cookies(see_other("/dashboard"), &[cookie])
}

#[derive(Deserialize, Default)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn sign_in(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let form: SignInForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match sign_in::sign_in(&state.db, &form.email, &form.password, client_info(&parts)).await {
        Ok(SignInStep::Done(signed_in)) => signed_in_response(&state, &parts, &signed_in.token),
        Ok(SignInStep::Code { challenge }) => with_cookies(
            see_other(dashboard_auth::CHALLENGE_PATH),
            &[dashboard_auth::challenge_cookie(
                &challenge,
                secure(&state, &parts),
            )],
        ),
        Err(SignInRefusal::WrongCredentials | SignInRefusal::WrongCode) => {
            see_other("/dashboard/sign-in?error=credentials")
        }
        Err(SignInRefusal::ChallengeExpired) => see_other("/dashboard/sign-in?error=expired"),
        Err(SignInRefusal::TooManyAttempts {
            retry_after_seconds,
        }) => {
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                Html(too_many_attempts_document(
                    headers_language(&parts.headers),
                    retry_after_seconds,
                )),
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        Err(SignInRefusal::Service(error)) => server_error(error, "dashboard sign-in"),
    }
}

/// The page a sign-in refused for too many attempts answers with.
fn too_many_attempts_document(language: Language, retry_after_seconds: i64) -> String {
    let minutes = (retry_after_seconds + 59) / 60;
    crate::ui::session::message_document(
        language,
        &t_in(language, "dash-too-many-attempts-title", &[]),
        &t_in(
            language,
            "dash-too-many-attempts",
            &[("minutes", minutes.into())],
        ),
        Some((
            "/dashboard/sign-in",
            &t_in(language, "dash-back-to-sign-in", &[]),
        )),
    )
}

#[derive(Deserialize, Default)]
struct CodeForm {
    #[serde(default)]
    code: String,
}

/// `POST /dashboard/sign-in/code`: the second step, with the challenge cookie the password
/// step set.
pub async fn sign_in_code(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Some(challenge) = dashboard_auth::challenge_token(&parts.headers) else {
        return see_other("/dashboard/sign-in?error=expired");
    };
    let form: CodeForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match sign_in::second_step(
        &state.db,
        &state.config.operator_keys,
        challenge,
        &form.code,
        client_info(&parts),
    )
    .await
    {
        Ok(signed_in) => with_cookies(
            signed_in_response(&state, &parts, &signed_in.token),
            &[dashboard_auth::cleared_challenge_cookie()],
        ),
        Err(SignInRefusal::WrongCode | SignInRefusal::WrongCredentials) => {
            see_other(&format!("{}?error=code", dashboard_auth::CHALLENGE_PATH))
        }
        Err(SignInRefusal::ChallengeExpired) => with_cookies(
            see_other("/dashboard/sign-in?error=expired"),
            &[dashboard_auth::cleared_challenge_cookie()],
        ),
        Err(SignInRefusal::TooManyAttempts {
            retry_after_seconds,
        }) => (
            StatusCode::TOO_MANY_REQUESTS,
            Html(too_many_attempts_document(
                headers_language(&parts.headers),
                retry_after_seconds,
            )),
        )
            .into_response(),
        Err(SignInRefusal::Service(error)) => server_error(error, "dashboard sign-in code"),
    }
}

#[derive(Deserialize, Default)]
struct ModeForm {
    #[serde(default)]
    mode: String,
}

/// `POST /dashboard/mode`: `mode=live` or `test`; then the home page of that mode.
pub async fn switch_mode(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let (access, token) = match (
        dashboard_auth::signed_in(&state.db, &parts).await,
        dashboard_auth::session_token(&parts.headers),
    ) {
        (Ok(Some(access)), Some(token)) => (access, token),
        (Err(error), _) => return server_error(error, "dashboard authentication"),
        _ => return see_other("/dashboard/sign-in"),
    };
    let form: ModeForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match sign_in::switch_mode(&state.db, &access, token, form.mode == "live").await {
        Ok(()) => see_other("/dashboard"),
        Err(ServiceError::Invalid { .. }) => see_other("/dashboard?mode=unavailable"),
        Err(error) => server_error(error, "switching the dashboard's mode"),
    }
}

#[derive(Deserialize, Default)]
struct LanguageForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    return_to: String,
}

/// The dashboard's language switcher (signed in or not): the choice lives in a cookie for a
/// year, sent on `/dashboard` paths only, and the same page comes back in it.
pub async fn choose_language(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    use crate::{domain::return_url::back_within, i18n::Language};
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let form: LanguageForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let back = back_within(&form.return_to, "/dashboard");
    let Some(language) = Language::from_tag(&form.language) else {
        return see_other(back);
    };
    let cookie = dashboard_auth::language_cookie(language, secure(&state, &parts));
    with_cookies(see_other(back), &[cookie])
}

pub async fn sign_out(State(state): State<AppState>, parts: Parts) -> Response {
    if let Some(token) = dashboard_auth::session_token(&parts.headers) {
        if let Err(error) = sign_in::sign_out(&state.db, token, client_info(&parts)).await {
            return server_error(error, "dashboard sign-out");
        }
    }
    with_cookies(
        see_other("/dashboard/sign-in?signed_out=1"),
        &dashboard_auth::cleared_cookies(),
    )
}

#[derive(Deserialize, Default)]
struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    if HostScope::of(&parts) != HostScope::AllMerchants {
        return StatusCode::NOT_FOUND.into_response();
    }
    let form: PasswordForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let back = |code: &str| see_other(&format!("/dashboard/setup/{token}?error={code}"));
    if form.password != form.confirm {
        return back("mismatch");
    }
    let client = client_info(&parts);
    match accounts::set_password_with_link(&state.db, &token, &form.password, client.clone()).await
    {
        Ok(user) => match sign_in::start_session(&state.db, &user.id, &client).await {
            Ok(session) => signed_in_response(&state, &parts, &session),
            Err(error) => server_error(error, "starting a dashboard session"),
        },
        // The page says the link is unusable by itself.
        Err(LinkRefusal::Unusable) => see_other(&format!("/dashboard/setup/{token}")),
        Err(LinkRefusal::Password(refused)) => back(password_code(refused)),
        Err(LinkRefusal::Service(error)) => server_error(error, "setting a dashboard password"),
    }
}

/// `GET /dashboard/invoices/{id}/pdf`: an invoice's PDF for the signed-in team, within
/// their merchant and mode (any other id is not found).
pub async fn invoice_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    use crate::server::services::billing::invoice_documents;
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    match invoice_documents::invoice_pdf(&state.db, &access.actor(), &id).await {
        Ok(pdf) => crate::server::api::billing::pdf_response(&pdf.filename, pdf.bytes),
        Err(ServiceError::NotFound { .. }) => (
            StatusCode::NOT_FOUND,
            t_in(
                headers_language(&parts.headers),
                "dash-invoice-not-found",
                &[],
            ),
        )
            .into_response(),
        Err(ServiceError::Invalid { .. }) => (
            StatusCode::CONFLICT,
            t_in(headers_language(&parts.headers), "dash-invoice-no-pdf", &[]),
        )
            .into_response(),
        Err(error) => server_error(error, "a dashboard invoice PDF"),
    }
}

/// The largest branding form accepted: a 512 KB logo and the text fields, with room for
/// the multipart framing.
pub const MAX_BRANDING_FORM_BYTES: usize = 640 * 1024;

/// `POST /dashboard/settings/branding`: the branding form (with its logo file) saved
/// through the same service as `POST /v1/branding`. A refusal comes back to the form with
/// what was typed and the field to fix.
pub async fn save_branding(
    State(state): State<AppState>,
    parts: Parts,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    use crate::domain::dashboard::Permission;
    use crate::server::services::settings::branding;
    use crate::ui::dashboard::settings::{SAVE_BRANDING, TEXT_FIELDS};
    let (access, form) = match signed_in_with_form(&state, &parts, multipart).await {
        Ok(signed_in) => signed_in,
        Err(response) => return response,
    };
    let changes = form.changes();
    let result = match access.actor_for(Permission::ManageSettings) {
        Ok(actor) => branding::update(&state.db, &actor, changes)
            .await
            .map(|_| ()),
        Err(refused) => Err(refused),
    };
    match result {
        Ok(()) => see_other(&format!("{SAVE_BRANDING}?saved=1")),
        Err(error @ (ServiceError::Invalid { .. } | ServiceError::RoleForbids)) => {
            brand_refusal(headers_language(&parts.headers), &form, &error, TEXT_FIELDS)
        }
        Err(error) => server_error(error, "saving the dashboard branding"),
    }
}

/// The branding form as posted: its text fields, the logo file (when one was chosen) and
/// whether the logo is to be removed.
struct BrandingForm {
    text: Vec<(String, String)>,
    logo: Option<Option<crate::server::services::settings::branding::LogoUpload>>,
    remove_logo: bool,
}

impl BrandingForm {
    fn text(&self, name: &str) -> Option<String> {
        self.text
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
    }

    /// Every field, as `POST /v1/branding` would take it.
    fn changes(&self) -> crate::server::services::settings::branding::BrandingChanges {
        crate::server::services::settings::branding::BrandingChanges {
            business_name: Some(self.text("business_name")),
            accent_color: Some(self.text("accent_color")),
            support_url: Some(self.text("support_url")),
            support_email: Some(self.text("support_email")),
            privacy_policy_url: Some(self.text("privacy_policy_url")),
            terms_of_service_url: Some(self.text("terms_of_service_url")),
            logo: if self.remove_logo {
                Some(None)
            } else {
                self.logo.clone()
            },
        }
    }
}

/// The signed-in user and the branding form they posted; otherwise the answer to send
/// instead (sign in, or back to the form when it cannot be read).
async fn signed_in_with_form(
    state: &AppState,
    parts: &Parts,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<
    (
        crate::server::services::dashboard::DashboardAccess,
        BrandingForm,
    ),
    Response,
> {
    use crate::ui::dashboard::settings::SAVE_BRANDING;
    let access = signed_in(state, parts).await?;
    let form = match multipart {
        Ok(multipart) => read_branding_form(multipart).await,
        Err(_) => Err(()),
    };
    let form = form.map_err(|()| {
        let message = t_in(
            headers_language(&parts.headers),
            "dash-branding-error-unreadable",
            &[],
        );
        see_other(&format!(
            "{SAVE_BRANDING}?{}",
            refused_query(&[], "logo", &message)
        ))
    })?;
    Ok((access, form))
}

/// Which sample a branding form asks for.
#[derive(Clone, Copy)]
enum BrandSample {
    InvoicePdf,
    Receipt,
}

/// `POST /dashboard/settings/branding/sample-invoice.pdf` and `…/sample-receipt`: the
/// branding form as it stands, drawn on a sample invoice or receipt and saved nowhere. A
/// refusal goes back to the form (in the sample's tab) with the field to fix.
async fn brand_sample(
    state: AppState,
    parts: Parts,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
    sample: BrandSample,
) -> Response {
    use crate::domain::dashboard::Permission;
    use crate::server::services::billing::{invoice_documents, receipts};
    use crate::ui::dashboard::settings::TEXT_FIELDS;
    let (access, form) = match signed_in_with_form(&state, &parts, multipart).await {
        Ok(signed_in) => signed_in,
        Err(response) => return response,
    };
    let actor = match access.actor_for(Permission::ManageSettings) {
        Ok(actor) => actor,
        Err(refused) => {
            return brand_refusal(
                headers_language(&parts.headers),
                &form,
                &refused,
                TEXT_FIELDS,
            )
        }
    };
    let drawn = match sample {
        BrandSample::InvoicePdf => invoice_documents::sample_pdf(&state.db, &actor, form.changes())
            .await
            .map(|pdf| {
                (
                    [
                        (header::CONTENT_TYPE, "application/pdf"),
                        (
                            header::CONTENT_DISPOSITION,
                            "inline; filename=\"sample-invoice.pdf\"",
                        ),
                    ],
                    pdf,
                )
                    .into_response()
            }),
        BrandSample::Receipt => receipts::sample_html(&state.db, &actor, form.changes())
            .await
            .map(|html| {
                (
                    // The receipt's own inline styles and its logo; nothing else runs or loads.
                    [(
                        header::CONTENT_SECURITY_POLICY,
                        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
                    )],
                    Html(html),
                )
                    .into_response()
            }),
    };
    match drawn {
        Ok(response) => response,
        Err(error @ (ServiceError::Invalid { .. } | ServiceError::RoleForbids)) => {
            brand_refusal(headers_language(&parts.headers), &form, &error, TEXT_FIELDS)
        }
        Err(error) => server_error(error, "drawing a branding sample"),
    }
}

/// The branding form again, with what was typed and the field a refusal names.
fn brand_refusal(
    language: Language,
    form: &BrandingForm,
    error: &ServiceError,
    fields: [&str; 6],
) -> Response {
    use crate::ui::dashboard::settings::SAVE_BRANDING;
    let (field, message) = branding_refusal(language, error);
    let drafts: Vec<(&str, String)> = fields
        .iter()
        .filter_map(|name| form.text(name).map(|value| (*name, value)))
        .collect();
    see_other(&format!(
        "{SAVE_BRANDING}?{}",
        refused_query(&drafts, field, &message)
    ))
}

pub async fn sample_invoice_pdf(
    State(state): State<AppState>,
    parts: Parts,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    brand_sample(state, parts, multipart, BrandSample::InvoicePdf).await
}

pub async fn sample_receipt(
    State(state): State<AppState>,
    parts: Parts,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    brand_sample(state, parts, multipart, BrandSample::Receipt).await
}

async fn read_branding_form(mut multipart: axum::extract::Multipart) -> Result<BrandingForm, ()> {
    use crate::server::services::settings::branding::LogoUpload;
    use base64::{engine::general_purpose::STANDARD, Engine};
    let mut form = BrandingForm {
        text: Vec::new(),
        logo: None,
        remove_logo: false,
    };
    while let Some(field) = multipart.next_field().await.map_err(|_| ())? {
        let name = field.name().unwrap_or_default().to_string();
        match name.as_str() {
            "logo" => {
                let declared = field.content_type().unwrap_or_default().to_string();
                let bytes = field.bytes().await.map_err(|_| ())?;
                if bytes.is_empty() {
                    continue; // no file chosen
                }
                // Browsers label files by their extension; the service checks the bytes.
                let content_type = if bytes.starts_with(b"\x89PNG") {
                    "image/png".to_string()
                } else if declared == "image/svg+xml" || bytes.windows(4).any(|w| w == b"<svg") {
                    "image/svg+xml".to_string()
                } else {
                    declared
                };
                form.logo = Some(Some(LogoUpload {
                    content_type,
                    data: STANDARD.encode(&bytes),
                }));
            }
            "remove_logo" => form.remove_logo = field.text().await.map_err(|_| ())? == "1",
            _ => {
                let value = field.text().await.map_err(|_| ())?;
                form.text.push((name, value));
            }
        }
    }
    Ok(form)
}

/// The form field a refused branding save names, and what to tell the merchant.
fn branding_refusal(language: Language, error: &ServiceError) -> (&'static str, String) {
    let words = |key: &str| t_in(language, key, &[]);
    let ServiceError::Invalid { param, message } = error else {
        return match error {
            ServiceError::RoleForbids => ("", words("dash-role-owner-or-admin")),
            other => ("", other.to_string()),
        };
    };
    let (field, key) = match param.as_ref() {
        "businessName" => ("business_name", "dash-branding-error-name"),
        "accentColor" => ("accent_color", "dash-branding-error-accent"),
        "supportEmail" => ("support_email", "dash-branding-error-email"),
        "supportUrl" => ("support_url", "dash-branding-error-support-url"),
        "privacyPolicyUrl" => ("privacy_policy_url", "dash-branding-error-privacy-url"),
        "termsOfServiceUrl" => ("terms_of_service_url", "dash-branding-error-terms-url"),
        // The logo's own reasons (too large, not an image) come from the service.
        _ if message.starts_with("The ") => return ("logo", message.clone()),
        _ => ("logo", "dash-branding-error-logo"),
    };
    (field, words(key))
}

/// The query a refused form comes back with: what was typed, the field and the message.
fn refused_query(drafts: &[(&str, String)], field: &str, message: &str) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in drafts {
        query.append_pair(name, value);
    }
    query.append_pair("field", field);
    query.append_pair("error", message);
    query.finish()
}

/// The signed-in user, if their role may manage developer settings; otherwise the answer
/// to send instead (sign in, or back to the keys with the refusal).
async fn developer(
    state: &AppState,
    parts: &Parts,
) -> Result<crate::server::services::Actor, Response> {
    use crate::domain::dashboard::Permission;
    use crate::ui::dashboard::api_keys::API_KEYS;
    actor_for(state, parts, Permission::ManageDevelopers, || {
        see_other(&format!("{API_KEYS}?error=role"))
    })
    .await
}

/// A new key, shown once. `no-store` (set for all of `/dashboard`) keeps it out of caches.
fn new_key_page(
    language: Language,
    key: &crate::server::services::developers::api_keys::ApiKeyObject,
) -> Response {
    use crate::ui::dashboard::api_keys::API_KEYS;
    let words = |key: &str| t_in(language, key, &[]);
    let message = words(if key.livemode {
        "dash-new-key-text-live"
    } else {
        "dash-new-key-text-test"
    });
    Html(crate::ui::session::secret_document(
        language,
        &words("dash-new-key-title"),
        &message,
        (
            &words("dash-new-key-field"),
            key.secret.as_deref().unwrap_or_default(),
        ),
        (API_KEYS, &words("dash-back-to-keys")),
    ))
    .into_response()
}

#[derive(Deserialize, Default)]
struct NewKeyForm {
    #[serde(default)]
    name: String,
}

/// `POST /dashboard/developers/api-keys/new`: a key of the mode the user is looking at.
pub async fn create_api_key(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    new_api_key(state, parts, body, false).await
}

/// `POST /dashboard/developers/api-keys/new-live`: the first live key, made from test mode.
pub async fn create_live_api_key(
    State(state): State<AppState>,
    parts: Parts,
    body: Bytes,
) -> Response {
    new_api_key(state, parts, body, true).await
}

async fn new_api_key(state: AppState, parts: Parts, body: Bytes, live: bool) -> Response {
    use crate::server::services::developers::api_keys;
    use crate::ui::dashboard::api_keys::API_KEYS;
    let actor = match developer(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let form: NewKeyForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let made = if live {
        api_keys::create_live(&state.db, &actor, Some(form.name)).await
    } else {
        api_keys::create(&state.db, &actor, Some(form.name)).await
    };
    match made {
        Ok(key) => new_key_page(headers_language(&parts.headers), &key),
        Err(ServiceError::Invalid { .. }) => see_other(&format!("{API_KEYS}?error=name")),
        Err(error) => server_error(error, "creating an API key"),
    }
}

#[derive(Deserialize, Default)]
struct RollForm {
    #[serde(default)]
    overlap: String,
}

/// `POST /dashboard/developers/api-keys/{id}/roll`: a new key replaces `id`, which keeps
/// working for the chosen time.
pub async fn roll_api_key(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    use crate::server::services::developers::api_keys;
    use crate::ui::dashboard::api_keys::API_KEYS;
    let actor = match developer(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let form: RollForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let Ok(overlap) = form.overlap.trim().parse::<i64>() else {
        return see_other(&format!("{API_KEYS}?error=overlap"));
    };
    match api_keys::roll(&state.db, &actor, &id, overlap).await {
        Ok(key) => new_key_page(headers_language(&parts.headers), &key),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{API_KEYS}?error=gone")),
        Err(ServiceError::Invalid { .. }) => see_other(&format!("{API_KEYS}?error=overlap")),
        Err(error) => server_error(error, "rolling an API key"),
    }
}

/// `POST /dashboard/developers/api-keys/{id}/revoke`.
pub async fn revoke_api_key(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    use crate::server::services::developers::api_keys;
    use crate::ui::dashboard::api_keys::API_KEYS;
    let actor = match developer(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    match api_keys::revoke(&state.db, &actor, &id).await {
        Ok(_) => see_other(&format!("{API_KEYS}?done=revoked")),
        Err(ServiceError::NotFound { .. }) => see_other(&format!("{API_KEYS}?error=gone")),
        Err(error) => server_error(error, "revoking an API key"),
    }
}

/// The `?error=` code a refused new password comes back with (`sign_in::error_message`
/// words it).
fn password_code(refused: RefusedPassword) -> &'static str {
    match refused {
        RefusedPassword::TooShort => "short",
        RefusedPassword::TooLong => "long",
        RefusedPassword::Common => "common",
        RefusedPassword::IsEmail => "email",
    }
}

#[derive(Deserialize, Default)]
struct ChangePasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /dashboard/account/password`: a new password, given the current one. Every other
/// session of the account ends; this browser stays signed in with a new cookie.
pub async fn change_password(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    use crate::server::services::dashboard::sign_in::PasswordChangeRefusal;
    use crate::ui::dashboard::account::ACCOUNT;
    let access = match signed_in(&state, &parts).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: ChangePasswordForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let back = |code: &str| see_other(&format!("{ACCOUNT}?error={code}"));
    if form.password != form.confirm {
        return back("mismatch");
    }
    match sign_in::change_password(&state.db, &access, &form.current, &form.password).await {
        Ok(token) => {
            let cookie = dashboard_auth::session_cookie(&token, secure(&state, &parts));
            with_cookies(see_other(&format!("{ACCOUNT}?changed=1")), &[cookie])
        }
        Err(PasswordChangeRefusal::WrongCurrent) => back("current"),
        Err(PasswordChangeRefusal::Password(refused)) => back(password_code(refused)),
        Err(PasswordChangeRefusal::Service(error)) => {
            server_error(error, "changing a dashboard password")
        }
    }
}

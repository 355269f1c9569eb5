//! Files the portal serves outside its pages: `GET /portal/invoices/{id}/pdf` (signed in)
//! `GET /brand/{merchant}/logo` and `.../logo.png` (public, like any logo on a web page) and
//! `GET /documents/{merchant}/invoices/{id}.pdf?token=` (a receipt's link).
use axum::{
    extract::{Path, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

use crate::server::{
    http::hosts::HostScope,
    http::portal_auth,
    services::{billing::invoice_documents, billing::receipts, settings::branding, ServiceError},
    state::AppState,
};

fn refusal(status: StatusCode, message: &'static str) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], message).into_response()
}

/// The signed-in customer's invoice as PDF; another customer's is not found.
pub async fn invoice_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    let session_ended = || {
        refusal(
            StatusCode::UNAUTHORIZED,
            "Your session has ended. Please return and open the billing portal again.",
        )
    };
    let access = match portal_auth::signed_in(&state.db, &parts).await {
        Ok(Some(access)) => access,
        Ok(None) => return session_ended(),
        Err(error) => {
            tracing::error!(%error, "portal authentication failed");
            return refusal(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.");
        }
    };
    if !access.features.invoice_history.enabled {
        return refusal(StatusCode::NOT_FOUND, "Invoices are not available here.");
    }
    match invoice_documents::invoice_pdf(&state.db, &access.actor(), &id).await {
        Ok(pdf) => crate::server::api::billing::pdf_response(&pdf.filename, pdf.bytes),
        Err(ServiceError::NotFound { .. }) => {
            refusal(StatusCode::NOT_FOUND, "We couldn't find that invoice.")
        }
        Err(ServiceError::Invalid { .. }) => {
            refusal(StatusCode::CONFLICT, "This invoice has no PDF yet.")
        }
        Err(error) => {
            tracing::error!(%error, invoice = id, "invoice PDF failed");
            refusal(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.")
        }
    }
}

/// The merchant's logo. Its URL carries the brand's version, so it may be cached for good;
/// an SVG (sanitised on upload) is also sent with a policy that forbids scripts outright.
pub async fn logo(
    State(state): State<AppState>,
    Path(merchant_id): Path<String>,
    parts: Parts,
) -> Response {
    serve_logo(&state, &merchant_id, &parts, LogoFormat::AsUploaded).await
}

/// The merchant's logo as PNG, for e-mail receipts (an SVG drawn to pixels).
pub async fn logo_png(
    State(state): State<AppState>,
    Path(merchant_id): Path<String>,
    parts: Parts,
) -> Response {
    serve_logo(&state, &merchant_id, &parts, LogoFormat::Png).await
}

enum LogoFormat {
    AsUploaded,
    Png,
}

async fn serve_logo(
    state: &AppState,
    merchant_id: &str,
    parts: &Parts,
    format: LogoFormat,
) -> Response {
    if !HostScope::of(parts).admits(merchant_id) {
        return refusal(StatusCode::NOT_FOUND, "No logo.");
    }
    let logo = match format {
        LogoFormat::AsUploaded => branding::logo(&state.db, merchant_id).await,
        LogoFormat::Png => branding::logo_png(&state.db, merchant_id)
            .await
            .map(|png| png.map(|bytes| (bytes, "image/png".to_string()))),
    };
    match logo {
        Ok(Some((bytes, content_type))) => logo_response(bytes, &content_type),
        Ok(None) => refusal(StatusCode::NOT_FOUND, "No logo."),
        Err(error) => {
            tracing::error!(%error, "logo failed");
            refusal(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.")
        }
    }
}

fn logo_response(bytes: Vec<u8>, content_type: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_str(content_type)
                    .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream")),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[derive(serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// The invoice PDF a receipt links to; a wrong token reads as a missing invoice.
pub async fn receipt_pdf(
    State(state): State<AppState>,
    Path((merchant_id, file)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<TokenQuery>,
    parts: Parts,
) -> Response {
    let invoice_id = file
        .strip_suffix(".pdf")
        .filter(|_| HostScope::of(&parts).admits(&merchant_id));
    let Some(invoice_id) = invoice_id else {
        return refusal(StatusCode::NOT_FOUND, "We couldn't find that invoice.");
    };
    match receipts::pdf_by_token(
        &state.db,
        &receipts::LinkSigner::from_config(&state.config),
        &merchant_id,
        invoice_id,
        &query.token,
    )
    .await
    {
        Ok(pdf) => crate::server::api::billing::pdf_response(&pdf.filename, pdf.bytes),
        Err(ServiceError::NotFound { .. }) => {
            refusal(StatusCode::NOT_FOUND, "We couldn't find that invoice.")
        }
        Err(error) => {
            tracing::error!(%error, "receipt PDF failed");
            refusal(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.")
        }
    }
}

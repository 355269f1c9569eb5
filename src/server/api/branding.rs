//! `GET /v1/branding` and `POST /v1/branding`: the merchant's brand. Fields set to `null`
//! are cleared; the logo is `{"contentType": "image/png" | "image/svg+xml", "data": base64}`.
use axum::{
    extract::{DefaultBodyLimit, State},
    routing::get,
    Json, Router,
};
use serde::Deserialize;

use super::{
    extract::{present, ApiActor, ApiJson},
    ApiError,
};
use crate::server::{
    services::settings::branding::{self, BrandingChanges, BrandingObject, LogoUpload},
    state::AppState,
};

/// Room for a logo a little over the 512 KB limit in base64, so that the limit is reported
/// as such rather than as an oversized request.
pub const MAX_BRANDING_BODY_BYTES: usize = 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/v1/branding",
        get(read)
            .post(update)
            .layer(DefaultBodyLimit::max(MAX_BRANDING_BODY_BYTES)),
    )
}

/// The portal's branding.
#[utoipa::path(
    get,
    path = "/v1/branding",
    operation_id = "retrieveBranding",
    tag = "Branding",
    responses((status = 200, body = BrandingObject))
)]
async fn read(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<BrandingObject>, ApiError> {
    Ok(Json(branding::get(&state.db, &actor).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = LogoUpload)]
struct Logo {
    content_type: String,
    data: String,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(as = BrandingUpdate)]
struct UpdateBody {
    #[serde(default, deserialize_with = "present")]
    business_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    accent_color: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    support_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    support_email: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    privacy_policy_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    terms_of_service_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    logo: Option<Option<Logo>>,
}

/// Change the branding; `null` clears a field. Up to 1 MiB with the logo.
#[utoipa::path(
    post,
    path = "/v1/branding",
    operation_id = "updateBranding",
    tag = "Branding",
    request_body = UpdateBody,
    responses((status = 200, body = BrandingObject))
)]
async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<UpdateBody>,
) -> Result<Json<BrandingObject>, ApiError> {
    let changes = BrandingChanges {
        business_name: body.business_name,
        accent_color: body.accent_color,
        support_url: body.support_url,
        support_email: body.support_email,
        privacy_policy_url: body.privacy_policy_url,
        terms_of_service_url: body.terms_of_service_url,
        logo: body.logo.map(|logo| {
            logo.map(|logo| LogoUpload {
                content_type: logo.content_type,
                data: logo.data,
            })
        }),
    };
    Ok(Json(branding::update(&state.db, &actor, changes).await?))
}

//! A merchant's brand (`GET`/`POST /v1/branding`): business name, logo, accent colour and
//! the support and legal links, applied at once to the portal and invoice PDFs.
use base64::{engine::general_purpose::STANDARD, Engine};

use crate::domain::email::valid_email;
use serde::Serialize;
use serde_json::json;

use crate::server::services::{
    developers::audit, now_unix, objects::format_time, Actor, ServiceError, ServiceError as Error,
    ServiceResult,
};
use crate::{
    domain::color::{self, Rgb},
    server::{
        db::{
            store,
            store::merchants::{BrandRow, StoredLogo},
            Db,
        },
        svg,
    },
    views::PortalBranding,
};

pub use crate::domain::color::DEFAULT_ACCENT;
/// Largest logo accepted.
pub const MAX_LOGO_BYTES: usize = 512 * 1024;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BrandingObject {
    pub object: &'static str,
    pub business_name: Option<String>,
    pub accent_color: Option<String>,
    /// Derived: the text colour on the accent (WCAG AA).
    pub accent_text_color: String,
    /// Derived: the link colour in the light scheme (WCAG AA on its backgrounds).
    pub link_color: String,
    /// Derived: the link colour in the dark scheme (WCAG AA on its backgrounds).
    pub dark_link_color: String,
    /// What the merchant should know, e.g. that the accent is too light for links.
    pub warnings: Vec<String>,
    pub support_url: Option<String>,
    pub support_email: Option<String>,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    pub logo: Option<LogoObject>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LogoObject {
    pub content_type: String,
    /// Path of the logo on the portal host.
    pub url: String,
}

fn logo_url(merchant_id: &str, row: &BrandRow) -> Option<String> {
    row.brand_logo_type.as_ref()?;
    Some(format!(
        "/brand/{merchant_id}/logo?v={}",
        row.brand_updated_at.unwrap_or(0)
    ))
}

/// The PNG rendition of a logo at `logo_url` (as `portal_branding` gives it).
pub fn png_logo_path(logo_url: &str) -> String {
    logo_url.replacen("/logo?", "/logo.png?", 1)
}

fn accent(row: &BrandRow) -> Rgb {
    row.brand_accent_color
        .as_deref()
        .and_then(Rgb::parse_hex)
        .or_else(|| Rgb::parse_hex(DEFAULT_ACCENT))
        .expect("the default accent parses")
}

impl BrandingObject {
    fn new(merchant_id: &str, row: &BrandRow) -> Self {
        let accent = accent(row);
        let (link, darkened) = color::link_on_light(accent);
        let warnings = darkened
            .then(|| {
                format!(
                    "accentColor {} has a contrast of {:.1}:1 on the portal's light backgrounds, under the 4.5:1 links need; the portal shows links in {} instead",
                    accent.hex(),
                    color::lowest_contrast(accent, &color::LIGHT_SURFACES),
                    link.hex()
                )
            })
            .into_iter()
            .collect();
        Self {
            object: "branding",
            business_name: row.brand_business_name.clone(),
            accent_color: row.brand_accent_color.clone(),
            accent_text_color: color::text_on(accent).hex(),
            link_color: link.hex(),
            dark_link_color: color::link_on_dark(accent).hex(),
            warnings,
            support_url: row.brand_support_url.clone(),
            support_email: row.brand_support_email.clone(),
            privacy_policy_url: row.brand_privacy_url.clone(),
            terms_of_service_url: row.brand_terms_url.clone(),
            logo: row.brand_logo_type.as_ref().map(|content_type| LogoObject {
                content_type: content_type.clone(),
                url: logo_url(merchant_id, row).unwrap_or_default(),
            }),
            updated_at: row.brand_updated_at.map(format_time),
        }
    }
}

/// The brand with a configuration's `businessProfile` over it: its headline, and its
/// privacy and terms links in place of the brand's.
pub fn with_business_profile(
    mut branding: PortalBranding,
    profile: &crate::domain::portal_configuration::BusinessProfile,
) -> PortalBranding {
    let nonempty = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
    branding.headline = nonempty(&profile.headline);
    if let Some(url) = nonempty(&profile.privacy_policy_url) {
        branding.privacy_url = Some(url);
    }
    if let Some(url) = nonempty(&profile.terms_of_service_url) {
        branding.terms_url = Some(url);
    }
    branding
}

/// The brand as the portal applies it, from the settings read with the session.
pub fn portal_branding(merchant_id: &str, merchant_name: &str, row: &BrandRow) -> PortalBranding {
    let accent = accent(row);
    PortalBranding {
        business_name: row
            .brand_business_name
            .clone()
            .unwrap_or_else(|| merchant_name.to_string()),
        headline: None,
        accent: accent.hex(),
        accent_text: color::text_on(accent).hex(),
        link: color::link_on_light(accent).0.hex(),
        link_dark: color::link_on_dark(accent).hex(),
        logo_url: logo_url(merchant_id, row),
        support_url: row.brand_support_url.clone(),
        support_email: row.brand_support_email.clone(),
        privacy_url: row.brand_privacy_url.clone(),
        terms_url: row.brand_terms_url.clone(),
        frame_ancestors: Vec::new(),
    }
}

pub async fn get(db: &Db, actor: &Actor) -> ServiceResult<BrandingObject> {
    let mut conn = db.conn().await?;
    let row = store::merchants::brand(conn.exec(), actor.merchant_id())
        .await?
        .unwrap_or_default();
    Ok(BrandingObject::new(actor.merchant_id(), &row))
}

/// A logo as uploaded: its content type and base64 data.
#[derive(Debug, Clone)]
pub struct LogoUpload {
    pub content_type: String,
    pub data: String,
}

/// The changes of `POST /v1/branding`; `Some(None)` clears a field.
#[derive(Debug, Default)]
pub struct BrandingChanges {
    pub business_name: Option<Option<String>>,
    pub accent_color: Option<Option<String>>,
    pub support_url: Option<Option<String>>,
    pub support_email: Option<Option<String>>,
    pub privacy_policy_url: Option<Option<String>>,
    pub terms_of_service_url: Option<Option<String>>,
    pub logo: Option<Option<LogoUpload>>,
}

fn trimmed(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn check_url(param: &'static str, value: Option<String>) -> ServiceResult<Option<String>> {
    let Some(value) = trimmed(value) else {
        return Ok(None);
    };
    match url::Url::parse(&value) {
        Ok(url) if matches!(url.scheme(), "https" | "http") && url.host().is_some() => {
            Ok(Some(url.to_string()))
        }
        _ => Err(Error::invalid(
            param,
            format!("{param} must be an absolute http(s) URL"),
        )),
    }
}

/// The largest PNG rendition of an SVG logo: three times the PDF's 180 × 36 pt logo box (sharp
/// in print), which also covers e-mail receipts' 200 × 48 px at twice the pixels.
const RASTER_MAX_WIDTH: f32 = 540.0;
const RASTER_MAX_HEIGHT: f32 = 108.0;

/// The PNG rendition of a sanitised SVG logo, drawn once (at upload) for the places that
/// cannot show SVG: PDFs and e-mail clients.
fn rendition(svg: &[u8]) -> Option<Vec<u8>> {
    svg::to_png(svg, RASTER_MAX_WIDTH, RASTER_MAX_HEIGHT)
}

/// Checks an uploaded logo: a PNG as it is, an SVG sanitised and drawn to its PNG
/// rendition; at most 512 KB either way. Answers the logo to store and its content type.
fn check_logo(upload: LogoUpload) -> ServiceResult<(StoredLogo, String)> {
    let bytes = STANDARD
        .decode(upload.data.trim())
        .map_err(|_| Error::invalid("logo.data", "logo.data must be base64"))?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(Error::invalid(
            "logo.data",
            format!(
                "The logo is {} KB; it may be at most 512 KB",
                bytes.len().div_ceil(1024)
            ),
        ));
    }
    match upload.content_type.as_str() {
        "image/png" if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => {
            Ok((StoredLogo { bytes, png: None }, upload.content_type))
        }
        "image/png" => Err(Error::invalid("logo.data", "logo.data is not a PNG image")),
        "image/svg+xml" => {
            let clean = svg::sanitize(&bytes)
                .map_err(|error| Error::invalid("logo.data", error.to_string()))?;
            let png = rendition(&clean).ok_or_else(|| {
                Error::invalid(
                    "logo.data",
                    "The SVG logo cannot be drawn: give its <svg> a size (a viewBox, or a width and height above 0)",
                )
            })?;
            Ok((
                StoredLogo {
                    bytes: clean,
                    png: Some(png),
                },
                upload.content_type,
            ))
        }
        _ => Err(Error::invalid(
            "logo.contentType",
            "logo.contentType must be image/png or image/svg+xml",
        )),
    }
}

/// What `changes` make of the brand `before`, checked as `POST /v1/branding` checks them:
/// the new brand, and the logo to store (`Some(None)` removes it). Nothing is written.
fn apply(
    before: &BrandRow,
    changes: BrandingChanges,
) -> ServiceResult<(BrandRow, Option<Option<StoredLogo>>)> {
    let mut after = before.clone();
    if let Some(name) = changes.business_name {
        let name = trimmed(name);
        if name.as_ref().is_some_and(|n| n.chars().count() > 200) {
            return Err(Error::invalid(
                "businessName",
                "businessName is at most 200 characters",
            ));
        }
        after.brand_business_name = name;
    }
    if let Some(color) = changes.accent_color {
        after.brand_accent_color = match trimmed(color) {
            None => None,
            Some(color) => Some(
                Rgb::parse_hex(&color)
                    .ok_or_else(|| {
                        Error::invalid(
                            "accentColor",
                            "accentColor must be a hex colour like #4f46e5",
                        )
                    })?
                    .hex(),
            ),
        };
    }
    if let Some(url) = changes.support_url {
        after.brand_support_url = check_url("supportUrl", url)?;
    }
    if let Some(url) = changes.privacy_policy_url {
        after.brand_privacy_url = check_url("privacyPolicyUrl", url)?;
    }
    if let Some(url) = changes.terms_of_service_url {
        after.brand_terms_url = check_url("termsOfServiceUrl", url)?;
    }
    if let Some(email) = changes.support_email {
        let email = trimmed(email);
        if email.as_deref().is_some_and(|e| !valid_email(e)) {
            return Err(Error::invalid(
                "supportEmail",
                "supportEmail must be an e-mail address such as help@example.com",
            ));
        }
        after.brand_support_email = email;
    }
    let logo = match changes.logo {
        None => None,
        Some(None) => {
            after.brand_logo_type = None;
            Some(None)
        }
        Some(Some(upload)) => {
            let (logo, content_type) = check_logo(upload)?;
            after.brand_logo_type = Some(content_type);
            Some(Some(logo))
        }
    };
    Ok((after, logo))
}

pub async fn update(
    db: &Db,
    actor: &Actor,
    changes: BrandingChanges,
) -> ServiceResult<BrandingObject> {
    actor.require_shared_settings_access()?;
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    let before = store::merchants::brand(tx.exec(), merchant_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("merchant", "merchant", merchant_id))?;
    let (mut after, logo) = apply(&before, changes)?;
    let now = now_unix();
    after.brand_updated_at = Some(now.max(before.brand_updated_at.unwrap_or(0) + 1));
    store::merchants::update_brand(
        tx.exec(),
        merchant_id,
        &after,
        logo.as_ref().map(Option::as_ref),
    )
    .await?;
    let object = BrandingObject::new(merchant_id, &after);
    let mut recorded = audit::changes_between(
        &json!(BrandingObject::new(merchant_id, &before)),
        &json!(object),
    );
    if let Some(map) = recorded.as_object_mut() {
        map.remove("updatedAt");
    }
    audit::record(
        tx.exec(),
        actor,
        now,
        audit::NewEntry {
            action: "branding.updated",
            customer_id: None,
            object_id: merchant_id,
            changes: Some(recorded),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(object)
}

/// The brand a branding form would save, for the samples drawn before saving: the brand as
/// documents apply it, and the PNG of its logo. Checked like a save; nothing is written.
pub struct DraftBrand {
    /// An unsaved logo has no address yet: its `logo_url` is a `data:` URL.
    pub branding: PortalBranding,
    pub logo_png: Option<Vec<u8>>,
}

pub async fn draft(db: &Db, actor: &Actor, changes: BrandingChanges) -> ServiceResult<DraftBrand> {
    actor.require_shared_settings_access()?;
    let merchant_id = actor.merchant_id();
    let (before, merchant_name) = {
        let mut conn = db.conn().await?;
        let brand = store::merchants::brand(conn.exec(), merchant_id)
            .await?
            .ok_or_else(|| ServiceError::not_found("merchant", "merchant", merchant_id))?;
        let name = store::merchants::name(conn.exec(), merchant_id)
            .await?
            .unwrap_or_default();
        (brand, name)
    };
    let (after, logo) = apply(&before, changes)?;
    let mut branding = portal_branding(merchant_id, &merchant_name, &after);
    let logo_png = match logo {
        None => logo_png(db, merchant_id).await?,
        Some(None) => None,
        Some(Some(stored)) => {
            let png = stored.png.unwrap_or(stored.bytes);
            branding.logo_url = Some(format!("data:image/png;base64,{}", STANDARD.encode(&png)));
            Some(png)
        }
    };
    Ok(DraftBrand { branding, logo_png })
}

/// The logo for the portal and documents: bytes and content type.
pub async fn logo(db: &Db, merchant_id: &str) -> ServiceResult<Option<(Vec<u8>, String)>> {
    let mut conn = db.conn().await?;
    Ok(store::merchants::logo(conn.exec(), merchant_id).await?)
}

/// The logo's longest sides as an e-mail receipt shows it, in CSS pixels; its PNG rendition
/// has at least twice as many pixels, for sharp screens.
pub const EMAIL_LOGO_HEIGHT: u32 = 48;
pub const EMAIL_LOGO_MAX_WIDTH: u32 = 200;

/// The logo as PNG, for PDFs and e-mail clients (most show no SVG): a PNG as uploaded, an
/// SVG's rendition drawn at upload. `None` without a logo.
pub async fn logo_png(db: &Db, merchant_id: &str) -> ServiceResult<Option<Vec<u8>>> {
    let mut conn = db.conn().await?;
    Ok(store::merchants::logo_png(conn.exec(), merchant_id).await?)
}

/// Draws, once, the PNG rendition of SVG logos uploaded before renditions were stored (run
/// at start). Answers how many were drawn.
pub async fn draw_missing_logo_renditions(db: &Db) -> ServiceResult<usize> {
    let missing = {
        let mut conn = db.conn().await?;
        store::merchants::svg_logos_without_png(conn.exec()).await?
    };
    let mut drawn = 0;
    for (merchant_id, svg) in missing {
        let Some(png) = rendition(&svg) else {
            tracing::warn!(merchant = %merchant_id, "the SVG logo could not be drawn as PNG");
            continue;
        };
        let mut tx = db.begin_write().await?;
        store::merchants::set_logo_png(tx.exec(), &merchant_id, &png).await?;
        tx.commit().await?;
        drawn += 1;
    }
    Ok(drawn)
}

//! Invoice PDFs (`GET /v1/invoices/{id}/pdf`, "Download PDF" in the portal). The first
//! download renders the invoice as its page shows it and stores the bytes; every later one
//! answers the stored document, so a finalised invoice's PDF never changes.
use crate::domain::invoice::InvoiceStatus;
use crate::server::services::{
    billing::invoice_views, now_unix, settings::branding, Actor, ServiceError, ServiceResult,
};
use crate::server::{
    db::{store, Db},
    pdf::{self, Branding, Logo, Paper},
};
use crate::{
    i18n::{self, Language},
    views::PortalBranding,
};

pub struct InvoicePdf {
    /// `ACME-0001.pdf`
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// The invoice's PDF, within the actor's scope (a portal session: its customer's only).
pub async fn invoice_pdf(db: &Db, actor: &Actor, invoice_id: &str) -> ServiceResult<InvoicePdf> {
    let merchant = actor.merchant_id();
    let (view, country, stored) = {
        let mut conn = db.conn().await?;
        let merchant_name = store::merchants::name(conn.exec(), merchant)
            .await?
            .unwrap_or_default();
        let brand = store::merchants::brand(conn.exec(), merchant)
            .await?
            .unwrap_or_default();
        let branding = crate::server::services::settings::branding::portal_branding(
            merchant,
            &merchant_name,
            &brand,
        );
        let (view, contact) = invoice_views::invoice_view(
            conn.exec(),
            actor,
            invoice_views::ShownIn::Its,
            &merchant_name,
            "",
            branding,
            invoice_id,
        )
        .await?;
        let stored = store::invoice_documents::get(conn.exec(), merchant, invoice_id).await?;
        (view, contact.country, stored)
    };
    if view.summary.status == InvoiceStatus::Draft {
        return Err(ServiceError::invalid(
            "id",
            "A draft invoice has no PDF until it is finalised",
        ));
    }
    let filename = format!(
        "{}.pdf",
        view.summary
            .number
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect::<String>()
    );
    if let Some(bytes) = stored {
        return Ok(InvoicePdf { filename, bytes });
    }
    // An SVG logo's PNG rendition was drawn at upload, at print resolution.
    let logo_png = branding::logo_png(db, merchant).await?;
    let branding = document_branding(view.language, &view.branding, logo_png.as_deref());
    let rendered = pdf::invoice_pdf(&view, Paper::for_country(country.as_deref()), &branding);
    let mut conn = db.write_conn().await?;
    store::invoice_documents::insert_first(
        conn.exec(),
        merchant,
        invoice_id,
        &rendered,
        now_unix(),
    )
    .await?;
    // A concurrent first download may have stored its copy first: answer that one.
    let bytes = store::invoice_documents::get(conn.exec(), merchant, invoice_id)
        .await?
        .unwrap_or(rendered);
    Ok(InvoicePdf { filename, bytes })
}

/// What a PDF shows of the brand beyond the invoice page: the accent, the logo (a PNG) and
/// the footer of business name, contact and legal links, in the document's `language`.
fn document_branding(
    language: Language,
    brand: &PortalBranding,
    logo_png: Option<&[u8]>,
) -> Branding {
    let link = |key: &str, url: &String| i18n::text_with(language, key, &[("url", url.into())]);
    let mut footer = vec![[
        Some(brand.business_name.clone()),
        brand.support_email.clone(),
        brand.support_url.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")];
    let legal: Vec<String> = [
        brand
            .privacy_url
            .as_ref()
            .map(|url| link("pdf-privacy", url)),
        brand.terms_url.as_ref().map(|url| link("pdf-terms", url)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !legal.is_empty() {
        footer.push(legal.join(" · "));
    }
    Branding {
        accent: brand.accent.clone(),
        footer,
        logo: logo_png.and_then(Logo::from_png),
    }
}

/// A sample invoice PDF in the brand a branding form would save (Settings → Branding's
/// "Sample invoice PDF"): checked like a save, nothing written.
pub async fn sample_pdf(
    db: &Db,
    actor: &Actor,
    changes: branding::BrandingChanges,
) -> ServiceResult<Vec<u8>> {
    let draft = branding::draft(db, actor, changes).await?;
    let pdf_branding = document_branding(Language::En, &draft.branding, draft.logo_png.as_deref());
    let merchant_name = draft.branding.business_name.clone();
    let view = invoice_views::sample_invoice(draft.branding, &merchant_name, now_unix());
    Ok(pdf::invoice_pdf(&view, Paper::A4, &pdf_branding))
}

//! Merchants (tenants).
use crate::server::db::{inline::inline_row, on_exec, Exec};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MerchantRow {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

pub async fn insert(exec: Exec<'_>, row: &MerchantRow) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("INSERT INTO merchants (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(&row.id)
            .bind(&row.name)
            .bind(row.created_at)
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// Takes the merchant's next invoice number, `<prefix>-<sequence>` (`ACME-0001`). The
/// counter row is locked until the caller's transaction ends, so numbers never repeat and
/// never skip on commit. Each mode has its own sequence, so that test invoices leave no gap
/// in the live ones.
pub async fn next_invoice_number(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
) -> Result<String, sqlx::Error> {
    let (prefix, name, sequence): (Option<String>, String, i64) = on_exec!(exec, |c| {
        sqlx::query_as(
            "UPDATE merchants
             SET invoices_numbered = invoices_numbered + CASE WHEN $2 THEN 0 ELSE 1 END,
                 live_invoices_numbered = live_invoices_numbered + CASE WHEN $2 THEN 1 ELSE 0 END
             WHERE id = $1
             RETURNING invoice_prefix, name,
                 CASE WHEN $2 THEN live_invoices_numbered ELSE invoices_numbered END",
        )
        .bind(merchant_id)
        .bind(livemode)
        .fetch_one(c)
        .await
    })?;
    let prefix = prefix.unwrap_or_else(|| default_invoice_prefix(&name, merchant_id));
    Ok(format!("{prefix}-{sequence:04}"))
}

/// Up to 8 letters and digits of the merchant's name in capitals, or of its id.
fn default_invoice_prefix(name: &str, merchant_id: &str) -> String {
    let from = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .take(8)
            .collect::<String>()
            .to_ascii_uppercase()
    };
    let prefix = from(name);
    if prefix.len() >= 3 {
        prefix
    } else {
        from(merchant_id.trim_start_matches("mer_"))
    }
}

/// The key of the merchant's card fingerprints, made on first use.
pub async fn fingerprint_key(
    exec: Exec<'_>,
    merchant_id: &str,
    fresh_key: &str,
) -> Result<String, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar(
            "UPDATE merchants SET fingerprint_key = COALESCE(fingerprint_key, $2) WHERE id = $1
             RETURNING fingerprint_key",
        )
        .bind(merchant_id)
        .bind(fresh_key)
        .fetch_one(c)
        .await
    })
}

/// The merchant's business name.
pub async fn name(exec: Exec<'_>, merchant_id: &str) -> Result<Option<String>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar("SELECT name FROM merchants WHERE id = $1")
            .bind(merchant_id)
            .fetch_optional(c)
            .await
    })
}

inline_row! {
    /// A merchant's brand settings (the logo's bytes apart).
    #[derive(Debug, Clone, Default, sqlx::FromRow)]
    pub struct BrandRow {
        pub brand_business_name: Option<String>,
        pub brand_accent_color: Option<String>,
        pub brand_support_url: Option<String>,
        pub brand_support_email: Option<String>,
        pub brand_privacy_url: Option<String>,
        pub brand_terms_url: Option<String>,
        pub brand_logo_type: Option<String>,
        pub brand_updated_at: Option<i64>,
    }
}

pub const BRAND_COLUMNS: &str = "brand_business_name, brand_accent_color, brand_support_url,
     brand_support_email, brand_privacy_url, brand_terms_url, brand_logo_type, brand_updated_at";

pub async fn brand(exec: Exec<'_>, merchant_id: &str) -> Result<Option<BrandRow>, sqlx::Error> {
    let sql = format!("SELECT {BRAND_COLUMNS} FROM merchants WHERE id = $1");
    on_exec!(exec, |c| {
        sqlx::query_as(&sql)
            .bind(merchant_id)
            .fetch_optional(c)
            .await
    })
}

/// A logo as stored: the bytes as uploaded (a sanitised SVG or a PNG) and, for an SVG, its
/// PNG rendition drawn at upload.
#[derive(Debug, Clone)]
pub struct StoredLogo {
    pub bytes: Vec<u8>,
    pub png: Option<Vec<u8>>,
}

/// Writes the brand settings; `logo` is `Some(None)` to remove the logo, `None` to keep it.
pub async fn update_brand(
    exec: Exec<'_>,
    merchant_id: &str,
    row: &BrandRow,
    logo: Option<Option<&StoredLogo>>,
) -> Result<(), sqlx::Error> {
    let keep_logo = logo.is_none();
    let bytes = logo.flatten().map(|logo| logo.bytes.as_slice());
    let png = logo.flatten().and_then(|logo| logo.png.as_deref());
    on_exec!(exec, |c| {
        sqlx::query(
            "UPDATE merchants SET brand_business_name = $1, brand_accent_color = $2,
                 brand_support_url = $3, brand_support_email = $4, brand_privacy_url = $5,
                 brand_terms_url = $6, brand_logo_type = $7, brand_updated_at = $8,
                 brand_logo = CASE WHEN $9 THEN brand_logo ELSE $10 END,
                 brand_logo_png = CASE WHEN $9 THEN brand_logo_png ELSE $12 END
             WHERE id = $11",
        )
        .bind(&row.brand_business_name)
        .bind(&row.brand_accent_color)
        .bind(&row.brand_support_url)
        .bind(&row.brand_support_email)
        .bind(&row.brand_privacy_url)
        .bind(&row.brand_terms_url)
        .bind(&row.brand_logo_type)
        .bind(row.brand_updated_at)
        .bind(keep_logo)
        .bind(bytes)
        .bind(merchant_id)
        .bind(png)
        .execute(c)
        .await
        .map(|_| ())
    })
}

/// The logo's bytes and content type.
pub async fn logo(
    exec: Exec<'_>,
    merchant_id: &str,
) -> Result<Option<(Vec<u8>, String)>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT brand_logo, brand_logo_type FROM merchants
             WHERE id = $1 AND brand_logo IS NOT NULL AND brand_logo_type IS NOT NULL",
        )
        .bind(merchant_id)
        .fetch_optional(c)
        .await
    })
}

/// The logo as PNG: a PNG logo itself, an SVG logo's rendition drawn at upload.
pub async fn logo_png(exec: Exec<'_>, merchant_id: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_scalar::<_, Option<Vec<u8>>>(
            "SELECT CASE WHEN brand_logo_type = 'image/png' THEN brand_logo ELSE brand_logo_png END
             FROM merchants WHERE id = $1",
        )
        .bind(merchant_id)
        .fetch_optional(c)
        .await
        .map(Option::flatten)
    })
}

/// Merchants with an SVG logo that has no PNG rendition yet, with the SVG.
pub async fn svg_logos_without_png(exec: Exec<'_>) -> Result<Vec<(String, Vec<u8>)>, sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query_as(
            "SELECT id, brand_logo FROM merchants
             WHERE brand_logo_type = 'image/svg+xml' AND brand_logo IS NOT NULL
                 AND brand_logo_png IS NULL",
        )
        .fetch_all(c)
        .await
    })
}

/// Stores the PNG rendition of the merchant's current SVG logo.
pub async fn set_logo_png(
    exec: Exec<'_>,
    merchant_id: &str,
    png: &[u8],
) -> Result<(), sqlx::Error> {
    on_exec!(exec, |c| {
        sqlx::query("UPDATE merchants SET brand_logo_png = $2 WHERE id = $1")
            .bind(merchant_id)
            .bind(png)
            .execute(c)
            .await
            .map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn invoice_prefixes_come_from_the_name() {
        assert_eq!(
            super::default_invoice_prefix("Acme Cloud", "mer_x"),
            "ACMECLOU"
        );
        assert_eq!(
            super::default_invoice_prefix("Z!", "mer_ab12cd34ef"),
            "AB12CD34"
        );
    }
}

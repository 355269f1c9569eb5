//! The portal's invoice history (`invoiceHistory`): the list, one invoice with what it bills
//! and how it was paid, read within the session's customer.
use crate::server::services::{
    billing::invoice_views::{debits_on_their_way, invoice_view, summary, ShownIn},
    portal::portal_sessions::PortalAccess,
    settings::portal_configurations::require_enabled,
    ServiceResult,
};
use crate::{
    domain::portal_configuration::PortalFeature,
    server::db::{
        store::{self},
        Db,
    },
    views::{InvoiceDetailView, InvoiceListView},
};

/// Invoices per page of the history.
pub const PAGE_SIZE: i64 = 10;

fn check_enabled(access: &PortalAccess) -> ServiceResult<()> {
    require_enabled(&access.features, PortalFeature::InvoiceHistory)
}

/// Pays one of the customer's open invoices now with the default payment method: the one
/// path behind "Pay now" on the invoice page and on the payment methods page, offered when
/// the configuration shows invoices or lets the customer manage payment methods.
pub async fn pay(
    db: &Db,
    payments: &crate::server::services::payments::Payments,
    access: &PortalAccess,
    invoice_id: &str,
) -> ServiceResult<()> {
    require_enabled(&access.features, PortalFeature::InvoiceHistory)
        .or_else(|_| require_enabled(&access.features, PortalFeature::PaymentMethodUpdate))?;
    crate::server::services::billing::invoices::pay(db, payments, &access.actor(), invoice_id)
        .await
        .map(|_| ())
}

/// Page `page` (1-based) of the customer's invoices, newest first.
pub async fn list(db: &Db, access: &PortalAccess, page: i64) -> ServiceResult<InvoiceListView> {
    check_enabled(access)?;
    let page = page.clamp(1, 10_000);
    let mut conn = db.conn().await?;
    let rows = store::invoices::list_page_for_customer(
        conn.exec(),
        &access.merchant_id,
        &access.customer_id,
        PAGE_SIZE + 1,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let (rows, has_more) = crate::server::services::into_page(rows, PAGE_SIZE);
    let on_their_way = debits_on_their_way(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        &access.customer_id,
    )
    .await?;
    let language = access.language();
    Ok(InvoiceListView {
        language,
        merchant_name: access.merchant_name.clone(),
        return_url: access.return_url.clone(),
        branding: access.branding.clone(),
        invoices: rows
            .iter()
            .map(|row| summary(language, row, on_their_way.contains(&row.id)))
            .collect(),
        page,
        has_more,
    })
}

/// One of the customer's invoices; another customer's reads as missing.
pub async fn detail(
    db: &Db,
    access: &PortalAccess,
    invoice_id: &str,
) -> ServiceResult<InvoiceDetailView> {
    check_enabled(access)?;
    let mut conn = db.conn().await?;
    let (view, _) = invoice_view(
        conn.exec(),
        &access.actor(),
        ShownIn::Reader(access.language()),
        &access.merchant_name,
        &access.return_url,
        access.branding.clone(),
        invoice_id,
    )
    .await?;
    Ok(view)
}

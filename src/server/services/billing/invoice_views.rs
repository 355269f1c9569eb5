//! One invoice as the customer sees it (the portal's invoice page, the PDF and the receipt
//! e-mail): what it bills, the discount and how it was paid, within the actor's scope.
use crate::domain::invoice::InvoiceStatus;
use crate::{
    domain::{
        address::COUNTRIES,
        dates::format_full_date,
        ids::{self, prefix},
        money::format_amount,
        tax_id::TaxIdType,
    },
    server::{
        db::{
            store::{self, invoices::InvoiceRow},
            Exec,
        },
        services::{billing::labels, Actor, ServiceError, ServiceResult},
    },
    views::{InvoiceDetailView, InvoiceLineView, InvoiceSummary, PortalBranding},
};

/// Where an invoice's customer is and how to reach them.
#[derive(Debug, Clone, Default)]
pub struct CustomerContact {
    pub country: Option<String>,
    pub email: Option<String>,
}

/// The invoice `invoice_id` within the actor's merchant, mode and (for a portal session)
/// customer; anything outside reads as missing.
pub(crate) async fn in_scope(
    exec: Exec<'_>,
    actor: &Actor,
    invoice_id: &str,
) -> ServiceResult<InvoiceRow> {
    let not_found = || ServiceError::not_found("invoice", "id", invoice_id);
    if !ids::has_prefix(invoice_id, prefix::INVOICE) {
        return Err(not_found());
    }
    store::invoices::get(
        exec,
        actor.merchant_id(),
        actor.livemode(),
        actor.customer_scope(),
        invoice_id,
    )
    .await?
    .ok_or_else(not_found)
}

fn period(start: i64, end: i64) -> String {
    format!("{} – {}", format_full_date(start), format_full_date(end))
}

fn status_label(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Paid => "Paid",
        InvoiceStatus::Open => "Due",
        InvoiceStatus::Void => "Void",
        InvoiceStatus::Uncollectible => "Uncollectible",
        InvoiceStatus::Draft => "Draft",
    }
}

/// An invoice's line in a list; `debit_on_its_way`: its latest attempt is a debit the bank
/// has not answered yet, so there is nothing to pay meanwhile.
pub fn summary(row: &InvoiceRow, debit_on_its_way: bool) -> InvoiceSummary {
    let processing = debit_on_its_way && row.status == InvoiceStatus::Open;
    InvoiceSummary {
        id: row.id.clone(),
        number: row.number.clone().unwrap_or_else(|| "Draft".to_string()),
        date: format_full_date(row.finalized_at.unwrap_or(row.created_at)),
        total: format_amount(row.total, &row.currency),
        status: row.status,
        status_label: if processing {
            "Processing".to_string()
        } else {
            status_label(row.status).to_string()
        },
        can_pay: row.status == InvoiceStatus::Open && row.amount_due > 0 && !processing,
    }
}

/// The customer's open invoices with a debit on its way (live mode only: test mode's
/// processor answers at once).
pub async fn debits_on_their_way(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
) -> ServiceResult<Vec<String>> {
    if !livemode {
        return Ok(Vec::new());
    }
    Ok(
        store::payment_processors::invoices_with_debit_on_its_way(exec, merchant_id, customer_id)
            .await?,
    )
}

/// An invoice as the portal page and the PDF show it, with its customer's country (for the
/// paper size) and e-mail (for the receipt), within the actor's merchant, mode and (for a
/// portal session) customer.
pub async fn invoice_view(
    mut exec: Exec<'_>,
    actor: &Actor,
    merchant_name: &str,
    return_url: &str,
    branding: PortalBranding,
    invoice_id: &str,
) -> ServiceResult<(InvoiceDetailView, CustomerContact)> {
    let (merchant, livemode) = (actor.merchant_id(), actor.livemode());
    let row = in_scope(exec.reborrow(), actor, invoice_id).await?;
    let customer = row.customer_id.as_str();
    let lines = store::invoice_items::for_invoice(exec.reborrow(), merchant, invoice_id).await?;
    let details = store::customers::get_details(exec.reborrow(), merchant, livemode, customer)
        .await?
        .unwrap_or_default();
    let tax_ids = store::tax_ids::list_for_customer(exec.reborrow(), merchant, customer).await?;
    let coupon = match &row.coupon_id {
        Some(id) => store::coupons::get(exec.reborrow(), merchant, id).await?,
        None => None,
    };
    let payment_method = match &row.payment_method_id {
        Some(id) => {
            store::payment_methods::get(exec.reborrow(), merchant, livemode, customer, id).await?
        }
        None => None,
    };

    let country_name = |code: &str| {
        COUNTRIES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(code.to_string(), |(_, name)| name.to_string())
    };
    let city_line = [
        details.address_postal_code.clone(),
        details.address_city.clone(),
        details.address_state.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    let bill_to = [
        details.name.clone(),
        details.email.clone(),
        details.address_line1.clone(),
        details.address_line2.clone(),
        Some(city_line),
        details.address_country.as_deref().map(country_name),
    ]
    .into_iter()
    .flatten()
    .filter(|line| !line.trim().is_empty())
    .collect();
    let on_its_way = debits_on_their_way(exec.reborrow(), merchant, livemode, customer)
        .await?
        .contains(&row.id);
    let currency = row.currency.as_str();
    let view = InvoiceDetailView {
        merchant_name: merchant_name.to_string(),
        return_url: return_url.to_string(),
        branding,
        summary: summary(&row, on_its_way),
        bill_to,
        tax_ids: tax_ids
            .iter()
            .map(|tax_id| {
                let label = TaxIdType::parse(&tax_id.kind).map_or("Tax ID", TaxIdType::label);
                format!("{label} {}", tax_id.value)
            })
            .collect(),
        lines: lines
            .iter()
            .map(|line| InvoiceLineView {
                description: line.description.clone(),
                period: period(line.period_start, line.period_end),
                quantity: line.quantity,
                amount: format_amount(line.amount, currency),
                proration: line.proration,
            })
            .collect(),
        subtotal: format_amount(row.subtotal, currency),
        discount: (row.discount != 0).then(|| {
            let label = coupon
                .as_ref()
                .map_or("Discount".to_string(), labels::discount_label);
            (label, format!("−{}", format_amount(row.discount, currency)))
        }),
        total: format_amount(row.total, currency),
        amount_paid: format_amount(row.amount_paid, currency),
        amount_due: format_amount(row.amount_due, currency),
        payment_method: payment_method.as_ref().map(labels::card_label),
        period: period(row.period_start, row.period_end),
    };
    let contact = CustomerContact {
        country: details.address_country,
        email: details.email,
    };
    Ok((view, contact))
}

/// A paid invoice for one month of a "Pro" plan, for a sample customer, in `branding`:
/// what Settings → Branding draws its sample PDF and receipt from.
pub fn sample_invoice(
    branding: PortalBranding,
    merchant_name: &str,
    now: i64,
) -> InvoiceDetailView {
    let end = crate::domain::dates::add_months(
        time::OffsetDateTime::from_unix_timestamp(now).unwrap_or(time::OffsetDateTime::UNIX_EPOCH),
        1,
    )
    .unix_timestamp();
    let amount = format_amount(2900, "usd");
    InvoiceDetailView {
        merchant_name: merchant_name.to_string(),
        return_url: String::new(),
        branding,
        summary: InvoiceSummary {
            id: "in_sample".to_string(),
            number: "SAMPLE-0001".to_string(),
            date: format_full_date(now),
            total: amount.clone(),
            status: InvoiceStatus::Paid,
            status_label: status_label(InvoiceStatus::Paid).to_string(),
            can_pay: false,
        },
        bill_to: vec![
            "Sample Customer".to_string(),
            "customer@example.com".to_string(),
            "1 Sample Street".to_string(),
            "Springfield".to_string(),
        ],
        tax_ids: Vec::new(),
        lines: vec![InvoiceLineView {
            description: "Pro".to_string(),
            period: period(now, end),
            quantity: Some(1),
            amount: amount.clone(),
            proration: false,
        }],
        subtotal: amount.clone(),
        discount: None,
        total: amount.clone(),
        amount_paid: amount,
        amount_due: format_amount(0, "usd"),
        payment_method: Some(labels::payment_method_label("card", "visa", "4242")),
        period: period(now, end),
    }
}

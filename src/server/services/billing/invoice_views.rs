//! One invoice as the customer sees it (the portal's invoice page, the PDF and the receipt
//! e-mail): what it bills, the discount and how it was paid, within the actor's scope.
use crate::domain::invoice::InvoiceStatus;
use crate::{
    domain::ids::{self, prefix},
    i18n::{self, format, Language},
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

/// "25 Nov 2026 – 25 Dec 2026" in `language`.
fn period(language: Language, start: i64, end: i64) -> String {
    i18n::text_with(
        language,
        "invoice-period-range",
        &[
            ("start", format::full_date(language, start).into()),
            ("end", format::full_date(language, end).into()),
        ],
    )
}

/// The catalogue key of an invoice status's badge.
fn status_key(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Paid => "invoice-badge-paid",
        InvoiceStatus::Open => "invoice-badge-open",
        InvoiceStatus::Void => "invoice-badge-void",
        InvoiceStatus::Uncollectible => "invoice-badge-uncollectible",
        InvoiceStatus::Draft => "invoice-badge-draft",
    }
}

/// An invoice's line in a list, in `language`; `debit_on_its_way`: its latest attempt is a
/// debit the bank has not answered yet, so there is nothing to pay meanwhile.
pub fn summary(language: Language, row: &InvoiceRow, debit_on_its_way: bool) -> InvoiceSummary {
    let processing = debit_on_its_way && row.status == InvoiceStatus::Open;
    InvoiceSummary {
        id: row.id.clone(),
        number: row
            .number
            .clone()
            .unwrap_or_else(|| i18n::text(language, "invoice-badge-draft")),
        date: format::full_date(language, row.finalized_at.unwrap_or(row.created_at)),
        total: format::money(language, row.total, &row.currency),
        status: row.status,
        status_label: i18n::text(
            language,
            if processing {
                "invoice-badge-processing"
            } else {
                status_key(row.status)
            },
        ),
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

/// Which language an invoice is shown in.
#[derive(Debug, Clone, Copy)]
pub enum ShownIn {
    /// The reader's: a portal page follows the customer's choice of the moment.
    Reader(Language),
    /// The invoice's own, chosen when it was finalised: its PDF and e-mails, which must read
    /// the same every time they are made.
    Its,
}

/// An invoice as the portal page and the PDF show it, with its customer's country (for the
/// paper size) and e-mail (for the receipt), within the actor's merchant, mode and (for a
/// portal session) customer.
pub async fn invoice_view(
    mut exec: Exec<'_>,
    actor: &Actor,
    shown_in: ShownIn,
    merchant_name: &str,
    return_url: &str,
    branding: PortalBranding,
    invoice_id: &str,
) -> ServiceResult<(InvoiceDetailView, CustomerContact)> {
    let (merchant, livemode) = (actor.merchant_id(), actor.livemode());
    let row = in_scope(exec.reborrow(), actor, invoice_id).await?;
    let language = match shown_in {
        ShownIn::Reader(language) => language,
        ShownIn::Its => Language::from_tag(&row.language).unwrap_or_default(),
    };
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

    let country_name = |code: &str| format::country(language, code).unwrap_or(code.to_string());
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
    let money = |amount: i64| format::money(language, amount, currency);
    let view = InvoiceDetailView {
        language,
        merchant_name: merchant_name.to_string(),
        return_url: return_url.to_string(),
        branding,
        summary: summary(language, &row, on_its_way),
        bill_to,
        tax_ids: tax_ids
            .iter()
            .map(|tax_id| {
                let label = labels::tax_id_kind_words(language, &tax_id.kind);
                format!("{label} {}", tax_id.value)
            })
            .collect(),
        lines: lines
            .iter()
            .map(|line| InvoiceLineView {
                description: line.description.clone(),
                period: period(language, line.period_start, line.period_end),
                quantity: line.quantity,
                amount: money(line.amount),
                proration: line.proration,
            })
            .collect(),
        subtotal: money(row.subtotal),
        discount: (row.discount != 0).then(|| {
            let label = coupon.as_ref().map_or_else(
                || i18n::text(language, "discount-unknown"),
                |coupon| labels::discount_words(language, coupon),
            );
            (label, format!("−{}", money(row.discount)))
        }),
        total: money(row.total),
        amount_paid: money(row.amount_paid),
        amount_due: money(row.amount_due),
        payment_method: payment_method
            .as_ref()
            .map(|method| labels::card_words(language, method)),
        period: period(language, row.period_start, row.period_end),
    };
    let contact = CustomerContact {
        country: details.address_country,
        email: details.email,
    };
    Ok((view, contact))
}

/// A paid invoice for one month of a "Pro" plan, for a sample customer, in `branding`:
/// what Settings → Branding draws its sample PDF and receipt from (in English).
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
    let language = Language::En;
    let amount = format::money(language, 2900, "usd");
    InvoiceDetailView {
        language,
        merchant_name: merchant_name.to_string(),
        return_url: String::new(),
        branding,
        summary: InvoiceSummary {
            id: "in_sample".to_string(),
            number: "SAMPLE-0001".to_string(),
            date: format::full_date(language, now),
            total: amount.clone(),
            status: InvoiceStatus::Paid,
            status_label: i18n::text(language, status_key(InvoiceStatus::Paid)),
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
            period: period(language, now, end),
            quantity: Some(1),
            amount: amount.clone(),
            proration: false,
        }],
        subtotal: amount.clone(),
        discount: None,
        total: amount.clone(),
        amount_paid: amount,
        amount_due: format::money(language, 0, "usd"),
        payment_method: Some(labels::payment_method_words(
            language, "card", "visa", "4242",
        )),
        period: period(language, now, end),
    }
}

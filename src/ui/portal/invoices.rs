//! `/portal/invoices` (newest first, a page at a time) and `/portal/invoices/{id}` (what one
//! invoice bills, how it was paid, "Pay now" while it is due, and its PDF).
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{load_invoice, load_invoices, loaded_page};
use crate::{
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        errors::PortalError,
        words::{t, t_in, t_with},
    },
    views::{InvoiceDetailView, InvoiceListView, InvoiceSummary},
};

/// Pays an invoice from its page with the default payment method; back to the invoice with
/// a notice, or with the reason it did not go through.
#[server]
pub async fn pay_invoice_now(invoice_id: String) -> Result<(), PortalError> {
    use crate::server::services::{portal::portal_invoices, ServiceError};
    let page = if crate::domain::ids::has_prefix(&invoice_id, crate::domain::ids::prefix::INVOICE) {
        format!("/portal/invoices/{invoice_id}")
    } else {
        "/portal/invoices".to_string()
    };
    let result = async {
        let (state, access) = super::portal_access().await?;
        match portal_invoices::pay(&state.db, &state.payments, &access, &invoice_id).await {
            Ok(_) => Ok(()),
            Err(ServiceError::PaymentFailed(_)) => Err(PortalError::NotAvailable(
                crate::ui::errors::Unavailable::PaymentFailed,
            )),
            Err(error) => Err(PortalError::from(error)),
        }
    }
    .await;
    match &result {
        Ok(()) => leptos_axum::redirect(&format!("{page}?notice=invoice_paid")),
        Err(PortalError::SessionEnded) => leptos_axum::redirect("/portal"),
        Err(PortalError::NotAvailable(crate::ui::errors::Unavailable::PaymentFailed)) => {
            leptos_axum::redirect(&format!("{page}?error=payment_failed"))
        }
        Err(error) => leptos_axum::redirect(&format!("{page}?error={}", error.code())),
    }
    result
}

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let query = use_query_map();
    let page = query
        .read_untracked()
        .get("page")
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1);
    loaded_page(load_invoices(page), |list| view! { <InvoiceList list /> })
}

#[component]
fn StatusBadge(summary: InvoiceSummary) -> impl IntoView {
    view! { <span class=format!("badge status-{}", summary.status)>{summary.status_label}</span> }
}

#[component]
fn InvoiceList(list: InvoiceListView) -> impl IntoView {
    let InvoiceListView {
        language,
        merchant_name,
        return_url,
        branding,
        invoices,
        page,
        has_more,
    } = list;
    let title = t_in(
        language,
        "invoices-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    // Read inside the layout, which provides the customer's language.
    let rows = move || {
        if invoices.is_empty() {
            view! { <p class="empty">{t("invoices-empty")}</p> }.into_any()
        } else {
            view! {
            <table class="invoices">
                <thead>
                    <tr>
                        <th scope="col">{t("invoices-column-invoice")}</th>
                        <th scope="col">{t("invoices-column-date")}</th>
                        <th scope="col" class="amount">{t("invoices-column-total")}</th>
                        <th scope="col">{t("invoices-column-status")}</th>
                        <th scope="col"><span class="sr-only">{t("invoices-column-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {invoices.into_iter().map(|invoice| {
                        let href = format!("/portal/invoices/{}", invoice.id);
                        view! {
                            <tr data-invoice=invoice.id.clone()>
                                <td><a href=href.clone()>{invoice.number.clone()}</a></td>
                                <td>{invoice.date.clone()}</td>
                                <td class="amount">{invoice.total.clone()}</td>
                                <td><StatusBadge summary=invoice.clone() /></td>
                                <td>
                                    {invoice.can_pay.then(|| view! {
                                        <a class="button primary" href=href>{t("invoice-pay-now")}</a>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
        }
    };
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("invoices-heading")}</h1>
            <section class="card" aria-label=t("invoices-section")>
                {rows()}
                <nav class="pager" aria-label=t("invoices-pages")>
                    {(page > 1).then(|| view! {
                        <a href=format!("/portal/invoices?page={}", page - 1)>
                            <span aria-hidden="true">"← "</span>{t("invoices-newer")}
                        </a>
                    })}
                    {has_more.then(|| view! {
                        <a href=format!("/portal/invoices?page={}", page + 1)>
                            {t("invoices-older")}<span aria-hidden="true">" →"</span>
                        </a>
                    })}
                </nav>
            </section>
        </PortalLayout>
    }
}

#[component]
pub fn InvoicePage() -> impl IntoView {
    let params = use_params_map();
    let id = params.read_untracked().get("id").unwrap_or_default();
    let query = use_query_map();
    let notice = query.read_untracked().get("notice");
    let error = query.read_untracked().get("error");
    loaded_page(load_invoice(id), |invoice| {
        view! { <InvoiceDetail invoice notice error /> }
    })
}

#[component]
fn InvoiceDetail(
    invoice: InvoiceDetailView,
    notice: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let InvoiceDetailView {
        language,
        merchant_name,
        return_url,
        branding,
        summary,
        bill_to,
        tax_ids,
        lines,
        subtotal,
        discount,
        total,
        amount_paid,
        amount_due,
        payment_method,
        period,
    } = invoice;
    let number = summary.number.clone();
    let title = t_in(
        language,
        "invoice-title",
        &[
            ("number", number.as_str().into()),
            ("merchant", merchant_name.as_str().into()),
        ],
    );
    let notice = (notice.as_deref() == Some("invoice_paid")).then_some("invoice-paid-notice");
    let error = error.as_deref().and_then(PortalError::message_key_for_code);
    let pdf = format!("/portal/invoices/{}/pdf", summary.id);
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name=merchant_name.clone() return_url branding language>
            <a class="back-link" href="/portal/invoices"><span aria-hidden="true">"← "</span>{t("invoices-heading")}</a>
            {notice.map(|key| view! { <div class="banner success" role="status">{t(key)}</div> })}
            {error.map(|key| view! { <div class="banner error" role="alert" tabindex="-1" autofocus>{t(key)}</div> })}
            <h1>{t_with("invoice-heading", &[("number", number.into())])}</h1>
            <p class="invoice-meta">
                <StatusBadge summary=summary.clone() />
                " "
                {t_with("invoice-issued", &[("date", summary.date.as_str().into()), ("period", period.into())])}
            </p>
            <section class="card invoice-parties">
                <div>
                    <h2>{t("invoice-from")}</h2>
                    <p>{merchant_name}</p>
                </div>
                <div>
                    <h2>{t("invoice-billed-to")}</h2>
                    {bill_to.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {tax_ids.into_iter().map(|line| view! { <p class="tax-id">{line}</p> }).collect_view()}
                </div>
            </section>
            <section class="card" aria-label=t("invoice-lines")>
                <table class="invoice-lines">
                    <thead>
                        <tr>
                            <th scope="col">{t("invoice-description")}</th>
                            <th scope="col">{t("invoice-period")}</th>
                            <th scope="col" class="amount">{t("invoice-quantity")}</th>
                            <th scope="col" class="amount">{t("invoice-amount")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {lines.into_iter().map(|line| view! {
                            <tr class:proration=line.proration>
                                <td>{line.description}</td>
                                <td>{line.period}</td>
                                <td class="amount">{line.quantity.map(|q| q.to_string())}</td>
                                <td class="amount">{line.amount}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <dl class="invoice-totals">
                    <dt>{t("invoice-subtotal")}</dt><dd>{subtotal}</dd>
                    {discount.map(|(label, amount)| view! { <dt>{label}</dt><dd>{amount}</dd> })}
                    <dt>{t("invoice-total")}</dt><dd class="total">{total}</dd>
                    <dt>{t("invoice-amount-paid")}</dt><dd>{amount_paid}</dd>
                    <dt>{t("invoice-amount-due")}</dt><dd>{amount_due}</dd>
                </dl>
                {payment_method.map(|method| view! {
                    <p class="invoice-payment">{t_with("invoice-payment-method", &[("method", method.into())])}</p>
                })}
            </section>
            <div class="invoice-actions">
                {summary.can_pay.then(|| view! {
                    <PendingForm action=PayInvoiceNow::url().to_string()>
                        <input type="hidden" name="invoice_id" value=summary.id.clone() />
                        <SubmitButton label=t("invoice-pay-now") />
                    </PendingForm>
                })}
                <a class="button" href=pdf download>{t("invoice-download")}</a>
            </div>
        </PortalLayout>
    }
}

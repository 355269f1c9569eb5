//! `/dashboard/customers` (the list, with search and pages) and a customer's page, with
//! "Open the portal as this customer".
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::Confirmed,
        words::{t, t_with},
    },
    views::dashboard::{CustomerListView, CustomerPageView, DetailLine, LineAction},
};

#[server]
pub async fn load_customers(
    search: Option<String>,
    page: Option<i64>,
) -> Result<CustomerListView, DashboardError> {
    use crate::server::services::dashboard::customers;
    let (state, access) = super::dashboard_access().await?;
    let facts = customers::list(&state.db, &access, search.as_deref(), page.unwrap_or(1)).await?;
    Ok(super::pages::customer_list(&access, facts))
}

/// The customer's page; `done` and `refused` are the outcome of a change just made (the
/// codes and message its post came back with).
#[server]
pub async fn load_customer(
    id: String,
    done: Option<String>,
    refused: Option<String>,
) -> Result<CustomerPageView, DashboardError> {
    use crate::server::services::dashboard::customers;
    let (state, access) = super::dashboard_access().await?;
    let facts = customers::detail(&state.db, &access, &id).await?;
    let outcome = match (done.as_deref(), refused) {
        (_, Some(message)) => Some((message, false)),
        (Some(code), None) => Some((super::customer_forms::done_message(code), true)),
        (None, None) => None,
    };
    Ok(super::pages::customer_page(&access, facts, outcome))
}

/// Mints a portal session for the customer as the signed-in user and sends the browser
/// (the new tab the form opened) to it.
#[server]
pub async fn open_portal(
    customer: String,
    configuration: Option<String>,
) -> Result<(), DashboardError> {
    use crate::server::services::dashboard::customers;
    let (state, access) = super::dashboard_access().await?;
    let configuration = configuration.filter(|id| !id.is_empty());
    let url = customers::open_portal(
        &state.db,
        &access,
        &state.config.public_url,
        &customer,
        configuration,
        &format!("/dashboard/customers/{customer}"),
    )
    .await?;
    leptos_axum::redirect(&url);
    Ok(())
}

#[component]
pub fn CustomersPage() -> impl IntoView {
    let query = use_query_map();
    let search = query.read_untracked().get("q");
    let page = query
        .read_untracked()
        .get("page")
        .and_then(|page| page.parse().ok());
    loaded_page(
        load_customers(search, page),
        |list| view! { <CustomerList list /> },
    )
}

#[component]
fn CustomerList(list: CustomerListView) -> impl IntoView {
    let CustomerListView {
        header,
        search,
        customers,
        previous_page,
        next_page,
    } = list;
    let title = t_with(
        "dash-customers-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let empty = if search.is_empty() {
        t("dash-customers-none")
    } else {
        t_with(
            "dash-customers-no-match",
            &[("search", search.as_str().into())],
        )
    };
    view! {
        <PageTitle text=title />
        <DashboardLayout header current="/dashboard/customers">
            <h1>{t("dash-nav-customers")}</h1>
            <form class="search-form" method="get" action="/dashboard/customers" role="search">
                <label for="q">{t("dash-customers-search-label")}</label>
                <div class="search-row">
                    <input id="q" name="q" type="search" value=search maxlength="200" />
                    <button type="submit" class="button">{t("dash-customers-search")}</button>
                </div>
            </form>
            {if customers.is_empty() {
                view! { <p class="empty">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="customer-list">
                        {customers
                            .into_iter()
                            .map(|customer| {
                                let href = format!("/dashboard/customers/{}", customer.id);
                                let name = if customer.name.is_empty() { customer.id.clone() } else { customer.name };
                                view! {
                                    <li class="card">
                                        <a href=href><strong>{name}</strong></a>
                                        <span class="muted">{customer.email}</span>
                                        <span class="muted">{t_with("dash-customers-since", &[("id", customer.id.into()), ("date", customer.created.into())])}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <nav class="pager" aria-label=t("dash-pages")>
                {previous_page.map(|href| view! { <a class="button" href=href rel="prev">{t("dash-previous-page")}</a> })}
                {next_page.map(|href| view! { <a class="button" href=href rel="next">{t("dash-next-page")}</a> })}
            </nav>
        </DashboardLayout>
    }
}

#[component]
pub fn CustomerPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.read_untracked().get("id").unwrap_or_default();
    let query = use_query_map().get_untracked();
    loaded_page(
        load_customer(id, query.get("done"), query.get("refused")),
        |customer| view! { <Customer customer /> },
    )
}

#[component]
fn Lines(
    id: &'static str,
    heading: String,
    empty: String,
    lines: Vec<DetailLine>,
) -> impl IntoView {
    let labelled_by = id;
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=id>{heading}</h2>
            {if lines.is_empty() {
                view! { <p class="empty">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list">
                        {lines
                            .into_iter()
                            .map(|line| {
                                let title = match line.href {
                                    Some(href) => view! { <a href=href>{line.title}</a> }.into_any(),
                                    None => view! { <strong>{line.title}</strong> }.into_any(),
                                };
                                view! {
                                    <li>
                                        {title}
                                        {line.badge.map(|(word, class)| {
                                            let class = format!("badge {class}");
                                            view! { <span class=class>{word}</span> }
                                        })}
                                        <span class="muted">{line.detail}</span>
                                        {(!line.actions.is_empty()).then(|| view! {
                                            <div class="line-actions">
                                                {line.actions.into_iter().map(|action| view! { <LineChange action /> }).collect_view()}
                                            </div>
                                        })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// A line's change, confirmed first.
#[component]
fn LineChange(action: LineAction) -> impl IntoView {
    let LineAction {
        action,
        label,
        consequence,
        confirm,
        danger,
    } = action;
    view! { <Confirmed summary=label consequence action confirm danger /> }
}

#[component]
fn Customer(customer: CustomerPageView) -> impl IntoView {
    let CustomerPageView {
        header,
        outcome,
        id,
        name,
        contact,
        subscriptions,
        payment_methods,
        invoices,
        tax_ids,
        changes,
        configurations,
        can_open_portal,
    } = customer;
    let title = t_with(
        "dash-customer-title",
        &[
            ("name", name.as_str().into()),
            ("merchant", header.merchant_name.as_str().into()),
        ],
    );
    let action = OpenPortal::url().to_string();
    view! {
        <PageTitle text=title />
        <DashboardLayout header current="/dashboard/customers">
            <p><a href="/dashboard/customers">"← "{t("dash-nav-customers")}</a></p>
            <h1>{name}</h1>
            <p class="muted">{id.clone()}</p>
            {outcome.map(|(message, done)| if done {
                view! { <p class="banner success" role="status">{message}</p> }.into_any()
            } else {
                view! { <p class="banner error" role="alert" tabindex="-1" autofocus>{message}</p> }.into_any()
            })}
            {(!contact.is_empty()).then(|| view! {
                <address class="contact">{contact.into_iter().map(|line| view! { <span>{line}</span> }).collect_view()}</address>
            })}
            {can_open_portal.then(|| view! {
                <form class="open-portal" method="post" action=action target="_blank">
                    <input type="hidden" name="customer" value=id.clone() />
                    <label for="configuration">{t("dash-customer-configuration")}</label>
                    <select id="configuration" name="configuration">
                        {configurations
                            .into_iter()
                            .map(|(value, label)| view! { <option value=value>{label}</option> })
                            .collect_view()}
                    </select>
                    <button type="submit" class="button primary">{t("dash-customer-open-portal")}</button>
                </form>
            })}
            <Lines id="subscriptions" heading=t("dash-customer-subscriptions") empty=t("dash-customer-subscriptions-none") lines=subscriptions />
            <Lines id="payment-methods" heading=t("dash-customer-payment-methods") empty=t("dash-customer-payment-methods-none") lines=payment_methods />
            <Lines id="invoices" heading=t("dash-customer-invoices") empty=t("dash-customer-invoices-none") lines=invoices />
            <section class="card" aria-labelledby="tax-ids">
                <h2 id="tax-ids">{t("dash-customer-tax-ids")}</h2>
                {if tax_ids.is_empty() {
                    view! { <p class="empty">{t("dash-customer-tax-ids-none")}</p> }.into_any()
                } else {
                    view! { <ul class="detail-list">{tax_ids.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
            <Lines id="events-and-audit-entries" heading=t("dash-customer-changes") empty=t("dash-customer-changes-none") lines=changes />
        </DashboardLayout>
    }
}

//! The dashboard's customer pages: the list with its search, and one customer with what
//! they have (subscriptions, payment methods, invoices, tax IDs, recent changes), read
//! within the signed-in user's merchant and mode. Opening the portal as a customer mints
//! a session through the same service as the API.
use crate::domain::dashboard::Permission;
use crate::server::db::{
    store::{
        self,
        audit_log::{AuditFilter, AuditRow},
        customers::{CustomerDetailsRow, CustomerRow},
        invoices::InvoiceRow,
        payment_methods::PaymentMethodRow,
        subscriptions::SubscriptionWithPriceRow,
        tax_ids::TaxIdRow,
    },
    Db,
};
use crate::server::services::{
    dashboard::DashboardAccess,
    portal::portal_sessions::{self, CreatePortalSession},
    ServiceError, ServiceResult,
};

/// Customers a list page shows.
pub const PAGE_SIZE: i64 = 25;
/// Invoices and changes a customer's page shows.
const RECENT: i64 = 20;

#[derive(Debug, Clone)]
pub struct CustomerListFacts {
    pub customers: Vec<CustomerRow>,
    /// Pages count from 1.
    pub page: i64,
    pub has_more: bool,
    pub search: Option<String>,
}

/// The merchant's customers in the user's mode, `search`ed by id, name or e-mail.
pub async fn list(
    db: &Db,
    access: &DashboardAccess,
    search: Option<&str>,
    page: i64,
) -> ServiceResult<CustomerListFacts> {
    let page = page.clamp(1, 10_000);
    let search = search.map(str::trim).filter(|text| !text.is_empty());
    if search.is_some_and(|text| text.chars().count() > 200) {
        return Err(ServiceError::invalid(
            "q",
            "Search for at most 200 characters",
        ));
    }
    let mut conn = db.conn().await?;
    let mut customers = store::customers::search(
        conn.exec(),
        &access.merchant_id,
        access.livemode,
        search,
        PAGE_SIZE + 1,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let has_more = customers.len() as i64 > PAGE_SIZE;
    customers.truncate(PAGE_SIZE as usize);
    Ok(CustomerListFacts {
        customers,
        page,
        has_more,
        search: search.map(str::to_string),
    })
}

#[derive(Debug, Clone)]
pub struct CustomerFacts {
    pub customer: CustomerRow,
    pub details: CustomerDetailsRow,
    pub default_payment_method: Option<String>,
    pub subscriptions: Vec<SubscriptionWithPriceRow>,
    pub payment_methods: Vec<PaymentMethodRow>,
    pub invoices: Vec<InvoiceRow>,
    pub tax_ids: Vec<TaxIdRow>,
    /// The customer's recent changes, newest first.
    pub changes: Vec<AuditRow>,
    /// The merchant's portal configurations in this mode (`default` first), to open the
    /// portal with.
    pub configurations: Vec<(String, bool)>,
}

/// One customer of the user's merchant and mode; any other id is not found.
pub async fn detail(
    db: &Db,
    access: &DashboardAccess,
    customer_id: &str,
) -> ServiceResult<CustomerFacts> {
    let merchant = &access.merchant_id;
    let mut conn = db.conn().await?;
    let customer = store::customers::get(conn.exec(), merchant, access.livemode, customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "id", customer_id))?;
    let details =
        store::customers::get_details(conn.exec(), merchant, access.livemode, customer_id)
            .await?
            .unwrap_or_default();
    let default_payment_method =
        store::customers::default_payment_method(conn.exec(), merchant, customer_id).await?;
    let subscriptions =
        store::subscriptions::list_for_customer_with_prices(conn.exec(), merchant, customer_id)
            .await?;
    let payment_methods =
        store::payment_methods::list_for_customer(conn.exec(), merchant, customer_id).await?;
    let invoices =
        store::invoices::list_for_customer(conn.exec(), merchant, customer_id, RECENT).await?;
    let tax_ids = store::tax_ids::list_for_customer(conn.exec(), merchant, customer_id).await?;
    let changes = store::audit_log::list_page(
        conn.exec(),
        merchant,
        access.livemode,
        &AuditFilter {
            customer_id: Some(customer_id),
            limit: RECENT,
            ..Default::default()
        },
    )
    .await?;
    let configurations = store::portal_configurations::list(conn.exec(), merchant, access.livemode)
        .await?
        .into_iter()
        .map(|row| (row.id, row.is_default))
        .collect();
    Ok(CustomerFacts {
        customer,
        details,
        default_payment_method,
        subscriptions,
        payment_methods,
        invoices,
        tax_ids,
        changes,
        configurations,
    })
}

/// Mints a portal session for one of the user's customers (with `configuration`, or the
/// merchant's default) that returns to `return_path` in the dashboard; its URL.
pub async fn open_portal(
    db: &Db,
    access: &DashboardAccess,
    public_url: &str,
    customer_id: &str,
    configuration: Option<String>,
    return_path: &str,
) -> ServiceResult<String> {
    let actor = access.actor_for(Permission::ManageCustomers)?;
    let return_url = format!("{}{return_path}", public_url.trim_end_matches('/'));
    let session = portal_sessions::create(
        db,
        &actor,
        public_url,
        CreatePortalSession {
            customer: customer_id.to_string(),
            return_url: Some(return_url),
            configuration,
            flow: None,
            locale: None,
        },
    )
    .await?;
    Ok(session.url)
}

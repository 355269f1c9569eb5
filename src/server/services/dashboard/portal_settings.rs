//! Settings → Portal: what the configuration editor reads (the merchant's configurations,
//! the catalogue a plan switch may offer, the coupons a retention offer may use) and its
//! "Preview", a portal session for a test customer with the configuration being edited.
//! Saving goes through `settings::portal_configurations`, as `POST /v1/billing/portal/
//! configurations/{id}` does.
use crate::domain::dashboard::Permission;
use crate::server::db::{
    store::{self, catalog::PriceWithProductRow, catalog::ProductRow, coupons::CouponRow},
    Db,
};
use crate::server::services::{
    dashboard::{customers, DashboardAccess},
    settings::portal_configurations::{self, ConfigurationObject},
    ServiceError, ServiceResult,
};

/// Test customers "Preview" offers.
const PREVIEW_CUSTOMERS: i64 = 20;

pub struct PortalSettingsFacts {
    /// Default first, then the past-due configuration, then the others oldest first.
    pub configurations: Vec<ConfigurationObject>,
    pub current: ConfigurationObject,
    pub products: Vec<ProductRow>,
    pub prices: Vec<PriceWithProductRow>,
    pub coupons: Vec<CouponRow>,
    /// Recent customers in test mode (none in live mode: a preview must not touch real
    /// subscriptions).
    pub preview_customers: Vec<store::customers::CustomerRow>,
}

/// Configuration `id` (`default` for the default) with what its form offers.
pub async fn read(
    db: &Db,
    access: &DashboardAccess,
    id: &str,
) -> ServiceResult<PortalSettingsFacts> {
    let actor = access.actor();
    let current = portal_configurations::get(db, &actor, id).await?;
    let mut configurations = portal_configurations::list(db, &actor).await?;
    configurations.sort_by_key(|c| (!c.is_default, !c.is_past_due_default, c.created_at.clone()));
    let mut conn = db.conn().await?;
    let products = store::catalog::list_products(conn.exec(), &access.merchant_id).await?;
    let prices = store::catalog::list_prices(conn.exec(), &access.merchant_id, None, None).await?;
    let coupons = store::coupons::list(conn.exec(), &access.merchant_id).await?;
    let preview_customers = if access.livemode {
        Vec::new()
    } else {
        store::customers::search(
            conn.exec(),
            &access.merchant_id,
            false,
            None,
            PREVIEW_CUSTOMERS,
            0,
        )
        .await?
    };
    Ok(PortalSettingsFacts {
        configurations,
        current,
        products,
        prices,
        coupons,
        preview_customers,
    })
}

/// A portal session for test customer `customer_id` with configuration `id`, returning to
/// its settings page; the session's URL.
pub async fn preview(
    db: &Db,
    access: &DashboardAccess,
    public_url: &str,
    id: &str,
    customer_id: &str,
) -> ServiceResult<String> {
    access.actor_for(Permission::ManageSettings)?;
    if access.livemode {
        return Err(ServiceError::invalid(
            "customer",
            "Preview opens the portal for a test customer; switch to test mode to preview.",
        ));
    }
    // Resolves `default` and refuses another merchant's configuration.
    let configuration = portal_configurations::get(db, &access.actor(), id).await?;
    customers::open_portal(
        db,
        access,
        public_url,
        customer_id,
        Some(configuration.id.clone()),
        &format!("/dashboard/settings/portal/{}", configuration.id),
    )
    .await
}

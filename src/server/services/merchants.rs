//! Onboarding a merchant: the tenant, its first secret key and its default portal configuration.
use crate::server::services::{now_unix, ServiceResult};
use crate::{
    domain::{ids::prefix, portal_configuration::PortalFeatures},
    server::{
        db::{
            store::{self, merchants::MerchantRow, portal_configurations::PortalConfigurationRow},
            Db,
        },
        secrets,
    },
};

pub struct NewMerchant {
    pub merchant_id: String,
    /// The test-mode secret key, shown once.
    pub secret_key: String,
}

/// Creates a merchant with a test secret key (`secret_key` if given, else a fresh one)
/// and, in each mode, a default configuration allowing plan switches between
/// `switchable_products`.
pub async fn create(
    db: &Db,
    name: &str,
    secret_key: Option<String>,
    switchable_products: &[&str],
) -> ServiceResult<NewMerchant> {
    let now = now_unix();
    let merchant_id = secrets::new_id(prefix::MERCHANT);
    let secret_key = secret_key.unwrap_or_else(|| format!("sk_test_{}", secrets::new_secret()));
    let mut tx = db.begin_write().await?;
    store::merchants::insert(
        tx.exec(),
        &MerchantRow {
            id: merchant_id.clone(),
            name: name.to_string(),
            created_at: now,
        },
    )
    .await?;
    add_api_key(&mut tx, &merchant_id, &secret_key, now).await?;
    let features =
        serde_json::to_string(&PortalFeatures::default_for_products(switchable_products))
            .map_err(anyhow::Error::from)?;
    for livemode in [false, true] {
        store::portal_configurations::insert(
            tx.exec(),
            &PortalConfigurationRow {
                id: secrets::new_id(prefix::PORTAL_CONFIGURATION),
                merchant_id: merchant_id.clone(),
                is_default: true,
                features: features.clone(),
                business_profile: "{}".to_string(),
                default_return_url: None,
                created_at: now,
                updated_at: now,
                is_past_due_default: false,
                frame_ancestors: "[]".to_string(),
                livemode,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(NewMerchant {
        merchant_id,
        secret_key,
    })
}

pub(crate) async fn add_api_key(
    tx: &mut crate::server::db::Tx,
    merchant_id: &str,
    secret_key: &str,
    now: i64,
) -> ServiceResult<()> {
    let livemode = secret_key.starts_with("sk_live_");
    crate::server::services::developers::api_keys::insert_new(
        tx,
        merchant_id,
        livemode,
        Some(secret_key),
        None,
        now,
    )
    .await?;
    Ok(())
}

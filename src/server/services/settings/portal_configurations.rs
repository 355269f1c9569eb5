//! Portal configurations: which features a merchant's portal sessions offer.
//! Requests arrive as JSON so that updates can be deep-merged into the stored settings and
//! every refusal can name the exact field (`features.subscriptionCancel.mode`).
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::Value;

use crate::server::services::{
    developers::events::{self, NewEvent},
    now_unix,
    objects::format_time,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        host_name::parse_embedding_origin,
        ids::prefix,
        portal_configuration::{
            AllowedProduct, BusinessProfile, FlowData, PortalFeature, PortalFeatures,
        },
        return_url::ReturnUrl,
    },
    server::{
        db::{store, store::portal_configurations::PortalConfigurationRow, Db, Exec, Tx},
        secrets,
    },
};

/// The features of configuration `configuration_id`, as stored.
pub(crate) async fn features(
    exec: Exec<'_>,
    merchant_id: &str,
    livemode: bool,
    configuration_id: &str,
) -> ServiceResult<PortalFeatures> {
    let configuration =
        store::portal_configurations::get(exec, merchant_id, livemode, configuration_id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("portal configuration {configuration_id} vanished"))?;
    serde_json::from_str(&configuration.features).map_err(|e| {
        anyhow::anyhow!("stored features of {configuration_id} do not parse: {e}").into()
    })
}

/// The one feature check of every portal write. A portal session may do only what its
/// configuration offers: its features, read in the caller's transaction (a merchant may
/// have switched one off since the session began), once `feature` is on. The REST API and
/// the dashboard are not bound by a configuration: `None`.
pub(crate) async fn require_feature(
    exec: Exec<'_>,
    actor: &Actor,
    feature: PortalFeature,
) -> ServiceResult<Option<PortalFeatures>> {
    let Actor::PortalSession {
        configuration_id, ..
    } = actor
    else {
        return Ok(None);
    };
    let features = features(
        exec,
        actor.merchant_id(),
        actor.livemode(),
        configuration_id,
    )
    .await?;
    require_enabled(&features, feature)?;
    Ok(Some(features))
}

/// The retention coupon a portal session offers: its deep link's own (see
/// [`FlowData::apply_to`]), else its configuration's (`features`, as [`require_feature`] read
/// them). Only accepting the offer needs this, so only it pays for reading the session.
pub(crate) async fn retention_offer(
    exec: Exec<'_>,
    session_id: &str,
    features: PortalFeatures,
) -> ServiceResult<Option<String>> {
    let flow = deep_link(exec, session_id).await?;
    let features = match flow {
        Some(flow) => flow.apply_to(features),
        None => features,
    };
    Ok(features
        .subscription_cancel
        .retention
        .and_then(|retention| retention.offer_coupon))
}

/// The deep link the portal session was minted with, if any.
pub(crate) async fn deep_link(exec: Exec<'_>, session_id: &str) -> ServiceResult<Option<FlowData>> {
    Ok(store::portal_sessions::get(exec, session_id)
        .await?
        .and_then(|session| session.flow_data)
        .and_then(|data| serde_json::from_str::<FlowData>(&data).ok()))
}

/// The same check for the portal's pages, against the features the session was read with.
pub(crate) fn require_enabled(
    features: &PortalFeatures,
    feature: PortalFeature,
) -> ServiceResult<()> {
    if features.enables(feature) {
        Ok(())
    } else {
        Err(ServiceError::FeatureDisabled)
    }
}

/// Most origins a configuration may allow to embed the portal.
pub const MAX_FRAME_ANCESTORS: usize = 10;

/// The body of a create or update call; absent fields keep their value on update.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConfigurationChanges {
    pub features: Option<Value>,
    pub business_profile: Option<Value>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "present")]
    pub default_return_url: Option<Option<String>>,
    /// `true` makes this the merchant's default configuration.
    pub is_default: Option<bool>,
    /// `true` makes this the configuration for customers with a past_due subscription
    /// (dunning); `false` goes back to the default for them.
    pub is_past_due_default: Option<bool>,
    /// Origins (`https://app.example.com`) allowed to show the portal in an iframe;
    /// `[]` allows none.
    pub frame_ancestors: Option<Vec<String>>,
}

fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ConfigurationObject {
    pub id: String,
    pub object: &'static str,
    pub is_default: bool,
    pub is_past_due_default: bool,
    pub features: PortalFeatures,
    pub business_profile: BusinessProfile,
    pub default_return_url: Option<String>,
    pub frame_ancestors: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    pub livemode: bool,
}

impl ConfigurationObject {
    fn new(row: &PortalConfigurationRow, livemode: bool) -> ServiceResult<Self> {
        Ok(Self {
            id: row.id.clone(),
            object: "billing_portal.configuration",
            is_default: row.is_default,
            is_past_due_default: row.is_past_due_default,
            features: serde_json::from_str(&row.features).map_err(anyhow::Error::from)?,
            business_profile: serde_json::from_str(&row.business_profile)
                .map_err(anyhow::Error::from)?,
            default_return_url: row.default_return_url.clone(),
            frame_ancestors: serde_json::from_str(&row.frame_ancestors)
                .map_err(anyhow::Error::from)?,
            created_at: format_time(row.created_at),
            updated_at: format_time(row.updated_at),
            livemode,
        })
    }
}

/// Objects merge key by key, recursively; anything else (arrays, scalars, null) replaces.
fn merge(target: &mut Value, patch: Value) {
    match (target, patch) {
        (Value::Object(target), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(target.entry(key).or_insert(Value::Null), value);
            }
        }
        (target, patch) => *target = patch,
    }
}

/// Parses `value` as `T`, naming the failing field under `root` (`features.x.y`).
fn parse_at<T: DeserializeOwned>(root: &str, value: Value) -> ServiceResult<T> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        // The path includes an unknown field's own name (`features.bogus`).
        let path = error.path().to_string();
        let detail = error.into_inner().to_string();
        let param = if path == "." || path.is_empty() {
            root.to_string()
        } else {
            format!("{root}.{path}")
        };
        ServiceError::invalid(param, format!("Invalid {root}: {detail}"))
    })
}

/// Applies `changes` to `row` and checks the result against the merchant's catalog.
async fn apply(
    tx: &mut Tx,
    merchant_id: &str,
    row: &mut PortalConfigurationRow,
    changes: ConfigurationChanges,
) -> ServiceResult<()> {
    if let Some(patch) = changes.features {
        if !patch.is_object() {
            return Err(ServiceError::invalid(
                "features",
                "features must be an object",
            ));
        }
        let mut features: Value =
            serde_json::from_str(&row.features).map_err(anyhow::Error::from)?;
        merge(&mut features, patch);
        let parsed: PortalFeatures = parse_at("features", features)?;
        if let Some(contradiction) = parsed.contradictions().into_iter().next() {
            return Err(ServiceError::invalid(
                contradiction.param,
                contradiction.message,
            ));
        }
        for (index, entry) in parsed.subscription_update.products.iter().enumerate() {
            let product = entry.product_id();
            if !store::catalog::product_exists(tx.exec(), merchant_id, product).await? {
                return Err(ServiceError::invalid(
                    format!("features.subscriptionUpdate.products[{index}]"),
                    format!("No such product: '{product}'"),
                ));
            }
            if let AllowedProduct::Detailed { prices, .. } = entry {
                for (price_index, price_id) in prices.iter().enumerate() {
                    let price = store::catalog::get_price(tx.exec(), merchant_id, price_id).await?;
                    if price.is_none_or(|price| price.product_id != product) {
                        return Err(ServiceError::invalid(
                            format!("features.subscriptionUpdate.products[{index}].prices[{price_index}]"),
                            format!("No such price of {product}: '{price_id}'"),
                        ));
                    }
                }
            }
        }
        if let Some(coupon) = parsed
            .subscription_cancel
            .retention
            .as_ref()
            .and_then(|retention| retention.offer_coupon.as_deref())
        {
            if store::coupons::get(tx.exec(), merchant_id, coupon)
                .await?
                .is_none()
            {
                return Err(ServiceError::invalid(
                    "features.subscriptionCancel.retention.offerCoupon",
                    format!("No such coupon: '{coupon}'"),
                ));
            }
        }
        row.features = serde_json::to_string(&parsed).map_err(anyhow::Error::from)?;
    }
    if let Some(patch) = changes.business_profile {
        let mut profile: Value =
            serde_json::from_str(&row.business_profile).map_err(anyhow::Error::from)?;
        if !patch.is_object() {
            return Err(ServiceError::invalid(
                "businessProfile",
                "businessProfile must be an object",
            ));
        }
        merge(&mut profile, patch);
        let parsed: BusinessProfile = parse_at("businessProfile", profile)?;
        for (param, url) in [
            (
                "businessProfile.privacyPolicyUrl",
                &parsed.privacy_policy_url,
            ),
            (
                "businessProfile.termsOfServiceUrl",
                &parsed.terms_of_service_url,
            ),
        ] {
            if let Some(url) = url {
                ReturnUrl::parse(url)
                    .map_err(|_| ServiceError::invalid(param, "Must be an absolute http(s) URL"))?;
            }
        }
        if parsed
            .headline
            .as_ref()
            .is_some_and(|headline| headline.chars().count() > 120)
        {
            return Err(ServiceError::invalid(
                "businessProfile.headline",
                "The headline is at most 120 characters",
            ));
        }
        row.business_profile = serde_json::to_string(&parsed).map_err(anyhow::Error::from)?;
    }
    if let Some(origins) = changes.frame_ancestors {
        if origins.len() > MAX_FRAME_ANCESTORS {
            return Err(ServiceError::invalid(
                "frameAncestors",
                format!("At most {MAX_FRAME_ANCESTORS} origins"),
            ));
        }
        let mut parsed = Vec::with_capacity(origins.len());
        for (index, origin) in origins.iter().enumerate() {
            let origin = parse_embedding_origin(origin)
                .map_err(|m| ServiceError::invalid(format!("frameAncestors[{index}]"), m))?;
            if !parsed.contains(&origin) {
                parsed.push(origin);
            }
        }
        row.frame_ancestors = serde_json::to_string(&parsed).map_err(anyhow::Error::from)?;
    }
    if let Some(url) = changes.default_return_url {
        row.default_return_url = match url {
            Some(url) => Some(
                ReturnUrl::parse(&url)
                    .map_err(|e| ServiceError::invalid("defaultReturnUrl", e.to_string()))?
                    .into(),
            ),
            None => None,
        };
    }
    Ok(())
}

fn empty_row(merchant_id: &str, livemode: bool, now: i64) -> PortalConfigurationRow {
    PortalConfigurationRow {
        id: secrets::new_id(prefix::PORTAL_CONFIGURATION),
        merchant_id: merchant_id.to_string(),
        is_default: false,
        features: serde_json::to_string(&PortalFeatures::default()).expect("features serialise"),
        business_profile: "{}".to_string(),
        default_return_url: None,
        created_at: now,
        updated_at: now,
        is_past_due_default: false,
        frame_ancestors: "[]".to_string(),
        livemode,
    }
}

async fn record(
    tx: &mut Tx,
    actor: &Actor,
    now: i64,
    event_type: &'static str,
    object: &ConfigurationObject,
) -> ServiceResult<()> {
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type,
            customer_id: None,
            object_id: &object.id,
            object: serde_json::to_value(object).map_err(anyhow::Error::from)?,
            previous_attributes: None,
        },
    )
    .await?;
    Ok(())
}

/// Makes `row` the merchant's past_due configuration (taking it from any other), or not.
async fn set_past_due_default(
    tx: &mut Tx,
    merchant_id: &str,
    row: &mut PortalConfigurationRow,
    wanted: Option<bool>,
    now: i64,
) -> ServiceResult<()> {
    match wanted {
        Some(true) if !row.is_past_due_default => {
            store::portal_configurations::clear_past_due_default(
                tx.exec(),
                merchant_id,
                row.livemode,
                now,
            )
            .await?;
            row.is_past_due_default = true;
        }
        Some(false) => row.is_past_due_default = false,
        _ => {}
    }
    Ok(())
}

pub async fn create(
    db: &Db,
    actor: &Actor,
    changes: ConfigurationChanges,
) -> ServiceResult<ConfigurationObject> {
    if changes.features.is_none() {
        return Err(ServiceError::invalid("features", "features is required"));
    }
    let merchant_id = actor.merchant_id();
    let now = now_unix();
    let make_default = changes.is_default == Some(true);
    let past_due = changes.is_past_due_default;
    let mut row = empty_row(merchant_id, actor.livemode(), now);
    let mut tx = db.begin_write().await?;
    apply(&mut tx, merchant_id, &mut row, changes).await?;
    set_past_due_default(&mut tx, merchant_id, &mut row, past_due, now).await?;
    if make_default {
        store::portal_configurations::clear_default(tx.exec(), merchant_id, actor.livemode(), now)
            .await?;
        row.is_default = true;
    }
    store::portal_configurations::insert(tx.exec(), &row).await?;
    let object = ConfigurationObject::new(&row, actor.livemode())?;
    record(
        &mut tx,
        actor,
        now,
        "billing_portal.configuration.created",
        &object,
    )
    .await?;
    tx.commit().await?;
    Ok(object)
}

/// Updates configuration `id` (`default` names the merchant's default).
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: &str,
    changes: ConfigurationChanges,
) -> ServiceResult<ConfigurationObject> {
    let merchant_id = actor.merchant_id();
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let mut row = store::portal_configurations::get(tx.exec(), merchant_id, actor.livemode(), id)
        .await?
        .ok_or_else(|| ServiceError::not_found("portal configuration", "id", id))?;
    let unset_default = changes.is_default == Some(false) && row.is_default;
    if unset_default {
        return Err(ServiceError::invalid(
            "isDefault",
            "Make another configuration the default instead of unsetting this one",
        ));
    }
    let make_default = changes.is_default == Some(true) && !row.is_default;
    let past_due = changes.is_past_due_default;
    apply(&mut tx, merchant_id, &mut row, changes).await?;
    set_past_due_default(&mut tx, merchant_id, &mut row, past_due, now).await?;
    if make_default {
        store::portal_configurations::clear_default(tx.exec(), merchant_id, actor.livemode(), now)
            .await?;
        row.is_default = true;
    }
    row.updated_at = now;
    store::portal_configurations::update(tx.exec(), &row).await?;
    let object = ConfigurationObject::new(&row, actor.livemode())?;
    record(
        &mut tx,
        actor,
        now,
        "billing_portal.configuration.updated",
        &object,
    )
    .await?;
    tx.commit().await?;
    Ok(object)
}

pub async fn get(db: &Db, actor: &Actor, id: &str) -> ServiceResult<ConfigurationObject> {
    let mut conn = db.conn().await?;
    let row =
        store::portal_configurations::get(conn.exec(), actor.merchant_id(), actor.livemode(), id)
            .await?
            .ok_or_else(|| ServiceError::not_found("portal configuration", "id", id))?;
    ConfigurationObject::new(&row, actor.livemode())
}

pub async fn list(db: &Db, actor: &Actor) -> ServiceResult<Vec<ConfigurationObject>> {
    let mut conn = db.conn().await?;
    store::portal_configurations::list(conn.exec(), actor.merchant_id(), actor.livemode())
        .await?
        .iter()
        .map(|row| ConfigurationObject::new(row, actor.livemode()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_is_deep_for_objects_and_replaces_the_rest() {
        let mut target = json!({"a": {"enabled": false, "products": ["x"]}, "b": 1});
        merge(
            &mut target,
            json!({"a": {"enabled": true, "products": ["y", "z"]}, "c": null}),
        );
        assert_eq!(
            target,
            json!({"a": {"enabled": true, "products": ["y", "z"]}, "b": 1, "c": null})
        );
    }

    #[test]
    fn parse_errors_name_the_field() {
        let error = parse_at::<PortalFeatures>(
            "features",
            json!({"subscriptionCancel": {"mode": "never"}}),
        )
        .unwrap_err();
        assert_eq!(error.param(), Some("features.subscriptionCancel.mode"));
        let error = parse_at::<PortalFeatures>("features", json!({"bogus": true})).unwrap_err();
        assert_eq!(error.param(), Some("features.bogus"));
        let error = parse_at::<PortalFeatures>("features", json!({"invoiceHistory": {"on": true}}))
            .unwrap_err();
        assert_eq!(error.param(), Some("features.invoiceHistory.on"));
    }
}

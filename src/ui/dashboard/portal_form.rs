//! The Settings → Portal form on the server: its values from what was posted, the API request it becomes, and its three posts (save, new
//! configuration, preview). A save is the same request a merchant's code would send to
//! `POST /v1/billing/portal/configurations/{id}`, so it meets the same validation and
//! messages; a refusal comes back to the form with everything that was typed.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::request::Parts,
    response::Response,
};
use serde_json::{json, Value};

use super::paths::portal_settings as settings_path;
use super::responses::{see_other, server_error, signed_in};
use crate::domain::dashboard::Permission;
use crate::server::{
    services::{
        dashboard::portal_settings,
        settings::portal_configurations::{self, ConfigurationChanges},
        ServiceError,
    },
    state::AppState,
};
use crate::ui::words::{headers_language, t_in};
use crate::views::dashboard::{PortalSettingsForm, ProductSetting};

/// The most a posted form may weigh: ten frame ancestors and a catalogue's worth of ticks.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// The form as posted (also what a refused save comes back with, in its query).
pub fn form_from_pairs(pairs: &[(String, String)]) -> PortalSettingsForm {
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    };
    let all = |name: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .collect()
    };
    let ticked = |name: &str| pairs.iter().any(|(key, _)| key == name);
    // Every product the form showed posts its quantity fields; the ticked ones also `product`.
    let mut products: Vec<(String, ProductSetting)> = Vec::new();
    for (key, _) in pairs {
        let Some(id) = key.strip_prefix("minimum.") else {
            continue;
        };
        if products.iter().any(|(known, _)| known == id) {
            continue;
        }
        products.push((
            id.to_string(),
            ProductSetting {
                included: all("product").iter().any(|product| product == id),
                prices: all(&format!("price.{id}")),
                adjustable_quantity: ticked(&format!("quantity.{id}")),
                minimum: one(&format!("minimum.{id}")),
                maximum: one(&format!("maximum.{id}")),
            },
        ));
    }
    PortalSettingsForm {
        payment_method_update: ticked("payment_method_update"),
        invoice_history: ticked("invoice_history"),
        customer_update: ticked("customer_update"),
        allowed_updates: all("allowed_updates"),
        cancel: ticked("subscription_cancel"),
        cancel_mode: one("cancel_mode"),
        cancel_proration: one("cancel_proration"),
        cancellation_reasons: ticked("cancellation_reasons"),
        reason_options: all("reason_options"),
        retention_coupon: one("retention_coupon"),
        update: ticked("subscription_update"),
        update_proration: one("update_proration"),
        schedule_conditions: all("schedule_conditions"),
        products,
        pause: ticked("subscription_pause"),
        headline: one("headline"),
        privacy_policy_url: one("privacy_policy_url"),
        terms_of_service_url: one("terms_of_service_url"),
        default_return_url: one("default_return_url"),
        frame_ancestors: one("frame_ancestors"),
        is_default: ticked("is_default"),
        is_past_due_default: ticked("is_past_due_default"),
    }
}

/// A refusal the form itself finds before asking the service: the field, the catalogue key
/// of what to say, and the example number it gives.
#[derive(Debug, PartialEq)]
pub struct FormRefusal {
    pub field: String,
    pub message_key: &'static str,
    pub example: i64,
}

fn quantity(
    value: &str,
    fallback: i64,
    field: String,
    message_key: &'static str,
) -> Result<Value, FormRefusal> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(json!(fallback));
    }
    value
        .parse::<i64>()
        .map(|n| json!(n))
        .map_err(|_| FormRefusal {
            field,
            message_key,
            example: fallback,
        })
}

/// Empty text is "not set" (`null`), as the API writes it.
fn text_or_null(value: &str) -> Value {
    let value = value.trim();
    if value.is_empty() {
        Value::Null
    } else {
        json!(value)
    }
}

/// The update the form asks for, in the API's shape: every feature written out in full,
/// so that what is unticked is switched off.
pub fn changes_of(form: &PortalSettingsForm) -> Result<ConfigurationChanges, FormRefusal> {
    let mut products = Vec::new();
    for (id, setting) in form.products.iter().filter(|(_, s)| s.included) {
        let mut entry = json!({ "product": id, "prices": setting.prices });
        if setting.adjustable_quantity {
            entry["adjustableQuantity"] = json!({
                "enabled": true,
                "minimum": quantity(&setting.minimum, 1, format!("minimum.{id}"), "dash-portal-error-minimum")?,
                "maximum": quantity(&setting.maximum, 99, format!("maximum.{id}"), "dash-portal-error-maximum")?,
            });
        }
        products.push(entry);
    }
    let immediately = form.cancel_mode == "immediately";
    let features = json!({
        "paymentMethodUpdate": { "enabled": form.payment_method_update },
        "invoiceHistory": { "enabled": form.invoice_history },
        "customerUpdate": {
            "enabled": form.customer_update,
            "allowedUpdates": form.allowed_updates,
        },
        "subscriptionCancel": {
            "enabled": form.cancel,
            "mode": form.cancel_mode,
            // Proration applies only to a cancellation that takes effect at once.
            "prorationBehavior": if immediately { text_or_null(&form.cancel_proration) } else { Value::Null },
            "cancellationReason": {
                "enabled": form.cancellation_reasons,
                "options": form.reason_options,
            },
            "retention": match text_or_null(&form.retention_coupon) {
                Value::Null => Value::Null,
                coupon => json!({ "offerCoupon": coupon }),
            },
        },
        "subscriptionUpdate": {
            "enabled": form.update,
            "products": products,
            "prorationBehavior": form.update_proration,
            "scheduleAtPeriodEnd": if form.schedule_conditions.is_empty() {
                Value::Null
            } else {
                json!({ "conditions": form.schedule_conditions })
            },
        },
        "subscriptionPause": { "enabled": form.pause },
    });
    let frame_ancestors = form
        .frame_ancestors
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect();
    let default_return_url = form.default_return_url.trim();
    Ok(ConfigurationChanges {
        features: Some(features),
        business_profile: Some(json!({
            "headline": text_or_null(&form.headline),
            "privacyPolicyUrl": text_or_null(&form.privacy_policy_url),
            "termsOfServiceUrl": text_or_null(&form.terms_of_service_url),
        })),
        default_return_url: Some(
            (!default_return_url.is_empty()).then(|| default_return_url.to_string()),
        ),
        // Unticking the default does nothing: another configuration must take its place.
        is_default: form.is_default.then_some(true),
        is_past_due_default: Some(form.is_past_due_default),
        frame_ancestors: Some(frame_ancestors),
    })
}

/// The form field a service refusal names (`param` is the API's JSON path), and the
/// catalogue key of its label. Products are numbered in the order the form posted the
/// ticked ones.
pub fn field_of(param: &str, form: &PortalSettingsForm) -> (String, &'static str) {
    let included: Vec<&str> = form
        .products
        .iter()
        .filter(|(_, s)| s.included)
        .map(|(id, _)| id.as_str())
        .collect();
    let product_at = |rest: &str| -> Option<String> {
        let index: usize = rest.strip_prefix('[')?.split(']').next()?.parse().ok()?;
        included.get(index).map(|id| id.to_string())
    };
    let field = |name: &str, label| (name.to_string(), label);
    if let Some(rest) = param.strip_prefix("features.subscriptionUpdate.products") {
        return match product_at(rest) {
            Some(id) if rest.ends_with("minimum") => {
                (format!("minimum.{id}"), "dash-portal-field-minimum")
            }
            Some(id) if rest.ends_with("maximum") => {
                (format!("maximum.{id}"), "dash-portal-field-maximum")
            }
            Some(id) => (format!("product.{id}"), "dash-portal-field-products"),
            None => field("products", "dash-portal-field-products"),
        };
    }
    match param {
        p if p.starts_with("features.paymentMethodUpdate") => {
            field("payment_method_update", "dash-customer-payment-methods")
        }
        p if p.starts_with("features.invoiceHistory") => {
            field("invoice_history", "dash-portal-invoice-history")
        }
        p if p.starts_with("features.customerUpdate") => {
            field("customer_update", "dash-portal-billing-details")
        }
        p if p.starts_with("features.subscriptionCancel.cancellationReason") => {
            field("cancellation_reasons", "dash-portal-field-reasons")
        }
        p if p.starts_with("features.subscriptionCancel.retention") => {
            field("retention_coupon", "dash-portal-retention")
        }
        p if p.starts_with("features.subscriptionCancel.prorationBehavior") => {
            field("cancel_proration", "dash-portal-field-cancel-proration")
        }
        p if p.starts_with("features.subscriptionCancel") => {
            field("subscription_cancel", "dash-portal-cancellation")
        }
        p if p.starts_with("features.subscriptionUpdate.scheduleAtPeriodEnd") => {
            field("schedule_conditions", "dash-portal-field-schedule")
        }
        p if p.starts_with("features.subscriptionUpdate.prorationBehavior") => {
            field("update_proration", "dash-portal-update-proration")
        }
        p if p.starts_with("features.subscriptionUpdate") => {
            field("subscription_update", "dash-portal-plan-changes")
        }
        p if p.starts_with("features.subscriptionPause") => {
            field("subscription_pause", "dash-portal-pause")
        }
        "businessProfile.headline" => field("headline", "dash-portal-headline"),
        "businessProfile.privacyPolicyUrl" => field("privacy_policy_url", "dash-branding-privacy"),
        "businessProfile.termsOfServiceUrl" => field("terms_of_service_url", "dash-branding-terms"),
        "defaultReturnUrl" => field("default_return_url", "dash-portal-return-url"),
        p if p.starts_with("frameAncestors") => {
            field("frame_ancestors", "dash-portal-frame-ancestors")
        }
        "isDefault" => field("is_default", "dash-default"),
        _ => field("", "dash-portal-heading"),
    }
}

/// The signed-in user who may change settings, or the answer to send instead.
async fn settings_editor(
    state: &AppState,
    parts: &Parts,
    back: &str,
) -> Result<crate::server::services::dashboard::DashboardAccess, Response> {
    let access = signed_in(state, parts).await?;
    if access.may(Permission::ManageSettings) {
        Ok(access)
    } else {
        Err(see_other(&format!("{back}?refused=role")))
    }
}

/// `POST /dashboard/settings/portal/{id}`: saves the form through the API's service.
pub async fn save(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let back = settings_path(&id);
    let access = match settings_editor(&state, &parts, &back).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let form = form_from_pairs(&pairs);
    let refused = |field: &str, message: &str| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(pairs.iter());
        query.append_pair("field", field);
        query.append_pair("error", message);
        see_other(&format!("{back}?{}", query.finish()))
    };
    let changes = match changes_of(&form) {
        Ok(changes) => changes,
        Err(refusal) => {
            let message = t_in(
                language,
                refusal.message_key,
                &[("example", refusal.example.into())],
            );
            return refused(&refusal.field, &message);
        }
    };
    let actor = access.actor();
    match portal_configurations::update(&state.db, &actor, &id, changes).await {
        Ok(saved) => see_other(&format!("{}?saved=1", settings_path(&saved.id))),
        Err(ServiceError::NotFound { .. }) => see_other("/dashboard/settings/portal?refused=gone"),
        Err(ServiceError::Invalid { param, message }) => {
            let (field, label) = field_of(&param, &form);
            refused(
                &field,
                &format!("{}: {message}", t_in(language, label, &[])),
            )
        }
        Err(error) => server_error(error, "saving portal settings"),
    }
}

/// `POST /dashboard/settings/portal/new`: an alternate configuration, starting as a copy
/// of the default, for the merchant to change and then pass as `configuration` when
/// minting sessions.
pub async fn create(State(state): State<AppState>, parts: Parts) -> Response {
    let back = "/dashboard/settings/portal";
    let access = match settings_editor(&state, &parts, back).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let actor = access.actor();
    let copied = match portal_configurations::get(&state.db, &actor, "default").await {
        Ok(default) => default,
        Err(error) => return server_error(error, "reading the default configuration"),
    };
    let changes = ConfigurationChanges {
        features: serde_json::to_value(&copied.features).ok(),
        business_profile: serde_json::to_value(&copied.business_profile).ok(),
        default_return_url: Some(copied.default_return_url.clone()),
        frame_ancestors: Some(copied.frame_ancestors.clone()),
        ..Default::default()
    };
    match portal_configurations::create(&state.db, &actor, changes).await {
        Ok(created) => see_other(&format!("{}?created=1", settings_path(&created.id))),
        Err(error) => server_error(error, "creating a portal configuration"),
    }
}

#[derive(serde::Deserialize, Default)]
struct PreviewForm {
    #[serde(default)]
    customer: String,
}

/// `POST /dashboard/settings/portal/{id}/preview`: the portal, in the new tab the form
/// opened, as a test customer sees it with this configuration (as saved).
pub async fn preview(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let back = settings_path(&id);
    let access = match settings_editor(&state, &parts, &back).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let form: PreviewForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    match portal_settings::preview(
        &state.db,
        &access,
        &state.config.public_url,
        &id,
        &form.customer,
    )
    .await
    {
        Ok(url) => see_other(&url),
        Err(ServiceError::NotFound { .. } | ServiceError::Invalid { .. }) => {
            see_other(&format!("{back}?refused=preview"))
        }
        Err(ServiceError::RoleForbids) => see_other(&format!("{back}?refused=role")),
        Err(error) => server_error(error, "previewing portal settings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_posted_form_reads_back_its_ticks_products_and_quantities() {
        let form = form_from_pairs(&pairs(&[
            ("invoice_history", "1"),
            ("subscription_cancel", "1"),
            ("cancel_mode", "immediately"),
            ("product", "prod_b"),
            ("minimum.prod_a", ""),
            ("maximum.prod_a", ""),
            ("price.prod_b", "price_1"),
            ("quantity.prod_b", "1"),
            ("minimum.prod_b", "2"),
            ("maximum.prod_b", "9"),
        ]));
        assert!(form.invoice_history && form.cancel && !form.payment_method_update);
        assert_eq!(form.cancel_mode, "immediately");
        assert_eq!(form.products.len(), 2);
        assert!(!form.products[0].1.included);
        let (id, b) = &form.products[1];
        assert_eq!(id, "prod_b");
        assert!(b.included && b.adjustable_quantity);
        assert_eq!((b.minimum.as_str(), b.maximum.as_str()), ("2", "9"));
        assert_eq!(b.prices, vec!["price_1"]);
    }

    #[test]
    fn the_request_writes_every_feature_and_names_a_bad_quantity() {
        let mut form = form_from_pairs(&pairs(&[
            ("product", "prod_b"),
            ("minimum.prod_b", "2"),
            ("maximum.prod_b", ""),
            ("quantity.prod_b", "1"),
            ("cancel_mode", "at_period_end"),
            ("cancel_proration", "always_invoice"),
        ]));
        let changes = changes_of(&form).unwrap();
        let features = changes.features.unwrap();
        assert_eq!(features["subscriptionCancel"]["enabled"], json!(false));
        // At period end nothing is prorated, whatever the hidden select says.
        assert_eq!(
            features["subscriptionCancel"]["prorationBehavior"],
            Value::Null
        );
        let quantity = &features["subscriptionUpdate"]["products"][0]["adjustableQuantity"];
        assert_eq!(
            (quantity["minimum"].clone(), quantity["maximum"].clone()),
            (json!(2), json!(99))
        );
        assert_eq!(changes.is_default, None);
        form.products[0].1.minimum = "two".into();
        let refusal = changes_of(&form).unwrap_err();
        assert_eq!(refusal.field, "minimum.prod_b");
    }

    #[test]
    fn refusals_point_at_the_field_of_the_product_they_name() {
        let form = form_from_pairs(&pairs(&[
            ("minimum.prod_a", ""),
            ("product", "prod_b"),
            ("minimum.prod_b", "5"),
        ]));
        assert_eq!(
            field_of(
                "features.subscriptionUpdate.products[0].adjustableQuantity.maximum",
                &form
            )
            .0,
            "maximum.prod_b"
        );
        assert_eq!(
            field_of("features.subscriptionCancel.retention.offerCoupon", &form).0,
            "retention_coupon"
        );
        assert_eq!(field_of("frameAncestors[3]", &form).0, "frame_ancestors");
    }
}

//! Settings → Portal (`/dashboard/settings/portal`, and `/…/{id}` for one configuration):
//! what customers may do in the portal, configuration by configuration. The form posts to
//! `portal_form::save` without WASM; "Preview" opens the portal for a test customer with
//! the saved configuration in a new tab.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{PendingForm, SubmitButton},
        words::{t, t_with},
    },
    views::dashboard::{PortalSettingsForm, PortalSettingsView, ProductChoice, ProductSetting},
};

use super::paths::{portal_settings as settings_path, PORTAL_SETTINGS};

/// Configuration `id` and its form; `draft` is the query of a refused save (what was
/// posted), which fills the form instead of the saved values.
#[server]
pub async fn load_portal_settings(
    id: String,
    draft: Option<String>,
) -> Result<PortalSettingsView, DashboardError> {
    use crate::server::services::dashboard::portal_settings;
    let (state, access) = super::dashboard_access().await?;
    let facts = portal_settings::read(&state.db, &access, &id).await?;
    let draft = draft.map(|query| {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.trim_start_matches('?')).unwrap_or_default();
        super::portal_form::form_from_pairs(&pairs)
    });
    Ok(super::pages::portal_settings(&access, facts, draft))
}

#[component]
pub fn PortalSettingsPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_else(|| "default".to_string());
    let query = use_query_map().get_untracked();
    let error = query.get("error");
    let field = query.get("field");
    let notice = if query.get("saved").is_some() {
        Some(t("dash-portal-saved"))
    } else if query.get("created").is_some() {
        Some(t("dash-portal-created"))
    } else {
        None
    };
    let refused = query.get("refused").map(|code| {
        t(match code.as_str() {
            "role" => "dash-role-owner-or-admin",
            "preview" => "dash-portal-preview-refused",
            _ => "dash-portal-unknown",
        })
    });
    let draft = error
        .is_some()
        .then(|| use_location().search.get_untracked());
    loaded_page(load_portal_settings(id, draft), move |page| {
        view! { <PortalSettings page notice refused error field /> }
    })
}

/// A checkbox with its label after it.
fn check(name: &'static str, value: String, checked: bool, label: String) -> impl IntoView {
    let id = format!("{name}-{value}");
    let for_id = id.clone();
    view! {
        <label class="checkbox" for=for_id>
            <input type="checkbox" id=id name=name value=value checked=checked />
            " "{label}
        </label>
    }
}

/// A feature's main switch: a checkbox with its name in bold and what it lets customers do.
fn switch(name: &'static str, checked: bool, label: &str, detail: &str) -> impl IntoView {
    let (label, detail) = (t(label), t(detail));
    view! {
        <label class="checkbox switch" for=name>
            <input type="checkbox" id=name name=name value="1" checked=checked />
            " "<strong>{label}</strong>" — "{detail}
        </label>
    }
}

/// The billing details customers may be allowed to edit, and the words for each.
const CUSTOMER_FIELDS: [(&str, &str); 5] = [
    ("name", "dash-name"),
    ("email", "dash-email"),
    ("address", "dash-portal-field-address"),
    ("phone", "dash-portal-field-phone"),
    ("taxId", "dash-customer-tax-ids"),
];

/// The cancellation reasons, in the words the customer sees them in the portal.
const REASONS: [(&str, &str); 8] = [
    ("too_expensive", "reason-too-expensive"),
    ("missing_features", "reason-missing-features"),
    ("switched_service", "reason-switched-service"),
    ("unused", "reason-unused"),
    ("customer_service", "reason-customer-service"),
    ("too_complex", "reason-too-complex"),
    ("low_quality", "reason-low-quality"),
    ("other", "reason-other"),
];

const PRORATIONS: [(&str, &str); 3] = [
    ("create_prorations", "dash-portal-proration-create"),
    ("always_invoice", "dash-portal-proration-invoice"),
    ("none", "dash-portal-proration-none"),
];

fn proration_select(name: &'static str, chosen: String, with_default: bool) -> impl IntoView {
    view! {
        <select id=name name=name>
            {with_default.then(|| view! { <option value="" selected=chosen.is_empty()>{t("dash-portal-proration-default")}</option> })}
            {PRORATIONS
                .into_iter()
                .map(|(value, label)| view! { <option value=value selected=chosen == value>{t(label)}</option> })
                .collect_view()}
        </select>
    }
}

#[component]
fn PortalSettings(
    page: PortalSettingsView,
    notice: Option<String>,
    refused: Option<String>,
    error: Option<String>,
    field: Option<String>,
) -> impl IntoView {
    let PortalSettingsView {
        header,
        configurations,
        id,
        role,
        form,
        products,
        coupons,
        preview_customers,
        can_edit,
    } = page;
    let title = t_with(
        "dash-portal-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let action = settings_path(&id);
    let list = view! {
        <nav class="configuration-list" aria-label=t("dash-portal-configurations")>
            <ul>
                {configurations
                    .into_iter()
                    .map(|tab| {
                        let here = (tab.id == id).then_some("page");
                        view! {
                            <li><a href=tab.href aria-current=here>
                                <strong>{tab.role}</strong>" "<span class="muted">{tab.id}</span>
                            </a></li>
                        }
                    })
                    .collect_view()}
            </ul>
            {can_edit.then(|| view! {
                <PendingForm action=format!("{PORTAL_SETTINGS}/new")>
                    <button type="submit" class="button">
                        <span class="spinner" aria-hidden="true"></span>
                        <span class="label">{t("dash-portal-new")}</span>
                    </button>
                </PendingForm>
            })}
        </nav>
    };
    let preview = (!preview_customers.is_empty()).then(|| {
        view! {
            <form class="preview-portal" method="post" action=format!("{action}/preview") target="_blank">
                <label for="preview-customer">{t("dash-portal-preview-as")}</label>
                <select id="preview-customer" name="customer">
                    {preview_customers
                        .into_iter()
                        .map(|(customer, name)| view! { <option value=customer>{name}</option> })
                        .collect_view()}
                </select>
                <button type="submit" class="button">{t("dash-portal-preview")}</button>
                <p class="hint">{t("dash-portal-preview-hint")}</p>
            </form>
        }
    });
    let fields = view! { <SettingsFields form products coupons invalid=field.clone() /> };
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=PORTAL_SETTINGS>
            <h1>{t("dash-portal-heading")}</h1>
            <p class="lede">{t("dash-portal-lede")}</p>
            {notice.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {refused.map(|message| view! { <p class="banner error" role="alert">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" id="settings-error" role="alert">{message}</p> })}
            <div class="settings-columns">
                {list}
                <section class="configuration" aria-labelledby="configuration-title">
                    <h2 id="configuration-title">{role}" "<span class="muted">{id.clone()}</span></h2>
                    {preview}
                    {if can_edit {
                        view! {
                            <PendingForm action=action>
                                {fields}
                                <SubmitButton label=t("dash-portal-save") />
                            </PendingForm>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="banner" role="note">{t("dash-portal-read-only")}</p>
                            <form class="read-only"><fieldset disabled>{fields}</fieldset></form>
                        }
                        .into_any()
                    }}
                </section>
            </div>
        </DashboardLayout>
    }
}

#[component]
fn SettingsFields(
    form: PortalSettingsForm,
    products: Vec<ProductChoice>,
    coupons: Vec<(String, String)>,
    invalid: Option<String>,
) -> impl IntoView {
    let PortalSettingsForm {
        payment_method_update,
        invoice_history,
        customer_update,
        allowed_updates,
        cancel,
        cancel_mode,
        cancel_proration,
        cancellation_reasons,
        reason_options,
        retention_coupon,
        update,
        update_proration,
        schedule_conditions,
        products: product_settings,
        pause,
        headline,
        privacy_policy_url,
        terms_of_service_url,
        default_return_url,
        frame_ancestors,
        is_default,
        is_past_due_default,
    } = form;
    let invalid_if = |name: &str| (invalid.as_deref() == Some(name)).then_some("true");
    let described_if = |name: &str| invalid_if(name).map(|_| "settings-error");
    let product_rows = products
        .into_iter()
        .zip(product_settings)
        .map(|(product, (_, setting))| {
            let ProductSetting {
                included,
                prices,
                adjustable_quantity,
                minimum,
                maximum,
            } = setting;
            let minimum_name = format!("minimum.{}", product.id);
            let maximum_name = format!("maximum.{}", product.id);
            let price_name = format!("price.{}", product.id);
            let quantity_name = format!("quantity.{}", product.id);
            let included_id = format!("product-{}", product.id);
            let included_for = included_id.clone();
            let quantity_for = quantity_name.clone();
            let quantity_id = quantity_name.clone();
            let (minimum_for, minimum_id) = (minimum_name.clone(), minimum_name.clone());
            let (maximum_for, maximum_id) = (maximum_name.clone(), maximum_name.clone());
            view! {
                <li class="product-setting">
                    <label class="checkbox" for=included_for>
                        <input type="checkbox" id=included_id name="product" value=product.id.clone() checked=included
                            aria-invalid=invalid_if(&format!("product.{}", product.id)) />
                        " "<strong>{product.name}</strong>
                    </label>
                    <div class="product-options">
                        {product.prices.into_iter().map(|(price, label)| {
                            let checked = prices.contains(&price);
                            let id = format!("{price_name}-{price}");
                            let for_id = id.clone();
                            view! {
                                <label class="checkbox" for=for_id>
                                    <input type="checkbox" id=id name=price_name.clone() value=price checked=checked />
                                    " "{label}
                                </label>
                            }
                        }).collect_view()}
                        <p class="hint">{t("dash-portal-no-price-ticked")}</p>
                        <label class="checkbox" for=quantity_for>
                            <input type="checkbox" id=quantity_id name=quantity_name value="1" checked=adjustable_quantity />
                            " "{t("dash-portal-quantity")}
                        </label>
                        <div class="quantity-bounds">
                            <label for=minimum_for>{t("dash-portal-quantity-from")}</label>
                            <input id=minimum_id name=minimum_name.clone() type="text" inputmode="numeric" size="5"
                                value=minimum placeholder="1" aria-invalid=invalid_if(&minimum_name) aria-describedby=described_if(&minimum_name) />
                            <label for=maximum_for>{t("dash-portal-quantity-to")}</label>
                            <input id=maximum_id name=maximum_name.clone() type="text" inputmode="numeric" size="5"
                                value=maximum placeholder="99" aria-invalid=invalid_if(&maximum_name) aria-describedby=described_if(&maximum_name) />
                        </div>
                    </div>
                </li>
            }
        })
        .collect_view();
    let immediately = cancel_mode == "immediately";
    view! {
        <fieldset class="field-group">
            <legend>{t("dash-portal-payments-and-invoices")}</legend>
            {switch("payment_method_update", payment_method_update, "dash-customer-payment-methods", "dash-portal-payment-methods-detail")}
            {switch("invoice_history", invoice_history, "dash-portal-invoice-history", "dash-portal-invoice-history-detail")}
        </fieldset>
        <fieldset class="field-group" aria-invalid=invalid_if("customer_update")>
            <legend>{t("dash-portal-billing-details")}</legend>
            {switch("customer_update", customer_update, "dash-portal-billing-details", "dash-portal-billing-details-detail")}
            <p class="hint">{t("dash-portal-they-may-change")}</p>
            {CUSTOMER_FIELDS.into_iter().map(|(value, label)| {
                check("allowed_updates", value.to_string(), allowed_updates.iter().any(|v| v == value), t(label))
            }).collect_view()}
        </fieldset>
        <fieldset class="field-group" aria-invalid=invalid_if("subscription_update").or(invalid_if("products"))>
            <legend>{t("dash-portal-plan-changes")}</legend>
            {switch("subscription_update", update, "dash-portal-plan-changes", "dash-portal-plan-changes-detail")}
            <p class="hint">{t("dash-portal-plans")}</p>
            <ul class="product-settings">{product_rows}</ul>
            <label for="update_proration">{t("dash-portal-update-proration")}</label>
            {proration_select("update_proration", update_proration, false)}
            <p class="hint">{t("dash-portal-schedule")}</p>
            {check("schedule_conditions", "decreasing_item_amount".into(), schedule_conditions.iter().any(|c| c == "decreasing_item_amount"), t("dash-portal-schedule-downgrade"))}
            {check("schedule_conditions", "shortening_interval".into(), schedule_conditions.iter().any(|c| c == "shortening_interval"), t("dash-portal-schedule-shorter"))}
        </fieldset>
        <fieldset class="field-group">
            <legend>{t("dash-portal-cancellation")}</legend>
            {switch("subscription_cancel", cancel, "dash-portal-cancellation", "dash-portal-cancellation-detail")}
            <p class="hint" id="cancel-mode-hint">{t("dash-portal-cancel-mode")}</p>
            <label class="checkbox" for="cancel_mode-at_period_end">
                <input type="radio" id="cancel_mode-at_period_end" name="cancel_mode" value="at_period_end" checked=!immediately aria-describedby="cancel-mode-hint" />
                " "{t("dash-portal-cancel-at-period-end")}
            </label>
            <label class="checkbox" for="cancel_mode-immediately">
                <input type="radio" id="cancel_mode-immediately" name="cancel_mode" value="immediately" checked=immediately aria-describedby="cancel-mode-hint" />
                " "{t("dash-portal-cancel-at-once")}
            </label>
            <label for="cancel_proration">{t("dash-portal-cancel-proration")}</label>
            {proration_select("cancel_proration", cancel_proration, true)}
            <div aria-invalid=invalid_if("cancellation_reasons")>
                {switch("cancellation_reasons", cancellation_reasons, "dash-portal-ask-why", "dash-portal-ask-why-detail")}
                {REASONS.into_iter().map(|(value, label)| {
                    check("reason_options", value.to_string(), reason_options.iter().any(|v| v == value), t(label))
                }).collect_view()}
            </div>
            <label for="retention_coupon">{t("dash-portal-retention")}</label>
            <select id="retention_coupon" name="retention_coupon" aria-invalid=invalid_if("retention_coupon") aria-describedby="retention-hint">
                <option value="" selected=retention_coupon.is_empty()>{t("dash-portal-no-offer")}</option>
                {coupons.into_iter().map(|(coupon, label)| {
                    let selected = coupon == retention_coupon;
                    view! { <option value=coupon selected=selected>{label}</option> }
                }).collect_view()}
            </select>
            <p class="hint" id="retention-hint">{t("dash-portal-retention-hint")}</p>
        </fieldset>
        <fieldset class="field-group">
            <legend>{t("dash-portal-pause")}</legend>
            {switch("subscription_pause", pause, "dash-portal-pause", "dash-portal-pause-detail")}
        </fieldset>
        <fieldset class="field-group">
            <legend>{t("dash-portal-words-and-links")}</legend>
            <label for="headline">{t("dash-portal-headline")}</label>
            <input id="headline" name="headline" type="text" maxlength="120" value=headline
                placeholder=t("dash-portal-headline-placeholder") aria-invalid=invalid_if("headline") aria-describedby=described_if("headline") />
            <label for="privacy_policy_url">{t("dash-branding-privacy")}</label>
            <input id="privacy_policy_url" name="privacy_policy_url" type="url" value=privacy_policy_url
                placeholder="https://example.com/privacy" aria-invalid=invalid_if("privacy_policy_url") aria-describedby=described_if("privacy_policy_url") />
            <label for="terms_of_service_url">{t("dash-branding-terms")}</label>
            <input id="terms_of_service_url" name="terms_of_service_url" type="url" value=terms_of_service_url
                placeholder="https://example.com/terms" aria-invalid=invalid_if("terms_of_service_url") aria-describedby=described_if("terms_of_service_url") />
            <label for="default_return_url">{t("dash-portal-return-url")}</label>
            <input id="default_return_url" name="default_return_url" type="url" value=default_return_url
                placeholder="https://example.com/account" aria-invalid=invalid_if("default_return_url") aria-describedby="return-hint" />
            <p class="hint" id="return-hint">{t("dash-portal-return-url-hint")}</p>
            <label for="frame_ancestors">{t("dash-portal-frame-ancestors")}</label>
            <textarea id="frame_ancestors" name="frame_ancestors" rows="3" placeholder="https://app.example.com"
                aria-invalid=invalid_if("frame_ancestors") aria-describedby="frames-hint">{frame_ancestors}</textarea>
            <p class="hint" id="frames-hint">{t("dash-portal-frame-ancestors-hint")}</p>
        </fieldset>
        <fieldset class="field-group">
            <legend>{t("dash-portal-use")}</legend>
            {if is_default {
                view! {
                    <input type="hidden" name="is_default" value="1" />
                    <p>{t("dash-portal-is-default")}</p>
                }.into_any()
            } else {
                check("is_default", "1".into(), false, t("dash-portal-make-default")).into_any()
            }}
            {check("is_past_due_default", "1".into(), is_past_due_default, t("dash-portal-past-due-default"))}
        </fieldset>
    }
}

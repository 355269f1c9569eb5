//! Settings → Portal (`/dashboard/settings/portal`, and `/…/{id}` for one configuration):
//! what customers may do in the portal, configuration by configuration. The form posts to
//! `portal_form::save` without WASM; "Preview" opens the portal for a test customer with
//! the saved configuration in a new tab.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{PendingForm, SubmitButton},
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
        Some("Portal settings saved. Sessions opened from now on use them; open sessions pick them up on their next page.")
    } else if query.get("created").is_some() {
        Some("Configuration created as a copy of the default. Pass its id as `configuration` when you create portal sessions.")
    } else {
        None
    };
    let refused = query.get("refused").map(|code| match code.as_str() {
        "role" => "Your role in this team does not allow this change; ask an owner or an admin.",
        "preview" => "Choose one of your test customers to preview the portal as.",
        _ => "That configuration does not exist in this account.",
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
fn switch(
    name: &'static str,
    checked: bool,
    label: &'static str,
    detail: &'static str,
) -> impl IntoView {
    view! {
        <label class="checkbox switch" for=name>
            <input type="checkbox" id=name name=name value="1" checked=checked />
            " "<strong>{label}</strong>" — "{detail}
        </label>
    }
}

const CUSTOMER_FIELDS: [(&str, &str); 5] = [
    ("name", "Name"),
    ("email", "E-mail"),
    ("address", "Billing address"),
    ("phone", "Phone"),
    ("taxId", "Tax IDs"),
];

const REASONS: [(&str, &str); 8] = [
    ("too_expensive", "It's too expensive"),
    ("missing_features", "Some features are missing"),
    ("switched_service", "I'm switching to another service"),
    ("unused", "I don't use it enough"),
    (
        "customer_service",
        "Customer service was less than expected",
    ),
    ("too_complex", "It's too complicated to use"),
    ("low_quality", "Quality was less than expected"),
    ("other", "Another reason"),
];

const PRORATIONS: [(&str, &str); 3] = [
    (
        "create_prorations",
        "Credit or charge the difference on the next invoice",
    ),
    ("always_invoice", "Invoice the difference at once"),
    ("none", "No proration"),
];

fn proration_select(name: &'static str, chosen: String, with_default: bool) -> impl IntoView {
    view! {
        <select id=name name=name>
            {with_default.then(|| view! { <option value="" selected=chosen.is_empty()>"Nothing (the default)"</option> })}
            {PRORATIONS
                .into_iter()
                .map(|(value, label)| view! { <option value=value selected=chosen == value>{label}</option> })
                .collect_view()}
        </select>
    }
}

#[component]
fn PortalSettings(
    page: PortalSettingsView,
    notice: Option<&'static str>,
    refused: Option<&'static str>,
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
    let title = format!("Portal settings — {} dashboard", header.merchant_name);
    let action = settings_path(&id);
    let list = view! {
        <nav class="configuration-list" aria-label="Portal configurations">
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
                        <span class="label">"New configuration"</span>
                    </button>
                </PendingForm>
            })}
        </nav>
    };
    let preview = (!preview_customers.is_empty()).then(|| {
        view! {
            <form class="preview-portal" method="post" action=format!("{action}/preview") target="_blank">
                <label for="preview-customer">"Preview as"</label>
                <select id="preview-customer" name="customer">
                    {preview_customers
                        .into_iter()
                        .map(|(customer, name)| view! { <option value=customer>{name}</option> })
                        .collect_view()}
                </select>
                <button type="submit" class="button">"Preview"</button>
                <p class="hint">"Opens the portal in a new tab as this test customer, with this configuration as saved."</p>
            </form>
        }
    });
    let fields = view! { <SettingsFields form products coupons invalid=field.clone() /> };
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=PORTAL_SETTINGS>
            <h1>"Portal settings"</h1>
            <p class="lede">"What customers may do in the portal. Sessions use the default configuration unless the merchant's server names another when creating them."</p>
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
                                <SubmitButton label="Save portal settings" />
                            </PendingForm>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="banner" role="note">"Your role lets you see the portal settings. An owner or an admin can change them."</p>
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
                        <p class="hint">"No price ticked: every price of the product."</p>
                        <label class="checkbox" for=quantity_for>
                            <input type="checkbox" id=quantity_id name=quantity_name value="1" checked=adjustable_quantity />
                            " Customers choose the quantity"
                        </label>
                        <div class="quantity-bounds">
                            <label for=minimum_for>"From"</label>
                            <input id=minimum_id name=minimum_name.clone() type="text" inputmode="numeric" size="5"
                                value=minimum placeholder="1" aria-invalid=invalid_if(&minimum_name) aria-describedby=described_if(&minimum_name) />
                            <label for=maximum_for>"to"</label>
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
            <legend>"Payments and invoices"</legend>
            {switch("payment_method_update", payment_method_update, "Payment methods", "customers add cards and SEPA mandates, remove them and choose the default.")}
            {switch("invoice_history", invoice_history, "Invoice history", "customers see their invoices, download PDFs and pay open ones.")}
        </fieldset>
        <fieldset class="field-group" aria-invalid=invalid_if("customer_update")>
            <legend>"Billing details"</legend>
            {switch("customer_update", customer_update, "Billing details", "customers edit what is printed on their invoices.")}
            <p class="hint">"They may change:"</p>
            {CUSTOMER_FIELDS.into_iter().map(|(value, label)| {
                check("allowed_updates", value.to_string(), allowed_updates.iter().any(|v| v == value), label.to_string())
            }).collect_view()}
        </fieldset>
        <fieldset class="field-group" aria-invalid=invalid_if("subscription_update").or(invalid_if("products"))>
            <legend>"Plan changes"</legend>
            {switch("subscription_update", update, "Plan changes", "customers switch to another plan or change their quantity.")}
            <p class="hint">"Plans they may switch to:"</p>
            <ul class="product-settings">{product_rows}</ul>
            <label for="update_proration">"Charges for a plan change"</label>
            {proration_select("update_proration", update_proration, false)}
            <p class="hint">"These changes wait for the end of the paid period instead of applying at once:"</p>
            {check("schedule_conditions", "decreasing_item_amount".into(), schedule_conditions.iter().any(|c| c == "decreasing_item_amount"), "A cheaper plan (a downgrade)".into())}
            {check("schedule_conditions", "shortening_interval".into(), schedule_conditions.iter().any(|c| c == "shortening_interval"), "A shorter billing period (yearly to monthly)".into())}
        </fieldset>
        <fieldset class="field-group">
            <legend>"Cancellation"</legend>
            {switch("subscription_cancel", cancel, "Cancellation", "customers cancel their plan themselves.")}
            <p class="hint" id="cancel-mode-hint">"When a cancellation takes effect:"</p>
            <label class="checkbox" for="cancel_mode-at_period_end">
                <input type="radio" id="cancel_mode-at_period_end" name="cancel_mode" value="at_period_end" checked=!immediately aria-describedby="cancel-mode-hint" />
                " At the end of the paid period (they can change their mind until then)"
            </label>
            <label class="checkbox" for="cancel_mode-immediately">
                <input type="radio" id="cancel_mode-immediately" name="cancel_mode" value="immediately" checked=immediately aria-describedby="cancel-mode-hint" />
                " At once"
            </label>
            <label for="cancel_proration">"Refund for the unused time, when cancelling at once"</label>
            {proration_select("cancel_proration", cancel_proration, true)}
            <div aria-invalid=invalid_if("cancellation_reasons")>
                {switch("cancellation_reasons", cancellation_reasons, "Ask why", "customers pick a reason before they confirm.")}
                {REASONS.into_iter().map(|(value, label)| {
                    check("reason_options", value.to_string(), reason_options.iter().any(|v| v == value), label.to_string())
                }).collect_view()}
            </div>
            <label for="retention_coupon">"Retention offer"</label>
            <select id="retention_coupon" name="retention_coupon" aria-invalid=invalid_if("retention_coupon") aria-describedby="retention-hint">
                <option value="" selected=retention_coupon.is_empty()>"No offer"</option>
                {coupons.into_iter().map(|(coupon, label)| {
                    let selected = coupon == retention_coupon;
                    view! { <option value=coupon selected=selected>{label}</option> }
                }).collect_view()}
            </select>
            <p class="hint" id="retention-hint">"A coupon offered once before the customer confirms; accepting it keeps the plan at the discount."</p>
        </fieldset>
        <fieldset class="field-group">
            <legend>"Pause"</legend>
            {switch("subscription_pause", pause, "Pause", "customers pause collection for a while instead of cancelling.")}
        </fieldset>
        <fieldset class="field-group">
            <legend>"Words and links"</legend>
            <label for="headline">"Headline"</label>
            <input id="headline" name="headline" type="text" maxlength="120" value=headline
                placeholder="Manage your subscription" aria-invalid=invalid_if("headline") aria-describedby=described_if("headline") />
            <label for="privacy_policy_url">"Privacy policy"</label>
            <input id="privacy_policy_url" name="privacy_policy_url" type="url" value=privacy_policy_url
                placeholder="https://example.com/privacy" aria-invalid=invalid_if("privacy_policy_url") aria-describedby=described_if("privacy_policy_url") />
            <label for="terms_of_service_url">"Terms of service"</label>
            <input id="terms_of_service_url" name="terms_of_service_url" type="url" value=terms_of_service_url
                placeholder="https://example.com/terms" aria-invalid=invalid_if("terms_of_service_url") aria-describedby=described_if("terms_of_service_url") />
            <label for="default_return_url">"Default return address"</label>
            <input id="default_return_url" name="default_return_url" type="url" value=default_return_url
                placeholder="https://example.com/account" aria-invalid=invalid_if("default_return_url") aria-describedby="return-hint" />
            <p class="hint" id="return-hint">"Where “Return to the website” leads when a session names no return address."</p>
            <label for="frame_ancestors">"Sites that may embed the portal"</label>
            <textarea id="frame_ancestors" name="frame_ancestors" rows="3" placeholder="https://app.example.com"
                aria-invalid=invalid_if("frame_ancestors") aria-describedby="frames-hint">{frame_ancestors}</textarea>
            <p class="hint" id="frames-hint">"One origin per line, at most 10. Empty: no site may show the portal in a frame."</p>
        </fieldset>
        <fieldset class="field-group">
            <legend>"Use"</legend>
            {if is_default {
                view! {
                    <input type="hidden" name="is_default" value="1" />
                    <p>"This is the default configuration. To change that, make another one the default."</p>
                }.into_any()
            } else {
                check("is_default", "1".into(), false, "Make this the default configuration".into()).into_any()
            }}
            {check("is_past_due_default", "1".into(), is_past_due_default, "Use it for customers whose payment has failed (past due)".into())}
        </fieldset>
    }
}

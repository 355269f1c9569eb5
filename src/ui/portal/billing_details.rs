//! `/portal/billing-details`: name, e-mail, phone, billing address and tax IDs, as far as
//! the configuration's `customerUpdate.allowedUpdates` allows.
// The form's server function takes one argument per field, as the plain form posts them.
#![allow(clippy::too_many_arguments)]
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::{load_billing_details, loaded_page, AddTaxId, RemoveTaxId};
use crate::{
    i18n::Language,
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        errors::PortalError,
        words::{t, t_in, t_with},
    },
    views::BillingDetailsView,
};

/// Saves the billing details form. When a field is refused, nothing is saved and the form
/// comes back with each refused field marked and what was typed still in place: kept on the
/// server for this session a few minutes, never put in the page's address.
#[server]
pub async fn update_billing_details(
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    line1: Option<String>,
    line2: Option<String>,
    city: Option<String>,
    postal_code: Option<String>,
    state: Option<String>,
    country: Option<String>,
) -> Result<(), PortalError> {
    use crate::{
        domain::address::Address,
        server::services::{
            customers::{self, DetailsUpdate},
            ServiceError,
        },
    };
    let typed: Vec<(&str, String)> = [
        ("name", &name),
        ("email", &email),
        ("phone", &phone),
        ("line1", &line1),
        ("line2", &line2),
        ("city", &city),
        ("postal_code", &postal_code),
        ("state", &state),
        ("country", &country),
    ]
    .into_iter()
    .filter_map(|(field, value)| value.clone().map(|value| (field, value)))
    .collect();
    let update = DetailsUpdate {
        name,
        email,
        phone: phone.map(|p| Some(p).filter(|p| !p.trim().is_empty())),
        address: country.map(|country| {
            Some(Address {
                line1: line1.unwrap_or_default(),
                line2,
                city: city.unwrap_or_default(),
                postal_code: postal_code.unwrap_or_default(),
                state,
                country,
            })
        }),
    };
    // The refused fields, when that is why nothing was saved.
    let mut refused: Option<Vec<String>> = None;
    let result = async {
        let (state, access) = super::portal_access().await?;
        // Saved details complete a `customer_update` deep link.
        let next = super::after_completion(
            &access,
            &[crate::domain::portal_configuration::PortalFlow::CustomerUpdate],
            format!("{}?notice=details_saved", super::BILLING_DETAILS),
        );
        customers::update_details(&state.db, &access.actor(), &access.customer_id, update)
            .await
            .map(|_| next)
            .map_err(|error| match error {
                ServiceError::InvalidFields(fields) => {
                    refused = Some(fields.into_iter().map(|(param, _)| param).collect());
                    PortalError::NotAvailable(crate::ui::errors::Unavailable::Fields)
                }
                other => PortalError::from(other),
            })
    }
    .await;
    match (&result, refused) {
        (Ok(next), _) => leptos_axum::redirect(next),
        (Err(PortalError::SessionEnded), _) => leptos_axum::redirect("/portal"),
        (Err(_), Some(fields)) => super::back_to_refused_form(typed, fields).await,
        (Err(error), None) => leptos_axum::redirect(&format!(
            "{}?error={}",
            super::BILLING_DETAILS,
            error.code()
        )),
    }
    result.map(|_| ())
}

/// The catalogue key of a refused field's message, by the field the service named.
fn field_message_key(field: &str) -> &'static str {
    match field {
        "name" => "details-error-name",
        "email" => "details-error-email",
        "phone" => "details-error-phone",
        "address.line1" => "details-error-line1",
        "address.city" => "details-error-city",
        "address.postalCode" => "details-error-postal-code",
        "address.state" => "details-error-state",
        "address.country" => "details-error-country",
        _ => "details-error-not-editable",
    }
}

/// The form's state: stored values, or what was typed when a field was refused.
#[derive(Clone)]
struct Typed {
    language: Language,
    errors: Vec<String>,
    values: std::collections::HashMap<String, String>,
}

impl Typed {
    fn value(&self, field: &str, stored: &str) -> String {
        self.values
            .get(field)
            .cloned()
            .unwrap_or_else(|| stored.to_string())
    }

    /// The message for `field` when it was refused, in the page's language.
    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .any(|e| e == field)
            .then(|| t_in(self.language, field_message_key(field), &[]))
    }
}

#[component]
pub fn BillingDetailsPage() -> impl IntoView {
    let query = use_query_map();
    let query = query.read_untracked();
    let notice = query.get("notice");
    let error = query.get("error");
    loaded_page(load_billing_details(query.get("form")), move |details| {
        let refused = details.refused.clone().unwrap_or_default();
        let tax_error = refused.errors.iter().any(|field| field == "tax");
        let typed = Typed {
            language: details.language,
            values: refused.values.into_iter().collect(),
            errors: refused.errors,
        };
        view! { <DetailsForm details typed notice error tax_error /> }
    })
}

/// The catalogue key of the notice shown after an action.
fn notice_key(code: &str) -> Option<&'static str> {
    match code {
        "details_saved" => Some("details-saved"),
        "tax_id_added" => Some("details-tax-id-added"),
        "tax_id_removed" => Some("details-tax-id-removed"),
        _ => None,
    }
}

/// A labelled text field with its error message (if refused) tied to it for screen readers.
fn text_field(
    typed: &Typed,
    field: &'static str,
    error_key: &'static str,
    label_key: &'static str,
    stored: &str,
    autocomplete: &'static str,
) -> impl IntoView {
    let error = typed.error(error_key);
    let label = t_in(typed.language, label_key, &[]);
    let id = format!("field-{field}");
    let error_id = format!("error-{field}");
    view! {
        <label class="field" for=id.clone()>{label}</label>
        <input
            id=id
            name=field
            value=typed.value(field, stored)
            autocomplete=autocomplete
            aria-invalid=error.is_some().then_some("true")
            aria-describedby=error.is_some().then(|| error_id.clone())
            autofocus=error.is_some()
        />
        {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
    }
}

#[component]
fn DetailsForm(
    details: BillingDetailsView,
    typed: Typed,
    notice: Option<String>,
    error: Option<String>,
    tax_error: bool,
) -> impl IntoView {
    let language = details.language;
    let title = t_in(
        language,
        "details-title",
        &[("merchant", details.merchant_name.as_str().into())],
    );
    let notice = notice.as_deref().and_then(notice_key);
    let error = error.as_deref().and_then(PortalError::message_key_for_code);
    let needs_attention = !typed.errors.is_empty();
    let country = typed.value("country", &details.country);
    let country_error = typed.error("address.country");
    let tax_type = typed.value("tax_type", "eu_vat");
    let name_field = details.can_edit_name.then(|| {
        text_field(
            &typed,
            "name",
            "name",
            "details-name",
            &details.name,
            "name",
        )
    });
    let email_field = details.can_edit_email.then(|| {
        text_field(
            &typed,
            "email",
            "email",
            "details-email",
            &details.email,
            "email",
        )
    });
    let phone_field = details.can_edit_phone.then(|| {
        text_field(
            &typed,
            "phone",
            "phone",
            "details-phone",
            &details.phone,
            "tel",
        )
    });
    let address_fields = details.can_edit_address.then(|| {
        (
            text_field(
                &typed,
                "line1",
                "address.line1",
                "details-line1",
                &details.line1,
                "address-line1",
            ),
            text_field(
                &typed,
                "line2",
                "address.line2",
                "details-line2",
                &details.line2,
                "address-line2",
            ),
            text_field(
                &typed,
                "city",
                "address.city",
                "details-city",
                &details.city,
                "address-level2",
            ),
            text_field(
                &typed,
                "postal_code",
                "address.postalCode",
                "details-postal-code",
                &details.postal_code,
                "postal-code",
            ),
            text_field(
                &typed,
                "state",
                "address.state",
                "details-state",
                &details.state,
                "address-level1",
            ),
        )
    });
    let tax_value = typed.value("tax_value", "");
    let countries = details.countries.clone();
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name=details.merchant_name.clone() return_url=details.return_url.clone() branding=details.branding.clone() language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("overview-billing-details")}</h1>
            {notice.map(|key| view! { <div class="banner success" role="status">{t(key)}</div> })}
            // After a refused submit focus goes to the first refused field (each has
            // `autofocus`; the first in the page wins), else to the message.
            {error.map(|key| view! {
                <div class="banner error" role="alert" tabindex="-1" autofocus=!needs_attention>{t(key)}</div>
            })}
            {needs_attention.then(|| view! {
                <div class="banner error" role="alert">{t("details-needs-attention")}</div>
            })}
            <section class="card" aria-labelledby="details-heading">
                <h2 id="details-heading">{t("details-contact")}</h2>
                <PendingForm action=UpdateBillingDetails::url().to_string()>
                    <div class="card-fields">
                        {name_field}
                        {email_field}
                        {phone_field}
                        {address_fields.map(|(line1, line2, city, postal_code, state)| view! {
                            <label class="field" for="field-country">{t("details-country")}</label>
                            <select
                                id="field-country"
                                name="country"
                                autocomplete="country"
                                aria-invalid=country_error.is_some().then_some("true")
                                aria-describedby=country_error.is_some().then_some("error-country")
                                autofocus=country_error.is_some()
                            >
                                <option value="">{t("details-choose-country")}</option>
                                {countries.iter().map(|(code, name)| view! {
                                    <option value=code.clone() selected=*code == country>{name.clone()}</option>
                                }).collect_view()}
                            </select>
                            {country_error.map(|message| view! { <p class="field-error" id="error-country">{message}</p> })}
                            {line1}
                            {line2}
                            {city}
                            {postal_code}
                            {state}
                        })}
                    </div>
                    <SubmitButton label=t("details-save") />
                </PendingForm>
            </section>
            {details.can_edit_tax_ids.then(|| view! {
                <section class="card" aria-labelledby="tax-heading">
                    <h2 id="tax-heading">{t("details-tax-ids")}</h2>
                    {if details.tax_ids.is_empty() {
                        view! { <p class="empty">{t("details-no-tax-id")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="tax-ids">
                                {details.tax_ids.iter().map(|tax_id| {
                                    let remove_label = t_with(
                                        "payment-methods-remove-named",
                                        &[("name", tax_id.value.as_str().into())],
                                    );
                                    view! {
                                        <li class="tax-id">
                                            <span>{format!("{}: {}", tax_id.label, tax_id.value)}</span>
                                            <form method="post" action=RemoveTaxId::url().to_string()>
                                                <input type="hidden" name="tax_id" value=tax_id.id.clone() />
                                                <button type="submit" class="button" aria-label=remove_label>{t("payment-methods-remove")}</button>
                                            </form>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <PendingForm action=AddTaxId::url().to_string()>
                        <div class="card-fields">
                            <label class="field" for="tax-type">{t("details-tax-type")}</label>
                            <select id="tax-type" name="kind">
                                {details.tax_id_types.iter().map(|(code, label)| view! {
                                    <option value=code.clone() selected=*code == tax_type>{label.clone()}</option>
                                }).collect_view()}
                            </select>
                            <label class="field" for="tax-value">{t("tax-id-generic")}</label>
                            <input
                                id="tax-value"
                                name="value"
                                value=tax_value
                                placeholder="DE123456789"
                                required
                                aria-invalid=tax_error.then_some("true")
                                aria-describedby=tax_error.then_some("error-tax-value")
                                autofocus=tax_error
                            />
                            {tax_error.then(|| view! {
                                <p class="field-error" id="error-tax-value">
                                    {t("details-tax-id-invalid")}
                                </p>
                            })}
                        </div>
                        <SubmitButton label=t("details-add-tax-id") />
                    </PendingForm>
                </section>
            })}
        </PortalLayout>
    }
}

//! `/portal/payment-methods`: the customer's cards, adding one in the portal's own fields,
//! the default, removal, and paying an open invoice now.
use crate::ui::components::PageTitle;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::{
    load_payment_methods, loaded_page, AddCard, AddSepaDebit, FinishProcessorCollection,
    MakeDefaultPaymentMethod, PayInvoice, PaymentConfirmation, RemovePaymentMethod,
    StartProcessorCollection,
};
use crate::{
    domain::card::Brand,
    ui::{
        components::{PendingForm, PortalLayout, SubmitButton},
        errors::PortalError,
        words::{language, t, t_in, t_with},
    },
    views::{PaymentMethodList, PaymentMethodView, ProcessorFieldsView},
};

#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    let query = use_query_map();
    let notice = query.read_untracked().get("notice");
    let error = query.read_untracked().get("error");
    loaded_page(load_payment_methods(), |list| {
        view! { <PaymentMethods list notice error /> }
    })
}

/// The catalogue key of the notice shown after an action.
fn notice_key(code: &str) -> Option<&'static str> {
    match code {
        "card_added" => Some("payment-methods-card-added"),
        "bank_account_added" => Some("payment-methods-bank-added"),
        "default_changed" => Some("payment-methods-default-changed"),
        "card_removed" => Some("payment-methods-removed"),
        "invoice_paid" => Some("invoice-paid-notice"),
        "payment_confirmed" => Some("payment-methods-payment-confirmed"),
        _ => None,
    }
}

#[component]
fn PaymentMethods(
    list: PaymentMethodList,
    notice: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let PaymentMethodList {
        language,
        merchant_name,
        return_url,
        branding,
        methods,
        open_invoices,
        mandate_text,
        processor_fields,
    } = list;
    let title = t_in(
        language,
        "payment-methods-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    let notice = notice.as_deref().and_then(notice_key);
    let invalid_field = error.as_deref().and_then(field_for_error);
    let error = error.as_deref().and_then(PortalError::message_key_for_code);
    let has_default = methods.iter().any(|method| method.is_default);
    // Read inside the layout, which provides the customer's language.
    let methods_view = move || {
        if methods.is_empty() {
            view! { <p class="empty">{t("payment-methods-empty")}</p> }.into_any()
        } else {
            view! {
            <ul class="payment-methods">
                {methods.into_iter().map(|method| view! { <MethodRow method /> }).collect_view()}
            </ul>
        }
        .into_any()
        }
    };
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <a class="back-link" href="/portal"><span aria-hidden="true">"← "</span>{t("common-back")}</a>
            <h1>{t("payment-methods-heading")}</h1>
            {notice.map(|key| view! { <div class="banner success" role="status">{t(key)}</div> })}
            // After a refused submit focus goes to the field at fault, else to the message.
            {error.map(|key| view! {
                <div class="banner error" role="alert" id="form-error" tabindex="-1" autofocus=invalid_field.is_none()>{t(key)}</div>
            })}
            {(!open_invoices.is_empty() && has_default).then(|| view! {
                <section class="card" aria-labelledby="due-heading">
                    <h2 id="due-heading">{t("payment-methods-due")}</h2>
                    {open_invoices.into_iter().map(|invoice| match (invoice.needs_confirmation, &processor_fields) {
                        _ if invoice.debit_on_its_way => view! {
                            <div class="open-invoice">
                                <p>{invoice.label}" · "{t("payment-methods-debit-on-its-way")}</p>
                            </div>
                        }.into_any(),
                        (true, Some(fields)) => view! {
                            <div class="open-invoice" data-processor-confirm
                                data-js-url=fields.js_url.clone() data-publishable-key=fields.publishable_key.clone()>
                                <p>{invoice.label}" · "{t("payment-methods-confirm-asked")}</p>
                                <button type="button" class="button primary" data-confirm-payment=invoice.id
                                    data-confirm-url=PaymentConfirmation::url().to_string()>{t("payment-methods-confirm")}</button>
                                <p class="field-error" role="alert" data-processor-error hidden></p>
                            </div>
                        }.into_any(),
                        _ => view! {
                            <div class="open-invoice">
                                <p>{invoice.label}</p>
                                <PendingForm action=PayInvoice::url().to_string()>
                                    <input type="hidden" name="invoice_id" value=invoice.id />
                                    <SubmitButton label=t("invoice-pay-now") />
                                </PendingForm>
                            </div>
                        }.into_any(),
                    }).collect_view()}
                </section>
            })}
            <section class="card" aria-labelledby="methods-heading">
                <h2 id="methods-heading">{t("payment-methods-yours")}</h2>
                {methods_view()}
            </section>
            {match processor_fields {
                Some(fields) => view! { <ProcessorForms fields mandate_text /> }.into_any(),
                None => view! { <OwnForms invalid_field mandate_text /> }.into_any(),
            }}
        </PortalLayout>
    }
}

/// The id of the own-forms field a refusal's `?error=` code is about, if it is about one.
fn field_for_error(code: &str) -> Option<&'static str> {
    Some(match code {
        "card_number" | "card_declined" => "card-number",
        "card_expiry" => "card-expiry",
        "card_cvc" => "card-cvc",
        "card_postal_code" => "card-postal-code",
        "holder_name" => "holder-name",
        "holder_email" => "holder-email",
        "iban_invalid" => "iban",
        "mandate_required" => "accept-mandate",
        _ => return None,
    })
}

/// Test mode: cards and IBANs typed into the portal's own fields, checked by the vault.
#[component]
fn OwnForms(invalid_field: Option<&'static str>, mandate_text: String) -> impl IntoView {
    // The refused field is marked, tied to the message and focused.
    let invalid = move |id: &str| (invalid_field == Some(id)).then_some("true");
    let described = move |id: &str| invalid(id).map(|_| "form-error");
    view! {
            <section class="card" aria-labelledby="add-heading">
                <h2 id="add-heading">{t("payment-methods-add-card")}</h2>
                <PendingForm action=AddCard::url().to_string()>
                    <div class="card-fields">
                        <label class="field" for="card-number">{t("payment-methods-card-number")}</label>
                        <CardNumberInput has_error=invalid("card-number").is_some()
                            brand_hint=t_with("payment-methods-card-brand", &[("brand", "{brand}".into())]) />
                        <div class="field-row">
                            <div>
                                <label class="field" for="card-expiry">{t("payment-methods-expiry")}</label>
                                <input id="card-expiry" name="expiry" inputmode="numeric"
                                    autocomplete="cc-exp" placeholder="MM/YY" required maxlength="7"
                                    aria-invalid=invalid("card-expiry") aria-describedby=described("card-expiry") autofocus=invalid("card-expiry").is_some() />
                            </div>
                            <div>
                                <label class="field" for="card-cvc">{t("payment-methods-cvc")}</label>
                                <input id="card-cvc" name="cvc" inputmode="numeric"
                                    autocomplete="cc-csc" placeholder="CVC" required maxlength="4"
                                    aria-invalid=invalid("card-cvc") aria-describedby=described("card-cvc") autofocus=invalid("card-cvc").is_some() />
                            </div>
                        </div>
                        <label class="field" for="cardholder-name">{t("payment-methods-name-on-card")}</label>
                        <input id="cardholder-name" name="cardholder_name" autocomplete="cc-name" maxlength="200" />
                        <label class="field" for="card-postal-code">{t("payment-methods-postal-code")}</label>
                        <input id="card-postal-code" name="postal_code" autocomplete="postal-code" maxlength="10"
                            aria-invalid=invalid("card-postal-code") aria-describedby=described("card-postal-code") autofocus=invalid("card-postal-code").is_some() />
                        <label class="checkbox">
                            <input type="checkbox" name="make_default" value="1" checked />
                            " "{t("payment-methods-use-as-default")}
                        </label>
                    </div>
                    <SubmitButton label=t("payment-methods-add-card-button") />
                </PendingForm>
            </section>
            <section class="card" aria-labelledby="sepa-heading">
                <h2 id="sepa-heading">{t("payment-methods-add-bank")}</h2>
                <PendingForm action=AddSepaDebit::url().to_string()>
                    <div class="card-fields">
                        <label class="field" for="holder-name">{t("payment-methods-holder-name")}</label>
                        <input id="holder-name" name="name" autocomplete="name" required maxlength="200"
                            aria-invalid=invalid("holder-name") aria-describedby=described("holder-name") autofocus=invalid("holder-name").is_some() />
                        <label class="field" for="holder-email">{t("payment-methods-email")}</label>
                        <input id="holder-email" name="email" type="email" autocomplete="email" required maxlength="200"
                            aria-invalid=invalid("holder-email") aria-describedby=described("holder-email") autofocus=invalid("holder-email").is_some() />
                        <label class="field" for="iban">"IBAN"</label>
                        <input id="iban" name="iban" autocomplete="off" spellcheck="false"
                            placeholder="DE12 3456 7890 1234 5678 90" required maxlength="42"
                            aria-invalid=invalid("iban") aria-describedby=described("iban") autofocus=invalid("iban").is_some() />
                        <p class="mandate-text" id="mandate-text">{mandate_text}</p>
                        <label class="checkbox">
                            <input id="accept-mandate" type="checkbox" name="accept_mandate" value="1" required
                                aria-invalid=invalid("accept-mandate") autofocus=invalid("accept-mandate").is_some()
                                aria-describedby=if invalid("accept-mandate").is_some() { "form-error mandate-text" } else { "mandate-text" } />
                            " "{t("payment-methods-accept-mandate")}
                        </label>
                        <label class="checkbox">
                            <input type="checkbox" name="make_default" value="1" checked />
                            " "{t("payment-methods-use-as-default")}
                        </label>
                    </div>
                    <SubmitButton label=t("payment-methods-add-bank-button") />
                </PendingForm>
            </section>
    }
}

/// Live mode: the processor's own fields (Stripe.js Elements), mounted by
/// `/processor-fields.js`; the number or IBAN goes from them to the processor, never here.
#[component]
fn ProcessorForms(fields: ProcessorFieldsView, mandate_text: String) -> impl IntoView {
    let ProcessorFieldsView {
        js_url,
        publishable_key,
    } = fields;
    let start = StartProcessorCollection::url().to_string();
    let finish = FinishProcessorCollection::url().to_string();
    view! {
        // Its words, in the customer's language; Stripe's fields and messages take the locale.
        <script src="/processor-fields.js" defer
            data-locale=language().tag()
            data-saving=t("processor-saving")
            data-error-save=t("processor-error-save")
            data-error-unreachable=t("processor-error-unreachable")
            data-error-bank=t("processor-error-bank")
            data-error-confirm=t("processor-error-confirm")
            data-error-load=t("processor-error-load")></script>
        <noscript>
            <div class="banner error" role="alert">
                {t("payment-methods-needs-javascript")}
            </div>
        </noscript>
        <section class="card" aria-labelledby="add-heading">
            <h2 id="add-heading">{t("payment-methods-add-card")}</h2>
            <form method="post" action=finish.clone() class="processor-form" data-processor-form="card"
                data-js-url=js_url.clone() data-publishable-key=publishable_key.clone() data-start=start.clone()>
                <input type="hidden" name="kind" value="card" />
                <input type="hidden" name="setup_intent" value="" />
                <div class="card-fields">
                    <label class="field" for="processor-cardholder">{t("payment-methods-name-on-card")}</label>
                    <input id="processor-cardholder" name="cardholder_name" autocomplete="cc-name" maxlength="200" />
                    <span class="field" id="card-element-label">{t("payment-method-card")}</span>
                    <div class="processor-field" data-processor-field aria-labelledby="card-element-label"></div>
                    <p class="field-error" role="alert" data-processor-error hidden></p>
                    <label class="checkbox">
                        <input type="checkbox" name="make_default" value="1" checked />
                        " "{t("payment-methods-use-as-default")}
                    </label>
                </div>
                <button type="submit" class="button primary">{t("payment-methods-add-card-button")}</button>
            </form>
        </section>
        <section class="card" aria-labelledby="sepa-heading">
            <h2 id="sepa-heading">{t("payment-methods-add-bank")}</h2>
            <form method="post" action=finish class="processor-form" data-processor-form="sepa_debit"
                data-js-url=js_url data-publishable-key=publishable_key data-start=start>
                <input type="hidden" name="kind" value="sepa_debit" />
                <input type="hidden" name="setup_intent" value="" />
                <div class="card-fields">
                    <label class="field" for="processor-holder-name">{t("payment-methods-holder-name")}</label>
                    <input id="processor-holder-name" name="name" autocomplete="name" required maxlength="200" />
                    <label class="field" for="processor-holder-email">{t("payment-methods-email")}</label>
                    <input id="processor-holder-email" name="email" type="email" autocomplete="email" required maxlength="200" />
                    <span class="field" id="iban-element-label">"IBAN"</span>
                    <div class="processor-field" data-processor-field aria-labelledby="iban-element-label"></div>
                    <p class="mandate-text" id="processor-mandate-text">{mandate_text}</p>
                    <label class="checkbox">
                        <input type="checkbox" name="accept_mandate" value="1" required aria-describedby="processor-mandate-text" />
                        " "{t("payment-methods-accept-mandate")}
                    </label>
                    <p class="field-error" role="alert" data-processor-error hidden></p>
                    <label class="checkbox">
                        <input type="checkbox" name="make_default" value="1" checked />
                        " "{t("payment-methods-use-as-default")}
                    </label>
                </div>
                <button type="submit" class="button primary">{t("payment-methods-add-bank-button")}</button>
            </form>
        </section>
    }
}

#[component]
fn MethodRow(method: PaymentMethodView) -> impl IntoView {
    let PaymentMethodView {
        id,
        name,
        detail,
        expires_soon,
        expired,
        is_default,
    } = method;
    let remove_label = t_with(
        "payment-methods-remove-named",
        &[("name", name.as_str().into())],
    );
    let default_id = id.clone();
    let row_id = id.clone();
    view! {
        <li class="payment-method" data-payment-method=row_id>
            <div class="method-line">
                <span class="method-name">{name}</span>
                {is_default.then(|| view! { <span class="badge ok">{t("payment-methods-default")}</span> })}
                {expired.then(|| view! { <span class="badge warn">{t("payment-methods-expired")}</span> })}
                {(expires_soon && !expired).then(|| view! { <span class="badge warn">{t("payment-methods-expires-soon")}</span> })}
            </div>
            <p class="expiry">{detail}</p>
            <div class="actions">
                {(!is_default).then(|| view! {
                    <PendingForm action=MakeDefaultPaymentMethod::url().to_string()>
                        <input type="hidden" name="payment_method_id" value=default_id />
                        <SubmitButton label=t("payment-methods-make-default") />
                    </PendingForm>
                })}
                <form method="post" action=RemovePaymentMethod::url().to_string()>
                    <input type="hidden" name="payment_method_id" value=id />
                    <button type="submit" class="button" aria-label=remove_label>{t("payment-methods-remove")}</button>
                </form>
            </div>
        </li>
    }
}

/// The card number field. Once hydrated it names the brand as the customer types; without
/// WASM it is a plain field and the server detects the brand.
#[island]
/// `brand_hint`: the words around the detected brand, with `{brand}` where it goes.
fn CardNumberInput(has_error: bool, brand_hint: String) -> impl IntoView {
    let brand = RwSignal::new(None::<&'static str>);
    view! {
        <input
            id="card-number"
            name="number"
            inputmode="numeric"
            autocomplete="cc-number"
            placeholder="1234 1234 1234 1234"
            required
            maxlength="23"
            aria-invalid=has_error.then_some("true")
            aria-describedby=if has_error { "form-error card-brand" } else { "card-brand" }
            autofocus=has_error
            on:input=move |event| {
                let digits: String = event_target_value(&event)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                brand.set(match Brand::detect(&digits) {
                    _ if digits.is_empty() => None,
                    Brand::Unknown => None,
                    known => Some(known.label()),
                });
            }
        />
        <p class="brand-hint" id="card-brand" aria-live="polite">
            {move || brand.get().map(|label| brand_hint.replace("{brand}", label))}
        </p>
    }
}

//! Catalogue (`/dashboard/catalogue`): the merchant's products with their prices, and
//! coupons; new ones of each, and archiving or restoring products and prices. The forms
//! post to `catalogue_forms`, which call the services `/v1/products`, `/v1/prices` and
//! `/v1/coupons` call.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{ActionButton, Confirmed, PendingForm, SubmitButton},
        words::{t, t_with},
    },
    views::dashboard::{CatalogueView, CouponLine, PriceLine, ProductLine},
};

use super::paths::CATALOGUE;

#[server]
pub async fn load_catalogue() -> Result<CatalogueView, DashboardError> {
    use crate::server::services::billing::{coupons, products};
    let (state, access) = super::dashboard_access().await?;
    let actor = access.actor();
    let all_products = products::list_products(&state.db, &actor).await?;
    let prices = products::list_prices(&state.db, &actor, None, None).await?;
    let coupons = coupons::rows(&state.db, &actor).await?;
    Ok(super::pages::catalogue(
        &access,
        all_products,
        prices,
        coupons,
    ))
}

/// What a refused form posted, to show it again: the form's name (`product`, `coupon`, or
/// the product a new price was for), the field the refusal names, and every field.
#[derive(Clone, Default)]
struct Draft {
    form: String,
    field: Option<String>,
    values: Vec<(String, String)>,
}

impl Draft {
    /// What was typed into `name` of `form`, or `default` for any other form.
    fn value(&self, form: &str, name: &str, default: &str) -> String {
        if self.form != form {
            return default.to_string();
        }
        self.values
            .iter()
            .find(|(key, _)| key == name)
            .map_or_else(|| default.to_string(), |(_, value)| value.clone())
    }

    /// `aria-invalid` for the field a refusal of `form` names.
    fn invalid(&self, form: &str, name: &str) -> Option<&'static str> {
        (self.form == form && self.field.as_deref() == Some(name)).then_some("true")
    }

    /// The refusal's message, for the field it names (`aria-describedby`).
    fn described(&self, form: &str, name: &str) -> Option<&'static str> {
        self.invalid(form, name).map(|_| "catalogue-error")
    }

    /// Whether the refusal names no field of the page, so focus goes to its message.
    fn focus_message(&self) -> bool {
        const FIELDS: [&str; 7] = [
            "name",
            "amount",
            "interval_count",
            "lookup_key",
            "percent_off",
            "amount_off",
            "duration_in_months",
        ];
        !self
            .field
            .as_deref()
            .is_some_and(|field| FIELDS.contains(&field))
    }
}

#[component]
pub fn CataloguePage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| {
        t(match code.as_str() {
            "product" => "dash-catalogue-done-product",
            "price" => "dash-catalogue-done-price",
            "archived" => "dash-catalogue-done-archived",
            "restored" => "dash-catalogue-done-restored",
            "coupon" => "dash-catalogue-done-coupon",
            _ => "dash-done",
        })
    });
    let error = query.get("error");
    let draft = Draft {
        form: query.get("form").unwrap_or_default(),
        field: query.get("field"),
        values: [
            "name",
            "description",
            "amount",
            "currency",
            "interval",
            "interval_count",
            "lookup_key",
            "kind",
            "percent_off",
            "amount_off",
            "duration",
            "duration_in_months",
        ]
        .into_iter()
        .filter_map(|name| query.get(name).map(|value| (name.to_string(), value)))
        .collect(),
    };
    loaded_page(load_catalogue(), move |page| {
        view! { <Catalogue page done error draft /> }
    })
}

#[component]
fn Catalogue(
    page: CatalogueView,
    done: Option<String>,
    error: Option<String>,
    draft: Draft,
) -> impl IntoView {
    let CatalogueView {
        header,
        products,
        coupons,
        currencies,
        can_edit,
    } = page;
    let title = t_with(
        "dash-catalogue-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let new_product = can_edit.then(|| {
        let draft = draft.clone();
        view! {
            <h2 id="new-product">{t("dash-catalogue-new-product")}</h2>
            <PendingForm action=format!("{CATALOGUE}/products")>
                <fieldset class="field-group">
                    <legend>{t("dash-catalogue-product")}</legend>
                    <label for="product-name">{t("dash-name")}</label>
                    <input id="product-name" name="name" type="text" required maxlength="200" placeholder="Pro"
                        value=draft.value("product", "name", "") aria-invalid=draft.invalid("product", "name")
                        aria-describedby=draft.described("product", "name") autofocus=draft.invalid("product", "name").is_some() />
                    <label for="product-description">{t("dash-catalogue-description")}</label>
                    <input id="product-description" name="description" type="text" maxlength="500"
                        value=draft.value("product", "description", "") />
                </fieldset>
                <SubmitButton label=t("dash-catalogue-create-product") />
            </PendingForm>
        }
    });
    let new_coupon = can_edit.then(|| {
        let currencies = currencies.clone();
        let draft = draft.clone();
        view! { <CouponForm currencies draft /> }
    });
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=CATALOGUE>
            <h1>{t("dash-nav-catalogue")}</h1>
            <p class="lede">{t("dash-catalogue-lede")}</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! {
                <p class="banner error" id="catalogue-error" role="alert" tabindex="-1" autofocus=draft.focus_message()>{message}</p>
            })}
            <h2>{t("dash-catalogue-products")}</h2>
            {if products.is_empty() {
                view! { <p class="empty">{t("dash-catalogue-products-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="delivery-list">
                        {products.into_iter().map(|line| {
                            let currencies = currencies.clone();
                            let draft = draft.clone();
                            view! { <Product line can_edit currencies draft /> }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {new_product}
            <h2 id="coupons">{t("dash-catalogue-coupons")}</h2>
            {if coupons.is_empty() {
                view! { <p class="empty">{t("dash-catalogue-coupons-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="detail-list">
                        {coupons.into_iter().map(|line| view! { <Coupon line /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {new_coupon}
        </DashboardLayout>
    }
}

/// A product's status badge: (words, class).
fn status(active: bool) -> (String, &'static str) {
    if active {
        (t("dash-status-active"), "badge ok")
    } else {
        (t("dash-catalogue-archived"), "badge")
    }
}

#[component]
fn Product(
    line: ProductLine,
    can_edit: bool,
    currencies: Vec<String>,
    draft: Draft,
) -> impl IntoView {
    let ProductLine {
        id,
        name,
        description,
        active,
        prices,
    } = line;
    let (word, badge) = status(active);
    let path = format!("{CATALOGUE}/products/{id}");
    let named = |key: &str| t_with(key, &[("name", name.as_str().into())]);
    let caption = named("dash-catalogue-prices-of");
    let change = can_edit.then(|| {
        if active {
            view! {
                <Confirmed summary=t("dash-catalogue-archive-product")
                    consequence=t("dash-catalogue-archive-product-text")
                    action=format!("{path}/archive") confirm=named("dash-catalogue-archive-confirm") />
            }
            .into_any()
        } else {
            view! {
                <ActionButton action=format!("{path}/restore") label=named("dash-catalogue-restore") />
            }
            .into_any()
        }
    });
    let new_price = can_edit.then(|| {
        let open = draft.form == id;
        view! {
            <details class="confirm" open=open>
                <summary>{t("dash-catalogue-add-price-summary")}</summary>
                <PriceForm product_id=id.clone() product_name=name.clone() currencies draft />
            </details>
        }
    });
    view! {
        <li class="delivery-line" id=id.clone()>
            <div class="delivery-head">
                <strong>{name.clone()}</strong>
                <span class=badge>{word}</span>
            </div>
            <p class="muted"><code>{id.clone()}</code>{description.map(|text| view! { " · "{text} })}</p>
            {if prices.is_empty() {
                view! { <p class="empty">{t("dash-catalogue-prices-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="changes">
                            <caption class="sr-only">{caption}</caption>
                            <thead><tr>
                                <th scope="col">{t("dash-catalogue-price")}</th>
                                <th scope="col">{t("dash-id")}</th>
                                <th scope="col">{t("dash-status")}</th>
                                {can_edit.then(|| view! { <th scope="col"><span class="sr-only">{t("dash-action")}</span></th> })}
                            </tr></thead>
                            <tbody>
                                {prices.into_iter().map(|price| view! { <Price price can_edit /> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            {new_price}
            {change}
        </li>
    }
}

#[component]
fn Price(price: PriceLine, can_edit: bool) -> impl IntoView {
    let PriceLine {
        id,
        terms,
        lookup_key,
        active,
    } = price;
    let (word, badge) = status(active);
    let (action, label) = if active {
        (
            format!("{CATALOGUE}/prices/{id}/archive"),
            t_with("dash-catalogue-archive", &[("name", terms.as_str().into())]),
        )
    } else {
        (
            format!("{CATALOGUE}/prices/{id}/restore"),
            t_with("dash-catalogue-restore", &[("name", terms.as_str().into())]),
        )
    };
    view! {
        <tr>
            <td>{terms}{lookup_key.map(|key| view! { <br /><span class="muted">{t("dash-catalogue-lookup-key")}" "<code>{key}</code></span> })}</td>
            <td><code>{id}</code></td>
            <td><span class=badge>{word}</span></td>
            {can_edit.then(|| view! {
                <td><ActionButton action label /></td>
            })}
        </tr>
    }
}

/// `<option>`s of `choices` (value, words) with `selected` chosen.
fn options(choices: Vec<(String, String)>, selected: String) -> impl IntoView {
    choices
        .into_iter()
        .map(|(value, words)| {
            let chosen = value == selected;
            view! { <option value=value selected=chosen>{words}</option> }
        })
        .collect_view()
}

fn currency_options(currencies: Vec<String>, selected: String) -> impl IntoView {
    options(
        currencies
            .into_iter()
            .map(|code| (code.clone(), code.to_uppercase()))
            .collect(),
        selected,
    )
}

#[component]
fn PriceForm(
    product_id: String,
    product_name: String,
    currencies: Vec<String>,
    draft: Draft,
) -> impl IntoView {
    let form = product_id.as_str();
    let id_of = |name: &str| format!("{name}-{product_id}");
    let (amount_id, currency_id, interval_id, count_id, key_id, key_hint_id) = (
        id_of("amount"),
        id_of("currency"),
        id_of("interval"),
        id_of("interval_count"),
        id_of("lookup_key"),
        id_of("lookup_key_hint"),
    );
    let amount = draft.value(form, "amount", "");
    let amount_invalid = draft.invalid(form, "amount");
    let currency = draft.value(form, "currency", "usd");
    let count = draft.value(form, "interval_count", "1");
    let count_invalid = draft.invalid(form, "interval_count");
    let interval = draft.value(form, "interval", "month");
    let lookup_key = draft.value(form, "lookup_key", "");
    let key_invalid = draft.invalid(form, "lookup_key");
    let amount_described = draft.described(form, "amount");
    let count_described = draft.described(form, "interval_count");
    let action = format!("{CATALOGUE}/products/{product_id}/prices");
    let legend = t_with(
        "dash-catalogue-new-price",
        &[("product", product_name.as_str().into())],
    );
    let intervals = vec![
        ("month".to_string(), t("dash-catalogue-months")),
        ("year".to_string(), t("dash-catalogue-years")),
    ];
    view! {
        <PendingForm action=action>
            <fieldset class="field-group">
                <legend>{legend}</legend>
                <label for=amount_id.clone()>{t("dash-catalogue-amount")}</label>
                <input id=amount_id name="amount" type="text" inputmode="decimal" required placeholder="12.00"
                    value=amount aria-invalid=amount_invalid
                    aria-describedby=amount_described autofocus=amount_invalid.is_some() />
                <label for=currency_id.clone()>{t("dash-catalogue-currency")}</label>
                <select id=currency_id name="currency">{currency_options(currencies, currency)}</select>
                <label for=count_id.clone()>{t("dash-catalogue-billed-every")}</label>
                <div class="color-row">
                    <input id=count_id name="interval_count" type="number" min="1" max="12" required
                        value=count aria-invalid=count_invalid
                        aria-describedby=count_described autofocus=count_invalid.is_some() />
                    <select id=interval_id name="interval" aria-label=t("dash-catalogue-months-or-years")>
                        {options(intervals, interval)}
                    </select>
                </div>
                <label for=key_id.clone()>{t("dash-catalogue-lookup-key-optional")}</label>
                <input id=key_id name="lookup_key" type="text" maxlength="200" spellcheck="false"
                    value=lookup_key aria-invalid=key_invalid autofocus=key_invalid.is_some()
                    aria-describedby=if key_invalid.is_some() { format!("catalogue-error {key_hint_id}") } else { key_hint_id.clone() } />
                <p class="hint" id=key_hint_id>"A name your code can find the price by, like pro_monthly."</p>
            </fieldset>
            <SubmitButton label=t("dash-catalogue-add-price") />
        </PendingForm>
    }
}

#[component]
fn Coupon(line: CouponLine) -> impl IntoView {
    let CouponLine {
        id,
        name,
        terms,
        created,
    } = line;
    let shows_terms = name != terms;
    view! {
        <li class="key-line">
            <strong>{name}</strong>
            {shows_terms.then(|| view! { <span>{terms}</span> })}
            <code>{id}</code>
            <span class="muted">{created}</span>
        </li>
    }
}

#[component]
fn CouponForm(currencies: Vec<String>, draft: Draft) -> impl IntoView {
    let form = "coupon";
    let kinds = vec![
        ("percent".to_string(), t("dash-coupon-percent-kind")),
        ("amount".to_string(), t("dash-coupon-amount-kind")),
    ];
    let durations = vec![
        ("once".to_string(), t("dash-coupon-once")),
        ("repeating".to_string(), t("dash-coupon-repeating")),
        ("forever".to_string(), t("dash-coupon-forever")),
    ];
    view! {
        <h2 id="new-coupon">{t("dash-coupon-new")}</h2>
        <PendingForm action=format!("{CATALOGUE}/coupons")>
            <fieldset class="field-group">
                <legend>{t("dash-coupon")}</legend>
                <label for="coupon-name">{t("dash-coupon-name")}</label>
                <input id="coupon-name" name="name" type="text" maxlength="200" placeholder=t("dash-coupon-name-placeholder")
                    value=draft.value(form, "name", "") />
                <label for="coupon-kind">{t("dash-coupon-discount")}</label>
                <select id="coupon-kind" name="kind">{options(kinds, draft.value(form, "kind", "percent"))}</select>
                <label for="coupon-percent">{t("dash-coupon-percent")}</label>
                <input id="coupon-percent" name="percent_off" type="text" inputmode="decimal" placeholder="20"
                    value=draft.value(form, "percent_off", "") aria-invalid=draft.invalid(form, "percent_off")
                    aria-describedby=draft.described(form, "percent_off") autofocus=draft.invalid(form, "percent_off").is_some() />
                <label for="coupon-amount">{t("dash-coupon-amount")}</label>
                <input id="coupon-amount" name="amount_off" type="text" inputmode="decimal" placeholder="5.00"
                    value=draft.value(form, "amount_off", "") aria-invalid=draft.invalid(form, "amount_off")
                    aria-describedby=draft.described(form, "amount_off") autofocus=draft.invalid(form, "amount_off").is_some() />
                <label for="coupon-currency">{t("dash-coupon-currency")}</label>
                <select id="coupon-currency" name="currency">
                    {currency_options(currencies, draft.value(form, "currency", "usd"))}
                </select>
                <label for="coupon-duration">{t("dash-coupon-applies")}</label>
                <select id="coupon-duration" name="duration">{options(durations, draft.value(form, "duration", "once"))}</select>
                <label for="coupon-months">{t("dash-coupon-months")}</label>
                <input id="coupon-months" name="duration_in_months" type="number" min="1" max="120"
                    value=draft.value(form, "duration_in_months", "") aria-invalid=draft.invalid(form, "duration_in_months")
                    aria-describedby=draft.described(form, "duration_in_months") autofocus=draft.invalid(form, "duration_in_months").is_some() />
            </fieldset>
            <SubmitButton label=t("dash-coupon-create") />
        </PendingForm>
    }
}

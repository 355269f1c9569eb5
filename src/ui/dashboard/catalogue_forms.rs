//! The posts of the Catalogue page: a new product, a new price, a new coupon, archiving and
//! restoring, as the signed-in user through the services `/v1/products`, `/v1/prices` and
//! `/v1/coupons` call. Amounts are typed in major units ("12.50") and become minor units
//! here; a refusal comes back to the page with what was typed.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::request::Parts,
    response::Response,
};

use super::paths::CATALOGUE;
use super::responses::{actor_for, see_other, server_error};
use crate::domain::{
    dashboard::Permission,
    ids::{self, prefix},
    money::Currency,
};
use crate::server::{
    services::{
        billing::{
            coupons::{self, CreateCoupon},
            products::{self, CreatePrice, ProductChanges},
        },
        Actor, ServiceError,
    },
    state::AppState,
};
use crate::{
    i18n::Language,
    ui::words::{headers_language, t_in},
};

async fn editor(state: &AppState, parts: &Parts) -> Result<Actor, Response> {
    let language = headers_language(&parts.headers);
    actor_for(state, parts, Permission::ManageCatalog, || {
        see_other(&refusal(
            &t_in(language, "dash-role-owner-or-admin", &[]),
            "",
            None,
            &[],
        ))
    })
    .await
}

/// The page again with the refusal, the field it names and what `form` posted.
fn refusal(message: &str, form: &str, field: Option<&str>, posted: &[(String, String)]) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("error", message);
    if !form.is_empty() {
        query.append_pair("form", form);
    }
    if let Some(field) = field {
        query.append_pair("field", field);
    }
    for (name, value) in posted {
        query.append_pair(name, value);
    }
    let anchor = match form {
        "" => String::new(),
        "product" => "#new-product".to_string(),
        "coupon" => "#new-coupon".to_string(),
        product_id => format!("#{product_id}"),
    };
    format!("{CATALOGUE}?{}{anchor}", query.finish())
}

/// The service's refusal as the page shows it: its sentence, and the form field it names
/// (the API's camelCase parameter as the form's snake_case name).
fn refused(
    language: Language,
    error: ServiceError,
    form: &str,
    posted: &[(String, String)],
) -> Response {
    match error {
        ServiceError::Invalid { param, message } => {
            let field = match param.as_ref() {
                "unitAmount" => "amount",
                "recurring.intervalCount" => "interval_count",
                "recurring.interval" => "interval",
                "lookupKey" => "lookup_key",
                "percentOff" => "percent_off",
                "amountOff" => "amount_off",
                "durationInMonths" => "duration_in_months",
                other => other,
            };
            see_other(&refusal(&sentence(&message), form, Some(field), posted))
        }
        ServiceError::NotFound { .. } => see_other(&refusal(
            &t_in(language, "dash-catalogue-not-found", &[]),
            "",
            None,
            &[],
        )),
        other => server_error(other, "changing the catalogue"),
    }
}

/// Why a typed amount was refused, in the merchant's words.
fn amount_message(language: Language, error: &crate::domain::money::AmountError) -> String {
    use crate::domain::money::AmountError;
    match error {
        AmountError::NotANumber => t_in(language, "dash-amount-not-a-number", &[]),
        AmountError::TooManyDecimals(decimals) => t_in(
            language,
            "dash-amount-decimals",
            &[("decimals", i64::from(*decimals).into())],
        ),
        AmountError::TooLarge => t_in(language, "dash-amount-too-large", &[]),
    }
}

/// The message ending as a sentence does (the services' messages have no full stop).
fn sentence(message: &str) -> String {
    if message.ends_with(['.', '。']) {
        message.to_string()
    } else {
        format!("{message}.")
    }
}

fn posted(body: &Bytes) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(body).unwrap_or_default()
}

fn field<'a>(posted: &'a [(String, String)], name: &str) -> &'a str {
    posted
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value.trim())
}

/// A field that is optional: empty means not given.
fn given(posted: &[(String, String)], name: &str) -> Option<String> {
    Some(field(posted, name).to_string()).filter(|value| !value.is_empty())
}

/// `POST /dashboard/catalogue/products`.
pub async fn create_product(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    let posted = posted(&body);
    let (name, description) = (field(&posted, "name"), given(&posted, "description"));
    match products::create_product(&state.db, &actor, None, name.to_string(), description).await {
        Ok(product) => see_other(&format!("{CATALOGUE}?done=product#{}", product.id)),
        Err(error) => refused(language, error, "product", &posted),
    }
}

/// `POST /dashboard/catalogue/products/{id}/prices`.
pub async fn create_price(
    State(state): State<AppState>,
    Path(product_id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    // Only a well-formed id goes back into the page's address, as the form to reopen.
    if !ids::has_prefix(&product_id, prefix::PRODUCT) {
        return refused(
            language,
            ServiceError::not_found("product", "product", product_id),
            "",
            &[],
        );
    }
    let posted = posted(&body);
    let form = product_id.as_str();
    let refuse = |field: &str, message: String| {
        see_other(&refusal(&sentence(&message), form, Some(field), &posted))
    };
    let Ok(currency) = Currency::parse(field(&posted, "currency")) else {
        return refuse(
            "currency",
            t_in(language, "dash-catalogue-error-currency", &[]),
        );
    };
    let unit_amount = match currency.minor_units(field(&posted, "amount")) {
        Ok(amount) => amount,
        Err(error) => return refuse("amount", amount_message(language, &error)),
    };
    let Ok(interval_count) = field(&posted, "interval_count").parse::<i64>() else {
        return refuse(
            "interval_count",
            t_in(language, "dash-catalogue-error-interval-count", &[]),
        );
    };
    let request = CreatePrice {
        id: None,
        product: product_id.clone(),
        unit_amount,
        currency: currency.code().to_string(),
        interval: field(&posted, "interval").to_string(),
        interval_count: Some(interval_count),
        lookup_key: given(&posted, "lookup_key"),
    };
    match products::create_price(&state.db, &actor, request).await {
        Ok(_) => see_other(&format!("{CATALOGUE}?done=price#{product_id}")),
        Err(error) => refused(language, error, form, &posted),
    }
}

/// `POST /dashboard/catalogue/products/{id}/archive` and `…/restore`.
async fn set_product_active(state: AppState, id: String, parts: Parts, active: bool) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    let changes = ProductChanges {
        active: Some(active),
        ..ProductChanges::default()
    };
    match products::update_product(&state.db, &actor, &id, changes).await {
        Ok(_) => see_other(&format!("{CATALOGUE}?done={}#{id}", done_code(active))),
        Err(error) => refused(language, error, "", &[]),
    }
}

fn done_code(active: bool) -> &'static str {
    if active {
        "restored"
    } else {
        "archived"
    }
}

pub async fn archive_product(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    set_product_active(state, id, parts, false).await
}

pub async fn restore_product(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    set_product_active(state, id, parts, true).await
}

/// `POST /dashboard/catalogue/prices/{id}/archive` and `…/restore`.
async fn set_price_active(state: AppState, id: String, parts: Parts, active: bool) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    match products::set_price_active(&state.db, &actor, &id, active).await {
        Ok(price) => see_other(&format!(
            "{CATALOGUE}?done={}#{}",
            done_code(active),
            price.product
        )),
        Err(error) => refused(language, error, "", &[]),
    }
}

pub async fn archive_price(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    set_price_active(state, id, parts, false).await
}

pub async fn restore_price(
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
) -> Response {
    set_price_active(state, id, parts, true).await
}

/// `POST /dashboard/catalogue/coupons`: the form's one "kind" chooses which of its amount
/// fields counts, so that a value left in the other is not refused.
pub async fn create_coupon(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let actor = match editor(&state, &parts).await {
        Ok(actor) => actor,
        Err(response) => return response,
    };
    let language = headers_language(&parts.headers);
    let posted = posted(&body);
    let refuse = |field: &str, message: String| {
        see_other(&refusal(
            &sentence(&message),
            "coupon",
            Some(field),
            &posted,
        ))
    };
    let (percent_off, amount_off, currency) = if field(&posted, "kind") == "amount" {
        let Ok(currency) = Currency::parse(field(&posted, "currency")) else {
            return refuse(
                "currency",
                t_in(language, "dash-catalogue-error-currency", &[]),
            );
        };
        match currency.minor_units(field(&posted, "amount_off")) {
            Ok(amount) => (None, Some(amount), Some(currency.code().to_string())),
            Err(error) => return refuse("amount_off", amount_message(language, &error)),
        }
    } else {
        match field(&posted, "percent_off")
            .trim_end_matches('%')
            .parse::<f64>()
        {
            Ok(percent) if percent.is_finite() => (Some(percent), None, None),
            _ => {
                return refuse(
                    "percent_off",
                    t_in(language, "dash-catalogue-error-percent", &[]),
                )
            }
        }
    };
    let duration = field(&posted, "duration").to_string();
    let duration_in_months = if duration == "repeating" {
        match field(&posted, "duration_in_months").parse::<u32>() {
            Ok(months) => Some(months),
            Err(_) => {
                return refuse(
                    "duration_in_months",
                    t_in(language, "dash-catalogue-error-months", &[]),
                )
            }
        }
    } else {
        None
    };
    let request = CreateCoupon {
        id: None,
        name: given(&posted, "name"),
        percent_off,
        amount_off,
        currency,
        duration,
        duration_in_months,
    };
    match coupons::create(&state.db, &actor, request).await {
        Ok(_) => see_other(&format!("{CATALOGUE}?done=coupon#coupons")),
        Err(error) => refused(language, error, "coupon", &posted),
    }
}

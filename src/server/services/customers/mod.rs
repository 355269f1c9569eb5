//! Customers: created and read (`GET /v1/customers/{id}`, also the object of every
//! `customer.*` event), and their billing details (name, e-mail, phone, address, tax IDs)
//! edited by the merchant's API or by the customer in the portal (only the fields the
//! configuration's `customerUpdate.allowedUpdates` lists). Every field is checked before
//! anything is saved, and a request's parts are one transaction. (Over 500 lines: the
//! field checks and their refusal messages; tax IDs are the next part to move out.)
pub mod payment_methods;
pub mod processor_methods;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::domain::portal_configuration::PortalFeature;
use crate::server::services::settings::portal_configurations::require_feature;
use crate::server::services::{
    developers::events::{self, NewEvent},
    now_unix,
    objects::format_time,
    Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        address::Address,
        email::valid_email,
        ids::prefix,
        portal_configuration::CustomerField,
        tax_id::{TaxId, TaxIdType},
    },
    server::{
        db::{
            store::{
                self,
                customers::{CustomerDetailsRow, CustomerRow},
                tax_ids::TaxIdRow,
            },
            Db, Exec, Tx,
        },
        secrets,
    },
};

/// Requested changes; absent fields keep their value. `Some(None)` clears phone/address.
#[derive(Debug, Default)]
pub struct DetailsUpdate {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Option<String>>,
    pub address: Option<Option<Address>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TaxIdObject {
    pub id: String,
    pub object: &'static str,
    pub customer: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    pub country: String,
    pub created_at: String,
    pub livemode: bool,
}

impl TaxIdObject {
    fn new(row: &TaxIdRow, livemode: bool) -> Self {
        Self {
            id: row.id.clone(),
            object: "tax_id",
            customer: row.customer_id.clone(),
            kind: row.kind.clone(),
            value: row.value.clone(),
            country: row.country.clone(),
            created_at: format_time(row.created_at),
            livemode,
        }
    }
}

/// The address as the API shows it, when there is one.
pub fn address_json(details: &CustomerDetailsRow) -> Value {
    match &details.address_country {
        Some(country) => json!({
            "line1": details.address_line1,
            "line2": details.address_line2,
            "city": details.address_city,
            "postalCode": details.address_postal_code,
            "state": details.address_state,
            "country": country,
        }),
        None => Value::Null,
    }
}

/// A customer as the REST API returns it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerObject {
    pub id: String,
    pub object: &'static str,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: serde_json::Value,
    pub default_payment_method: Option<String>,
    /// The customer's test-clock time, when on one.
    pub test_clock_time: Option<String>,
    /// Languages the customer reads, most preferred first (BCP 47 tags): the portal's
    /// language when the session's `locale` is `auto`.
    pub preferred_locales: Vec<String>,
    pub created_at: String,
    pub livemode: bool,
}

/// A customer of the actor's merchant (`GET /v1/customers/{id}`).
pub async fn get(db: &Db, actor: &Actor, id: &str) -> ServiceResult<CustomerObject> {
    let mut conn = db.conn().await?;
    object_in(conn.exec(), actor, id).await
}

/// The customer object as `GET /v1/customers/{id}` answers it, read through `exec`: also
/// the object of every `customer.*` event, written after the change in its transaction.
pub(crate) async fn object_in(
    mut exec: Exec<'_>,
    actor: &Actor,
    id: &str,
) -> ServiceResult<CustomerObject> {
    let not_found = || ServiceError::not_found("customer", "id", id);
    if actor.customer_scope().is_some_and(|scope| scope != id) {
        return Err(not_found());
    }
    let (merchant_id, livemode) = (actor.merchant_id(), actor.livemode());
    let row = store::customers::get(exec.reborrow(), merchant_id, livemode, id)
        .await?
        .ok_or_else(not_found)?;
    let default_payment_method =
        store::customers::default_payment_method(exec.reborrow(), merchant_id, id).await?;
    let clock = store::customers::clock_time(exec.reborrow(), merchant_id, id).await?;
    let preferred_locales =
        store::customers::preferred_locales(exec.reborrow(), merchant_id, id).await?;
    let details = store::customers::get_details(exec.reborrow(), merchant_id, livemode, id)
        .await?
        .unwrap_or_default();
    Ok(CustomerObject {
        id: row.id,
        object: "customer",
        name: row.name,
        email: row.email,
        phone: details.phone.clone(),
        address: address_json(&details),
        default_payment_method,
        test_clock_time: clock.map(format_time),
        preferred_locales: preferred_locales
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default(),
        created_at: format_time(row.created_at),
        livemode,
    })
}

/// Creates a customer, under `id` when the caller chooses one (the demo uses the seed's
/// `cust_8sJ2kLpQ` so that the seed's examples work as written).
pub async fn create_named(
    db: &Db,
    actor: &Actor,
    id: Option<&str>,
    name: &str,
    email: &str,
) -> ServiceResult<String> {
    let mut tx = db.begin_write().await?;
    let id = create_named_in(&mut tx, actor, id, name, email).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`create_named`] inside the caller's transaction.
pub(crate) async fn create_named_in(
    tx: &mut Tx,
    actor: &Actor,
    id: Option<&str>,
    name: &str,
    email: &str,
) -> ServiceResult<String> {
    if let Some(id) = id {
        if !crate::domain::ids::has_prefix(id, prefix::CUSTOMER) {
            return Err(ServiceError::invalid(
                "id",
                "A customer id must look like cust_...",
            ));
        }
    }
    let now = now_unix();
    let row = CustomerRow {
        id: id.map_or_else(|| secrets::new_id(prefix::CUSTOMER), str::to_string),
        merchant_id: actor.merchant_id().to_string(),
        name: Some(name.to_string()),
        email: Some(email.to_string()),
        created_at: now,
        livemode: actor.livemode(),
    };
    if name.chars().count() > 200 || email.chars().count() > 200 {
        return Err(ServiceError::invalid(
            "name",
            "name and email are at most 200 characters",
        ));
    }
    if store::customers::get(tx.exec(), actor.merchant_id(), actor.livemode(), &row.id)
        .await?
        .is_some()
    {
        return Err(ServiceError::invalid(
            "id",
            format!("A customer with id {} already exists", row.id),
        ));
    }
    store::customers::insert(tx.exec(), &row).await?;
    let object = json!(object_in(tx.exec(), actor, &row.id).await?);
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "customer.created",
            customer_id: Some(&row.id),
            object_id: &row.id,
            object,
            previous_attributes: None,
        },
    )
    .await?;
    Ok(row.id)
}

/// In the portal: the fields `customerUpdate.allowedUpdates` lists, when it is enabled.
async fn allowed_fields(tx: &mut Tx, actor: &Actor) -> ServiceResult<Option<Vec<CustomerField>>> {
    Ok(
        require_feature(tx.exec(), actor, PortalFeature::CustomerUpdate)
            .await?
            .map(|features| features.customer_update.allowed_updates),
    )
}

fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'))
}

/// The details after `update`, or every refused field with its message. `allowed` is the
/// portal's list of editable fields (`None`: the merchant's API, all fields).
fn apply_update(
    before: &CustomerDetailsRow,
    update: DetailsUpdate,
    allowed: Option<&[CustomerField]>,
) -> Result<CustomerDetailsRow, Vec<(String, String)>> {
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut refuse_if_not_allowed = |field: CustomerField, param: &str, present: bool| {
        if present && allowed.is_some_and(|list| !list.contains(&field)) {
            errors.push((param.to_string(), "This can't be changed here".to_string()));
        }
    };
    refuse_if_not_allowed(CustomerField::Name, "name", update.name.is_some());
    refuse_if_not_allowed(CustomerField::Email, "email", update.email.is_some());
    refuse_if_not_allowed(CustomerField::Phone, "phone", update.phone.is_some());
    refuse_if_not_allowed(CustomerField::Address, "address", update.address.is_some());

    let mut after = before.clone();
    if let Some(name) = update.name {
        let name = name.trim().to_string();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(("name".into(), "Enter a name of 1 to 200 characters".into()));
        }
        after.name = Some(name);
    }
    if let Some(email) = update.email {
        let email = email.trim().to_string();
        if !valid_email(&email) {
            errors.push(("email".into(), "Enter a valid e-mail address".into()));
        }
        after.email = Some(email);
    }
    if let Some(phone) = update.phone {
        let phone = phone
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty());
        if phone.as_deref().is_some_and(|p| !valid_phone(p)) {
            errors.push((
                "phone".into(),
                "Enter a phone number of 6 to 15 digits, with + ( ) - allowed".into(),
            ));
        }
        after.phone = phone;
    }
    if let Some(address) = update.address {
        match address.map(Address::normalise_and_check).transpose() {
            Ok(address) => {
                let address = address.unwrap_or_default();
                let set = |s: &str| (!s.is_empty()).then(|| s.to_string());
                after.address_line1 = set(&address.line1);
                after.address_line2 = address.line2.clone();
                after.address_city = set(&address.city);
                after.address_postal_code = set(&address.postal_code);
                after.address_state = address.state.clone();
                after.address_country = set(&address.country);
            }
            Err(field_errors) => errors.extend(
                field_errors
                    .into_iter()
                    .map(|e| (format!("address.{}", e.field), e.message)),
            ),
        }
    }
    if errors.is_empty() {
        Ok(after)
    } else {
        Err(errors)
    }
}

/// Checks details for a customer about to be created (nothing is created when refused).
pub fn check_new_details(update: DetailsUpdate) -> ServiceResult<()> {
    apply_update(&CustomerDetailsRow::default(), update, None)
        .map(|_| ())
        .map_err(ServiceError::InvalidFields)
}

/// Applies the changes if every field is valid (all errors reported at once), with a
/// `customer.updated` event naming the previous values.
pub async fn update_details(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    update: DetailsUpdate,
) -> ServiceResult<CustomerDetailsRow> {
    let mut tx = db.begin_write().await?;
    let after = update_details_in(&mut tx, actor, customer_id, update).await?;
    tx.commit().await?;
    Ok(after)
}

/// [`update_details`] inside the caller's transaction.
pub(crate) async fn update_details_in(
    tx: &mut Tx,
    actor: &Actor,
    customer_id: &str,
    update: DetailsUpdate,
) -> ServiceResult<CustomerDetailsRow> {
    crate::server::services::check_customer_scope(actor, customer_id)?;
    let merchant_id = actor.merchant_id();
    let before =
        store::customers::get_details(tx.exec(), merchant_id, actor.livemode(), customer_id)
            .await?
            .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    let allowed = allowed_fields(tx, actor).await?;
    let after =
        apply_update(&before, update, allowed.as_deref()).map_err(ServiceError::InvalidFields)?;
    let mut previous = Map::new();
    if before.name != after.name {
        previous.insert("name".into(), json!(before.name));
    }
    if before.email != after.email {
        previous.insert("email".into(), json!(before.email));
    }
    if before.phone != after.phone {
        previous.insert("phone".into(), json!(before.phone));
    }
    let (address_before, address_after) = (address_json(&before), address_json(&after));
    if address_before != address_after {
        previous.insert("address".into(), address_before);
    }
    if !previous.is_empty() {
        store::customers::update_details(tx.exec(), merchant_id, customer_id, &after).await?;
        let object = json!(object_in(tx.exec(), actor, customer_id).await?);
        events::record(
            tx.exec(),
            actor,
            now_unix(),
            NewEvent {
                event_type: "customer.updated",
                customer_id: Some(customer_id),
                object_id: customer_id,
                object,
                previous_attributes: Some(Value::Object(previous)),
            },
        )
        .await?;
    }
    Ok(after)
}

/// `POST /v1/customers`: the customer and its optional phone and address, every field
/// checked first, in one transaction (`customer.created`, then `customer.updated` when a
/// phone or address came with it, as before).
pub struct NewCustomer {
    pub id: Option<String>,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub address: Option<Address>,
    pub preferred_locales: Option<Vec<String>>,
}

/// At most this many `preferredLocales`.
pub const MAX_PREFERRED_LOCALES: usize = 10;

fn check_preferred_locales(locales: &[String]) -> ServiceResult<()> {
    let invalid = |message: String| ServiceError::invalid("preferredLocales", message);
    if locales.len() > MAX_PREFERRED_LOCALES {
        return Err(invalid(format!(
            "preferredLocales holds at most {MAX_PREFERRED_LOCALES} language tags"
        )));
    }
    match locales
        .iter()
        .find(|tag| !crate::i18n::is_language_tag(tag))
    {
        Some(tag) => Err(invalid(format!(
            "{tag:?} is not a language tag such as de or pt-BR"
        ))),
        None => Ok(()),
    }
}

/// Sets the customer's `preferredLocales` inside the caller's transaction, with its
/// `customer.updated` event.
async fn set_preferred_locales_in(
    tx: &mut Tx,
    actor: &Actor,
    customer_id: &str,
    locales: &[String],
) -> ServiceResult<()> {
    let before = object_in(tx.exec(), actor, customer_id).await?;
    if before.preferred_locales == locales {
        return Ok(());
    }
    let json = serde_json::to_string(locales).map_err(anyhow::Error::from)?;
    store::customers::set_preferred_locales(tx.exec(), actor.merchant_id(), customer_id, &json)
        .await?;
    let after = object_in(tx.exec(), actor, customer_id).await?;
    events::record(
        tx.exec(),
        actor,
        now_unix(),
        NewEvent {
            event_type: "customer.updated",
            customer_id: Some(customer_id),
            object_id: customer_id,
            object: serde_json::to_value(&after).map_err(anyhow::Error::from)?,
            previous_attributes: Some(json!({ "preferredLocales": before.preferred_locales })),
        },
    )
    .await?;
    Ok(())
}

pub async fn create(db: &Db, actor: &Actor, new: NewCustomer) -> ServiceResult<String> {
    let details = || DetailsUpdate {
        name: Some(new.name.clone()),
        email: Some(new.email.clone()),
        phone: new.phone.clone().map(Some),
        address: new.address.clone().map(Some),
    };
    check_new_details(details())?;
    if let Some(locales) = &new.preferred_locales {
        check_preferred_locales(locales)?;
    }
    let mut tx = db.begin_write().await?;
    let id = create_named_in(&mut tx, actor, new.id.as_deref(), &new.name, &new.email).await?;
    if new.phone.is_some() || new.address.is_some() {
        update_details_in(&mut tx, actor, &id, details()).await?;
    }
    if let Some(locales) = &new.preferred_locales {
        set_preferred_locales_in(&mut tx, actor, &id, locales).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// `POST /v1/customers/{id}`: billing details and the default payment method, all or
/// nothing in one transaction.
#[derive(Debug, Default)]
pub struct CustomerUpdate {
    pub details: DetailsUpdate,
    pub default_payment_method: Option<String>,
    pub preferred_locales: Option<Vec<String>>,
}

pub async fn update(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    update: CustomerUpdate,
) -> ServiceResult<()> {
    let details = update.details;
    if let Some(locales) = &update.preferred_locales {
        check_preferred_locales(locales)?;
    }
    let mut tx = db.begin_write().await?;
    if details.name.is_some()
        || details.email.is_some()
        || details.phone.is_some()
        || details.address.is_some()
    {
        update_details_in(&mut tx, actor, customer_id, details).await?;
    }
    if let Some(method) = &update.default_payment_method {
        crate::server::services::customers::payment_methods::set_default_in(
            &mut tx,
            actor,
            customer_id,
            method,
        )
        .await?;
    }
    if let Some(locales) = &update.preferred_locales {
        set_preferred_locales_in(&mut tx, actor, customer_id, locales).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Adds a tax ID after checking its type, format, checksum and country
/// (`customer.tax_id.created`).
pub async fn add_tax_id(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    kind: &str,
    value: &str,
    country: Option<&str>,
) -> ServiceResult<TaxIdObject> {
    crate::server::services::check_customer_scope(actor, customer_id)?;
    let kind = TaxIdType::parse(kind).map_err(|e| ServiceError::invalid("type", e.to_string()))?;
    let tax_id = TaxId::parse(kind, value, country)
        .map_err(|e| ServiceError::invalid("value", e.to_string()))?;
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    store::customers::get(tx.exec(), merchant_id, actor.livemode(), customer_id)
        .await?
        .ok_or_else(|| ServiceError::not_found("customer", "customer", customer_id))?;
    if let Some(allowed) = allowed_fields(&mut tx, actor).await? {
        if !allowed.contains(&CustomerField::TaxId) {
            return Err(ServiceError::FeatureDisabled);
        }
    }
    let existing = store::tax_ids::list_for_customer(tx.exec(), merchant_id, customer_id).await?;
    if existing
        .iter()
        .any(|row| row.kind == kind.as_str() && row.value == tax_id.value)
    {
        return Err(ServiceError::invalid(
            "value",
            "This tax ID is already on file",
        ));
    }
    if existing.len() >= 25 {
        return Err(ServiceError::invalid(
            "value",
            "A customer has at most 25 tax IDs",
        ));
    }
    let row = TaxIdRow {
        id: secrets::new_id(prefix::TAX_ID),
        merchant_id: merchant_id.to_string(),
        customer_id: customer_id.to_string(),
        kind: kind.as_str().to_string(),
        value: tax_id.value,
        country: tax_id.country,
        created_at: now_unix(),
    };
    store::tax_ids::insert(tx.exec(), &row).await?;
    let object = TaxIdObject::new(&row, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        row.created_at,
        NewEvent {
            event_type: "customer.tax_id.created",
            customer_id: Some(customer_id),
            object_id: &row.id,
            object: json!(object),
            previous_attributes: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(object)
}

/// Removes a tax ID (`customer.tax_id.deleted`).
pub async fn delete_tax_id(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    tax_id: &str,
) -> ServiceResult<TaxIdObject> {
    crate::server::services::check_customer_scope(actor, customer_id)?;
    let merchant_id = actor.merchant_id();
    let mut tx = db.begin_write().await?;
    crate::server::services::require_customer(tx.exec(), actor, customer_id).await?;
    if let Some(allowed) = allowed_fields(&mut tx, actor).await? {
        if !allowed.contains(&CustomerField::TaxId) {
            return Err(ServiceError::FeatureDisabled);
        }
    }
    let now = now_unix();
    let row = store::tax_ids::delete(tx.exec(), merchant_id, customer_id, tax_id, now)
        .await?
        .ok_or_else(|| ServiceError::not_found("tax id", "id", tax_id))?;
    let object = TaxIdObject::new(&row, actor.livemode());
    events::record(
        tx.exec(),
        actor,
        now,
        NewEvent {
            event_type: "customer.tax_id.deleted",
            customer_id: Some(customer_id),
            object_id: &row.id,
            object: json!(object),
            previous_attributes: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(object)
}

pub async fn list_tax_ids(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<Vec<TaxIdObject>> {
    let mut conn = db.conn().await?;
    crate::server::services::require_customer(conn.exec(), actor, customer_id).await?;
    Ok(
        store::tax_ids::list_for_customer(conn.exec(), actor.merchant_id(), customer_id)
            .await?
            .iter()
            .map(|row| TaxIdObject::new(row, actor.livemode()))
            .collect(),
    )
}

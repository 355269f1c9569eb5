//! Coupons: created by the merchant, offered by retention flows.
use serde::Serialize;

use crate::server::services::{
    developers::audit, now_unix, objects::format_time, Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        coupon::{Discount, Duration},
        ids::{self, prefix},
        money::Currency,
    },
    server::{
        db::{store, store::coupons::CouponRow, Db},
        secrets,
    },
};

pub struct CreateCoupon {
    pub id: Option<String>,
    pub name: Option<String>,
    pub percent_off: Option<f64>,
    pub amount_off: Option<i64>,
    pub currency: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<u32>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CouponObject {
    pub id: String,
    pub object: &'static str,
    pub name: Option<String>,
    pub percent_off: Option<f64>,
    pub amount_off: Option<i64>,
    pub currency: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub created_at: String,
    pub livemode: bool,
}

impl CouponObject {
    fn new(row: CouponRow, livemode: bool) -> Self {
        Self {
            id: row.id,
            object: "coupon",
            name: row.name,
            percent_off: row.percent_off_basis_points.map(|bp| bp as f64 / 100.0),
            amount_off: row.amount_off,
            currency: row.currency,
            duration: row.duration,
            duration_in_months: row.duration_in_months,
            created_at: format_time(row.created_at),
            livemode,
        }
    }
}

fn invalid(param: &'static str, error: impl ToString) -> ServiceError {
    ServiceError::invalid(param, error.to_string())
}

pub async fn create(db: &Db, actor: &Actor, request: CreateCoupon) -> ServiceResult<CouponObject> {
    let id = match request.id {
        Some(id) if ids::has_prefix(&id, prefix::COUPON) => id,
        Some(_) => {
            return Err(invalid(
                "id",
                "A coupon id must look like rwd_... (letters, digits, _)",
            ))
        }
        None => secrets::new_id(prefix::COUPON),
    };
    let discount = match (request.percent_off, request.amount_off) {
        (Some(percent), None) => {
            if request.currency.is_some() {
                return Err(invalid(
                    "currency",
                    "currency is only for amountOff coupons",
                ));
            }
            Discount::percent(percent).map_err(|e| invalid("percentOff", e))?
        }
        (None, Some(amount)) => {
            let code = request
                .currency
                .as_deref()
                .ok_or_else(|| invalid("currency", "An amountOff coupon needs a currency"))?;
            let currency = Currency::parse(code).map_err(|e| invalid("currency", e))?;
            Discount::amount(amount, currency).map_err(|e| invalid("amountOff", e))?
        }
        _ => {
            return Err(invalid(
                "percentOff",
                "Give exactly one of percentOff and amountOff",
            ))
        }
    };
    let duration = match (request.duration.as_str(), request.duration_in_months) {
        ("once", None) => Duration::Once,
        ("forever", None) => Duration::Forever,
        ("repeating", Some(months)) => {
            Duration::repeating(months).map_err(|e| invalid("durationInMonths", e))?
        }
        ("repeating", None) => {
            return Err(invalid(
                "durationInMonths",
                "A repeating coupon needs durationInMonths",
            ))
        }
        ("once" | "forever", Some(_)) => {
            return Err(invalid(
                "durationInMonths",
                "durationInMonths is only for repeating coupons",
            ))
        }
        _ => {
            return Err(invalid(
                "duration",
                "duration must be once, repeating or forever",
            ))
        }
    };
    let (percent_off_basis_points, amount_off, currency) = match discount {
        Discount::PercentOff { basis_points } => (Some(i64::from(basis_points)), None, None),
        Discount::AmountOff { amount, currency } => {
            (None, Some(amount), Some(currency.code().to_string()))
        }
    };
    let row = CouponRow {
        merchant_id: actor.merchant_id().to_string(),
        id,
        name: request.name.filter(|name| !name.trim().is_empty()),
        percent_off_basis_points,
        amount_off,
        currency,
        duration: request.duration,
        duration_in_months: match duration {
            Duration::Repeating { months } => Some(i64::from(months)),
            _ => None,
        },
        created_at: now_unix(),
    };
    let mut tx = db.begin_write().await?;
    match store::coupons::insert(tx.exec(), &row).await {
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            return Err(invalid(
                "id",
                format!("A coupon with id '{}' already exists", row.id),
            ));
        }
        other => other?,
    }
    let coupon = CouponObject::new(row, actor.livemode());
    audit::record_created(tx.exec(), actor, "coupon.created", &coupon.id, &coupon).await?;
    tx.commit().await?;
    Ok(coupon)
}

pub async fn get(db: &Db, actor: &Actor, id: &str) -> ServiceResult<CouponObject> {
    let mut conn = db.conn().await?;
    store::coupons::get(conn.exec(), actor.merchant_id(), id)
        .await?
        .map(|row| CouponObject::new(row, actor.livemode()))
        .ok_or_else(|| ServiceError::not_found("coupon", "id", id))
}

/// `GET /v1/coupons`: the merchant's coupons, newest first.
pub async fn list(db: &Db, actor: &Actor) -> ServiceResult<Vec<CouponObject>> {
    Ok(rows(db, actor)
        .await?
        .into_iter()
        .map(|row| CouponObject::new(row, actor.livemode()))
        .collect())
}

/// The rows behind [`list`], for pages that word the terms themselves ([`describe`]).
pub async fn rows(db: &Db, actor: &Actor) -> ServiceResult<Vec<CouponRow>> {
    let mut conn = db.conn().await?;
    Ok(store::coupons::list(conn.exec(), actor.merchant_id()).await?)
}

/// The coupon's discount and duration as domain values; `None` for a row that no longer
/// parses (an unknown currency).
pub fn terms(row: &CouponRow) -> Option<(Discount, Duration)> {
    let discount = match (
        row.percent_off_basis_points,
        row.amount_off,
        row.currency.as_deref(),
    ) {
        (Some(basis_points), _, _) => Discount::PercentOff {
            basis_points: u32::try_from(basis_points).ok()?,
        },
        (None, Some(amount), Some(code)) => Discount::AmountOff {
            amount,
            currency: Currency::parse(code).ok()?,
        },
        _ => return None,
    };
    let duration = match (row.duration.as_str(), row.duration_in_months) {
        ("repeating", Some(months)) => Duration::Repeating {
            months: u32::try_from(months).ok()?,
        },
        ("forever", _) => Duration::Forever,
        _ => Duration::Once,
    };
    Some((discount, duration))
}

/// "20% off for 3 months", "$5.00 off once"
pub fn describe(row: &CouponRow) -> String {
    match terms(row) {
        Some((discount, duration)) => format!("{} {}", discount.label(), duration.label()),
        None => "Discount".to_string(),
    }
}

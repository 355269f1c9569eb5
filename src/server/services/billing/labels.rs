//! Display words for prices, discounts and payment methods, shared by the invoice documents
//! (the invoice page, its PDF and the receipt e-mail, drawn on the server) and the portal's
//! pages (`src/ui/portal/pages.rs`), so that both say them the same way. They move to the
//! message catalogues with the languages issue.
use crate::{
    domain::{card::Brand, money::price_terms},
    server::{
        db::store::{
            catalog::PriceWithProductRow, coupons::CouponRow, payment_methods::PaymentMethodRow,
        },
        services::billing::coupons,
    },
};

/// "$9.00 per month"
pub fn price_label(price: &PriceWithProductRow) -> String {
    price_terms(
        price.unit_amount,
        &price.currency,
        &price.billing_interval,
        price.interval_count,
    )
}

pub fn discount_label(coupon: &CouponRow) -> String {
    let description = coupons::describe(coupon);
    match &coupon.name {
        Some(name) => format!("{name}: {description}"),
        None => description,
    }
}

/// "Visa •••• 4242", "SEPA Direct Debit •••• 3000"
pub fn card_label(method: &PaymentMethodRow) -> String {
    payment_method_label(&method.kind, &method.brand, &method.last4)
}

/// "Visa •••• 4242" or "SEPA Direct Debit •••• 3000" from a payment method's type, brand
/// and last 4.
pub fn payment_method_label(kind: &str, brand: &str, last4: &str) -> String {
    if kind == "sepa_debit" {
        return format!("SEPA Direct Debit •••• {last4}");
    }
    let brand = serde_json::from_value::<Brand>(serde_json::json!(brand))
        .unwrap_or(Brand::Unknown)
        .label();
    format!("{brand} •••• {last4}")
}

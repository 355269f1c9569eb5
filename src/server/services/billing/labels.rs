//! Display words for prices, discounts and payment methods, shared by the invoice documents
//! (the invoice page, its PDF and the receipt e-mail, drawn on the server) and the portal's
//! pages (`src/ui/portal/pages.rs`), so that both say them the same way, in the reader's
//! language. The dashboard reads them in English.
use crate::{
    domain::{
        card::Brand,
        coupon::{Discount, Duration},
    },
    i18n::{self, format, Arg, Language},
    server::{
        db::store::{
            catalog::PriceWithProductRow, coupons::CouponRow, payment_methods::PaymentMethodRow,
        },
        services::billing::coupons,
    },
};

/// "$9.00 per month"
pub fn price_label(price: &PriceWithProductRow) -> String {
    price_words(
        Language::En,
        price.unit_amount,
        &price.currency,
        &price.billing_interval,
        price.interval_count,
    )
}

/// "€9.00 per month", "9,00 € alle 3 Monate": a price's terms in `language`.
pub fn price_words(
    language: Language,
    unit_amount: i64,
    currency: &str,
    interval: &str,
    count: i64,
) -> String {
    let key = if interval == "year" {
        "price-per-year"
    } else {
        "price-per-month"
    };
    i18n::text_with(
        language,
        key,
        &[
            (
                "amount",
                format::money(language, unit_amount, currency).into(),
            ),
            ("count", count.into()),
        ],
    )
}

/// "Launch: 10% off once"
pub fn discount_label(coupon: &CouponRow) -> String {
    discount_words(Language::En, coupon)
}

/// "Save 20%: 20% off for 3 months", "10 % Rabatt für 3 Monate": a coupon in `language`,
/// with its name when it has one.
pub fn discount_words(language: Language, coupon: &CouponRow) -> String {
    let terms = discount_terms(language, coupon);
    match &coupon.name {
        Some(name) => i18n::text_with(
            language,
            "discount-named",
            &[("name", name.into()), ("terms", terms.into())],
        ),
        None => terms,
    }
}

/// "20% off for 3 months", "5,00 € Rabatt einmalig": what a coupon takes off, and for how long.
pub fn discount_terms(language: Language, coupon: &CouponRow) -> String {
    let words = |key: &str, args: &[(&str, Arg)]| i18n::text_with(language, key, args);
    let Some((discount, duration)) = coupons::terms(coupon) else {
        return words("discount-unknown", &[]);
    };
    let off = match discount {
        Discount::PercentOff { basis_points } => words(
            "discount-percent-off",
            &[("percent", format::percent(language, basis_points).into())],
        ),
        Discount::AmountOff { amount, currency } => words(
            "discount-amount-off",
            &[(
                "amount",
                format::money(language, amount, currency.code()).into(),
            )],
        ),
    };
    let duration = match duration {
        Duration::Once => words("discount-once", &[]),
        Duration::Forever => words("discount-forever", &[]),
        Duration::Repeating { months } => {
            words("discount-months", &[("months", i64::from(months).into())])
        }
    };
    words(
        "discount-terms",
        &[("off", off.into()), ("duration", duration.into())],
    )
}

/// "Visa •••• 4242", "SEPA Direct Debit •••• 3000"
pub fn card_label(method: &PaymentMethodRow) -> String {
    card_words(Language::En, method)
}

/// A stored payment method in `language`: "Visa •••• 4242", "SEPA-Lastschrift •••• 3000".
pub fn card_words(language: Language, method: &PaymentMethodRow) -> String {
    payment_method_words(language, &method.kind, &method.brand, &method.last4)
}

/// "Visa •••• 4242" or "SEPA Direct Debit •••• 3000" from a payment method's type, brand
/// and last 4.
pub fn payment_method_label(kind: &str, brand: &str, last4: &str) -> String {
    payment_method_words(Language::En, kind, brand, last4)
}

/// A payment method from its type, brand and last 4, in `language`. Brand names stay as
/// the brands write them; an unknown brand is "Card" in the reader's words.
pub fn payment_method_words(language: Language, kind: &str, brand: &str, last4: &str) -> String {
    if kind == "sepa_debit" {
        return i18n::text_with(language, "payment-method-sepa", &[("last4", last4.into())]);
    }
    let brand = match serde_json::from_value::<Brand>(serde_json::json!(brand)) {
        Ok(brand) if brand != Brand::Unknown => brand.label().to_string(),
        _ => i18n::text(language, "payment-method-card"),
    };
    i18n::text_with(
        language,
        "payment-method-brand",
        &[("brand", brand.into()), ("last4", last4.into())],
    )
}

/// The language a customer's documents (invoice lines, PDFs, receipts) are written in: the
/// first of their `preferredLocales` we have, else English. Documents are made without a
/// browser, so a portal session's language does not enter.
pub async fn customer_language(
    exec: crate::server::db::Exec<'_>,
    merchant_id: &str,
    customer_id: &str,
) -> Result<Language, sqlx::Error> {
    let stored =
        crate::server::db::store::customers::preferred_locales(exec, merchant_id, customer_id)
            .await?
            .unwrap_or_default();
    let preferred: Vec<String> = serde_json::from_str(&stored).unwrap_or_default();
    Ok(i18n::choose(None, &preferred, None))
}

/// "2 × Pro", or "Pro" for one.
pub fn item_words(language: Language, product_name: &str, quantity: i64) -> String {
    if quantity == 1 {
        return product_name.to_string();
    }
    i18n::text_with(
        language,
        "line-item-quantity",
        &[
            ("quantity", quantity.into()),
            ("product", product_name.into()),
        ],
    )
}

/// The text of a proration line as the invoice shows it: "Unused time on Basic after
/// Dec 3" (a credit) or "Remaining time on 2 × Pro after Dec 3" (a charge). One function
/// for the invoice item a change writes and the preview the portal shows before it.
pub fn proration_words(
    language: Language,
    kind: crate::domain::proration::LineKind,
    product_name: &str,
    quantity: i64,
    from: i64,
    now: i64,
) -> String {
    use crate::domain::proration::LineKind;
    let key = match kind {
        LineKind::Credit => "line-unused-time",
        LineKind::Charge => "line-remaining-time",
    };
    i18n::text_with(
        language,
        key,
        &[
            ("item", item_words(language, product_name, quantity).into()),
            ("date", format::date(language, from, now).into()),
        ],
    )
}

/// The line that carries credit beyond an invoice's charges to the next one.
pub fn carried_credit_words(language: Language, invoice_number: &str) -> String {
    i18n::text_with(
        language,
        "line-unused-credit",
        &[("number", invoice_number.into())],
    )
}

/// A tax ID's type as the customer reads it ("EU VAT number", "USt-IdNr. (EU)").
pub fn tax_id_type_words(language: Language, kind: crate::domain::tax_id::TaxIdType) -> String {
    use crate::domain::tax_id::TaxIdType;
    let key = match kind {
        TaxIdType::EuVat => "tax-id-type-eu-vat",
        TaxIdType::GbVat => "tax-id-type-gb-vat",
        TaxIdType::ChVat => "tax-id-type-ch-vat",
        TaxIdType::NoVat => "tax-id-type-no-vat",
        TaxIdType::UsEin => "tax-id-type-us-ein",
        TaxIdType::CaBn => "tax-id-type-ca-bn",
        TaxIdType::AuAbn => "tax-id-type-au-abn",
        TaxIdType::InGst => "tax-id-type-in-gst",
        TaxIdType::JpCn => "tax-id-type-jp-cn",
    };
    i18n::text(language, key)
}

/// A stored tax ID's type from its code, or "Tax ID" for a code this build does not know.
pub fn tax_id_kind_words(language: Language, kind: &str) -> String {
    crate::domain::tax_id::TaxIdType::parse(kind).map_or_else(
        |_| i18n::text(language, "tax-id-generic"),
        |kind| tax_id_type_words(language, kind),
    )
}

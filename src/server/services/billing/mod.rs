//! Billing: the catalog (products, prices, coupons), subscriptions and their plan changes,
//! renewals on the billing clock (real or a test clock), invoices with their PDFs, and the
//! payment processor boundary that charges them.
pub mod clock;
pub mod coupons;
pub mod invoice_documents;
pub mod invoices;
pub mod payments;
pub mod plan_changes;
pub mod products;
pub mod renewals;
pub mod subscriptions;
pub mod test_clocks;

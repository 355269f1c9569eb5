//! Billing: the catalog (products, prices, coupons), subscriptions and their plan changes,
//! renewals on the billing clock (real or a test clock), invoices (their customer view,
//! PDF and receipt e-mail with its signed link); charges go through [`super::payments`].
pub mod clock;
pub mod coupons;
pub mod invoice_documents;
pub mod invoice_views;
pub mod invoices;
pub mod labels;
pub mod plan_changes;
pub mod products;
pub mod receipt_sending;
pub mod receipts;
pub mod renewals;
pub mod subscriptions;
pub mod test_clocks;

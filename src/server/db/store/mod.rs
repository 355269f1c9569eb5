//! SQL grouped by aggregate. Functions take an [`Exec`](super::Exec) so that they run
//! inside a caller's transaction or on a plain pooled connection alike.
pub mod api_keys;
pub mod audit_log;
pub mod catalog;
pub mod coupons;
pub mod custom_domains;
pub mod customers;
pub mod dashboard_home;
pub mod dashboard_two_step;
pub mod dashboard_users;
pub mod events;
pub mod idempotency_keys;
pub mod invoice_documents;
pub mod invoice_items;
pub mod invoice_receipts;
pub mod invoices;
pub mod merchants;
pub mod payment_confirmation_mails;
pub mod payment_methods;
pub mod payment_processors;
pub mod portal_configurations;
pub mod portal_sessions;
pub mod refused_forms;
pub mod subscriptions;
pub mod tax_ids;
pub mod webhook_deliveries;
pub mod webhook_endpoints;

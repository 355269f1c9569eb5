//! Integration tests: the real server on a random port, on SQLite and on a real PostgreSQL
//! that the harness starts on loopback (see `support::postgres`).
mod api;
mod audit_log;
mod billing;
mod billing_details;
mod billing_portal;
mod branding;
mod cancellation;
mod catalog;
mod configurations;
mod custom_domains;
mod dns_server;
mod events;
mod invoice_pdfs;
mod invoices;
mod payment_methods;
mod plan_changes;
mod portal;
mod receipts;
mod redemption;
mod restart;
mod services;
mod smtp_sink;
mod support;
mod webhook_endpoints;
mod webhook_receiver;
mod webhooks;

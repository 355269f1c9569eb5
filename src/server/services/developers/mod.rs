//! What a merchant's developers work with: API keys, idempotency keys on their writes, the
//! event log, webhook endpoints and their signed deliveries, and the audit log every change
//! is recorded in.
pub mod api_keys;
pub mod audit;
pub mod events;
pub mod idempotency;
pub mod webhook_deliveries;
pub mod webhook_endpoints;

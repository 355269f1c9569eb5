//! Everything that runs only on the server (feature `ssr`): storage, services, adapters.
pub mod api;
pub mod config;
pub mod db;
pub mod dns;
pub mod encryption;
pub mod http;
pub mod jobs;
pub mod mailer;
pub mod passwords;
pub mod pdf;
pub mod processors;
pub mod secrets;
pub mod services;
pub mod state;
pub mod svg;
pub mod webhook_client;
pub mod webhooks;

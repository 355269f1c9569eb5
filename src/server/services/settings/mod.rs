//! What a merchant sets once for every customer: the brand (name, logo, colour, links),
//! custom domains serving the portal, and the portal configurations that say what a
//! customer may do there. Shared by test and live mode where the brand is concerned.
pub mod branding;
pub mod custom_domains;
pub mod payment_processors;
pub mod portal_configurations;

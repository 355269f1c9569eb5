//! Pure product rules shared by the server and the WASM client: no I/O here.
pub mod address;
pub mod card;
pub mod color;
pub mod coupon;
pub mod dates;
pub mod email;
pub mod host_name;
pub mod iban;
pub mod ids;
pub mod invoice;
pub mod money;
pub mod portal_configuration;
pub mod proration;
pub mod return_url;
pub mod subscription;
pub mod tax_id;

//! The states of webhook endpoints and of their deliveries.
text_enum! {
    /// Whether an endpoint receives events: disabled by the merchant, or after five days
    /// of deliveries that all failed.
    pub enum EndpointStatus {
        Enabled = "enabled",
        Disabled = "disabled",
    }
}

text_enum! {
    /// One event's delivery to one endpoint: waiting for its (next) try, or done.
    pub enum DeliveryStatus {
        Pending = "pending",
        Succeeded = "succeeded",
        Failed = "failed",
    }
}

//! Read models the dashboard's pages render, in words (built on the server by
//! `ui::dashboard::pages`).
use serde::{Deserialize, Serialize};

/// What every dashboard page's header shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashboardHeader {
    pub merchant_name: String,
    pub email: String,
    /// "Owner", "Admin", "Developer", "Viewer"
    pub role: String,
    pub livemode: bool,
    /// The merchant has live data to switch to (and back from).
    pub can_switch_mode: bool,
}

/// One thing on the home page that needs the merchant's attention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttentionItem {
    pub title: String,
    pub detail: String,
}

/// A customer's own change in the portal, for the home page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalActivityLine {
    /// "Nov 25, 09:14 UTC"
    pub when: String,
    /// RFC 3339, for the `<time>` element.
    pub datetime: String,
    pub customer: String,
    /// "Changed plan from Basic to Pro"
    pub summary: String,
}

/// The home page: what needs attention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashboardHome {
    pub header: DashboardHeader,
    pub past_due: Vec<AttentionItem>,
    pub failing_endpoints: Vec<AttentionItem>,
    pub domains: Vec<AttentionItem>,
    pub portal_activity: Vec<PortalActivityLine>,
}

/// The page where a new owner (or an invited teammate) chooses a password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetupView {
    /// `None`: the link has expired or was used.
    pub email: Option<String>,
}

/// One customer in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerLine {
    pub id: String,
    pub name: String,
    pub email: String,
    /// "Nov 25"
    pub created: String,
}

/// Customers: the list, its search and pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerListView {
    pub header: DashboardHeader,
    pub search: String,
    pub customers: Vec<CustomerLine>,
    /// Links to the neighbouring pages, when there are any.
    pub previous_page: Option<String>,
    pub next_page: Option<String>,
}

/// A line of a customer's page: what it is, and details after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailLine {
    pub title: String,
    pub detail: String,
    /// A badge's word and its colour class (`ok`, `warn`, `muted`), when there is one.
    pub badge: Option<(String, String)>,
    /// Where the line leads (an invoice's PDF).
    pub href: Option<String>,
    /// What the user may do to it (cancel a subscription, pay or void an invoice).
    #[serde(default)]
    pub actions: Vec<LineAction>,
}

/// A change offered on a line, confirmed before it is made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineAction {
    /// Where the confirmation posts.
    pub action: String,
    /// "Cancel at period end"
    pub label: String,
    /// What happens, shown with the confirming button.
    pub consequence: String,
    /// "Yes, cancel at period end"
    pub confirm: String,
    pub danger: bool,
}

/// One customer's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerPageView {
    pub header: DashboardHeader,
    /// The outcome of the last change, in words: (message, it went through).
    pub outcome: Option<(String, bool)>,
    pub id: String,
    pub name: String,
    pub contact: Vec<String>,
    pub subscriptions: Vec<DetailLine>,
    pub payment_methods: Vec<DetailLine>,
    pub invoices: Vec<DetailLine>,
    pub tax_ids: Vec<String>,
    pub changes: Vec<DetailLine>,
    /// (id, label) of the portal configurations the portal may open with.
    pub configurations: Vec<(String, String)>,
    /// The user's role lets them open the portal as the customer.
    pub can_open_portal: bool,
}

/// The branding editor island's words, looked up on the server (the WASM carries no
/// catalogue). The accent summaries hold `{accent}`, `{ratio}` and `{link}` for the island
/// to fill as the colour is typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BrandEditorWords {
    pub business_name: String,
    /// "Empty: the portal shows “Acme”."
    pub empty_name_hint: String,
    pub accent_color: String,
    pub colour_picker: String,
    pub not_a_colour: String,
    pub summary_white_text: String,
    pub summary_dark_text: String,
    pub summary_white_text_darkened: String,
    pub summary_dark_text_darkened: String,
    pub preview: String,
    pub preview_button: String,
    pub preview_link: String,
}

/// Settings → Branding: the saved brand, as the form starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BrandingPageView {
    pub header: DashboardHeader,
    /// What the portal shows when no business name is set: the merchant's name.
    pub merchant_name: String,
    pub business_name: String,
    /// `#rrggbb`, or empty for the portal's own accent.
    pub accent_color: String,
    pub support_url: String,
    pub support_email: String,
    pub privacy_policy_url: String,
    pub terms_of_service_url: String,
    /// Where the saved logo is served, when there is one.
    pub logo_url: Option<String>,
    /// The user's role lets them change the brand.
    pub can_edit: bool,
}

/// One portal session on the Portal sessions page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalSessionLine {
    pub id: String,
    /// The customer's name (or e-mail, or id) and where their page is.
    pub customer: String,
    pub customer_href: String,
    /// "Signed in", "Link not opened yet", "Ended", "Expired unopened", and its badge class.
    pub state: (String, String),
    /// "Created Dec 6, 17:13 UTC · configuration bpc_… · until 18:13 UTC"
    pub detail: String,
    /// "Opened from 203.0.113.7 · Chrome on macOS", once redeemed.
    pub opened_from: Option<String>,
    /// It still works (a cookie or an unopened link), so it can be revoked.
    pub revocable: bool,
}

/// Developers → Portal sessions: the recent sessions, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalSessionsView {
    pub header: DashboardHeader,
    pub sessions: Vec<PortalSessionLine>,
    /// The user's role lets them revoke sessions.
    pub can_revoke: bool,
}

/// One working API key on Developers → API keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyLine {
    pub id: String,
    /// What the merchant called it, or "Unnamed key".
    pub name: String,
    /// `sk_test_...abcd`
    pub redacted: String,
    /// "Last used Dec 6, 17:13 UTC" or "Never used"
    pub last_used: String,
    /// "Created Dec 6, 17:13 UTC"
    pub created: String,
    /// "Stops working Dec 7, 17:13 UTC", for a rolled key.
    pub expires: Option<String>,
}

/// Developers → API keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeysView {
    pub header: DashboardHeader,
    pub keys: Vec<ApiKeyLine>,
    /// The user's role lets them create, roll and revoke keys.
    pub can_manage: bool,
}

/// A portal configuration in the Settings → Portal list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfigurationTab {
    pub id: String,
    /// "Default", "For past-due customers", "Alternate"
    pub role: String,
    pub href: String,
}

/// A product the customer may switch to, with its prices, on the portal settings form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductChoice {
    pub id: String,
    pub name: String,
    /// (price id, "€10.00 per month")
    pub prices: Vec<(String, String)>,
}

/// One product's row of the form: included, which prices (none ticked: all), and the
/// quantity the customer may choose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductSetting {
    pub included: bool,
    pub prices: Vec<String>,
    pub adjustable_quantity: bool,
    pub minimum: String,
    pub maximum: String,
}

/// The Settings → Portal form's values: read from the saved configuration, or, after a
/// refused save, from what was posted, so that nothing typed is lost. Choice values are
/// the API's own (`at_period_end`, `too_expensive`, `taxId`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct PortalSettingsForm {
    pub payment_method_update: bool,
    pub invoice_history: bool,
    pub customer_update: bool,
    pub allowed_updates: Vec<String>,
    pub cancel: bool,
    pub cancel_mode: String,
    pub cancel_proration: String,
    pub cancellation_reasons: bool,
    pub reason_options: Vec<String>,
    pub retention_coupon: String,
    pub update: bool,
    pub update_proration: String,
    pub schedule_conditions: Vec<String>,
    /// By product id.
    pub products: Vec<(String, ProductSetting)>,
    pub pause: bool,
    pub headline: String,
    pub privacy_policy_url: String,
    pub terms_of_service_url: String,
    pub default_return_url: String,
    /// One origin per line.
    pub frame_ancestors: String,
    pub is_default: bool,
    pub is_past_due_default: bool,
}

/// Settings → Portal: the merchant's configurations and the form for one of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalSettingsView {
    pub header: DashboardHeader,
    pub configurations: Vec<ConfigurationTab>,
    pub id: String,
    /// "Default", as in the list.
    pub role: String,
    pub form: PortalSettingsForm,
    pub products: Vec<ProductChoice>,
    /// (coupon id, "Stay: 20% off for 3 months")
    pub coupons: Vec<(String, String)>,
    /// (customer id, name) of recent test customers "Preview" may open the portal as;
    /// empty in live mode.
    pub preview_customers: Vec<(String, String)>,
    /// The user's role lets them change portal settings.
    pub can_edit: bool,
}

/// A webhook endpoint in the Developers → Webhooks list and at the top of its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEndpointLine {
    pub id: String,
    pub url: String,
    pub href: String,
    /// "Enabled" or "Disabled", and its badge class.
    pub status: (String, String),
    /// "All events", or "invoice.paid, subscription.updated"
    pub events: String,
    pub description: Option<String>,
}

/// What the endpoint form shows: typed values after a refusal, or the saved ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EndpointForm {
    pub url: String,
    pub description: String,
    pub all_events: bool,
    pub events: Vec<String>,
}

/// Developers → Webhooks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhooksView {
    pub header: DashboardHeader,
    pub endpoints: Vec<WebhookEndpointLine>,
    /// The new-endpoint form.
    pub form: EndpointForm,
    /// Every event type an endpoint may subscribe to.
    pub event_types: Vec<String>,
    /// The user's role lets them manage endpoints.
    pub can_manage: bool,
}

/// One try of a delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryTry {
    /// "Try 2 · Dec 6, 17:13 UTC"
    pub title: String,
    /// "HTTP 200 in 134 ms", "No answer (timed out) after 10000 ms"
    pub outcome: String,
    pub succeeded: bool,
    /// The start of what the endpoint answered.
    pub response: Option<String>,
}

/// One delivery on an endpoint's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryLine {
    pub id: String,
    pub event_id: String,
    pub event_type: String,
    /// "Delivered", "Failed", "Retrying", "Waiting", and its badge class.
    pub status: (String, String),
    /// "Created Dec 6, 17:13 UTC · next try Dec 6, 17:18 UTC"
    pub detail: String,
    pub tries: Vec<DeliveryTry>,
    /// The JSON every try sent, indented.
    pub request_body: String,
}

/// One webhook endpoint: its settings, actions and recent deliveries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEndpointView {
    pub header: DashboardHeader,
    pub line: WebhookEndpointLine,
    pub enabled: bool,
    pub form: EndpointForm,
    pub event_types: Vec<String>,
    pub deliveries: Vec<DeliveryLine>,
    /// More deliveries exist than the page shows.
    pub has_more: bool,
    pub can_manage: bool,
}

/// One member on the Team page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamMemberLine {
    pub id: String,
    pub email: String,
    /// `owner`, `admin`, … and "Owner", "Admin", …
    pub role: (String, String),
    /// "Active", "Invited · link works until Dec 9, 17:13 UTC", "Invitation expired"
    pub state: (String, String),
    /// Not yet accepted: "Send a new link" applies.
    pub invited: bool,
    pub is_you: bool,
    /// The signed-in user may change this member's role or remove them.
    pub manageable: bool,
}

/// Settings → Team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamView {
    pub header: DashboardHeader,
    pub members: Vec<TeamMemberLine>,
    /// (value, label) of the roles the user may give.
    pub roles: Vec<(String, String)>,
    /// The user may invite, change roles and remove.
    pub can_manage: bool,
    /// Everyone must sign in with two steps.
    pub two_step_required: bool,
    /// The user (an owner) may change that.
    pub can_require_two_step: bool,
}

/// The filters of Developers → Audit log, as typed (also its query parameters).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AuditFilters {
    pub action: String,
    pub customer: String,
    pub object: String,
    /// An e-mail or an actor id.
    pub actor: String,
    /// `2026-12-06`
    pub from: String,
    pub to: String,
    /// The entry after which the page continues (older entries).
    pub after: String,
}

/// One changed field of an audit entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    /// Compact JSON, "—" for nothing.
    pub before: String,
    pub after: String,
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditLine {
    pub id: String,
    /// "Dec 6, 17:13 UTC"
    pub when: String,
    pub datetime: String,
    pub action: String,
    pub target: String,
    /// (customer id, their dashboard page)
    pub customer: Option<(String, String)>,
    /// "owner@acme.test (dashboard) · 203.0.113.7 · Chrome on macOS"
    pub actor: String,
    pub changes: Vec<FieldChange>,
}

/// Developers → Audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditLogView {
    pub header: DashboardHeader,
    pub filters: AuditFilters,
    pub entries: Vec<AuditLine>,
    /// The query of the next (older) page, when there is one.
    pub older: Option<String>,
    /// A filter that could not be used, in words.
    pub refused: Option<String>,
}

/// Two-step sign-in on the account page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoStepView {
    pub enabled: bool,
    pub recovery_codes_left: i64,
    /// A secret waiting for its first code: (the secret in groups of four, `otpauth://` URL).
    pub pending: Option<(String, String)>,
    pub team_requires: bool,
}

/// `/dashboard/account`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub header: DashboardHeader,
    pub two_step: TwoStepView,
}

/// The filters of Developers → Events, as typed (also its query parameters).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventFilters {
    #[serde(rename = "type")]
    pub event_type: String,
    pub customer: String,
    pub from: String,
    pub to: String,
    pub after: String,
}

/// One event on Developers → Events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLine {
    pub id: String,
    pub event_type: String,
    /// "Dec 6, 17:13 UTC"
    pub when: String,
    pub datetime: String,
    /// "sub_… · by the customer, in the portal"
    pub detail: String,
    /// The event as webhooks deliver it, indented.
    pub payload: String,
}

/// Developers → Events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventsView {
    pub header: DashboardHeader,
    pub filters: EventFilters,
    pub event_types: Vec<String>,
    pub events: Vec<EventLine>,
    pub older: Option<String>,
    pub refused: Option<String>,
}

/// One custom domain on Settings → Custom domains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainLine {
    pub id: String,
    pub domain: String,
    /// "Verified", "Waiting for DNS", "Lapsed", and its badge class.
    pub status: (String, String),
    /// (record type, name, value) to add at the DNS host.
    pub records: Vec<(String, String, String)>,
    /// "Checked Dec 6, 17:13 UTC: no TXT record found", "Serving until …".
    pub notes: Vec<String>,
}

/// Settings → Custom domains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentsView {
    pub header: DashboardHeader,
    /// Live mode's Stripe connection, when there is one.
    pub connection: Option<ProcessorConnectionLine>,
    pub can_edit: bool,
}

/// A connection as the Payments page shows it: secrets by their last four characters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessorConnectionLine {
    /// "•••• 0000"
    pub secret_key: String,
    pub webhook_secret: String,
    pub publishable_key: String,
    /// The URL Stripe posts its events to.
    pub webhook_url: String,
    /// "7 Dec 2026, 02:13 UTC"
    pub connected: String,
    /// Connected with Stripe's test keys: no real money moves yet.
    pub sandbox: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainsView {
    pub header: DashboardHeader,
    pub domains: Vec<DomainLine>,
    pub can_edit: bool,
}

/// One price on the Catalogue page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceLine {
    pub id: String,
    /// "$9.00 per month"
    pub terms: String,
    pub lookup_key: Option<String>,
    pub active: bool,
}

/// One product with its prices on the Catalogue page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductLine {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub prices: Vec<PriceLine>,
}

/// One coupon on the Catalogue page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouponLine {
    pub id: String,
    /// Its name, or its terms when it has none.
    pub name: String,
    /// "20% off for 3 months"
    pub terms: String,
    /// "Created Dec 6, 17:13 UTC"
    pub created: String,
}

/// Catalogue: products, their prices, and coupons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueView {
    pub header: DashboardHeader,
    pub products: Vec<ProductLine>,
    pub coupons: Vec<CouponLine>,
    /// Currency codes a price or an amount-off coupon can use.
    pub currencies: Vec<String>,
    pub can_edit: bool,
}

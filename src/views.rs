//! Read models the pages render (the portal's here, the dashboard's in `dashboard`). Built
//! on the server in `src/ui`, shared with the client so that islands can receive them as props.
use serde::{Deserialize, Serialize};

use crate::domain::subscription::SubscriptionStatus;

pub mod dashboard;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalOverview {
    /// The language the customer reads the portal in.
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub subscriptions: Vec<SubscriptionSummary>,
    /// Whether the configuration lets the customer switch plans.
    pub plan_updates_enabled: bool,
    /// A subscription is past due: the last payment failed.
    pub payment_failed: bool,
    /// The configuration lets the customer manage payment methods.
    pub payment_methods_enabled: bool,
    /// "Visa •••• 4242", the default payment method.
    pub default_payment_method_label: Option<String>,
    /// The configuration lets the customer edit billing details.
    pub billing_details_enabled: bool,
    /// The configuration shows the customer their invoices.
    pub invoice_history_enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubscriptionSummary {
    pub id: String,
    pub plan_name: String,
    /// "$9.00 per month"
    pub price_label: String,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    /// The status's badge, in words.
    pub status_label: String,
    /// "Renews on Dec 25, 2026" (or "Cancels on ..." when set to end).
    pub period_label: String,
    pub can_change_plan: bool,
    pub can_cancel: bool,
    /// Scheduled to cancel at the period end, and the customer may undo that.
    pub can_reactivate: bool,
    /// "Save 20%: 20% off for 3 months"
    pub discount_label: Option<String>,
    /// "Changes to Basic on Dec 25", when a downgrade waits for the period end.
    pub scheduled_change_label: Option<String>,
    /// "Paused until Jan 4" / "Paused", while paused.
    pub pause_label: Option<String>,
    /// The configuration lets the customer pause (or resume) this subscription.
    pub can_pause: bool,
    /// "Latest invoice ACME-0002 · Dec 25 · $29.00 · Paid"
    pub latest_invoice_label: Option<String>,
}

/// The "Cancel plan" flow: a retention offer first (when there is one), then the confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CancelChoice {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub subscription_id: String,
    /// What cancelling does: "Your Pro plan will be canceled on Dec 25. …"
    pub consequence: String,
    /// "Stay on Pro and get 20% off for 3 months.", when the configuration offers a coupon
    /// not yet accepted.
    pub retention_offer: Option<String>,
    /// (value, label) of the reasons the customer may pick; empty when not asked.
    pub reasons: Vec<(String, String)>,
}

/// The "Update plan" page: the subscription and the plans it may switch to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanChoice {
    /// The language the customer reads the portal in.
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub subscription_id: String,
    pub current_plan_name: String,
    pub current_price_id: String,
    pub quantity: i64,
    pub options: Vec<PlanOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanOption {
    pub price_id: String,
    pub product_name: String,
    pub price_label: String,
    pub is_current: bool,
    /// (minimum, maximum) when the configuration lets the customer pick a quantity.
    pub quantity_bounds: Option<(i64, i64)>,
}

/// What a plan or quantity change will do, computed by the code that will make it, at
/// `proration_date`; the portal's confirmation reuses it (signed in `quote`) so that
/// preview and charge match. Numbers, currencies and timestamps only: the portal words them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChangePreview {
    pub subscription_id: String,
    /// Product names; the quantities are `current_quantity` and `quantity`.
    pub current_plan_name: String,
    pub current_quantity: i64,
    pub new_plan_name: String,
    pub new_price_id: String,
    pub quantity: i64,
    /// The new price: minor units per `new_interval_count` × `new_interval` (`month`/`year`).
    pub new_unit_amount: i64,
    pub new_interval: String,
    pub new_interval_count: i64,
    pub currency: String,
    pub proration_behavior: String,
    /// Unix seconds.
    pub proration_date: i64,
    pub lines: Vec<PreviewLine>,
    /// Minor units charged now (`always_invoice` only).
    pub amount_due_today: i64,
    pub next_invoice_total: i64,
    /// Unix seconds.
    pub next_invoice_date: i64,
    /// The change is a downgrade that waits for `next_invoice_date` (no proration).
    pub takes_effect_at_period_end: bool,
    /// The coupon the change applies with it (a portal link's `discounts`), already taken
    /// off `next_invoice_total`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_discount: Option<PreviewDiscount>,
    /// In the portal: the server's signature over this preview, which its confirmation
    /// posts back so that the change is made at exactly these amounts or refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The review of a plan change in the customer's words: what changes, the adjustments for
/// the current period, what is charged when, and the signed quote its form confirms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeReview {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    pub branding: PortalBranding,
    pub subscription_id: String,
    pub quote: String,
    /// "From Basic to 2 × Pro ($20.00 per month)."
    pub change_summary: String,
    /// (description, amount) for each proration line.
    pub lines: Vec<(String, String)>,
    /// "Discount applied with this change: …"
    pub discount_note: Option<String>,
    /// What is charged today (if anything) and the next invoice.
    pub totals: String,
    pub takes_effect_at_period_end: bool,
}

/// A coupon a change applies: which, and what it takes off the next invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PreviewDiscount {
    pub coupon: String,
    pub coupon_name: Option<String>,
    /// Minor units off the next invoice.
    pub amount_off: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PreviewLine {
    /// `credit` (unused time on the current plan) or `charge` (remaining time on the new one).
    pub kind: crate::domain::proration::LineKind,
    pub plan_name: String,
    pub quantity: i64,
    /// Unix seconds: the part of the period the line covers.
    pub period_start: i64,
    pub period_end: i64,
    /// Signed minor units.
    pub amount: i64,
}

/// The "Payment methods" page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentMethodList {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub methods: Vec<PaymentMethodView>,
    /// The customer's open invoices, to offer "Pay now" with the default method.
    pub open_invoices: Vec<OpenInvoiceView>,
    /// The SEPA Direct Debit mandate the customer accepts, naming the merchant.
    pub mandate_text: String,
    /// Live mode: cards and mandates are entered in the processor's own fields.
    pub processor_fields: Option<ProcessorFieldsView>,
}

/// What the browser needs to mount the processor's fields (Stripe.js Elements).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessorFieldsView {
    pub js_url: String,
    pub publishable_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentMethodView {
    pub id: String,
    /// "Visa •••• 4242", "SEPA Direct Debit •••• 3000"
    pub name: String,
    /// "Expires 12/2035", "Bank account in DE · mandate VINR-..., accepted Nov 25"
    pub detail: String,
    pub expires_soon: bool,
    pub expired: bool,
    pub is_default: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenInvoiceView {
    pub id: String,
    /// "ACMECLOU-0003 · $29.00"
    pub label: String,
    /// The bank asks the customer to confirm the payment (3-D Secure) before it pays.
    pub needs_confirmation: bool,
    /// A debit is on its way (SEPA): nothing to pay until the bank answers.
    pub debit_on_its_way: bool,
}

/// The "Billing details" page: only the fields the configuration lets the customer edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BillingDetailsView {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub can_edit_name: bool,
    pub can_edit_email: bool,
    pub can_edit_phone: bool,
    pub can_edit_address: bool,
    pub can_edit_tax_ids: bool,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub postal_code: String,
    pub state: String,
    pub country: String,
    /// (code, name) of the countries an address may be in.
    pub countries: Vec<(String, String)>,
    pub tax_ids: Vec<TaxIdView>,
    /// (type, label) of the tax ID types the customer may add.
    pub tax_id_types: Vec<(String, String)>,
    /// The form the server just refused, to show again (kept server-side, never in the URL).
    pub refused: Option<RefusedForm>,
}

/// What was typed in a refused form, and which fields need attention.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RefusedForm {
    pub values: Vec<(String, String)>,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxIdView {
    pub id: String,
    /// "EU VAT number"
    pub label: String,
    pub value: String,
}

/// The page a deep link's flow ends on when the merchant chose a hosted confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowDoneView {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    pub branding: PortalBranding,
    /// The merchant's `customMessage`, if it gave one.
    pub message: Option<String>,
}

/// The "Activity" page: the customer's own recent changes, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityView {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub entries: Vec<ActivityEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityEntry {
    /// "Nov 25, 09:14 UTC"
    pub when: String,
    /// RFC 3339, for the `<time>` element.
    pub datetime: String,
    /// "You", the merchant's name, or "Automatic" for renewals and retries.
    pub who: String,
    /// "Changed plan from Basic to Pro"
    pub summary: String,
}

/// The "Invoices" page: the customer's invoices, newest first, a page at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceListView {
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub invoices: Vec<InvoiceSummary>,
    /// 1-based.
    pub page: i64,
    pub has_more: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceSummary {
    pub id: String,
    /// "ACMECLOU-0003"
    pub number: String,
    /// "Nov 25"
    pub date: String,
    /// "$29.00"
    pub total: String,
    /// `paid`, `open`, `void` or `uncollectible`: the badge's class.
    pub status: crate::domain::invoice::InvoiceStatus,
    /// "Paid", "Due", "Void", "Uncollectible"
    pub status_label: String,
    /// Open with something to pay: offers "Pay now".
    pub can_pay: bool,
}

/// One invoice, as the portal shows it (and its PDF prints it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceDetailView {
    /// The language its words and amounts are written in.
    pub language: crate::i18n::Language,
    pub merchant_name: String,
    pub return_url: String,
    /// The merchant's brand, applied by the page layout.
    pub branding: PortalBranding,
    pub summary: InvoiceSummary,
    /// The customer as billed: name, e-mail, then the address lines.
    pub bill_to: Vec<String>,
    /// "EU VAT number DE123456789"
    pub tax_ids: Vec<String>,
    pub lines: Vec<InvoiceLineView>,
    pub subtotal: String,
    /// ("Launch: 10% off once", "−$2.90")
    pub discount: Option<(String, String)>,
    pub total: String,
    pub amount_paid: String,
    pub amount_due: String,
    /// "Visa •••• 4242"
    pub payment_method: Option<String>,
    /// "Nov 25 – Dec 25"
    pub period: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceLineView {
    pub description: String,
    /// "Nov 25 – Dec 25"
    pub period: String,
    pub quantity: Option<i64>,
    pub amount: String,
    pub proration: bool,
}

/// The merchant's brand as every portal page applies it: name and logo in the header,
/// accent colours as CSS custom properties, support and legal links in the footer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalBranding {
    pub business_name: String,
    /// The session configuration's `businessProfile.headline`, under the name.
    pub headline: Option<String>,
    /// `#rrggbb` for buttons and highlights.
    pub accent: String,
    /// Text on the accent (WCAG AA).
    pub accent_text: String,
    /// Links and focus rings in the light scheme (WCAG AA on every light background): the
    /// accent, or a darker shade of it.
    pub link: String,
    /// The same in the dark scheme: the accent, or a lighter shade of it.
    pub link_dark: String,
    pub logo_url: Option<String>,
    pub support_url: Option<String>,
    pub support_email: Option<String>,
    pub privacy_url: Option<String>,
    pub terms_url: Option<String>,
    /// Origins allowed to embed this session's portal (its configuration's
    /// `frameAncestors`): when framed by one, "Return" tells the parent page instead.
    pub frame_ancestors: Vec<String>,
}

impl PortalBranding {
    /// The custom properties for the portal's root element.
    pub fn style(&self) -> String {
        format!(
            "--accent: {}; --accent-text: {}; --link-light: {}; --link-dark: {};",
            self.accent, self.accent_text, self.link, self.link_dark
        )
    }
}

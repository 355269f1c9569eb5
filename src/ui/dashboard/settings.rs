//! Settings → Branding (`/dashboard/settings/branding`): the merchant's business name,
//! accent colour, logo and links, with a preview of the portal that follows the form as
//! it is edited. The form posts to `routes::save_branding` (it carries a file) and works
//! without WASM; the preview island only adds the live colours.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::ui::words::{t, t_with};
use crate::{
    domain::color::{self, Rgb, DEFAULT_ACCENT},
    ui::components::{PendingForm, SubmitButton},
    views::dashboard::{BrandEditorWords, BrandingPageView},
};

/// Where the branding form posts.
pub const SAVE_BRANDING: &str = "/dashboard/settings/branding";
/// Where its sample buttons post the same form: answered with a document, nothing saved.
pub const SAMPLE_INVOICE: &str = "/dashboard/settings/branding/sample-invoice.pdf";
pub const SAMPLE_RECEIPT: &str = "/dashboard/settings/branding/sample-receipt";

#[server]
pub async fn load_branding() -> Result<BrandingPageView, DashboardError> {
    use crate::server::services::settings::branding;
    let (state, access) = super::dashboard_access().await?;
    let saved = branding::get(&state.db, &access.actor()).await?;
    Ok(super::pages::branding_page(&access, saved))
}

/// The form's text fields, by their names (also the query parameters a refused save comes
/// back with, so that nothing typed is lost).
pub const TEXT_FIELDS: [&str; 6] = [
    "business_name",
    "accent_color",
    "support_url",
    "support_email",
    "privacy_policy_url",
    "terms_of_service_url",
];

#[component]
pub fn BrandingPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let saved = query.get("saved").is_some();
    let error = query.get("error");
    let invalid = query.get("field");
    let drafts: Vec<(&'static str, Option<String>)> = TEXT_FIELDS
        .iter()
        .map(|name| (*name, query.get(name)))
        .collect();
    loaded_page(load_branding(), move |mut page: BrandingPageView| {
        if error.is_some() {
            for (name, value) in drafts {
                let Some(value) = value else { continue };
                match name {
                    "business_name" => page.business_name = value,
                    "accent_color" => page.accent_color = value,
                    "support_url" => page.support_url = value,
                    "support_email" => page.support_email = value,
                    "privacy_policy_url" => page.privacy_policy_url = value,
                    _ => page.terms_of_service_url = value,
                }
            }
        }
        view! { <Branding page saved error invalid /> }
    })
}

#[component]
fn Branding(
    page: BrandingPageView,
    saved: bool,
    error: Option<String>,
    invalid: Option<String>,
) -> impl IntoView {
    let BrandingPageView {
        header,
        merchant_name,
        business_name,
        accent_color,
        support_url,
        support_email,
        privacy_policy_url,
        terms_of_service_url,
        logo_url,
        can_edit,
    } = page;
    let title = t_with(
        "dash-branding-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let invalid_if = |name: &str| (invalid.as_deref() == Some(name)).then_some("true");
    let described_if = |name: &str| invalid_if(name).map(|_| "branding-error");
    // A refusal naming a field focuses that field; any other focuses its message.
    let focus_message = invalid.is_none();
    let links = [
        (
            "support_url",
            t("dash-branding-support-url"),
            "url",
            "https://example.com/help",
            support_url,
        ),
        (
            "support_email",
            t("dash-branding-support-email"),
            "email",
            "help@example.com",
            support_email,
        ),
        (
            "privacy_policy_url",
            t("dash-branding-privacy"),
            "url",
            "https://example.com/privacy",
            privacy_policy_url,
        ),
        (
            "terms_of_service_url",
            t("dash-branding-terms"),
            "url",
            "https://example.com/terms",
            terms_of_service_url,
        ),
    ];
    let fields = view! {
        <BrandFields
            words=brand_editor_words(&merchant_name)
            business_name
            merchant_name
            accent_color
            logo_url=logo_url.clone()
            invalid=invalid.clone()
        />
        <fieldset class="field-group">
            <legend>{t("dash-branding-links")}</legend>
            <p class="hint">{t("dash-branding-links-hint")}</p>
            {links
                .into_iter()
                .map(|(name, label, kind, placeholder, value)| view! {
                    <label for=name>{label}</label>
                    <input id=name name=name type=kind value=value placeholder=placeholder maxlength="500"
                        aria-invalid=invalid_if(name) aria-describedby=described_if(name) autofocus=invalid_if(name).is_some() />
                })
                .collect_view()}
        </fieldset>
        <fieldset class="field-group">
            <legend>{t("dash-branding-logo")}</legend>
            {logo_url.map(|src| view! {
                <p class="current-logo"><img src=src alt=t("dash-branding-current-logo") /></p>
                <label class="checkbox">
                    <input type="checkbox" name="remove_logo" value="1" />
                    " "{t("dash-branding-remove-logo")}
                </label>
            })}
            <label for="logo">{t("dash-branding-upload-logo")}</label>
            <input id="logo" name="logo" type="file" accept="image/png,image/svg+xml"
                aria-invalid=invalid_if("logo") autofocus=invalid_if("logo").is_some()
                aria-describedby=if invalid_if("logo").is_some() { "branding-error logo-hint" } else { "logo-hint" } />
            <p class="hint" id="logo-hint">{t("dash-branding-logo-hint")}</p>
        </fieldset>
    };
    view! {
        <PageTitle text=title />
        <DashboardLayout header current="/dashboard/settings/branding">
            <h1>{t("dash-nav-branding")}</h1>
            <p class="lede">{t("dash-branding-lede")}</p>
            {saved.then(|| view! { <p class="banner success" role="status">{t("dash-branding-saved")}</p> })}
            {error.map(|message| view! {
                <p class="banner error" id="branding-error" role="alert" tabindex="-1" autofocus=focus_message>{message}</p>
            })}
            {if can_edit {
                view! {
                    <PendingForm action=SAVE_BRANDING.to_string() with_files=true>
                        {fields}
                        <fieldset class="field-group">
                            <legend>{t("dash-branding-samples")}</legend>
                            <p class="hint" id="samples-hint">{t("dash-branding-samples-hint")}</p>
                            <div class="endpoint-actions">
                                <button type="submit" class="button" formaction=SAMPLE_INVOICE formtarget="_blank"
                                    formnovalidate aria-describedby="samples-hint">{t("dash-branding-sample-invoice")}</button>
                                <button type="submit" class="button" formaction=SAMPLE_RECEIPT formtarget="_blank"
                                    formnovalidate aria-describedby="samples-hint">{t("dash-branding-sample-receipt")}</button>
                            </div>
                        </fieldset>
                        <SubmitButton label=t("dash-branding-save") />
                    </PendingForm>
                }
                .into_any()
            } else {
                view! {
                    <p class="banner" role="note">{t("dash-branding-read-only")}</p>
                    <form class="read-only"><fieldset disabled>{fields}</fieldset></form>
                }
                .into_any()
            }}
        </DashboardLayout>
    }
}

/// The editor island's words in the page's language, its summaries with the placeholders
/// the island fills.
fn brand_editor_words(merchant_name: &str) -> BrandEditorWords {
    let summary = |key: &str| {
        t_with(
            key,
            &[
                ("accent", "{accent}".into()),
                ("ratio", "{ratio}".into()),
                ("link", "{link}".into()),
            ],
        )
    };
    BrandEditorWords {
        business_name: t("dash-branding-business-name"),
        empty_name_hint: t_with(
            "dash-branding-empty-name",
            &[("merchant", merchant_name.into())],
        ),
        accent_color: t("dash-branding-accent"),
        colour_picker: t("dash-branding-picker"),
        not_a_colour: t("dash-branding-not-a-colour"),
        summary_white_text: summary("dash-branding-summary-white"),
        summary_dark_text: summary("dash-branding-summary-dark"),
        summary_white_text_darkened: summary("dash-branding-summary-white-darkened"),
        summary_dark_text_darkened: summary("dash-branding-summary-dark-darkened"),
        preview: t("dash-branding-preview"),
        preview_button: t("dash-branding-preview-button"),
        preview_link: t("dash-branding-preview-link"),
    }
}

/// The colours the portal derives from an accent typed as `input` (the portal's own when
/// it is empty or not a colour): (accent, button text, links, links had to be darkened).
fn derived(input: &str) -> (Rgb, Rgb, Rgb, bool) {
    let accent = Rgb::parse_hex(input)
        .or_else(|| Rgb::parse_hex(DEFAULT_ACCENT))
        .expect("the default accent parses");
    let (link, darkened) = color::link_on_light(accent);
    (accent, color::text_on(accent), link, darkened)
}

/// `2.1` for 2.0833: written with integers, because float formatting would add ~10 KB to
/// the WASM every portal customer downloads.
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Writes the picked colour into the hex field beside the picker (the next element), which
/// is what the form posts. Done by hand rather than by binding the field to the signal, so
/// that hydration never resets what was typed before it.
fn show_in_hex_field(event: &leptos::ev::Event, picked: &str) {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        let field = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|picker| picker.next_element_sibling());
        if let Some(field) = field {
            let _ = web_sys::js_sys::Reflect::set(&field, &"value".into(), &picked.into());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (event, picked);
}

/// The business name and accent fields with a preview of the portal's header, a button
/// and a link in the colours the portal will derive; once hydrated the colours follow the
/// accent as it is typed, and a colour picker appears beside the hex field.
#[island]
fn BrandFields(
    words: BrandEditorWords,
    business_name: String,
    merchant_name: String,
    accent_color: String,
    logo_url: Option<String>,
    /// The field a refused save named, if it is one of these two.
    invalid: Option<String>,
) -> impl IntoView {
    let accent = RwSignal::new(accent_color.clone());
    let colors = move || derived(&accent.get());
    let BrandEditorWords {
        business_name: business_name_label,
        empty_name_hint,
        accent_color: accent_label,
        colour_picker,
        not_a_colour,
        summary_white_text,
        summary_dark_text,
        summary_white_text_darkened,
        summary_dark_text_darkened,
        preview,
        preview_button,
        preview_link,
    } = words;
    let preview_label = preview.clone();
    let placeholder_name = merchant_name.clone();
    // The name shows as saved (or as typed before a refused save); the colours follow
    // the fields live.
    let shown_name = if business_name.trim().is_empty() {
        merchant_name.clone()
    } else {
        business_name.trim().to_string()
    };
    let style = move || {
        let (accent, text, link, _) = colors();
        format!(
            "--accent: {}; --accent-text: {}; --link: {}",
            accent.hex(),
            text.hex(),
            link.hex()
        )
    };
    let summary = move || {
        let typed = accent.get();
        if !typed.trim().is_empty() && Rgb::parse_hex(&typed).is_none() {
            return not_a_colour.clone();
        }
        let (accent, text, link, darkened) = colors();
        let template = match (text == color::WHITE, darkened) {
            (true, false) => &summary_white_text,
            (false, false) => &summary_dark_text,
            (true, true) => &summary_white_text_darkened,
            (false, true) => &summary_dark_text_darkened,
        };
        template
            .replace("{accent}", &accent.hex())
            .replace(
                "{ratio}",
                &one_decimal(color::lowest_contrast(accent, &color::LIGHT_SURFACES)),
            )
            .replace("{link}", &link.hex())
    };
    let invalid_name = (invalid.as_deref() == Some("business_name")).then_some("true");
    let invalid_accent = (invalid.as_deref() == Some("accent_color")).then_some("true");
    view! {
        <div class="brand-editor">
            <div class="brand-fields">
                <label for="business_name">{business_name_label}</label>
                <input id="business_name" name="business_name" type="text" maxlength="200"
                    value=business_name placeholder=placeholder_name
                    aria-invalid=invalid_name autofocus=invalid_name.is_some()
                    aria-describedby=if invalid_name.is_some() { "branding-error business-name-hint" } else { "business-name-hint" } />
                <p class="hint" id="business-name-hint">{empty_name_hint}</p>
                <label for="accent_color">{accent_label}</label>
                <div class="color-row">
                    <input type="color" aria-label=colour_picker class="needs-script"
                        prop:value=move || colors().0.hex()
                        on:input=move |event| {
                            let picked = event_target_value(&event);
                            show_in_hex_field(&event, &picked);
                            accent.set(picked);
                        } />
                    // Not bound to the signal: what was typed before the island woke up stays.
                    <input id="accent_color" name="accent_color" type="text" maxlength="7"
                        value=accent_color placeholder=DEFAULT_ACCENT spellcheck="false"
                        aria-invalid=invalid_accent autofocus=invalid_accent.is_some()
                        aria-describedby=if invalid_accent.is_some() { "branding-error accent-summary" } else { "accent-summary" }
                        on:input=move |event| accent.set(event_target_value(&event)) />
                </div>
                <p class="hint" id="accent-summary" aria-live="polite">
                    {summary}
                </p>
            </div>
            <div class="brand-preview" style=style role="group" aria-label=preview_label>
                <p class="preview-caption" aria-hidden="true">{preview}</p>
                <div class="preview-header">
                    {logo_url.map(|src| view! { <img class="merchant-logo" src=src alt="" /> })}
                    <span>{shown_name}</span>
                </div>
                <div class="preview-body">
                    <span class="button primary">{preview_button}</span>
                    <span class="preview-link">{preview_link}</span>
                </div>
            </div>
        </div>
    }
}

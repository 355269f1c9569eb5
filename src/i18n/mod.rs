//! Languages: which one a customer reads (negotiated from the session, the customer and the
//! browser), the message catalogues (Fluent, one file per language in `catalogues/`), and
//! money and dates written the way each language writes them (ICU4X, CLDR's data). Only the
//! server looks words up and formats: the WASM client receives finished words as props, so
//! no catalogue travels to the browser.
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
mod catalogue;
#[cfg(feature = "ssr")]
pub mod format;
#[cfg(feature = "ssr")]
mod negotiation;

#[cfg(feature = "ssr")]
pub use catalogue::{keys, placeholders, source, syntax_errors, text, text_with};
#[cfg(feature = "ssr")]
pub use negotiation::{choose, negotiate};

/// Whether `tag` looks like a BCP 47 language tag (`de`, `de-AT`, `zh-Hant-TW`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// A language the portal is written in. English is the fallback for everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    En,
    De,
    Fr,
    Es,
    Ja,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::Ja,
    ];

    /// The BCP 47 tag, as `<html lang>` and the catalogue file names have it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ja => "ja",
        }
    }

    /// The language's name in itself, as the language switcher lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ja => "日本語",
        }
    }

    /// The language of exactly this tag (`de`, `ja`), as the switcher posts it.
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(tag))
    }
}

/// A placeholder's value: words (already formatted money, dates, names) or a count, which
/// also chooses the plural form.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Self {
        Arg::Count(count)
    }
}

//! Choosing the language: the session's `locale` when it names one we have, else the
//! customer's `preferredLocales`, else the browser's `Accept-Language`, else English.
//! Matching is fluent-langneg's (RFC 4647 filtering): `de-AT` reads German, `pt-BR` has no
//! match and falls through.
use fluent_langneg::{accepted_languages, negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::Language;

fn available() -> Vec<LanguageIdentifier> {
    Language::ALL
        .iter()
        .filter_map(|language| language.tag().parse().ok())
        .collect()
}

/// The first of `requested` (most preferred first) that one of our languages serves.
pub fn negotiate(requested: &[LanguageIdentifier]) -> Option<Language> {
    let available = available();
    requested.iter().find_map(|wanted| {
        negotiate_languages(
            std::slice::from_ref(wanted),
            &available,
            None,
            NegotiationStrategy::Filtering,
        )
        .first()
        .and_then(|found| Language::from_tag(found.language.as_str()))
    })
}

fn tags(tags: &[&str]) -> Vec<LanguageIdentifier> {
    tags.iter().filter_map(|tag| tag.parse().ok()).collect()
}

/// The language a customer reads: see the module's rule. `session_locale` is `auto` or a tag.
pub fn choose(
    session_locale: Option<&str>,
    preferred_locales: &[String],
    accept_language: Option<&str>,
) -> Language {
    let session = session_locale
        .filter(|locale| *locale != "auto")
        .and_then(|locale| negotiate(&tags(&[locale])));
    let preferred: Vec<&str> = preferred_locales.iter().map(String::as_str).collect();
    session
        .or_else(|| negotiate(&tags(&preferred)))
        .or_else(|| {
            accept_language.and_then(|header| negotiate(&accepted_languages::parse(header)))
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_then_the_customer_then_the_browser_decide() {
        let none: &[String] = &[];
        assert_eq!(choose(Some("de"), &["fr".into()], Some("ja")), Language::De);
        assert_eq!(
            choose(Some("auto"), &["fr-CA".into()], Some("ja")),
            Language::Fr
        );
        assert_eq!(choose(None, none, Some("ja-JP,en;q=0.5")), Language::Ja);
        // A session tag we do not have falls through to the next source.
        assert_eq!(choose(Some("pt-BR"), none, Some("es")), Language::Es);
        assert_eq!(choose(None, none, None), Language::En);
    }

    #[test]
    fn regional_tags_read_their_language_and_unknown_ones_english() {
        let none: &[String] = &[];
        assert_eq!(choose(None, none, Some("de-AT")), Language::De);
        assert_eq!(choose(None, none, Some("pt-BR")), Language::En);
        assert_eq!(choose(None, none, Some("pt-BR, fr;q=0.3")), Language::Fr);
        assert_eq!(choose(None, none, Some("garbage;;,")), Language::En);
    }
}

//! The message catalogues: `catalogues/{en,de,fr,es,ja}.ftl`, compiled into the server and
//! parsed once. A key missing in a language reads the English words (the catalogue test
//! fails first); a key missing in English reads as itself.
use std::{collections::BTreeSet, sync::OnceLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

use super::{Arg, Language};

/// The source of each language's catalogue.
pub fn source(language: Language) -> &'static str {
    match language {
        Language::En => include_str!("catalogues/en.ftl"),
        Language::De => include_str!("catalogues/de.ftl"),
        Language::Fr => include_str!("catalogues/fr.ftl"),
        Language::Es => include_str!("catalogues/es.ftl"),
        Language::Ja => include_str!("catalogues/ja.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|&language| {
                let tag = language.tag().parse().expect("our tags parse");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // No Unicode isolation marks around placeholders: every language we ship
                // runs left to right, and the marks would end up inside e-mails and PDFs.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(source(language).to_string())
                    .unwrap_or_else(|(resource, errors)| {
                        tracing::error!(
                            language = language.tag(),
                            ?errors,
                            "catalogue has syntax errors"
                        );
                        resource
                    });
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(
                        language = language.tag(),
                        ?errors,
                        "catalogue has duplicate keys"
                    );
                }
                bundle
            })
            .collect()
    });
    &bundles[Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0)]
}

fn format(language: Language, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if !errors.is_empty() {
        tracing::warn!(
            language = language.tag(),
            key,
            ?errors,
            "message formatted with errors"
        );
    }
    Some(text)
}

/// The words for `key` in `language`.
pub fn text(language: Language, key: &str) -> String {
    text_with(language, key, &[])
}

/// The words for `key` in `language` with its placeholders filled.
pub fn text_with(language: Language, key: &str, args: &[(&str, Arg)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(text.clone())),
                Arg::Count(count) => fluent.set(*name, FluentValue::from(*count)),
            }
        }
        fluent
    });
    format(language, key, args.as_ref())
        .or_else(|| format(Language::En, key, args.as_ref()))
        .unwrap_or_else(|| key.to_string())
}

/// Every key of a language's catalogue, in file order.
pub fn keys(language: Language) -> Vec<String> {
    messages(source(language))
        .map(|(key, _)| key.to_string())
        .collect()
}

/// The placeholders (`$name`) a message of a language uses, selectors included.
pub fn placeholders(language: Language, key: &str) -> BTreeSet<String> {
    messages(source(language))
        .filter(|(id, _)| *id == key)
        .flat_map(|(_, body)| {
            body.split('$')
                .skip(1)
                .map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// (key, body) of each message: a line `key = ...` and the indented lines after it.
fn messages(source: &str) -> impl Iterator<Item = (&str, String)> {
    let mut entries: Vec<(&str, String)> = Vec::new();
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        match line.split_once('=') {
            Some((key, body)) if starts_message => entries.push((key.trim(), body.to_string())),
            _ if line.starts_with(' ') => {
                if let Some((_, body)) = entries.last_mut() {
                    body.push('\n');
                    body.push_str(line);
                }
            }
            _ => {}
        }
    }
    entries.into_iter()
}

//! The message catalogues: `catalogues/{en,de,fr,es,ja}.ftl`, compiled into the server and
//! parsed once. A key missing in a language reads the English words (the catalogue test
//! fails first); a key missing in English reads as itself.
use std::{collections::BTreeSet, sync::OnceLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

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

/// A language's catalogue parsed by Fluent itself, with what it could not parse.
fn parsed(language: Language) -> (FluentResource, usize) {
    match FluentResource::try_new(source(language).to_string()) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    }
}

/// How many syntax errors a language's catalogue has (the catalogue test wants none: a
/// message Fluent cannot parse is left out and read in English).
pub fn syntax_errors(language: Language) -> usize {
    parsed(language).1
}

/// Every message key of a language's catalogue, in file order.
pub fn keys(language: Language) -> Vec<String> {
    let (resource, _) = parsed(language);
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The variables (`$name`) a message of a language uses, in selectors and variants too.
pub fn placeholders(language: Language, key: &str) -> BTreeSet<String> {
    let (resource, _) = parsed(language);
    let mut found = BTreeSet::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            if message.id.name == key {
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut found);
                }
            }
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

//! The message catalogues (`src/i18n/catalogues/*.ftl`): every language has exactly the
//! English keys with the same placeholders, every key the code asks for exists, and every
//! key is used somewhere in the code.
use std::{collections::BTreeSet, path::Path};

use vinr_portal::i18n::{self, Language};

/// Every `.rs` file under `src/`, as text.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path.display().to_string(), text));
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

/// The keys the code looks up by literal: `t("k")`, `t_with("k", ..)`, `t_in(lang, "k", ..)`,
/// `text(lang, "k")`, `text_with(lang, "k", ..)`.
fn looked_up_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in ["t(", "t_with(", "t_in(", "text(", "text_with("] {
        for (at, _) in text.match_indices(call) {
            let before = text[..at].chars().last();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                continue; // a method, or another function whose name ends the same way
            }
            let rest = &text[at + call.len()..];
            let rest = match call {
                // The key is the second argument (the first is the language).
                "t_in(" | "text(" | "text_with(" => match rest.split_once(',') {
                    Some((first, after)) if !first.contains([')', '"']) => after,
                    _ => continue,
                },
                _ => rest,
            };
            let rest = rest.trim_start();
            if let Some(literal) = rest.strip_prefix('"') {
                if let Some((key, _)) = literal.split_once('"') {
                    keys.push(key.to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn every_language_has_the_english_keys_and_placeholders() {
    let english: Vec<String> = i18n::keys(Language::En);
    assert!(english.len() > 50, "{} English keys", english.len());
    let english_set: BTreeSet<&String> = english.iter().collect();
    assert_eq!(
        english_set.len(),
        english.len(),
        "a key appears twice in en.ftl"
    );
    for language in Language::ALL {
        assert_eq!(
            i18n::syntax_errors(language),
            0,
            "{}.ftl does not parse",
            language.tag()
        );
        let keys = i18n::keys(language);
        let set: BTreeSet<&String> = keys.iter().collect();
        let missing: Vec<_> = english_set.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english_set).collect();
        assert!(
            missing.is_empty(),
            "{}.ftl lacks {missing:?}",
            language.tag()
        );
        assert!(
            extra.is_empty(),
            "{}.ftl has keys English has not: {extra:?}",
            language.tag()
        );
        for key in &english {
            assert_eq!(
                i18n::placeholders(language, key),
                i18n::placeholders(Language::En, key),
                "{}.ftl: {key} has other placeholders than English",
                language.tag()
            );
            // Each message formats without falling back to its key.
            assert_ne!(&i18n::text(language, key), key, "{}: {key}", language.tag());
        }
    }
}

#[test]
fn the_code_asks_only_for_keys_that_exist_and_uses_every_key() {
    let english: BTreeSet<String> = i18n::keys(Language::En).into_iter().collect();
    let sources = sources();
    for (path, text) in &sources {
        for key in looked_up_keys(text) {
            assert!(
                english.contains(&key),
                "{path} asks for {key}, which en.ftl lacks"
            );
        }
    }
    let unused: Vec<&String> = english
        .iter()
        .filter(|key| {
            let literal = format!("\"{key}\"");
            !sources.iter().any(|(_, text)| text.contains(&literal))
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn plurals_follow_each_language() {
    let months = |language, count: i64| {
        i18n::text_with(
            language,
            "overview-pause-for-months",
            &[("months", count.into())],
        )
    };
    assert_eq!(months(Language::En, 1), "for 1 month");
    assert_eq!(months(Language::En, 3), "for 3 months");
    assert_eq!(months(Language::De, 1), "für 1 Monat");
    assert_eq!(months(Language::De, 2), "für 2 Monate");
    assert_eq!(months(Language::Es, 3), "durante 3 meses");
    assert_eq!(months(Language::Ja, 3), "3 か月間");
}

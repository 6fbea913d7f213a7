//! Reads Mend's message catalogues (`locales/<tag>/<slice>.ftl`) and checks them against each other.
//!
//! The files use the Fluent syntax (<https://projectfluent.org/fluent/guide/>), so translators
//! can use any editor or translation tool that knows `.ftl` files, but only its simplest part:
//!
//! ```ftl
//! # A comment for translators.
//! home-title = Mend: rebuilding trust, together or on your own
//! not-found-body = There is nothing at { $path }. Your saved data is not affected.
//! privacy-long =
//!     A long text may continue on lines
//!     that start with spaces.
//! ```
//!
//! A message is an id, `=`, and its text; `{ $name }` marks a placeholder filled in by the app.
//! Lines that continue a message start with spaces and are joined with a line break (which a
//! screen shows as a space). Terms, attributes, selectors and other placeables are refused with
//! the line they are on, rather than half understood.
//!
//! This file has no dependencies and no `crate::` paths: `build.rs` includes it to compile the
//! catalogues into the module, and the host tests use it to check them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One message of a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Its id, like `home-title`.
    pub id: String,
    /// Its text, each placeholder written `{name}`.
    pub text: String,
    /// The placeholders' names, in the order they first appear.
    pub placeholders: Vec<String>,
    /// The line of the file it starts on, for error messages.
    pub line: usize,
}

/// A catalogue as read from its file, messages in file order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Catalogue {
    /// The messages.
    pub messages: Vec<Message>,
}

impl Catalogue {
    /// The message with `id`.
    pub fn get(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// Something wrong in a catalogue file, with its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}

fn is_placeholder_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Turns Fluent's `{ $name }` into `{name}` and lists the names; refuses any other `{ … }`.
fn placeables(text: &str, line: usize) -> Result<(String, Vec<String>), SyntaxError> {
    let mut out = String::with_capacity(text.len());
    let mut names = Vec::new();
    let mut rest = text;
    loop {
        let open = rest.find(['{', '}']);
        let Some(open) = open else {
            out.push_str(rest);
            return Ok((out, names));
        };
        if rest[open..].starts_with('}') {
            return Err(SyntaxError {
                line,
                reason: "a '}' without its '{'".into(),
            });
        }
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or(SyntaxError {
                line,
                reason: "a '{' without its '}'".into(),
            })?;
        let inner = rest[open + 1..close].trim();
        let name = inner.strip_prefix('$').filter(|n| is_placeholder_name(n));
        let Some(name) = name else {
            return Err(SyntaxError {
                line,
                reason: format!(
                    "'{{{inner}}}': Mend's catalogues only use placeholders like {{ $name }} \
                     (lower-case letters, digits, '-' and '_')"
                ),
            });
        };
        out.push('{');
        out.push_str(name);
        out.push('}');
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        rest = &rest[close + 1..];
    }
}

/// Reads a catalogue file.
pub fn parse(source: &str) -> Result<Catalogue, Vec<SyntaxError>> {
    let mut messages: Vec<Message> = Vec::new();
    let mut errors = Vec::new();
    // (id, first line, lines of text so far)
    let mut open: Option<(String, usize, Vec<String>)> = None;
    let mut seen = BTreeSet::new();

    let finish = |open: &mut Option<(String, usize, Vec<String>)>,
                  messages: &mut Vec<Message>,
                  errors: &mut Vec<SyntaxError>| {
        let Some((id, line, lines)) = open.take() else {
            return;
        };
        let joined = lines.join("\n");
        if joined.is_empty() {
            errors.push(SyntaxError {
                line,
                reason: format!("'{id}' has no text"),
            });
            return;
        }
        match placeables(&joined, line) {
            Ok((text, placeholders)) => messages.push(Message {
                id,
                text,
                placeholders,
                line,
            }),
            Err(e) => errors.push(e),
        }
    };

    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let content = raw.trim_end();
        if content.starts_with(' ') {
            let text = content.trim_start();
            match &mut open {
                Some((_, _, lines)) => {
                    if text.starts_with(['[', '*', '.']) {
                        errors.push(SyntaxError {
                            line,
                            reason: "a line may not start with '[', '*' or '.' (variants and \
                                     attributes are not used in Mend's catalogues)"
                                .into(),
                        });
                    }
                    lines.push(text.to_owned());
                }
                None => errors.push(SyntaxError {
                    line,
                    reason: "an indented line outside a message".into(),
                }),
            }
            continue;
        }
        finish(&mut open, &mut messages, &mut errors);
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if content.starts_with('\t') {
            errors.push(SyntaxError {
                line,
                reason: "indent continuation lines with spaces, not tabs".into(),
            });
            continue;
        }
        let Some((id, text)) = content.split_once('=') else {
            errors.push(SyntaxError {
                line,
                reason: "expected 'id = text'".into(),
            });
            continue;
        };
        let id = id.trim();
        if id.starts_with('-') {
            errors.push(SyntaxError {
                line,
                reason: format!("'{id}': terms are not used in Mend's catalogues"),
            });
            continue;
        }
        if !is_id(id) {
            errors.push(SyntaxError {
                line,
                reason: format!(
                    "'{id}' is not a message id (lower-case letters, digits and single '-')"
                ),
            });
            continue;
        }
        if !seen.insert(id.to_owned()) {
            errors.push(SyntaxError {
                line,
                reason: format!("'{id}' is defined twice"),
            });
            continue;
        }
        let text = text.trim();
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            vec![text.to_owned()]
        };
        open = Some((id.to_owned(), line, lines));
    }
    finish(&mut open, &mut messages, &mut errors);
    if errors.is_empty() {
        Ok(Catalogue { messages })
    } else {
        Err(errors)
    }
}

/// How a translation differs from the source catalogue, message by message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The source has the message, the translation does not.
    Missing(String),
    /// The translation has a message the source does not.
    Extra(String),
    /// The message's placeholders differ (sorted names in the source, then the translation).
    Placeholders {
        /// The message id.
        id: String,
        /// The source's placeholders.
        source: Vec<String>,
        /// The translation's placeholders.
        translation: Vec<String>,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Missing(id) => write!(f, "'{id}' is missing"),
            Difference::Extra(id) => write!(f, "'{id}' is not in the source catalogue"),
            Difference::Placeholders {
                id,
                source,
                translation,
            } => write!(
                f,
                "'{id}' has the placeholders {translation:?}, the source {source:?}"
            ),
        }
    }
}

/// Every way `translation` differs from `source`: each message present in both, with the same
/// placeholders (in any order, each used any number of times).
pub fn compare(source: &Catalogue, translation: &Catalogue) -> Vec<Difference> {
    let names = |m: &Message| m.placeholders.iter().cloned().collect::<BTreeSet<_>>();
    let theirs: BTreeMap<&str, &Message> = translation
        .messages
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    let mut differences = Vec::new();
    for message in &source.messages {
        match theirs.get(message.id.as_str()) {
            None => differences.push(Difference::Missing(message.id.clone())),
            Some(other) if names(message) != names(other) => {
                differences.push(Difference::Placeholders {
                    id: message.id.clone(),
                    source: names(message).into_iter().collect(),
                    translation: names(other).into_iter().collect(),
                })
            }
            Some(_) => {}
        }
    }
    for message in &translation.messages {
        if source.get(&message.id).is_none() {
            differences.push(Difference::Extra(message.id.clone()));
        }
    }
    differences
}

/// `home-title` -> `HomeTitle`.
pub fn variant_name(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_placeholders_and_continuation_lines() {
        let source = "# comment\n\
                      home-title = Mend\n\
                      \n\
                      greeting = Hello, { $name }! { $name } again, {$count}.\n\
                      long =\n    First line\n    second line\n\
                      after = x\n";
        let catalogue = parse(source).unwrap();
        assert_eq!(catalogue.messages.len(), 4);
        assert_eq!(catalogue.get("home-title").unwrap().text, "Mend");
        let greeting = catalogue.get("greeting").unwrap();
        assert_eq!(greeting.text, "Hello, {name}! {name} again, {count}.");
        assert_eq!(greeting.placeholders, ["name", "count"]);
        assert_eq!(greeting.line, 4);
        assert_eq!(
            catalogue.get("long").unwrap().text,
            "First line\nsecond line"
        );
        assert_eq!(catalogue.get("after").unwrap().text, "x");
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        for (source, line) in [
            ("a = { -term }", 1),
            ("a = { \"{\" }", 1),
            ("a = { $x", 1),
            ("a = x }", 1),
            ("-brand = Mend", 1),
            ("a = x\n    .title = y", 2),
            ("a = { $n ->\n    [one] x\n   *[other] y\n }", 1),
            ("Bad-Id = x", 1),
            ("a = x\na = y", 2),
            ("a =", 1),
            ("no equals sign", 1),
            ("    stray", 1),
        ] {
            let errors = parse(source).expect_err(source);
            assert!(
                errors.iter().any(|e| e.line == line),
                "{source}: {errors:?}"
            );
        }
    }

    #[test]
    fn finds_missing_extra_and_different_placeholders() {
        let en = parse("a = A\nb = B { $x }\nc = C { $y } { $z }\nd = D").unwrap();
        let es = parse("b = B { $z }\nc = C { $z } { $y } { $y }\nd = D\ne = E").unwrap();
        assert_eq!(
            compare(&en, &es),
            vec![
                Difference::Missing("a".into()),
                Difference::Placeholders {
                    id: "b".into(),
                    source: vec!["x".into()],
                    translation: vec!["z".into()],
                },
                Difference::Extra("e".into()),
            ]
        );
        assert!(compare(&en, &en).is_empty());
    }

    #[test]
    fn ids_become_variant_names() {
        assert_eq!(variant_name("home-title"), "HomeTitle");
        assert_eq!(variant_name("lock-error-2"), "LockError2");
    }
}

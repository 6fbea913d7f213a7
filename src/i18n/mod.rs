//! Mend's text in every language, plain Rust with no `leptos` or `web-sys` (tested on the host).
//!
//! The text lives in `locales/<tag>.ftl`, one file per language, which `build.rs` compiles into
//! a [`Catalogue`] per language. Code names a message by its typed id: [`Msg`] for plain text,
//! [`Fmt`] for text with placeholders (names, numbers, dates), filled in by name. English is the
//! source and is in the main module; every other language is its own lazily loaded part
//! (`ui::i18n`). A language is only built when it has every message with the same placeholders,
//! so looking a message up never falls back to another language.

pub mod ftl;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// Every message of one language.
#[derive(Debug)]
pub struct Catalogue {
    /// Its language.
    pub lang: Lang,
    /// [`Msg`] texts, in [`Msg::ALL`] order.
    plain: &'static [&'static str],
    /// [`Fmt`] texts with `{name}` placeholders, in [`Fmt::ALL`] order.
    formatted: &'static [&'static str],
}

/// A piece of a formatted message: text, or the place of a placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to show as it is.
    Text(&'a str),
    /// Where the placeholder with this name goes.
    Slot(&'a str),
}

impl Catalogue {
    /// The text of a plain message.
    pub fn text(&self, msg: Msg) -> &'static str {
        self.plain[msg as usize]
    }

    /// The raw text of a formatted message, placeholders written `{name}`.
    pub fn pattern(&self, msg: Fmt) -> &'static str {
        self.formatted[msg as usize]
    }

    /// The message split into text and placeholders, in this language's word order: for
    /// placeholders that are themselves markup (a link inside a sentence).
    pub fn pieces(&self, msg: Fmt) -> Vec<Piece<'static>> {
        pieces(self.pattern(msg))
    }

    /// The text before and after the one placeholder of `msg`, for a placeholder that is markup
    /// (a link or bold text inside a sentence), in this language's word order. The host tests
    /// check that a message with one placeholder uses it exactly once in every language.
    pub fn around(&self, msg: Fmt) -> (&'static str, &'static str) {
        let pattern = self.pattern(msg);
        match (pattern.find('{'), pattern.find('}')) {
            (Some(open), Some(close)) => (&pattern[..open], &pattern[close + 1..]),
            _ => (pattern, ""),
        }
    }

    /// The message with every placeholder filled from `args` (name, value). A placeholder
    /// without a value is shown as `{name}`, never dropped; tests check that every call passes
    /// each one (debug builds also assert it).
    pub fn format(&self, msg: Fmt, args: &[(&str, &str)]) -> String {
        debug_assert!(
            msg.placeholders()
                .iter()
                .all(|name| args.iter().any(|(n, _)| n == name)),
            "{}: every placeholder needs a value",
            msg.id()
        );
        let mut out = String::new();
        let mut rest = self.pattern(msg);
        while let (Some(open), Some(close)) = (rest.find('{'), rest.find('}')) {
            let name = &rest[open + 1..close];
            out.push_str(&rest[..open]);
            match args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => out.push_str(value),
                None => out.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// Splits `{name}` placeholders out of a compiled pattern.
fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Slot(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

impl Lang {
    /// The language with this stored tag (exactly as [`Lang::tag`] writes it).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first of the browser's preferred languages (`navigator.languages`, best first) that
    /// Mend has, by primary subtag ("es-MX" is Spanish); English when none is.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| {
                let tag = tag.as_ref().trim();
                Lang::ALL.into_iter().find(|lang| {
                    let ours = lang.tag();
                    tag.eq_ignore_ascii_case(ours)
                        || tag
                            .get(..ours.len())
                            .is_some_and(|start| start.eq_ignore_ascii_case(ours))
                            && tag[ours.len()..].starts_with('-')
                })
            })
            .unwrap_or(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_picks_the_default() {
        assert_eq!(Lang::negotiate(&["es-ES", "en"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["es-419"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["ES"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["fr-FR", "es-MX", "en"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["fr-FR", "en-GB", "es"]), Lang::En);
        assert_eq!(Lang::negotiate(&["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(
            Lang::negotiate(&["esperanto"]),
            Lang::En,
            "a prefix is not a subtag"
        );
    }

    #[test]
    fn stored_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("xx"), None);
    }

    #[test]
    fn a_message_with_one_placeholder_uses_it_once_so_markup_can_go_around_it() {
        for catalogue in all_catalogues() {
            for msg in Fmt::ALL.into_iter().filter(|m| m.placeholders().len() == 1) {
                let slots = catalogue
                    .pieces(msg)
                    .iter()
                    .filter(|p| matches!(p, Piece::Slot(_)))
                    .count();
                assert_eq!(slots, 1, "{:?} {}", catalogue.lang, msg.id());
                let (before, after) = catalogue.around(msg);
                assert_eq!(
                    catalogue.format(msg, &[(msg.placeholders()[0], "<x>")]),
                    format!("{before}<x>{after}")
                );
            }
        }
    }

    #[test]
    fn placeholders_are_filled_by_name_in_the_language_s_order() {
        assert_eq!(
            pieces("a {x} b {y}"),
            [
                Piece::Text("a "),
                Piece::Slot("x"),
                Piece::Text(" b "),
                Piece::Slot("y")
            ]
        );
        assert_eq!(pieces("{x}"), [Piece::Slot("x")]);
        for catalogue in all_catalogues() {
            for msg in Fmt::ALL {
                let args: Vec<(&str, &str)> =
                    msg.placeholders().iter().map(|n| (*n, "<v>")).collect();
                let text = catalogue.format(msg, &args);
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{:?} {}: {text}",
                    catalogue.lang,
                    msg.id()
                );
                assert_eq!(
                    text.matches("<v>").count(),
                    catalogue
                        .pieces(msg)
                        .iter()
                        .filter(|p| matches!(p, Piece::Slot(_)))
                        .count()
                );
            }
        }
    }
}

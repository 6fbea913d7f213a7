//! Mend's text in every language, plain Rust with no `leptos` or `web-sys` (tested on the host).
//!
//! The text lives in `locales/<tag>/<slice>.ftl`, one folder per language and one file per part
//! of the app, which `build.rs` compiles into Rust. Code names a message by its typed id: [`Msg`]
//! for plain text, [`Fmt`] for text with placeholders (names, numbers, dates), filled in by name.
//!
//! - The shell (`shell.ftl`: what every first load shows) is a [`Catalogue`] per language, the
//!   ids [`Msg`] and [`Fmt`] here. English is in the main module; every other language is its own
//!   lazily loaded part (`lang_<tag>`, `ui::i18n`).
//! - Every other slice (`lock.ftl`, `assessment.ftl`, …) is a module of its own with its own
//!   `Msg` and `Fmt` (`i18n::lock::Msg`), a [`Table`] per language and lookups (`lock::t`,
//!   `lock::f`) in the language on screen ([`lang_now`]). Its English is referenced only by its
//!   own lookups, so the module splitter puts it in the part that shows it; every other
//!   language's table is a part of its own (`text_<slice>_<tag>`), which `ui::i18n` loads
//!   ([`install`]) before a screen that needs it is shown in that language.
//!
//! A language is only built when it has every message with the same placeholders, so looking a
//! message up never falls back to another language. Plain Rust: the domain's text (the question
//! bank, the worksheet and checklist content) is looked up here too, with no `leptos`.

pub mod ftl;

use std::cell::{Cell, RefCell};

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

thread_local! {
    /// The language on screen, for the slices' lookups (`ui::i18n` sets it).
    static NOW: Cell<Lang> = const { Cell::new(Lang::En) };
    /// The tables of languages other than English that have been loaded.
    static LOADED: RefCell<Vec<&'static Table>> = const { RefCell::new(Vec::new()) };
    /// How a lookup that finds no table is reported ([`report_missing_with`]).
    static ON_MISSING: Cell<Option<ReportMissing>> = const { Cell::new(None) };
}

/// Reports a lookup of `Slice` in `Lang` whose table was never loaded.
pub type ReportMissing = fn(Slice, Lang);

/// Says how a lookup of a slice whose table was never loaded is reported in a release build:
/// `ui::i18n` writes it to the browser's console, where the end-to-end tests (which fail on a
/// console error) see it.
pub fn report_missing_with(report: ReportMissing) {
    ON_MISSING.with(|r| r.set(Some(report)));
}

/// The language the slices' lookups answer in.
pub fn lang_now() -> Lang {
    NOW.with(Cell::get)
}

/// Makes `lang` the language of the slices' lookups. `ui::i18n` calls it only once every slice in
/// use has its table in `lang` ([`install`]).
pub fn set_lang_now(lang: Lang) {
    NOW.with(|now| now.set(lang));
}

/// Keeps a loaded table, so its slice can be shown in its language.
pub fn install(table: &'static Table) {
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        if !loaded
            .iter()
            .any(|t| t.slice == table.slice && t.lang == table.lang)
        {
            loaded.push(table);
        }
    });
}

/// Runs `check` with `tables` installed and `lang` on screen, on this thread only (each test has
/// its own), then puts English back, even when `check` panics, so a failing test never leaves
/// the next test on the same thread in another language.
#[cfg(test)]
pub(crate) fn with_language<T>(
    lang: Lang,
    tables: &[&'static Table],
    check: impl FnOnce() -> T,
) -> T {
    /// Puts English back when dropped, on unwinding too.
    struct BackToEnglish;
    impl Drop for BackToEnglish {
        fn drop(&mut self) {
            set_lang_now(Lang::En);
        }
    }
    tables.iter().copied().for_each(install);
    let _english = BackToEnglish;
    set_lang_now(lang);
    check()
}

/// Whether `slice` can be shown in `lang` (English always can).
pub fn is_installed(slice: Slice, lang: Lang) -> bool {
    lang == Lang::En
        || LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .any(|t| t.slice == slice && t.lang == lang)
        })
}

/// The table of `slice` in the language on screen; `english` is the slice's own English table.
///
/// `ui::i18n` loads a slice's table before a screen that uses it is shown, and changes the
/// language only once every slice in use has it, so a table is always found. If one is not (a
/// screen that forgot a slice in `Screen::slices`), a debug build (every host and browser unit
/// test) stops here; a release build reports it ([`report_missing_with`]) and shows the English,
/// rather than leave a frightened person with a screen that stopped working.
fn table_for(slice: Slice, english: &'static Table) -> &'static Table {
    let lang = lang_now();
    if lang == Lang::En {
        return english;
    }
    LOADED
        .with(|loaded| {
            loaded
                .borrow()
                .iter()
                .find(|t| t.slice == slice && t.lang == lang)
                .copied()
        })
        .unwrap_or_else(|| {
            debug_assert!(
                false,
                "{slice:?} is shown in {lang:?} before its text was loaded"
            );
            if let Some(report) = ON_MISSING.with(Cell::get) {
                report(slice, lang);
            }
            english
        })
}

/// The table of a slice whose English comes in two parts (`LATE_ENGLISH` in build.rs), in the
/// language on screen: in English the whole table once the part that shows the late messages has
/// installed it ([`install`]), `early` (the late messages empty) until then.
#[cfg_attr(not(feature = "split"), allow(dead_code))]
fn table_for_late(slice: Slice, early: &'static Table) -> &'static Table {
    if lang_now() != Lang::En {
        return table_for(slice, early);
    }
    LOADED
        .with(|loaded| {
            loaded
                .borrow()
                .iter()
                .find(|t| t.slice == slice && t.lang == Lang::En)
                .copied()
        })
        .unwrap_or(early)
}

/// `text`, a message of a slice with late English. Empty, it was looked up before the part that
/// holds it was loaded: a debug build stops, a release build reports it as a missing table
/// ([`report_missing_with`]).
fn present(text: &'static str, slice: Slice) -> &'static str {
    if text.is_empty() {
        debug_assert!(
            false,
            "a late message of {slice:?} was shown before its part"
        );
        if let Some(report) = ON_MISSING.with(Cell::get) {
            report(slice, lang_now());
        }
    }
    text
}

/// One slice's messages in one language.
#[derive(Debug)]
pub struct Table {
    /// Its slice.
    pub slice: Slice,
    /// Its language.
    pub lang: Lang,
    plain: &'static [&'static str],
    formatted: &'static [&'static str],
}

impl Table {
    const fn new(
        slice: Slice,
        lang: Lang,
        plain: &'static [&'static str],
        formatted: &'static [&'static str],
    ) -> Table {
        Table {
            slice,
            lang,
            plain,
            formatted,
        }
    }

    /// The plain message at `index` (its `Msg as usize`).
    pub fn text(&self, index: usize) -> &'static str {
        self.plain[index]
    }

    /// The raw pattern at `index` (its `Fmt as usize`), placeholders written `{name}`.
    pub fn pattern(&self, index: usize) -> &'static str {
        self.formatted[index]
    }

    /// The pattern at `index` with every placeholder filled from `args` (see [`fill`]).
    pub fn format(&self, index: usize, args: &[(&str, &str)]) -> String {
        fill(self.pattern(index), args)
    }

    /// The text before and after the one placeholder at `index` (see [`Catalogue::around`]).
    pub fn around(&self, index: usize) -> (&'static str, &'static str) {
        around(self.pattern(index))
    }
}

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
        around(self.pattern(msg))
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
        fill(self.pattern(msg), args)
    }
}

/// The text before and after a pattern's first placeholder.
fn around(pattern: &'static str) -> (&'static str, &'static str) {
    match (pattern.find('{'), pattern.find('}')) {
        (Some(open), Some(close)) => (&pattern[..open], &pattern[close + 1..]),
        _ => (pattern, ""),
    }
}

/// `pattern` with every placeholder filled from `args` (name, value). A placeholder without a
/// value is shown as `{name}`, never dropped; tests check that every call passes each one.
fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = pattern;
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
    fn every_slice_s_messages_fill_and_split_around_their_placeholder() {
        for table in all_tables() {
            let (_, formatted) = table.slice.ids();
            for (i, id) in formatted.iter().enumerate() {
                let slots: Vec<&str> = pieces(table.pattern(i))
                    .into_iter()
                    .filter_map(|p| match p {
                        Piece::Slot(name) => Some(name),
                        Piece::Text(_) => None,
                    })
                    .collect();
                assert!(!slots.is_empty(), "{:?} {id}", table.lang);
                let args: Vec<(&str, &str)> = slots.iter().map(|n| (*n, "<v>")).collect();
                let text = table.format(i, &args);
                assert!(!text.contains('{'), "{:?} {id}: {text}", table.lang);
                if slots.len() == 1 {
                    let (before, after) = table.around(i);
                    assert_eq!(text, format!("{before}<v>{after}"), "{:?} {id}", table.lang);
                }
            }
        }
    }

    #[test]
    fn a_slice_answers_in_the_language_on_screen_once_it_is_installed() {
        let Some(slice) = Slice::ALL.into_iter().find(|s| !s.ids().0.is_empty()) else {
            return;
        };
        let tables: Vec<&Table> = all_tables()
            .into_iter()
            .filter(|t| t.slice == slice)
            .collect();
        let english = tables.iter().find(|t| t.lang == Lang::En).unwrap();
        assert!(std::ptr::eq(table_for(slice, english), *english));
        for table in tables.iter().filter(|t| t.lang != Lang::En) {
            assert!(!is_installed(slice, table.lang));
            install(table);
            install(table);
            assert!(is_installed(slice, table.lang));
            with_language(table.lang, &[], || {
                assert!(std::ptr::eq(table_for(slice, english), *table));
            });
        }
    }

    #[test]
    fn a_late_slice_answers_from_its_early_english_until_the_whole_table_is_installed() {
        // Each test has a thread of its own, so nothing is installed yet.
        let (early, whole) = (&repair::EN, repair::english_whole());
        let (late, first) = (
            repair::Msg::PhaseOwnership as usize,
            repair::Msg::PhaseAcknowledge as usize,
        );
        assert!(std::ptr::eq(table_for_late(Slice::Repair, early), early));
        assert_eq!(early.text(late), "");
        assert_eq!(early.text(first), whole.text(first));
        install(whole);
        assert!(std::ptr::eq(table_for_late(Slice::Repair, early), whole));
        assert!(!whole.text(late).is_empty());
        // The early table leaves messages out, never changes them, and keeps the first phase.
        let (plain, formatted) = Slice::Repair.ids();
        assert!(
            (0..plain.len()).all(|i| early.text(i).is_empty() || early.text(i) == whole.text(i))
        );
        assert!((0..formatted.len())
            .all(|i| early.pattern(i).is_empty() || early.pattern(i) == whole.pattern(i)));
        assert!((0..plain.len()).any(|i| early.text(i).is_empty()));
        // Another language's table is whole: nothing to wait for.
        with_language(Lang::Es, &[&repair::ES], || {
            assert!(std::ptr::eq(
                table_for_late(Slice::Repair, early),
                &repair::ES
            ));
        });
    }

    #[test]
    #[should_panic(expected = "a late message of Repair was shown before its part")]
    fn a_late_message_shown_before_its_part_stops_a_debug_build() {
        present("", Slice::Repair);
    }

    #[test]
    fn a_test_s_language_goes_back_to_english_even_when_its_check_panics() {
        let outcome = std::panic::catch_unwind(|| {
            with_language(Lang::Es, &[], || {
                assert_eq!(lang_now(), Lang::Es);
                panic!("a failing check");
            })
        });
        assert!(outcome.is_err());
        assert_eq!(lang_now(), Lang::En);
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

    #[test]
    #[should_panic(expected = "before its text was loaded")]
    fn a_slice_shown_before_its_text_was_loaded_stops_a_debug_build() {
        // A release build shows the English and reports it instead (see `table_for`).
        with_language(Lang::Es, &[], || repair::t(repair::Msg::ChartDate));
    }
}

//! The language on screen: which catalogue is shown, loading another one, and remembering the
//! choice.
//!
//! The text itself is in [`crate::i18n`] (plain Rust, host-tested). The shell's English is in the
//! main module; each other language's shell is its own part (`lang_<tag>`, build/parts.json), and
//! each slice of text beyond the shell is a part per language (`text_<slice>_<tag>`; a slice's
//! English is in the part that shows it). Parts are fetched the first time they are needed and
//! kept by the service worker like every part, so switching works offline after one visit. A
//! screen asks for its slices with [`need`] before it is built; a change of language waits until
//! the shell and every slice asked for so far are loaded in it. Until then the screen stays in the
//! language it is in: the current catalogue is only ever one that is fully loaded, so nothing
//! falls back.
//!
//! The current catalogue is one signal for the whole page, not a context: the lock screen and the
//! banners need it before any screen exists, and browser tests mount components on their own.
//! It is an `ArcRwSignal`, owned by no component, so no component's clean-up disposes of it.
//!
//! At start, the language is the stored choice ([`storage::language`], readable while the data
//! is locked) or, on a first visit, the first of the browser's languages Mend has. `exit.js` reads
//! the same two before the first paint and puts the quick exit in that language; `boot.js` then,
//! for a language other than English, preloads its part and keeps the page hidden
//! (`data-lang-pending` on `<html>`, see style/main.css; the quick exit stays visible) until
//! [`start`] has shown it or given up, so a reload in Spanish never flashes English.

use crate::i18n::{Catalogue, Fmt, Lang, Msg, Slice, Table, EN};
use crate::storage;
use crate::ui::browser::set_text;
use crate::ui::shell_text;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

include!(concat!(env!("OUT_DIR"), "/language_parts.rs"));

/// Why a language could not be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed(pub Lang);

struct Shared {
    catalogue: ArcRwSignal<&'static Catalogue>,
    started: Cell<bool>,
    /// The language being loaded, if any.
    pending: Cell<Option<Lang>>,
    /// The slices that screens have asked for ([`need`]): a language is only shown once each of
    /// them has its table in it.
    in_use: RefCell<Vec<Slice>>,
}

thread_local! {
    static SHARED: Shared = Shared {
        catalogue: ArcRwSignal::new(&EN),
        started: Cell::new(false),
        pending: Cell::new(None),
        in_use: RefCell::new(Vec::new()),
    };
}

fn catalogue_signal() -> ArcRwSignal<&'static Catalogue> {
    SHARED.with(|s| s.catalogue.clone())
}

/// The catalogue on screen (tracked: text read through it follows a switch).
pub fn catalogue() -> &'static Catalogue {
    start();
    catalogue_signal().get()
}

/// The catalogue on screen, untracked: for screens that the router draws again as a whole when
/// the language changes (`ui::app` tracks [`current`] for the page), which costs far less in the
/// first load than a reactive closure for each line of text.
pub fn catalogue_now() -> &'static Catalogue {
    start();
    catalogue_signal().get_untracked()
}

/// The language on screen (tracked).
pub fn current() -> Lang {
    catalogue().lang
}

/// A plain message in the language on screen (tracked).
pub fn t(msg: Msg) -> &'static str {
    catalogue().text(msg)
}

/// A plain message that follows the language, for `view!`: `{tr(Msg::HomeTitle)}`.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(msg)
}

/// A message with its placeholders filled by name, in the language on screen (tracked).
pub fn tf(msg: Fmt, args: &[(&str, &str)]) -> String {
    catalogue().format(msg, args)
}

/// Picks the starting language once: the stored choice, else the browser's. Called by every
/// lookup, so whatever draws text first starts it.
pub fn start() {
    if SHARED.with(|s| s.started.replace(true)) {
        return;
    }
    crate::i18n::report_missing_with(|slice, lang| {
        leptos::logging::error!("Mend: {slice:?} was shown in {lang:?} before its text was loaded");
    });
    let lang = storage::language()
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(|| Lang::negotiate(&browser_languages()));
    if lang == Lang::En {
        follow(&EN);
        reveal();
        return;
    }
    leptos::task::spawn_local(async move {
        // Not remembered again: it was already stored, or it is the browser's default.
        let _ = load(lang).await;
        reveal();
    });
}

/// Switches to `lang` and remembers the choice. The screen changes only once the language's
/// part is here; if it cannot be fetched, the screen stays as it is and the switch's alert says
/// so.
pub async fn choose(lang: Lang) -> Result<(), LoadFailed> {
    start();
    load(lang).await?;
    // A choice that cannot be stored still applies until the tab is closed; the banner for
    // unavailable storage already explains that nothing is kept.
    let _ = storage::set_language(lang.tag());
    Ok(())
}

/// Makes sure `slices` can be shown in the language on screen (or the one being loaded), fetching
/// their parts if needed: a lazily loaded screen awaits this before it is built. Also remembers
/// them, so that a change of language loads them too before the screen changes.
pub async fn need(slices: &[Slice]) -> Result<(), LoadFailed> {
    start();
    SHARED.with(|s| {
        let mut in_use = s.in_use.borrow_mut();
        for slice in slices {
            if !in_use.contains(slice) {
                in_use.push(*slice);
            }
        }
    });
    // The language a screen must be ready for: the one on screen, and the one being loaded at
    // start (its shell may still be on its way).
    let mut langs = vec![catalogue_signal().get_untracked().lang];
    if let Some(pending) = SHARED.with(|s| s.pending.get()) {
        langs.push(pending);
    }
    for lang in langs {
        for slice in slices {
            load_slice(lang, *slice).await?;
        }
    }
    Ok(())
}

async fn load_slice(lang: Lang, slice: Slice) -> Result<(), LoadFailed> {
    if crate::i18n::is_installed(slice, lang) {
        return Ok(());
    }
    match load_table(lang, slice).await {
        Ok(table) => {
            table.into_iter().for_each(install);
            Ok(())
        }
        Err(_) => Err(LoadFailed(lang)),
    }
}

fn install(table: &'static Table) {
    crate::i18n::install(table);
}

/// Loads the shell and every slice in use in `lang`, then shows it. Slices asked for while this
/// waits are loaded too before the language changes.
async fn load_all(lang: Lang) -> Result<&'static Catalogue, LoadFailed> {
    let catalogue = load_catalogue(lang).await.map_err(|_| LoadFailed(lang))?;
    loop {
        let missing: Vec<Slice> = SHARED.with(|s| {
            s.in_use
                .borrow()
                .iter()
                .copied()
                .filter(|slice| !crate::i18n::is_installed(*slice, lang))
                .collect()
        });
        if missing.is_empty() {
            return Ok(catalogue);
        }
        for slice in missing {
            load_slice(lang, slice).await?;
        }
    }
}

async fn load(lang: Lang) -> Result<(), LoadFailed> {
    SHARED.with(|s| s.pending.set(Some(lang)));
    let loaded = load_all(lang).await;
    SHARED.with(|s| s.pending.set(None));
    match loaded {
        Ok(catalogue) => {
            show(catalogue);
            Ok(())
        }
        Err(_) => {
            // The screen, `<html lang>` and the switch go back to, or stay in, the language shown.
            let current = catalogue_signal().get_untracked();
            follow(current);
            set_text(
                shell_text::SWITCH_STATUS_ID,
                &current.format(
                    Fmt::LanguageLoadFailed,
                    &[
                        ("language", lang.own_name()),
                        ("current", current.lang.own_name()),
                    ],
                ),
            );
            Err(LoadFailed(lang))
        }
    }
}

/// Puts `catalogue` on screen.
fn show(catalogue: &'static Catalogue) {
    crate::i18n::set_lang_now(catalogue.lang);
    catalogue_signal().set(catalogue);
    follow(catalogue);
}

/// `<html lang>`, the quick exit (static markup in index.html) and the header's and footer's
/// texts (`ui::shell_text::SHELL_TEXTS`) follow the language.
fn follow(catalogue: &'static Catalogue) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", catalogue.lang.tag());
    }
    set_text(shell_text::SWITCH_STATUS_ID, "");
    set_text(
        shell_text::SWITCH_LABEL_ID,
        catalogue.text(Msg::LanguageSwitchLabel),
    );
    if let Some(select) = document
        .get_element_by_id(shell_text::SWITCH_SELECT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(catalogue.lang.tag());
    }
    for (id, msg) in shell_text::SHELL_TEXTS {
        set_text(id, catalogue.text(msg));
    }
    if let Some(nav) = document.get_element_by_id(shell_text::NAV_ID) {
        let _ = nav.set_attribute("aria-label", catalogue.text(Msg::NavLabel));
    }
    for (selector, msg) in [
        (".quick-exit-button", Msg::QuickExitButton),
        (".quick-exit-hint", Msg::QuickExitHint),
    ] {
        if let Ok(Some(element)) = document.query_selector(selector) {
            element.set_text_content(Some(catalogue.text(msg)));
        }
    }
}

/// Ends `boot.js`'s wait for the language (see the module's comment).
fn reveal() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.remove_attribute("data-lang-pending");
    }
}

/// `navigator.languages`, best first (or `navigator.language` where there is no list).
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

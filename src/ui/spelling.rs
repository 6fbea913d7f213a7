//! Whether the browser checks spelling in Mend's fields.
//!
//! Some browsers check spelling by sending the words to their maker's servers (Chrome's enhanced
//! spell check, Microsoft Editor in Edge), so what a person writes in Mend would leave the
//! device. The page says `spellcheck="false"` on its root from the first parse (`index.html`),
//! which every field inherits, and browsers check no field marked so, on the device or off it.
//! A person who wants the help can turn it on (`pages::privacy`); the choice is a key of its own
//! ([`storage::set_spellcheck`]), readable on the lock screen like the language. `boot.js` marks
//! the page as the stored choice says before the app draws a field, and again when another tab
//! changes it or deletes everything: a few lines of JavaScript there, where the module's own
//! start-up would have cost every first load 0.4 KB.

use crate::storage::{self, StorageError};

/// Marks the page not to be checked, and the quick exit's Shift shortcut as on (its hint shown):
/// everything was deleted here, both choices with it (the browser tells other tabs of a
/// deletion, which `boot.js` and `exit.js` hear, never the tab that made it).
pub fn forget() {
    show(false);
    if let Some(root) = root() {
        let _ = root.class_list().remove_1("no-shift-exit");
    }
}

/// Stores whether the browser may check spelling, then marks the page so. A choice that cannot
/// be stored changes nothing.
pub fn choose(on: bool) -> Result<(), StorageError> {
    storage::set_spellcheck(on)?;
    show(on);
    Ok(())
}

/// Whether the page is marked for the browser to check spelling now.
pub fn is_on() -> bool {
    root()
        .and_then(|r| r.get_attribute("spellcheck"))
        .as_deref()
        == Some("true")
}

fn show(on: bool) {
    if let Some(root) = root() {
        let _ = root.set_attribute("spellcheck", if on { "true" } else { "false" });
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

//! Style rules some screens alone use, added to the page's style sheet when first needed.
//!
//! `main.css` holds what every screen uses. What only some screens use comes with the part of the
//! module that draws it: the assessment's and the checklist's own sheets (`style/assessment.css`,
//! `repair.css`), the charts' (`charts.css`, added by the chart component) and Your data's and
//! the partner screen's (`sharing.css`). build.rs writes their rules into constants that only
//! that code names, so the module splitter puts each with it, and neither home nor a link to
//! another tool downloads them. The worksheet's sheet stays joined to `main.css`: in that file it
//! costs its deep link 0.4 KB of brotli, in its part 0.7 KB (build/one-css.mjs). The rules go
//! through the style sheet's own `insertRule`, which the Content-Security-Policy allows (a
//! `<style>` element it would refuse) and every browser has.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

include!(concat!(env!("OUT_DIR"), "/styles.rs"));

thread_local! {
    /// The sheets already added, by address: a screen drawn again adds nothing.
    static ADDED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Adds `rules` (one per line, as build.rs writes them) at the end of the page's style sheet,
/// once, so they come after `main.css`'s in the cascade, as when they were one file. Called at
/// the top of the tool's screen, before its markup is built, so nothing is ever drawn without
/// them.
pub fn add(rules: &'static str) {
    let key = rules.as_ptr() as usize;
    if ADDED.with(|added| added.borrow().contains(&key)) {
        return;
    }
    let Some(sheet) = own_sheet() else {
        // No style sheet at all (the component tests): nothing to add to, and nothing to draw.
        return;
    };
    let Ok(list) = sheet.css_rules() else {
        return;
    };
    for rule in rules.lines() {
        // One rule this browser cannot parse is left out, as it would be in a file.
        let _ = sheet.insert_rule_with_index(rule, list.length());
    }
    ADDED.with(|added| added.borrow_mut().push(key));
}

/// The page's own style sheet, the one `index.html` links from Mend's origin: a sheet that an
/// extension or the browser put before it (another origin's cannot be read at all) is passed by.
fn own_sheet() -> Option<web_sys::CssStyleSheet> {
    let window = web_sys::window()?;
    let origin = window.location().origin().ok()?;
    let sheets = window.document()?.style_sheets();
    (0..sheets.length())
        .filter_map(|i| sheets.get(i))
        .find(|s| {
            s.href()
                .ok()
                .flatten()
                .is_some_and(|h| h.starts_with(&origin))
        })?
        .dyn_into()
        .ok()
}

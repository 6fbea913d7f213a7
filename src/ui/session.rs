//! Opening the couple's data when a screen first needs it, and keeping it saved and in step with
//! other tabs from then on.
//!
//! The home page needs none of the stored data, so a first visit does not download the code that
//! reads and writes the stored format: [`open`] is its own lazily loaded part (`data`, see
//! `ui::lazy`), and everything that decodes or encodes is reached only from there.

use crate::domain::lifecycle::{Event, Incoming};
use crate::part::from_part;
use crate::storage::{self, Loaded};
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::JsCast;

/// Reads the stored data once; later calls return at once.
pub async fn ensure_open(state: AppState) -> Result<(), SplitLoaderError> {
    if state.opened.get_untracked() {
        return Ok(());
    }
    // Two screens may ask at once; the first to arrive opens.
    from_part!(data, (state: AppState) -> () {
        if !state.opened.get_untracked() {
            open(state, storage::load(browser::now_millis()));
        }
    })
}

/// Shows `loaded` and keeps it in step: the other-tab listener, the page's life (hidden, left,
/// back from the back/forward cache) and the auto-lock.
pub fn open(state: AppState, loaded: Loaded) {
    state.install_data_effects();
    state.adopt(loaded);
    state.with_app_owner(|| keep_in_step(state));
}

/// Reads the assessment's finished runs once the browser is idle, if the stored data was read
/// with them left as text (see `domain::assessment::runs`): a screen that shows none of them is
/// up before they are read. If they cannot be read, what is pending is written first (their
/// stored text goes back as it was), then the stored text is kept aside and the banner says so,
/// as for any other damage.
///
/// Asked by the banners whenever the document on screen is replaced
/// (`ui::components::status_banner`): telling of damage needs their part, so this code is there
/// too, not in what a deep link downloads first. If that part cannot be downloaded, every save
/// still writes the runs' text back as it was.
pub fn read_runs_when_idle(state: AppState) {
    if !state
        .document
        .with_untracked(|d| d.assessment.history.keeps_stored_text())
    {
        return;
    }
    let read = move || {
        // The banner says what was found; nobody else is waiting for the answer.
        let _ = state.read_runs_now();
    };
    // Safari has no idle callbacks: there, at the next turn of the event loop.
    if request_idle_callback_with_handle(read).is_err() {
        set_timeout(read, std::time::Duration::ZERO);
    }
}

/// Keeps the open data in step until the app goes: other tabs, the page's life, the auto-lock.
fn keep_in_step(state: AppState) {
    follow_other_tabs(state);
    follow_page_life(state, lock_when_idle(state));
}

/// A storage event's `oldValue` or `newValue` as the browser holds it, not copied into the module:
/// with years of data it is millions of characters, and `web-sys` copies it in one piece.
fn held(ev: &web_sys::StorageEvent, name: &str) -> Option<storage::Held> {
    js_sys::Reflect::get(ev, &name.into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
        .map(storage::Held::from)
}

/// Another tab saved: follow it, or ask when this tab has unsaved edits.
fn follow_other_tabs(state: AppState) {
    let keys = storage::keys::current();
    // This tab's runs (a copy shares them), shared with the save read beside them when it holds
    // the same.
    let runs = move || {
        state
            .document
            .with_untracked(|d| d.assessment.history.clone())
    };
    let other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
        let Some(key) = ev.key() else {
            // `localStorage.clear()` elsewhere: start again from what is stored.
            return state.external(Incoming::LockChanged);
        };
        if key == keys.locked() {
            // Whether there was an envelope before and is one now, asked without copying them
            // into the module (see `held`); only the new one is ever read.
            match (
                held(&ev, "oldValue").is_some(),
                held(&ev, "newValue"),
                state.lock_key(),
            ) {
                // Another tab under the same lock saved: follow it like a plain save.
                (true, Some(envelope), Some(key)) => {
                    match storage::read_external_locked(&key, &envelope, &runs()) {
                        Some(document) => state.external_document(document),
                        None => state.external(Incoming::LockChanged),
                    }
                }
                // On the lock screen a newer envelope is read when the passphrase is entered.
                (true, Some(_), None) if !state.is_open() => {}
                // The lock was turned on or off elsewhere.
                _ => state.external(Incoming::LockChanged),
            }
        } else if key == keys.document() || key == keys.runs() {
            // The results have a key of their own: a change to them alone (a result deleted)
            // leaves the head's text as it was, and of that the browser tells nothing.
            let head = match key == keys.runs() {
                true => storage::stored_head(),
                false => held(&ev, "newValue"),
            };
            match storage::read_external(head.as_ref(), &runs()) {
                storage::External::Document(document) => state.external_document(*document),
                storage::External::Newer(version, document) => {
                    state.external_newer(version, document.map(|d| *d))
                }
                storage::External::Ignore => {}
            }
        }
    });
    on_cleanup(move || other_tabs.remove());
}

/// The page's life: write what is pending when hidden, and run `idle_check` when shown again;
/// with the lock on, forget the screen when the page is left, so the back/forward cache cannot
/// bring it back readable.
fn follow_page_life(state: AppState, idle_check: impl Fn() + 'static) {
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            state.page(Event::Hidden);
        } else {
            // Timers stand still while the device sleeps or the browser freezes the tab, and run
            // on with the delay they had left: a phone woken an hour later would show the open
            // data until the next check.
            idle_check();
        }
    });
    let page_hide =
        window_event_listener(leptos::ev::pagehide, move |_| state.page(Event::PageHide));
    let page_show = window_event_listener(leptos::ev::pageshow, move |ev| {
        if ev.persisted() {
            // Changed elsewhere while the page was in the cache (a deletion removes it), and the
            // exit must do what the box says.
            state.external(Incoming::WipeOnExit(storage::wipe_on_exit()));
            // Storage is read again (see the core's rule), but not over what the screen holds
            // and storage does not: changes it could not write (storage full, or kept in memory
            // only) or a choice between two versions still open. With the lock on, always: the
            // screen is forgotten first. Always, too, when another tab locked the data meanwhile
            // (its word to this tab was lost while the page waited): the screen's plain data,
            // unsaved changes and all, stayed in view of anyone while the data was locked, as a
            // tab that hears the lock at once does not.
            if state.lock_on()
                || storage::is_locked()
                || (state.can_save_untracked() && !state.has_unsaved_untracked())
            {
                state.page(Event::PageShownFromCache);
            }
        }
    });
    on_cleanup(move || {
        hidden.remove();
        page_hide.remove();
        page_show.remove();
    });
}

/// Auto-lock: locks after the chosen minutes without a key or pointer press, checked every 15
/// seconds. Gives the check, for when the page is shown again.
fn lock_when_idle(state: AppState) -> impl Fn() + Copy + 'static {
    let last_active = StoredValue::new(js_sys::Date::now());
    let check = move || {
        let limit = state
            .document
            .with_untracked(|d| d.settings.auto_lock_minutes);
        if let (true, Some(minutes)) = (state.is_open(), limit) {
            if js_sys::Date::now() - last_active.get_value() > f64::from(minutes) * 60_000.0 {
                state.idle();
            }
        }
    };
    let activity = [
        window_event_listener(leptos::ev::keydown, move |_| {
            last_active.set_value(js_sys::Date::now())
        }),
        window_event_listener(leptos::ev::pointerdown, move |_| {
            last_active.set_value(js_sys::Date::now())
        }),
    ];
    let idle_check = set_interval_with_handle(check, std::time::Duration::from_secs(15));
    on_cleanup(move || {
        for listener in activity {
            listener.remove();
        }
        if let Ok(handle) = idle_check {
            handle.clear();
        }
    });
    check
}

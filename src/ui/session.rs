//! Opening the couple's data when a screen first needs it, and keeping it saved and in step with
//! other tabs from then on.
//!
//! The home page needs none of the stored data, so a first visit does not download the code that
//! reads and writes the stored format: [`open`] is its own lazily loaded part (`data`, see
//! `ui::lazy`), and everything that decodes or encodes is reached only from there.

use crate::storage::{self, LoadOutcome, Loaded};
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// Reads the stored data once; later calls return at once.
pub async fn ensure_open(state: AppState) -> Result<(), SplitLoaderError> {
    if state.opened.get_untracked() {
        return Ok(());
    }
    #[cfg_attr(
        feature = "split",
        leptos::wasm_split::wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)
    )]
    fn open_data(state: AppState) -> Result<(), SplitLoaderError> {
        // Two screens may ask at once; the first to arrive opens.
        if !state.opened.get_untracked() {
            open(state, storage::load(browser::now_millis()));
        }
        Ok(())
    }
    #[cfg(feature = "split")]
    let opened = open_data(state).await;
    #[cfg(not(feature = "split"))]
    let opened = open_data(state);
    opened
}

/// Shows `loaded` and keeps it saved: one save effect, the other-tab listener and the auto-lock.
pub fn open(state: AppState, loaded: Loaded) {
    state.adopt(loaded);
    state.with_app_owner(|| keep_in_step(state));
}

fn keep_in_step(state: AppState) {
    // The one bridge from state to storage: every change after this point is queued.
    Effect::new(move |previous: Option<()>| {
        let document = state.document.get();
        if previous.is_some() {
            state.schedule_save(document);
        }
    });

    // The quick exit must be able to delete everything before the data is read (or while it is
    // locked), so the choice also lives in a key of its own. An import or older data may carry
    // the choice without the key: set it then. Only the checkbox on Your data clears it, since a
    // document that could not be read says nothing about the choice.
    let wipe_on_exit = Memo::new(move |_| state.document.with(|d| d.settings.wipe_on_quick_exit));
    Effect::new(move |_| {
        if wipe_on_exit.get() && !storage::wipe_on_exit() {
            let _ = storage::set_wipe_on_exit(true);
        }
    });

    // Another tab saved: follow it, or ask when this tab has unsaved edits.
    let other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
        match ev.key().as_deref() {
            Some(storage::keys::LOCKED) => match (ev.old_value(), ev.new_value(), state.lock_key()) {
                // Another tab under the same lock saved: follow it like a plain save.
                (Some(_), Some(envelope), Some(key)) => leptos::task::spawn_local(async move {
                    match storage::read_external_locked(&key, &envelope).await {
                        Some(document) => state.external_change(document),
                        None => state.external_lock_change(),
                    }
                }),
                // The lock was turned on or off elsewhere.
                _ => state.external_lock_change(),
            },
            Some(storage::keys::DOCUMENT) => match storage::read_external(ev.new_value().as_deref()) {
                storage::External::Document(document) => state.external_change(document),
                storage::External::Newer(version) => state.external_newer(version),
                storage::External::Ignore => {}
            },
            _ => {}
        }
    });

    // Auto-lock: any key or pointer press counts as activity.
    let last_active = StoredValue::new(js_sys::Date::now());
    let activity = [
        window_event_listener(leptos::ev::keydown, move |_| last_active.set_value(js_sys::Date::now())),
        window_event_listener(leptos::ev::pointerdown, move |_| last_active.set_value(js_sys::Date::now())),
    ];
    let idle_check = set_interval_with_handle(
        move || {
            let limit = state.document.with_untracked(|d| d.settings.auto_lock_minutes);
            let locked = state.outcome.with_untracked(|o| matches!(o, LoadOutcome::Locked { .. }));
            if let (true, false, Some(minutes)) = (state.lock_on.get_untracked(), locked, limit) {
                if js_sys::Date::now() - last_active.get_value() > f64::from(minutes) * 60_000.0 {
                    state.lock_now();
                }
            }
        },
        std::time::Duration::from_secs(15),
    );
    on_cleanup(move || {
        other_tabs.remove();
        for listener in activity {
            listener.remove();
        }
        if let Ok(handle) = idle_check {
            handle.clear();
        }
    });
}

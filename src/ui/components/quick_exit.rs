//! The app's side of the quick exit. The button itself is plain markup in `index.html` and
//! `exit.js` owns leaving (the button, Shift pressed three times, the neutral page), so that it
//! works before this code has loaded and after it has failed. The contract with `exit.js`:
//!
//! - [`LEAVE_EVENT`] (`mend:leave`, cancelable, on `window`): `exit.js` is about to leave. The app
//!   cleans up ([`on_leave_event`]) and calls `preventDefault()` to say it handled the deletion;
//!   otherwise `exit.js` deletes on its own when the user asked for that.
//! - [`REQUEST_EVENT`] (`mend:quick-exit`, on `window`): the app asks `exit.js` to leave, through
//!   the very same path as the button ([`leave`]).
//!
//! The button's label and hint are in the catalogues (`quick-exit-button`, `quick-exit-hint`):
//! `ui::i18n` rewrites the static markup's text whenever the language changes. Before the module
//! has started, `exit.js` has already put it in the starting language (from index.html's
//! boot-text table), so it is never shown in English to someone who reads another language.

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Sent by `exit.js` just before it leaves the page.
pub const LEAVE_EVENT: &str = "mend:leave";

/// Sent by the app to ask `exit.js` to leave.
pub const REQUEST_EVENT: &str = "mend:quick-exit";

/// Leaves at once, first deleting everything if the user chose that: asks `exit.js`, which
/// then sends [`LEAVE_EVENT`] back to [`on_leave_event`]. The state is not needed here (the
/// clean-up reaches it through the event); callers keep passing it.
pub fn leave(_state: AppState) {
    crate::ui::browser::tell_exit_js(REQUEST_EVENT);
}

/// The app's clean-up when `exit.js` is leaving: the life-cycle core's quick exit (deleting
/// everything through the one delete path when the user chose that, otherwise writing what is
/// pending; then no more saves, and nothing left in memory). Returns true when that is done, so
/// that `exit.js` need not delete by itself.
pub fn on_leave_event(state: AppState) -> bool {
    state.quick_exit().is_ok()
}

/// Listens for `exit.js` leaving the page. Draws nothing: the button is in `index.html`.
#[component]
pub fn QuickExit() -> impl IntoView {
    let state = AppState::get();
    let handle = window_event_listener_untyped(LEAVE_EVENT, move |ev| {
        if on_leave_event(state) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

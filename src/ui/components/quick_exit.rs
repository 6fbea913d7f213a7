//! The quick-exit control: the same on every screen, always visible, early in the tab order.

use crate::domain::quick_exit::ShiftCounter;
use crate::ui::browser;
use leptos::prelude::*;

/// A button that leaves Mend at once; pressing Shift three times does the same.
#[component]
pub fn QuickExit() -> impl IntoView {
    let counter = StoredValue::new(ShiftCounter::default());
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let mut hit = false;
        counter.update_value(|c| hit = c.press(&ev.key(), js_sys::Date::now(), ev.repeat()));
        if hit {
            browser::quick_exit();
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="quick-exit">
            <button type="button" class="quick-exit-button" on:click=move |_| browser::quick_exit()>
                "Exit this page"
            </button>
            <span class="quick-exit-hint">"or press Shift 3 times"</span>
        </div>
    }
}

//! Deleting everything Mend stored in this browser, after a confirmation.

use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Deletes every Mend key after a confirmation.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let state = AppState::get();
    let (confirming, set_confirming) = signal(false);
    let (message, set_message) = signal(None::<String>);
    let delete = move |_| {
        let result = state.delete_everything();
        set_confirming.set(false);
        set_message.set(Some(match result {
            Ok(()) => "Everything Mend stored in this browser has been deleted.".into(),
            Err(e) => format!("Deleting did not work: {e}"),
        }));
        request_animation_frame(|| browser::focus_id("delete-status"));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete everything"</h2>
            <p>"Removes all of Mend's data from this browser: answers, worksheet, checklist and copies. This cannot be undone."</p>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="danger" on:click=move |_| { set_message.set(None); set_confirming.set(true) }>
                    "Delete everything…"
                </button>
            }>
                <div role="group" aria-labelledby="confirm-delete">
                    <p id="confirm-delete"><strong>"Delete all of Mend's data from this browser?"</strong></p>
                    <button type="button" class="danger" on:click=delete>"Yes, delete everything"</button>" "
                    <button type="button" on:click=move |_| set_confirming.set(false)>"Cancel"</button>
                </div>
            </Show>
            <p role="status" id="delete-status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}

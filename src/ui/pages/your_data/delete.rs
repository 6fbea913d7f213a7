//! Deleting everything Mend stored in this browser, after a confirmation.

use crate::i18n::yourdata::{f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

use std::cell::RefCell;

thread_local! {
    /// What the deletion answered, for the screen drawn after it: deleting replaces the document,
    /// and the screen is drawn anew for the new one, so a signal of the screen that deleted would
    /// be gone with it, and the person would see no answer at all.
    static ANSWER: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Deletes every Mend key after a confirmation.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let state = AppState::get();
    let (confirming, set_confirming) = signal(false);
    let (message, set_message) = signal(ANSWER.with_borrow_mut(Option::take));
    let delete = move |_| {
        let answer = match state.delete_everything() {
            Ok(()) => t(Msg::Deleted).to_owned(),
            Err(e) => f(Fmt::DeleteFailed, &[("error", &e.to_string())]),
        };
        // Deleting replaces the document (after an error too: what could be removed is gone), and
        // the screen is drawn anew for it, this component included: the new one shows the answer.
        // This one's signals are not set here: the views reading them would run after they were
        // disposed with it, and reading a disposed signal panics.
        ANSWER.set(Some(answer));
        request_animation_frame(move || {
            // Not taken: this screen was not drawn anew, so it shows the answer itself.
            if let Some(answer) = ANSWER.take() {
                let _ = set_confirming.try_set(false);
                let _ = set_message.try_set(Some(answer));
            }
            browser::focus_id("delete-status");
        });
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t(Msg::DeleteHeading)}</h2>
            <p>{t(Msg::DeleteLead)}</p>
            // Asking and Cancel each take their own button away: focus goes to the other.
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="danger" id="delete-start" on:click=move |_| {
                    set_message.set(None);
                    set_confirming.set(true);
                    request_animation_frame(|| browser::focus_id("delete-keep"));
                }>
                    {t(Msg::DeleteButton)}
                </button>
            }>
                <div role="group" aria-labelledby="confirm-delete">
                    <p id="confirm-delete"><strong>{t(Msg::DeleteConfirm)}</strong></p>
                    <button type="button" class="danger" on:click=delete>{t(Msg::DeleteYes)}</button>" "
                    <button type="button" id="delete-keep" on:click=move |_| {
                        set_confirming.set(false);
                        request_animation_frame(|| browser::focus_id("delete-start"));
                    }>{t(Msg::Cancel)}</button>
                </div>
            </Show>
            <p role="status" id="delete-status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}

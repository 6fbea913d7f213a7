//! Your data: names, copies of unreadable data, and deleting everything.

use crate::domain::document::Document;
use crate::storage::{self, LoadOutcome, SaveMode};
use crate::ui::browser;
use crate::ui::components::names_form::NamesForm;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Names, backups and deletion.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let state = AppState::get();
    view! {
        <PageTitle text="Your data"/>
        <p>"Everything here is stored only in this browser on this device."</p>
        <NamesForm/>
        <UnreadableCopies/>
        <DeleteEverything/>
        <p class="muted">{move || match state.mode.get() {
            SaveMode::Normal => "Changes are saved in this browser as you go.",
            SaveMode::ReadOnly { .. } => "Read-only: this data comes from a newer Mend, so nothing is saved.",
            SaveMode::MemoryOnly => "Nothing is being saved: this browser is not letting Mend keep data.",
        }}</p>
    }
}

/// Copies of saved text that could not be read, kept so nothing is lost.
#[component]
fn UnreadableCopies() -> impl IntoView {
    let (copies, set_copies) = signal(storage::backups());
    view! {
        <Show when=move || !copies.with(Vec::is_empty)>
            <section aria-labelledby="copies-heading">
                <h2 id="copies-heading">"Copies of unreadable data"</h2>
                <p>"Mend once found saved data it could not read and kept it here instead of deleting it."</p>
                <ul>
                    <For each=move || copies.get() key=|(k, _)| k.clone() let((key, text))>
                        {
                            let key_for_delete = key.clone();
                            view! {
                                <li>
                                    <code>{key.clone()}</code>" "
                                    <button type="button" on:click=move |_| {
                                        let _ = browser::download("mend-unreadable-copy.txt", "text/plain", &text);
                                    }>"Download"</button>" "
                                    <button type="button" on:click=move |_| {
                                        storage::remove_backup(&key_for_delete);
                                        set_copies.set(storage::backups());
                                    }>"Delete this copy"</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// Deletes every Mend key after a confirmation.
#[component]
fn DeleteEverything() -> impl IntoView {
    let state = AppState::get();
    let (confirming, set_confirming) = signal(false);
    let (message, set_message) = signal(None::<String>);
    let delete = move |_| {
        state.document.set(Document::default());
        state.flush();
        let result = storage::delete_everything();
        set_confirming.set(false);
        set_message.set(Some(match result {
            Ok(()) => {
                if state.mode.get_untracked() != SaveMode::MemoryOnly {
                    state.set_mode(SaveMode::Normal);
                }
                state.outcome.set(LoadOutcome::Fresh);
                "Everything Mend stored in this browser has been deleted.".into()
            }
            Err(e) => format!("Deleting did not work: {e}"),
        }));
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
            <p role="status">{move || message.get()}</p>
        </section>
    }
}

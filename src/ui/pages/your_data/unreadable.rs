//! Copies of unreadable data: saved text Mend found but could not read, kept instead of deleted,
//! to download or delete one by one.

use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Copies of saved text that could not be read, kept so nothing is lost.
#[component]
pub fn UnreadableCopies() -> impl IntoView {
    let state = AppState::get();
    let list = move || state.unreadable_copies();
    let (copies, set_copies) = signal(list());
    view! {
        <Show when=move || !copies.with(Vec::is_empty)>
            <section aria-labelledby="copies-heading">
                <h2 id="copies-heading">"Copies of unreadable data"</h2>
                <p>"Mend once found saved data it could not read and kept it here instead of deleting it. With the passphrase lock on, these copies are sealed with it too."</p>
                <ul>
                    <For each=move || copies.get() key=|backup| backup.key.clone() let(backup)>
                        {
                            let key_for_delete = backup.key.clone();
                            let text = backup.text.clone();
                            view! {
                                <li>
                                    <code>{backup.key.clone()}</code>" "
                                    {match text {
                                        Some(text) => view! {
                                            <button type="button" on:click=move |_| {
                                                let _ = browser::download(&crate::domain::transfer::unreadable_file_name(browser::today()), "text/plain", &text);
                                            }>"Download"</button>
                                        }.into_any(),
                                        None => view! { <span class="muted">"(sealed with an earlier passphrase)"</span> }.into_any(),
                                    }}" "
                                    <button type="button" on:click=move |_| {
                                        state.remove_unreadable_copy(&key_for_delete);
                                        set_copies.set(list());
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

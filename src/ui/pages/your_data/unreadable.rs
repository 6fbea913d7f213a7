//! Copies of unreadable data: saved text Mend found but could not read, kept instead of deleted,
//! to download or delete one by one.

use crate::i18n::yourdata::{t, Msg};
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
                <h2 id="copies-heading">{t(Msg::CopiesHeading)}</h2>
                <p>{t(Msg::CopiesLead)}</p>
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
                                            }>{t(Msg::CopyDownload)}</button>
                                        }.into_any(),
                                        None => view! { <span class="muted">{t(Msg::CopySealedEarlier)}</span> }.into_any(),
                                    }}" "
                                    <button type="button" on:click=move |_| {
                                        state.remove_unreadable_copy(&key_for_delete);
                                        set_copies.set(list());
                                    }>{t(Msg::CopyDelete)}</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

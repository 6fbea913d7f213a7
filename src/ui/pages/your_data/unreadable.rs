//! Copies of unreadable data: saved text Mend found but could not read, kept instead of deleted,
//! to download or delete one by one.

use crate::i18n::yourdata::{t, Msg};
use crate::ui::browser;
use crate::ui::components::page_title::PAGE_TITLE_ID;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Copies of saved text that could not be read, kept so nothing is lost.
#[component]
pub fn UnreadableCopies() -> impl IntoView {
    let state = AppState::get();
    let list = move || state.unreadable_copies();
    let (copies, set_copies) = signal(list());
    let row = move |backup: crate::storage::Backup| {
        let key = backup.key.clone();
        view! {
            <li>
                <code>{backup.key}</code>" "
                {match backup.text {
                    Some(text) => view! {
                        <button type="button" on:click=move |_| {
                            let _ = browser::download(&crate::domain::transfer::unreadable_file_name(browser::today()), "text/plain", &text);
                        }>{t(Msg::CopyDownload)}</button>
                    }.into_any(),
                    None => view! { <span class="muted">{t(Msg::CopySealedEarlier)}</span> }.into_any(),
                }}" "
                <button type="button" on:click=move |_| {
                    state.remove_unreadable_copy(&key);
                    // The rows are drawn again, so the focused button is gone or now another
                    // copy's: focus goes to the list's heading while copies are left, so a
                    // keyboard is not sent back to the top and a second press deletes nothing;
                    // after the last one the list is gone too, and focus goes to the screen's
                    // heading rather than falling to the page.
                    let left = list();
                    let id = if left.is_empty() { PAGE_TITLE_ID } else { "copies-heading" };
                    set_copies.set(left);
                    request_animation_frame(move || browser::focus_id(id));
                }>{t(Msg::CopyDelete)}</button>
            </li>
        }
        .into_any()
    };
    // Drawn afresh whenever a copy is deleted: a handful of rows at most, rarely changed, so no
    // keyed list (each distinct `For` is several KB of wasm on the screen's first download).
    move || {
        let copies = copies.get();
        (!copies.is_empty()).then(|| {
            view! {
                <section aria-labelledby="copies-heading">
                    <h2 id="copies-heading" tabindex="-1">{t(Msg::CopiesHeading)}</h2>
                    <p>{t(Msg::CopiesLead)}</p>
                    // Opened with the lock's key to be of any use, so a download is plain text.
                    <p>{t(Msg::CopiesPlain)}</p>
                    <ul>{copies.into_iter().map(row).collect::<Vec<_>>()}</ul>
                </section>
            }
        })
    }
}

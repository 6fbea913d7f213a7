//! Deleting everything Mend stored in this browser, after a confirmation.

use crate::i18n::yourdata::{f, t, Fmt, Msg};
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
            Ok(()) => t(Msg::Deleted).to_owned(),
            Err(e) => f(Fmt::DeleteFailed, &[("error", &e.to_string())]),
        }));
        request_animation_frame(|| browser::focus_id("delete-status"));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t(Msg::DeleteHeading)}</h2>
            <p>{t(Msg::DeleteLead)}</p>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="danger" on:click=move |_| { set_message.set(None); set_confirming.set(true) }>
                    {t(Msg::DeleteButton)}
                </button>
            }>
                <div role="group" aria-labelledby="confirm-delete">
                    <p id="confirm-delete"><strong>{t(Msg::DeleteConfirm)}</strong></p>
                    <button type="button" class="danger" on:click=delete>{t(Msg::DeleteYes)}</button>" "
                    <button type="button" on:click=move |_| set_confirming.set(false)>{t(Msg::Cancel)}</button>
                </div>
            </Show>
            <p role="status" id="delete-status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}

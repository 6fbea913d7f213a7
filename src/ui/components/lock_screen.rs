//! The lock screen: shown instead of every page while the data is locked with a passphrase.

use crate::i18n::lock::{f, t, Fmt, Msg};
use crate::storage::crypto::CryptoError;
use crate::ui::browser;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Asks for the passphrase and opens the data; a wrong one changes nothing.
///
/// Its text is the `lock` slice, which `ui::lazy` loads with the screen; the router draws it again
/// when the language changes.
#[component]
pub fn LockScreen() -> impl IntoView {
    let state = AppState::get();
    let (pass, set_pass) = signal(String::new());
    // The message is kept, not its text, so it follows a change of language.
    let (error, set_error) = signal(None::<Problem>);
    let (busy, set_busy) = signal(false);
    let (confirm_wipe, set_confirm_wipe) = signal(false);
    let refused =
        move || error.with(|e| matches!(e, Some(Problem::Unlock(CryptoError::WrongPassphrase))));
    // The page was hidden when it was left with the lock on; the lock screen may be seen.
    crate::ui::state::set_forgotten(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let pressed = browser::active_element();
        set_busy.set(true);
        set_error.set(None);
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            match state.unlock(&passphrase).await {
                Ok(()) => {}
                Err(e) => {
                    set_error.set(Some(Problem::Unlock(e)));
                    set_busy.set(false);
                    // The button was disabled while the key was made, and focus fell to the page:
                    // back to the field, which now says why (unless the person moved on).
                    browser::focus_unless_moved("unlock-pass", pressed);
                }
            }
        });
    };
    view! {
        <PageTitle text=t(Msg::LockTitle)/>
        <p>{t(Msg::LockIntro)}</p>
        <form class="lock-form" on:submit=submit>
            <div class="field">
                <label for="unlock-pass">{t(Msg::LockPassphrase)}</label>
                <input id="unlock-pass" type="password" autocomplete="current-password" prop:value=pass
                    aria-describedby=move || if refused() { "unlock-error unlock-browser-save" } else { "unlock-browser-save" }
                    aria-invalid=move || refused().then_some("true")
                    on:input:target=move |ev| set_pass.set(ev.target().value())/>
            </div>
            <p id="unlock-browser-save">{t(Msg::LockBrowserSave)}</p>
            <button type="submit" class="primary" disabled=busy>{move || t(if busy.get() { Msg::LockOpening } else { Msg::LockUnlock })}</button>
        </form>
        <p role="alert" id="unlock-error" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get().map(|problem| problem.text())}</p>
        <details class="forgot">
            <summary>{t(Msg::LockForgot)}</summary>
            <p>{t(Msg::LockForgotBody)}</p>
            // Asking and Cancel each take their own button away: focus goes to the other.
            <Show when=move || confirm_wipe.get() fallback=move || view! {
                <button type="button" class="danger" id="wipe-start" on:click=move |_| {
                    set_confirm_wipe.set(true);
                    request_animation_frame(|| browser::focus_id("wipe-keep"));
                }>{t(Msg::LockDeleteStart)}</button>
            }>
                <p><strong>{t(Msg::LockDeleteConfirm)}</strong></p>
                <button type="button" class="danger" on:click=move |_| {
                    match state.delete_everything() {
                        // The app replaces this screen: focus goes to its title.
                        Ok(()) => browser::focus_title_soon(),
                        Err(e) => set_error.set(Some(Problem::Delete(e.to_string()))),
                    }
                }>{t(Msg::LockDeleteYes)}</button>" "
                <button type="button" id="wipe-keep" on:click=move |_| {
                    set_confirm_wipe.set(false);
                    request_animation_frame(|| browser::focus_id("wipe-start"));
                }>{t(Msg::Cancel)}</button>
            </Show>
        </details>
    }
}

/// What went wrong on the lock screen.
#[derive(Clone, Debug)]
enum Problem {
    Unlock(CryptoError),
    /// Deleting failed; what the browser said.
    Delete(String),
}

impl Problem {
    /// In the language on screen (what the browser reported stays as it said it). A
    /// [`CryptoError`] says itself (its text is in the `banners` slice, which this screen loads).
    fn text(&self) -> String {
        match self {
            Problem::Unlock(error) => error.to_string(),
            Problem::Delete(why) => f(Fmt::DeleteFailed, &[("details", why)]),
        }
    }
}

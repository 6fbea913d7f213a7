//! The lock screen: shown instead of every page while the data is locked with a passphrase.

use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Asks for the passphrase and opens the data; a wrong one changes nothing.
#[component]
pub fn LockScreen() -> impl IntoView {
    let state = AppState::get();
    let (pass, set_pass) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let (busy, set_busy) = signal(false);
    let (confirm_wipe, set_confirm_wipe) = signal(false);
    // The page was hidden when it was left with the lock on; the lock screen may be seen.
    crate::ui::state::set_forgotten(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            match state.unlock(&passphrase).await {
                Ok(()) => {}
                Err(e) => {
                    set_error.set(Some(e.to_string()));
                    set_busy.set(false);
                }
            }
        });
    };
    view! {
        <PageTitle text="Mend is locked"/>
        <p>"Enter your passphrase to open your data. Everything stays encrypted in this browser until you do."</p>
        <form class="lock-form" on:submit=submit>
            <div class="field">
                <label for="unlock-pass">"Passphrase"</label>
                <input id="unlock-pass" type="password" autocomplete="current-password" prop:value=pass
                    on:input:target=move |ev| set_pass.set(ev.target().value())/>
            </div>
            <button type="submit" class="primary" disabled=busy>{move || if busy.get() { "Opening…" } else { "Unlock" }}</button>
        </form>
        <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
        <details class="forgot">
            <summary>"Forgot your passphrase?"</summary>
            <p>"The passphrase cannot be recovered or reset: that is what keeps the data private. The only way forward without it is to delete the locked data and start again."</p>
            <Show when=move || confirm_wipe.get() fallback=move || view! {
                <button type="button" class="danger" on:click=move |_| set_confirm_wipe.set(true)>"Delete the locked data…"</button>
            }>
                <p><strong>"Delete everything Mend has stored in this browser? This cannot be undone."</strong></p>
                <button type="button" class="danger" on:click=move |_| {
                    if let Err(e) = state.delete_everything() {
                        set_error.set(Some(format!("Deleting did not work: {e}")));
                    }
                }>"Yes, delete everything"</button>" "
                <button type="button" on:click=move |_| set_confirm_wipe.set(false)>"Cancel"</button>
            </Show>
        </details>
    }
}

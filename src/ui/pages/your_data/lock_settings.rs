//! The passphrase lock's settings: turning it on, changing the passphrase, removing it, locking
//! now, and locking by itself after a while without use.

use crate::domain::change::Setting;
use crate::domain::lock;
use crate::i18n::yourdata::{f, t, Fmt, Msg};
use crate::storage::crypto;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Turning the passphrase lock on, changing it, removing it, locking now, and auto-lock.
#[component]
pub fn LockSettings() -> impl IntoView {
    let state = AppState::get();
    let (pass, set_pass) = signal(String::new());
    let (confirm, set_confirm) = signal(String::new());
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let (message, set_message) = signal(None::<&'static str>);
    // Turning on and changing are the same: a new key from a new passphrase seals the data.
    let set_new = move |_| {
        set_error.set(None);
        set_message.set(None);
        let (p, c) = (pass.get_untracked(), confirm.get_untracked());
        if let Err(e) = lock::check_new_passphrase(&p, &c) {
            set_error.set(Some(e.to_string()));
            return;
        }
        if !state.can_save_untracked() {
            set_error.set(Some(t(Msg::LockCannotSave).to_owned()));
            return;
        }
        let was_on = state.lock_key().is_some();
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            let result = seal_with_new_key(state, &p).await;
            set_busy.set(false);
            match result {
                Ok(()) => {
                    set_pass.set(String::new());
                    set_confirm.set(String::new());
                    set_message.set(Some(t(if was_on {
                        Msg::LockChanged
                    } else {
                        Msg::LockOn
                    })));
                }
                Err(e) => set_error.set(Some(f(Fmt::LockSetFailed, &[("error", &e.to_string())]))),
            }
        });
    };
    view! {
        <section aria-labelledby="lock-heading">
            <h2 id="lock-heading" tabindex="-1">{t(Msg::LockHeading)}</h2>
            <p>{t(Msg::LockLead)}</p>
            <p><strong>{t(Msg::LockWarning)}</strong>" "{t(Msg::LockWarningMore)}</p>
            {while_locking(state, set_error, set_message)}
            <div class="field">
                <label for="lock-pass">{move || t(if state.lock_on() { Msg::LockNewPassphrase } else { Msg::LockPassphrase })}</label>
                <input id="lock-pass" type="password" autocomplete="new-password" aria-describedby="lock-error lock-browser-save" prop:value=pass on:input:target=move |ev| set_pass.set(ev.target().value())/>
            </div>
            <div class="field">
                <label for="lock-confirm">{t(Msg::LockAgain)}</label>
                <input id="lock-confirm" type="password" autocomplete="new-password" aria-describedby="lock-error lock-browser-save" prop:value=confirm on:input:target=move |ev| set_confirm.set(ev.target().value())/>
            </div>
            // The fields keep their purpose (`new-password`), so a password manager can help
            // someone who needs one; a saved passphrase is what the other person on a shared
            // device could open Mend with, so the screen says so (README, "Privacy model").
            <p id="lock-browser-save">{t(Msg::LockBrowserSave)}</p>
            <button type="button" disabled=busy on:click=set_new>
                {move || t(if busy.get() { Msg::LockWorking } else if state.lock_on() { Msg::LockChange } else { Msg::LockTurnOn })}
            </button>
            // Tied to the fields (empty while there is no error, so it adds nothing to them): a
            // passphrase refused as too short or not typed the same twice is read with them.
            <p role="alert" id="lock-error" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}

/// Makes a key from `passphrase` and seals the data with it (turning the lock on, or changing
/// its passphrase).
async fn seal_with_new_key(state: AppState, passphrase: &str) -> Result<(), String> {
    match crypto::new_key(passphrase).await {
        Ok(key) => state.turn_lock_on(key).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// While the lock is on: "Lock now", "Remove the lock" (reporting in `set_error` or
/// `set_message`) and the auto-lock choice.
fn while_locking(
    state: AppState,
    set_error: WriteSignal<Option<String>>,
    set_message: WriteSignal<Option<&'static str>>,
) -> impl IntoView {
    let remove = move |_| {
        set_error.set(None);
        match state.turn_lock_off() {
            Ok(()) => {
                set_message.set(Some(t(Msg::LockOff)));
                // This button went with the lock: focus goes to the section's heading, above
                // the fields that turn it on again (not into them: no keyboard pops up).
                request_animation_frame(|| crate::ui::browser::focus_id("lock-heading"));
            }
            Err(e) => set_error.set(Some(f(Fmt::LockRemoveFailed, &[("error", &e.to_string())]))),
        }
    };
    view! {
        <Show when=move || state.lock_on()>
            <p>
                <button type="button" class="primary" on:click=move |_| state.lock_now()>{t(Msg::LockNow)}</button>" "
                <button type="button" on:click=remove>{t(Msg::LockRemove)}</button>
            </p>
            <div class="field">
                <label for="auto-lock">{t(Msg::AutoLockLabel)}</label>
                <select id="auto-lock" autocomplete="off" on:change:target=move |ev| {
                    let minutes = ev.target().value().parse::<u32>().ok().filter(|m| *m > 0);
                    let _ = state.apply(Setting::AutoLockMinutes(minutes));
                }>
                    {[0u32, 5, 15, 30, 60].into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || state.document.with(|d| d.settings.auto_lock_minutes.unwrap_or(0) == m)>
                            {if m == 0 { t(Msg::AutoLockNever).to_string() } else { f(Fmt::AutoLockMinutes, &[("minutes", &m.to_string())]) }}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </Show>
    }
}

//! Your data: names, copies of unreadable data, and deleting everything.

use crate::domain::document::Settings;
use crate::domain::lock;
use crate::domain::transfer::{self, Apply, Import};
use crate::storage::crypto;
use crate::storage::SaveMode;
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
        <ExportImport/>
        <section aria-labelledby="partner-heading">
            <h2 id="partner-heading">"Each on your own phone"</h2>
            <p>"To compare with a partner who uses Mend on their own phone, send your part as a sealed packet: "<a href=crate::domain::route::Route::Partner.href()>"Share with your partner"</a>"."</p>
        </section>
        <KeepingSafe/>
        <LockSettings/>
        <NamesForm/>
        <UnreadableCopies/>
        <DeleteEverything/>
        <p class="muted">{move || match state.mode() {
            SaveMode::Normal => "Changes are saved in this browser as you go.",
            SaveMode::ReadOnly { .. } => "Read-only: this data comes from a newer Mend, so nothing is saved.",
            SaveMode::MemoryOnly => "Nothing is being saved: this browser is not letting Mend keep data.",
        }}</p>
    }
}

/// Copies of saved text that could not be read, kept so nothing is lost.
#[component]
fn UnreadableCopies() -> impl IntoView {
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
                                                let _ = browser::download("mend-unreadable-copy.txt", "text/plain", &text);
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

/// Deletes every Mend key after a confirmation.
#[component]
fn DeleteEverything() -> impl IntoView {
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

/// Offers the current data as a file named with today's date, sealed with the lock's
/// passphrase when `sealed`.
fn download_current(state: AppState, sealed: bool) -> Result<(), String> {
    let text = state.export_text(sealed)?;
    let name = transfer::file_name(browser::today());
    let name = if sealed {
        name.replace(".json", ".locked.json")
    } else {
        name
    };
    browser::download(&name, "application/json", &text)
}

/// Export to a file, and import one back after a preview, a backup offer and a choice.
#[component]
fn ExportImport() -> impl IntoView {
    let state = AppState::get();
    let (pending, set_pending) = signal(None::<Import>);
    let (message, set_message) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let (locked_file, set_locked_file) = signal(None::<String>);
    let (file_pass, set_file_pass) = signal(String::new());
    let (encrypt_export, set_encrypt_export) = signal(true);
    let open_locked_file = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(envelope) = locked_file.get_untracked() else {
            return;
        };
        let passphrase = file_pass.get_untracked();
        set_error.set(None);
        leptos::task::spawn_local(async move {
            match AppState::open_sealed_file(&envelope, &passphrase).await {
                Ok(document) => {
                    set_locked_file.set(None);
                    set_file_pass.set(String::new());
                    match Import::new(document, crate::domain::schema::CURRENT_VERSION) {
                        Ok(import) => set_pending.set(Some(import)),
                        Err(e) => set_error.set(Some(e.to_string())),
                    }
                }
                Err(e) => set_error.set(Some(e.to_string())),
            }
        });
    };
    let export = move |_| {
        set_error.set(None);
        let sealed = state.lock_key().is_some() && encrypt_export.get_untracked();
        if let Err(e) = download_current(state, sealed) {
            set_error.set(Some(format!("The file could not be made: {e}")));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        set_locked_file.set(None);
        set_message.set(None);
        set_error.set(None);
        set_pending.set(None);
        let Some(file) = crate::ui::browser::take_chosen_file(&ev) else {
            return;
        };
        // Checked before reading, so a huge file is never loaded into memory.
        let size = file.size() as usize;
        if size > transfer::MAX_IMPORT_BYTES {
            set_error.set(Some(
                transfer::ImportError::TooLarge { bytes: size }.to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            // An encrypted backup waits for its passphrase; everything else is read at once.
            if let Some(t) = text.as_ref().filter(|t| lock::Envelope::parse(t).is_ok()) {
                set_locked_file.set(Some(t.clone()));
                return;
            }
            match text.map(|t| transfer::read(t.as_bytes())) {
                Some(Ok(import)) => set_pending.set(Some(import)),
                Some(Err(e)) => set_error.set(Some(e.to_string())),
                None => set_error.set(Some(
                    "The file could not be read. Nothing was changed.".into(),
                )),
            }
        });
    };
    let apply = move |merge: bool| {
        let Some(import) = pending.get_untracked() else {
            return;
        };
        if !state.can_save_untracked() {
            set_error.set(Some("Mend cannot save in this browser right now, so importing would be lost. Nothing was changed.".into()));
            return;
        }
        let how = if merge { Apply::Merge } else { Apply::Replace };
        let wipe = (how == Apply::Replace).then_some(import.document.settings.wipe_on_quick_exit);
        let document = state
            .document
            .with_untracked(|d| transfer::apply(d, import, how));
        state.import(document, wipe);
        set_pending.set(None);
        request_animation_frame(|| browser::focus_id("import-status"));
        set_message.set(Some(
            if merge {
                "The file was merged with your data."
            } else {
                "Your data was replaced with the file's."
            }
            .into(),
        ));
    };
    view! {
        <section aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">"Back up or move your data"</h2>
            <p>"Save everything to one file, to keep as a backup or to open Mend on another device. Keep the file somewhere private: anyone who opens it can read it."</p>
            <Show when=move || state.lock_on()>
                <div class="field field-inline">
                    <input id="encrypt-export" type="checkbox" prop:checked=encrypt_export
                        on:change:target=move |ev| set_encrypt_export.set(ev.target().checked())/>
                    <label for="encrypt-export">"Encrypt the file with my passphrase"</label>
                </div>
            </Show>
            <button type="button" on:click=export>"Export my data"</button>
            <div class="field">
                <label for="import-file">"Import a Mend file"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <Show when=move || locked_file.with(Option::is_some)>
                <form class="import-preview" on:submit=open_locked_file>
                    <p>"This backup is encrypted. Enter the passphrase it was made with."</p>
                    <div class="field">
                        <label for="import-pass">"Passphrase of the file"</label>
                        <input id="import-pass" type="password" autocomplete="off" prop:value=file_pass
                            on:input:target=move |ev| set_file_pass.set(ev.target().value())/>
                    </div>
                    <button type="submit">"Open the file"</button>
                </form>
            </Show>
            <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            {move || pending.get().map(|import| view! {
                <div class="import-preview" role="group" aria-labelledby="import-preview-title">
                    <h3 id="import-preview-title">"This file holds"</h3>
                    <p>{import.preview.describe()}</p>
                    {
                        // This device's delete-on-exit choice lives outside the document.
                        let current = state.document.with_untracked(|d| Settings {
                            wipe_on_quick_exit: state.wipe_on_exit_untracked(),
                            ..d.settings.clone()
                        });
                        let changes = transfer::setting_changes(&current, &import, Apply::Replace);
                        (!changes.is_empty()).then(|| view! {
                            <p>"If you replace, these settings on this device change:"</p>
                            <ul class="setting-changes">
                                {changes.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        })
                    }
                    <p>"Before you go on, you can save what this browser has now."</p>
                    <button type="button" on:click=export>"Download my current data first"</button>
                    <p><strong>"Replace"</strong>" swaps everything here for the file. "<strong>"Merge"</strong>" keeps what is here and adds the file's results, and takes the file's worksheet and checklist only where this browser has none."</p>
                    <button type="button" class="primary" on:click=move |_| apply(true)>"Merge with my data"</button>" "
                    <button type="button" class="danger" on:click=move |_| apply(false)>"Replace my data"</button>" "
                    <button type="button" on:click=move |_| set_pending.set(None)>"Cancel"</button>
                </div>
            })}
            <p role="status" id="import-status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}

/// Asks the browser to keep Mend's data, and the quick-exit wipe option.
#[component]
fn KeepingSafe() -> impl IntoView {
    let state = AppState::get();
    let (persist_result, set_persist_result) = signal(None::<&'static str>);
    let ask = move |_| {
        state.update(|d| d.settings.asked_to_persist = true);
        let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
            return;
        };
        let Ok(promise) = storage.persist() else {
            set_persist_result.set(Some("This browser does not offer that choice. Exporting a copy now and then keeps you safe."));
            return;
        };
        leptos::task::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            set_persist_result.set(Some(if granted {
                "Done: this browser has agreed to keep Mend's data unless you delete it."
            } else {
                "This browser did not agree, so it may clear Mend's data when space runs low. Export a copy now and then."
            }));
        });
    };
    view! {
        <section aria-labelledby="keep-heading">
            <h2 id="keep-heading">"Keeping your data, and leaving quickly"</h2>
            <p>"Browsers can clear site data on their own, for example when space runs low, and Safari after seven days without a visit. You can ask this browser to keep Mend's data, and it is wise to export a copy now and then."</p>
            <button type="button" on:click=ask>"Ask this browser to keep Mend's data"</button>
            <p role="status">{move || persist_result.get()}</p>
            <div class="field field-inline">
                <input id="wipe-on-exit" type="checkbox"
                    prop:checked=move || state.wipe_on_exit()
                    on:change:target=move |ev| state.set_wipe_on_exit(ev.target().checked())/>
                <label for="wipe-on-exit">"Delete everything when I use \"Exit this page\""</label>
            </div>
            <p class="muted">"The quick exit replaces this page with a weather site and takes it out of this tab's Back history. It cannot erase your earlier browser history or hide Mend from monitoring software. See "<a href="#/privacy">"Privacy and limits"</a>"."</p>
        </section>
    }
}

/// Turning the passphrase lock on, changing it, removing it, locking now, and auto-lock.
#[component]
fn LockSettings() -> impl IntoView {
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
            set_error.set(Some(
                "Mend cannot save in this browser right now, so it cannot lock your data.".into(),
            ));
            return;
        }
        let was_on = state.lock_key().is_some();
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match crypto::new_key(&p).await {
                Ok(key) => state.turn_lock_on(key).map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            set_busy.set(false);
            match result {
                Ok(()) => {
                    set_pass.set(String::new());
                    set_confirm.set(String::new());
                    set_message.set(Some(if was_on {
                        "Your passphrase has been changed."
                    } else {
                        "The lock is on. Your data is now stored encrypted."
                    }));
                }
                Err(e) => set_error.set(Some(format!("The lock could not be set: {e}"))),
            }
        });
    };
    let remove = move |_| {
        set_error.set(None);
        match state.turn_lock_off() {
            Ok(()) => set_message.set(Some(
                "The lock is off. Your data is stored without encryption again.",
            )),
            Err(e) => set_error.set(Some(format!("The lock could not be removed: {e}"))),
        }
    };
    view! {
        <section aria-labelledby="lock-heading">
            <h2 id="lock-heading">"Passphrase lock"</h2>
            <p>"With the lock on, everything Mend keeps is encrypted in this browser, and Mend asks for your passphrase each time it opens."</p>
            <p><strong>"If you forget the passphrase, nobody can recover your data, not even us."</strong>" Someone who knows it, or who sees the screen while Mend is open, can still read it."</p>
            <Show when=move || state.lock_on()>
                <p>
                    <button type="button" class="primary" on:click=move |_| state.lock_now()>"Lock now"</button>" "
                    <button type="button" on:click=remove>"Remove the lock"</button>
                </p>
                <div class="field">
                    <label for="auto-lock">"Lock by itself when Mend is not used for"</label>
                    <select id="auto-lock" on:change:target=move |ev| {
                        let minutes = ev.target().value().parse::<u32>().ok().filter(|m| *m > 0);
                        state.update(|d| d.settings.auto_lock_minutes = minutes);
                    }>
                        {[0u32, 5, 15, 30, 60].into_iter().map(|m| view! {
                            <option value=m.to_string() selected=move || state.document.with(|d| d.settings.auto_lock_minutes.unwrap_or(0) == m)>
                                {if m == 0 { "Never".to_string() } else { format!("{m} minutes") }}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <div class="field">
                <label for="lock-pass">{move || if state.lock_on() { "New passphrase" } else { "Passphrase" }}</label>
                <input id="lock-pass" type="password" autocomplete="new-password" prop:value=pass on:input:target=move |ev| set_pass.set(ev.target().value())/>
            </div>
            <div class="field">
                <label for="lock-confirm">"Type it again"</label>
                <input id="lock-confirm" type="password" autocomplete="new-password" prop:value=confirm on:input:target=move |ev| set_confirm.set(ev.target().value())/>
            </div>
            <button type="button" disabled=busy on:click=set_new>
                {move || if busy.get() { "Working…" } else if state.lock_on() { "Change the passphrase" } else { "Turn on the lock" }}
            </button>
            <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}

//! Backing up and moving the data: export to a file (sealed with the lock's passphrase when the
//! lock is on and the person chooses so), and import a file back, opening an encrypted one with
//! its passphrase, after a preview, an offer to save the current data first, and a choice
//! between merging and replacing.

use crate::domain::document::{Document, Settings};
use crate::domain::lock;
use crate::domain::transfer::{self, Apply, Import, ImportError, Preview};
use crate::i18n::yourdata::{f, t, Fmt, Msg};
use crate::part::from_part;
use crate::storage::crypto::LockKey;
use crate::storage::Held;
use crate::ui::browser;
use crate::ui::components::field_group::field_group;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An encrypted backup waiting for its passphrase, as the browser holds it.
type LockedFile = RwSignal<Option<Held>, LocalStorage>;

/// The key of the encrypted backup waiting in the preview, made from the passphrase it was
/// opened with. Where the lock is off, importing turns it on with this key first: the person
/// kept the file encrypted, and a plain save of it would stay readable in the browser's files
/// for a while even if they turned the lock on straight after.
type FileKey = StoredValue<Option<LockKey>, LocalStorage>;

/// What importing a file needs beyond the screen: checking the file, describing it, and merging
/// or replacing (`domain::transfer`, with `domain::merge` behind it). They come from the part
/// that also reads and merges a partner's packet (`merging`, build/parts.json: a split point of
/// their own cost every first load 0.15 KB), fetched once the screen works and asked for only
/// when a file is chosen, so a link straight to Your data downloads none of them first.
#[derive(Clone, Copy)]
struct Importing {
    read: fn(&[u8]) -> Result<Import, ImportError>,
    new: fn(Document, u32) -> Result<Import, ImportError>,
    describe: fn(&Preview) -> String,
    changes: fn(&Settings, &Import, Apply) -> Vec<String>,
    apply: fn(&Document, Import, Apply) -> Document,
}

/// The import functions, from their part (see [`Importing`]); the message to show if its
/// download failed.
async fn importing() -> Result<Importing, String> {
    from_part!(merging, () -> Importing {
        Importing {
            read: transfer::read,
            new: Import::new,
            describe: Preview::describe,
            changes: transfer::setting_changes,
            apply: transfer::apply,
        }
    })
    .map_err(|_| {
        crate::ui::i18n::catalogue_now()
            .text(crate::i18n::Msg::PartLoadFailed)
            .to_owned()
    })
}

/// How many files have been chosen on the screen. A file's reading, which waits for the browser
/// and perhaps for the import code's download, sets nothing once a later file has been chosen:
/// two chosen in quick succession, a large one then a small one, would otherwise show the
/// first one's preview last, and "Merge" would add the file the person chose against. Asked
/// with `try_get_value` once the wait is over: the screen, and this value with it, may be gone
/// by then (drawn again for another tab's save, or left), and asking a value that is gone
/// stops the app.
type Chosen = StoredValue<u32>;

/// A file read and checked, waiting for the person's choice, with the functions that go on.
type Pending = (Import, Importing);

/// Offers the current data as a file named with today's date, sealed with the lock's
/// passphrase when `sealed`.
fn download_current(state: AppState, sealed: bool) -> Result<(), String> {
    let file = state.export_file(sealed)?;
    let name = transfer::file_name(browser::today());
    let name = if sealed {
        name.replace(".json", ".locked.json")
    } else {
        name
    };
    browser::download_held(&name, "application/json", &file)
}

/// Export to a file, and import one back after a preview, a backup offer and a choice.
#[component]
pub fn ExportImport() -> impl IntoView {
    let state = AppState::get();
    let (pending, set_pending) = signal(None::<Pending>);
    let (message, set_message) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let locked_file: LockedFile = RwSignal::new_local(None);
    let (file_pass, set_file_pass) = signal(String::new());
    let (encrypt_export, set_encrypt_export) = signal(true);
    let chosen = StoredValue::new(0u32);
    let file_key: FileKey = StoredValue::new_local(None);
    let open_locked_file = open_locked_file(
        locked_file,
        (file_pass, set_file_pass),
        (set_pending, file_key),
        set_error,
        chosen,
    );
    let export = move |_| {
        set_error.set(None);
        let sealed = state.lock_key().is_some() && encrypt_export.get_untracked();
        // Written from the document as it stands at the click: a plain file needs the writer's
        // part, asked for once the screen was drawn, and says so if it has not come.
        if let Err(e) = download_current(state, sealed) {
            set_error.set(Some(f(Fmt::ExportFailed, &[("error", &e.to_string())])));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        locked_file.set(None);
        file_key.set_value(None);
        set_message.set(None);
        set_error.set(None);
        set_pending.set(None);
        chosen.update_value(|n| *n = n.wrapping_add(1));
        read_chosen_file(&ev, chosen, locked_file, set_pending, set_error);
    };
    let apply = move |merge: bool| {
        if let Err(why) = ready_to_import(state) {
            set_error.set(Some(why));
            return;
        }
        if let Err(why) = lock_with_files_key(state, file_key) {
            set_error.set(Some(why));
            return;
        }
        // Taken, not copied: the file's document can be years of data.
        let Some(pending) = set_pending.try_update(Option::take).flatten() else {
            return;
        };
        // The file's key is the lock's now, or was never needed: held no longer than its file.
        file_key.set_value(None);
        let done = apply_import(state, pending, merge);
        request_animation_frame(|| browser::focus_id("import-status"));
        set_message.set(Some(done.into()));
    };
    view! {
        <section aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t(Msg::TransferHeading)}</h2>
            <p>{t(Msg::TransferLead)}</p>
            {encrypt_choice(state, encrypt_export, set_encrypt_export)}
            <button type="button" on:click=export>{t(Msg::Export)}</button>
            <div class="field">
                <label for="import-file">{t(Msg::ImportLabel)}</label>
                <input id="import-file" type="file" autocomplete="off" accept=".json,application/json" on:change=on_file/>
            </div>
            {passphrase_of_file(locked_file, (file_pass, set_file_pass), open_locked_file)}
            <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            {move || pending.with(|p| p.as_ref().map(|pending| import_preview(state, pending, file_key, export, apply, set_pending)))}
            <p role="status" id="import-status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}

/// While the lock is on, the choice to seal an exported file with its passphrase.
fn encrypt_choice(
    state: AppState,
    encrypt_export: ReadSignal<bool>,
    set_encrypt_export: WriteSignal<bool>,
) -> impl IntoView {
    view! {
        <Show when=move || state.lock_on()>
            {field_group(view! {
                <div class="field field-inline">
                    <input id="encrypt-export" type="checkbox" prop:checked=encrypt_export
                        on:change:target=move |ev| set_encrypt_export.set(ev.target().checked())/>
                    <label for="encrypt-export">{t(Msg::EncryptExport)}</label>
                </div>
            })}
        </Show>
    }
}

/// While an encrypted backup waits in `locked_file`, asks for the passphrase it was made with;
/// `open` opens it.
fn passphrase_of_file(
    locked_file: LockedFile,
    file_pass: (ReadSignal<String>, WriteSignal<String>),
    open: impl Fn(leptos::ev::SubmitEvent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (file_pass, set_file_pass) = file_pass;
    view! {
        <Show when=move || locked_file.with(Option::is_some)>
            <form class="import-preview" on:submit=open>
                <p>{t(Msg::ImportEncrypted)}</p>
                <div class="field">
                    <label for="import-pass">{t(Msg::ImportPassphrase)}</label>
                    <input id="import-pass" type="password" autocomplete="off" aria-describedby="import-browser-save"
                        prop:value=file_pass on:input:target=move |ev| set_file_pass.set(ev.target().value())/>
                </div>
                // A backup sealed while the lock was on opens with the lock's passphrase, and some
                // browsers offer to save a typed password whatever the field says.
                <p id="import-browser-save">{t(Msg::LockBrowserSave)}</p>
                <button type="submit">{t(Msg::ImportOpen)}</button>
            </form>
        </Show>
    }
}

/// Opens the encrypted backup waiting in `locked_file` with the passphrase typed, on submit;
/// its document goes to `set_pending` for the preview, unless another file was chosen meanwhile
/// (see [`Chosen`]).
fn open_locked_file(
    locked_file: LockedFile,
    (file_pass, set_file_pass): (ReadSignal<String>, WriteSignal<String>),
    (set_pending, file_key): (WriteSignal<Option<Pending>>, FileKey),
    set_error: WriteSignal<Option<String>>,
    chosen: Chosen,
) -> impl Fn(leptos::ev::SubmitEvent) + Copy + Send + Sync + 'static {
    move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Copied into the module for each try, and let go by opening it: a wrong passphrase
        // can be tried again, and years of data are never in the module twice.
        let Some(envelope) = locked_file.with_untracked(|file| file.as_ref().map(Held::text))
        else {
            return;
        };
        let passphrase = file_pass.get_untracked();
        let pressed = browser::active_element();
        let file = chosen.get_value();
        let still = move || chosen.try_get_value() == Some(file);
        set_error.set(None);
        leptos::task::spawn_local(async move {
            let (with, opened) = match importing().await {
                Ok(with) => (
                    with,
                    AppState::open_sealed_file(envelope, &passphrase).await,
                ),
                Err(why) => {
                    if still() {
                        set_error.set(Some(why));
                    }
                    return;
                }
            };
            if !still() {
                return;
            }
            match opened {
                Ok((document, key)) => {
                    locked_file.set(None);
                    set_file_pass.set(String::new());
                    file_key.set_value(Some(key));
                    match (with.new)(document, crate::domain::schema::CURRENT_VERSION) {
                        Ok(import) => {
                            set_pending.set(Some((import, with)));
                            // The passphrase's form is gone: on to what the file holds.
                            browser::focus_unless_moved("import-preview-title", pressed);
                        }
                        Err(e) => set_error.set(Some(e.to_string())),
                    }
                }
                Err(e) => set_error.set(Some(e.to_string())),
            }
        });
    }
}

/// Reads the file chosen in `ev`: an encrypted backup waits in `locked_file` for its
/// passphrase, as the browser holds it; any other Mend file goes to `set_pending` for the preview;
/// `set_error` says why a file cannot be imported. Nothing is set once another file has been
/// chosen (see [`Chosen`]).
fn read_chosen_file(
    ev: &leptos::ev::Event,
    chosen: Chosen,
    locked_file: LockedFile,
    set_pending: WriteSignal<Option<Pending>>,
    set_error: WriteSignal<Option<String>>,
) {
    let Some(file) = crate::ui::browser::take_chosen_file(ev) else {
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
    let file_no = chosen.get_value();
    let still = move || chosen.try_get_value() == Some(file_no);
    leptos::task::spawn_local(async move {
        let held = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
            .map(Held::from);
        // The code that reads it before the text is copied into the module: were it missing,
        // years of text would be copied for nothing.
        let with = importing().await;
        if !still() {
            return;
        }
        let Some(held) = held else {
            set_error.set(Some(t(Msg::ImportUnreadable).to_owned()));
            return;
        };
        let with = match with {
            Ok(with) => with,
            Err(why) => return set_error.set(Some(why)),
        };
        let text = held.text();
        // An encrypted backup waits for its passphrase; everything else is read at once.
        if lock::may_be_envelope(&text) && lock::Envelope::read(&text).is_ok() {
            drop(text);
            locked_file.set(Some(held));
            return;
        }
        match (with.read)(text.as_bytes()) {
            Ok(import) => set_pending.set(Some((import, with))),
            Err(e) => set_error.set(Some(e.to_string())),
        }
    });
}

/// Why nothing can be imported now, if so: the data cannot be saved, or its runs proved
/// damaged. Checked before the file's document is taken, so the preview stays for another try.
fn ready_to_import(state: AppState) -> Result<(), String> {
    if !state.can_save_untracked() {
        return Err(t(Msg::ImportCannotSave).to_owned());
    }
    // Merging reads the runs, and replacing writes over them: either way they are checked first,
    // so damaged ones are kept aside rather than lost.
    state.read_runs_now().map_err(|e| e.to_string())
}

/// Where the lock is off and the file waiting was encrypted, turns the lock on with the file's
/// key (see [`FileKey`]) before anything of the file is saved; the message to show if that failed.
fn lock_with_files_key(state: AppState, file_key: FileKey) -> Result<(), String> {
    match file_key.get_value() {
        Some(key) if state.lock_key().is_none() => state
            .turn_lock_on(key)
            .map_err(|e| f(Fmt::LockSetFailed, &[("error", &e.to_string())])),
        _ => Ok(()),
    }
}

/// Merges the pending import into the data (`merge`) or replaces the data with it (see
/// [`ready_to_import`] for what is checked first): the message to show.
fn apply_import(state: AppState, (import, with): Pending, merge: bool) -> &'static str {
    let how = if merge { Apply::Merge } else { Apply::Replace };
    let wipe = (how == Apply::Replace).then_some(import.document.settings.wipe_on_quick_exit);
    let document = state
        .document
        .with_untracked(|d| (with.apply)(d, import, how));
    state.import(document, wipe);
    t(if merge {
        Msg::ImportMerged
    } else {
        Msg::ImportReplaced
    })
}

/// What the pending file holds, which settings on this device replacing would change, and
/// the choices: save the current data first (`export`), merge or replace (`apply`), or cancel.
fn import_preview(
    state: AppState,
    (import, with): &Pending,
    file_key: FileKey,
    export: impl FnMut(leptos::ev::MouseEvent) + 'static,
    apply: impl Fn(bool) + Copy + 'static,
    set_pending: WriteSignal<Option<Pending>>,
) -> impl IntoView {
    view! {
        <div class="import-preview" role="group" aria-labelledby="import-preview-title">
            <h3 id="import-preview-title" tabindex="-1">{t(Msg::PreviewTitle)}</h3>
            <p>{(with.describe)(&import.preview)}</p>
            {
                // This device's delete-on-exit choice lives outside the document.
                let current = state.document.with_untracked(|d| Settings {
                    wipe_on_quick_exit: state.wipe_on_exit_untracked(),
                    ..d.settings.clone()
                });
                let changes = (with.changes)(&current, import, Apply::Replace);
                (!changes.is_empty()).then(|| view! {
                    <p>{t(Msg::PreviewSettings)}</p>
                    <ul class="setting-changes">
                        {changes.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                })
            }
            {(file_key.with_value(Option::is_some) && state.lock_key().is_none()).then(|| view! { <p><strong>{t(Msg::PreviewLocks)}</strong></p> })}
            <p>{t(Msg::PreviewSaveFirst)}</p>
            <button type="button" on:click=export>{t(Msg::PreviewDownload)}</button>
            <p><strong>{t(Msg::MergeReplaceWord)}</strong>" "{t(Msg::MergeReplaceAbout)}" "<strong>{t(Msg::MergeMergeWord)}</strong>" "{t(Msg::MergeMergeAbout)}</p>
            <button type="button" class="primary" on:click=move |_| apply(true)>{t(Msg::MergeButton)}</button>" "
            <button type="button" class="danger" on:click=move |_| apply(false)>{t(Msg::ReplaceButton)}</button>" "
            <button type="button" on:click=move |_| {
                file_key.set_value(None);
                set_pending.set(None);
                // This preview is gone: back to choosing a file.
                request_animation_frame(|| browser::focus_id("import-file"));
            }>{t(Msg::Cancel)}</button>
        </div>
    }
}

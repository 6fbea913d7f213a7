//! The app-wide state, shared through context as one newtype.

use crate::domain::document::Document;
use crate::storage::{LoadOutcome, Loaded, SaveMode, SaveStatus, Saver};
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

/// Everything the pages share: the document, how loading went, and how the last save went.
///
/// The stored data is read only when a screen first needs it ([`crate::ui::session`]), so that the code
/// that reads and writes the stored format is not part of a first visit's download.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The couple's data. Change it only through [`AppState::update`].
    pub document: RwSignal<Document>,
    /// How loading went, for the banner; dismissing the banner sets it to `Loaded`.
    pub outcome: RwSignal<LoadOutcome>,
    /// The last save's result; `None` before the first save.
    pub save_status: RwSignal<Option<SaveStatus>>,
    /// What saving may do (normal, read-only, memory only).
    pub mode: RwSignal<SaveMode>,
    /// Another tab's version, while this tab has unsaved edits of its own; saving pauses until
    /// the user chooses.
    pub conflict: RwSignal<Option<Document>>,
    /// Whether the passphrase lock is on (saves are encrypted).
    pub lock_on: RwSignal<bool>,
    /// Counts replacements of the document from outside this screen (another tab, unlocking),
    /// so pages holding text fields rebuild from the new data instead of typing over it.
    pub replaced: RwSignal<u64>,
    /// Whether the stored data has been read (see [`crate::ui::session::ensure_open`]).
    pub opened: RwSignal<bool>,
    // `None` until the data is opened: the saver is made by the code that writes the format.
    saver: StoredValue<Option<Saver>, LocalStorage>,
    // The app's root owner: what keeps the data in step must outlive the screen that opened it.
    // Weak, since this value lives in that owner: a strong one would keep it from ever cleaning up.
    owner: StoredValue<Option<WeakOwner>, LocalStorage>,
    // Set when the document was replaced by what another tab saved, so it is not written back.
    skip_next_save: StoredValue<bool>,
}

impl AppState {
    /// State before the data is read, owned by the app's root `owner`. When the data is locked,
    /// the lock screen shows at once (knowing that needs no decoding).
    pub fn new(owner: Option<Owner>) -> AppState {
        let locked = crate::storage::locked_envelope();
        let mode = if locked.is_some() { SaveMode::Locked } else { SaveMode::Normal };
        AppState {
            document: RwSignal::new(Document::default()),
            outcome: RwSignal::new(match locked {
                Some(envelope) => LoadOutcome::Locked { envelope },
                None => LoadOutcome::Loaded,
            }),
            save_status: RwSignal::new(None),
            mode: RwSignal::new(mode),
            conflict: RwSignal::new(None),
            lock_on: RwSignal::new(false),
            replaced: RwSignal::new(0),
            opened: RwSignal::new(false),
            saver: StoredValue::new_local(None),
            owner: StoredValue::new_local(owner.map(|owner| owner.downgrade())),
            skip_next_save: StoredValue::new(false),
        }
    }

    /// Takes over what [`crate::storage::load`] read, with a saver that reports into
    /// `save_status`. Called once, by [`crate::ui::session`].
    pub fn adopt(&self, loaded: Loaded) {
        let save_status = self.save_status;
        let saver = Saver::new(loaded.mode, move |status| save_status.set(Some(status)));
        self.saver.set_value(Some(saver));
        self.mode.set(loaded.mode);
        self.outcome.set(loaded.outcome);
        // No screen shows data before this, so nothing needs rebuilding (unlike `replace`).
        self.document.set(loaded.document);
        self.opened.set(true);
    }

    /// Runs `f` under the app's root owner, so effects and listeners it makes live as long as
    /// the app.
    pub fn with_app_owner(&self, f: impl FnOnce()) {
        match self.owner.get_value().map(|weak| weak.upgrade()) {
            Some(Some(owner)) => owner.with(f),
            // The app is gone (unmounted): nothing to keep in step.
            Some(None) => {}
            None => f(),
        }
    }

    fn with_saver<R>(&self, f: impl FnOnce(&Saver) -> R) -> Option<R> {
        self.saver.with_value(|saver| saver.as_ref().map(f))
    }

    /// The state provided by [`crate::App`].
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Applies a change to the document; saving follows on its own.
    pub fn update(&self, change: impl FnOnce(&mut Document)) {
        self.document.update(change);
    }

    /// Queues the current document for saving (called by the app's one save effect), unless it
    /// came from another tab or a conflict is waiting for the user.
    pub fn schedule_save(&self, document: Document) {
        let skip = self.skip_next_save.get_value();
        self.skip_next_save.set_value(false);
        if skip || self.conflict.with_untracked(Option::is_some) {
            return;
        }
        self.with_saver(|saver| saver.schedule(document));
    }

    /// Another tab saved `incoming`. Adopted at once when this tab has nothing unsaved;
    /// otherwise kept aside as a conflict, so neither tab silently overwrites the other.
    pub fn external_change(&self, incoming: Document) {
        if self.mode.get_untracked() == SaveMode::Locked || self.document.with_untracked(|d| *d == incoming) {
            return;
        }
        // While the user is choosing, newer saves elsewhere update the other side of the choice;
        // what is on this screen stays.
        if self.conflict.with_untracked(Option::is_some) {
            self.conflict.set(Some(incoming));
            return;
        }
        if self.with_saver(Saver::has_pending).unwrap_or(false) {
            self.with_saver(Saver::discard_pending);
            self.conflict.set(Some(incoming));
        } else {
            self.replace(incoming);
        }
    }

    /// Another tab saved data from a newer Mend: stop writing and say so.
    pub fn external_newer(&self, version: u32) {
        self.with_saver(Saver::discard_pending);
        self.set_mode(SaveMode::ReadOnly { version });
        self.outcome.set(LoadOutcome::Newer { version, readable: true });
    }

    /// Another tab turned the lock on or off: drop what this tab holds and start again from
    /// storage, which shows the lock screen or the now unlocked data.
    pub fn external_lock_change(&self) {
        // On the lock screen with data still locked, nothing changes: it reads the newest
        // envelope when the passphrase is entered.
        if self.mode.get_untracked() == SaveMode::Locked && crate::storage::locked_envelope().is_some() {
            return;
        }
        self.with_saver(Saver::discard_pending);
        self.set_lock_key(None);
        self.conflict.set(None);
        let loaded = crate::storage::load(crate::ui::browser::now_millis());
        self.set_mode(loaded.mode);
        self.outcome.set(loaded.outcome);
        self.replace(loaded.document);
    }

    /// Shows `document` in place of the current one without writing it back.
    fn replace(&self, document: Document) {
        self.skip_next_save.set_value(true);
        self.document.set(document);
        self.replaced.update(|n| *n += 1);
    }

    /// Resolves a conflict: `take_other` adopts the other tab's version, otherwise this tab's
    /// version is saved over it.
    pub fn resolve_conflict(&self, take_other: bool) {
        let Some(other) = self.conflict.get_untracked() else { return };
        self.conflict.set(None);
        if take_other {
            self.replace(other);
        } else {
            let mine = self.document.get_untracked();
            self.with_saver(|saver| saver.schedule(mine));
        }
    }

    /// Drops any change waiting to be written.
    pub fn saver_discard(&self) {
        self.with_saver(Saver::discard_pending);
    }

    /// Writes anything pending now.
    pub fn flush(&self) {
        self.with_saver(Saver::flush);
    }

    /// Encrypts saves with `key` from now on, or stops encrypting with `None`.
    pub fn set_lock_key(&self, key: Option<crate::storage::crypto::LockKey>) {
        let on = key.is_some();
        self.with_saver(|saver| saver.set_key(key));
        self.lock_on.set(on);
    }

    /// The lock's key while the lock is on.
    pub fn lock_key(&self) -> Option<crate::storage::crypto::LockKey> {
        self.with_saver(Saver::key).flatten()
    }

    /// Seals what is on screen, then reloads, which leaves nothing readable in memory and shows
    /// the lock screen.
    pub fn lock_now(&self) {
        let Some(key) = self.with_saver(|saver| {
            saver.discard_pending();
            saver.key()
        })
        .flatten() else {
            return;
        };
        let document = self.document.get_untracked();
        let state = *self;
        leptos::task::spawn_local(async move {
            match crate::storage::save_locked(&key, &document).await {
                Ok(()) => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().reload();
                    }
                }
                // Not sealed: stay open rather than lose the latest changes, and say why.
                Err(error) => {
                    state.save_status.set(Some(SaveStatus::Failed(error)));
                    state.with_saver(|saver| saver.schedule(document));
                }
            }
        });
    }

    /// Opens the app after the lock screen: shows `document` and keeps saving with `key`.
    pub fn unlocked(&self, document: Document, key: crate::storage::crypto::LockKey) {
        self.set_lock_key(Some(key));
        self.set_mode(SaveMode::Normal);
        self.outcome.set(LoadOutcome::Loaded);
        self.replace(document);
        request_animation_frame(crate::ui::browser::focus_title_soon);
    }

    /// Changes what saving may do, keeping the saver and the banner in step.
    pub fn set_mode(&self, mode: SaveMode) {
        self.with_saver(|saver| saver.set_mode(mode));
        self.mode.set(mode);
    }
}

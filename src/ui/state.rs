//! The app-wide state, shared through context as one newtype.

use crate::domain::document::Document;
use crate::storage::{LoadOutcome, Loaded, SaveMode, SaveStatus, Saver};
use leptos::prelude::*;

/// Everything the pages share: the document, how loading went, and how the last save went.
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
    saver: StoredValue<Saver, LocalStorage>,
    // Set when the document was replaced by what another tab saved, so it is not written back.
    skip_next_save: StoredValue<bool>,
}

impl AppState {
    /// State for a freshly loaded document, with a saver that reports into `save_status`.
    pub fn new(loaded: Loaded) -> AppState {
        let save_status = RwSignal::new(None);
        let saver = Saver::new(loaded.mode, move |status| save_status.set(Some(status)));
        AppState {
            document: RwSignal::new(loaded.document),
            outcome: RwSignal::new(loaded.outcome),
            save_status,
            mode: RwSignal::new(loaded.mode),
            conflict: RwSignal::new(None),
            lock_on: RwSignal::new(false),
            saver: StoredValue::new_local(saver),
            skip_next_save: StoredValue::new(false),
        }
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
        self.saver.with_value(|saver| saver.schedule(document));
    }

    /// Another tab saved `incoming`. Adopted at once when this tab has nothing unsaved;
    /// otherwise kept aside as a conflict, so neither tab silently overwrites the other.
    pub fn external_change(&self, incoming: Document) {
        if self.document.with_untracked(|d| *d == incoming) {
            return;
        }
        if self.saver.with_value(Saver::has_pending) {
            self.saver.with_value(Saver::discard_pending);
            self.conflict.set(Some(incoming));
        } else {
            self.skip_next_save.set_value(true);
            self.document.set(incoming);
        }
    }

    /// Resolves a conflict: `take_other` adopts the other tab's version, otherwise this tab's
    /// version is saved over it.
    pub fn resolve_conflict(&self, take_other: bool) {
        let Some(other) = self.conflict.get_untracked() else { return };
        self.conflict.set(None);
        if take_other {
            self.skip_next_save.set_value(true);
            self.document.set(other);
        } else {
            let mine = self.document.get_untracked();
            self.saver.with_value(|saver| saver.schedule(mine));
        }
    }

    /// Writes anything pending now.
    pub fn flush(&self) {
        self.saver.with_value(Saver::flush);
    }

    /// Encrypts saves with `key` from now on, or stops encrypting with `None`.
    pub fn set_lock_key(&self, key: Option<crate::storage::crypto::LockKey>) {
        let on = key.is_some();
        self.saver.with_value(|saver| saver.set_key(key));
        self.lock_on.set(on);
    }

    /// The lock's key while the lock is on.
    pub fn lock_key(&self) -> Option<crate::storage::crypto::LockKey> {
        self.saver.with_value(Saver::key)
    }

    /// Seals what is on screen, then reloads, which leaves nothing readable in memory and shows
    /// the lock screen.
    pub fn lock_now(&self) {
        let Some(key) = self.saver.with_value(|saver| {
            saver.discard_pending();
            saver.key()
        }) else {
            return;
        };
        let document = self.document.get_untracked();
        leptos::task::spawn_local(async move {
            let _ = crate::storage::save_locked(&key, &document).await;
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
    }

    /// Opens the app after the lock screen: shows `document` and keeps saving with `key`.
    pub fn unlocked(&self, document: Document, key: crate::storage::crypto::LockKey) {
        self.set_lock_key(Some(key));
        self.set_mode(SaveMode::Normal);
        self.skip_next_save.set_value(true);
        self.document.set(document);
        self.outcome.set(LoadOutcome::Loaded);
    }

    /// Changes what saving may do, keeping the saver and the banner in step.
    pub fn set_mode(&self, mode: SaveMode) {
        self.saver.with_value(|saver| saver.set_mode(mode));
        self.mode.set(mode);
    }
}

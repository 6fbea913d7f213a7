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
    saver: StoredValue<Saver, LocalStorage>,
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
            saver: StoredValue::new_local(saver),
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

    /// Queues the current document for saving (called by the app's one save effect).
    pub fn schedule_save(&self, document: Document) {
        self.saver.with_value(|saver| saver.schedule(document));
    }

    /// Writes anything pending now.
    pub fn flush(&self) {
        self.saver.with_value(Saver::flush);
    }

    /// Changes what saving may do, keeping the saver and the banner in step.
    pub fn set_mode(&self, mode: SaveMode) {
        self.saver.with_value(|saver| saver.set_mode(mode));
        self.mode.set(mode);
    }
}

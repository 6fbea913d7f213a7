//! Debounced saving: a burst of typing becomes one write about 300 ms after it stops, and
//! whatever is pending is written at once when the page is hidden or closed, so closing the tab
//! right after typing loses nothing.

use super::crypto::LockKey;
use super::{save, seal_document, write_locked, SaveMode, StorageError};
use crate::domain::document::Document;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long after the last change a save happens.
pub const DEBOUNCE_MS: i32 = 300;

/// What the last write did, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Written to this browser's storage.
    Saved,
    /// Not written; the data is still in memory and the next change tries again.
    Failed(StorageError),
}

struct Inner {
    mode: Cell<SaveMode>,
    pending: RefCell<Option<Document>>,
    timer: Cell<Option<i32>>,
    report: Box<dyn Fn(SaveStatus)>,
    fire: RefCell<Option<Closure<dyn FnMut()>>>,
    key: RefCell<Option<LockKey>>,
}

/// Writes the document shortly after it changes. Cheap to clone; clones share one queue.
#[derive(Clone)]
pub struct Saver(Rc<Inner>);

impl Saver {
    /// A saver that writes as `mode` allows and tells `report` how each write went.
    /// It also flushes on `visibilitychange` (hidden) and `pagehide`.
    pub fn new(mode: SaveMode, report: impl Fn(SaveStatus) + 'static) -> Saver {
        let inner = Rc::new(Inner {
            mode: Cell::new(mode),
            pending: RefCell::new(None),
            timer: Cell::new(None),
            report: Box::new(report),
            fire: RefCell::new(None),
            key: RefCell::new(None),
        });
        let weak = Rc::downgrade(&inner);
        *inner.fire.borrow_mut() = Some(Closure::new(move || flush_weak(&weak)));
        let saver = Saver(inner);
        saver.listen_for_page_exit();
        saver
    }

    /// What saving may do now.
    pub fn mode(&self) -> SaveMode {
        self.0.mode.get()
    }

    /// Changes what saving may do (after an import, or once storage works again).
    pub fn set_mode(&self, mode: SaveMode) {
        self.0.mode.set(mode);
    }

    /// Encrypts every save with `key` from now on (`None`: plain saves).
    pub fn set_key(&self, key: Option<LockKey>) {
        *self.0.key.borrow_mut() = key;
    }

    /// The key saves are encrypted with, if the lock is on.
    pub fn key(&self) -> Option<LockKey> {
        self.0.key.borrow().clone()
    }

    /// Whether saves are encrypted.
    pub fn is_locking(&self) -> bool {
        self.0.key.borrow().is_some()
    }

    /// Queues `document` to be written after [`DEBOUNCE_MS`] of quiet.
    pub fn schedule(&self, document: Document) {
        *self.0.pending.borrow_mut() = Some(document);
        let Some(window) = web_sys::window() else { return };
        if let Some(id) = self.0.timer.take() {
            window.clear_timeout_with_handle(id);
        }
        let fire = self.0.fire.borrow();
        let Some(fire) = fire.as_ref() else { return };
        if let Ok(id) = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(fire.as_ref().unchecked_ref(), DEBOUNCE_MS)
        {
            self.0.timer.set(Some(id));
        }
    }

    /// Writes what is pending now, if anything.
    pub fn flush(&self) {
        flush_inner(&self.0);
    }

    /// Drops the change waiting to be written (when another tab's newer data wins).
    pub fn discard_pending(&self) {
        if let (Some(id), Some(window)) = (self.0.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
        self.0.pending.borrow_mut().take();
    }

    /// Whether a change is waiting to be written.
    pub fn has_pending(&self) -> bool {
        self.0.pending.borrow().is_some()
    }

    fn listen_for_page_exit(&self) {
        let Some(window) = web_sys::window() else { return };
        let weak = Rc::downgrade(&self.0);
        let on_hide = Closure::<dyn FnMut()>::new(move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if hidden {
                flush_weak(&weak);
            }
        });
        let weak = Rc::downgrade(&self.0);
        let on_pagehide = Closure::<dyn FnMut()>::new(move || flush_weak(&weak));
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
        }
        let _ = window.add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
        // The listeners live as long as the page; the saver holds only weak references.
        on_hide.forget();
        on_pagehide.forget();
    }
}

fn flush_weak(weak: &Weak<Inner>) {
    if let Some(inner) = weak.upgrade() {
        flush_inner(&inner);
    }
}

fn flush_inner(inner: &Rc<Inner>) {
    if let (Some(id), Some(window)) = (inner.timer.take(), web_sys::window()) {
        window.clear_timeout_with_handle(id);
    }
    let Some(document) = inner.pending.borrow_mut().take() else { return };
    let key = inner.key.borrow().clone();
    if let (Some(key), SaveMode::Normal) = (key, inner.mode.get()) {
        // Encryption is asynchronous; if the page goes away first, the previous sealed copy stays.
        let inner = Rc::clone(inner);
        wasm_bindgen_futures::spawn_local(async move {
            let sealed = seal_document(&key, &document).await;
            // Deleting everything or removing the lock while this was sealing must win.
            if inner.key.borrow().is_none() {
                return;
            }
            match sealed.and_then(|text| write_locked(&text)) {
                Ok(()) => (inner.report)(SaveStatus::Saved),
                Err(error) => {
                    let mut pending = inner.pending.borrow_mut();
                    if pending.is_none() {
                        *pending = Some(document);
                    }
                    drop(pending);
                    (inner.report)(SaveStatus::Failed(error));
                }
            }
        });
        return;
    }
    match save(inner.mode.get(), &document) {
        Ok(()) => (inner.report)(SaveStatus::Saved),
        Err(error) => {
            // Keep it queued: the next change (or the next flush) tries again with newer data.
            *inner.pending.borrow_mut() = Some(document);
            (inner.report)(SaveStatus::Failed(error));
        }
    }
}

//! The app-wide state, shared through context as one newtype, and the shell that carries out the
//! life-cycle core's effects.
//!
//! Pages never write to storage or set the document themselves: they call intention-level
//! methods ([`AppState::update`], [`AppState::delete_everything`], [`AppState::import`],
//! [`AppState::turn_lock_on`], [`AppState::lock_now`], …), which feed an event to the core
//! (`domain::lifecycle`) and do what it answers, in order.

use crate::domain::change::{Apply, Made};
use crate::domain::document::Document;
use crate::domain::edit::FieldError;
use crate::domain::lifecycle::{Effect, Event, Incoming, Lifecycle, LockRefusal, Phase};
use crate::storage::crypto::{CryptoError, LockKey};
use crate::storage::{self, LoadOutcome, Loaded, NewerShown, SaveMode, SaveStatus, StorageError};
use crate::ui::browser;
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

/// Carries out one of the effects that read and write the stored format.
type DataEffects = fn(&AppState, Effect);

/// How long after the last change a save happens, in milliseconds.
pub const DEBOUNCE_MS: u64 = 300;

/// Everything the pages share: the document, where it is in its life, how loading and the last
/// save went.
///
/// The stored data is read only when a screen first needs it ([`crate::ui::session`]), so that
/// the code that reads and writes the stored format is not part of a first visit's download.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The couple's data. Change it only through [`AppState::update`].
    pub document: RwSignal<Document>,
    /// The life-cycle core: locked or open, what saving may do, what the exit will do.
    core: RwSignal<Lifecycle>,
    /// How loading went, for the banner; dismissing the banner sets it to `Loaded`.
    pub outcome: RwSignal<LoadOutcome>,
    /// The last save's result; `None` before the first save.
    pub save_status: RwSignal<Option<SaveStatus>>,
    /// Another tab's version, while this tab has unsaved edits of its own; saving pauses until
    /// the user chooses.
    pub conflict: RwSignal<Option<Document>>,
    /// Counts replacements of the document from outside this screen (another tab, unlocking),
    /// so pages holding text fields rebuild from the new data instead of typing over it.
    pub replaced: RwSignal<u64>,
    /// Whether the stored data has been read (see [`crate::ui::session::ensure_open`]).
    pub opened: RwSignal<bool>,
    /// How full the browser's storage is, in percent, once it is full enough to warn about
    /// (`domain::quota`); checked after every save.
    pub space_warning: RwSignal<Option<u8>>,
    // The lock's key while the data is open with the lock on; the next one while a lock change
    // is being written.
    key: StoredValue<Option<LockKey>, LocalStorage>,
    next_key: StoredValue<Option<LockKey>, LocalStorage>,
    // Another tab's readable save, between reading it and the core's answer.
    incoming: StoredValue<Option<Document>>,
    // The envelope of the last background seal and its ticket, between its end and the core's
    // answer (`Effect::StoreSealed`).
    sealed: StoredValue<Option<(u32, js_sys::JsString)>, LocalStorage>,
    // The quiet-time timer of the debounced save.
    timer: StoredValue<Option<TimeoutHandle>>,
    // Carries out the effects that need the code reading and writing the stored format. Set by
    // `ui::session` when the data is opened, so that code stays out of a first visit's download:
    // before then the core asks for none of them (nothing is open to write).
    data_effects: StoredValue<Option<DataEffects>>,
    // The code that writes the stored format in plain form, once its part is here, and whether
    // it has been asked for and not come yet (see `AppState::writer`).
    writer: StoredValue<Option<storage::Writer>>,
    writer_asked: StoredValue<bool>,
    // The result of the last removal of everything, for the screen that asked.
    last_delete: StoredValue<Result<(), StorageError>>,
    // The app's root owner: what keeps the data in step must outlive the screen that opened it.
    // Weak, since this value lives in that owner: a strong one would keep it from ever cleaning up.
    owner: StoredValue<Option<WeakOwner>, LocalStorage>,
    // A rehearsal's stand-in (`ui::rehearse`): it answers changes on screen and carries out no
    // effect at all, so it can never write, delete, reload or leave.
    inert: bool,
}

impl AppState {
    /// State before the data is read, owned by the app's root `owner`. When the data is locked,
    /// the lock screen shows at once (knowing that needs no decoding).
    pub fn new(owner: Option<Owner>) -> AppState {
        let locked = storage::is_locked();
        let core = Lifecycle::starting(locked, storage::wipe_on_exit());
        let outcome = if locked {
            LoadOutcome::Locked
        } else {
            LoadOutcome::Loaded
        };
        AppState::with(core, outcome, owner.map(|owner| owner.downgrade()), false)
    }

    /// A stand-in for a rehearsal (`ui::rehearse`): an empty document that takes changes like the
    /// real state, but reads nothing stored and carries out no effect (no save, deletion,
    /// reload or exit, whatever the change). An edit starts the save's timer and stops it at
    /// once, so that its code has run before the person's first change.
    pub fn scratch() -> AppState {
        AppState::with(Lifecycle::default(), LoadOutcome::Loaded, None, true)
    }

    fn with(
        core: Lifecycle,
        outcome: LoadOutcome,
        owner: Option<WeakOwner>,
        inert: bool,
    ) -> AppState {
        AppState {
            document: RwSignal::new(Document::default()),
            core: RwSignal::new(core),
            outcome: RwSignal::new(outcome),
            save_status: RwSignal::new(None),
            conflict: RwSignal::new(None),
            replaced: RwSignal::new(0),
            opened: RwSignal::new(false),
            space_warning: RwSignal::new(None),
            key: StoredValue::new_local(None),
            next_key: StoredValue::new_local(None),
            incoming: StoredValue::new(None),
            sealed: StoredValue::new_local(None),
            timer: StoredValue::new(None),
            data_effects: StoredValue::new(None),
            writer: StoredValue::new(None),
            writer_asked: StoredValue::new(false),
            last_delete: StoredValue::new(Ok(())),
            owner: StoredValue::new_local(owner),
            inert,
        }
    }

    /// The state provided by [`crate::App`].
    pub fn get() -> AppState {
        expect_context::<AppState>()
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

    // --- What the screens read (tracked) ---

    /// What saving may do now.
    pub fn mode(&self) -> SaveMode {
        self.core.with(Lifecycle::mode)
    }

    /// Whether the passphrase lock is on.
    pub fn lock_on(&self) -> bool {
        self.core.with(Lifecycle::lock_on)
    }

    /// Whether "Exit this page" deletes everything first: what the checkbox shows, and exactly
    /// what the exit does.
    pub fn wipe_on_exit(&self) -> bool {
        self.core.with(Lifecycle::wipe_on_exit)
    }

    /// Whether a change made now would be saved.
    pub fn can_save(&self) -> bool {
        self.core.with(Lifecycle::can_save)
    }

    /// Whether a change is waiting for its save (the quiet time after typing).
    pub fn has_unsaved(&self) -> bool {
        self.core.with(Lifecycle::has_unsaved)
    }

    /// [`AppState::has_unsaved`], untracked.
    pub fn has_unsaved_untracked(&self) -> bool {
        self.core.with_untracked(Lifecycle::has_unsaved)
    }

    /// [`AppState::can_save`], untracked, for event handlers.
    pub fn can_save_untracked(&self) -> bool {
        self.core.with_untracked(Lifecycle::can_save)
    }

    /// [`AppState::wipe_on_exit`], untracked, for event handlers.
    pub fn wipe_on_exit_untracked(&self) -> bool {
        self.core.with_untracked(Lifecycle::wipe_on_exit)
    }

    /// The lock's key while the data is open with the lock on.
    pub fn lock_key(&self) -> Option<LockKey> {
        self.key.get_value()
    }

    // --- What the screens ask for ---

    /// Carries out one change a person made (see [`Document::apply`]) and says what came of
    /// it; saving follows on its own. A refused change, or one that changed nothing, wakes no
    /// screen and saves nothing, except when it was the first to reach damaged runs: those are
    /// kept aside then (see `AppState::keep_damaged_runs`).
    pub fn apply(&self, change: impl Apply) -> Result<Made, FieldError> {
        let today = browser::today();
        let mut result = Ok(Made::Unchanged);
        self.document.maybe_update(|d| {
            result = d.apply(change, today);
            matches!(&result, Ok(made) if *made != Made::Unchanged)
        });
        if matches!(&result, Ok(made) if *made != Made::Unchanged) {
            self.dispatch(Event::Edited);
        }
        // A change to the runs reads them. When they proved damaged it was refused or not kept
        // (see `domain::assessment::History`: finishing a run is refused, to deleting one they
        // look empty); they go aside at once, and the banner says so.
        let _ = self.keep_damaged_runs(false);
        result
    }

    /// Deletes everything this copy of Mend stored: the one path used by Your data, the lock
    /// screen and the quick exit.
    pub fn delete_everything(&self) -> Result<(), StorageError> {
        self.last_delete.set_value(Ok(()));
        self.dispatch(Event::DeleteEverything);
        // The spelling choice went with the rest (or, should the deletion have failed, is
        // forgotten on this page until a reload): the fields are not to be checked.
        crate::ui::spelling::forget();
        self.last_delete.get_value()
    }

    /// The quick exit: deletes everything first when the person chose that, stops every save
    /// and drops the data from memory. Leaving the page itself is `exit.js`'s part. An error
    /// means a chosen deletion did not work.
    pub fn quick_exit(&self) -> Result<(), StorageError> {
        self.last_delete.set_value(Ok(()));
        self.dispatch(Event::QuickExit {
            wipe_flag: storage::wipe_on_exit(),
        });
        self.last_delete.get_value()
    }

    /// Sets what "Exit this page" does.
    pub fn set_wipe_on_exit(&self, on: bool) {
        self.dispatch(Event::SetWipeOnExit(on));
    }

    /// Puts an imported document on screen and saves it at once. `wipe` is the file's
    /// delete-on-exit choice when it replaces this device's settings (see `domain::transfer`).
    pub fn import(&self, mut document: Document, wipe: Option<bool>) {
        // The choice lives in its own key; the document only carries it in files.
        document.settings.wipe_on_quick_exit = false;
        // Set, not `replace`: the screen that imported stays (with its message); every field
        // on it reads the document reactively.
        self.document.set(document);
        self.dispatch(Event::Imported { wipe });
    }

    /// Merges what came from the partner's phone in a packet, by the rules of `domain::merge`
    /// (only the partner's own records are added or updated), through the same path as every
    /// edit. A refused packet changes nothing. Returns what was done. `merge` is
    /// `domain::merge::merge`, handed in from the part that holds it (see `ui::pages::partner`).
    pub fn merge_partner(
        &self,
        contents: &crate::domain::merge::Contents,
        me: crate::domain::couple::Partner,
        merge: crate::domain::merge::MergeFn,
    ) -> Result<crate::domain::merge::Preview, crate::domain::packet::PacketError> {
        let (merged, done) = self.document.with_untracked(|d| merge(d, contents, me))?;
        if self.document.with_untracked(|d| *d != merged) {
            // Set, not `replace`, as for an import: the screen stays, with its message. Saved
            // like any edit.
            self.document.set(merged);
            self.dispatch(Event::Edited);
        }
        Ok(done)
    }

    /// Seals everything with `key` (turning the lock on, or changing the passphrase).
    pub fn turn_lock_on(&self, key: LockKey) -> Result<(), StorageError> {
        // Never seal runs no read has checked: unlocking reads everything strictly, and would
        // refuse the whole document for them.
        self.read_runs_now()?;
        self.able_to_change_lock()?;
        self.next_key.set_value(Some(key));
        self.save_status.set(None);
        self.dispatch(Event::LockOn);
        self.next_key.set_value(None);
        self.last_write_result()
    }

    /// Stores everything plain again.
    pub fn turn_lock_off(&self) -> Result<(), StorageError> {
        self.able_to_change_lock()?;
        self.save_status.set(None);
        self.dispatch(Event::LockOff);
        self.last_write_result()
    }

    /// The core's refusal of a lock change now, if any, as the error to show.
    fn able_to_change_lock(&self) -> Result<(), StorageError> {
        match self.core.with_untracked(Lifecycle::lock_refusal) {
            None => Ok(()),
            Some(LockRefusal::Locked) => Err(StorageError::LockedElsewhere),
            Some(LockRefusal::Newer(version)) => Err(StorageError::NewerSchema(version)),
            Some(LockRefusal::NotOpen) => Err(StorageError::NotReady),
        }
    }

    fn last_write_result(&self) -> Result<(), StorageError> {
        match self.save_status.get_untracked() {
            Some(SaveStatus::Failed(error)) => Err(error),
            _ => Ok(()),
        }
    }

    /// Seals what is on screen, then forgets it and reloads, which leaves nothing readable in
    /// memory and shows the lock screen.
    pub fn lock_now(&self) {
        // This copy's other tabs lock too: `exit.js` has them reload, which seals what is typed
        // there as the page goes and opens on the lock screen. One left open would show the data.
        crate::ui::browser::tell_exit_js("mend:lock-tabs");
        self.dispatch(Event::LockNow);
    }

    /// The idle time for auto-lock has passed.
    pub fn idle(&self) {
        self.dispatch(Event::Idle);
    }

    /// Opens the app after the lock screen: shows `document` and keeps saving with `key`.
    fn unlocked(&self, mut document: Document, key: LockKey) {
        // Unlocking seals the document again (the core's `Seal`), so these repairs are kept.
        document.repair_ids();
        let legacy_wipe = std::mem::take(&mut document.settings.wipe_on_quick_exit);
        self.key.set_value(Some(key));
        self.outcome.set(LoadOutcome::Loaded);
        self.replace(document);
        self.dispatch(Event::Unlocked);
        if legacy_wipe && !self.core.with_untracked(Lifecycle::wipe_on_exit) {
            self.dispatch(Event::SetWipeOnExit(true));
        }
        set_forgotten(false);
        browser::focus_title_soon();
    }

    /// Opens the sealed data with `passphrase`. A wrong one changes nothing. Reads the newest
    /// envelope, since another tab may have sealed newer data since the lock screen appeared.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), CryptoError> {
        let gone = || CryptoError::Gone;
        let envelope = storage::locked_envelope().ok_or_else(gone)?;
        let (mut document, key) = storage::unlock(envelope.text(), passphrase).await?;
        // Deriving the key takes a moment: another tab may have sealed newer data, or everything
        // may have been deleted, meanwhile. Open what is stored now, never the older copy.
        match storage::locked_envelope() {
            Some(now) if now == envelope => {}
            Some(now) => {
                let runs = &document.assessment.history;
                document = storage::read_external_locked(&key, &now, runs)
                    .ok_or(CryptoError::WrongPassphrase)?
            }
            None => return Err(gone()),
        }
        if self.core.with_untracked(|c| c.phase() != Phase::Locked) {
            return Err(gone());
        }
        self.unlocked(document, key);
        Ok(())
    }

    /// Opens an encrypted backup file with the passphrase it was made with (nothing is stored),
    /// with the key that passphrase makes: importing the file turns the lock on with it, when
    /// the lock is off here.
    pub async fn open_sealed_file(
        envelope: String,
        passphrase: &str,
    ) -> Result<(Document, LockKey), CryptoError> {
        storage::unlock(envelope, passphrase).await
    }

    /// The copies of unreadable data, opened with the lock's key where they are sealed.
    pub fn unreadable_copies(&self) -> Vec<storage::Backup> {
        storage::backups(self.lock_key().as_ref())
    }

    /// Removes one copy of unreadable data.
    pub fn remove_unreadable_copy(&self, key: &str) {
        if self.inert {
            return;
        }
        storage::remove_backup(key);
    }

    /// Everything as an export file's text, held by the browser: the document with this device's
    /// delete-on-exit choice (which lives outside it), sealed with the lock's key when `sealed`
    /// and the lock is on. Written from the document where it stands, a piece at a time as a save
    /// is: a copy of the document and the file's text whole in the module took the module's
    /// memory from 6.7 to 21.8 MB for a sealed export of issue #13's quadruple document.
    /// Plain, it needs the writer's part (see [`storage::Writer`]): if that has not come, the
    /// error says so and it is asked for again.
    pub fn export_file(&self, sealed: bool) -> Result<js_sys::JsString, String> {
        // A file of runs no read has checked could not be imported again.
        self.read_runs_now().map_err(|e| e.to_string())?;
        let wipe = self.core.with_untracked(Lifecycle::wipe_on_exit);
        let key = self.lock_key().filter(|_| sealed);
        let plain = match key {
            Some(_) => None,
            None => Some(
                self.writer()
                    .ok_or_else(|| StorageError::WriterComing.to_string())?,
            ),
        };
        self.document
            .try_update_untracked(|document| {
                // In the document for as long as the file takes to write, and out again: nothing
                // runs in between, and nothing is told of the change.
                let kept = std::mem::replace(&mut document.settings.wipe_on_quick_exit, wipe);
                let file = match (&key, plain) {
                    (Some(key), _) => {
                        storage::seal_document(key, document).map_err(|e| e.to_string())
                    }
                    (None, Some(writer)) => Ok((writer.document_text)(document)),
                    (None, None) => Err(StorageError::WriterComing.to_string()),
                };
                document.settings.wipe_on_quick_exit = kept;
                file
            })
            .unwrap_or_else(|| Err("the data is no longer open".into()))
    }

    /// Resolves a conflict: `keep_mine` saves this tab's version over the other one; otherwise
    /// the other tab's version is shown.
    pub fn resolve_conflict(&self, keep_mine: bool) {
        self.dispatch(Event::ConflictResolved { keep_mine });
    }

    // --- What the browser and other tabs report (see `ui::session`) ---

    /// Takes over what [`storage::load`] read. Called by [`crate::ui::session`].
    pub fn adopt(&self, loaded: Loaded) {
        let Loaded {
            mut document,
            outcome,
            rewrite,
        } = loaded;
        // Older versions kept the delete-on-exit choice in the document: move it to its key.
        let legacy_wipe = std::mem::take(&mut document.settings.wipe_on_quick_exit);
        // Records sharing an id would break the keyed lists on screen.
        let repaired = document.repair_ids() > 0;
        let kind = outcome.kind();
        self.outcome.set(outcome);
        self.replace(document);
        self.dispatch(Event::Loaded(kind));
        if legacy_wipe && !self.core.with_untracked(Lifecycle::wipe_on_exit) {
            self.dispatch(Event::SetWipeOnExit(true));
        }
        // Stored text holding what this version no longer keeps (safety answers stored by older
        // versions, say) is written again at once, not at the next edit that may never come.
        if repaired || legacy_wipe || rewrite {
            self.dispatch(Event::Edited);
        }
        self.opened.set(true);
        self.check_space();
    }

    /// Follows other tabs' delete-on-exit choice from the start, so the checkbox and the exit
    /// agree even before this tab has opened the data. Called once by the app.
    pub fn follow_wipe_choice_elsewhere(&self) {
        let state = *self;
        let key = storage::keys::current().wipe_on_exit();
        let listener = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(key.as_str()) {
                state.external(Incoming::WipeOnExit(ev.new_value().is_some()));
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Another tab saved a document this tab can read.
    pub fn external_document(&self, document: Document) {
        if self.document.with_untracked(|d| *d == document) {
            return;
        }
        self.incoming.set_value(Some(document));
        self.dispatch(Event::OtherTab(Incoming::Readable));
        self.incoming.set_value(None);
    }

    /// A newer Mend in another tab wrote the data (format `version`); `document` is what this
    /// version can read of it, if anything. It takes this screen's place unless the screen holds
    /// changes storage does not (see `Effect::ShowNewer`): left showing its own copy under a
    /// banner about the newer data, the tab passed one off as the other.
    pub fn external_newer(&self, version: u32, document: Option<Document>) {
        self.incoming.set_value(document);
        self.dispatch(Event::OtherTab(Incoming::Newer { version }));
        self.incoming.set_value(None);
    }

    /// Another tab changed something else: the lock, the delete-on-exit choice.
    pub fn external(&self, incoming: Incoming) {
        self.dispatch(Event::OtherTab(incoming));
    }

    /// The page is hidden (`hidden`), being left (`pagehide`), or shown again from the
    /// back/forward cache.
    pub fn page(&self, event: Event) {
        self.dispatch(event);
    }

    /// Whether the data is open on screen (not unread, locked or left).
    pub fn is_open(&self) -> bool {
        self.core.with_untracked(|c| c.phase() == Phase::Open)
    }

    // --- The shell ---

    fn dispatch(&self, event: Event) {
        if self.inert {
            // A rehearsal's edit starts the save's timer and stops it at once, as a real edit
            // does on the next key: V8 then has that code compiled before the person's first
            // change. Nothing is ever saved.
            if matches!(event, Event::Edited) {
                self.schedule_save();
                self.cancel_timer();
            }
            return;
        }
        let Some(mut core) = self.core.try_get_untracked() else {
            return;
        };
        let before = core;
        let effects = core.update(event);
        // Most events (every keystroke) change nothing the screens show: do not wake them.
        if core != before {
            self.core.set(core);
        }
        for effect in effects {
            self.run(effect);
        }
        // The choice is over (kept this screen's version, locked, imported, …): no banner asks.
        // After the effects, not before: "Use the other version" takes that version from here
        // (`Effect::AdoptIncoming`), and cleared first it found none and left this screen's
        // version on screen, unsaved, for the next edit to write over the other tab's.
        if !core.in_conflict() && self.conflict.with_untracked(Option::is_some) {
            self.conflict.set(None);
        }
    }

    fn run(&self, effect: Effect) {
        match effect {
            Effect::ScheduleSave => self.schedule_save(),
            Effect::CancelSave => self.cancel_timer(),
            Effect::WritePlain
            | Effect::WriteSealed
            | Effect::SealInBackground { .. }
            | Effect::StoreSealed { .. }
            | Effect::Seal
            | Effect::Unseal
            | Effect::Reopen => {
                match self.data_effects.get_value() {
                    Some(run) => run(self, effect),
                    // Unreachable by the core's rules (nothing is open before the data code is);
                    // say so rather than pretend it was written.
                    None => self.written(Err(StorageError::NotReady)),
                }
            }
            Effect::RemoveEverything => {
                let deleted = storage::delete_everything();
                if deleted.is_ok() {
                    // Mend's own files too, which the service worker keeps for offline use.
                    crate::ui::browser::forget_offline_copy();
                }
                self.last_delete.set_value(deleted);
            }
            Effect::SetWipeFlag(on) => {
                if let Err(error) = storage::set_wipe_on_exit(on) {
                    self.save_status.set(Some(SaveStatus::Failed(error)));
                }
            }
            Effect::ClearDocument => {
                self.key.set_value(None);
                self.conflict.set(None);
                self.outcome.set(LoadOutcome::Fresh);
                self.replace(Document::default());
                set_forgotten(false);
            }
            Effect::ForgetScreen => self.forget_screen(),
            Effect::AdoptIncoming => self.adopt_incoming(),
            Effect::HoldConflict => {
                if let Some(document) = self.incoming.try_update_value(Option::take).flatten() {
                    self.conflict.set(Some(document));
                }
            }
            Effect::ShowNewer {
                version,
                keep_screen,
            } => self.show_newer(version, keep_screen),
            Effect::Reload => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
            Effect::Leave => {
                self.key.set_value(None);
                self.conflict.set(None);
                self.replace(Document::default());
            }
        }
    }

    /// Saves after a quiet moment: (re)starts the timer that sends [`Event::SaveDue`].
    fn schedule_save(&self) {
        self.cancel_timer();
        let state = *self;
        let handle = set_timeout_with_handle(
            move || {
                state.timer.set_value(None);
                state.dispatch(Event::SaveDue);
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
        self.timer.set_value(handle.ok());
    }

    /// Forgets the open data and shows the lock screen in its place.
    fn forget_screen(&self) {
        // Hidden at once, before the browser keeps a snapshot of the page; the lock
        // screen replaces the content as soon as it is drawn.
        set_forgotten(true);
        self.key.set_value(None);
        self.conflict.set(None);
        self.replace(Document::default());
        self.outcome.set(LoadOutcome::Locked);
    }

    /// Shows what this version can read of another tab's newer data (in `incoming`), or with
    /// `keep_screen` leaves the screen's unsaved version, and says which.
    fn show_newer(&self, version: u32, keep_screen: bool) {
        let document = self.incoming.try_update_value(Option::take).flatten();
        let shown = if keep_screen {
            // Unreadable data held only in memory (no copy set aside) keeps its banner, which
            // offers its text.
            if self.outcome.with_untracked(|o| {
                matches!(
                    o,
                    LoadOutcome::Corrupt {
                        backup_key: None,
                        ..
                    }
                )
            }) {
                return;
            }
            NewerShown::Unsaved
        } else {
            let shown = NewerShown::of(&document);
            self.replace(document.unwrap_or_default());
            shown
        };
        self.outcome.set(LoadOutcome::Newer { version, shown });
    }

    /// Shows the other tab's version (just read, or held aside as a conflict) in place of this
    /// screen's, without writing it back.
    fn adopt_incoming(&self) {
        let document = self
            .incoming
            .try_update_value(Option::take)
            .flatten()
            // A copy, let go with the conflict just below: taking it instead cost 0.2 KB on every
            // deep link, which the one with the least room to spare did not have.
            .or_else(|| self.conflict.get_untracked());
        self.conflict.set(None);
        if let Some(document) = document {
            self.replace(document);
        }
    }

    /// Asks for the writer's part ahead of the first save (see [`storage::Writer`]). Called once
    /// a screen that reads the stored data has been drawn, so that a link straight to a tool does
    /// not download it before the screen's controls work.
    pub fn prepare_writer(&self) {
        if !self.inert {
            let _ = self.writer();
        }
    }

    /// The plain writer, if its part is here; otherwise asks for it (once) and answers `None`.
    /// A save that waits for it is written when it comes: the core still counts the change as
    /// unsaved, and the writer's arrival is taken as a quiet moment ([`Event::SaveDue`]). A
    /// failed download while a plain save waits shows as a failed save that leaves the screen as
    /// it is (`StorageError::WriterMissing`), and the next save asks again; with nothing waiting
    /// it says nothing.
    fn writer(&self) -> Option<storage::Writer> {
        if let Some(writer) = self.writer.get_value() {
            return Some(writer);
        }
        if self.writer_asked.get_value() {
            return None;
        }
        let mut fetching = Box::pin(storage::writer());
        // Ready at once when the part is already here (always, in builds without parts).
        if let Some(fetched) = crate::part::ready_now(fetching.as_mut()) {
            return self.took_writer(fetched);
        }
        self.writer_asked.set_value(true);
        let state = *self;
        leptos::task::spawn_local(async move {
            let fetched = fetching.await;
            state.writer_asked.try_set_value(false);
            if state.took_writer(fetched).is_some() {
                state.dispatch(Event::SaveDue);
            }
        });
        None
    }

    fn took_writer(
        &self,
        fetched: Result<storage::Writer, StorageError>,
    ) -> Option<storage::Writer> {
        let missing = Some(SaveStatus::Failed(StorageError::WriterMissing));
        match fetched {
            Ok(writer) => {
                self.writer.try_set_value(Some(writer));
                // Said while a save waited for it; nothing waits now but what its arrival writes.
                if self.save_status.try_get_untracked().flatten() == missing {
                    self.save_status.try_set(None);
                }
                Some(writer)
            }
            Err(error) => {
                // Only a plain save ever waits for it: sealed ones come through the lock's key.
                // Asked after the download, when the app may be gone: then nothing waits.
                let waiting = self
                    .core
                    .try_with_untracked(|core| core.has_unsaved() && !core.lock_on())
                    .unwrap_or(false);
                if waiting {
                    self.save_status.try_set(Some(SaveStatus::Failed(error)));
                }
                None
            }
        }
    }

    /// Installs the carrier of the effects that read and write the stored format (see
    /// `data_effects`). Called by `ui::session` when it opens the data.
    pub fn install_data_effects(&self) {
        self.data_effects.set_value(Some(AppState::run_data_effect));
    }

    fn run_data_effect(&self, effect: Effect) {
        match effect {
            Effect::WritePlain => {
                // Never a plain copy beside the sealed one.
                if self.locked_elsewhere() {
                    return;
                }
                // Until the writer's part is here the change stays unsaved, and is written when
                // it comes (see `writer`).
                let Some(writer) = self.writer() else {
                    return;
                };
                let result = self.document.with_untracked(writer.write_plain);
                self.written(result);
            }
            Effect::WriteSealed => {
                let result = match self.key.get_value() {
                    Some(key) => self
                        .document
                        .with_untracked(|d| storage::write_sealed(&key, d)),
                    None => Err(StorageError::NotReady),
                };
                self.written(result);
            }
            Effect::SealInBackground { ticket } => self.seal_in_background(ticket),
            Effect::StoreSealed { ticket } => self.store_sealed(ticket),
            Effect::Seal => {
                let previous = self.key.get_value();
                let Some(key) = self.next_key.get_value().or_else(|| previous.clone()) else {
                    return self.written(Err(StorageError::NotReady));
                };
                // Never this passphrase over theirs.
                if previous.is_none() && self.locked_elsewhere() {
                    return;
                }
                let result = self
                    .document
                    .with_untracked(|d| storage::seal_all(&key, previous.as_ref(), d));
                if result.is_ok() {
                    self.key.set_value(Some(key));
                }
                self.written(result);
            }
            Effect::Unseal => {
                let result = match self.key.get_value() {
                    Some(key) => self
                        .document
                        .with_untracked(|d| storage::unseal_all(&key, d)),
                    None => Err(StorageError::NotReady),
                };
                if result.is_ok() {
                    self.key.set_value(None);
                }
                self.written(result);
            }
            Effect::Reopen => self.reopen(storage::load(browser::now_millis())),
            other => self.run(other),
        }
    }

    /// Whether another tab locked the data a moment ago, its storage event still on the way, so
    /// that a write from this tab, which holds no key to it, must not go ahead: if so, reports
    /// the write as refused and starts again from storage, as the event will.
    fn locked_elsewhere(&self) -> bool {
        let locked = storage::is_locked();
        if locked {
            self.written(Err(StorageError::LockedElsewhere));
            self.dispatch(Event::OtherTab(Incoming::LockChanged));
        }
        locked
    }

    /// Reads the assessment's finished runs now if the load left them for later (see
    /// `domain::assessment::History`): for an action that seals, hands out or replaces the whole
    /// document (the lock, an export, an import), which must never carry runs that no read ever
    /// checked. Runs that prove damaged are kept aside at once, as `AppState::keep_damaged_runs`
    /// says, and the error tells the action not to go on: what it was asked on is gone.
    pub fn read_runs_now(&self) -> Result<(), StorageError> {
        self.keep_damaged_runs(true)
    }

    /// When the runs, read now (`read`) or already, proved damaged: writes what is pending
    /// (their stored text as it was, with every other change), keeps the stored text aside, and
    /// opens without it with the banner saying why, as a load that found the damage does
    /// (`storage::keep_damaged_runs`); the error says so. Otherwise nothing happens. Until the
    /// runs are read, only their stored text is ever saved, so nothing stored is written over
    /// either way.
    ///
    /// Only a tab that saves what it shows does that. Read-only under a newer Mend's data, in
    /// memory only, holding another tab's version in a conflict, or with its last write refused,
    /// what is stored is not this tab's to set aside (or lacks its edits): nothing is touched,
    /// and the error says the action was not carried out.
    fn keep_damaged_runs(&self, read: bool) -> Result<(), StorageError> {
        let reason = self
            .document
            .try_with_untracked(|d| {
                let history = &d.assessment.history;
                // Without `read`, runs nobody has read yet stay unread: an edit elsewhere must
                // not pay for reading years of them.
                if !history.keeps_stored_text() || (!read && history.is_unread()) {
                    return None;
                }
                let damage = history.damage()?.clone();
                Some(damage.at("history").at("assessment").to_string())
            })
            .flatten();
        let Some(reason) = reason else {
            return Ok(());
        };
        let owns_storage =
            || self.can_save_untracked() && !self.core.with_untracked(Lifecycle::in_conflict);
        if !owns_storage() {
            return Err(StorageError::DamagedRunsOnScreen);
        }
        self.page(Event::Hidden);
        if self.has_unsaved_untracked() || !owns_storage() {
            return Err(StorageError::DamagedRunsOnScreen);
        }
        self.reopen(storage::keep_damaged_runs(reason, browser::now_millis()));
        Err(StorageError::DamagedRunsKeptAside)
    }

    /// Shows what was read from storage again, in place of what is open; from the data part.
    pub fn reopen(&self, loaded: Loaded) {
        self.key.set_value(None);
        self.conflict.set(None);
        // Hidden until the lock screen is drawn, which shows the page again. Not when it already
        // stands (a page back from the back/forward cache, locked as it was left): the router
        // keeps it rather than drawing it again, and the page stayed hidden, with no way to
        // unlock but a reload.
        let already_locked = self
            .outcome
            .with_untracked(|o| matches!(o, LoadOutcome::Locked));
        if matches!(loaded.outcome, LoadOutcome::Locked) && !already_locked {
            set_forgotten(true);
        }
        self.adopt(loaded);
    }

    /// Seals the document with the browser's AES-GCM while the page goes on, keeps the envelope
    /// and reports [`Event::Sealed`]: the core decides whether it is still wanted.
    fn seal_in_background(&self, ticket: u32) {
        let Some(key) = self.key.get_value() else {
            return self.dispatch(Event::Sealed { ticket, ok: false });
        };
        let sealing = self
            .document
            .with_untracked(|d| storage::seal_in_background(&key, d));
        let state = *self;
        leptos::task::spawn_local(async move {
            let sealed = sealing.await;
            let ok = sealed.is_ok();
            if let Ok(text) = sealed {
                state.sealed.try_set_value(Some((ticket, text)));
            }
            state.dispatch(Event::Sealed { ticket, ok });
        });
    }

    /// Stores the envelope of the background seal `ticket` in place of the plain copy.
    fn store_sealed(&self, ticket: u32) {
        let held = self.sealed.try_update_value(Option::take).flatten();
        let result = match (held, self.key.get_value()) {
            (Some((held, text)), Some(_)) if held == ticket => storage::store_sealed(&text),
            // Never expected (the core asks only for the seal just reported): seal the screen at
            // once rather than store nothing.
            (_, Some(key)) => self
                .document
                .with_untracked(|d| storage::write_sealed(&key, d)),
            (_, None) => Err(StorageError::NotReady),
        };
        self.written(result);
    }

    fn written(&self, result: Result<(), StorageError>) {
        let ok = result.is_ok();
        // The space left is looked at by the banners, which say when it runs short (see
        // `check_space`).
        self.save_status.set(Some(match result {
            Ok(()) => SaveStatus::Saved,
            Err(error) => SaveStatus::Failed(error),
        }));
        self.dispatch(Event::Written { ok });
    }

    /// Warns while the browser's storage is nearly full, before a save is ever refused. Called by
    /// the banners after each save: the warning needs their part to be shown at all, so its code
    /// is there too, not in what a deep link downloads first.
    pub fn check_space(&self) {
        let warning = storage::local::units_used().and_then(crate::domain::quota::warning);
        if self.space_warning.get_untracked() != warning {
            self.space_warning.set(warning);
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Shows `document` in place of the current one without counting it as an edit.
    fn replace(&self, document: Document) {
        self.document.set(document);
        self.replaced.update(|n| *n += 1);
    }
}

/// Hides the page's content at once (`true`), before the browser takes its back/forward-cache
/// snapshot or the lock screen is drawn; the lock screen and unlocking show it again.
pub fn set_forgotten(on: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.class_list().toggle_with_force("forgotten", on);
}

//! The life cycle of the couple's data on this device, as one pure state machine.
//!
//! In the style of a Crux core: the shell (`ui::state`) feeds [`Event`]s in and carries out the
//! [`Effect`]s that come back: writing, sealing, removing keys, forgetting the screen, leaving.
//! No page decides on its own when to write, what stays plain, or what a delete removes; the rules
//! that protect a person who shares the device with their partner live here, where the host
//! tests can run any sequence of events against them.
//!
//! The core does not hold the document itself (the shell does, in a signal): it holds what is
//! needed to decide, namely where the data is in its life ([`Phase`]), what saving may do
//! ([`SaveMode`]), whether the lock is on, whether the screen has changes not yet written,
//! whether another tab's version waits for a choice, and whether leaving deletes everything.

/// Where the data is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not read yet: no screen has needed it (the home page needs none of it).
    Unopened,
    /// Sealed with a passphrase and not opened: nothing of it is on screen or in memory.
    Locked,
    /// On screen.
    Open,
    /// The person used the quick exit: nothing more happens in this page.
    Gone,
}

/// What saving may do, decided when the data is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveMode {
    /// Saves go to the browser's storage.
    Normal,
    /// Data from a newer Mend is on screen: never write over it.
    ReadOnly {
        /// The schema version of the data on screen.
        version: u32,
    },
    /// Storage is unusable, or unreadable data could not be set aside: keep everything in memory.
    MemoryOnly,
}

/// Why the core refuses to change the lock now (see [`Lifecycle::lock_refusal`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockRefusal {
    /// The data is locked: in another tab, as a rule, while this one made its key.
    Locked,
    /// Data from a newer Mend is stored (its version): nothing may be written over it.
    Newer(u32),
    /// The data is not open, or nothing this tab writes is stored.
    NotOpen,
}

/// What reading the stored data found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadKind {
    /// Nothing stored yet.
    Fresh,
    /// A document of this version, or an older one brought up to date.
    Readable,
    /// Unreadable text; `kept_aside` says whether a copy of it was stored under another key.
    Corrupt {
        /// Whether the copy was written. Without one, writing would destroy the only copy.
        kept_aside: bool,
    },
    /// Written by a newer Mend.
    Newer {
        /// The version found.
        version: u32,
    },
    /// The browser gives no usable storage.
    Unavailable,
    /// Sealed with the passphrase lock.
    Locked,
}

/// What another tab did to the stored data, as the shell could read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A document this tab can show (plain, or sealed with the key this tab holds; empty when the
    /// other tab deleted everything).
    Readable,
    /// A document from a newer Mend: this tab must stop writing.
    Newer {
        /// The version found.
        version: u32,
    },
    /// The lock was turned on or off, or its passphrase changed: start again from storage.
    LockChanged,
    /// The delete-on-exit choice was changed there.
    WipeOnExit(bool),
}

/// Something that happened, from the person, the browser or another tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The stored data was read (first use, or again after [`Effect::Reopen`]).
    Loaded(LoadKind),
    /// The person changed the document on screen.
    Edited,
    /// The quiet time after the last edit has passed.
    SaveDue,
    /// A background seal ([`Effect::SealInBackground`]) finished: `ok` when its envelope is
    /// ready to store, `false` when the browser could not seal it.
    Sealed {
        /// The number the effect carried.
        ticket: u32,
        /// Whether the envelope is ready.
        ok: bool,
    },
    /// How the last write went (`false`: the browser refused it; the data is still on screen).
    Written {
        /// Whether the write went through.
        ok: bool,
    },
    /// The tab was hidden (another tab, another app): write what is pending.
    Hidden,
    /// The page is being left: closed, reloaded, navigated away, or put in the back/forward cache.
    PageHide,
    /// The page came back from the back/forward cache: what is stored is read again, since no
    /// storage event reached the page while it was there.
    PageShownFromCache,
    /// Another tab saved.
    OtherTab(Incoming),
    /// The other tab's version, held since [`Effect::HoldConflict`], was chosen (`keep_mine`
    /// false) or this screen's was (`keep_mine` true).
    ConflictResolved {
        /// Whether this screen's version wins.
        keep_mine: bool,
    },
    /// The shell has a key from a new passphrase: seal everything with it (turning the lock on,
    /// or changing the passphrase).
    LockOn,
    /// Turn the lock off: store everything plain again.
    LockOff,
    /// The passphrase opened the sealed data; the shell holds the document and the key.
    Unlocked,
    /// "Lock now".
    LockNow,
    /// The idle time the person chose for auto-lock has passed.
    Idle,
    /// "Delete everything", from Your data, the lock screen, or the quick exit.
    DeleteEverything,
    /// "Exit this page" or Shift three times. `wipe_flag` is the stored delete-on-exit choice,
    /// which the shell reads even before the data is opened.
    QuickExit {
        /// Whether the stored flag asks for deletion.
        wipe_flag: bool,
    },
    /// The person chose whether "Exit this page" deletes everything.
    SetWipeOnExit(bool),
    /// An imported file's document is on screen, merged or in place of the old one.
    Imported {
        /// The file's delete-on-exit choice when it replaces this device's settings; `None` on
        /// merge, which keeps this device's settings.
        wipe: Option<bool>,
    },
}

/// Work for the shell, carried out in the order given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Start (or restart) the quiet-time timer; [`Event::SaveDue`] follows.
    ScheduleSave,
    /// Stop the quiet-time timer.
    CancelSave,
    /// Write the document on screen in plain form (empty: remove the key), then report
    /// [`Event::Written`].
    WritePlain,
    /// Seal the document on screen with the key held and store the envelope in place of the
    /// plain copy, then report [`Event::Written`]. At once: this runs as the page goes away.
    WriteSealed,
    /// Seal the document on screen with the key held, away from the page's thread (the
    /// browser's own AES-GCM), keep the envelope under `ticket` and report [`Event::Sealed`].
    /// Nothing is written yet: the core decides when the result comes back, since the world
    /// may have moved on meanwhile (a delete, the lock turned off, the page left).
    SealInBackground {
        /// Names this seal, so that a late result is told apart from the one awaited.
        ticket: u32,
    },
    /// Store the envelope kept under `ticket` in place of the plain copy, then report
    /// [`Event::Written`].
    StoreSealed {
        /// The seal whose envelope to store.
        ticket: u32,
    },
    /// Turn the lock on, or move it to a new key: seal the document on screen and every other
    /// stored value (copies of unreadable data) with the key held, then remove the plain copies.
    /// All or nothing: on failure nothing changes. Then report [`Event::Written`].
    Seal,
    /// Turn the lock off: store the document and the copies in plain form, then remove the
    /// sealed envelope. All or nothing; then report [`Event::Written`].
    Unseal,
    /// Remove every key this app stored, the delete-on-exit flag included.
    RemoveEverything,
    /// Store the delete-on-exit flag as given.
    SetWipeFlag(bool),
    /// Show an empty document and drop the key.
    ClearDocument,
    /// Drop the document and key from memory and show the lock screen; hide the page at once so
    /// the back/forward cache keeps no readable snapshot.
    ForgetScreen,
    /// Read the stored data again; [`Event::Loaded`] follows.
    Reopen,
    /// Show the other tab's version in place of this screen's, without writing it back.
    AdoptIncoming,
    /// Keep the other tab's version aside and ask which to keep; this screen's edits stay.
    HoldConflict,
    /// Another tab stored a newer Mend's data (`version`): show it read-only in place of this
    /// screen's, as a load of it would, or with `keep_screen` leave the screen as it is, since it
    /// holds what storage does not (the banner says which).
    ShowNewer {
        /// The data format found.
        version: u32,
        /// Whether the screen stays: it holds changes never written, or everything when nothing
        /// is stored.
        keep_screen: bool,
    },
    /// Reload the page, which leaves nothing readable in memory.
    Reload,
    /// Blank the page and go to a neutral website, replacing this history entry.
    Leave,
}

/// The state of the data's life cycle. Start with [`Lifecycle::default`], feed every event to
/// [`Lifecycle::update`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    phase: Phase,
    mode: SaveMode,
    lock_on: bool,
    dirty: bool,
    conflict: bool,
    wipe_armed: bool,
    // While a lock change is being written: the lock's state before it, restored if the write
    // fails, so the screen never claims a lock that storage does not hold.
    lock_before: Option<bool>,
    // The background seal awaited, if any, and the number the next one gets.
    sealing: Option<Sealing>,
    tickets: u32,
    // Set while storing an envelope sealed before the latest edits: its write leaves them
    // unsaved.
    stale_write: bool,
}

/// A background seal under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sealing {
    ticket: u32,
    /// Whether the screen changed after the document was taken to be sealed.
    edited: bool,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle {
            phase: Phase::Unopened,
            mode: SaveMode::Normal,
            lock_on: false,
            dirty: false,
            conflict: false,
            wipe_armed: false,
            lock_before: None,
            sealing: None,
            tickets: 0,
            stale_write: false,
        }
    }
}

impl Lifecycle {
    /// A core that knows before the data is read whether it is locked and whether leaving
    /// deletes (both are plain facts of storage that need no decoding).
    pub fn starting(locked: bool, wipe_flag: bool) -> Lifecycle {
        Lifecycle {
            phase: if locked {
                Phase::Locked
            } else {
                Phase::Unopened
            },
            lock_on: locked,
            wipe_armed: wipe_flag,
            ..Lifecycle::default()
        }
    }

    /// Where the data is in its life.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// What saving may do.
    pub fn mode(&self) -> SaveMode {
        self.mode
    }

    /// Whether the passphrase lock is on.
    pub fn lock_on(&self) -> bool {
        self.lock_on
    }

    /// Whether the screen shows changes that are not written yet.
    pub fn has_unsaved(&self) -> bool {
        self.dirty
    }

    /// Whether another tab's version waits for the person's choice.
    pub fn in_conflict(&self) -> bool {
        self.conflict
    }

    /// What "Exit this page" will do: true when it deletes everything first. The checkbox on
    /// Your data shows exactly this.
    pub fn wipe_on_exit(&self) -> bool {
        self.wipe_armed
    }

    /// Whether a change made now would be written (as opposed to kept in memory only).
    pub fn can_save(&self) -> bool {
        self.phase == Phase::Open && self.mode == SaveMode::Normal
    }

    /// Why [`Event::LockOn`] or [`Event::LockOff`] would change nothing now, if they would:
    /// the rule `update` itself applies. Making a key takes a second, in which another tab may
    /// lock the data or a newer Mend may write it; the shell asks before and after, so that a
    /// refusal is reported as one, never as "The lock is on" over data nobody sealed.
    pub fn lock_refusal(&self) -> Option<LockRefusal> {
        match (self.phase, self.mode) {
            (Phase::Open, SaveMode::Normal) => None,
            (Phase::Locked, _) => Some(LockRefusal::Locked),
            (_, SaveMode::ReadOnly { version }) => Some(LockRefusal::Newer(version)),
            _ => Some(LockRefusal::NotOpen),
        }
    }

    fn write(&self) -> Effect {
        if self.lock_on {
            Effect::WriteSealed
        } else {
            Effect::WritePlain
        }
    }

    /// Writes what is pending now, if anything may be written.
    fn flush(&self, effects: &mut Vec<Effect>) {
        if self.dirty && self.can_save() && !self.conflict {
            effects.push(Effect::CancelSave);
            effects.push(self.write());
        }
    }

    /// Writes what is pending after a quiet moment. With the lock on the document is sealed in
    /// the background: sealing years of data in the page's own thread took the better part of
    /// a second, and a key pressed meanwhile waited for it. Only here: every other write runs
    /// as the page goes away, or before a lock, a reload or an exit, and cannot wait.
    fn flush_quietly(&mut self, effects: &mut Vec<Effect>) {
        if !self.lock_on {
            return self.flush(effects);
        }
        if self.dirty && self.can_save() && !self.conflict {
            self.tickets = self.tickets.wrapping_add(1);
            self.sealing = Some(Sealing {
                ticket: self.tickets,
                edited: false,
            });
            effects.extend([
                Effect::CancelSave,
                Effect::SealInBackground {
                    ticket: self.tickets,
                },
            ]);
        }
    }

    /// A background seal's result, stored only if it is the one awaited.
    fn sealed(&mut self, ticket: u32, ok: bool, effects: &mut Vec<Effect>) {
        let Some(sealing) = self.sealing.filter(|s| s.ticket == ticket) else {
            return;
        };
        self.sealing = None;
        if ok {
            self.stale_write = sealing.edited;
            effects.push(Effect::StoreSealed { ticket });
        } else {
            // The browser's AES-GCM failed: seal here instead, which cannot fail the same way.
            self.flush(effects);
        }
    }

    /// Takes one event and returns what the shell must do, in order.
    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        if self.phase == Phase::Gone {
            return effects;
        }
        match event {
            // An edit makes the awaited seal stale, but its envelope is still newer than what is
            // stored; a quiet moment starts another in its place; a written flag or a result
            // changes nothing stored.
            Event::Edited
            | Event::SaveDue
            | Event::Sealed { .. }
            | Event::Written { .. }
            | Event::SetWipeOnExit(_)
            | Event::OtherTab(Incoming::WipeOnExit(_)) => {}
            // Anything else may write, delete, reload, change the lock or replace the screen:
            // an envelope made before it must never be stored after it. Each of them also writes
            // the screen at once, or leaves nothing to save (forgotten, replaced, read-only, in
            // conflict), so giving the seal up loses nothing.
            _ => self.sealing = None,
        }
        match event {
            Event::Loaded(kind) => {
                self.dirty = false;
                self.conflict = false;
                self.lock_on = kind == LoadKind::Locked;
                self.phase = if self.lock_on {
                    Phase::Locked
                } else {
                    Phase::Open
                };
                self.mode = match kind {
                    LoadKind::Newer { version } => SaveMode::ReadOnly { version },
                    LoadKind::Unavailable | LoadKind::Corrupt { kept_aside: false } => {
                        SaveMode::MemoryOnly
                    }
                    _ => SaveMode::Normal,
                };
            }
            Event::Edited => {
                if self.phase != Phase::Open {
                    return effects;
                }
                self.dirty = true;
                if let Some(sealing) = &mut self.sealing {
                    sealing.edited = true;
                }
                if self.can_save() && !self.conflict {
                    effects.push(Effect::ScheduleSave);
                }
            }
            Event::SaveDue => self.flush_quietly(&mut effects),
            Event::Hidden => self.flush(&mut effects),
            Event::Sealed { ticket, ok } => self.sealed(ticket, ok, &mut effects),
            Event::Written { ok } => {
                let before = self.lock_before.take();
                let stale = std::mem::take(&mut self.stale_write);
                if ok {
                    self.dirty = stale;
                } else if let Some(lock_on) = before {
                    self.lock_on = lock_on;
                }
            }
            Event::PageHide => {
                self.flush(&mut effects);
                if self.lock_on && self.phase == Phase::Open {
                    self.forget(&mut effects);
                }
            }
            Event::PageShownFromCache => {
                if self.phase == Phase::Unopened {
                    return effects;
                }
                // Hiding already forgot the screen; this covers a browser that skipped pagehide.
                if self.lock_on && self.phase == Phase::Open {
                    self.forget(&mut effects);
                }
                // No storage event reaches a page while it waits in the cache: meanwhile another
                // page may have deleted everything, locked, unlocked or saved. Shown as it was
                // left, the screen would bring deleted data back to view, and its next save back
                // to storage.
                self.reopen(&mut effects);
            }
            Event::OtherTab(incoming) => self.other_tab(incoming, &mut effects),
            Event::ConflictResolved { keep_mine } => {
                if !self.conflict {
                    return effects;
                }
                self.conflict = false;
                if keep_mine {
                    self.dirty = true;
                    self.flush(&mut effects);
                } else {
                    self.dirty = false;
                    effects.push(Effect::AdoptIncoming);
                }
            }
            Event::LockOn => {
                if self.lock_refusal().is_some() {
                    return effects;
                }
                self.lock_before = Some(self.lock_on);
                self.lock_on = true;
                self.dirty = true;
                self.conflict = false;
                effects.extend([Effect::CancelSave, Effect::Seal]);
            }
            Event::LockOff => {
                if !self.lock_on || self.lock_refusal().is_some() {
                    return effects;
                }
                self.lock_before = Some(true);
                self.lock_on = false;
                self.dirty = true;
                self.conflict = false;
                effects.extend([Effect::CancelSave, Effect::Unseal]);
            }
            Event::Unlocked => {
                if self.phase != Phase::Locked {
                    return effects;
                }
                self.phase = Phase::Open;
                self.mode = SaveMode::Normal;
                self.lock_on = true;
                self.dirty = false;
                // Plain copies left by older versions of Mend are sealed at the first chance.
                effects.push(Effect::Seal);
            }
            Event::LockNow | Event::Idle => {
                if !(self.lock_on && self.phase == Phase::Open) {
                    return effects;
                }
                // With another tab's version waiting for the person's choice, nothing is
                // written, as when the page is closed: the banner says nothing is saved until
                // they choose, and the other tab showed its version as saved. Locking (by hand
                // or by itself) is not that choice.
                if self.dirty && self.mode == SaveMode::Normal && !self.conflict {
                    effects.extend([Effect::CancelSave, Effect::WriteSealed]);
                }
                self.forget(&mut effects);
                effects.push(Effect::Reload);
            }
            Event::DeleteEverything => self.delete_everything(&mut effects),
            Event::QuickExit { wipe_flag } => {
                if wipe_flag || self.wipe_armed {
                    self.delete_everything(&mut effects);
                } else {
                    self.flush(&mut effects);
                    effects.push(Effect::CancelSave);
                }
                self.phase = Phase::Gone;
                effects.push(Effect::Leave);
            }
            Event::SetWipeOnExit(on) => {
                self.wipe_armed = on;
                effects.push(Effect::SetWipeFlag(on));
            }
            Event::Imported { wipe } => {
                if !self.can_save() {
                    return effects;
                }
                if let Some(on) = wipe {
                    self.wipe_armed = on;
                    effects.push(Effect::SetWipeFlag(on));
                }
                self.conflict = false;
                self.dirty = true;
                self.flush(&mut effects);
            }
        }
        effects
    }

    fn forget(&mut self, effects: &mut Vec<Effect>) {
        self.phase = Phase::Locked;
        self.dirty = false;
        self.conflict = false;
        effects.extend([Effect::CancelSave, Effect::ForgetScreen]);
    }

    /// Starts again from what is stored; [`Event::Loaded`] follows.
    fn reopen(&mut self, effects: &mut Vec<Effect>) {
        effects.push(Effect::CancelSave);
        self.phase = Phase::Unopened;
        self.dirty = false;
        self.conflict = false;
        self.lock_on = false;
        effects.push(Effect::Reopen);
    }

    fn delete_everything(&mut self, effects: &mut Vec<Effect>) {
        effects.extend([
            Effect::CancelSave,
            Effect::RemoveEverything,
            Effect::ClearDocument,
        ]);
        self.lock_on = false;
        self.dirty = false;
        self.conflict = false;
        self.wipe_armed = false;
        self.phase = Phase::Open;
        // Data from a newer Mend is gone, so writing is safe again; a browser that keeps nothing
        // still keeps nothing.
        if self.mode != SaveMode::MemoryOnly {
            self.mode = SaveMode::Normal;
        }
    }

    fn other_tab(&mut self, incoming: Incoming, effects: &mut Vec<Effect>) {
        match incoming {
            Incoming::WipeOnExit(on) => self.wipe_armed = on,
            Incoming::LockChanged => {
                if self.phase != Phase::Unopened {
                    self.reopen(effects);
                }
            }
            _ if self.phase != Phase::Open => {}
            Incoming::Newer { version } => {
                // Replaced, the screen's unsaved changes (a choice between two versions among
                // them, or everything when nothing is stored) would be gone: they stay, for the
                // person to export.
                let keep_screen = self.dirty || self.conflict || self.mode == SaveMode::MemoryOnly;
                // What stays is unsaved by definition, so a later write from that tab keeps it too
                // (in memory only, the only copy of unreadable data was on screen, and the next
                // write took it).
                self.dirty = keep_screen;
                self.mode = SaveMode::ReadOnly { version };
                self.conflict = false;
                effects.extend([
                    Effect::CancelSave,
                    Effect::ShowNewer {
                        version,
                        keep_screen,
                    },
                ]);
            }
            Incoming::Readable => {
                if self.dirty && self.mode == SaveMode::Normal {
                    // Neither tab silently overwrites the other: saving pauses until the person
                    // chooses.
                    self.conflict = true;
                    effects.extend([Effect::CancelSave, Effect::HoldConflict]);
                } else if self.conflict {
                    // Newer saves elsewhere update the other side of the choice.
                    effects.push(Effect::HoldConflict);
                } else {
                    self.dirty = false;
                    effects.push(Effect::AdoptIncoming);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;

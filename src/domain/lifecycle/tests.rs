//! The core against a model of the browser's storage, a screen and other tabs: tables for the
//! cases people meet, and property tests that run random sequences of events.

use super::*;
use proptest::prelude::*;

/// What one stored or shown value holds: 0 is an empty document; every edit makes a new number.
type Content = u32;
/// Text that could not be read, as found in storage.
const CORRUPT: Content = u32::MAX;

/// A page of Mend over a model of storage, carrying out the core's effects as the real shell does.
#[derive(Clone, Debug)]
struct World {
    core: Lifecycle,
    /// The document on screen, `None` when nothing is (not opened, locked, forgotten).
    screen: Option<Content>,
    /// Whether the page holds the lock's key.
    key: bool,
    plain: Option<Content>,
    sealed: Option<Content>,
    /// Copies of unreadable data: `true` when sealed.
    copies: Vec<bool>,
    flag: bool,
    /// Every write fails (storage full) while set.
    failing: bool,
    next: Content,
    /// Set by a delete; cleared by the next edit or import. A write of anything but an empty
    /// document meanwhile would bring deleted data back.
    since_delete: bool,
    left: bool,
    /// Background seals under way: their ticket and the document they took.
    sealing: Vec<(u32, Content)>,
    /// The last finished seal's envelope, as the shell keeps it until it is stored.
    ready: Option<(u32, Content)>,
    /// Set while an event that came with another tab's version waiting for a choice runs.
    in_choice: bool,
    log: Vec<Step>,
}

impl World {
    fn new() -> World {
        World {
            core: Lifecycle::starting(false, false),
            screen: None,
            key: false,
            plain: None,
            sealed: None,
            copies: Vec::new(),
            flag: false,
            failing: false,
            next: 1,
            since_delete: false,
            left: false,
            sealing: Vec::new(),
            ready: None,
            in_choice: false,
            log: Vec::new(),
        }
    }

    fn stored(&self) -> Content {
        self.sealed.or(self.plain).unwrap_or(0)
    }

    fn dispatch(&mut self, event: Event) {
        self.log.push(Step::Event(event));
        // While another tab's version waits for the person's choice, only what the person does
        // to the data itself may write: the choice, the lock turned on or off, an import.
        let chosen = matches!(
            event,
            Event::ConflictResolved { .. }
                | Event::LockOn
                | Event::LockOff
                | Event::Imported { .. }
        );
        let outer = self.in_choice;
        self.in_choice = self.core.in_conflict() && !chosen;
        let refusal = self.core.lock_refusal();
        let lock_on = self.core.lock_on();
        let effects = self.core.update(event);
        // A lock change goes ahead exactly when `lock_refusal` (which the shell reports) allows.
        let changes_lock = |effect| effects.contains(&effect);
        match event {
            Event::LockOn => assert_eq!(
                changes_lock(Effect::Seal),
                refusal.is_none(),
                "{refusal:?}: {:#?}",
                self.log
            ),
            Event::LockOff => assert_eq!(
                changes_lock(Effect::Unseal),
                lock_on && refusal.is_none(),
                "{refusal:?}: {:#?}",
                self.log
            ),
            _ => {}
        }
        assert!(
            !self.left || effects.is_empty(),
            "effects after leaving: {effects:?}"
        );
        for effect in effects {
            self.run(effect);
        }
        self.in_choice = outer;
    }

    fn write_check(&self, content: Content) {
        assert!(
            !(self.since_delete && content != 0),
            "wrote {content} after a delete, before any new edit: {:#?}",
            self.log
        );
        assert!(
            !self.in_choice,
            "wrote over the other tab's version while the choice was open: {:#?}",
            self.log
        );
    }

    /// Stores `content` sealed in place of the plain copy, as `storage::store_sealed` does.
    fn store_sealed(&mut self, content: Content) {
        assert!(self.key, "sealed write without a key: {:#?}", self.log);
        self.write_check(content);
        let ok = !self.failing;
        if ok {
            self.sealed = Some(content);
            self.plain = None;
        }
        self.dispatch(Event::Written { ok });
    }

    fn run(&mut self, effect: Effect) {
        self.log.push(Step::Effect(effect));
        match effect {
            Effect::ScheduleSave | Effect::CancelSave | Effect::ShowNewer { .. } => {}
            Effect::WritePlain => {
                let content = self.screen.expect("a write needs a document on screen");
                self.write_check(content);
                let ok = !self.failing;
                if ok {
                    self.plain = (content != 0).then_some(content);
                }
                self.dispatch(Event::Written { ok });
            }
            Effect::WriteSealed => {
                let content = self.screen.expect("a write needs a document on screen");
                self.store_sealed(content);
            }
            Effect::SealInBackground { ticket } => {
                assert!(self.key, "seal without a key: {:#?}", self.log);
                let content = self.screen.expect("sealing needs a document on screen");
                self.sealing.push((ticket, content));
            }
            Effect::StoreSealed { ticket } => {
                // The shell stores the envelope it holds for this ticket; without one (never
                // expected) it seals the screen at once instead.
                let content = match self.ready.take() {
                    Some((held, content)) if held == ticket => content,
                    _ => self.screen.expect("a write needs a document on screen"),
                };
                self.store_sealed(content);
            }
            Effect::Seal => {
                assert!(self.key, "seal without a key: {:#?}", self.log);
                let content = self.screen.expect("sealing needs a document on screen");
                self.write_check(content);
                let ok = !self.failing;
                if ok {
                    self.sealed = Some(content);
                    self.plain = None;
                    self.copies.iter_mut().for_each(|c| *c = true);
                }
                self.dispatch(Event::Written { ok });
            }
            Effect::Unseal => {
                let content = self.screen.expect("unsealing needs a document on screen");
                self.write_check(content);
                let ok = !self.failing;
                if ok {
                    self.plain = (content != 0).then_some(content);
                    self.sealed = None;
                    self.copies.iter_mut().for_each(|c| *c = false);
                    self.key = false;
                }
                self.dispatch(Event::Written { ok });
            }
            Effect::RemoveEverything => {
                self.plain = None;
                self.sealed = None;
                self.copies.clear();
                self.flag = false;
                self.since_delete = true;
            }
            Effect::SetWipeFlag(on) => {
                if !on || !self.failing {
                    self.flag = on;
                }
            }
            Effect::ClearDocument => {
                self.screen = Some(0);
                self.key = false;
            }
            Effect::ForgetScreen => {
                self.screen = None;
                self.key = false;
            }
            Effect::Reopen => {
                self.screen = None;
                self.key = false;
                self.open();
            }
            Effect::AdoptIncoming => self.screen = Some(self.stored()),
            Effect::HoldConflict => {}
            Effect::Reload => self.reload(),
            Effect::Leave => self.left = true,
        }
    }

    /// What `storage::load` reports for the model's storage, and what it puts on screen.
    fn open(&mut self) {
        let kind = if self.sealed.is_some() {
            self.screen = None;
            LoadKind::Locked
        } else if self.plain == Some(CORRUPT) {
            // The copy goes aside, unless storage refuses it.
            let kept_aside = !self.failing;
            if kept_aside {
                self.copies.push(false);
            }
            self.screen = Some(0);
            LoadKind::Corrupt { kept_aside }
        } else {
            self.screen = Some(self.plain.unwrap_or(0));
            if self.plain.is_some() {
                LoadKind::Readable
            } else {
                LoadKind::Fresh
            }
        };
        self.dispatch(Event::Loaded(kind));
    }

    fn reload(&mut self) {
        if self.left {
            return;
        }
        self.core = Lifecycle::starting(self.sealed.is_some(), self.flag);
        self.screen = None;
        self.key = false;
        // A new page: seals the old one started never report back.
        self.sealing.clear();
        self.ready = None;
    }

    fn new_content(&mut self) -> Content {
        self.next += 1;
        self.next
    }

    fn act(&mut self, op: Op) {
        if self.left {
            return;
        }
        match op {
            Op::Open => {
                if self.core.phase() == Phase::Unopened {
                    self.open();
                }
            }
            Op::Edit => {
                // Only a screen with data on it can be edited.
                if self.core.phase() == Phase::Open && self.screen.is_some() {
                    self.screen = Some(self.new_content());
                    self.since_delete = false;
                    self.dispatch(Event::Edited);
                }
            }
            Op::Event(event) => self.dispatch(event),
            Op::Unlock => {
                if self.core.phase() == Phase::Locked && self.sealed.is_some() {
                    self.screen = self.sealed;
                    self.key = true;
                    self.dispatch(Event::Unlocked);
                }
            }
            Op::LockOn => {
                // The passphrase was typed while the data was open, but its key takes a second to
                // make, in which anything may happen: the core decides whether it still applies.
                self.key |= self.core.lock_refusal().is_none();
                self.dispatch(Event::LockOn);
                if !self.core.lock_on() {
                    self.key = false;
                }
            }
            Op::Import(wipe) => {
                if self.core.can_save() {
                    self.screen = Some(self.new_content());
                    self.since_delete = false;
                    self.dispatch(Event::Imported { wipe });
                }
            }
            Op::QuickExit => {
                let wipe_flag = self.flag;
                let armed = wipe_flag || self.core.wipe_on_exit();
                self.dispatch(Event::QuickExit { wipe_flag });
                if armed {
                    assert_eq!(
                        (self.plain, self.sealed, self.copies.len(), self.flag),
                        (None, None, 0, false),
                        "{:#?}",
                        self.log
                    );
                }
                assert!(self.left);
            }
            Op::Delete => {
                self.dispatch(Event::DeleteEverything);
                assert_eq!(
                    (self.plain, self.sealed, self.copies.len(), self.flag),
                    (None, None, 0, false),
                    "{:#?}",
                    self.log
                );
            }
            Op::Reload => {
                // A reload is a page hide, then a fresh page over the same storage.
                self.dispatch(Event::PageHide);
                self.reload();
            }
            Op::Failing(on) => self.failing = on,
            Op::SealFinishes { which, ok } => {
                if self.sealing.is_empty() {
                    return;
                }
                let (ticket, content) = self.sealing.remove(which % self.sealing.len());
                if ok {
                    self.ready = Some((ticket, content));
                }
                self.dispatch(Event::Sealed { ticket, ok });
            }
            Op::Corrupt => {
                if self.sealed.is_none() {
                    self.plain = Some(CORRUPT);
                    self.reload();
                }
            }
            Op::OtherTabWrites => {
                // Another tab of the same Mend, under the same lock when there is one.
                if self.failing {
                    return;
                }
                let content = self.new_content();
                if self.sealed.is_some() {
                    self.sealed = Some(content);
                } else {
                    self.plain = Some(content);
                }
                self.since_delete = false;
                self.dispatch(Event::OtherTab(Incoming::Readable));
            }
            Op::OtherTabTogglesLock => {
                if self.failing {
                    return;
                }
                if let Some(content) = self.sealed.take() {
                    self.plain = (content != 0).then_some(content);
                    self.copies.iter_mut().for_each(|c| *c = false);
                } else if self.plain != Some(CORRUPT) {
                    self.sealed = Some(self.plain.take().unwrap_or(0));
                    self.copies.iter_mut().for_each(|c| *c = true);
                }
                self.dispatch(Event::OtherTab(Incoming::LockChanged));
            }
            Op::AwayWhileElsewhere { delete } => {
                // The page waits in the back/forward cache, where no storage event reaches it,
                // while another page deletes everything or saves, then comes back with Back.
                self.dispatch(Event::PageHide);
                if delete {
                    self.plain = None;
                    self.sealed = None;
                    self.copies.clear();
                    self.flag = false;
                    // A page that comes back with changes it never stored keeps them, and
                    // writes them when it can: they are the person's, made before the deletion.
                    self.since_delete = !self.core.has_unsaved();
                } else if !self.failing {
                    self.since_delete = false;
                    let content = self.new_content();
                    if self.sealed.is_some() {
                        self.sealed = Some(content);
                    } else {
                        self.plain = Some(content);
                    }
                }
                self.shown_from_cache();
                if self.core.phase() == Phase::Open {
                    assert_eq!(
                        self.core.wipe_on_exit(),
                        self.flag,
                        "the exit would do other than the stored choice says: {:#?}",
                        self.log
                    );
                }
            }
            Op::ShownFromCache => self.shown_from_cache(),
            Op::OtherTabWipe(on) => {
                self.flag = on;
                self.dispatch(Event::OtherTab(Incoming::WipeOnExit(on)));
            }
        }
    }

    /// Back from the back/forward cache, as `ui::session` reports it: the delete-on-exit choice
    /// as stored now, then the page shown, unless the lock is off and the screen holds what
    /// storage does not (changes it could not write, or an open choice).
    fn shown_from_cache(&mut self) {
        self.dispatch(Event::OtherTab(Incoming::WipeOnExit(self.flag)));
        if self.core.lock_on() || (self.core.can_save() && !self.core.has_unsaved()) {
            self.dispatch(Event::PageShownFromCache);
        }
    }

    /// What must hold after every step, whatever came before.
    fn check(&self) {
        // Nothing plain while locked.
        if self.sealed.is_some() {
            assert_eq!(
                self.plain, None,
                "a plain copy beside the sealed one: {:#?}",
                self.log
            );
            assert!(
                self.copies.iter().all(|sealed| *sealed),
                "a plain copy of unreadable data while locked: {:#?}",
                self.log
            );
        }
        // The screen never shows data while the core says it is locked.
        if matches!(self.core.phase(), Phase::Locked | Phase::Unopened) {
            assert_eq!(
                self.screen,
                None,
                "data on screen while {:?}: {:#?}",
                self.core.phase(),
                self.log
            );
        }
        // An edit the screen shows as saved is in storage.
        if let Some(shown) = self.screen.filter(|c| *c != 0) {
            if self.core.can_save() && !self.core.has_unsaved() && !self.core.in_conflict() {
                assert_eq!(
                    self.stored(),
                    shown,
                    "the screen says saved but storage differs: {:#?}",
                    self.log
                );
            }
        }
        // The delete-on-exit box shows what the exit will do: whenever the stored flag would make
        // the exit delete, the box says so.
        if self.flag {
            assert!(
                self.core.wipe_on_exit(),
                "the exit would delete while the box says it will not: {:#?}",
                self.log
            );
        }
        // The lock shown is the lock stored (while storage works and the page is open).
        if self.core.phase() == Phase::Open && !self.failing && !self.core.has_unsaved() {
            assert_eq!(
                self.core.lock_on(),
                self.sealed.is_some(),
                "lock shown differs from stored: {:#?}",
                self.log
            );
        }
    }
}

/// One line of the history printed when a check fails.
#[derive(Clone, Copy, Debug)]
#[allow(
    dead_code,
    reason = "the fields are read through Debug, in the printed history"
)]
enum Step {
    Event(Event),
    Effect(Effect),
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Open,
    Edit,
    Event(Event),
    Unlock,
    LockOn,
    Import(Option<bool>),
    QuickExit,
    Delete,
    Reload,
    Failing(bool),
    /// One of the background seals under way finishes (in any order).
    SealFinishes {
        which: usize,
        ok: bool,
    },
    Corrupt,
    OtherTabWrites,
    OtherTabTogglesLock,
    OtherTabWipe(bool),
    AwayWhileElsewhere {
        delete: bool,
    },
    /// Back from the back/forward cache, with nothing changed meanwhile.
    ShownFromCache,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::Open),
        8 => Just(Op::Edit),
        4 => Just(Op::Event(Event::SaveDue)),
        2 => Just(Op::Event(Event::Hidden)),
        2 => Just(Op::Event(Event::PageHide)),
        1 => Just(Op::ShownFromCache),
        2 => Just(Op::Event(Event::LockOff)),
        2 => Just(Op::Event(Event::LockNow)),
        1 => Just(Op::Event(Event::Idle)),
        2 => any::<bool>().prop_map(|b| Op::Event(Event::SetWipeOnExit(b))),
        2 => any::<bool>().prop_map(|keep_mine| Op::Event(Event::ConflictResolved { keep_mine })),
        3 => Just(Op::Unlock),
        3 => Just(Op::LockOn),
        2 => prop_oneof![Just(None), Just(Some(true)), Just(Some(false))].prop_map(Op::Import),
        1 => Just(Op::QuickExit),
        1 => Just(Op::Delete),
        2 => Just(Op::Reload),
        2 => any::<bool>().prop_map(Op::Failing),
        6 => (0usize..4, prop::bool::weighted(0.9)).prop_map(|(which, ok)| Op::SealFinishes { which, ok }),
        1 => (0u32..8, any::<bool>()).prop_map(|(ticket, ok)| Op::Event(Event::Sealed { ticket, ok })),
        1 => Just(Op::Corrupt),
        3 => Just(Op::OtherTabWrites),
        1 => Just(Op::OtherTabTogglesLock),
        1 => any::<bool>().prop_map(Op::OtherTabWipe),
        2 => any::<bool>().prop_map(|delete| Op::AwayWhileElsewhere { delete }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// No sequence leaves plain data while locked, loses an edit the screen showed as saved,
    /// writes deleted data back, or does anything after the quick exit.
    #[test]
    fn every_sequence_keeps_the_promises(ops in prop::collection::vec(op(), 1..60)) {
        let mut world = World::new();
        for op in ops {
            world.act(op);
            world.check();
        }
    }
}

fn opened() -> World {
    let mut world = World::new();
    world.act(Op::Open);
    world
}

#[test]
fn typing_then_closing_at_once_is_saved_sealed() {
    let mut world = opened();
    world.act(Op::LockOn);
    world.act(Op::Edit);
    // No quiet time passes: the tab is closed straight after the keystroke.
    world.dispatch(Event::PageHide);
    assert_eq!(world.sealed, world.screen.or(Some(world.next)));
    assert_eq!(world.plain, None);
}

#[test]
fn leaving_with_the_lock_on_forgets_the_screen_for_the_back_forward_cache() {
    let mut world = opened();
    world.act(Op::LockOn);
    world.act(Op::Edit);
    let shown = world.screen;
    world.dispatch(Event::PageHide);
    assert_eq!(world.core.phase(), Phase::Locked);
    assert_eq!(world.screen, None);
    assert_eq!(world.sealed, shown);
    // Restored from the cache: still locked; the passphrase opens what was typed.
    world.dispatch(Event::PageShownFromCache);
    world.act(Op::Unlock);
    assert_eq!(world.screen, shown);
}

#[test]
fn leaving_without_the_lock_keeps_the_screen() {
    let mut world = opened();
    world.act(Op::Edit);
    world.dispatch(Event::PageHide);
    assert_eq!(world.core.phase(), Phase::Open);
    assert_eq!(world.plain, world.screen);
}

#[test]
fn turning_the_lock_on_seals_the_copies_and_off_unseals_them() {
    let mut world = World::new();
    world.plain = Some(CORRUPT);
    world.act(Op::Open);
    assert_eq!(world.copies, [false]);
    world.act(Op::Edit);
    world.act(Op::LockOn);
    assert_eq!((world.plain, world.copies.clone()), (None, vec![true]));
    world.dispatch(Event::LockOff);
    assert_eq!((world.sealed, world.copies.clone()), (None, vec![false]));
}

#[test]
fn a_lock_that_could_not_be_written_is_not_shown_as_on() {
    let mut world = opened();
    world.act(Op::Edit);
    world.act(Op::Failing(true));
    world.act(Op::LockOn);
    assert!(!world.core.lock_on());
    assert_eq!(world.sealed, None);
}

#[test]
fn delete_beats_a_pending_save() {
    let mut world = opened();
    world.act(Op::Edit);
    world.act(Op::Delete);
    world.dispatch(Event::SaveDue);
    world.dispatch(Event::PageHide);
    assert_eq!((world.plain, world.sealed), (None, None));
}

#[test]
fn the_exit_deletes_when_armed_even_before_the_data_is_opened() {
    let mut world = World::new();
    world.plain = Some(7);
    world.flag = true;
    world.reload();
    assert!(world.core.wipe_on_exit());
    world.act(Op::QuickExit);
    assert_eq!(world.plain, None);
    assert!(world.left);
    assert!(world.core.update(Event::Edited).is_empty());
}

#[test]
fn the_exit_keeps_data_when_not_armed() {
    let mut world = opened();
    world.act(Op::Edit);
    world.act(Op::QuickExit);
    assert_eq!(world.plain, world.screen);
}

#[test]
fn an_import_that_replaces_settings_sets_the_flag_and_the_box_alike() {
    let mut world = opened();
    world.dispatch(Event::SetWipeOnExit(true));
    world.act(Op::Import(Some(false)));
    assert!(!world.flag);
    assert!(!world.core.wipe_on_exit());
    world.act(Op::Import(Some(true)));
    assert!(world.flag && world.core.wipe_on_exit());
    // Merging keeps this device's choice.
    world.act(Op::Import(None));
    assert!(world.flag && world.core.wipe_on_exit());
}

#[test]
fn another_tabs_edit_waits_for_a_choice_when_this_one_has_unsaved_changes() {
    let mut world = opened();
    world.act(Op::Edit);
    let mine = world.screen;
    world.act(Op::OtherTabWrites);
    assert!(world.core.in_conflict());
    assert_eq!(world.screen, mine);
    world.dispatch(Event::SaveDue);
    assert_ne!(
        world.plain, mine,
        "nothing is written while the choice is open"
    );
    world.dispatch(Event::ConflictResolved { keep_mine: true });
    assert_eq!(world.plain, mine);
}

#[test]
fn a_page_back_from_the_cache_reads_again_what_was_deleted_or_saved_meanwhile() {
    for delete in [true, false] {
        let mut world = opened();
        world.act(Op::Edit);
        world.act(Op::AwayWhileElsewhere { delete });
        assert_eq!(world.core.phase(), Phase::Open);
        assert_eq!(world.screen, Some(world.stored()), "delete: {delete}");
        // An edit now builds on what is stored, and nothing deleted comes back.
        world.act(Op::Event(Event::PageHide));
        assert_eq!(world.plain, world.screen.filter(|c| *c != 0));
    }
    // With the lock on: the lock screen again, over what is stored now.
    let mut world = opened();
    world.act(Op::LockOn);
    world.act(Op::AwayWhileElsewhere { delete: true });
    assert_eq!(
        world.core.phase(),
        Phase::Open,
        "nothing is stored to unlock"
    );
    assert_eq!(world.screen, Some(0));
    let mut world = opened();
    world.act(Op::LockOn);
    world.act(Op::AwayWhileElsewhere { delete: false });
    assert_eq!(world.core.phase(), Phase::Locked);
    assert_eq!(world.screen, None);
}

#[test]
fn a_page_back_from_the_cache_keeps_what_it_could_not_store() {
    // Saves refused (storage full), the page left, everything deleted elsewhere, then Back.
    let mut world = opened();
    world.act(Op::Failing(true));
    world.act(Op::Edit);
    world.dispatch(Event::SaveDue);
    let unsaved = world.screen;
    world.act(Op::AwayWhileElsewhere { delete: true });
    assert_eq!(
        world.screen, unsaved,
        "the changes it could not store are still on screen"
    );
    assert!(world.core.has_unsaved());
    // Once storage takes them, they are written.
    world.act(Op::Failing(false));
    world.dispatch(Event::Hidden);
    assert_eq!(world.plain, unsaved);
}

#[test]
fn locking_while_another_tabs_version_waits_for_a_choice_writes_nothing_over_it() {
    for lock in [Event::LockNow, Event::Idle] {
        let mut world = opened();
        world.act(Op::LockOn);
        world.act(Op::Edit);
        world.act(Op::OtherTabWrites);
        let theirs = world.stored();
        assert!(world.core.in_conflict());
        world.dispatch(lock);
        assert_eq!(world.core.phase(), Phase::Locked);
        assert_eq!(
            world.stored(),
            theirs,
            "{lock:?}: the version the other tab saved stays"
        );
    }
}

#[test]
fn newer_data_from_another_tab_stops_writing() {
    let mut world = opened();
    world.act(Op::Edit);
    let effects = world
        .core
        .update(Event::OtherTab(Incoming::Newer { version: 9 }));
    assert_eq!(
        effects,
        [
            Effect::CancelSave,
            Effect::ShowNewer {
                version: 9,
                keep_screen: true
            }
        ]
    );
    assert_eq!(world.core.mode(), SaveMode::ReadOnly { version: 9 });
    assert!(world.core.update(Event::SaveDue).is_empty());
    assert!(
        world.core.has_unsaved(),
        "the changes kept on screen are still unsaved"
    );
}

#[test]
fn newer_data_from_another_tab_takes_the_place_only_of_a_screen_with_nothing_unsaved() {
    // (what happens before it, whether the screen stays)
    let cases: [(&[Op], bool); 5] = [
        (&[], false),
        (&[Op::Edit, Op::Event(Event::SaveDue)], false),
        (&[Op::Edit], true),
        (&[Op::Edit, Op::OtherTabWrites], true),
        (
            &[Op::Failing(true), Op::Edit, Op::Event(Event::SaveDue)],
            true,
        ),
    ];
    // Whether a newer write from another tab now keeps the screen, as the core answers.
    let keeps = |world: &mut World| {
        let effects = world
            .core
            .update(Event::OtherTab(Incoming::Newer { version: 9 }));
        [true, false]
            .into_iter()
            .find(|&keep_screen| {
                effects.contains(&Effect::ShowNewer {
                    version: 9,
                    keep_screen,
                })
            })
            .expect("the screen is shown or kept")
    };
    for (before, kept) in cases {
        let mut world = opened();
        for op in before {
            world.act(*op);
        }
        assert_eq!(keeps(&mut world), kept, "{before:?}");
        assert_eq!(world.core.has_unsaved(), kept, "{before:?}");
        assert!(!world.core.in_conflict(), "{before:?}");
    }
    // With nothing stored (unreadable data that could not be set aside), the screen holds all,
    // and it stays through every later write of that tab, not only the first; so does unsaved
    // typing.
    let mut memory_only = World::new();
    memory_only
        .core
        .update(Event::Loaded(LoadKind::Corrupt { kept_aside: false }));
    let mut typed = opened();
    typed.act(Op::Edit);
    for world in [&mut memory_only, &mut typed] {
        for write in 1..=3 {
            assert!(keeps(world), "write {write}");
        }
    }
}

#[test]
fn load_outcomes_set_what_saving_may_do() {
    for (kind, mode, phase) in [
        (LoadKind::Fresh, SaveMode::Normal, Phase::Open),
        (LoadKind::Readable, SaveMode::Normal, Phase::Open),
        (
            LoadKind::Corrupt { kept_aside: true },
            SaveMode::Normal,
            Phase::Open,
        ),
        (
            LoadKind::Corrupt { kept_aside: false },
            SaveMode::MemoryOnly,
            Phase::Open,
        ),
        (
            LoadKind::Newer { version: 5 },
            SaveMode::ReadOnly { version: 5 },
            Phase::Open,
        ),
        (LoadKind::Unavailable, SaveMode::MemoryOnly, Phase::Open),
        (LoadKind::Locked, SaveMode::Normal, Phase::Locked),
    ] {
        let mut core = Lifecycle::default();
        assert!(core.update(Event::Loaded(kind)).is_empty());
        assert_eq!((core.mode(), core.phase()), (mode, phase), "{kind:?}");
        core.update(Event::Edited);
        assert_eq!(
            core.update(Event::SaveDue).is_empty(),
            mode != SaveMode::Normal || phase != Phase::Open,
            "{kind:?}"
        );
    }
}

/// With the lock on, opened, and one edit sealed in the background: the ticket of that seal.
fn sealing_in_background(world: &mut World) -> u32 {
    world.act(Op::LockOn);
    world.act(Op::Edit);
    let effects = world.core.clone().update(Event::SaveDue);
    world.dispatch(Event::SaveDue);
    match effects.as_slice() {
        [Effect::CancelSave, Effect::SealInBackground { ticket }] => *ticket,
        other => panic!("a quiet moment with the lock on should seal in the background: {other:?}"),
    }
}

#[test]
fn a_quiet_moment_with_the_lock_on_seals_in_the_background_then_stores() {
    let mut world = opened();
    sealing_in_background(&mut world);
    let shown = world.screen;
    // Nothing is stored until the seal reports back.
    assert_ne!(world.sealed, shown);
    assert!(world.core.has_unsaved());
    world.act(Op::SealFinishes { which: 0, ok: true });
    assert_eq!(world.sealed, shown);
    assert_eq!(world.plain, None);
    assert!(!world.core.has_unsaved());
}

#[test]
fn typing_while_a_seal_runs_stays_unsaved_until_the_next_one() {
    let mut world = opened();
    sealing_in_background(&mut world);
    let first = world.screen;
    world.act(Op::Edit);
    world.act(Op::SealFinishes { which: 0, ok: true });
    // The envelope of the first version is stored (it is newer than what was), and the edit
    // after it is still owed.
    assert_eq!(world.sealed, first);
    assert!(world.core.has_unsaved());
    world.dispatch(Event::SaveDue);
    world.act(Op::SealFinishes { which: 0, ok: true });
    assert_eq!(world.sealed, world.screen);
    assert!(!world.core.has_unsaved());
}

#[test]
fn a_seal_that_comes_back_after_a_delete_a_lock_change_or_a_lock_is_not_stored() {
    for cancel in [
        Op::Delete,
        Op::Event(Event::LockOff),
        Op::Event(Event::LockNow),
        Op::OtherTabTogglesLock,
        Op::OtherTabWrites,
    ] {
        let mut world = opened();
        let ticket = sealing_in_background(&mut world);
        let (plain, sealed) = {
            world.act(cancel);
            (world.plain, world.sealed)
        };
        let effects = world.core.update(Event::Sealed { ticket, ok: true });
        assert!(
            !effects
                .iter()
                .any(|e| matches!(e, Effect::StoreSealed { .. })),
            "{cancel:?}: {effects:?}"
        );
        assert_eq!((world.plain, world.sealed), (plain, sealed), "{cancel:?}");
    }
}

#[test]
fn a_seal_the_browser_could_not_make_is_made_at_once_instead() {
    let mut world = opened();
    sealing_in_background(&mut world);
    world.act(Op::SealFinishes {
        which: 0,
        ok: false,
    });
    assert_eq!(world.sealed, world.screen);
    assert!(!world.core.has_unsaved());
}

#[test]
fn only_the_latest_seal_is_stored() {
    let mut world = opened();
    let first = sealing_in_background(&mut world);
    world.act(Op::Edit);
    world.dispatch(Event::SaveDue);
    // The earlier seal comes back last: ignored.
    let effects = world.core.clone().update(Event::Sealed {
        ticket: first,
        ok: true,
    });
    assert!(effects.is_empty(), "{effects:?}");
    world.act(Op::SealFinishes { which: 1, ok: true });
    assert_eq!(world.sealed, world.screen);
    assert!(!world.core.has_unsaved());
}

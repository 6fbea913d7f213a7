//! One way to change the document: every screen turns what a person did into a typed change
//! (one enum per tool, and [`Setting`] for the rest) and hands it to [`Apply::apply_to`], which
//! runs that tool's own rules and says what came of it. [`Change`] gathers them all, so host
//! tests can replay any mix of what the screens send through [`Document::apply`].
//!
//! Each tool's change type carries itself out, rather than one function matching on them all:
//! a screen's lazily loaded part then holds only its own tool's rules (one match over every tool
//! would pull all of them into every part).

use super::assessment;
use super::boundaries;
use super::couple::{Couple, Partner};
use super::date::Day;
use super::document::Document;
use super::edit::FieldError;
use super::repair;

/// A change a person makes, carried out on the document by the rules of the part it changes.
pub trait Apply {
    /// Carries out the change made `today`. Nothing changes when it is refused or when it comes
    /// back [`Made::Unchanged`].
    fn apply_to(self, document: &mut Document, today: Day) -> Result<Made, FieldError>;
}

/// A change outside the three tools: names and this device's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// A partner's name, as typed.
    Name(Partner, String),
    /// Which partner uses this device (asked before packets travel).
    Me(Partner),
    /// Lock after this many idle minutes, or never.
    AutoLockMinutes(Option<u32>),
    /// The browser was asked to keep the data persistently.
    AskedToPersist,
}

/// Any change a person makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// To the self-assessment.
    Assessment(assessment::Change),
    /// To the boundary worksheet.
    Worksheet(boundaries::Change),
    /// To the repair plan.
    Repair(repair::Change),
    /// To names or settings.
    Setting(Setting),
}

/// What a change made, for the screen to point at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Made {
    /// The document changed; nothing new to point at.
    Changed,
    /// Nothing needed changing (the same answer again, a step already taken).
    Unchanged,
    /// A new worksheet topic or custom step, with its id.
    Added(String),
    /// A new promise or check-in, with its id.
    Record(u32),
    /// The self-assessment run was finished and scored, with its id.
    Finished(u64),
}

impl Made {
    /// [`Made::Changed`] or [`Made::Unchanged`].
    fn from_changed(changed: bool) -> Made {
        if changed {
            Made::Changed
        } else {
            Made::Unchanged
        }
    }
}

impl Apply for Change {
    fn apply_to(self, document: &mut Document, today: Day) -> Result<Made, FieldError> {
        match self {
            Change::Assessment(change) => change.apply_to(document, today),
            Change::Worksheet(change) => change.apply_to(document, today),
            Change::Repair(change) => change.apply_to(document, today),
            Change::Setting(change) => change.apply_to(document, today),
        }
    }
}

impl Apply for assessment::Change {
    fn apply_to(self, document: &mut Document, today: Day) -> Result<Made, FieldError> {
        Ok(match self {
            assessment::Change::Next => document.next_step(today),
            change => Made::from_changed(document.assessment.apply(change, today)),
        })
    }
}

impl Apply for boundaries::Change {
    fn apply_to(self, document: &mut Document, today: Day) -> Result<Made, FieldError> {
        document.boundaries.apply(self, today)
    }
}

impl Apply for repair::Change {
    fn apply_to(self, document: &mut Document, today: Day) -> Result<Made, FieldError> {
        document.repair.apply(self, today)
    }
}

impl Apply for Setting {
    fn apply_to(self, document: &mut Document, _today: Day) -> Result<Made, FieldError> {
        let settings = &mut document.settings;
        Ok(Made::from_changed(match self {
            Setting::Name(partner, name) => {
                // The text as typed counts, not the name shown: "Mary " on the way to "Mary Ann".
                let typed = |c: &Couple| match partner {
                    Partner::A => c.a.clone(),
                    Partner::B => c.b.clone(),
                };
                let before = typed(&document.couple);
                document.couple.set_name(partner, &name);
                typed(&document.couple) != before
            }
            Setting::Me(partner) => settings.me.replace(partner) != Some(partner),
            Setting::AutoLockMinutes(minutes) => {
                std::mem::replace(&mut settings.auto_lock_minutes, minutes) != minutes
            }
            Setting::AskedToPersist => !std::mem::replace(&mut settings.asked_to_persist, true),
        }))
    }
}

impl Document {
    /// Carries out any change made `today` (see [`Apply`]).
    pub fn apply(&mut self, change: impl Apply, today: Day) -> Result<Made, FieldError> {
        change.apply_to(self, today)
    }

    /// The next step of the run in progress; after the last one, the run is finished with the
    /// partners' names as they are now.
    fn next_step(&mut self, today: Day) -> Made {
        if !self.assessment.next_step() {
            return Made::Unchanged;
        }
        let done = self
            .assessment
            .in_progress
            .as_ref()
            .is_some_and(|s| s.is_done());
        if !done {
            return Made::Changed;
        }
        let (a, b) = (self.couple.a.clone(), self.couple.b.clone());
        match self.assessment.finish(today, Some(&a), Some(&b)) {
            Some(id) => Made::Finished(id),
            None => Made::Changed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::bank::ITEMS;
    use crate::domain::assessment::{Answer, Mode, STEP_COUNT};
    use crate::domain::boundaries::{Field, Side, Status};
    use crate::domain::repair::{CheckIn, Doer, List, Outcome, Rating, PHASES, SELF_TRUST};
    use proptest::prelude::*;

    fn day(d: u8) -> Day {
        Day::new(2026, 3, d).expect("valid test date")
    }

    fn worksheet(change: boundaries::Change) -> Change {
        Change::Worksheet(change)
    }

    fn repair(change: repair::Change) -> Change {
        Change::Repair(change)
    }

    #[test]
    fn a_worksheet_session_through_changes() {
        let mut d = Document::default();
        let today = day(10);
        let added = d.apply(
            worksheet(boundaries::Change::Add {
                title: "  Our\nweekends ".into(),
            }),
            today,
        );
        let Ok(Made::Added(id)) = added else {
            panic!("{added:?}")
        };
        assert_eq!(
            d.boundaries.topic(&id).map(|c| c.title),
            Some("Our weekends".into())
        );
        let text = boundaries::Change::Text {
            id: "money".into(),
            side: Side::Shared,
            field: Field::Agreement,
            text: "We talk before big buys.".into(),
        };
        assert_eq!(d.apply(worksheet(text), today), Ok(Made::Changed));
        let agree = boundaries::Change::Status {
            id: "money".into(),
            status: Status::Agreed,
        };
        assert_eq!(d.apply(worksheet(agree), today), Ok(Made::Changed));
        // Agreed wording is locked until it is opened again, which keeps the old one.
        let edit = boundaries::Change::Text {
            id: "money".into(),
            side: Side::Shared,
            field: Field::Agreement,
            text: "changed".into(),
        };
        assert_eq!(
            d.apply(worksheet(edit.clone()), today),
            Err(FieldError::AgreementLocked)
        );
        assert_eq!(
            d.apply(
                worksheet(boundaries::Change::Revisit("money".into())),
                today
            ),
            Ok(Made::Changed)
        );
        assert_eq!(d.apply(worksheet(edit), today), Ok(Made::Changed));
        assert_eq!(
            d.apply(worksheet(boundaries::Change::Remove("money".into())), today),
            Err(FieldError::BuiltIn)
        );
        assert_eq!(
            d.apply(worksheet(boundaries::Change::Remove(id.clone())), today),
            Ok(Made::Changed)
        );
        assert!(d.boundaries.topic(&id).is_none());
    }

    #[test]
    fn taking_a_step_off_hides_built_in_ones_and_removes_own_ones() {
        let mut d = Document::default();
        let today = day(10);
        let builtin = PHASES[0].steps[0].id.to_owned();
        let made = d.apply(
            repair(repair::Change::AddStep {
                phase: PHASES[0].id.into(),
                text: "Walk together on Sundays".into(),
                doer: Doer::Both,
            }),
            today,
        );
        let Ok(Made::Added(own)) = made else {
            panic!("{made:?}")
        };
        for id in [&builtin, &own] {
            let tick = repair::Change::Tick {
                list: List::Steps,
                id: id.clone(),
                note: "done".into(),
            };
            assert_eq!(d.apply(repair(tick), today), Ok(Made::Changed));
            assert_eq!(
                d.apply(repair(repair::Change::TakeOff(id.clone())), today),
                Ok(Made::Changed)
            );
        }
        let steps = d.repair.steps(PHASES[0].id);
        assert!(steps.iter().any(|s| s.id == builtin && s.hidden));
        assert!(steps.iter().all(|s| s.id != own));
        // The built-in step is only hidden: shown again, its tick is still there.
        assert_eq!(
            d.apply(repair(repair::Change::Show(builtin.clone())), today),
            Ok(Made::Changed)
        );
        let back = d.repair.steps(PHASES[0].id);
        assert!(back
            .iter()
            .any(|s| s.id == builtin && !s.hidden && s.tick.is_some()));
        assert_eq!(
            d.apply(repair(repair::Change::Show(own)), today),
            Err(FieldError::UnknownStep)
        );
    }

    #[test]
    fn promises_check_ins_and_self_trust_through_changes() {
        let mut d = Document::default();
        let today = day(10);
        let promise = repair::Change::AddPromise {
            text: "Call at lunch".into(),
            due: day(12),
        };
        let Ok(Made::Record(id)) = d.apply(repair(promise), today) else {
            panic!("promise refused")
        };
        let decide = repair::Change::Decide {
            id,
            outcome: Some(Outcome::Kept),
            note: String::new(),
        };
        assert_eq!(d.apply(repair(decide), day(12)), Ok(Made::Changed));
        let late = CheckIn {
            date: day(11),
            a: Rating {
                trust: 5,
                closeness: 6,
            },
            b: Rating {
                trust: 4,
                closeness: 7,
            },
            went_well: String::new(),
            was_hard: String::new(),
            next_step: String::new(),
        };
        assert_eq!(
            d.apply(repair(repair::Change::RecordCheckIn(late.clone())), today),
            Err(FieldError::DateInFuture)
        );
        let Ok(Made::Record(check_in)) =
            d.apply(repair(repair::Change::RecordCheckIn(late)), day(11))
        else {
            panic!("check-in refused")
        };
        assert_eq!(
            d.apply(repair(repair::Change::DeleteCheckIn(check_in)), today),
            Ok(Made::Changed)
        );
        assert_eq!(
            d.apply(repair(repair::Change::CheckInEvery(0)), today),
            Err(FieldError::OutOfRange {
                field: "every_days",
                min: 1,
                max: 90,
                got: 0
            })
        );
        let item = SELF_TRUST[0].id.to_owned();
        let tick = repair::Change::Tick {
            list: List::SelfTrust,
            id: item.clone(),
            note: String::new(),
        };
        assert_eq!(d.apply(repair(tick), today), Ok(Made::Changed));
        let untick = repair::Change::Untick {
            list: List::SelfTrust,
            id: item,
        };
        assert_eq!(d.apply(repair(untick), today), Ok(Made::Changed));
    }

    #[test]
    fn the_last_next_finishes_the_run_with_the_names_of_now() {
        let mut d = Document::default();
        let today = day(10);
        let start = Change::Assessment(assessment::Change::Start(Mode::Solo));
        assert_eq!(d.apply(start.clone(), today), Ok(Made::Changed));
        assert_eq!(d.apply(start, today), Ok(Made::Unchanged));
        assert_eq!(
            d.apply(
                Change::Setting(Setting::Name(Partner::A, "Sam".into())),
                today
            ),
            Ok(Made::Changed)
        );
        assert_eq!(
            d.apply(
                Change::Setting(Setting::Name(Partner::A, "Sam".into())),
                today
            ),
            Ok(Made::Unchanged)
        );
        let answer = assessment::Change::Answer {
            item: ITEMS[0].id,
            answer: Answer::Rating(6),
        };
        assert_eq!(
            d.apply(Change::Assessment(answer), today),
            Ok(Made::Changed)
        );
        let next = Change::Assessment(assessment::Change::Next);
        let mut last = Ok(Made::Unchanged);
        for _ in 0..=STEP_COUNT {
            last = d.apply(next.clone(), today);
            if matches!(last, Ok(Made::Finished(_))) {
                break;
            }
        }
        let Ok(Made::Finished(id)) = last else {
            panic!("{last:?}")
        };
        assert!(d.assessment.in_progress.is_none());
        assert!(d.assessment.run(id).is_some());
        assert_eq!(d.apply(next, today), Ok(Made::Unchanged));
        let delete = Change::Assessment(assessment::Change::DeleteRun(id));
        assert_eq!(d.apply(delete.clone(), today), Ok(Made::Changed));
        assert_eq!(d.apply(delete, today), Ok(Made::Unchanged));
    }

    #[test]
    fn stopping_privately_keeps_nothing_of_the_run() {
        let mut d = Document::default();
        let today = day(10);
        let start = Change::Assessment(assessment::Change::Start(Mode::Together));
        assert_eq!(d.apply(start, today), Ok(Made::Changed));
        let stop = Change::Assessment(assessment::Change::StopPrivately);
        assert_eq!(d.apply(stop.clone(), today), Ok(Made::Changed));
        assert_eq!(d, Document::default());
        assert_eq!(d.apply(stop, today), Ok(Made::Unchanged));
    }

    /// A few ids, texts and days that hit both the accepted and the refused paths.
    fn any_change() -> impl Strategy<Value = Change> {
        let id = prop::sample::select(vec![
            "money".to_owned(),
            "custom-1".to_owned(),
            "custom-2".to_owned(),
            "nope".to_owned(),
            PHASES[0].steps[0].id.to_owned(),
            SELF_TRUST[0].id.to_owned(),
        ]);
        let text = prop::sample::select(vec![
            String::new(),
            "  ".to_owned(),
            "Some words".to_owned(),
            "x".repeat(1001),
        ]);
        let status = prop::sample::select(Status::ALL.to_vec());
        let d = (1u8..28).prop_map(day);
        prop_oneof![
            (id.clone(), text.clone()).prop_map(|(id, text)| worksheet(boundaries::Change::Text {
                id,
                side: Side::A,
                field: Field::Need,
                text
            })),
            (id.clone(), text.clone()).prop_map(|(id, text)| worksheet(boundaries::Change::Text {
                id,
                side: Side::Shared,
                field: Field::Agreement,
                text
            })),
            (id.clone(), status)
                .prop_map(|(id, status)| worksheet(boundaries::Change::Status { id, status })),
            id.clone()
                .prop_map(|id| worksheet(boundaries::Change::Revisit(id))),
            id.clone()
                .prop_map(|id| worksheet(boundaries::Change::Remove(id))),
            id.clone()
                .prop_map(|id| worksheet(boundaries::Change::Hide(id))),
            text.clone()
                .prop_map(|title| worksheet(boundaries::Change::Add { title })),
            (id.clone(), text.clone()).prop_map(|(id, note)| repair(repair::Change::Tick {
                list: List::Steps,
                id,
                note
            })),
            id.clone()
                .prop_map(|id| repair(repair::Change::TakeOff(id))),
            (text.clone(), d.clone())
                .prop_map(|(text, due)| repair(repair::Change::AddPromise { text, due })),
            (0u32..3).prop_map(|id| repair(repair::Change::DeletePromise(id))),
            (0u32..100).prop_map(|days| repair(repair::Change::CheckInEvery(days))),
            Just(Change::Assessment(assessment::Change::Start(Mode::Solo))),
            Just(Change::Assessment(assessment::Change::Next)),
            Just(Change::Assessment(assessment::Change::Back)),
            text.clone()
                .prop_map(|name| Change::Setting(Setting::Name(Partner::B, name))),
            // Promises, check-ins and finished runs: the lists whose text is kept between saves.
            ((0u32..3), text.clone()).prop_map(|(id, note)| repair(repair::Change::Decide {
                id,
                outcome: Some(Outcome::Missed),
                note
            })),
            (d.clone(), text).prop_map(|(date, went_well)| repair(repair::Change::RecordCheckIn(
                CheckIn {
                    date,
                    a: Rating {
                        trust: 5,
                        closeness: 6
                    },
                    b: Rating {
                        trust: 4,
                        closeness: 7
                    },
                    went_well,
                    was_hard: String::new(),
                    next_step: String::new(),
                }
            ))),
            (0u32..3).prop_map(|id| repair(repair::Change::DeleteCheckIn(id))),
            Just(Change::Assessment(assessment::Change::Clear)),
            (0u64..3).prop_map(|id| Change::Assessment(assessment::Change::DeleteRun(id))),
        ]
    }

    /// One change, or a whole run from its start to its finish (so the history grows).
    fn any_burst() -> impl Strategy<Value = Vec<Change>> {
        let run = std::iter::once(Change::Assessment(assessment::Change::Start(Mode::Solo)))
            .chain(std::iter::repeat_n(
                Change::Assessment(assessment::Change::Next),
                STEP_COUNT + 1,
            ))
            .collect::<Vec<_>>();
        prop_oneof![4 => any_change().prop_map(|c| vec![c]), 1 => Just(run)]
    }

    /// Bursts of changes, each made on its day.
    type Bursts = Vec<(Vec<Change>, Day)>;

    /// Makes every change of `bursts` to `d`, whatever each answers.
    fn apply_all(d: &mut Document, bursts: Bursts) {
        for (burst, today) in bursts {
            for change in burst {
                let _ = d.apply(change, today);
            }
        }
    }

    /// The stored text of `d`, or the case fails.
    fn stored(d: &Document) -> Result<String, TestCaseError> {
        crate::domain::schema::encode(d).map_err(TestCaseError::fail)
    }

    /// Makes every change of `bursts` to both documents, which must answer alike, stay equal and
    /// be saved as the same text after each: `a`'s text handed over in pieces too.
    fn behave_alike(
        a: &mut Document,
        b: &mut Document,
        bursts: Bursts,
    ) -> Result<(), TestCaseError> {
        for (burst, today) in bursts {
            for change in burst {
                let made = a.apply(change.clone(), today);
                prop_assert_eq!(made, b.apply(change.clone(), today), "{:?}", change);
                prop_assert_eq!(&*a, &*b, "after {:?}", change);
                let text = stored(b)?;
                prop_assert_eq!(stored(a)?, text.clone(), "after {:?}", change);
                // The kept texts (runs, lists), handed over in pieces, write the same.
                let pieces = crate::domain::schema::with_encoded_pieces(a, |p| p.concat());
                prop_assert_eq!(pieces, text, "after {:?}", change);
            }
        }
        Ok(())
    }

    proptest! {
        /// A save writes the same text whether the lists' kept text is reused or not: saved
        /// after every change (so the kept text is there for the next), the document's text
        /// equals that of a copy, which starts without any (see `json::Cached`).
        #[test]
        fn kept_text_is_never_stale(
            bursts in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 1..40)
        ) {
            let mut d = Document::default();
            for (burst, today) in bursts {
                for change in burst {
                    let _ = d.apply(change.clone(), today);
                    // In pieces (a plain save) before and after the texts are kept.
                    let pieces = || crate::domain::schema::with_encoded_pieces(&d, |p| p.concat());
                    let first = pieces();
                    let saved = crate::domain::schema::encode(&d).expect("encodes");
                    let fresh = crate::domain::schema::encode(&d.clone()).expect("encodes");
                    prop_assert_eq!(&first, &fresh, "after {:?}", change);
                    prop_assert_eq!(pieces(), fresh.clone(), "after {:?}", change);
                    prop_assert_eq!(saved, fresh, "after {:?}", change);
                }
            }
        }

        /// Stored data read with its runs left as text (`schema::decode_later`) is the same
        /// document as read at once, and stays so through any changes: equal after each, and
        /// saved as the very same text.
        #[test]
        fn runs_read_on_first_use_behave_as_runs_read_at_once(
            before in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 1..20),
            after in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 1..20),
        ) {
            use crate::domain::schema::{decode, decode_later, Decoded};
            let mut d = Document::default();
            apply_all(&mut d, before);
            let text = stored(&d)?;
            let (Ok(Decoded::Current(mut later)), Ok(Decoded::Current(mut now))) =
                (decode_later(&text), decode(&text))
            else {
                return Err(TestCaseError::fail(format!("not read: {text}")));
            };
            prop_assert_eq!(later.repair_ids(), 0);
            now.repair_ids();
            prop_assert_eq!(stored(&later)?, stored(&now)?);
            behave_alike(&mut later, &mut now, after)?;
        }

        /// Another tab's save read alongside this tab's runs (`History::alongside`, which shares
        /// them when stored as the same text) is the same document as read alone, and stays so
        /// through any changes, while this tab's document is left as it was.
        #[test]
        fn a_save_read_alongside_held_runs_behaves_as_one_read_alone(
            before in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 1..12),
            between in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 0..6),
            after in prop::collection::vec((any_burst(), (1u8..28).prop_map(day)), 1..12),
            read_first in any::<bool>(),
        ) {
            use crate::domain::assessment::History;
            use crate::domain::schema::{decode_later, decode_now, Decoded};
            let mut d = Document::default();
            apply_all(&mut d, before);
            let held_text = stored(&d)?;
            let Ok(Decoded::Current(mut held)) = decode_later(&held_text) else {
                return Err(TestCaseError::fail(format!("not read: {held_text}")));
            };
            held.repair_ids();
            if read_first {
                let _ = held.assessment.history.len();
            }
            apply_all(&mut d, between);
            let text = stored(&d)?;
            let shared = History::alongside(&held.assessment.history, || decode_now(&text));
            let (Ok(Decoded::Current(mut shared)), Ok(Decoded::Current(mut alone))) =
                (shared, decode_now(&text))
            else {
                return Err(TestCaseError::fail(format!("not read: {text}")));
            };
            prop_assert_eq!(&shared, &alone);
            prop_assert_eq!(stored(&shared)?, stored(&alone)?);
            behave_alike(&mut shared, &mut alone, after)?;
            prop_assert_eq!(stored(&held)?, held_text);
        }

        /// Whatever a screen sends, a refusal or "unchanged" leaves the document as it was.
        #[test]
        fn refused_changes_change_nothing(
            changes in prop::collection::vec((any_change(), (1u8..28).prop_map(day)), 1..40)
        ) {
            let mut d = Document::default();
            for (change, today) in changes {
                let before = d.clone();
                match d.apply(change.clone(), today) {
                    Err(_) | Ok(Made::Unchanged) => prop_assert_eq!(&d, &before, "{:?}", change),
                    Ok(_) => {}
                }
            }
        }
    }
}

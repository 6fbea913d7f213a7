//! Every change a person can make to the repair plan, as one value: the screen builds a
//! [`Change`] from what was clicked or typed and [`RepairPlan::apply`] carries it out.

use super::{step, CheckIn, Doer, Outcome, RepairPlan};
use crate::domain::change::Made;
use crate::domain::date::Day;
use crate::domain::edit::FieldError;

/// Which list a tickable line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The steps of the phases.
    Steps,
    /// The self-trust list.
    SelfTrust,
}

/// One change to the repair plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A line ticked, or ticked again to replace its note; the first day is kept.
    Tick {
        /// Which list.
        list: List,
        /// The step or item.
        id: String,
        /// The note as typed.
        note: String,
    },
    /// A line marked not done; its note goes.
    Untick {
        /// Which list.
        list: List,
        /// The step or item.
        id: String,
    },
    /// A step taken off the list: a step of the couple's own is removed, a built-in one hidden
    /// (it stops counting towards progress and keeps its tick).
    TakeOff(String),
    /// A hidden step shown again.
    Show(String),
    /// A step of the couple's own, added at the end of a phase.
    AddStep {
        /// The phase.
        phase: String,
        /// What to do, as typed.
        text: String,
        /// Who does it.
        doer: Doer,
    },
    /// A small promise, due on a day.
    AddPromise {
        /// The promise as typed.
        text: String,
        /// When it is due.
        due: Day,
    },
    /// How a promise went (`None` opens it again), with a note.
    Decide {
        /// The promise.
        id: u32,
        /// Kept, missed, or open again.
        outcome: Option<Outcome>,
        /// The note as typed.
        note: String,
    },
    /// A promise deleted.
    DeletePromise(u32),
    /// A check-in recorded.
    RecordCheckIn(CheckIn),
    /// A check-in deleted.
    DeleteCheckIn(u32),
    /// How many days between check-ins.
    CheckInEvery(u32),
}

impl RepairPlan {
    /// Carries out one change made `today`. Nothing changes when it is refused.
    pub fn apply(&mut self, change: Change, today: Day) -> Result<Made, FieldError> {
        let done = |r: Result<(), FieldError>| r.map(|()| Made::Changed);
        match change {
            Change::Tick { list, id, note } => done(match list {
                List::Steps => self.tick(&id, today, &note),
                List::SelfTrust => self.tick_self_trust(&id, today, &note),
            }),
            Change::Untick { list, id } => done(match list {
                List::Steps => self.untick(&id),
                List::SelfTrust => self.untick_self_trust(&id),
            }),
            Change::TakeOff(id) if step(&id).is_some() => done(self.hide(&id)),
            Change::TakeOff(id) => done(self.remove_custom_step(&id)),
            Change::Show(id) => done(self.show(&id)),
            Change::AddStep { phase, text, doer } => {
                self.add_custom_step(&phase, &text, doer).map(Made::Added)
            }
            Change::AddPromise { text, due } => {
                self.add_promise(&text, due, today).map(Made::Record)
            }
            Change::Decide { id, outcome, note } => done(self.decide(id, outcome, &note, today)),
            Change::DeletePromise(id) => done(self.delete_promise(id)),
            Change::RecordCheckIn(check_in) => {
                self.record_check_in(check_in, today).map(Made::Record)
            }
            Change::DeleteCheckIn(id) => done(self.delete_check_in(id)),
            Change::CheckInEvery(days) => done(self.set_check_in_every_days(days)),
        }
    }
}

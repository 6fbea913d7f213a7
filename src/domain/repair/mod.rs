//! The repair checklist and its tracking: steps ticked off per phase, a self-trust list, small
//! promises kept or missed, and regular check-ins with a trend and a gentle reminder.
//!
//! The saved [`RepairPlan`] refers to built-in phases, steps and self-trust items by id (see
//! [`content`]), so wording can change without migrations. Fields are private: every change goes
//! through a method that validates it. "Today" comes from the UI; nothing here reads a clock.

mod change;
pub mod content;
mod json;

use crate::domain::couple::Partner;
use crate::domain::date::Day;
use crate::domain::edit::{
    check_len, fresh_custom_id, renumber_custom_ids, required, shared_custom_ids, FieldError,
};
use crate::domain::flat::{FlatMap, FlatSet};
use crate::domain::json::Cached;
use crate::i18n::repair::{f, t, Fmt, Msg};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

pub use change::{Change, List};
pub use content::{
    commitment_note, intro, phase, self_trust_intro, self_trust_item, step, Phase, Related,
    SelfTrustItem, Step, PHASES, SELF_TRUST,
};

/// Longest text, in characters, for a custom step or a promise.
pub const MAX_STEP_CHARS: usize = 300;
/// Longest note, in characters, on a tick or a promise outcome.
pub const MAX_NOTE_CHARS: usize = 1000;
/// Longest answer, in characters, to each question of a check-in.
pub const MAX_CHECK_IN_CHARS: usize = 1000;
/// How many custom steps one plan may hold.
pub const MAX_CUSTOM_STEPS: usize = 100;
/// Days between check-ins unless the couple chooses otherwise.
pub const DEFAULT_CHECK_IN_EVERY_DAYS: u32 = 7;
/// The allowed range for the days between check-ins.
pub const CHECK_IN_EVERY_DAYS: RangeInclusive<u32> = 1..=90;
/// The allowed range for each rating in a check-in.
pub const RATING: RangeInclusive<u8> = 1..=10;
/// Who takes a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Doer {
    /// The partner who broke trust.
    BrokeTrust,
    /// The partner who was hurt.
    Hurt,
    /// Both partners together.
    Both,
}

impl Doer {
    /// Every value, for pickers.
    pub const ALL: [Doer; 3] = [Doer::BrokeTrust, Doer::Hurt, Doer::Both];

    /// A plain label for the step's owner.
    pub fn label(self) -> &'static str {
        match self {
            Doer::BrokeTrust => t(Msg::DoerBrokeTrust),
            Doer::Hurt => t(Msg::DoerHurt),
            Doer::Both => t(Msg::DoerBoth),
        }
    }
}

/// A step (or self-trust item) marked done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    /// The day it was first ticked.
    pub done_on: Day,
    /// Anything you want to remember about it.
    #[serde(default)]
    pub note: String,
}

/// A step the couple added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomStep {
    /// Generated id, `custom-<n>`.
    pub id: String,
    /// The phase it belongs to.
    pub phase: String,
    /// What to do.
    pub text: String,
    /// Who takes it.
    pub who: Doer,
}

/// How a promise turned out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Kept.
    Kept,
    /// Missed.
    Missed,
}

impl Outcome {
    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Kept => t(Msg::OutcomeKept),
            Outcome::Missed => t(Msg::OutcomeMissed),
        }
    }
}

/// The outcome of a promise and when it was recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Kept or missed.
    pub outcome: Outcome,
    /// The day it was recorded.
    pub on: Day,
    /// What happened, in your words.
    #[serde(default)]
    pub note: String,
}

/// A small, specific promise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    /// Id to pass back to the promise methods.
    pub id: u32,
    /// What was promised.
    pub text: String,
    /// The day it was added.
    pub made_on: Day,
    /// The day it should be kept by.
    pub due: Day,
    /// How it turned out; `None` while open.
    #[serde(default)]
    pub decision: Option<Decision>,
}

/// Where a promise stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromiseState {
    /// Not decided, due day not passed.
    Open,
    /// Not decided, due day passed.
    Overdue,
    /// Kept.
    Kept,
    /// Missed.
    Missed,
}

impl PromiseState {
    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            PromiseState::Open => t(Msg::PromiseOpen),
            PromiseState::Overdue => t(Msg::PromiseOverdue),
            PromiseState::Kept => t(Msg::OutcomeKept),
            PromiseState::Missed => t(Msg::OutcomeMissed),
        }
    }
}

impl Promise {
    /// How it turned out, while a decision stands.
    pub fn outcome(&self) -> Option<Outcome> {
        self.decision.as_ref().map(|d| d.outcome)
    }

    /// Where this promise stands on `today`.
    pub fn state(&self, today: Day) -> PromiseState {
        match &self.decision {
            Some(d) if d.outcome == Outcome::Kept => PromiseState::Kept,
            Some(_) => PromiseState::Missed,
            None if self.due < today => PromiseState::Overdue,
            None => PromiseState::Open,
        }
    }
}

/// One partner's ratings at a check-in, each 1 to 10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    /// How much you trust your partner right now.
    pub trust: u8,
    /// How close you feel right now.
    pub closeness: u8,
}

impl Rating {
    /// Both values pulled into 1..=10, so hand-edited data cannot break a chart.
    pub fn clamped(self) -> Rating {
        let clamp = |v: u8| v.clamp(*RATING.start(), *RATING.end());
        Rating {
            trust: clamp(self.trust),
            closeness: clamp(self.closeness),
        }
    }
}

/// A check-in as entered: both partners' ratings and three short answers (each may be empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The day of the check-in.
    pub date: Day,
    /// Partner A's ratings.
    pub a: Rating,
    /// Partner B's ratings.
    pub b: Rating,
    /// What went well since last time.
    #[serde(default)]
    pub went_well: String,
    /// What was hard.
    #[serde(default)]
    pub was_hard: String,
    /// One next step.
    #[serde(default)]
    pub next_step: String,
}

impl CheckIn {
    /// Checks the ratings and text lengths; the first problem found is returned.
    pub fn validate(&self) -> Result<(), FieldError> {
        for (field, value) in [
            ("a.trust", self.a.trust),
            ("a.closeness", self.a.closeness),
            ("b.trust", self.b.trust),
            ("b.closeness", self.b.closeness),
        ] {
            if !RATING.contains(&value) {
                return Err(FieldError::OutOfRange {
                    field,
                    min: u32::from(*RATING.start()),
                    max: u32::from(*RATING.end()),
                    got: u32::from(value),
                });
            }
        }
        check_len("went_well", &self.went_well, MAX_CHECK_IN_CHARS)?;
        check_len("was_hard", &self.was_hard, MAX_CHECK_IN_CHARS)?;
        check_len("next_step", &self.next_step, MAX_CHECK_IN_CHARS)
    }
}

/// A saved check-in with its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCheckIn {
    /// Id to pass to [`RepairPlan::delete_check_in`].
    pub id: u32,
    /// What was entered.
    pub check_in: CheckIn,
}

/// One point of the check-in chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    /// The check-in's id.
    pub id: u32,
    /// Its day.
    pub date: Day,
    /// Partner A's ratings, within 1..=10.
    pub a: Rating,
    /// Partner B's ratings, within 1..=10.
    pub b: Rating,
}

/// A gentle nudge about check-ins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// No check-in yet: an invitation to try the first one.
    First,
    /// The interval has passed since the last check-in (`days_overdue` is 0 on the day it falls due).
    Due {
        /// The latest check-in's day.
        last: Day,
        /// Days past the due day.
        days_overdue: u32,
    },
}

impl Reminder {
    /// The sentence to show.
    pub fn message(self) -> String {
        match self {
            Reminder::First => t(Msg::ReminderFirst).to_owned(),
            Reminder::Due {
                days_overdue: 0, ..
            } => t(Msg::ReminderToday).to_owned(),
            Reminder::Due { last, .. } => f(Fmt::ReminderLast, &[("day", &last.to_string())]),
        }
    }
}

/// Steps done out of steps counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Steps done.
    pub done: u32,
    /// Steps counted (visible ones).
    pub total: u32,
}

impl Progress {
    /// Rounded percent done, 0 when there is nothing to count.
    pub fn percent(self) -> u8 {
        percent(self.done, self.total)
    }
}

/// Rounded `done` out of `total` as a percent (halves round up); 0 when `total` is 0, and never
/// above 100.
pub fn percent(done: u32, total: u32) -> u8 {
    if total == 0 {
        return 0;
    }
    let (done, total) = (u64::from(done.min(total)), u64::from(total));
    // At most 100 by construction.
    ((done * 200 + total) / (total * 2)) as u8
}

/// Progress of one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseProgress {
    /// The phase.
    pub phase: &'static Phase,
    /// Its visible steps done out of counted.
    pub progress: Progress,
}

/// A built-in or custom step, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepView {
    /// Id to pass back to the step methods.
    pub id: String,
    /// Who takes it.
    pub who: Doer,
    /// What to do.
    pub text: String,
    /// Why it helps (built-in steps only).
    pub why: Option<&'static str>,
    /// How you know it is done (built-in steps only).
    pub done_when: Option<&'static str>,
    /// Added by the couple (can be removed).
    pub custom: bool,
    /// Hidden from the checklist and its progress.
    pub hidden: bool,
    /// Set when done.
    pub tick: Option<Tick>,
}

/// A self-trust item with its tick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelfTrustView {
    /// The item.
    pub item: &'static SelfTrustItem,
    /// Set when done.
    pub tick: Option<Tick>,
}

/// The couple's repair plan and its tracking, as saved. Unknown ids in saved data are kept but
/// ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RepairPlan {
    /// Done steps by step id.
    ticks: FlatMap<String, Tick>,
    /// Hidden step ids.
    hidden: FlatSet<String>,
    /// Steps the couple added.
    custom_steps: Vec<CustomStep>,
    /// Done self-trust items by id.
    self_trust: FlatMap<String, Tick>,
    /// Promises, in the order added. Like the check-ins, their stored text is kept between saves.
    promises: Cached<Vec<Promise>>,
    /// Check-ins, in the order added.
    check_ins: Cached<Vec<SavedCheckIn>>,
    /// Days between check-ins; read through [`RepairPlan::check_in_every_days`].
    check_in_every_days: u32,
    /// Counter for custom step ids.
    next_step: u32,
    /// Counter for promise ids.
    next_promise: u32,
    /// Counter for check-in ids.
    next_check_in: u32,
    /// Records that came from the partner's phone in a packet (see `domain::merge`), by
    /// `"tick:<step id>"`, `"promise:<id>"` or `"check-in:<id>"` (this device's ids). Records
    /// not listed were made on this device and belong to the person using it.
    #[serde(skip_serializing_if = "FlatMap::is_empty")]
    received: FlatMap<String, Received>,
}

/// Where a record that came from the partner's phone came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received {
    /// Its owner, who sent it.
    pub from: Partner,
    /// Its id on their phone (a step id for ticks).
    pub their_id: String,
    /// When the packet that last changed it was made (milliseconds since 1970, sender's clock).
    pub changed: u64,
}

/// Most records of one kind a packet may bring.
pub const MAX_SHARED_RECORDS: usize = 2000;

/// One partner's own part of the plan, as it travels in a packet: built-in steps they ticked,
/// promises and check-ins made on their phone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedRepair {
    /// Ticked built-in steps by id.
    pub ticks: FlatMap<String, Tick>,
    /// Promises, with the sender's ids.
    pub promises: Vec<Promise>,
    /// Check-ins, with the sender's ids.
    pub check_ins: Vec<SavedCheckIn>,
}

impl SharedRepair {
    /// How many records it holds.
    pub fn len(&self) -> usize {
        self.ticks.len() + self.promises.len() + self.check_ins.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks what a hand-made packet could get wrong, by the same limits as typing: known
    /// built-in steps, text lengths, ratings, and no more than [`MAX_SHARED_RECORDS`] of a kind.
    pub fn check(&self) -> Result<(), FieldError> {
        if [self.ticks.len(), self.promises.len(), self.check_ins.len()]
            .iter()
            .any(|n| *n > MAX_SHARED_RECORDS)
        {
            return Err(FieldError::TooMany {
                max: MAX_SHARED_RECORDS,
            });
        }
        for (id, tick) in &self.ticks {
            if step(id).is_none() {
                return Err(FieldError::UnknownStep);
            }
            check_len("note", &tick.note, MAX_NOTE_CHARS)?;
        }
        for promise in &self.promises {
            required("text", &promise.text, MAX_STEP_CHARS)?;
            if let Some(decision) = &promise.decision {
                check_len("note", &decision.note, MAX_NOTE_CHARS)?;
            }
        }
        self.check_ins
            .iter()
            .try_for_each(|c| c.check_in.validate())
    }
}

/// A record of a numbered list (promises, check-ins), whose id is its place on one device.
trait Numbered: Clone + PartialEq {
    /// Its id on the device it is on.
    fn id(&self) -> u32;
    /// The same record under another id.
    fn with_id(&self, id: u32) -> Self;
}

impl Numbered for Promise {
    fn id(&self) -> u32 {
        self.id
    }
    fn with_id(&self, id: u32) -> Self {
        Promise { id, ..self.clone() }
    }
}

impl Numbered for SavedCheckIn {
    fn id(&self) -> u32 {
        self.id
    }
    fn with_id(&self, id: u32) -> Self {
        SavedCheckIn { id, ..self.clone() }
    }
}

/// Two (added, updated) counts together.
fn add_pairs(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    (a.0 + b.0, a.1 + b.1)
}

/// Takes in one numbered list of a packet `(from, changed)`: a record met before (found by its
/// id on the sender's phone, under `kind`) is updated if this packet is newer; a new one is added
/// under a fresh id here. Returns how many were added and how many updated.
fn receive_records<T: Numbered>(
    list: &mut Vec<T>,
    counter: &mut u32,
    received: &mut FlatMap<String, Received>,
    (from, changed): (Partner, u64),
    kind: &str,
    incoming: &[T],
) -> Result<(usize, usize), FieldError> {
    let (mut added, mut updated) = (0, 0);
    for record in incoming {
        let their_id = record.id().to_string();
        let known = received
            .iter()
            .find(|(key, r)| key.starts_with(kind) && r.from == from && r.their_id == their_id)
            .and_then(|(key, r)| Some((key[kind.len()..].parse::<u32>().ok()?, r.changed)));
        let id = match known {
            Some((id, at)) if at < changed => {
                let Some(here) = list.iter_mut().find(|x| x.id() == id) else {
                    continue;
                };
                let fresh = record.with_id(id);
                if *here != fresh {
                    *here = fresh;
                    updated += 1;
                }
                id
            }
            Some(_) => continue,
            None => {
                let id = next_id(*counter, list.iter().map(Numbered::id))?;
                *counter = id;
                list.push(record.with_id(id));
                added += 1;
                id
            }
        };
        remember(received, format!("{kind}{id}"), from, their_id, changed);
    }
    Ok((added, updated))
}

/// Notes that the record under `key` came from `from`'s phone, where its id is `their_id`, as of
/// the packet made at `changed`.
fn remember(
    received: &mut FlatMap<String, Received>,
    key: String,
    from: Partner,
    their_id: String,
    changed: u64,
) {
    received.insert(
        key,
        Received {
            from,
            their_id,
            changed,
        },
    );
}

impl Default for RepairPlan {
    fn default() -> RepairPlan {
        RepairPlan {
            ticks: FlatMap::new(),
            hidden: FlatSet::new(),
            custom_steps: Vec::new(),
            self_trust: FlatMap::new(),
            promises: Cached::default(),
            check_ins: Cached::default(),
            // The serde default goes through this impl too, so `{}` loads as weekly.
            check_in_every_days: DEFAULT_CHECK_IN_EVERY_DAYS,
            next_step: 0,
            received: FlatMap::new(),
            next_promise: 0,
            next_check_in: 0,
        }
    }
}

/// The next free numeric id: past the counter and past every id already saved.
fn next_id(counter: u32, taken: impl Iterator<Item = u32>) -> Result<u32, FieldError> {
    counter
        .max(taken.max().unwrap_or(0))
        .checked_add(1)
        .ok_or(FieldError::TooMany {
            max: u32::MAX as usize,
        })
}

impl RepairPlan {
    /// An empty plan with weekly check-ins.
    pub fn new() -> RepairPlan {
        RepairPlan::default()
    }

    fn custom_step(&self, id: &str) -> Option<&CustomStep> {
        // Custom steps of unknown phases are ignored, as if they did not exist.
        self.custom_steps
            .iter()
            .find(|s| s.id == id && phase(&s.phase).is_some())
    }

    fn step_exists(&self, id: &str) -> bool {
        step(id).is_some() || self.custom_step(id).is_some()
    }

    /// The custom steps shown in phase `p`, in order: each id once, never a built-in step's id.
    fn custom_steps_of<'a>(&'a self, p: &'a Phase) -> impl Iterator<Item = &'a CustomStep> {
        let mut seen = FlatSet::new();
        self.custom_steps
            .iter()
            .filter(move |s| s.phase == p.id && step(&s.id).is_none() && seen.insert(s.id.as_str()))
    }

    /// Every step of a phase, built-in first, then custom; hidden ones included and flagged.
    /// Empty for an unknown phase.
    pub fn steps(&self, phase_id: &str) -> Vec<StepView> {
        let Some(p) = phase(phase_id) else {
            return Vec::new();
        };
        let builtin = p.steps.iter().map(|s| StepView {
            id: s.id.to_owned(),
            who: s.who,
            text: s.text().to_owned(),
            why: Some(s.why()),
            done_when: Some(s.done_when()),
            custom: false,
            hidden: self.hidden.contains(s.id),
            tick: self.ticks.get(s.id).cloned(),
        });
        let custom = self.custom_steps_of(p).map(|s| StepView {
            id: s.id.clone(),
            who: s.who,
            text: s.text.clone(),
            why: None,
            done_when: None,
            custom: true,
            hidden: self.hidden.contains(&s.id),
            tick: self.ticks.get(&s.id).cloned(),
        });
        builtin.chain(custom).collect()
    }

    /// The steps of a phase that are not hidden.
    pub fn visible_steps(&self, phase_id: &str) -> Vec<StepView> {
        self.steps(phase_id)
            .into_iter()
            .filter(|s| !s.hidden)
            .collect()
    }

    /// Marks a step done on `today` with an optional note. Ticking a step that is already done
    /// keeps its first date and replaces the note.
    pub fn tick(&mut self, step_id: &str, today: Day, note: &str) -> Result<(), FieldError> {
        if !self.step_exists(step_id) {
            return Err(FieldError::UnknownStep);
        }
        check_len("note", note, MAX_NOTE_CHARS)?;
        let tick = self
            .ticks
            .entry(step_id.to_owned())
            .or_insert_with(|| Tick {
                done_on: today,
                note: String::new(),
            });
        note.clone_into(&mut tick.note);
        Ok(())
    }

    /// Marks a step not done, dropping its note. Also clears ticks left by removed steps.
    pub fn untick(&mut self, step_id: &str) -> Result<(), FieldError> {
        if self.ticks.remove(step_id).is_none() && !self.step_exists(step_id) {
            return Err(FieldError::UnknownStep);
        }
        Ok(())
    }

    /// Replaces the note of a done step.
    pub fn set_note(&mut self, step_id: &str, note: &str) -> Result<(), FieldError> {
        if !self.step_exists(step_id) {
            return Err(FieldError::UnknownStep);
        }
        check_len("note", note, MAX_NOTE_CHARS)?;
        let tick = self.ticks.get_mut(step_id).ok_or(FieldError::NotTicked)?;
        note.clone_into(&mut tick.note);
        Ok(())
    }

    /// Hides a step that does not fit you; it stops counting towards progress. Its tick is kept.
    pub fn hide(&mut self, step_id: &str) -> Result<(), FieldError> {
        if !self.step_exists(step_id) {
            return Err(FieldError::UnknownStep);
        }
        self.hidden.insert(step_id.to_owned());
        Ok(())
    }

    /// Shows a hidden step again.
    pub fn show(&mut self, step_id: &str) -> Result<(), FieldError> {
        if !self.step_exists(step_id) {
            return Err(FieldError::UnknownStep);
        }
        self.hidden.remove(step_id);
        Ok(())
    }

    /// Adds your own step at the end of a phase and returns its id.
    pub fn add_custom_step(
        &mut self,
        phase_id: &str,
        text: &str,
        who: Doer,
    ) -> Result<String, FieldError> {
        let p = phase(phase_id).ok_or(FieldError::UnknownPhase)?;
        let text = required("text", text, MAX_STEP_CHARS)?;
        if self.custom_steps.len() >= MAX_CUSTOM_STEPS {
            return Err(FieldError::TooMany {
                max: MAX_CUSTOM_STEPS,
            });
        }
        let (n, id) = fresh_custom_id(self.next_step, |id| {
            self.custom_steps.iter().any(|s| s.id == id)
                || self.ticks.contains_key(id)
                || self.hidden.contains(id)
        })
        .ok_or(FieldError::TooMany {
            max: MAX_CUSTOM_STEPS,
        })?;
        self.next_step = self.next_step.max(n);
        self.custom_steps.push(CustomStep {
            id: id.clone(),
            phase: p.id.to_owned(),
            text,
            who,
        });
        Ok(id)
    }

    /// Removes a step you added, with its tick. Built-in steps can only be hidden.
    pub fn remove_custom_step(&mut self, step_id: &str) -> Result<(), FieldError> {
        if step(step_id).is_some() {
            return Err(FieldError::BuiltIn);
        }
        let before = self.custom_steps.len();
        self.custom_steps.retain(|s| s.id != step_id);
        if self.custom_steps.len() == before {
            return Err(FieldError::UnknownStep);
        }
        self.ticks.remove(step_id);
        self.hidden.remove(step_id);
        Ok(())
    }

    /// Visible steps done out of visible steps in one phase (zero for an unknown phase).
    ///
    /// Counted from ids, ticks and hidden marks only, the same steps as [`RepairPlan::visible_steps`]:
    /// it never looks a step's text up, so code that only counts (the import preview) does not
    /// pull the checklist's text into its part.
    pub fn phase_progress(&self, phase_id: &str) -> Progress {
        let Some(p) = phase(phase_id) else {
            return Progress::default();
        };
        let ids = p
            .steps
            .iter()
            .map(|s| s.id)
            .chain(self.custom_steps_of(p).map(|s| s.id.as_str()));
        ids.filter(|id| !self.hidden.contains(*id))
            .fold(Progress::default(), |sum, id| Progress {
                done: sum.done + u32::from(self.ticks.contains_key(id)),
                total: sum.total + 1,
            })
    }

    /// Progress of every phase, in order.
    pub fn progress_by_phase(&self) -> Vec<PhaseProgress> {
        PHASES
            .iter()
            .map(|p| PhaseProgress {
                phase: p,
                progress: self.phase_progress(p.id),
            })
            .collect()
    }

    /// Progress over all phases. Text-free, like [`RepairPlan::phase_progress`].
    pub fn overall_progress(&self) -> Progress {
        PHASES
            .iter()
            .map(|p| self.phase_progress(p.id))
            .fold(Progress::default(), |sum, p| Progress {
                done: sum.done + p.done,
                total: sum.total + p.total,
            })
    }

    /// The custom steps as saved (including any whose phase no longer exists).
    pub fn custom_steps(&self) -> &[CustomStep] {
        &self.custom_steps
    }

    /// The self-trust checklist with ticks, in order.
    pub fn self_trust(&self) -> Vec<SelfTrustView> {
        SELF_TRUST
            .iter()
            .map(|item| SelfTrustView {
                item,
                tick: self.self_trust.get(item.id).cloned(),
            })
            .collect()
    }

    /// Marks a self-trust item done (keeping the first date if it already was) with a note.
    pub fn tick_self_trust(
        &mut self,
        item_id: &str,
        today: Day,
        note: &str,
    ) -> Result<(), FieldError> {
        if self_trust_item(item_id).is_none() {
            return Err(FieldError::UnknownStep);
        }
        check_len("note", note, MAX_NOTE_CHARS)?;
        let tick = self
            .self_trust
            .entry(item_id.to_owned())
            .or_insert_with(|| Tick {
                done_on: today,
                note: String::new(),
            });
        note.clone_into(&mut tick.note);
        Ok(())
    }

    /// Marks a self-trust item not done.
    pub fn untick_self_trust(&mut self, item_id: &str) -> Result<(), FieldError> {
        if self.self_trust.remove(item_id).is_none() && self_trust_item(item_id).is_none() {
            return Err(FieldError::UnknownStep);
        }
        Ok(())
    }

    /// Self-trust items done out of all items.
    pub fn self_trust_progress(&self) -> Progress {
        let views = self.self_trust();
        Progress {
            done: views.iter().filter(|v| v.tick.is_some()).count() as u32,
            total: views.len() as u32,
        }
    }

    /// All promises, in the order added.
    pub fn promises(&self) -> &[Promise] {
        &self.promises
    }

    /// One promise by id.
    pub fn promise(&self, id: u32) -> Option<&Promise> {
        self.promises.iter().find(|p| p.id == id)
    }

    /// The ids of the `limit` most recently added promises, newest first. Long lists are shown
    /// a page at a time, so what a screen draws, and what each change costs, does not grow with
    /// the years of promises kept.
    pub fn recent_promise_ids(&self, limit: usize) -> Vec<u32> {
        self.promises
            .iter()
            .rev()
            .take(limit)
            .map(|p| p.id)
            .collect()
    }

    /// Decided promises and how many of them were kept: `(kept, decided)`.
    pub fn kept_counts(&self) -> (u32, u32) {
        self.promises
            .iter()
            .filter_map(|p| p.decision.as_ref())
            .fold((0, 0), |(kept, decided), d| {
                (kept + u32::from(d.outcome == Outcome::Kept), decided + 1)
            })
    }

    /// Promises for display: past their day first, then open ones by due day, then decided ones
    /// with the most recent first.
    pub fn promise_list(&self, today: Day) -> Vec<(&Promise, PromiseState)> {
        let mut list: Vec<_> = self.promises.iter().map(|p| (p, p.state(today))).collect();
        list.sort_by_key(|(p, state)| {
            let group = match state {
                PromiseState::Overdue => 0,
                PromiseState::Open => 1,
                PromiseState::Kept | PromiseState::Missed => 2,
            };
            // Newest decision first: negate the day number.
            let when = p
                .decision
                .as_ref()
                .map_or(p.due.to_days(), |d| -d.on.to_days());
            (group, when, p.id)
        });
        list
    }

    /// Adds a small promise due on `due` (today or later) and returns its id.
    pub fn add_promise(&mut self, text: &str, due: Day, today: Day) -> Result<u32, FieldError> {
        let text = required("text", text, MAX_STEP_CHARS)?;
        if due < today {
            return Err(FieldError::DueBeforeToday);
        }
        let id = next_id(self.next_promise, self.promises.iter().map(|p| p.id))?;
        self.next_promise = id;
        self.promises.push(Promise {
            id,
            text,
            made_on: today,
            due,
            decision: None,
        });
        Ok(id)
    }

    /// Records whether a promise was kept, on `today`, with an optional note. Marking again
    /// replaces the earlier outcome.
    pub fn mark(
        &mut self,
        id: u32,
        outcome: Outcome,
        note: &str,
        today: Day,
    ) -> Result<(), FieldError> {
        check_len("note", note, MAX_NOTE_CHARS)?;
        let promise = self
            .promises
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(FieldError::UnknownPromise)?;
        promise.decision = Some(Decision {
            outcome,
            on: today,
            note: note.to_owned(),
        });
        Ok(())
    }

    /// Makes a decided promise open again.
    pub fn reopen(&mut self, id: u32) -> Result<(), FieldError> {
        let promise = self
            .promises
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(FieldError::UnknownPromise)?;
        promise.decision = None;
        Ok(())
    }

    /// Deletes a promise.
    pub fn delete_promise(&mut self, id: u32) -> Result<(), FieldError> {
        let before = self.promises.len();
        self.promises.retain(|p| p.id != id);
        if self.promises.len() == before {
            return Err(FieldError::UnknownPromise);
        }
        Ok(())
    }

    /// Percent of decided promises that were kept; `None` until one is decided.
    pub fn kept_rate(&self) -> Option<u8> {
        let (kept, decided) = self.kept_counts();
        (decided > 0).then(|| percent(kept, decided))
    }

    /// The kept rate as it stood at the end of each day a promise was decided, oldest first.
    pub fn kept_rate_over_time(&self) -> Vec<(Day, u8)> {
        let mut decisions: Vec<(Day, Outcome)> = self
            .promises
            .iter()
            .filter_map(|p| p.decision.as_ref().map(|d| (d.on, d.outcome)))
            .collect();
        decisions.sort_by_key(|(day, _)| *day);
        let (mut kept, mut decided) = (0u32, 0u32);
        let mut points: Vec<(Day, u8)> = Vec::new();
        for (day, outcome) in decisions {
            decided += 1;
            kept += u32::from(outcome == Outcome::Kept);
            let rate = percent(kept, decided);
            match points.last_mut() {
                Some(last) if last.0 == day => last.1 = rate,
                _ => points.push((day, rate)),
            }
        }
        points
    }

    /// All check-ins, in the order added.
    pub fn check_ins(&self) -> &[SavedCheckIn] {
        &self.check_ins
    }

    /// Saves a check-in after checking ratings (1..=10) and text lengths; returns its id.
    pub fn add_check_in(&mut self, check_in: CheckIn) -> Result<u32, FieldError> {
        check_in.validate()?;
        let id = next_id(self.next_check_in, self.check_ins.iter().map(|c| c.id))?;
        self.next_check_in = id;
        self.check_ins.push(SavedCheckIn { id, check_in });
        Ok(id)
    }

    /// Saves a check-in made `today`: its date may not lie after today; otherwise as
    /// [`RepairPlan::add_check_in`].
    pub fn record_check_in(&mut self, check_in: CheckIn, today: Day) -> Result<u32, FieldError> {
        if check_in.date > today {
            return Err(FieldError::DateInFuture);
        }
        self.add_check_in(check_in)
    }

    /// Records how a promise went, as chosen today: `None` opens it again. A changed answer is
    /// dated today; the same answer again (a note added to it) keeps the day it was first given.
    pub fn decide(
        &mut self,
        id: u32,
        outcome: Option<Outcome>,
        note: &str,
        today: Day,
    ) -> Result<(), FieldError> {
        let Some(outcome) = outcome else {
            return self.reopen(id);
        };
        let previous = self
            .promise(id)
            .ok_or(FieldError::UnknownPromise)?
            .decision
            .as_ref();
        let on = previous
            .filter(|d| d.outcome == outcome)
            .map_or(today, |d| d.on);
        self.mark(id, outcome, note, on)
    }

    /// Deletes a check-in.
    pub fn delete_check_in(&mut self, id: u32) -> Result<(), FieldError> {
        let before = self.check_ins.len();
        self.check_ins.retain(|c| c.id != id);
        if self.check_ins.len() == before {
            return Err(FieldError::UnknownCheckIn);
        }
        Ok(())
    }

    /// Ratings over time for the chart, sorted by day (then by id), values within 1..=10.
    pub fn trend(&self) -> Vec<TrendPoint> {
        let mut points: Vec<TrendPoint> = self
            .check_ins
            .iter()
            .map(|c| TrendPoint {
                id: c.id,
                date: c.check_in.date,
                a: c.check_in.a.clamped(),
                b: c.check_in.b.clamped(),
            })
            .collect();
        points.sort_unstable_by_key(|p| (p.date, p.id));
        points
    }

    /// The `limit` latest check-ins, newest first: by day, then the later added first. Only
    /// the ones returned are copied, so a page of them costs the same after years of check-ins.
    pub fn recent_check_ins(&self, limit: usize) -> Vec<SavedCheckIn> {
        // The trend's order, read backwards; its sort is already in the module, a second one
        // would add kilobytes of wasm. Finding a page of ids is cheap beside copying every entry.
        self.trend()
            .iter()
            .rev()
            .take(limit)
            .filter_map(|p| self.check_ins.iter().find(|c| c.id == p.id).cloned())
            .collect()
    }

    /// The latest check-in day, if any.
    pub fn last_check_in(&self) -> Option<Day> {
        self.check_ins.iter().map(|c| c.check_in.date).max()
    }

    /// The day the next check-in falls due, if there has been one.
    pub fn next_check_in_on(&self) -> Option<Day> {
        self.last_check_in()
            .map(|d| d.plus_days(i64::from(self.check_in_every_days())))
    }

    /// A reminder when a check-in is due: [`Reminder::First`] before any check-in, and
    /// [`Reminder::Due`] once `check_in_every_days` days or more have passed since the latest.
    pub fn check_in_due(&self, today: Day) -> Option<Reminder> {
        let Some(last) = self.last_check_in() else {
            return Some(Reminder::First);
        };
        let overdue = last.days_until(today) - i64::from(self.check_in_every_days());
        (overdue >= 0).then(|| Reminder::Due {
            last,
            days_overdue: u32::try_from(overdue).unwrap_or(u32::MAX),
        })
    }

    /// Days between check-ins, always within 1..=90 (saved values outside are pulled in).
    pub fn check_in_every_days(&self) -> u32 {
        self.check_in_every_days
            .clamp(*CHECK_IN_EVERY_DAYS.start(), *CHECK_IN_EVERY_DAYS.end())
    }

    /// Sets the days between check-ins (1 to 90).
    pub fn set_check_in_every_days(&mut self, days: u32) -> Result<(), FieldError> {
        if !CHECK_IN_EVERY_DAYS.contains(&days) {
            return Err(FieldError::OutOfRange {
                field: "every_days",
                min: *CHECK_IN_EVERY_DAYS.start(),
                max: *CHECK_IN_EVERY_DAYS.end(),
                got: days,
            });
        }
        self.check_in_every_days = days;
        Ok(())
    }
}

/// A free id above `after` and above every id in `used`, or, when the top of the range is taken,
/// the lowest free one. `None` only when every id is taken.
fn fresh_id(used: &FlatSet<u32>, after: u32) -> Option<u32> {
    let top = after.max(used.iter().next_back().copied().unwrap_or(0));
    top.checked_add(1)
        .or_else(|| (1..=u32::MAX).find(|n| !used.contains(n)))
}

/// Gives every record after the first that shares an id a fresh one; returns how many changed.
fn renumber<T>(items: &mut [T], counter: &mut u32, id: fn(&mut T) -> &mut u32) -> usize {
    let mut used: FlatSet<u32> = items.iter_mut().map(|item| *id(item)).collect();
    let mut seen = FlatSet::new();
    let mut changed = 0;
    for item in items.iter_mut() {
        let slot = id(item);
        if seen.insert(*slot) {
            continue;
        }
        // Fewer records than ids always leaves one free.
        let Some(new) = fresh_id(&used, *counter) else {
            continue;
        };
        used.insert(new);
        seen.insert(new);
        *slot = new;
        *counter = (*counter).max(new);
        changed += 1;
    }
    changed
}

// Keyed lists must hold each id once: the repair screen keys its rows by these ids, and a second
// row with the same id would show and change the first one's record.
impl RepairPlan {
    /// Custom step ids that more than one step answers to: shared by two custom steps, or taken by
    /// a built-in step.
    fn shared_step_ids(&self) -> FlatSet<&str> {
        shared_custom_ids(self.custom_steps.iter().map(|s| s.id.as_str()), |id| {
            step(id).is_some()
        })
    }

    /// True when two steps you added share an id and a tick or a hidden mark names it, so the
    /// data cannot say which of the two it belongs to. (A custom step with a built-in step's id is
    /// not in doubt: its ticks have always been shown on the built-in step.)
    pub fn step_ids_in_doubt(&self) -> bool {
        self.shared_step_ids().into_iter().any(|id| {
            step(id).is_none() && (self.ticks.contains_key(id) || self.hidden.contains(id))
        })
    }

    /// What the person using this device made themselves (not received): ticked built-in
    /// steps, promises and check-ins. What a packet to the partner carries.
    pub fn own_part(&self) -> SharedRepair {
        SharedRepair {
            ticks: self
                .ticks
                .iter()
                .filter(|(id, _)| {
                    step(id).is_some() && !self.received.contains_key(&format!("tick:{id}"))
                })
                .map(|(id, tick)| (id.clone(), tick.clone()))
                .collect(),
            promises: self
                .promises
                .iter()
                .filter(|p| !self.received.contains_key(&format!("promise:{}", p.id)))
                .cloned()
                .collect(),
            check_ins: self
                .check_ins
                .iter()
                .filter(|c| !self.received.contains_key(&format!("check-in:{}", c.id)))
                .cloned()
                .collect(),
        }
    }

    /// Whether the promise or check-in (`kind` "promise" or "check-in") with this id came from
    /// the partner's phone, and from whom.
    pub fn received_from(&self, kind: &str, id: u32) -> Option<Partner> {
        self.received.get(&format!("{kind}:{id}")).map(|r| r.from)
    }

    /// Takes in `from`'s own part from a packet made at `changed`: their records are added, or
    /// updated where a packet made earlier brought them; ticks they no longer have are removed
    /// if they came from them. Records made on this device are never changed, and a step this
    /// device already ticked keeps its own tick. Deleting is not carried over: a promise or
    /// check-in they deleted stays here. Checked whole first: a refused part changes nothing.
    /// Returns how many records were added and how many updated.
    pub fn receive(
        &mut self,
        from: Partner,
        part: &SharedRepair,
        changed: u64,
    ) -> Result<(usize, usize), FieldError> {
        part.check()?;
        let (mut added, mut updated) = (0, 0);
        let newer = |r: &Received| r.from == from && r.changed < changed;
        // Ticks: this device's own ticks stay; theirs follow their latest packet.
        for (id, tick) in &part.ticks {
            let key = format!("tick:{id}");
            match self.received.get(&key) {
                None if self.ticks.contains_key(id) => {}
                Some(r) if !newer(r) => {}
                known => {
                    if self.ticks.get(id) != Some(tick) {
                        if known.is_some() {
                            updated += 1
                        } else {
                            added += 1
                        }
                        self.ticks.insert(id.clone(), tick.clone());
                    }
                    remember(&mut self.received, key, from, id.clone(), changed);
                }
            }
        }
        let gone: Vec<String> = self
            .received
            .iter()
            .filter(|(key, r)| {
                key.starts_with("tick:") && newer(r) && !part.ticks.contains_key(&r.their_id)
            })
            .map(|(key, _)| key.clone())
            .collect();
        for key in gone {
            if let Some(r) = self.received.remove(&key) {
                self.ticks.remove(&r.their_id);
                updated += 1;
            }
        }
        // Promises and check-ins: found by their id on the sender's phone.
        let promises = receive_records(
            &mut self.promises,
            &mut self.next_promise,
            &mut self.received,
            (from, changed),
            "promise:",
            &part.promises,
        )?;
        let check_ins = receive_records(
            &mut self.check_ins,
            &mut self.next_check_in,
            &mut self.received,
            (from, changed),
            "check-in:",
            &part.check_ins,
        )?;
        let (added, updated) = add_pairs(add_pairs((added, updated), promises), check_ins);
        Ok((added, updated))
    }

    /// Makes every id unique in the lists the screen keys by: promises, check-ins and custom
    /// steps. The first record with an id keeps it, with any tick or hidden mark that names it;
    /// each later one gets a fresh id, and so does a custom step that has a built-in step's id.
    /// No record is dropped. Returns how many records got a new id.
    pub fn renumber_duplicate_ids(&mut self) -> usize {
        let promises = renumber(&mut self.promises, &mut self.next_promise, |p| &mut p.id);
        let check_ins = renumber(&mut self.check_ins, &mut self.next_check_in, |c| &mut c.id);
        promises + check_ins + self.renumber_custom_steps()
    }

    fn renumber_custom_steps(&mut self) -> usize {
        if self.shared_step_ids().is_empty() {
            return 0;
        }
        let taken = self
            .custom_steps
            .iter()
            .map(|s| s.id.clone())
            .chain(self.ticks.keys().cloned())
            .chain(self.hidden.iter().cloned())
            .collect();
        renumber_custom_ids(
            self.custom_steps.iter_mut().map(|s| &mut s.id),
            |id| step(id).is_some(),
            taken,
            &mut self.next_step,
        )
    }
}

#[cfg(test)]
mod tests;

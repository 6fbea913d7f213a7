//! Taking the questionnaire: who is answering, which step they are on, and what they answered.
//!
//! Every method is a pure update that returns whether anything changed. Answers are kept exactly
//! as given, so the UI can save the whole state after each change and resuming is reloading it.
//!
//! Safety answers are not here: a session is saved, and they never are. They live in a
//! [`super::safety::SafetyCheck`] that the screen holds while one person answers.

use super::bank::{item, v1_item_in_current_bank, Answer, Area};
use super::role::Role;
use super::scoring::Answers;
use crate::domain::couple::Partner;
use crate::domain::date::Day;
use serde::{Deserialize, Serialize};

/// Alone, or both partners on one device, one after the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    /// One person answers.
    Solo,
    /// Partner A answers, hands the device over, then partner B answers.
    Together,
}

/// Where the session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// This person is answering, at [`Session::step`].
    Answering(Partner),
    /// A is done and passes the device to B.
    HandOver,
    /// Everyone has answered; the session can be finished.
    Done,
}

/// One step of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The private safety check, always first.
    Safety,
    /// "Which of these fits you best?": where the person answering stands.
    Role,
    /// One area's statements.
    Area(Area),
}

/// How many steps each person goes through: the safety check, the role question, then one per
/// area.
pub const STEP_COUNT: usize = 2 + Area::ALL.len();

impl Step {
    /// The step at a 0-based index, or `None` past the end.
    pub fn at(index: usize) -> Option<Step> {
        match index {
            0 => Some(Step::Safety),
            1 => Some(Step::Role),
            n => Area::ALL.get(n - 2).copied().map(Step::Area),
        }
    }
}

/// A questionnaire being taken.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The day it was started.
    pub started: Day,
    /// Solo or together.
    pub mode: Mode,
    /// Who is answering, or the hand-over, or done.
    pub stage: Stage,
    /// 0-based step of the person answering (0 = safety check).
    #[serde(default)]
    pub step: usize,
    /// A's answers (the only ones in solo mode).
    #[serde(default)]
    pub answers_a: Answers,
    /// B's answers.
    #[serde(default)]
    pub answers_b: Answers,
    /// Where A stands, if A said.
    #[serde(default)]
    pub role_a: Option<Role>,
    /// Where B stands, if B said.
    #[serde(default)]
    pub role_b: Option<Role>,
    // Sessions saved by earlier builds may still hold `safety_a` and `safety_b`. Unknown fields
    // are skipped when reading, so they load, and the next save leaves them out for good.
}

impl Session {
    /// A new session at A's first step.
    pub fn new(mode: Mode, today: Day) -> Session {
        Session {
            started: today,
            mode,
            stage: Stage::Answering(Partner::A),
            step: 0,
            answers_a: Answers::new(),
            answers_b: Answers::new(),
            role_a: None,
            role_b: None,
        }
    }

    /// Where `person` said they stand, if they did.
    pub fn role(&self, person: Partner) -> Option<Role> {
        match person {
            Partner::A => self.role_a,
            Partner::B => self.role_b,
        }
    }

    /// Records where the person answering now stands. Refused when nobody is answering.
    pub fn set_role(&mut self, role: Role) -> bool {
        match self.current_person() {
            Some(Partner::A) => self.role_a = Some(role),
            Some(Partner::B) => self.role_b = Some(role),
            None => return false,
        }
        true
    }

    /// Brings a session saved with bank 1 (no role step, older statements) up to date: answers
    /// move to their current ids or are dropped (see [`v1_item_in_current_bank`]), and the step
    /// index moves past the role step that bank 1 did not have, so the person resumes on the
    /// same statements.
    pub fn migrate_from_bank_v1(&mut self) {
        // In place, with the map's own methods: this runs whenever stored data is read, so it
        // stays small rather than rebuilding the map.
        for answers in [&mut self.answers_a, &mut self.answers_b] {
            answers.retain(|id, _| v1_item_in_current_bank(id).is_some());
            for old in ["hon-05", "acc-05"] {
                if let (Some(answer), Some(new)) =
                    (answers.remove(old), v1_item_in_current_bank(old))
                {
                    answers.insert(new.to_string(), answer);
                }
            }
        }
        if self.step >= 1 {
            self.step = self.step.saturating_add(1);
        }
    }

    /// The person answering now, if anyone is.
    pub fn current_person(&self) -> Option<Partner> {
        match self.stage {
            Stage::Answering(person) => Some(person),
            Stage::HandOver | Stage::Done => None,
        }
    }

    /// The step being answered now, if anyone is answering.
    pub fn current_step(&self) -> Option<Step> {
        self.current_person()
            .map(|_| Step::at(self.clamped_step()).unwrap_or(Step::Safety))
    }

    /// `(current step, total steps)` for the person answering, counting from 1. Each person has
    /// their own run of [`STEP_COUNT`] steps; at the hand-over and when done it is `(total, total)`.
    pub fn progress(&self) -> (usize, usize) {
        match self.stage {
            Stage::Answering(_) => (self.clamped_step() + 1, STEP_COUNT),
            Stage::HandOver | Stage::Done => (STEP_COUNT, STEP_COUNT),
        }
    }

    /// One person's answers so far.
    pub fn answers(&self, person: Partner) -> &Answers {
        match person {
            Partner::A => &self.answers_a,
            Partner::B => &self.answers_b,
        }
    }

    /// The answer the person answering now gave to `item_id`, if any.
    pub fn current_answer(&self, item_id: &str) -> Option<Answer> {
        self.current_person()
            .and_then(|person| self.answers(person).get(item_id).copied())
    }

    /// Records an answer of the person answering now. Refused for unknown ids, ratings outside
    /// 1..=7, or when nobody is answering.
    pub fn answer(&mut self, item_id: &str, answer: Answer) -> bool {
        let valid = item(item_id).is_some_and(|item| match answer {
            Answer::Skipped => true,
            Answer::NotApplicable => item.may_not_apply,
            Answer::Rating(_) => answer.value().is_some(),
        });
        let Some(person) = self.current_person().filter(|_| valid) else {
            return false;
        };
        let answers = match person {
            Partner::A => &mut self.answers_a,
            Partner::B => &mut self.answers_b,
        };
        answers.insert(item_id.to_string(), answer);
        true
    }

    /// Moves on one step; after the last step, to the hand-over (A in together mode) or to done.
    pub fn next_step(&mut self) -> bool {
        let Stage::Answering(person) = self.stage else {
            return false;
        };
        let step = self.clamped_step();
        if step + 1 < STEP_COUNT {
            self.step = step + 1;
        } else if self.mode == Mode::Together && person == Partner::A {
            self.stage = Stage::HandOver;
        } else {
            self.stage = Stage::Done;
        }
        true
    }

    /// Moves back one step. B cannot go back past their own first step, so A's part stays
    /// closed once the device has been handed over.
    pub fn back(&mut self) -> bool {
        match self.stage {
            Stage::Answering(_) => {
                let step = self.clamped_step();
                if step == 0 {
                    return false;
                }
                self.step = step - 1;
            }
            Stage::HandOver => {
                self.stage = Stage::Answering(Partner::A);
                self.step = STEP_COUNT - 1;
            }
            Stage::Done => {
                let last = if self.mode == Mode::Together {
                    Partner::B
                } else {
                    Partner::A
                };
                self.stage = Stage::Answering(last);
                self.step = STEP_COUNT - 1;
            }
        }
        true
    }

    /// B has the device: start B's part at the safety check, which B finds empty (A's answers to
    /// it were never part of the session).
    pub fn hand_over_done(&mut self) -> bool {
        if self.stage != Stage::HandOver {
            return false;
        }
        self.stage = Stage::Answering(Partner::B);
        self.step = 0;
        true
    }

    /// Turns a together session into a solo one before B has started, keeping A's answers; for
    /// example when A's safety answers suggest not doing this together.
    pub fn continue_alone(&mut self) -> bool {
        if self.mode != Mode::Together {
            return false;
        }
        match self.stage {
            Stage::Answering(Partner::A) => {}
            Stage::HandOver => self.stage = Stage::Done,
            Stage::Answering(Partner::B) | Stage::Done => return false,
        }
        self.mode = Mode::Solo;
        self.answers_b.clear();
        self.role_b = None;
        true
    }

    /// Whether the session is ready to be finished.
    pub fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    // Stored data could hold any number; treat anything past the end as the last step.
    fn clamped_step(&self) -> usize {
        self.step.min(STEP_COUNT - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::bank::ITEMS;
    use crate::domain::assessment::safety::SAFETY_ITEMS;

    fn day() -> Day {
        Day::new(2026, 3, 1).unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn steps_start_with_safety_then_every_area() {
        assert_eq!(Step::at(0), Some(Step::Safety));
        assert_eq!(Step::at(1), Some(Step::Role));
        assert_eq!(Step::at(2), Some(Step::Area(Area::Honesty)));
        assert_eq!(Step::at(STEP_COUNT - 1), Some(Step::Area(Area::SelfTrust)));
        assert_eq!(Step::at(STEP_COUNT), None);
    }

    #[test]
    fn solo_walks_forward_and_back_within_bounds() {
        let mut s = Session::new(Mode::Solo, day());
        assert_eq!(s.current_step(), Some(Step::Safety));
        assert!(!s.back());
        assert_eq!(s.progress(), (1, STEP_COUNT));
        for n in 1..STEP_COUNT {
            assert!(s.next_step());
            assert_eq!(s.progress(), (n + 1, STEP_COUNT));
        }
        assert!(s.next_step());
        assert!(s.is_done());
        assert_eq!(s.current_step(), None);
        assert!(!s.next_step());
        assert!(!s.hand_over_done());
        assert!(s.back());
        assert_eq!(s.current_person(), Some(Partner::A));
        assert_eq!(s.current_step(), Some(Step::Area(Area::SelfTrust)));
    }

    #[test]
    fn current_answer_is_the_person_answering_nows() {
        let mut s = Session::new(Mode::Together, day());
        assert_eq!(s.current_answer("hon-01"), None);
        assert!(s.answer("hon-01", Answer::Rating(6)));
        assert_eq!(s.current_answer("hon-01"), Some(Answer::Rating(6)));
        for _ in 0..STEP_COUNT {
            assert!(s.next_step());
        }
        // At the hand-over nobody answers; then B starts with none of A's answers.
        assert_eq!(s.current_answer("hon-01"), None);
        assert!(s.hand_over_done());
        assert_eq!(s.current_answer("hon-01"), None);
        assert!(s.answer("hon-01", Answer::Skipped));
        assert_eq!(s.current_answer("hon-01"), Some(Answer::Skipped));
    }

    #[test]
    fn together_hands_over_and_closes_a_part() {
        let mut s = Session::new(Mode::Together, day());
        assert!(s.answer("hon-01", Answer::Rating(6)));
        for _ in 0..STEP_COUNT {
            assert!(s.next_step());
        }
        assert_eq!(s.stage, Stage::HandOver);
        assert!(!s.answer("hon-02", Answer::Rating(6)));
        assert!(!s.next_step());
        assert!(s.back());
        assert_eq!(
            (s.current_person(), s.step),
            (Some(Partner::A), STEP_COUNT - 1)
        );
        assert!(s.next_step());
        assert!(s.hand_over_done());
        assert_eq!(s.current_person(), Some(Partner::B));
        assert_eq!(s.current_step(), Some(Step::Safety));
        assert!(!s.back());
        assert!(s.answer("hon-01", Answer::Rating(2)));
        assert_eq!(
            s.answers(Partner::A).get("hon-01"),
            Some(&Answer::Rating(6))
        );
        assert_eq!(
            s.answers(Partner::B).get("hon-01"),
            Some(&Answer::Rating(2))
        );
        for _ in 0..STEP_COUNT {
            assert!(s.next_step());
        }
        assert!(s.is_done());
        assert!(s.back());
        assert_eq!(s.current_person(), Some(Partner::B));
    }

    #[test]
    fn answers_are_checked() {
        let mut s = Session::new(Mode::Solo, day());
        assert!(!s.answer("nope-01", Answer::Rating(4)));
        assert!(!s.answer("hon-01", Answer::Rating(0)));
        assert!(!s.answer("hon-01", Answer::Rating(8)));
        assert!(!s.answer(SAFETY_ITEMS[0].id, Answer::Rating(4)));
        assert!(s.answer("hon-01", Answer::Skipped));
        assert!(s.answer("hon-01", Answer::Rating(7)));
        assert_eq!(s.answers_a.len(), 1);
        assert_eq!(s.answers_a.get("hon-01"), Some(&Answer::Rating(7)));
        for item in ITEMS {
            assert!(s.answer(item.id, Answer::Rating(4)));
        }
    }

    #[test]
    fn each_person_gives_their_own_role() {
        let mut s = Session::new(Mode::Together, day());
        assert_eq!(s.role(Partner::A), None);
        assert!(s.set_role(Role::WasHurt));
        for _ in 0..STEP_COUNT {
            s.next_step();
        }
        assert!(
            !s.set_role(Role::Both),
            "nobody is answering at the hand-over"
        );
        s.hand_over_done();
        assert!(s.set_role(Role::BrokeTrust));
        assert_eq!(
            (s.role(Partner::A), s.role(Partner::B)),
            (Some(Role::WasHurt), Some(Role::BrokeTrust))
        );
    }

    #[test]
    fn does_not_apply_only_where_offered() {
        let mut s = Session::new(Mode::Solo, day());
        assert!(s.answer("acc-02", Answer::NotApplicable));
        assert!(!s.answer("hon-01", Answer::NotApplicable));
    }

    #[test]
    fn a_bank_one_session_resumes_on_the_same_statements() {
        let old = r#"{"started":"2026-03-01","mode":"Solo","stage":{"Answering":"A"},"step":7,
            "answers_a":{"hon-01":{"Rating":6},"hon-05":{"Rating":2},"acc-05":"Skipped","exp-04":{"Rating":7},
            "con-03":{"Rating":1},"sec-04":{"Rating":3}}}"#;
        let mut s: Session = serde_json::from_str(old).unwrap_or_else(|e| panic!("{e}"));
        s.migrate_from_bank_v1();
        assert_eq!(s.current_step(), Some(Step::Area(Area::Accountability)));
        let ids: Vec<&str> = s.answers_a.keys().map(String::as_str).collect();
        assert_eq!(ids, vec!["hon-01", "slf-06", "slf-07"]);
        assert_eq!(s.answers_a.get("slf-06"), Some(&Answer::Rating(2)));
        let mut at_start = Session::new(Mode::Solo, day());
        at_start.migrate_from_bank_v1();
        assert_eq!(at_start.current_step(), Some(Step::Safety));
    }

    #[test]
    fn continue_alone_only_before_b_starts() {
        let mut s = Session::new(Mode::Together, day());
        assert!(s.continue_alone());
        assert_eq!(s.mode, Mode::Solo);
        assert!(!s.continue_alone());

        let mut s = Session::new(Mode::Together, day());
        for _ in 0..STEP_COUNT {
            s.next_step();
        }
        assert!(s.continue_alone());
        assert!(s.is_done());

        let mut s = Session::new(Mode::Together, day());
        for _ in 0..STEP_COUNT {
            s.next_step();
        }
        s.hand_over_done();
        assert!(!s.continue_alone());
    }

    #[test]
    fn a_stored_step_past_the_end_does_not_panic() {
        let mut s = Session::new(Mode::Solo, day());
        s.step = 999;
        assert_eq!(s.current_step(), Some(Step::Area(Area::SelfTrust)));
        assert_eq!(s.progress(), (STEP_COUNT, STEP_COUNT));
        assert!(s.back());
        assert_eq!(s.step, STEP_COUNT - 2);
        s.step = usize::MAX;
        assert!(s.next_step());
        assert!(s.is_done());
    }

    #[test]
    fn a_session_has_no_place_for_safety_answers() {
        let mut s = Session::new(Mode::Together, day());
        assert!(s.answer("hon-01", Answer::Rating(6)));
        let json = serde_json::to_string(&s).unwrap_or_default();
        assert!(
            !json.contains("safety") && !json.contains("safe-"),
            "{json}"
        );
        // A session saved by an earlier build, with safety answers in it, still loads; they drop.
        let old = r#"{"started":"2026-03-01","mode":"Together","stage":{"Answering":"A"},"step":0,
            "answers_a":{"hon-01":{"Rating":6}},"safety_a":{"safe-01":"Yes"},"safety_b":{"safe-02":"No"}}"#;
        let loaded: Result<Session, _> = serde_json::from_str(old);
        assert_eq!(loaded.ok(), Some(s));
    }
}

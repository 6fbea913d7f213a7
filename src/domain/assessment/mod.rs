//! Trust self-assessment: a private safety check, then about fifty statements on a seven-point
//! scale, scored into descriptive area, facet and overall scores, kept in a history with a
//! trend, and compared side by side when both partners take it together.
//!
//! - [`bank`]: areas, facets, the answer scale and the statements;
//! - [`safety`]: the separate safety check and the help it points to;
//! - [`scoring`]: answers to scores, and the descriptive bands;
//! - [`session`]: taking the questionnaire, step by step;
//! - [`history`]: finished runs and the trend;
//! - [`mod@compare`]: two partners side by side;
//! - [`advice`]: next steps for the weakest areas, by role;
//! - [`role`]: who is answering (hurt, broke trust, both, checking in, rather not say).
//!
//! [`AssessmentState`] ties them together; the UI saves it whole after every change.

pub mod advice;
pub mod bank;
mod change;
pub mod compare;
pub mod history;
mod json;
mod partner_result;
pub mod role;
mod runs;
pub mod safety;
pub mod scoring;
pub mod session;

pub use advice::{advice_for, next_steps, NextStep, Tool};
pub use bank::{
    item, not_applicable_label, scale_labels, skip_label, Answer, Area, Facet, Item, BANK_VERSION,
    ITEMS,
};
pub use change::Change;
pub use compare::{
    agreement, compare, conversation_prompt, conversation_prompts, AgreementReport, AreaGap,
    Standing,
};
pub use history::{trend, CompletedRun, Origin, RunResult, TrendPoint};
pub use partner_result::PartnerResult;
pub use role::{role_explained, role_question, Role};
pub use runs::{renumber, History};
pub use safety::{SafetyAnswer, SafetyCheck, SafetyItem, SAFETY_ITEMS};
pub use scoring::{band_disclaimer, score, Answers, Band, Score, Scores};
pub use session::{Mode, Session, Stage, Step, STEP_COUNT};

use crate::domain::date::Day;
use serde::{Deserialize, Serialize};

/// Everything the assessment keeps: the run in progress and the history of finished runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentState {
    /// The questionnaire being taken, if any (never with safety answers: see [`SafetyCheck`]).
    pub in_progress: Option<Session>,
    /// Finished runs, in the order they were finished. Their stored text is kept between saves:
    /// a save while answering or elsewhere in Mend does not write years of runs again.
    pub history: History,
    /// The id the next finished run gets.
    pub next_id: u64,
}

impl AssessmentState {
    /// Starts a solo session. Refused while another is in progress (discard it first).
    pub fn start_solo(&mut self, today: Day) -> bool {
        self.start(Mode::Solo, today)
    }

    /// Starts a together session, A first. Refused while another is in progress.
    pub fn start_together(&mut self, today: Day) -> bool {
        self.start(Mode::Together, today)
    }

    fn start(&mut self, mode: Mode, today: Day) -> bool {
        if self.in_progress.is_some() {
            return false;
        }
        self.in_progress = Some(Session::new(mode, today));
        true
    }

    /// Drops the session in progress, with all its answers.
    pub fn discard_in_progress(&mut self) -> bool {
        self.in_progress.take().is_some()
    }

    /// See [`Session::answer`].
    pub fn answer(&mut self, item_id: &str, answer: Answer) -> bool {
        self.in_progress
            .as_mut()
            .is_some_and(|s| s.answer(item_id, answer))
    }

    /// See [`Session::set_role`].
    pub fn set_role(&mut self, role: Role) -> bool {
        self.in_progress.as_mut().is_some_and(|s| s.set_role(role))
    }

    /// Brings a state saved with bank 1 up to date: the session in progress moves to the current
    /// statements (see [`Session::migrate_from_bank_v1`]). Finished runs stay as they are: they
    /// keep the bank version, answers and scores they were finished with.
    pub fn migrate_from_bank_v1(&mut self) {
        if let Some(session) = self.in_progress.as_mut() {
            session.migrate_from_bank_v1();
        }
    }

    /// See [`Session::next_step`].
    pub fn next_step(&mut self) -> bool {
        self.in_progress.as_mut().is_some_and(Session::next_step)
    }

    /// See [`Session::back`].
    pub fn back(&mut self) -> bool {
        self.in_progress.as_mut().is_some_and(Session::back)
    }

    /// See [`Session::hand_over_done`].
    pub fn hand_over_done(&mut self) -> bool {
        self.in_progress
            .as_mut()
            .is_some_and(Session::hand_over_done)
    }

    /// See [`Session::continue_alone`].
    pub fn continue_alone(&mut self) -> bool {
        self.in_progress
            .as_mut()
            .is_some_and(Session::continue_alone)
    }

    /// "Stop privately": ends the questionnaire in progress at once and keeps nothing of it.
    ///
    /// Either partner can do this at any moment of their part, or at the hand-over. The session
    /// goes with every answer of both partners, the safety `check` is forgotten, and no run is
    /// added to the history, so there are no scores and no comparison to show. Earlier finished
    /// runs stay as they were. Returns whether a session was stopped; the check is forgotten
    /// either way, since whoever asked to stop wants nothing of it left.
    pub fn stop_privately(&mut self, check: &mut SafetyCheck) -> bool {
        check.forget();
        self.in_progress.take().is_some()
    }

    /// See [`Session::progress`].
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.in_progress.as_ref().map(Session::progress)
    }

    /// Scores a session that is done, adds it to the history and returns the new run's id.
    /// The names (ignored for solo) are copied into the run as given, trimmed; a blank one is
    /// stored empty, never as a default's text, so it is shown in the language on screen
    /// ([`crate::domain::couple::shown_name`]).
    /// `None` when no session is done, or when the finished runs stored could not be read.
    pub fn finish(
        &mut self,
        today: Day,
        name_a: Option<&str>,
        name_b: Option<&str>,
    ) -> Option<u64> {
        if !self.in_progress.as_ref().is_some_and(Session::is_done) {
            return None;
        }
        // A run added to runs that could not be read would never be saved (see
        // `History`): the session stays, to be kept aside with them.
        if self.history.damage().is_some() {
            return None;
        }
        let session = self.in_progress.take()?;
        let given = |name: Option<&str>| name.map(str::trim).unwrap_or_default().to_owned();
        let result = match session.mode {
            Mode::Solo => RunResult::Solo {
                scores: score(&session.answers_a),
                answers: session.answers_a,
                role: session.role_a,
            },
            Mode::Together => RunResult::Together {
                a: PartnerResult {
                    name: given(name_a),
                    scores: score(&session.answers_a),
                    answers: session.answers_a,
                    role: session.role_a,
                },
                b: PartnerResult {
                    name: given(name_b),
                    scores: score(&session.answers_b),
                    answers: session.answers_b,
                    role: session.role_b,
                },
            },
        };
        // Stored data may have been edited by hand; never hand out an id that is already taken.
        let id = self
            .history
            .iter()
            .map(|run| run.id.saturating_add(1))
            .fold(self.next_id, u64::max);
        self.history.push(CompletedRun {
            id,
            date: today,
            bank_version: BANK_VERSION,
            result,
            origin: None,
        });
        self.next_id = id.saturating_add(1);
        Some(id)
    }

    /// The run with this id.
    pub fn run(&self, id: u64) -> Option<&CompletedRun> {
        self.history.iter().find(|run| run.id == id)
    }

    /// The most recent run (latest date; same day, the last finished).
    pub fn latest(&self) -> Option<&CompletedRun> {
        self.history.iter().max_by_key(|run| (run.date, run.id))
    }

    /// Deletes one run.
    pub fn delete_run(&mut self, id: u64) -> bool {
        let before = self.history.len();
        self.history.retain(|run| run.id != id);
        self.history.len() != before
    }

    /// "Start over": deletes the history and any session in progress. Ids keep counting up, so
    /// an old link never points at a new run.
    pub fn clear(&mut self) {
        self.in_progress = None;
        self.history.clear();
    }

    /// One point per run, oldest first; see [`trend`].
    pub fn trend(&self) -> Vec<TrendPoint> {
        trend(&self.history)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::couple::{shown_name, Partner};

    fn day(d: u8) -> Day {
        Day::new(2026, 6, d).unwrap_or_else(|| unreachable!())
    }

    fn trusting(item: &Item) -> Answer {
        Answer::Rating(if item.reversed { 1 } else { 7 })
    }

    fn walk_to_end(state: &mut AssessmentState, answer: impl Fn(&Item) -> Answer) {
        while let Some(step) = state.in_progress.as_ref().and_then(Session::current_step) {
            if let Step::Area(area) = step {
                for item in area.items() {
                    assert!(state.answer(item.id, answer(item)));
                }
            }
            assert!(state.next_step());
        }
    }

    fn through_json(state: &AssessmentState) -> AssessmentState {
        let json = serde_json::to_string(state).unwrap_or_default();
        serde_json::from_str(&json).unwrap_or_default()
    }

    #[test]
    fn runs_saved_with_the_english_defaults_show_the_defaults_of_the_language_on_screen() {
        use crate::domain::schema::{self, Decoded};
        use crate::i18n::{names, results, with_language, Lang};
        // A together run as earlier versions saved it without names, built from the frozen
        // fixture's run: the English defaults themselves were stored.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v2-populated.json"
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
        let solo = value["assessment"]["history"][0]["result"].clone();
        let side = |name: &str| serde_json::json!({"name": name, "scores": solo["scores"], "answers": solo["answers"]});
        value["assessment"]["history"][0]["result"] =
            serde_json::json!({"mode": "Together", "a": side("Partner A"), "b": side("Partner B")});
        let document = match schema::decode(&value.to_string()) {
            Ok(Decoded::Current(document) | Decoded::Migrated { document, .. }) => document,
            other => panic!("{other:?}"),
        };
        let run = &document.assessment.history[0];
        let names_of = |run: &CompletedRun| {
            let Some(report) = run.agreement() else {
                panic!("a together run")
            };
            (report.a.name, report.b.name)
        };
        assert_eq!(
            names_of(run),
            ("Partner A".to_owned(), "Partner B".to_owned())
        );
        let in_spanish = with_language(Lang::Es, &[&names::ES, &results::ES], || names_of(run));
        assert_eq!(in_spanish, ("Persona A".to_owned(), "Persona B".to_owned()));
        // Stored data is read as it is: nothing rewritten.
        let RunResult::Together { a, .. } = &run.result else {
            panic!("a together run")
        };
        assert_eq!(a.name, "Partner A");
    }

    #[test]
    fn solo_run_is_scored_and_saved() {
        let mut state = AssessmentState::default();
        assert!(state.start_solo(day(1)));
        assert!(!state.start_together(day(1)));
        assert_eq!(state.finish(day(1), None, None), None);
        walk_to_end(&mut state, trusting);
        assert_eq!(state.progress(), Some((STEP_COUNT, STEP_COUNT)));
        let id = state.finish(day(2), Some("ignored"), None);
        assert_eq!(id, Some(0));
        assert_eq!(state.in_progress, None);
        assert_eq!(state.next_id, 1);
        let run = state.run(0).cloned();
        let Some(CompletedRun {
            date,
            bank_version,
            result: RunResult::Solo {
                scores, answers, ..
            },
            ..
        }) = run
        else {
            panic!("expected a solo run, got {run:?}");
        };
        assert_eq!((date, bank_version), (day(2), BANK_VERSION));
        assert_eq!(scores.overall(), Some(100));
        assert_eq!(answers.len(), ITEMS.len());
        let json = serde_json::to_string(&state).unwrap_or_default();
        assert!(!json.contains("safe-"), "{json}");
        assert!(!json.contains("Yes"), "{json}");
    }

    #[test]
    fn together_run_keeps_names_and_compares() {
        let mut state = AssessmentState::default();
        assert!(state.start_together(day(3)));
        walk_to_end(&mut state, trusting);
        assert_eq!(
            state.in_progress.as_ref().map(|s| s.stage),
            Some(Stage::HandOver)
        );
        assert_eq!(state.finish(day(3), None, None), None);
        assert!(state.hand_over_done());
        walk_to_end(&mut state, |item| {
            if item.area == Area::Conflict {
                Answer::Rating(if item.reversed { 7 } else { 1 })
            } else {
                trusting(item)
            }
        });
        let id = state.finish(day(4), Some("Sam"), Some("  "));
        let run = id.and_then(|id| state.run(id));
        let Some(RunResult::Together { a, b }) = run.map(|r| &r.result) else {
            panic!("expected a together run");
        };
        // Stored as given (none for B), shown with the default.
        assert_eq!((a.name.as_str(), b.name.as_str()), ("Sam", ""));
        assert_eq!(
            (
                shown_name(&a.name, Partner::A),
                shown_name(&b.name, Partner::B)
            ),
            ("Sam".to_owned(), "Partner B".to_owned())
        );
        assert_eq!(b.scores.area(Area::Conflict), Some(0));
        let gaps = run.and_then(CompletedRun::comparison).unwrap_or_default();
        assert_eq!(
            gaps.first().map(|g| (g.area, g.gap)),
            Some((Area::Conflict, Some(100)))
        );
        assert!(!serde_json::to_string(&state)
            .unwrap_or_default()
            .contains("safe-"));
    }

    #[test]
    fn resuming_is_reloading_the_saved_state() {
        let mut state = AssessmentState::default();
        state.start_together(day(5));
        state.next_step();
        state.answer("hon-01", Answer::Rating(3));
        state.answer("hon-02", Answer::Skipped);
        let mut resumed = through_json(&state);
        assert_eq!(resumed, state);
        assert_eq!(resumed.progress(), Some((2, STEP_COUNT)));
        assert!(resumed.next_step());
        assert!(resumed.back());
        assert!(resumed.back());
        assert_eq!(
            resumed.in_progress.as_ref().and_then(Session::current_step),
            Some(Step::Safety)
        );
    }

    #[test]
    fn ids_grow_and_runs_can_be_deleted_or_cleared() {
        let mut state = AssessmentState::default();
        for d in [3, 1, 2] {
            state.start_solo(day(d));
            walk_to_end(&mut state, |_| Answer::Rating(4));
            state.finish(day(d), None, None);
        }
        let ids: Vec<u64> = state.history.iter().map(|r| r.id).collect();
        assert_eq!(ids, vec![0, 1, 2]);
        assert_eq!(state.latest().map(|r| r.id), Some(0));
        let trend_ids: Vec<u64> = state.trend().iter().map(|p| p.run_id).collect();
        assert_eq!(trend_ids, vec![1, 2, 0]);
        assert!(state.delete_run(1));
        assert!(!state.delete_run(1));
        assert_eq!(state.history.len(), 2);
        state.start_solo(day(9));
        state.clear();
        assert_eq!(
            (state.history.len(), state.in_progress.is_none()),
            (0, true)
        );
        state.start_solo(day(9));
        walk_to_end(&mut state, |_| Answer::Skipped);
        assert_eq!(state.finish(day(9), None, None), Some(3));
        assert_eq!(state.latest().map(|r| r.overall()), Some(None));
    }

    #[test]
    fn a_stale_next_id_never_reuses_an_id() {
        let mut state = AssessmentState::default();
        state.start_solo(day(1));
        walk_to_end(&mut state, |_| Answer::Rating(4));
        state.finish(day(1), None, None);
        state.next_id = 0;
        state.start_solo(day(2));
        walk_to_end(&mut state, |_| Answer::Rating(4));
        assert_eq!(state.finish(day(2), None, None), Some(1));
    }

    #[test]
    fn runs_renumbered_when_first_read_never_share_an_id_with_the_next_one() {
        use crate::domain::document::Document;
        use crate::domain::schema::{decode_later, encode, Decoded};
        // Two stored runs sharing an id and a stale counter, as stored data edited by hand may
        // hold. Read later (see `runs.rs`), the second is renumbered only when the runs are
        // read, after the counter was looked at; finishing a run must still pick a free id.
        let mut document = Document::default();
        for on in 1..=2 {
            document.assessment.start_solo(day(on));
            walk_to_end(&mut document.assessment, |_| Answer::Rating(4));
            document.assessment.finish(day(on), None, None);
        }
        for run in document.assessment.history.iter_mut() {
            run.id = 4;
        }
        document.assessment.next_id = 0;
        let text = encode(&document).unwrap_or_default();
        let Ok(Decoded::Current(mut read)) = decode_later(&text) else {
            panic!("reads: {text}");
        };
        read.repair_ids();
        assert!(read.assessment.history.is_unread());
        let state = &mut read.assessment;
        state.start_solo(day(3));
        walk_to_end(state, |_| Answer::Rating(4));
        let id = state.finish(day(3), None, None);
        let mut ids: Vec<u64> = state.history.iter().map(|run| run.id).collect();
        assert_eq!(ids, [4, 5, 6]);
        assert_eq!(id, Some(6));
        ids.dedup();
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn a_run_is_not_finished_onto_runs_that_could_not_be_read() {
        use crate::domain::schema::{decode_later, Decoded};
        // Stored runs that do not fit, left unread by the load: the run would be dropped by
        // every save (see `runs.rs`), so it stays in progress, answers and all, to be kept aside
        // with them.
        let text = r#"{"schema_version":3,"assessment":{"history":[{"id":1}]}}"#;
        let Ok(Decoded::Current(mut document)) = decode_later(text) else {
            panic!("the rest reads");
        };
        let state = &mut document.assessment;
        state.start_solo(day(3));
        walk_to_end(state, |_| Answer::Rating(4));
        assert_eq!(state.finish(day(3), None, None), None);
        assert!(state.in_progress.as_ref().is_some_and(Session::is_done));
        assert!(state.history.damage().is_some());
    }

    #[test]
    fn discarding_and_the_empty_state() {
        let mut state = AssessmentState::default();
        assert!(
            !state.next_step()
                && !state.back()
                && !state.hand_over_done()
                && !state.continue_alone()
        );
        assert!(!state.answer("hon-01", Answer::Rating(4)));
        assert_eq!(state.progress(), None);
        assert!(state.start_solo(day(1)));
        assert!(state.discard_in_progress());
        assert!(!state.discard_in_progress());
        assert_eq!(
            serde_json::from_str::<AssessmentState>("{}").ok(),
            Some(AssessmentState::default())
        );
    }

    #[test]
    fn populated_state_round_trips_through_json() {
        let mut state = AssessmentState::default();
        state.start_together(day(1));
        walk_to_end(&mut state, |_| Answer::Rating(5));
        state.hand_over_done();
        walk_to_end(&mut state, |_| Answer::Rating(2));
        state.finish(day(1), Some("Sam"), Some("Alex"));
        state.start_solo(day(2));
        walk_to_end(&mut state, trusting);
        state.finish(day(2), None, None);
        state.start_together(day(3));
        state.next_step();
        state.answer("hon-01", Answer::Rating(6));
        assert_eq!(through_json(&state), state);
        assert_eq!(state.history.len(), 2);
    }

    fn concerned_check() -> SafetyCheck {
        let mut check = SafetyCheck::new();
        assert!(check.answer("safe-03", SafetyAnswer::Yes));
        check
    }

    #[test]
    fn stopping_privately_mid_way_keeps_nothing_of_the_session() {
        let mut state = AssessmentState::default();
        state.start_solo(day(1));
        walk_to_end(&mut state, trusting);
        let earlier = state.finish(day(1), None, None);
        let before = state.clone();

        state.start_solo(day(2));
        let mut check = concerned_check();
        assert!(state.next_step());
        assert!(state.answer("hon-01", Answer::Rating(2)));
        assert!(state.stop_privately(&mut check));
        assert_eq!(
            state, before,
            "the earlier run stays; nothing of this one is kept"
        );
        assert!(check.is_empty() && !check.is_concerning());
        assert_eq!(state.finish(day(2), None, None), None);
        assert!(earlier.and_then(|id| state.run(id)).is_some());
        // Nothing to stop: says so, and still forgets any check.
        let mut check = concerned_check();
        assert!(!state.stop_privately(&mut check));
        assert!(check.is_empty());
    }

    #[test]
    fn either_partner_can_stop_privately_and_there_is_no_comparison() {
        // B stops during their part, after A has finished.
        let mut state = AssessmentState::default();
        state.start_together(day(3));
        walk_to_end(&mut state, trusting);
        assert!(state.hand_over_done());
        let mut check = concerned_check();
        assert!(state.next_step());
        assert!(state.stop_privately(&mut check));
        assert_eq!(
            (
                state.in_progress.as_ref(),
                state.history.len(),
                state.next_id
            ),
            (None, 0, 0)
        );
        assert!(check.is_empty());

        // A stops during their part, and either of them at the hand-over.
        for steps in [0, 3, STEP_COUNT] {
            let mut state = AssessmentState::default();
            state.start_together(day(4));
            for _ in 0..steps {
                assert!(state.next_step());
            }
            let mut check = concerned_check();
            assert!(state.stop_privately(&mut check), "after {steps} steps");
            assert_eq!(state, AssessmentState::default());
            assert!(check.is_empty());
            // Afterwards a new questionnaire can start, from the beginning.
            assert!(state.start_together(day(5)));
            assert_eq!(state.progress(), Some((1, STEP_COUNT)));
        }
    }

    // Frozen bank-1 data: it must keep loading, and unknown ids and bad values must not panic.
    const FIXTURE_V1: &str = r#"{
        "in_progress": {
            "started": "2026-01-05", "mode": "Together", "stage": {"Answering": "B"}, "step": 3,
            "answers_a": {"hon-01": {"Rating": 6}, "old-99": {"Rating": 2}},
            "answers_b": {"hon-01": "Skipped"},
            "safety_b": {"safe-01": "No"}
        },
        "history": [
            {"id": 4, "date": "2026-01-02", "bank_version": 1, "result": {"mode": "Solo",
             "scores": {"overall": {"value": 61, "answered": 40, "total": 45},
                        "areas": {"Honesty": {"value": 55, "answered": 5, "total": 5}},
                        "facets": {}},
             "answers": {"hon-01": {"Rating": 42}, "gone-01": {"Rating": 7}}}},
            {"id": 5, "date": "2026-01-03", "bank_version": 1, "result": {"mode": "Together",
             "a": {"name": "Sam", "scores": {}}, "b": {"name": "Alex", "scores": {"overall": {"value": 20}}}}}
        ],
        "next_id": 6
    }"#;

    #[test]
    fn frozen_fixture_keeps_loading() {
        let state: Result<AssessmentState, _> = serde_json::from_str(FIXTURE_V1);
        let Ok(mut state) = state else {
            panic!("fixture failed: {state:?}");
        };
        assert_eq!(state.run(4).and_then(CompletedRun::overall), Some(61));
        assert_eq!(state.run(4).and_then(|r| r.area(Area::Honesty)), Some(55));
        assert_eq!(state.run(5).and_then(CompletedRun::overall), None);
        assert_eq!(state.trend().len(), 2);
        if let Some(RunResult::Solo { answers, .. }) = state.run(4).map(|r| &r.result) {
            let rescored = score(answers);
            assert_eq!(rescored.area(Area::Honesty), None);
        }
        assert_eq!(
            state.in_progress.as_ref().map(|s| s.current_person()),
            Some(Some(Partner::B))
        );
        assert!(state.back());
        walk_to_end(&mut state, |_| Answer::Rating(4));
        assert_eq!(state.finish(day(7), None, None), Some(6));
    }
}

//! Finished runs and the trend across them.
//!
//! A finished run keeps the bank version and the scores computed when it was finished, so it
//! stays readable after the bank changes. It has no place for safety answers.

use super::bank::Area;
use super::compare::{compare, AreaGap};
use super::partner_result::PartnerResult;
use super::role::Role;
use super::scoring::{Answers, Scores};
use super::session::Mode;
use crate::domain::couple::Partner;
use crate::domain::date::Day;
use crate::domain::flat::FlatMap;
use serde::{Deserialize, Serialize};

/// What a run produced, by mode.
///
/// Stored with its mode as a tag beside the fields (`{"mode":"Solo","scores":…}`). It is read
/// through [`StoredRunResult`] rather than serde's tagged-enum reader, which buffers every run
/// whole before reading it again: after years of runs that doubled the time to open the data,
/// and its code was a large share of the module that reads the stored data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "mode", try_from = "StoredRunResult")]
pub enum RunResult {
    /// One person's scores.
    Solo {
        /// Scores as computed then.
        scores: Scores,
        /// The scored answers as given (no safety answers).
        #[serde(default)]
        answers: Answers,
        /// Where the person said they stand (`None` in runs from before the question existed).
        #[serde(default)]
        role: Option<Role>,
    },
    /// Both partners' scores, A first.
    Together {
        /// The first to answer.
        a: PartnerResult,
        /// The second to answer.
        b: PartnerResult,
    },
}

/// The tag of a stored [`RunResult`].
#[derive(Deserialize)]
enum StoredMode {
    Solo,
    Together,
}

/// Every field either kind of stored run may hold, read in one pass.
#[derive(Deserialize)]
struct StoredRunResult {
    mode: StoredMode,
    scores: Option<Scores>,
    #[serde(default)]
    answers: Answers,
    #[serde(default)]
    role: Option<Role>,
    a: Option<PartnerResult>,
    b: Option<PartnerResult>,
}

impl TryFrom<StoredRunResult> for RunResult {
    type Error = &'static str;

    fn try_from(stored: StoredRunResult) -> Result<RunResult, Self::Error> {
        match stored {
            StoredRunResult {
                mode: StoredMode::Solo,
                scores: Some(scores),
                answers,
                role,
                ..
            } => Ok(RunResult::Solo {
                scores,
                answers,
                role,
            }),
            StoredRunResult {
                mode: StoredMode::Solo,
                scores: None,
                ..
            } => Err("missing field `scores`"),
            StoredRunResult {
                mode: StoredMode::Together,
                a: Some(a),
                b: Some(b),
                ..
            } => Ok(RunResult::Together { a, b }),
            StoredRunResult {
                mode: StoredMode::Together,
                ..
            } => Err("missing field `a` or `b`"),
        }
    }
}

/// A finished questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompletedRun {
    /// Unique within the history.
    pub id: u64,
    /// The day it was finished.
    pub date: Day,
    /// The [`super::bank::BANK_VERSION`] it was scored with.
    pub bank_version: u32,
    /// The scores.
    pub result: RunResult,
    /// Set on a run that came from the partner's phone in a packet (`domain::merge`); `None` on
    /// runs finished on this device, which a packet never changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

/// Where a received run came from: whose it is, its id on their phone, and when it last changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The partner who sent it (its owner).
    pub from: Partner,
    /// The run's id on the sender's phone: a newer packet with the same id updates this run.
    pub run_id: u64,
    /// When the packet that brought it was made (milliseconds since 1970, the sender's clock).
    pub changed: u64,
}

impl CompletedRun {
    /// Solo or together.
    pub fn mode(&self) -> Mode {
        match self.result {
            RunResult::Solo { .. } => Mode::Solo,
            RunResult::Together { .. } => Mode::Together,
        }
    }

    /// The agreement report, for a together run.
    pub fn agreement(&self) -> Option<super::compare::AgreementReport> {
        match &self.result {
            RunResult::Solo { .. } => None,
            RunResult::Together { a, b } => Some(super::compare::agreement(a, b)),
        }
    }

    /// Whether the run was scored with an earlier bank of statements than this build's.
    pub fn from_earlier_bank(&self) -> bool {
        self.bank_version < super::bank::BANK_VERSION
    }

    /// The two partners side by side, for a together run.
    pub fn comparison(&self) -> Option<Vec<AreaGap>> {
        match &self.result {
            RunResult::Solo { .. } => None,
            RunResult::Together { a, b } => Some(compare(&a.scores, &b.scores)),
        }
    }

    /// The overall score for the trend: see [`trend`].
    pub fn overall(&self) -> Option<u8> {
        self.combined(Scores::overall)
    }

    /// One area's score for the trend: see [`trend`].
    pub fn area(&self, area: Area) -> Option<u8> {
        self.combined(|scores| scores.area(area))
    }

    fn combined(&self, pick: impl Fn(&Scores) -> Option<u8>) -> Option<u8> {
        match &self.result {
            RunResult::Solo { scores, .. } => pick(scores),
            RunResult::Together { a, b } => pick(&a.scores)
                .zip(pick(&b.scores))
                .map(|(x, y)| mean_of_two(x, y)),
        }
    }
}

// Half up, like every other rounding in the scores.
fn mean_of_two(x: u8, y: u8) -> u8 {
    ((u16::from(x) + u16::from(y)).div_ceil(2)).min(100) as u8
}

/// One run as a point on the trend chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    /// The run it comes from.
    pub run_id: u64,
    /// When the run was finished.
    pub date: Day,
    /// The bank it was scored with; the chart can mark a change of bank.
    pub bank_version: u32,
    /// Solo or together.
    pub mode: Mode,
    /// The overall score.
    pub overall: Option<u8>,
    /// Every area's score.
    pub areas: FlatMap<Area, Option<u8>>,
}

/// One point per run, oldest first (same day: in the order they were finished).
///
/// A together run is one point holding the mean of both partners, rounded half up, and `None`
/// where either partner had too few answers: the trend follows the couple, while each
/// partner's own scores stay in the run itself.
pub fn trend(runs: &[CompletedRun]) -> Vec<TrendPoint> {
    let mut points: Vec<TrendPoint> = runs
        .iter()
        .map(|run| TrendPoint {
            run_id: run.id,
            date: run.date,
            bank_version: run.bank_version,
            mode: run.mode(),
            overall: run.overall(),
            areas: Area::ALL
                .into_iter()
                .map(|area| (area, run.area(area)))
                .collect(),
        })
        .collect();
    points.sort_unstable_by_key(|point| (point.date, point.run_id));
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::scoring::Score;

    fn day(d: u8) -> Day {
        Day::new(2026, 5, d).unwrap_or_else(|| unreachable!())
    }

    fn scores(overall: Option<u8>, honesty: Option<u8>) -> Scores {
        let mut scores = Scores {
            overall: Score {
                value: overall,
                answered: 0,
                total: 0,
            },
            ..Scores::default()
        };
        scores.areas.insert(
            Area::Honesty,
            Score {
                value: honesty,
                answered: 0,
                total: 0,
            },
        );
        scores
    }

    #[test]
    fn run_results_read_back_what_they_write_and_refuse_what_is_missing() {
        let partner = |name: &str| PartnerResult {
            name: name.into(),
            scores: scores(Some(40), None),
            answers: Answers::default(),
            role: None,
        };
        for result in [
            RunResult::Solo {
                scores: scores(Some(70), Some(55)),
                answers: Answers::default(),
                role: Some(Role::WasHurt),
            },
            RunResult::Together {
                a: partner("Ana"),
                b: partner("Bo"),
            },
        ] {
            let text = serde_json::to_string(&result).expect("encodes");
            assert!(text.starts_with(r#"{"mode":"#), "{text}");
            assert_eq!(serde_json::from_str::<RunResult>(&text).ok(), Some(result));
        }
        // Written by older builds: no answers or role yet.
        let old = r#"{"mode":"Solo","scores":{"overall":{"value":50,"answered":1,"total":1},"areas":{}}}"#;
        assert!(matches!(
            serde_json::from_str::<RunResult>(old),
            Ok(RunResult::Solo { role: None, .. })
        ));
        for bad in [
            r#"{"mode":"Solo"}"#,
            r#"{"mode":"Together","a":{"name":"A","scores":{"overall":{"value":1,"answered":1,"total":1},"areas":{}}}}"#,
            r#"{"mode":"Apart","scores":{"overall":{"value":1,"answered":1,"total":1},"areas":{}}}"#,
            r#"{"scores":{"overall":{"value":1,"answered":1,"total":1},"areas":{}}}"#,
        ] {
            assert!(serde_json::from_str::<RunResult>(bad).is_err(), "{bad}");
        }
    }

    fn solo(id: u64, date: Day, overall: Option<u8>) -> CompletedRun {
        CompletedRun {
            id,
            date,
            bank_version: 1,
            result: RunResult::Solo {
                scores: scores(overall, overall),
                answers: Answers::new(),
                role: None,
            },
            origin: None,
        }
    }

    fn together(id: u64, date: Day, a: Option<u8>, b: Option<u8>) -> CompletedRun {
        let partner = |name: &str, value| PartnerResult {
            name: name.to_string(),
            scores: scores(value, value),
            answers: Answers::new(),
            role: None,
        };
        CompletedRun {
            id,
            date,
            bank_version: 1,
            result: RunResult::Together {
                a: partner("Sam", a),
                b: partner("Alex", b),
            },
            origin: None,
        }
    }

    #[test]
    fn trend_is_by_date_and_averages_together_runs() {
        let runs = vec![
            together(3, day(20), Some(60), Some(71)),
            solo(1, day(2), Some(40)),
            solo(5, day(2), None),
            together(4, day(25), Some(60), None),
        ];
        let points = trend(&runs);
        let summary: Vec<_> = points
            .iter()
            .map(|p| (p.run_id, p.mode, p.overall))
            .collect();
        assert_eq!(
            summary,
            vec![
                (1, Mode::Solo, Some(40)),
                (5, Mode::Solo, None),
                (3, Mode::Together, Some(66)),
                (4, Mode::Together, None),
            ]
        );
        assert_eq!(points[2].areas.get(&Area::Honesty), Some(&Some(66)));
        assert_eq!(points[2].areas.get(&Area::Conflict), Some(&None));
        assert_eq!(points[2].areas.len(), Area::ALL.len());
        assert!(trend(&[]).is_empty());
    }

    #[test]
    fn only_together_runs_compare() {
        assert!(solo(1, day(1), Some(50)).comparison().is_none());
        let gaps = together(2, day(1), Some(50), Some(80))
            .comparison()
            .unwrap_or_default();
        assert_eq!(
            gaps.first().map(|g| (g.area, g.gap)),
            Some((Area::Honesty, Some(30)))
        );
    }

    #[test]
    fn json_names_the_mode() {
        let json = serde_json::to_string(&solo(1, day(1), Some(50))).unwrap_or_default();
        assert!(json.contains("\"mode\":\"Solo\""), "{json}");
        assert!(json.contains("\"date\":\"2026-05-01\""), "{json}");
        let back: Result<CompletedRun, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(solo(1, day(1), Some(50))));
    }
}

//! Two partners' results: side by side, widest gap first, and as an agreement report that sorts
//! each area into a shared strength, a shared concern or something seen differently, with
//! questions to talk about, a guide to the talk and each person's next steps by role.
//! Built only from scores, roles and names; safety answers cannot reach it.

use super::advice::texts;
use super::advice::{next_steps, NextStep};
use super::bank::Area;
use super::partner_result::PartnerResult;
use super::role::Role;
use super::scoring::Scores;
use crate::domain::couple::{shown_name, Partner};
use crate::i18n::results::{t, Msg};

/// How far apart two partners' scores are in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaGap {
    /// The area.
    pub area: Area,
    /// The first partner's score.
    pub a: Option<u8>,
    /// The second partner's score.
    pub b: Option<u8>,
    /// The distance between them; `None` when either side had too few answers.
    pub gap: Option<u8>,
    /// A question to open a conversation about this area.
    pub prompt: &'static str,
}

/// A conversation starter for an area, written to be asked of each other without blame.
pub fn conversation_prompt(area: Area) -> &'static str {
    conversation_prompts(area)[0]
}

/// Two or three questions per area, to ask each other without blame. The first is
/// [`conversation_prompt`].
pub fn conversation_prompts(area: Area) -> &'static [&'static str] {
    texts(match area {
        Area::Honesty => &[Msg::TalkHonesty1, Msg::TalkHonesty2, Msg::TalkHonesty3],
        Area::Reliability => &[
            Msg::TalkReliability1,
            Msg::TalkReliability2,
            Msg::TalkReliability3,
        ],
        Area::Boundaries => &[
            Msg::TalkBoundaries1,
            Msg::TalkBoundaries2,
            Msg::TalkBoundaries3,
        ],
        Area::Fidelity => &[Msg::TalkFidelity1, Msg::TalkFidelity2, Msg::TalkFidelity3],
        Area::Security => &[Msg::TalkSecurity1, Msg::TalkSecurity2, Msg::TalkSecurity3],
        Area::Support => &[Msg::TalkSupport1, Msg::TalkSupport2, Msg::TalkSupport3],
        Area::Accountability => &[
            Msg::TalkAccountability1,
            Msg::TalkAccountability2,
            Msg::TalkAccountability3,
        ],
        Area::Conflict => &[Msg::TalkConflict1, Msg::TalkConflict2, Msg::TalkConflict3],
        Area::Expectations => &[
            Msg::TalkExpectations1,
            Msg::TalkExpectations2,
            Msg::TalkExpectations3,
        ],
        Area::HowItShows => &[Msg::TalkHowItShows1, Msg::TalkHowItShows2],
        Area::SelfTrust => &[Msg::TalkSelfTrust1, Msg::TalkSelfTrust2],
    })
}

/// Where two partners stand on one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Both answers lean toward trust, and they are close.
    SharedStrength,
    /// Both answers show some or a lot of strain, and they are close.
    SharedConcern,
    /// The two answers are far apart.
    SeenDifferently,
    /// One or both had too few answers here.
    NotEnoughAnswers,
}

/// Scores this far apart or more count as seen differently.
pub const DIFFERENT_AT: u8 = 20;

impl Standing {
    /// Sorts one area from the two scores.
    pub fn of(a: Option<u8>, b: Option<u8>) -> Standing {
        match (a, b) {
            (Some(x), Some(y)) if x.abs_diff(y) >= DIFFERENT_AT => Standing::SeenDifferently,
            (Some(x), Some(y)) if x >= 70 && y >= 70 => Standing::SharedStrength,
            (Some(_), Some(_)) => Standing::SharedConcern,
            _ => Standing::NotEnoughAnswers,
        }
    }

    /// A heading.
    pub fn label(self) -> &'static str {
        t(match self {
            Standing::SharedStrength => Msg::StandingSharedStrength,
            Standing::SharedConcern => Msg::StandingSharedConcern,
            Standing::SeenDifferently => Msg::StandingSeenDifferently,
            Standing::NotEnoughAnswers => Msg::StandingNotEnoughAnswers,
        })
    }

    /// What it means, in a sentence or two.
    pub fn description(self) -> &'static str {
        t(match self {
            Standing::SharedStrength => Msg::StandingSharedStrengthAbout,
            Standing::SharedConcern => Msg::StandingSharedConcernAbout,
            Standing::SeenDifferently => Msg::StandingSeenDifferentlyAbout,
            Standing::NotEnoughAnswers => Msg::StandingNotEnoughAnswersAbout,
        })
    }
}

/// One area of the agreement report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaAgreement {
    /// The area.
    pub area: Area,
    /// The first partner's score.
    pub a: Option<u8>,
    /// The second partner's score.
    pub b: Option<u8>,
    /// Where they stand.
    pub standing: Standing,
    /// Two or three questions to talk about.
    pub prompts: &'static [&'static str],
}

/// One partner's part of the report: their name, role and next steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerSteps {
    /// The name to show ([`shown_name`] of the stored one: the default in the language on
    /// screen when none was given).
    pub name: String,
    /// Where they said they stand.
    pub role: Option<Role>,
    /// Their next steps, written for their role, from their own weakest areas.
    pub steps: Vec<NextStep>,
}

/// Two partners' results as an agreement report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementReport {
    /// Every area, grouped: shared concerns, then seen differently (widest first), then shared
    /// strengths, then areas without enough answers; ties in questionnaire order.
    pub areas: Vec<AreaAgreement>,
    /// The first partner's next steps.
    pub a: PartnerSteps,
    /// The second partner's next steps.
    pub b: PartnerSteps,
    /// True when either partner said they broke trust or were hurt: show [`after_a_betrayal`]
    /// first.
    pub after_a_betrayal: bool,
}

impl AgreementReport {
    /// The areas with one standing, in report order.
    pub fn with(&self, standing: Standing) -> Vec<AreaAgreement> {
        self.areas
            .iter()
            .filter(|a| a.standing == standing)
            .copied()
            .collect()
    }
}

/// Said at the top of every together report.
pub fn together_disclaimer() -> &'static str {
    t(Msg::TogetherDisclaimer)
}

/// What a large gap can mean when one partner broke trust.
pub fn after_a_betrayal() -> &'static str {
    t(Msg::AfterABetrayal)
}

/// How to talk about the results: a few simple rules for the conversation.
pub fn talking_guide() -> &'static [&'static str] {
    texts(&[
        Msg::TalkingGuide1,
        Msg::TalkingGuide2,
        Msg::TalkingGuide3,
        Msg::TalkingGuide4,
        Msg::TalkingGuide5,
        Msg::TalkingGuide6,
    ])
}

/// Sorts every area and gathers each partner's next steps.
pub fn agreement(a: &PartnerResult, b: &PartnerResult) -> AgreementReport {
    let mut areas: Vec<AreaAgreement> = Area::ALL
        .into_iter()
        .map(|area| {
            let (x, y) = (a.scores.area(area), b.scores.area(area));
            AreaAgreement {
                area,
                a: x,
                b: y,
                standing: Standing::of(x, y),
                prompts: conversation_prompts(area),
            }
        })
        .collect();
    let rank = |s: Standing| match s {
        Standing::SharedConcern => 0,
        Standing::SeenDifferently => 1,
        Standing::SharedStrength => 2,
        Standing::NotEnoughAnswers => 3,
    };
    areas.sort_by_key(|g| {
        let gap = g.a.zip(g.b).map_or(0, |(x, y)| x.abs_diff(y));
        (rank(g.standing), std::cmp::Reverse(gap), g.area)
    });
    let steps = |p: &PartnerResult, who: Partner| PartnerSteps {
        name: shown_name(&p.name, who),
        role: p.role,
        steps: next_steps(&p.scores, p.role),
    };
    let hurt_or_broke =
        |r: Option<Role>| matches!(r, Some(Role::WasHurt | Role::BrokeTrust | Role::Both));
    AgreementReport {
        areas,
        a: steps(a, Partner::A),
        b: steps(b, Partner::B),
        after_a_betrayal: hurt_or_broke(a.role) || hurt_or_broke(b.role),
    }
}

/// Every area side by side: widest gap first, then areas missing a score on either side; ties
/// keep questionnaire order.
pub fn compare(a: &Scores, b: &Scores) -> Vec<AreaGap> {
    let mut gaps: Vec<AreaGap> = Area::ALL
        .into_iter()
        .map(|area| {
            let (left, right) = (a.area(area), b.area(area));
            let gap = left.zip(right).map(|(x, y)| x.abs_diff(y));
            AreaGap {
                area,
                a: left,
                b: right,
                gap,
                prompt: conversation_prompt(area),
            }
        })
        .collect();
    gaps.sort_unstable_by_key(|g| (g.gap.is_none(), std::cmp::Reverse(g.gap), g.area));
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::scoring::Score;

    fn scores(values: &[(Area, Option<u8>)]) -> Scores {
        let mut scores = Scores::default();
        for (area, value) in values {
            scores.areas.insert(
                *area,
                Score {
                    value: *value,
                    answered: 5,
                    total: 5,
                },
            );
        }
        scores
    }

    #[test]
    fn widest_gap_first_and_missing_last() {
        let a = scores(&[
            (Area::Honesty, Some(80)),
            (Area::Reliability, Some(20)),
            (Area::Boundaries, Some(50)),
            (Area::Fidelity, None),
            (Area::Security, Some(60)),
        ]);
        let b = scores(&[
            (Area::Honesty, Some(70)),
            (Area::Reliability, Some(90)),
            (Area::Boundaries, Some(50)),
            (Area::Fidelity, Some(10)),
            (Area::Security, Some(70)),
        ]);
        let gaps = compare(&a, &b);
        assert_eq!(gaps.len(), Area::ALL.len());
        let order: Vec<_> = gaps.iter().take(4).map(|g| (g.area, g.gap)).collect();
        assert_eq!(
            order,
            vec![
                (Area::Reliability, Some(70)),
                (Area::Honesty, Some(10)),
                (Area::Security, Some(10)),
                (Area::Boundaries, Some(0)),
            ]
        );
        assert!(gaps[4..].iter().all(|g| g.gap.is_none()));
        assert_eq!(gaps[4].area, Area::Fidelity);
        assert_eq!((gaps[4].a, gaps[4].b), (None, Some(10)));
    }

    #[test]
    fn every_area_has_a_question() {
        for area in Area::ALL {
            let prompt = conversation_prompt(area);
            assert!(
                prompt.ends_with('?') && prompt.chars().count() <= 100,
                "{area:?}"
            );
            let prompts = conversation_prompts(area);
            assert!((2..=3).contains(&prompts.len()), "{area:?}");
            assert_eq!(prompts.first(), Some(&prompt));
            assert!(
                prompts
                    .iter()
                    .all(|p| p.ends_with('?') && p.chars().count() <= 100),
                "{area:?}"
            );
        }
    }

    #[test]
    fn standings_follow_the_two_scores() {
        assert_eq!(Standing::of(Some(80), Some(75)), Standing::SharedStrength);
        assert_eq!(Standing::of(Some(30), Some(45)), Standing::SharedConcern);
        assert_eq!(Standing::of(Some(69), Some(70)), Standing::SharedConcern);
        assert_eq!(Standing::of(Some(90), Some(70)), Standing::SeenDifferently);
        assert_eq!(Standing::of(Some(20), Some(85)), Standing::SeenDifferently);
        assert_eq!(Standing::of(None, Some(85)), Standing::NotEnoughAnswers);
    }

    fn partner(name: &str, role: Option<Role>, values: &[(Area, Option<u8>)]) -> PartnerResult {
        PartnerResult {
            name: name.into(),
            scores: scores(values),
            answers: Default::default(),
            role,
        }
    }

    #[test]
    fn the_report_groups_areas_and_gives_each_person_their_steps() {
        let a = partner(
            "Sam",
            Some(Role::WasHurt),
            &[
                (Area::Honesty, Some(20)),
                (Area::Accountability, Some(10)),
                (Area::Support, Some(80)),
                (Area::Conflict, Some(40)),
            ],
        );
        let b = partner(
            "Alex",
            Some(Role::BrokeTrust),
            &[
                (Area::Honesty, Some(80)),
                (Area::Accountability, Some(60)),
                (Area::Support, Some(90)),
                (Area::Conflict, Some(45)),
            ],
        );
        let report = agreement(&a, &b);
        assert_eq!(report.areas.len(), Area::ALL.len());
        let order: Vec<(Area, Standing)> = report
            .areas
            .iter()
            .take(4)
            .map(|g| (g.area, g.standing))
            .collect();
        assert_eq!(
            order,
            vec![
                (Area::Conflict, Standing::SharedConcern),
                (Area::Honesty, Standing::SeenDifferently),
                (Area::Accountability, Standing::SeenDifferently),
                (Area::Support, Standing::SharedStrength),
            ]
        );
        assert!(report
            .with(Standing::NotEnoughAnswers)
            .iter()
            .all(|g| g.a.is_none() || g.b.is_none()));
        assert!(report.after_a_betrayal);
        assert_eq!(
            (report.a.name.as_str(), report.a.role),
            ("Sam", Some(Role::WasHurt))
        );
        let sam: Vec<&str> = report
            .a
            .steps
            .iter()
            .flat_map(|s| s.steps.iter())
            .copied()
            .collect();
        let alex: Vec<&str> = report
            .b
            .steps
            .iter()
            .flat_map(|s| s.steps.iter())
            .copied()
            .collect();
        assert!(sam.iter().any(|s| s.contains("your own pace")), "{sam:?}");
        assert!(
            alex.iter().any(|s| s.contains("Name plainly what you did")) || !alex.is_empty(),
            "{alex:?}"
        );
        assert_ne!(sam, alex);
    }

    #[test]
    fn checking_in_couples_get_no_betrayal_note() {
        let a = partner("A", Some(Role::CheckingIn), &[]);
        let b = partner("B", None, &[]);
        assert!(!agreement(&a, &b).after_a_betrayal);
        assert!(talking_guide().len() >= 4);
        let guide = talking_guide().join(" ").to_lowercase();
        for point in [
            "take turns",
            "says back",
            "pause signal",
            "one topic at a time",
        ] {
            assert!(guide.contains(point), "{point}");
        }
        assert!(together_disclaimer().contains("not therapy"));
    }
}

//! Concrete next steps for the areas that scored lowest, each pointing at one of Mend's tools.

use super::bank::Area;
use super::scoring::{Band, Scores};

/// The Mend tool a next step links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    /// The boundary-setting worksheet.
    Boundaries,
    /// The repair checklist.
    Repair,
}

/// Suggestions for one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The area the suggestions are for.
    pub area: Area,
    /// Two small, concrete things to try, in the order to try them.
    pub steps: &'static [&'static str],
    /// Where the link goes.
    pub tool: Tool,
    /// A worksheet category (boundaries) or repair phase to open at, if the tool has one that
    /// fits: one of `"emotional"`, `"digital"`, `"money"`, `"social"` for [`Tool::Boundaries`], or
    /// `"acknowledge"`, `"own-it"`, `"transparency"`, `"consistency"`, `"closeness"`,
    /// `"check-ins"` for [`Tool::Repair`]. A free hint: the tool may ignore it.
    pub hint: Option<&'static str>,
}

/// The suggestions for one area.
pub fn advice_for(area: Area) -> NextStep {
    let (steps, tool, hint): (&'static [&'static str], Tool, Option<&'static str>) = match area {
        Area::Honesty => (
            &[
                "Pick one small thing you have been holding back and share it this week, calmly and without a big build-up.",
                "Agree together on which kinds of news you want to hear from each other first.",
            ],
            Tool::Repair,
            Some("transparency"),
        ),
        Area::Reliability => (
            &[
                "Make one small, clear promise each and keep it. Small kept promises rebuild more than big ones.",
                "If a promise starts to slip, say so early and offer a new plan.",
            ],
            Tool::Repair,
            Some("consistency"),
        ),
        Area::Boundaries => (
            &[
                "Write down, each on your own, what feels private to you and what you are happy to share, including phones and accounts.",
                "Compare your lists kindly and agree on one boundary you will both keep.",
            ],
            Tool::Boundaries,
            Some("digital"),
        ),
        Area::Fidelity => (
            &[
                "If a betrayal is still raw, set aside a calm time where the hurt can be named and heard without interruption.",
                "Agree on what openness about money and other people will look like from now on.",
            ],
            Tool::Repair,
            Some("acknowledge"),
        ),
        Area::Security => (
            &[
                "When worry rises, name it as your feeling (\"I notice I feel uneasy\") rather than as a charge.",
                "Agree on one small thing that helps you both feel settled, such as a quick message when plans change.",
            ],
            Tool::Boundaries,
            Some("social"),
        ),
        Area::Support => (
            &[
                "Set aside ten minutes a few times a week to ask how the other is really doing, phones down.",
                "Agree that what one of you shares in a tender moment stays out of later arguments.",
            ],
            Tool::Repair,
            Some("closeness"),
        ),
        Area::Accountability => (
            &[
                "Think of one time you hurt your partner and own it plainly, without a \"but\".",
                "When you apologise, say what you will do differently, then let your actions show it.",
            ],
            Tool::Repair,
            Some("own-it"),
        ),
        Area::Conflict => (
            &[
                "Agree on a pause signal for heated moments, and on when you will come back to the talk.",
                "Keep each disagreement to one topic; leave older hurts for a calmer time of their own.",
            ],
            Tool::Boundaries,
            Some("emotional"),
        ),
        Area::Expectations => (
            &[
                "Each write three things you expect from the other but have never quite said out loud.",
                "Share them and choose one to talk through together this week.",
            ],
            Tool::Boundaries,
            None,
        ),
        Area::HowItShows => (
            &[
                "Plan one short, easy moment together this week that has nothing to do with problems.",
                "Try a weekly check-in: one thing that went well, one thing that was hard.",
            ],
            Tool::Repair,
            Some("check-ins"),
        ),
        Area::SelfTrust => (
            &[
                "Notice what you feel each day and name it without judging it.",
                "Practise one small, kind \"no\" this week when something does not sit right with you.",
            ],
            Tool::Boundaries,
            Some("emotional"),
        ),
    };
    NextStep {
        area,
        steps,
        tool,
        hint,
    }
}

/// Next steps for the weakest areas that count toward the overall score: always the two
/// weakest, and the third too when it is not in the [`Band::Solid`] band.
pub fn next_steps(scores: &Scores) -> Vec<NextStep> {
    scores
        .weakest(3)
        .into_iter()
        .enumerate()
        .filter(|(rank, (_, value))| *rank < 2 || Band::of(*value) != Band::Solid)
        .map(|(_, (area, _))| advice_for(area))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::bank::{Answer, ITEMS};
    use crate::domain::assessment::scoring::{score, Answers};

    fn with_areas(values: &[(Area, u8)]) -> Scores {
        let mut answers: Answers = ITEMS
            .iter()
            .map(|i| (i.id.to_string(), Answer::Rating(7)))
            .collect();
        for item in ITEMS.iter().filter(|i| i.reversed) {
            answers.insert(item.id.to_string(), Answer::Rating(1));
        }
        for (area, value) in values {
            for item in area.items() {
                let v = if item.reversed { 8 - value } else { *value };
                answers.insert(item.id.to_string(), Answer::Rating(v));
            }
        }
        score(&answers)
    }

    #[test]
    fn every_area_has_concrete_steps() {
        for area in Area::ALL {
            let advice = advice_for(area);
            assert_eq!(advice.area, area);
            assert!(advice.steps.len() >= 2);
            for step in advice.steps {
                assert!(!step.is_empty() && step.chars().count() <= 140, "{step}");
            }
        }
    }

    #[test]
    fn two_weakest_always_third_only_when_strained() {
        let scores = with_areas(&[(Area::Conflict, 1), (Area::Support, 2), (Area::Honesty, 4)]);
        let areas: Vec<_> = next_steps(&scores).iter().map(|s| s.area).collect();
        assert_eq!(areas, vec![Area::Conflict, Area::Support, Area::Honesty]);

        let scores = with_areas(&[(Area::Conflict, 1), (Area::Support, 2)]);
        let areas: Vec<_> = next_steps(&scores).iter().map(|s| s.area).collect();
        assert_eq!(areas, vec![Area::Conflict, Area::Support]);

        let first = next_steps(&scores).first().map(|s| (s.tool, s.hint));
        assert_eq!(first, Some((Tool::Boundaries, Some("emotional"))));
        assert!(next_steps(&Scores::default()).is_empty());
    }
}

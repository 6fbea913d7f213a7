//! Side-by-side view of two partners' scores, widest gap first, with a question to talk about.
//! Built only from [`Scores`]; safety answers cannot reach it.

use super::bank::Area;
use super::scoring::Scores;

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
    match area {
        Area::Honesty => "What helps each of you feel safe enough to say the hard thing out loud?",
        Area::Reliability => "Which small promise, if kept for a month, would mean the most to you?",
        Area::Boundaries => "What feels private to each of you, and what would you like to share more?",
        Area::Fidelity => "What does loyalty look like to you, with people and with money?",
        Area::Security => "When you feel unsure of us, what helps you settle again?",
        Area::Support => "When you are having a hard time, what do you most want from me?",
        Area::Accountability => "What makes an apology feel real to you?",
        Area::Conflict => "What would help our disagreements feel safer for both of us?",
        Area::Expectations => "What is one thing you expect from me that we have never really talked about?",
        Area::HowItShows => "When did you last feel close to me, and what made it easy?",
        Area::SelfTrust => "When do you find it easiest to trust your own feelings?",
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
            assert!(prompt.ends_with('?') && prompt.chars().count() <= 100, "{area:?}");
        }
    }
}

//! Turning answers into descriptive scores. Pure: answers in, [`Scores`] out.
//!
//! Rules:
//! - a rating is flipped for reverse-keyed items (`8 - value`), then mapped linearly so that
//!   1 -> 0 and 7 -> 100, and the mean is rounded half up;
//! - a score needs at least 60% of its items answered, otherwise it is `None` ("not enough
//!   answers"); skips, invalid ratings and unknown ids count as unanswered;
//! - the overall score is the mean over all answered items of the areas that count toward it
//!   (see [`Area::counts_in_overall`]), with the 60% rule over all of their items. Every answered
//!   item weighs the same, as in the published scales the facets come from, and an area with a
//!   few skips still adds what it has;
//! - facet scores follow the same rules over the same items, so they break the overall down;
//! - "does not apply" ([`Answer::NotApplicable`]) on a statement that offers it leaves the
//!   statement out of every total, so something that never happened is neither trust nor a gap.

use super::bank::{Answer, Area, Facet, Item, ITEMS};
use crate::domain::flat::FlatMap;
use crate::i18n::results::{t, Msg};
use serde::{Deserialize, Serialize};

/// One person's answers, keyed by [`Item::id`].
pub type Answers = FlatMap<String, Answer>;

/// One score with the coverage behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Score {
    /// 0..=100, or `None` when fewer than 60% of the items were answered.
    pub value: Option<u8>,
    /// How many of the items were answered.
    pub answered: u16,
    /// How many items the score covers.
    pub total: u16,
}

/// Everything computed from one person's answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scores {
    /// Trust in the partner across the areas that count toward it.
    pub overall: Score,
    /// One score per area, including the two reported on their own.
    pub areas: FlatMap<Area, Score>,
    /// One score per facet, over the same items as `overall`.
    pub facets: FlatMap<Facet, Score>,
}

impl Scores {
    /// The overall value, if there were enough answers.
    pub fn overall(&self) -> Option<u8> {
        self.overall.value
    }

    /// The value of one area, if there were enough answers.
    pub fn area(&self, area: Area) -> Option<u8> {
        self.areas.get(&area).and_then(|score| score.value)
    }

    /// The value of one facet, if there were enough answers.
    pub fn facet(&self, facet: Facet) -> Option<u8> {
        self.facets.get(&facet).and_then(|score| score.value)
    }

    /// Up to `n` scored areas that count toward the overall, highest first (ties in step order).
    pub fn strongest(&self, n: usize) -> Vec<(Area, u8)> {
        let mut scored = self.trust_area_values();
        scored.sort_unstable_by_key(|(area, value)| (std::cmp::Reverse(*value), *area));
        scored.truncate(n);
        scored
    }

    /// Up to `n` scored areas that count toward the overall, lowest first (ties in step order).
    pub fn weakest(&self, n: usize) -> Vec<(Area, u8)> {
        let mut scored = self.trust_area_values();
        scored.sort_unstable_by_key(|(area, value)| (*value, *area));
        scored.truncate(n);
        scored
    }

    fn trust_area_values(&self) -> Vec<(Area, u8)> {
        Area::ALL
            .into_iter()
            .filter(|area| area.counts_in_overall())
            .filter_map(|area| self.area(area).map(|value| (area, value)))
            .collect()
    }
}

/// The item's answer on the trusting-is-high scale 1..=7, after reversal.
fn keyed(item: &Item, answer: Answer) -> Option<u8> {
    let value = answer.value()?;
    Some(if item.reversed { 8 - value } else { value })
}

#[derive(Clone, Copy, Default)]
struct Tally {
    sum: u32,
    answered: u16,
    total: u16,
}

impl Tally {
    fn add(&mut self, value: Option<u8>) {
        self.total = self.total.saturating_add(1);
        if let Some(value) = value {
            self.sum += u32::from(value);
            self.answered = self.answered.saturating_add(1);
        }
    }

    fn score(self) -> Score {
        let answered = u32::from(self.answered);
        let enough = answered > 0 && answered * 5 >= u32::from(self.total) * 3;
        // Integer maths so that rounding is exact: mean of (v - 1) / 6 * 100, half up.
        let value = enough.then(|| {
            let numerator = (self.sum - answered) * 100;
            let denominator = 6 * answered;
            ((2 * numerator + denominator) / (2 * denominator)).min(100) as u8
        });
        Score {
            value,
            answered: self.answered,
            total: self.total,
        }
    }
}

/// Scores one person's answers against the current bank.
pub fn score(answers: &Answers) -> Scores {
    let mut overall = Tally::default();
    let mut areas: FlatMap<Area, Tally> = Area::ALL
        .into_iter()
        .map(|a| (a, Tally::default()))
        .collect();
    let mut facets: FlatMap<Facet, Tally> = Facet::ALL
        .into_iter()
        .map(|f| (f, Tally::default()))
        .collect();
    for item in ITEMS {
        let answer = answers.get(item.id).copied();
        if item.may_not_apply && answer == Some(Answer::NotApplicable) {
            continue;
        }
        let value = answer.and_then(|answer| keyed(item, answer));
        areas.entry(item.area).or_default().add(value);
        if item.area.counts_in_overall() {
            overall.add(value);
            facets.entry(item.facet).or_default().add(value);
        }
    }
    Scores {
        overall: overall.score(),
        areas: areas
            .into_iter()
            .map(|(area, tally)| (area, tally.score()))
            .collect(),
        facets: facets
            .into_iter()
            .map(|(facet, tally)| (facet, tally.score()))
            .collect(),
    }
}

/// A descriptive band for a score. Not a diagnosis: see [`band_disclaimer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Band {
    /// 70 and above.
    Solid,
    /// 40 to 69.
    SomeStrain,
    /// Below 40.
    SignificantStrain,
}

impl Band {
    /// The band a score falls in.
    pub fn of(score: u8) -> Band {
        match score {
            70.. => Band::Solid,
            40..=69 => Band::SomeStrain,
            _ => Band::SignificantStrain,
        }
    }

    /// A short label.
    pub fn label(self) -> &'static str {
        t(match self {
            Band::Solid => Msg::BandSolid,
            Band::SomeStrain => Msg::BandSomeStrain,
            Band::SignificantStrain => Msg::BandSignificantStrain,
        })
    }

    /// One or two sentences describing how the answers lean. Written to fit the overall score
    /// as well as one area, and to describe, never to judge.
    pub fn description(self) -> &'static str {
        t(match self {
            Band::Solid => Msg::BandSolidAbout,
            Band::SomeStrain => Msg::BandSomeStrainAbout,
            Band::SignificantStrain => Msg::BandSignificantStrainAbout,
        })
    }
}

/// Said wherever a band is shown.
pub fn band_disclaimer() -> &'static str {
    t(Msg::BandDisclaimer)
}

/// Said at the start and on the results (in the `assessment` slice: the start screen shows it).
pub fn assessment_disclaimer() -> &'static str {
    crate::i18n::assessment::t(crate::i18n::assessment::Msg::AssessmentDisclaimer)
}

/// What the three facets are, said once beside them on the results.
pub fn facets_explained() -> &'static str {
    t(Msg::FacetsExplained)
}

/// Said where a score is `None`.
pub fn not_enough_answers() -> &'static str {
    t(Msg::NotEnoughAnswers)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rating that sits at the trusting end of an item.
    fn trusting(item: &Item) -> u8 {
        if item.reversed {
            1
        } else {
            7
        }
    }

    fn all(f: impl Fn(&Item) -> u8) -> Answers {
        ITEMS
            .iter()
            .map(|item| (item.id.to_string(), Answer::Rating(f(item))))
            .collect()
    }

    fn every_value(scores: &Scores) -> Vec<Option<u8>> {
        let mut values = vec![scores.overall()];
        values.extend(scores.areas.values().map(|s| s.value));
        values.extend(scores.facets.values().map(|s| s.value));
        values
    }

    #[test]
    fn the_trusting_end_gives_100_and_the_other_end_gives_0() {
        let top = score(&all(trusting));
        assert!(every_value(&top).iter().all(|v| *v == Some(100)), "{top:?}");
        let bottom = score(&all(|item| 8 - trusting(item)));
        assert!(
            every_value(&bottom).iter().all(|v| *v == Some(0)),
            "{bottom:?}"
        );
        assert_eq!(top.areas.len(), Area::ALL.len());
        assert_eq!(top.facets.len(), Facet::ALL.len());
    }

    #[test]
    fn plain_agreement_is_not_the_top_because_of_reversed_items() {
        let scores = score(&all(|_| 7));
        assert_eq!(scores.area(Area::Reliability), Some(100));
        assert!(scores.area(Area::Honesty).is_some_and(|v| v < 100));
    }

    #[test]
    fn table_of_area_scores() {
        // Reliability has five plain items, so values map straight to the formula.
        let cases: &[(&[u8], Option<u8>)] = &[
            (&[4, 4, 4, 4, 4], Some(50)),
            (&[7, 7, 7, 1, 1], Some(60)),
            (&[5, 5, 5, 5, 6], Some(70)), // mean 5.2 -> 70
            (&[2, 2, 2, 2, 3], Some(20)), // mean 2.2 -> 20
            (&[6, 7, 7], Some(94)),       // 3 of 5 answered is enough; 94.4 -> 94
            (&[1, 2], None),              // 2 of 5 is not
            (&[2, 3, 3, 3, 3], Some(30)),
            (&[1, 1, 2, 3], Some(13)), // 12.5 rounds half up
            (&[1, 1, 2], Some(6)),     // 5.56 -> 6
            (&[4, 5], None),
        ];
        for (values, expected) in cases {
            let answers: Answers = Area::Reliability
                .items()
                .zip(values.iter())
                .map(|(item, v)| (item.id.to_string(), Answer::Rating(*v)))
                .collect();
            let scores = score(&answers);
            assert_eq!(scores.area(Area::Reliability), *expected, "{values:?}");
            let detail = scores
                .areas
                .get(&Area::Reliability)
                .copied()
                .unwrap_or_default();
            assert_eq!((detail.answered as usize, detail.total), (values.len(), 5));
        }
    }

    #[test]
    fn does_not_apply_leaves_the_statement_out_of_every_total() {
        let mut answers: Answers = Area::Accountability
            .items()
            .map(|item| (item.id.to_string(), Answer::Rating(7)))
            .collect();
        for id in ["acc-01", "acc-02", "acc-03"] {
            answers.insert(id.into(), Answer::NotApplicable);
        }
        let scores = score(&answers);
        let detail = scores
            .areas
            .get(&Area::Accountability)
            .copied()
            .unwrap_or_default();
        assert_eq!(
            (detail.value, detail.answered, detail.total),
            (Some(100), 2, 2)
        );
        // On a statement that does not offer it, it counts as unanswered.
        let mut answers = Answers::new();
        answers.insert("hon-01".into(), Answer::NotApplicable);
        let detail = score(&answers)
            .areas
            .get(&Area::Honesty)
            .copied()
            .unwrap_or_default();
        assert_eq!((detail.answered, detail.total), (0, 5));
    }

    #[test]
    fn facets_are_scored_from_their_own_statements() {
        let answers: Answers = ITEMS
            .iter()
            .map(|item| {
                let value = match item.facet {
                    Facet::Predictability => 7,
                    Facet::Dependability => 4,
                    Facet::Faith => 1,
                };
                (
                    item.id.to_string(),
                    Answer::Rating(if item.reversed { 8 - value } else { value }),
                )
            })
            .collect();
        let scores = score(&answers);
        assert_eq!(scores.facet(Facet::Predictability), Some(100));
        assert_eq!(scores.facet(Facet::Dependability), Some(50));
        assert_eq!(scores.facet(Facet::Faith), Some(0));
        let per_facet: u16 = scores.facets.values().map(|s| s.total).sum();
        assert_eq!(
            per_facet, scores.overall.total,
            "every trust statement is in exactly one facet"
        );
        assert!(facets_explained().contains("Rempel"));
    }

    #[test]
    fn band_words_describe_and_never_judge() {
        for band in [Band::Solid, Band::SomeStrain, Band::SignificantStrain] {
            let text = band.description().to_lowercase();
            for verdict in [
                "in this area",
                "healthy",
                "unhealthy",
                "should",
                "leave",
                "toxic",
            ] {
                assert!(!text.contains(verdict), "{band:?}: {verdict}");
            }
        }
    }

    #[test]
    fn reversed_items_flip() {
        let mut answers = Answers::new();
        for item in Area::Honesty.items() {
            answers.insert(item.id.to_string(), Answer::Rating(6));
        }
        // Four plain items at 6 and hon-03 (reversed) at 6 -> 2: mean (5*4 + 1) / 5 / 6.
        assert_eq!(score(&answers).area(Area::Honesty), Some(70));
    }

    #[test]
    fn skips_unknown_ids_and_bad_values_count_as_unanswered() {
        let mut answers: Answers = Area::Conflict
            .items()
            .map(|item| (item.id.to_string(), Answer::Skipped))
            .collect();
        answers.insert("con-01".into(), Answer::Rating(7));
        answers.insert("con-02".into(), Answer::Rating(0));
        answers.insert("con-04".into(), Answer::Rating(200));
        answers.insert("zzz-99".into(), Answer::Rating(7));
        answers.insert(String::new(), Answer::Rating(1));
        let scores = score(&answers);
        assert_eq!(scores.area(Area::Conflict), None);
        assert_eq!(
            scores.areas.get(&Area::Conflict).map(|s| s.answered),
            Some(1)
        );
        assert_eq!(scores.overall(), None);
    }

    #[test]
    fn overall_and_facets_leave_out_the_side_areas() {
        let mut answers = all(trusting);
        for item in ITEMS.iter().filter(|item| !item.area.counts_in_overall()) {
            answers.insert(item.id.to_string(), Answer::Rating(8 - trusting(item)));
        }
        let scores = score(&answers);
        assert_eq!(scores.overall(), Some(100));
        assert!(Facet::ALL.iter().all(|f| scores.facet(*f) == Some(100)));
        assert_eq!(scores.area(Area::HowItShows), Some(0));
        assert_eq!(scores.area(Area::SelfTrust), Some(0));
        let trust_items = ITEMS.iter().filter(|i| i.area.counts_in_overall()).count();
        assert_eq!(scores.overall.total as usize, trust_items);
    }

    #[test]
    fn overall_needs_sixty_percent_of_all_trust_items() {
        let trust: Vec<&Item> = ITEMS
            .iter()
            .filter(|i| i.area.counts_in_overall())
            .collect();
        let needed = (trust.len() * 3).div_ceil(5);
        let take = |n: usize| -> Answers {
            trust
                .iter()
                .take(n)
                .map(|item| (item.id.to_string(), Answer::Rating(4)))
                .collect()
        };
        assert_eq!(score(&take(needed)).overall(), Some(50));
        assert_eq!(score(&take(needed - 1)).overall(), None);
    }

    #[test]
    fn strongest_and_weakest_use_trust_areas_in_order() {
        let mut answers = all(|_| 4);
        for (area, value) in [
            (Area::Fidelity, 7),
            (Area::Conflict, 1),
            (Area::SelfTrust, 1),
        ] {
            for item in area.items() {
                answers.insert(
                    item.id.to_string(),
                    Answer::Rating(if item.reversed { 8 - value } else { value }),
                );
            }
        }
        let scores = score(&answers);
        assert_eq!(
            scores.strongest(2),
            vec![(Area::Fidelity, 100), (Area::Honesty, 50)]
        );
        assert_eq!(
            scores.weakest(2),
            vec![(Area::Conflict, 0), (Area::Honesty, 50)]
        );
        assert_eq!(score(&Answers::new()).weakest(3), vec![]);
    }

    #[test]
    fn bands_and_texts() {
        let cases = [
            (0, Band::SignificantStrain),
            (39, Band::SignificantStrain),
            (40, Band::SomeStrain),
            (69, Band::SomeStrain),
            (70, Band::Solid),
            (100, Band::Solid),
        ];
        for (value, band) in cases {
            assert_eq!(Band::of(value), band, "{value}");
            assert!(!band.label().is_empty() && !band.description().is_empty());
        }
        assert!(band_disclaimer().contains("not"));
    }

    // proptest is a host-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn answer_strategy() -> impl Strategy<Value = Answer> {
            prop_oneof![
                6 => (1u8..=7).prop_map(Answer::Rating),
                1 => Just(Answer::Skipped),
                1 => any::<u8>().prop_map(Answer::Rating),
            ]
        }

        fn answers_strategy() -> impl Strategy<Value = Answers> {
            let per_item =
                proptest::collection::vec(proptest::option::of(answer_strategy()), ITEMS.len());
            let junk =
                proptest::collection::btree_map("[a-z]{0,4}-[0-9]{0,3}", answer_strategy(), 0..4);
            (per_item, junk).prop_map(|(per_item, junk)| {
                let mut answers: Answers = junk.into_iter().collect();
                for (item, answer) in ITEMS.iter().zip(per_item) {
                    if let Some(answer) = answer {
                        answers.insert(item.id.to_string(), answer);
                    }
                }
                answers
            })
        }

        proptest! {
            #[test]
            fn every_score_is_within_0_and_100(answers in answers_strategy()) {
                let scores = score(&answers);
                for value in every_value(&scores).into_iter().flatten() {
                    prop_assert!(value <= 100);
                }
                for s in scores.areas.values().chain(scores.facets.values()).chain([&scores.overall]) {
                    prop_assert!(s.answered <= s.total);
                    prop_assert_eq!(s.value.is_some(), s.answered > 0 && u32::from(s.answered) * 5 >= u32::from(s.total) * 3);
                }
            }

            #[test]
            fn answering_the_trusting_end_gives_the_extremes_whatever_is_skipped(
                skipped in proptest::collection::vec(any::<bool>(), ITEMS.len()),
                top in any::<bool>(),
            ) {
                let answers: Answers = ITEMS
                    .iter()
                    .zip(skipped)
                    .map(|(item, skip)| {
                        let value = if top { trusting(item) } else { 8 - trusting(item) };
                        (item.id.to_string(), if skip { Answer::Skipped } else { Answer::Rating(value) })
                    })
                    .collect();
                let expected = if top { 100 } else { 0 };
                for value in every_value(&score(&answers)).into_iter().flatten() {
                    prop_assert_eq!(value, expected);
                }
            }

            #[test]
            fn skipping_in_one_area_never_moves_another_area(
                answers in answers_strategy(),
                area_index in 0..Area::ALL.len(),
                drop in proptest::collection::vec(0u8..3, 6),
            ) {
                let area = Area::ALL[area_index];
                let mut changed = answers.clone();
                for (item, how) in area.items().zip(drop) {
                    match how {
                        0 => { changed.remove(item.id); }
                        1 => { changed.insert(item.id.to_string(), Answer::Skipped); }
                        _ => {}
                    }
                }
                let (before, after) = (score(&answers), score(&changed));
                for other in Area::ALL.into_iter().filter(|a| *a != area) {
                    prop_assert_eq!(before.areas.get(&other), after.areas.get(&other));
                }
            }
        }
    }
}

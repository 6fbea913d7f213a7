//! The question bank: areas, facets, the answer scale and every scored statement.
//!
//! The wording is Mend's own. The three facets follow the structure of published trust scales,
//! but no statement is taken from one. The text is in the `assessment` slice of the catalogues
//! (`locales/<tag>/assessment.ftl`): a statement's message id is its stored id.

use crate::i18n::assessment::{t, Msg};
use serde::{Deserialize, Serialize};

/// Version of the scored bank. Raise it whenever an item is added, removed, re-worded in meaning
/// or re-keyed; finished runs keep the version and the scores they were computed with.
pub const BANK_VERSION: u32 = 2;

/// What became of each statement of bank 1 in the current bank. Statements whose meaning
/// changed are retired (their answers are dropped); statements that only moved keep the answer
/// under their new id; all others kept their id.
///
/// - `hon-05` and `acc-05` are about the person answering, not the partner: now `slf-06`, `slf-07`.
/// - `exp-04` asked two things at once: retired; `exp-06` and `slf-08` ask them one at a time.
/// - `con-03` and `sec-04` counted a hurt partner's normal reactions as less trust: retired;
///   `con-06` and `sec-06` ask about the same ground in neutral words.
///
/// Only ids are listed here, not the statements: reading stored data needs this map, and it must
/// not pull every statement's text into the code that loads before the assessment is opened.
pub fn v1_item_in_current_bank(v1_id: &str) -> Option<&'static str> {
    match v1_id {
        "hon-05" => Some("slf-06"),
        "acc-05" => Some("slf-07"),
        id => KEPT_FROM_V1.iter().find(|kept| **kept == id).copied(),
    }
}

/// Bank 1's ids that kept their statement (same meaning) in the current bank.
#[rustfmt::skip]
const KEPT_FROM_V1: &[&str] = &[
    "hon-01", "hon-02", "hon-03", "hon-04",
    "rel-01", "rel-02", "rel-03", "rel-04", "rel-05",
    "bnd-01", "bnd-02", "bnd-03", "bnd-04", "bnd-05",
    "fid-01", "fid-02", "fid-03", "fid-04", "fid-05",
    "sec-01", "sec-02", "sec-03", "sec-05",
    "sup-01", "sup-02", "sup-03", "sup-04", "sup-05",
    "acc-01", "acc-02", "acc-03", "acc-04",
    "con-01", "con-02", "con-04", "con-05",
    "exp-01", "exp-02", "exp-03", "exp-05",
    "shw-01", "shw-02", "shw-03", "shw-04", "shw-05",
    "slf-01", "slf-02", "slf-03", "slf-04", "slf-05",
];

/// One step of the questionnaire: a part of trust that a group of statements looks at.
///
/// Variants are stored in saved results, so never remove or rename one; add new ones at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Area {
    /// Telling the truth and sharing what matters.
    Honesty,
    /// Doing what you say you will do.
    Reliability,
    /// Limits and privacy, on screen and off.
    Boundaries,
    /// Loyalty and major betrayals, including money.
    Fidelity,
    /// Feeling secure rather than jealous.
    Security,
    /// Emotional support and emotional safety.
    Support,
    /// Owning mistakes and making things right.
    Accountability,
    /// What happens when you disagree.
    Conflict,
    /// What each of you expects, said and unsaid.
    Expectations,
    /// How strain shows day to day: distance, suspicion, escalation. Reported on its own.
    HowItShows,
    /// Trusting yourself. Reported on its own.
    SelfTrust,
}

impl Area {
    /// Every area in questionnaire order.
    pub const ALL: [Area; 11] = [
        Area::Honesty,
        Area::Reliability,
        Area::Boundaries,
        Area::Fidelity,
        Area::Security,
        Area::Support,
        Area::Accountability,
        Area::Conflict,
        Area::Expectations,
        Area::HowItShows,
        Area::SelfTrust,
    ];

    /// A short title for the step.
    pub fn title(self) -> &'static str {
        t(match self {
            Area::Honesty => Msg::AreaHonesty,
            Area::Reliability => Msg::AreaReliability,
            Area::Boundaries => Msg::AreaBoundaries,
            Area::Fidelity => Msg::AreaFidelity,
            Area::Security => Msg::AreaSecurity,
            Area::Support => Msg::AreaSupport,
            Area::Accountability => Msg::AreaAccountability,
            Area::Conflict => Msg::AreaConflict,
            Area::Expectations => Msg::AreaExpectations,
            Area::HowItShows => Msg::AreaHowItShows,
            Area::SelfTrust => Msg::AreaSelfTrust,
        })
    }

    /// One sentence that opens the step.
    pub fn intro(self) -> &'static str {
        t(match self {
            Area::Honesty => Msg::AreaHonestyIntro,
            Area::Reliability => Msg::AreaReliabilityIntro,
            Area::Boundaries => Msg::AreaBoundariesIntro,
            Area::Fidelity => Msg::AreaFidelityIntro,
            Area::Security => Msg::AreaSecurityIntro,
            Area::Support => Msg::AreaSupportIntro,
            Area::Accountability => Msg::AreaAccountabilityIntro,
            Area::Conflict => Msg::AreaConflictIntro,
            Area::Expectations => Msg::AreaExpectationsIntro,
            Area::HowItShows => Msg::AreaHowItShowsIntro,
            Area::SelfTrust => Msg::AreaSelfTrustIntro,
        })
    }

    /// A stable lowercase name, for routes and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Honesty => "honesty",
            Area::Reliability => "reliability",
            Area::Boundaries => "boundaries",
            Area::Fidelity => "fidelity",
            Area::Security => "security",
            Area::Support => "support",
            Area::Accountability => "accountability",
            Area::Conflict => "conflict",
            Area::Expectations => "expectations",
            Area::HowItShows => "how-it-shows",
            Area::SelfTrust => "self-trust",
        }
    }

    /// Whether the area counts toward the overall trust score and the facet scores.
    ///
    /// "How it shows" measures signs of strain and "trusting yourself" measures self-trust; neither
    /// is trust in the partner, so both are reported beside the overall score, not inside it.
    pub fn counts_in_overall(self) -> bool {
        !matches!(self, Area::HowItShows | Area::SelfTrust)
    }

    /// The scored statements of this area, in bank order.
    pub fn items(self) -> impl Iterator<Item = &'static Item> {
        ITEMS.iter().filter(move |item| item.area == self)
    }

    /// The most statements any one area has: a step drawn once for every area holds this many
    /// places for them.
    pub fn most_items() -> usize {
        Area::ALL
            .iter()
            .map(|area| area.items().count())
            .max()
            .unwrap_or(0)
    }
}

/// The three sides of trust in a partner, after Rempel, Holmes and Zanna (1985):
///
/// - **predictability**: how steady and foreseeable the partner's actual behaviour has been, judged
///   from what you have seen;
/// - **dependability**: the partner's qualities as a person who can be relied on, honest and
///   caring, above all when you are open to being hurt;
/// - **faith**: confidence that the partner will keep caring and responding in a future nobody
///   can fully know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Facet {
    /// How steady and foreseeable your partner's behaviour has been.
    Predictability,
    /// How far you can rely on your partner's honesty and care when you are open to hurt.
    Dependability,
    /// How sure you feel that your partner will keep caring in the future.
    Faith,
}

impl Facet {
    /// Every facet.
    pub const ALL: [Facet; 3] = [Facet::Predictability, Facet::Dependability, Facet::Faith];

    /// A short label.
    pub fn label(self) -> &'static str {
        t(match self {
            Facet::Predictability => Msg::FacetPredictability,
            Facet::Dependability => Msg::FacetDependability,
            Facet::Faith => Msg::FacetFaith,
        })
    }

    /// One sentence on what the facet looks at.
    pub fn description(self) -> &'static str {
        t(match self {
            Facet::Predictability => Msg::FacetPredictabilityAbout,
            Facet::Dependability => Msg::FacetDependabilityAbout,
            Facet::Faith => Msg::FacetFaithAbout,
        })
    }
}

/// One scored statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id such as `"hon-01"`; saved answers refer to it.
    pub id: &'static str,
    /// The step it belongs to.
    pub area: Area,
    /// The side of trust it speaks to.
    pub facet: Facet,
    /// True when agreeing points away from trust, so the answer is flipped before scoring.
    pub reversed: bool,
    /// The statement, written so either partner can answer it: its message (see [`Item::text`]).
    pub message: Msg,
    /// True when the statement speaks of something that may never have happened to you (an
    /// apology, a broken promise, a heated moment): it then offers "does not apply".
    pub may_not_apply: bool,
}

/// One answer on the agree/disagree scale, or a skip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// 1 = strongly disagree .. 7 = strongly agree. Values outside 1..=7 (only possible in
    /// hand-edited data) count as unanswered.
    Rating(u8),
    /// "Skip / prefer not to say": saved, but counts as unanswered.
    Skipped,
    /// "This has not happened to us": the statement is left out of the score altogether, so it
    /// neither counts as an answer nor as a gap. Only for items with [`Item::may_not_apply`].
    NotApplicable,
}

impl Answer {
    /// A rating, or `None` outside 1..=7.
    pub fn rating(value: u8) -> Option<Answer> {
        (1..=7).contains(&value).then_some(Answer::Rating(value))
    }

    /// The rating when it is a valid one.
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Rating(value) if (1..=7).contains(&value) => Some(value),
            _ => None,
        }
    }
}

/// Labels of the seven points, index 0 = rating 1, in the language on screen.
pub fn scale_labels() -> [&'static str; 7] {
    [
        Msg::Scale1,
        Msg::Scale2,
        Msg::Scale3,
        Msg::Scale4,
        Msg::Scale5,
        Msg::Scale6,
        Msg::Scale7,
    ]
    .map(t)
}

/// Label of the skip choice.
pub fn skip_label() -> &'static str {
    t(Msg::ScaleSkip)
}

/// Label of the choice for statements about something that may not have happened.
pub fn not_applicable_label() -> &'static str {
    t(Msg::ScaleNotApplicable)
}

impl Item {
    /// The statement in the language on screen.
    pub fn text(&self) -> &'static str {
        t(self.message)
    }
}

/// The scored item with this id in the current bank.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|item| item.id == id)
}

const fn it(id: &'static str, area: Area, facet: Facet, message: Msg) -> Item {
    Item {
        id,
        area,
        facet,
        reversed: false,
        message,
        may_not_apply: false,
    }
}

const fn cond(id: &'static str, area: Area, facet: Facet, message: Msg) -> Item {
    Item {
        may_not_apply: true,
        ..it(id, area, facet, message)
    }
}

const fn rev(id: &'static str, area: Area, facet: Facet, message: Msg) -> Item {
    Item {
        reversed: true,
        ..it(id, area, facet, message)
    }
}

use Area::*;
use Facet::*;

/// Every scored statement of bank [`BANK_VERSION`], in questionnaire order.
#[rustfmt::skip]
pub static ITEMS: &[Item] = &[
    it("hon-01", Honesty, Dependability, Msg::Hon01),
    it("hon-02", Honesty, Predictability, Msg::Hon02),
    rev("hon-03", Honesty, Dependability, Msg::Hon03),
    it("hon-04", Honesty, Predictability, Msg::Hon04),
    it("hon-06", Honesty, Faith, Msg::Hon06),
    it("rel-01", Reliability, Predictability, Msg::Rel01),
    it("rel-02", Reliability, Predictability, Msg::Rel02),
    it("rel-03", Reliability, Dependability, Msg::Rel03),
    cond("rel-04", Reliability, Dependability, Msg::Rel04),
    it("rel-05", Reliability, Faith, Msg::Rel05),
    it("bnd-01", Boundaries, Dependability, Msg::Bnd01),
    it("bnd-02", Boundaries, Predictability, Msg::Bnd02),
    rev("bnd-03", Boundaries, Dependability, Msg::Bnd03),
    it("bnd-04", Boundaries, Dependability, Msg::Bnd04),
    it("bnd-05", Boundaries, Predictability, Msg::Bnd05),
    it("fid-01", Fidelity, Faith, Msg::Fid01),
    it("fid-02", Fidelity, Dependability, Msg::Fid02),
    it("fid-03", Fidelity, Predictability, Msg::Fid03),
    it("fid-04", Fidelity, Dependability, Msg::Fid04),
    cond("fid-05", Fidelity, Predictability, Msg::Fid05),
    it("sec-01", Security, Faith, Msg::Sec01),
    it("sec-02", Security, Faith, Msg::Sec02),
    it("sec-03", Security, Dependability, Msg::Sec03),
    it("sec-05", Security, Predictability, Msg::Sec05),
    it("sec-06", Security, Faith, Msg::Sec06),
    it("sup-01", Support, Dependability, Msg::Sup01),
    it("sup-02", Support, Dependability, Msg::Sup02),
    it("sup-03", Support, Predictability, Msg::Sup03),
    it("sup-04", Support, Dependability, Msg::Sup04),
    it("sup-05", Support, Predictability, Msg::Sup05),
    cond("acc-01", Accountability, Dependability, Msg::Acc01),
    cond("acc-02", Accountability, Dependability, Msg::Acc02),
    cond("acc-03", Accountability, Predictability, Msg::Acc03),
    it("acc-04", Accountability, Faith, Msg::Acc04),
    it("acc-06", Accountability, Faith, Msg::Acc06),
    it("con-01", Conflict, Predictability, Msg::Con01),
    it("con-02", Conflict, Dependability, Msg::Con02),
    it("con-04", Conflict, Faith, Msg::Con04),
    cond("con-05", Conflict, Predictability, Msg::Con05),
    it("con-06", Conflict, Dependability, Msg::Con06),
    it("exp-01", Expectations, Predictability, Msg::Exp01),
    it("exp-02", Expectations, Predictability, Msg::Exp02),
    it("exp-03", Expectations, Predictability, Msg::Exp03),
    it("exp-05", Expectations, Faith, Msg::Exp05),
    it("exp-06", Expectations, Dependability, Msg::Exp06),
    it("shw-01", HowItShows, Faith, Msg::Shw01),
    it("shw-02", HowItShows, Faith, Msg::Shw02),
    rev("shw-03", HowItShows, Predictability, Msg::Shw03),
    it("shw-04", HowItShows, Predictability, Msg::Shw04),
    it("shw-05", HowItShows, Dependability, Msg::Shw05),
    it("slf-01", SelfTrust, Faith, Msg::Slf01),
    it("slf-02", SelfTrust, Predictability, Msg::Slf02),
    it("slf-03", SelfTrust, Dependability, Msg::Slf03),
    it("slf-04", SelfTrust, Dependability, Msg::Slf04),
    it("slf-05", SelfTrust, Faith, Msg::Slf05),
    it("slf-06", SelfTrust, Faith, Msg::Slf06),
    it("slf-07", SelfTrust, Dependability, Msg::Slf07),
    it("slf-08", SelfTrust, Predictability, Msg::Slf08),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flat::FlatSet;

    #[test]
    fn most_items_is_the_largest_area() {
        let counts: Vec<usize> = Area::ALL.iter().map(|a| a.items().count()).collect();
        assert!(counts.contains(&Area::most_items()), "{counts:?}");
        assert!(
            counts
                .iter()
                .all(|&n| (1..=Area::most_items()).contains(&n)),
            "{counts:?}"
        );
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = FlatSet::new();
        for item in ITEMS {
            assert!(seen.insert(item.id), "duplicate id {}", item.id);
            let (prefix, number) = item.id.split_once('-').unwrap_or(("", ""));
            assert_eq!(prefix.len(), 3, "{}", item.id);
            assert!(
                number.len() == 2 && number.chars().all(|c| c.is_ascii_digit()),
                "{}",
                item.id
            );
        }
    }

    #[test]
    fn bank_size_is_in_the_planned_range() {
        assert!((45..=60).contains(&ITEMS.len()), "{} items", ITEMS.len());
    }

    #[test]
    fn every_area_has_enough_items_and_one_id_prefix() {
        for area in Area::ALL {
            let items: Vec<_> = area.items().collect();
            assert!(items.len() >= 4, "{area:?} has {}", items.len());
            let prefixes: FlatSet<_> = items.iter().map(|item| &item.id[..3]).collect();
            assert_eq!(prefixes.len(), 1, "{area:?} mixes id prefixes");
        }
    }

    #[test]
    fn items_follow_the_step_order() {
        let order: Vec<Area> = ITEMS.iter().map(|item| item.area).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn reversed_items_exist_but_are_few() {
        let reversed = ITEMS.iter().filter(|item| item.reversed).count();
        assert!(reversed >= 3, "{reversed}");
        assert!(
            reversed * 100 <= ITEMS.len() * 15,
            "{reversed} of {}",
            ITEMS.len()
        );
    }

    #[test]
    fn every_facet_is_well_covered_by_the_trust_areas() {
        for facet in Facet::ALL {
            let n = ITEMS
                .iter()
                .filter(|item| item.facet == facet && item.area.counts_in_overall())
                .count();
            assert!(n >= 10, "{facet:?} has {n}");
        }
    }

    #[test]
    fn texts_are_present_short_and_plain() {
        for item in ITEMS {
            assert_eq!(
                item.message.id(),
                item.id,
                "a statement's message id is its id"
            );
            let text = item.text();
            assert!(!text.trim().is_empty(), "{}", item.id);
            assert!(text.chars().count() <= 100, "{} is too long", item.id);
            assert!(text.ends_with('.'), "{}", item.id);
            assert_eq!(text, text.trim(), "{}", item.id);
        }
        for area in Area::ALL {
            for text in [area.title(), area.intro(), area.slug()] {
                assert!(!text.is_empty() && text.chars().count() <= 110, "{area:?}");
            }
        }
        for facet in Facet::ALL {
            assert!(!facet.label().is_empty() && !facet.description().is_empty());
        }
    }

    #[test]
    fn slugs_are_unique() {
        let slugs: FlatSet<_> = Area::ALL.iter().map(|area| area.slug()).collect();
        assert_eq!(slugs.len(), Area::ALL.len());
    }

    #[test]
    fn only_the_two_side_areas_stay_out_of_the_overall() {
        let outside: Vec<_> = Area::ALL
            .into_iter()
            .filter(|a| !a.counts_in_overall())
            .collect();
        assert_eq!(outside, vec![Area::HowItShows, Area::SelfTrust]);
    }

    #[test]
    fn every_facet_shows_up_in_most_trust_areas() {
        for facet in Facet::ALL {
            let areas: FlatSet<Area> = ITEMS
                .iter()
                .filter(|i| i.facet == facet && i.area.counts_in_overall())
                .map(|i| i.area)
                .collect();
            assert!(
                areas.len() >= 6,
                "{facet:?} is in only {} areas",
                areas.len()
            );
        }
    }

    #[test]
    fn statements_about_events_offer_does_not_apply() {
        let conditional: Vec<&str> = ITEMS
            .iter()
            .filter(|i| i.may_not_apply)
            .map(|i| i.id)
            .collect();
        assert_eq!(
            conditional,
            vec!["rel-04", "fid-05", "acc-01", "acc-02", "acc-03", "con-05"]
        );
        assert!(!not_applicable_label().is_empty());
    }

    #[test]
    fn no_item_scores_the_person_answering_as_trust_in_the_partner() {
        // Statements about the respondent's own openness or apologies live in Trusting yourself.
        for id in ["slf-06", "slf-07", "slf-08"] {
            assert_eq!(item(id).map(|i| i.area), Some(Area::SelfTrust), "{id}");
        }
        for text in ["I can own it", "I can tell my partner how I really feel"] {
            assert!(
                !ITEMS
                    .iter()
                    .any(|i| i.area.counts_in_overall() && i.text().contains(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn bank_one_ids_map_into_the_current_bank() {
        assert_eq!(v1_item_in_current_bank("hon-05"), Some("slf-06"));
        assert_eq!(v1_item_in_current_bank("acc-05"), Some("slf-07"));
        for retired in ["exp-04", "con-03", "sec-04", "zzz-01", ""] {
            assert_eq!(v1_item_in_current_bank(retired), None, "{retired}");
            assert_eq!(
                item(retired),
                None,
                "retired ids are never reused: {retired}"
            );
        }
        assert_eq!(v1_item_in_current_bank("hon-01"), Some("hon-01"));
        // Every kept id is in the current bank; with the two moved and three retired, that is all of bank 1.
        for id in KEPT_FROM_V1 {
            assert_eq!(item(id).map(|i| i.id), Some(*id));
        }
        assert_eq!(KEPT_FROM_V1.len() + 2 + 3, 55, "bank 1 had 55 statements");
    }

    #[test]
    fn answers_accept_only_the_seven_points() {
        assert_eq!(Answer::rating(0), None);
        assert_eq!(Answer::rating(8), None);
        assert_eq!(Answer::rating(4).and_then(Answer::value), Some(4));
        assert_eq!(Answer::Rating(9).value(), None);
        assert_eq!(Answer::Skipped.value(), None);
        assert_eq!(Answer::NotApplicable.value(), None);
        assert_eq!(item("hon-01").map(|item| item.area), Some(Area::Honesty));
        assert_eq!(item("nope-01"), None);
    }
}

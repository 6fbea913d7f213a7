//! The question bank: areas, facets, the answer scale and every scored statement.
//!
//! The wording is Mend's own. The three facets follow the structure of published trust scales,
//! but no statement is taken from one.

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
        match self {
            Area::Honesty => "Honesty and openness",
            Area::Reliability => "Reliability and promises",
            Area::Boundaries => "Boundaries and privacy",
            Area::Fidelity => "Loyalty, betrayal and money",
            Area::Security => "Security and jealousy",
            Area::Support => "Support and emotional safety",
            Area::Accountability => "Owning mistakes and repair",
            Area::Conflict => "Handling conflict",
            Area::Expectations => "Expectations",
            Area::HowItShows => "How it shows",
            Area::SelfTrust => "Trusting yourself",
        }
    }

    /// One sentence that opens the step.
    pub fn intro(self) -> &'static str {
        match self {
            Area::Honesty => "These are about telling the truth and sharing what matters.",
            Area::Reliability => "These are about doing what you say you will do.",
            Area::Boundaries => "These are about the limits you each need, including phones and online life.",
            Area::Fidelity => "These are about loyalty, closeness with others, and money.",
            Area::Security => "These are about feeling settled rather than on guard.",
            Area::Support => "These are about being there for each other and feeling safe to open up.",
            Area::Accountability => "These are about owning mistakes and making things right.",
            Area::Conflict => "These are about what happens when the two of you disagree.",
            Area::Expectations => "These are about what you each expect, spoken or not.",
            Area::HowItShows => {
                "These are about how strain can show up day to day; a higher score means fewer signs of it."
            }
            Area::SelfTrust => "These are about how much you trust yourself.",
        }
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
        match self {
            Facet::Predictability => "Predictability",
            Facet::Dependability => "Dependability",
            Facet::Faith => "Faith",
        }
    }

    /// One sentence on what the facet looks at.
    pub fn description(self) -> &'static str {
        match self {
            Facet::Predictability => {
                "How steady your partner's behaviour has been, so that you can tell what they will do next."
            }
            Facet::Dependability => {
                "How far you can rely on your partner to be honest and caring, above all when you feel exposed."
            }
            Facet::Faith => "How sure you feel that your partner will keep caring for you in the time ahead.",
        }
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
    /// The statement, written so either partner can answer it.
    pub text: &'static str,
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

/// Labels of the seven points, index 0 = rating 1.
pub const SCALE_LABELS: [&str; 7] = [
    "Strongly disagree",
    "Disagree",
    "Somewhat disagree",
    "Neither agree nor disagree",
    "Somewhat agree",
    "Agree",
    "Strongly agree",
];

/// Label of the skip choice.
pub const SKIP_LABEL: &str = "Skip / prefer not to say";

/// Label of the choice for statements about something that may not have happened.
pub const NOT_APPLICABLE_LABEL: &str = "Does not apply: this has not happened";

/// The scored item with this id in the current bank.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|item| item.id == id)
}

const fn it(id: &'static str, area: Area, facet: Facet, text: &'static str) -> Item {
    Item {
        id,
        area,
        facet,
        reversed: false,
        text,
        may_not_apply: false,
    }
}

const fn cond(id: &'static str, area: Area, facet: Facet, text: &'static str) -> Item {
    Item {
        may_not_apply: true,
        ..it(id, area, facet, text)
    }
}

const fn rev(id: &'static str, area: Area, facet: Facet, text: &'static str) -> Item {
    Item {
        reversed: true,
        ..it(id, area, facet, text)
    }
}

use Area::*;
use Facet::*;

/// Every scored statement of bank [`BANK_VERSION`], in questionnaire order.
#[rustfmt::skip]
pub static ITEMS: &[Item] = &[
    it("hon-01", Honesty, Dependability, "My partner tells me the truth, even when it is awkward."),
    it("hon-02", Honesty, Predictability, "I hear about important things from my partner first, not from someone else."),
    rev("hon-03", Honesty, Dependability, "My partner keeps things from me that I would want to know."),
    it("hon-04", Honesty, Predictability, "When I ask my partner a direct question, I get a straight answer."),
    it("hon-06", Honesty, Faith, "I trust my partner to stay truthful with me in the years ahead."),
    it("rel-01", Reliability, Predictability, "When my partner says they will do something, it gets done."),
    it("rel-02", Reliability, Predictability, "My partner's actions usually match their words."),
    it("rel-03", Reliability, Dependability, "I can count on my partner when something really matters to me."),
    cond("rel-04", Reliability, Dependability, "If my partner cannot keep a promise, they tell me before, not after."),
    it("rel-05", Reliability, Faith, "I expect my partner to keep their word in the months ahead."),
    it("bnd-01", Boundaries, Dependability, "My partner respects the limits I set, even when they would like something else."),
    it("bnd-02", Boundaries, Predictability, "We have talked about what is private and what is shared, including phones and accounts."),
    rev("bnd-03", Boundaries, Dependability, "My partner looks through my phone, messages or accounts without asking."),
    it("bnd-04", Boundaries, Dependability, "I feel free to have my own time and my own friends."),
    it("bnd-05", Boundaries, Predictability, "It is clear between us what each of us is comfortable with online."),
    it("fid-01", Fidelity, Faith, "I feel sure that my partner is faithful to me."),
    it("fid-02", Fidelity, Dependability, "My partner is open with me about money, spending and debt."),
    it("fid-03", Fidelity, Predictability, "Big money decisions that affect us both are made together."),
    it("fid-04", Fidelity, Dependability, "If my partner felt drawn to someone else, I believe they would tell me."),
    cond("fid-05", Fidelity, Predictability, "My partner keeps to what we agreed about closeness with other people."),
    it("sec-01", Security, Faith, "I feel secure in my partner's love for me."),
    it("sec-02", Security, Faith, "When my partner is out without me, I can relax."),
    it("sec-03", Security, Dependability, "When I feel unsure, my partner helps me feel settled again."),
    it("sec-05", Security, Predictability, "My partner's friendships with other people feel clear and safe to me."),
    it("sec-06", Security, Faith, "When worries about other people come up, we can talk them through calmly."),
    it("sup-01", Support, Dependability, "When I am struggling, my partner is there for me."),
    it("sup-02", Support, Dependability, "I can share something tender without it being used against me later."),
    it("sup-03", Support, Predictability, "My partner listens when I need to talk."),
    it("sup-04", Support, Dependability, "My partner keeps what I share with them private."),
    it("sup-05", Support, Predictability, "My partner treats me with respect, even on a bad day."),
    cond("acc-01", Accountability, Dependability, "When my partner has hurt me, they owned it instead of making excuses."),
    cond("acc-02", Accountability, Dependability, "My partner's apologies to me have felt sincere."),
    cond("acc-03", Accountability, Predictability, "After my partner apologised, their behaviour really changed."),
    it("acc-04", Accountability, Faith, "I feel able to tell my partner when they have hurt me."),
    it("acc-06", Accountability, Faith, "If my partner let me down in future, I believe they would work to put it right."),
    it("con-01", Conflict, Predictability, "We can disagree without it turning into a fight."),
    it("con-02", Conflict, Dependability, "In an argument, my partner stays fair, even when upset."),
    it("con-04", Conflict, Faith, "After an argument, we find our way back to each other."),
    cond("con-05", Conflict, Predictability, "When one of us has asked for a pause in a heated moment, the other respected it."),
    it("con-06", Conflict, Dependability, "When an old hurt needs talking about again, my partner is willing to hear it."),
    it("exp-01", Expectations, Predictability, "I know what my partner expects of me."),
    it("exp-02", Expectations, Predictability, "We have talked openly about what we each want from this relationship."),
    it("exp-03", Expectations, Predictability, "When our needs change, we talk about it instead of guessing."),
    it("exp-05", Expectations, Faith, "I feel we want the same things for our future."),
    it("exp-06", Expectations, Dependability, "My partner understands what I need from them."),
    it("shw-01", HowItShows, Faith, "I feel close to my partner on most days."),
    it("shw-02", HowItShows, Faith, "I can let a late reply or a change of plan go without fearing the worst."),
    rev("shw-03", HowItShows, Predictability, "I catch myself checking up on my partner."),
    it("shw-04", HowItShows, Predictability, "Small disagreements between us stay small."),
    it("shw-05", HowItShows, Dependability, "We still make time for affection and closeness."),
    it("slf-01", SelfTrust, Faith, "I trust my own sense of what is happening between us."),
    it("slf-02", SelfTrust, Predictability, "I can name what I feel without judging myself for it."),
    it("slf-03", SelfTrust, Dependability, "I can say no when something does not feel right to me."),
    it("slf-04", SelfTrust, Dependability, "I tell my partner when I am hurt or when something is wrong."),
    it("slf-05", SelfTrust, Faith, "When I think about past choices, I treat myself kindly."),
    it("slf-06", SelfTrust, Faith, "I can tell my partner how I really feel without dressing it up."),
    it("slf-07", SelfTrust, Dependability, "When I get something wrong, I can own it and say sorry."),
    it("slf-08", SelfTrust, Predictability, "I tell my partner what I need from them, rather than hoping they guess."),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = BTreeSet::new();
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
            let prefixes: BTreeSet<_> = items.iter().map(|item| &item.id[..3]).collect();
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
            let text = item.text;
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
        let slugs: BTreeSet<_> = Area::ALL.iter().map(|area| area.slug()).collect();
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
            let areas: BTreeSet<Area> = ITEMS
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
        assert!(!NOT_APPLICABLE_LABEL.is_empty());
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
                    .any(|i| i.area.counts_in_overall() && i.text.contains(text)),
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

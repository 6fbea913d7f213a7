//! Concrete next steps for the areas that scored lowest, each pointing at one of Mend's tools,
//! written for where the person answering stands (see [`Role`]). Every version stays readable:
//! [`advice_variants`] lists them all.

use super::bank::Area;
use super::role::Role;
use super::scoring::{Band, Scores};
use crate::i18n::results::{t, Msg};
use crate::i18n::{lang_now, Lang};
use std::cell::RefCell;

thread_local! {
    /// Each list of suggestions in each language it was shown in, kept for the page's lifetime
    /// (at most a few dozen short lists), so [`NextStep::steps`] can stay a plain static slice.
    static SHOWN: RefCell<Vec<(Lang, *const Msg, &'static [&'static str])>> =
        const { RefCell::new(Vec::new()) };
}

/// The texts of `messages` in the language on screen.
pub(super) fn texts(messages: &'static [Msg]) -> &'static [&'static str] {
    let lang = lang_now();
    SHOWN.with(|shown| {
        let mut shown = shown.borrow_mut();
        if let Some((_, _, texts)) = shown
            .iter()
            .find(|(l, m, _)| *l == lang && std::ptr::eq(*m, messages.as_ptr()))
        {
            return *texts;
        }
        let texts: &'static [&'static str] =
            Vec::leak(messages.iter().map(|m| t(*m)).collect::<Vec<_>>());
        shown.push((lang, messages.as_ptr(), texts));
        texts
    })
}

/// Who a set of suggestions is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Anyone: both of you, checking in, or not said.
    Anyone,
    /// The partner who was hurt.
    WasHurt,
    /// The partner who broke trust.
    BrokeTrust,
}

impl Audience {
    /// The audience a role reads first.
    pub fn of(role: Option<Role>) -> Audience {
        match role {
            Some(Role::WasHurt) => Audience::WasHurt,
            Some(Role::BrokeTrust) => Audience::BrokeTrust,
            _ => Audience::Anyone,
        }
    }

    /// A heading for this audience's suggestions.
    pub fn label(self) -> &'static str {
        t(match self {
            Audience::Anyone => Msg::AudienceAnyone,
            Audience::WasHurt => Msg::AudienceWasHurt,
            Audience::BrokeTrust => Msg::AudienceBrokeTrust,
        })
    }
}

/// Suggestions written for one side of a hurt, where the side matters; `None` where the
/// suggestions for anyone fit both sides.
fn for_side(area: Area, audience: Audience) -> Option<&'static [&'static str]> {
    let steps: &'static [Msg] = match (area, audience) {
        (_, Audience::Anyone) => return None,
        (Area::Honesty, Audience::WasHurt) => &[Msg::AdviceHonestyHurt1, Msg::AdviceHonestyHurt2],
        (Area::Honesty, Audience::BrokeTrust) => {
            &[Msg::AdviceHonestyBroke1, Msg::AdviceHonestyBroke2]
        }
        (Area::Reliability, Audience::WasHurt) => {
            &[Msg::AdviceReliabilityHurt1, Msg::AdviceReliabilityHurt2]
        }
        (Area::Reliability, Audience::BrokeTrust) => {
            &[Msg::AdviceReliabilityBroke1, Msg::AdviceReliabilityBroke2]
        }
        (Area::Fidelity, Audience::WasHurt) => {
            &[Msg::AdviceFidelityHurt1, Msg::AdviceFidelityHurt2]
        }
        (Area::Fidelity, Audience::BrokeTrust) => {
            &[Msg::AdviceFidelityBroke1, Msg::AdviceFidelityBroke2]
        }
        (Area::Security, Audience::WasHurt) => {
            &[Msg::AdviceSecurityHurt1, Msg::AdviceSecurityHurt2]
        }
        (Area::Security, Audience::BrokeTrust) => {
            &[Msg::AdviceSecurityBroke1, Msg::AdviceSecurityBroke2]
        }
        (Area::Accountability, Audience::WasHurt) => &[
            Msg::AdviceAccountabilityHurt1,
            Msg::AdviceAccountabilityHurt2,
        ],
        (Area::Accountability, Audience::BrokeTrust) => &[
            Msg::AdviceAccountabilityBroke1,
            Msg::AdviceAccountabilityBroke2,
        ],
        (Area::Conflict, Audience::WasHurt) => {
            &[Msg::AdviceConflictHurt1, Msg::AdviceConflictHurt2]
        }
        (Area::Conflict, Audience::BrokeTrust) => {
            &[Msg::AdviceConflictBroke1, Msg::AdviceConflictBroke2]
        }
        _ => return None,
    };
    Some(texts(steps))
}

/// Every version of the suggestions for an area: for anyone first, then for each side where
/// the side changes them. Lets every person read everything, whatever they answered.
pub fn advice_variants(area: Area) -> Vec<(Audience, &'static [&'static str])> {
    let mut all = vec![(Audience::Anyone, advice_for(area).steps)];
    for audience in [Audience::WasHurt, Audience::BrokeTrust] {
        if let Some(steps) = for_side(area, audience) {
            all.push((audience, steps));
        }
    }
    all
}

/// The suggestions for an area, as the person with `role` should see them first.
pub fn advice_for_role(area: Area, role: Option<Role>) -> NextStep {
    let general = advice_for(area);
    match for_side(area, Audience::of(role)) {
        Some(steps) => NextStep { steps, ..general },
        None => general,
    }
}

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
    /// A worksheet topic (boundaries) or repair phase to open at, if the tool has one that
    /// fits: one of `"emotional"`, `"digital"`, `"money"`, `"social"` for [`Tool::Boundaries`], or
    /// `"acknowledge"`, `"own-it"`, `"transparency"`, `"consistency"`, `"closeness"`,
    /// `"check-ins"` for [`Tool::Repair`]. A free hint: the tool may ignore it.
    pub hint: Option<&'static str>,
}

/// The suggestions for one area.
pub fn advice_for(area: Area) -> NextStep {
    let (steps, tool, hint): (&'static [Msg], Tool, Option<&'static str>) = match area {
        Area::Honesty => (
            &[Msg::AdviceHonesty1, Msg::AdviceHonesty2],
            Tool::Repair,
            Some("transparency"),
        ),
        Area::Reliability => (
            &[Msg::AdviceReliability1, Msg::AdviceReliability2],
            Tool::Repair,
            Some("consistency"),
        ),
        Area::Boundaries => (
            &[Msg::AdviceBoundaries1, Msg::AdviceBoundaries2],
            Tool::Boundaries,
            Some("digital"),
        ),
        Area::Fidelity => (
            &[Msg::AdviceFidelity1, Msg::AdviceFidelity2],
            Tool::Repair,
            Some("acknowledge"),
        ),
        Area::Security => (
            &[Msg::AdviceSecurity1, Msg::AdviceSecurity2],
            Tool::Boundaries,
            Some("social"),
        ),
        Area::Support => (
            &[Msg::AdviceSupport1, Msg::AdviceSupport2],
            Tool::Repair,
            Some("closeness"),
        ),
        Area::Accountability => (
            &[Msg::AdviceAccountability1, Msg::AdviceAccountability2],
            Tool::Repair,
            Some("own-it"),
        ),
        Area::Conflict => (
            &[Msg::AdviceConflict1, Msg::AdviceConflict2],
            Tool::Boundaries,
            Some("emotional"),
        ),
        Area::Expectations => (
            &[Msg::AdviceExpectations1, Msg::AdviceExpectations2],
            Tool::Boundaries,
            None,
        ),
        Area::HowItShows => (
            &[Msg::AdviceHowItShows1, Msg::AdviceHowItShows2],
            Tool::Repair,
            Some("check-ins"),
        ),
        Area::SelfTrust => (
            &[Msg::AdviceSelfTrust1, Msg::AdviceSelfTrust2],
            Tool::Boundaries,
            Some("emotional"),
        ),
    };
    NextStep {
        area,
        steps: texts(steps),
        tool,
        hint,
    }
}

/// Next steps for the weakest areas that count toward the overall score, written for `role`:
/// always the two weakest, and the third too when it is not in the [`Band::Solid`] band.
pub fn next_steps(scores: &Scores, role: Option<Role>) -> Vec<NextStep> {
    scores
        .weakest(3)
        .into_iter()
        .enumerate()
        .filter(|(rank, (_, value))| *rank < 2 || Band::of(*value) != Band::Solid)
        .map(|(_, (area, _))| advice_for_role(area, role))
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
        let areas: Vec<_> = next_steps(&scores, None).iter().map(|s| s.area).collect();
        assert_eq!(areas, vec![Area::Conflict, Area::Support, Area::Honesty]);

        let scores = with_areas(&[(Area::Conflict, 1), (Area::Support, 2)]);
        let areas: Vec<_> = next_steps(&scores, None).iter().map(|s| s.area).collect();
        assert_eq!(areas, vec![Area::Conflict, Area::Support]);

        let first = next_steps(&scores, None).first().map(|s| (s.tool, s.hint));
        assert_eq!(first, Some((Tool::Boundaries, Some("emotional"))));
        assert!(next_steps(&Scores::default(), None).is_empty());
    }

    #[test]
    fn a_hurt_partner_is_never_told_to_own_the_hurt() {
        let scores = with_areas(&[(Area::Accountability, 1), (Area::Fidelity, 1)]);
        let hurt = next_steps(&scores, Some(Role::WasHurt));
        let text: String = hurt
            .iter()
            .flat_map(|s| s.steps.iter())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!text.contains("without a \"but\""), "{text}");
        assert!(!text.contains("end the contact"), "{text}");
        assert!(text.contains("your own pace"), "{text}");
        let broke = next_steps(&scores, Some(Role::BrokeTrust));
        let text: String = broke
            .iter()
            .flat_map(|s| s.steps.iter())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains("Name plainly what you did"), "{text}");
        assert!(text.contains("end the contact clearly"), "{text}");
    }

    #[test]
    fn roles_without_a_side_read_the_suggestions_for_anyone() {
        for role in [
            None,
            Some(Role::Both),
            Some(Role::CheckingIn),
            Some(Role::PreferNotToSay),
        ] {
            for area in Area::ALL {
                assert_eq!(
                    advice_for_role(area, role),
                    advice_for(area),
                    "{role:?} {area:?}"
                );
            }
        }
        // Same area, same tool and hint, whoever reads it.
        let hurt = advice_for_role(Area::Accountability, Some(Role::WasHurt));
        assert_eq!((hurt.tool, hurt.hint), (Tool::Repair, Some("own-it")));
    }

    #[test]
    fn every_version_stays_readable() {
        for area in Area::ALL {
            let variants = advice_variants(area);
            assert_eq!(variants.first().map(|v| v.0), Some(Audience::Anyone));
            for (_, steps) in &variants {
                assert!(steps.len() >= 2);
                for step in *steps {
                    assert!(step.chars().count() <= 140, "{step}");
                }
            }
        }
        assert_eq!(advice_variants(Area::Accountability).len(), 3);
        assert_eq!(advice_variants(Area::Support).len(), 1);
    }
}

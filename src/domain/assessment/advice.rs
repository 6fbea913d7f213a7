//! Concrete next steps for the areas that scored lowest, each pointing at one of Mend's tools,
//! written for where the person answering stands (see [`Role`]). Every version stays readable:
//! [`advice_variants`] lists them all.

use super::bank::Area;
use super::role::Role;
use super::scoring::{Band, Scores};

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
        match self {
            Audience::Anyone => "For anyone",
            Audience::WasHurt => "If you were hurt",
            Audience::BrokeTrust => "If you broke trust",
        }
    }
}

/// Suggestions written for one side of a hurt, where the side matters; `None` where the
/// suggestions for anyone fit both sides.
fn for_side(area: Area, audience: Audience) -> Option<&'static [&'static str]> {
    let steps: &'static [&'static str] = match (area, audience) {
        (_, Audience::Anyone) => return None,
        (Area::Honesty, Audience::WasHurt) => &[
            "Write down the questions that keep coming back to you, and choose a calm time to ask one or two.",
            "Say which kind of openness would help you feel steadier for now, and for roughly how long.",
        ],
        (Area::Honesty, Audience::BrokeTrust) => &[
            "Answer your partner's questions fully and calmly, even the ones you have answered before.",
            "Share one thing that matters before you are asked, such as a change of plan.",
        ],
        (Area::Reliability, Audience::WasHurt) => &[
            "Ask for one small, clear promise you would like kept this week, and notice when it is.",
            "Tell your partner when a kept promise meant something to you, as well as when one slipped.",
        ],
        (Area::Reliability, Audience::BrokeTrust) => &[
            "Make one small promise you are sure you can keep, and keep it without being reminded.",
            "If you cannot keep a promise, say so before the moment passes, and offer a new plan.",
        ],
        (Area::Fidelity, Audience::WasHurt) => &[
            "If the betrayal is still raw, ask for a calm time where you can say how it hurt without being interrupted.",
            "Say what you need to know about the outside contact ending, and what would help you believe it.",
        ],
        (Area::Fidelity, Audience::BrokeTrust) => &[
            "If there was an outside relationship, end the contact clearly and tell your partner how you did it.",
            "Offer openness about money and other people before you are asked, for as long as your partner needs.",
        ],
        (Area::Security, Audience::WasHurt) => &[
            "Needing reassurance after being let down is normal. Ask for it in words, such as \"Can you tell me where we stand?\"",
            "Notice which small signs help you settle, and share them with your partner.",
        ],
        (Area::Security, Audience::BrokeTrust) => &[
            "When your partner asks for reassurance, give it patiently, even if you have given it before.",
            "Offer small signs of where you are and when you will be back, before they are needed.",
        ],
        (Area::Accountability, Audience::WasHurt) => &[
            "Tell your partner what a real apology would need to include for you.",
            "Take the time you need. Forgiveness, if it comes, can come at your own pace.",
        ],
        (Area::Accountability, Audience::BrokeTrust) => &[
            "Name plainly what you did and how it hurt your partner, without a \"but\".",
            "Say what you will do differently, then let your actions show it over the coming weeks.",
        ],
        (Area::Conflict, Audience::WasHurt) => &[
            "When an old hurt comes up in a new argument, ask for a separate, calmer time to talk about it.",
            "Agree on a pause signal you can use when a talk starts to feel too much.",
        ],
        (Area::Conflict, Audience::BrokeTrust) => &[
            "When your partner brings up the old hurt again, listen first; it usually means it still needs care.",
            "Agree on a pause signal, and be the one who comes back to the talk at the time you said.",
        ],
        _ => return None,
    };
    Some(steps)
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
                "Talk about what makes an apology feel real to each of you.",
                "When either of you gets something wrong, name it plainly, without a \"but\", and say what will change.",
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

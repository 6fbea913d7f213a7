//! The private safety check, asked of each person on their own before any scored step, and the
//! help it points to.
//!
//! Nothing here feeds a score, a chart, the history or a comparison: safety answers have their own
//! types, live only in the session in progress, and are dropped when that person's part ends.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An answer to a safety question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SafetyAnswer {
    /// Yes: this happens. Always a reason to show the help below.
    Yes,
    /// No.
    No,
    /// Prefer not to say.
    PreferNotToSay,
}

impl SafetyAnswer {
    /// Every choice, in the order to show them.
    pub const ALL: [SafetyAnswer; 3] = [SafetyAnswer::Yes, SafetyAnswer::No, SafetyAnswer::PreferNotToSay];

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            SafetyAnswer::Yes => "Yes",
            SafetyAnswer::No => "No",
            SafetyAnswer::PreferNotToSay => "Prefer not to say",
        }
    }
}

/// One person's safety answers, keyed by [`SafetyItem::id`].
pub type SafetyAnswers = BTreeMap<String, SafetyAnswer>;

/// One yes/no safety question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyItem {
    /// Stable id such as `"safe-01"`.
    pub id: &'static str,
    /// The question, in the first person.
    pub text: &'static str,
}

/// Title of the safety step.
pub const SAFETY_TITLE: &str = "First, a private check";

/// Opening of the safety step. It says plainly where the answers go.
pub const SAFETY_INTRO: &str = "These questions are just for you. Your answers are never scored, \
never saved with your results and never shown to your partner. They stay on this device only \
until you finish your part, then they are deleted.";

/// The safety questions: fear, control, intimidation, manipulation and physical harm.
#[rustfmt::skip]
pub static SAFETY_ITEMS: &[SafetyItem] = &[
    SafetyItem { id: "safe-01", text: "I am afraid of how my partner might react to what I say or do." },
    SafetyItem { id: "safe-02", text: "My partner controls where I go, who I see, or what money I can use." },
    SafetyItem { id: "safe-03", text: "My partner threatens me, or frightens me into doing what they want." },
    SafetyItem { id: "safe-04", text: "My partner twists things until I doubt my own memory or feelings." },
    SafetyItem { id: "safe-05", text: "My partner has hurt me physically, for example by pushing, grabbing or hitting." },
];

/// The safety question with this id.
pub fn safety_item(id: &str) -> Option<&'static SafetyItem> {
    SAFETY_ITEMS.iter().find(|item| item.id == id)
}

/// True when any answer is "yes".
///
/// A "yes" counts even under an id this version does not know: with safety, showing help once
/// too often is the lesser harm.
pub fn is_concerning(answers: &SafetyAnswers) -> bool {
    answers.values().any(|answer| *answer == SafetyAnswer::Yes)
}

/// Shown privately, right away, to the person whose answers are concerning.
pub const CONCERN_MESSAGE: &str = "Thank you for answering. What you describe sounds hard and \
frightening, and you deserve to feel safe. You do not have to sort this out alone. If you are in \
danger right now, call your local emergency number.";

/// Advice for a person whose answers are concerning, about the shared parts of Mend.
pub const JOINT_EXERCISE_ADVICE: &str = "For now, we suggest you do not do the shared exercises \
in this app with this partner. Working on trust together needs both of you to feel safe. A \
trained advocate can help you think through what is right for you, in confidence.";

/// One place to get help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resource {
    /// Who they are.
    pub name: &'static str,
    /// How to reach them.
    pub how_to_reach: &'static str,
    /// When they can help, and where.
    pub note: &'static str,
}

/// Said with the list: the examples are from the US.
pub const RESOURCES_NOTE: &str = "These examples are for the United States. Numbers are \
different in other countries, so look up the ones where you live. In an emergency, call your \
local emergency number.";

/// Places to get help (US examples, see [`RESOURCES_NOTE`]).
pub static RESOURCES: &[Resource] = &[
    Resource {
        name: "Emergency services",
        how_to_reach: "Call your local emergency number (911 in the US).",
        note: "For when you or someone else is in danger right now.",
    },
    Resource {
        name: "National Domestic Violence Hotline (US)",
        how_to_reach: "Call 800-799-7233, or text START to 88788.",
        note: "Free and confidential help from trained advocates, any time of day.",
    },
    Resource {
        name: "loveisrespect (US)",
        how_to_reach: "Text LOVEIS to 22522.",
        note: "Support for questions about a relationship that feels unhealthy or unsafe.",
    },
    Resource {
        name: "988 Suicide & Crisis Lifeline (US)",
        how_to_reach: "Call or text 988.",
        note: "For when you are in emotional crisis or thinking about hurting yourself.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::bank::ITEMS;
    use std::collections::BTreeSet;

    fn answers(pairs: &[(&str, SafetyAnswer)]) -> SafetyAnswers {
        pairs
            .iter()
            .map(|(id, answer)| (id.to_string(), *answer))
            .collect()
    }

    #[test]
    fn safety_items_are_few_unique_and_separate_from_the_scored_bank() {
        assert!((4..=6).contains(&SAFETY_ITEMS.len()));
        let ids: BTreeSet<_> = SAFETY_ITEMS.iter().map(|item| item.id).collect();
        assert_eq!(ids.len(), SAFETY_ITEMS.len());
        for item in SAFETY_ITEMS {
            assert!(!ITEMS
                .iter()
                .any(|scored| scored.id == item.id || scored.text == item.text));
            assert!(!item.text.is_empty() && item.text.chars().count() <= 100);
            assert_eq!(safety_item(item.id), Some(item));
        }
        assert!(!ITEMS.iter().any(|scored| scored.id.starts_with("safe")));
    }

    #[test]
    fn only_a_yes_is_concerning() {
        assert!(!is_concerning(&SafetyAnswers::new()));
        assert!(!is_concerning(&answers(&[
            ("safe-01", SafetyAnswer::No),
            ("safe-02", SafetyAnswer::PreferNotToSay),
        ])));
        assert!(is_concerning(&answers(&[
            ("safe-01", SafetyAnswer::No),
            ("safe-05", SafetyAnswer::Yes)
        ])));
        assert!(is_concerning(&answers(&[("safe-99", SafetyAnswer::Yes)])));
    }

    #[test]
    fn resources_carry_the_known_contacts() {
        let all: String = RESOURCES
            .iter()
            .map(|r| format!("{} {} {}\n", r.name, r.how_to_reach, r.note))
            .collect();
        for fact in [
            "800-799-7233",
            "START to 88788",
            "LOVEIS to 22522",
            "988",
            "local emergency number",
        ] {
            assert!(all.contains(fact), "{fact}");
        }
        assert!(RESOURCES_NOTE.contains("other countries"));
        for text in [SAFETY_TITLE, SAFETY_INTRO, CONCERN_MESSAGE, JOINT_EXERCISE_ADVICE] {
            assert!(!text.is_empty());
        }
        for answer in SafetyAnswer::ALL {
            assert!(!answer.label().is_empty());
        }
    }
}

//! The private safety check, asked of each person on their own before any scored step, and the
//! help it points to.
//!
//! Nothing here feeds a score, a chart, the history or a comparison. Safety answers live only in a
//! [`SafetyCheck`], which the screen holds in memory while one person answers. Neither it nor
//! [`SafetyAnswer`] can be serialized, so no stored, exported or handed-over type can carry them:
//! the compiler refuses it, not a review.

use crate::domain::flat::FlatMap;
use crate::i18n::assessment::{t, Msg};
use std::fmt;

/// An answer to a safety question.
// Deliberately without `Serialize`/`Deserialize`: see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    pub const ALL: [SafetyAnswer; 3] = [
        SafetyAnswer::Yes,
        SafetyAnswer::No,
        SafetyAnswer::PreferNotToSay,
    ];

    /// The button label.
    pub fn label(self) -> &'static str {
        t(match self {
            SafetyAnswer::Yes => Msg::SafetyAnswerYes,
            SafetyAnswer::No => Msg::SafetyAnswerNo,
            SafetyAnswer::PreferNotToSay => Msg::SafetyAnswerPreferNotToSay,
        })
    }
}

/// One yes/no safety question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyItem {
    /// Stable id such as `"safe-01"`.
    pub id: &'static str,
    /// The question, in the first person: its message (see [`SafetyItem::text`]).
    pub message: Msg,
}

impl SafetyItem {
    /// The question in the language on screen.
    pub fn text(&self) -> &'static str {
        t(self.message)
    }
}

/// Title of the safety step.
pub fn safety_title() -> &'static str {
    t(Msg::SafetyTitle)
}

/// Opening of the safety step. It says plainly where the answers go, and that is all they do:
/// they live in [`SafetyCheck`], in memory, on this screen.
pub fn safety_intro() -> &'static str {
    t(Msg::SafetyIntro)
}

/// What happens to the answers, said exactly. Shown on the safety step, beside the questions.
pub fn safety_privacy() -> &'static str {
    t(Msg::SafetyPrivacy)
}

/// The safety questions: fear, control, intimidation, manipulation and physical harm.
#[rustfmt::skip]
pub static SAFETY_ITEMS: &[SafetyItem] = &[
    SafetyItem { id: "safe-01", message: Msg::Safe01 },
    SafetyItem { id: "safe-02", message: Msg::Safe02 },
    SafetyItem { id: "safe-03", message: Msg::Safe03 },
    SafetyItem { id: "safe-04", message: Msg::Safe04 },
    SafetyItem { id: "safe-05", message: Msg::Safe05 },
];

/// The safety question with this id.
pub fn safety_item(id: &str) -> Option<&'static SafetyItem> {
    SAFETY_ITEMS.iter().find(|item| item.id == id)
}

/// One person's answers to the safety check, held in memory only while they answer.
///
/// Not serializable, on purpose, and its `Debug` shows no answers, so they cannot end up in a log
/// or a panic message either. Forget it with [`SafetyCheck::forget`] when the person moves on.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SafetyCheck {
    // Keyed by the item's own static id: only questions this build asks can be answered.
    answers: FlatMap<&'static str, SafetyAnswer>,
}

impl SafetyCheck {
    /// An empty check: nothing answered.
    pub fn new() -> SafetyCheck {
        SafetyCheck::default()
    }

    /// Records an answer. Refused (false) for an id that is not a safety question.
    pub fn answer(&mut self, id: &str, answer: SafetyAnswer) -> bool {
        let Some(item) = safety_item(id) else {
            return false;
        };
        self.answers.insert(item.id, answer);
        true
    }

    /// The answer given to question `id`, if any.
    pub fn get(&self, id: &str) -> Option<SafetyAnswer> {
        self.answers.get(id).copied()
    }

    /// True when any answer is "yes": show the help, to this person alone, right away.
    pub fn is_concerning(&self) -> bool {
        self.answers
            .values()
            .any(|answer| *answer == SafetyAnswer::Yes)
    }

    /// True when nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// Drops every answer. Returns whether there was anything to drop.
    pub fn forget(&mut self) -> bool {
        let had_any = !self.answers.is_empty();
        self.answers.clear();
        had_any
    }
}

impl fmt::Debug for SafetyCheck {
    // Only whether something is answered: the answers themselves stay on the screen.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SafetyCheck")
            .field("answered", &self.answers.len())
            .finish_non_exhaustive()
    }
}

/// Shown privately, right away, to the person whose answers are concerning.
pub fn concern_message() -> &'static str {
    t(Msg::SafetyConcern)
}

/// Advice for a person whose answers are concerning, about the shared parts of Mend.
pub fn joint_exercise_advice() -> &'static str {
    t(Msg::SafetyJointAdvice)
}

/// One place to get help: its messages (name, how to reach it, when it helps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resource([Msg; 3]);

impl Resource {
    /// Who they are.
    pub fn name(&self) -> &'static str {
        t(self.0[0])
    }

    /// How to reach them.
    pub fn how_to_reach(&self) -> &'static str {
        t(self.0[1])
    }

    /// When they can help, and where.
    pub fn note(&self) -> &'static str {
        t(self.0[2])
    }
}

/// Said with the list: the examples are from the US.
pub fn resources_note() -> &'static str {
    t(Msg::SafetyResourcesNote)
}

/// Places to get help (US examples, see [`resources_note`]).
#[rustfmt::skip]
pub static RESOURCES: &[Resource] = &[
    Resource([Msg::SafetyResource1, Msg::SafetyResource1Reach, Msg::SafetyResource1Note]),
    Resource([Msg::SafetyResource2, Msg::SafetyResource2Reach, Msg::SafetyResource2Note]),
    Resource([Msg::SafetyResource3, Msg::SafetyResource3Reach, Msg::SafetyResource3Note]),
    Resource([Msg::SafetyResource4, Msg::SafetyResource4Reach, Msg::SafetyResource4Note]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::bank::ITEMS;
    use crate::domain::flat::FlatSet;

    fn check(pairs: &[(&str, SafetyAnswer)]) -> SafetyCheck {
        let mut check = SafetyCheck::new();
        for (id, answer) in pairs {
            assert!(check.answer(id, *answer), "{id}");
        }
        check
    }

    #[test]
    fn safety_items_are_few_unique_and_separate_from_the_scored_bank() {
        assert!((4..=6).contains(&SAFETY_ITEMS.len()));
        let ids: FlatSet<_> = SAFETY_ITEMS.iter().map(|item| item.id).collect();
        assert_eq!(ids.len(), SAFETY_ITEMS.len());
        for item in SAFETY_ITEMS {
            assert!(!ITEMS
                .iter()
                .any(|scored| scored.id == item.id || scored.text() == item.text()));
            assert!(!item.text().is_empty() && item.text().chars().count() <= 100);
            assert_eq!(
                item.message.id(),
                item.id,
                "a question's message id is its id"
            );
            assert_eq!(safety_item(item.id), Some(item));
        }
        assert!(!ITEMS.iter().any(|scored| scored.id.starts_with("safe")));
    }

    #[test]
    fn only_a_yes_is_concerning() {
        assert!(!SafetyCheck::new().is_concerning());
        assert!(!check(&[
            ("safe-01", SafetyAnswer::No),
            ("safe-02", SafetyAnswer::PreferNotToSay)
        ])
        .is_concerning());
        assert!(check(&[
            ("safe-01", SafetyAnswer::No),
            ("safe-05", SafetyAnswer::Yes)
        ])
        .is_concerning());
        // Changing a "yes" to "no" takes the concern back.
        let mut changed = check(&[("safe-03", SafetyAnswer::Yes)]);
        assert!(changed.answer("safe-03", SafetyAnswer::No));
        assert!(!changed.is_concerning());
    }

    #[test]
    fn the_check_takes_only_its_own_questions_and_forgets_everything() {
        let mut check = SafetyCheck::new();
        assert!(!check.answer("safe-99", SafetyAnswer::Yes));
        assert!(!check.answer("hon-01", SafetyAnswer::Yes));
        assert!(check.is_empty() && !check.forget());
        assert!(check.answer("safe-02", SafetyAnswer::Yes));
        assert_eq!(check.get("safe-02"), Some(SafetyAnswer::Yes));
        assert_eq!(check.get("safe-01"), None);
        assert!(check.forget());
        assert_eq!((check.get("safe-02"), check.is_concerning()), (None, false));
        assert_eq!(check, SafetyCheck::new());
    }

    #[test]
    fn the_screen_says_exactly_where_the_answers_go() {
        let said = safety_privacy().to_lowercase();
        for promise in [
            "only on this screen",
            "never saved",
            "exported file",
            "hand-over",
            "partner never sees",
            "move on",
            "reload",
        ] {
            assert!(said.contains(promise), "{promise}");
        }
    }

    #[test]
    fn debug_output_names_no_answer() {
        let text = format!("{:?}", check(&[("safe-05", SafetyAnswer::Yes)]));
        assert!(!text.contains("safe-") && !text.contains("Yes"), "{text}");
        assert!(text.contains("answered: 1"), "{text}");
    }

    #[test]
    fn resources_carry_the_known_contacts() {
        let all: String = RESOURCES
            .iter()
            .map(|r| format!("{} {} {}\n", r.name(), r.how_to_reach(), r.note()))
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
        assert!(resources_note().contains("other countries"));
        // The examples are American; the note names Spain's numbers and sends to the Help page.
        for fact in ["United States", "112", "016", "Help page"] {
            assert!(resources_note().contains(fact), "{fact}");
        }
        for text in [
            safety_title(),
            safety_intro(),
            safety_privacy(),
            concern_message(),
            joint_exercise_advice(),
        ] {
            assert!(!text.is_empty());
        }
        for answer in SafetyAnswer::ALL {
            assert!(!answer.label().is_empty());
        }
    }
}

//! Who is answering: each person says, privately and at the start of their part, which fits them
//! best. Next steps, notes and the repair checklist's "your steps" view follow the answer; the
//! full content always stays readable.

use crate::domain::repair::Doer;
use serde::{Deserialize, Serialize};

/// Where the person answering stands. Stored with their answers and their results.
///
/// Variants are stored, so never remove or rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// "I was hurt."
    WasHurt,
    /// "I broke trust."
    BrokeTrust,
    /// "We both broke trust and were both hurt."
    Both,
    /// "Nothing in particular happened; we are checking in."
    CheckingIn,
    /// "I would rather not say."
    PreferNotToSay,
}

/// The question, as asked.
pub const ROLE_QUESTION: &str = "Which of these fits you best right now?";

/// Said with the question: why it is asked and what it changes.
pub const ROLE_EXPLAINED: &str = "Your answer only changes which suggestions you see first. \
Everything else stays the same, and you can always read the suggestions for every situation. \
It is saved with your answers; in a together run, your partner sees it in the shared results.";

impl Role {
    /// Every choice, in the order to show them.
    pub const ALL: [Role; 5] = [
        Role::WasHurt,
        Role::BrokeTrust,
        Role::Both,
        Role::CheckingIn,
        Role::PreferNotToSay,
    ];

    /// The choice's label, in the first person.
    pub fn label(self) -> &'static str {
        match self {
            Role::WasHurt => "I was hurt by something my partner did",
            Role::BrokeTrust => "I did something that broke my partner's trust",
            Role::Both => "We have both hurt each other",
            Role::CheckingIn => "Nothing big happened: we are checking in on how we are doing",
            Role::PreferNotToSay => "I would rather not say",
        }
    }

    /// A short name for results ("was hurt").
    pub fn short(self) -> &'static str {
        match self {
            Role::WasHurt => "was hurt",
            Role::BrokeTrust => "broke trust",
            Role::Both => "both hurt each other",
            Role::CheckingIn => "checking in",
            Role::PreferNotToSay => "rather not say",
        }
    }

    /// A stable lowercase name, for element ids and form values.
    pub fn slug(self) -> &'static str {
        match self {
            Role::WasHurt => "was-hurt",
            Role::BrokeTrust => "broke-trust",
            Role::Both => "both",
            Role::CheckingIn => "checking-in",
            Role::PreferNotToSay => "prefer-not-to-say",
        }
    }

    /// Whether a repair step for `who` is one of this person's own steps. Someone who did not
    /// say, or who is checking in, sees every step as theirs; so does someone for whom both fit.
    pub fn owns_step(self, who: Doer) -> bool {
        match (self, who) {
            (_, Doer::Both) => true,
            (Role::WasHurt, Doer::Hurt) | (Role::BrokeTrust, Doer::BrokeTrust) => true,
            (Role::WasHurt, Doer::BrokeTrust) | (Role::BrokeTrust, Doer::Hurt) => false,
            (Role::Both | Role::CheckingIn | Role::PreferNotToSay, _) => true,
        }
    }

    /// A short note for the top of this person's results, written for where they stand.
    pub fn results_note(self) -> &'static str {
        match self {
            Role::WasHurt => {
                "After being let down, it is normal to feel unsure, to need reassurance and to ask the \
                 same questions more than once. Low scores here describe the hurt; they say nothing \
                 about you failing at trust. Rebuilding it is mostly the work of the partner who broke \
                 it, at a pace you can live with."
            }
            Role::BrokeTrust => {
                "Your partner's trust may take a long time to return, and their doubts are a normal \
                 reaction to being hurt. What helps most is steady honesty, owning what happened \
                 without excuses, and patience when they need reassurance again."
            }
            Role::Both => {
                "When both of you have been hurt, each of you is both the one who needs to hear an \
                 apology and the one who owes one. It can help to take turns: one hurt at a time, with \
                 the other listening."
            }
            Role::CheckingIn => {
                "Checking in when nothing is wrong is a good habit. Use the strongest areas as \
                 reminders of what works, and the lowest as topics for a relaxed talk."
            }
            Role::PreferNotToSay => {
                "You did not say where you stand, so the suggestions below are written for anyone. \
                 Every suggestion, for every situation, is further down."
            }
        }
    }

    /// Whether this person may want the help lines for people who want to stop hurting a partner.
    pub fn offer_change_lines(self) -> bool {
        matches!(self, Role::BrokeTrust | Role::Both)
    }
}

/// The text to show for a role that may not have been given.
pub fn role_short(role: Option<Role>) -> &'static str {
    role.map_or("not asked", Role::short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn labels_slugs_and_notes_are_distinct_and_present() {
        let slugs: BTreeSet<_> = Role::ALL.iter().map(|r| r.slug()).collect();
        assert_eq!(slugs.len(), Role::ALL.len());
        for role in Role::ALL {
            assert!(!role.label().is_empty() && !role.short().is_empty());
            let note = role.results_note().to_lowercase();
            for verdict in ["should leave", "should stay", "your fault"] {
                assert!(!note.contains(verdict), "{role:?}");
            }
        }
        assert_eq!(role_short(None), "not asked");
    }

    #[test]
    fn each_role_owns_its_steps() {
        assert!(Role::WasHurt.owns_step(Doer::Hurt) && !Role::WasHurt.owns_step(Doer::BrokeTrust));
        assert!(
            Role::BrokeTrust.owns_step(Doer::BrokeTrust) && !Role::BrokeTrust.owns_step(Doer::Hurt)
        );
        for role in Role::ALL {
            assert!(role.owns_step(Doer::Both), "{role:?}");
        }
        for role in [Role::Both, Role::CheckingIn, Role::PreferNotToSay] {
            assert!(Doer::ALL.iter().all(|w| role.owns_step(*w)), "{role:?}");
        }
    }

    #[test]
    fn a_hurt_partner_is_told_their_reactions_are_normal() {
        assert!(Role::WasHurt.results_note().contains("normal"));
        assert!(Role::BrokeTrust.results_note().contains("normal reaction"));
        assert!(Role::BrokeTrust.offer_change_lines() && !Role::WasHurt.offer_change_lines());
    }
}

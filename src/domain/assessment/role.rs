//! Who is answering: each person says, privately and at the start of their part, which fits them
//! best. Next steps, notes and the repair checklist's "your steps" view follow the answer; the
//! full content always stays readable.

use crate::domain::repair::Doer;
use crate::i18n::assessment::{t, Msg};
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
pub fn role_question() -> &'static str {
    t(Msg::RoleQuestion)
}

/// Said with the question: why it is asked and what it changes.
pub fn role_explained() -> &'static str {
    t(Msg::RoleExplained)
}

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
        t(match self {
            Role::WasHurt => Msg::RoleWasHurt,
            Role::BrokeTrust => Msg::RoleBrokeTrust,
            Role::Both => Msg::RoleBoth,
            Role::CheckingIn => Msg::RoleCheckingIn,
            Role::PreferNotToSay => Msg::RolePreferNotToSay,
        })
    }

    /// A short name for results ("was hurt").
    pub fn short(self) -> &'static str {
        t(match self {
            Role::WasHurt => Msg::RoleWasHurtShort,
            Role::BrokeTrust => Msg::RoleBrokeTrustShort,
            Role::Both => Msg::RoleBothShort,
            Role::CheckingIn => Msg::RoleCheckingInShort,
            Role::PreferNotToSay => Msg::RolePreferNotToSayShort,
        })
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
        t(match self {
            Role::WasHurt => Msg::RoleWasHurtNote,
            Role::BrokeTrust => Msg::RoleBrokeTrustNote,
            Role::Both => Msg::RoleBothNote,
            Role::CheckingIn => Msg::RoleCheckingInNote,
            Role::PreferNotToSay => Msg::RolePreferNotToSayNote,
        })
    }

    /// Whether this person may want the help lines for people who want to stop hurting a partner.
    pub fn offer_change_lines(self) -> bool {
        matches!(self, Role::BrokeTrust | Role::Both)
    }
}

/// The text to show for a role that may not have been given.
pub fn role_short(role: Option<Role>) -> &'static str {
    role.map_or_else(|| t(Msg::RoleNotAsked), Role::short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flat::FlatSet;

    #[test]
    fn labels_slugs_and_notes_are_distinct_and_present() {
        let slugs: FlatSet<_> = Role::ALL.iter().map(|r| r.slug()).collect();
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

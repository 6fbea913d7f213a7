//! The repair checklist's words. Saved plans refer to phases and steps by `id` only, so the
//! wording can improve at any time without migrating data. Never change or reuse an `id`. The
//! words are in the `repair` slice of the catalogues (`locales/<tag>/repair.ftl`).

use super::Doer;
use crate::i18n::repair::{t, Msg};

/// Another part of the app a phase points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Related {
    /// The boundary-setting worksheet.
    BoundaryWorksheet,
    /// Safety help and crisis contacts, for anyone who feels afraid.
    SafetyHelp,
}

impl Related {
    /// Link text for the UI.
    pub fn label(self) -> &'static str {
        t(match self {
            Related::BoundaryWorksheet => Msg::RelatedBoundaries,
            Related::SafetyHelp => Msg::RelatedSafetyHelp,
        })
    }
}

/// One step of a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// Who takes this step.
    pub who: Doer,
    /// What to do: its message (see [`Step::text`]).
    pub text: Msg,
    /// Why it helps, in a sentence or two (see [`Step::why`]).
    pub why: Msg,
    /// How you can tell it is done (see [`Step::done_when`]).
    pub done_when: Msg,
}

impl Step {
    /// What to do, in the language on screen.
    pub fn text(&self) -> &'static str {
        t(self.text)
    }

    /// Why it helps, in the language on screen.
    pub fn why(&self) -> &'static str {
        t(self.why)
    }

    /// How you can tell it is done, in the language on screen.
    pub fn done_when(&self) -> &'static str {
        t(self.done_when)
    }
}

/// A stage of repair, with its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// Heading (see [`Phase::title`]).
    pub title: Msg,
    /// A few sentences that open the phase (see [`Phase::intro`]).
    pub intro: Msg,
    /// Other parts of the app this phase points to.
    pub related: &'static [Related],
    /// The built-in steps, in order.
    pub steps: &'static [Step],
}

impl Phase {
    /// The heading in the language on screen.
    pub fn title(&self) -> &'static str {
        t(self.title)
    }

    /// The opening sentences in the language on screen.
    pub fn intro(&self) -> &'static str {
        t(self.intro)
    }
}

/// One item of the self-trust checklist, for one person on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfTrustItem {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// What to practise (see [`SelfTrustItem::text`]).
    pub text: Msg,
    /// Why it helps (see [`SelfTrustItem::why`]).
    pub why: Msg,
}

impl SelfTrustItem {
    /// What to practise, in the language on screen.
    pub fn text(&self) -> &'static str {
        t(self.text)
    }

    /// Why it helps, in the language on screen.
    pub fn why(&self) -> &'static str {
        t(self.why)
    }
}

/// Shown above the checklist.
pub fn intro() -> &'static str {
    t(Msg::RepairIntro)
}

/// Shown under [`intro`]: repair is a shared choice, and so is deciding against it.
pub fn commitment_note() -> &'static str {
    t(Msg::RepairCommitment)
}

/// Shown above the self-trust checklist.
pub fn self_trust_intro() -> &'static str {
    t(Msg::RepairSelfTrustIntro)
}

/// The phases, in the order they usually unfold (they often overlap).
pub const PHASES: &[Phase] = &[
    Phase {
        id: "acknowledge",
        title: Msg::PhaseAcknowledge,
        intro: Msg::PhaseAcknowledgeIntro,
        related: &[],
        steps: &[
            Step {
                id: "ack-say-it",
                who: Doer::Hurt,
                text: Msg::StepAckSayIt,
                why: Msg::StepAckSayItWhy,
                done_when: Msg::StepAckSayItDone,
            },
            Step {
                id: "ack-listen",
                who: Doer::BrokeTrust,
                text: Msg::StepAckListen,
                why: Msg::StepAckListenWhy,
                done_when: Msg::StepAckListenDone,
            },
            Step {
                id: "ack-reflect",
                who: Doer::BrokeTrust,
                text: Msg::StepAckReflect,
                why: Msg::StepAckReflectWhy,
                done_when: Msg::StepAckReflectDone,
            },
            Step {
                id: "ack-pace",
                who: Doer::Both,
                text: Msg::StepAckPace,
                why: Msg::StepAckPaceWhy,
                done_when: Msg::StepAckPaceDone,
            },
        ],
    },
    Phase {
        id: "ownership",
        title: Msg::PhaseOwnership,
        intro: Msg::PhaseOwnershipIntro,
        related: &[],
        steps: &[
            Step {
                id: "own-name-it",
                who: Doer::BrokeTrust,
                text: Msg::StepOwnNameIt,
                why: Msg::StepOwnNameItWhy,
                done_when: Msg::StepOwnNameItDone,
            },
            Step {
                id: "own-impact",
                who: Doer::BrokeTrust,
                text: Msg::StepOwnImpact,
                why: Msg::StepOwnImpactWhy,
                done_when: Msg::StepOwnImpactDone,
            },
            Step {
                id: "own-apology",
                who: Doer::BrokeTrust,
                text: Msg::StepOwnApology,
                why: Msg::StepOwnApologyWhy,
                done_when: Msg::StepOwnApologyDone,
            },
            Step {
                id: "own-own-pace",
                who: Doer::Hurt,
                text: Msg::StepOwnOwnPace,
                why: Msg::StepOwnOwnPaceWhy,
                done_when: Msg::StepOwnOwnPaceDone,
            },
            Step {
                id: "own-amends",
                who: Doer::Both,
                text: Msg::StepOwnAmends,
                why: Msg::StepOwnAmendsWhy,
                done_when: Msg::StepOwnAmendsDone,
            },
        ],
    },
    Phase {
        id: "honesty",
        title: Msg::PhaseHonesty,
        intro: Msg::PhaseHonestyIntro,
        related: &[],
        steps: &[
            Step {
                id: "hon-answer",
                who: Doer::BrokeTrust,
                text: Msg::StepHonAnswer,
                why: Msg::StepHonAnswerWhy,
                done_when: Msg::StepHonAnswerDone,
            },
            Step {
                id: "hon-tell-first",
                who: Doer::BrokeTrust,
                text: Msg::StepHonTellFirst,
                why: Msg::StepHonTellFirstWhy,
                done_when: Msg::StepHonTellFirstDone,
            },
            Step {
                id: "hon-ask",
                who: Doer::Hurt,
                text: Msg::StepHonAsk,
                why: Msg::StepHonAskWhy,
                done_when: Msg::StepHonAskDone,
            },
            Step {
                id: "hon-reassure",
                who: Doer::BrokeTrust,
                text: Msg::StepHonReassure,
                why: Msg::StepHonReassureWhy,
                done_when: Msg::StepHonReassureDone,
            },
            Step {
                id: "hon-privacy",
                who: Doer::Both,
                text: Msg::StepHonPrivacy,
                why: Msg::StepHonPrivacyWhy,
                done_when: Msg::StepHonPrivacyDone,
            },
        ],
    },
    Phase {
        id: "reliability",
        title: Msg::PhaseReliability,
        intro: Msg::PhaseReliabilityIntro,
        related: &[],
        steps: &[
            Step {
                id: "rel-small-promises",
                who: Doer::BrokeTrust,
                text: Msg::StepRelSmallPromises,
                why: Msg::StepRelSmallPromisesWhy,
                done_when: Msg::StepRelSmallPromisesDone,
            },
            Step {
                id: "rel-honest-no",
                who: Doer::BrokeTrust,
                text: Msg::StepRelHonestNo,
                why: Msg::StepRelHonestNoWhy,
                done_when: Msg::StepRelHonestNoDone,
            },
            Step {
                id: "rel-own-slips",
                who: Doer::BrokeTrust,
                text: Msg::StepRelOwnSlips,
                why: Msg::StepRelOwnSlipsWhy,
                done_when: Msg::StepRelOwnSlipsDone,
            },
            Step {
                id: "rel-first-move",
                who: Doer::Both,
                text: Msg::StepRelFirstMove,
                why: Msg::StepRelFirstMoveWhy,
                done_when: Msg::StepRelFirstMoveDone,
            },
            Step {
                id: "rel-notice",
                who: Doer::Hurt,
                text: Msg::StepRelNotice,
                why: Msg::StepRelNoticeWhy,
                done_when: Msg::StepRelNoticeDone,
            },
        ],
    },
    Phase {
        id: "boundaries",
        title: Msg::PhaseBoundaries,
        intro: Msg::PhaseBoundariesIntro,
        related: &[Related::BoundaryWorksheet],
        steps: &[
            Step {
                id: "bnd-own-side",
                who: Doer::Both,
                text: Msg::StepBndOwnSide,
                why: Msg::StepBndOwnSideWhy,
                done_when: Msg::StepBndOwnSideDone,
            },
            Step {
                id: "bnd-agree",
                who: Doer::Both,
                text: Msg::StepBndAgree,
                why: Msg::StepBndAgreeWhy,
                done_when: Msg::StepBndAgreeDone,
            },
            Step {
                id: "bnd-if-crossed",
                who: Doer::Both,
                text: Msg::StepBndIfCrossed,
                why: Msg::StepBndIfCrossedWhy,
                done_when: Msg::StepBndIfCrossedDone,
            },
            Step {
                id: "bnd-end-contact",
                who: Doer::BrokeTrust,
                text: Msg::StepBndEndContact,
                why: Msg::StepBndEndContactWhy,
                done_when: Msg::StepBndEndContactDone,
            },
            Step {
                id: "bnd-review-date",
                who: Doer::Both,
                text: Msg::StepBndReviewDate,
                why: Msg::StepBndReviewDateWhy,
                done_when: Msg::StepBndReviewDateDone,
            },
        ],
    },
    Phase {
        id: "reconnect",
        title: Msg::PhaseReconnect,
        intro: Msg::PhaseReconnectIntro,
        related: &[],
        steps: &[
            Step {
                id: "rec-share",
                who: Doer::Both,
                text: Msg::StepRecShare,
                why: Msg::StepRecShareWhy,
                done_when: Msg::StepRecShareDone,
            },
            Step {
                id: "rec-affection",
                who: Doer::Both,
                text: Msg::StepRecAffection,
                why: Msg::StepRecAffectionWhy,
                done_when: Msg::StepRecAffectionDone,
            },
            Step {
                id: "rec-present",
                who: Doer::Both,
                text: Msg::StepRecPresent,
                why: Msg::StepRecPresentWhy,
                done_when: Msg::StepRecPresentDone,
            },
            Step {
                id: "rec-light",
                who: Doer::Both,
                text: Msg::StepRecLight,
                why: Msg::StepRecLightWhy,
                done_when: Msg::StepRecLightDone,
            },
        ],
    },
    Phase {
        id: "support",
        title: Msg::PhaseSupport,
        intro: Msg::PhaseSupportIntro,
        related: &[Related::SafetyHelp],
        steps: &[
            Step {
                id: "sup-talk",
                who: Doer::Both,
                text: Msg::StepSupTalk,
                why: Msg::StepSupTalkWhy,
                done_when: Msg::StepSupTalkDone,
            },
            Step {
                id: "sup-find",
                who: Doer::Both,
                text: Msg::StepSupFind,
                why: Msg::StepSupFindWhy,
                done_when: Msg::StepSupFindDone,
            },
            Step {
                id: "sup-first-session",
                who: Doer::Both,
                text: Msg::StepSupFirstSession,
                why: Msg::StepSupFirstSessionWhy,
                done_when: Msg::StepSupFirstSessionDone,
            },
            Step {
                id: "sup-past",
                who: Doer::Both,
                text: Msg::StepSupPast,
                why: Msg::StepSupPastWhy,
                done_when: Msg::StepSupPastDone,
            },
            Step {
                id: "sup-own-support",
                who: Doer::Both,
                text: Msg::StepSupOwnSupport,
                why: Msg::StepSupOwnSupportWhy,
                done_when: Msg::StepSupOwnSupportDone,
            },
        ],
    },
    Phase {
        id: "maintain",
        title: Msg::PhaseMaintain,
        intro: Msg::PhaseMaintainIntro,
        related: &[],
        steps: &[
            Step {
                id: "mnt-check-ins",
                who: Doer::Both,
                text: Msg::StepMntCheckIns,
                why: Msg::StepMntCheckInsWhy,
                done_when: Msg::StepMntCheckInsDone,
            },
            Step {
                id: "mnt-appreciate",
                who: Doer::Both,
                text: Msg::StepMntAppreciate,
                why: Msg::StepMntAppreciateWhy,
                done_when: Msg::StepMntAppreciateDone,
            },
            Step {
                id: "mnt-forgive",
                who: Doer::Both,
                text: Msg::StepMntForgive,
                why: Msg::StepMntForgiveWhy,
                done_when: Msg::StepMntForgiveDone,
            },
            Step {
                id: "mnt-celebrate",
                who: Doer::Both,
                text: Msg::StepMntCelebrate,
                why: Msg::StepMntCelebrateWhy,
                done_when: Msg::StepMntCelebrateDone,
            },
        ],
    },
];

/// The self-trust checklist.
pub const SELF_TRUST: &[SelfTrustItem] = &[
    SelfTrustItem {
        id: "self-feelings",
        text: Msg::SelfFeelings,
        why: Msg::SelfFeelingsWhy,
    },
    SelfTrustItem {
        id: "self-learn",
        text: Msg::SelfLearn,
        why: Msg::SelfLearnWhy,
    },
    SelfTrustItem {
        id: "self-no",
        text: Msg::SelfNo,
        why: Msg::SelfNoWhy,
    },
    SelfTrustItem {
        id: "self-gut",
        text: Msg::SelfGut,
        why: Msg::SelfGutWhy,
    },
    SelfTrustItem {
        id: "self-small-promise",
        text: Msg::SelfSmallPromise,
        why: Msg::SelfSmallPromiseWhy,
    },
    SelfTrustItem {
        id: "self-kindness",
        text: Msg::SelfKindness,
        why: Msg::SelfKindnessWhy,
    },
];

/// The phase with this id, if any.
pub fn phase(id: &str) -> Option<&'static Phase> {
    PHASES.iter().find(|p| p.id == id)
}

/// The built-in step with this id and its phase, if any.
pub fn step(id: &str) -> Option<(&'static Phase, &'static Step)> {
    PHASES
        .iter()
        .find_map(|p| p.steps.iter().find(|s| s.id == id).map(|s| (p, s)))
}

/// The self-trust item with this id, if any.
pub fn self_trust_item(id: &str) -> Option<&'static SelfTrustItem> {
    SELF_TRUST.iter().find(|i| i.id == id)
}

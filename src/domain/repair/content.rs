//! The repair checklist's words. Saved plans refer to phases and steps by `id` only, so the
//! wording can improve at any time without migrating data. Never change or reuse an `id`.

use super::Doer;

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
        match self {
            Related::BoundaryWorksheet => "Open the boundaries worksheet",
            Related::SafetyHelp => "Find safety help",
        }
    }
}

/// One step of a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// Who takes this step.
    pub who: Doer,
    /// What to do.
    pub text: &'static str,
    /// Why it helps, in a sentence or two.
    pub why: &'static str,
    /// How you can tell it is done.
    pub done_when: &'static str,
}

/// A stage of repair, with its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// A few sentences that open the phase.
    pub intro: &'static str,
    /// Other parts of the app this phase points to.
    pub related: &'static [Related],
    /// The built-in steps, in order.
    pub steps: &'static [Step],
}

/// One item of the self-trust checklist, for one person on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfTrustItem {
    /// Stable id used in saved data.
    pub id: &'static str,
    /// What to practise.
    pub text: &'static str,
    /// Why it helps.
    pub why: &'static str,
}

/// Shown above the checklist.
pub const INTRO: &str = "Rebuilding trust takes time, and it rarely goes in a straight line. \
These steps are a guide, not a test. Take them at a pace that feels safe for both of you, \
hide any that do not fit, and add your own.";

/// Shown under [`INTRO`]: repair is a shared choice, and so is deciding against it.
pub const COMMITMENT_NOTE: &str = "Rebuilding trust needs both of you to want it and to keep at \
it; one person cannot do it alone. It is also all right to find, in time, that you do not want to \
go on together. Ending a relationship can be the right choice for some people, and a counsellor \
can help you think it through.";

/// Shown above the self-trust checklist.
pub const SELF_TRUST_INTRO: &str = "Trusting someone else is easier when you can trust yourself. \
This short list is for you alone, whichever side of the hurt you are on.";

/// The phases, in the order they usually unfold (they often overlap).
pub const PHASES: &[Phase] = &[
    Phase {
        id: "acknowledge",
        title: "Acknowledge the hurt",
        intro: "Before anything can change, the hurt needs to be named and heard. This part is \
                about listening, not fixing.",
        related: &[],
        steps: &[
            Step {
                id: "ack-say-it",
                who: Doer::Hurt,
                text: "Tell your partner, in your own words, what happened for you and how it felt.",
                why: "Putting it into words turns a private weight into something you can both see.",
                done_when: "You have said what you needed to say, even if it took more than one talk.",
            },
            Step {
                id: "ack-listen",
                who: Doer::BrokeTrust,
                text: "Listen to how it affected your partner without defending, explaining or correcting.",
                why: "Feeling heard comes before feeling safe. Your side of the story can wait.",
                done_when: "Your partner tells you they felt listened to.",
            },
            Step {
                id: "ack-reflect",
                who: Doer::BrokeTrust,
                text: "Say back what you heard, and ask whether you got it right.",
                why: "It shows the words landed, and it catches misunderstandings early.",
                done_when: "Your partner agrees that your summary fits.",
            },
            Step {
                id: "ack-pace",
                who: Doer::Both,
                text: "Agree how and when you will talk about it, and how either of you can ask for a pause.",
                why: "Hard talks go better with a little structure. A pause is a break, not an ending.",
                done_when: "You both know how to ask for a pause and when you will pick the talk up again.",
            },
        ],
    },
    Phase {
        id: "ownership",
        title: "Ownership, remorse and a sincere apology",
        intro: "The partner who broke trust takes full responsibility. A real apology names what \
                you did, shows you understand how it hurt, makes no excuses, and says what you \
                will do differently.",
        related: &[],
        steps: &[
            Step {
                id: "own-name-it",
                who: Doer::BrokeTrust,
                text: "Say plainly what you did, without softening it or pointing to anything your partner did.",
                why: "Owning all of it spares your partner from having to pull the truth out piece by piece.",
                done_when: "You have described what you did in full, in your own words.",
            },
            Step {
                id: "own-impact",
                who: Doer::BrokeTrust,
                text: "Tell your partner what you now understand about how it hurt them.",
                why: "Remorse is easier to believe when it shows you see the harm, not only the mistake.",
                done_when: "Your partner feels you understand the hurt, not just the facts.",
            },
            Step {
                id: "own-apology",
                who: Doer::BrokeTrust,
                text: "Apologise with no \"but\": say you are sorry, what for, and one thing you will change.",
                why: "A \"but\" turns an apology into a defence.",
                done_when: "You have apologised without excuses and named at least one concrete change.",
            },
            Step {
                id: "own-own-pace",
                who: Doer::Hurt,
                text: "Take the time you need. Tell your partner that forgiveness, if it comes, will come at your pace.",
                why: "Forgiveness that is rushed rarely holds. Your pace is part of the healing.",
                done_when: "Your partner has heard this and is not pressing you for a date.",
            },
            Step {
                id: "own-amends",
                who: Doer::Both,
                text: "Talk about what making amends could look like for you.",
                why: "Amends turn words into something your partner can see and feel.",
                done_when: "You have agreed on at least one way to make amends.",
            },
        ],
    },
    Phase {
        id: "honesty",
        title: "Honesty and transparency",
        intro: "After a breach, even a small secret can feel like a fresh hurt. Being open about \
                what matters helps suspicion settle over time.",
        related: &[],
        steps: &[
            Step {
                id: "hon-answer",
                who: Doer::BrokeTrust,
                text: "Answer your partner's questions honestly, even when the answer is uncomfortable.",
                why: "Each straight answer is a small sign that the truth is safe with you.",
                done_when: "Your partner says they trust they are getting straight answers.",
            },
            Step {
                id: "hon-tell-first",
                who: Doer::BrokeTrust,
                text: "Share things that matter before you are asked, like changed plans or a slip.",
                why: "Telling first takes away the need to check.",
                done_when: "Telling first has become a habit, and your partner has noticed.",
            },
            Step {
                id: "hon-ask",
                who: Doer::Hurt,
                text: "Say what kind of openness would help you feel safer, and for roughly how long.",
                why: "A clear request is easier to meet than a guess. What you need will likely change as trust grows.",
                done_when: "You have named your requests and set a time to look at them again.",
            },
            Step {
                id: "hon-reassure",
                who: Doer::BrokeTrust,
                text: "When your partner asks for reassurance, or asks the same question again, answer calmly and fully.",
                why: "After a breach, needing reassurance is a normal part of healing, not a sign that nothing is changing.",
                done_when: "Your partner says your answers help them settle, even on hard days.",
            },
            Step {
                id: "hon-privacy",
                who: Doer::Both,
                text: "Agree where openness ends and privacy begins, so that openness does not turn into checking up.",
                why: "Openness builds trust. Constant checking keeps you both on edge.",
                done_when: "You share an understanding, perhaps written down in the boundaries worksheet.",
            },
        ],
    },
    Phase {
        id: "reliability",
        title: "Reliability through small promises kept",
        intro: "Trust grows back through many small promises kept, not one big gesture. Start \
                small and follow through.",
        related: &[],
        steps: &[
            Step {
                id: "rel-small-promises",
                who: Doer::BrokeTrust,
                text: "Make small, specific promises you are sure you can keep, and add them to the promise list.",
                why: "An easy promise kept says more than a grand one made.",
                done_when: "You have at least three promises on the list.",
            },
            Step {
                id: "rel-honest-no",
                who: Doer::BrokeTrust,
                text: "Say \"no\" or \"not yet\" when you cannot follow through, rather than agreeing just to end an awkward moment.",
                why: "A yes you cannot keep does more harm than an honest no.",
                done_when: "You only agree to things you fully mean to do.",
            },
            Step {
                id: "rel-own-slips",
                who: Doer::BrokeTrust,
                text: "When you miss a promise, say so yourself, apologise and make a new plan.",
                why: "Owning a slip quickly is a form of reliability too.",
                done_when: "You name missed promises before your partner has to bring them up.",
            },
            Step {
                id: "rel-first-move",
                who: Doer::Both,
                text: "If you are each waiting for the other to change first, name it, and each choose one thing to start on now.",
                why: "A \"you first\" standoff keeps both of you stuck. Small moves from each side break it.",
                done_when: "You have each said what you will do, without waiting for the other.",
            },
            Step {
                id: "rel-notice",
                who: Doer::Hurt,
                text: "Notice the promises that were kept, and say so, not only the ones that were missed.",
                why: "Seeing progress helps you both keep going.",
                done_when: "You have told your partner about a kept promise that mattered to you.",
            },
        ],
    },
    Phase {
        id: "boundaries",
        title: "Clear boundaries",
        intro: "Boundaries say what each of you needs to feel safe and respected. The boundaries \
                worksheet helps you write them down and come back to them.",
        related: &[Related::BoundaryWorksheet],
        steps: &[
            Step {
                id: "bnd-own-side",
                who: Doer::Both,
                text: "Each fill in your own side of the worksheet before you compare.",
                why: "Thinking on your own first helps you know your needs before you hear your partner's.",
                done_when: "You have each written your side for the areas that matter most.",
            },
            Step {
                id: "bnd-agree",
                who: Doer::Both,
                text: "Find wording you can both agree on for at least one area.",
                why: "A shared sentence is easier to keep than a vague sense of what was meant.",
                done_when: "At least one area is marked as agreed.",
            },
            Step {
                id: "bnd-if-crossed",
                who: Doer::Both,
                text: "Decide calmly what you will do if a boundary is crossed, without punishing each other.",
                why: "A plan made in a calm moment is easier to follow in a hard one.",
                done_when: "Each agreed area says what happens if it is crossed.",
            },
            Step {
                id: "bnd-end-contact",
                who: Doer::BrokeTrust,
                text: "If there was an outside relationship, end the contact clearly, and tell your partner how and when you did it.",
                why: "Renewed loyalty needs to be visible. Knowing the contact has ended lets your partner stop wondering.",
                done_when: "The contact has ended and your partner has heard it from you, not from someone else.",
            },
            Step {
                id: "bnd-review-date",
                who: Doer::Both,
                text: "Pick a date to look at your agreements again.",
                why: "Needs change as trust grows, so boundaries need room to change too.",
                done_when: "Your agreed areas each have a review date.",
            },
        ],
    },
    Phase {
        id: "reconnect",
        title: "Reconnect",
        intro: "Closeness comes back slowly. Small moments of openness, warmth and attention help \
                you feel like a team again.",
        related: &[],
        steps: &[
            Step {
                id: "rec-share",
                who: Doer::Both,
                text: "Each week, share one feeling or worry you would usually keep to yourself.",
                why: "A little openness from one of you makes it easier for the other.",
                done_when: "You have both done it for a few weeks in a row.",
            },
            Step {
                id: "rec-affection",
                who: Doer::Both,
                text: "Find kinds of affection that feel good to both of you right now, like a hug, a kind note or sitting close.",
                why: "Warmth helps only when it is welcome. Go at the pace of whoever needs it slower.",
                done_when: "You each know one kind of affection the other welcomes at the moment.",
            },
            Step {
                id: "rec-present",
                who: Doer::Both,
                text: "Set aside regular time together with phones put away.",
                why: "Full attention tells your partner they matter to you.",
                done_when: "You have had this time together at least three times.",
            },
            Step {
                id: "rec-light",
                who: Doer::Both,
                text: "Do something light together that has nothing to do with the hurt.",
                why: "Remembering what you enjoy about each other gives you reasons to keep going.",
                done_when: "You have shared a moment of fun or ease together.",
            },
        ],
    },
    Phase {
        id: "support",
        title: "Get support",
        intro: "You do not have to do this alone. A counsellor can help with talks that feel too \
                big for the two of you. If either of you feels afraid of the other, look for \
                help on your own first, not as a couple.",
        related: &[Related::SafetyHelp],
        steps: &[
            Step {
                id: "sup-talk",
                who: Doer::Both,
                text: "Talk about whether couples counselling could help, and what worries you about it.",
                why: "Worries like cost, time or privacy are easier to solve once they are said out loud.",
                done_when: "You each know how the other feels about counselling.",
            },
            Step {
                id: "sup-find",
                who: Doer::Both,
                text: "Look for a counsellor who works with couples and trust, for example through a professional directory, your doctor or your health insurer. Ask about fees and online sessions.",
                why: "A few questions at the start help you find someone who fits you both.",
                done_when: "You have one or two names you both feel OK about.",
            },
            Step {
                id: "sup-first-session",
                who: Doer::Both,
                text: "Book a first session, or a short call to see whether it fits.",
                why: "The first appointment is often the hardest step. After that it gets easier.",
                done_when: "A first session or call is in your calendars.",
            },
            Step {
                id: "sup-past",
                who: Doer::Both,
                text: "Talk about how your families or earlier relationships shaped how easily each of you trusts.",
                why: "Some doubts started long before this relationship. Seeing where they come from helps you treat them gently.",
                done_when: "You each understand a little more of where the other's doubts come from.",
            },
            Step {
                id: "sup-own-support",
                who: Doer::Both,
                text: "Think about support just for yourself too, such as your own counsellor or a trusted friend.",
                why: "Old hurts can shape how this one feels. A space of your own can help with that.",
                done_when: "You each know where you could turn for support of your own.",
            },
        ],
    },
    Phase {
        id: "maintain",
        title: "Keep it going",
        intro: "Trust needs ongoing care. Regular check-ins, thanks and forgiveness help it keep \
                growing once the hardest part is behind you.",
        related: &[],
        steps: &[
            Step {
                id: "mnt-check-ins",
                who: Doer::Both,
                text: "Set a regular check-in and keep it, even when things feel fine.",
                why: "Small concerns are easier to handle before they grow.",
                done_when: "You have kept your check-ins on schedule for a month.",
            },
            Step {
                id: "mnt-appreciate",
                who: Doer::Both,
                text: "Tell each other one thing you appreciated this week.",
                why: "Thanks helps you both notice the effort that is being made.",
                done_when: "Saying thanks has become part of your week.",
            },
            Step {
                id: "mnt-forgive",
                who: Doer::Both,
                text: "When you are ready, practise letting small slips go, and be gentle with yourselves too.",
                why: "Holding on to every mistake keeps the hurt fresh. Forgiveness can come bit by bit.",
                done_when: "A small slip no longer sets you back for days.",
            },
            Step {
                id: "mnt-celebrate",
                who: Doer::Both,
                text: "Celebrate small wins, like a hard talk that stayed kind.",
                why: "Marking progress reminds you both how far you have come.",
                done_when: "You have celebrated at least one win together.",
            },
        ],
    },
];

/// The self-trust checklist.
pub const SELF_TRUST: &[SelfTrustItem] = &[
    SelfTrustItem {
        id: "self-feelings",
        text: "Notice your feelings and name them, without judging yourself for having them.",
        why: "Feelings are information. Naming them helps you decide what to do next.",
    },
    SelfTrustItem {
        id: "self-learn",
        text: "Look back at past choices to learn from them, not to blame yourself.",
        why: "Learning builds confidence in your judgement. Blame only wears it down.",
    },
    SelfTrustItem {
        id: "self-no",
        text: "Practise saying no when something does not feel right for you.",
        why: "Each honest no shows you that you can protect what matters to you.",
    },
    SelfTrustItem {
        id: "self-gut",
        text: "Write down what your gut tells you, and later look at how things turned out.",
        why: "Checking your hunches over time shows you when you can rely on them.",
    },
    SelfTrustItem {
        id: "self-small-promise",
        text: "Keep one small promise to yourself each day.",
        why: "You rebuild trust in yourself the same way as with anyone: by following through.",
    },
    SelfTrustItem {
        id: "self-kindness",
        text: "Speak to yourself the way you would speak to a good friend.",
        why: "Kindness towards yourself makes hard steps feel possible.",
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

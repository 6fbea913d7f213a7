//! The built-in worksheet topics. Saved worksheets refer to these by `id` only, so the wording
//! here can be improved at any time without migrating anyone's data. Never change an `id`.

/// One built-in topic of the worksheet, with the words shown to the couple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinTopic {
    /// Stable id used in saved data; never changes.
    pub id: &'static str,
    /// Heading shown unless the couple renamed it.
    pub title: &'static str,
    /// One or two sentences on what the topic covers.
    pub about: &'static str,
    /// Two or three questions to get the conversation going.
    pub prompts: &'static [&'static str],
}

/// Shown above the worksheet.
pub const INTRO: &str = "A boundary says what you need to feel safe and respected. \
It describes your own needs and choices. It is not a rule for controlling the other person. \
Each of you fills in your own side first, then you look for words you can both agree on.";

/// Shown next to [`INTRO`]: joint exercises are not advised where one partner is afraid.
pub const SAFETY_NOTE: &str = "If you feel afraid of your partner, or feel pushed to agree, \
please skip this shared worksheet for now and look for support on your own. The Help page lists \
crisis and support lines.";

/// The built-in topics, in their default order.
pub const BUILTIN_TOPICS: &[BuiltinTopic] = &[
    BuiltinTopic {
        id: "emotional-support",
        title: "Emotional needs and support",
        about: "How you comfort each other, what you share, and what you each need when \
                life gets heavy.",
        prompts: &[
            "When you have a hard day, what helps you feel cared for?",
            "Which things you share in a tender moment should stay between the two of you?",
            "Did your family or an earlier relationship teach you to expect hurt? What would help you feel safe now?",
        ],
    },
    BuiltinTopic {
        id: "personal-space",
        title: "Physical and personal space",
        about: "Your body, your belongings and your time alone. Wanting space is not a \
                rejection. It is part of feeling safe.",
        prompts: &[
            "How much time on your own do you need, and how will you ask for it?",
            "Which things are yours alone, like a journal, a drawer or a room?",
            "What kind of touch feels good, and when would you rather not be touched?",
        ],
    },
    BuiltinTopic {
        id: "digital-privacy",
        title: "Phone, messages and social media",
        about: "What stays private on your devices, what you choose to share, and how each \
                of you acts online.",
        prompts: &[
            "Is it OK to look at each other's phone, or only when invited?",
            "What kind of messages with other people would feel hurtful to you?",
            "What are you each comfortable posting about your relationship?",
        ],
    },
    BuiltinTopic {
        id: "money",
        title: "Money",
        about: "Spending, saving, debts and who decides what. Hidden money matters can hurt \
                as much as any other secret.",
        prompts: &[
            "Above what amount would you like to talk before either of you spends it?",
            "What money would you each like to keep as your own?",
            "How would you like to hear about a debt or a money mistake?",
        ],
    },
    BuiltinTopic {
        id: "time-with-others",
        title: "Time with friends, family and others",
        about: "How you spend time apart and with other people, and how you keep each other \
                in the loop.",
        prompts: &[
            "How much notice would you like about plans that do not include you?",
            "Which friendships feel easy for you, and which feel hard right now?",
            "How much say should family have in the choices you make as a couple?",
        ],
    },
    BuiltinTopic {
        id: "intimacy",
        title: "Intimacy",
        about: "Closeness, affection and sex. A yes only counts when it is freely given, and \
                a no is always allowed.",
        prompts: &[
            "What helps you feel close again after a difficult stretch?",
            "How would you like to say no, and how would you like to hear it?",
            "What would feel too close with someone outside the relationship?",
        ],
    },
    BuiltinTopic {
        id: "conflict",
        title: "How we handle conflict",
        about: "What happens when you disagree: how you speak to each other, when you pause, \
                and how you find your way back.",
        prompts: &[
            "Which words or tones are off limits, even when you are angry?",
            "If one of you needs a break, how long should it be, and who restarts the talk?",
            "Is either of you waiting for the other to change first? What is one thing you could each start on now?",
        ],
    },
];

/// The built-in topic with this id, if any.
pub fn builtin(id: &str) -> Option<&'static BuiltinTopic> {
    BUILTIN_TOPICS.iter().find(|c| c.id == id)
}

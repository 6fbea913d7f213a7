//! The built-in worksheet topics. Saved worksheets refer to these by `id` only, so the wording
//! here can be improved at any time without migrating anyone's data. Never change an `id`. The
//! words are in the `boundaries` slice of the catalogues (`locales/<tag>/boundaries.ftl`).

use crate::i18n::boundaries::{t, Msg};

/// One built-in topic of the worksheet, with the words shown to the couple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinTopic {
    /// Stable id used in saved data; never changes.
    pub id: &'static str,
    /// Heading shown unless the couple renamed it (see [`BuiltinTopic::title`]).
    pub title: Msg,
    /// One or two sentences on what the topic covers (see [`BuiltinTopic::about`]).
    pub about: Msg,
    /// Three questions to get the conversation going (see [`BuiltinTopic::prompts`]).
    pub prompts: [Msg; 3],
}

impl BuiltinTopic {
    /// The heading in the language on screen.
    pub fn title(&self) -> &'static str {
        t(self.title)
    }

    /// What the topic covers, in the language on screen.
    pub fn about(&self) -> &'static str {
        t(self.about)
    }

    /// The questions to start with, in the language on screen.
    pub fn prompts(&self) -> Vec<&'static str> {
        self.prompts.iter().map(|m| t(*m)).collect()
    }
}

/// Shown above the worksheet.
pub fn intro() -> &'static str {
    t(Msg::BoundariesIntro)
}

/// Shown next to [`intro`]: joint exercises are not advised where one partner is afraid.
pub fn safety_note() -> &'static str {
    t(Msg::BoundariesSafetyNote)
}

/// The built-in topics, in their default order.
pub const BUILTIN_TOPICS: &[BuiltinTopic] = &[
    BuiltinTopic {
        id: "emotional-support",
        title: Msg::TopicEmotionalSupport,
        about: Msg::TopicEmotionalSupportAbout,
        prompts: [
            Msg::TopicEmotionalSupportPrompt1,
            Msg::TopicEmotionalSupportPrompt2,
            Msg::TopicEmotionalSupportPrompt3,
        ],
    },
    BuiltinTopic {
        id: "personal-space",
        title: Msg::TopicPersonalSpace,
        about: Msg::TopicPersonalSpaceAbout,
        prompts: [
            Msg::TopicPersonalSpacePrompt1,
            Msg::TopicPersonalSpacePrompt2,
            Msg::TopicPersonalSpacePrompt3,
        ],
    },
    BuiltinTopic {
        id: "digital-privacy",
        title: Msg::TopicDigitalPrivacy,
        about: Msg::TopicDigitalPrivacyAbout,
        prompts: [
            Msg::TopicDigitalPrivacyPrompt1,
            Msg::TopicDigitalPrivacyPrompt2,
            Msg::TopicDigitalPrivacyPrompt3,
        ],
    },
    BuiltinTopic {
        id: "money",
        title: Msg::TopicMoney,
        about: Msg::TopicMoneyAbout,
        prompts: [
            Msg::TopicMoneyPrompt1,
            Msg::TopicMoneyPrompt2,
            Msg::TopicMoneyPrompt3,
        ],
    },
    BuiltinTopic {
        id: "time-with-others",
        title: Msg::TopicTimeWithOthers,
        about: Msg::TopicTimeWithOthersAbout,
        prompts: [
            Msg::TopicTimeWithOthersPrompt1,
            Msg::TopicTimeWithOthersPrompt2,
            Msg::TopicTimeWithOthersPrompt3,
        ],
    },
    BuiltinTopic {
        id: "intimacy",
        title: Msg::TopicIntimacy,
        about: Msg::TopicIntimacyAbout,
        prompts: [
            Msg::TopicIntimacyPrompt1,
            Msg::TopicIntimacyPrompt2,
            Msg::TopicIntimacyPrompt3,
        ],
    },
    BuiltinTopic {
        id: "conflict",
        title: Msg::TopicConflict,
        about: Msg::TopicConflictAbout,
        prompts: [
            Msg::TopicConflictPrompt1,
            Msg::TopicConflictPrompt2,
            Msg::TopicConflictPrompt3,
        ],
    },
];

/// The built-in topic with this id, if any.
pub fn builtin(id: &str) -> Option<&'static BuiltinTopic> {
    BUILTIN_TOPICS.iter().find(|c| c.id == id)
}

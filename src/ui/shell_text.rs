//! The shell's texts that a language switch changes in place, by element id: the header's and
//! footer's (drawn by `ui::app`) and the language switch's own (`ui::components::language_switch`).
//! `ui::i18n` sets them on a switch, so it names them here rather than reaching into the
//! components that draw them.

use crate::i18n::Msg;

/// The header's and footer's texts, by element id: drawn once in the language on screen and
/// changed in place by `ui::i18n` on a switch, which costs the first load far less than drawing
/// them again (a reactive closure each). The navigation's name is [`NAV_ID`]'s `aria-label`.
pub const SHELL_TEXTS: [(&str, Msg); 11] = [
    ("shell-skip", Msg::SkipToContent),
    ("shell-assessment", Msg::NavAssessment),
    ("shell-boundaries", Msg::NavBoundaries),
    ("shell-repair", Msg::NavRepair),
    ("shell-your-data", Msg::NavYourData),
    ("shell-help", Msg::NavHelp),
    ("shell-not-therapy", Msg::FooterNotTherapy),
    ("shell-unsafe", Msg::FooterUnsafe),
    ("shell-help-link", Msg::FooterHelpLink),
    ("shell-stays-here", Msg::FooterStaysHere),
    ("shell-privacy-link", Msg::FooterPrivacyLink),
];

/// The main navigation's id (see [`SHELL_TEXTS`]).
pub const NAV_ID: &str = "shell-nav";

/// The id of the switch's label, whose text `ui::i18n` sets when the language changes.
pub const SWITCH_LABEL_ID: &str = "language-switch-label";
/// The id of the `<select>`, whose value `ui::i18n` sets to the language on screen.
pub const SWITCH_SELECT_ID: &str = "language-switch";
/// The id of the alert that says a language could not be loaded (empty otherwise).
pub const SWITCH_STATUS_ID: &str = "language-status";

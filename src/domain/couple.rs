//! Who is using Mend together: two optional display names, kept only in this browser.

use serde::{Deserialize, Serialize};

/// Longest display name we keep, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The two partners' optional names. Empty means "use the neutral default".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Couple {
    /// What partner A chose to be called; may be empty.
    #[serde(default)]
    pub a: String,
    /// What partner B chose to be called; may be empty.
    #[serde(default)]
    pub b: String,
}

/// One of the two partners: in the worksheet, the partner columns; in the assessment, who answers
/// (in a solo session the one person is [`Partner::A`]); in packets, who sent them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Partner {
    /// The first partner (the first to answer in the assessment).
    A,
    /// The second partner.
    B,
}

impl Partner {
    /// The name used when none is set.
    pub fn default_name(self) -> &'static str {
        match self {
            Partner::A => "Partner A",
            Partner::B => "Partner B",
        }
    }
}

/// The name to show for a partner: the given one, trimmed, or the default when blank.
pub fn display_name(name: Option<&str>, partner: Partner) -> String {
    match name.map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => partner.default_name().to_string(),
    }
}

impl Couple {
    /// The name to show for `who`: their own if they gave one, otherwise "Partner A"/"Partner B".
    pub fn name(&self, who: Partner) -> String {
        let given = match who {
            Partner::A => &self.a,
            Partner::B => &self.b,
        };
        display_name(Some(given), who)
    }

    /// Sets a name as typed, cut to [`MAX_NAME_CHARS`] characters. It is not trimmed here:
    /// the field is bound to this value, and trimming on every keystroke would swallow the space
    /// in "Mary Ann" as it is typed. [`Couple::name`] trims when showing it.
    pub fn set_name(&mut self, who: Partner, name: &str) {
        let clean: String = name.chars().take(MAX_NAME_CHARS).collect();
        match who {
            Partner::A => self.a = clean,
            Partner::B => self.b = clean,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_names_fall_back_to_neutral_labels() {
        let mut couple = Couple::default();
        assert_eq!(couple.name(Partner::A), "Partner A");
        couple.set_name(Partner::B, "   ");
        assert_eq!(couple.name(Partner::B), "Partner B");
        couple.set_name(Partner::A, "  Sam ");
        assert_eq!(couple.name(Partner::A), "Sam");
        // Typed letter by letter, a name with a space keeps it.
        for typed in ["Mary", "Mary ", "Mary A", "Mary Ann"] {
            couple.set_name(Partner::B, typed);
            assert_eq!(couple.b, typed);
        }
        assert_eq!(couple.name(Partner::B), "Mary Ann");
    }

    #[test]
    fn long_names_are_cut_by_characters_not_bytes() {
        let mut couple = Couple::default();
        couple.set_name(Partner::A, &"é".repeat(100));
        assert_eq!(couple.a.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn names_default_when_blank() {
        assert_eq!(display_name(None, Partner::A), "Partner A");
        assert_eq!(display_name(Some("  "), Partner::B), "Partner B");
        assert_eq!(display_name(Some(" Sam "), Partner::A), "Sam");
    }
}

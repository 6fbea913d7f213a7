//! Who is using Mend together: two optional display names, kept only in this browser.
//!
//! Stored data keeps a name exactly as given, empty when none was: the default shown instead
//! ("Partner A", "Persona A") is looked up in the language on screen by [`shown_name`], the one
//! function every screen and report goes through to show a stored name.

use crate::i18n::names::{t, Msg};
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
    /// The name shown when none is set, in the language on screen (the `names` slice, which
    /// every screen that shows a partner's name loads).
    pub fn default_name(self) -> &'static str {
        t(match self {
            Partner::A => Msg::DefaultNameA,
            Partner::B => Msg::DefaultNameB,
        })
    }

    /// The English default that Mend stored as the name before defaults were looked up in the
    /// language on screen (in finished together runs and received packets' runs).
    fn old_stored_default(self) -> &'static str {
        match self {
            Partner::A => "Partner A",
            Partner::B => "Partner B",
        }
    }
}

/// The name to show for `who` from a stored one: the given name, trimmed, or `who`'s default in
/// the language on screen when it is blank. Data saved by earlier versions stored the English
/// default itself ("Partner A" for A, "Partner B" for B): that exact text is shown as the
/// default too, so it follows the language. Any other text is a name someone gave and is kept,
/// even "Partner A" given to partner B.
pub fn shown_name(stored: &str, who: Partner) -> String {
    match stored.trim() {
        "" => who.default_name().to_owned(),
        name if name == who.old_stored_default() => who.default_name().to_owned(),
        name => name.to_owned(),
    }
}

impl Couple {
    /// The name to show for `who` (see [`shown_name`]): their own if they gave one, otherwise
    /// the default in the language on screen.
    pub fn name(&self, who: Partner) -> String {
        shown_name(self.given(who), who)
    }

    /// The name `who` gave, trimmed; empty when none. What is stored in runs and sent in packets.
    pub fn given(&self, who: Partner) -> &str {
        match who {
            Partner::A => self.a.trim(),
            Partner::B => self.b.trim(),
        }
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

crate::domain::json::json_names!(Partner { A = "A", B = "B" });

impl crate::domain::json::FromJson for Couple {
    fn from_json(
        value: &crate::domain::json::Value,
    ) -> Result<Couple, crate::domain::json::ShapeError> {
        let o = crate::domain::json::Obj::of(value)?;
        Ok(Couple {
            a: o.or_default("a")?,
            b: o.or_default("b")?,
        })
    }
}

impl crate::domain::json::ToJson for Couple {
    fn to_json(&self, out: &mut String) {
        crate::domain::json::ObjWriter::new(out)
            .field("a", &self.a)
            .field("b", &self.b)
            .end();
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
        assert_eq!(shown_name("", Partner::A), "Partner A");
        assert_eq!(shown_name("  ", Partner::B), "Partner B");
        assert_eq!(shown_name(" Sam ", Partner::A), "Sam");
    }

    /// Runs `check` with the names slice's Spanish table installed on this test's thread.
    fn in_spanish<T>(check: impl FnOnce() -> T) -> T {
        use crate::i18n::{names, with_language, Lang};
        with_language(Lang::Es, &[&names::ES], check)
    }

    #[test]
    fn defaults_and_old_stored_defaults_follow_the_language_on_screen() {
        let shown = |stored: &str, who| in_spanish(|| shown_name(stored, who));
        assert_eq!(shown("", Partner::A), "Persona A");
        assert_eq!(shown(" ", Partner::B), "Persona B");
        // What earlier versions stored for a partner without a name.
        assert_eq!(shown("Partner A", Partner::A), "Persona A");
        assert_eq!(shown("Partner B", Partner::B), "Persona B");
        // Names someone gave are kept as given, even the other partner's old default.
        assert_eq!(shown("Partner A", Partner::B), "Partner A");
        assert_eq!(shown("Partner B", Partner::A), "Partner B");
        assert_eq!(shown("partner a", Partner::A), "partner a");
        assert_eq!(shown(" Sam ", Partner::A), "Sam");
        let mut couple = Couple::default();
        couple.set_name(Partner::B, "Alex");
        assert_eq!(
            in_spanish(|| (couple.name(Partner::A), couple.name(Partner::B))),
            ("Persona A".to_owned(), "Alex".to_owned())
        );
        assert_eq!(couple.given(Partner::A), "");
        // And in English once it is back.
        assert_eq!(shown_name("Partner A", Partner::A), "Partner A");
        assert_eq!(couple.name(Partner::A), "Partner A");
    }
}

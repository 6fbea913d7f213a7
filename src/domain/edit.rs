//! What every tool's edits share: why an edit was refused, the length checks, and the ids of the
//! topics and steps a couple adds themselves.
//!
//! The worksheet and the repair checklist both return [`FieldError`], so the screens show a
//! refusal the same way whichever tool gave it.

use crate::domain::flat::FlatSet;
use std::fmt;

/// Prefix of generated ids for what a couple adds; no built-in id starts with it.
pub const CUSTOM_PREFIX: &str = "custom-";

/// Why an input or action was refused. Nothing is stored when a method returns one.
///
/// `field` names the input, so the UI can put the message next to it. The worksheet uses
/// `"title"`, `"about"`, `"text"` and `"agreement"`; the repair checklist `"text"`, `"note"`,
/// `"due"`, `"every_days"`, `"a.trust"`, `"a.closeness"`, `"b.trust"`, `"b.closeness"`,
/// `"went_well"`, `"was_hard"` and `"next_step"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// The text is empty or only spaces, and this place needs words.
    Empty {
        /// Which input.
        field: &'static str,
    },
    /// The text has `len` characters; at most `max` fit.
    TooLong {
        /// Which input.
        field: &'static str,
        /// The limit, in characters.
        max: usize,
        /// The length given, in characters.
        len: usize,
    },
    /// A number outside `min..=max`.
    OutOfRange {
        /// Which input.
        field: &'static str,
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
        /// The number given.
        got: u32,
    },
    /// A new promise's due day lies before today.
    DueBeforeToday,
    /// A check-in dated after today: a typo like 2062 would become the "last check-in" and
    /// silence the reminder for decades.
    DateInFuture,
    /// No worksheet topic has this id (it may have been removed).
    UnknownTopic,
    /// No repair phase has this id.
    UnknownPhase,
    /// No step (or self-trust item) has this id; it may have been removed.
    UnknownStep,
    /// No promise has this id.
    UnknownPromise,
    /// No check-in has this id.
    UnknownCheckIn,
    /// This partner has no such worksheet box (only the shared side has the agreement, and it
    /// has no other).
    NotAField,
    /// The agreed wording changes only by opening it again, which keeps the old one.
    AgreementLocked,
    /// It came with Mend: it can be hidden (and a topic renamed), not removed or described
    /// anew.
    BuiltIn,
    /// Only built-in topics have an original title to go back to.
    NotBuiltIn,
    /// Notes belong to ticks; tick the step first.
    NotTicked,
    /// There is no room for more of these; `max` is the limit.
    TooMany {
        /// How many fit.
        max: usize,
    },
}

// The text is in the `banners` slice (`locales/<tag>/banners.ftl`): every screen that can refuse
// an edit reads the stored data, so it has that slice loaded in the language on screen.
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::banners::{f as tf, t, Fmt, Msg};
        match self {
            FieldError::Empty { .. } => f.write_str(t(Msg::FieldEmpty)),
            FieldError::TooLong { max, len, .. } => f.write_str(&tf(
                Fmt::FieldTooLong,
                &[("len", &len.to_string()), ("max", &max.to_string())],
            )),
            FieldError::OutOfRange { min, max, .. } => f.write_str(&tf(
                Fmt::FieldOutOfRange,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            )),
            FieldError::DueBeforeToday => f.write_str(t(Msg::FieldDueBeforeToday)),
            FieldError::DateInFuture => f.write_str(t(Msg::FieldDateInFuture)),
            FieldError::UnknownTopic => f.write_str(t(Msg::FieldUnknownTopic)),
            FieldError::UnknownPhase => f.write_str(t(Msg::FieldUnknownPhase)),
            FieldError::UnknownStep => f.write_str(t(Msg::FieldUnknownStep)),
            FieldError::UnknownPromise => f.write_str(t(Msg::FieldUnknownPromise)),
            FieldError::UnknownCheckIn => f.write_str(t(Msg::FieldUnknownCheckIn)),
            FieldError::NotAField => f.write_str(t(Msg::FieldNotAField)),
            FieldError::AgreementLocked => f.write_str(t(Msg::FieldAgreementLocked)),
            FieldError::BuiltIn => f.write_str(t(Msg::FieldBuiltIn)),
            FieldError::NotBuiltIn => f.write_str(t(Msg::FieldNotBuiltIn)),
            FieldError::NotTicked => f.write_str(t(Msg::FieldNotTicked)),
            FieldError::TooMany { max } => {
                f.write_str(&tf(Fmt::FieldTooMany, &[("max", &max.to_string())]))
            }
        }
    }
}

impl FieldError {
    /// The input the refusal is about, when it is about one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            FieldError::Empty { field }
            | FieldError::TooLong { field, .. }
            | FieldError::OutOfRange { field, .. } => Some(field),
            _ => None,
        }
    }
}

impl std::error::Error for FieldError {}

/// Refuses `text` when it has more than `max` characters (not bytes: "é" counts once).
pub fn check_len(field: &'static str, text: &str, max: usize) -> Result<(), FieldError> {
    let len = text.chars().count();
    if len > max {
        Err(FieldError::TooLong { field, max, len })
    } else {
        Ok(())
    }
}

/// `text` trimmed, refused when nothing is left or it is longer than `max` characters.
pub fn required(field: &'static str, text: &str, max: usize) -> Result<String, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::Empty { field });
    }
    check_len(field, text, max)?;
    Ok(text.to_owned())
}

/// The first free id `custom-<n>` after `counter` (the last one given), wrapping round to 1 past
/// `u32::MAX`, and its number; `taken` says which ids saved data already uses (the counter may
/// have been lost or edited by hand). `None` only when about four billion ids are in use.
pub fn fresh_custom_id(counter: u32, taken: impl Fn(&str) -> bool) -> Option<(u32, String)> {
    (1..=u32::MAX)
        .map(|step| counter.wrapping_add(step))
        .filter(|n| *n != 0)
        .map(|n| (n, format!("{CUSTOM_PREFIX}{n}")))
        .find(|(_, id)| !taken(id))
}

/// The custom ids more than one record answers to: shared by two custom records, or taken by a
/// built-in one.
pub fn shared_custom_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    built_in: impl Fn(&str) -> bool,
) -> FlatSet<&'a str> {
    let mut seen = FlatSet::new();
    ids.filter(|id| built_in(id) || !seen.insert(*id)).collect()
}

/// Makes every custom id in `ids` unique and distinct from the built-in ones: the first record
/// with an id keeps it, each later one (and one with a built-in id) gets a fresh id past
/// `counter`, never one in `taken` (what saved data already names). Returns how many changed.
pub fn renumber_custom_ids<'a>(
    ids: impl Iterator<Item = &'a mut String>,
    built_in: impl Fn(&str) -> bool,
    mut taken: FlatSet<String>,
    counter: &mut u32,
) -> usize {
    let mut seen = FlatSet::new();
    let mut changed = 0;
    for id in ids {
        if !built_in(id) && seen.insert(id.clone()) {
            continue;
        }
        // Only `None` with about four billion ids in use; the record then stays as it was.
        let Some((n, fresh)) = fresh_custom_id(*counter, |candidate| taken.contains(candidate))
        else {
            continue;
        };
        *counter = (*counter).max(n);
        taken.insert(fresh.clone());
        seen.insert(fresh.clone());
        *id = fresh;
        changed += 1;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{banners, with_language, Lang};

    #[test]
    fn lengths_count_characters() {
        let table: [(&str, usize, Result<(), FieldError>); 4] = [
            ("", 0, Ok(())),
            ("ééé", 3, Ok(())),
            (
                "ééé",
                2,
                Err(FieldError::TooLong {
                    field: "note",
                    max: 2,
                    len: 3,
                }),
            ),
            ("abc", 3, Ok(())),
        ];
        for (text, max, want) in table {
            assert_eq!(check_len("note", text, max), want, "{text:?} {max}");
        }
    }

    #[test]
    fn required_text_is_trimmed_and_needs_words() {
        assert_eq!(required("text", "  hi \n", 5), Ok("hi".to_owned()));
        assert_eq!(
            required("text", " \t\n ", 5),
            Err(FieldError::Empty { field: "text" })
        );
        assert_eq!(
            required("text", "  abcdef  ", 5),
            Err(FieldError::TooLong {
                field: "text",
                max: 5,
                len: 6
            })
        );
    }

    #[test]
    fn fresh_ids_skip_taken_ones_and_wrap() {
        assert_eq!(
            fresh_custom_id(0, |_| false),
            Some((1, "custom-1".to_owned()))
        );
        let taken = |id: &str| id == "custom-4" || id == "custom-5";
        assert_eq!(fresh_custom_id(3, taken), Some((6, "custom-6".to_owned())));
        assert_eq!(
            fresh_custom_id(u32::MAX, |id| id == "custom-1"),
            Some((2, "custom-2".to_owned()))
        );
    }

    #[test]
    fn duplicate_and_built_in_ids_get_fresh_ones() {
        let built_in = |id: &str| id == "money";
        let mut ids: Vec<String> = ["custom-1", "custom-1", "money", "custom-3"]
            .map(String::from)
            .to_vec();
        let shared = shared_custom_ids(ids.iter().map(String::as_str), built_in);
        assert_eq!(shared, FlatSet::from(["custom-1", "money"]));
        let taken = ids.iter().cloned().chain(["custom-4".to_owned()]).collect();
        let mut counter = 1;
        let changed = renumber_custom_ids(ids.iter_mut(), built_in, taken, &mut counter);
        assert_eq!(changed, 2);
        assert_eq!(ids, ["custom-1", "custom-2", "custom-5", "custom-3"]);
        assert_eq!(counter, 5);
        let again = renumber_custom_ids(ids.iter_mut(), built_in, FlatSet::new(), &mut counter);
        assert_eq!(again, 0);
    }

    #[test]
    fn every_refusal_says_something() {
        let all = [
            FieldError::Empty { field: "text" },
            FieldError::TooLong {
                field: "text",
                max: 1,
                len: 2,
            },
            FieldError::OutOfRange {
                field: "due",
                min: 1,
                max: 2,
                got: 3,
            },
            FieldError::DueBeforeToday,
            FieldError::DateInFuture,
            FieldError::UnknownTopic,
            FieldError::UnknownPhase,
            FieldError::UnknownStep,
            FieldError::UnknownPromise,
            FieldError::UnknownCheckIn,
            FieldError::NotAField,
            FieldError::AgreementLocked,
            FieldError::BuiltIn,
            FieldError::NotBuiltIn,
            FieldError::NotTicked,
            FieldError::TooMany { max: 30 },
        ];
        for e in all {
            let text = e.to_string();
            assert!(text.ends_with('.') && text.len() > 20, "{e:?}: {text}");
        }
    }

    #[test]
    fn refusals_are_in_the_language_on_screen() {
        let long = FieldError::TooLong {
            field: "text",
            max: 200,
            len: 250,
        };
        let locked = FieldError::AgreementLocked;
        // In Spanish once the banners slice's Spanish table is loaded (on this test's thread only).
        let (long_es, locked_es) = with_language(Lang::Es, &[&banners::ES], || {
            (long.to_string(), locked.to_string())
        });
        assert_eq!(
            long_es,
            "Esto tiene 250 caracteres. Procura que no pase de 200."
        );
        // It names the button as Spanish shows it.
        assert!(locked_es.contains("«Revisar este acuerdo»"), "{locked_es}");
        // English is unchanged.
        assert_eq!(
            long.to_string(),
            "This is 250 characters long. Please keep it to 200 or fewer."
        );
        assert!(locked.to_string().contains("Choose \"Revisit\""));
    }
}

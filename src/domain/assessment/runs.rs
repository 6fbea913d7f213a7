//! The finished runs as the document holds them: read from their stored text only when first
//! used.
//!
//! Why: the runs are most of a document of years (291 of the three-year document's 401 KB), and
//! reading them into a tree and then into runs was most of the time a deep link to the worksheet,
//! the checklist or Your data spent on the stored data, none of which shows a run (issue #13,
//! "cost does not grow with history"). Stored data is read with the runs left as text
//! ([`crate::domain::schema::decode_later`]); the first screen that looks at them reads them, or
//! the shell once the browser is idle. A save before that writes the text as it was.
//!
//! What must not change is what happens to stored data that does not fit: before, one damaged
//! run made the whole document unreadable, kept aside with the banner saying so, and nothing was
//! ever written over it. Now a damaged run is found only when the runs are read. Until then, and
//! for good once found, a save writes the runs' stored text back exactly as it was, whatever was
//! changed meanwhile, so the stored data still holds the damage; the shell asks for the runs once
//! the screen is up, before anything that seals, exports or replaces the whole document, and
//! after any change that reached them, and if they cannot be read keeps the stored text aside as
//! before (`ui::session::read_runs_when_idle`, `AppState::keep_damaged_runs`,
//! `storage::keep_damaged_runs`).

use super::history::CompletedRun;
use crate::domain::json::{self, Cached, FromJson, Kept, ShapeError, ToJson, Value};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, OnceLock};

/// The finished runs, in the order they were finished; a `Vec<CompletedRun>` to use.
///
/// Read from their stored text on first use when they came from [`Value::Later`]. Compared,
/// shown and serialized as the runs alone.
#[derive(Default)]
pub struct History {
    /// The stored text, while a save must write it as it is: until the runs are reached mutably,
    /// or for good if it could not be read.
    text: Option<Kept>,
    /// Ids at and above this are free (the assessment's `next_id` when [`History::renumber_from`]
    /// was asked): a run that shares an id is given one of them when the text is read.
    renumber_from: Option<u64>,
    /// Shared by copies (see `Clone`) until one of them is changed.
    read: OnceLock<Arc<Read>>,
}

/// The runs once read from the text (or given), and why the text could not be read.
#[derive(Clone, Default)]
struct Read {
    runs: Cached<Vec<CompletedRun>>,
    damage: Option<ShapeError>,
    /// Whether reading gave a run a fresh id, so that the text is no longer what to write.
    renumbered: bool,
}

impl History {
    /// `runs`, already read.
    pub fn new(runs: Vec<CompletedRun>) -> History {
        History {
            text: None,
            renumber_from: None,
            read: OnceLock::from(Arc::new(Read {
                runs: Cached::new(runs),
                ..Read::default()
            })),
        }
    }

    /// Runs to be read from `text` on first use; shared with the runs [`History::alongside`] was
    /// given when they were stored as this same text.
    fn later(text: &str) -> History {
        let shared = HELD.with(|held| {
            held.borrow()
                .as_ref()
                .filter(|held| held.text.as_deref() == Some(text))
                .cloned()
        });
        shared.unwrap_or_else(|| History {
            text: Some(Kept::new(text)),
            renumber_from: None,
            read: OnceLock::new(),
        })
    }

    /// Calls `read`, which reads stored text, with `held` (the runs a document on screen holds)
    /// at hand: runs stored as the same text as `held`'s are then shared with it rather than
    /// copied out of the text and read again, and the document read is the same either way.
    ///
    /// Why: another tab's save of years of data is read while this tab still holds the document
    /// it shows. Its runs, nearly always unchanged and three quarters of the text, were a second
    /// copy of the largest part of the document at the moment the module's memory was highest
    /// (issue #13, "heap at or under 10 MB").
    pub fn alongside<R>(held: &History, read: impl FnOnce() -> R) -> R {
        // Runs given a fresh id when read are no longer what reading the text alone gives.
        let shareable = held.text.is_some() && held.read.get().is_none_or(|r| !r.renumbered);
        let shared = shareable.then(|| History {
            renumber_from: None,
            ..held.clone()
        });
        HELD.with(|slot| *slot.borrow_mut() = shared);
        let result = read();
        HELD.with(|slot| slot.borrow_mut().take());
        result
    }

    /// The runs, without the text they came from.
    pub fn into_inner(mut self) -> Vec<CompletedRun> {
        std::mem::take(&mut *self)
    }

    /// Whether the runs were neither read nor given yet (stored text to read, or none at all).
    pub fn is_unread(&self) -> bool {
        self.read.get().is_none()
    }

    /// Whether a save writes the runs' stored text as it is: not read yet, read and unchanged,
    /// or not readable.
    pub fn keeps_stored_text(&self) -> bool {
        self.text.is_some()
    }

    /// Why the stored runs could not be read (reading them now if they were not yet); `None` when
    /// they were read or never came from text.
    pub fn damage(&self) -> Option<&ShapeError> {
        self.read().damage.as_ref()
    }

    /// Gives every run after the first that shares an id a fresh one from `next_id` up (see
    /// `Document::repair_ids`), when the runs are read; at once if they already are. Returns how
    /// many were renumbered now.
    pub fn renumber_from(&mut self, next_id: u64) -> usize {
        if self.is_unread() {
            self.renumber_from = Some(next_id);
            return 0;
        }
        // Reached mutably only when an id is shared: that lets the stored text go (see
        // `DerefMut`), and every save after would write years of runs afresh. Unlocking read
        // and renumbered them, and its seal needed a block of their size (2.2 MB more memory
        // with the quadruple document).
        if !shares_ids(self) {
            return 0;
        }
        renumber(self, next_id)
    }

    /// Whether there are no runs and no damage, told without reading: an unread text that is not
    /// an empty list reads as runs or as damage.
    fn is_empty_as_stored(&self) -> bool {
        match self.read.get() {
            Some(read) => read.runs.is_empty() && read.damage.is_none(),
            None => self.text.as_deref().is_none_or(is_empty_list),
        }
    }

    fn read(&self) -> &Read {
        self.read.get_or_init(|| {
            let Some(text) = self.text.as_deref() else {
                return Arc::default();
            };
            Arc::new(match read_runs(text) {
                Ok(mut runs) => {
                    let renumbered = self
                        .renumber_from
                        .is_some_and(|next_id| renumber(&mut runs, next_id) > 0);
                    Read {
                        runs: Cached::new(runs),
                        damage: None,
                        renumbered,
                    }
                }
                Err(damage) => Read {
                    damage: Some(damage),
                    ..Read::default()
                },
            })
        })
    }
}

thread_local! {
    /// The runs [`History::alongside`] shares, while it reads.
    static HELD: RefCell<Option<History>> = const { RefCell::new(None) };
}

/// Whether stored text is an empty list (`[]`, with any spaces), without reading it.
fn is_empty_list(text: &str) -> bool {
    let mut bytes = text.bytes().filter(|b| !b" \t\n\r".contains(b));
    bytes.next() == Some(b'[') && bytes.next() == Some(b']') && bytes.next().is_none()
}

/// The runs in `text`: a list as [`Vec::from_json`] reads it, one run's tree at a time (years of
/// runs as one tree were the largest block of memory Mend ever needed).
fn read_runs(text: &str) -> Result<Vec<CompletedRun>, ShapeError> {
    // Only the list's end was looked for when the document was read: bad syntax inside it is
    // found here, as damage like any other.
    json::read_list(text).map_err(|e| ShapeError::new(e.to_string()))?
}

/// Whether two runs have the same id.
fn shares_ids(runs: &[CompletedRun]) -> bool {
    let mut seen = crate::domain::flat::FlatSet::new();
    runs.iter().any(|run| !seen.insert(run.id))
}

/// Gives every run after the first with an id a fresh one: above every id in use and at least
/// `next_id`, so an id is never handed out twice. Returns how many changed.
pub fn renumber(runs: &mut [CompletedRun], next_id: u64) -> usize {
    use crate::domain::flat::FlatSet;
    let mut used: FlatSet<u64> = runs.iter().map(|r| r.id).collect();
    let mut seen = FlatSet::new();
    let mut next = next_id;
    let mut changed = 0;
    for run in runs.iter_mut() {
        if seen.insert(run.id) {
            continue;
        }
        let top = used.iter().next_back().copied().unwrap_or(0);
        let fresh = match next.max(top.saturating_add(1)) {
            n if !used.contains(&n) => Some(n),
            _ => (0..=u64::MAX).find(|n| !used.contains(n)),
        };
        // Fewer runs than ids always leaves one free.
        let Some(fresh) = fresh else { continue };
        used.insert(fresh);
        seen.insert(fresh);
        run.id = fresh;
        next = next.max(fresh.saturating_add(1));
        changed += 1;
    }
    changed
}

impl From<Vec<CompletedRun>> for History {
    fn from(runs: Vec<CompletedRun>) -> History {
        History::new(runs)
    }
}

impl Deref for History {
    type Target = Vec<CompletedRun>;

    /// Reads the stored text first if it was not yet; runs that could not be read are none.
    fn deref(&self) -> &Vec<CompletedRun> {
        &self.read().runs
    }
}

impl DerefMut for History {
    /// Reads the stored text first if it was not yet, then lets it go, since whatever the
    /// caller does next may change the runs; unless it could not be read, in which case it
    /// stays what a save writes (see the module's notes).
    fn deref_mut(&mut self) -> &mut Vec<CompletedRun> {
        // Read through `read()` first: a text not read yet must be read, not replaced.
        self.read();
        let History { text, read, .. } = self;
        let Some(read) = read.get_mut() else {
            // `OnceLock::get_mut_or_init` is not stable yet; `read()` has just filled it.
            unreachable!("the runs were read just above")
        };
        // Runs shared with a copy (see `Clone`) are copied now, for this one to change alone.
        let read = Arc::make_mut(read);
        if read.damage.is_none() {
            *text = None;
        }
        &mut read.runs
    }
}

impl PartialEq for History {
    // Not inlined: every comparison of two documents would carry a copy.
    #[inline(never)]
    fn eq(&self, other: &History) -> bool {
        // Decided from the text where it can be: every save asks whether the document is empty
        // (`Document::is_empty`, a comparison with an empty one), which must not read years of
        // runs. Each shortcut only ever answers what reading would.
        let (empty, other_empty) = (self.is_empty_as_stored(), other.is_empty_as_stored());
        if empty || other_empty {
            return empty && other_empty;
        }
        if self.is_unread()
            && other.is_unread()
            && self.text == other.text
            && self.renumber_from == other.renumber_from
        {
            return true;
        }
        // Two damaged texts are equal only as text: each is what its saves write.
        **self == **other
            && self.damage() == other.damage()
            && (self.damage().is_none() || self.text == other.text)
    }
}

impl Clone for History {
    /// A copy that shares the runs, and their text, until either is changed (`DerefMut`): a copy
    /// of years of runs costs nothing.
    // Not inlined, as `eq`.
    #[inline(never)]
    fn clone(&self) -> History {
        History {
            text: self.text.clone(),
            renumber_from: self.renumber_from,
            read: self.read.clone(),
        }
    }
}

impl fmt::Debug for History {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl Serialize for History {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for History {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<History, D::Error> {
        Vec::<CompletedRun>::deserialize(deserializer).map(History::new)
    }
}

impl FromJson for History {
    /// A list is read at once, as before; text left for later is kept to be read on first use.
    fn from_json(value: &Value) -> Result<History, ShapeError> {
        match value {
            Value::Later(text) => Ok(History::later(text)),
            other => Vec::<CompletedRun>::from_json(other).map(History::new),
        }
    }
}

impl ToJson for History {
    /// The stored text as it is while it is kept, the runs otherwise: a kept text of its own
    /// (see [`History::kept_text`]), unless there have never been any.
    fn to_json(&self, out: &mut String) {
        match (self.kept_text(), self.read.get()) {
            (Some(text), _) => json::push_kept(out, text),
            (None, Some(read)) => read.runs.to_json_piece(out),
            (None, None) => out.push_str("[]"),
        }
    }
}

impl History {
    /// The text a save writes for the runs: their stored text while it is kept (not read yet,
    /// read and unchanged, or not readable), else the runs' own, once written. A plain save
    /// stores it under a key of its own (`schema::with_stored_parts`).
    pub fn kept_text(&self) -> Option<&Kept> {
        match (&self.text, self.read.get()) {
            (Some(text), None) => Some(text),
            (Some(text), Some(read)) if read.damage.is_some() || !read.renumbered => Some(text),
            (_, Some(read)) => read.runs.kept_text(),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::scoring::{score, Answers};
    use crate::domain::assessment::{RunResult, BANK_VERSION};
    use crate::domain::date::Day;
    use crate::domain::document::Document;
    use crate::domain::schema::{decode, decode_later, encode, DecodeError, Decoded};

    fn run(id: u64) -> CompletedRun {
        CompletedRun {
            id,
            date: Day::parse("2026-11-30").expect("a date"),
            bank_version: BANK_VERSION,
            result: RunResult::Solo {
                scores: score(&Answers::default()),
                answers: Answers::default(),
                role: None,
            },
            origin: None,
        }
    }

    /// The stored text of a document holding runs with these ids.
    fn stored(ids: &[u64]) -> String {
        let mut document = Document::default();
        document.couple.a = "Sam".into();
        document.assessment.history = ids.iter().copied().map(run).collect::<Vec<_>>().into();
        encode(&document).unwrap_or_default()
    }

    fn ids(document: &Document) -> Vec<u64> {
        document.assessment.history.iter().map(|r| r.id).collect()
    }

    fn read_now(text: &str) -> Document {
        match decode(text) {
            Ok(Decoded::Current(document)) => document,
            other => panic!("{other:?}"),
        }
    }

    fn read_later(text: &str) -> Document {
        match decode_later(text) {
            Ok(Decoded::Current(document)) => document,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn runs_left_as_text_are_read_on_first_use_and_saved_as_stored_until_changed() {
        let text = stored(&[1, 2, 3]);
        let mut document = read_later(&text);
        assert!(document.assessment.history.is_unread());
        // A save before anyone looks writes the runs' text back as it was.
        assert_eq!(encode(&document).as_deref(), Ok(text.as_str()));
        assert!(document.assessment.history.is_unread());
        // Looking reads them, and they are what reading everything at once gives.
        let now = read_now(&text);
        assert_eq!(document.assessment.history.len(), 3);
        assert!(!document.assessment.history.is_unread());
        assert_eq!(document, now);
        assert_eq!(encode(&document).as_deref(), Ok(text.as_str()));
        // A change lets the text go: the save writes the runs as they are now.
        document.assessment.delete_run(2);
        assert!(!document.assessment.history.keeps_stored_text());
        assert_eq!(
            ids(&read_now(&encode(&document).unwrap_or_default())),
            [1, 3]
        );
    }

    #[test]
    fn a_damaged_run_found_on_reading_stays_in_every_save_whatever_changes_meanwhile() {
        let text = stored(&[1, 2]).replacen("\"bank_version\"", "\"bank_version_\"", 1);
        assert!(
            matches!(decode(&text), Err(DecodeError::Invalid { .. })),
            "read at once, the damage refuses the whole document"
        );
        let mut document = read_later(&text);
        document.couple.b = "Alex".into();
        assert!(document.assessment.history.damage().is_some());
        assert!(document.assessment.history.is_empty());
        // A run added to the runs that could not be read is not saved over them.
        document.assessment.history.push(run(7));
        let saved = encode(&document).unwrap_or_default();
        assert!(saved.contains("\"bank_version_\""), "{saved}");
        assert!(
            saved.contains("\"Alex\""),
            "other changes are saved: {saved}"
        );
        // Read the strict way, the saved text is still refused: the damage was not lost.
        assert!(matches!(decode(&saved), Err(DecodeError::Invalid { .. })));
        // A copy keeps the damage and its text too.
        let copy = document.clone();
        assert!(copy.assessment.history.damage().is_some());
        assert_eq!(encode(&copy), Ok(saved));
    }

    #[test]
    fn read_now_a_result_at_a_time_is_read_at_once_damage_and_all() {
        use crate::domain::schema::decode_now;
        let fine = stored(&[1, 2]);
        for text in [
            fine.clone(),
            fine.replacen("\"bank_version\"", "\"bank_version_\"", 1),
            fine.replacen("\"id\":2", "\"id\":2,,", 1),
            fine.replacen("\"schema_version\":3", "\"schema_version\":2", 1),
            fine[..fine.len() - 1].to_string(),
        ] {
            assert_eq!(decode_now(&text), decode(&text), "{text}");
        }
        assert!(
            matches!(decode_now(&fine), Ok(Decoded::Current(d)) if !d.assessment.history.is_unread()),
            "the results are read"
        );
    }

    #[test]
    fn bad_syntax_inside_the_runs_opens_the_rest_and_is_found_as_damage() {
        let text = stored(&[1, 2]).replacen("\"id\":2", "\"id\":2,,", 1);
        assert!(matches!(decode(&text), Err(DecodeError::NotJson(_))));
        let document = read_later(&text);
        assert_eq!(document.couple.a, "Sam");
        assert!(document.assessment.history.damage().is_some());
        assert!(encode(&document).is_ok_and(|saved| saved == text));
    }

    #[test]
    fn runs_read_and_renumbered_without_a_shared_id_keep_their_stored_text() {
        let text = stored(&[4, 5]);
        let mut document = read_later(&text);
        assert!(document.assessment.history.damage().is_none(), "read now");
        assert_eq!(document.repair_ids(), 0);
        assert!(document.assessment.history.keeps_stored_text());
        // One shared id: renumbered, and the text goes, as the runs changed.
        let mut shared = read_later(&stored(&[4, 4]));
        assert!(shared.assessment.history.damage().is_none());
        assert_eq!(shared.repair_ids(), 1);
        assert!(!shared.assessment.history.keeps_stored_text());
        assert_eq!(ids(&shared), [4, 5]);
    }

    #[test]
    fn shared_ids_are_renumbered_when_the_runs_are_read() {
        let text = stored(&[4, 4, 5]);
        let mut document = read_later(&text);
        assert_eq!(
            document.repair_ids(),
            0,
            "nothing read, nothing renumbered yet"
        );
        assert!(document.assessment.history.is_unread());
        assert_eq!(ids(&document), [4, 6, 5]);
        // The save writes the new ids, not the stored text.
        let mut back = read_now(&encode(&document).unwrap_or_default());
        assert_eq!(back.repair_ids(), 0);
        assert_eq!(ids(&back), [4, 6, 5]);
        // Read at once, the same document is renumbered the same way.
        let mut now = read_now(&text);
        assert_eq!(now.repair_ids(), 1);
        assert_eq!(ids(&now), [4, 6, 5]);
    }

    #[test]
    fn asking_whether_a_document_is_empty_reads_no_runs_and_never_says_so_of_damaged_ones() {
        let text = stored(&[1]);
        let document = read_later(&text);
        assert!(!document.is_empty());
        assert!(document.assessment.history.is_unread());
        // Runs that cannot be read are not nothing: a save must not remove them with the key.
        let mut damaged = Document::default();
        // Shapes that do not fit, and bad syntax, which only reading finds.
        for text in [
            r#"[{"id":1}]"#,
            r#"{}"#,
            r#"[7]"#,
            r#"[{"id":1,}]"#,
            "[tru]",
        ] {
            damaged.assessment.history = History::later(text);
            assert!(!damaged.is_empty(), "{text}");
            assert!(damaged.assessment.history.damage().is_some(), "{text}");
            assert!(!damaged.is_empty(), "{text}, read");
        }
        for text in ["[]", " [ \n] "] {
            damaged.assessment.history = History::later(text);
            assert!(damaged.is_empty(), "{text:?}");
            assert!(damaged.assessment.history.damage().is_none(), "{text:?}");
        }
    }

    #[test]
    fn text_the_quick_reading_refuses_is_read_the_strict_way() {
        // Written twice, the first list would go unchecked; too deep, the strict read refuses.
        let twice = stored(&[1]).replacen("\"history\":[", "\"history\":[tru],\"history\":[", 1);
        assert!(matches!(decode(&twice), Err(DecodeError::NotJson(_))));
        assert_eq!(decode_later(&twice), decode(&twice));
        let deep = stored(&[]).replacen(
            "\"history\":[]",
            &format!("\"history\":[{}{}]", "[".repeat(130), "]".repeat(130)),
            1,
        );
        assert!(matches!(decode(&deep), Err(DecodeError::NotJson(_))));
        assert_eq!(decode_later(&deep), decode(&deep));
    }

    #[test]
    fn damaged_runs_are_equal_only_as_the_same_text() {
        let (a, b) = (
            History::later(r#"[{"id":1}]"#),
            History::later(r#"[{"id":1} ]"#),
        );
        assert!(a.damage().is_some() && a.damage() == b.damage());
        assert!(a != b);
        assert!(a == a.clone());
    }

    #[test]
    fn a_copy_made_before_reading_reads_the_same_text() {
        let text = stored(&[1, 2]);
        let document = read_later(&text);
        let copy = document.clone();
        assert!(copy.assessment.history.is_unread());
        assert_eq!(copy, document);
        assert_eq!(encode(&copy).as_deref(), Ok(text.as_str()));
        assert_eq!(History::default().len(), 0);
        assert_eq!(crate::domain::json::to_string(&History::default()), "[]");
    }

    /// Whether two documents' runs are one and the same in memory, text and all.
    fn same_in_memory(a: &Document, b: &Document) -> bool {
        let (a, b) = (&a.assessment.history, &b.assessment.history);
        let text = matches!((&a.text, &b.text), (Some(x), Some(y)) if x.id() == y.id());
        let read = matches!((a.read.get(), b.read.get()), (Some(x), Some(y)) if Arc::ptr_eq(x, y));
        text && read
    }

    #[test]
    fn runs_stored_as_the_text_held_beside_are_shared_until_either_is_changed() {
        let text = stored(&[1, 2, 3]);
        let held = read_later(&text);
        assert_eq!(ids(&held), [1, 2, 3], "read before");
        let mut shared = History::alongside(&held.assessment.history, || read_later(&text));
        assert!(same_in_memory(&held, &shared));
        assert_eq!(shared, read_later(&text));
        // A change to one leaves the other as it was, and saved as it was.
        shared.assessment.history.push(run(9));
        assert_eq!(ids(&shared), [1, 2, 3, 9]);
        assert_eq!(ids(&held), [1, 2, 3]);
        assert_eq!(encode(&held).as_deref(), Ok(text.as_str()));
        // Other text, or text read with nothing beside it, has runs of its own.
        let other = History::alongside(&held.assessment.history, || read_later(&stored(&[1, 2])));
        assert!(!same_in_memory(&held, &other));
        assert_eq!(ids(&other), [1, 2]);
        let alone = read_later(&text);
        assert!(!same_in_memory(&held, &alone));
        // Unread runs share their text, and are read for each document on its own.
        let unread = read_later(&text);
        let beside = History::alongside(&unread.assessment.history, || read_later(&text));
        let (a, b) = (&unread.assessment.history, &beside.assessment.history);
        assert!(matches!((&a.text, &b.text), (Some(x), Some(y)) if x.id() == y.id()));
        assert!(a.is_unread() && b.is_unread());
        assert_eq!(ids(&beside), [1, 2, 3]);
        assert!(a.is_unread());
    }

    #[test]
    fn shared_runs_without_text_are_copied_when_either_changes() {
        let mut given = History::new(vec![run(1), run(2)]);
        let mut shared = given.clone();
        shared.push(run(3));
        given.retain(|r| r.id != 1);
        assert_eq!(shared.iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(given.iter().map(|r| r.id).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn runs_given_fresh_ids_when_read_are_not_shared_with_text_that_holds_the_old_ones() {
        let text = stored(&[4, 4]);
        let mut held = read_later(&text);
        held.repair_ids();
        assert_eq!(ids(&held), [4, 5]);
        let read = History::alongside(&held.assessment.history, || read_later(&text));
        assert!(!same_in_memory(&held, &read));
        assert_eq!(ids(&read), [4, 4], "as the text alone reads");
    }
}

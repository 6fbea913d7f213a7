//! A stored value that keeps its own JSON text between saves.
//!
//! Why: every save writes the whole document, and with years of data most of it is lists nobody
//! touched since the last save (the assessment's runs, the promises, the check-ins). Written
//! afresh each time, a save 300 ms after a key cost 40 to 70 ms of script at 4x CPU throttling
//! with three years of data, and 90 to 180 ms with four times that: a key pressed meanwhile
//! waited for it (issue #13, "cost does not grow with history"). A list kept in a [`Cached`]
//! is written once, and its text is reused until the list changes.
//!
//! The text can never be stale: the value is reached mutably only through [`DerefMut`], which
//! drops the text first, so any change (a push, an edit through `iter_mut`, a `take`) is followed
//! by a fresh write. The text is exactly what writing the value gives, so a save is the same
//! bytes with or without it.

use super::{FromJson, ShapeError, ToJson, Value};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// A kept text, with a number no other kept text has had since the module started: a save tells
/// "stored as it was" from "changed" by the number alone, without comparing texts of years.
///
/// Why a number and not the text's address: a changed list written at the address its old text
/// was freed from, at the same length, would pass for the text already stored.
#[derive(Clone)]
pub struct Kept {
    id: u64,
    text: Arc<str>,
}

impl Kept {
    /// `text`, copied once, with a number of its own.
    pub fn new(text: &str) -> Kept {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Kept {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            text: Arc::from(text),
        }
    }

    /// Its number: equal for two kept texts only when they are the same one.
    pub fn id(&self) -> u64 {
        self.id
    }
}

impl Deref for Kept {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq for Kept {
    /// Compared as text.
    fn eq(&self, other: &Kept) -> bool {
        *self.text == *other.text
    }
}

impl fmt::Debug for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text.fmt(f)
    }
}

/// `T` with the JSON text it was last written as, until it is next reached mutably.
///
/// Compared, shown and serialized as `T` alone. A copy starts without the text (it is written
/// again when first saved): copies are rare and the text of a large list is as large as the list.
#[derive(Default)]
pub struct Cached<T> {
    value: T,
    // A `OnceLock`, not a `RefCell`: the document lives in a signal, which must be `Sync`. An
    // `Arc` in [`Kept`], so that a save in pieces ([`written_in_pieces`]) hands it over without a
    // copy.
    text: OnceLock<Kept>,
}

impl<T> Cached<T> {
    /// `value`, with no text yet.
    pub fn new(value: T) -> Cached<T> {
        Cached {
            value,
            text: OnceLock::new(),
        }
    }

    /// The value, without its text.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// [`ToJson::to_json`], with the text always a piece of its own while [`written_in_pieces`]
    /// runs, even when written now: a plain save stores it under a key of its own.
    pub fn to_json_piece(&self, out: &mut String)
    where
        T: ToJson,
    {
        if self.text.get().is_none() {
            // Written into `out` and copied once at its exact size, as `to_json` does, then cut
            // back: the text is noted, or put back, by `push_kept`.
            let start = out.len();
            self.value.to_json(out);
            let _ = self.text.set(Kept::new(&out[start..]));
            out.truncate(start);
        }
        if let Some(text) = self.text.get() {
            push_kept(out, text);
        }
    }

    /// The text it was last written as, while it is kept.
    pub fn kept_text(&self) -> Option<&Kept> {
        self.text.get()
    }

    /// Whether the text is kept.
    #[cfg(test)]
    pub fn has_text(&self) -> bool {
        self.text.get().is_some()
    }
}

impl<T> From<T> for Cached<T> {
    fn from(value: T) -> Cached<T> {
        Cached::new(value)
    }
}

impl<T> Deref for Cached<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Cached<T> {
    /// Drops the text: whatever the caller does next may change the value.
    fn deref_mut(&mut self) -> &mut T {
        self.text.take();
        &mut self.value
    }
}

impl<T: Clone> Clone for Cached<T> {
    fn clone(&self) -> Cached<T> {
        Cached::new(self.value.clone())
    }
}

impl<T: PartialEq> PartialEq for Cached<T> {
    fn eq(&self, other: &Cached<T>) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Cached<T> {}

impl<T: fmt::Debug> fmt::Debug for Cached<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: Serialize> Serialize for Cached<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Cached<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Cached<T>, D::Error> {
        T::deserialize(deserializer).map(Cached::new)
    }
}

impl<T: FromJson> FromJson for Cached<T> {
    fn from_json(value: &Value) -> Result<Cached<T>, ShapeError> {
        T::from_json(value).map(Cached::new)
    }
}

/// Kept texts, each with the length of the output before it (see [`written_in_pieces`]).
pub type Pieces = Vec<(usize, Kept)>;

thread_local! {
    /// While [`written_in_pieces`] runs: each kept text met, by the length of the output before
    /// it, instead of a copy in the output.
    static PIECES: RefCell<Option<Pieces>> = const { RefCell::new(None) };
}

/// Appends a kept text (a list's, or the stored text of the assessment's results) to `out`; while
/// [`written_in_pieces`] runs, notes it as a piece of its own at this place instead.
pub fn push_kept(out: &mut String, text: &Kept) {
    let noted = PIECES.with(|pieces| match pieces.borrow_mut().as_mut() {
        Some(pieces) => {
            pieces.push((out.len(), text.clone()));
            true
        }
        None => false,
    });
    if !noted {
        out.push_str(text);
    }
}

/// Runs `write`, which writes into one output, with every kept text it meets noted rather than
/// copied: gives the texts, each with the length of the output before it. The whole text is the
/// output with each text put in at its place.
///
/// Why: with years of data the kept texts are nearly all of a save (1.6 of the quadruple
/// document's 1.6 MB), and copied into one output, a save needed a block that large, which the
/// module's memory (it never shrinks) kept for good (issue #13, "heap at or under 10 MB").
pub fn written_in_pieces(write: impl FnOnce()) -> Pieces {
    /// Ends the noting however `write` ends, so that no later write loses its texts.
    struct Noting;
    impl Drop for Noting {
        fn drop(&mut self) {
            PIECES.with(|pieces| pieces.borrow_mut().take());
        }
    }
    PIECES.with(|pieces| *pieces.borrow_mut() = Some(Vec::new()));
    let noting = Noting;
    write();
    let pieces = PIECES.with(|pieces| pieces.borrow_mut().take());
    drop(noting);
    pieces.unwrap_or_default()
}

impl<T: ToJson> ToJson for Cached<T> {
    /// The kept text, written first if there is none.
    fn to_json(&self, out: &mut String) {
        if let Some(text) = self.text.get() {
            push_kept(out, text);
            return;
        }
        // Written into `out`, then copied once at its exact size: written on its own, the text
        // would grow by doubling, and a list of years briefly needed twice its size, a peak the
        // module's memory (which never shrinks) would keep.
        let start = out.len();
        self.value.to_json(out);
        let _ = self.text.set(Kept::new(&out[start..]));
    }
}

#[cfg(test)]
mod tests {
    use super::super::to_string;
    use super::*;

    fn written<T: ToJson>(value: &T) -> String {
        to_string(value)
    }

    #[test]
    fn the_text_is_kept_after_a_write_and_reused() {
        let list = Cached::new(vec!["a".to_string(), "b".to_string()]);
        assert!(!list.has_text());
        assert_eq!(written(&list), r#"["a","b"]"#);
        assert!(list.has_text());
        assert_eq!(written(&list), r#"["a","b"]"#);
    }

    #[test]
    fn any_mutable_reach_drops_the_text_so_a_change_is_written() {
        let mut list = Cached::new(vec![1u32, 2]);
        assert_eq!(written(&list), "[1,2]");
        list.push(3);
        assert!(!list.has_text());
        assert_eq!(written(&list), "[1,2,3]");
        if let Some(first) = list.iter_mut().next() {
            *first = 9;
        }
        assert_eq!(written(&list), "[9,2,3]");
        let taken = std::mem::take(&mut *list);
        assert_eq!(taken, vec![9, 2, 3]);
        assert_eq!(written(&list), "[]");
    }

    #[test]
    fn reading_does_not_drop_the_text() {
        let list = Cached::new(vec![1u32, 2]);
        let _ = written(&list);
        assert_eq!(list.len(), 2);
        assert_eq!(list.iter().sum::<u32>(), 3);
        assert!(list.has_text());
    }

    #[test]
    fn copies_start_without_text_and_compare_by_value() {
        let list = Cached::new(vec![1u32]);
        let _ = written(&list);
        let copy = list.clone();
        assert!(!copy.has_text());
        assert_eq!(copy, list);
        assert_eq!(format!("{copy:?}"), "[1]");
    }

    #[test]
    fn serde_sees_the_value_alone() {
        let list = Cached::new(vec![1u32, 2]);
        let _ = written(&list);
        assert_eq!(serde_json::to_string(&list).expect("writes"), "[1,2]");
        let back: Cached<Vec<u32>> = serde_json::from_str("[3]").expect("reads");
        assert_eq!(*back, vec![3]);
        assert!(!back.has_text());
    }

    #[test]
    fn written_in_pieces_the_kept_texts_are_noted_in_place_not_copied() {
        let lists = (Cached::new(vec![1u32, 2]), Cached::new(vec![3u32]));
        let write = |out: &mut String| {
            out.push('[');
            lists.0.to_json(out);
            out.push(',');
            lists.1.to_json(out);
            out.push(']');
        };
        // Not kept yet: written into the output, and kept from then on.
        let mut out = String::new();
        assert!(written_in_pieces(|| write(&mut out)).is_empty());
        assert_eq!(out, "[[1,2],[3]]");
        let mut out = String::new();
        let pieces = written_in_pieces(|| write(&mut out));
        assert_eq!(out, "[,]");
        let noted: Vec<(usize, &str)> = pieces.iter().map(|(at, t)| (*at, &**t)).collect();
        assert_eq!(noted, vec![(1, "[1,2]"), (2, "[3]")]);
        // Outside, the texts are copied as before.
        let mut out = String::new();
        write(&mut out);
        assert_eq!(out, "[[1,2],[3]]");
    }

    #[test]
    fn read_from_the_tree_without_text() {
        let tree = super::super::parse("[4,5]").expect("parses");
        let list = Cached::<Vec<u32>>::from_json(&tree).expect("reads");
        assert_eq!(*list, vec![4, 5]);
        assert!(!list.has_text());
    }
}

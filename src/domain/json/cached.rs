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
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

/// `T` with the JSON text it was last written as, until it is next reached mutably.
///
/// Compared, shown and serialized as `T` alone. A copy starts without the text (it is written
/// again when first saved): copies are rare and the text of a large list is as large as the list.
#[derive(Default)]
pub struct Cached<T> {
    value: T,
    // A `OnceLock`, not a `RefCell`: the document lives in a signal, which must be `Sync`.
    text: OnceLock<String>,
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

impl<T: ToJson> ToJson for Cached<T> {
    /// The kept text, written first if there is none.
    fn to_json(&self, out: &mut String) {
        if let Some(text) = self.text.get() {
            out.push_str(text);
            return;
        }
        // Written into `out`, then copied once at its exact size: written on its own, the text
        // would grow by doubling, and a list of years briefly needed twice its size, a peak the
        // module's memory (which never shrinks) would keep.
        let start = out.len();
        self.value.to_json(out);
        let _ = self.text.set(out[start..].to_owned());
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
    fn read_from_the_tree_without_text() {
        let tree = super::super::parse("[4,5]").expect("parses");
        let list = Cached::<Vec<u32>>::from_json(&tree).expect("reads");
        assert_eq!(*list, vec![4, 5]);
        assert!(!list.has_text());
    }
}

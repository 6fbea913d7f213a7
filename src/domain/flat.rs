//! Ordered maps and sets kept as one sorted list: [`FlatMap`] and [`FlatSet`].
//!
//! Why not `BTreeMap` and `BTreeSet`: every key and value type a tree holds gets its own copy of
//! the tree's code (node splitting, merging, stealing, cloning and dropping subtrees). Measured on
//! the release build, that was about 47 KB of wasm (before compression) in the main module and the
//! data part every tool screen loads, for maps that hold a few dozen entries (ticks, answers,
//! topics). A sorted `Vec` does the same job with a binary search, a `Vec::insert` and the slice
//! code the module already has. `litemap` is the same idea, but it writes a map whose keys are not
//! strings as a list of pairs through serde (the stored format writes them as an object), and its
//! `collect` sorts, which brings a sort's code for every type.
//!
//! Both iterate in key order, like the trees they replace, so the stored format and every order
//! on screen stay as they were. Inserting is linear in the number of entries; the largest maps
//! (records received from a partner) hold a few thousand entries at most, added in id order.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;

/// A map ordered by key, kept as a sorted list of pairs (see the module's documentation).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FlatMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for FlatMap<K, V> {
    fn default() -> Self {
        FlatMap {
            entries: Vec::new(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for FlatMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V> FlatMap<K, V> {
    /// An empty map.
    pub const fn new() -> Self {
        FlatMap {
            entries: Vec::new(),
        }
    }

    /// An empty map with room for `n` entries, for filling from something of known length.
    pub fn with_capacity(n: usize) -> Self {
        FlatMap {
            entries: Vec::with_capacity(n),
        }
    }

    /// How many entries it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The entries in key order, values writable.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&K, &mut V)> {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Keeps the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> FlatMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value under `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key).ok()?;
        self.entries.get(index).map(|(_, v)| v)
    }

    /// The value under `key`, writable.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key).ok()?;
        self.entries.get_mut(index).map(|(_, v)| v)
    }

    /// Whether there is a value under `key`.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Puts `value` under `key`, and gives back the value it replaced.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        // Most maps are filled in key order (read from a sorted object, ids counting up).
        if self.entries.last().is_none_or(|(last, _)| *last < key) {
            self.entries.push((key, value));
            return None;
        }
        match self.find(&key) {
            Ok(index) => Some(std::mem::replace(&mut self.entries[index].1, value)),
            Err(index) => {
                self.entries.insert(index, (key, value));
                None
            }
        }
    }

    /// Takes the value under `key` out.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key).ok()?;
        Some(self.entries.remove(index).1)
    }

    /// The place of `key`, to read or fill.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let at = self.find(&key);
        Entry { map: self, key, at }
    }
}

/// One key's place in a [`FlatMap`], filled or not.
pub struct Entry<'a, K, V> {
    map: &'a mut FlatMap<K, V>,
    key: K,
    at: Result<usize, usize>,
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, put there by `make` first if there was none.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let index = match self.at {
            Ok(index) => index,
            Err(index) => {
                self.map.entries.insert(index, (self.key, make()));
                index
            }
        };
        &mut self.map.entries[index].1
    }

    /// The value, `value` if there was none.
    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    /// The value, the default if there was none.
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for FlatMap<K, V> {
    /// Later pairs win over earlier ones with the same key, as with `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = FlatMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for FlatMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for FlatMap<K, V> {
    fn from(pairs: [(K, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl<K, V> IntoIterator for FlatMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a FlatMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Written as an object, like `BTreeMap` (only tests write through serde; the stored format is
/// written by `domain::json`).
impl<K: Serialize, V: Serialize> Serialize for FlatMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (k, v) in self {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for FlatMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Visitor<'de> for Pairs<K, V> {
            type Value = FlatMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = FlatMap::new();
                while let Some((k, v)) = access.next_entry()? {
                    map.insert(k, v);
                }
                Ok(map)
            }
        }
        deserializer.deserialize_map(Pairs(PhantomData))
    }
}

/// A set ordered by value, kept as a sorted list (see the module's documentation).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FlatSet<T> {
    items: Vec<T>,
}

impl<T> Default for FlatSet<T> {
    fn default() -> Self {
        FlatSet { items: Vec::new() }
    }
}

impl<T: fmt::Debug> fmt::Debug for FlatSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T> FlatSet<T> {
    /// An empty set.
    pub const fn new() -> Self {
        FlatSet { items: Vec::new() }
    }

    /// How many it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Keeps the items `keep` says yes to.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.items.retain(keep);
    }
}

impl<T: Ord> FlatSet<T> {
    fn find<Q: Ord + ?Sized>(&self, item: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.items.binary_search_by(|t| t.borrow().cmp(item))
    }

    /// Adds `item`; false when it was there already.
    pub fn insert(&mut self, item: T) -> bool {
        if self.items.last().is_none_or(|last| *last < item) {
            self.items.push(item);
            return true;
        }
        match self.find(&item) {
            Ok(_) => false,
            Err(index) => {
                self.items.insert(index, item);
                true
            }
        }
    }

    /// Whether `item` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(item).is_ok()
    }

    /// Takes `item` out; false when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(item) {
            Ok(index) => {
                self.items.remove(index);
                true
            }
            Err(_) => false,
        }
    }
}

impl<T: Ord> FromIterator<T> for FlatSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = FlatSet::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord> Extend<T> for FlatSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for item in iter {
            self.insert(item);
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for FlatSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<T> IntoIterator for FlatSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a FlatSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// Written as a list, like `BTreeSet` (only tests write through serde).
impl<T: Serialize> Serialize for FlatSet<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for item in self {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

impl<'de, T: Deserialize<'de> + Ord> Deserialize<'de> for FlatSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Ord> Visitor<'de> for Items<T> {
            type Value = FlatSet<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut set = FlatSet::new();
                while let Some(item) = access.next_element()? {
                    set.insert(item);
                }
                Ok(set)
            }
        }
        deserializer.deserialize_seq(Items(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// One step of a map's life: insert, remove, or fill through `entry`.
    #[derive(Clone, Debug)]
    enum Op {
        Insert(u8, u16),
        Remove(u8),
        Entry(u8, u16),
        Retain(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (any::<u8>(), any::<u16>()).prop_map(|(k, v)| Op::Insert(k % 40, v)),
            any::<u8>().prop_map(|k| Op::Remove(k % 40)),
            (any::<u8>(), any::<u16>()).prop_map(|(k, v)| Op::Entry(k % 40, v)),
            any::<u8>().prop_map(|m| Op::Retain(m % 5 + 2)),
        ]
    }

    proptest! {
        /// Whatever is done to it, a FlatMap answers as a BTreeMap would.
        #[test]
        fn map_behaves_like_btreemap(ops in prop::collection::vec(op(), 0..200)) {
            let mut flat = FlatMap::new();
            let mut tree = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => prop_assert_eq!(flat.insert(k, v), tree.insert(k, v)),
                    Op::Remove(k) => prop_assert_eq!(flat.remove(&k), tree.remove(&k)),
                    Op::Entry(k, v) => {
                        let a = flat.entry(k).or_insert(v);
                        *a = a.wrapping_add(1);
                        let b = tree.entry(k).or_insert(v);
                        *b = b.wrapping_add(1);
                    }
                    Op::Retain(m) => {
                        flat.retain(|k, _| k % m != 0);
                        tree.retain(|k, _| k % m != 0);
                    }
                }
                prop_assert!(flat.iter().eq(tree.iter()));
                prop_assert_eq!(flat.len(), tree.len());
            }
            for k in 0..40u8 {
                prop_assert_eq!(flat.get(&k), tree.get(&k));
                prop_assert_eq!(flat.contains_key(&k), tree.contains_key(&k));
            }
        }

        /// A FlatSet answers as a BTreeSet would.
        #[test]
        fn set_behaves_like_btreeset(ops in prop::collection::vec((any::<bool>(), 0u8..40), 0..200)) {
            let mut flat = FlatSet::new();
            let mut tree = BTreeSet::new();
            for (add, item) in ops {
                if add {
                    prop_assert_eq!(flat.insert(item), tree.insert(item));
                } else {
                    prop_assert_eq!(flat.remove(&item), tree.remove(&item));
                }
                prop_assert!(flat.iter().eq(tree.iter()));
            }
        }

        /// Collected pairs keep the last value of a key, in key order, as a BTreeMap's.
        #[test]
        fn collect_like_btreemap(pairs in prop::collection::vec((0u8..30, any::<u16>()), 0..80)) {
            let flat: FlatMap<u8, u16> = pairs.iter().copied().collect();
            let tree: BTreeMap<u8, u16> = pairs.iter().copied().collect();
            prop_assert!(flat.iter().eq(tree.iter()));
        }
    }

    #[test]
    fn serde_writes_and_reads_what_the_trees_do() {
        let flat: FlatMap<String, u8> = [("b".to_owned(), 2), ("a".to_owned(), 1)].into();
        let tree: BTreeMap<String, u8> = [("b".to_owned(), 2), ("a".to_owned(), 1)].into();
        let text = serde_json::to_string(&flat).unwrap();
        assert_eq!(text, serde_json::to_string(&tree).unwrap());
        assert_eq!(
            serde_json::from_str::<FlatMap<String, u8>>(&text).unwrap(),
            flat
        );

        let set: FlatSet<String> = ["z".to_owned(), "y".to_owned()].into();
        let text = serde_json::to_string(&set).unwrap();
        assert_eq!(text, r#"["y","z"]"#);
        assert_eq!(serde_json::from_str::<FlatSet<String>>(&text).unwrap(), set);
        assert!(serde_json::from_str::<FlatMap<String, u8>>("[1]").is_err());
    }
}

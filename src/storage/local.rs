//! The only code that touches `localStorage`. Every browser failure becomes a [`StorageError`].

use super::error::{is_quota_error, StorageError};
use super::keys;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `localStorage.getItem`, answering with the browser's own value, not a copy in the module.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn get_item_value(key: &str) -> Result<JsValue, JsValue>;

    /// `localStorage.setItem` of a value made in JavaScript.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = setItem)]
    fn set_item_value(key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
}

/// Checks that localStorage exists and accepts a write. gloo's `raw()` panics when the browser
/// has no storage, so nothing below may call gloo before this has said yes.
pub fn check_available() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    let storage = window
        .local_storage()
        .map_err(|e| StorageError::Unavailable(describe(&e)))?
        .ok_or_else(|| StorageError::Unavailable("localStorage is missing".into()))?;
    let probe = keys::current().probe();
    storage.set_item(&probe, "1").map_err(|e| classify(&e))?;
    storage.remove_item(&probe).map_err(|e| classify(&e))?;
    Ok(())
}

/// Checks only that localStorage exists: for reads, for removals, which work even on a full
/// storage (where [`check_available`]'s probe write would fail), and for writes, which report a
/// full storage themselves.
pub fn check_present() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    window
        .local_storage()
        .map_err(|e| StorageError::Unavailable(describe(&e)))?
        .ok_or_else(|| StorageError::Unavailable("localStorage is missing".into()))
        .map(|_| ())
}

/// The text stored under `key`, `None` when there is none.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    LocalStorage::raw().get_item(key).map_err(|e| classify(&e))
}

/// [`read`] for a text that may be years of data, into a string with room for a text a
/// thirty-second longer.
///
/// Why not [`read`]: the browser's string came into the module in one piece of exactly its size,
/// or, if it held a single character outside ASCII, first into a block three times its size.
/// The module's memory never shrinks: with years of data that passing block stayed for good
/// (2.4 MB more with the quadruple document and one accented name), and a sealed save's buffer,
/// a thirty-second larger than the text (see `schema::with_encoded`), could not reuse the
/// text's block once it was freed. Here it is copied a slice at a time into one string with
/// that room (issue #13, "heap at or under 10 MB").
pub fn read_large(key: &str) -> Result<Option<String>, StorageError> {
    let value = get_item_value(key).map_err(|e| classify(&e))?;
    Ok(value.dyn_ref::<js_sys::JsString>().map(copy_with_room))
}

/// The room to read a text of `len` bytes into: its length and a thirty-second more, what a
/// save's buffer takes (see `schema::with_encoded`), so that once the text is freed the buffer
/// fits in its block.
pub fn with_room(len: usize) -> usize {
    len + len / 32 + 64
}

/// UTF-16 units per slice: small beside years of data, large enough that the slices are few.
pub(super) const SLICE_UNITS: u32 = 1 << 15;

/// `text` as a Rust string whose room is its length and a thirty-second more (what a save
/// reserves), copied a slice at a time. Room runs short only for text mostly outside ASCII,
/// which takes up to three bytes per unit; then the rest is reserved at once.
pub(super) fn copy_with_room(text: &js_sys::JsString) -> String {
    let units = text.length();
    let room = |units: u32| with_room(units as usize);
    let mut out = String::with_capacity(room(units));
    let mut at = 0;
    while at < units {
        let mut end = at.saturating_add(SLICE_UNITS).min(units);
        // Never between the halves of a surrogate pair: apart, each would read as U+FFFD.
        if end < units && (0xD800..0xDC00).contains(&(text.char_code_at(end - 1) as u32)) {
            end -= 1;
        }
        let slice = String::from(text.slice(at, end));
        if out.capacity() - out.len() < slice.len() {
            out.reserve_exact(slice.len() + 3 * room(units - end));
        }
        out.push_str(&slice);
        at = end;
    }
    out
}

/// Whether anything is stored under `key`. Asked in JavaScript, so a large document is not
/// copied into the module just to see that it is there.
pub fn exists(key: &str) -> bool {
    stored_value(key).is_some_and(|value| !value.is_null())
}

/// The value under `key` as JavaScript holds it (a string, or null), without copying it.
fn stored_value(key: &str) -> Option<JsValue> {
    get_item_value(key).ok()
}

/// The text under `key` as JavaScript holds it, not copied into the module; `None` when there is
/// none.
pub fn read_held(key: &str) -> Result<Option<js_sys::JsString>, StorageError> {
    let value = get_item_value(key).map_err(|e| classify(&e))?;
    Ok(value.dyn_into().ok())
}

/// Stores a text JavaScript holds under `key`, as it is.
pub fn write_held(key: &str, text: &js_sys::JsString) -> Result<(), StorageError> {
    set_item_value(key, text).map_err(|e| classify(&e))
}

/// Stores `text` under `key` as it is.
pub fn write(key: &str, text: &str) -> Result<(), StorageError> {
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|e| classify(&e))
}

/// Stores under `key` the text `pieces` make one after the other, joined in JavaScript, so the
/// module never holds the whole (see `schema::with_encoded_pieces`).
pub fn write_pieces(key: &str, pieces: &[&str]) -> Result<(), StorageError> {
    if let [text] = pieces {
        return write(key, text);
    }
    write_held(key, &joined(pieces))
}

/// The text `pieces` make one after the other, joined in JavaScript.
pub fn joined(pieces: &[&str]) -> js_sys::JsString {
    let parts = js_sys::Array::new();
    for piece in pieces {
        parts.push(&JsValue::from_str(piece));
    }
    parts.join("")
}

/// `before`, `middle` and `after` one after the other, joined in JavaScript: `middle`, stored
/// text the browser holds, is never copied into the module on the way.
pub fn joined_around(before: &str, middle: &js_sys::JsString, after: &str) -> js_sys::JsString {
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(before));
    parts.push(middle);
    parts.push(&JsValue::from_str(after));
    parts.join("")
}

/// Removes `key`; removing a missing key is not an error.
pub fn remove(key: &str) {
    LocalStorage::delete(key);
}

/// Every stored key that `wanted` accepts, sorted.
pub fn keys_where(wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| wanted(k))
        .collect();
    found.sort_unstable();
    found
}

/// The space every key and value of this site's localStorage takes, in UTF-16 code units (how
/// browsers count it against their limit), including other apps and other copies of Mend on the
/// same site: they share the space. The values' lengths are read from JavaScript without copying
/// them into the module. `None` when storage cannot be walked.
pub fn units_used() -> Option<u64> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let count = storage.length().ok()?;
    let mut units = 0u64;
    for index in 0..count {
        let Some(key) = storage.key(index).ok().flatten() else {
            continue;
        };
        let value = stored_value(&key)?;
        let value_units = value
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, js_sys::JsString::length);
        units += key.encode_utf16().count() as u64 + u64::from(value_units);
    }
    Some(units)
}

/// Turns a thrown value into a [`StorageError`], recognising "storage full" by name and code.
pub fn classify(error: &JsValue) -> StorageError {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        if is_quota_error(&dom.name(), dom.code()) {
            return StorageError::QuotaExceeded;
        }
        if dom.name() == "SecurityError" {
            return StorageError::Unavailable(dom.message());
        }
    }
    StorageError::Failed(describe(error))
}

fn describe(error: &JsValue) -> String {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", dom.name(), dom.message());
    }
    if let Some(err) = error.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

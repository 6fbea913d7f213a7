//! The stored format's reader and writer, without serde's generated code.
//!
//! Why by hand: serde's derived readers and writers are generic over the JSON reader and writer,
//! so every stored type carries its own copy of the parsing and formatting it calls. Measured on
//! the release build, they made up about two thirds of the `data` part every tool screen loads
//! before it can be used (about 53 of 79 KB brotli; issue #13's budget is 180 KB for a whole deep
//! link). Here, the text is parsed once into a [`Value`] (by `json/value.rs`, a small parser of this
//! crate's own, since serde_json's cost more than Mend's documents need), and each type reads its
//! fields from that tree and writes itself straight into a string in plain, non-generic code.
//!
//! The format is serde's, field for field: the same names, the same order when written, the same
//! defaults for missing fields, unknown fields skipped, `null` only where a value is optional.
//! Host tests hold the two to each other: whatever serde's derives write, this reads the same way,
//! and this writes the very same text (see `tests` here and the frozen fixtures in
//! `tests/fixtures/`). The derives stay on the types for those tests, which use serde_json (a
//! dev-dependency only).

use crate::domain::flat::{FlatMap, FlatSet};
mod cached;
mod value;

pub use cached::{push_kept, written_in_pieces, Cached, Kept};
use std::fmt;
pub use value::{Map, SyntaxError, Value};

/// Where stored JSON does not fit the shape a type expects: the path to the value and what was
/// expected there, in English (like serde_json's own messages, it names fields of the format).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    path: String,
    what: String,
}

impl ShapeError {
    /// A value of the wrong kind.
    #[cold]
    #[inline(never)]
    pub fn expected(what: &str) -> ShapeError {
        ShapeError {
            path: String::new(),
            what: format!("expected {what}"),
        }
    }

    /// Any other reason a value cannot be used.
    #[cold]
    #[inline(never)]
    pub fn new(what: impl Into<String>) -> ShapeError {
        ShapeError {
            path: String::new(),
            what: what.into(),
        }
    }

    /// A field that must be there is not.
    #[cold]
    #[inline(never)]
    pub fn missing(name: &str) -> ShapeError {
        ShapeError::new(format!("missing field `{name}`"))
    }

    /// The same error, found at item `index` of a list.
    #[cold]
    #[inline(never)]
    pub fn at_index(self, index: usize) -> ShapeError {
        self.at(&index.to_string())
    }

    /// The same error, found under `field` (a name or an index).
    #[cold]
    #[inline(never)]
    pub fn at(mut self, field: &str) -> ShapeError {
        self.path = if self.path.is_empty() {
            field.to_owned()
        } else {
            format!("{field}.{}", self.path)
        };
        self
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.what)
        } else {
            write!(f, "{}: {}", self.path, self.what)
        }
    }
}

/// Parses text into a tree; the one place the JSON syntax is read (see [`value`]).
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    value::parse(text)
}

/// [`parse`], leaving the value of `inner` in the top-level object's `outer` as its text (see
/// [`Value::Later`]).
pub fn parse_later<'a>(
    text: &'a str,
    outer: &'static str,
    inner: &'static str,
) -> Result<Value<'a>, SyntaxError> {
    value::parse_later(text, outer, inner)
}

/// Reads a list of `T` from its text as `Vec::<T>::from_json(&parse(text)?)` does, with the
/// same result and the same errors (a syntax error first, then the first item that does not
/// fit), but item by item: each item's tree is dropped once it is read, so a long list never
/// has its whole tree in memory (see [`value::parse_each`]).
pub fn read_list<T: FromJson>(text: &str) -> Result<Result<Vec<T>, ShapeError>, SyntaxError> {
    let mut out = Vec::new();
    let mut misfit = None;
    let mut index = 0;
    let list = value::parse_each(text, |item| {
        if misfit.is_none() {
            match T::from_json(&item) {
                Ok(read) => out.push(read),
                Err(e) => misfit = Some(e.at_index(index)),
            }
        }
        index += 1;
    })?;
    Ok(match (list, misfit) {
        (false, _) => Err(ShapeError::expected("a list")),
        (true, Some(misfit)) => Err(misfit),
        (true, None) => {
            out.shrink_to_fit();
            Ok(out)
        }
    })
}

/// A type read from its place in a parsed tree.
pub trait FromJson: Sized {
    /// Reads `value`, or says why it does not fit.
    fn from_json(value: &Value) -> Result<Self, ShapeError>;
}

/// A type written as JSON text.
pub trait ToJson {
    /// Appends `self` as JSON to `out`.
    fn to_json(&self, out: &mut String);
}

/// A map key: written and read as a JSON string.
pub trait JsonKey: Sized {
    /// Reads a key.
    fn from_key(key: &str) -> Result<Self, ShapeError>;
    /// The key's text.
    fn key(&self) -> &str;
}

/// Writes `value` as one JSON text.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.to_json(&mut out);
    out
}

/// Reads the fields of one JSON object.
pub struct Obj<'a>(&'a Map<'a>);

impl<'a> Obj<'a> {
    /// The object `value` is, or an error.
    pub fn of(value: &'a Value<'_>) -> Result<Obj<'a>, ShapeError> {
        value
            .as_object()
            .map(Obj)
            .ok_or_else(|| ShapeError::expected("an object"))
    }

    /// A field that must be there.
    #[inline(never)]
    pub fn req<T: FromJson>(&self, name: &str) -> Result<T, ShapeError> {
        match self.0.get(name) {
            Some(value) => T::from_json(value).map_err(|e| e.at(name)),
            None => Err(ShapeError::missing(name)),
        }
    }

    /// A field that may be left out, in which case it is `default` (serde's `#[serde(default)]`;
    /// also how serde reads a missing `Option` field). A `null` is read as the type reads it.
    #[inline(never)]
    pub fn or<T: FromJson>(&self, name: &str, default: T) -> Result<T, ShapeError> {
        match self.0.get(name) {
            Some(value) => T::from_json(value).map_err(|e| e.at(name)),
            None => Ok(default),
        }
    }

    /// [`Obj::or`] with the type's own default.
    #[inline(never)]
    pub fn or_default<T: FromJson + Default>(&self, name: &str) -> Result<T, ShapeError> {
        match self.0.get(name) {
            Some(value) => T::from_json(value).map_err(|e| e.at(name)),
            None => Ok(T::default()),
        }
    }

    /// The raw value of a field, if there.
    pub fn get(&self, name: &str) -> Option<&'a Value<'a>> {
        self.0.get(name)
    }
}

/// Writes one JSON object, field by field, in the order they are given.
pub struct ObjWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjWriter<'a> {
    /// Opens an object in `out`.
    pub fn new(out: &'a mut String) -> ObjWriter<'a> {
        out.push('{');
        ObjWriter { out, empty: true }
    }

    /// Writes one field.
    pub fn field<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_str(self.out, name);
        self.out.push(':');
        value.to_json(self.out);
        self
    }

    /// Closes the object.
    pub fn end(&mut self) {
        self.out.push('}');
    }
}

/// Writes a JSON string as serde_json does: `"` and `\` escaped, control characters as `\n`,
/// `\t`, ... or `\u00XX`, everything else as it is.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    // Runs without anything to escape go in whole: nearly every string is one run.
    while let Some(offset) = text
        .as_bytes()
        .get(start..)
        .and_then(|rest| rest.iter().position(|&b| value::ends_plain_run(b)))
    {
        let i = start + offset;
        // The byte at `i` is ASCII, so both slices end on char boundaries.
        out.push_str(text.get(start..i).unwrap_or_default());
        let byte = text.as_bytes()[i];
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
    out.push('"');
}

/// Writes a whole number in decimal. By hand: `write!` goes through the formatting machinery,
/// which was about a tenth of writing a document of years (callgrind, natively).
fn write_whole(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<bool, ShapeError> {
        value
            .as_bool()
            .ok_or_else(|| ShapeError::expected("true or false"))
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<String, ShapeError> {
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| ShapeError::expected("a string"))
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for str {
    fn to_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

/// A whole number that fits `T`: no sign, no fraction, no exponent.
fn whole<T: TryFrom<u64>>(value: &Value) -> Result<T, ShapeError> {
    value
        .as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| ShapeError::expected("a whole number in range"))
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Value) -> Result<$t, ShapeError> {
                whole(value)
            }
        }
        impl ToJson for $t {
            fn to_json(&self, out: &mut String) {
                // Every type here fits u64 on the targets Mend builds for.
                write_whole(out, u64::try_from(*self).unwrap_or(u64::MAX));
            }
        }
    )*};
}
whole_numbers!(u8, u16, u32, u64, usize);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Option<T>, ShapeError> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_json(value).map(Some)
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut String) {
        match self {
            Some(value) => value.to_json(out),
            None => out.push_str("null"),
        }
    }
}

/// The items of an array, each read as `T`. A plain loop: collecting an iterator of results
/// costs noticeably more code per item type.
fn items<T: FromJson>(value: &Value) -> Result<Vec<T>, ShapeError> {
    let array = value
        .as_array()
        .ok_or_else(|| ShapeError::expected("a list"))?;
    let mut out = Vec::with_capacity(array.len());
    for (i, item) in array.iter().enumerate() {
        match T::from_json(item) {
            Ok(item) => out.push(item),
            Err(e) => return Err(e.at_index(i)),
        }
    }
    Ok(out)
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Vec<T>, ShapeError> {
        items(value)
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.to_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) {
        self.as_slice().to_json(out);
    }
}

impl FromJson for FlatSet<String> {
    fn from_json(value: &Value) -> Result<FlatSet<String>, ShapeError> {
        Ok(items::<String>(value)?.into_iter().collect())
    }
}

impl ToJson for FlatSet<String> {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(out, item);
        }
        out.push(']');
    }
}

impl JsonKey for String {
    fn from_key(key: &str) -> Result<String, ShapeError> {
        Ok(key.to_owned())
    }
    fn key(&self) -> &str {
        self
    }
}

impl<K: JsonKey + Ord, V: FromJson> FromJson for FlatMap<K, V> {
    fn from_json(value: &Value) -> Result<FlatMap<K, V>, ShapeError> {
        let object = value
            .as_object()
            .ok_or_else(|| ShapeError::expected("an object"))?;
        // Room for every field at once: a run's answers grew their list five times over.
        let mut out = FlatMap::with_capacity(object.len());
        for (key, item) in object {
            match K::from_key(key).and_then(|k| V::from_json(item).map(|v| (k, v))) {
                Ok((k, v)) => {
                    out.insert(k, v);
                }
                Err(e) => return Err(e.at(key)),
            }
        }
        Ok(out)
    }
}

impl<K: JsonKey, V: ToJson> ToJson for FlatMap<K, V> {
    fn to_json(&self, out: &mut String) {
        let mut object = ObjWriter::new(out);
        for (key, value) in self {
            object.field(key.key(), value);
        }
        object.end();
    }
}

/// Implements [`FromJson`], [`ToJson`] and [`JsonKey`] for an enum of unit variants, each
/// written as its name in the format (and read, as serde does, from `"Name"` or `{"Name":null}`).
macro_rules! json_names {
    ($t:ty { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $crate::domain::json::JsonKey for $t {
            fn from_key(key: &str) -> Result<$t, $crate::domain::json::ShapeError> {
                match key {
                    $($name => Ok(<$t>::$variant),)+
                    _ => Err($crate::domain::json::ShapeError::new(
                        format!("unknown name `{key}`"),
                    )),
                }
            }
            fn key(&self) -> &str {
                match self {
                    $(<$t>::$variant => $name,)+
                }
            }
        }
        impl $crate::domain::json::FromJson for $t {
            fn from_json(
                value: &$crate::domain::json::Value,
            ) -> Result<$t, $crate::domain::json::ShapeError> {
                match $crate::domain::json::variant(value)? {
                    (key, data) if $crate::domain::json::no_data(data) => {
                        $crate::domain::json::JsonKey::from_key(key)
                    }
                    _ => Err($crate::domain::json::ShapeError::expected("a name")),
                }
            }
        }
        impl $crate::domain::json::ToJson for $t {
            fn to_json(&self, out: &mut String) {
                $crate::domain::json::write_str(out, $crate::domain::json::JsonKey::key(self));
            }
        }
    };
}
pub(crate) use json_names;

/// An enum value as serde writes it by default: a unit variant as its name, `"Done"`; one with
/// data as an object of one field, `{"Rating":5}`. Gives the variant's name and its data (`None`
/// for a bare name; serde also reads `{"Done":null}`, which gives `Some(null)`).
pub fn variant<'v>(value: &'v Value<'_>) -> Result<(&'v str, Option<&'v Value<'v>>), ShapeError> {
    match value {
        Value::String(name) => Ok((name, None)),
        Value::Object(object) if object.len() == 1 => Ok(object
            .iter()
            .next()
            .map(|(name, data)| (name, Some(data)))
            .ok_or_else(|| ShapeError::expected("a variant"))?),
        _ => Err(ShapeError::expected("a name, or an object with one field")),
    }
}

/// Whether a unit variant's data, if any, is the `null` serde accepts there.
pub fn no_data(data: Option<&Value>) -> bool {
    data.is_none_or(Value::is_null)
}

/// Writes `{"name":data}`.
pub fn write_variant<T: ToJson + ?Sized>(out: &mut String, name: &str, data: &T) {
    ObjWriter::new(out).field(name, data).end();
}

#[cfg(test)]
mod tests;

//! JSON text parsed into a tree: the one place the stored format's syntax is read.
//!
//! Why not serde_json's `Value`: its parser, its number parsing and the hash map behind its
//! objects were about 21 KB of wasm (before compression) in the part every tool screen loads
//! first, for documents that need none of it: objects of a few fields, strings, whole numbers.
//! This reads the same grammar (RFC 8259, as strictly as serde_json: no comments, no trailing
//! commas, no leading zeros, no raw control characters, no lone surrogates, at most 127 levels
//! deep) into a smaller tree. Host tests hold it to serde_json on generated and damaged texts.
//!
//! Two things it keeps simpler, both out of reach of anything Mend writes:
//! - A number is kept only as "a whole number that fits `u64`" or "another number" (a fraction,
//!   an exponent, a sign, or too large): Mend stores nothing else. serde_json also refuses a
//!   number too large for a float (`1e400`); this reads it as another number.
//! - An object keeps every field as written; a field written twice is read with its last value,
//!   as serde_json's tree does, but counts twice in [`Map::len`].

use std::borrow::Cow;
use std::fmt;

/// Deepest nesting read, as serde_json's own limit: deeper text is refused rather than risking
/// the stack.
const MAX_DEPTH: usize = 127;

/// A parsed JSON value. Its strings and field names borrow from the text when they hold no
/// escape, which is nearly always: a document of years holds tens of thousands of them, and
/// copying each one out and freeing it again was about a third of the time spent reading it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number: `Some` for a whole number without sign, fraction or exponent that fits `u64`.
    Number(Option<u64>),
    /// A string.
    String(Cow<'a, str>),
    /// A list.
    Array(Vec<Value<'a>>),
    /// An object.
    Object(Map<'a>),
    /// A value kept as its text, unread: what [`parse_later`] gives for the one place it was
    /// asked to leave for later. No other reading gives it.
    Later(&'a str),
}

/// The fields of an object, in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'a>(Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Map<'a> {
    /// The value of field `name` (the last one, if written twice).
    pub fn get(&self, name: &str) -> Option<&Value<'a>> {
        self.0.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// How many fields were written.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the object is `{}`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, (Cow<'a, str>, Value<'a>)>,
        fn(&'m (Cow<'a, str>, Value<'a>)) -> Self::Item,
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

impl<'a> Value<'a> {
    /// The object, if it is one.
    pub fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// Field `name`, if this is an object that has it.
    pub fn get(&self, name: &str) -> Option<&Value<'a>> {
        self.as_object().and_then(|map| map.get(name))
    }

    /// The list, if it is one.
    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The whole number, if it is one that fits `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => *n,
            _ => None,
        }
    }

    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether it is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

/// Why text is not JSON, and where: a line and column counted from 1, in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    what: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Whether `byte` ends a plain run of a JSON string: a quote, a backslash or a control character.
/// The same bytes are the ones a writer must escape (RFC 8259, section 7), so reading and writing
/// both ask this.
#[inline(always)]
pub fn ends_plain_run(byte: u8) -> bool {
    byte == b'"' || byte == b'\\' || byte < 0x20
}

/// Parses `text`, which must be one JSON value with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    parse_with(text, None)
}

/// [`parse`], except that the value of field `inner` in the object under field `outer` of the
/// top-level object is given as [`Value::Later`] with its text, unread: a reader can leave a long
/// list until it is used. Only its end is looked for (brackets and strings), so damage inside it
/// may be found only when that text is parsed; text that `parse` refuses is refused here or
/// leaves text for later that `parse` refuses. Text where either field is written twice is
/// refused (see `Parser::seen`): a caller reads such text with [`parse`].
pub fn parse_later<'a>(
    text: &'a str,
    outer: &'static str,
    inner: &'static str,
) -> Result<Value<'a>, SyntaxError> {
    parse_with(text, Some((outer, inner)))
}

/// Parses `text` as [`parse`] does, except that when it is a list, each item is handed to
/// `each` as soon as it is read instead of kept: only one item's tree is in memory at a time.
/// Returns whether it was a list (other text is parsed whole and dropped).
///
/// Why: the assessment's finished runs are most of a document of years, and their tree was
/// several times the size of their text. Built whole before being read into runs, it set the
/// module's memory (which never shrinks) for good: about 1.7 MB of the quadruple document's
/// 10 MB (issue #13, "heap at or under 10 MB").
///
/// The syntax is checked to the end even after `each` has seen enough, so text refused by
/// [`parse`] is refused here with the same error.
pub fn parse_each<'a>(text: &'a str, mut each: impl FnMut(Value<'a>)) -> Result<bool, SyntaxError> {
    let mut parser = Parser::new(text, None);
    parser.skip_space();
    let list = parser.peek() == Some(b'[');
    if list {
        // As `value(0)` reads a list, with each item passed on rather than kept.
        if !parser.open(0, b']')? {
            loop {
                let item = parser.value(1)?;
                each(item);
                if parser.comma_or_close(b']', "expected `,` or `]`")? {
                    break;
                }
            }
        }
    } else {
        parser.value(0)?;
    }
    parser.end()?;
    Ok(list)
}

fn parse_with<'a>(
    text: &'a str,
    later: Option<(&'static str, &'static str)>,
) -> Result<Value<'a>, SyntaxError> {
    let mut parser = Parser::new(text, later);
    let value = parser.value(0)?;
    parser.end()?;
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The items of the lists being read, innermost last: each list's are moved out at its `]`
    /// into a vector of exactly their number, one allocation instead of one per doubling.
    items: Vec<Value<'a>>,
    /// The same for the fields of the objects being read.
    fields: Vec<(Cow<'a, str>, Value<'a>)>,
    /// The field left for later, by its outer and inner name (see [`parse_later`]).
    later: Option<(&'static str, &'static str)>,
    /// Whether the value being read is the top-level object's `outer` field.
    in_outer: bool,
    /// Whether `outer` and `inner` were met already: written twice, the first would be read
    /// unchecked and then dropped (the last one counts), so [`parse_later`] refuses that.
    seen: [bool; 2],
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, later: Option<(&'static str, &'static str)>) -> Parser<'a> {
        Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
            items: Vec::new(),
            fields: Vec::new(),
            later,
            in_outer: false,
            seen: [false; 2],
        }
    }

    /// After the one value: nothing but whitespace may follow.
    fn end(&mut self) -> Result<(), SyntaxError> {
        self.skip_space();
        if self.at < self.bytes.len() {
            return Err(self.error("trailing characters"));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn error(&self, what: &'static str) -> SyntaxError {
        let before = self.text.get(..self.at.min(self.text.len())).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        SyntaxError { what, line, column }
    }

    // The release build optimises for size, where these one-liners stay calls; called for each
    // byte outside strings, the calls were about a quarter of the time spent reading a document
    // of years (callgrind, natively).
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Takes `word` (`true`, `false`, `null`) or fails.
    fn word(&mut self, word: &[u8]) -> Result<(), SyntaxError> {
        let start = self.at;
        for &expected in word {
            if self.peek() != Some(expected) {
                self.at = start;
                return Err(self.error("expected a value"));
            }
            self.at += 1;
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("unexpected end of text")),
            Some(b'n') => self.word(b"null").map(|()| Value::Null),
            Some(b't') => self.word(b"true").map(|()| Value::Bool(true)),
            Some(b'f') => self.word(b"false").map(|()| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                let mark = self.items.len();
                if !self.open(depth, b']')? {
                    loop {
                        let item = self.value(depth + 1)?;
                        self.items.push(item);
                        if self.comma_or_close(b']', "expected `,` or `]`")? {
                            break;
                        }
                    }
                }
                Ok(Value::Array(self.items.split_off(mark)))
            }
            Some(b'{') => {
                let mark = self.fields.len();
                if !self.open(depth, b'}')? {
                    loop {
                        self.skip_space();
                        if self.peek() != Some(b'"') {
                            return Err(match self.peek() {
                                None => self.error("unexpected end of text"),
                                Some(_) => self.error("expected a field name in quotes"),
                            });
                        }
                        let name = self.string()?;
                        self.skip_space();
                        if self.peek() != Some(b':') {
                            return Err(self.error("expected `:`"));
                        }
                        self.at += 1;
                        let value = self.field_value(depth, &name)?;
                        self.fields.push((name, value));
                        if self.comma_or_close(b'}', "expected `,` or `}`")? {
                            break;
                        }
                    }
                }
                Ok(Value::Object(Map(self.fields.split_off(mark))))
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// The value of field `name` of an object at `depth`: the field left for later is only
    /// checked and kept as its text.
    fn field_value(&mut self, depth: usize, name: &str) -> Result<Value<'a>, SyntaxError> {
        match self.later {
            Some((outer, _)) if depth == 0 && name == outer => {
                self.meet(0)?;
                self.in_outer = true;
                let value = self.value(depth + 1);
                self.in_outer = false;
                value
            }
            Some((_, inner)) if depth == 1 && self.in_outer && name == inner => {
                self.meet(1)?;
                self.skip_space();
                let start = self.at;
                self.skip_to_end(depth + 1)?;
                Ok(Value::Later(self.text.get(start..self.at).unwrap_or("")))
            }
            _ => self.value(depth + 1),
        }
    }

    /// Takes the list or object here by looking only for its end: its brackets, and its strings
    /// so that a bracket in one is not counted. Anything else is read as [`Parser::value`] reads
    /// it. Why: the list left for later is most of a document of years, and checking all of its
    /// grammar cost about three times as much as finding its end.
    ///
    /// `depth` is the value's own, so that text nested deeper than [`parse`] reads is refused
    /// here too.
    #[inline(never)]
    fn skip_to_end(&mut self, depth: usize) -> Result<(), SyntaxError> {
        if !matches!(self.peek(), Some(b'[' | b'{')) {
            return self.value(depth).map(drop);
        }
        let mut open = 0usize;
        while let Some(byte) = self.peek() {
            self.at += 1;
            match byte {
                b'[' | b'{' => {
                    open += 1;
                    if depth + open > MAX_DEPTH {
                        return Err(self.error("nested too deeply"));
                    }
                }
                b']' | b'}' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(());
                    }
                }
                b'"' => {
                    // To the closing quote, past escaped characters (a `\"` among them).
                    loop {
                        let rest = self.bytes.get(self.at..).unwrap_or_default();
                        match rest.iter().position(|&b| b == b'"' || b == b'\\') {
                            Some(i) if rest[i] == b'"' => {
                                self.at += i + 1;
                                break;
                            }
                            Some(i) => self.at += i + 2,
                            None => {
                                self.at = self.bytes.len();
                                break;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Err(self.error("unexpected end of text"))
    }

    /// Notes that the named field `which` (0: outer, 1: inner) was met; refuses a second time.
    fn meet(&mut self, which: usize) -> Result<(), SyntaxError> {
        match self.seen.get_mut(which) {
            Some(seen) if *seen => Err(self.error("the field left for later is written twice")),
            Some(seen) => {
                *seen = true;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Takes the `[` or `{` here, one level deeper than `depth`; true when `close` follows at once
    /// (an empty list or object, taken too).
    fn open(&mut self, depth: usize, close: u8) -> Result<bool, SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        self.skip_space();
        let empty = self.peek() == Some(close);
        if empty {
            self.at += 1;
        }
        Ok(empty)
    }

    /// After an item: takes `,` (false: another item follows) or `close` (true: the end).
    fn comma_or_close(&mut self, close: u8, expected: &'static str) -> Result<bool, SyntaxError> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(c) if c == close => {
                self.at += 1;
                Ok(true)
            }
            None => Err(self.error("unexpected end of text")),
            Some(_) => Err(self.error(expected)),
        }
    }

    /// Digits from here; false when there are none.
    #[inline(always)]
    fn digits(&mut self) -> bool {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at > start
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("invalid number")),
        }
        let whole_end = self.at;
        let mut plain = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !self.digits() {
                return Err(self.error("invalid number"));
            }
            plain = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !self.digits() {
                return Err(self.error("invalid number"));
            }
            plain = false;
        }
        let whole = match plain {
            true => self
                .text
                .get(start..whole_end)
                .and_then(|digits| digits.parse::<u64>().ok()),
            false => None,
        };
        Ok(Value::Number(whole))
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.error("unexpected end of text")),
                Some(_) => return Err(self.error("invalid escape")),
            };
            n = n * 16 + u32::from(digit);
            self.at += 1;
        }
        Ok(n)
    }

    /// A string from its opening quote: borrowed from the text unless it holds an escape.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.at += 1;
        let start = self.at;
        // The plain run up to the closing quote, the first escape or a refused character.
        let rest = self.bytes.get(start..).unwrap_or_default();
        let run = rest
            .iter()
            .position(|&b| ends_plain_run(b))
            .unwrap_or(rest.len());
        self.at = start + run;
        if self.peek() == Some(b'"') {
            // Quotes are ASCII, so both ends are char boundaries.
            let plain = self.text.get(start..self.at).unwrap_or("");
            self.at += 1;
            return Ok(Cow::Borrowed(plain));
        }
        self.escaped_rest(start).map(Cow::Owned)
    }

    /// The rest of a string that has an escape (or an error) at `self.at`, from its `start`.
    fn escaped_rest(&mut self, start: usize) -> Result<String, SyntaxError> {
        let mut out = String::new();
        let mut start = start;
        loop {
            match self.peek() {
                None => return Err(self.error("unexpected end of text")),
                Some(b'"') => {
                    out.push_str(self.text.get(start..self.at).unwrap_or(""));
                    self.at += 1;
                    return Ok(out);
                }
                Some(0..=0x1f) => {
                    return Err(self.error("control character in a string"));
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(start..self.at).unwrap_or(""));
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let first = self.hex4()?;
                            let code = match first {
                                0xD800..=0xDBFF => {
                                    if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                                        return Err(self.error("lone surrogate in an escape"));
                                    }
                                    self.at += 2;
                                    let second = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&second) {
                                        return Err(self.error("lone surrogate in an escape"));
                                    }
                                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                                }
                                0xDC00..=0xDFFF => {
                                    return Err(self.error("lone surrogate in an escape"));
                                }
                                _ => first,
                            };
                            // Every code outside the surrogates is a char.
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            start = self.at;
                            continue;
                        }
                        None => return Err(self.error("unexpected end of text")),
                        Some(_) => return Err(self.error("invalid escape")),
                    };
                    out.push(escaped);
                    self.at += 1;
                    start = self.at;
                }
                Some(_) => self.at += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same tree as serde_json's, in this module's terms.
    fn from_serde(value: &serde_json::Value) -> Value<'_> {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_u64()),
            serde_json::Value::String(s) => Value::String(s.as_str().into()),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(from_serde).collect()),
            serde_json::Value::Object(fields) => Value::Object(Map(fields
                .iter()
                .map(|(k, v)| (k.as_str().into(), from_serde(v)))
                .collect())),
        }
    }

    /// The tree as serde_json (without `preserve_order`) keeps it: a field written twice with its
    /// last value, the fields in the order of their names.
    fn as_serde_keeps<'a>(value: &Value<'a>) -> Value<'a> {
        match value {
            Value::Array(items) => Value::Array(items.iter().map(as_serde_keeps).collect()),
            Value::Object(Map(fields)) => {
                let mut kept: Vec<(Cow<'a, str>, Value<'a>)> = Vec::new();
                for (k, v) in fields {
                    let v = as_serde_keeps(v);
                    match kept.iter_mut().find(|(name, _)| name == k) {
                        Some(place) => place.1 = v,
                        None => kept.push((k.clone(), v)),
                    }
                }
                kept.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(Map(kept))
            }
            other => other.clone(),
        }
    }

    /// Both parsers on `text`: the same tree, or both refuse. Objects with a field written twice
    /// and numbers too large for a float are the documented differences, left out here.
    fn same_as_serde(text: &str) -> Result<(), TestCaseError> {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => prop_assert_eq!(as_serde_keeps(a), from_serde(b), "{}", text),
            (Err(_), Err(_)) => {}
            (Ok(_), Err(e)) if e.to_string().contains("number out of range") => {}
            _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
        Ok(())
    }

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<u64>().prop_map(|n| serde_json::json!(n)),
            any::<i64>().prop_map(|n| serde_json::json!(n)),
            (-1e6f64..1e6).prop_map(|n| serde_json::json!(n)),
            any::<String>().prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::vec(("[a-z_]{0,6}", inner), 0..6)
                    .prop_map(|fields| { serde_json::Value::Object(fields.into_iter().collect()) }),
            ]
        })
    }

    /// Bytes that make or break JSON, to damage texts with.
    fn junk() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "",
            " ",
            "\"",
            "\\",
            "\\u",
            "\\ud800",
            "\\udc00",
            "\\ud83d\\ude00",
            ",",
            ":",
            "[",
            "]",
            "{",
            "}",
            "0",
            "01",
            "-",
            "-0",
            "1.",
            ".5",
            "1e",
            "1e+",
            "1E-2",
            "tru",
            "null",
            "\u{1}",
            "\n",
            "é",
            "\\x",
            "18446744073709551616",
            "1e400",
        ])
        .prop_map(str::to_owned)
    }

    /// `text` with `cut` characters from a place `at` picks replaced by `put`.
    fn damaged(text: &str, at: prop::sample::Index, cut: usize, put: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        let end = (i + cut).min(chars.len());
        chars[..i]
            .iter()
            .copied()
            .chain(put.chars())
            .chain(chars[end..].iter().copied())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever serde_json writes, this reads as the same tree.
        #[test]
        fn reads_what_serde_json_writes(value in json_value(), pretty in any::<bool>()) {
            let text = written(&value, pretty)?;
            prop_assert_eq!(parse(&text), Ok(from_serde(&value)));
        }

        /// A text with something cut or put in at one place: read as serde_json reads it, or
        /// refused as serde_json refuses it.
        #[test]
        fn damaged_text_is_read_or_refused_as_serde_json_does(
            value in json_value(),
            at in any::<prop::sample::Index>(),
            cut in 0usize..4,
            put in junk(),
        ) {
            let text = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let damaged = damaged(&text, at, cut, &put);
            same_as_serde(&damaged)?;
        }

        /// Any short text at all.
        #[test]
        fn any_text_is_read_or_refused_as_serde_json_does(text in "[ \\[\\]{}\":,0-9a-z.eE+\\-\\\\]{0,12}") {
            same_as_serde(&text)?;
        }
    }

    /// [`parse_each`] on `text` against [`parse`]: the same items in order when it is a list,
    /// `false` for any other value, the very same error (where it is, too) when refused.
    fn each_as_parse(text: &str) -> Result<(), TestCaseError> {
        let mut items = Vec::new();
        let each = parse_each(text, |item| items.push(item));
        match (parse(text), each) {
            (Ok(Value::Array(whole)), Ok(true)) => prop_assert_eq!(items, whole, "{}", text),
            (Ok(other), Ok(false)) => {
                prop_assert!(!matches!(other, Value::Array(_)) && items.is_empty())
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b, "{}", text),
            (whole, each) => prop_assert!(false, "{text:?}: parse {whole:?}, parse_each {each:?}"),
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Item by item, a list reads as the tree holds it; anything else is only checked.
        #[test]
        fn each_item_is_what_the_tree_holds(value in json_value(), pretty in any::<bool>()) {
            each_as_parse(&written(&value, pretty)?)?;
            each_as_parse(&written(&serde_json::json!([value, 1, [value]]), pretty)?)?;
        }

        /// Damaged anywhere: refused where `parse` refuses it, with the same error, even after
        /// items before the damage were handed on.
        #[test]
        fn damage_is_refused_item_by_item_as_parse_refuses_it(
            value in json_value(),
            at in any::<prop::sample::Index>(),
            cut in 0usize..4,
            put in junk(),
        ) {
            let text = written(&serde_json::json!([value, {"a": [value]}, "x"]), false)?;
            let damaged = damaged(&text, at, cut, &put);
            each_as_parse(&damaged)?;
        }

        /// Any short text at all.
        #[test]
        fn any_text_is_read_item_by_item_or_refused_as_parse_does(text in "[ \\[\\]{}\":,0-9a-z.eE+\\-\\\\]{0,12}") {
            each_as_parse(&text)?;
        }
    }

    #[test]
    fn each_item_is_handed_on_before_the_next_is_read() {
        // Damage after the second item: both were seen before the error.
        let mut seen = Vec::new();
        let result = parse_each("[1, [2], x]", |item| seen.push(item));
        assert_eq!(
            seen,
            vec![
                Value::Number(Some(1)),
                Value::Array(vec![Value::Number(Some(2))])
            ]
        );
        assert_eq!(
            result,
            Err(SyntaxError {
                what: "expected a value",
                line: 1,
                column: 10
            })
        );
        assert_eq!(parse_each(" [ ] ", |_| panic!("no items")), Ok(true));
        assert_eq!(
            parse_each("{\"a\": [1]}", |_| panic!("not a list")),
            Ok(false)
        );
        assert_eq!(
            parse_each("[1] 2", |_| {}).map_err(|e| e.what),
            Err("trailing characters")
        );
        // Nested as deeply as `parse` allows, and no deeper.
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert_eq!(parse_each(&deep(MAX_DEPTH), |_| {}), Ok(true));
        assert_eq!(
            parse_each(&deep(MAX_DEPTH + 1), |_| {}).map_err(|e| e.what),
            Err("nested too deeply")
        );
    }

    /// `value` as serde_json writes it, on one line or indented.
    fn written(value: &serde_json::Value, pretty: bool) -> Result<String, TestCaseError> {
        match pretty {
            true => serde_json::to_string_pretty(value),
            false => serde_json::to_string(value),
        }
        .map_err(|e| TestCaseError::fail(e.to_string()))
    }

    /// A document with `history` under `assessment`, and values around it at every level.
    fn with_history(history: &serde_json::Value, around: &serde_json::Value) -> serde_json::Value {
        serde_json::json!({
            "history": around,
            "assessment": {"in_progress": around, "history": history, "next_id": 3},
            "z": {"history": around},
        })
    }

    /// `value` without `assessment.history`.
    fn without_history<'a>(value: &Value<'a>) -> Value<'a> {
        let mut value = value.clone();
        if let Value::Object(Map(fields)) = &mut value {
            for (name, field) in fields.iter_mut() {
                if let (Value::Object(Map(inner)), "assessment") = (field, name.as_ref()) {
                    inner.retain(|(k, _)| k != "history");
                }
            }
        }
        value
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// The field left for later is exactly its text, which reads as the value; everything
        /// else reads as `parse` reads it.
        #[test]
        fn a_field_left_for_later_is_its_text_and_the_rest_is_read(
            history in json_value(),
            around in json_value(),
            pretty in any::<bool>(),
        ) {
            let text = written(&with_history(&history, &around), pretty)?;
            let now = parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let later = parse_later(&text, "assessment", "history")
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let kept = later.get("assessment").and_then(|a| a.get("history"));
            let Some(Value::Later(kept)) = kept else {
                return Err(TestCaseError::fail(format!("not left for later: {kept:?}")));
            };
            prop_assert_eq!(parse(kept), Ok(from_serde(&history)));
            prop_assert_eq!(without_history(&later), without_history(&now));
            // Nowhere else: not the top-level `history`, not one deeper.
            prop_assert_eq!(later.get("history"), now.get("history"));
            prop_assert_eq!(later.get("z"), now.get("z"));
        }

        /// Damaged anywhere, in the field left for later too: whatever `parse` refuses is refused,
        /// or leaves for later text that `parse` refuses, to be found when it is read.
        #[test]
        fn damage_in_a_field_left_for_later_is_refused_as_parse_refuses_it(
            history in json_value(),
            around in json_value(),
            at in any::<prop::sample::Index>(),
            cut in 0usize..4,
            put in junk(),
            pretty in any::<bool>(),
        ) {
            let text = written(&with_history(&history, &around), pretty)?;
            let damaged = damaged(&text, at, cut, &put);
            let later = parse_later(&damaged, "assessment", "history");
            match (parse(&damaged), &later) {
                (Ok(now), Ok(later)) => {
                    // Read the same, the text left for later included.
                    prop_assert_eq!(without_history(later), without_history(&now));
                    let kept = later.get("assessment").and_then(|a| a.get("history"));
                    let read = now.get("assessment").and_then(|a| a.get("history"));
                    if let (Some(Value::Later(kept)), Some(read)) = (kept, read) {
                        prop_assert_eq!(&parse(kept), &Ok(read.clone()), "{}", damaged);
                    }
                }
                (Ok(_), Err(e)) => prop_assert!(false, "{damaged:?} refused: {e}"),
                (Err(_), Err(_)) => {}
                // Accepted only when the damage is in the text left for later.
                (Err(_), Ok(later)) => {
                    let kept = later.get("assessment").and_then(|a| a.get("history"));
                    let Some(Value::Later(kept)) = kept else {
                        return Err(TestCaseError::fail(format!("{damaged:?}: nothing left for later")));
                    };
                    prop_assert!(parse(kept).is_err(), "{damaged:?}: {kept:?} reads");
                }
            }
        }
    }

    #[test]
    fn a_field_left_for_later_written_twice_or_nested_too_deeply_is_refused() {
        for text in [
            r#"{"assessment":{"history":[tru],"history":[]}}"#,
            r#"{"assessment":{"history":[1]},"assessment":{"history":[]}}"#,
            r#"{"assessment":{"history":[tru]},"assessment":{}}"#,
        ] {
            assert!(
                parse_later(text, "assessment", "history").is_err(),
                "{text}"
            );
        }
        // Nested as deep as `parse` reads, and one level deeper.
        let nested = |levels: usize| {
            format!(
                r#"{{"assessment":{{"history":{}{}}}}}"#,
                "[".repeat(levels),
                "]".repeat(levels)
            )
        };
        for levels in [MAX_DEPTH - 3, MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH] {
            let text = nested(levels);
            assert_eq!(
                parse_later(&text, "assessment", "history").is_ok(),
                parse(&text).is_ok(),
                "{levels} levels"
            );
        }
        assert!(parse(&nested(MAX_DEPTH - 2)).is_ok() && parse(&nested(MAX_DEPTH - 1)).is_err());
    }

    #[test]
    fn only_the_named_place_is_left_for_later() {
        let text = r#"{"assessment":[{"history":[1]}],"x":{"assessment":{"history":[2]}}}"#;
        assert_eq!(parse_later(text, "assessment", "history"), parse(text));
        let text = r#"{"assessment":{"history":{"history":[1]}, "h":[2]}}"#;
        let later = parse_later(text, "assessment", "history");
        assert_eq!(
            later
                .ok()
                .as_ref()
                .and_then(|v| v.get("assessment"))
                .and_then(|a| a.get("history")),
            Some(&Value::Later(r#"{"history":[1]}"#))
        );
    }

    #[test]
    fn numbers_are_whole_or_not() {
        let read = |text: &str| parse(text).map(|v| v.as_u64());
        assert_eq!(read("0"), Ok(Some(0)));
        assert_eq!(read("18446744073709551615"), Ok(Some(u64::MAX)));
        assert_eq!(read("18446744073709551616"), Ok(None));
        for other in ["-0", "-1", "1.0", "1e2", "2E-1"] {
            assert_eq!(read(other), Ok(None), "{other}");
        }
        for bad in ["01", "-", "1.", ".1", "1e", "+1", "0x1"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_say_where() {
        let error = parse("{\n  \"a\": tru\n}").err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("expected a value at line 2 column 8")
        );
        assert_eq!(
            parse("[1] x").err().map(|e| e.to_string()).as_deref(),
            Some("trailing characters at line 1 column 5")
        );
    }

    #[test]
    fn nesting_is_limited_as_in_serde_json() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let serde_reads = |n| serde_json::from_str::<serde_json::Value>(&deep(n)).is_ok();
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        assert!(parse(&deep(MAX_DEPTH + 1)).is_err());
        assert!(serde_reads(MAX_DEPTH) && !serde_reads(MAX_DEPTH + 1));
        // Far deeper text is refused, not a crash.
        assert!(parse(&deep(100_000)).is_err());
    }

    #[test]
    fn plain_strings_and_names_borrow_from_the_text_and_escaped_ones_are_copied() {
        let text =
            r#"{"plain":"as written","esc\u0061ped":["a\"b","\u00e9t\u00e9","","été","é\n"]}"#;
        let value = parse(text).unwrap_or(Value::Null);
        let Value::Object(Map(fields)) = &value else {
            panic!("{value:?}");
        };
        let borrowed = |s: &Cow<'_, str>| matches!(s, Cow::Borrowed(_));
        assert!(borrowed(&fields[0].0), "a plain name is borrowed");
        assert_eq!(fields[0].0, "plain");
        assert!(
            matches!(&fields[0].1, Value::String(s) if borrowed(s) && s == "as written"),
            "a plain string too: {:?}",
            fields[0].1
        );
        assert!(!borrowed(&fields[1].0), "an escaped name is copied");
        assert_eq!(fields[1].0, "escaped");
        let Value::Array(items) = &fields[1].1 else {
            panic!("{value:?}");
        };
        let strings: Vec<(&str, bool)> = items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some((s.as_ref(), borrowed(s))),
                _ => None,
            })
            .collect();
        assert_eq!(
            strings,
            [
                ("a\"b", false),
                ("été", false),
                ("", true),
                ("été", true),
                ("é\n", false)
            ]
        );
    }

    #[test]
    fn lists_and_objects_inside_each_other_keep_their_own_items() {
        // Items and fields wait on shared stacks while their list or object is read: each must
        // take exactly its own, at every depth and after empty ones.
        let text = r#"[[],{"a":[1,{"b":[2,3],"c":{}},[]],"d":4},[5,[6]],{},{"y":1,"x":{"z":[2]}}]"#;
        let ours = parse(text);
        let theirs: Result<serde_json::Value, _> = serde_json::from_str(text);
        assert_eq!(
            ours.as_ref().map(as_serde_keeps).ok(),
            theirs.as_ref().map(from_serde).ok()
        );
        // That comparison sorts the names; the order as written is kept too.
        let last = ours
            .ok()
            .and_then(|v| v.as_array().and_then(|items| items.last().cloned()));
        let names: Vec<String> = last
            .as_ref()
            .and_then(Value::as_object)
            .map(|map| map.iter().map(|(name, _)| name.to_owned()).collect())
            .unwrap_or_default();
        assert_eq!(names, ["y", "x"]);
    }

    #[test]
    fn a_field_written_twice_reads_as_its_last_value() {
        let value = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap_or(Value::Null);
        assert_eq!(
            value.as_object().and_then(|o| o.get("a")),
            Some(&Value::Number(Some(3)))
        );
    }
}

//! The persisted form of [`Document`]: JSON tagged with a numeric `schema_version`, with a
//! migration from every older version and a clear answer for versions this build cannot know.
//!
//! Modelled on Mozilla application-services' `state_persistence.rs`: each stored version has its
//! own type, older types convert into newer ones with `From`, and frozen fixtures of every version
//! (`tests/fixtures/`) must keep loading. The tag is a number rather than an enum name so that a
//! file from a newer Mend can be recognised as "newer" instead of "unreadable".
//!
//! History:
//! - **v1**: the partners' names as two top-level strings, `partner_a` and `partner_b`.
//! - **v2**: the names grouped as `couple: { a, b }`, so all that describes the couple has one place.
//! - **v3**: the assessment's second bank of statements and its role step. A questionnaire in
//!   progress moves to the new statements and steps (see
//!   [`AssessmentState::migrate_from_bank_v1`]); finished runs keep their bank version and scores.
//!   Runs and sessions gain an optional `role`, which older data simply lacks.
//! - **v4**: v3's fields, unchanged; a plain save stores the earlier results under a key of their
//!   own (see [`with_stored_parts`]). The number changed so that an earlier Mend, which would
//!   read the head alone as a document without results and write it back, shows it as a newer
//!   version's data instead and writes nothing. v3 text is read as it is, as the current version.

use super::assessment::AssessmentState;
use super::boundaries::Worksheet;
use super::couple::Couple;
use super::document::Document;
use super::json::{self, FromJson, Obj, ObjWriter, ShapeError};
use crate::domain::json::Value;
use std::cell::Cell;
use std::fmt;
use zeroize::Zeroize;

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 4;

/// A stored document that was read successfully.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// Stored in the current version.
    Current(Document),
    /// Stored in an older version and converted; saving will write the current version.
    Migrated {
        /// The converted document.
        document: Document,
        /// The version it was stored in.
        from: u32,
    },
    /// Written by a newer Mend. `document` holds what this build could make of it (fields it does
    /// not know are left out), for showing read-only; it must never be written back.
    Newer {
        /// The version found in the data.
        version: u32,
        /// A best-effort read, if the data still fits this build's shape.
        document: Option<Document>,
    },
}

impl Decoded {
    /// The document to show, if any.
    pub fn document(&self) -> Option<&Document> {
        match self {
            Decoded::Current(document) | Decoded::Migrated { document, .. } => Some(document),
            Decoded::Newer { document, .. } => document.as_ref(),
        }
    }
}

/// Why stored text could not be read as a Mend document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all, or cut off.
    NotJson(String),
    /// JSON, but without a numeric `schema_version`: not a Mend document.
    NoVersion,
    /// A version number Mend never used (0).
    UnknownVersion(u32),
    /// A known version whose content does not fit it (wrong types, bad dates, ...).
    Invalid {
        /// The version the data claims.
        version: u32,
        /// What the JSON reader said.
        reason: String,
    },
}

// The text is in the `banners` slice: it shows in the banners (stored data that cannot be read)
// and in Your data's and the partner screen's import messages, all screens that load `banners`.
// `reason` is what the JSON reader said, which stays in English.
impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::banners::{f as tf, t, Fmt, Msg};
        match self {
            DecodeError::NotJson(reason) => {
                f.write_str(&tf(Fmt::DecodeNotJson, &[("reason", reason)]))
            }
            DecodeError::NoVersion => f.write_str(t(Msg::DecodeNoVersion)),
            DecodeError::UnknownVersion(v) => f.write_str(&tf(
                Fmt::DecodeUnknownVersion,
                &[("version", &v.to_string())],
            )),
            DecodeError::Invalid { version, reason } => f.write_str(&tf(
                Fmt::DecodeInvalid,
                &[("version", &version.to_string()), ("reason", reason)],
            )),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Version 1, as it was stored. Frozen: never change this type, add a new version instead.
struct DocumentV1 {
    partner_a: String,
    partner_b: String,
    assessment: AssessmentState,
    boundaries: Worksheet,
    repair: super::repair::RepairPlan,
}

impl FromJson for DocumentV1 {
    fn from_json(value: &Value) -> Result<DocumentV1, ShapeError> {
        let o = Obj::of(value)?;
        Ok(DocumentV1 {
            partner_a: o.or_default("partner_a")?,
            partner_b: o.or_default("partner_b")?,
            assessment: o.or_default("assessment")?,
            boundaries: o.or_default("boundaries")?,
            repair: o.or_default("repair")?,
        })
    }
}

impl From<DocumentV1> for Document {
    fn from(v1: DocumentV1) -> Document {
        let mut assessment = v1.assessment;
        assessment.migrate_from_bank_v1();
        Document {
            couple: Couple {
                a: v1.partner_a,
                b: v1.partner_b,
            },
            assessment,
            boundaries: v1.boundaries,
            repair: v1.repair,
            settings: Default::default(),
        }
    }
}

/// Version 2 has the current document's shape (every later field has a default), but its
/// questionnaire in progress speaks of bank 1's statements and steps.
fn from_v2(mut document: Document) -> Document {
    document.assessment.migrate_from_bank_v1();
    document
}

/// Reads stored text of any version this build knows, migrating older ones.
///
/// The text is parsed once (see [`super::json`]); its `schema_version` then says how to read the
/// rest.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    decode_with(text, false)
}

/// [`decode`] for stored data, leaving the assessment's finished runs as text until they are
/// first used (see [`crate::domain::assessment::History`]): a screen that shows none of them
/// does not pay for reading years of them. Everything else is read as [`decode`] reads it, and
/// text it refuses is refused here too, except damage inside the runs, found when they are read.
///
/// Only for stored text of the current version without retired fields: older versions are
/// converted, and retired fields dropped, by reading everything now, as [`decode`] does.
pub fn decode_later(text: &str) -> Result<Decoded, DecodeError> {
    decode_stored(text, holds_retired_fields(text))
}

/// Reads text that must be read whole at once (what unlocking opens: a sealed document never
/// holds results no read has checked) as [`decode`] does, giving the same document or the same
/// error, but with the results read one at a time as [`decode_later`] reads them, not as part of
/// one tree of the whole text: with years of data that tree was several times the text, and the
/// module's memory, never shrinking, kept its size for good.
pub fn decode_now(text: &str) -> Result<Decoded, DecodeError> {
    match decode_later(text) {
        Ok(Decoded::Current(document)) if document.assessment.history.damage().is_none() => {
            Ok(Decoded::Current(document))
        }
        // Damage is told in `decode`'s own words: read again its way (only then).
        Ok(Decoded::Current(_)) | Err(_) => decode(text),
        other => other,
    }
}

/// [`decode_later`] for a caller that has already asked [`holds_retired_fields`] (`retired`)
/// for its own reasons: the question scans the whole text, which is years of data.
pub fn decode_stored(text: &str, retired: bool) -> Result<Decoded, DecodeError> {
    decode_with(text, !retired)
}

fn decode_with(text: &str, later: bool) -> Result<Decoded, DecodeError> {
    LAST_LEN.with(|last| last.set(text.len()));
    let parsed = match later {
        // Whatever it refuses is read the strict way, which says why in its own words (or reads
        // text it refuses for its shape alone, such as a field written twice).
        true => match json::parse_later(text, "assessment", "history") {
            Ok(value) => Ok(value),
            Err(_) => return decode_with(text, false),
        },
        false => json::parse(text),
    };
    let value = parsed.map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(DecodeError::NoVersion)?;
    if later && !matches!(version, 3 | CURRENT_VERSION) {
        return decode_with(text, false);
    }
    let invalid = |e: ShapeError| DecodeError::Invalid {
        version,
        reason: e.to_string(),
    };
    match version {
        0 => Err(DecodeError::UnknownVersion(0)),
        1 => {
            let v1 = DocumentV1::from_json(&value).map_err(invalid)?;
            Ok(Decoded::Migrated {
                document: v1.into(),
                from: 1,
            })
        }
        2 => {
            let v2 = Document::from_json(&value).map_err(invalid)?;
            Ok(Decoded::Migrated {
                document: from_v2(v2),
                from: 2,
            })
        }
        // v4 only changed where a plain save stores the results (see the module's notes).
        3 | CURRENT_VERSION => Document::from_json(&value)
            .map(Decoded::Current)
            .map_err(invalid),
        version => Ok(Decoded::Newer {
            version,
            document: Document::from_json(&value).ok(),
        }),
    }
}

/// Field names that builds of the current version once stored and this one drops on reading:
/// the safety answers, which are never kept. Text holding one of them is written again at once.
const RETIRED_FIELDS: [&str; 2] = ["\"safety_a\"", "\"safety_b\""];

/// Whether stored text of the current version holds a field this build drops on reading, so
/// that opening it should write it again without. A look for the field names, not a second
/// encoding of the whole document: opening years of data must not pay for that. A name typed in
/// a note cannot match, since its quotes are escaped in JSON; a false match would only cost one
/// early save.
pub fn holds_retired_fields(text: &str) -> bool {
    RETIRED_FIELDS.iter().any(|field| text.contains(field))
}

thread_local! {
    /// The length of the last stored text read or written (see [`encode`]).
    static LAST_LEN: Cell<usize> = const { Cell::new(0) };
    /// The buffer [`with_encoded`] writes into, kept from one save to the next.
    static BUFFER: Cell<String> = const { Cell::new(String::new()) };
}

/// Writes the document in the current version: its tag first, then its fields.
pub fn encode(document: &Document) -> Result<String, String> {
    let mut out = String::new();
    write(document, &mut out);
    Ok(out)
}

/// Writes the document as [`encode`] does and hands `use_text` the text: what every save does.
///
/// The text goes into one buffer kept between saves. A new one at every save needed a block as
/// large as years of data each time, and between two saves the allocator had cut the last one up
/// for small things, so the module's memory (which never shrinks) grew by a text's size again.
pub fn with_encoded<R>(document: &Document, use_text: impl FnOnce(&str) -> R) -> R {
    // Taken, not borrowed: a call from inside `use_text` would get a buffer of its own.
    let mut out = BUFFER.with(Cell::take);
    out.clear();
    write(document, &mut out);
    let result = use_text(&out);
    keep_buffer(out);
    result
}

/// Keeps the buffer's room for the next save. Only the room: the text may be a locked document's
/// plain form, which must not stay in memory once the lock has hidden the screen. Zeroed before
/// a shrink can move it, and only as far as this save wrote: `String::zeroize` also zeroes the
/// spare room, byte by volatile byte, which cost about 6 ms at 4x on the quadruple document's
/// buffer.
fn keep_buffer(mut out: String) {
    let len = out.len();
    out.as_mut_str().zeroize();
    out.clear();
    // A document that shrank (a history cleared, say) does not keep its old buffer's size.
    if out.capacity() > 2 * len + 64 * 1024 {
        out.shrink_to(len + len / 32);
    }
    BUFFER.with(|buffer| buffer.set(out));
}

/// [`with_encoded`] for a save that can take the text in pieces (storing it plain does): the
/// lists' kept texts (see [`json::Cached`]) and the assessment's stored results are handed over
/// as they are, between pieces of the buffer, and never copied into it. `use_pieces` gets the
/// pieces in order; joined, they are exactly the text [`with_encoded`] gives.
///
/// Why: those texts are nearly all of a document of years, and copied into the buffer, every
/// save needed a block of the whole text's size (1.6 MB with the quadruple document), which
/// the module's memory, never shrinking, kept for good. Now the buffer holds only what was
/// written afresh: a few KB while typing, a list's size when that list changed.
pub fn with_encoded_pieces<R>(document: &Document, use_pieces: impl FnOnce(&[&str]) -> R) -> R {
    let mut out = BUFFER.with(Cell::take);
    out.clear();
    let kept = json::written_in_pieces(|| write_fields(document, &mut out));
    // Each place is the buffer's length when its text was met, so it is in the buffer, at a
    // character's start, and not before the one before; were one ever not, the whole text is
    // written the usual way rather than anything less.
    let mut pieces: Vec<&str> = Vec::with_capacity(2 * kept.len() + 1);
    let mut at = 0;
    for (place, text) in &kept {
        let Some(before) = out.get(at..*place) else {
            break;
        };
        pieces.extend([before, text]);
        at = *place;
    }
    let Some(rest) = out.get(at..).filter(|_| pieces.len() == 2 * kept.len()) else {
        drop(pieces);
        keep_buffer(out);
        return with_encoded(document, |text| use_pieces(&[text]));
    };
    pieces.push(rest);
    let len = pieces.iter().map(|piece| piece.len()).sum();
    let result = use_pieces(&pieces);
    drop(pieces);
    LAST_LEN.with(|last| last.set(len));
    keep_buffer(out);
    result
}

/// Where the assessment's earlier results go in the head of a plain save (see
/// [`with_stored_parts`]): a tab before an empty object. The writer never writes a tab (it writes
/// no spaces between values, and a tab in a string as `\t`), so the first one in stored text is
/// this mark. The head is still JSON, but not a document: results must be a list. So an earlier
/// Mend shows nothing of it (never a document without its results, to export or show), and this
/// one, if the results' key is ever missing, finds the results damaged and keeps the text aside
/// with the banner, as for any damaged results.
pub const RUNS_MARK: &str = "\t{}";

/// [`with_encoded_pieces`] for a plain save, which stores the assessment's earlier results under a
/// key of their own: `store` gets the head, in pieces, with [`RUNS_MARK`] where the results were,
/// and the place of that piece, the results' text and its number (see [`json::Kept`]). Put back
/// at the mark, the results make the text [`with_encoded`] gives. Without any results (none ever,
/// or all deleted), or without them in a piece of their own (the writer's fallback when it could
/// not note the pieces), the head is the whole text and the results are `None`.
///
/// Why: the results are three quarters of a document of years, and change only when a
/// questionnaire is finished or a result deleted. Stored with the rest, every save 300 ms after a
/// key stored them again, and a key pressed meanwhile waited for the browser to take 1.2 million
/// characters (issue #13, "cost does not grow with history").
pub fn with_stored_parts<R>(
    document: &Document,
    store: impl for<'a> FnOnce(&mut [&'a str], Option<(usize, u64, &'a str)>) -> R,
) -> R {
    with_encoded_pieces(document, |pieces| {
        let mut head = pieces.to_vec();
        // The results' piece is their kept text itself, handed over without a copy: found by
        // where it is, not by what it says (another list could say the same).
        // No results (an empty list) stay in the head: a key of their own would hold nothing.
        let kept = document.assessment.history.kept_text();
        let runs = kept.filter(|kept| &***kept != "[]").and_then(|kept| {
            let at = head
                .iter()
                .position(|piece| std::ptr::eq(*piece, &**kept))?;
            Some((at, kept.id(), std::mem::replace(&mut head[at], RUNS_MARK)))
        });
        store(&mut head, runs)
    })
}

fn write(document: &Document, out: &mut String) {
    // Sized exactly from the last text read or written, which the next is usually within a few
    // bytes of, and only when the buffer is short of it. Grown by doubling instead (as `reserve`
    // does even for a buffer a few bytes short), a text of years of data briefly needed its old
    // and new buffers at once, and the module's memory kept that peak for good.
    let hint = LAST_LEN.with(Cell::get);
    if out.capacity() < hint {
        out.reserve_exact((hint + hint / 32).saturating_sub(out.len()));
    }
    write_fields(document, out);
    LAST_LEN.with(|last| last.set(out.len()));
}

fn write_fields(document: &Document, out: &mut String) {
    let mut o = ObjWriter::new(out);
    o.field("schema_version", &CURRENT_VERSION);
    document.write_fields(&mut o);
    o.end();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{banners, with_language, Lang};

    #[test]
    fn a_save_writes_what_encode_writes_and_keeps_no_earlier_text() {
        let mut document = Document::default();
        document.couple.a = "a long name, written first".into();
        let long = with_encoded(&document, str::to_owned);
        assert_eq!(Ok(long.clone()), encode(&document));
        document.couple.a = "Sam".into();
        let short = with_encoded(&document, str::to_owned);
        assert_eq!(Ok(short.clone()), encode(&document));
        assert!(short.len() < long.len() && short.ends_with('}'), "{short}");
        // Nothing of the text stays in the kept buffer, only its room.
        let kept = BUFFER.with(Cell::take);
        assert!(kept.is_empty() && kept.capacity() >= short.len());
        // SAFETY: the first `short.len()` bytes of the buffer were written by the last save
        // (and then, if all is well, overwritten with zeros), so they are initialised.
        let room = unsafe { std::slice::from_raw_parts(kept.as_ptr(), short.len()) };
        assert!(
            room.iter().all(|&b| b == 0),
            "{}",
            String::from_utf8_lossy(room)
        );
    }

    #[test]
    fn a_document_that_shrank_does_not_keep_its_old_buffer() {
        let mut document = Document::default();
        document.couple.a = "x".repeat(300 * 1024);
        with_encoded(&document, |_| ());
        assert!(
            BUFFER.with(|b| {
                let kept = b.take();
                let room = kept.capacity();
                b.set(kept);
                room
            }) >= 300 * 1024
        );
        document.couple.a = "Sam".into();
        let short = with_encoded(&document, str::len);
        let kept = BUFFER.with(Cell::take);
        assert!(kept.is_empty());
        assert!(
            kept.capacity() >= short && kept.capacity() < 64 * 1024,
            "{}",
            kept.capacity()
        );
    }

    #[test]
    fn current_version_round_trips() {
        let mut document = Document::default();
        document.couple.a = "Sam".into();
        let text = encode(&document).expect("encodes");
        assert!(text.contains("\"schema_version\":4"), "{text}");
        assert_eq!(decode(&text), Ok(Decoded::Current(document.clone())));
        // v3 differs only in where a plain save stores the results: read as it is, both ways.
        let v3 = text.replace("\"schema_version\":4", "\"schema_version\":3");
        assert_eq!(decode(&v3), Ok(Decoded::Current(document.clone())));
        assert_eq!(decode_later(&v3), Ok(Decoded::Current(document)));
    }

    /// A document with every kind of kept text: results, promises and check-ins.
    fn with_results() -> Document {
        let text = std::fs::read_to_string("tests/fixtures/v2-populated.json").expect("fixture");
        let document = decode(&text)
            .expect("reads")
            .document()
            .cloned()
            .expect("a document");
        assert!(!document.assessment.history.is_empty());
        assert!(!document.repair.promises().is_empty());
        document
    }

    #[test]
    fn a_plain_save_stores_the_results_apart_and_the_head_marks_their_place() {
        // Never any results: nothing to store apart, the head is the whole text.
        let none = Document::default();
        let whole = with_encoded(&none, str::to_owned);
        with_stored_parts(&none, |head, runs| {
            assert_eq!((head.concat(), runs), (whole, None));
        });
        let mut document = with_results();
        for round in 0..4 {
            if round == 2 {
                // Results that were all deleted, an empty list, stay in the head, which is then
                // the whole text: a key of their own would hold nothing.
                document.assessment.history.clear();
            }
            if round >= 2 {
                let whole = with_encoded(&document, str::to_owned);
                with_stored_parts(&document, |head, runs| {
                    assert_eq!((head.concat(), runs), (whole, None));
                });
                continue;
            }
            // Writing every list, then with their texts kept.
            {
                let whole = with_encoded(&document, str::to_owned);
                with_stored_parts(&document, |head, runs| {
                    let (at, _, runs) = runs.expect("the results are a piece of their own");
                    assert_eq!(head[at], RUNS_MARK);
                    let head = head.concat();
                    assert_eq!(head.matches('\t').count(), 1, "{head}");
                    assert_eq!(head.replacen(RUNS_MARK, runs, 1), whole);
                    // Still JSON, tagged with a version an earlier Mend reads as newer, but no
                    // document: the results' place holds no list.
                    assert!(head.starts_with("{\"schema_version\":4,"));
                    assert!(json::parse(&head).is_ok());
                    assert!(matches!(decode(&head), Err(DecodeError::Invalid { .. })));
                });
            }
        }
    }

    #[test]
    fn the_results_number_changes_exactly_when_their_text_does() {
        let mut document = with_results();
        let id = |d: &Document| with_stored_parts(d, |_, runs| runs.map(|(_, id, _)| id));
        let first = id(&document);
        document.couple.a = "Another name".into();
        let first_promise = document.repair.promises()[0].id;
        document
            .repair
            .delete_promise(first_promise)
            .expect("deletes");
        assert_eq!(id(&document), first, "nothing of the results changed");
        let copy = document.clone();
        assert_eq!(id(&copy), first, "a copy shares the results' text");
        let removed = document.assessment.history.pop();
        assert!(removed.is_some());
        let changed = id(&document);
        assert_ne!(changed, first);
        assert_eq!(id(&document), changed);
    }

    #[test]
    fn retired_fields_are_found_and_typed_text_is_not_mistaken_for_them() {
        let mut document = Document::default();
        document.couple.a = r#"I wrote "safety_a" here"#.into();
        let text = encode(&document).expect("encodes");
        assert!(!holds_retired_fields(&text), "{text}");
        let old = text.replacen(
            '{',
            r#"{"assessment":{"in_progress":{"safety_b":{"safe-01":"Yes"}}},"#,
            1,
        );
        assert!(holds_retired_fields(&old));
        assert!(holds_retired_fields(r#"{"safety_a" : {}}"#));
    }

    #[test]
    fn version_one_moves_names_into_couple() {
        let decoded = decode(r#"{"schema_version":1,"partner_a":"Ana","partner_b":"Bo"}"#);
        let Ok(Decoded::Migrated { document, from: 1 }) = decoded else {
            panic!("expected a migration, got {decoded:?}");
        };
        assert_eq!(
            document.couple,
            Couple {
                a: "Ana".into(),
                b: "Bo".into()
            }
        );
    }

    #[test]
    fn version_two_moves_a_questionnaire_in_progress_to_the_current_bank() {
        let text = r#"{"schema_version":2,"assessment":{"in_progress":{"started":"2026-03-01","mode":"Solo",
            "stage":{"Answering":"A"},"step":3,"answers_a":{"hon-05":{"Rating":5},"con-03":{"Rating":2}}}}}"#;
        let decoded = decode(text);
        let Ok(Decoded::Migrated { document, from: 2 }) = decoded else {
            panic!("expected a migration, got {decoded:?}");
        };
        let session = document
            .assessment
            .in_progress
            .as_ref()
            .map(|s| (s.step, s.answers_a.keys().cloned().collect::<Vec<_>>()));
        assert_eq!(session, Some((4, vec!["slf-06".to_string()])));
    }

    #[test]
    fn failures_are_told_apart() {
        type Check = fn(&Result<Decoded, DecodeError>) -> bool;
        let table: &[(&str, Check)] = &[
            ("", |r| matches!(r, Err(DecodeError::NotJson(_)))),
            ("{\"schema_version\":2", |r| {
                matches!(r, Err(DecodeError::NotJson(_)))
            }),
            ("not json", |r| matches!(r, Err(DecodeError::NotJson(_)))),
            ("[]", |r| matches!(r, Err(DecodeError::NoVersion))),
            ("{}", |r| matches!(r, Err(DecodeError::NoVersion))),
            ("{\"schema_version\":\"2\"}", |r| {
                matches!(r, Err(DecodeError::NoVersion))
            }),
            ("{\"schema_version\":-1}", |r| {
                matches!(r, Err(DecodeError::NoVersion))
            }),
            ("{\"schema_version\":0}", |r| {
                matches!(r, Err(DecodeError::UnknownVersion(0)))
            }),
            ("{\"schema_version\":2,\"couple\":7}", |r| {
                matches!(r, Err(DecodeError::Invalid { version: 2, .. }))
            }),
            ("{\"schema_version\":1,\"partner_a\":[]}", |r| {
                matches!(r, Err(DecodeError::Invalid { version: 1, .. }))
            }),
            ("{\"schema_version\":3,\"couple\":7}", |r| {
                matches!(r, Err(DecodeError::Invalid { version: 3, .. }))
            }),
            (
                "{\"schema_version\":5,\"couple\":{\"a\":\"X\"},\"future\":true}",
                |r| {
                    matches!(
                        r,
                        Ok(Decoded::Newer {
                            version: 5,
                            document: Some(_)
                        })
                    )
                },
            ),
            ("{\"schema_version\":9,\"couple\":\"changed shape\"}", |r| {
                matches!(
                    r,
                    Ok(Decoded::Newer {
                        version: 9,
                        document: None
                    })
                )
            }),
        ];
        for (text, expected) in table {
            let result = decode(text);
            assert!(expected(&result), "{text:?} gave {result:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let text = format!(
            "{{\"schema_version\":3,\"couple\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(decode(&text).is_err());
    }

    #[test]
    fn why_data_cannot_be_read_is_in_the_language_on_screen() {
        let unknown = DecodeError::UnknownVersion(0);
        let no_version = decode("{}").expect_err("no version");
        // In Spanish once the banners slice's Spanish table is loaded (on this test's thread only).
        let (unknown_es, no_version_es) = with_language(Lang::Es, &[&banners::ES], || {
            (unknown.to_string(), no_version.to_string())
        });
        assert_eq!(
            unknown_es,
            "indica una versión de esquema que Mend nunca usó (0)"
        );
        assert_eq!(
            no_version_es,
            "no parecen datos de Mend (falta la versión de esquema)"
        );
        assert_eq!(
            unknown.to_string(),
            "it claims a schema version Mend never used (0)"
        );
        assert_eq!(
            no_version.to_string(),
            "it does not look like Mend data (no schema version)"
        );
    }
}

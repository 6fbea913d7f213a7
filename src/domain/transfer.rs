//! Export and import of everything Mend keeps, as one JSON file.
//!
//! Import is defensive: files come from anywhere. A file is size-capped before it is parsed,
//! parsed with serde_json's recursion limit (deep nesting is refused, not a stack overflow),
//! checked for its schema version and migrated like stored data, and nothing is applied until
//! the user has seen a preview and confirmed.

use super::date::Day;
use super::document::Document;
use super::schema::{self, DecodeError, Decoded};
use std::fmt;

/// Largest file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 2_000_000;

/// The file name for an export made on `today`.
pub fn file_name(today: Day) -> String {
    format!("mend-backup-{today}.json")
}

/// The whole document as an export file. It cannot hold safety answers: no stored type has a
/// place for them (see [`super::assessment::SafetyCheck`]).
pub fn export(document: &Document) -> Result<String, String> {
    schema::encode(document)
}

/// Why a file cannot be imported. Every case leaves the current data untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Bigger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Empty file.
    Empty,
    /// Not a Mend file, or damaged.
    Unreadable(DecodeError),
    /// Made by a newer Mend than this one.
    Newer {
        /// The version in the file.
        version: u32,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is too large to be a Mend backup ({} KB; the limit is {} KB). Nothing was changed.",
                bytes / 1000,
                MAX_IMPORT_BYTES / 1000
            ),
            ImportError::Empty => write!(f, "This file is empty. Nothing was changed."),
            ImportError::Unreadable(why) => {
                write!(f, "This file cannot be imported: {why}. Nothing was changed.")
            }
            ImportError::Newer { version } => write!(
                f,
                "This file was made by a newer version of Mend (format {version}). Open it there, or update this copy of Mend. Nothing was changed."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// A file that can be imported, with what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The document in the file, already in the current version.
    pub document: Document,
    /// The file's schema version.
    pub from_version: u32,
    /// Counts to show before anything changes.
    pub preview: Preview,
}

/// How much a document holds, in words people recognise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Finished assessments.
    pub assessments: usize,
    /// Whether an assessment is part-way done.
    pub assessment_in_progress: bool,
    /// Worksheet areas with anything written in them.
    pub worksheet_areas: usize,
    /// Repair steps ticked.
    pub steps_done: usize,
    /// Promises recorded.
    pub promises: usize,
    /// Check-ins recorded.
    pub check_ins: usize,
}

impl Preview {
    /// Counts what `document` holds.
    pub fn of(document: &Document) -> Preview {
        Preview {
            assessments: document.assessment.history.len(),
            assessment_in_progress: document.assessment.in_progress.is_some(),
            worksheet_areas: document.boundaries.view().iter().filter(|c| c.entry.filled() > 0).count(),
            steps_done: document.repair.overall_progress().done as usize,
            promises: document.repair.promises().len(),
            check_ins: document.repair.check_ins().len(),
        }
    }

    /// One line for people: "2 assessments, 3 worksheet areas, ...".
    pub fn describe(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{}, {}, {}, {}, {}",
            plural(self.assessments, "finished assessment", "finished assessments"),
            plural(self.worksheet_areas, "worksheet area with notes", "worksheet areas with notes"),
            plural(self.steps_done, "repair step done", "repair steps done"),
            plural(self.promises, "promise", "promises"),
            plural(self.check_ins, "check-in", "check-ins"),
        )
    }
}

/// Reads a backup file. Nothing is applied here; see [`Import`].
pub fn read(bytes: &[u8]) -> Result<Import, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImportError::Unreadable(DecodeError::NotJson("the file is not text".into())))?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match schema::decode(text).map_err(ImportError::Unreadable)? {
        Decoded::Current(document) => {
            Ok(Import { preview: Preview::of(&document), document, from_version: schema::CURRENT_VERSION })
        }
        Decoded::Migrated { document, from } => Ok(Import { preview: Preview::of(&document), document, from_version: from }),
        Decoded::Newer { version, .. } => Err(ImportError::Newer { version }),
    }
}

/// Combines an imported document with the current one without losing either side:
/// finished assessments from both are kept (the file's get new ids); the worksheet, the
/// checklist, the names and a part-done assessment come from the file only where this browser
/// has none of its own.
pub fn merge(current: &Document, incoming: Document) -> Document {
    let mut merged = current.clone();
    let default = Document::default();
    if merged.couple == default.couple {
        merged.couple = incoming.couple;
    }
    if merged.boundaries == default.boundaries {
        merged.boundaries = incoming.boundaries;
    }
    if merged.repair == default.repair {
        merged.repair = incoming.repair;
    }
    if merged.assessment.in_progress.is_none() {
        merged.assessment.in_progress = incoming.assessment.in_progress;
    }
    let mut next = merged.assessment.history.iter().map(|r| r.id.saturating_add(1)).max().unwrap_or(0).max(merged.assessment.next_id);
    for mut run in incoming.assessment.history {
        let duplicate = merged.assessment.history.iter().any(|r| r.date == run.date && r.result == run.result);
        if !duplicate {
            run.id = next;
            next = next.saturating_add(1);
            merged.assessment.history.push(run);
        }
    }
    merged.assessment.history.sort_unstable_by_key(|r| (r.date, r.id));
    merged.assessment.next_id = next;
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn populated() -> Document {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v2-populated.json");
        let text = std::fs::read_to_string(path).expect("fixture");
        match schema::decode(&text) {
            Ok(Decoded::Current(document)) => document,
            other => panic!("fixture: {other:?}"),
        }
    }

    #[test]
    fn export_then_read_gives_back_the_same_document() {
        let document = populated();
        let text = export(&document).expect("exports");
        let import = read(text.as_bytes()).expect("imports");
        assert_eq!(import.document, document);
        assert_eq!(import.from_version, schema::CURRENT_VERSION);
        assert_eq!(import.preview.assessments, 1);
        assert_eq!(import.preview.worksheet_areas, 2);
        assert_eq!(import.preview.steps_done, 1);
        assert_eq!(import.preview.check_ins, 1);
        assert!(import.preview.describe().contains("1 finished assessment,"));
    }

    #[test]
    fn older_files_are_migrated() {
        let import = read(br#"{"schema_version":1,"partner_a":"Ana"}"#).expect("imports");
        assert_eq!(import.from_version, 1);
        assert_eq!(import.document.couple.a, "Ana");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let nested = format!("{{\"schema_version\":2,\"couple\":{}}}", "[".repeat(5000));
        let huge_string = format!("{{\"schema_version\":2,\"couple\":{{\"a\":\"{}\"}}}}", "x".repeat(MAX_IMPORT_BYTES));
        type Check = fn(&ImportError) -> bool;
        let cases: Vec<(Vec<u8>, Check)> = vec![
            (b"".to_vec(), |e| matches!(e, ImportError::Empty)),
            (b"   \n".to_vec(), |e| matches!(e, ImportError::Empty)),
            (b"hello".to_vec(), |e| matches!(e, ImportError::Unreadable(DecodeError::NotJson(_)))),
            (vec![0xff, 0xfe, 0x00], |e| matches!(e, ImportError::Unreadable(_))),
            (br#"{"schema_version":2,"couple":{"a":"x""#.to_vec(), |e| matches!(e, ImportError::Unreadable(DecodeError::NotJson(_)))),
            (br#"{"name":"some other app"}"#.to_vec(), |e| matches!(e, ImportError::Unreadable(DecodeError::NoVersion))),
            (br#"{"schema_version":2,"repair":{"check_ins":"lots"}}"#.to_vec(), |e| {
                matches!(e, ImportError::Unreadable(DecodeError::Invalid { .. }))
            }),
            (br#"{"schema_version":2,"couple":{"a":5}}"#.to_vec(), |e| matches!(e, ImportError::Unreadable(DecodeError::Invalid { .. }))),
            (br#"{"schema_version":12}"#.to_vec(), |e| matches!(e, ImportError::Newer { version: 12 })),
            (nested.into_bytes(), |e| matches!(e, ImportError::Unreadable(_))),
            (huge_string.into_bytes(), |e| matches!(e, ImportError::TooLarge { .. })),
        ];
        for (bytes, expected) in cases {
            let result = read(&bytes);
            match &result {
                Err(error) => {
                    assert!(expected(error), "{:?} gave {error:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(60)]));
                    assert!(error.to_string().contains("Nothing was changed"));
                }
                Ok(_) => panic!("{:?} was accepted", String::from_utf8_lossy(&bytes[..bytes.len().min(60)])),
            }
        }
    }

    #[test]
    fn markup_in_text_is_kept_as_plain_text() {
        let import = read(br#"{"schema_version":2,"couple":{"a":"<img src=x onerror=alert(1)>"}}"#).expect("imports");
        assert_eq!(import.document.couple.a, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn merging_keeps_both_sides_results_and_fills_only_empty_tools() {
        let mut current = Document::default();
        current.couple.a = "Mine".into();
        let incoming = populated();
        let merged = merge(&current, incoming.clone());
        assert_eq!(merged.couple.a, "Mine");
        assert_eq!(merged.boundaries, incoming.boundaries);
        assert_eq!(merged.repair, incoming.repair);
        assert_eq!(merged.assessment.history.len(), 1);
        // Merging the same file again adds no duplicates; ids stay unique.
        let twice = merge(&merged, incoming);
        assert_eq!(twice.assessment.history.len(), 1);
        let with_own = merge(&twice, populated_with_new_run());
        let ids: std::collections::BTreeSet<u64> = with_own.assessment.history.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), with_own.assessment.history.len());
        assert_eq!(with_own.assessment.history.len(), 2);
    }

    fn populated_with_new_run() -> Document {
        let mut document = populated();
        if let Some(run) = document.assessment.history.first_mut() {
            run.date = run.date.plus_days(3);
        }
        document
    }

    mod fuzz {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 600, .. ProptestConfig::default() })]

            #[test]
            fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
                let _ = read(&bytes);
            }

            #[test]
            fn arbitrary_json_never_panics(text in r#"\{"schema_version":[0-9]{1,3}(,"(couple|assessment|boundaries|repair|a|b|history|ticks)":(\{|\[|"|[0-9]|null|true|\}|\]|,|:|"x"){0,40})*\}?"#) {
                let _ = read(text.as_bytes());
            }

            #[test]
            fn names_round_trip_whatever_they_contain(a in ".{0,40}", b in "\\PC{0,40}") {
                let mut document = Document::default();
                document.couple.a = a;
                document.couple.b = b;
                let text = export(&document).map_err(TestCaseError::fail)?;
                let back = read(text.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back.document, document);
            }
        }
    }
}

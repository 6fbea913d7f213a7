//! Export and import of everything Mend keeps, as one JSON file.
//!
//! Import is defensive: files come from anywhere. A file is size-capped before it is parsed,
//! parsed with the same nesting limit as serde_json (`json::value`: deep nesting is refused, not
//! a stack overflow), checked for its schema version and migrated like stored data, and nothing
//! is applied until the user has seen a preview and confirmed.
//!
//! Every list the screens key by id (promises, check-ins, custom steps, custom worksheet topics,
//! finished assessments) leaves here with each id once: later records that share an id are given
//! fresh ones and kept. Where other saved data points at a shared id and so could belong to
//! either record, the file is refused instead of guessed at.
//!
//! Replace takes the file's settings; Merge keeps this device's. [`setting_changes`] lists, in
//! words, what a choice would change, so the preview can say so before anything happens.

use super::assessment::AssessmentState;
use super::date::Day;
use super::document::{Document, Settings};
use super::schema::{self, DecodeError, Decoded};
use super::{lock, quota};
#[cfg(test)]
use crate::domain::flat::FlatSet;
use crate::i18n::yourdata::{f, t, Fmt, Msg};
use std::fmt;

/// Largest file accepted, in bytes: the sealed export of the largest document a browser's
/// storage could hold ([`quota::CAPACITY_UNITS`] characters, each taking three bytes in UTF-8,
/// the most a UTF-16 unit of text can), so that every file Mend exports can be imported again.
/// It was 2 MB, less than the sealed export of the quadruple document of issue #13 (2.1 MB): a
/// backup Mend made and then refused. Anything larger is not Mend's and is never read.
pub const MAX_IMPORT_BYTES: usize = lock::sealed_len(3 * quota::CAPACITY_UNITS as usize);

/// The file name for an export made on `today`.
///
/// Names of downloads stay in the Downloads folder and in the browser's list of downloads, where
/// someone else using the device may look: they say what the file is and when, but never "Mend"
/// or what it is about.
pub fn file_name(today: Day) -> String {
    format!("backup-{today}.json")
}

/// The file name for a copy of stored text that could not be read, downloaded on `today` (see
/// [`file_name`] for why it is neutral).
pub fn unreadable_file_name(today: Day) -> String {
    format!("unreadable-copy-{today}.txt")
}

/// The whole document as an export file. It cannot hold safety answers: no stored type has a
/// place for them (see [`super::assessment::SafetyCheck`]).
pub fn export(document: &Document) -> Result<String, String> {
    schema::encode(document)
}

/// The most records one list of an imported file may hold (promises, check-ins, steps added):
/// more than ten times the longest list of the largest document the bench uses (1,600 promises).
pub const MAX_RECORDS: usize = 20_000;

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
    /// One of its lists holds more records than [`MAX_RECORDS`].
    TooMany {
        /// How many records the longest list holds.
        count: usize,
    },
    /// Made by a newer Mend than this one.
    Newer {
        /// The version in the file.
        version: u32,
    },
    /// Two records share an id and other saved data points at it, so it cannot be told which
    /// record that data belongs to.
    IdsInDoubt {
        /// Which records, in words in the language on screen when the file was read: "checklist
        /// steps you added", "worksheet topics you added".
        what: &'static str,
    },
}

/// In the language on screen (the `yourdata` slice: only Your data imports files).
impl fmt::Display for ImportError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ImportError::TooMany { count } => f(
                Fmt::ImportTooMany,
                &[
                    ("count", &count.to_string()),
                    ("limit", &MAX_RECORDS.to_string()),
                ],
            ),
            ImportError::TooLarge { bytes } => f(
                Fmt::ImportTooLarge,
                &[
                    ("size", &(bytes / 1000).to_string()),
                    ("limit", &(MAX_IMPORT_BYTES / 1000).to_string()),
                ],
            ),
            ImportError::Empty => t(Msg::ImportEmpty).to_owned(),
            ImportError::Unreadable(why) => f(Fmt::ImportCannot, &[("why", &why.to_string())]),
            ImportError::Newer { version } => {
                f(Fmt::ImportNewer, &[("version", &version.to_string())])
            }
            ImportError::IdsInDoubt { what } => f(Fmt::ImportIdsInDoubt, &[("what", what)]),
        };
        out.write_str(&text)
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

impl Import {
    /// Checks a document that came from a file (already decoded or decrypted) and gets it ready
    /// to preview: ids shared by several records are renumbered, and the preview says how many.
    /// Refused when renumbering would mean guessing which record saved data belongs to.
    pub fn new(mut document: Document, from_version: u32) -> Result<Import, ImportError> {
        // Shared ids are found with sorted sets, which a list out of order fills in quadratic
        // time: a file made to hold hundreds of thousands of records kept the page busy for
        // minutes. Years of use come to a few thousand.
        let repair = &document.repair;
        let count = [
            repair.promises().len(),
            repair.check_ins().len(),
            repair.custom_steps().len(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        if count > MAX_RECORDS {
            return Err(ImportError::TooMany { count });
        }
        if let Some(what) = ids_in_doubt(&document) {
            return Err(ImportError::IdsInDoubt { what });
        }
        let renumbered = document.repair_ids();
        let preview = Preview {
            renumbered,
            ..Preview::of(&document)
        };
        Ok(Import {
            document,
            from_version,
            preview,
        })
    }
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
    /// Records that shared an id with another and were given a new one (all are kept).
    pub renumbered: usize,
}

impl Preview {
    /// Counts what `document` holds.
    pub fn of(document: &Document) -> Preview {
        Preview {
            assessments: document.assessment.history.len(),
            assessment_in_progress: document.assessment.in_progress.is_some(),
            // Both counts come from ids and saved words only: a title or step looked up here
            // would put the worksheet's or checklist's whole text table in the parts of the
            // screens that show this preview.
            worksheet_areas: document.boundaries.topics_with_notes(),
            steps_done: document.repair.overall_progress().done as usize,
            promises: document.repair.promises().len(),
            check_ins: document.repair.check_ins().len(),
            renumbered: 0,
        }
    }

    /// One line for people, in the language on screen: "2 finished assessments, 3 worksheet
    /// areas with notes, ...", followed by [`Preview::renumbered_note`] when there is one.
    pub fn describe(&self) -> String {
        let counts = f(
            Fmt::ImportCounts,
            &[
                (
                    "runs",
                    &count(self.assessments, Msg::ImportRunsOne, Fmt::ImportRuns),
                ),
                (
                    "areas",
                    &count(self.worksheet_areas, Msg::ImportAreasOne, Fmt::ImportAreas),
                ),
                (
                    "steps",
                    &count(self.steps_done, Msg::ImportStepsOne, Fmt::ImportSteps),
                ),
                (
                    "promises",
                    &count(self.promises, Msg::ImportPromisesOne, Fmt::ImportPromises),
                ),
                (
                    "checkins",
                    &count(self.check_ins, Msg::ImportCheckInsOne, Fmt::ImportCheckIns),
                ),
            ],
        );
        match self.renumbered_note() {
            Some(note) => f(
                Fmt::ImportCountsNote,
                &[("counts", &counts), ("note", &note)],
            ),
            None => counts,
        }
    }

    /// A sentence saying that records were renumbered, or `None` when none were.
    pub fn renumbered_note(&self) -> Option<String> {
        match self.renumbered {
            0 => None,
            n => Some(count(n, Msg::ImportRenumberedOne, Fmt::ImportRenumbered)),
        }
    }
}

/// `n` of something in the language on screen: `one` when `n` is 1, else `many` with its
/// `{ $count }` (a one/many pair of messages, as English and Spanish need).
fn count(n: usize, one: Msg, many: Fmt) -> String {
    if n == 1 {
        t(one).to_owned()
    } else {
        f(many, &[("count", &n.to_string())])
    }
}

/// Reads a backup file. Nothing is applied here; see [`Import`].
pub fn read(bytes: &[u8]) -> Result<Import, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImportError::Unreadable(DecodeError::NotJson(t(Msg::ImportNotText).into())))?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // As unlocking reads: the same document or the same error as `decode`, without a tree of
    // the whole text, several times its size with years of results.
    match schema::decode_now(text).map_err(ImportError::Unreadable)? {
        Decoded::Current(document) => Import::new(document, schema::CURRENT_VERSION),
        Decoded::Migrated { document, from } => Import::new(document, from),
        Decoded::Newer { version, .. } => Err(ImportError::Newer { version }),
    }
}

/// Which records of `document` share an id that other saved data points at, in words in the
/// language on screen.
fn ids_in_doubt(document: &Document) -> Option<&'static str> {
    if document.repair.step_ids_in_doubt() {
        Some(t(Msg::ImportDoubtSteps))
    } else if document.boundaries.ids_in_doubt() {
        Some(t(Msg::ImportDoubtTopics))
    } else {
        None
    }
}

// Defined here rather than in `document.rs` because renumbering is about data that comes in from
// outside: files and stored text that may have been edited.
impl Document {
    /// Makes every id unique in every list a screen keys by id: promises, check-ins and custom
    /// steps of the repair plan, custom worksheet topics, and finished assessments. The first
    /// record with an id keeps it (with anything saved under it); each later one gets a fresh,
    /// unused id. No record is dropped. Returns how many records got a new id (0: nothing changed).
    ///
    /// Meant for stored data right after decoding, where refusing is no option. Files go through
    /// [`read`] (or [`Import::new`]), which refuses the cases where keeping the first would be a
    /// guess.
    pub fn repair_ids(&mut self) -> usize {
        self.repair.renumber_duplicate_ids()
            + self.boundaries.renumber_duplicate_ids()
            + renumber_runs(&mut self.assessment)
    }
}

/// Gives each finished assessment after the first with an id a fresh one. Nothing saved refers
/// to a run by id, so this is always safe. Runs still unread (stored data, see
/// [`crate::domain::assessment::History`]) are renumbered when they are read, and count 0 here.
fn renumber_runs(assessment: &mut AssessmentState) -> usize {
    let next_id = assessment.next_id;
    let changed = assessment.history.renumber_from(next_id);
    if changed > 0 {
        let top = assessment.history.iter().map(|r| r.id).max().unwrap_or(0);
        assessment.next_id = next_id.max(top.saturating_add(1));
    }
    changed
}

/// How an import is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Apply {
    /// Keep what is here and add the file's (see [`merge`]). This device's settings stay.
    Merge,
    /// Swap everything here for the file, settings included.
    Replace,
}

/// The document after applying `import` to `current` the chosen way.
pub fn apply(current: &Document, import: Import, how: Apply) -> Document {
    match how {
        Apply::Merge => merge(current, import.document),
        Apply::Replace => {
            let mut document = import.document;
            // Already done by `read`; repeated for an `Import` built by hand.
            document.repair_ids();
            document
        }
    }
}

/// Every change to this device's settings that applying `import` the chosen way would make, one
/// line each in words in the language on screen, naming each setting as Your data does ("Delete everything when I use "Exit this page": would turn on"). Empty
/// when nothing would change; always empty for [`Apply::Merge`], which keeps this device's
/// settings.
///
/// `current` must describe this device as it behaves now. The delete-on-exit choice is also
/// kept outside the document (so the exit knows it before the data is read): pass
/// `wipe_on_quick_exit` as that flag OR the document's value, not the document's alone.
///
/// `asked_to_persist` is not listed: it only records that this browser was asked to keep Mend's
/// data, and nothing anyone sees depends on it.
pub fn setting_changes(current: &Settings, import: &Import, how: Apply) -> Vec<String> {
    if how == Apply::Merge {
        return Vec::new();
    }
    let incoming = &import.document.settings;
    let mut changes = Vec::new();
    let wipe = [("setting", t(Msg::ImportWipeLabel))];
    match (current.wipe_on_quick_exit, incoming.wipe_on_quick_exit) {
        (false, true) => changes.push(f(Fmt::SettingTurnsOn, &wipe)),
        (true, false) => changes.push(f(Fmt::SettingTurnsOff, &wipe)),
        _ => {}
    }
    // Zero minutes means never, as on the screen.
    let minutes = |s: &Settings| s.auto_lock_minutes.filter(|m| *m > 0);
    let span = |m: u32| {
        if m == 1 {
            t(Msg::ImportMinuteOne).to_owned()
        } else {
            f(Fmt::AutoLockMinutes, &[("minutes", &m.to_string())])
        }
    };
    match (minutes(current), minutes(incoming)) {
        (None, Some(m)) => changes.push(f(Fmt::AutoLockTurnsOn, &[("span", &span(m))])),
        (Some(m), None) => changes.push(f(Fmt::AutoLockTurnsOff, &[("span", &span(m))])),
        (Some(old), Some(new)) if old != new => changes.push(f(
            Fmt::AutoLockChanges,
            &[("old", &span(old)), ("new", &span(new))],
        )),
        _ => {}
    }
    changes
}

/// Combines an imported document with the current one without losing either side:
/// finished assessments from both are kept (the file's get new ids); the worksheet, the
/// checklist, the names and a part-done assessment come from the file only where this browser
/// has none of its own. This device's settings are kept. The result has each id once in every
/// keyed list (see [`Document::repair_ids`]), whatever either side held.
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
    let mut next = merged
        .assessment
        .history
        .iter()
        .map(|r| r.id.saturating_add(1))
        .max()
        .unwrap_or(0)
        .max(merged.assessment.next_id);
    for mut run in incoming.assessment.history.into_inner() {
        let duplicate = merged
            .assessment
            .history
            .iter()
            .any(|r| r.date == run.date && r.result == run.result);
        if !duplicate {
            run.id = next;
            next = next.saturating_add(1);
            merged.assessment.history.push(run);
        }
    }
    merged
        .assessment
        .history
        .sort_unstable_by_key(|r| (r.date, r.id));
    merged.assessment.next_id = next;
    merged.repair_ids();
    merged
}

#[cfg(test)]
mod tests {
    #[test]
    fn download_names_are_neutral() {
        let day = Day::parse("2026-11-30").expect("a date");
        for name in [
            file_name(day),
            unreadable_file_name(day),
            super::super::packet::file_name(day),
        ] {
            let lower = name.to_lowercase();
            for giveaway in [
                "mend",
                "trust",
                "couple",
                "repair",
                "partner",
                "relationship",
            ] {
                assert!(!lower.contains(giveaway), "{name} says {giveaway}");
            }
            assert!(name.contains("2026-11-30"), "{name} has the date");
        }
    }

    use super::*;

    fn populated() -> Document {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v2-populated.json"
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        // A frozen v2 fixture: it loads through the migration to the current version.
        match schema::decode(&text) {
            Ok(Decoded::Current(document) | Decoded::Migrated { document, .. }) => document,
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

    /// The counts as they were computed before they became text-free: through the resolved
    /// topics and steps, which look titles and step texts up.
    fn counts_through_text(document: &Document) -> (usize, u32, u32) {
        use crate::domain::repair::PHASES;
        let areas = document
            .boundaries
            .view()
            .iter()
            .filter(|c| c.entry.filled() > 0)
            .count();
        let (mut done, mut total) = (0, 0);
        for phase in PHASES {
            let steps = document.repair.visible_steps(phase.id);
            done += steps.iter().filter(|s| s.tick.is_some()).count() as u32;
            total += steps.len() as u32;
        }
        (areas, done, total)
    }

    #[test]
    fn the_preview_counts_without_text_the_same_as_through_it() {
        use crate::domain::boundaries::{Field, Side};
        let mut documents: Vec<(String, Document)> = Vec::new();
        for name in [
            "v1-minimal.json",
            "v1-names.json",
            "v2-bank1-answers.json",
            "v2-duplicate-promise-ids.json",
            "v2-populated.json",
            "v2-safety-in-progress.json",
        ] {
            let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).expect("fixture");
            match schema::decode(&text) {
                Ok(Decoded::Current(document) | Decoded::Migrated { document, .. }) => {
                    documents.push((name.to_owned(), document))
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        // Built here: hidden topics and steps with words and ticks, custom ones, a shared id.
        let day = Day::parse("2026-11-02").expect("a date");
        let mut built = populated();
        let ws = &mut built.boundaries;
        ws.set_field("money", Side::A, Field::Need, "x")
            .expect("fits");
        ws.set_field("conflict", Side::Shared, Field::Agreement, "y")
            .expect("fits");
        ws.hide("conflict").expect("known");
        let pets = ws.add_custom("Pets").expect("valid");
        ws.set_field(&pets, Side::B, Field::IfCrossed, "z")
            .expect("fits");
        ws.add_custom("Empty").expect("valid");
        let plan = &mut built.repair;
        let mine = plan
            .add_custom_step("acknowledge", "Mine", crate::domain::repair::Doer::Both)
            .expect("valid");
        plan.tick(&mine, day, "").expect("known");
        let first = plan.visible_steps("acknowledge")[0].id.clone();
        plan.tick(&first, day, "").expect("known");
        plan.hide(&first).expect("known");
        documents.push(("built".to_owned(), built));
        documents.push(("empty".to_owned(), Document::default()));
        for (name, document) in &documents {
            let (areas, done, total) = counts_through_text(document);
            let preview = Preview::of(document);
            assert_eq!(preview.worksheet_areas, areas, "{name}");
            assert_eq!(preview.steps_done, done as usize, "{name}");
            let progress = document.repair.overall_progress();
            assert_eq!((progress.done, progress.total), (done, total), "{name}");
        }
        let (_, built) = documents.iter().find(|(n, _)| n == "built").expect("built");
        let (areas, done, _) = counts_through_text(built);
        // Something counted, so the comparison above means something.
        assert!(areas >= 3 && done >= 1, "{areas} {done}");
    }

    /// Runs `check` with the Spanish table of the yourdata slice installed on this test's
    /// thread, then goes back to English.
    fn in_spanish<T>(check: impl FnOnce() -> T) -> T {
        use crate::i18n::{banners, with_language, yourdata, Lang};
        // The refusals quote the stored data's errors, whose text is in the banners slice.
        with_language(Lang::Es, &[&yourdata::ES, &banners::ES], check)
    }

    #[test]
    fn the_preview_and_refusals_follow_the_language_on_screen() {
        let preview = Preview {
            assessments: 1,
            worksheet_areas: 3,
            steps_done: 0,
            promises: 2,
            check_ins: 1,
            renumbered: 2,
            ..Preview::default()
        };
        let english = preview.describe();
        assert_eq!(
            english,
            "1 finished assessment, 3 worksheet areas with notes, 0 repair steps done, 2 promises, 1 check-in. 2 entries in this file were numbered the same as others, so Mend gave them numbers of their own. All of them are kept."
        );
        let spanish = in_spanish(|| preview.describe());
        assert_eq!(
            spanish,
            "1 autoevaluación terminada, 3 temas de la hoja de límites con notas, 0 pasos de reparación hechos, 2 promesas, 1 conversación periódica. 2 entradas de este archivo tenían el mismo número que otras, así que Mend les dio números propios. Se conservan todas."
        );
        let one = Preview {
            renumbered: 1,
            ..Preview::default()
        };
        assert!(in_spanish(|| one.renumbered_note())
            .is_some_and(|n| n.starts_with("Una entrada de este archivo")));
        // Refusals, read while Spanish is on screen.
        let refused = |bytes: &[u8]| in_spanish(|| read(bytes).err().map(|e| e.to_string()));
        let empty = refused(b"").unwrap_or_default();
        assert_eq!(empty, "Este archivo está vacío. No se cambió nada.");
        let newer = refused(br#"{"schema_version":12}"#).unwrap_or_default();
        assert!(newer.contains("(formato 12)"), "{newer}");
        let not_text = refused(&[0xff, 0xfe, 0x00]).unwrap_or_default();
        assert!(
            not_text.starts_with("Este archivo no se puede importar:"),
            "{not_text}"
        );
        let large = in_spanish(|| ImportError::TooLarge { bytes: 35_000_000 }.to_string());
        assert!(
            large.contains("(35000 KB; el límite es de 20971 KB)"),
            "{large}"
        );
        // The same errors stay English once English is back.
        assert_eq!(
            ImportError::Empty.to_string(),
            "This file is empty. Nothing was changed."
        );
    }

    #[test]
    fn every_export_a_full_storage_could_make_is_within_the_import_limit() {
        // The most bytes a stored document can take: as many UTF-16 units as a browser gives a
        // site, nearly all of them characters of three bytes in UTF-8.
        let units = quota::CAPACITY_UNITS as usize;
        let mut document = Document::default();
        let rest = export(&document)
            .map(|t| t.encode_utf16().count())
            .unwrap_or(units);
        document.couple.a = "€".repeat(units - rest);
        let Ok(text) = export(&document) else {
            panic!("exports");
        };
        assert_eq!(text.encode_utf16().count(), units);
        assert!(text.len() > 2 * units && text.len() <= MAX_IMPORT_BYTES);
        let sealed = lock::Envelope::seal(
            lock::ITERATIONS,
            &[1; lock::SALT_BYTES],
            &[2; lock::IV_BYTES],
            &vec![0; text.len() + lock::TAG_BYTES],
        )
        .to_text();
        assert!(
            sealed.len() <= MAX_IMPORT_BYTES,
            "the sealed export takes {} bytes, the limit is {MAX_IMPORT_BYTES}",
            sealed.len()
        );
        // And the plain one reads back.
        assert_eq!(
            read(text.as_bytes()).map(|i| i.document.couple.a.len()),
            Ok(document.couple.a.len())
        );
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
        let huge_string = format!(
            "{{\"schema_version\":2,\"couple\":{{\"a\":\"{}\"}}}}",
            "x".repeat(MAX_IMPORT_BYTES)
        );
        type Check = fn(&ImportError) -> bool;
        let cases: Vec<(Vec<u8>, Check)> = vec![
            (b"".to_vec(), |e| matches!(e, ImportError::Empty)),
            (b"   \n".to_vec(), |e| matches!(e, ImportError::Empty)),
            (b"hello".to_vec(), |e| {
                matches!(e, ImportError::Unreadable(DecodeError::NotJson(_)))
            }),
            (vec![0xff, 0xfe, 0x00], |e| {
                matches!(e, ImportError::Unreadable(_))
            }),
            (br#"{"schema_version":2,"couple":{"a":"x""#.to_vec(), |e| {
                matches!(e, ImportError::Unreadable(DecodeError::NotJson(_)))
            }),
            (br#"{"name":"some other app"}"#.to_vec(), |e| {
                matches!(e, ImportError::Unreadable(DecodeError::NoVersion))
            }),
            (
                br#"{"schema_version":2,"repair":{"check_ins":"lots"}}"#.to_vec(),
                |e| matches!(e, ImportError::Unreadable(DecodeError::Invalid { .. })),
            ),
            (br#"{"schema_version":2,"couple":{"a":5}}"#.to_vec(), |e| {
                matches!(e, ImportError::Unreadable(DecodeError::Invalid { .. }))
            }),
            (br#"{"schema_version":12}"#.to_vec(), |e| {
                matches!(e, ImportError::Newer { version: 12 })
            }),
            (nested.into_bytes(), |e| {
                matches!(e, ImportError::Unreadable(_))
            }),
            (huge_string.into_bytes(), |e| {
                matches!(e, ImportError::TooLarge { .. })
            }),
        ];
        for (bytes, expected) in cases {
            let result = read(&bytes);
            match &result {
                Err(error) => {
                    assert!(
                        expected(error),
                        "{:?} gave {error:?}",
                        String::from_utf8_lossy(&bytes[..bytes.len().min(60)])
                    );
                    assert!(error.to_string().contains("Nothing was changed"));
                }
                Ok(_) => panic!(
                    "{:?} was accepted",
                    String::from_utf8_lossy(&bytes[..bytes.len().min(60)])
                ),
            }
        }
    }

    #[test]
    fn markup_in_text_is_kept_as_plain_text() {
        let import = read(br#"{"schema_version":2,"couple":{"a":"<img src=x onerror=alert(1)>"}}"#)
            .expect("imports");
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
        let ids: crate::domain::flat::FlatSet<u64> =
            with_own.assessment.history.iter().map(|r| r.id).collect();
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

#[cfg(test)]
mod id_tests {
    use super::*;
    use crate::domain::{boundaries, repair};
    use serde_json::{json, Value};

    /// One finished run as JSON, from the frozen fixture, with the given id and day offset.
    fn run(id: u64, day: i64) -> Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v2-populated.json"
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        let fixture: Value = serde_json::from_str(&text).expect("fixture is JSON");
        let mut run = fixture["assessment"]["history"][0].clone();
        run["id"] = json!(id);
        run["date"] = json!(Day::new(2026, 1, 1).map(|d| d.plus_days(day).to_string()));
        run
    }

    fn promise(id: u32, text: &str) -> Value {
        json!({"id": id, "text": text, "made_on": "2026-11-01", "due": "2026-11-08"})
    }

    fn check_in(id: u32, note: &str) -> Value {
        let rating = json!({"trust": 5, "closeness": 5});
        json!({"id": id, "check_in": {"date": "2026-11-08", "a": rating, "b": rating, "went_well": note}})
    }

    fn step(id: &str, text: &str) -> Value {
        json!({"id": id, "phase": "acknowledge", "text": text, "who": "both"})
    }

    fn topic(id: &str, title: &str) -> Value {
        json!({"id": id, "title": title})
    }

    fn tick() -> Value {
        json!({"done_on": "2026-11-02", "note": "done"})
    }

    fn words() -> Value {
        json!({"a": {"need": "Some words"}})
    }

    fn file(document: &Value) -> Vec<u8> {
        let mut document = document.clone();
        document["schema_version"] = json!(schema::CURRENT_VERSION);
        document.to_string().into_bytes()
    }

    /// The stored form, without any repair.
    fn stored(document: &Value) -> Document {
        let text = String::from_utf8(file(document)).expect("text");
        match schema::decode(&text) {
            Ok(Decoded::Current(document)) => document,
            other => panic!("{other:?}"),
        }
    }

    /// Each keyed list of a document, as (name, ids, records without their ids).
    pub(super) fn keyed_lists(
        document: &Document,
    ) -> Vec<(&'static str, Vec<String>, Vec<String>)> {
        let value = serde_json::to_value(document).expect("serialises");
        let lists = [
            ("promises", &value["repair"]["promises"]),
            ("check-ins", &value["repair"]["check_ins"]),
            ("custom steps", &value["repair"]["custom_steps"]),
            ("custom topics", &value["boundaries"]["custom"]),
            ("assessments", &value["assessment"]["history"]),
        ];
        lists
            .into_iter()
            .map(|(name, list)| {
                let items = list.as_array().cloned().unwrap_or_default();
                let ids = items.iter().map(|item| item["id"].to_string()).collect();
                let mut records: Vec<String> = items
                    .into_iter()
                    .map(|mut item| {
                        if let Some(fields) = item.as_object_mut() {
                            fields.remove("id");
                        }
                        item.to_string()
                    })
                    .collect();
                records.sort();
                (name, ids, records)
            })
            .collect()
    }

    /// Fails when a keyed list holds an id twice, or a custom id is also a built-in one.
    pub(super) fn assert_unique(document: &Document) {
        for (name, ids, _) in keyed_lists(document) {
            let distinct: FlatSet<&String> = ids.iter().collect();
            assert_eq!(distinct.len(), ids.len(), "{name}: {ids:?}");
        }
        for s in document.repair.custom_steps() {
            assert!(
                repair::step(&s.id).is_none(),
                "custom step with a built-in id {}",
                s.id
            );
        }
        let visible = document.boundaries.view().len() + document.boundaries.hidden().len();
        assert_eq!(
            visible,
            boundaries::BUILTIN_TOPICS.len() + custom_topics(document),
            "every topic can be shown"
        );
    }

    fn custom_topics(document: &Document) -> usize {
        keyed_lists(document)
            .iter()
            .find(|(name, ..)| *name == "custom topics")
            .map_or(0, |(_, ids, _)| ids.len())
    }

    fn records(document: &Document) -> Vec<Vec<String>> {
        keyed_lists(document)
            .into_iter()
            .map(|(_, _, records)| records)
            .collect()
    }

    #[test]
    fn a_file_with_more_records_in_a_list_than_mend_keeps_is_refused_before_its_ids_are_read() {
        let promises = |n: u32| -> Vec<Value> { (0..n).rev().map(|id| promise(id, "p")).collect() };
        let file =
            |n: u32| json!({"schema_version": 3, "repair": {"promises": promises(n)}}).to_string();
        let most = u32::try_from(MAX_RECORDS).expect("fits");
        assert!(read(file(most).as_bytes()).is_ok());
        let refused = read(file(most + 1).as_bytes()).expect_err("refused");
        assert_eq!(
            refused,
            ImportError::TooMany {
                count: MAX_RECORDS + 1
            }
        );
        assert!(refused.to_string().contains("20001"), "{refused}");
    }

    #[test]
    fn every_keyed_list_is_renumbered_and_keeps_every_record() {
        type Check = fn(&Document);
        let cases: Vec<(&str, Value, usize, Check)> = vec![
            (
                "two promises share an id",
                json!({"repair": {"promises": [promise(1, "First"), promise(1, "Second")], "next_promise": 1}}),
                1,
                |d| {
                    let ids: Vec<(u32, &str)> = d
                        .repair
                        .promises()
                        .iter()
                        .map(|p| (p.id, p.text.as_str()))
                        .collect();
                    assert_eq!(ids, vec![(1, "First"), (2, "Second")]);
                },
            ),
            (
                "three promises share an id, counter ahead",
                json!({"repair": {"promises": [promise(5, "a"), promise(5, "b"), promise(5, "c")], "next_promise": 9}}),
                2,
                |d| {
                    let ids: Vec<u32> = d.repair.promises().iter().map(|p| p.id).collect();
                    assert_eq!(ids, vec![5, 10, 11]);
                },
            ),
            (
                "promises at the top of the range",
                json!({"repair": {"promises": [promise(u32::MAX, "a"), promise(u32::MAX, "b")], "next_promise": u32::MAX}}),
                1,
                |d| {
                    let ids: Vec<u32> = d.repair.promises().iter().map(|p| p.id).collect();
                    assert_eq!(ids, vec![u32::MAX, 1]);
                },
            ),
            (
                "two check-ins share an id",
                json!({"repair": {"check_ins": [check_in(1, "a"), check_in(1, "b")]}}),
                1,
                |d| {
                    let ids: Vec<u32> = d.repair.check_ins().iter().map(|c| c.id).collect();
                    assert_eq!(ids, vec![1, 2]);
                    assert_eq!(d.repair.trend().len(), 2);
                },
            ),
            (
                "two custom steps share an id",
                json!({"repair": {"custom_steps": [step("custom-1", "Walk"), step("custom-1", "Talk")], "next_step": 1}}),
                1,
                |d| {
                    let shown: Vec<String> = d
                        .repair
                        .steps("acknowledge")
                        .into_iter()
                        .filter(|s| s.custom)
                        .map(|s| format!("{} {}", s.id, s.text))
                        .collect();
                    assert_eq!(shown, vec!["custom-1 Walk", "custom-2 Talk"]);
                },
            ),
            (
                "a custom step has a built-in step's id, which is ticked",
                json!({"repair": {"custom_steps": [step("ack-say-it", "Mine")], "ticks": {"ack-say-it": tick()}}}),
                1,
                |d| {
                    let steps = d.repair.steps("acknowledge");
                    assert!(
                        steps
                            .iter()
                            .any(|s| s.id == "ack-say-it" && !s.custom && s.tick.is_some()),
                        "the built-in step keeps its tick"
                    );
                    assert!(
                        steps
                            .iter()
                            .any(|s| s.custom && s.text == "Mine" && s.tick.is_none()),
                        "the custom step is shown, unticked"
                    );
                },
            ),
            (
                "a duplicate custom step skips ids that ticks still name",
                json!({"repair": {"custom_steps": [step("custom-1", "a"), step("custom-1", "b")], "ticks": {"custom-2": tick()}}}),
                1,
                |d| {
                    let ids: Vec<&str> = d
                        .repair
                        .custom_steps()
                        .iter()
                        .map(|s| s.id.as_str())
                        .collect();
                    assert_eq!(ids, vec!["custom-1", "custom-3"]);
                },
            ),
            (
                "two custom topics share an id",
                json!({"boundaries": {"custom": [topic("custom-1", "Holidays"), topic("custom-1", "Work")], "next_custom": 1}}),
                1,
                |d| {
                    let titles: Vec<String> = d
                        .boundaries
                        .view()
                        .into_iter()
                        .filter(|c| !c.built_in)
                        .map(|c| format!("{} {}", c.id, c.title))
                        .collect();
                    assert_eq!(titles, vec!["custom-1 Holidays", "custom-2 Work"]);
                },
            ),
            (
                "duplicate custom topics with an empty entry",
                json!({"boundaries": {"custom": [topic("custom-1", "a"), topic("custom-1", "b")], "entries": {"custom-1": {}}}}),
                1,
                |_| {},
            ),
            (
                "a custom topic has a built-in topic's id",
                json!({"boundaries": {"custom": [topic("money", "Mine")], "entries": {"money": words()}}}),
                1,
                |d| {
                    assert_eq!(
                        d.boundaries
                            .field("money", boundaries::Side::A, boundaries::Field::Need),
                        Some("Some words")
                    );
                    assert!(d
                        .boundaries
                        .view()
                        .iter()
                        .any(|c| !c.built_in && c.title == "Mine"));
                },
            ),
            (
                "two finished assessments share an id",
                json!({"assessment": {"history": [run(3, 0), run(3, 1)], "next_id": 0}}),
                1,
                |d| {
                    let ids: Vec<u64> = d.assessment.history.iter().map(|r| r.id).collect();
                    assert_eq!(ids, vec![3, 4]);
                    assert_eq!(d.assessment.next_id, 5);
                },
            ),
            (
                "assessments at the top of the range",
                json!({"assessment": {"history": [run(u64::MAX, 0), run(u64::MAX, 1)]}}),
                1,
                |d| {
                    let ids: Vec<u64> = d.assessment.history.iter().map(|r| r.id).collect();
                    assert_eq!(ids, vec![u64::MAX, 0]);
                },
            ),
            (
                "nothing shared",
                json!({"repair": {"promises": [promise(1, "a"), promise(2, "b")]}}),
                0,
                |_| {},
            ),
        ];
        for (name, document, renumbered, check) in cases {
            let import = read(&file(&document)).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(import.preview.renumbered, renumbered, "{name}");
            assert_unique(&import.document);
            assert_eq!(
                records(&import.document),
                records(&stored(&document)),
                "{name}: every record is kept"
            );
            check(&import.document);
            // Stored data gets the same repair.
            let mut from_storage = stored(&document);
            assert_eq!(from_storage.repair_ids(), renumbered, "{name}");
            assert_eq!(from_storage, import.document, "{name}");
            assert_eq!(
                from_storage.repair_ids(),
                0,
                "{name}: a second pass changes nothing"
            );
        }
    }

    #[test]
    fn the_frozen_file_with_two_promises_under_one_id_imports_both() {
        // The file the end-to-end test imports (tests/e2e/import_ids.test.mjs).
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/v2-duplicate-promise-ids.json"
        );
        let text = std::fs::read(path).expect("fixture");
        let import = read(&text).expect("imports");
        assert_eq!(import.preview.renumbered, 1);
        let promises: Vec<(u32, &str)> = import
            .document
            .repair
            .promises()
            .iter()
            .map(|p| (p.id, p.text.as_str()))
            .collect();
        assert_eq!(
            promises,
            vec![
                (1, "Text when I am running late"),
                (2, "Put my phone away at dinner")
            ]
        );
        assert!(setting_changes(&Settings::default(), &import, Apply::Replace).is_empty());
    }

    #[test]
    fn new_records_after_a_repair_get_unused_ids() {
        let document = json!({
            "repair": {"promises": [promise(1, "a"), promise(1, "b")], "check_ins": [check_in(2, "a"), check_in(2, "b")],
                       "custom_steps": [step("custom-1", "a"), step("custom-1", "b")]},
            "boundaries": {"custom": [topic("custom-4", "a"), topic("custom-4", "b")]},
        });
        let mut d = read(&file(&document)).expect("imports").document;
        let today = Day::EPOCH;
        d.repair.add_promise("c", today, today).expect("adds");
        d.repair
            .add_check_in(
                stored(&json!({"repair": {"check_ins": [check_in(1, "x")]}}))
                    .repair
                    .check_ins()[0]
                    .check_in
                    .clone(),
            )
            .expect("adds");
        d.repair
            .add_custom_step("acknowledge", "c", repair::Doer::Both)
            .expect("adds");
        d.boundaries.add_custom("c").expect("adds");
        assert_unique(&d);
    }

    #[test]
    fn shared_ids_that_saved_data_points_at_are_refused() {
        let cases = [
            (
                "a ticked custom step",
                json!({"repair": {"custom_steps": [step("custom-1", "a"), step("custom-1", "b")], "ticks": {"custom-1": tick()}}}),
                "checklist steps you added",
            ),
            (
                "a hidden custom step",
                json!({"repair": {"custom_steps": [step("custom-1", "a"), step("custom-1", "b")], "hidden": ["custom-1"]}}),
                "checklist steps you added",
            ),
            (
                "a custom topic with words",
                json!({"boundaries": {"custom": [topic("custom-1", "a"), topic("custom-1", "b")], "entries": {"custom-1": words()}}}),
                "worksheet topics you added",
            ),
            (
                "a hidden custom topic",
                json!({"boundaries": {"custom": [topic("custom-1", "a"), topic("custom-1", "b")], "entries": {"custom-1": {"hidden": true}}}}),
                "worksheet topics you added",
            ),
        ];
        for (name, document, what) in cases {
            let error = read(&file(&document)).err();
            assert_eq!(error, Some(ImportError::IdsInDoubt { what }), "{name}");
            let message = error.map(|e| e.to_string()).unwrap_or_default();
            assert!(
                message.contains(what) && message.ends_with("Nothing was changed."),
                "{message}"
            );
            // Stored data cannot be refused: the first record keeps what points at the id.
            let mut from_storage = stored(&document);
            let before = records(&from_storage);
            assert_eq!(from_storage.repair_ids(), 1, "{name}");
            assert_unique(&from_storage);
            assert_eq!(records(&from_storage), before, "{name}");
            // The same file through the other door (a decrypted backup) is refused too.
            assert_eq!(
                Import::new(stored(&document), 2).err(),
                Some(ImportError::IdsInDoubt { what }),
                "{name}"
            );
        }
    }

    #[test]
    fn the_preview_says_when_records_were_renumbered() {
        let document = json!({
            "repair": {"promises": [promise(1, "a"), promise(1, "b")], "check_ins": [check_in(1, "a"), check_in(1, "b")]},
        });
        let import = read(&file(&document)).expect("imports");
        assert_eq!(import.preview.renumbered, 2);
        assert_eq!(import.preview.promises, 2);
        let text = import.preview.describe();
        assert!(text.starts_with("0 finished assessments,"), "{text}");
        assert!(
            text.contains("2 entries in this file were numbered the same as others"),
            "{text}"
        );
        assert!(text.contains("All of them are kept."), "{text}");
        let one = Preview {
            renumbered: 1,
            ..Preview::default()
        };
        assert!(one
            .describe()
            .contains("One entry in this file was numbered the same as another"));
        assert_eq!(Preview::default().renumbered_note(), None);
        assert!(!Preview::default().describe().contains("numbered"));
    }

    #[test]
    fn merging_mends_ids_on_either_side() {
        // Stored data on this device with shared ids, and a file with its own.
        let here = stored(&json!({
            "repair": {"promises": [promise(1, "Mine"), promise(1, "Also mine")]},
            "assessment": {"history": [run(0, 0), run(0, 1)], "next_id": 1},
        }));
        let file_doc = json!({"assessment": {"history": [run(0, 2), run(0, 3)]}, "boundaries": {"custom": [topic("custom-1", "a"), topic("custom-1", "b")]}});
        let import = read(&file(&file_doc)).expect("imports");
        let merged = merge(&here, import.document.clone());
        assert_unique(&merged);
        assert_eq!(merged.repair.promises().len(), 2);
        assert_eq!(merged.assessment.history.len(), 4);
        assert_eq!(custom_topics(&merged), 2);
        let replaced = apply(&here, import, Apply::Replace);
        assert_unique(&replaced);
    }

    #[test]
    fn an_import_built_by_hand_is_mended_when_applied() {
        let document = stored(&json!({"repair": {"promises": [promise(1, "a"), promise(1, "b")]}}));
        let import = Import {
            preview: Preview::of(&document),
            document,
            from_version: 2,
        };
        for how in [Apply::Merge, Apply::Replace] {
            let applied = apply(&Document::default(), import.clone(), how);
            assert_unique(&applied);
            assert_eq!(applied.repair.promises().len(), 2);
        }
    }
}

#[cfg(test)]
mod settings_tests {
    use super::*;

    fn settings(wipe: bool, minutes: Option<u32>) -> Settings {
        Settings {
            wipe_on_quick_exit: wipe,
            asked_to_persist: false,
            auto_lock_minutes: minutes,
            me: None,
        }
    }

    fn import_with(settings: Settings) -> Import {
        let document = Document {
            settings,
            ..Document::default()
        };
        Import {
            preview: Preview::of(&document),
            document,
            from_version: schema::CURRENT_VERSION,
        }
    }

    #[test]
    fn replace_lists_each_setting_it_would_change() {
        let wipe_on = "Delete everything when I use \"Exit this page\": would turn on";
        let wipe_off = "Delete everything when I use \"Exit this page\": would turn off";
        let cases: Vec<(Settings, Settings, Vec<&str>)> = vec![
            (settings(false, None), settings(false, None), vec![]),
            (settings(true, Some(15)), settings(true, Some(15)), vec![]),
            (settings(false, None), settings(true, None), vec![wipe_on]),
            (settings(true, None), settings(false, None), vec![wipe_off]),
            (settings(false, None), settings(false, Some(15)), vec!["Lock by itself when Mend is not used for 15 minutes: would turn on"]),
            (settings(false, Some(1)), settings(false, None), vec!["Lock by itself when Mend is not used for 1 minute: would turn off"]),
            (settings(false, Some(5)), settings(false, Some(60)), vec!["Lock by itself when Mend is not used: would change from 5 minutes to 60 minutes"]),
            // Zero minutes is "Never", as on the screen.
            (settings(false, Some(0)), settings(false, None), vec![]),
            (settings(false, None), settings(false, Some(0)), vec![]),
            (settings(false, Some(30)), settings(true, None), vec![wipe_on, "Lock by itself when Mend is not used for 30 minutes: would turn off"]),
        ];
        for (current, incoming, expected) in cases {
            let import = import_with(incoming.clone());
            assert_eq!(
                setting_changes(&current, &import, Apply::Replace),
                expected,
                "{current:?} -> {incoming:?}"
            );
            assert!(
                setting_changes(&current, &import, Apply::Merge).is_empty(),
                "merge keeps this device's settings"
            );
        }
    }

    #[test]
    fn setting_changes_follow_the_language_on_screen() {
        use crate::i18n::{with_language, yourdata, Lang};
        let import = import_with(settings(true, Some(1)));
        let spanish = with_language(Lang::Es, &[&yourdata::ES], || {
            setting_changes(&settings(false, Some(30)), &import, Apply::Replace)
        });
        assert_eq!(
            spanish,
            vec![
                "Borrarlo todo cuando use «Salir de esta página»: se activaría",
                "Bloquear automáticamente si Mend no se usa: pasaría de 30 minutos a 1 minuto",
            ]
        );
    }

    #[test]
    fn the_quick_exit_choice_is_named_as_on_the_screen_in_every_language() {
        use crate::i18n::{yourdata, Lang, Msg as Shell};
        for lang in Lang::ALL {
            let (shell, table) = match lang {
                Lang::En => (&crate::i18n::EN, &yourdata::EN),
                Lang::Es => (&crate::i18n::ES, &yourdata::ES),
            };
            let on_screen = table.format(
                yourdata::Fmt::WipeOnExit as usize,
                &[("exit", shell.text(Shell::QuickExitButton))],
            );
            let written_out = table.text(yourdata::Msg::ImportWipeLabel as usize);
            assert_eq!(written_out, on_screen, "{lang:?}");
        }
    }

    #[test]
    fn asking_the_browser_to_keep_data_is_not_listed() {
        let mut incoming = settings(false, None);
        incoming.asked_to_persist = true;
        assert!(setting_changes(
            &settings(false, None),
            &import_with(incoming),
            Apply::Replace
        )
        .is_empty());
    }

    #[test]
    fn merge_keeps_this_devices_settings_and_replace_takes_the_files() {
        let here = settings(true, Some(15));
        let there = Settings {
            wipe_on_quick_exit: false,
            asked_to_persist: true,
            auto_lock_minutes: None,
            me: None,
        };
        let mut current = Document {
            settings: here.clone(),
            ..Document::default()
        };
        current.couple.a = "Here".into();
        let import = import_with(there.clone());
        assert_eq!(merge(&current, import.document.clone()).settings, here);
        assert_eq!(apply(&current, import.clone(), Apply::Merge).settings, here);
        assert_eq!(
            apply(&current, import.clone(), Apply::Replace).settings,
            there
        );
        // What Replace lists is exactly what it changes.
        let listed = setting_changes(&here, &import, Apply::Replace);
        assert_eq!(listed.len(), 2, "{listed:?}");
        // The settings survive the file round trip.
        let text = export(&import.document).expect("exports");
        assert_eq!(
            read(text.as_bytes()).expect("imports").document.settings,
            there
        );
    }
}

#[cfg(test)]
mod id_fuzz {
    use super::id_tests::{assert_unique, keyed_lists};
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// A small pool of ids, so that most documents share some; counters near the edges.
    fn counter() -> impl Strategy<Value = u32> {
        prop_oneof![0u32..6, Just(u32::MAX), Just(u32::MAX - 1)]
    }

    fn text_id() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("custom-1".to_owned()),
            Just("custom-2".to_owned()),
            Just("custom-3".to_owned()),
            Just("ack-say-it".to_owned()),
            Just("money".to_owned()),
            Just("x".to_owned()),
        ]
    }

    prop_compose! {
        fn document()(
            promises in proptest::collection::vec(prop_oneof![0u32..4, Just(u32::MAX)], 0..6),
            check_ins in proptest::collection::vec(0u32..4, 0..6),
            steps in proptest::collection::vec(text_id(), 0..5),
            topics in proptest::collection::vec(text_id(), 0..5),
            runs in proptest::collection::vec(prop_oneof![0u64..3, Just(u64::MAX)], 0..4),
            ticked in proptest::collection::vec(text_id(), 0..2),
            written in proptest::collection::vec(text_id(), 0..2),
            counters in (counter(), counter(), counter(), counter(), prop_oneof![0u64..4, Just(u64::MAX)]),
        ) -> Value {
            let rating = json!({"trust": 5, "closeness": 5});
            let run = {
                let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v2-populated.json");
                let fixture: Value = std::fs::read_to_string(path).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
                fixture["assessment"]["history"][0].clone()
            };
            json!({
                "schema_version": schema::CURRENT_VERSION,
                "repair": {
                    "promises": promises.iter().enumerate().map(|(i, id)| json!({"id": id, "text": format!("promise {i}"), "made_on": "2026-11-01", "due": "2026-11-08"})).collect::<Vec<_>>(),
                    "check_ins": check_ins.iter().enumerate().map(|(i, id)| json!({"id": id, "check_in": {"date": "2026-11-08", "a": rating, "b": rating, "went_well": format!("check-in {i}")}})).collect::<Vec<_>>(),
                    "custom_steps": steps.iter().enumerate().map(|(i, id)| json!({"id": id, "phase": "acknowledge", "text": format!("step {i}"), "who": "both"})).collect::<Vec<_>>(),
                    "ticks": ticked.iter().map(|id| (id.clone(), json!({"done_on": "2026-11-02"}))).collect::<serde_json::Map<_, _>>(),
                    "next_promise": counters.0, "next_check_in": counters.1, "next_step": counters.2,
                },
                "boundaries": {
                    "custom": topics.iter().enumerate().map(|(i, id)| json!({"id": id, "title": format!("topic {i}")})).collect::<Vec<_>>(),
                    "entries": written.iter().map(|id| (id.clone(), json!({"agreement": "words"}))).collect::<serde_json::Map<_, _>>(),
                    "next_custom": counters.3,
                },
                "assessment": {
                    "history": runs.iter().enumerate().map(|(i, id)| {
                        let mut r = run.clone();
                        r["id"] = json!(id);
                        r["date"] = json!(Day::EPOCH.plus_days(i as i64).to_string());
                        r
                    }).collect::<Vec<_>>(),
                    "next_id": counters.4,
                },
            })
        }
    }

    fn decoded(value: &Value) -> Result<Document, TestCaseError> {
        match schema::decode(&value.to_string()) {
            Ok(Decoded::Current(document)) => Ok(document),
            other => Err(TestCaseError::fail(format!("{other:?}"))),
        }
    }

    fn records(document: &Document) -> Vec<Vec<String>> {
        keyed_lists(document)
            .into_iter()
            .map(|(_, _, records)| records)
            .collect()
    }

    /// Whether the generated data has a shared custom id that a tick or words point at.
    fn in_doubt(value: &Value) -> bool {
        let shared = |list: &Value, builtin: fn(&str) -> bool| {
            let ids: Vec<String> = list
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v["id"].as_str().map(str::to_owned))
                .collect();
            ids.iter()
                .filter(|id| !builtin(id) && ids.iter().filter(|x| x == id).count() > 1)
                .cloned()
                .collect::<FlatSet<String>>()
        };
        let steps = shared(&value["repair"]["custom_steps"], |id| {
            crate::domain::repair::step(id).is_some()
        });
        let topics = shared(&value["boundaries"]["custom"], |id| {
            crate::domain::boundaries::builtin(id).is_some()
        });
        steps
            .iter()
            .any(|id| value["repair"]["ticks"].get(id).is_some())
            || topics
                .iter()
                .any(|id| value["boundaries"]["entries"].get(id).is_some())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

        #[test]
        fn read_never_gives_shared_ids_and_keeps_every_record(value in document()) {
            let original = decoded(&value)?;
            match read(value.to_string().as_bytes()) {
                Ok(import) => {
                    prop_assert!(!in_doubt(&value));
                    assert_unique(&import.document);
                    prop_assert_eq!(records(&import.document), records(&original));
                    prop_assert_eq!(&import.document.settings, &original.settings);
                }
                Err(error) => {
                    prop_assert!(in_doubt(&value), "{}", error);
                    let refused_for_doubt = matches!(error, ImportError::IdsInDoubt { .. });
                    prop_assert!(refused_for_doubt);
                }
            }
            // Stored data is always mended, never refused.
            let mut from_storage = original.clone();
            from_storage.repair_ids();
            assert_unique(&from_storage);
            prop_assert_eq!(records(&from_storage), records(&original));
        }

        #[test]
        fn merge_never_gives_shared_ids_and_keeps_this_devices_records(here in document(), there in document()) {
            let current = decoded(&here)?;
            let Ok(import) = read(there.to_string().as_bytes()) else { return Ok(()) };
            let merged = merge(&current, import.document.clone());
            assert_unique(&merged);
            // Every record here is still here (merged lists only ever add to this device's).
            for ((name, _, mine), (_, _, after)) in keyed_lists(&current).into_iter().zip(keyed_lists(&merged)) {
                let mut rest = after.clone();
                for record in &mine {
                    let found = rest.iter().position(|r| r == record);
                    prop_assert!(found.is_some(), "{} lost {}", name, record);
                    if let Some(i) = found { rest.remove(i); }
                }
            }
            // Into an empty device, everything from the file arrives.
            let fresh = merge(&Document::default(), import.document.clone());
            assert_unique(&fresh);
            prop_assert_eq!(records(&fresh), records(&import.document));
        }
    }
}

//! Frozen documents of every schema version. These files must keep loading forever: never edit
//! them to make a test pass; add a new fixture when the schema changes.

use mend::domain::couple::{Couple, Partner};
use mend::domain::schema::{decode, encode, Decoded, CURRENT_VERSION};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

#[test]
fn v1_with_names_migrates_to_the_current_version() {
    let decoded = decode(&fixture("v1-names.json"));
    let Ok(Decoded::Migrated { document, from: 1 }) = decoded else {
        panic!("v1 must migrate, got {decoded:?}");
    };
    assert_eq!(document.couple, Couple { a: "Ana".into(), b: "Bo".into() });
    assert_eq!(document.couple.name(Partner::B), "Bo");
    // Saving writes the current version, which reads back unchanged.
    let text = encode(&document).expect("encodes");
    assert_eq!(decode(&text), Ok(Decoded::Current(document)));
}

#[test]
fn minimal_v1_migrates_to_an_empty_document() {
    let decoded = decode(&fixture("v1-minimal.json"));
    let Ok(Decoded::Migrated { document, from: 1 }) = decoded else {
        panic!("v1 must migrate, got {decoded:?}");
    };
    assert!(document.is_empty());
}

#[test]
fn the_current_version_is_two() {
    // Bumping the version means adding a frozen fixture for the old one and a migration.
    assert_eq!(CURRENT_VERSION, 2);
}

#[test]
fn populated_v2_keeps_loading_with_every_tool_intact() {
    use mend::domain::assessment::{Area, Stage};
    use mend::domain::boundaries::{Field, Status, Who};
    use mend::domain::date::Day;
    let decoded = decode(&fixture("v2-populated.json"));
    let Ok(Decoded::Current(document)) = decoded else {
        panic!("v2 must load as current, got {decoded:?}");
    };
    assert_eq!(document.couple.name(Partner::A), "Ana");
    // Assessment: one finished run with stored scores, one together run in progress.
    assert_eq!(document.assessment.history.len(), 1);
    let run = &document.assessment.history[0];
    assert_eq!(run.overall(), Some(64));
    assert_eq!(run.area(Area::Honesty), Some(60));
    let session = document.assessment.in_progress.as_ref().expect("session in progress");
    assert_eq!(session.stage, Stage::Answering(mend::domain::assessment::Person::A));
    // Worksheet: an agreement with its dates, markup kept as plain text, a custom category.
    assert_eq!(document.boundaries.field("money", Who::A, Field::Need), Some("Talk before big purchases <b>"));
    let money = document.boundaries.category("money").expect("money category");
    assert_eq!(money.entry.status, Status::Agreed);
    assert_eq!(money.entry.revisit_by, Day::new(2026, 11, 8));
    assert!(document.boundaries.view().iter().any(|c| c.title == "Holidays"));
    assert!(document.boundaries.view().iter().all(|c| c.id != "intimacy"), "hidden stays hidden");
    // Repair: a tick, a kept promise, a check-in.
    assert_eq!(document.repair.overall_progress().done, 1);
    assert_eq!(document.repair.kept_rate(), Some(100));
    assert_eq!(document.repair.trend().len(), 1);
    // And it writes back to the same text.
    let again = decode(&encode(&document).expect("encodes"));
    assert_eq!(again, Ok(Decoded::Current(document)));
}

#[test]
fn stored_safety_answers_load_and_are_gone_from_the_next_save_and_export() {
    use mend::domain::assessment::{Answer, Person, Stage, Step};
    use mend::domain::transfer::export;
    // Written by a build that still kept safety answers inside the session in progress.
    let text = fixture("v2-safety-in-progress.json");
    assert!(text.contains("safety_b") && text.contains("safe-05"), "the fixture holds safety answers");
    let decoded = decode(&text);
    let Ok(Decoded::Current(document)) = decoded else {
        panic!("it must load as current, got {decoded:?}");
    };
    // The session itself survives: B resumes at the (now empty) safety check, A's answers intact.
    let session = document.assessment.in_progress.as_ref().expect("session in progress");
    assert_eq!(session.stage, Stage::Answering(Person::B));
    assert_eq!(session.current_step(), Some(Step::Safety));
    assert_eq!(session.answers(Person::A).get("hon-01"), Some(&Answer::Rating(6)));
    // The next save and any export say nothing of safety at all, not even an empty place for it.
    for (what, written) in [("save", encode(&document).expect("encodes")), ("export", export(&document).expect("exports"))] {
        for trace in ["safety", "safe-0", "PreferNotToSay", "\"Yes\""] {
            assert!(!written.contains(trace), "{what} holds {trace}: {written}");
        }
        assert_eq!(decode(&written), Ok(Decoded::Current(document.clone())), "{what} reads back");
    }
}

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
    assert_eq!(
        document.couple,
        Couple {
            a: "Ana".into(),
            b: "Bo".into()
        }
    );
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
fn the_current_version_is_four() {
    // Bumping the version means adding a frozen fixture for the old one and a migration.
    assert_eq!(CURRENT_VERSION, 4);
}

#[test]
fn populated_v3_reads_as_the_current_version_unchanged() {
    // v4 changed only where a plain save stores the earlier results (`schema::with_stored_parts`),
    // so v3 text is read as it is: no banner, no rewrite at once. This fixture is
    // `v2-populated.json` as v3 wrote it.
    let text = fixture("v3-populated.json");
    let Ok(Decoded::Migrated {
        document: from_v2, ..
    }) = decode(&fixture("v2-populated.json"))
    else {
        panic!("v2 reads");
    };
    let decoded = decode(&text);
    assert_eq!(decoded, Ok(Decoded::Current(from_v2.clone())));
    assert_eq!(
        mend::domain::schema::decode_later(&text),
        Ok(Decoded::Current(from_v2.clone()))
    );
    assert_eq!(from_v2.assessment.history.len(), 1);
    // Saved again, it is v4 with the same fields.
    let again = encode(&from_v2).expect("encodes");
    assert_eq!(
        again.replacen("\"schema_version\":4", "\"schema_version\":3", 1),
        text
    );
}

#[test]
fn v2_with_bank_one_answers_moves_to_the_current_bank_and_keeps_old_runs() {
    use mend::domain::assessment::{item, Answer, Area, Facet, Step, BANK_VERSION};
    let decoded = decode(&fixture("v2-bank1-answers.json"));
    let Ok(Decoded::Migrated { document, from: 2 }) = decoded else {
        panic!("v2 must migrate, got {decoded:?}");
    };
    let session = document
        .assessment
        .in_progress
        .as_ref()
        .expect("session in progress");
    // B was on bank 1's step 9 (Expectations); the role step now comes first, so still Expectations.
    assert_eq!(session.current_step(), Some(Step::Area(Area::Expectations)));
    let a = session.answers(Partner::A);
    // Moved: the answer follows the statement to Trusting yourself.
    assert_eq!(a.get("slf-06"), Some(&Answer::Rating(3)));
    assert_eq!(a.get("slf-07"), Some(&Answer::Rating(7)));
    // Kept: same statement, same id.
    assert_eq!(a.get("hon-01"), Some(&Answer::Rating(6)));
    assert_eq!(a.get("rel-04"), Some(&Answer::Rating(4)));
    // Retired: the statement changed meaning, so the old answer is not carried over.
    for retired in ["hon-05", "acc-05", "exp-04", "con-03", "sec-04"] {
        assert!(
            !a.contains_key(retired) && item(retired).is_none(),
            "{retired}"
        );
    }
    assert_eq!(a.len(), 4);
    let b = session.answers(Partner::B);
    assert_eq!(
        b.keys().map(String::as_str).collect::<Vec<_>>(),
        vec!["acc-01", "slf-07"]
    );
    assert_eq!(session.role(Partner::A), None);
    // A finished bank-1 run keeps its version, answers and scores, and says it is older.
    let run = &document.assessment.history[0];
    assert_eq!((run.bank_version, run.overall()), (1, Some(55)));
    assert!(run.from_earlier_bank() && BANK_VERSION == 2);
    assert!(
        matches!(&run.result, mend::domain::assessment::RunResult::Solo { answers, role: None, scores }
        if answers.contains_key("hon-05") && scores.facet(Facet::Faith) == Some(40))
    );
    // Saving writes the current version, which reads back unchanged and is not migrated twice.
    let text = encode(&document).expect("encodes");
    assert!(text.contains("\"schema_version\":4"));
    assert_eq!(decode(&text), Ok(Decoded::Current(document)));
}

#[test]
fn populated_v2_keeps_loading_with_every_tool_intact() {
    use mend::domain::assessment::{Area, Stage};
    use mend::domain::boundaries::{Field, Side, Status};
    use mend::domain::date::Day;
    let decoded = decode(&fixture("v2-populated.json"));
    let Ok(Decoded::Migrated { document, from: 2 }) = decoded else {
        panic!("v2 must load and migrate, got {decoded:?}");
    };
    assert_eq!(document.couple.name(Partner::A), "Ana");
    // Assessment: one finished run with stored scores, one together run in progress.
    assert_eq!(document.assessment.history.len(), 1);
    let run = &document.assessment.history[0];
    assert_eq!(run.overall(), Some(64));
    assert_eq!(run.area(Area::Honesty), Some(60));
    let session = document
        .assessment
        .in_progress
        .as_ref()
        .expect("session in progress");
    assert_eq!(session.stage, Stage::Answering(Partner::A));
    // It was on bank 1's first statements; it still is, after the new role step.
    assert_eq!(
        session.current_step(),
        Some(mend::domain::assessment::Step::Area(Area::Honesty))
    );
    // Worksheet: an agreement with its dates, markup kept as plain text, a custom topic.
    assert_eq!(
        document.boundaries.field("money", Side::A, Field::Need),
        Some("Talk before big purchases <b>")
    );
    let money = document.boundaries.topic("money").expect("money topic");
    assert_eq!(money.entry.status, Status::Agreed);
    assert_eq!(money.entry.revisit_by, Day::new(2026, 11, 8));
    assert!(document
        .boundaries
        .view()
        .iter()
        .any(|c| c.title == "Holidays"));
    assert!(
        document
            .boundaries
            .view()
            .iter()
            .all(|c| c.id != "intimacy"),
        "hidden stays hidden"
    );
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
    use mend::domain::assessment::{Answer, Stage, Step};
    use mend::domain::transfer::export;
    // Written by a build that still kept safety answers inside the session in progress.
    let text = fixture("v2-safety-in-progress.json");
    assert!(
        text.contains("safety_b") && text.contains("safe-05"),
        "the fixture holds safety answers"
    );
    let decoded = decode(&text);
    let Ok(Decoded::Migrated { document, from: 2 }) = decoded else {
        panic!("it must load and migrate, got {decoded:?}");
    };
    // The session itself survives: B resumes at the (now empty) safety check, A's answers intact.
    let session = document
        .assessment
        .in_progress
        .as_ref()
        .expect("session in progress");
    assert_eq!(session.stage, Stage::Answering(Partner::B));
    assert_eq!(session.current_step(), Some(Step::Safety));
    assert_eq!(
        session.answers(Partner::A).get("hon-01"),
        Some(&Answer::Rating(6))
    );
    // The next save and any export say nothing of safety at all, not even an empty place for it.
    for (what, written) in [
        ("save", encode(&document).expect("encodes")),
        ("export", export(&document).expect("exports")),
    ] {
        for trace in ["safety", "safe-0", "PreferNotToSay", "\"Yes\""] {
            assert!(!written.contains(trace), "{what} holds {trace}: {written}");
        }
        let back = decode(&written).ok().and_then(|d| d.document().cloned());
        assert_eq!(back.as_ref(), Some(&document), "{what} reads back");
    }
}

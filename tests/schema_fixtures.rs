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

//! Every storage outcome, against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

mod web_support;

use mend::domain::document::Document;
use mend::domain::schema::{self, DecodeError};
use mend::storage::{self, keys, LoadOutcome, SaveMode, SaveStatus, Saver, StorageError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn named(a: &str) -> Document {
    let mut document = Document::default();
    document.couple.a = a.into();
    document
}

#[wasm_bindgen_test]
fn nothing_stored_is_a_fresh_start() {
    reset();
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Fresh);
    assert_eq!(loaded.mode, SaveMode::Normal);
    assert!(loaded.document.is_empty());
    assert_eq!(stored(keys::PROBE), None, "the probe key is cleaned up");
}

#[wasm_bindgen_test]
fn a_saved_document_loads_back() {
    reset();
    storage::save(SaveMode::Normal, &named("Kai")).expect("saves");
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Loaded);
    assert_eq!(loaded.document, named("Kai"));
}

#[wasm_bindgen_test]
fn an_older_version_is_migrated_and_left_in_place_until_saved() {
    reset();
    let v1 = r#"{"schema_version":1,"partner_a":"Ana","partner_b":"Bo"}"#;
    put(keys::DOCUMENT, v1);
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Migrated { from: 1 });
    assert_eq!(loaded.document.couple.b, "Bo");
    assert_eq!(stored(keys::DOCUMENT).as_deref(), Some(v1));
    storage::save(loaded.mode, &loaded.document).expect("saves");
    assert!(stored(keys::DOCUMENT).unwrap_or_default().contains("\"schema_version\":2"));
}

#[wasm_bindgen_test]
fn corrupt_text_is_kept_aside_and_never_overwritten() {
    reset();
    put(keys::DOCUMENT, "{\"schema_version\":2,\"couple\":");
    let first = storage::load(42);
    let LoadOutcome::Corrupt { error: DecodeError::NotJson(_), backup_key: Some(first_key), raw } = first.outcome else {
        panic!("expected corrupt, got {:?}", first.outcome);
    };
    assert_eq!(raw, "{\"schema_version\":2,\"couple\":");
    assert_eq!(stored(&first_key).as_deref(), Some(raw.as_str()));
    assert_eq!(first.mode, SaveMode::Normal);
    assert!(first.document.is_empty());

    // A second unreadable load in the same millisecond must not replace the first copy.
    put(keys::DOCUMENT, "garbage two");
    let second = storage::load(42);
    let LoadOutcome::Corrupt { backup_key: Some(second_key), .. } = second.outcome else {
        panic!("expected corrupt, got {:?}", second.outcome);
    };
    assert_ne!(first_key, second_key);
    assert_eq!(stored(&first_key).as_deref(), Some(raw.as_str()));
    assert_eq!(stored(&second_key).as_deref(), Some("garbage two"));
    assert_eq!(storage::backups().len(), 2);
}

#[wasm_bindgen_test]
fn corrupt_text_that_cannot_be_copied_keeps_mend_in_memory() {
    reset();
    put(keys::DOCUMENT, "not json");
    simulate_nearly_full();
    let loaded = storage::load(7);
    restore();
    assert!(matches!(loaded.outcome, LoadOutcome::Corrupt { backup_key: None, .. }), "{:?}", loaded.outcome);
    assert_eq!(loaded.mode, SaveMode::MemoryOnly);
    assert!(storage::save(loaded.mode, &named("X")).is_err());
    assert_eq!(stored(keys::DOCUMENT).as_deref(), Some("not json"), "the only copy is untouched");
}

#[wasm_bindgen_test]
fn a_newer_schema_is_read_only() {
    reset();
    let newer = r#"{"schema_version":99,"couple":{"a":"Future"},"hologram":true}"#;
    put(keys::DOCUMENT, newer);
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Newer { version: 99, readable: true });
    assert_eq!(loaded.mode, SaveMode::ReadOnly { version: 99 });
    assert_eq!(loaded.document.couple.a, "Future");
    assert_eq!(storage::save(loaded.mode, &named("Now")), Err(StorageError::NewerSchema(99)));
    assert_eq!(stored(keys::DOCUMENT).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn unavailable_storage_runs_in_memory() {
    reset();
    simulate_unavailable();
    let loaded = storage::load(1);
    let saved = storage::save(loaded.mode, &named("Y"));
    restore();
    assert!(matches!(loaded.outcome, LoadOutcome::Unavailable(StorageError::Unavailable(_))), "{:?}", loaded.outcome);
    assert_eq!(loaded.mode, SaveMode::MemoryOnly);
    assert!(saved.is_err());
    assert_eq!(stored(keys::DOCUMENT), None);
}

#[wasm_bindgen_test]
fn storage_that_refuses_writes_is_unavailable() {
    reset();
    simulate_quota_exceeded();
    let loaded = storage::load(1);
    restore();
    assert_eq!(loaded.outcome, LoadOutcome::Unavailable(StorageError::QuotaExceeded));
    assert_eq!(loaded.mode, SaveMode::MemoryOnly);
}

#[wasm_bindgen_test]
fn quota_errors_are_typed_under_each_browser_name() {
    for simulate in [simulate_quota_exceeded as fn(), simulate_firefox_quota] {
        reset();
        simulate();
        let result = storage::save(SaveMode::Normal, &named("Z"));
        restore();
        assert_eq!(result, Err(StorageError::QuotaExceeded));
    }
}

fn recording_saver() -> (Saver, Rc<RefCell<Vec<SaveStatus>>>) {
    let log = Rc::new(RefCell::new(Vec::new()));
    let sink = log.clone();
    (Saver::new(SaveMode::Normal, move |status| sink.borrow_mut().push(status)), log)
}

#[wasm_bindgen_test]
async fn saves_are_debounced_into_one_write() {
    reset();
    count_writes();
    let (saver, log) = recording_saver();
    for name in ["J", "Jo", "Jor", "Jord"] {
        saver.schedule(named(name));
        sleep(50).await;
    }
    assert_eq!(writes(), 0, "nothing is written while typing continues");
    sleep(400).await;
    assert_eq!(writes(), 1);
    assert_eq!(*log.borrow(), vec![SaveStatus::Saved]);
    let text = stored(keys::DOCUMENT).unwrap_or_default();
    assert_eq!(schema::decode(&text).ok().and_then(|d| d.document().cloned()), Some(named("Jord")));
    restore();
}

#[wasm_bindgen_test]
async fn hiding_the_page_writes_at_once() {
    reset();
    let (saver, _log) = recording_saver();
    saver.schedule(named("Quick"));
    assert_eq!(stored(keys::DOCUMENT), None);
    js("window.dispatchEvent(new Event('pagehide'));");
    assert!(stored(keys::DOCUMENT).unwrap_or_default().contains("Quick"));
    assert!(!saver.has_pending());
}

#[wasm_bindgen_test]
async fn a_failed_save_keeps_the_data_and_retries_on_the_next_change() {
    reset();
    let (saver, log) = recording_saver();
    simulate_quota_exceeded();
    saver.schedule(named("Kept"));
    sleep(400).await;
    assert_eq!(*log.borrow(), vec![SaveStatus::Failed(StorageError::QuotaExceeded)]);
    assert!(saver.has_pending(), "the unsaved change stays queued");
    restore();
    saver.schedule(named("Kept again"));
    sleep(400).await;
    assert_eq!(log.borrow().last(), Some(&SaveStatus::Saved));
    assert!(stored(keys::DOCUMENT).unwrap_or_default().contains("Kept again"));
}

#[wasm_bindgen_test]
fn delete_everything_removes_only_mend_keys() {
    reset();
    storage::save(SaveMode::Normal, &named("Gone")).expect("saves");
    put(keys::DOCUMENT, "broken");
    let _ = storage::load(5);
    put("someone-else", "stays");
    assert!(all_keys().len() >= 3);
    storage::delete_everything().expect("deletes");
    assert_eq!(all_keys(), vec!["someone-else".to_string()]);
}

#[wasm_bindgen_test]
fn saving_an_empty_document_removes_the_key() {
    reset();
    storage::save(SaveMode::Normal, &named("Temp")).expect("saves");
    storage::save(SaveMode::Normal, &Document::default()).expect("saves");
    assert_eq!(stored(keys::DOCUMENT), None);
}

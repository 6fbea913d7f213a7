//! Every storage outcome, against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

mod web_support;

use leptos::prelude::*;
use mend::domain::change::Setting;
use mend::domain::couple::Partner;
use mend::domain::document::Document;
use mend::domain::schema::DecodeError;
use mend::storage::{
    self, crypto, keys, LoadOutcome, NewerShown, SaveMode, SaveStatus, StorageError,
};
use mend::ui::{session, state::AppState};
use wasm_bindgen::JsCast;
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
    assert_eq!(loaded.mode(), SaveMode::Normal);
    assert!(loaded.document.is_empty());
    assert_eq!(
        stored(&keys::current().probe()),
        None,
        "the probe key is cleaned up"
    );
}

#[wasm_bindgen_test]
fn a_saved_document_loads_back() {
    reset();
    storage::write_plain(&named("Kai")).expect("saves");
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Loaded);
    assert_eq!(loaded.document, named("Kai"));
}

#[wasm_bindgen_test]
fn a_long_text_is_read_a_slice_at_a_time_exactly_as_in_one_piece() {
    reset();
    // Characters of every width, pairs of UTF-16 halves across slice ends (32,768 units each),
    // and halves without their other half, which both readings make U+FFFD.
    js(r#"
        const unit = 'ab\u00e9\u4e2d\ud83d\ude00 ';
        let text = '';
        while (text.length < 200000) text += unit;
        text = text.slice(0, 32767) + '\ud83d\ude00' + text.slice(32767, 65534) + '\ud83d\ude00'
            + text + '\ud800x\udc00' + '\ud83d';
        localStorage.setItem('mixed', text);
        localStorage.setItem('plain', 'x'.repeat(100000));
        localStorage.setItem('empty', '');
    "#);
    for key in ["mixed", "plain", "empty"] {
        let whole = storage::local::read(key).expect("reads");
        let sliced = storage::local::read_large(key).expect("reads");
        // Not `assert_eq!`: a failure would print 200,000 characters twice.
        assert!(whole.is_some() && sliced == whole, "{key} read differently");
    }
    assert!(storage::local::read_large("mixed")
        .expect("reads")
        .is_some_and(|t| t.contains("\u{1F600}") && t.ends_with("\u{FFFD}x\u{FFFD}\u{FFFD}")));
    // Room for a save a thirty-second longer, so the block can be the save's buffer.
    let plain = storage::local::read_large("plain")
        .expect("reads")
        .expect("stored");
    assert!(
        plain.capacity() >= 100_000 + 100_000 / 32,
        "{}",
        plain.capacity()
    );
    assert_eq!(storage::local::read_large("missing"), Ok(None));
}

#[wasm_bindgen_test]
fn a_load_and_a_save_of_years_of_data_need_the_text_s_room_once() {
    reset();
    const LONG: usize = 2_000_000;
    let mut document = named("Sam");
    // One character outside ASCII, which once made the whole text pass through a block three
    // times its size on its way into the module.
    document.couple.b = format!("Jos\u{e9} {}", "x".repeat(LONG));
    assert_eq!(storage::write_plain(&document), Ok(()));
    drop(document);
    let memory = || {
        wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .ok()
            .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
            .map_or(0, |b| b.byte_length() as usize)
    };
    // Larger than any block the tests before freed, so what is needed here is new memory: the
    // text read, the document's copy of the name, and the save's buffer, which fits in the
    // text's block once that is freed.
    let before = memory();
    let loaded = storage::load(1);
    assert_eq!(loaded.document.couple.b.len(), LONG + 6);
    assert_eq!(storage::write_plain(&loaded.document), Ok(()));
    let grown = memory() - before;
    assert!(
        grown < LONG * 5 / 2,
        "a load and a save of {LONG} bytes grew the memory by {grown}"
    );
    assert_eq!(stored_document().map(|t| t.len() > LONG), Some(true));
}

#[wasm_bindgen_test]
fn a_save_handed_over_in_pieces_stores_exactly_the_whole_text() {
    reset();
    // A document with results, a promise and a check-in: after its first save their lists keep
    // their text, and the next saves hand those texts over as pieces of their own, joined in
    // JavaScript; after a load, the results' stored text is one too.
    let Ok(mend::domain::schema::Decoded::Migrated { document, .. }) =
        mend::domain::schema::decode(include_str!("fixtures/v2-populated.json"))
    else {
        panic!("the fixture reads");
    };
    let whole = |d: &Document| mend::domain::schema::encode(d).expect("encodes");
    for _ in 0..2 {
        assert_eq!(storage::write_plain(&document), Ok(()));
        assert_eq!(stored_document(), Some(whole(&document)));
    }
    let loaded = storage::load(1);
    assert!(loaded.document.assessment.history.keeps_stored_text());
    put(&document_key(), "{}");
    assert_eq!(storage::write_plain(&loaded.document), Ok(()));
    assert_eq!(stored_document(), Some(whole(&document)));
    // Refused, it is the same typed failure as a write in one piece, and nothing is stored.
    simulate_quota_exceeded();
    assert_eq!(
        storage::write_plain(&loaded.document),
        Err(StorageError::QuotaExceeded)
    );
    restore();
    assert_eq!(stored_document(), Some(whole(&document)));
}

/// The fixture's document: a result, a promise, a check-in.
fn populated() -> Document {
    let Ok(mend::domain::schema::Decoded::Migrated { document, .. }) =
        mend::domain::schema::decode(include_str!("fixtures/v2-populated.json"))
    else {
        panic!("the fixture reads");
    };
    document
}

/// Counts writes to the results' own key from now on (read with [`runs_writes`]).
fn count_runs_writes() {
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        window.__runsWrites = 0;
        Storage.prototype.setItem = function (k, v) { if (k.endsWith('].runs')) { window.__runsWrites += 1; } return window.__realSetItem.call(this, k, v); };
    "#);
}

fn runs_writes() -> u32 {
    js("return window.__runsWrites || 0;")
        .as_f64()
        .unwrap_or(0.0) as u32
}

#[wasm_bindgen_test]
fn the_results_are_stored_apart_and_again_only_when_they_change() {
    reset();
    let mut document = populated();
    let whole = |d: &Document| mend::domain::schema::encode(d).expect("encodes");
    count_runs_writes();
    storage::write_plain(&document).expect("saves");
    assert_eq!(runs_writes(), 1);
    let head = stored(&document_key()).expect("stored");
    let runs = stored(&keys::current().runs()).expect("stored apart");
    assert!(
        runs.starts_with("[{") && runs.contains("2026-11-01"),
        "{runs}"
    );
    assert!(
        head.contains(mend::domain::schema::RUNS_MARK)
            && !head.contains("2026-11-01\",\"bank_version")
    );
    assert_eq!(stored_document(), Some(whole(&document)));
    // A change elsewhere stores the head alone.
    document.couple.a = "Another name".into();
    storage::write_plain(&document).expect("saves");
    assert_eq!(runs_writes(), 1);
    assert_eq!(stored_document(), Some(whole(&document)));
    // Loaded, the results read from their key are known to be stored: still the head alone.
    let mut loaded = storage::load(1).document;
    assert_eq!(loaded, document);
    loaded.couple.b = "Changed after a load".into();
    storage::write_plain(&loaded).expect("saves");
    assert_eq!(runs_writes(), 1);
    assert_eq!(stored_document(), Some(whole(&loaded)));
    // Removed behind this tab's back (another tab, the quick exit), they are stored again.
    js(&format!(
        "localStorage.removeItem({:?});",
        keys::current().runs()
    ));
    storage::write_plain(&loaded).expect("saves");
    assert_eq!(runs_writes(), 2);
    assert_eq!(stored_document(), Some(whole(&loaded)));
    // A change to the results stores them again.
    loaded.assessment.history.push(run(7));
    storage::write_plain(&loaded).expect("saves");
    assert_eq!(runs_writes(), 3);
    assert_eq!(stored_document(), Some(whole(&loaded)));
    assert_eq!(storage::load(1).document, loaded);
    restore();
    // Empty, both keys go.
    storage::write_plain(&Document::default()).expect("saves");
    assert_eq!(stored(&document_key()), None);
    assert_eq!(stored(&keys::current().runs()), None);
}

#[wasm_bindgen_test]
fn results_a_refused_write_may_have_left_are_stored_again() {
    reset();
    let mut document = populated();
    storage::write_plain(&document).expect("saves");
    document.assessment.history.push(run(7));
    simulate_quota_exceeded();
    assert_eq!(
        storage::write_plain(&document),
        Err(StorageError::QuotaExceeded)
    );
    restore();
    count_runs_writes();
    storage::write_plain(&document).expect("saves");
    assert_eq!(runs_writes(), 1, "the refused results are tried again");
    assert_eq!(storage::load(1).document, document);
    restore();
}

/// Makes `localStorage.setItem` throw "storage full" for `key` alone until [`restore`].
fn refuse_writes_to(key: &str) {
    js(&format!(
        r#"
        if (!window.__realSetItem) {{ window.__realSetItem = Storage.prototype.setItem; }}
        Storage.prototype.setItem = function (k, v) {{
            if (k === {key:?}) {{ throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }}
            return window.__realSetItem.call(this, k, v);
        }};
    "#
    ));
}

#[wasm_bindgen_test]
fn when_the_rest_cannot_be_written_after_new_results_were_the_earlier_results_go_back() {
    reset();
    // Results stored before: the new ones go, and the stored head and results read as before.
    let before = populated();
    storage::write_plain(&before).expect("saves");
    let runs_before = stored(&keys::current().runs()).expect("stored apart");
    let mut finished = before.clone();
    finished.assessment.history.push(run(7));
    refuse_writes_to(&document_key());
    assert_eq!(
        storage::write_plain(&finished),
        Err(StorageError::QuotaExceeded)
    );
    restore();
    assert_eq!(stored(&keys::current().runs()), Some(runs_before));
    assert_eq!(storage::load(1).document, before);
    // The next save stores the new results, whose first write was taken back.
    storage::write_plain(&finished).expect("saves");
    assert_eq!(storage::load(1).document, finished);
    // No results stored before (a whole text, as an earlier Mend or an unlock stores it): the
    // new ones are removed, and the whole text reads as it was.
    reset();
    let whole = mend::domain::schema::encode(&before).expect("encodes");
    put(&document_key(), &whole);
    refuse_writes_to(&document_key());
    assert_eq!(
        storage::write_plain(&finished),
        Err(StorageError::QuotaExceeded)
    );
    restore();
    assert_eq!(stored(&keys::current().runs()), None);
    assert_eq!(stored(&document_key()), Some(whole));
    assert_eq!(storage::load(1).document, before);
}

#[wasm_bindgen_test]
fn results_read_from_their_key_with_another_tabs_save_are_not_stored_again() {
    reset();
    let mut theirs = populated();
    theirs.assessment.history.push(run(7));
    storage::write_plain(&theirs).expect("their save");
    let head = stored(&document_key()).expect("stored");
    let held = storage::Held::from(js_sys::JsString::from(head.as_str()));
    let storage::External::Document(mut shown) =
        storage::read_external(Some(&held), &Default::default())
    else {
        panic!("their save reads");
    };
    // This tab shows their save, then a name is typed: the head alone is stored.
    count_runs_writes();
    shown.couple.a = "Typed here after".into();
    storage::write_plain(&shown).expect("saves");
    assert_eq!(runs_writes(), 0, "the results just read are stored already");
    assert_eq!(storage::load(1).document, *shown);
    restore();
}

#[wasm_bindgen_test]
fn results_removed_from_under_their_head_are_damage_kept_aside_whole() {
    reset();
    storage::write_plain(&populated()).expect("saves");
    js(&format!(
        "localStorage.removeItem({:?});",
        keys::current().runs()
    ));
    // Only from outside (a save writes them before the head that marks them). The rest opens,
    // and the results are found damaged when read, as any damaged results are.
    let head = stored(&document_key()).expect("stored");
    let loaded = storage::load(5);
    assert_eq!(loaded.outcome, LoadOutcome::Loaded);
    assert_eq!(loaded.document.couple.a, "Ana");
    let why = loaded
        .document
        .assessment
        .history
        .damage()
        .map(ToString::to_string)
        .expect("the mark is no list of results");
    // Nothing stored was written over by the load; what the shell then does keeps it all aside.
    assert_eq!(stored(&document_key()).as_ref(), Some(&head));
    let kept = storage::keep_damaged_runs(why, 6);
    let LoadOutcome::Corrupt {
        backup_key: Some(copy),
        raw,
        ..
    } = kept.outcome
    else {
        panic!("expected corrupt, got {:?}", kept.outcome);
    };
    assert_eq!(raw, head);
    assert_eq!(stored(&copy), Some(head));
}

#[wasm_bindgen_test]
fn another_tabs_save_is_read_with_its_results_from_their_key() {
    reset();
    let mut theirs = populated();
    theirs.assessment.history.push(run(7));
    storage::write_plain(&theirs).expect("their save");
    let head = stored(&document_key()).expect("stored");
    let held = |text: &str| storage::Held::from(js_sys::JsString::from(text));
    assert_eq!(
        storage::read_external(Some(&held(&head)), &Default::default()),
        storage::External::Document(Box::new(theirs))
    );
    // Without them, there is nothing to follow.
    js(&format!(
        "localStorage.removeItem({:?});",
        keys::current().runs()
    ));
    assert_eq!(
        storage::read_external(Some(&held(&head)), &Default::default()),
        storage::External::Ignore
    );
}

#[wasm_bindgen_test]
fn an_older_version_is_migrated_and_left_in_place_until_saved() {
    reset();
    let v1 = r#"{"schema_version":1,"partner_a":"Ana","partner_b":"Bo"}"#;
    put(&document_key(), v1);
    let loaded = storage::load(1);
    assert_eq!(loaded.outcome, LoadOutcome::Migrated { from: 1 });
    assert_eq!(loaded.document.couple.b, "Bo");
    assert_eq!(stored_document().as_deref(), Some(v1));
    storage::write_plain(&loaded.document).expect("saves");
    assert!(stored_document()
        .unwrap_or_default()
        .contains("\"schema_version\":4"));
}

#[wasm_bindgen_test]
fn a_damaged_run_is_found_when_the_runs_are_read_and_then_kept_aside() {
    reset();
    let text =
        r#"{"schema_version":3,"couple":{"a":"Kai","b":""},"assessment":{"history":[{"id":1}]}}"#;
    put(&document_key(), text);
    // Read for a screen: the runs are left as text, so the rest opens.
    let loaded = storage::load(7);
    assert_eq!(loaded.outcome, LoadOutcome::Loaded);
    assert_eq!(loaded.document.couple.a, "Kai");
    let why = loaded
        .document
        .assessment
        .history
        .damage()
        .map(|e| e.clone().at("history").at("assessment").to_string())
        .expect("the runs do not fit");
    // A save writes the runs back as they were stored, the other edits with them.
    let mut edited = loaded.document.clone();
    edited.couple.b = "Ash".into();
    storage::write_plain(&edited).expect("saves");
    let saved = stored_document().unwrap_or_default();
    assert!(
        saved.contains(r#""history":[{"id":1}]"#) && saved.contains("Ash"),
        "{saved}"
    );
    // What the shell asks for once it finds the damage: the text stored now is kept aside, and
    // the reason is the one reading it strictly gives.
    let kept = storage::keep_damaged_runs(why.clone(), 8);
    let LoadOutcome::Corrupt {
        error: DecodeError::Invalid { version: 4, reason },
        backup_key: Some(key),
        raw,
    } = kept.outcome
    else {
        panic!("expected corrupt, got {:?}", kept.outcome);
    };
    assert_eq!(reason, why);
    assert_eq!(raw, saved);
    assert_eq!(stored(&key), Some(raw));
    assert!(kept.document.is_empty());
    let Err(DecodeError::Invalid { reason, .. }) = mend::domain::schema::decode(&saved) else {
        panic!("the strict read refuses the stored text too");
    };
    assert_eq!(reason, why);
}

#[wasm_bindgen_test]
fn corrupt_text_is_kept_aside_and_never_overwritten() {
    reset();
    put(&document_key(), "{\"schema_version\":2,\"couple\":");
    let first = storage::load(42);
    assert_eq!(first.mode(), SaveMode::Normal);
    let LoadOutcome::Corrupt {
        error: DecodeError::NotJson(_),
        backup_key: Some(first_key),
        raw,
    } = first.outcome
    else {
        panic!("expected corrupt, got {:?}", first.outcome);
    };
    assert_eq!(raw, "{\"schema_version\":2,\"couple\":");
    assert_eq!(stored(&first_key).as_deref(), Some(raw.as_str()));
    assert!(first.document.is_empty());

    // A second unreadable load in the same millisecond must not replace the first copy.
    put(&document_key(), "garbage two");
    let second = storage::load(42);
    let LoadOutcome::Corrupt {
        backup_key: Some(second_key),
        ..
    } = second.outcome
    else {
        panic!("expected corrupt, got {:?}", second.outcome);
    };
    assert_ne!(first_key, second_key);
    assert_eq!(stored(&first_key).as_deref(), Some(raw.as_str()));
    assert_eq!(stored(&second_key).as_deref(), Some("garbage two"));
    assert_eq!(storage::backups(None).len(), 2);

    // Loading the same unreadable text again (every reload of a broken document) reuses its copy.
    for millis in [43, 44, 45] {
        let again = storage::load(millis);
        let LoadOutcome::Corrupt {
            backup_key: Some(key),
            ..
        } = again.outcome
        else {
            panic!("expected corrupt, got {:?}", again.outcome);
        };
        assert_eq!(key, second_key);
    }
    assert_eq!(
        storage::backups(None).len(),
        2,
        "one copy per distinct text"
    );
}

#[wasm_bindgen_test]
fn corrupt_text_that_cannot_be_copied_keeps_mend_in_memory() {
    reset();
    put(&document_key(), "not json");
    simulate_nearly_full();
    let loaded = storage::load(7);
    restore();
    assert!(
        matches!(
            loaded.outcome,
            LoadOutcome::Corrupt {
                backup_key: None,
                ..
            }
        ),
        "{:?}",
        loaded.outcome
    );
    assert_eq!(loaded.mode(), SaveMode::MemoryOnly);
    assert_eq!(
        stored_document().as_deref(),
        Some("not json"),
        "the only copy is untouched"
    );
}

#[wasm_bindgen_test]
fn a_newer_schema_is_read_only() {
    reset();
    let newer = r#"{"schema_version":99,"couple":{"a":"Future"},"hologram":true}"#;
    put(&document_key(), newer);
    let loaded = storage::load(1);
    assert_eq!(
        loaded.outcome,
        LoadOutcome::Newer {
            version: 99,
            shown: NewerShown::Readable
        }
    );
    assert_eq!(loaded.mode(), SaveMode::ReadOnly { version: 99 });
    assert_eq!(loaded.document.couple.a, "Future");
    assert_eq!(stored_document().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn unavailable_storage_runs_in_memory() {
    reset();
    simulate_unavailable();
    let loaded = storage::load(1);
    let saved = storage::write_plain(&named("Y"));
    restore();
    assert!(
        matches!(
            loaded.outcome,
            LoadOutcome::Unavailable(StorageError::Unavailable(_))
        ),
        "{:?}",
        loaded.outcome
    );
    assert_eq!(loaded.mode(), SaveMode::MemoryOnly);
    assert!(saved.is_err());
    assert_eq!(stored_document(), None);
}

#[wasm_bindgen_test]
fn storage_that_refuses_writes_is_unavailable() {
    reset();
    simulate_quota_exceeded();
    let loaded = storage::load(1);
    restore();
    assert_eq!(
        loaded.outcome,
        LoadOutcome::Unavailable(StorageError::QuotaExceeded)
    );
    assert_eq!(loaded.mode(), SaveMode::MemoryOnly);
}

#[wasm_bindgen_test]
fn quota_errors_are_typed_under_each_browser_name() {
    for simulate in [simulate_quota_exceeded as fn(), simulate_firefox_quota] {
        reset();
        simulate();
        let result = storage::write_plain(&named("Z"));
        restore();
        assert_eq!(result, Err(StorageError::QuotaExceeded));
    }
}

#[wasm_bindgen_test]
fn delete_everything_removes_only_mend_keys() {
    reset();
    storage::write_plain(&named("Gone")).expect("saves");
    put(&document_key(), "broken");
    let _ = storage::load(5);
    put("someone-else", "stays");
    assert!(all_keys().len() >= 3);
    storage::delete_everything().expect("deletes");
    assert_eq!(all_keys(), vec!["someone-else".to_string()]);
}

#[wasm_bindgen_test]
fn saving_an_empty_document_removes_the_key() {
    reset();
    storage::write_plain(&named("Temp")).expect("saves");
    storage::write_plain(&Document::default()).expect("saves");
    assert_eq!(stored_document(), None);
}

#[wasm_bindgen_test]
fn keys_from_before_the_namespace_are_adopted_once_and_never_over_newer_data() {
    reset();
    put(
        "mend.document",
        r#"{"schema_version":2,"couple":{"a":"Old key"}}"#,
    );
    put("mend.wipe-on-exit", "1");
    put("mend.unreadable.5", "old broken text");
    let loaded = storage::load(1);
    assert_eq!(
        loaded.document.couple.a, "Old key",
        "data stored by the previous version is kept"
    );
    assert_eq!(stored("mend.document"), None);
    assert!(storage::wipe_on_exit());
    assert_eq!(
        stored(&keys::current().backup_key(5, 0)).as_deref(),
        Some("old broken text")
    );
    // A second copy's old data never replaces this copy's own.
    put(
        "mend.document",
        r#"{"schema_version":2,"couple":{"a":"Someone else"}}"#,
    );
    assert_eq!(storage::load(2).document.couple.a, "Old key");
    assert!(
        stored("mend.document").is_some(),
        "not ours to move or delete"
    );
}

/// A choice stored as a key of its own: its reader, its writer, its key, and what holds when
/// nothing is stored.
type Choice = (
    fn() -> bool,
    fn(bool) -> Result<(), StorageError>,
    String,
    bool,
);

#[wasm_bindgen_test]
fn choices_kept_as_keys_of_their_own_leave_nothing_at_their_default_and_go_with_everything_else() {
    let choices: [Choice; 2] = [
        // Spell checking: off unless chosen.
        (
            storage::spellcheck,
            storage::set_spellcheck,
            keys::current().spellcheck(),
            false,
        ),
        // The quick exit's Shift shortcut: on unless turned off.
        (
            storage::shift_exit,
            storage::set_shift_exit,
            keys::current().shift_exit_off(),
            true,
        ),
    ];
    for (read, store, key, default) in choices {
        reset();
        assert_eq!(read(), default, "{key}: nothing chosen");
        store(!default).expect("stores");
        assert_eq!(read(), !default, "{key}");
        assert_eq!(all_keys(), vec![key.clone()]);
        store(default).expect("stores");
        assert_eq!(read(), default, "{key}");
        assert_eq!(
            all_keys(),
            Vec::<String>::new(),
            "{key}: the default leaves nothing behind"
        );
        store(!default).expect("stores");
        storage::delete_everything().expect("deletes");
        assert_eq!(read(), default, "{key}: goes with everything else");
        // Storage that refuses writes refuses the choice, typed, and stores nothing.
        simulate_quota_exceeded();
        let refused = store(!default);
        restore();
        assert!(refused.is_err(), "{key}: {refused:?}");
        assert_eq!(read(), default, "{key}");
    }
}

#[wasm_bindgen_test]
fn another_copy_of_mend_on_the_same_host_keeps_its_data() {
    reset();
    let elsewhere = keys::Keys::for_path("/another/copy/");
    put(&elsewhere.document(), "theirs");
    put(&elsewhere.wipe_on_exit(), "1");
    storage::write_plain(&named("Ours")).expect("saves");
    storage::set_wipe_on_exit(true).expect("flag");
    storage::delete_everything().expect("deletes");
    assert_eq!(stored_document(), None);
    assert_eq!(stored(&elsewhere.document()).as_deref(), Some("theirs"));
    assert_eq!(stored(&elsewhere.wipe_on_exit()).as_deref(), Some("1"));
    assert!(!storage::wipe_on_exit());
}

/// The shell over a fresh storage, as the app makes it, for as long as `f` runs.
async fn with_shell<F, Fut>(f: F)
where
    F: FnOnce(AppState) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let owner = Owner::new();
    owner.set();
    let state = AppState::new(Some(owner.clone()));
    session::open(state, storage::load(1));
    f(state).await;
    // Removes the listeners, so later tests' page events reach only their own shell.
    owner.cleanup();
}

/// Stored data whose finished runs do not fit (a run with only an id), the rest readable.
const DAMAGED_RUNS: &str =
    r#"{"schema_version":3,"couple":{"a":"Kai","b":""},"assessment":{"history":[{"id":1}]}}"#;

/// Whether the load left the runs on screen unread (as text).
fn runs_unread(state: AppState) -> bool {
    state
        .document
        .with_untracked(|d| d.assessment.history.is_unread())
}

/// The texts of the copies of unreadable data.
fn kept_aside() -> Vec<Option<String>> {
    storage::backups(None)
        .into_iter()
        .map(|backup| backup.text)
        .collect()
}

/// Checks what keeping damaged runs aside leaves: `text` copied aside, Mend open and empty with
/// the banner's outcome, and `text` still what is stored (nothing written over it).
fn kept_aside_as(state: AppState, text: &str) {
    assert_eq!(kept_aside(), [Some(text.to_owned())]);
    assert!(state.document.with_untracked(Document::is_empty));
    assert!(matches!(
        state.outcome.get_untracked(),
        LoadOutcome::Corrupt { .. }
    ));
    assert_eq!(stored_document().as_deref(), Some(text));
}

// Before the shell's idle read (with_shell mounts no banners, so it never comes), each action on
// the whole document reads the runs first.

#[wasm_bindgen_test]
async fn the_lock_never_seals_runs_no_read_has_checked() {
    reset();
    put(&document_key(), DAMAGED_RUNS);
    with_shell(|state| async move {
        assert!(runs_unread(state));
        let key = crypto::new_key("before the idle read").await.expect("key");
        assert_eq!(
            state.turn_lock_on(key),
            Err(StorageError::DamagedRunsKeptAside)
        );
        assert_eq!(stored(&locked_key()), None, "nothing was sealed");
        kept_aside_as(state, DAMAGED_RUNS);
        // Asked again, on what is open now, the lock goes on.
        let key = crypto::new_key("before the idle read").await.expect("key");
        state.turn_lock_on(key).expect("locks");
        assert!(stored(&locked_key()).is_some());
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_export_never_carries_runs_no_read_has_checked() {
    reset();
    put(&document_key(), DAMAGED_RUNS);
    with_shell(|state| async move {
        assert!(runs_unread(state));
        assert_eq!(
            state.export_file(false).map(String::from),
            Err(StorageError::DamagedRunsKeptAside.to_string())
        );
        kept_aside_as(state, DAMAGED_RUNS);
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_change_to_damaged_runs_keeps_them_aside_at_once_and_other_edits_read_nothing() {
    reset();
    put(&document_key(), DAMAGED_RUNS);
    with_shell(|state| async move {
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        assert!(runs_unread(state), "a name typed reads no runs");
        let _ = state.apply(mend::domain::assessment::Change::DeleteRun(1));
        // What was pending is saved first, with the runs as they were stored; that is kept.
        let kept = kept_aside();
        let [Some(text)] = kept.as_slice() else {
            panic!("one copy kept aside, got {kept:?}");
        };
        assert!(text.contains(r#""b":"Ash""#), "{text}");
        assert!(text.contains(r#""history":[{"id":1}]"#), "{text}");
        kept_aside_as(state, text);
    })
    .await;
}

/// Checks what a tab that cannot save does with the damaged runs on its screen: it refuses the
/// export, sets nothing aside, leaves `stored_text` stored and keeps its screen.
fn touches_nothing_for_damaged_runs(state: AppState, stored_text: &str) {
    assert_eq!(
        state.export_file(false).map(String::from),
        Err(StorageError::DamagedRunsOnScreen.to_string())
    );
    assert!(kept_aside().is_empty(), "what is stored is not set aside");
    assert_eq!(stored_document().as_deref(), Some(stored_text));
    assert_eq!(
        state.document.with_untracked(|d| d.couple.a.clone()),
        "Kai",
        "the screen keeps what it showed"
    );
}

#[wasm_bindgen_test]
async fn a_tab_that_cannot_save_touches_nothing_stored_for_damaged_runs() {
    reset();
    put(&document_key(), DAMAGED_RUNS);
    with_shell(|state| async move {
        // A name typed, and another tab's save before it is written: this tab holds both
        // versions until the person chooses, and saves neither meanwhile.
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        let theirs = mend::domain::schema::encode(&named("Theirs")).expect("encodes");
        put(&document_key(), &theirs);
        other_tab_writes(&document_key(), Some(&theirs));
        assert!(state.conflict.with_untracked(Option::is_some));
        touches_nothing_for_damaged_runs(state, &theirs);
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_result_deleted_in_another_tab_goes_here_too_though_the_head_is_unchanged() {
    reset();
    let mut document = populated();
    document.assessment.history.push(run(7));
    storage::write_plain(&document).expect("saves");
    with_shell(|state| async move {
        let count = || {
            state
                .document
                .with_untracked(|d| d.assessment.history.len())
        };
        assert_eq!(count(), 2);
        // The other tab deletes a result: it stores the results alone, and its head's text is
        // the same as before, so the browser tells of no change to the head.
        let head = stored(&document_key());
        let mut theirs = document.clone();
        theirs.assessment.history.pop();
        let runs = mend::domain::schema::encode(&theirs)
            .ok()
            .and_then(|text| {
                let at = text.find("\"history\":")? + "\"history\":".len();
                let end = text.find(",\"next_id\"")?;
                Some(text[at..end].to_string())
            })
            .expect("their results");
        put(&keys::current().runs(), &runs);
        other_tab_writes(&keys::current().runs(), Some(&runs));
        assert_eq!(stored(&document_key()), head);
        assert_eq!(count(), 1, "the deleted result is gone here too");
        // And this tab's next save cannot bring it back.
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        state.page(mend::domain::lifecycle::Event::Hidden);
        assert_eq!(storage::load(2).document.assessment.history.len(), 1);
    })
    .await;
}

#[wasm_bindgen_test]
fn with_no_room_for_the_results_beside_a_whole_text_the_whole_is_stored_again() {
    reset();
    let document = populated();
    // A whole text, as an earlier Mend or an unlock stored it.
    put(
        &document_key(),
        &mend::domain::schema::encode(&document).expect("encodes"),
    );
    let mut loaded = storage::load(1).document;
    loaded.couple.b = "Edited".into();
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        Storage.prototype.setItem = function (k, v) {
            if (k.endsWith('].runs')) { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }
            return window.__realSetItem.call(this, k, v);
        };
    "#);
    assert_eq!(storage::write_plain(&loaded), Ok(()));
    restore();
    assert_eq!(stored(&keys::current().runs()), None);
    assert_eq!(
        stored(&document_key()),
        mend::domain::schema::encode(&loaded).ok(),
        "stored whole, with no mark"
    );
    assert_eq!(storage::load(2).document, loaded);
}

#[wasm_bindgen_test]
async fn another_tabs_newer_data_takes_the_screens_place() {
    reset();
    storage::write_plain(&named("Kai")).expect("saves");
    with_shell(|state| async move {
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        state.page(mend::domain::lifecycle::Event::Hidden);
        assert!(!state.has_unsaved_untracked());
        // A newer Mend in another tab wrote data this version can partly read.
        let newer = r#"{"schema_version":99,"couple":{"a":"Later","b":""},"hologram":true}"#;
        put(&document_key(), newer);
        other_tab_writes(&document_key(), Some(newer));
        assert_eq!(
            state.outcome.get_untracked(),
            LoadOutcome::Newer {
                version: 99,
                shown: NewerShown::Readable
            }
        );
        assert_eq!(
            state.document.with_untracked(|d| d.couple.clone()),
            named("Later").couple,
            "the banner says the newer data is shown: it is, not this tab's older copy"
        );
        assert!(!state.can_save_untracked());
        // Then data of a shape this version cannot read at all: nothing of it, and nothing old.
        let unreadable = r#"{"schema_version":99,"couple":"changed shape"}"#;
        put(&document_key(), unreadable);
        other_tab_writes(&document_key(), Some(unreadable));
        assert_eq!(
            state.outcome.get_untracked(),
            LoadOutcome::Newer {
                version: 99,
                shown: NewerShown::Nothing
            }
        );
        assert!(state.document.with_untracked(Document::is_empty));
        state.page(mend::domain::lifecycle::Event::Hidden);
        assert_eq!(stored_document().as_deref(), Some(unreadable));
        assert!(kept_aside().is_empty());
    })
    .await;
}

#[wasm_bindgen_test]
async fn another_tabs_newer_data_leaves_changes_this_tab_had_not_saved_on_screen() {
    reset();
    storage::write_plain(&named("Kai")).expect("saves");
    with_shell(|state| async move {
        // Typed a moment ago: the save waits for a quiet moment that has not come.
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        let newer = r#"{"schema_version":99,"couple":{"a":"Later","b":""}}"#;
        put(&document_key(), newer);
        other_tab_writes(&document_key(), Some(newer));
        assert_eq!(
            state.outcome.get_untracked(),
            LoadOutcome::Newer {
                version: 99,
                shown: NewerShown::Unsaved
            }
        );
        assert_eq!(
            state.document.with_untracked(|d| d.couple.b.clone()),
            "Ash",
            "replaced, the change would be gone: nothing else holds it"
        );
        assert!(!state.can_save_untracked());
        state.page(mend::domain::lifecycle::Event::Hidden);
        assert_eq!(
            stored_document().as_deref(),
            Some(newer),
            "never written over"
        );
        // What the banner says to do keeps it.
        let file = String::from(state.export_file(false).expect("exports"));
        assert!(file.contains(r#""b":"Ash""#), "{file}");
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_tab_left_read_only_by_a_newer_mend_touches_nothing_stored_for_damaged_runs() {
    reset();
    put(&document_key(), DAMAGED_RUNS);
    with_shell(|state| async move {
        // A name typed, then a newer Mend's save in another tab: the screen stays, read-only.
        let _ = state.apply(Setting::Name(Partner::B, "Ash".into()));
        let newer = r#"{"schema_version":9,"couple":{"a":"Later"}}"#;
        put(&document_key(), newer);
        other_tab_writes(&document_key(), Some(newer));
        assert!(!state.can_save_untracked());
        touches_nothing_for_damaged_runs(state, newer);
    })
    .await;
}

#[wasm_bindgen_test]
async fn readable_runs_left_unread_are_sealed_and_exported_whole() {
    reset();
    let mut document = named("Kai");
    document.assessment.history = vec![run(4), run(9)].into();
    storage::write_plain(&document).expect("saves");
    with_shell(|state| async move {
        assert!(runs_unread(state));
        let exported = String::from(state.export_file(false).expect("exports"));
        let Ok(mend::domain::schema::Decoded::Current(back)) =
            mend::domain::schema::decode(&exported)
        else {
            panic!("the export reads back: {exported}");
        };
        let ids: Vec<u64> = back.assessment.history.iter().map(|r| r.id).collect();
        assert_eq!(ids, [4, 9]);
        let key = crypto::new_key("whole").await.expect("key");
        state.turn_lock_on(key).expect("locks");
        let envelope = stored(&locked_key()).expect("sealed");
        let (opened, _) = storage::unlock(envelope.clone(), "whole")
            .await
            .expect("opens");
        let ids: Vec<u64> = opened.assessment.history.iter().map(|r| r.id).collect();
        assert_eq!(ids, [4, 9]);
        assert!(kept_aside().is_empty());
    })
    .await;
}

/// A finished run alone with no answers, numbered `id`.
fn run(id: u64) -> mend::domain::assessment::CompletedRun {
    use mend::domain::assessment::{score, Answers, RunResult, BANK_VERSION};
    mend::domain::assessment::CompletedRun {
        id,
        date: mend::domain::date::Day::parse("2026-11-30").expect("a date"),
        bank_version: BANK_VERSION,
        result: RunResult::Solo {
            scores: score(&Answers::default()),
            answers: Answers::default(),
            role: None,
        },
        origin: None,
    }
}

#[wasm_bindgen_test]
async fn saves_are_debounced_into_one_write() {
    reset();
    count_writes();
    with_shell(|state| async move {
        for name in ["J", "Jo", "Jor", "Jord"] {
            let _ = state.apply(Setting::Name(Partner::A, name.into()));
            sleep(50).await;
        }
        assert_eq!(writes(), 0, "nothing is written while typing continues");
        // Time, not `until`: "one write" means no stray timer writes later either, and only
        // waiting past every debounce shows that.
        sleep(PAST_SAVE_DELAY_MS).await;
        assert_eq!(writes(), 1);
        assert_eq!(state.save_status.get_untracked(), Some(SaveStatus::Saved));
        assert!(stored_document().unwrap_or_default().contains("Jord"));
    })
    .await;
    restore();
}

#[wasm_bindgen_test]
async fn leaving_the_page_writes_at_once() {
    reset();
    with_shell(|state| async move {
        let _ = state.apply(Setting::Name(Partner::A, "Quick".into()));
        assert_eq!(stored_document(), None);
        js("window.dispatchEvent(new Event('pagehide'));");
        assert!(stored_document().unwrap_or_default().contains("Quick"));
        assert_eq!(
            state.document.with_untracked(|d| d.couple.a.clone()),
            "Quick",
            "without the lock the screen stays"
        );
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_failed_save_keeps_the_data_and_retries_on_the_next_change() {
    reset();
    with_shell(|state| async move {
        simulate_quota_exceeded();
        let _ = state.apply(Setting::Name(Partner::A, "Kept".into()));
        until("the save to fail", 5000.0, || {
            matches!(
                state.save_status.get_untracked(),
                Some(SaveStatus::Failed(_))
            )
        })
        .await;
        assert_eq!(
            state.save_status.get_untracked(),
            Some(SaveStatus::Failed(StorageError::QuotaExceeded))
        );
        restore();
        let _ = state.apply(Setting::Name(Partner::A, "Kept again".into()));
        until("the retried save", 5000.0, || {
            state.save_status.get_untracked() == Some(SaveStatus::Saved)
        })
        .await;
        assert_eq!(state.save_status.get_untracked(), Some(SaveStatus::Saved));
        assert!(stored_document().unwrap_or_default().contains("Kept again"));
    })
    .await;
}

#[wasm_bindgen_test]
async fn with_the_lock_on_the_last_keystroke_is_sealed_as_the_page_goes() {
    reset();
    with_shell(|state| async move {
        let key = crypto::new_key("typing until the end").await.expect("key");
        state.turn_lock_on(key).expect("locks");
        let _ = state.apply(Setting::Name(Partner::A, "Last keystroke".into()));
        // No quiet time: the tab closes straight away.
        js("window.dispatchEvent(new Event('pagehide'));");
        assert_eq!(stored_document(), None, "nothing plain");
        let envelope = stored(&locked_key()).expect("sealed");
        assert!(!envelope.contains("Last keystroke"));
        let (document, _) = storage::unlock(envelope.clone(), "typing until the end")
            .await
            .expect("opens");
        assert_eq!(document.couple.a, "Last keystroke");
        // The page kept for the back/forward cache holds nothing readable.
        assert!(state.document.with_untracked(Document::is_empty));
        assert!(state.lock_key().is_none());
        assert!(matches!(state.outcome.get_untracked(), LoadOutcome::Locked));
        let hidden =
            js("return document.documentElement.classList.contains('forgotten');").as_bool();
        assert_eq!(hidden, Some(true));
        js("document.documentElement.classList.remove('forgotten');");
    })
    .await;
}

#[wasm_bindgen_test]
async fn one_delete_everything_beats_a_pending_save() {
    reset();
    with_shell(|state| async move {
        state.set_wipe_on_exit(true);
        let _ = state.apply(Setting::Name(Partner::A, "About to go".into()));
        state.delete_everything().expect("deletes");
        // Time by nature: the pending save must not write after the deletion.
        sleep(PAST_SAVE_DELAY_MS).await;
        js("window.dispatchEvent(new Event('pagehide'));");
        let prefix = keys::current().prefix().to_string();
        assert!(
            all_keys().iter().all(|k| !k.starts_with(&prefix)),
            "{:?}",
            all_keys()
        );
        assert!(!state.wipe_on_exit(), "the box shows what the exit will do");
    })
    .await;
}

#[wasm_bindgen_test]
async fn safety_answers_stored_by_older_versions_are_written_away_on_opening() {
    reset();
    put(
        &document_key(),
        include_str!("fixtures/v2-safety-in-progress.json"),
    );
    with_shell(|state| async move {
        until("the cleaned document to be saved", 5000.0, || {
            state.save_status.get_untracked() == Some(SaveStatus::Saved)
        })
        .await;
        let text = stored_document().unwrap_or_default();
        assert!(!text.is_empty());
        assert!(
            !text.contains("safe-0") && !text.contains("safety_"),
            "{text}"
        );
    })
    .await;
}

#[wasm_bindgen_test]
fn another_tabs_save_is_read_from_the_browsers_own_text() {
    reset();
    // Characters of every width, a UTF-16 pair among them: the text is copied in slices.
    let mut document = named("Jos\u{e9}");
    document.couple.b = "\u{1F600} Zo\u{eb} \u{4e2d}".into();
    let text = mend::domain::schema::encode(&document).expect("encodes");
    let held = |text: &str| storage::Held::from(js_sys::JsString::from(text));
    assert_eq!(
        storage::read_external(Some(&held(&text)), &Default::default()),
        storage::External::Document(Box::new(document))
    );
    // Text that cannot be read is not adopted, and a newer Mend's stops this tab's writes.
    assert_eq!(
        storage::read_external(Some(&held(&text[..text.len() - 1])), &Default::default()),
        storage::External::Ignore
    );
    assert_eq!(
        storage::read_external(Some(&held(r#"{"schema_version":99}"#)), &Default::default()),
        storage::External::Newer(99, Some(Box::default()))
    );
    assert_eq!(
        storage::read_external(
            Some(&held(r#"{"schema_version":99,"couple":7}"#)),
            &Default::default()
        ),
        storage::External::Newer(99, None)
    );
}

// Making a key takes a second. What another tab does meanwhile can make the core refuse the lock
// change; the refusal must come back as an error, never as "The lock is on" over plain data.

#[wasm_bindgen_test]
async fn a_lock_refused_after_a_newer_mend_wrote_meanwhile_says_so() {
    reset();
    with_shell(|state| async move {
        let _ = state.apply(Setting::Name(Partner::A, "Plain".into()));
        let key = crypto::new_key("a second too late").await.expect("key");
        // A newer Mend in another tab wrote while the key was being made.
        let newer = r#"{"schema_version":99}"#;
        put(&document_key(), newer);
        other_tab_writes(&document_key(), Some(newer));
        assert_eq!(state.turn_lock_on(key), Err(StorageError::NewerSchema(99)));
        assert!(!state.lock_on());
        assert_eq!(stored(&locked_key()), None, "nothing was sealed");
        assert_eq!(stored_document().as_deref(), Some(newer));
        assert_eq!(state.turn_lock_off(), Err(StorageError::NewerSchema(99)));
    })
    .await;
}

/// Another tab turns the lock on with its own passphrase while this one, holding "Mine", makes
/// its key; its storage event comes before this tab's lock change when `heard`. Whichever comes
/// first, this tab's lock change is refused, their passphrase still opens what is stored, and
/// this tab shows the lock screen.
async fn lock_race_with_another_tab(heard: bool) {
    reset();
    with_shell(|state| async move {
        let _ = state.apply(Setting::Name(Partner::A, "Mine".into()));
        let key = crypto::new_key("a second too late").await.expect("key");
        let theirs = crypto::new_key("theirs").await.expect("key");
        let envelope =
            String::from(storage::seal_document(&theirs, &named("Theirs")).expect("seals"));
        put(&locked_key(), &envelope);
        js(&format!("localStorage.removeItem({:?});", document_key()));
        if heard {
            other_tab_writes(&locked_key(), Some(&envelope));
        }
        assert_eq!(state.turn_lock_on(key), Err(StorageError::LockedElsewhere));
        assert_eq!(stored(&locked_key()).as_deref(), Some(envelope.as_str()));
        assert!(storage::unlock(envelope, "theirs").await.is_ok());
        assert!(matches!(state.outcome.get_untracked(), LoadOutcome::Locked));
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_lock_refused_after_another_tab_locked_meanwhile_says_so() {
    lock_race_with_another_tab(true).await;
}

/// The other tab's storage event still on its way: the seal itself checks.
#[wasm_bindgen_test]
async fn a_lock_turned_on_before_another_tabs_lock_is_heard_seals_nothing_over_it() {
    lock_race_with_another_tab(false).await;
}

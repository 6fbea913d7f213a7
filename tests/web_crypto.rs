//! The passphrase lock's cryptography, with the browser's real WebCrypto.
#![cfg(target_arch = "wasm32")]

mod web_support;

use mend::domain::document::Document;
use mend::domain::lock::{Envelope, ITERATIONS};
use mend::storage::crypto::{self, CryptoError};
use mend::storage::{self, keys, LoadOutcome};
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn sealed_text_opens_with_the_right_passphrase_only() {
    let key = crypto::new_key("correct horse battery").await.expect("key");
    let sealed = crypto::seal(&key, "{\"schema_version\":2}").expect("seals");
    assert!(
        !sealed.contains("schema_version"),
        "no plain text in the envelope"
    );
    let opened = Envelope::parse(&sealed).expect("valid envelope");
    assert_eq!(opened.iterations, ITERATIONS);
    let (plain, _) = crypto::open(sealed.clone(), "correct horse battery")
        .await
        .expect("opens");
    assert_eq!(plain, "{\"schema_version\":2}");
    assert_eq!(
        crypto::open(sealed.clone(), "correct horse batterY")
            .await
            .err(),
        Some(CryptoError::WrongPassphrase)
    );
    assert_eq!(
        crypto::open(sealed.clone(), "").await.err(),
        Some(CryptoError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn every_save_gets_a_fresh_nonce() {
    let key = crypto::new_key("another passphrase").await.expect("key");
    let mut nonces = std::collections::BTreeSet::new();
    for _ in 0..20 {
        let sealed = crypto::seal(&key, "same text every time").expect("seals");
        let opened = Envelope::parse(&sealed).expect("valid");
        assert!(nonces.insert(opened.iv), "a nonce was used twice");
    }
}

#[wasm_bindgen_test]
async fn tampered_data_is_refused() {
    let key = crypto::new_key("tamper test pass").await.expect("key");
    let sealed = crypto::seal(&key, "hello").expect("seals");
    let mut envelope: Envelope = serde_json::from_str(&sealed).expect("json");
    let mut data = mend::domain::lock::base64::decode(&envelope.data).expect("b64");
    data[0] ^= 1;
    envelope.data = mend::domain::lock::base64::encode(&data);
    assert_eq!(
        crypto::open(envelope.to_text(), "tamper test pass")
            .await
            .err(),
        Some(CryptoError::WrongPassphrase)
    );
    assert!(matches!(
        crypto::open("{\"format\":\"nope\"}".into(), "x")
            .await
            .err(),
        Some(CryptoError::Damaged(_))
    ));
}

#[wasm_bindgen_test]
async fn a_locked_document_replaces_the_plain_one_and_loads_as_locked() {
    reset();
    // With earlier results, which a plain save stores under a key of their own.
    let Ok(mend::domain::schema::Decoded::Migrated { mut document, .. }) =
        mend::domain::schema::decode(include_str!("fixtures/v2-populated.json"))
    else {
        panic!("the fixture reads");
    };
    document.couple.a = "Hidden name".into();
    storage::write_plain(&document).expect("plain save");
    assert!(stored(&keys::current().runs()).is_some());
    let key = crypto::new_key("lock it please").await.expect("key");
    storage::write_sealed(&key, &document).expect("locked save");
    assert_eq!(stored(&document_key()), None, "the plain copy is gone");
    assert_eq!(stored(&keys::current().runs()), None, "its results too");
    let envelope = stored(&locked_key()).expect("locked copy");
    assert!(!envelope.contains("Hidden name"));
    let loaded = storage::load(1);
    assert!(matches!(loaded.outcome, LoadOutcome::Locked));
    assert!(
        loaded.document.is_empty(),
        "nothing is decoded while locked"
    );
    assert!(storage::unlock(envelope.clone(), "wrong passphrase")
        .await
        .is_err());
    let (opened, key) = storage::unlock(envelope.clone(), "lock it please")
        .await
        .expect("unlocks");
    assert_eq!(opened, document);
    storage::unseal_all(&key, &opened).expect("unlocks for good");
    assert_eq!(stored(&locked_key()), None);
    assert!(storage::load(1).document.couple.a == "Hidden name");
}

#[wasm_bindgen_test]
async fn turning_the_lock_on_leaves_nothing_plain_and_off_brings_it_back() {
    reset();
    put(&document_key(), "broken, kept aside");
    let loaded = storage::load(3);
    assert!(matches!(
        loaded.outcome,
        LoadOutcome::Corrupt {
            backup_key: Some(_),
            ..
        }
    ));
    // Stored plain first, earlier results and all, as a tab that turns the lock on has.
    let Ok(mend::domain::schema::Decoded::Migrated { mut document, .. }) =
        mend::domain::schema::decode(include_str!("fixtures/v2-populated.json"))
    else {
        panic!("the fixture reads");
    };
    document.couple.b = "Plain name".into();
    storage::write_plain(&document).expect("plain save");
    assert!(stored(&keys::current().runs()).is_some_and(|runs| runs.contains("2026-11-01")));
    let key = crypto::new_key("seal the copies").await.expect("key");
    storage::seal_all(&key, None, &document).expect("seals");
    assert_eq!(stored(&keys::current().runs()), None);
    let prefix = keys::current().prefix().to_string();
    for k in all_keys().into_iter().filter(|k| k.starts_with(&prefix)) {
        let text = stored(&k).unwrap_or_default();
        assert!(
            Envelope::parse(&text).is_ok(),
            "{k} is plain while locked: {text}"
        );
    }
    let copies = storage::backups(Some(&key));
    assert_eq!(copies.len(), 1);
    assert_eq!(
        copies[0].text.as_deref(),
        Some("broken, kept aside"),
        "a sealed copy still downloads"
    );
    assert_eq!(
        storage::backups(None)[0].text,
        None,
        "without the key it cannot be read"
    );
    // A new passphrase moves every sealed value to the new key.
    let next = crypto::new_key("a new passphrase").await.expect("key");
    storage::seal_all(&next, Some(&key), &document).expect("reseals");
    assert_eq!(
        storage::backups(Some(&next))[0].text.as_deref(),
        Some("broken, kept aside")
    );
    storage::unseal_all(&next, &document).expect("unseals");
    assert_eq!(stored(&locked_key()), None);
    assert_eq!(
        storage::backups(None)[0].text.as_deref(),
        Some("broken, kept aside")
    );
    assert!(stored(&document_key())
        .unwrap_or_default()
        .contains("Plain name"));
    // Stored whole by the unlock; the next save stores the results apart again.
    storage::write_plain(&document).expect("plain save");
    assert!(stored(&keys::current().runs()).is_some_and(|runs| runs.contains("2026-11-01")));
    assert_eq!(
        stored_document(),
        mend::domain::schema::encode(&document).ok()
    );
}

#[wasm_bindgen_test]
async fn a_lock_that_cannot_be_written_changes_nothing() {
    reset();
    put(&document_key(), "broken again");
    let _ = storage::load(4);
    let before = all_keys()
        .into_iter()
        .map(|k| (stored(&k), k))
        .collect::<Vec<_>>();
    let key = crypto::new_key("storage is full").await.expect("key");
    simulate_quota_exceeded();
    let result = storage::seal_all(&key, None, &Document::default());
    restore();
    assert_eq!(result, Err(mend::storage::StorageError::QuotaExceeded));
    let after = all_keys()
        .into_iter()
        .map(|k| (stored(&k), k))
        .collect::<Vec<_>>();
    assert_eq!(before, after);
}

/// The frozen packet of `tests/fixtures/packet-v1.txt` (sealed on the host, whose tests derive
/// the key with the `pbkdf2` crate) opens with the key WebCrypto derives from the same code: the
/// browser and the host tests run the same key derivation.
#[wasm_bindgen_test]
async fn a_packet_sealed_on_the_host_opens_with_webcrypto() {
    use mend::domain::merge;
    use mend::domain::packet::{
        self, Code, PacketError, PacketKey, ITERATIONS as PACKET_ITERATIONS,
    };
    let text = include_str!("fixtures/packet-v1.txt").trim();
    let sealed = packet::read(text).expect("a version 1 packet");
    let code = Code::parse("7j8gf ajy23").expect("a code");
    let aead = crypto::cipher().await.expect("the cipher");
    let key = crypto::derive_bits(code.secret(), sealed.salt(), PACKET_ITERATIONS)
        .await
        .expect("derives");
    let key = PacketKey::new(key, aead);
    let contents = sealed
        .open(&key)
        .map_err(|e| e.to_string())
        .and_then(|b| merge::decode(&b).map_err(|e| e.to_string()))
        .expect("opens");
    assert_eq!(contents.name, "Sam");
    let wrong = Code::parse("7J8GF-AJY24").expect("a code");
    let key = crypto::derive_bits(wrong.secret(), sealed.salt(), PACKET_ITERATIONS)
        .await
        .expect("derives");
    let key = PacketKey::new(key, aead);
    assert_eq!(
        sealed.open(&key).err(),
        Some(PacketError::WrongCodeOrChanged)
    );
}

#[wasm_bindgen_test]
async fn a_background_seal_opens_like_one_made_at_once_and_wipes_its_plain_copy() {
    let key = crypto::new_key("background passphrase").await.expect("key");
    let text = "{\"schema_version\":3,\"note\":\"caf\u{e9} \u{1f33f}\"}";
    let plain = js_sys::Uint8Array::from(text.as_bytes());
    let sealed: String = crypto::seal_in_background(&key, plain.clone())
        .await
        .expect("seals")
        .into();
    assert!(!sealed.contains("schema_version"), "no plain text in it");
    // Opened by the module's AES-GCM, the one a synchronous save and another tab use.
    assert_eq!(
        crypto::open_with(&key, sealed.clone()),
        Ok(text.to_string())
    );
    let (opened, _) = crypto::open(sealed.clone(), "background passphrase")
        .await
        .expect("opens");
    assert_eq!(opened, text);
    assert!(
        plain.to_vec().iter().all(|&b| b == 0),
        "the copy handed to the browser is overwritten"
    );
    // Two background seals of the same text never share a nonce.
    let again: String = crypto::seal_in_background(&key, js_sys::Uint8Array::from(text.as_bytes()))
        .await
        .expect("seals")
        .into();
    assert_ne!(
        Envelope::parse(&again).expect("valid").iv,
        Envelope::parse(&sealed).expect("valid").iv
    );
}

/// The module's memory in bytes: it only grows, to the highest point ever reached.
fn memory() -> usize {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0, |b| b.byte_length() as usize)
}

#[wasm_bindgen_test]
async fn years_of_data_are_sealed_and_opened_in_the_room_of_about_one_text() {
    reset();
    // Larger than any block the tests before freed, so what is needed here is new memory.
    const LONG: usize = 1_500_000;
    let mut document = Document::default();
    document.couple.b = format!("Jos\u{e9} {}", "x".repeat(LONG));
    // Opened as the app opens it: a save knows the text's length from the load, and sizes its
    // buffer once instead of growing it by doubling.
    storage::write_plain(&document).expect("saves");
    drop(document);
    let document = storage::load(1).document;
    let key = crypto::new_key("years of data").await.expect("key");
    let before = memory();
    // Turning the lock on, a save as the page goes, a save after a quiet moment.
    storage::seal_all(&key, None, &document).expect("seals");
    storage::write_sealed(&key, &document).expect("seals as the page goes");
    let sealed = storage::seal_in_background(&key, &document)
        .await
        .expect("seals in the background");
    storage::store_sealed(&sealed).expect("stores");
    let sealing = memory() - before;
    // Unlocking: the envelope's text, then the plain text, then the document read from it.
    let envelope = storage::locked_envelope().expect("sealed");
    let (opened, _) = storage::unlock(envelope.text(), "years of data")
        .await
        .expect("opens");
    assert_eq!(opened, document);
    let grown = memory() - before;
    // What the load and the first save freed is room enough for one text: sealing once wrote
    // a copy of the ciphertext, its base64 and the envelope's text in the module besides (8.1
    // MB more here with `89c07cc`'s code); opening, the envelope's text, its data and the plain
    // text at once.
    assert!(
        sealing < LONG,
        "sealing {LONG} bytes three ways grew the memory by {sealing}"
    );
    assert!(
        grown < LONG * 2,
        "sealing and opening {LONG} bytes grew the memory by {grown}"
    );
}

#[wasm_bindgen_test]
async fn another_tabs_envelope_opens_from_the_browsers_text_as_it_opens_whole() {
    let key = crypto::new_key("held passphrase").await.expect("key");
    // Long enough for several slices, with characters of every width in it.
    let text = format!(
        "{{\"note\":\"{}\"}}",
        "caf\u{e9} \u{1f33f} \u{4e2d} ".repeat(20_000)
    );
    let sealed = crypto::seal_now(&key, &[&text]).expect("seals");
    let sealed = String::from(sealed);
    let held = |text: &str| js_sys::JsString::from(text);
    assert_eq!(crypto::open_held(&key, &held(&sealed)), Ok(text.clone()));
    // Data written with an escape JSON allows, as Mend never writes it: opened whole all the same.
    let escaped = sealed.replace('/', "\\/");
    assert!(escaped.len() > sealed.len(), "the data holds a slash");
    assert_eq!(crypto::open_held(&key, &held(&escaped)), Ok(text.clone()));
    // A changed character of the data, a cut text and another key fail as opening whole fails.
    let at = sealed.len() / 2;
    let changed = format!(
        "{}{}{}",
        &sealed[..at],
        if &sealed[at..=at] == "A" { "B" } else { "A" },
        &sealed[at + 1..]
    );
    for damaged in [
        changed,
        sealed[..sealed.len() - 3].to_string(),
        "{}".to_string(),
    ] {
        assert_eq!(
            crypto::open_held(&key, &held(&damaged)),
            crypto::open_with(&key, damaged.clone()),
            "{}",
            &damaged[damaged.len().saturating_sub(40)..]
        );
        assert!(crypto::open_held(&key, &held(&damaged)).is_err());
    }
    let other = crypto::new_key("another passphrase").await.expect("key");
    assert_eq!(
        crypto::open_held(&other, &held(&sealed)),
        Err(crypto::CryptoError::WrongPassphrase)
    );
}

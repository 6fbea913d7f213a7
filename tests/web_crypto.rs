//! The passphrase lock's cryptography, with the browser's real WebCrypto.
#![cfg(target_arch = "wasm32")]

mod web_support;

use mend::domain::document::Document;
use mend::domain::lock::{Envelope, ITERATIONS};
use mend::storage::crypto::{self, CryptoError};
use mend::storage::{self, keys, LoadOutcome, SaveMode};
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn sealed_text_opens_with_the_right_passphrase_only() {
    let key = crypto::new_key("correct horse battery").await.expect("key");
    let sealed = crypto::seal(&key, "{\"schema_version\":2}").await.expect("seals");
    assert!(!sealed.contains("schema_version"), "no plain text in the envelope");
    let opened = Envelope::parse(&sealed).expect("valid envelope");
    assert_eq!(opened.iterations, ITERATIONS);
    let (plain, _) = crypto::open(&sealed, "correct horse battery").await.expect("opens");
    assert_eq!(plain, "{\"schema_version\":2}");
    assert_eq!(crypto::open(&sealed, "correct horse batterY").await.err(), Some(CryptoError::WrongPassphrase));
    assert_eq!(crypto::open(&sealed, "").await.err(), Some(CryptoError::WrongPassphrase));
}

#[wasm_bindgen_test]
async fn every_save_gets_a_fresh_nonce() {
    let key = crypto::new_key("another passphrase").await.expect("key");
    let mut nonces = std::collections::BTreeSet::new();
    for _ in 0..20 {
        let sealed = crypto::seal(&key, "same text every time").await.expect("seals");
        let opened = Envelope::parse(&sealed).expect("valid");
        assert!(nonces.insert(opened.iv), "a nonce was used twice");
    }
}

#[wasm_bindgen_test]
async fn tampered_data_is_refused() {
    let key = crypto::new_key("tamper test pass").await.expect("key");
    let sealed = crypto::seal(&key, "hello").await.expect("seals");
    let mut envelope: Envelope = serde_json::from_str(&sealed).expect("json");
    let mut data = mend::domain::lock::base64::decode(&envelope.data).expect("b64");
    data[0] ^= 1;
    envelope.data = mend::domain::lock::base64::encode(&data);
    assert_eq!(crypto::open(&envelope.to_text(), "tamper test pass").await.err(), Some(CryptoError::WrongPassphrase));
    assert!(matches!(crypto::open("{\"format\":\"nope\"}", "x").await.err(), Some(CryptoError::Damaged(_))));
}

#[wasm_bindgen_test]
async fn a_locked_document_replaces_the_plain_one_and_loads_as_locked() {
    reset();
    let mut document = Document::default();
    document.couple.a = "Hidden name".into();
    storage::save(SaveMode::Normal, &document).expect("plain save");
    let key = crypto::new_key("lock it please").await.expect("key");
    storage::save_locked(&key, &document).await.expect("locked save");
    assert_eq!(stored(keys::DOCUMENT), None, "the plain copy is gone");
    let envelope = stored(keys::LOCKED).expect("locked copy");
    assert!(!envelope.contains("Hidden name"));
    let loaded = storage::load(1);
    assert_eq!(loaded.mode, SaveMode::Locked);
    assert!(matches!(loaded.outcome, LoadOutcome::Locked { .. }));
    assert!(storage::save(loaded.mode, &document).is_err(), "nothing is written while locked");
    assert!(storage::unlock(&envelope, "wrong passphrase").await.is_err());
    let (opened, _) = storage::unlock(&envelope, "lock it please").await.expect("unlocks");
    assert_eq!(opened, document);
    storage::remove_lock(&opened).expect("unlocks for good");
    assert_eq!(stored(keys::LOCKED), None);
    assert!(storage::load(1).document.couple.a == "Hidden name");
}

//! WebCrypto for the passphrase lock: PBKDF2-SHA-256 to turn a passphrase into an AES-GCM 256
//! key, and a fresh random 12-byte nonce for every save. The key is not extractable and lives
//! only in memory.

use crate::domain::lock::{Envelope, LockError, IV_BYTES, ITERATIONS, SALT_BYTES};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// Why the lock could not do its work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// This browser offers no WebCrypto (for example a page not served over https or localhost).
    Unsupported,
    /// The passphrase does not open this data (or the data was altered).
    WrongPassphrase,
    /// The stored envelope is damaged.
    Damaged(LockError),
    /// Anything else the browser reported.
    Failed(String),
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::Unsupported => write!(f, "This browser cannot encrypt here (it needs a secure https page)."),
            CryptoError::WrongPassphrase => write!(f, "That passphrase does not open this data. Nothing was changed."),
            CryptoError::Damaged(why) => write!(f, "The locked data cannot be opened: {why}."),
            CryptoError::Failed(why) => write!(f, "Encryption failed: {why}."),
        }
    }
}

/// A key ready to seal saves, with the salt and iterations it was made with.
#[derive(Clone)]
pub struct LockKey {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CryptoError::Unsupported)?;
    Ok(crypto.subtle())
}

fn failed(error: JsValue) -> CryptoError {
    CryptoError::Failed(error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| "unknown".into()))
}

/// `n` bytes from the browser's cryptographic random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CryptoError::Unsupported)?;
    let mut bytes = vec![0u8; n];
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(failed)?;
    Ok(bytes)
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Derives the key for `passphrase` with `salt` and `iterations`.
pub async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<LockKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = call(subtle.import_key_with_object(
        "raw",
        &raw,
        &js_sys::Object::from(JsValue::from_str("PBKDF2")).unchecked_into(),
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(failed)?;
    let params = Pbkdf2Params::new("PBKDF2", &"SHA-256".into(), iterations, &Uint8Array::from(salt));
    let target = AesKeyGenParams::new("AES-GCM", 256);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = call(subtle.derive_key_with_object_and_object(&params, &base.unchecked_into(), &target, false, &usages))
        .await
        .map_err(failed)?;
    Ok(LockKey { key: key.unchecked_into(), salt: salt.to_vec(), iterations })
}

/// A new key from `passphrase` with a fresh random salt and [`ITERATIONS`].
pub async fn new_key(passphrase: &str) -> Result<LockKey, CryptoError> {
    let salt = random_bytes(SALT_BYTES)?;
    derive(passphrase, &salt, ITERATIONS).await
}

/// Encrypts `plain` with a fresh nonce into stored envelope text.
pub async fn seal(key: &LockKey, plain: &str) -> Result<String, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
    let out = call(subtle()?.encrypt_with_object_and_u8_array(&params, &key.key, plain.as_bytes())).await.map_err(failed)?;
    let data = Uint8Array::new(&out).to_vec();
    Ok(Envelope::seal(key.iterations, &key.salt, &iv, &data).to_text())
}

/// Opens envelope text with a key already held (another tab's save under the same lock).
pub async fn open_with(key: &LockKey, envelope: &str) -> Result<String, CryptoError> {
    let opened = Envelope::parse(envelope).map_err(CryptoError::Damaged)?;
    if opened.salt != key.salt || opened.iterations != key.iterations {
        return Err(CryptoError::WrongPassphrase);
    }
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(opened.iv.as_slice()));
    let out = call(subtle()?.decrypt_with_object_and_u8_array(&params, &key.key, &opened.data))
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&out).to_vec()).map_err(|_| CryptoError::WrongPassphrase)
}

/// Opens envelope text with `passphrase`, giving the plain text and the key to keep saving with.
pub async fn open(envelope: &str, passphrase: &str) -> Result<(String, LockKey), CryptoError> {
    let opened = Envelope::parse(envelope).map_err(CryptoError::Damaged)?;
    let key = derive(passphrase, &opened.salt, opened.iterations).await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(opened.iv.as_slice()));
    // AES-GCM checks its tag: a wrong key fails here instead of producing garbage.
    let out = call(subtle()?.decrypt_with_object_and_u8_array(&params, &key.key, &opened.data))
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    let plain = String::from_utf8(Uint8Array::new(&out).to_vec()).map_err(|_| CryptoError::WrongPassphrase)?;
    Ok((plain, key))
}

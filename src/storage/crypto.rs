//! The passphrase lock's cryptography: PBKDF2-SHA-256 (WebCrypto) turns a passphrase into a
//! 256-bit key; AES-GCM seals with a fresh random 12-byte nonce for every save.
//!
//! Two AES-GCMs, one stored form (ciphertext then 16-byte tag), so either opens what the other
//! sealed, and data sealed by earlier versions opens unchanged:
//! - the `aes-gcm` crate, in the module (`domain::cipher`), synchronous ([`seal`]): a change typed
//!   as the tab closes is written sealed in the `pagehide` handler, which cannot wait for
//!   WebCrypto's promises;
//! - WebCrypto's, for the saves after a quiet moment ([`seal_in_background`]) and for unlocking:
//!   the browser's own code, off the page's thread, where the module's took the better part of a
//!   second at 4x for years of data.
//!
//! The key lives only in memory and is wiped when dropped; the browser's copy of it cannot be read
//! back (not extractable) and goes with the last reference to it.

use crate::domain::cipher::{aes_256_gcm, Aead};
use crate::domain::lock::{
    base64, check_data_len, Envelope, LockError, ITERATIONS, IV_BYTES, PIECE_BYTES, SALT_BYTES,
};
use js_sys::{Array, JsString, Uint8Array};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};
use zeroize::Zeroizing;

/// Why the lock could not do its work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// This browser offers no WebCrypto (for example a page not served over https or localhost).
    Unsupported,
    /// The passphrase does not open this data (or the data was altered).
    WrongPassphrase,
    /// The stored envelope is damaged.
    Damaged(LockError),
    /// The locked data is no longer stored (deleted from another tab meanwhile).
    Gone,
    /// The encryption code (the `cipher` part) could not be downloaded: offline before it was
    /// ever fetched, or a newer version replaced the files.
    CodeMissing,
    /// Anything else the browser reported.
    Failed(String),
}

// The text is in the `banners` slice: it shows on the lock screen and in Your data's lock form,
// both screens that read the stored data and so load `banners`. What the browser reported stays
// as it said it.
impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::banners::{f as tf, t, Fmt, Msg};
        match self {
            CryptoError::Unsupported => f.write_str(t(Msg::CryptoUnsupported)),
            CryptoError::WrongPassphrase => f.write_str(t(Msg::CryptoWrongPassphrase)),
            CryptoError::Gone => f.write_str(t(Msg::CryptoGone)),
            CryptoError::CodeMissing => f.write_str(t(Msg::CryptoCodeMissing)),
            CryptoError::Damaged(why) => {
                f.write_str(&tf(Fmt::CryptoDamaged, &[("details", &why.to_string())]))
            }
            CryptoError::Failed(why) => f.write_str(&tf(Fmt::CryptoFailed, &[("details", why)])),
        }
    }
}

/// A key ready to seal saves, with the salt and iterations it was made with.
#[derive(Clone)]
pub struct LockKey {
    key: Zeroizing<[u8; 32]>,
    salt: Vec<u8>,
    iterations: u32,
    /// AES-GCM, reached only through a key.
    ///
    /// Why through a key: the code that reads and writes the stored data (the `data` part every
    /// tool screen loads first) seals and opens with whatever key it is handed, and there is a key
    /// only once the lock screen or Your data's lock form has made one ([`derive`]). Taking the
    /// functions from the key keeps AES-GCM's code (about 5 KB of brotli) in a part of its own
    /// ([`cipher`]), out of every screen's first download.
    aead: Aead,
    /// The same key in WebCrypto, for [`seal_in_background`]; `None` where the browser would not
    /// take it, and then saves seal with `aead`.
    web: Option<CryptoKey>,
    /// [`seal_in_background`]'s work, reached through the key for the reason `aead` is: its
    /// code comes with the part that made the key, not with every screen's `data` part.
    seal_later: fn(&LockKey, Uint8Array) -> Sealing,
    /// [`seal_now`]'s work, reached through the key for the same reason.
    seal_now: fn(&LockKey, &mut Vec<u8>) -> Result<JsString, CryptoError>,
}

/// A seal under way in the background: the envelope text, or why there is none.
pub type Sealing = Pin<Box<dyn Future<Output = Result<JsString, CryptoError>>>>;

/// AES-GCM's functions, from a part of their own (`cipher`, see build/parts.json): the lock
/// screen, Your data's lock form and the partner screen need them only once a passphrase or code
/// has been entered, while PBKDF2 runs (far longer than the download), so no screen's first
/// download carries them.
pub async fn cipher() -> Result<Aead, CryptoError> {
    crate::part::from_part!(cipher, () -> Aead { aes_256_gcm() })
        .map_err(|_| CryptoError::CodeMissing)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unsupported)?;
    Ok(crypto.subtle())
}

fn failed(error: JsValue) -> CryptoError {
    CryptoError::Failed(
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "unknown".into()),
    )
}

/// `n` bytes from the browser's cryptographic random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unsupported)?;
    let mut bytes = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(failed)?;
    Ok(bytes)
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Derives the key for `passphrase` with `salt` and `iterations` (PBKDF2-SHA-256 in WebCrypto,
/// which is much faster than doing it in the module).
pub async fn derive(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<LockKey, CryptoError> {
    let key = derive_bits(passphrase.as_bytes(), salt, iterations).await?;
    let web = web_key(&key).await;
    Ok(LockKey {
        key,
        salt: salt.to_vec(),
        iterations,
        aead: cipher().await?,
        web,
        seal_later: seal_with_web_crypto,
        seal_now: seal_in_place,
    })
}

/// `key` as a WebCrypto AES-GCM key that cannot be read back.
async fn web_key(key: &[u8; 32]) -> Option<CryptoKey> {
    let raw = Uint8Array::from(&key[..]);
    let imported = call(subtle().ok()?.import_key_with_str(
        "raw",
        &raw,
        "AES-GCM",
        false,
        &Array::of2(&"encrypt".into(), &"decrypt".into()),
    ))
    .await;
    raw.fill(0, 0, raw.length());
    imported.ok()?.dyn_into().ok()
}

/// PBKDF2-HMAC-SHA-256 of `secret` with `salt` and `iterations` in WebCrypto: 32 bytes of key.
/// Also derives the partner packet's key from its one-time code (`domain::packet`).
pub async fn derive_bits(
    secret: &[u8],
    salt: &[u8],
    iterations: u32,
) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(secret);
    let base = call(subtle.import_key_with_object(
        "raw",
        &raw,
        &js_sys::Object::from(JsValue::from_str("PBKDF2")).unchecked_into(),
        false,
        &Array::of1(&"deriveBits".into()),
    ))
    .await
    .map_err(failed)?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &"SHA-256".into(),
        iterations,
        &Uint8Array::from(salt),
    );
    let bits = call(subtle.derive_bits_with_object(&params, &base.unchecked_into(), 256))
        .await
        .map_err(failed)?;
    let bytes = Uint8Array::new(&bits);
    let mut key = Zeroizing::new([0u8; 32]);
    if bytes.length() != 32 {
        return Err(CryptoError::Failed(
            "the browser derived a key of the wrong length".into(),
        ));
    }
    bytes.copy_to(key.as_mut());
    // The browser's copy of the bits is no longer needed.
    bytes.fill(0, 0, 32);
    Ok(key)
}

/// A new key from `passphrase` with a fresh random salt and [`ITERATIONS`].
pub async fn new_key(passphrase: &str) -> Result<LockKey, CryptoError> {
    let salt = random_bytes(SALT_BYTES)?;
    derive(passphrase, &salt, ITERATIONS).await
}

/// Encrypts `plain` with a fresh nonce into stored envelope text. Synchronous (see the module).
/// For what is small or needed as text in the module (an export's file); a save seals with
/// [`seal_now`].
pub fn seal(key: &LockKey, plain: &str) -> Result<String, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    let mut data = plain.as_bytes().to_vec();
    (key.aead.seal)(&key.key, &iv, &[], &mut data)
        .ok_or_else(|| CryptoError::Failed("sealing failed".into()))?;
    Ok(Envelope::seal(key.iterations, &key.salt, &iv, &data).to_text())
}

/// Encrypts `plain` as [`seal`] does, in place (`plain` becomes the ciphertext), into envelope
/// text made in JavaScript a piece at a time (see [`envelope_text`]). Synchronous: a change typed
/// as the tab closes is sealed this way.
///
/// Why not [`seal`]: with years of data, its ciphertext, the ciphertext's base64 and the
/// envelope's text were each a block of millions of bytes in the module, whose memory never
/// shrinks; turning the lock on took it from 4.6 to 16.5 MB with the quadruple document.
pub fn seal_now(key: &LockKey, plain: &mut Vec<u8>) -> Result<JsString, CryptoError> {
    (key.seal_now)(key, plain)
}

fn seal_in_place(key: &LockKey, plain: &mut Vec<u8>) -> Result<JsString, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    (key.aead.seal)(&key.key, &iv, &[], plain)
        .ok_or_else(|| CryptoError::Failed("sealing failed".into()))?;
    let data = &*plain;
    Ok(envelope_text(key, &iv, data.len(), |from, to, out| {
        out.extend_from_slice(&data[from..to])
    }))
}

/// The envelope of `len` bytes of sealed data as text made in JavaScript: the text before the
/// data, the data's base64 a piece at a time, the text after (see [`Envelope::around_data`]).
/// `copy(from, to, out)` appends those bytes of the sealed data to `out`. The module holds one
/// piece at a time, never the whole envelope.
fn envelope_text(
    key: &LockKey,
    iv: &[u8],
    len: usize,
    mut copy: impl FnMut(usize, usize, &mut Vec<u8>),
) -> JsString {
    let (before, after) = Envelope::around_data(key.iterations, &key.salt, iv);
    let parts = Array::new();
    parts.push(&JsValue::from_str(&before));
    let mut piece = Vec::with_capacity(PIECE_BYTES.min(len));
    for from in (0..len).step_by(PIECE_BYTES) {
        piece.clear();
        copy(from, (from + PIECE_BYTES).min(len), &mut piece);
        parts.push(&JsValue::from_str(&base64::encode(&piece)));
    }
    parts.push(&JsValue::from_str(&after));
    parts.join("")
}

/// Encrypts `plain` as [`seal`] does, with WebCrypto: the page stays responsive while years of
/// data are sealed. `plain` is overwritten with zeros once sealed (or refused).
pub fn seal_in_background(key: &LockKey, plain: Uint8Array) -> Sealing {
    (key.seal_later)(key, plain)
}

fn seal_with_web_crypto(key: &LockKey, plain: Uint8Array) -> Sealing {
    let key = key.clone();
    Box::pin(async move { seal_with(&key, plain).await })
}

async fn seal_with(key: &LockKey, plain: Uint8Array) -> Result<JsString, CryptoError> {
    let sealed = async {
        let web = key.web.as_ref().ok_or(CryptoError::Unsupported)?;
        let iv = random_bytes(IV_BYTES)?;
        let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&iv[..]));
        let data = call(subtle()?.encrypt_with_object_and_buffer_source(&params, web, &plain))
            .await
            .map_err(failed)?;
        // Read out a piece at a time (see `envelope_text`), not copied into the module whole.
        let data = Uint8Array::new(&data);
        Ok(envelope_text(
            key,
            &iv,
            data.length() as usize,
            |from, to, out| {
                out.resize(to - from, 0);
                data.subarray(from as u32, to as u32).copy_to(out);
            },
        ))
    }
    .await;
    plain.fill(0, 0, plain.length());
    sealed
}

/// Decrypts `data` in place into the plain text.
fn decrypt(key: &LockKey, iv: &[u8], mut data: Vec<u8>) -> Result<String, CryptoError> {
    // AES-GCM checks its tag: a wrong key or a changed byte fails here instead of giving garbage.
    (key.aead.open)(&key.key, iv, &[], &mut data).ok_or(CryptoError::WrongPassphrase)?;
    String::from_utf8(data).map_err(|_| CryptoError::WrongPassphrase)
}

/// Opens envelope text with a key already held (another tab's save under the same lock, a
/// sealed copy). Synchronous.
pub fn open_with(key: &LockKey, envelope: &str) -> Result<String, CryptoError> {
    let opened = Envelope::parse(envelope).map_err(CryptoError::Damaged)?;
    if opened.salt != key.salt || opened.iterations != key.iterations {
        return Err(CryptoError::WrongPassphrase);
    }
    decrypt(key, &opened.iv, opened.data)
}

/// Opens envelope text with `passphrase`, giving the plain text and the key to keep saving with.
///
/// The text is taken, not borrowed: its data is decoded a piece at a time straight into the
/// browser's memory, where it is decrypted, and the text is let go before the plain text comes
/// back into the module, so that years of data need the room of one of them at a time, not of
/// the text, its data and the plain text at once.
pub async fn open(envelope: String, passphrase: &str) -> Result<(String, LockKey), CryptoError> {
    let (header, data) = Envelope::read(&envelope, |header, base64| {
        let room = u32::try_from(base64.len() / 4 * 3).map_err(|_| bad_data())?;
        let data = Uint8Array::new_with_length(room);
        let mut at = 0u32;
        let len = base64::decode_pieces(base64, PIECE_BYTES / 3 * 4, |piece| {
            let end = at + piece.len() as u32;
            data.subarray(at, end).copy_from(piece);
            at = end;
        })
        .ok_or_else(bad_data)?;
        check_data_len(len)?;
        Ok((header, data.subarray(0, at)))
    })
    .map_err(CryptoError::Damaged)?;
    drop(envelope);
    let key = derive(passphrase, &header.salt, header.iterations).await?;
    // The browser's AES-GCM first, as for the saves: the module's takes about 95 ms for the
    // quadruple document's 1.6 MB in V8 without throttling. Whatever it refuses, the module's
    // decides, so a browser that will not decrypt (or a key it would not take) still opens the
    // data, and a wrong passphrase is still told as one.
    let plain = match decrypt_in_background(&key, &header.iv, &data).await {
        Some(plain) => plain,
        None => decrypt(&key, &header.iv, data.to_vec())?,
    };
    Ok((plain, key))
}

fn bad_data() -> LockError {
    LockError::Damaged("bad data".into())
}

/// Decrypts with WebCrypto; `None` on any failure (see [`open`]).
async fn decrypt_in_background(key: &LockKey, iv: &[u8], data: &Uint8Array) -> Option<String> {
    let web = key.web.as_ref()?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(iv));
    let plain = call(
        subtle()
            .ok()?
            .decrypt_with_object_and_buffer_source(&params, web, data),
    )
    .await
    .ok()?;
    let plain = Uint8Array::new(&plain);
    let text = String::from_utf8(plain.to_vec()).ok();
    // The browser's copy of the plain text is not needed any more.
    plain.fill(0, 0, plain.length());
    text
}

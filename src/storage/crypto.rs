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

use crate::domain::assessment::History;
use crate::domain::cipher::{aes_256_gcm, Aead};
use crate::domain::document::Document;
use crate::domain::lock::{
    base64, check_data_len, Envelope, LockError, ITERATIONS, IV_BYTES, PIECE_BYTES, SALT_BYTES,
};
use crate::storage::StorageError;
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
    /// AES-GCM and the seals that use it, reached only through a key.
    ///
    /// Why through a key: the code that reads and writes the stored data (the `data` part every
    /// tool screen loads first) seals and opens with whatever key it is handed, and there is a key
    /// only once the lock screen or Your data's lock form has made one ([`derive`]). Taking the
    /// functions from the key keeps their code (AES-GCM alone is about 5 KB of brotli) in a part
    /// of its own ([`ciphers`]), out of every screen's first download.
    ciphers: Ciphers,
    /// The same key in WebCrypto, for [`seal_in_background`]; `None` where the browser would not
    /// take it, and then saves seal with the module's AES-GCM.
    web: Option<CryptoKey>,
}

impl LockKey {
    /// The `cipher` part's functions this key was made with.
    pub(super) fn ciphers(&self) -> &Ciphers {
        &self.ciphers
    }
}

/// What the `cipher` part holds (see [`LockKey`]): AES-GCM, and the seals made with a key.
#[derive(Clone, Copy)]
pub struct Ciphers {
    aead: Aead,
    /// [`seal_in_background`]'s work.
    seal_later: fn(&LockKey, Uint8Array) -> Sealing,
    /// [`seal_now`]'s work.
    seal_now: fn(&LockKey, &[&str]) -> Result<JsString, CryptoError>,
    /// [`open`]'s work once the key is made.
    open_later: fn(&LockKey, String) -> Opening,
    /// [`open_with`]'s work.
    open_with: fn(&LockKey, String) -> Result<String, CryptoError>,
    /// [`read_held`]'s work.
    read_held: fn(&LockKey, &JsString, &History) -> Option<Document>,
    /// `storage::write_sealed`'s work.
    pub(super) write_sealed: fn(&LockKey, &Document) -> Result<(), StorageError>,
    /// `storage::seal_all`'s work.
    pub(super) seal_all: fn(&LockKey, Option<&LockKey>, &Document) -> Result<(), StorageError>,
    /// `storage::unseal_all`'s work.
    pub(super) unseal_all: fn(&LockKey, &Document) -> Result<(), StorageError>,
    /// `storage::seal_document`'s work.
    pub(super) seal_document: fn(&LockKey, &Document) -> Result<JsString, StorageError>,
    /// `storage::seal_in_background`'s work.
    pub(super) seal_document_later: fn(&LockKey, &Document) -> SealingDocument,
}

/// An opening under way: the plain text, or why there is none.
type Opening = Pin<Box<dyn Future<Output = Result<String, CryptoError>>>>;

/// A seal under way in the background: the envelope text, or why there is none.
pub type Sealing = Pin<Box<dyn Future<Output = Result<JsString, CryptoError>>>>;

/// A document's seal under way in the background (`storage::seal_in_background`): the envelope
/// text, or why there is none.
pub type SealingDocument = Pin<Box<dyn Future<Output = Result<JsString, StorageError>>>>;

/// AES-GCM's functions, from a part of their own (`cipher`, see build/parts.json): the lock
/// screen, Your data's lock form and the partner screen need them only once a passphrase or code
/// has been entered, while PBKDF2 runs (far longer than the download), so no screen's first
/// download carries them.
pub async fn cipher() -> Result<Aead, CryptoError> {
    Ok(ciphers().await?.aead)
}

/// [`cipher`] with the seals a lock key makes (see [`LockKey`]), from the same part.
async fn ciphers() -> Result<Ciphers, CryptoError> {
    crate::part::from_part!(cipher, () -> Ciphers {
        Ciphers {
            aead: aes_256_gcm(),
            seal_later: seal_with_web_crypto,
            seal_now: seal_in_pieces,
            open_later: open_with_web_crypto,
            open_with: open_whole,
            read_held: read_in_slices,
            write_sealed: super::write_sealed_now,
            seal_all: super::seal_all_now,
            unseal_all: super::unseal_all_now,
            seal_document: super::seal_document_now,
            seal_document_later: super::seal_in_background_now,
        }
    })
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
        ciphers: ciphers().await?,
        web,
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
    (key.ciphers.aead.seal)(&key.key, &iv, &[], &mut data)
        .ok_or_else(|| CryptoError::Failed("sealing failed".into()))?;
    Ok(Envelope::seal(key.iterations, &key.salt, &iv, &data).to_text())
}

/// Encrypts the text `pieces` make, as [`seal`] does, into envelope text made in JavaScript a
/// piece at a time (see [`envelope_text`]). Synchronous: a change typed as the tab closes is
/// sealed this way.
///
/// Why not [`seal`]: with years of data, the text to seal, its ciphertext, the ciphertext's
/// base64 and the envelope's text were each a block of millions of bytes in the module, whose
/// memory never shrinks: turning the lock on took it from 4.6 to 16.5 MB with the quadruple
/// document. Here the module holds one piece of each at a time.
pub fn seal_now(key: &LockKey, pieces: &[&str]) -> Result<JsString, CryptoError> {
    (key.ciphers.seal_now)(key, pieces)
}

fn seal_in_pieces(key: &LockKey, pieces: &[&str]) -> Result<JsString, CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    envelope_text(key, &iv, |out| {
        (key.ciphers.aead.seal_pieces)(&key.key, &iv, pieces, PIECE_BYTES, out)
            .ok_or_else(|| CryptoError::Failed("sealing failed".into()))
    })
}

/// The envelope of data sealed with `iv` as text made in JavaScript: the text before the data,
/// the data's base64 a piece at a time, the text after (see [`Envelope::around_data`]).
/// `write` hands the sealed data to the function it is given in pieces of [`PIECE_BYTES`], the
/// last shorter. The module holds one piece at a time, never the whole envelope.
fn envelope_text(
    key: &LockKey,
    iv: &[u8],
    write: impl FnOnce(&mut dyn FnMut(&[u8])) -> Result<(), CryptoError>,
) -> Result<JsString, CryptoError> {
    let (before, after) = Envelope::around_data(key.iterations, &key.salt, iv);
    let parts = Array::new();
    parts.push(&JsValue::from_str(&before));
    write(&mut |piece| {
        parts.push(&JsValue::from_str(&base64::encode(piece)));
    })?;
    parts.push(&JsValue::from_str(&after));
    Ok(parts.join(""))
}

/// Encrypts `plain` as [`seal`] does, with WebCrypto: the page stays responsive while years of
/// data are sealed. `plain` is overwritten with zeros once sealed (or refused).
pub fn seal_in_background(key: &LockKey, plain: Uint8Array) -> Sealing {
    (key.ciphers.seal_later)(key, plain)
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
        let len = data.length() as usize;
        envelope_text(key, &iv, |out| {
            let mut piece = Vec::with_capacity(PIECE_BYTES.min(len));
            for from in (0..len).step_by(PIECE_BYTES) {
                let to = (from + PIECE_BYTES).min(len);
                piece.resize(to - from, 0);
                data.subarray(from as u32, to as u32).copy_to(&mut piece);
                out(&piece);
            }
            Ok(())
        })
    }
    .await;
    plain.fill(0, 0, plain.length());
    sealed
}

/// Decrypts `data` in place into the plain text.
fn decrypt(key: &LockKey, iv: &[u8], mut data: Vec<u8>) -> Result<String, CryptoError> {
    // AES-GCM checks its tag: a wrong key or a changed byte fails here instead of giving garbage.
    (key.ciphers.aead.open)(&key.key, iv, &[], &mut data).ok_or(CryptoError::WrongPassphrase)?;
    String::from_utf8(data).map_err(|_| CryptoError::WrongPassphrase)
}

/// Opens envelope text with a key already held (another tab's save under the same lock, a
/// sealed copy). Synchronous. Takes the text, whose room its data is decoded into and then
/// decrypted in ([`Envelope::parse_owned`]): years of data, in the module once, not three times.
pub fn open_with(key: &LockKey, envelope: String) -> Result<String, CryptoError> {
    (key.ciphers.open_with)(key, envelope)
}

fn open_whole(key: &LockKey, envelope: String) -> Result<String, CryptoError> {
    let opened = Envelope::parse_owned(envelope).map_err(CryptoError::Damaged)?;
    if opened.salt != key.salt || opened.iterations != key.iterations {
        return Err(CryptoError::WrongPassphrase);
    }
    decrypt(key, &opened.iv, opened.data)
}

/// [`open_with`] for an envelope the browser holds (another tab's save under the same lock).
///
/// Its data's base64 is copied a slice at a time and decoded as it comes, so the envelope's text
/// is never whole in the module: only its data, then decrypted in place. With years of data the
/// text, then its data and the plain text, once took 2.9 MB more of the module's memory, which
/// never shrinks, at each such save. An envelope this cannot read (Mend writes the data last and
/// unescaped) is opened whole, as [`open_with`] opens it. The app reaches it through the key, in
/// [`read_held`]; the browser tests call it here.
pub fn open_held(key: &LockKey, envelope: &JsString) -> Result<String, CryptoError> {
    open_in_slices(key, envelope)
}

/// Another tab's sealed save, opened as [`open_held`] opens it and read beside this tab's `runs`
/// (see `storage::read_external_locked`). In the `cipher` part with the rest of the opening.
pub fn read_held(key: &LockKey, envelope: &JsString, runs: &History) -> Option<Document> {
    (key.ciphers.read_held)(key, envelope, runs)
}

fn read_in_slices(key: &LockKey, envelope: &JsString, runs: &History) -> Option<Document> {
    let plain = open_in_slices(key, envelope).ok()?;
    History::alongside(runs, || super::decode_opened(&plain)).ok()
}

fn open_in_slices(key: &LockKey, envelope: &JsString) -> Result<String, CryptoError> {
    let whole = || open_whole(key, super::local::copy_with_room(envelope));
    let text = |from: u32, to: u32| String::from(envelope.slice(from, to));
    let found = |what: &str, from: i32| u32::try_from(envelope.index_of(what, from)).ok();
    let Some(start) = found("\"data\":\"", 0).map(|at| at + 8) else {
        return whole();
    };
    let Some(end) = found("\"", start as i32) else {
        return whole();
    };
    let Ok((header, _)) = Envelope::read(&(text(0, start) + &text(end, envelope.length()))) else {
        return whole();
    };
    if header.salt != key.salt || header.iterations != key.iterations {
        return Err(CryptoError::WrongPassphrase);
    }
    let room = end.saturating_sub(start) / 4 * 3 + super::local::SLICE_UNITS;
    let mut data = Vec::with_capacity(room as usize);
    let mut at = start;
    while at < end {
        // Slices of a load's size: whole quads of base64 (see `local::copy_with_room`).
        let to = end.min(at + super::local::SLICE_UNITS);
        // Decoded where it is appended: its bytes are fewer than its characters.
        let from = data.len();
        data.extend_from_slice(text(at, to).as_bytes());
        let Some(len) = data
            .get_mut(from..)
            .and_then(|piece| base64::decode_within(piece, 0, piece.len(), to == end))
        else {
            return whole();
        };
        data.truncate(from + len);
        at = to;
    }
    if check_data_len(data.len()).is_err() {
        return whole();
    }
    decrypt(key, &header.iv, data)
}

/// Opens envelope text with `passphrase`, giving the plain text and the key to keep saving with.
///
/// The text is taken, not borrowed: its data is decoded a piece at a time straight into the
/// browser's memory, where it is decrypted, and the text is let go before the plain text comes
/// back into the module, so that years of data need the room of one of them at a time, not of
/// the text, its data and the plain text at once.
pub async fn open(envelope: String, passphrase: &str) -> Result<(String, LockKey), CryptoError> {
    let header = Envelope::read(&envelope).map_err(CryptoError::Damaged)?.0;
    let key = derive(passphrase, &header.salt, header.iterations).await?;
    let plain = (key.ciphers.open_later)(&key, envelope).await?;
    Ok((plain, key))
}

fn open_with_web_crypto(key: &LockKey, envelope: String) -> Opening {
    let key = key.clone();
    Box::pin(async move { open_with_key(&key, envelope).await })
}

async fn open_with_key(key: &LockKey, envelope: String) -> Result<String, CryptoError> {
    let (iv, data) = {
        let (header, base64) = Envelope::read(&envelope).map_err(CryptoError::Damaged)?;
        let damaged = || CryptoError::Damaged(LockError::Damaged("bad data".into()));
        let data = Uint8Array::new_with_length(
            u32::try_from(base64.len() / 4 * 3).map_err(|_| damaged())?,
        );
        let mut at = 0u32;
        let len = base64::decode_pieces(&base64, PIECE_BYTES / 3 * 4, &mut |piece| {
            let end = at + piece.len() as u32;
            data.subarray(at, end).copy_from(piece);
            at = end;
        })
        .ok_or_else(damaged)?;
        check_data_len(len).map_err(CryptoError::Damaged)?;
        (header.iv, data.subarray(0, at))
    };
    drop(envelope);
    // The browser's AES-GCM first, as for the saves: the module's takes about 95 ms for the
    // quadruple document's 1.6 MB in V8 without throttling. Whatever it refuses, the module's
    // decides, so a browser that will not decrypt (or a key it would not take) still opens the
    // data, and a wrong passphrase is still told as one.
    match decrypt_in_background(key, &iv, &data).await {
        Some(plain) => Ok(plain),
        None => decrypt(key, &iv, data.to_vec()),
    }
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
    // Read with a save's room, as stored plain text is (`local::read_large`): the next sealed
    // save's buffer then fits in its block once it is freed, instead of in new memory.
    let len = plain.length() as usize;
    let mut bytes = Vec::with_capacity(super::local::with_room(len));
    bytes.resize(len, 0);
    plain.copy_to(&mut bytes);
    let text = String::from_utf8(bytes).ok();
    // The browser's copy of the plain text is not needed any more.
    plain.fill(0, 0, plain.length());
    text
}

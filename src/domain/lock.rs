//! The passphrase lock's stored form: an envelope holding everything needed to open the data
//! again except the passphrase. The cryptography itself runs in the browser (WebCrypto); this
//! module only defines and checks the envelope, so a damaged one is caught before any work.

use super::json::{self, FromJson, Obj, ObjWriter, ShapeError, ToJson};
use crate::domain::json::Value;
use serde::{Deserialize, Serialize};
use std::fmt;

/// PBKDF2-SHA-256 iterations for new keys (OWASP's 2023 recommendation).
pub const ITERATIONS: u32 = 600_000;
/// Fewest iterations an envelope may claim; fewer would mean a tampered or foreign file.
pub const MIN_ITERATIONS: u32 = 100_000;
/// Salt length in bytes.
pub const SALT_BYTES: usize = 16;
/// AES-GCM nonce length in bytes; a fresh one for every save.
pub const IV_BYTES: usize = 12;
/// Shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Marks a Mend lock envelope.
pub const FORMAT: &str = "mend-locked";

/// Encrypted data at rest: AES-GCM 256 with a key from PBKDF2-SHA-256.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`FORMAT`].
    pub format: String,
    /// Version of this envelope layout.
    pub version: u32,
    /// PBKDF2 iterations used for the key.
    pub iterations: u32,
    /// PBKDF2 salt, base64.
    pub salt: String,
    /// AES-GCM nonce, base64.
    pub iv: String,
    /// Ciphertext with its tag, base64.
    pub data: String,
}

/// Why an envelope or a passphrase cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The stored envelope is damaged or not Mend's.
    Damaged(String),
    /// The passphrase is too short to set.
    TooShort,
    /// The two passphrases typed do not match.
    Mismatch,
}

// The text is in the `banners` slice, not `lock` or `yourdata`: `Damaged` shows on the lock
// screen (inside a `CryptoError`), the other two in Your data's lock form, and one `fmt` looking
// up two slices would bring both slices' English into the part shared by the two screens. Both
// screens load `banners` already (they read the stored data), so it costs neither an extra slice.
impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::banners::{f as tf, t, Fmt, Msg};
        match self {
            LockError::Damaged(why) => {
                f.write_str(&tf(Fmt::LockedDataDamaged, &[("details", why)]))
            }
            LockError::TooShort => f.write_str(&tf(
                Fmt::PassphraseTooShort,
                &[("count", &MIN_PASSPHRASE_CHARS.to_string())],
            )),
            LockError::Mismatch => f.write_str(t(Msg::PassphraseMismatch)),
        }
    }
}

impl std::error::Error for LockError {}

/// Checks a new passphrase and its confirmation.
pub fn check_new_passphrase(passphrase: &str, confirm: &str) -> Result<(), LockError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(LockError::TooShort);
    }
    if passphrase != confirm {
        return Err(LockError::Mismatch);
    }
    Ok(())
}

/// The parts of an envelope, decoded and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: Vec<u8>,
    /// AES-GCM nonce.
    pub iv: Vec<u8>,
    /// Ciphertext with tag.
    pub data: Vec<u8>,
}

impl Envelope {
    /// Builds an envelope from raw parts.
    pub fn seal(iterations: u32, salt: &[u8], iv: &[u8], data: &[u8]) -> Envelope {
        Envelope {
            format: FORMAT.into(),
            version: 1,
            iterations,
            salt: base64::encode(salt),
            iv: base64::encode(iv),
            data: base64::encode(data),
        }
    }

    /// Reads and checks stored text.
    pub fn parse(text: &str) -> Result<Opened, LockError> {
        let envelope = json::parse(text)
            .map_err(|e| e.to_string())
            .and_then(|value| Envelope::from_json(&value).map_err(|e| e.to_string()))
            .map_err(LockError::Damaged)?;
        if envelope.format != FORMAT || envelope.version != 1 {
            return Err(LockError::Damaged("unknown format".into()));
        }
        if envelope.iterations < MIN_ITERATIONS || envelope.iterations > 10_000_000 {
            return Err(LockError::Damaged("implausible iteration count".into()));
        }
        let bad = |what: &str| LockError::Damaged(format!("bad {what}"));
        let salt = base64::decode(&envelope.salt).ok_or_else(|| bad("salt"))?;
        let iv = base64::decode(&envelope.iv).ok_or_else(|| bad("nonce"))?;
        let data = base64::decode(&envelope.data).ok_or_else(|| bad("data"))?;
        if salt.len() != SALT_BYTES || iv.len() != IV_BYTES || data.len() < 16 {
            return Err(bad("lengths"));
        }
        Ok(Opened {
            iterations: envelope.iterations,
            salt,
            iv,
            data,
        })
    }

    /// The envelope as stored text.
    pub fn to_text(&self) -> String {
        json::to_string(self)
    }
}

/// Standard base64 with padding, small enough not to need a crate.
///
/// Written for speed as well: the envelope of years of data holds millions of characters of it,
/// and with the lock on every save writes them and every unlock reads them. Encoding a character
/// at a time and decoding by searching the alphabet cost about 100 ms and 200 ms at 4x on the
/// quadruple document; a table for each direction, a few ms.
pub mod base64 {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /// Not a base64 digit, in [`DIGITS`].
    const NONE: u8 = u8::MAX;
    /// Each byte's value as a base64 digit, or [`NONE`].
    const DIGITS: [u8; 256] = {
        let mut table = [NONE; 256];
        let mut i = 0;
        while i < ALPHABET.len() {
            table[ALPHABET[i] as usize] = i as u8;
            i += 1;
        }
        table
    };

    /// Encodes bytes.
    pub fn encode(bytes: &[u8]) -> String {
        let mut out = vec![b'='; bytes.len().div_ceil(3) * 4];
        let mut quads = out.chunks_exact_mut(4);
        let mut chunks = bytes.chunks_exact(3);
        for (chunk, quad) in (&mut chunks).zip(&mut quads) {
            let n = u32::from_be_bytes([0, chunk[0], chunk[1], chunk[2]]);
            quad[0] = ALPHABET[(n >> 18) as usize & 63];
            quad[1] = ALPHABET[(n >> 12) as usize & 63];
            quad[2] = ALPHABET[(n >> 6) as usize & 63];
            quad[3] = ALPHABET[n as usize & 63];
        }
        let rest = chunks.remainder();
        if let (Some(quad), false) = (quads.next(), rest.is_empty()) {
            let byte = |i: usize| rest.get(i).copied().unwrap_or(0);
            let n = u32::from_be_bytes([0, byte(0), byte(1), 0]);
            // One byte left gives two digits, two give three; the quad ends in '='.
            for (i, digit) in quad.iter_mut().enumerate().take(rest.len() + 1) {
                *digit = ALPHABET[(n >> (18 - 6 * i)) as usize & 63];
            }
        }
        // Only ASCII was written, so this never fails.
        String::from_utf8(out).unwrap_or_default()
    }

    /// Decodes text; `None` on any character or length that is not valid base64.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let bytes = text.as_bytes();
        if bytes.len() % 4 != 0 {
            return None;
        }
        let quads = bytes.len() / 4;
        let mut out = Vec::with_capacity(quads * 3);
        for (index, quad) in bytes.chunks_exact(4).enumerate() {
            // Padding only at the very end; anywhere else '=' is not a digit and fails below.
            let pad = if index + 1 == quads {
                quad.iter().rev().take_while(|&&c| c == b'=').count()
            } else {
                0
            };
            if pad > 2 {
                return None;
            }
            let mut n = 0u32;
            for &c in &quad[..4 - pad] {
                let digit = DIGITS[usize::from(c)];
                if digit == NONE {
                    return None;
                }
                n = (n << 6) | u32::from(digit);
            }
            n <<= 6 * pad;
            let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            out.extend_from_slice(&decoded[..3 - pad]);
        }
        Some(out)
    }
}

impl FromJson for Envelope {
    fn from_json(value: &Value) -> Result<Envelope, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Envelope {
            format: o.req("format")?,
            version: o.req("version")?,
            iterations: o.req("iterations")?,
            salt: o.req("salt")?,
            iv: o.req("iv")?,
            data: o.req("data")?,
        })
    }
}

impl ToJson for Envelope {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("format", &self.format)
            .field("version", &self.version)
            .field("iterations", &self.iterations)
            .field("salt", &self.salt)
            .field("iv", &self.iv)
            .field("data", &self.data)
            .end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{banners, with_language, Lang};

    #[test]
    fn base64_matches_known_values_and_round_trips() {
        for (raw, text) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64::encode(raw.as_bytes()), text);
            assert_eq!(base64::decode(text).as_deref(), Some(raw.as_bytes()));
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64::decode(&base64::encode(&all)), Some(all));
        for bad in [
            "Zg=",
            "Z===",
            "Zm9v!",
            "Zg==Zg==",
            "=Zg=",
            "Zm=v",
            "Zm9\u{e9}",
        ] {
            assert_eq!(base64::decode(bad), None, "{bad}");
        }
    }

    /// Base64 as RFC 4648 defines it, a bit at a time: slow and plainly right.
    fn reference_base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let bits: Vec<u8> = bytes
            .iter()
            .flat_map(|b| (0..8).rev().map(move |i| (b >> i) & 1))
            .collect();
        let mut out: String = bits
            .chunks(6)
            .map(|six| {
                let value = (0..6).fold(0, |n, i| (n << 1) | six.get(i).copied().unwrap_or(0));
                char::from(ALPHABET[usize::from(value)])
            })
            .collect();
        while out.len() % 4 != 0 {
            out.push('=');
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn base64_agrees_with_the_definition_and_round_trips(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)
        ) {
            let text = base64::encode(&bytes);
            proptest::prop_assert_eq!(&text, &reference_base64(&bytes));
            proptest::prop_assert_eq!(base64::decode(&text), Some(bytes));
        }
    }

    #[test]
    fn envelopes_round_trip_and_damage_is_caught() {
        let sealed = Envelope::seal(ITERATIONS, &[1; SALT_BYTES], &[2; IV_BYTES], &[3; 40]);
        let opened = Envelope::parse(&sealed.to_text()).expect("opens");
        assert_eq!(opened.salt, vec![1; SALT_BYTES]);
        assert_eq!(opened.iv, vec![2; IV_BYTES]);
        assert_eq!(opened.iterations, ITERATIONS);
        let mut weak = sealed.clone();
        weak.iterations = 10;
        let mut short_iv = sealed.clone();
        short_iv.iv = base64::encode(&[2; 8]);
        let mut not_b64 = sealed.clone();
        not_b64.data = "***".into();
        for text in [
            "",
            "{}",
            "[1]",
            &weak.to_text(),
            &short_iv.to_text(),
            &not_b64.to_text(),
        ] {
            assert!(
                matches!(Envelope::parse(text), Err(LockError::Damaged(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn new_passphrases_are_checked() {
        assert_eq!(
            check_new_passphrase("short", "short"),
            Err(LockError::TooShort)
        );
        assert_eq!(
            check_new_passphrase("long enough", "long enougH"),
            Err(LockError::Mismatch)
        );
        assert_eq!(check_new_passphrase("ünïcødé!", "ünïcødé!"), Ok(()));
    }

    #[test]
    fn passphrase_messages_are_in_the_language_on_screen() {
        // In Spanish once the banners slice's Spanish table is loaded (on this test's thread only).
        let (short, damaged) = with_language(Lang::Es, &[&banners::ES], || {
            (
                LockError::TooShort.to_string(),
                LockError::Damaged("bad base64".into()).to_string(),
            )
        });
        assert_eq!(short, "Usa al menos 8 caracteres.");
        // What went wrong stays as the code said it.
        assert_eq!(damaged, "los datos bloqueados están dañados (bad base64)");
        assert_eq!(
            LockError::TooShort.to_string(),
            "Please use at least 8 characters."
        );
        assert_eq!(
            LockError::Mismatch.to_string(),
            "The two passphrases are not the same."
        );
    }
}

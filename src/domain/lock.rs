//! The passphrase lock's stored form: an envelope holding everything needed to open the data
//! again except the passphrase. The cryptography itself runs in the browser (WebCrypto); this
//! module only defines and checks the envelope, so a damaged one is caught before any work.

use super::json::{self, FromJson, Obj, ObjWriter, ShapeError, ToJson};
use crate::domain::json::Value;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
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
/// AES-GCM's tag, which the ciphertext carries after the sealed bytes.
pub const TAG_BYTES: usize = 16;
/// Room for everything in an envelope's text but its data's base64: the format, version,
/// iteration count, salt and nonce with their names (about 130 characters at most).
const ENVELOPE_ROOM: usize = 256;

/// Whether `text` may be an envelope, told without reading it: only text that names [`FORMAT`]
/// can be. A chosen file is asked this first; reading a backup of years of data as a tree to find
/// it is no envelope took several times its size.
pub fn may_be_envelope(text: &str) -> bool {
    text.contains(FORMAT)
}

/// The most characters the envelope of `plain_bytes` sealed bytes can take: the ciphertext's
/// base64 and the rest of the envelope. What makes an export of a full storage importable again
/// (see `transfer::MAX_IMPORT_BYTES`).
pub const fn sealed_len(plain_bytes: usize) -> usize {
    (plain_bytes + TAG_BYTES).div_ceil(3) * 4 + ENVELOPE_ROOM
}

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

/// Ciphertext bytes per piece of an envelope written or opened a piece at a time: a multiple of
/// three, so that each piece's base64 has no padding and the pieces' join that of the whole.
pub const PIECE_BYTES: usize = 3 * 16 * 1024;

/// What an envelope holds besides its data, decoded and checked (see [`Envelope::read`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: Vec<u8>,
    /// AES-GCM nonce.
    pub iv: Vec<u8>,
}

fn bad(what: &str) -> LockError {
    LockError::Damaged(format!("bad {what}"))
}

/// Checks the decoded data's length: at least AES-GCM's tag.
pub fn check_data_len(len: usize) -> Result<(), LockError> {
    if len < TAG_BYTES {
        return Err(bad("lengths"));
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
        Envelope::parse_owned(text.to_owned())
    }

    /// Reads and checks stored text as [`Envelope::parse`] does, taking it: the data is decoded
    /// in place, into the text's own room. The envelope of years of data is millions of
    /// characters; decoded into a block of its own, the text and its data were both in the
    /// module at once.
    pub fn parse_owned(text: String) -> Result<Opened, LockError> {
        let (header, data) = Envelope::read(&text)?;
        let (mut bytes, from, to) = match data {
            // Where it stands in the text (see `read`).
            Cow::Borrowed(within) => {
                let from = (within.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                let to = from.saturating_add(within.len());
                (text.into_bytes(), from, to)
            }
            Cow::Owned(data) => {
                let to = data.len();
                (data.into_bytes(), 0, to)
            }
        };
        let len = base64::decode_within(&mut bytes, from, to, true).ok_or_else(|| bad("data"))?;
        bytes.truncate(len);
        check_data_len(len)?;
        Ok(Opened {
            iterations: header.iterations,
            salt: header.salt,
            iv: header.iv,
            data: bytes,
        })
    }

    /// Reads and checks stored text as [`Envelope::parse`] does, but gives the data's base64
    /// where it stands in `text` instead of decoding it: the data of years of data is millions
    /// of characters, which opening decodes a piece at a time ([`base64::decode_pieces`])
    /// straight to where it is decrypted, never whole in the module. Check the data's length
    /// with [`check_data_len`] once decoded.
    pub fn read(text: &str) -> Result<(Header, Cow<'_, str>), LockError> {
        let damaged = |e: ShapeError| LockError::Damaged(e.to_string());
        let value = json::parse(text).map_err(|e| LockError::Damaged(e.to_string()))?;
        let o = Obj::of(&value).map_err(damaged)?;
        let format: String = o.req("format").map_err(damaged)?;
        let version: u32 = o.req("version").map_err(damaged)?;
        let iterations: u32 = o.req("iterations").map_err(damaged)?;
        let salt: String = o.req("salt").map_err(damaged)?;
        let iv: String = o.req("iv").map_err(damaged)?;
        // Where it stands: a string of base64 has nothing to unescape, so the tree borrows it
        // from the text. Anything else is told as reading it as a string tells it.
        let Some(Value::String(data)) = o.get("data") else {
            return Err(o
                .req::<String>("data")
                .err()
                .map_or_else(|| bad("data"), damaged));
        };
        if format != FORMAT || version != 1 {
            return Err(LockError::Damaged("unknown format".into()));
        }
        if !(MIN_ITERATIONS..=10_000_000).contains(&iterations) {
            return Err(LockError::Damaged("implausible iteration count".into()));
        }
        let salt = base64::decode(&salt).ok_or_else(|| bad("salt"))?;
        let iv = base64::decode(&iv).ok_or_else(|| bad("nonce"))?;
        if salt.len() != SALT_BYTES || iv.len() != IV_BYTES {
            return Err(bad("lengths"));
        }
        let header = Header {
            iterations,
            salt,
            iv,
        };
        // The tree's borrow of the text, as a borrow of the text itself, found by its place; a
        // string the tree had to unescape (JSON allows `\/`) is its own.
        let at = (data.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        let data = match text.get(at..at.wrapping_add(data.len())) {
            Some(within) if within.as_ptr() == data.as_ptr() => Cow::Borrowed(within),
            _ => Cow::Owned(data.to_string()),
        };
        Ok((header, data))
    }

    /// The envelope's text before and after its data's base64, for an envelope written a piece
    /// at a time: `before`, then the data's base64 (pieces of a multiple of three bytes each, see
    /// [`PIECE_BYTES`], join into the whole's), then `after` is exactly [`Envelope::to_text`]'s.
    pub fn around_data(iterations: u32, salt: &[u8], iv: &[u8]) -> (String, String) {
        let mut text = Envelope::seal(iterations, salt, iv, &[]).to_text();
        // The data is the last field, written empty: the text ends `"data":""}`.
        let after = text.split_off(text.len() - 2);
        (text, after)
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
        let mut out = text.as_bytes().to_vec();
        let len = decode_within(&mut out, 0, text.len(), true)?;
        out.truncate(len);
        Some(out)
    }

    /// Decodes text as [`decode`] does, a piece of `piece_chars` characters (a multiple of four)
    /// at a time, handing each piece's bytes to `use_piece`: joined, they are [`decode`]'s. The
    /// total, or `None` where [`decode`] gives `None` (some pieces may have been handed over
    /// by then).
    pub fn decode_pieces(
        text: &str,
        piece_chars: usize,
        use_piece: &mut dyn FnMut(&[u8]),
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        if bytes.len() % 4 != 0 || piece_chars == 0 || piece_chars % 4 != 0 {
            return None;
        }
        let mut out = Vec::with_capacity(piece_chars.min(bytes.len()));
        let mut total = 0;
        let mut pieces = bytes.chunks(piece_chars).peekable();
        while let Some(piece) = pieces.next() {
            out.clear();
            out.extend_from_slice(piece);
            let len = decode_within(&mut out, 0, piece.len(), pieces.peek().is_none())?;
            use_piece(&out[..len]);
            total += len;
        }
        Some(total)
    }

    /// Decodes the whole quads of `buf[from..to]` into `buf` from its start, with padding only in
    /// the last quad of the `last` piece; how many bytes it wrote. In place: each quad's three
    /// bytes go before the next quad, which is never written over before it is read.
    pub fn decode_within(buf: &mut [u8], from: usize, to: usize, last: bool) -> Option<usize> {
        let len = to.checked_sub(from)?;
        if len % 4 != 0 {
            return None;
        }
        let quads = len / 4;
        let mut written = 0;
        for index in 0..quads {
            let at = from + 4 * index;
            let quad: [u8; 4] = buf.get(at..at + 4)?.try_into().ok()?;
            // Padding only at the very end; anywhere else '=' is not a digit and fails below.
            let pad = if last && index + 1 == quads {
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
            let end = written + 3 - pad;
            buf.get_mut(written..end)?
                .copy_from_slice(&decoded[..3 - pad]);
            written = end;
        }
        Some(written)
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
    fn only_text_naming_the_format_may_be_an_envelope() {
        let sealed =
            Envelope::seal(ITERATIONS, &[1; SALT_BYTES], &[2; IV_BYTES], &[3; 20]).to_text();
        assert!(may_be_envelope(&sealed) && Envelope::read(&sealed).is_ok());
        for plain in [
            r#"{"schema_version":3,"couple":{"a":"Ana"}}"#,
            "",
            "mend",
            r#"{"format":"mend-lock"}"#,
        ] {
            assert!(!may_be_envelope(plain), "{plain}");
            assert!(Envelope::read(plain).is_err(), "{plain}");
        }
    }

    #[test]
    fn sealed_len_covers_every_envelope_and_by_little() {
        // The longest header an envelope may have: the most iterations it may claim.
        for plain in [
            0,
            1,
            2,
            3,
            4,
            1000,
            PIECE_BYTES - 1,
            PIECE_BYTES,
            PIECE_BYTES + 1,
        ] {
            let data = vec![7u8; plain + TAG_BYTES];
            let text =
                Envelope::seal(10_000_000, &[1; SALT_BYTES], &[2; IV_BYTES], &data).to_text();
            assert!(Envelope::parse(&text).is_ok());
            let bound = sealed_len(plain);
            assert!(
                text.len() <= bound,
                "{plain} bytes: {} > {bound}",
                text.len()
            );
            assert!(bound - text.len() < ENVELOPE_ROOM, "{plain} bytes: {text}");
        }
    }

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

    /// Text like `base64::encode(bytes)`, with one character put in place of another where
    /// `damage` says (none for `None`): digits, padding, and what is neither.
    fn damaged_base64(bytes: &[u8], damage: Option<(usize, u8)>) -> String {
        let mut text = base64::encode(bytes).into_bytes();
        if let Some((at, pick)) = damage.filter(|_| !text.is_empty()) {
            let at = at % text.len();
            text[at] = b"A/+=*= z"[usize::from(pick) % 8];
        }
        String::from_utf8(text).unwrap_or_default()
    }

    proptest::proptest! {
        #[test]
        fn base64_in_pieces_is_base64_whole(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            piece in 1usize..40,
            damage in proptest::option::of((proptest::prelude::any::<usize>(), proptest::prelude::any::<u8>())),
        ) {
            // Written: pieces of a multiple of three bytes join into the whole's base64.
            let joined: String = bytes.chunks(3 * piece).map(base64::encode).collect();
            proptest::prop_assert_eq!(&joined, &base64::encode(&bytes));
            // Read: pieces of a multiple of four characters decode, joined, as the whole does,
            // and are refused where the whole is (padding only at the very end).
            let text = damaged_base64(&bytes, damage);
            let mut pieces = Vec::new();
            let total = base64::decode_pieces(&text, 4 * piece, &mut |p| pieces.extend_from_slice(p));
            let whole = base64::decode(&text);
            proptest::prop_assert_eq!(total.is_some(), whole.is_some());
            if let (Some(total), Some(whole)) = (total, whole) {
                proptest::prop_assert_eq!(total, whole.len());
                proptest::prop_assert_eq!(pieces, whole);
            }
        }

        #[test]
        fn an_envelope_written_around_its_data_is_the_whole_envelope(
            data in proptest::collection::vec(proptest::prelude::any::<u8>(), 16..400),
            salt in proptest::prelude::any::<[u8; SALT_BYTES]>(),
            iv in proptest::prelude::any::<[u8; IV_BYTES]>(),
            iterations in MIN_ITERATIONS..10_000_000,
            piece in 1usize..40,
        ) {
            let (before, after) = Envelope::around_data(iterations, &salt, &iv);
            let pieces: String = data.chunks(3 * piece).map(base64::encode).collect();
            let text = format!("{before}{pieces}{after}");
            proptest::prop_assert_eq!(&text, &Envelope::seal(iterations, &salt, &iv, &data).to_text());
            let read = Envelope::read(&text);
            proptest::prop_assert_eq!(
                read,
                Ok((Header { iterations, salt: salt.to_vec(), iv: iv.to_vec() }, base64::encode(&data).into()))
            );
        }
    }

    #[test]
    fn an_envelope_of_years_of_data_is_written_in_pieces_as_a_whole() {
        // Several of the pieces a save writes, and a last one shorter.
        let data: Vec<u8> = (0..3 * PIECE_BYTES + 1234)
            .map(|i| (i * 7 % 251) as u8)
            .collect();
        let (before, after) = Envelope::around_data(ITERATIONS, &[1; SALT_BYTES], &[2; IV_BYTES]);
        let pieces: String = data.chunks(PIECE_BYTES).map(base64::encode).collect();
        let text = format!("{before}{pieces}{after}");
        assert_eq!(Envelope::parse(&text).map(|o| o.data), Ok(data.clone()));
        let mut decoded = Vec::new();
        let total = base64::decode_pieces(&pieces, PIECE_BYTES / 3 * 4, &mut |p| {
            assert!(p.len() <= PIECE_BYTES);
            decoded.extend_from_slice(p);
        });
        assert_eq!((total, decoded), (Some(data.len()), data));
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
        // JSON may escape '/', which base64 uses: read as its own string, not where it stands.
        let slashes = Envelope::seal(ITERATIONS, &[1; SALT_BYTES], &[2; IV_BYTES], &[0xff; 30]);
        let escaped = slashes.to_text().replace('/', "\\/");
        assert!(escaped.contains("\\/"));
        assert_eq!(
            Envelope::parse(&escaped),
            Envelope::parse(&slashes.to_text())
        );
        assert_eq!(
            Envelope::parse(&escaped).map(|o| o.data),
            Ok(vec![0xff; 30])
        );
        assert!(matches!(Envelope::read(&escaped), Ok((_, Cow::Owned(_)))));
        assert!(matches!(
            Envelope::read(&slashes.to_text()),
            Ok((_, Cow::Borrowed(_)))
        ));
        let mut not_b64 = sealed.clone();
        not_b64.data = "***".into();
        let (before, after) = Envelope::around_data(ITERATIONS, &[1; SALT_BYTES], &[2; IV_BYTES]);
        let data_not_text = format!(
            "{}5{}",
            before.trim_end_matches('"'),
            after.trim_start_matches('"')
        );
        let short_data = format!("{before}{}{after}", base64::encode(&[3; 15]));
        let no_data = sealed.to_text().replace("\"data\"", "\"date\"");
        for text in [
            "",
            "{}",
            "[1]",
            &data_not_text,
            &short_data,
            &no_data,
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

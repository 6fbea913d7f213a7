//! The sealed packet one partner's phone hands to the other's, with no server in between.
//!
//! A packet is text (so it can travel as a file, through a share sheet, pasted into a message,
//! or in a link's `#fragment`): the base64url form of
//!
//! ```text
//! "MNDP" | version (1 byte) | salt (16) | nonce (12) | AES-256-GCM ciphertext and 16-byte tag
//! ```
//!
//! The first 33 bytes (the header) are the AES-GCM associated data, so changing any byte of the
//! packet, header included, makes opening fail. The key comes from a short one-time [`Code`] that
//! the sender's screen shows and that is never inside the packet: PBKDF2-HMAC-SHA-256 over the
//! code with the packet's salt and [`ITERATIONS`] rounds.
//!
//! Where the key is derived: in the browser, WebCrypto's PBKDF2 (`storage::crypto`), which is
//! fast native code and adds nothing to the module; on the host, tests run the same standard
//! function from the `pbkdf2` crate (a dev-dependency). So this module takes the derived key, not
//! the code, and stays pure: no clock, no randomness (salt, nonce and the code's random bytes are
//! handed in).
//!
//! What the code is worth: [`CODE_CHARS`] symbols from a 32-symbol alphabet without look-alikes
//! give [`CODE_BITS`] bits. That is far too little to be a lasting password, but with 600,000
//! PBKDF2 rounds per guess it keeps a packet that someone else finds unreadable for a long time;
//! someone who has both the packet and the code can read all of it. The privacy page says so.
//!
//! Reading is defensive: the text's size is checked before anything is decoded, base64 is
//! decoded strictly (one text for one packet), and a packet from a newer version is refused before
//! any decryption is tried.

use super::cipher::Aead;
use std::fmt;
use zeroize::Zeroizing;

/// The packet format this build writes and reads.
pub const VERSION: u8 = 1;
/// Marks the bytes as a Mend packet.
const MAGIC: &[u8; 4] = b"MNDP";
/// Bytes of random salt for the key derivation.
pub const SALT_BYTES: usize = 16;
/// Bytes of AES-GCM nonce.
pub const NONCE_BYTES: usize = 12;
const TAG_BYTES: usize = 16;
const HEADER_BYTES: usize = MAGIC.len() + 1 + SALT_BYTES + NONCE_BYTES;
/// Longest packet text read, in characters (about 1 MB). Longer text is refused before decoding.
pub const MAX_PACKET_CHARS: usize = 1_000_000;
/// PBKDF2-HMAC-SHA-256 rounds from the code to the key (as many as the passphrase lock uses).
pub const ITERATIONS: u32 = 600_000;
/// Symbols in a code.
pub const CODE_CHARS: usize = 10;
/// Random bytes a new code is made from (only the first [`CODE_BITS`] bits are used).
pub const CODE_RANDOM_BYTES: usize = 7;
/// How much guessing a code takes: 5 bits per symbol.
pub const CODE_BITS: u32 = 50;
/// Crockford's base32: digits and capitals without I, L, O and U, so nothing looks alike.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The route and parameter a link carries the packet in: `<app>#/partner?p=<packet>`.
pub const LINK_PREFIX: &str = "#/partner?p=";

/// Why a packet or a code was refused. Every case leaves the receiver's data untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PacketError {
    /// Nothing was given.
    Empty,
    /// Longer than [`MAX_PACKET_CHARS`].
    TooLarge {
        /// Its length in characters.
        chars: usize,
    },
    /// Not a Mend packet at all.
    NotAPacket,
    /// Too short to hold a packet: cut off on the way.
    Incomplete,
    /// Made by a newer Mend than this one.
    Newer {
        /// The version in the packet.
        version: u8,
    },
    /// The code does not open it, or a byte was changed or cut off on the way.
    WrongCodeOrChanged,
    /// It opened, but what is inside cannot be used.
    Unreadable(String),
    /// This browser could not seal a new packet (its cipher failed): nothing was made.
    SealFailed,
    /// The code typed is not the right length or has characters a code never has.
    BadCode,
    /// This packet was sent from this phone (by the person who uses it).
    OwnPacket,
}

// The text is in the `partner` slice: only the partner screen opens packets.
impl fmt::Display for PacketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::partner::{f as tf, t, Fmt, Msg};
        match self {
            PacketError::Empty => f.write_str(t(Msg::PacketEmpty)),
            PacketError::TooLarge { chars } => f.write_str(&tf(
                Fmt::PacketTooLarge,
                &[
                    ("size", &(chars / 1000).to_string()),
                    ("limit", &(MAX_PACKET_CHARS / 1000).to_string()),
                ],
            )),
            PacketError::NotAPacket => f.write_str(t(Msg::PacketNotAPacket)),
            PacketError::Incomplete => f.write_str(t(Msg::PacketIncomplete)),
            PacketError::Newer { .. } => f.write_str(t(Msg::PacketNewer)),
            PacketError::WrongCodeOrChanged => f.write_str(t(Msg::PacketWrongCode)),
            PacketError::SealFailed => f.write_str(t(Msg::PacketSealFailed)),
            PacketError::Unreadable(why) => {
                f.write_str(&tf(Fmt::PacketUnreadable, &[("details", why)]))
            }
            PacketError::BadCode => f.write_str(t(Msg::PacketBadCode)),
            PacketError::OwnPacket => f.write_str(t(Msg::PacketOwn)),
        }
    }
}

impl std::error::Error for PacketError {}

/// A one-time code, normalised: [`CODE_CHARS`] symbols of the alphabet, upper case, no dash.
#[derive(Clone, PartialEq, Eq)]
pub struct Code(String);

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never in logs or panic messages by accident.
        write!(f, "Code(..)")
    }
}

impl Code {
    /// A code from `random` bytes (from a cryptographic source): 5 bits per symbol, so every
    /// symbol is equally likely.
    pub fn from_random(random: &[u8; CODE_RANDOM_BYTES]) -> Code {
        let bits = random
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let text = (0..CODE_CHARS)
            .map(|i| {
                let shift = 56 - 5 * (i + 1);
                char::from(ALPHABET[((bits >> shift) & 31) as usize])
            })
            .collect();
        Code(text)
    }

    /// Reads a code as a person typed it: any case, spaces and dashes anywhere, and the
    /// look-alikes O (for 0) and I or L (for 1) accepted.
    pub fn parse(typed: &str) -> Result<Code, PacketError> {
        let mut text = String::with_capacity(CODE_CHARS);
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{a0}' | '\t' | '\n' | '\r' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || text.len() == CODE_CHARS {
                return Err(PacketError::BadCode);
            }
            text.push(c);
        }
        if text.len() == CODE_CHARS {
            Ok(Code(text))
        } else {
            Err(PacketError::BadCode)
        }
    }

    /// The code for reading aloud or typing: two groups of five, `7KQ2M-XR9TB`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..5], &self.0[5..])
    }

    /// What the key is derived from: the normalised code's bytes.
    pub fn secret(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// A packet's key, derived from its [`Code`] and salt, with the cipher that seals and opens with
/// it (AES-256-GCM; the browser fetches its code only when a packet is made or opened, see
/// [`crate::domain::cipher`]).
/// The key's bytes are wiped when it is dropped.
#[derive(Clone)]
pub struct PacketKey {
    bytes: Zeroizing<[u8; 32]>,
    aead: Aead,
}

impl PacketKey {
    /// The derived key's bytes and the cipher to use them with.
    pub fn new(bytes: Zeroizing<[u8; 32]>, aead: Aead) -> Self {
        Self { bytes, aead }
    }
}

/// Seals `plain` under `key` into packet text. `salt` must be the one `key` was derived with, and
/// `nonce` fresh random bytes (a key is used for one packet only, so any random nonce is safe).
pub fn seal(
    plain: &[u8],
    key: &PacketKey,
    salt: &[u8; SALT_BYTES],
    nonce: &[u8; NONCE_BYTES],
) -> Result<String, PacketError> {
    let mut bytes = Vec::with_capacity(HEADER_BYTES + plain.len() + TAG_BYTES);
    bytes.extend_from_slice(MAGIC);
    bytes.push(VERSION);
    bytes.extend_from_slice(salt);
    bytes.extend_from_slice(nonce);
    let sealed = super::cipher::on_copy(key.aead.seal, &key.bytes, nonce, &bytes, plain)
        .ok_or(PacketError::SealFailed)?;
    bytes.extend_from_slice(&sealed);
    Ok(base64url_encode(&bytes))
}

/// A packet read from text, not yet opened: what is needed to derive its key and open it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    bytes: Vec<u8>,
}

impl Sealed {
    /// The salt to derive the key with (see [`ITERATIONS`]).
    pub fn salt(&self) -> &[u8] {
        &self.bytes[MAGIC.len() + 1..MAGIC.len() + 1 + SALT_BYTES]
    }

    /// Opens the packet with the key derived from the code and [`Sealed::salt`].
    pub fn open(&self, key: &PacketKey) -> Result<Vec<u8>, PacketError> {
        let (header, data) = self.bytes.split_at(HEADER_BYTES);
        let nonce = &header[HEADER_BYTES - NONCE_BYTES..];
        super::cipher::on_copy(key.aead.open, &key.bytes, nonce, header, data)
            .ok_or(PacketError::WrongCodeOrChanged)
    }
}

/// Reads packet text as pasted, opened from a file, or in a link (see [`extract`]). Checks the
/// size first, then the form and the version; nothing is decrypted here.
pub fn read(text: &str) -> Result<Sealed, PacketError> {
    if text.len() > MAX_PACKET_CHARS {
        return Err(PacketError::TooLarge { chars: text.len() });
    }
    let body = extract(text);
    if body.is_empty() {
        return Err(PacketError::Empty);
    }
    if !body.is_ascii() {
        return Err(PacketError::NotAPacket);
    }
    let bytes = match base64url_decode(&body) {
        Some(bytes) => bytes,
        // Cut at a point base64 cannot end at: incomplete if what is there starts like a packet.
        None => {
            let whole = base64url_decode(&body[..body.len() / 4 * 4]).unwrap_or_default();
            return Err(if starts_like_packet(&whole) {
                PacketError::Incomplete
            } else {
                PacketError::NotAPacket
            });
        }
    };
    if !starts_like_packet(&bytes) {
        return Err(PacketError::NotAPacket);
    }
    if bytes.len() <= MAGIC.len() {
        return Err(PacketError::Incomplete);
    }
    match bytes[MAGIC.len()] {
        VERSION => {}
        v if v > VERSION => return Err(PacketError::Newer { version: v }),
        _ => return Err(PacketError::NotAPacket),
    }
    if bytes.len() < HEADER_BYTES + TAG_BYTES {
        return Err(PacketError::Incomplete);
    }
    Ok(Sealed { bytes })
}

/// Whether `bytes` are the start of a packet (the magic, or a piece of it).
fn starts_like_packet(bytes: &[u8]) -> bool {
    !bytes.is_empty() && (bytes.starts_with(MAGIC) || MAGIC.starts_with(bytes))
}

/// The packet part of what was pasted: the `p=` parameter of a link, or the text itself, without
/// spaces and line breaks (messaging apps wrap long text).
pub fn extract(text: &str) -> String {
    // Only the fragment of a link counts: a `p=` elsewhere in the address is not the packet.
    let body = match text.split_once('#') {
        Some((_, fragment)) => match fragment.split_once("p=") {
            Some((_, packet)) => packet.split('&').next().unwrap_or_default(),
            None => fragment,
        },
        None => text,
    };
    body.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A link to this copy of Mend that carries `packet` in its fragment, which browsers never send
/// to a server. `app_url` is the page's address; any fragment it has is dropped.
pub fn link(app_url: &str, packet: &str) -> String {
    let base = app_url.split('#').next().unwrap_or_default();
    format!("{base}{LINK_PREFIX}{packet}")
}

/// The file name for a packet made on `today`: neutral, like every download's name (see
/// [`super::transfer::file_name`]).
pub fn file_name(today: super::date::Day) -> String {
    format!("packet-{today}.txt")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648, section 5).
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Strict base64url without padding: any other character, an impossible length, or unused bits
/// that are not zero is refused, so each packet has exactly one text.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| B64.iter().position(|b| *b == c).map(|v| v as u32);
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let len = chunk.len() - 1;
        // The bits below the last whole byte must be zero.
        if n & ((1 << (24 - 8 * len)) - 1) != 0 {
            return None;
        }
        for i in 0..len {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::{partner, with_language, Lang};
    use proptest::prelude::*;

    /// The key for `code` and `salt`, as WebCrypto derives it in the browser.
    pub(crate) fn derive(code: &Code, salt: &[u8]) -> PacketKey {
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(code.secret(), salt, ITERATIONS, &mut key);
        PacketKey::new(Zeroizing::new(key), crate::domain::cipher::aes_256_gcm())
    }

    pub(crate) fn code() -> Code {
        Code::from_random(&[0x3c, 0x91, 0x07, 0xaa, 0x5e, 0x10, 0xf2])
    }

    pub(crate) const SALT: [u8; SALT_BYTES] = [7; SALT_BYTES];
    pub(crate) const NONCE: [u8; NONCE_BYTES] = [9; NONCE_BYTES];

    fn key() -> PacketKey {
        use std::sync::OnceLock;
        static KEY: OnceLock<PacketKey> = OnceLock::new();
        KEY.get_or_init(|| derive(&code(), &SALT)).clone()
    }

    fn sealed(plain: &[u8]) -> String {
        seal(plain, &key(), &SALT, &NONCE).unwrap_or_default()
    }

    #[test]
    fn round_trip() {
        let text = sealed(b"{\"hello\":\"partner\"}");
        assert!(text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let packet = read(&text).map_err(|e| e.to_string());
        assert_eq!(
            packet.as_ref().map(|p| p.salt().to_vec()),
            Ok(SALT.to_vec())
        );
        let opened = packet.and_then(|p| p.open(&key()).map_err(|e| e.to_string()));
        assert_eq!(opened, Ok(b"{\"hello\":\"partner\"}".to_vec()));
        // Through a link, and wrapped by a messaging app.
        let url = link("https://example.org/mend/?x=1#/your-data", &text);
        assert!(url.starts_with("https://example.org/mend/?x=1#/partner?p="));
        assert_eq!(extract(&url), text);
        assert_eq!(extract(&link("https://example.org/ap=1/?p=2", &text)), text);
        assert_eq!(
            read("https://example.org/#/partner").map(|_| ()),
            Err(PacketError::NotAPacket)
        );
        let wrapped: String = text
            .chars()
            .enumerate()
            .flat_map(|(i, c)| [c].into_iter().chain((i % 20 == 19).then_some('\n')))
            .collect();
        assert_eq!(
            read(&format!("  {wrapped}\n")).and_then(|p| p.open(&key())),
            Ok(b"{\"hello\":\"partner\"}".to_vec())
        );
    }

    #[test]
    fn the_derivation_matches_the_standard() {
        // RFC 7914, section 11 (PBKDF2-HMAC-SHA-256, one round): the function the browser runs.
        let mut out = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"passwd", b"salt", 1, &mut out);
        assert_eq!(out[..8], [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f]);
    }

    #[test]
    fn a_wrong_code_opens_nothing() {
        let text = sealed(b"secret");
        let packet = read(&text).unwrap_or_else(|e| panic!("{e}"));
        let wrong = Code::parse("7KQ2M-XR9TB").unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(wrong, code());
        assert_eq!(
            packet.open(&derive(&wrong, packet.salt())),
            Err(PacketError::WrongCodeOrChanged)
        );
        // The right code typed loosely opens it.
        let typed = code()
            .display()
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l");
        let retyped = Code::parse(&format!(" {typed} ")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            packet.open(&derive(&retyped, packet.salt())),
            Ok(b"secret".to_vec())
        );
    }

    #[test]
    fn every_single_byte_change_is_refused() {
        let text = sealed(b"{\"a\":1,\"b\":\"two\"}");
        let bytes = base64url_decode(&text).unwrap_or_default();
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut changed = bytes.clone();
                changed[i] ^= flip;
                let result = read(&base64url_encode(&changed)).and_then(|p| p.open(&key()));
                assert!(result.is_err(), "byte {i} ^ {flip:#x} was accepted");
            }
        }
        // And every character of the text, replaced by any other character.
        for i in 0..text.len() {
            for c in B64.iter().chain(b"=+/!.") {
                if text.as_bytes()[i] == *c {
                    continue;
                }
                let mut changed = text.clone().into_bytes();
                changed[i] = *c;
                let changed = String::from_utf8(changed).unwrap_or_default();
                assert!(
                    read(&changed).and_then(|p| p.open(&key())).is_err(),
                    "char {i} -> {}",
                    char::from(*c)
                );
            }
        }
    }

    #[test]
    fn truncation_is_refused() {
        let text = sealed(b"{\"a\":1}");
        for len in 0..text.len() {
            let result = read(&text[..len]).and_then(|p| p.open(&key()));
            assert!(result.is_err(), "cut to {len} was accepted");
        }
        assert_eq!(read(""), Err(PacketError::Empty));
        assert_eq!(read(&text[..30]), Err(PacketError::Incomplete));
        for cut in 1..4 {
            let result = read(&text[..text.len() - cut]).and_then(|p| p.open(&key()));
            assert!(
                matches!(
                    result,
                    Err(PacketError::Incomplete | PacketError::WrongCodeOrChanged)
                ),
                "{result:?}"
            );
        }
    }

    #[test]
    fn size_is_capped_before_decoding() {
        assert_eq!(
            read(&"A".repeat(MAX_PACKET_CHARS + 1)),
            Err(PacketError::TooLarge {
                chars: MAX_PACKET_CHARS + 1
            })
        );
        // Not even valid text is looked at past the cap.
        assert!(matches!(
            read(&"!".repeat(MAX_PACKET_CHARS + 4)),
            Err(PacketError::TooLarge { .. })
        ));
        // A big packet under the cap still opens.
        let big = vec![b'x'; 600_000];
        let text = sealed(&big);
        assert!(text.len() <= MAX_PACKET_CHARS);
        assert_eq!(
            read(&text).and_then(|p| p.open(&key())).map(|p| p.len()),
            Ok(big.len())
        );
    }

    #[test]
    fn newer_and_older_versions() {
        let text = sealed(b"x");
        let mut bytes = base64url_decode(&text).unwrap_or_default();
        for (version, expected) in [
            (2u8, Err(PacketError::Newer { version: 2 })),
            (255, Err(PacketError::Newer { version: 255 })),
            (0, Err(PacketError::NotAPacket)),
        ] {
            bytes[4] = version;
            assert_eq!(read(&base64url_encode(&bytes)).map(|_| ()), expected);
        }
        assert!(PacketError::Newer { version: 2 }
            .to_string()
            .contains("made by a newer Mend"));
        assert_eq!(
            read("hello there").map(|_| ()),
            Err(PacketError::NotAPacket)
        );
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(code().display().len(), CODE_CHARS + 1);
        for bad in [
            "",
            "ABCDE",
            "ABCDE-FGHJK-M",
            "ABCDE-FGHJU",
            "ÄBCDE-FGHJK",
            "ABCDE_FGHJK",
        ] {
            assert_eq!(Code::parse(bad), Err(PacketError::BadCode), "{bad}");
        }
        assert_eq!(
            Code::parse("abcde fghjk").map(|c| c.display()),
            Ok("ABCDE-FGHJK".to_owned())
        );
        assert_eq!(
            Code::parse("OIL00-11111").map(|c| c.display()),
            Ok("01100-11111".to_owned())
        );
        assert_eq!(format!("{:?}", code()), "Code(..)");
        // All zeros and all ones are the alphabet's ends.
        assert_eq!(Code::from_random(&[0; 7]).display(), "00000-00000");
        assert_eq!(Code::from_random(&[0xff; 7]).display(), "ZZZZZ-ZZZZZ");
    }

    #[test]
    fn refusals_are_in_the_language_on_screen() {
        let large = PacketError::TooLarge { chars: 250_000 };
        // In Spanish once the partner slice's Spanish table is loaded (on this test's thread only).
        let (large_es, code_es) = with_language(Lang::Es, &[&partner::ES], || {
            (large.to_string(), PacketError::BadCode.to_string())
        });
        assert!(large_es.starts_with("Es demasiado grande"), "{large_es}");
        assert!(large_es.contains("(250 KB;"), "{large_es}");
        assert!(code_es.contains("7KQ2M-XR9TB"), "{code_es}");
        assert!(code_es.ends_with("No se cambió nada."), "{code_es}");
        assert!(large
            .to_string()
            .starts_with("This is too large to be a packet from Mend (250 KB;"));
    }

    proptest! {
        #[test]
        fn base64_round_trips_and_is_strict(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let text = base64url_encode(&bytes);
            prop_assert_eq!(base64url_decode(&text), Some(bytes));
        }

        #[test]
        fn any_code_from_random_parses_back(random in any::<[u8; CODE_RANDOM_BYTES]>()) {
            let code = Code::from_random(&random);
            prop_assert_eq!(Code::parse(&code.display()), Ok(code.clone()));
            prop_assert_eq!(Code::parse(&code.display().to_lowercase()), Ok(code));
        }

        #[test]
        fn random_text_is_never_opened(text in "[A-Za-z0-9_-]{0,120}") {
            prop_assert!(read(&text).and_then(|p| p.open(&key())).is_err());
        }

        #[test]
        fn any_content_round_trips(plain in proptest::collection::vec(any::<u8>(), 0..500), salt in any::<[u8; SALT_BYTES]>(), nonce in any::<[u8; NONCE_BYTES]>()) {
            // The key is fixed here (deriving is slow); wrong keys are covered above.
            let text = seal(&plain, &key(), &salt, &nonce).unwrap_or_default();
            let packet = read(&text);
            prop_assert_eq!(packet.as_ref().map(|p| p.salt().to_vec()), Ok(salt.to_vec()));
            prop_assert_eq!(packet.and_then(|p| p.open(&key())), Ok(plain));
        }
    }
}

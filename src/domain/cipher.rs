//! AES-256-GCM, handed around as a pair of plain functions.
//!
//! Why functions in a value rather than calls to the `aes-gcm` crate where they are needed: the
//! browser build splits the module into parts (build/parts.json), and whatever calls AES directly
//! carries its code (about 5 KB of brotli) into that screen's first download. The lock and the
//! partner packets need it only once a passphrase or code has been entered, so the UI gets an
//! [`Aead`] from the `cipher` part (`storage::crypto::cipher`) at that moment, and the code that
//! seals (`storage::crypto`, [`crate::domain::packet`]) uses whatever it is given. Host tests
//! take [`aes_256_gcm`] directly.

use aes_gcm::aead::{AeadInPlace as _, KeyInit};
use aes_gcm::aes::cipher::{BlockEncrypt as _, KeyIvInit as _, StreamCipher as _};
use aes_gcm::aes::Aes256;
use aes_gcm::{Aes256Gcm, Nonce};
use ghash::universal_hash::UniversalHash as _;
use ghash::GHash;
use zeroize::Zeroize as _;

/// One AES-256-GCM operation in place: key, 12-byte nonce, associated data, and the bytes it
/// turns into their output. `None` when it fails (when opening: a wrong key, or any byte of the
/// input or the associated data changed; the bytes are then left as they were).
///
/// In place: the lock seals and opens years of data, and the module's memory, which never
/// shrinks, would keep the room of a second copy for good.
pub type AeadFn = fn(&[u8; 32], &[u8], &[u8], &mut Vec<u8>) -> Option<()>;

/// AES-256-GCM sealing, without associated data, of the text `pieces` make one after the other
/// (key, 12-byte nonce, pieces, piece size, out): the sealed bytes are handed to `out` a piece of
/// `piece` bytes at a time (a multiple of 16), the last with the 16-byte tag after it. Joined,
/// they are exactly what [`Aead::seal`] makes of the joined pieces. `None` for a wrong nonce or
/// piece size (nothing is handed out then).
pub type SealPiecesFn = fn(&[u8; 32], &[u8], &[&str], usize, &mut dyn FnMut(&[u8])) -> Option<()>;

/// Authenticated encryption: what seals and what opens.
#[derive(Clone, Copy)]
pub struct Aead {
    /// Encrypts: the plain bytes become the ciphertext then the 16-byte tag.
    pub seal: AeadFn,
    /// Checks the tag and decrypts: ciphertext and tag become the plain bytes.
    pub open: AeadFn,
    /// Encrypts text handed over in pieces, a piece at a time.
    pub seal_pieces: SealPiecesFn,
}

impl std::fmt::Debug for Aead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Aead")
    }
}

/// AES-256-GCM from the `aes-gcm` crate. Empty associated data gives exactly what a call without
/// any gives, so data sealed before the associated data was a parameter opens unchanged.
pub fn aes_256_gcm() -> Aead {
    Aead {
        seal: aes_gcm_seal,
        open: aes_gcm_open,
        seal_pieces: aes_gcm_seal_pieces,
    }
}

#[inline(never)]
fn aes_gcm_seal(key: &[u8; 32], nonce: &[u8], aad: &[u8], bytes: &mut Vec<u8>) -> Option<()> {
    if nonce.len() != 12 {
        return None;
    }
    Aes256Gcm::new(key.into())
        .encrypt_in_place(Nonce::from_slice(nonce), aad, bytes)
        .ok()
}

#[inline(never)]
fn aes_gcm_open(key: &[u8; 32], nonce: &[u8], aad: &[u8], bytes: &mut Vec<u8>) -> Option<()> {
    if nonce.len() != 12 {
        return None;
    }
    Aes256Gcm::new(key.into())
        .decrypt_in_place(Nonce::from_slice(nonce), aad, bytes)
        .ok()
}

/// GCM as NIST SP 800-38D defines it for a 96-bit nonce, from the same AES, counter mode and
/// GHASH `aes-gcm` uses, taken a piece at a time: the counter starts at the nonce then 1, whose
/// block masks the tag; the text is encrypted from the next counter on; GHASH runs over the
/// ciphertext, zero-padded, then its length in bits.
///
/// Why: a save of years of data is handed over as the pieces the document is kept in (see
/// `schema::with_encoded_pieces`). Sealed in place, it needed a block the whole text's size in the
/// module, whose memory never shrinks: turning the lock on with the quadruple document took it
/// 1.7 MB higher for good. `tests` hold it to `aes-gcm`'s own result, byte for byte.
#[inline(never)]
fn aes_gcm_seal_pieces(
    key: &[u8; 32],
    nonce: &[u8],
    pieces: &[&str],
    piece: usize,
    out: &mut dyn FnMut(&[u8]),
) -> Option<()> {
    if nonce.len() != 12 || piece == 0 || piece % 16 != 0 {
        return None;
    }
    let mut h = ghash::Key::default();
    Aes256::new(key.into()).encrypt_block(&mut h);
    let mut ghash = GHash::new(&h);
    let mut counter = [0u8; 16];
    counter[..12].copy_from_slice(nonce);
    counter[15] = 1;
    let mut ctr = ctr::Ctr32BE::<Aes256>::new(key.into(), &counter.into());
    let mut mask = [0u8; 16];
    ctr.apply_keystream(&mut mask);
    let mut buffer: Vec<u8> = Vec::with_capacity(piece + 16);
    let mut len = 0u64;
    let mut seal = |buffer: &mut Vec<u8>| {
        ctr.apply_keystream(buffer);
        // Whole blocks but for the last piece, so only the last is ever padded.
        ghash.update_padded(buffer);
        len += buffer.len() as u64;
    };
    for mut text in pieces.iter().map(|p| p.as_bytes()) {
        while !text.is_empty() {
            let take = text.len().min(piece - buffer.len());
            buffer.extend_from_slice(&text[..take]);
            text = &text[take..];
            if buffer.len() == piece {
                seal(&mut buffer);
                out(&buffer);
                buffer.clear();
            }
        }
    }
    seal(&mut buffer);
    let mut lengths = ghash::Block::default();
    lengths[8..].copy_from_slice(&(len * 8).to_be_bytes());
    ghash.update(&[lengths]);
    let tag = ghash.finalize();
    buffer.extend(tag.iter().zip(mask).map(|(a, b)| a ^ b));
    out(&buffer);
    buffer.zeroize();
    mask.zeroize();
    Some(())
}

/// `op` ([`Aead::seal`] or [`Aead::open`]) on a copy of `input`: for what is small.
pub fn on_copy(
    op: AeadFn,
    key: &[u8; 32],
    nonce: &[u8],
    aad: &[u8],
    input: &[u8],
) -> Option<Vec<u8>> {
    let mut bytes = input.to_vec();
    op(key, nonce, aad, &mut bytes).map(|()| bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes_gcm::aead::Aead as _;

    const KEY: [u8; 32] = [3; 32];
    const NONCE: [u8; 12] = [5; 12];

    #[test]
    fn seals_and_opens_with_and_without_associated_data() {
        let aead = aes_256_gcm();
        for aad in [&b""[..], b"header"] {
            let sealed = on_copy(aead.seal, &KEY, &NONCE, aad, b"plain").unwrap_or_default();
            assert_eq!(sealed.len(), 5 + 16);
            assert_eq!(
                on_copy(aead.open, &KEY, &NONCE, aad, &sealed).as_deref(),
                Some(&b"plain"[..])
            );
            assert_eq!(on_copy(aead.open, &KEY, &NONCE, b"other", &sealed), None);
            assert_eq!(on_copy(aead.open, &[4; 32], &NONCE, aad, &sealed), None);
        }
    }

    #[test]
    fn in_place_is_the_crate_s_own_call_and_a_refused_open_leaves_the_bytes() {
        // The lock's stored saves were sealed by the crate's call without associated data.
        let plain = Aes256Gcm::new((&KEY).into())
            .encrypt(Nonce::from_slice(&NONCE), &b"saved before"[..])
            .unwrap_or_default();
        let aead = aes_256_gcm();
        let mut bytes = b"saved before".to_vec();
        assert_eq!((aead.seal)(&KEY, &NONCE, b"", &mut bytes), Some(()));
        assert_eq!(bytes, plain);
        let mut changed = plain.clone();
        changed[3] ^= 1;
        let before = changed.clone();
        assert_eq!((aead.open)(&KEY, &NONCE, b"", &mut changed), None);
        assert_eq!(
            changed, before,
            "a refused open hands back what it was given"
        );
        assert_eq!((aead.open)(&KEY, &NONCE, b"", &mut bytes), Some(()));
        assert_eq!(bytes, b"saved before");
    }

    /// Seals `pieces` a piece at a time, joined, and the pieces handed out.
    fn sealed_in_pieces(pieces: &[&str], piece: usize) -> Option<(Vec<u8>, Vec<usize>)> {
        let (mut joined, mut sizes) = (Vec::new(), Vec::new());
        let done = (aes_256_gcm().seal_pieces)(&KEY, &NONCE, pieces, piece, &mut |p| {
            joined.extend_from_slice(p);
            sizes.push(p.len());
        });
        done.map(|()| (joined, sizes))
    }

    proptest::proptest! {
        #[test]
        fn sealed_a_piece_at_a_time_is_sealed_whole(
            pieces in proptest::collection::vec(".{0,40}", 0..8),
            blocks in 1usize..6,
        ) {
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let whole = on_copy(aes_256_gcm().seal, &KEY, &NONCE, b"", pieces.concat().as_bytes());
            let piece = 16 * blocks;
            let (joined, sizes) = sealed_in_pieces(&pieces, piece).unwrap_or_default();
            proptest::prop_assert_eq!(Some(joined), whole);
            // Every piece but the last is whole; the last holds the rest and the tag.
            let (last, full) = sizes.split_last().unwrap_or((&0, &[]));
            proptest::prop_assert!(full.iter().all(|&size| size == piece), "{:?}", sizes);
            proptest::prop_assert!((16..=piece + 16).contains(last), "{:?}", sizes);
        }
    }

    #[test]
    fn years_of_data_sealed_a_piece_at_a_time_are_sealed_whole() {
        // The lock's piece size, over a text of several pieces in uneven parts.
        let text: String = (0..200_000)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        let pieces = [
            &text[..1],
            &text[1..70_001],
            &text[70_001..70_001],
            &text[70_001..],
        ];
        let piece = 3 * 16 * 1024;
        let (joined, sizes) = sealed_in_pieces(&pieces, piece).unwrap_or_default();
        assert_eq!(
            Some(joined),
            on_copy(aes_256_gcm().seal, &KEY, &NONCE, b"", text.as_bytes())
        );
        assert_eq!(
            sizes,
            [piece, piece, piece, piece, 200_000 - 4 * piece + 16]
        );
        // A text that fills its last piece exactly: the tag comes on its own.
        let exact = &text[..2 * piece];
        let (joined, sizes) = sealed_in_pieces(&[exact], piece).unwrap_or_default();
        assert_eq!(
            Some(joined),
            on_copy(aes_256_gcm().seal, &KEY, &NONCE, b"", exact.as_bytes())
        );
        assert_eq!(sizes, [piece, piece, 16]);
        // Opened by the whole-text AES-GCM.
        let (sealed, _) = sealed_in_pieces(&pieces, piece).unwrap_or_default();
        assert_eq!(
            on_copy(aes_256_gcm().open, &KEY, &NONCE, b"", &sealed).as_deref(),
            Some(text.as_bytes())
        );
    }

    #[test]
    fn a_piece_size_or_nonce_that_cannot_be_used_hands_out_nothing() {
        for (nonce, piece) in [(&NONCE[..], 0), (&NONCE[..], 24), (&NONCE[..11], 16)] {
            let mut out = 0;
            let done =
                (aes_256_gcm().seal_pieces)(&KEY, nonce, &["text"], piece, &mut |_| out += 1);
            assert_eq!((done, out), (None, 0), "{piece}");
        }
    }

    #[test]
    fn a_nonce_of_the_wrong_length_is_refused_not_a_panic() {
        let aead = aes_256_gcm();
        assert_eq!(on_copy(aead.seal, &KEY, &[0; 11], b"", b"x"), None);
        assert_eq!(on_copy(aead.open, &KEY, &[0; 13], b"", b"x"), None);
    }
}

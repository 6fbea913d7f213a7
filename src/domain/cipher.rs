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
use aes_gcm::{Aes256Gcm, Nonce};

/// One AES-256-GCM operation in place: key, 12-byte nonce, associated data, and the bytes it
/// turns into their output. `None` when it fails (when opening: a wrong key, or any byte of the
/// input or the associated data changed; the bytes are then left as they were).
///
/// In place: the lock seals and opens years of data, and the module's memory, which never
/// shrinks, would keep the room of a second copy for good.
pub type AeadFn = fn(&[u8; 32], &[u8], &[u8], &mut Vec<u8>) -> Option<()>;

/// Authenticated encryption: what seals and what opens.
#[derive(Clone, Copy)]
pub struct Aead {
    /// Encrypts: the plain bytes become the ciphertext then the 16-byte tag.
    pub seal: AeadFn,
    /// Checks the tag and decrypts: ciphertext and tag become the plain bytes.
    pub open: AeadFn,
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

/// Seals a copy of `plain` (see [`Aead::seal`]): for what is small.
pub fn seal_copy(
    aead: &Aead,
    key: &[u8; 32],
    nonce: &[u8],
    aad: &[u8],
    plain: &[u8],
) -> Option<Vec<u8>> {
    let mut bytes = plain.to_vec();
    (aead.seal)(key, nonce, aad, &mut bytes).map(|()| bytes)
}

/// Opens a copy of `sealed` (see [`Aead::open`]): for what is small.
pub fn open_copy(
    aead: &Aead,
    key: &[u8; 32],
    nonce: &[u8],
    aad: &[u8],
    sealed: &[u8],
) -> Option<Vec<u8>> {
    let mut bytes = sealed.to_vec();
    (aead.open)(key, nonce, aad, &mut bytes).map(|()| bytes)
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
            let sealed = seal_copy(&aead, &KEY, &NONCE, aad, b"plain").unwrap_or_default();
            assert_eq!(sealed.len(), 5 + 16);
            assert_eq!(
                open_copy(&aead, &KEY, &NONCE, aad, &sealed).as_deref(),
                Some(&b"plain"[..])
            );
            assert_eq!(open_copy(&aead, &KEY, &NONCE, b"other", &sealed), None);
            assert_eq!(open_copy(&aead, &[4; 32], &NONCE, aad, &sealed), None);
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

    #[test]
    fn a_nonce_of_the_wrong_length_is_refused_not_a_panic() {
        let aead = aes_256_gcm();
        assert_eq!(seal_copy(&aead, &KEY, &[0; 11], b"", b"x"), None);
        assert_eq!(open_copy(&aead, &KEY, &[0; 13], b"", b"x"), None);
    }
}

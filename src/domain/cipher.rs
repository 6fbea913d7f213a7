//! AES-256-GCM, handed around as a pair of plain functions.
//!
//! Why functions in a value rather than calls to the `aes-gcm` crate where they are needed: the
//! browser build splits the module into parts (build/parts.json), and whatever calls AES directly
//! carries its code (about 5 KB of brotli) into that screen's first download. The lock and the
//! partner packets need it only once a passphrase or code has been entered, so the UI gets an
//! [`Aead`] from the `cipher` part (`storage::crypto::cipher`) at that moment, and the code that
//! seals (`storage::crypto`, [`crate::domain::packet`]) uses whatever it is given. Host tests
//! take [`aes_256_gcm`] directly.

use aes_gcm::aead::{Aead as _, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};

/// One AES-256-GCM operation: key, 12-byte nonce, associated data, input. `None` when it fails
/// (when opening: a wrong key, or any byte of the input or the associated data changed).
pub type AeadFn = fn(&[u8; 32], &[u8], &[u8], &[u8]) -> Option<Vec<u8>>;

/// Authenticated encryption: what seals and what opens.
#[derive(Clone, Copy)]
pub struct Aead {
    /// Encrypts: ciphertext then the 16-byte tag.
    pub seal: AeadFn,
    /// Checks the tag and decrypts.
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
fn aes_gcm_seal(key: &[u8; 32], nonce: &[u8], aad: &[u8], msg: &[u8]) -> Option<Vec<u8>> {
    if nonce.len() != 12 {
        return None;
    }
    Aes256Gcm::new(key.into())
        .encrypt(Nonce::from_slice(nonce), Payload { msg, aad })
        .ok()
}

#[inline(never)]
fn aes_gcm_open(key: &[u8; 32], nonce: &[u8], aad: &[u8], msg: &[u8]) -> Option<Vec<u8>> {
    if nonce.len() != 12 {
        return None;
    }
    Aes256Gcm::new(key.into())
        .decrypt(Nonce::from_slice(nonce), Payload { msg, aad })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [3; 32];
    const NONCE: [u8; 12] = [5; 12];

    #[test]
    fn seals_and_opens_with_and_without_associated_data() {
        let aead = aes_256_gcm();
        for aad in [&b""[..], b"header"] {
            let sealed = (aead.seal)(&KEY, &NONCE, aad, b"plain").unwrap_or_default();
            assert_eq!(sealed.len(), 5 + 16);
            assert_eq!(
                (aead.open)(&KEY, &NONCE, aad, &sealed).as_deref(),
                Some(&b"plain"[..])
            );
            assert_eq!((aead.open)(&KEY, &NONCE, b"other", &sealed), None);
            assert_eq!((aead.open)(&[4; 32], &NONCE, aad, &sealed), None);
        }
    }

    #[test]
    fn empty_associated_data_is_the_plain_call() {
        // The lock's stored saves were sealed by the crate's call without associated data.
        let plain = Aes256Gcm::new((&KEY).into())
            .encrypt(Nonce::from_slice(&NONCE), &b"saved before"[..])
            .unwrap_or_default();
        let aead = aes_256_gcm();
        assert_eq!(
            (aead.seal)(&KEY, &NONCE, b"", b"saved before"),
            Some(plain.clone())
        );
        assert_eq!(
            (aead.open)(&KEY, &NONCE, b"", &plain).as_deref(),
            Some(&b"saved before"[..])
        );
    }

    #[test]
    fn a_nonce_of_the_wrong_length_is_refused_not_a_panic() {
        let aead = aes_256_gcm();
        assert_eq!((aead.seal)(&KEY, &[0; 11], b"", b"x"), None);
        assert_eq!((aead.open)(&KEY, &[0; 13], b"", b"x"), None);
    }
}

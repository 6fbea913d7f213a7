//! Every localStorage key Mend uses, in one place, so "delete everything" and the tests can know
//! them all. Everything Mend writes starts with [`PREFIX`].

/// The prefix of every Mend key.
pub const PREFIX: &str = "mend.";

/// The document, JSON tagged with its schema version.
pub const DOCUMENT: &str = "mend.document";

/// The document encrypted with the passphrase lock (see `domain::lock::Envelope`). When it
/// exists, [`DOCUMENT`] does not.
pub const LOCKED: &str = "mend.locked";

/// Present when the quick exit should delete everything. Kept outside the document so that it
/// also works from the lock screen, when the (encrypted) document cannot be read.
pub const WIPE_ON_EXIT: &str = "mend.wipe-on-exit";

/// Prefix of copies of stored text that could not be read; the rest of the key is a timestamp.
pub const BACKUP_PREFIX: &str = "mend.unreadable.";

/// Written and removed at start to learn whether storage really accepts writes.
pub const PROBE: &str = "mend.probe";

/// True for keys that belong to Mend.
pub fn is_mend_key(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// The key for a backup of unreadable text taken at `millis` (ms since 1970), `attempt` >= 0
/// telling apart backups taken in the same millisecond.
pub fn backup_key(millis: u64, attempt: u32) -> String {
    if attempt == 0 {
        format!("{BACKUP_PREFIX}{millis}")
    } else {
        format!("{BACKUP_PREFIX}{millis}-{attempt}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_a_mend_key() {
        for key in [DOCUMENT, LOCKED, WIPE_ON_EXIT, PROBE, &backup_key(1, 0), &backup_key(1, 2)] {
            assert!(is_mend_key(key), "{key}");
        }
        assert!(!is_mend_key("other.document"));
        assert_ne!(backup_key(5, 0), backup_key(5, 1));
    }
}

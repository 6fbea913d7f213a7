//! Persistence: the one place that reads and writes the browser's localStorage.
//!
//! Loading never throws away what it cannot read: unreadable text is copied to a backup key
//! first, and data from a newer Mend is shown read-only and never written over.

pub mod crypto;
pub mod error;
pub mod keys;
pub mod local;
pub mod saver;

pub use error::StorageError;
pub use saver::{SaveStatus, Saver};

use crate::domain::document::Document;
use crate::domain::schema::{self, DecodeError, Decoded};

/// What may be written back, decided once at load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveMode {
    /// Saves go to localStorage.
    Normal,
    /// Data from a newer Mend is on screen: never write.
    ReadOnly {
        /// The schema version of the data on screen.
        version: u32,
    },
    /// Storage is unusable (or unreadable data could not be set aside): keep everything in memory.
    MemoryOnly,
    /// The data is locked with a passphrase and not yet opened: nothing may be written.
    Locked,
}

/// How loading went, for the banner the UI shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadOutcome {
    /// Nothing stored yet.
    Fresh,
    /// The stored document was read as it is.
    Loaded,
    /// An older document was read and converted; the next save writes the current version.
    Migrated {
        /// The version it was stored in.
        from: u32,
    },
    /// The stored text was unreadable. The app starts empty; the text is kept.
    Corrupt {
        /// Why it could not be read.
        error: DecodeError,
        /// Where the copy was kept, `None` when even the copy could not be written.
        backup_key: Option<String>,
        /// The unreadable text itself, so the user can download it.
        raw: String,
    },
    /// Written by a newer Mend: shown read-only if it could be read at all.
    Newer {
        /// The version found.
        version: u32,
        /// Whether any of it could be shown.
        readable: bool,
    },
    /// localStorage cannot be used; the app runs in memory.
    Unavailable(StorageError),
    /// The data is locked with a passphrase; the envelope waits to be opened.
    Locked {
        /// The stored envelope text.
        envelope: String,
    },
}

/// The result of [`load`]: the document to start from, how it went, and what saving may do.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The document to show.
    pub document: Document,
    /// What happened, for the banner.
    pub outcome: LoadOutcome,
    /// What saving may do from here on.
    pub mode: SaveMode,
}

/// Reads the stored document. `now_millis` names the backup key if the text is unreadable.
pub fn load(now_millis: u64) -> Loaded {
    if let Err(error) = local::check_available() {
        return Loaded { document: Document::default(), outcome: LoadOutcome::Unavailable(error), mode: SaveMode::MemoryOnly };
    }
    if let Ok(Some(envelope)) = local::read(keys::LOCKED) {
        return Loaded { document: Document::default(), outcome: LoadOutcome::Locked { envelope }, mode: SaveMode::Locked };
    }
    let raw = match local::read(keys::DOCUMENT) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded { document: Document::default(), outcome: LoadOutcome::Fresh, mode: SaveMode::Normal },
        Err(error) => {
            return Loaded { document: Document::default(), outcome: LoadOutcome::Unavailable(error), mode: SaveMode::MemoryOnly }
        }
    };
    match schema::decode(&raw) {
        Ok(Decoded::Current(document)) => Loaded { document, outcome: LoadOutcome::Loaded, mode: SaveMode::Normal },
        Ok(Decoded::Migrated { document, from }) => {
            Loaded { document, outcome: LoadOutcome::Migrated { from }, mode: SaveMode::Normal }
        }
        Ok(Decoded::Newer { version, document }) => Loaded {
            outcome: LoadOutcome::Newer { version, readable: document.is_some() },
            document: document.unwrap_or_default(),
            mode: SaveMode::ReadOnly { version },
        },
        Err(error) => {
            let backup_key = keep_aside(&raw, now_millis);
            // Without a copy, writing the main key would destroy the only one: stay in memory.
            let mode = if backup_key.is_some() { SaveMode::Normal } else { SaveMode::MemoryOnly };
            Loaded { document: Document::default(), outcome: LoadOutcome::Corrupt { error, backup_key, raw }, mode }
        }
    }
}

/// Copies unreadable text to a fresh backup key (never one already in use); `None` if it failed.
fn keep_aside(raw: &str, now_millis: u64) -> Option<String> {
    for attempt in 0..100 {
        let key = keys::backup_key(now_millis, attempt);
        match local::read(&key) {
            Ok(None) => return local::write(&key, raw).ok().map(|()| key),
            Ok(Some(_)) => continue,
            Err(_) => return None,
        }
    }
    None
}

/// Writes the document now, as `mode` allows.
pub fn save(mode: SaveMode, document: &Document) -> Result<(), StorageError> {
    match mode {
        // An empty document is the same as none; removing the key keeps "delete everything" true.
        SaveMode::Normal if document.is_empty() => {
            local::remove(keys::DOCUMENT);
            Ok(())
        }
        SaveMode::Normal => {
            let text = schema::encode(document).map_err(StorageError::Failed)?;
            local::write(keys::DOCUMENT, &text)
        }
        SaveMode::ReadOnly { version } => Err(StorageError::NewerSchema(version)),
        SaveMode::MemoryOnly => Err(StorageError::Unavailable("Mend is running in memory only".into())),
        SaveMode::Locked => Err(StorageError::Failed("the data is locked".into())),
    }
}

/// Encrypts the document with `key` and stores it in place of the plain copy, which is removed
/// only after the encrypted one is written.
pub async fn save_locked(key: &crypto::LockKey, document: &Document) -> Result<(), StorageError> {
    let sealed = seal_document(key, document).await?;
    write_locked(&sealed)
}

/// The document encrypted with `key`, as envelope text (nothing is written).
pub async fn seal_document(key: &crypto::LockKey, document: &Document) -> Result<String, StorageError> {
    let plain = schema::encode(document).map_err(StorageError::Failed)?;
    crypto::seal(key, &plain).await.map_err(|e| StorageError::Failed(e.to_string()))
}

/// Stores sealed envelope text in place of the plain copy.
pub fn write_locked(sealed: &str) -> Result<(), StorageError> {
    local::check_available()?;
    local::write(keys::LOCKED, sealed)?;
    local::remove(keys::DOCUMENT);
    Ok(())
}

/// Reads another tab's sealed save with the key this tab holds: `None` when this key cannot open
/// it (the passphrase was changed there) or it is not a document this build may adopt.
pub async fn read_external_locked(key: &crypto::LockKey, envelope: &str) -> Option<Document> {
    let plain = crypto::open_with(key, envelope).await.ok()?;
    match schema::decode(&plain) {
        Ok(Decoded::Current(document)) | Ok(Decoded::Migrated { document, .. }) => Some(document),
        _ => None,
    }
}

/// Remembers whether the quick exit should delete everything.
pub fn set_wipe_on_exit(on: bool) -> Result<(), StorageError> {
    local::check_available()?;
    if on {
        local::write(keys::WIPE_ON_EXIT, "1")
    } else {
        local::remove(keys::WIPE_ON_EXIT);
        Ok(())
    }
}

/// Whether the quick exit should delete everything.
pub fn wipe_on_exit() -> bool {
    local::check_available().is_ok() && matches!(local::read(keys::WIPE_ON_EXIT), Ok(Some(_)))
}

/// The stored envelope, if the data is locked.
pub fn locked_envelope() -> Option<String> {
    local::check_available().ok()?;
    local::read(keys::LOCKED).ok().flatten()
}

/// Turns the lock off: stores the document in plain form, then removes the encrypted copy.
pub fn remove_lock(document: &Document) -> Result<(), StorageError> {
    local::check_available()?;
    let text = schema::encode(document).map_err(StorageError::Failed)?;
    local::write(keys::DOCUMENT, &text)?;
    local::remove(keys::LOCKED);
    Ok(())
}

/// Opens the locked data with `passphrase`: the document (migrated if older) and the key to keep
/// saving with.
pub async fn unlock(envelope: &str, passphrase: &str) -> Result<(Document, crypto::LockKey), crypto::CryptoError> {
    let (plain, key) = crypto::open(envelope, passphrase).await?;
    match schema::decode(&plain) {
        Ok(Decoded::Current(document)) | Ok(Decoded::Migrated { document, .. }) => Ok((document, key)),
        Ok(Decoded::Newer { version, .. }) => {
            Err(crypto::CryptoError::Failed(format!("it was saved by a newer Mend (format {version})")))
        }
        Err(e) => Err(crypto::CryptoError::Failed(e.to_string())),
    }
}

/// Copies of unreadable data kept at earlier loads, as (key, text).
pub fn backups() -> Vec<(String, String)> {
    if local::check_available().is_err() {
        return Vec::new();
    }
    local::mend_keys()
        .into_iter()
        .filter(|k| k.starts_with(keys::BACKUP_PREFIX))
        .filter_map(|k| local::read(&k).ok().flatten().map(|text| (k, text)))
        .collect()
}

/// Removes one backup copy.
pub fn remove_backup(key: &str) {
    if key.starts_with(keys::BACKUP_PREFIX) && local::check_available().is_ok() {
        local::remove(key);
    }
}

/// Removes every Mend key from this browser.
pub fn delete_everything() -> Result<(), StorageError> {
    local::check_available()?;
    for key in local::mend_keys() {
        local::remove(&key);
    }
    Ok(())
}

/// What another tab did to the document key.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// A document this tab may adopt (empty when the other tab deleted everything).
    Document(Document),
    /// A newer Mend wrote it: this tab must stop writing.
    Newer(u32),
    /// Nothing to adopt: unreadable text, or the plain copy removed because the data was locked.
    Ignore,
}

/// Reads what another tab wrote to the document key.
pub fn read_external(new_value: Option<&str>) -> External {
    match new_value {
        // Locking removes the plain copy; that is not "everything was deleted".
        None if locked_envelope().is_some() => External::Ignore,
        None => External::Document(Document::default()),
        Some(text) => match schema::decode(text) {
            Ok(Decoded::Current(document)) | Ok(Decoded::Migrated { document, .. }) => External::Document(document),
            Ok(Decoded::Newer { version, .. }) => External::Newer(version),
            Err(_) => External::Ignore,
        },
    }
}

//! Persistence: the one place that reads and writes the browser's localStorage.
//!
//! It decides nothing about *when* to write, or what may stay plain: the life-cycle core
//! (`domain::lifecycle`) does, and the shell (`ui::state`) calls the functions here to carry out
//! its effects. Loading never throws away what it cannot read: unreadable text is copied to a
//! backup key first (one copy per distinct text), and data from a newer Mend is shown read-only
//! and never written over.

pub mod crypto;
pub mod error;
pub mod keys;
pub mod local;

pub use crate::domain::lifecycle::SaveMode;
pub use error::StorageError;

use crate::domain::assessment::History;
use crate::domain::document::Document;
use crate::domain::lifecycle::LoadKind;
use crate::domain::lock;
use crate::domain::schema::{self, DecodeError, Decoded};
use crypto::LockKey;
use js_sys::JsString;
use std::cell::Cell;

thread_local! {
    /// The number of the results' text stored under `Keys::runs` (see `json::Kept`) as far as
    /// this tab knows, 0 when it does not: a save stores them again only when theirs differs.
    static RUNS_STORED: Cell<u64> = const { Cell::new(0) };
}

/// What the last write did, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Written to this browser's storage.
    Saved,
    /// Not written; the data is still in memory and the next change tries again.
    Failed(StorageError),
}

/// How loading went, for the banner the UI shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadOutcome {
    /// Nothing stored yet.
    Fresh,
    /// The stored document was read as it is.
    Loaded,
    /// An older document was read and converted; it is written in the current version at once.
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
        /// What the screen shows.
        shown: NewerShown,
    },
    /// localStorage cannot be used; the app runs in memory.
    Unavailable(StorageError),
    /// The data is locked with a passphrase; the envelope waits to be opened (read from storage
    /// only then: years of data make it millions of characters).
    Locked,
}

/// What the screen shows while a newer Mend's data is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewerShown {
    /// What this version can read of it.
    Readable,
    /// Nothing: this version can read none of it.
    Nothing,
    /// This tab's own version, with changes it had not written when another tab stored the
    /// newer data: in its place they would be lost.
    Unsaved,
}

impl NewerShown {
    /// Whether this version could read any of it.
    pub fn of<T>(document: &Option<T>) -> NewerShown {
        if document.is_some() {
            NewerShown::Readable
        } else {
            NewerShown::Nothing
        }
    }
}

impl LoadOutcome {
    /// What the life-cycle core needs to know of this outcome.
    pub fn kind(&self) -> LoadKind {
        match self {
            LoadOutcome::Fresh => LoadKind::Fresh,
            LoadOutcome::Loaded | LoadOutcome::Migrated { .. } => LoadKind::Readable,
            LoadOutcome::Corrupt { backup_key, .. } => LoadKind::Corrupt {
                kept_aside: backup_key.is_some(),
            },
            LoadOutcome::Newer { version, .. } => LoadKind::Newer { version: *version },
            LoadOutcome::Unavailable(_) => LoadKind::Unavailable,
            LoadOutcome::Locked => LoadKind::Locked,
        }
    }
}

/// The result of [`load`]: the document to start from and how it went.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The document to show.
    pub document: Document,
    /// What happened, for the banner.
    pub outcome: LoadOutcome,
    /// The stored text holds something this version no longer keeps (an older version's format,
    /// or safety answers stored by older versions): write the document again at once.
    pub rewrite: bool,
}

impl Loaded {
    fn empty(outcome: LoadOutcome) -> Loaded {
        Loaded {
            document: Document::default(),
            outcome,
            rewrite: false,
        }
    }

    /// What saving may do after this load (the core's rule, for callers without a core).
    pub fn mode(&self) -> SaveMode {
        let mut core = crate::domain::lifecycle::Lifecycle::default();
        core.update(crate::domain::lifecycle::Event::Loaded(self.outcome.kind()));
        core.mode()
    }
}

/// Moves data stored by versions before the key namespace under this copy's keys. Only when this
/// copy has no data of its own, so nothing is ever overwritten; the old key is removed only after
/// the new one is written.
pub fn adopt_legacy() {
    // Presence only: a refused move leaves the old key where it is (see below).
    if local::check_present().is_err() {
        return;
    }
    // Opening asks several times (the lock, the exit choice, the document): the names alone
    // answer, without reading any value (a large document would be copied each time).
    let names = local::keys_where(|_| true);
    let legacy: Vec<&String> = names
        .iter()
        .filter(|k| k.starts_with(keys::legacy::PREFIX))
        .collect();
    if legacy.is_empty() {
        return;
    }
    let keys = keys::current();
    if names.contains(&keys.document()) || names.contains(&keys.locked()) {
        return;
    }
    for old in legacy {
        let (Some(new), Ok(Some(text))) = (keys.adopt(old), local::read(old)) else {
            continue;
        };
        if local::write(&new, &text).is_ok() {
            local::remove(old);
        }
    }
}

/// Reads the stored document. `now_millis` names the backup key if the text is unreadable.
///
/// The assessment's finished runs are read when first used ([`schema::decode_stored`]); if they
/// then cannot be, [`keep_damaged_runs`] keeps the text aside as this does for any other damage.
pub fn load(now_millis: u64) -> Loaded {
    if let Err(error) = local::check_available() {
        return Loaded::empty(LoadOutcome::Unavailable(error));
    }
    adopt_legacy();
    let keys = keys::current();
    RUNS_STORED.set(0);
    if local::exists(&keys.locked()) {
        return Loaded::empty(LoadOutcome::Locked);
    }
    let (raw, runs_apart) =
        match local::read_large(&keys.document()).map(|head| head.map(with_runs)) {
            Ok(Some(stored)) => stored,
            Ok(None) => return Loaded::empty(LoadOutcome::Fresh),
            Err(error) => return Loaded::empty(LoadOutcome::Unavailable(error)),
        };
    // Safety answers stored by an earlier build go at once, not at the next edit.
    let retired = schema::holds_retired_fields(&raw);
    match schema::decode_stored(&raw, retired) {
        Ok(Decoded::Current(document)) => {
            if runs_apart {
                note_runs_read(&document);
            }
            Loaded {
                document,
                outcome: LoadOutcome::Loaded,
                rewrite: retired,
            }
        }
        // Older versions stored things this one never keeps (the safety answers): write the
        // converted document at once rather than at the next edit.
        Ok(Decoded::Migrated { document, from }) => Loaded {
            document,
            outcome: LoadOutcome::Migrated { from },
            rewrite: true,
        },
        Ok(Decoded::Newer { version, document }) => Loaded {
            outcome: LoadOutcome::Newer {
                version,
                shown: NewerShown::of(&document),
            },
            document: document.unwrap_or_default(),
            rewrite: false,
        },
        Err(error) => {
            let backup_key = keep_aside(&raw, now_millis);
            Loaded::empty(LoadOutcome::Corrupt {
                error,
                backup_key,
                raw,
            })
        }
    }
}

/// What [`load`] gives for stored text whose finished runs proved damaged once read (`why`):
/// the stored text is kept aside, as for any text that cannot be read, and Mend starts empty.
/// Whatever is stored now is kept, edits saved since the load included (their saves wrote the
/// runs' text back as it was): the caller makes sure it is this tab's (see
/// `AppState::keep_damaged_runs`).
pub fn keep_damaged_runs(why: String, now_millis: u64) -> Loaded {
    let Ok(Some((raw, ..))) =
        local::read(&keys::current().document()).map(|head| head.map(with_runs))
    else {
        return load(now_millis);
    };
    let backup_key = keep_aside(&raw, now_millis);
    Loaded::empty(LoadOutcome::Corrupt {
        error: DecodeError::Invalid {
            version: schema::CURRENT_VERSION,
            reason: why,
        },
        backup_key,
        raw,
    })
}

/// Copies unreadable text to a backup key; `None` if that failed. The same text is kept once:
/// a copy that already holds it is reused, so reloading a broken document does not fill the
/// storage with identical copies.
fn keep_aside(raw: &str, now_millis: u64) -> Option<String> {
    let keys = keys::current();
    let prefix = keys.backup_prefix();
    if let Some(existing) = local::keys_where(|k| k.starts_with(&prefix))
        .into_iter()
        .find(|k| local::read(k).ok().flatten().as_deref() == Some(raw))
    {
        return Some(existing);
    }
    for attempt in 0..100 {
        let key = keys.backup_key(now_millis, attempt);
        match local::read(&key) {
            Ok(None) => return local::write(&key, raw).ok().map(|()| key),
            Ok(Some(_)) => continue,
            Err(_) => return None,
        }
    }
    None
}

/// `head`, the text stored under `Keys::document`, with the results stored under `Keys::runs`
/// put back at its mark (see `schema::with_stored_parts`), and whether they were; as it is when it
/// has no mark (stored whole by an unlock, or by an earlier Mend) or they are not stored. Joined
/// in JavaScript, as a save's pieces are, and copied into the module once.
///
/// Results missing under a head that marks them can only have been removed from outside (a save
/// writes them before the head that marks them): the head is then read as it is, and its mark,
/// no list, as damaged results, kept aside with the banner as any are.
fn with_runs(head: String) -> (String, bool) {
    // The first tab is the mark: the writer writes none (see `schema::RUNS_MARK`). Text with a
    // tab elsewhere was not written by a save, and is read as it is.
    let mark = head.bytes().position(|b| b == b'\t');
    let Some(at) = mark.filter(|&at| head[at..].starts_with(schema::RUNS_MARK)) else {
        return (head, false);
    };
    // Results that cannot be read from their key leave the mark, which reads as damaged results.
    let Ok(Some(runs)) = local::read_held(&keys::current().runs()) else {
        return (head, false);
    };
    let (before, after) = head.split_at(at);
    let after = &after[schema::RUNS_MARK.len()..];
    let text = local::copy_with_room(&local::joined_around(before, &runs, after));
    (text, true)
}

/// Notes that `document`'s results, just read from their own key, are what is stored there: a
/// save that holds the same text need not store them again.
fn note_runs_read(document: &Document) {
    let kept = document
        .assessment
        .history
        .kept_text()
        .map(|kept| kept.id());
    RUNS_STORED.set(kept.unwrap_or(0));
}

/// The head of the plain document as the browser holds it (see [`with_runs`]), for another tab's
/// change to the results alone, which leaves the head as it was.
pub fn stored_head() -> Option<Held> {
    local::read_held(&keys::current().document())
        .ok()
        .flatten()
        .map(Held)
}

/// Removes the plain document, its results' key with it.
fn remove_plain(keys: &keys::Keys) {
    local::remove(&keys.document());
    local::remove(&keys.runs());
    RUNS_STORED.set(0);
}

/// The code that writes the stored format in plain form, from a part of its own (`saving`, see
/// build/parts.json): [`write_plain`] and [`document_text`].
///
/// Why a part: no screen writes before its first control is usable, and the writer (every
/// model's encoder) is a tenth of the code that reads the stored data. A screen that reads the
/// data asks for it once it is drawn (`AppState::prepare_writer`); a save due before it came
/// waits for it, the change still marked unsaved. Sealed writes never need it: they are reached
/// through the lock's key, from the `cipher` part (see `crypto::LockKey`).
#[derive(Clone, Copy)]
pub struct Writer {
    /// [`write_plain`].
    pub write_plain: fn(&Document) -> Result<(), StorageError>,
    /// [`document_text`].
    pub document_text: fn(&Document) -> JsString,
}

/// The [`Writer`], once its part is here. `Err(WriterMissing)` when it could not be downloaded
/// (offline before it was ever fetched, or a newer version replaced the files); a later call
/// tries again.
pub async fn writer() -> Result<Writer, StorageError> {
    crate::part::from_part!(saving, () -> Writer {
        Writer {
            write_plain,
            document_text,
        }
    })
    .map_err(|_| StorageError::WriterMissing)
}

/// Writes the document in plain form: the assessment's earlier results under their own key,
/// only when they changed since this tab last stored them, then the rest, which names their
/// place (see `schema::with_stored_parts`). In that order, so that stored text never marks
/// results that were not written. When the rest cannot be written after new results were, the
/// results stored before go back: the head still stored may hold the questionnaire those results
/// finished, which would otherwise show both in progress and done. An empty document is the same
/// as none: the keys are removed, which keeps "delete everything" true. The app reaches it
/// through a [`Writer`].
pub fn write_plain(document: &Document) -> Result<(), StorageError> {
    // Presence only, not the probe write of `check_available`: the write itself reports a full
    // storage, typed, and two extra writes at every save would be paid on every change.
    local::check_present()?;
    let keys = keys::current();
    if document.is_empty() {
        remove_plain(&keys);
        return Ok(());
    }
    schema::with_stored_parts(document, |head, runs| {
        // Stored already only if still there: another tab or the quick exit may have removed it.
        let stored = |id: u64| id == RUNS_STORED.get() && local::exists(&keys.runs());
        if let Some((at, id, text)) = runs.filter(|&(_, id, _)| !stored(id)) {
            // Held by the browser, not copied in: read only when the results changed.
            let before = local::read_held(&keys.runs()).ok().flatten();
            RUNS_STORED.set(0);
            if local::write(&keys.runs(), text).is_err() {
                // No room for them beside what is stored now (the first save after a whole
                // text, an earlier Mend's or an unlock's, needs theirs on top): the whole goes
                // under `document`, which needs no more room than before, and no results key.
                head[at] = text;
                local::write_pieces(&keys.document(), head)?;
                local::remove(&keys.runs());
                return Ok(());
            }
            if let Err(error) = local::write_pieces(&keys.document(), head) {
                // Storage goes back to what it held before this save, which fitted.
                match before {
                    Some(before) => {
                        let _ = local::write_held(&keys.runs(), &before);
                    }
                    None => local::remove(&keys.runs()),
                }
                return Err(error);
            }
            RUNS_STORED.set(id);
            return Ok(());
        }
        local::write_pieces(&keys.document(), head)?;
        if runs.is_none() {
            local::remove(&keys.runs());
            RUNS_STORED.set(0);
        }
        Ok(())
    })
}

/// The document's text, as a save writes it, joined in JavaScript from the pieces a save hands
/// over (see `schema::with_encoded_pieces`): what an export file holds, never whole in the module.
/// The app reaches it through a [`Writer`].
pub fn document_text(document: &Document) -> JsString {
    schema::with_encoded_pieces(document, local::joined)
}

/// The document sealed with `key`, as envelope text JavaScript holds (nothing is written).
pub fn seal_document(key: &LockKey, document: &Document) -> Result<JsString, StorageError> {
    (key.ciphers().seal_document)(key, document)
}

// Reached through a key, as the lock's other writes are (see `write_sealed_now`).
fn seal_document_now(key: &LockKey, document: &Document) -> Result<JsString, StorageError> {
    // Sealed as a plain save is written, a piece at a time (see `crypto::seal_now`).
    schema::with_encoded_pieces(document, |pieces| crypto::seal_now(key, pieces))
        .map_err(|e| StorageError::Failed(e.to_string()))
}

/// Seals the document with `key` and stores it in place of the plain copy, which is removed only
/// after the sealed one is written. Synchronous, so it can run as the page goes away.
pub fn write_sealed(key: &LockKey, document: &Document) -> Result<(), StorageError> {
    (key.ciphers().write_sealed)(key, document)
}

// The lock's own writes run only with a key, so they are reached through it, from the `cipher`
// part (see `crypto::LockKey`), not from the `data` part every tool screen loads first.
fn write_sealed_now(key: &LockKey, document: &Document) -> Result<(), StorageError> {
    // As in `write_plain`: the write reports a full storage itself.
    local::check_present()?;
    store_sealed(&seal_document(key, document)?)
}

/// The document sealed with `key` by the browser's own AES-GCM, as envelope text to store with
/// [`store_sealed`]. The document is written out now; the sealing runs while the page goes on.
pub fn seal_in_background(key: &LockKey, document: &Document) -> crypto::SealingDocument {
    (key.ciphers().seal_document_later)(key, document)
}

// Reached through a key, as the lock's other writes are (see `write_sealed_now`).
fn seal_in_background_now(key: &LockKey, document: &Document) -> crypto::SealingDocument {
    // Handed over in pieces, as a plain save is (see `schema::with_encoded_pieces`), into one
    // array of the browser's, which the sealing zeroes once done.
    let plain = schema::with_encoded_pieces(document, |pieces| {
        let len = pieces.iter().map(|piece| piece.len()).sum::<usize>();
        let plain = js_sys::Uint8Array::new_with_length(len as u32);
        let mut at = 0;
        for piece in pieces {
            let end = at + piece.len() as u32;
            plain.subarray(at, end).copy_from(piece.as_bytes());
            at = end;
        }
        plain
    });
    let sealing = crypto::seal_in_background(key, plain);
    Box::pin(async move {
        sealing
            .await
            .map_err(|e| StorageError::Failed(e.to_string()))
    })
}

/// Stores envelope text in place of the plain copy, which is removed only after the sealed one
/// is written.
pub fn store_sealed(sealed: &JsString) -> Result<(), StorageError> {
    local::check_present()?;
    let keys = keys::current();
    local::write_held(&keys.locked(), sealed)?;
    remove_plain(&keys);
    Ok(())
}

/// Writes every `(key, new text)`, or none: on a failure, what was written is put back as it was.
/// The texts, new and old, stay in JavaScript: with years of data each is millions of characters.
fn write_all(changes: Vec<(String, JsString)>) -> Result<(), StorageError> {
    let mut done: Vec<(String, Option<JsString>)> = Vec::new();
    for (key, text) in changes {
        let before = local::read_held(&key).ok().flatten();
        if let Err(error) = local::write_held(&key, &text) {
            for (key, before) in done.into_iter().rev() {
                match before {
                    Some(text) => {
                        let _ = local::write_held(&key, &text);
                    }
                    None => local::remove(&key),
                }
            }
            return Err(error);
        }
        done.push((key, before));
    }
    Ok(())
}

fn backup_keys() -> Vec<String> {
    let prefix = keys::current().backup_prefix();
    local::keys_where(|k| k.starts_with(&prefix))
}

/// Whether stored text is sealed (an envelope) rather than plain.
fn is_sealed(text: &str) -> bool {
    lock::Envelope::parse(text).is_ok()
}

/// Turns the lock on, or moves it to a new key: seals the document and every copy of unreadable
/// data with `key` (copies sealed before are opened with `previous`), then removes the plain
/// document. All or nothing: on a failure storage is left as it was.
pub fn seal_all(
    key: &LockKey,
    previous: Option<&LockKey>,
    document: &Document,
) -> Result<(), StorageError> {
    (key.ciphers().seal_all)(key, previous, document)
}

fn seal_all_now(
    key: &LockKey,
    previous: Option<&LockKey>,
    document: &Document,
) -> Result<(), StorageError> {
    local::check_available()?;
    let keys = keys::current();
    let mut changes = vec![(keys.locked(), seal_document(key, document)?)];
    for copy in backup_keys() {
        let Ok(Some(text)) = local::read(&copy) else {
            continue;
        };
        let plain = if is_sealed(&text) {
            // A copy this key cannot open stays as it is: it is sealed already.
            match previous.map(|old| crypto::open_with(old, text)) {
                Some(Ok(plain)) => plain,
                _ => continue,
            }
        } else {
            text
        };
        changes.push((
            copy,
            crypto::seal_now(key, &[&plain]).map_err(|e| StorageError::Failed(e.to_string()))?,
        ));
    }
    write_all(changes)?;
    remove_plain(&keys);
    Ok(())
}

/// Turns the lock off: stores the document and the sealed copies in plain form, then removes the
/// envelope. All or nothing.
pub fn unseal_all(key: &LockKey, document: &Document) -> Result<(), StorageError> {
    (key.ciphers().unseal_all)(key, document)
}

fn unseal_all_now(key: &LockKey, document: &Document) -> Result<(), StorageError> {
    local::check_available()?;
    let keys = keys::current();
    let mut changes = Vec::new();
    if !document.is_empty() {
        changes.push((
            keys.document(),
            schema::with_encoded_pieces(document, local::joined),
        ));
    }
    for copy in backup_keys() {
        let Ok(Some(text)) = local::read(&copy) else {
            continue;
        };
        if let Ok(plain) = crypto::open_with(key, text) {
            changes.push((copy, JsString::from(plain.as_str())));
        }
    }
    // Stored whole: the next save stores the results apart.
    RUNS_STORED.set(0);
    write_all(changes)?;
    if document.is_empty() {
        remove_plain(&keys);
    }
    local::remove(&keys.locked());
    Ok(())
}

/// Stores whether the quick exit deletes everything.
pub fn set_wipe_on_exit(on: bool) -> Result<(), StorageError> {
    let key = keys::current().wipe_on_exit();
    if on {
        local::check_available()?;
        local::write(&key, "1")
    } else {
        local::check_present()?;
        local::remove(&key);
        Ok(())
    }
}

/// Whether the quick exit deletes everything, as stored.
pub fn wipe_on_exit() -> bool {
    if local::check_present().is_err() {
        return false;
    }
    adopt_legacy();
    matches!(local::read(&keys::current().wipe_on_exit()), Ok(Some(_)))
}

/// The language chosen on the language switch, as stored (see [`keys::Keys::language`]).
/// Readable while the data is locked; `None` when nothing was chosen or storage is unavailable.
pub fn language() -> Option<String> {
    local::check_present().ok()?;
    local::read(&keys::current().language()).ok().flatten()
}

/// Remembers the language chosen on the switch.
pub fn set_language(tag: &str) -> Result<(), StorageError> {
    local::check_available()?;
    local::write(&keys::current().language(), tag)
}

/// Whether the person chose to let the browser check spelling in Mend's fields (see
/// [`keys::Keys::spellcheck`]). Readable while the data is locked; `false` when nothing was chosen
/// or storage is unavailable. The page itself is marked by `boot.js`, which reads the same key
/// before the module runs; this is the key's rule in Rust, which the storage tests hold.
pub fn spellcheck() -> bool {
    local::check_present().is_ok()
        && matches!(local::read(&keys::current().spellcheck()), Ok(Some(_)))
}

/// Stores whether the browser may check spelling in Mend's fields. Turning it off removes the
/// key, so "off" leaves nothing behind.
pub fn set_spellcheck(on: bool) -> Result<(), StorageError> {
    set_flag(&keys::current().spellcheck(), on)
}

/// Whether Shift pressed three times leaves Mend, as stored (see
/// [`keys::Keys::shift_exit_off`]): `true` unless the person turned it off. `exit.js` reads the
/// same key on every Shift press; this is the key's rule in Rust, which the storage tests hold.
pub fn shift_exit() -> bool {
    !(local::check_present().is_ok()
        && matches!(local::read(&keys::current().shift_exit_off()), Ok(Some(_))))
}

/// Stores whether Shift pressed three times leaves Mend. Turning it back on removes the key, so
/// the usual way leaves nothing behind.
pub fn set_shift_exit(on: bool) -> Result<(), StorageError> {
    set_flag(&keys::current().shift_exit_off(), !on)
}

/// Writes a key whose presence is a choice, or removes it.
///
/// The same lines as [`set_wipe_on_exit`], which does not call it on purpose: a helper shared
/// with it, inlined or not, cost the main module 66 to 140 bytes, and Your data's deep link had
/// 53 to spare then. The choices that call it are made on Privacy and limits, whose part holds it.
fn set_flag(key: &str, present: bool) -> Result<(), StorageError> {
    if present {
        local::check_available()?;
        local::write(key, "1")
    } else {
        local::check_present()?;
        local::remove(key);
        Ok(())
    }
}

/// Whether the data is locked. Asked without reading the envelope into the module.
pub fn is_locked() -> bool {
    local::check_present().is_ok() && {
        adopt_legacy();
        local::exists(&keys::current().locked())
    }
}

/// The stored envelope as the browser holds it, if the data is locked: copied into the module
/// only to be opened ([`Held::text`]), and compared with another in JavaScript.
pub fn locked_envelope() -> Option<Held> {
    local::check_present().ok()?;
    adopt_legacy();
    local::read_held(&keys::current().locked())
        .ok()
        .flatten()
        .map(Held)
}

/// Text as the browser holds it: stored text (see [`locked_envelope`]) or a chosen file's.
#[derive(Clone, Debug, PartialEq)]
pub struct Held(JsString);

impl From<JsString> for Held {
    fn from(text: JsString) -> Held {
        Held(text)
    }
}

impl Held {
    /// The text, copied into the module.
    pub fn text(&self) -> String {
        local::copy_with_room(&self.0)
    }
}

/// Opens the locked data with `passphrase`: the document (migrated if older) and the key to keep
/// saving with. Takes the envelope's text (see [`crypto::open`]).
pub async fn unlock(
    envelope: String,
    passphrase: &str,
) -> Result<(Document, LockKey), crypto::CryptoError> {
    let (plain, key) = crypto::open(envelope, passphrase).await?;
    Ok((decode_opened(&plain)?, key))
}

fn decode_opened(plain: &str) -> Result<Document, crypto::CryptoError> {
    match schema::decode_now(plain) {
        Ok(Decoded::Current(document)) | Ok(Decoded::Migrated { document, .. }) => Ok(document),
        Ok(Decoded::Newer { version, .. }) => Err(crypto::CryptoError::Failed(format!(
            "it was saved by a newer Mend (format {version})"
        ))),
        Err(e) => Err(crypto::CryptoError::Failed(e.to_string())),
    }
}

/// A copy of unreadable data kept at an earlier load.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// Its key.
    pub key: String,
    /// Its text, opened with the lock's key when sealed; `None` when it cannot be opened.
    pub text: Option<String>,
}

/// The copies of unreadable data, opened with `key` where they are sealed.
pub fn backups(key: Option<&LockKey>) -> Vec<Backup> {
    if local::check_available().is_err() {
        return Vec::new();
    }
    backup_keys()
        .into_iter()
        .filter_map(|k| {
            let text = local::read(&k).ok().flatten()?;
            let text = if is_sealed(&text) {
                key.and_then(|key| crypto::open_with(key, text).ok())
            } else {
                Some(text)
            };
            Some(Backup { key: k, text })
        })
        .collect()
}

/// Removes one backup copy.
pub fn remove_backup(key: &str) {
    if key.starts_with(&keys::current().backup_prefix()) && local::check_present().is_ok() {
        local::remove(key);
    }
}

/// Removes every key of this copy of Mend from this browser, the delete-on-exit flag included,
/// and what older versions stored under keys this copy would adopt (so nothing comes back).
/// Other copies of Mend on the same host keep theirs. Works on a full storage too: removing
/// needs no write.
pub fn delete_everything() -> Result<(), StorageError> {
    local::check_present()?;
    let keys = keys::current();
    // The head first: a tab opening meanwhile then finds nothing stored, never a head whose
    // results are gone (which it would keep aside as damaged, a copy outliving the deletion).
    local::remove(&keys.document());
    for key in local::keys_where(|k| keys.owns(k) || keys.adopt(k).is_some()) {
        local::remove(&key);
    }
    RUNS_STORED.set(0);
    Ok(())
}

/// What another tab did to the document key.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// A document this tab may adopt (empty when the other tab deleted everything). Boxed: it is
    /// far larger than the other answers.
    Document(Box<Document>),
    /// A newer Mend wrote it (data format `.0`): this tab must stop writing, and shows what this
    /// version can read of it (`.1`; `None` when it can read nothing).
    Newer(u32, Option<Box<Document>>),
    /// Nothing to adopt: unreadable text, or the plain copy removed because the data was locked.
    Ignore,
}

/// Reads what another tab wrote to the document key: the storage event's new value, as the
/// browser holds it. Copied in slices (see [`Held::text`]): in one piece, as `web-sys` copies an
/// event's value, a single accented letter sent the whole text through a block three times its
/// size. Runs stored as the same text as `runs` (this tab's) are shared with them
/// ([`History::alongside`]).
pub fn read_external(new_value: Option<&Held>, runs: &History) -> External {
    // The other tab may have stored other results, or none: this one's number is no longer known.
    RUNS_STORED.set(0);
    match new_value {
        // Locking removes the plain copy; that is not "everything was deleted".
        None if is_locked() => External::Ignore,
        None => External::Document(Box::default()),
        // The same document or the same error as `decode`, without a tree of the whole text:
        // with years of data, every save in the other tab would have grown this one's memory.
        Some(held) => {
            let (text, apart) = with_runs(held.text());
            let external = decode_external(&text, runs);
            // The results just read from their key are stored: a save holding the same text
            // (this tab's, shared with it, or the other tab's once shown) need not store them.
            if let (true, External::Document(document)) = (apart, &external) {
                note_runs_read(document);
            }
            external
        }
    }
}

fn decode_external(text: &str, runs: &History) -> External {
    match History::alongside(runs, || schema::decode_now(text)) {
        Ok(Decoded::Current(document)) | Ok(Decoded::Migrated { document, .. }) => {
            External::Document(Box::new(document))
        }
        Ok(Decoded::Newer { version, document }) => {
            External::Newer(version, document.map(Box::new))
        }
        Err(_) => External::Ignore,
    }
}

/// Reads another tab's sealed save (the storage event's new value, as the browser holds it)
/// with the key this tab holds, sharing runs with `runs` as [`read_external`] does: `None` when
/// this key cannot open it (the passphrase was changed there) or it is not a document this build
/// may adopt.
pub fn read_external_locked(key: &LockKey, envelope: &Held, runs: &History) -> Option<Document> {
    crypto::read_held(key, &envelope.0, runs)
}

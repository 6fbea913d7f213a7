//! Storage failures as values the UI can explain.

use crate::domain::schema::DecodeError;
use std::fmt;

/// Why stored data could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no localStorage (blocked, private mode, sandboxed frame).
    Unavailable(String),
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Stored text that is not a readable Mend document.
    Corrupt(DecodeError),
    /// Data from a newer Mend, which this build must not overwrite.
    NewerSchema(u32),
    /// Another tab locked the data a moment ago: no plain copy is written beside the sealed one.
    LockedElsewhere,
    /// Mend itself was not ready to save (the data not open, the lock's key not held): a defect,
    /// said as such rather than pretending the save happened.
    NotReady,
    /// The code that writes the stored data in plain form (the `saving` part) could not be
    /// downloaded: offline before it was ever fetched, or a newer version replaced the files.
    /// What is on screen stays, unsaved; the next change asks for it again.
    WriterMissing,
    /// A plain export asked for before that part came (it is on its way, or failed): no file was
    /// made, and the part is asked for again.
    WriterComing,
    /// The assessment's finished runs, left unread by the load, proved damaged when an action
    /// needed them: Mend opened without the stored data, having set it aside as for any other
    /// damage (see `AppState::keep_damaged_runs`), so the action was not carried out.
    DamagedRunsKeptAside,
    /// As [`StorageError::DamagedRunsKeptAside`], found while this tab could not set the stored
    /// data aside (read-only, in a conflict, its last write refused): nothing stored was
    /// touched, and the action was not carried out.
    DamagedRunsOnScreen,
    /// Anything else the browser reported.
    Failed(String),
}

// The text is in the `banners` slice: it shows in the banners' details and in Your data's and the
// lock screen's messages, all on screens that read the stored data and so load `banners`. What the
// browser reported (`why`) stays as it said it.
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::banners::{f as tf, t, Fmt, Msg};
        match self {
            StorageError::Unavailable(why) => {
                f.write_str(&tf(Fmt::StorageUnavailable, &[("details", why)]))
            }
            StorageError::QuotaExceeded => f.write_str(t(Msg::StorageFull)),
            StorageError::Corrupt(why) => {
                f.write_str(&tf(Fmt::StorageCorrupt, &[("details", &why.to_string())]))
            }
            StorageError::NewerSchema(v) => {
                f.write_str(&tf(Fmt::StorageNewer, &[("version", &v.to_string())]))
            }
            StorageError::LockedElsewhere => f.write_str(t(Msg::StorageLockedElsewhere)),
            StorageError::NotReady => f.write_str(t(Msg::StorageNotReady)),
            StorageError::WriterMissing => f.write_str(t(Msg::StorageWriterMissing)),
            StorageError::WriterComing => f.write_str(t(Msg::StorageWriterComing)),
            StorageError::DamagedRunsKeptAside => f.write_str(t(Msg::StorageRunsKeptAside)),
            StorageError::DamagedRunsOnScreen => f.write_str(t(Msg::StorageRunsOnScreen)),
            StorageError::Failed(why) => f.write_str(&tf(Fmt::StorageFailed, &[("details", why)])),
        }
    }
}

impl std::error::Error for StorageError {}

/// Whether a DOMException means "storage full". Browsers disagree on the name and code:
/// Chromium and Safari say `QuotaExceededError` (code 22), old Firefox
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
pub fn is_quota_error(name: &str, code: u16) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") || matches!(code, 22 | 1014)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{banners, with_language, Lang};

    #[test]
    fn quota_errors_are_recognised_under_every_name() {
        assert!(is_quota_error("QuotaExceededError", 22));
        assert!(is_quota_error("NS_ERROR_DOM_QUOTA_REACHED", 1014));
        assert!(is_quota_error("", 22));
        assert!(!is_quota_error("SecurityError", 18));
        assert!(!is_quota_error("InvalidStateError", 11));
    }

    #[test]
    fn failures_are_in_the_language_on_screen() {
        use crate::domain::schema::DecodeError;
        let corrupt = StorageError::Corrupt(DecodeError::NoVersion);
        // In Spanish once the banners slice's Spanish table is loaded (on this test's thread only).
        let (corrupt_es, full_es) = with_language(Lang::Es, &[&banners::ES], || {
            (corrupt.to_string(), StorageError::QuotaExceeded.to_string())
        });
        assert_eq!(
            corrupt_es,
            "No se pudieron leer los datos guardados: no parecen datos de Mend (falta la versión de esquema)."
        );
        assert_eq!(
            full_es,
            "El almacenamiento de este navegador para Mend está lleno."
        );
        assert_eq!(
            corrupt.to_string(),
            "The saved data could not be read: it does not look like Mend data (no schema version)."
        );
    }

    #[test]
    fn mends_own_failures_say_what_happened_in_either_language() {
        // Once English text passed off as what the browser said; now each has its message.
        let own = [
            StorageError::LockedElsewhere,
            StorageError::NotReady,
            StorageError::DamagedRunsKeptAside,
            StorageError::DamagedRunsOnScreen,
        ];
        let english: Vec<String> = own.iter().map(ToString::to_string).collect();
        let spanish: Vec<String> = with_language(Lang::Es, &[&banners::ES], || {
            own.iter().map(ToString::to_string).collect()
        });
        assert_eq!(
            english[0],
            "The data was locked in another tab. Unlock it to go on."
        );
        assert_eq!(
            spanish[0],
            "Los datos se bloquearon en otra pestaña. Desbloquéalos para seguir."
        );
        assert!(english[1].starts_with("Mend was not ready to save."));
        assert!(spanish[1].starts_with("Mend no estaba listo para guardar."));
        assert!(english[2].contains("nothing else was done"));
        assert!(spanish[2].contains("no se hizo nada más"));
        assert!(english[3].contains("nothing saved was changed"));
        assert!(spanish[3].contains("no se cambió nada de lo guardado"));
    }
}

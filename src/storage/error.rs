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
    /// Anything else the browser reported.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(f, "This browser is not letting Mend keep data ({why}).")
            }
            StorageError::QuotaExceeded => write!(f, "This browser's storage for Mend is full."),
            StorageError::Corrupt(why) => write!(f, "The saved data could not be read: {why}."),
            StorageError::NewerSchema(v) => write!(
                f,
                "The saved data comes from a newer version of Mend (schema {v})."
            ),
            StorageError::Failed(why) => write!(f, "The browser refused to save ({why})."),
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

    #[test]
    fn quota_errors_are_recognised_under_every_name() {
        assert!(is_quota_error("QuotaExceededError", 22));
        assert!(is_quota_error("NS_ERROR_DOM_QUOTA_REACHED", 1014));
        assert!(is_quota_error("", 22));
        assert!(!is_quota_error("SecurityError", 18));
        assert!(!is_quota_error("InvalidStateError", 11));
    }
}

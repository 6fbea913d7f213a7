//! Every storage key Mend uses, in one place, so "delete everything" and the tests can know them
//! all: every one is in `localStorage` but the quick exit's note ([`Keys::left_note`]), which is
//! in the tab's `sessionStorage`.
//!
//! Keys are namespaced by the directory the app is served from: two copies of Mend on one host
//! (`/a/` and `/b/`) share one localStorage, and must neither read nor delete each other's data.
//! Every key of the copy at `/a/` starts with `mend[/a/].`. `exit.js` computes the same prefix
//! (its quick exit deletes by it when the module is not running): keep the two in step.
//!
//! Versions before the namespace stored under `mend.` ([`legacy`]); the storage layer moves those
//! keys under the namespace the first time it runs ([`super::adopt_legacy`]).

/// The keys of one copy of Mend, served from one directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    prefix: String,
}

impl Keys {
    /// The keys of the copy served at `path` (a `location.pathname`): its directory is the path
    /// cut after the last `/`, so `/a/`, `/a/index.html` and `/a/?x` share one namespace.
    pub fn for_path(path: &str) -> Keys {
        let dir = match path.rfind('/') {
            Some(end) => &path[..=end],
            None => "/",
        };
        let dir = if dir.starts_with('/') {
            dir.to_string()
        } else {
            format!("/{dir}")
        };
        // '%' and ']' escaped, so no copy's prefix is the start of another's (`/a/`, `/a/].x/`).
        let dir = dir.replace('%', "%25").replace(']', "%5D");
        Keys {
            prefix: format!("mend[{dir}]."),
        }
    }

    /// The prefix of every key of this copy.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    /// The document, JSON tagged with its schema version.
    pub fn document(&self) -> String {
        self.key("document")
    }

    /// The assessment's earlier results, stored apart from the rest of the plain document, whose
    /// text has a mark in their place (`domain::schema::with_stored_parts`): most of years of
    /// data, they are stored again only when they change. Never present while the data is locked.
    pub fn runs(&self) -> String {
        self.key("runs")
    }

    /// The document sealed with the passphrase lock (see `domain::lock::Envelope`). When it
    /// exists, [`Keys::document`] does not.
    pub fn locked(&self) -> String {
        self.key("locked")
    }

    /// Present when the quick exit should delete everything. The one place that choice lives:
    /// it must work before the data is read, and on the lock screen, when the data cannot be.
    pub fn wipe_on_exit(&self) -> String {
        self.key("wipe-on-exit")
    }

    /// The language chosen on the language switch (a tag like `es`), absent until someone
    /// chooses. Plain even with the lock on: the lock screen must be shown in it. It says only
    /// which language Mend was used in, and goes with everything else on "delete everything"
    /// and the quick exit's deletion (both remove every key of this copy).
    pub fn language(&self) -> String {
        self.key("language")
    }

    /// Present when the person chose to let the browser check spelling in Mend's fields, which
    /// are otherwise marked not to be checked: some browsers check spelling by sending the text
    /// to their maker's servers (see `ui::spelling`). Plain even with the lock on, like the
    /// language: it only says that the choice was made, and goes with everything else on
    /// "delete everything" and the quick exit's deletion.
    pub fn spellcheck(&self) -> String {
        self.key("spellcheck")
    }

    /// Present when the person turned off the quick exit's keyboard shortcut, Shift pressed three
    /// times (Sticky Keys takes the same presses to latch, lock and release Shift). Plain even
    /// with the lock on, like the delete-on-exit choice: `exit.js` reads it on the lock screen
    /// and before the app has started. Goes with everything else on "delete everything" and
    /// the quick exit's deletion.
    pub fn shift_exit_off(&self) -> String {
        self.key("shift-exit-off")
    }

    /// The note the quick exit leaves in this tab's `sessionStorage` (not `localStorage`): Mend
    /// was left here, so a Mend page that Back, Forward or Reload reach leaves again. Written and
    /// read by `exit.js` alone, never by the app, and cleared by `exit.js` whenever Mend is opened
    /// anew in the tab; "delete everything" does not look for it. It goes with the tab; what it
    /// tells, to someone who opens the developer tools on Mend in that tab, is only that the exit
    /// was used there.
    pub fn left_note(&self) -> String {
        self.key("left")
    }

    /// Prefix of copies of stored text that could not be read; the rest is a timestamp.
    pub fn backup_prefix(&self) -> String {
        self.key("unreadable.")
    }

    /// Written and removed at start to learn whether storage really accepts writes.
    pub fn probe(&self) -> String {
        self.key("probe")
    }

    /// The key for a copy of unreadable text taken at `millis` (ms since 1970), `attempt` >= 0
    /// telling apart copies taken in the same millisecond.
    pub fn backup_key(&self, millis: u64, attempt: u32) -> String {
        if attempt == 0 {
            format!("{}{millis}", self.backup_prefix())
        } else {
            format!("{}{millis}-{attempt}", self.backup_prefix())
        }
    }

    /// True for keys that belong to this copy of Mend.
    pub fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix)
    }

    /// The key under this namespace that a legacy key moves to, if it is one of Mend's.
    pub fn adopt(&self, legacy_key: &str) -> Option<String> {
        let name = legacy_key.strip_prefix(legacy::PREFIX)?;
        matches!(name, "document" | "locked" | "wipe-on-exit")
            .then(|| self.key(name))
            .or_else(|| {
                name.strip_prefix("unreadable.")
                    .map(|rest| format!("{}{rest}", self.backup_prefix()))
            })
    }
}

/// Keys of Mend versions before the namespace, moved under it at first start.
pub mod legacy {
    /// The prefix every older key started with.
    pub const PREFIX: &str = "mend.";
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static CURRENT: Keys = Keys::for_path(
        &web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into()),
    );
}

/// The keys of the copy of Mend running in this page.
#[cfg(target_arch = "wasm32")]
pub fn current() -> Keys {
    CURRENT.with(Keys::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_namespaced_by_the_directory_served_from() {
        for (path, prefix) in [
            ("/", "mend[/]."),
            ("", "mend[/]."),
            ("/index.html", "mend[/]."),
            ("/some/sub/path/", "mend[/some/sub/path/]."),
            ("/some/sub/path/index.html", "mend[/some/sub/path/]."),
            ("/a", "mend[/]."),
        ] {
            assert_eq!(Keys::for_path(path).prefix(), prefix, "{path}");
        }
        let a = Keys::for_path("/a/");
        let b = Keys::for_path("/b/");
        let ab = Keys::for_path("/a/b/");
        for key in [
            a.document(),
            a.runs(),
            a.locked(),
            a.wipe_on_exit(),
            a.language(),
            a.spellcheck(),
            a.shift_exit_off(),
            a.probe(),
            a.backup_key(1, 0),
            a.backup_key(1, 2),
        ] {
            assert!(a.owns(&key), "{key}");
            assert!(!b.owns(&key), "{key}");
            assert!(
                !ab.owns(&key),
                "a nested copy does not own its parent's keys: {key}"
            );
        }
        assert!(
            !a.owns(&ab.document()),
            "a parent copy does not own a nested copy's keys"
        );
        let tricky = Keys::for_path("/a/].x/");
        assert!(
            !a.owns(&tricky.document()),
            "a path with ']' cannot reach into another copy's keys"
        );
        assert_ne!(
            Keys::for_path("/a%5D/").prefix(),
            Keys::for_path("/a]/").prefix()
        );
        assert_ne!(a.backup_key(5, 0), a.backup_key(5, 1));
        assert!(
            !a.owns("mend.document"),
            "legacy keys are not in any namespace"
        );
    }

    /// exit.js names these keys itself, after the same prefix: a key renamed on one side only
    /// would silently stop the exit from reading the choice, or from finding its own note.
    #[test]
    fn exit_js_uses_the_same_key_names() {
        let exit = include_str!("../../exit.js");
        let keys = Keys::for_path("/");
        for key in [
            keys.wipe_on_exit(),
            keys.language(),
            keys.left_note(),
            keys.shift_exit_off(),
        ] {
            let name = key.strip_prefix(keys.prefix()).unwrap_or(&key);
            assert!(
                exit.contains(&format!("+ '{name}'")),
                "exit.js reads `<prefix>{name}`"
            );
        }
    }

    #[test]
    fn legacy_keys_move_under_the_namespace() {
        let keys = Keys::for_path("/x/");
        assert_eq!(keys.adopt("mend.document"), Some(keys.document()));
        assert_eq!(keys.adopt("mend.locked"), Some(keys.locked()));
        assert_eq!(keys.adopt("mend.wipe-on-exit"), Some(keys.wipe_on_exit()));
        assert_eq!(
            keys.adopt("mend.unreadable.17-2"),
            Some(keys.backup_key(17, 2))
        );
        assert_eq!(keys.adopt("mend.probe"), None);
        assert_eq!(keys.adopt("other.document"), None);
        assert_eq!(keys.adopt("mend[/y/].document"), None);
    }
}

## What boot.js shows by itself, before the app runs or outside it: the loading line, the line
## when the app cannot start, and the notice of a new version. Not compiled into the app (build.rs
## skips this file); index.html's boot-text table holds the same text, with the quick exit's two
## messages from shell.ftl, and tests/catalogues.rs checks that they agree.

boot-loading = Loading Mend…
boot-failed = Mend could not start in this browser. It needs a current browser with WebAssembly; reloading the page may help. Your saved data is not affected.
update-ready = A new version of Mend is ready. Your data is safe.
update-reload = Reload to update
update-later = Not now

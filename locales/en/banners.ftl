## Banners under the header

ok = OK
# $format: a number.
banner-migrated = Your saved data came from an older version of Mend (format { $format }). It has been brought up to date; nothing was lost.
banner-corrupt = Some saved data could not be read.
banner-corrupt-kept = We set a copy aside in this browser and started with a clean slate. Nothing was deleted.
banner-corrupt-not-kept = We could not set a copy aside, so Mend will not save anything over it until you download it.
# $details: what went wrong (not translated).
banner-details = Details: { $details }.
banner-corrupt-download = Download the unreadable copy
banner-newer = This data was saved by a newer version of Mend.
banner-newer-readable = You can look at it here, but changes will not be saved, so nothing the newer version wrote is overwritten.
banner-newer-unsaved = This tab still shows its own version, with changes not yet saved. To keep them, export a backup from Your data.
banner-newer-unreadable = This version cannot show it, and changes will not be saved, so nothing the newer version wrote is overwritten.
# $format: a number.
banner-newer-format = (Data format { $format }.)
banner-unavailable = This browser is not letting Mend keep anything.
banner-unavailable-body = You can still use every tool, but what you enter will be gone when you close this tab. Private windows and strict privacy settings often cause this.
banner-save-full = This browser's storage for Mend is full, so your latest change was not saved. It is still on screen. Export a copy from Your data, then free some space; Mend tries again with your next change.
# $details: what went wrong (not translated).
banner-save-failed = Your latest change was not saved: { $details } It is still on screen, and Mend tries again with your next change.
banner-conflict = Mend was changed in another tab or window while you were editing here.
banner-conflict-body = Nothing is saved until you choose which version to keep.
banner-conflict-theirs = Use the other version
banner-conflict-mine = Keep the version on this screen
# $percent: a whole number, like 72.
banner-space = This browser's space for Mend is { $percent }% full. Everything is still saved, but when it is full, new changes cannot be. Download a copy from Your data now; removing old check-ins or promises you no longer need makes room.
banner-space-link = Go to Your data
save-state-saving = Saving…
save-state-saved = Saved on this device

## Shared messages: what the tools, the stored data and the lock say when they refuse something or
## fail (src/domain/edit.rs, date.rs, schema.rs, lock.rs, src/storage/error.rs, crypto.rs). They
## are here because every screen that reads the stored data loads this slice: a refused edit shows
## on the assessment, the worksheet and the checklist, a failed read or save under any of them, and
## the lock's messages both on the lock screen and in Your data. One slice keeps each message's
## English in the one part those screens already share.

field-empty = Please write a few words here first.
# $len and $max: numbers of characters.
field-too-long = This is { $len } characters long. Please keep it to { $max } or fewer.
# $min and $max: whole numbers.
field-out-of-range = Please choose a number from { $min } to { $max }.
field-due-before-today = Please choose today or a later day.
field-date-in-future = Date: a check-in cannot be in the future.
field-unknown-topic = This topic is no longer on your worksheet.
field-unknown-phase = This part of the checklist no longer exists.
field-unknown-step = This step is no longer on your checklist.
field-unknown-promise = This promise is no longer on your list.
field-unknown-check-in = This check-in is no longer saved.
field-not-a-field = That box does not belong to this person.
# "Revisit" names the worksheet's button revisit (boundaries.ftl).
field-agreement-locked = This wording is agreed. Choose "Revisit" to change it; the earlier wording is kept.
field-built-in = This one comes with Mend: you can hide it, but not remove it or describe it anew.
field-not-built-in = Only built-in topics have an original name to go back to.
field-not-ticked = Tick this step first, then add a note.
# $max: a whole number.
field-too-many = There is room for { $max } here and they are all used. Remove one to add another.
# $text: what was given (not translated). Keep the example date as it is: it is the format.
bad-day = "{ $text }" is not a date like 2026-01-31
# Why stored or imported data cannot be read; they follow "could not be read:" and similar, so
# they start in lower case. $reason: what the JSON reader said (not translated).
decode-not-json = it is not readable JSON ({ $reason })
decode-no-version = it does not look like Mend data (no schema version)
# $version: a whole number.
decode-unknown-version = it claims a schema version Mend never used ({ $version })
# $version: a whole number; $reason: what the JSON reader said (not translated).
decode-invalid = it says schema version { $version } but its content does not fit ({ $reason })
# $details: what the browser reported (not translated).
storage-unavailable = This browser is not letting Mend keep data ({ $details }).
storage-full = This browser's storage for Mend is full.
# $details: one of the decode-* messages.
storage-corrupt = The saved data could not be read: { $details }.
# $version: a whole number.
storage-newer = The saved data comes from a newer version of Mend (schema { $version }).
# $details: what the browser reported (not translated).
storage-failed = The browser refused to save ({ $details }).
crypto-unsupported = This browser cannot encrypt here (it needs a secure https page).
crypto-wrong-passphrase = That passphrase does not open this data. Nothing was changed.
# $details: locked-data-damaged.
crypto-damaged = The locked data cannot be opened: { $details }.
# $details: what the browser reported (not translated).
crypto-failed = Encryption failed: { $details }.
# $details: what is wrong with it (not translated).
locked-data-damaged = the locked data is damaged ({ $details })
# $count: the fewest characters a passphrase may have (a whole number).
passphrase-too-short = Please use at least { $count } characters.
passphrase-mismatch = The two passphrases are not the same.
storage-locked-elsewhere = The data was locked in another tab. Unlock it to go on.
storage-not-ready = Mend was not ready to save. Reload the page; what was saved before is kept.
storage-writer-missing = Mend could not download the part of itself that writes your data. Keep this page open: reloading it would lose the change.
storage-writer-coming = Mend has not yet downloaded the part of itself that writes files, so no file was made. Try again in a moment.
storage-runs-kept-aside = Just now Mend found that the finished assessments in your saved data are damaged, so nothing else was done. It left the saved data as it was and opened without it, as it does with any data it cannot read; the note at the top of the page says more.
storage-runs-on-screen = Just now Mend found that the finished assessments on screen are damaged, so nothing was done and nothing saved was changed.
crypto-gone = The locked data is no longer on this device: it was deleted, perhaps from another tab.
crypto-code-missing = The encryption code could not be downloaded, so nothing was encrypted or opened. Try again once you are online.

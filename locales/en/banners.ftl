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

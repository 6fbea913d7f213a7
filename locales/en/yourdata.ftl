## Your data (src/ui/pages/your_data/): what Mend keeps in this browser, on one screen.

stored-here = Everything here is stored only in this browser on this device.
partner-heading = Each on your own phone
# $link: a link whose text is home-partner-link (shell.ftl, "Share with your partner").
partner-lead = To compare with a partner who uses Mend on their own phone, send your part as a sealed packet: { $link }.
mode-normal = Changes are saved in this browser as you go.
mode-read-only = Read-only: this data comes from a newer Mend, so nothing is saved.
mode-memory-only = Nothing is being saved: this browser is not letting Mend keep data.

## Keeping the data, and leaving quickly

keep-heading = Keeping your data, and leaving quickly
keep-lead = Browsers can clear site data on their own, for example when space runs low, and Safari after seven days without a visit. You can ask this browser to keep Mend's data, and it is wise to export a copy now and then.
keep-ask = Ask this browser to keep Mend's data
keep-not-offered = This browser does not offer that choice. Exporting a copy now and then keeps you safe.
keep-granted = Done: this browser has agreed to keep Mend's data unless you delete it.
keep-refused = This browser did not agree, so it may clear Mend's data when space runs low. Export a copy now and then.
# $exit: the quick exit button's name (quick-exit-button in shell.ftl), in quotes.
wipe-on-exit = Delete everything when I use "{ $exit }"
# $link: a link whose text is footer-privacy-link (shell.ftl, "Privacy and limits").
exit-limits = The quick exit replaces this page with a weather site and takes it out of this tab's Back history. It cannot erase your earlier browser history or hide Mend from monitoring software. Pressing Shift three times exits too; if you use Sticky Keys, you can turn that off. See { $link } for both.

## Copies of data Mend could not read

copies-heading = Copies of unreadable data
copies-lead = Mend once found saved data it could not read and kept it here instead of deleting it. With the passphrase lock on, these copies are sealed with it too.
copies-plain = A downloaded copy is not encrypted, even with the lock on: anyone who opens the file can read it. Delete the file once you have what you need from it.
copy-download = Download
copy-sealed-earlier = (sealed with an earlier passphrase)
copy-delete = Delete this copy

## Deleting everything

delete-heading = Delete everything
delete-lead = Removes all of Mend's data from this browser: answers, worksheet, checklist and copies, and the copy of Mend itself kept for using it offline. This cannot be undone.
delete-button = Delete everything…
delete-confirm = Delete all of Mend's data from this browser?
delete-yes = Yes, delete everything
cancel = Cancel
deleted = Everything Mend stored in this browser has been deleted.
# $error: why it failed, as the browser said it (may stay in English).
delete-failed = Deleting did not work: { $error }

## The passphrase lock

lock-heading = Passphrase lock
lock-lead = With the lock on, everything Mend keeps is encrypted in this browser, and Mend asks for your passphrase each time it opens. Turn it on before you write anything private: what was saved before can stay readable in the browser's own files on this device for a while.
# Followed by lock-warning-more.
lock-warning = If you forget the passphrase, nobody can recover your data, not even us.
lock-warning-more = Someone who knows it, or who sees the screen while Mend is open, can still read it.
lock-passphrase = Passphrase
lock-new-passphrase = New passphrase
lock-again = Type it again
# Describes both passphrase fields.
lock-browser-save = Your browser may offer to save this passphrase, or to make one up and keep it. On a device someone else also uses, turn that down: a passphrase kept by the browser lets anyone who uses it open Mend.
lock-working = Working…
lock-turn-on = Turn on the lock
lock-change = Change the passphrase
lock-cannot-save = Mend cannot save in this browser right now, so it cannot lock your data.
lock-changed = Your passphrase has been changed.
lock-on = The lock is on. Your data is now stored encrypted.
lock-off = The lock is off. Your data is stored without encryption again.
# $error: why, as Mend or the browser put it.
lock-set-failed = The lock could not be set: { $error }
lock-remove-failed = The lock could not be removed: { $error }
lock-now = Lock now
lock-remove = Remove the lock
auto-lock-label = Lock by itself when Mend is not used for
auto-lock-never = Never
# $minutes: 5, 15, 30 or 60 (any number but 1 in an imported file's settings, see import-minute-one).
auto-lock-minutes = { $minutes } minutes

## Backing up and moving the data

transfer-heading = Back up or move your data
transfer-lead = Save everything to one file, to keep as a backup or to open Mend on another device. Keep the file somewhere private: anyone who opens it can read it.
export = Export my data
import-label = Import a Mend file
encrypt-export = Encrypt the file with my passphrase
import-encrypted = This backup is encrypted. Enter the passphrase it was made with.
import-passphrase = Passphrase of the file
import-open = Open the file
# $error: why, as Mend or the browser put it.
export-failed = The file could not be made: { $error }
import-unreadable = The file could not be read. Nothing was changed.
import-cannot-save = Mend cannot save in this browser right now, so importing would be lost. Nothing was changed.
import-merged = The file was merged with your data.
import-replaced = Your data was replaced with the file's.
preview-title = This file holds
preview-settings = If you replace, these settings on this device change:
preview-locks = This file is encrypted, so importing it turns the passphrase lock on in this browser, with the passphrase you just typed. You will need it to open Mend here.
preview-save-first = Before you go on, you can save what this browser has now.
preview-download = Download my current data first
# The two words in bold, then how they differ: merge-replace-word and merge-merge-word.
merge-replace-word = Replace
merge-replace-about = swaps everything here for the file.
merge-merge-word = Merge
merge-merge-about = keeps what is here and adds the file's results, and takes the file's worksheet and checklist only where this browser has none.
merge-button = Merge with my data
replace-button = Replace my data

## What a backup file holds, why one is refused, and what replacing would change
## (src/domain/transfer.rs)

# The import preview's counts: one, or $count (any other number, 0 included) of each.
import-runs-one = 1 finished assessment
import-runs = { $count } finished assessments
import-areas-one = 1 worksheet area with notes
import-areas = { $count } worksheet areas with notes
import-steps-one = 1 repair step done
import-steps = { $count } repair steps done
import-promises-one = 1 promise
import-promises = { $count } promises
import-check-ins-one = 1 check-in
import-check-ins = { $count } check-ins
# The preview's line: each placeholder is one of the counts above (import-runs-one or
# import-runs, and so on).
import-counts = { $runs }, { $areas }, { $steps }, { $promises }, { $checkins }
# $counts: import-counts; $note: import-renumbered-one or import-renumbered.
import-counts-note = { $counts }. { $note }
import-renumbered-one = One entry in this file was numbered the same as another, so Mend gave it a number of its own. Both are kept.
# $count: how many entries, more than one.
import-renumbered = { $count } entries in this file were numbered the same as others, so Mend gave them numbers of their own. All of them are kept.
# $count: records in the file's longest list; $limit: the most Mend takes.
import-too-many = This file holds { $count } records in one list, more than Mend ever keeps (at most { $limit }), so it was not read. Nothing was changed.
# $size: the file's size; $limit: the largest Mend takes; both in kilobytes.
import-too-large = This file is too large to be a Mend backup ({ $size } KB; the limit is { $limit } KB). Nothing was changed.
import-empty = This file is empty. Nothing was changed.
# $why: what is wrong with it, as Mend puts it (import-not-text, or the reason the data itself gives).
import-cannot = This file cannot be imported: { $why }. Nothing was changed.
import-not-text = the file is not text
# $version: the format number written in the file.
import-newer = This file was made by a newer version of Mend (format { $version }). Open it there, or update this copy of Mend. Nothing was changed.
# $what: import-doubt-steps or import-doubt-topics.
import-ids-in-doubt = In this file, two of the { $what } are marked as the same one, and what is saved with them could belong to either. Rather than guess, Mend has not imported the file. Nothing was changed.
import-doubt-steps = checklist steps you added
import-doubt-topics = worksheet topics you added
# The quick exit choice as on this screen: wipe-on-exit with quick-exit-button (shell.ftl) in it,
# written out in full (a host test checks that the two agree).
import-wipe-label = Delete everything when I use "Exit this page"
# $setting: import-wipe-label.
setting-turns-on = { $setting }: would turn on
setting-turns-off = { $setting }: would turn off
# $span: import-minute-one or auto-lock-minutes.
auto-lock-turns-on = Lock by itself when Mend is not used for { $span }: would turn on
auto-lock-turns-off = Lock by itself when Mend is not used for { $span }: would turn off
# $old and $new: import-minute-one or auto-lock-minutes.
auto-lock-changes = Lock by itself when Mend is not used: would change from { $old } to { $new }
import-minute-one = 1 minute

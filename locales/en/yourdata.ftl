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
exit-limits = The quick exit replaces this page with a weather site and takes it out of this tab's Back history. It cannot erase your earlier browser history or hide Mend from monitoring software. See { $link }.

## Copies of data Mend could not read

copies-heading = Copies of unreadable data
copies-lead = Mend once found saved data it could not read and kept it here instead of deleting it. With the passphrase lock on, these copies are sealed with it too.
copy-download = Download
copy-sealed-earlier = (sealed with an earlier passphrase)
copy-delete = Delete this copy

## Deleting everything

delete-heading = Delete everything
delete-lead = Removes all of Mend's data from this browser: answers, worksheet, checklist and copies. This cannot be undone.
delete-button = Delete everything…
delete-confirm = Delete all of Mend's data from this browser?
delete-yes = Yes, delete everything
cancel = Cancel
deleted = Everything Mend stored in this browser has been deleted.
# $error: why it failed, as the browser said it (may stay in English).
delete-failed = Deleting did not work: { $error }

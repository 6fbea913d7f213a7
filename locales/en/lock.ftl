## Lock screen

lock-title = Mend is locked
lock-intro = Enter your passphrase to open your data. Everything stays encrypted in this browser until you do.
lock-passphrase = Passphrase
# Describes the passphrase field.
lock-browser-save = If the browser offers to save the passphrase, turn it down on a device someone else also uses: a saved passphrase would open Mend for them.
lock-unlock = Unlock
lock-opening = Opening…
lock-forgot = Forgot your passphrase?
lock-forgot-body = The passphrase cannot be recovered or reset: that is what keeps the data private. The only way forward without it is to delete the locked data and start again.
lock-delete-start = Delete the locked data…
lock-delete-confirm = Delete everything Mend has stored in this browser? This cannot be undone.
lock-delete-yes = Yes, delete everything
cancel = Cancel
# $details: what the browser reported (not translated).
delete-failed = Deleting did not work: { $details }

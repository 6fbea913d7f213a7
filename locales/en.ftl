# Mend's text in English: the source catalogue. Every id here must be in every other
# language's file, with the same { $placeholders }. See the README's "Languages".
#
# Syntax (a small part of Fluent, https://projectfluent.org): `id = text`; a long text may go on
# on the next lines, indented with spaces; `{ $name }` is filled in by the app. Comments start
# with '#' and are for translators.

## The language itself

# The language's name in itself, shown in the language switch.
language-name = English
language-switch-label = Language
# $language: the language that could not be loaded; $current: the one still on screen.
language-load-failed = { $language } could not be loaded. If you are offline, connect and try again. Mend stays in { $current }.

## Always on screen

# Also in index.html, shown before the app has started: keep the two the same.
quick-exit-button = Exit this page
quick-exit-hint = or press Shift 3 times
nav-your-data = Your data
loading = Loading…
try-again = Try again
part-load-failed = This part of Mend could not be loaded. If you are offline, connect and try again; if Mend was just updated, reload the page. Your saved data is safe.

## Home

home-title = Mend: rebuilding trust, together or on your own
home-lead = When trust has been shaken, it can be hard to know where to begin. Mend gives you three quiet tools to look at what is happening, talk about it, and take small, concrete steps.
tool-assessment-name = Trust self-assessment
tool-assessment-about = About ten minutes of statements to agree or disagree with. See where trust feels solid and where it feels strained. Take it alone, or one after the other on this device and compare.
tool-boundaries-name = Boundary worksheet
tool-boundaries-about = Sit together and write down what each of you needs, what is not OK, and what you agree on, one area of life at a time.
tool-repair-name = Repair checklist
tool-repair-about = The concrete steps of rebuilding trust after a breach, small promises kept, and regular check-ins, so you can see progress over the months.
# $link: a link whose text is home-partner-link.
home-partner = Answering on two phones? { $link }: send your part as a sealed packet, with no server in between.
home-partner-link = Share with your partner
home-privacy-heading = Your privacy
home-privacy-no-account = No account, no sign-up, no server. Mend runs entirely in this browser.
home-privacy-on-device = What you enter is stored only on this device, in this browser. Nothing is sent anywhere.
# $your-data: a link whose text is nav-your-data.
home-privacy-delete = You can delete everything at any time from { $your-data }.
# $exit: the name of the quick exit button (quick-exit-button), in bold.
home-privacy-exit = If you need to leave quickly, use { $exit } at the top, or press Shift three times.
home-privacy-more = What Mend can and cannot protect you from

## A link that leads nowhere

not-found-title = This page does not exist
# $path: the address that was asked for, shown as code.
not-found-body = There is nothing at { $path }. Your saved data is not affected.
not-found-home = Go to the home page

## Privacy and limits

privacy-title = Privacy and limits
privacy-keeps-heading = What Mend keeps, and where
privacy-keeps = Your answers, worksheet, checklist, promises and check-ins are kept in this browser's local storage on this device, encrypted if you turn on the passphrase lock. Mend has no server and sends nothing anywhere: no accounts, no analytics, no fonts or scripts from other sites.
privacy-lock-heading = What the passphrase lock seals
privacy-lock =
    With the lock on, everything Mend keeps in this browser is sealed with your passphrase: your data and any copies of saved data Mend could not read.
    Only three things stay readable, and none says anything about you or your partner: the sealed data itself, which looks like random letters, the choice to delete everything on "Exit this page", and the language you chose for Mend.
    Those two choices have to work before the passphrase is entered.
privacy-lock-leaving = When you leave the page with the lock on (closing it, reloading it or going to another site), Mend clears the screen first, so pressing Back shows the lock screen instead of your data. What you typed up to that moment is sealed and kept.
privacy-safety-check = The answers to the private safety check in the assessment are never stored at all: they stay on the screen while you answer and are gone when you move on or reload.
privacy-partner-heading = Sending to your partner's phone
privacy-partner-packet = A packet for your partner holds only what you chose to send: your latest assessment answers and scores, your name, your side of the worksheet, and the repair steps, promises and check-ins made on your phone. It never holds the answers to the private safety check. It is sealed with AES-GCM under a key made from the one-time code on your screen, and the code is never inside the packet. Opening it goes straight from your partner's browser to Mend on their phone: there is no server in between, and a link carries the packet after the #, a part browsers never send anywhere.
privacy-partner-code = What the code protects: someone who finds the packet alone, in a chat, an email or a download folder, cannot read it. The code has 10 letters and numbers from 32 possible ones, about 50 bits, and Mend makes every guess slow on purpose (600,000 rounds of PBKDF2). That is strong enough for a packet you pass on today, not a password to rely on for years. What it does not protect: anyone who has both the packet and the code can read everything in it. So tell the code yourself, not in the same message, and delete the packet once your partner has opened it. Once opened, your answers are on your partner's phone and protected only as well as that phone is.
privacy-partner-link = A link leaves the address bar as soon as Mend opens, but the browser's own list of visited pages may still note that it was opened. The packet in it stays sealed, yet the entry shows that Mend was used: open such a link in a private window if that matters to you.
privacy-leaving-heading = Moving around, and leaving
privacy-leaving = Moving between Mend's screens does not add entries to this tab's Back history, and the tab's title is always just "Mend", so the title and the history do not say which tool you used. "Exit this page" replaces Mend's one entry with a weather site. It works as soon as the page appears, even while Mend is still loading.
privacy-delete-heading = How to delete it
# $your-data: a link whose text is nav-your-data.
privacy-delete = Use { $your-data } to delete everything Mend has stored. Clearing this site's data in your browser settings does the same.
privacy-limits-heading = What Mend cannot protect against
privacy-limit-device = Someone else who uses this device or this browser profile can open Mend and see what is stored, unless you turn on the passphrase lock on Your data. The lock does not help against someone who knows or guesses the passphrase, or who sees the screen while Mend is open.
privacy-limit-forgotten = If you forget the passphrase, the locked data cannot be recovered by anyone.
privacy-limit-history = Your browser's history still shows that you visited Mend, once for each time you opened it. The quick exit replaces the current entry, but it cannot erase earlier ones.
privacy-limit-monitoring = Monitoring software or a compromised device can see anything on the screen.
privacy-limit-browser-deletes = Browsers may delete stored data, for example after a long time without a visit. Keep an exported copy if it matters to you.
privacy-limit-safari = Some limits come from the browser itself. Safari, and every browser on an iPhone or iPad, deletes what a site has stored after seven days without a visit, unless Mend was added to the Home Screen. A private or incognito window keeps nothing once it is closed, in every browser. In both cases your data is gone from this device, so export a copy if you want to keep it.
privacy-watched = If you are worried that someone is watching your device, consider using a device they cannot reach, such as a trusted friend's or a public library's.

## Lock screen

lock-title = Mend is locked
lock-intro = Enter your passphrase to open your data. Everything stays encrypted in this browser until you do.
lock-passphrase = Passphrase
lock-unlock = Unlock
lock-opening = Opening…
lock-wrong-passphrase = That passphrase does not open this data. Nothing was changed.
lock-unsupported = This browser cannot encrypt here (it needs a secure https page).
# $details: what the browser reported (not translated).
lock-damaged = The locked data cannot be opened: { $details }.
# $details: what the browser reported (not translated).
lock-failed = Encryption failed: { $details }.
lock-forgot = Forgot your passphrase?
lock-forgot-body = The passphrase cannot be recovered or reset: that is what keeps the data private. The only way forward without it is to delete the locked data and start again.
lock-delete-start = Delete the locked data…
lock-delete-confirm = Delete everything Mend has stored in this browser? This cannot be undone.
lock-delete-yes = Yes, delete everything
cancel = Cancel
# $details: what the browser reported (not translated).
delete-failed = Deleting did not work: { $details }

## Partners' names

names-heading = Your names (optional)
# $first and $second: the names shown when none are given.
names-help = Used to label each person's answers. Leave them empty to see "{ $first }" and "{ $second }".
names-first = First partner's name
names-second = Second partner's name

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

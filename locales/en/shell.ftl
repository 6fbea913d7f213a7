# Mend's text in English: the source catalogue, one file per part of the app (this one, the
# shell, is in every first load). Every id here must be in the same file of every other
# language, with the same { $placeholders }. See the README's "Languages".
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

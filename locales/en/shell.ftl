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
save-not-written = Your latest change is not saved yet. Keep this page open: reloading or closing it would lose it.
part-load-failed = This part of Mend could not be loaded. If you are offline, connect and try again; if Mend was just updated, reload the page. Your saved data is safe.

## The header and footer, on every screen

skip-to-content = Skip to content
# The main navigation's name, read out by screen readers ("Main navigation").
nav-label = Main
nav-assessment = Assessment
nav-boundaries = Boundaries
nav-repair = Repair
nav-help = Help
footer-not-therapy = Mend is for reflection and education. It is not therapy, diagnosis or a way to decide about your relationship.
footer-unsafe = If you feel unsafe, contact local emergency services.
footer-help-link = Help and support lines
footer-stays-here = Everything stays in this browser.
footer-privacy-link = Privacy and limits

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
home-privacy-exit = If you need to leave quickly, use { $exit } at the top.
# Hidden while the shortcut is turned off (Privacy and limits).
home-privacy-shift = Pressing Shift three times does the same.
home-privacy-more = What Mend can and cannot protect you from

## A link that leads nowhere

not-found-title = This page does not exist
# $path: the address that was asked for, shown as code.
not-found-body = There is nothing at { $path }. Your saved data is not affected.
not-found-home = Go to the home page

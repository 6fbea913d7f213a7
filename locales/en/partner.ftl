## Sharing with your partner (src/ui/pages/partner.rs): a sealed packet and a one-time code.

partner-lead = Each of you can answer on your own phone, in private, and still compare. Mend seals your part into a packet that only a short code opens. You carry the packet to your partner any way you like, and tell them the code yourself. No server is involved: Mend has none.
say-who-first = Once you have said who uses this phone, you can send and receive here.
# $link: a link whose text is footer-privacy-link (shell.ftl, "Privacy and limits").
code-limits = What the code protects, and what it does not: see { $link }.
no-safety-answers = The answers to the private safety check are never in a packet.
who-legend = Who uses this phone?
# $link: a link whose text is nav-your-data (shell.ftl, "Your data").
who-note = Mend remembers this on this phone. It decides which column of the worksheet is yours, and keeps you from opening your own packet by mistake. Names can be changed on { $link }.
# $name: a partner's name.
who-first = { $name } (the first partner)
who-second = { $name } (the second partner)

## Sending

send-heading = Send to my partner
send-legend = What to send
# $date: the day of the run.
send-run = My latest assessment answers (taken on my own, { $date })
send-run-none = My assessment answers (take the assessment on your own first)
send-sheet-none = My side of the worksheet (nothing written on your side yet)
send-sheet-one = My side of the worksheet (1 topic with words)
# $count: more than one.
send-sheet = My side of the worksheet ({ $count } topics with words)
send-repair-none = The repair checklist (nothing ticked or added on this phone yet)
send-repair-one = The repair checklist: the 1 step, promise or check-in made on this phone
# $count: more than one.
send-repair = The repair checklist: the { $count } steps ticked, promises and check-ins made on this phone
send-nothing = There is nothing to send yet. Take the assessment on your own, write on your side of the worksheet, or use the repair checklist, then come back.
seal = Make a sealed packet
sealing = Sealing…
# $error: why, as Mend or the browser put it.
seal-failed = The packet could not be made: { $error }
sealed-heading = Your packet is sealed
code-lead = Your one-time code:
code-tell = Tell your partner this code yourself, in person or by a call, not in the same message as the packet. It is not inside the packet, and Mend does not keep it: when you leave this screen, it is gone.
download-packet = Download the packet
share = Share…
copy-text = Copy as text
copy-link = Copy the link
link-label = Link to open on your partner's phone
link-note = The packet travels after the # in the link, a part browsers never send to any server. Mend takes it out of the address bar as soon as it has read it.
text-label = The packet as text
saved-file = The packet file was saved. Send it to your partner any way you like.
save-failed = The file could not be saved: { $error }
shared = Shared.
copied-link = The link was copied.
copied-text = The packet was copied as text.
copy-failed = Copying did not work in this browser. Select the text in the box and copy it yourself.
share-failed = Sharing did not work here. Download the packet or copy it instead.
share-cancelled = Sharing was cancelled or did not work. The packet is still here.

## Receiving

receive-heading = Receive from my partner
from-link = You opened a link with a packet in it. Type the code your partner told you to open it.
see-assessment = See the assessment
see-worksheet = See the worksheet
open-file = Open a packet file
paste-label = Or paste the packet or the link
code-label = The code your partner told you
open-packet = Open the packet
opening = Opening…
file-unreadable = The file could not be read. Nothing was changed.
# $name: the partner who made it; $date: the day they made it.
preview-from = From { $name }, made on { $date }
# $name: the partner who sent it.
adding-only = Adding only brings in what is { $name }'s own. Nothing of yours is changed or replaced.
add = Add to my Mend
cancel = Cancel
add-cannot-save = Mend cannot save in this browser right now, so what you add would be lost. Nothing was changed.
# $name: the partner who sent it.
added = Done: what { $name } sent is now in your Mend. Your own answers and words are as they were.
nothing-new = There was nothing new to add. Your data is as it was.

## What an opened packet would add (src/domain/merge.rs, Preview::lines)

# $name: the partner who sent it; $date: the day of their assessment.
preview-run-paired = { $name }'s assessment from { $date }: it will be shown side by side with your latest one.
preview-run-new = { $name }'s assessment from { $date }. Take the assessment on your own too, and it will be shown side by side.
preview-run-update = { $name }'s assessment from { $date }: it will update the one you received before.
preview-run-same = { $name }'s assessment from { $date }: you already have it.
preview-run-older = { $name }'s assessment from { $date }: you already have a newer one, so it is left as it is.
# How many worksheet areas: one, or $count (more than one).
preview-areas-one = 1 worksheet area
preview-areas = { $count } worksheet areas
# $name: the partner who sent it; $areas: preview-areas-one or preview-areas.
preview-sheet-replaces = { $name }'s side of the worksheet ({ $areas } with words): it will replace what { $name }'s column holds on this device now, including anything typed into it here. Your own column stays as it is.
preview-sheet-fills = { $name }'s side of the worksheet ({ $areas } with words): it will fill in { $name }'s column. Your own column stays as it is.
preview-sheet-have = { $name }'s side of the worksheet ({ $areas } with words): you already have this or a newer one.
# How many records (steps, promises, check-ins): one, or $count (more than one).
preview-records-one = 1 record
preview-records = { $count } records
# $name: the partner who sent it; $records, $added, $updated: preview-records-one or preview-records.
preview-repair-have = { $name }'s part of the repair checklist ({ $records }): you already have all of it.
preview-repair-add = { $name }'s part of the repair checklist ({ $records }): { $added } will be added.
preview-repair-update = { $name }'s part of the repair checklist ({ $records }): { $updated } will be updated.
preview-repair-both = { $name }'s part of the repair checklist ({ $records }): { $added } will be added and { $updated } updated.
# $name: the partner who sent it.
preview-nothing = This packet from { $name } holds nothing to add.

## Why a packet cannot be opened (src/domain/packet.rs). Only this screen shows them.

packet-empty = There is no packet here yet. Open the file, paste the text or follow the link your partner sent.
# $size and $limit: whole numbers of kilobytes.
packet-too-large = This is too large to be a packet from Mend ({ $size } KB; the limit is { $limit } KB). Nothing was changed.
packet-not-a-packet = This is not a packet from Mend. Check that you copied all of it. Nothing was changed.
packet-incomplete = This packet is incomplete or damaged: part of it was lost or changed on the way. Ask your partner to send it again. Nothing was changed.
packet-newer = This packet was made by a newer Mend. Update this copy of Mend, then open it again. Nothing was changed.
packet-wrong-code = This code does not open this packet. Check the code with your partner. If it is right, the packet was changed or cut short on the way: ask for a new one. Nothing was changed.
# $details: what went wrong (not translated).
packet-unreadable = This packet opened, but Mend cannot use what is inside ({ $details }). Nothing was changed.
packet-code-missing = Mend could not download the part of itself that opens packets. Check that this device is online, then try again. Nothing was changed.
# Keep the example code as it is.
packet-bad-code = A code has 10 letters and numbers, like 7KQ2M-XR9TB. Please check it. Nothing was changed.
# "Who uses this phone?" is who-legend.
packet-own = This packet was sent from this phone: it comes from the partner this phone is set to, so there is nothing new in it for you. Open it on your partner's phone instead. If you both chose the same answer under "Who uses this phone?", one of you can change it. Nothing was changed.

## Why what a packet holds cannot be used (src/domain/merge.rs): put inside the packet's
## "cannot use what is inside (…)" refusal.

packet-not-mends-form = it is not in the form Mend writes
packet-run-newer = the assessment was answered in a newer Mend
packet-run-unknown = the assessment has answers to statements Mend does not know
packet-words-too-long = some worksheet words are longer than Mend keeps
# $why: what is wrong with one of its records, as the checklist's own checks put it.
packet-in-repair = in the repair checklist: { $why }
packet-seal-failed = This browser could not seal the packet, so none was made. Try again, or try another browser.

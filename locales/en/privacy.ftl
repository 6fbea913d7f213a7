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
privacy-partner-link = A link leaves the address bar as soon as Mend opens, but the browser's own list of visited pages may still note that it was opened. The packet in it stays sealed, yet the entry shows that Mend was used: open such a link in a private window if that matters to you. A packet or link you copy stays on the clipboard, and in any clipboard history your device keeps, until something else is copied: the quick exit cannot empty it.
privacy-leaving-heading = Moving around, and leaving
privacy-leaving = Moving between Mend's screens does not add entries to this tab's Back history. The address stays the same on every screen, and the tab's title is always just "Mend", so neither says which tool is open. A reload keeps you on the screen you were on. "Exit this page" replaces Mend's entry with a weather site, and if Back or Forward later reach Mend in this tab, it leaves again before anything is shown. It works as soon as the page appears, even while Mend is still loading.
privacy-delete-heading = How to delete it
# $your-data: a link whose text is nav-your-data.
privacy-delete = Use { $your-data } to delete everything Mend has stored. Clearing this site's data in your browser settings does the same.
privacy-limits-heading = What Mend cannot protect against
privacy-limit-device = Someone else who uses this device or this browser profile can open Mend and see what is stored, unless you turn on the passphrase lock on Your data. The lock does not help against someone who knows or guesses the passphrase, or who sees the screen while Mend is open.
privacy-limit-forgotten = If you forget the passphrase, the locked data cannot be recovered by anyone.
privacy-limit-history = Your browser's history list (its History page, and the suggestions as you type an address) still shows that you visited Mend. It does not show which tools you used, because Mend's address never names a screen, except when you open an address that does: a bookmark of one tool, a partner's link, or a link in Mend opened in a new tab or window. The quick exit replaces the current entry in this tab, but it cannot erase that list. Delete Mend's entries there, or open Mend in a private window, whose history is not kept.
privacy-limit-monitoring = Monitoring software or a compromised device can see anything on the screen.
privacy-limit-browser-deletes = Browsers may delete stored data, for example after a long time without a visit. Keep an exported copy if it matters to you.
privacy-limit-safari = Some limits come from the browser itself. Safari, and every browser on an iPhone or iPad, deletes what a site has stored after seven days without a visit, unless Mend was added to the Home Screen. A private or incognito window keeps nothing once it is closed, in every browser. In both cases your data is gone from this device, so export a copy if you want to keep it.
privacy-watched = If you are worried that someone is watching your device, consider using a device they cannot reach, such as a trusted friend's or a public library's.

// The quick exit, from the first paint. A classic script in <head>, not a module: the page is
// not parsed, so not drawn, until this file has run, and the "Exit this page" button and Shift
// pressed three times work the moment they can be seen. boot.js, a module, runs only once the
// page is parsed and its own file has arrived; on a slow network a person could see the button
// for seconds before that, press it, and stay. A separate file rather than an inline script, so
// the Content-Security-Policy can forbid inline scripts.
//
// It also puts the exit in the person's language before the first paint (see speakEarly).
//
// Wrapped in a function so that its names are its own; what boot.js needs is `window.mendKeys`,
// `window.mendLanguage`, `window.mendLeaving` and `window.mendForgetting`, and what the app needs
// `window.mendForgetOffline`, and it listens for 'mend:lock-tabs'.
(() => {
  'use strict';

  // Quick exit. The one implementation of leaving: the static button in index.html, Shift pressed
  // three times, and the app's own buttons (which send 'mend:quick-exit') all end up in leave().
  //
  // Contract with the app (src/ui/components/quick_exit.rs):
  // - 'mend:leave' (window, cancelable CustomEvent) is dispatched synchronously first. The running
  //   app cleans up (deleting everything if the user chose that) and calls preventDefault() to say
  //   it handled the deletion.
  // - 'mend:quick-exit' (window) is what the app dispatches to ask for this path.
  // If 'mend:leave' was not prevented (no app yet, a failed start, a panic, a listener that threw),
  // the deletion the user chose happens here, from localStorage alone.

  /** Where leaving goes: an ordinary, neutral page. Replaces this page's history entry. */
  const NEUTRAL_URL = 'https://www.bbc.co.uk/weather';
  /** What the tab shows for the moment between blanking the page and the neutral site arriving. */
  const NEUTRAL_TITLE = 'Weather';
  /** Shift presses that leave, and the longest gap between two of them. */
  const EXIT_PRESSES = 3;
  const EXIT_WINDOW_MS = 1000;

  /**
   * The prefix of every localStorage key this copy of Mend writes: `mend[<dir>].`, where <dir> is
   * the page's path up to and including its last '/' (`/` at a domain root, `/some/sub/path/` for
   * `/some/sub/path/index.html`), so two copies on one host never touch each other's data.
   * Must stay identical to the Rust side in src/storage/keys.rs.
   */
  function keyPrefix(pathname) {
    // '%' and ']' escaped, so no copy's prefix can be the start of another's (`/a/` and `/a/].x/`).
    // split/join rather than replaceAll: the exit must work in a browser too old to start the app.
    const dir = pathname.slice(0, pathname.lastIndexOf('/') + 1).split('%').join('%25').split(']').join('%5D');
    return `mend[${dir || '/'}].`;
  }

  /** Keys of older versions, before keys carried the path. */
  const LEGACY_PREFIX = 'mend.';

  /** Removes every key starting with `prefix` if `<prefix>wipe-on-exit` exists; true if it did. */
  function wipeIfArmed(prefix) {
    try {
      if (localStorage.getItem(prefix + 'wipe-on-exit') === null) return false;
      // Collect first: removing while walking by index would skip keys.
      const doomed = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key !== null && key.startsWith(prefix)) doomed.push(key);
      }
      for (const key of doomed) {
        try { localStorage.removeItem(key); } catch { /* keep removing the others */ }
      }
      return true;
    } catch {
      // Storage blocked or gone: there is nothing this page could delete anyway.
      return false;
    }
  }

  /** Whether the person chose "delete everything on exit", under this copy's keys or older ones. */
  function wipeArmed() {
    try {
      return localStorage.getItem(keyPrefix(location.pathname) + 'wipe-on-exit') !== null
        || localStorage.getItem(LEGACY_PREFIX + 'wipe-on-exit') !== null;
    } catch {
      return false;
    }
  }

  /**
   * After a deletion, the offline copy of Mend's own files goes too: its service worker (sw.js)
   * deletes its caches and unregisters, so the browser's site data keeps no copy of Mend's pages.
   * A message to the worker in charge of this page, which finishes the work after the page has
   * gone; a page the worker does not control yet (a first visit) asks the registration's worker.
   * Never throws and never waits. Also what the app calls after "Delete everything"
   * (`window.mendForgetOffline`, src/ui/browser.rs).
   */
  function forgetOfflineCopy() {
    try {
      const sw = navigator.serviceWorker;
      if (!sw) return;
      if (sw.controller) sw.controller.postMessage({ type: 'FORGET' });
      sw.getRegistration().then((registration) => {
        const worker = registration && (registration.active || registration.waiting || registration.installing);
        // The worker in charge has had it already; a second would only do the work again.
        if (worker && worker !== sw.controller) worker.postMessage({ type: 'FORGET' });
      }).catch(() => {});
    } catch { /* nothing more can be done from here */ }
  }

  let leaving = false;
  /** Whether this exit deletes everything, the offline copy included (see `mendForgetting`). */
  let forgetting = false;
  /** Set once nothing on this page may write to storage again (see `stopWrites`). */
  let wipedHere = false;

  /**
   * This copy's other tabs and windows in this browser, told when one leaves so that they leave
   * too: a person who flees from one tab must not leave Mend open in another, in the tab strip or
   * the tab switcher. A channel between the pages themselves: nothing is written anywhere for it.
   */
  let tabs = null;
  function listenToTabs() {
    try {
      tabs = new BroadcastChannel(keyPrefix(location.pathname) + 'tabs');
      tabs.onmessage = (event) => {
        if (event.data === 'leave') leave(true);
        // "Lock now" in another tab: opened again, the page shows the lock screen, and leaving
        // it first seals what was typed here (the app's rule for a page left with the lock on).
        if (event.data === 'lock' && !leaving) location.reload();
      };
    } catch { /* a browser without it: each tab leaves on its own */ }
  }
  listenToTabs();
  // Closed while the page waits in the back/forward cache, and opened again when it is shown: a
  // message there made Chromium drop the page, which then came back loaded anew rather than as
  // it was left (what it shows either way is in `leaveAgainIfLeft` and the app's life cycle).
  window.addEventListener('pagehide', () => {
    try { tabs.close(); } catch { /* nothing was open */ }
  });

  /**
   * This tab's note that Mend was left with the quick exit (sessionStorage: this tab's alone, gone
   * when it closes, and named like every key of this copy). The exit can replace only the entry it
   * leaves from; an earlier one of Mend's may still be in the tab's history (an address typed while
   * Mend was open, a link opened in this tab), and Back or Forward onto it would start Mend again.
   * Such a page leaves again at once (`leaveAgainIfLeft`); opening Mend anew clears it. Listed with
   * the other keys in src/storage/keys.rs (`Keys::left_note`).
   */
  function leftKey() {
    return keyPrefix(location.pathname) + 'left';
  }

  /**
   * Once this file has deleted the data itself (the app did not answer 'mend:leave'), nothing on
   * this page may write to storage again: the page stays alive until the neutral site answers, which
   * on a slow network takes seconds, and a save the app had waiting (its timer runs out 300 ms after
   * the last key) would write the data back. Set on the prototype, never on `localStorage` itself,
   * where it would be a stored key.
   */
  function stopWrites() {
    try {
      Object.defineProperty(Storage.prototype, 'setItem', { value() {}, configurable: true, writable: true });
    } catch { /* the hidden-page listeners below still hold back the app's last save */ }
  }

  /**
   * Leaves Mend at once. Never throws and never waits: every step is on its own. `heard`: another
   * tab of this copy left, and this one follows it (see `tabs`).
   */
  function leave(heard) {
    if (!leaving) {
      leaving = true;
      // First: once the deletion stops writes, no storage takes a key any more.
      try { sessionStorage.setItem(leftKey(), '1'); } catch { /* Back may then show Mend again */ }
      // Read before the app or the lines below delete the choice along with everything else.
      const forget = wipeArmed();
      forgetting = forget;
      let handled = false;
      // Following another tab, the app here is not asked: the tab the person left from has
      // deleted everything, or written what it had, and a save this page had waiting must not
      // write its copy over that.
      if (!heard) {
        try { tabs.postMessage('leave'); } catch { /* the other tabs stay as they are */ }
        try {
          const ev = new CustomEvent('mend:leave', { cancelable: true });
          // A listener that throws is reported by the browser, not thrown here; it just leaves
          // the event unprevented, so the deletion below still happens.
          window.dispatchEvent(ev);
          handled = ev.defaultPrevented;
        } catch { /* fall through to deleting here */ }
      }
      if (!handled) {
        // `wipeIfArmed` never throws: each key's removal, and storage itself, are tried on their own.
        const scoped = wipeIfArmed(keyPrefix(location.pathname));
        const legacy = wipeIfArmed(LEGACY_PREFIX);
        wipedHere = heard || scoped || legacy;
        if (wipedHere) stopWrites();
      }
      if (forget) forgetOfflineCopy();
    }
    goNeutral();
  }

  /** Blanks the page and replaces its history entry with the neutral site; nothing else. */
  function goNeutral() {
    try { document.title = NEUTRAL_TITLE; } catch { /* not fatal */ }
    try { document.body.replaceChildren(); } catch { /* not fatal */ }
    // Where replacing the entry is refused, setting the address would be refused too.
    try { location.replace(NEUTRAL_URL); } catch { /* nothing more can be done */ }
  }

  /** How this page was reached ('navigate', 'reload', 'back_forward'), or '' if unknown. */
  function arrival() {
    try {
      // A browser without navigation timing entries (Safari before 15) says nothing here, and
      // `returning` then reads the history entry's state instead.
      const entry = performance.getEntriesByType('navigation')[0];
      if (entry) return entry.type;
    } catch { /* unknown: see returning() */ }
    return '';
  }

  /**
   * Whether this page, in a tab that holds the exit's note, is one Mend showed before rather than
   * Mend opened anew: reached by Back or Forward; reloaded (Mend opened anew clears the note, so a
   * reload with the note there is of the page being left: a person pressing Reload on the blank
   * page while the neutral site is slow to come); or, where the browser does not say how it was
   * reached (a test's fake clock replaces `performance`), an entry that carries the screen Mend
   * kept in its state (boot.js, "Screens without addresses"). A page opened anew has no state.
   */
  function returning(how) {
    if (how === 'back_forward' || how === 'reload') return true;
    if (how !== '') return false;
    try {
      const state = history.state;
      return state !== null && typeof state === 'object' && typeof state.mendRoute === 'string';
    } catch {
      return false;
    }
  }

  /**
   * Leaves again, at once, a page reached by Back, Forward or Reload after the quick exit in this
   * tab (see `returning`); a page opened any other way clears the note. `how` is how the page was reached, or a function
   * that tells it. A page loaded anew is neither parsed further nor drawn: parsing stops, and the
   * page is hidden until the neutral site arrives. A page the back/forward cache restores is
   * hidden as it is shown again. (What the browser shows before any script runs, such as a
   * picture of the page kept for a swipe back, is beyond reach.)
   */
  function leaveAgainIfLeft(how) {
    let left = false;
    try { left = sessionStorage.getItem(leftKey()) !== null; } catch { /* no note, nothing to do */ }
    if (!left) return;
    // Asked only now: the navigation's timing entry costs every page load a few milliseconds.
    if (!returning(typeof how === 'function' ? how() : how)) {
      try { sessionStorage.removeItem(leftKey()); } catch { /* it goes with the tab */ }
      return;
    }
    try { document.documentElement.style.display = 'none'; } catch { /* not fatal */ }
    try { window.stop(); } catch { /* not fatal */ }
    // Only away again: the exit's deletion happened when the person left. Run now, it would act
    // on what is stored today, which may be a session open in another tab. Marked as leaving, so
    // Shift pressed meanwhile deletes nothing and boot.js registers no worker (`mendLeaving`).
    leaving = true;
    goNeutral();
  }
  leaveAgainIfLeft(arrival);
  // A page the back/forward cache restores runs no script again, but says so.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      listenToTabs();
      leaveAgainIfLeft('back_forward');
      // No storage event reached the page while it waited in the cache.
      markShortcut();
    }
  });

  // An app that did not answer 'mend:leave' (it panicked, say) may still hold unsaved changes and
  // write them when the page is hidden, after the deletion above. Registered before the app's own
  // listeners, these stop the event from reaching them.
  for (const type of ['pagehide', 'visibilitychange']) {
    window.addEventListener(type, (event) => {
      if (wipedHere) event.stopImmediatePropagation();
    }, true);
  }

  // The static button in index.html. Delegated from the document, so it works however early it is
  // clicked and whatever the app does with the rest of the page.
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.quick-exit-button')) {
      event.preventDefault();
      leave();
    }
  }, true);

  // Shift three times: each press within EXIT_WINDOW_MS of the previous one, holding the key down
  // is not pressing it again, and any other key starts over. Unless the person turned it off
  // (Privacy and limits): Sticky Keys takes the same presses to latch, lock and release Shift.
  // Read at each press, so a choice made in another tab holds here at once.
  const shortcutOffKey = () => keyPrefix(location.pathname) + 'shift-exit-off';
  function shortcutOff() {
    try {
      return localStorage.getItem(shortcutOffKey()) !== null;
    } catch {
      return false;
    }
  }
  // The hint beside the button ("or press Shift 3 times") is hidden while the shortcut is off
  // (style/main.css), from the first paint and whenever another tab changes the choice.
  function markShortcut() {
    try {
      const off = shortcutOff();
      document.documentElement.classList.toggle('no-shift-exit', off);
      // The choice's own box on Privacy and limits, when it is open, says the same.
      const box = document.getElementById('shift-choice');
      if (box) box.checked = !off;
    } catch { /* the hint stays */ }
  }
  markShortcut();
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === shortcutOffKey()) markShortcut();
  });
  let shiftCount = 0;
  let lastShift = 0;
  /** Whether the last press was of a pointer, not a key (see the focus handler below). */
  let byPointer = false;
  window.addEventListener('keydown', (event) => {
    byPointer = false;
    if (event.key !== 'Shift') {
      shiftCount = 0;
      return;
    }
    if (event.repeat || shortcutOff()) return;
    const now = performance.now();
    if (shiftCount > 0 && now - lastShift > EXIT_WINDOW_MS) shiftCount = 0;
    shiftCount += 1;
    lastShift = now;
    if (shiftCount >= EXIT_PRESSES) {
      shiftCount = 0;
      leave();
    }
  }, true);

  // What stays fixed over the page, the quick exit at the top and the update notice at the
  // bottom (boot.js), never covers the control the keyboard moves to (WCAG 2.4.11): the browser
  // scrolls a control reached with Tab or Shift+Tab only just into view, on a narrow screen
  // often under one of them; this scrolls it clear. Not after a press of a pointer: the control
  // is where the person pressed, and moving it before the release would move the click. (CSS
  // `scroll-padding` did this too, but made WebKit's WebDriver miss fields it scrolled to.)
  window.addEventListener('pointerdown', () => { byPointer = true; }, true);
  document.addEventListener('focusin', (event) => {
    const control = event.target;
    if (byPointer || !control.closest || control.closest('.quick-exit,.update-banner')) return;
    const c = control.getBoundingClientRect();
    for (const cover of document.querySelectorAll('.quick-exit,.update-banner')) {
      const r = cover.getBoundingClientRect();
      if (c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top) {
        // Below a cover in the upper half, above one in the lower half, with a little room. (At
        // the very end of the page nothing can scroll further: the footer's last links can stay
        // under the update notice.)
        window.scrollBy(0, r.top + r.bottom < innerHeight ? c.top - r.bottom - 8 : c.bottom - r.top + 8);
        return;
      }
    }
  });

  // The app's own "leave" buttons ask for the same path.
  window.addEventListener('mend:quick-exit', () => leave());

  // boot.js registers the service worker only once the page is idle, and never once leaving has
  // begun: the page lives on until the neutral site answers, and a registration then would put back
  // the offline copy a deletion just dropped.
  // A registration already under way when the exit began cannot be stopped; once it is made,
  // boot.js sends it FORGET itself when this exit deletes everything (`mendForgetting`).
  try {
    Object.defineProperty(window, 'mendLeaving', { get: () => leaving });
    Object.defineProperty(window, 'mendForgetting', { get: () => forgetting });
  } catch { /* boot.js then registers as usual */ }

  // "Delete everything" in the app forgets the offline copy the same way.
  try {
    Object.defineProperty(window, 'mendForgetOffline', { value: forgetOfflineCopy });
  } catch { /* the app's deletion then leaves the offline copy */ }

  // "Lock now" in the app locks this copy's other tabs too: a person who locks Mend must not
  // leave it open in another tab (src/ui/state.rs, `lock_now`).
  window.addEventListener('mend:lock-tabs', () => {
    try { tabs.postMessage('lock'); } catch { /* each tab then locks on its own */ }
  });

  // boot.js (a module, run once the page is parsed) reads this copy's keys too: one rule for them.
  try {
    Object.defineProperty(window, 'mendKeys', {
      value: Object.freeze({ scoped: keyPrefix(location.pathname), legacy: LEGACY_PREFIX }),
    });
  } catch { /* boot.js then reads no stored choice (lock) before the app starts */ }

  // The quick exit in the person's language from the first paint. index.html's markup is English;
  // in another language the exit, its hint and the loading line are put in that language as the
  // parser adds them. A MutationObserver's records are handled before the browser next draws, so
  // the English is never on screen, however long boot.js takes to arrive. A person who cannot
  // read English must still recognise the way out at a glance.

  /**
   * index.html's boot-text table (in <head>, above this script): what is shown before the app
   * runs, by language, for every language but English, whose text is the markup's.
   */
  function bootTable() {
    try {
      // No `?.` or `??` in this file: a browser too old for them must still run the exit.
      const element = document.getElementById('boot-text');
      const table = JSON.parse(element ? element.textContent : '{}');
      return table && typeof table === 'object' ? table : {};
    } catch {
      return {};
    }
  }

  /**
   * The starting language, decided as src/ui/i18n.rs does (keep in step): the stored choice, else
   * the first of the browser's languages Mend has. Every language but English is a key of the
   * boot-text table (tests/catalogues.rs holds it to locales/).
   */
  function startingLanguage(table) {
    const known = ['en'].concat(Object.keys(table));
    try {
      const stored = localStorage.getItem(keyPrefix(location.pathname) + 'language');
      if (stored !== null && known.indexOf(stored.toLowerCase()) !== -1) return stored.toLowerCase();
    } catch { /* no storage: the browser's languages decide */ }
    const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (const tag of preferred) {
      const lower = String(tag).trim().toLowerCase();
      for (const ours of known) {
        if (lower === ours || lower.indexOf(ours + '-') === 0) return ours;
      }
    }
    return 'en';
  }

  /** Puts the page's first words in `lang` (`texts`, by id) as they arrive, until the page is parsed. */
  function speakEarly(lang, texts) {
    const targets = [['.quick-exit-button', 'quick-exit-button'], ['.quick-exit-hint', 'quick-exit-hint'], ['#boot .loading', 'boot-loading']]
      .filter(([, id]) => typeof texts[id] === 'string');
    if (targets.length === 0) return;
    document.documentElement.lang = lang;
    // Again on every change while parsing: the parser adds an element before its text, and text
    // that arrives later (a slow network cuts the page anywhere) is added to the text already
    // there, ours included: a change of characters, not of children.
    const apply = () => {
      for (const [selector, id] of targets) {
        const element = document.querySelector(selector);
        if (element && element.textContent !== texts[id]) element.textContent = texts[id];
      }
    };
    apply();
    // Run late (boot.js asked for it again), the page is already there.
    if (document.readyState !== 'loading') return;
    const observer = new MutationObserver(apply);
    observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    document.addEventListener('readystatechange', () => {
      apply();
      observer.disconnect();
    }, { once: true });
  }

  let language = 'en';
  try {
    const table = bootTable();
    language = startingLanguage(table);
    if (language !== 'en') speakEarly(language, table[language] || {});
  } catch { /* the page starts in English; the app still switches once it runs */ }
  // boot.js keeps the rest of the page hidden until the app shows it in this language.
  try {
    Object.defineProperty(window, 'mendLanguage', { value: language });
  } catch { /* boot.js then starts in English */ }
})();

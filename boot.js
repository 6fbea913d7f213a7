// Starts the app from a file rather than an inline script, so the Content-Security-Policy can
// forbid inline scripts. Trunk writes the hashed file names into the data attributes.
//
// The quick exit is not here: exit.js, a classic script in <head>, has it working from the first
// paint. Before anything else, this file wires up moving between screens without leaving a trail
// in the Back history or the screen's name in the address, which must work even when the app
// never starts (still downloading, a failed start, a panic).

/**
 * This copy's localStorage key prefixes, from exit.js (`keyPrefix` there, src/storage/keys.rs);
 * `null` when exit.js has not run.
 */
const KEYS = window.mendKeys ?? null;

// exit.js has not run: its request failed (a flaky network, a cache that lost it). Without it
// this page would have no quick exit at all, so ask for it again, under the name this page gives
// it (the build names it by a hash of its bytes, as it names this file); it runs as soon as it
// arrives.
const exitSource = KEYS === null ? document.getElementById('exit-script')?.src : undefined;
if (exitSource) {
  const script = document.createElement('script');
  script.src = exitSource;
  document.head.append(script);
}

// ---------------------------------------------------------------------------------------------
// Spell checking (src/ui/spelling.rs). index.html marks the page `spellcheck="false"`: some
// browsers check spelling by sending the words to their maker's servers. Only the person's own
// choice, a key of its own, turns it on; here, before the app's first field is drawn, and again
// whenever another tab changes the choice or deletes everything. Without exit.js's prefixes the
// page stays unchecked.
if (KEYS !== null) {
  const spelling = KEYS.scoped + 'spellcheck';
  const followSpelling = () => {
    let on = false;
    try { on = localStorage.getItem(spelling) !== null; } catch { /* no storage: stays unchecked */ }
    document.documentElement.spellcheck = on;
    // The choice's own box on Privacy and limits, when it is open, says the same.
    const choice = document.getElementById('spellcheck-choice');
    if (choice) choice.checked = on;
  };
  followSpelling();
  addEventListener('storage', (e) => { if (e.key === null || e.key === spelling) followSpelling(); });
}

// ---------------------------------------------------------------------------------------------
// Screens without addresses. The screen shown is kept in this history entry's state
// (`history.state.mendRoute`, a hash like `#/repair`), never in the address: the browser's history
// list, its address-bar suggestions and a synced history record every address a tab shows, and an
// address naming the screen ("…#/repair") would tell anyone who opens them what Mend was used for.
// Each address is the page's own, without a hash, so the list shows one plain entry.
//
// - A link to a screen (`#/…`), wherever it is drawn, replaces the state and announces
//   'mend:route' on window, which the app's router hears. No entry is added either: after the
//   quick exit, Back cannot lead to any Mend screen.
// - An address that names a screen (a bookmark, a link, one typed in) is followed once, then the
//   hash leaves the address.
// - A reload, and Back or Forward onto this page, keep the screen shown; opening the page's plain
//   address starts on home, even in a tab whose state names another screen.
// This works even when the app never starts (still downloading, a failed start, a panic).

/** The key of `history.state` that holds the screen shown, and the event that says it changed. */
const ROUTE_KEY = 'mendRoute';
const ROUTE_EVENT = 'mend:route';

/** The screen shown, as a hash: the address's own when it names one, else this entry's state. */
function shownHash() {
  if (location.hash.startsWith('#/')) return location.hash;
  const route = history.state?.[ROUTE_KEY];
  return typeof route === 'string' ? route : '#/';
}

/**
 * Shows the screen at `hash` with the page's plain address, replacing this history entry, and
 * tells the app when `announce`. A partner's packet (`#/partner?p=…`) never reaches the state: it
 * leaves the address at once, before the app starts (the lock screen may come first, or the
 * screen's code may fail to load), and waits in memory for the partner screen
 * (src/ui/pages/partner.rs takes it once).
 */
function show(hash, announce) {
  let route = hash;
  if (screenPath(hash) === '/partner' && /[?&]p=/.test(hash)) {
    window.mendIncomingPacket = hash;
    route = '#/partner';
  }
  try {
    history.replaceState({ [ROUTE_KEY]: route }, '', location.pathname + location.search);
  } catch { /* an embedding without history: the address keeps the hash, which still works */ }
  if (announce) window.dispatchEvent(new Event(ROUTE_EVENT));
}

{
  // A new load of the plain address has no state anyway; the navigation's type guards against a
  // browser that carries it over. Where the type cannot be read (an old browser, or a test's
  // fake clock, which replaces `performance`), the state alone decides: it is there only after
  // a reload, Back or Forward.
  const arrival = globalThis.performance?.getEntriesByType?.('navigation')?.[0]?.type;
  const keeps = arrival === undefined || arrival === 'reload' || arrival === 'back_forward';
  show(location.hash.startsWith('#/') || keeps ? shownHash() : '#/', false);
}

// A hash typed or set while the page is open: follow it, then take it out of the address. The
// browser added an entry for it, so Back returns to the screen shown before.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/')) show(location.hash, true);
});

// Back or Forward between this page's own entries changes only the state, not the address, so
// the browser says nothing but 'popstate': the screen follows the entry's state. (An entry that
// still has a hash also fires 'hashchange', handled above.)
// An entry without a screen in its state (an anchor such as `#top` typed in) changes nothing.
window.addEventListener('popstate', (event) => {
  if (location.hash.startsWith('#/') || typeof event.state?.[ROUTE_KEY] !== 'string') return;
  window.dispatchEvent(new Event(ROUTE_EVENT));
});

document.addEventListener('click', (event) => {
  // Let the browser do what was asked for: a new tab or window, a download, another button.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
  if (!link || link.hasAttribute('download')) return;
  const target = link.getAttribute('target');
  if (target && target !== '_self') return;
  event.preventDefault();
  // A link to the screen already shown changes nothing here, and may have its own handler in the
  // app (moving focus within the screen), which still runs.
  const hash = link.getAttribute('href');
  if (hash !== shownHash()) show(hash, true);
}, true);

// ---------------------------------------------------------------------------------------------
// Printing, and saving as a PDF, take the page's title: browsers name the PDF after it and print
// it at the top of each page. A "Mend.pdf" would sit in the Downloads folder, where someone else
// using the device may look, so while printing the title is neutral, like the name of every
// download (src/domain/transfer.rs).
let titleBeforePrint = null;
window.addEventListener('beforeprint', () => {
  if (titleBeforePrint === null) titleBeforePrint = document.title;
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  document.title = `notes-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
});
window.addEventListener('afterprint', () => {
  if (titleBeforePrint !== null) document.title = titleBeforePrint;
  titleBeforePrint = null;
});

// ---------------------------------------------------------------------------------------------
// A deep link (a bookmark, a reload, the offline start on a tool) needs the screen's parts as
// well as the main module. The split loader would fetch them only once the main module has
// started and asked; fetching them now, side by side with it, saves one round of downloads.
//
// A screen's parts are 8 to 160 small modules. When none of them is loaded yet, one download
// holds them all: the screen's pack (build/pack.mjs), one module joined from them, about a fifth
// smaller compressed than the same modules one by one, one request instead of dozens, and
// instantiated once instead of one by one. Under the service worker, the pack is used once the
// worker's cache holds it (see `fetchParts`). The split loader asks `mendBundled` before it
// fetches a module (build/loader-hooks.mjs). Otherwise each file gets a
// `<link rel=preload as=fetch crossorigin>`, which matches the loader's own `fetch()`, so nothing
// is fetched twice.

/** The screen's path in a hash like `#/repair?from=results`. */
function screenPath(hash) {
  const path = hash.replace(/^#/, '').split('?')[0].replace(/(.)\/+$/, '$1');
  return path || '/';
}

/** True when the data is locked: every screen but help then shows the lock screen. */
function isLocked() {
  try {
    if (KEYS === null) return false;
    return localStorage.getItem(KEYS.scoped + 'locked') !== null
      || localStorage.getItem(KEYS.legacy + 'locked') !== null;
  } catch {
    return false;
  }
}

/** Modules a joined pack holds: URL -> that pack ({ start, instantiate }). */
const bundled = new Map();
/** Every module URL the loader has asked for. */
const asked = new Set();
/**
 * Modules whose pack may be in the service worker's cache, while boot.js asks the cache: URL ->
 * a promise settled once that is decided (`fetchParts`).
 */
const deciding = new Map();

/**
 * The joined pack at `url` (build/pack.mjs): `start` fetches it and compiles it as it arrives
 * (once); `instantiate` instantiates it once for all the modules it holds. The loader's imports
 * are the main module's memory, table and global under `__wasm_split`; the joined module imports
 * them once, under `o`.
 */
function joinedPack(url) {
  let compiled;
  let instance;
  const start = () => {
    if (!compiled) {
      compiled = fetch(url).then((r) => (r.ok ? WebAssembly.compileStreaming(r) : Promise.reject(new Error(`pack ${r.status}`))));
      compiled.catch(() => {});
    }
    return compiled;
  };
  const instantiate = (imports) => (instance ??= start().then((module) => WebAssembly.instantiate(module, { o: imports.__wasm_split })));
  return { start, instantiate };
}

/**
 * Makes the joined pack at `url` the way to the modules `urls` and returns it, or null when one
 * of them was asked for or comes in another pack already: a module must be instantiated once,
 * since instantiating it again would write its data over memory the app has changed since.
 */
function useJoinedPack(url, urls) {
  if (urls.length === 0 || urls.some((u) => asked.has(u) || bundled.has(u))) return null;
  const pack = joinedPack(url);
  for (const u of urls) bundled.set(u, pack);
  return pack;
}

/**
 * The split loader's way in (build/loader-hooks.mjs), called for every module it loads: for a
 * module a joined pack holds, a function that instantiates the pack (once for all its modules,
 * fetching it now if it was not yet), or undefined. If the pack cannot be fetched, compiled or
 * linked, nothing of it was instantiated, and the module is fetched alone.
 */
window.mendBundled = (href) => {
  const decision = deciding.get(href);
  if (decision) {
    // Whether its pack is in the service worker's cache is not known yet: the module waits for
    // that answer (usually a few milliseconds, at most CACHE_ANSWER_MS) rather than be loaded
    // alone and keep the pack out.
    return (imports) => decision.then(() => {
      const load = window.mendBundled(href);
      return load ? load(imports) : WebAssembly.instantiateStreaming(fetch(href), imports);
    });
  }
  asked.add(href);
  const pack = bundled.get(href);
  if (!pack) return undefined;
  pack.start();
  return (imports) => pack.instantiate(imports).catch((error) => {
    // A trap while the pack's segments were written may have written some: loading its modules
    // again could write over memory in use, so that one stays an error (the screen says so).
    if (error instanceof WebAssembly.RuntimeError) throw error;
    return WebAssembly.instantiateStreaming(fetch(href), imports);
  });
};

/**
 * One part's files from the parts map's short form in index.html (build/compact-parts.mjs,
 * `expand`): names without the build's `suffix`, shared chunks by number, runs of them as
 * "first-last".
 */
function expandPart(entries, suffix) {
  return entries.flatMap((entry) => {
    if (typeof entry === 'number') return [`chunk_${entry}${suffix}`];
    const run = /^(\d+)-(\d+)$/.exec(entry);
    if (!run) return [entry + suffix];
    const files = [];
    for (let n = Number(run[1]); n <= Number(run[2]); n++) files.push(`chunk_${n}${suffix}`);
    return files;
  });
}

/**
 * The build's maps (build/split-wasm.sh, from build/parts.json), or null. A part's files are
 * worked out when first needed: a screen needs a few of the parts, and this runs before the app
 * can start.
 */
function splitMaps(tag) {
  try {
    const short = JSON.parse(tag.dataset.parts ?? '{}');
    const suffix = tag.dataset.suffix ?? '';
    const expanded = new Map();
    return {
      // Where the files are: beside boot.js. Their names need no escaping (a-z, 0-9, '_', '-', '.').
      base: new URL('.', tag.src).href,
      partNames: Object.keys(short),
      // part -> its files ([] for a part the build does not have)
      files: (part) => {
        if (!expanded.has(part)) expanded.set(part, Array.isArray(short[part]) ? expandPart(short[part], suffix) : []);
        return expanded.get(part);
      },
      screens: JSON.parse(tag.dataset.screens ?? '{}'), // screen -> parts; `locked`: the lock screen
      later: JSON.parse(tag.dataset.later ?? '{}'), // screen -> parts it fetches once usable
      packs: JSON.parse(tag.dataset.packs ?? '{}'), // screen -> its pack; `later:<screen>` -> the rest
    };
  } catch {
    return null; // Only an optimisation: the loader fetches what it needs anyway.
  }
}

/** Files given a `<link rel=preload>` already. */
const preloaded = new Set();

/** Adds a `<link rel=preload>` for a module the loader will fetch itself. */
function preload(href) {
  // Once the loader asked for a file, a preload would only fetch it again.
  if (asked.has(href) || preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Gets the modules the screen at `hash` needs on their way, in the language `lang`: its pack when
 * none of them is loaded or coming, and either no service worker is in charge or its cache holds
 * the pack; otherwise, at start only, a preload for each.
 *
 * A pack holds only the parts that are the same in every language (build/pack.mjs skips
 * `text_<slice>_*`). The language's own parts, `lang_<tag>` at start and the screen's
 * `text_<slice>_<tag>` (none in English, whose text is in the screen's own part), are small and
 * get a preload beside the pack, so one pack per screen serves every language.
 *
 * With a service worker in charge (every visit after the first, and the offline start) the modules
 * one by one cost no download, but the loader instantiates each on its own, about 150 for a tool.
 * The worker keeps every pack once a page has been idle under it (`keepPacks`), and from then on
 * every screen starts from its pack.
 */
function fetchParts(tag, maps, hash, lang, atStart) {
  if (!maps) return;
  const path = screenPath(hash);
  const screen = path !== '/help' && isLocked() ? 'locked' : path;
  const listed = maps.screens[screen] ?? [];
  const filesOf = (parts) => new Set(parts.flatMap((part) => maps.files(part)));
  const href = (file) => maps.base + file;
  const shared = filesOf(listed.filter((part) => !part.endsWith('*')));
  const suffix = lang.replaceAll('-', '_');
  const textParts = listed.filter((part) => part.endsWith('*')).map((part) => part.replace(/\*$/, suffix));
  if (atStart && lang !== 'en') textParts.push('lang_' + suffix);
  const text = [...filesOf(textParts)].filter((file) => !shared.has(file)).map(href)
    .filter((url) => !asked.has(url));
  const urls = [...shared].map(href);
  const pack = maps.packs[screen] && href(maps.packs[screen]);
  const later = laterPack(maps, screen, shared, href);
  const whole = (withLater) => {
    const joined = pack ? useJoinedPack(pack, urls) : null;
    if (!joined) return false;
    joined.start();
    text.forEach(preload);
    if (withLater && later) useJoinedPack(later.pack, later.urls);
    return true;
  };
  const oneByOne = () => {
    if (!atStart) return;
    urls.forEach(preload);
    text.forEach(preload);
  };
  if (!navigator.serviceWorker?.controller) {
    if (!whole(true)) oneByOne();
    return;
  }
  // The language's text parts are never in a pack: on their way at once, whatever the cache says.
  if (atStart) text.forEach(preload);
  if (!pack || urls.some((url) => asked.has(url) || bundled.has(url))) {
    // No pack, or one that cannot be used now (a module of it is loaded): nothing to wait for.
    oneByOne();
    return;
  }
  const waiting = [...urls, ...(later?.urls ?? [])].filter((url) => !asked.has(url) && !bundled.has(url) && !deciding.has(url));
  const decision = Promise.all([inCache(pack), later ? inCache(later.pack) : false]).then(([packCached, laterCached]) => {
    // First, so that the modules that waited (`mendBundled`) find the pack, if it is used.
    waiting.forEach((url) => deciding.delete(url));
    if (!(packCached && whole(laterCached))) oneByOne();
  }).catch(() => waiting.forEach((url) => deciding.delete(url)));
  waiting.forEach((url) => deciding.set(url, decision));
}

/**
 * The joined pack of a screen's later parts (build/parts.json, "later") that its first pack lacks,
 * fetched when the screen first asks for one of them (once its first controls work) instead of
 * one by one: `{ pack, urls }`, or null when the build made none.
 */
function laterPack(maps, screen, shared, href) {
  const pack = maps.packs[`later:${screen}`];
  if (!pack) return null;
  const urls = [...new Set((maps.later[screen] ?? []).flatMap((part) => maps.files(part)))]
    .filter((file) => !shared.has(file))
    .map(href);
  return { pack: href(pack), urls };
}

/** How long boot.js waits for the cache's answer before it loads the modules one by one. */
const CACHE_ANSWER_MS = 300;

/**
 * True when a cache of this origin holds `url` (the service worker's, sw.js); false when it does
 * not, cannot say, or takes longer than CACHE_ANSWER_MS. Never rejects.
 */
function inCache(url) {
  let asking;
  try {
    asking = caches.match(url).then((hit) => !!hit, () => false);
  } catch {
    return Promise.resolve(false);
  }
  return Promise.race([asking, new Promise((resolve) => setTimeout(resolve, CACHE_ANSWER_MS, false))]);
}

/**
 * Asks the service worker to keep every pack the build made (sw.js, 'CACHE_PACKS'), once the page
 * has loaded and the browser is idle, so the screen opening now is not slowed down; once per
 * page. Every pack, not the ones of the screens opened: the worker's cache (which anyone holding
 * the device can list in the browser's tools) then holds the same files whichever tools were
 * used, as the Privacy model promises, and a screen never opened before starts from its pack too.
 * The worker fetches only those not kept yet (once per deployment, about 610 KB brotli), from
 * the HTTP cache when this page already had them, and keeps only packs its index.html names.
 * Offline it quietly does nothing.
 */
function keepPacks() {
  if (packsAsked || !maps) return;
  packsAsked = true;
  const urls = [...new Set(Object.values(maps.packs))].filter((file) => typeof file === 'string').map((file) => maps.base + file);
  const ask = () => navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_PACKS', urls });
  const later = () => whenIdle(ask, 5000, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
let packsAsked = false;

// ---------------------------------------------------------------------------------------------
// The language. Each language but English is a part of its own (`lang_<tag>`, src/ui/i18n.rs),
// with a part per slice of its text that a screen shows (`text_<slice>_<tag>`).
// When the page starts in one, its part is fetched with the main module, and the page (but the
// quick exit) stays hidden until the app shows it in that language (style/main.css), so a reload
// in Spanish does not flash English. If the app never gets that far, the page shows anyway.

/** How long the page may stay hidden waiting for its language. */
const LANGUAGE_WAIT_MS = 4000;

/**
 * The starting language's tag; for a language other than English, hides the page until the app
 * shows it. Each such language has a part `lang_<tag>` (its shell text).
 */
function awaitLanguage(partNames) {
  const parts = partNames.filter((part) => part.startsWith('lang_'));
  const tags = parts.map((part) => part.slice('lang_'.length).replaceAll('_', '-'));
  // exit.js decided it (the stored choice, else the browser's languages) and has already put the
  // quick exit and the loading line in it. Without exit.js the page starts in English, and the
  // app still switches once it runs.
  const lang = tags.includes(window.mendLanguage) ? window.mendLanguage : 'en';
  if (lang === 'en') return lang;
  document.documentElement.dataset.langPending = lang;
  setTimeout(showPage, LANGUAGE_WAIT_MS);
  return lang;
}

/**
 * What boot.js shows by itself in `lang`: index.html's boot-text table (from
 * locales/<tag>/boot.ftl and the quick exit's messages), or null in English, whose text is the
 * markup's and the literals below (tests/catalogues.rs checks both against the files).
 */
function bootText(lang, id) {
  let table = {};
  try {
    table = JSON.parse(document.getElementById('boot-text')?.textContent ?? '{}');
  } catch { /* the markup's English stays */ }
  return table[lang]?.[id] ?? null;
}

function showPage() {
  delete document.documentElement.dataset.langPending;
}

// ---------------------------------------------------------------------------------------------
// Start the app.
const tag = document.querySelector('script[data-js][data-wasm]');
const maps = splitMaps(tag);
const startLanguage = awaitLanguage(maps?.partNames ?? []);
fetchParts(tag, maps, shownHash(), startLanguage, true);
if (navigator.serviceWorker?.controller) keepPacks();
// Registered before the app's own router, so a pack is on its way before the screen asks. The
// language then is the one on screen, which the app keeps in `<html lang>`.
window.addEventListener(ROUTE_EVENT, () => {
  const lang = (document.documentElement.lang || 'en').toLowerCase();
  fetchParts(tag, maps, shownHash(), lang, false);
});
let started = false;
try {
  const bindings = await import(tag.dataset.js);
  await bindings.default({ module_or_path: tag.dataset.wasm });
  started = true;
} catch (err) {
  // Without WebAssembly (or with a broken download) say so instead of "Loading…" forever.
  showPage();
  const line = document.querySelector('#boot .loading');
  if (line) line.textContent = bootText(startLanguage, 'boot-failed') ?? 'Mend could not start in this browser. It needs a current browser with WebAssembly; reloading the page may help. Your saved data is not affected.';
  // Handled: the page says so. The console keeps the cause for whoever looks into it.
  console.error('Mend could not start:', err);
}

// Offline support: sw.js keeps the app's own files in a cache (see the comments there). Only over
// http(s) and where the browser has service workers; anything going wrong here is quiet, because
// the app works without it. Not after a failed start, which may be a download that broke halfway:
// the offline copy is made by a start that worked.
//
// Registered once the browser is next idle, not as the app starts: registering costs the main
// thread about 8 ms at 4x CPU throttling (more with the worker script's download), which then
// delayed the first screen's first frame (issue #13). And never once the quick exit has begun: a
// registration after it would put back the offline copy its deletion just asked the worker to drop.
// (exit.js says whether leaving has begun: the page lives on until the neutral site answers.)
if (started && 'serviceWorker' in navigator && (location.protocol === 'https:' || location.protocol === 'http:')) {
  whenIdle(() => {
    if (window.mendLeaving === true) return;
    registerWorker().catch((err) => console.info('Mend: offline support is unavailable here.', err));
  }, 2000, 200);
}

/**
 * Runs `job` once the browser is next idle, at the latest after `timeoutMs`; where the browser
 * cannot say when it is idle (Safari has no idle callbacks), after `fallbackMs`.
 */
function whenIdle(job, timeoutMs, fallbackMs) {
  if (window.requestIdleCallback) requestIdleCallback(job, { timeout: timeoutMs });
  else setTimeout(job, fallbackMs);
}

async function registerWorker() {
  const sw = navigator.serviceWorker;
  const registration = await sw.register('./sw.js', { scope: './' });
  // The quick exit began while the registration was on its way, too late for exit.js to reach
  // this worker: when that exit deletes everything, the new worker must drop what it keeps.
  if (window.mendForgetting === true) {
    (registration.installing ?? registration.waiting ?? registration.active)?.postMessage({ type: 'FORGET' });
    return;
  }
  let updateRequested = false;

  // Reload once, and only after the user chose "Reload to update": never by itself mid-edit.
  // The first worker taking charge of a first visit is instead asked to keep the packs.
  sw.addEventListener('controllerchange', () => {
    if (!updateRequested) {
      keepPacks();
      return;
    }
    updateRequested = false;
    location.reload();
  });

  const offer = (worker) => {
    // No controller means a first visit: the new worker just installs, there is nothing to update.
    if (!worker || !sw.controller) return;
    showUpdateNotice(() => {
      updateRequested = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };

  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });

  // A tab left open for days still learns about a new version when it is looked at again.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 60 * 60 * 1000) return;
    lastCheck = Date.now();
    registration.update().catch(() => {});
  });
}

/** A small notice at the bottom of the page; it takes no focus and blocks nothing. */
function showUpdateNotice(onReload) {
  if (document.querySelector('.update-banner')) return;
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.className = 'banner banner-info update-banner no-print';
  // CSSOM assignments are allowed by style-src 'self' (unlike style attributes in markup).
  Object.assign(notice.style, {
    position: 'fixed', left: '1rem', right: '1rem', bottom: '1rem', zIndex: '1000',
    maxWidth: '40rem', margin: '0 auto', display: 'flex', flexWrap: 'wrap', alignItems: 'center',
    gap: '0.5rem 1rem', boxShadow: '0 2px 12px rgba(0, 0, 0, 0.25)',
  });
  // The app keeps <html lang> as the language on screen.
  const lang = (document.documentElement.lang || 'en').toLowerCase();
  const say = (id, english) => bootText(lang, id) ?? english;
  const text = document.createElement('p');
  text.textContent = say('update-ready', 'A new version of Mend is ready. Your data is safe.');
  text.style.flex = '1 1 16rem';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = say('update-reload', 'Reload to update');
  reload.addEventListener('click', () => {
    reload.disabled = true;
    onReload();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = say('update-later', 'Not now');
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}

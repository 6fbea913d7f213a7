// Mend's service worker: keeps the app shell in a cache so Mend opens offline after one visit.
// It never touches other origins and never sees any data: everything the user enters stays in
// localStorage, which this worker cannot read.
//
// - Pages (navigations) and index.html: network first, so a new deployment is seen when online;
//   the cached copy when offline.
// - Content-hashed files (Trunk's main-1a2b….css, mend-….js, mend-…_bg.wasm, and boot-….js and
//   exit-….js, which build/split-wasm.sh names so): cache first. A page therefore runs the very
//   files its index.html names, never another deployment's boot.js or exit.js: a fresh
//   index.html asks for new names, and the cached index.html changes only with its files.
// - The screens' packs (pack_<screen>-<hash>.wasm): the cached copy, else the network, never
//   stored on the way: only 'CACHE_PACKS' stores packs, every one of them (see `cachePacks`).
// - Other own files (icons, manifest): the cached copy at once, refreshed in the background.
//
// Changing this file (for example VERSION) makes browsers install the new worker; it then waits
// until the page asks it to take over ({type: 'SKIP_WAITING'}, from the "Reload to update" button
// that boot.js shows), and on activation deletes the caches of older versions.
//
// After a deletion ("Delete everything", or the quick exit with its deletion chosen) the page
// posts {type: 'FORGET'}: the worker deletes this scope's caches and unregisters, and stores and
// answers nothing more, so the browser keeps no copy of Mend's pages (see the message handler).
//
// Caches are per origin, not per path: two copies of Mend on one host (/a/ and /b/) see each
// other's caches. Every name therefore carries this worker's scope path, and activation deletes
// only older caches of the same scope: `mend-shell:/a/:v1`.
// v2 (2026-12-06): index.html's `data-lazy` names only the split loader and the worker reads the
// parts' modules from `data-parts`. A v1 worker still in charge of an open page reads only
// `data-lazy` and drops the modules it does not find there from its cache, so this version fills
// a cache of its own, which v1's never touches.
const VERSION = 'v2';
const scopeUrl = new URL(self.registration.scope);
const PREFIX = `mend-shell:${scopeUrl.pathname}:`;
const CACHE = PREFIX + VERSION;
/** Versions before the scope was in the name shared one cache per origin: `mend-shell-v1`. */
const LEGACY = /^mend-shell-v/;

/** Files the shell may need, by extension. Anything else found in index.html is ignored. */
const SHELL_FILE = /\.(?:css|js|mjs|wasm|svg|png|webmanifest|json)$/;
/** A content hash in a file name (Trunk's, build/split-wasm.sh's): name-<hex>.css, name-<hex>.js, name-<hex>_bg.wasm. */
const HASHED = /-[0-9a-f]{8,}(?:_bg)?\.(?:css|js|wasm)$/;
/**
 * A screen's pack (build/pack.mjs): pack_<screen>-<hex>.wasm, a hash of its own bytes. Any screen
 * name build/pack.mjs may write (`[^\w]` becomes `_`, so letters of either case, or none).
 */
const PACK = /\/pack_[^/]*-[0-9a-f]{8,}\.wasm$/;

const INDEX = new URL('index.html', scopeUrl).href;

/**
 * Same-origin files under our scope that index.html refers to (never this worker itself),
 * including the lazily loaded parts of the app: the split loader, which the boot script lists in
 * `data-lazy`, and every part's modules (`partModules`): a tool opened for the first time while
 * offline must still work.
 */
function shellUrls(html) {
  const urls = new Set();
  const refs = [];
  for (const m of html.matchAll(/\b(?:href|src|data-js|data-wasm)\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]);
  for (const m of html.matchAll(/\bdata-lazy\s*=\s*["']([^"']*)["']/gi)) refs.push(...m[1].split(/\s+/).filter(Boolean));
  refs.push(...partModules(html));
  for (const ref of refs) {
    let url;
    try {
      url = new URL(ref, INDEX);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== self.location.origin || !url.href.startsWith(scopeUrl.href)) continue;
    if (!SHELL_FILE.test(url.pathname) || url.pathname === self.location.pathname) continue;
    urls.add(url.href);
  }
  return [...urls];
}

/**
 * Every part's modules, from the boot script's `data-parts` in the short form build/split-wasm.sh
 * writes (build/compact-parts.mjs): per part, its module's name and its shared chunks, a chunk by
 * its number and a run of them as "first-last", each name ending in `data-suffix`. Nothing when
 * the page has no such map (a build without the split).
 */
function partModules(html) {
  const names = [];
  const suffix = /\bdata-suffix\s*=\s*"([^"]*)"/i.exec(html);
  const map = /\bdata-parts\s*=\s*'([^']*)'/i.exec(html);
  if (!suffix || !map) return names;
  let parts;
  try {
    parts = JSON.parse(map[1]);
  } catch {
    return names;
  }
  for (const entries of Object.values(parts)) {
    for (const entry of Array.isArray(entries) ? entries : []) {
      const run = /^(\d+)(?:-(\d+))?$/.exec(String(entry));
      if (!run) {
        names.push(`./${entry}${suffix[1]}`);
        continue;
      }
      for (let n = Number(run[1]); n <= Number(run[2] ?? run[1]); n++) names.push(`./chunk_${n}${suffix[1]}`);
    }
  }
  return names;
}

/**
 * The screens' packs that index.html names (`data-packs` on the boot script, build/split-wasm.sh):
 * each joins the modules a screen needs, so they repeat the modules the tools share, and they are
 * not part of the install. boot.js asks for all of them once a page has been idle under this
 * worker ('CACHE_PACKS'); these names say which belong to the current deployment.
 */
function packUrls(html) {
  const urls = new Set();
  const m = /\bdata-packs\s*=\s*'([^']*)'/i.exec(html);
  if (!m) return urls;
  let packs;
  try {
    packs = JSON.parse(m[1]);
  } catch {
    return urls;
  }
  for (const file of Object.values(packs)) {
    if (typeof file !== 'string') continue;
    try {
      const url = new URL(file, INDEX);
      if (url.origin === self.location.origin && url.href.startsWith(scopeUrl.href)) urls.add(url.href);
    } catch { /* not a file name */ }
  }
  return urls;
}

/** Fetches the start page and every file it names into `cache`; rejects if any is missing. */
async function precache(cache) {
  const response = await fetch(INDEX, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`index.html: HTTP ${response.status}`);
  const html = await response.clone().text();
  await cache.put(INDEX, response.clone());
  await cache.put(scopeUrl.href, response);
  await Promise.all(shellUrls(html).map(async (url) => {
    const r = await fetch(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' });
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    await cache.put(url, r);
  }));
}

self.addEventListener('install', (event) => {
  // No skipWaiting(): a new version waits until the page asks (see the message handler).
  event.waitUntil(caches.open(CACHE).then(precache));
});

/**
 * An older version's cache of this scope. Versions contain no '/', while every scope path ends
 * with one: so `mend-shell:/a/:/b/:v1` (scope `/a/:/b/`, unlikely as it is) is not /a/'s.
 */
function isOlderOwnCache(name) {
  return name.startsWith(PREFIX) && name !== CACHE && !name.slice(PREFIX.length).includes('/');
}

/**
 * Deletes this scope's caches that `drop` picks, and this scope's files in an unnamespaced cache
 * of an older version, which may also hold another copy's files: only ours go, and the cache
 * itself once nothing is left in it.
 */
async function deleteOwnCaches(drop) {
  const names = await caches.keys();
  await Promise.all(names.filter(drop).map((n) => caches.delete(n)));
  for (const name of names.filter((n) => LEGACY.test(n))) {
    const legacy = await caches.open(name);
    for (const request of await legacy.keys()) {
      // Ours are directly in our folder; deeper paths belong to copies served below it.
      const rest = request.url.startsWith(scopeUrl.href) ? request.url.slice(scopeUrl.href.length) : null;
      if (rest !== null && !rest.split(/[?#]/)[0].includes('/')) await legacy.delete(request);
    }
    if ((await legacy.keys()).length === 0) await caches.delete(name);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await deleteOwnCaches(isOlderOwnCache);
    // Take charge of a first visit's page at once, so it works offline without a reload. The
    // page never reloads by itself on this (boot.js reloads only when the user asked to update).
    await self.clients.claim();
  })());
});

/**
 * Set by 'FORGET': from then on this worker stores nothing and answers no request (the page that
 * is still open fetches from the network), so no cache comes back after the deletion.
 */
let forgotten = false;

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'CACHE_PACKS' && Array.isArray(event.data.urls) && !forgotten) {
    event.waitUntil(cachePacks(event.data.urls).catch(() => {}));
  }
  // Everything was deleted ("Delete everything", or the quick exit with its deletion chosen):
  // Mend's own files go as well, and this worker with them, so the browser's site data does not
  // keep a copy of Mend's pages either. exit.js posts it as the page leaves; waitUntil lets the
  // deletion finish after the page has gone. The next visit installs the worker again.
  if (event.data && event.data.type === 'FORGET') {
    forgotten = true;
    event.waitUntil((async () => {
      await deleteOwnCaches((name) => name === CACHE || isOlderOwnCache(name));
      await self.registration.unregister();
    })().catch(() => {}));
  }
});

/**
 * Keeps the packs `urls` that index.html names (boot.js asks for every pack, so the cache says
 * nothing about which tools were used): fetched as any file (from the HTTP cache when the page
 * just had it). Anything else asked for is ignored; a failed fetch (offline) leaves the cache as
 * it was. Right after a new deployment the cached index.html may still be the older one
 * (`syncShell` stores the new one once every file it names is cached), so a name it lacks is
 * looked up in the deployed one.
 */
async function cachePacks(urls) {
  const cache = await caches.open(CACHE);
  const index = await cache.match(INDEX);
  let packs = index ? packUrls(await index.text()) : new Set();
  const wanted = urls.filter((url) => typeof url === 'string');
  if (wanted.some((url) => !packs.has(url))) {
    const fresh = await fetch(INDEX, { cache: 'no-cache' }).catch(() => null);
    if (fresh && fresh.ok) packs = new Set([...packs, ...packUrls(await fresh.text())]);
  }
  for (const url of wanted) {
    if (!packs.has(url) || (await cache.match(url))) continue;
    const r = await fetch(url).catch(() => null);
    if (r && r.ok && r.type === 'basic') await cache.put(url, r);
  }
}

/**
 * After a fresh index.html arrived: cache the files it names that are not cached yet. Only when
 * every one of them is in the cache is the new index.html stored and the older deployment's
 * hashed files and scripts dropped (the packs it names are kept if cached), so an interrupted
 * update never leaves an index pointing at missing files.
 */
async function syncShell(cache, html, stored) {
  const wanted = new Set(shellUrls(html));
  for (const url of wanted) {
    if (await cache.match(url)) continue;
    const r = await fetch(url).catch(() => null);
    if (!r || !r.ok) return;
    await cache.put(url, r);
  }
  await cache.put(INDEX, stored.clone());
  await cache.put(scopeUrl.href, stored);
  const packs = packUrls(html);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    // Scripts under fixed names (boot.js and exit.js, before the build named them by their bytes)
    // belong to an older deployment too once this index.html does not name them.
    const older = HASHED.test(path) || /\.m?js$/.test(path);
    if (older && !wanted.has(request.url) && !packs.has(request.url)) await cache.delete(request);
  }
}

async function networkFirstPage(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic' && (response.headers.get('content-type') || '').includes('text/html')) {
      const copy = response.clone();
      event.waitUntil((async () => {
        const html = await copy.text();
        const stored = new Response(html, { headers: { 'content-type': copy.headers.get('content-type') } });
        await syncShell(cache, html, stored);
      })().catch(() => {}));
    }
    return response;
  } catch (err) {
    const cached = (await cache.match(event.request, { ignoreSearch: true })) || (await cache.match(INDEX));
    if (cached) return cached;
    throw err;
  }
}

/**
 * The cached copy, else the network, kept for next time unless `keep` is false. Packs are not
 * kept here: a pack fetched by use (the later pack a first visit asks for once the worker has
 * taken charge, say) would be the one pack in the cache until 'CACHE_PACKS' brings the rest, or
 * for good if that never completes (offline from then on), and the cache would tell which tool
 * was opened.
 */
async function cacheFirst(event, { keep = true } = {}) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (keep && response.ok && response.type === 'basic') event.waitUntil(cache.put(event.request, response.clone()).catch(() => {}));
  return response;
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  const refresh = fetch(event.request, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(event.request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => {}));
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (forgotten || request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins are none of our business; the app never contacts them anyway.
  if (url.origin !== self.location.origin || !url.href.startsWith(scopeUrl.href)) return;
  if (request.headers.has('range')) return;
  if (request.mode === 'navigate' || url.href === INDEX || url.href === scopeUrl.href) {
    event.respondWith(networkFirstPage(event));
  } else if (PACK.test(url.pathname)) {
    event.respondWith(cacheFirst(event, { keep: false }));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else if (SHELL_FILE.test(url.pathname) && url.pathname !== self.location.pathname) {
    event.respondWith(staleWhileRevalidate(event));
  }
});

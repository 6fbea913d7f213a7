// Installable and offline: the service worker (sw.js) and the manifest, on the release build served
// from a sub-path. The build is served from a private copy, so the update test can publish a
// "new version" of sw.js without touching the shared build folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const source = resolve(process.env.MEND_DIST ?? join(here, '../../target/e2e-dist'));
const copy = await mkdtemp(join(tmpdir(), 'mend-offline-'));
await cp(source, copy, { recursive: true });
process.env.MEND_DIST = copy;
const { checkEveryPage, serveDist, launch, openPage, gotoApp, waitForApp, cspViolations, axeViolations, mendStorage, settle, countInstantiations, instantiationsAtUsable, packUrls, inWorkerCache, workerCacheSettles } = await import('./harness.mjs');
const { YourDataPage } = await import('./pages/your_data.mjs');

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(copy, { recursive: true, force: true });
});

/** Waits until a service worker controls the page, reloading once if the first visit was not claimed. */
async function waitForWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5000 }).then(() => true, () => false);
  if (!controlled) {
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

checkEveryPage();

test('after one visit, the app opens offline with what was typed', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.base, '#/your-data');
  await waitForWorker(page);
  const data = new YourDataPage(page);
  await data.nameA().fill('Robin offline');
  await settle(page);

  await page.context().setOffline(true);
  const response = await page.reload();
  await waitForApp(page);
  assert.ok(response?.fromServiceWorker(), 'the page came from the service worker');
  assert.equal(await data.nameA().inputValue(), 'Robin offline');
  // The other tools, never opened online, start too: their lazily loaded parts were cached.
  for (const [hash, heading] of [['#/repair', /Repair/], ['#/assessment', /assessment/i], ['#/boundaries', /Boundar/]]) {
    await page.goto(server.base + hash);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).waitFor();
  }

  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  // Really offline: a file that was never cached cannot be fetched (the browser logs that failure).
  assert.equal(await page.evaluate(() => fetch('never-cached.txt').then(() => 'fetched', () => 'failed')), 'failed');
  await page.context().close();
});

test('under the service worker, every pack is kept, whichever tool was opened, and a tool starts from its pack online, offline and from home', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Counted on each load until the checklist's first checkbox is drawn.
  await countInstantiations(context, 'main input[type=checkbox]');
  // The cache answers late (as on a slow disk), so the split loader asks for modules before
  // boot.js knows whether the pack is there: they must wait for that answer, not load alone.
  await context.addInitScript(() => {
    // Also run in a new tab's first about:blank, which has no caches.
    if (typeof CacheStorage === 'undefined') return;
    const match = CacheStorage.prototype.match;
    CacheStorage.prototype.match = function (...args) {
      return new Promise((resolve) => setTimeout(resolve, 150)).then(() => match.apply(this, args));
    };
  });
  const page = await openPage(browser, { context });
  const usableWith = async () => {
    await page.locator('main input[type=checkbox]').first().waitFor({ timeout: 15000 });
    return instantiationsAtUsable(page);
  };

  // A first visit takes the pack from the network; once the worker is in charge, the page asks it
  // to keep every pack, not only the opened tool's: its cache must not tell which tools were used.
  await gotoApp(page, server.base, '#/repair');
  await waitForWorker(page);
  const allPacks = Object.values(await packUrls(page));
  assert.ok(allPacks.length >= 8, `the build names its packs: ${allPacks.length}`);
  for (const url of allPacks) assert.ok(await workerCacheSettles(page, url), `kept: ${url.split('/').pop()}`);

  // A reload: the main module and the pack, not the ~150 modules one by one from the cache.
  const online = await page.reload();
  assert.ok(online?.fromServiceWorker(), 'the page came through the service worker');
  assert.equal(await usableWith(), 2, 'online under the worker: the main module and the pack');

  await context.setOffline(true);
  const offline = await page.reload();
  assert.ok(offline?.fromServiceWorker(), 'the page came from the service worker');
  assert.equal(await usableWith(), 2, 'offline: the main module and the pack');
  const box = page.locator('main input[type=checkbox]').first();
  await box.check();
  assert.ok(await box.isChecked(), 'a step can be ticked offline');

  // Opened from home (the loader asks for the modules as soon as the hash changes, before the
  // cache has answered): still the pack, and no module of it alone.
  await page.goto(server.base + '#/');
  await page.reload();
  await waitForApp(page);
  await page.evaluate(() => performance.clearResourceTimings());
  await page.evaluate(() => { location.hash = '#/repair'; });
  await page.locator('main input[type=checkbox]').first().waitFor({ timeout: 15000 });
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  assert.ok(files.some((f) => f.startsWith('pack_repair-')), `the pack was used: ${files.join(' ')}`);
  assert.deepEqual(files.filter((f) => /^(chunk_|split_repair-)/.test(f)), [], 'no module of the pack was loaded alone');
  await context.setOffline(false);

  // The worker keeps only packs its index.html names: not other files a page asks it to keep.
  // A file the server has, named like a pack, so only the worker's check keeps it out.
  await writeFile(join(copy, 'pack_stranger-0123456789abcdef.wasm'), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  const stranger = server.base + 'pack_stranger-0123456789abcdef.wasm';
  await page.evaluate((url) => navigator.serviceWorker.controller.postMessage({ type: 'CACHE_PACKS', urls: [url, 42] }), stranger);
  // Proof of absence, so a fixed time.
  await page.waitForTimeout(500);
  assert.equal(await inWorkerCache(page, stranger), false, 'a name index.html does not give is not kept');
  // A pack the page fetches through the worker is served but not kept: only CACHE_PACKS keeps
  // packs, every one at once, so a pack fetched by use (a first visit's later pack, asked for
  // once the worker is in charge) cannot be the one pack in the cache. The stranger is served
  // like any pack and CACHE_PACKS never keeps it, so only the fetch itself could have stored it.
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is under the worker');
  assert.equal(await page.evaluate((url) => fetch(url).then((r) => r.status), stranger), 200, 'the worker serves a pack it does not keep');
  await page.waitForTimeout(500);
  assert.equal(await inWorkerCache(page, stranger), false, 'a pack fetched through the worker is not kept by that fetch');

  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('a new deployment keeps the packs its index.html names and drops the older ones', async () => {
  const indexFile = join(copy, 'index.html');
  const original = await readFile(indexFile, 'utf8');
  const page = await openPage(browser);
  let renamed;
  try {
    await gotoApp(page, server.base, '#/repair');
    await waitForWorker(page);
    const packs = JSON.parse(/data-packs='([^']*)'/.exec(original)[1]);
    const before = packs['/repair'];
    assert.ok(await workerCacheSettles(page, server.base + before), 'the checklist\'s pack came into the worker\'s cache');
    // Its later pack too; marked, so that keeping it cannot be mistaken for fetching it again.
    const later = server.base + packs['later:/repair'];
    assert.ok(await workerCacheSettles(page, later), 'the later pack came into the worker\'s cache');
    await page.evaluate(async (url) => {
      const cache = await caches.open((await caches.keys())[0]);
      const r = await cache.match(url);
      await cache.put(url, new Response(await r.arrayBuffer(), { headers: { 'content-type': 'application/wasm', 'x-mend-test': 'kept' } }));
    }, later);

    // The next deployment's checklist pack has another name (its bytes changed, say); the rest is
    // the same, so the worker has every file of the new index.html already.
    renamed = before.replace(/-[0-9a-f]{16}\.wasm$/, '-fedcba9876543210.wasm');
    assert.notEqual(renamed, before);
    await writeFile(join(copy, renamed), await readFile(join(copy, before)));
    await writeFile(indexFile, original.replace(`"/repair":"${before}"`, `"/repair":"${renamed}"`));

    await page.reload();
    await waitForApp(page);
    await page.locator('main input[type=checkbox]').first().waitFor();
    assert.ok(await workerCacheSettles(page, server.base + renamed), 'the new deployment\'s pack is kept once the checklist opens');
    assert.ok(await workerCacheSettles(page, server.base + before, false), 'the older pack is dropped');
    // The later pack, named by both deployments, stays: the very entry, not a new download.
    assert.equal(await page.evaluate((url) => caches.match(url).then((r) => r?.headers.get('x-mend-test') ?? null), later), 'kept', 'a pack both name stays');

    assert.deepEqual(page.mend.consoleErrors, []);
    assert.deepEqual(page.mend.pageErrors, []);
  } finally {
    await writeFile(indexFile, original);
    if (renamed) await rm(join(copy, renamed), { force: true });
    await page.context().close();
  }
});

test('a page runs the boot.js and exit.js its index.html names, online right after a deployment and offline', async () => {
  // The worker serves what it cached. Were boot.js and exit.js kept under fixed names, the first
  // visit after a deployment would run the new index.html with the older deployment's scripts,
  // and offline an older page could meet newer ones. The build names them by their bytes, so a
  // new deployment's index.html asks for new files.
  const indexFile = join(copy, 'index.html');
  const original = await readFile(indexFile, 'utf8');
  const page = await openPage(browser);
  const written = [];
  const replaced = [];
  try {
    await gotoApp(page, server.base, '#/repair');
    await waitForWorker(page);
    let next = original;
    const renamed = {};
    for (const [script, hash] of [['exit', '0123456789abcdef'], ['boot', 'fedcba9876543210']]) {
      const name = new RegExp(`src="(?:\\./)?(${script}[^"/]*\\.js)"`).exec(original)?.[1];
      assert.ok(name, `index.html names ${script}.js`);
      assert.ok(await workerCacheSettles(page, server.base + name), `${name} came into the worker's cache`);
      // The next deployment's script does one thing more: it says it ran.
      const body = `${await readFile(join(copy, name), 'utf8')}\n;window.mendRan = (window.mendRan || '') + '${script}-next;';\n`;
      const fresh = name.replace(/-[0-9a-f]{16}\.js$/, `-${hash}.js`);
      if (fresh === name) replaced.push([name, await readFile(join(copy, name))]);
      else written.push(fresh);
      await writeFile(join(copy, fresh), body);
      next = next.replace(`${name}"`, `${fresh}"`);
      renamed[script] = { before: name, after: fresh };
    }
    await writeFile(indexFile, next);
    // What a deployment from before the scripts were named by their bytes left in the cache.
    const fixed = server.base + 'boot.js';
    await page.evaluate(async (url) => {
      const cache = await caches.open((await caches.keys())[0]);
      await cache.put(url, new Response('/* an older boot.js */', { headers: { 'content-type': 'text/javascript' } }));
    }, fixed);

    // Online: the new index.html from the network, with its own scripts.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => window.mendRan), 'exit-next;boot-next;', 'the new page ran the new exit.js and boot.js');
    // Once the worker has every file of the new index.html, it keeps that index.html, and drops
    // the older deployment's scripts (when their names differ).
    for (const { before, after } of Object.values(renamed)) {
      assert.ok(await workerCacheSettles(page, server.base + after), `${after} is kept`);
      if (after !== before) assert.ok(await workerCacheSettles(page, server.base + before, false), `${before} is dropped`);
    }
    let kept = false;
    for (let i = 0; i < 100 && !kept; i++) {
      kept = (await page.evaluate((u) => caches.match(u).then((r) => r?.text() ?? ''), server.base + 'index.html')).includes(renamed.boot.after);
      if (!kept) await page.waitForTimeout(100);
    }
    assert.ok(kept, 'the worker keeps the new index.html');
    assert.ok(await workerCacheSettles(page, fixed, false), 'an older deployment\'s boot.js under its fixed name is dropped');

    // Offline: the cached index.html and the very scripts it names.
    await page.context().setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => window.mendRan), 'exit-next;boot-next;', 'offline, the page ran the new exit.js and boot.js');
    await page.locator('main input[type=checkbox]').first().waitFor();
    assert.deepEqual(page.mend.pageErrors, []);
  } finally {
    await page.context().setOffline(false);
    await writeFile(indexFile, original);
    for (const file of written) await rm(join(copy, file), { force: true });
    for (const [name, body] of replaced) await writeFile(join(copy, name), body);
    await page.context().close();
  }
});

// The neutral page the quick exit goes to, as exit.js names it (a release build ships it minified).
const EXIT_SOURCE = await readFile(new URL('../../exit.js', import.meta.url), 'utf8');
const NEUTRAL_ORIGIN = new URL(EXIT_SOURCE.match(/const NEUTRAL_URL = '([^']+)'/)[1]).origin;

/** Mend's caches (`mend-shell…`) and this origin's service workers, as a page of the origin sees them. */
async function offlineCopy(page) {
  return page.evaluate(async () => ({
    caches: (await caches.keys()).filter((name) => name.startsWith('mend-shell')),
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
  }));
}

/**
 * What remains of the offline copy, seen from the site's root (a page of the same origin that is
 * not Mend): read until it is gone, for up to `ms` (the worker deletes it after the page asked),
 * and the last reading then.
 */
async function offlineCopyLeft(page, ms = 10000) {
  if (page.url() !== server.origin + '/') await page.goto(server.origin + '/');
  const end = Date.now() + ms;
  let left = await offlineCopy(page);
  while ((left.caches.length > 0 || left.workers.length > 0) && Date.now() < end) {
    await page.waitForTimeout(100);
    left = await offlineCopy(page);
  }
  return left;
}

/** A page that Mend's service worker controls, with its files in the worker's cache. */
async function underWorker(hash) {
  const page = await openPage(browser);
  await gotoApp(page, server.base, hash);
  await waitForWorker(page);
  const copy = await offlineCopy(page);
  assert.equal(copy.caches.length, 1, 'the worker keeps its cache');
  assert.deepEqual(copy.workers, [new URL(server.base).pathname]);
  return page;
}

test('"Delete everything" deletes the offline copy of Mend too: the worker\'s cache and the worker', async () => {
  const page = await underWorker('#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Robin');
  await settle(page);
  await data.deleteEverything();
  // What the person sees (the screen is drawn anew for the emptied document, its answer with it).
  await page.getByRole('status').filter({ hasText: 'Everything Mend stored in this browser has been deleted.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'delete-status');
  assert.deepEqual(await offlineCopyLeft(page), { caches: [], workers: [] });
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('the quick exit deletes the offline copy when the person chose to delete everything on exit, and keeps it otherwise', async () => {
  for (const chosen of [false, true]) {
    const page = await underWorker('#/your-data');
    await page.route(`${NEUTRAL_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    if (chosen) {
      await page.getByLabel('Delete everything when I use "Exit this page"').check();
      await settle(page);
    }
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    if (chosen) {
      assert.deepEqual(await offlineCopyLeft(page), { caches: [], workers: [] }, 'chosen: nothing of Mend is left');
    } else {
      // Proof of absence, so a fixed wait: what would delete it runs at once if it runs at all.
      await page.goto(server.origin + '/');
      await page.waitForTimeout(500);
      const left = await offlineCopy(page);
      assert.equal(left.caches.length, 1, 'not chosen: Mend still opens offline');
      assert.equal(left.workers.length, 1);
    }
    await page.context().close();
  }
});

test('the manifest is linked and installable, and every request stays on the app\'s origin', async () => {
  const page = await openPage(browser);
  const contextRequests = [];
  page.context().on('request', (req) => contextRequests.push(req.url()));
  await gotoApp(page, server.base);
  await waitForWorker(page);
  // Proof of absence, so time by nature: a late request to another origin would be recorded by
  // now. The home page has no save-state line; the worker being ready is waited for above.
  await page.waitForTimeout(300);

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    return { url: response.url, type: response.headers.get('content-type'), text: await response.text() };
  });
  assert.equal(manifest.url, server.base + 'manifest.webmanifest');
  const m = JSON.parse(manifest.text);
  assert.equal(m.name, 'Mend');
  assert.ok(m.short_name && m.description);
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(new URL(m.start_url, manifest.url).href, server.base);
  assert.equal(m.display, 'standalone');
  assert.equal(m.theme_color, '#1f5e7a');
  assert.equal(m.background_color, '#fbfaf7');
  assert.ok(m.icons.some((i) => i.sizes === 'any' && i.type === 'image/svg+xml' && (i.purpose ?? 'any').includes('any')));
  assert.ok(m.icons.some((i) => i.purpose?.includes('maskable')));
  for (const icon of m.icons) {
    const status = await page.evaluate((src) => fetch(src).then((r) => `${r.status} ${r.headers.get('content-type')}`), new URL(icon.src, manifest.url).href);
    assert.equal(status, '200 image/svg+xml', icon.src);
  }

  // What the worker cached: the page, boot.js, exit.js (named by their bytes), the hashed script, module and styles, the icons.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return { names, urls };
  });
  assert.equal(cached.names.length, 1, `one cache: ${cached.names}`);
  for (const pattern of [/\/$/, /index\.html$/, /\/boot-[0-9a-f]{16}\.js$/, /\/exit-[0-9a-f]{16}\.js$/, /\.wasm$/, /mend-[0-9a-f]+\.js$/, /main-[0-9a-f]+\.css$/, /icon\.svg$/, /manifest\.webmanifest$/]) {
    assert.ok(cached.urls.some((u) => pattern.test(u)), `cached ${pattern}`);
  }

  const foreign = [...page.mend.requests, ...contextRequests, ...cached.urls].filter((url) => !url.startsWith(server.base));
  assert.deepEqual(foreign, [], 'every request goes to the app\'s own files');
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('a new version offers a reload, keeps the data, and reloads only when asked', async () => {
  const swFile = join(copy, 'sw.js');
  const original = await readFile(swFile, 'utf8');
  const page = await openPage(browser);
  try {
    await gotoApp(page, server.base, '#/your-data');
    await waitForWorker(page);
    const data = new YourDataPage(page);
    await data.nameA().fill('Sam');
    await settle(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);

    // Deploy a new version of the worker; the open page checks for it.
    // A release build ships sw.js with its whitespace minified: `const VERSION="v2"`.
    const version = /const VERSION ?= ?(['"])(v\d+)\1/;
    const current = original.match(version)?.[2];
    assert.ok(current, 'sw.js names its VERSION');
    const next = `${current}-next`;
    await writeFile(swFile, original.replace(version, `const VERSION = '${next}'`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const notice = page.getByRole('status').filter({ hasText: 'A new version of Mend is ready' });
    await notice.waitFor();
    assert.match(await notice.getAttribute('class'), /banner banner-info update-banner/);
    assert.deepEqual(await axeViolations(page), []);
    // The notice waits for the user: nothing reloads by itself, and typing goes on. Proof of
    // absence (no reload), so a fixed time.
    await page.waitForTimeout(500);
    await data.nameA().fill('Sam and Alex');
    assert.ok(await data.nameA().evaluate((el) => el === document.activeElement), 'the notice took no focus');

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await waitForApp(page);
    assert.equal(await data.nameA().inputValue(), 'Sam and Alex');
    assert.equal(await page.locator('.update-banner').count(), 0);
    const names = await page.evaluate(() => caches.keys());
    // Cache names carry the scope's path (two copies of Mend on one host keep their own).
    assert.deepEqual(names, [`mend-shell:${new URL(server.base).pathname}:${next}`], 'the old version\'s cache is gone');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), firstWorker);
    assert.match(JSON.stringify(await mendStorage(page)), /Sam and Alex/);

    assert.deepEqual(page.mend.consoleErrors, []);
    assert.deepEqual(page.mend.pageErrors, []);
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await writeFile(swFile, original);
    await page.context().close();
  }
});

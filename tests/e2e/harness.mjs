// Shared end-to-end harness: serves the release build from a sub-path, starts Debian's Chromium
// through playwright-core, and records everything a page does that a test may want to assert on.
import { createRequire } from 'node:module';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noteWhenUsable, notedWhenUsable } from './sizes.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(join(here, '../../.ci/package.json'));
const { chromium } = require('playwright-core');
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The sub-path the app is served under, like a project page on a shared host. */
export const PREFIX = '/some/sub/path/';
export const DIST = resolve(process.env.MEND_DIST ?? join(here, '../../target/e2e-dist'));
/** boot.js and exit.js, by the names the build gives them (a hash of their bytes, build/split-wasm.sh). */
export const BOOT_JS = /\/boot-[0-9a-f]{16}\.js$/;
export const EXIT_JS = /\/exit-[0-9a-f]{16}\.js$/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` (the build, DIST, unless told otherwise: tests/floor serves its own) under PREFIX
 * on a free loopback port. Resolves to { origin, base, close }. With `pauses`, index.html is sent
 * in pieces, each ending just after the next of those markers and followed by `pauseMs` of
 * silence, as a slow network delivers it.
 */
export async function serveDist(root = DIST, { pauses = [], pauseMs = 400 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // The site's root is another page of the same origin, not Mend: where tests seed storage and
    // what Back leads to. A page, not a 404, so it leaves no console error behind.
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><link rel="icon" href="data:,"><title>Another page of this site</title>');
      return;
    }
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404).end('not under the app prefix');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const page = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(page);
      // A slow network (`pauses`): the page arrives in pieces, each ending just after a marker.
      const cuts = [];
      if (page.endsWith('index.html')) {
        for (const marker of pauses) {
          const at = body.indexOf(marker, cuts.at(-1) ?? 0);
          if (at < 0) throw new Error(`index.html has no ${JSON.stringify(marker)} in order`);
          cuts.push(at + Buffer.byteLength(marker));
        }
      }
      res.writeHead(200, { 'content-type': TYPES[extname(page)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      let from = 0;
      for (const cut of cuts) {
        res.write(body.subarray(from, cut));
        from = cut;
        await new Promise((ok) => setTimeout(ok, pauseMs));
      }
      res.end(body.subarray(from));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, base: origin + PREFIX, close: () => new Promise((ok) => server.close(ok)) };
}

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves the build and starts Chromium once for a test file; `app.server` and `app.browser` are
 * ready inside tests.
 */
export function appSuite() {
  checkEveryPage();
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Pages opened by `openPage` during the running test. */
const openedPages = [];

/**
 * After every test of the file, checks each page the test opened: no uncaught error or rejection
 * (a panic in the app shows as one) and no browser dialog (one blocks the quick exit), unless the
 * test said it causes them (`expectPageErrors`). Called by `appSuite`; a file without it calls it.
 */
export function checkEveryPage() {
  afterEach((t) => {
    // Every page is looked at before failing, so one page's errors do not hide another's.
    const found = [];
    for (const page of openedPages.splice(0)) {
      if (!page.mend.errorsExpected && page.mend.pageErrors.length > 0) found.push(`errors in ${page.mend.firstUrl}: ${page.mend.pageErrors.join(' | ')}`);
      if (page.mend.dialogs.length > 0) found.push(`a browser dialog in ${page.mend.firstUrl}: ${page.mend.dialogs.join(' | ')}`);
    }
    assert.deepEqual(found, [], t.name);
  });
}

/** Tells `checkEveryPage` that this test breaks `page` on purpose (a failed start, a panic). */
export function expectPageErrors(page) {
  page.mend.errorsExpected = true;
}

/** Launches headless Chromium from the machine (never a downloaded build). */
export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/**
 * Chromium with a profile kept in `dir`, as a person's own browser keeps one: its history list,
 * among the rest, is written there. Returns the (only) context.
 */
export async function launchWithProfile(dir) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launchPersistentContext(dir, { executablePath, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
}

/**
 * Opens a page in a fresh context and records console errors, page errors, requests and CSP
 * violations. `page.mend` holds the records.
 */
export async function openPage(browser, options = {}) {
  const context = options.context ?? (await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, ...options.contextOptions }));
  // Tabs the page opens (a link opened in a new tab) are recorded and checked the same way.
  if (!recordedContexts.has(context)) {
    recordedContexts.add(context);
    context.on('page', recordPage);
  }
  const page = recordPage(await context.newPage());
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/** Contexts whose new tabs `recordPage` already records. */
const recordedContexts = new WeakSet();

/** Starts recording what `page` does into `page.mend`, once, and has `checkEveryPage` check it. */
export function recordPage(page) {
  if (page.mend) return page;
  const record = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [], errorsExpected: false, firstUrl: '' };
  page.mend = record;
  openedPages.push(page);
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('framenavigated', (frame) => {
    if (!record.firstUrl && frame === page.mainFrame()) record.firstUrl = frame.url();
  });
  page.on('console', (msg) => { if (msg.type() === 'error') record.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => record.pageErrors.push(String(err)));
  page.on('request', (req) => record.requests.push(req.url()));
  return page;
}

/**
 * The browser's Back, pressed from the page's script once `evaluate` has returned. Called inside
 * `evaluate`, a Back that leaves the document can destroy it before the call answers, and the
 * test then fails on "Execution context was destroyed" however the app behaved.
 */
export async function historyBack(page) {
  await page.evaluate(() => { setTimeout(() => history.back(), 0); });
}

/** Navigates to `hash` (e.g. '#/repair') and waits until the app has replaced the boot screen. */
export async function gotoApp(page, base, hash = '') {
  await page.goto(base + hash);
  await waitForApp(page);
}

/** Waits for the app to be mounted and interactive. */
export async function waitForApp(page) {
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
  await page.locator('h1').first().waitFor();
}

/**
 * Counts the WebAssembly instantiations of every page `context` loads, and notes the count in the
 * frame where the screen is first usable with an element matching `css` (as the bench times it;
 * read it with `instantiationsAtUsable`). An init script, not eval: the CSP holds.
 */
export async function countInstantiations(context, css) {
  await context.addInitScript(() => {
    window.__mendInstantiations = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__mendInstantiations += 1;
        return original.apply(this, args);
      };
    }
  });
  await noteWhenUsable(context, { css }, () => window.__mendInstantiations);
}

/** The instantiations the current page had made when its screen was first usable (`countInstantiations`). */
export const instantiationsAtUsable = notedWhenUsable;

/**
 * Runs `open` (which loads a page through `cdp`'s target and resolves once it is usable) inside a
 * Chromium trace of `categories`. Resolves to what `open` resolved to and the trace's events.
 */
export async function traced(cdp, categories, open) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    return { result: await open(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}

/**
 * The last navigation start in `events` (a trace with `blink.user_timing`) of a document under
 * `base`: the page's own, on its main thread (`pid`, `tid`) and its clock (`ts`).
 */
export function navigationStartIn(events, base) {
  return events.filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(base)).at(-1);
}

/** The packs `index.html` names (`data-packs`): key (`/repair`, `later:/repair`, …) -> URL. */
export async function packUrls(page) {
  return page.evaluate(() => {
    const tag = document.querySelector('script[data-packs]');
    const packs = JSON.parse(tag?.dataset.packs ?? '{}');
    return Object.fromEntries(Object.entries(packs).map(([key, file]) => [key, new URL(file, tag.src).href]));
  });
}

/** True when a cache of the page's origin (the service worker's) holds `url`. */
export async function inWorkerCache(page, url) {
  return page.evaluate((u) => caches.match(u).then((hit) => !!hit), url);
}

/**
 * Waits until the worker's cache holds `url` (or, with `want` false, no longer does), at most
 * about ten seconds; true if it came to that.
 */
export async function workerCacheSettles(page, url, want = true) {
  for (let i = 0; i < 100; i++) {
    if ((await inWorkerCache(page, url)) === want) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** CSP violations seen by the page so far. */
export async function cspViolations(page) {
  return page.evaluate(() => window.__csp ?? []);
}

/**
 * The text of what `locator`'s aria-describedby names, in order, joined by spaces: what a screen
 * reader reads after its name. An empty line (a refusal not shown) adds nothing, as it adds
 * nothing to what is read.
 */
export function describedBy(locator) {
  return locator.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').filter(Boolean).join(' '));
}

/** Runs axe-core for WCAG 2.x A/AA (up to 2.2) and returns the violations, summarised. */
export async function axeViolations(page) {
  // Parts that arrive once a screen is drawn (its later parts, the banners) add sections while
  // axe measures; check the page as it is once they are in.
  await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {});
  // Sections with `content-visibility: auto` are not laid out while off screen, and axe cannot
  // measure what is not laid out (target sizes, overlap): check them as they are when scrolled to.
  // A constructed sheet (which the CSP allows) also covers sections drawn after this point.
  // It is taken away afterwards, so the rest of a test sees the page as a person would.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('main, main * { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__mendAxeSheet = sheet;
  });
  try {
    return await axeSettled(page);
  } finally {
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__mendAxeSheet);
    }).catch(() => {});
  }
}

/** Runs axe once the layout has settled (see `axeViolations`), again if it moved meanwhile. */
async function axeSettled(page) {
  await page.evaluate(AXE_SOURCE);
  // axe reads every element's box once and then checks rules against those boxes over several
  // tasks; a part that lands in between moves what lies below it, and the stale boxes look like
  // targets covering each other (a CI run flagged four checklist buttons so). Measure a page whose
  // layout has settled, and measure again if it moved anyway.
  let violations;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = await settledLayout(page);
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
    );
    violations = result.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    if ((await layoutPrint(page)) === before) break;
  }
  return [...violations, ...(await headingJumps(page))];
}

/**
 * Headings that skip a level on the way down (an h4 straight after an h2), as a screen reader's
 * list of headings shows them: axe's own check of this is not among the WCAG rules run above.
 * Only headings a person can reach count (not those hidden, or in a closed `<details>`); a
 * heading's level is its `aria-level` where it has one.
 */
export function headingJumps(page) {
  return page.evaluate(() => {
    const jumps = [];
    let previous = 0;
    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')) {
      if (!h.checkVisibility()) continue;
      const level = Number(h.getAttribute('aria-level') ?? h.tagName.slice(1));
      if (previous && level > previous + 1) {
        jumps.push(`heading-order: level ${level} after ${previous} -> "${h.textContent.trim().slice(0, 60)}"`);
      }
      previous = level;
    }
    return jumps;
  });
}

/** A fingerprint of the page's layout: every element's count and the boxes of the main parts. */
function layoutPrint(page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('body > *, main > *, main section')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${Math.round(r.top + scrollY)},${Math.round(r.height)}`;
    });
    return `${document.getElementsByTagName('*').length}|${document.documentElement.scrollHeight}|${boxes.join(';')}`;
  });
}

/** Waits until the layout stays the same over three checks 100 ms apart (at most 50 checks). */
async function settledLayout(page) {
  let last = await layoutPrint(page);
  let same = 0;
  for (let i = 0; i < 50 && same < 3; i += 1) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
    const now = await layoutPrint(page);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** The prefix of every key of the app served under PREFIX (src/storage/keys.rs). */
/**
 * Scrolls `locator` into view and waits two frames: parts of a screen that skip rendering while
 * out of view (CSS `content-visibility: auto`) are drawn, and have rendered text (`innerText`),
 * only from the frame after they come near the viewport, as a person scrolling would see them.
 */
export async function scrolledTo(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return locator;
}

export const KEY_PREFIX = `mend[${PREFIX}].`;

/** The full localStorage key of one of the app's values, e.g. key('document'). */
export const key = (name) => KEY_PREFIX + name;

/** Every Mend key in the page's localStorage (this app's and older versions'), with its text. */
export async function mendStorage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('mend.') || k.startsWith('mend[')).map((k) => [k, localStorage.getItem(k)])));
}

/**
 * The plain document as the app stores it, whole: the text under `document` with the earlier
 * results, which a save stores under `runs`, put back at their mark (a tab before an empty object;
 * src/domain/schema.rs, with_stored_parts). `stored` is mendStorage's answer. Results left without
 * a head are given as they are, so that a check for plain data cannot miss them.
 */
export function wholeDocument(stored) {
  const head = stored[key('document')];
  const runs = stored[key('runs')];
  if (head === undefined || runs === undefined) return head ?? runs;
  return head.replace('\t{}', () => runs);
}

/** What the quiet line under the banners reads once the latest change is stored. */
export const SAVED = 'Saved on this device';

/**
 * Waits until the latest change is stored: the save-state line
 * (`[data-testid=save-state]`, src/ui/components/status_banner.rs) reads exactly SAVED. It
 * turns to "Saving…" inside the input/change handler itself, so once a Playwright action has
 * returned, seeing SAVED means that action's save has happened (no race with the debounce).
 *
 * The line is absent where nothing is saved or the data is not open (the home page before any
 * tool has read the data, the lock screen, read-only and memory-only modes): waiting there
 * fails with the message below. To show that nothing gets written, use waitPastSaveDelay.
 */
export async function settle(page, { timeout = 15000 } = {}) {
  try {
    await page.waitForFunction(
      (saved) => document.querySelector('[data-testid=save-state]')?.textContent === saved,
      SAVED,
      { timeout },
    );
  } catch (err) {
    const shown = await page.evaluate(() => document.querySelector('[data-testid=save-state]')?.textContent ?? null).catch(() => '(page gone)');
    throw new Error(`settle: the save-state line did not read "${SAVED}" within ${timeout} ms; it reads ${JSON.stringify(shown)} (absent: no data open, locked, read-only or memory-only). ${err.message}`);
  }
}

/** The save debounce (DEBOUNCE_MS in src/ui/state.rs) plus a margin for a slow machine. */
export const SAVE_DELAY_MS = 300 + 150;

/**
 * Waits a fixed time past the save debounce, for checks that nothing gets written (after
 * "Delete everything", in read-only mode, …). Such a check has no event to wait for: only the
 * time in which a stray save would have happened. Anything that waits for a save uses settle.
 */
export async function waitPastSaveDelay(page) {
  await page.waitForTimeout(SAVE_DELAY_MS);
}

// Leaving no trail: moving between screens adds no Back history, the tab title names no screen,
// the quick exit works whether or not the app's code is running, and two copies of Mend on one
// host keep their own offline caches. The release build, in Chromium, as the other e2e tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { appSuite, launch, launchWithProfile, openPage, recordPage, gotoApp, waitForApp, historyBack, cspViolations, axeViolations, settle, DIST, PREFIX, BOOT_JS, EXIT_JS } from './harness.mjs';
import { Shell } from './pages/shell.mjs';
import { YourDataPage } from './pages/your_data.mjs';
import { AssessmentPage } from './pages/assessment.mjs';

const app = appSuite();

// One source for the neutral page: exit.js as written (a release build ships it minified).
const EXIT = await readFile(new URL('../../exit.js', import.meta.url), 'utf8');
const NEUTRAL_URL = EXIT.match(/const NEUTRAL_URL = '([^']+)'/)?.[1];
assert.ok(NEUTRAL_URL, 'exit.js names its neutral page in NEUTRAL_URL');
const NEUTRAL_ORIGIN = new URL(NEUTRAL_URL).origin;

/** The key prefix of the copy served under PREFIX (see keyPrefix in exit.js). */
const SCOPED = `mend[${PREFIX}].`;

/** The network is closed here: answer the neutral site locally so leaving completes. */
async function answerNeutral(page, { delayMs = 0 } = {}) {
  await page.route(`${NEUTRAL_ORIGIN}/**`, async (route) => {
    // A slow network: the page being left stays alive (and its timers run) until this arrives.
    if (delayMs > 0) await new Promise((ok) => setTimeout(ok, delayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Sunny spells</p>' });
  });
}

/** A page of the same origin that is not Mend, opened first, so Back has somewhere to go. */
async function startOutside(page) {
  await page.goto(app.server.origin + '/');
}

/** Presses Back until there is no more history; returns every URL it showed. */
async function everyUrlBehind(page) {
  const seen = [];
  for (let i = 0; i < 10; i++) {
    const before = page.url();
    const response = await page.goBack({ timeout: 5000 }).catch(() => null);
    if (page.url() === before && !response) break;
    // An earlier Mend page leaves again at once: wait for it to be gone (a page that stays fails
    // here) rather than record the moment before it went.
    if (page.url().startsWith(app.server.base)) {
      await page.waitForURL((url) => !url.href.startsWith(app.server.base), { timeout: 5000, waitUntil: 'commit' })
        .catch(() => assert.fail(`Back stayed on a Mend page: ${page.url()}`));
    }
    seen.push(page.url());
    // A Mend screen would draw its header; give it the chance to show up. Proof of absence in
    // front of the back/forward cache, so time by nature: nothing appears when all is well.
    await page.waitForTimeout(150);
    assert.equal(await page.locator('.site-header').count(), 0, `Back showed a Mend screen at ${page.url()}`);
  }
  return seen;
}

/** Every key in the origin's localStorage (read from a page of the origin that is not Mend). */
async function storageOutside(page) {
  await page.goto(app.server.origin + '/');
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

async function pressShiftThrice(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

/**
 * Holds back every request matching `url` (a glob or a RegExp) until the returned function is called, then lets
 * `then` answer it (by default it fails, as a download that never completes).
 */
async function holdBack(page, url, then = (route) => route.abort()) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(url, async (route) => {
    await held;
    await then(route).catch(() => {});
  });
  return release;
}

/** From a page of the origin that is not Mend: delete-on-exit chosen, a document stored, and `more`. */
async function armWipe(page, more = {}) {
  await page.evaluate(([scoped, extra]) => {
    localStorage.setItem(`${scoped}wipe-on-exit`, '1');
    localStorage.setItem(`${scoped}document`, '{"secret":true}');
    for (const [key, value] of Object.entries(extra)) localStorage.setItem(key, value);
  }, [SCOPED, more]);
}

test('moving between screens adds no history entry, and after the exit Back shows no Mend screen', async () => {
  const page = await openPage(app.browser);
  await answerNeutral(page);
  await startOutside(page);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  const length = await page.evaluate(() => history.length);

  for (const [name, heading] of [['Boundaries', /Boundar/], ['Repair', /Repair/], ['Your data', /Your data/]]) {
    await shell.nav(name).click();
    await shell.heading().filter({ hasText: heading }).waitFor();
    assert.equal(await page.evaluate(() => history.length), length, `after ${name}`);
  }
  // Links inside the page and the footer do the same.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy and limits' }).click();
  await shell.heading().filter({ hasText: /Privacy/ }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Your data' }).first().click();
  await shell.heading().filter({ hasText: /Your data/ }).waitFor();
  assert.equal(await page.evaluate(() => history.length), length, 'after in-page links');
  assert.equal(page.url(), app.server.base, 'the address never names the screen');
  assert.deepEqual(await cspViolations(page), []);

  await shell.quickExit().click();
  await page.waitForURL(NEUTRAL_URL);
  const behind = await everyUrlBehind(page);
  assert.ok(behind.every((url) => !url.startsWith(app.server.base)), `Back led to Mend: ${behind}`);
  const foreign = page.mend.requests.filter((url) => !url.startsWith(app.server.origin) && !url.startsWith(NEUTRAL_ORIGIN));
  assert.deepEqual(foreign, [], 'no request beyond the app and the neutral page');
  await page.context().close();
});

/** Hides how each page was reached, as a test's fake clock does (it replaces `performance`). */
async function hideArrival(page) {
  await page.addInitScript(() => {
    Object.defineProperty(performance, 'getEntriesByType', { value: () => [], configurable: true });
    Object.defineProperty(performance, 'navigation', { value: undefined, configurable: true });
  });
}

for (const [how, unknownArrival] of [['', false], [', where the browser does not say how a page was reached', true]]) test(`an earlier Mend entry in the tab (a hash typed while Mend was open) leaves again when Back reaches it${how}`, async () => {
  const page = await openPage(app.browser);
  if (unknownArrival) await hideArrival(page);
  await answerNeutral(page);
  await startOutside(page);
  await gotoApp(page, app.server.base);
  if (unknownArrival) {
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length + (performance.navigation === undefined ? 0 : 1)), 0,
      'the page cannot tell how it was reached');
  }
  const shell = new Shell(page);
  await shell.nav('Repair').click();
  await shell.heading().filter({ hasText: /Repair/ }).waitFor();
  // A typed address is the browser's own entry: the tab now holds two of Mend's.
  const length = await page.evaluate(() => history.length);
  await page.evaluate(() => { location.hash = '#/your-data'; });
  await shell.heading().filter({ hasText: /Your data/ }).waitFor();
  assert.equal(await page.evaluate(() => history.length), length + 1);

  await shell.quickExit().click();
  await page.waitForURL(NEUTRAL_URL);
  const behind = await everyUrlBehind(page);
  assert.ok(behind.every((url) => !url.startsWith(app.server.base)), `Back led to Mend: ${behind}`);
  assert.ok(behind.length >= 2, `Back went through the earlier entries: ${behind}`);
  // Opening Mend anew, in the same tab, works as ever.
  await gotoApp(page, app.server.base);
  await shell.heading().filter({ hasText: /Mend/ }).waitFor();
  await page.context().close();
});

test('a later Mend entry in the tab (a hash typed, then Back within Mend) leaves again when Forward reaches it', async () => {
  const page = await openPage(app.browser);
  await answerNeutral(page);
  await startOutside(page);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  await page.evaluate(() => { location.hash = '#/repair'; });
  await shell.heading().filter({ hasText: /Repair/ }).waitFor();
  // Back within the page: the repair entry is now ahead, and the exit leaves from the one before.
  await page.evaluate(() => history.back());
  await shell.heading().filter({ hasText: /Mend/ }).waitFor();
  await shell.quickExit().click();
  await page.waitForURL(NEUTRAL_URL);

  const shown = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) shown.push(frame.url()); });
  await page.goForward({ timeout: 5000, waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((url) => !url.href.startsWith(app.server.base), { timeout: 5000, waitUntil: 'commit' })
    .catch(() => assert.fail(`Forward stayed on a Mend page: ${page.url()}`));
  assert.ok(shown.some((url) => url.startsWith(app.server.base)), `Forward reached the later Mend entry: ${shown}`);
  assert.equal(page.url(), NEUTRAL_URL);
  await page.waitForTimeout(150);
  assert.equal(await page.locator('.site-header').count(), 0, 'no Mend screen is drawn');
  await page.context().close();
});

test('leaving again after Back only leaves: it deletes nothing a session in another tab keeps', async () => {
  const page = await openPage(app.browser);
  await answerNeutral(page);
  await startOutside(page);
  await gotoApp(page, app.server.base);
  await page.evaluate(() => { location.hash = '#/repair'; });
  await new Shell(page).heading().filter({ hasText: /Repair/ }).waitFor();
  await new Shell(page).quickExit().click();
  await page.waitForURL(NEUTRAL_URL);
  // Later, another tab chooses delete-on-exit and keeps data; then Back in the first tab.
  const other = await page.context().newPage();
  await other.goto(app.server.origin + '/');
  await armWipe(other);
  // Back reaches the Mend entry (its exit.js runs there) and the tab ends on the neutral site.
  const reached = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() && frame.url().startsWith(app.server.base), timeout: 5000 });
  await historyBack(page);
  await reached;
  await page.waitForURL(NEUTRAL_URL);
  const kept = await other.evaluate((scoped) => localStorage.getItem(`${scoped}document`), SCOPED);
  assert.equal(kept, '{"secret":true}', 'the other session\'s data is still stored');
  await page.context().close();
});

/** Every file of the browser's history list in the profile at `dir`, as one string of bytes. */
async function historyFiles(dir) {
  const names = (await readdir(join(dir, 'Default'))).filter((name) => name.startsWith('History'));
  const texts = await Promise.all(names.map((name) => readFile(join(dir, 'Default', name), 'latin1')));
  return texts.join('\n');
}

test('the address never names a screen, so neither does the browser\'s history list', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mend-profile-'));
  try {
    const context = await launchWithProfile(dir);
    const page = recordPage(context.pages()[0] ?? (await context.newPage()));
    const shown = [];
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) shown.push(frame.url()); });
    const shell = new Shell(page);

    // A bookmark of a tool opens that tool; then the screen's name leaves the address.
    await gotoApp(page, app.server.base, '#/repair');
    await shell.heading().filter({ hasText: /Repair/ }).waitFor();
    await page.waitForFunction((base) => location.href === base, app.server.base);
    // Links in the header, the page and the footer, then a reload.
    shown.length = 0;
    await shell.nav('Boundaries').click();
    await shell.heading().filter({ hasText: /Boundar/ }).waitFor();
    await shell.nav('Assessment').click();
    await shell.heading().filter({ hasText: /assessment/i }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy and limits' }).click();
    await shell.heading().filter({ hasText: /Privacy/ }).waitFor();
    // A reload keeps the screen, from this history entry's state.
    await page.reload();
    await waitForApp(page);
    await shell.heading().filter({ hasText: /Privacy/ }).waitFor();
    assert.deepEqual([...new Set(shown)], [app.server.base], 'every address the tab showed was the page\'s own');
    // A screen set in the address while the page is open is followed, and leaves the address.
    await page.evaluate(() => { location.hash = '#/your-data'; });
    await shell.heading().filter({ hasText: /Your data/ }).waitFor();
    await page.waitForFunction((base) => location.href === base, app.server.base);
    // The browser added an entry for that hash; Back and Forward move between the two screens,
    // though the address is the same plain one on both.
    await page.evaluate(() => history.back());
    await shell.heading().filter({ hasText: /Privacy/ }).waitFor();
    await page.evaluate(() => history.forward());
    await shell.heading().filter({ hasText: /Your data/ }).waitFor();
    assert.equal(page.url(), app.server.base);
    // The page's plain address opens home, even in this tab, whose state names another screen.
    await page.goto(app.server.base);
    await waitForApp(page);
    await shell.heading().filter({ hasText: /Mend/ }).waitFor();
    assert.equal(await page.title(), 'Mend');
    await context.close();

    // Closing the browser writes its history list. It holds the page's own address, and the two
    // addresses naming a screen that were opened as such (showing that such an address would be
    // found here), but none of the screens reached by links or a reload.
    const list = await historyFiles(dir);
    assert.ok(list.includes(app.server.base), 'the history list was written and holds Mend\'s address');
    assert.ok(list.includes(`${app.server.base}#/repair`), 'the bookmark opened is in the list, as the person opened it');
    for (const screen of ['#/boundaries', '#/assessment', '#/privacy']) {
      assert.ok(!list.includes(app.server.base + screen), `the history list names ${screen}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('links opened in a new tab, and the skip link, still work as before', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  const length = await page.evaluate(() => history.length);

  // Exit first, then the skip link, which moves focus to the content without a new entry.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Exit this page');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(await page.evaluate(() => history.length), length);

  // A modified click is the browser's business: a new tab, this one unchanged.
  const opened = page.context().waitForEvent('page', { timeout: 5000 });
  await shell.nav('Repair').click({ modifiers: ['Control'] });
  const other = await opened;
  await new Shell(other).heading().filter({ hasText: /Repair/ }).waitFor({ timeout: 15000 });
  await other.waitForFunction((base) => location.href === base, app.server.base);
  await shell.heading().filter({ hasText: /Mend/ }).waitFor();
  assert.equal(new URL(page.url()).hash, '');
  await other.close();
  assert.equal(await page.evaluate(() => history.length), length);
  await page.context().close();
});

test('the tab title is the same on every screen; an address naming a screen, and a reload, land on that screen', async () => {
  const page = await openPage(app.browser);
  const shell = new Shell(page);
  for (const [hash, heading] of [['', /Mend/], ['#/assessment', /assessment/i], ['#/boundaries', /Boundar/], ['#/repair', /Repair/], ['#/your-data', /Your data/], ['#/privacy', /Privacy/], ['#/nowhere', /does not exist/]]) {
    await gotoApp(page, app.server.base, hash);
    await shell.heading().filter({ hasText: heading }).waitFor();
    assert.equal(await page.title(), 'Mend', hash || 'home');
  }
  // Reached by a link (a replaced entry), the screen is still what a reload shows.
  await gotoApp(page, app.server.base);
  await page.getByRole('main').getByRole('link', { name: 'Repair checklist' }).click();
  await shell.heading().filter({ hasText: /Repair/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal(await page.title(), 'Mend');
  await page.reload();
  await waitForApp(page);
  await shell.heading().filter({ hasText: /Repair/ }).waitFor();
  assert.equal(await page.title(), 'Mend');

  // Printing names the PDF after the title, and prints it on every page: a neutral one, then
  // "Mend" again.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.match(await page.title(), /^notes-\d{4}-\d{2}-\d{2}$/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.title(), 'Mend');
  // What a message app shows under a shared link, and what the offline copy keeps, names no
  // subject.
  const descriptions = await page.evaluate(async () => [
    document.querySelector('meta[name=description]')?.content,
    (await (await fetch(document.querySelector('link[rel=manifest]').href)).json()).description,
  ]);
  for (const text of descriptions) {
    assert.ok(text, 'a description');
    assert.doesNotMatch(text, /couple|trust|partner|relationship|abuse|repair|boundar/i);
  }
  await page.context().close();
});

test('the quick exit works while the app is still loading, and deletes what the user chose to', async () => {
  for (const how of ['button', 'shift']) {
    const page = await openPage(app.browser);
    await answerNeutral(page);
    // The app's module never arrives while the test runs.
    const release = await holdBack(page, '**/*.wasm');
    await startOutside(page);
    await armWipe(page, {
      [`${SCOPED}unreadable.1`]: 'old copy',
      'mend[/another/copy/].document': 'not ours',
      'mend.document': 'older version, not armed',
      unrelated: 'kept',
    });
    await page.goto(app.server.base + '#/your-data', { waitUntil: 'commit' });
    await page.getByText('Loading Mend…').waitFor();
    const exit = new Shell(page).quickExit();
    await exit.waitFor({ timeout: 5000 });
    if (how === 'button') {
      assert.deepEqual(await axeViolations(page), [], 'the loading screen');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Exit this page', 'first in the tab order');
      await exit.click({ timeout: 5000 });
    } else {
      await pressShiftThrice(page);
    }
    await page.waitForURL(NEUTRAL_URL, { timeout: 5000 });
    release();
    const behind = await everyUrlBehind(page);
    assert.ok(behind.every((url) => !url.startsWith(app.server.base)), `Back led to Mend: ${behind}`);
    assert.deepEqual(await storageOutside(page), {
      'mend[/another/copy/].document': 'not ours',
      'mend.document': 'older version, not armed',
      unrelated: 'kept',
    }, how);
    assert.deepEqual(page.mend.pageErrors, []);
    await page.context().close();
  }
});

/** Registered service workers' scopes, read from a page of the origin that is not Mend. */
async function workerScopes(page) {
  await page.goto(app.server.origin + '/');
  return page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.scope)));
}

test('the quick exit right after the start registers no offline copy, however long the neutral site takes', async () => {
  for (const leave of [false, true]) {
    const page = await openPage(app.browser);
    // The service worker is registered once the browser is idle after the start; here idle comes
    // late, and the neutral site later still, so the page being left is alive when it comes. (An
    // exit while the app is still loading needs no such care: the browser stops loading the page
    // being left, so the app never starts.)
    await page.addInitScript(() => {
      const idle = window.requestIdleCallback;
      window.requestIdleCallback = (job, options) => idle((deadline) => setTimeout(() => job(deadline), 1500), options);
    });
    await answerNeutral(page, { delayMs: 3000 });
    await gotoApp(page, app.server.base);
    if (leave) {
      await new Shell(page).quickExit().click();
      await page.waitForURL(NEUTRAL_URL, { timeout: 10000 });
      assert.deepEqual(await workerScopes(page), [], 'no service worker was registered after the exit began');
    } else {
      // Without the exit, the same three seconds do register it: the test above can fail.
      await page.waitForTimeout(3000);
      assert.deepEqual(await workerScopes(page), [app.server.base], 'staying, the worker is registered');
    }
    await page.context().close();
  }
});

test('Reload pressed on the blank page while the neutral site is slow to come leaves again', async () => {
  const page = await openPage(app.browser);
  await answerNeutral(page, { delayMs: 3000 });
  await startOutside(page);
  await gotoApp(page, app.server.base, '#/repair');
  const shown = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) shown.push(frame.url()); });
  // Pressed from the page, so Playwright does not wait for the slow neutral site before going on;
  // then the browser's own Reload (Playwright's waits for the pending navigation instead).
  // The Reload comes once the browser is fetching the neutral site, as a person's would: sent
  // sooner, it could reach the browser before the page's own navigation and be cancelled by it.
  const leaving = page.waitForRequest((request) => request.url().startsWith(NEUTRAL_ORIGIN), { timeout: 5000 });
  await page.evaluate(() => document.querySelector('.quick-exit-button').click());
  await leaving;
  const cdp = await page.context().newCDPSession(page);
  const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() && frame.url().startsWith(app.server.base), timeout: 5000 }).catch(() => {});
  await cdp.send('Page.reload');
  await reloaded;
  assert.ok(shown.some((url) => url.startsWith(app.server.base)), `the reload reached Mend: ${shown}`);
  // Nothing of Mend may be drawn meanwhile, and the tab still ends on the neutral site.
  for (let i = 0; i < 10 && page.url().startsWith(app.server.base); i++) {
    assert.equal(await page.locator('.site-header').count().catch(() => 0), 0, 'no Mend screen is drawn');
    await page.waitForTimeout(200);
  }
  await page.waitForURL(NEUTRAL_URL, { timeout: 10000 });
  const behind = await everyUrlBehind(page);
  assert.ok(behind.every((url) => !url.startsWith(app.server.base)), `Back led to Mend: ${behind}`);
  await page.context().close();
});

test('the quick exit works the moment it is drawn, before boot.js has even arrived', async () => {
  // boot.js is a module, run only once its file is here: on a slow network a person may see the
  // loading screen for seconds before that. Whatever they do as soon as the button shows must
  // leave, and delete what they chose to (exit.js runs before the page is drawn).
  for (const how of ['button', 'shift']) {
    const page = await openPage(app.browser);
    await answerNeutral(page);
    const release = await holdBack(page, BOOT_JS);
    await startOutside(page);
    await armWipe(page);
    await page.goto(app.server.base + '#/repair', { waitUntil: 'commit' });
    await page.getByText('Loading Mend…').waitFor();
    // No Tab, no checks first: acted on as soon as it can be seen.
    if (how === 'button') {
      await new Shell(page).quickExit().click({ timeout: 5000 });
    } else {
      await new Shell(page).quickExit().waitFor({ timeout: 5000 });
      await pressShiftThrice(page);
    }
    await page.waitForURL(NEUTRAL_URL, { timeout: 5000 });
    release();
    assert.deepEqual(await storageOutside(page), {}, how);
    assert.ok(page.mend.requests.some((url) => BOOT_JS.test(url)), 'boot.js was asked for (and held)');
    await page.context().close();
  }
});

test('nothing is drawn before exit.js has run, and boot.js asks for exit.js when the page did not', async () => {
  // Held: the parser waits for it, so no button can show that would not work yet.
  let page = await openPage(app.browser);
  const release = await holdBack(page, EXIT_JS, (route) => route.continue());
  await page.goto(app.server.base + '#/repair', { waitUntil: 'commit' });
  // Proof of absence while it is held, so time by nature: nothing appears when all is well.
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.quick-exit-button').count(), 0, 'a quick exit was drawn before exit.js ran');
  release();
  await waitForApp(page);
  await page.context().close();

  // The page's own request for exit.js fails: boot.js asks again, for the name the page gives it,
  // and the exit works, deleting what the user chose to.
  page = await openPage(app.browser);
  await answerNeutral(page);
  let refused = 0;
  let served = 0;
  await page.route(EXIT_JS, (route) => {
    if (refused === 0) {
      refused += 1;
      return route.abort();
    }
    served += 1;
    return route.continue();
  });
  await startOutside(page);
  await armWipe(page);
  await gotoApp(page, app.server.base, '#/repair');
  assert.equal(refused, 1, 'the page asked for exit.js');
  await page.waitForFunction(() => window.mendKeys !== undefined, null, { timeout: 5000 });
  assert.equal(served, 1, 'boot.js asked again for the name the page gives exit.js');
  await pressShiftThrice(page);
  await page.waitForURL(NEUTRAL_URL, { timeout: 5000 });
  assert.deepEqual(await storageOutside(page), {});
  await page.context().close();
});

test('the quick exit works when the app could not start', async () => {
  for (const how of ['button', 'shift']) {
    const page = await openPage(app.browser);
    await answerNeutral(page);
    await page.route('**/*.wasm', (route) => route.abort());
    await startOutside(page);
    // Armed by an older version: its un-namespaced keys go; this copy's, not armed, stay.
    await page.evaluate((scoped) => {
      localStorage.setItem('mend.wipe-on-exit', '1');
      localStorage.setItem('mend.document', '{"secret":true}');
      localStorage.setItem(`${scoped}document`, 'not armed');
    }, SCOPED);
    await page.goto(app.server.base + '#/repair');
    await page.getByText('could not start').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the failed start');
    assert.deepEqual(await cspViolations(page), []);
    if (how === 'button') {
      await new Shell(page).quickExit().click({ timeout: 5000 });
    } else {
      await pressShiftThrice(page);
    }
    await page.waitForURL(NEUTRAL_URL, { timeout: 5000 });
    assert.deepEqual(await storageOutside(page), { [`${SCOPED}document`]: 'not armed' }, how);
    await page.context().close();
  }
});

test('the Shift shortcut can be turned off for Sticky Keys: then Shift three times neither leaves nor deletes, nothing promises it, and another tab or a deletion turns it back on at once', async () => {
  const page = await openPage(app.browser);
  await answerNeutral(page);
  await page.addInitScript(() => window.addEventListener('mend:leave', () => { window.__left = (window.__left ?? 0) + 1; }));
  await startOutside(page);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Kept through Sticky Keys');
  await page.getByLabel('Delete everything when I use "Exit this page"').check();
  await settle(page);
  const hint = page.locator('.quick-exit-hint');
  assert.ok(await hint.isVisible(), 'the hint shows while the shortcut works');
  await page.getByRole('link', { name: 'Privacy and limits' }).first().click();
  const shortcut = page.getByLabel('Leave Mend when I press Shift three times');
  assert.equal(await shortcut.isChecked(), true, 'on unless turned off');
  assert.deepEqual(await axeViolations(page), [], 'Privacy and limits with the choice');
  await shortcut.uncheck();
  await hint.waitFor({ state: 'hidden' });
  /** Latch, lock and release, as Sticky Keys has them pressed: the keys are handled as they are pressed, so the exit would have begun. */
  const shiftStays = async (why) => {
    await pressShiftThrice(page);
    assert.equal(await page.evaluate(() => window.__left ?? 0), 0, `no exit began: ${why}`);
    assert.ok(page.url().startsWith(app.server.base), `still on Mend: ${why}`);
  };
  await shiftStays('just turned off');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), `${SCOPED}document`), /Kept through Sticky Keys/);
  // A new load: marked before the app runs, and home no longer offers the shortcut.
  await page.goto(app.server.base);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('no-shift-exit')), true, 'from the first paint');
  await waitForApp(page);
  const homeSentence = page.getByText('Pressing Shift three times does the same.');
  assert.equal(await homeSentence.count(), 1);
  assert.equal(await homeSentence.isVisible(), false);
  assert.equal(await hint.isVisible(), false);
  await shiftStays('after a new load');
  // Turned back on in another tab: this one follows at once.
  const other = await page.context().newPage();
  await gotoApp(other, app.server.base, '#/privacy');
  await other.getByLabel('Leave Mend when I press Shift three times').check();
  await hint.waitFor({ state: 'visible' });
  await homeSentence.waitFor({ state: 'visible' });
  // Off again there; here on Privacy and limits, the box follows it.
  await gotoApp(page, app.server.base, '#/privacy');
  await other.getByLabel('Leave Mend when I press Shift three times').uncheck();
  await page.waitForFunction(() => document.getElementById('shift-choice')?.checked === false);
  await hint.waitFor({ state: 'hidden' });
  await other.close();
  // Everything deleted in this tab takes the choice with it, and the page says so at once.
  await gotoApp(page, app.server.base, '#/your-data');
  await data.deleteEverything();
  await hint.waitFor({ state: 'visible' });
  await pressShiftThrice(page);
  await page.waitForURL(NEUTRAL_URL, { timeout: 5000 });
  assertNothingOfOurs(await storageOutside(page), 'Shift three times once on again');
  await page.context().close();
});

/** No key of this copy of Mend, old or new style, is left in storage. */
function assertNothingOfOurs(stored, why) {
  const left = Object.keys(stored).filter((k) => k.startsWith('mend.') || k.startsWith(SCOPED));
  assert.deepEqual(left, [], why);
}

test('on a narrow screen, the quick exit and the update notice never cover the control the keyboard moves to; a click moves nothing', async () => {
  const page = await openPage(app.browser, { viewport: { width: 320, height: 560 } });
  await gotoApp(page, app.server.base, '#/boundaries');
  await page.getByLabel('Name of the new topic').waitFor();
  // Where the focused control and what covers it meet, if they do.
  const covered = () => page.evaluate(() => {
    const c = document.activeElement.getBoundingClientRect();
    return [...document.querySelectorAll('.quick-exit,.update-banner')].some((cover) => {
      const r = cover.getBoundingClientRect();
      return c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top;
    }) ? document.activeElement.outerHTML.slice(0, 80) : '';
  });
  // Backwards from the bottom of the page, controls come into view at the top, under the exit.
  await page.getByRole('button', { name: 'Add topic' }).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.equal(await covered(), '', `Shift+Tab ${i + 1} left the control under the quick exit`);
  }
  // Forwards with an update notice (as boot.js draws it), controls come into view at the bottom.
  await page.evaluate(() => {
    const notice = document.createElement('div');
    notice.className = 'banner banner-info update-banner';
    Object.assign(notice.style, { position: 'fixed', left: '1rem', right: '1rem', bottom: '1rem', height: '6rem' });
    document.body.append(notice);
  });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    assert.equal(await covered(), '', `Tab ${i + 1} left the control under the update notice`);
  }
  // A control partly under the exit, pressed with the pointer, stays where it was pressed.
  const field = page.getByLabel('Name of the new topic');
  await field.evaluate((el) => {
    const exit = document.querySelector('.quick-exit').getBoundingClientRect();
    window.scrollBy(0, el.getBoundingClientRect().top - exit.top - 4);
  });
  await page.evaluate(() => document.activeElement.blur());
  const before = await page.evaluate(() => window.scrollY);
  const box = await field.boundingBox();
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'b-new-title');
  assert.equal(await page.evaluate(() => window.scrollY), before, 'a click scrolled the page');
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('with the app running, the exit button and the safety panel leave the same way', async () => {
  // Armed in the app, with something typed: the app cleans up and nothing is left.
  // The neutral site takes a second to answer, and a name was typed just before: the save the
  // app had waiting must not write it back while the page is still there.
  let page = await openPage(app.browser);
  await answerNeutral(page, { delayMs: 1000 });
  await page.addInitScript(() => window.addEventListener('mend:leave', () => sessionStorage.setItem('test.leave-events', String(Number(sessionStorage.getItem('test.leave-events') ?? 0) + 1))));
  await startOutside(page);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Secret');
  await page.getByLabel('Delete everything when I use "Exit this page"').check();
  await settle(page);
  await data.nameB().fill('Hidden');
  await new Shell(page).quickExit().click();
  await page.waitForURL(NEUTRAL_URL);
  assertNothingOfOurs(await storageOutside(page), 'the button');
  await page.context().close();

  // "Leave Mend now" in the assessment's safety panel takes the same path (one 'mend:leave').
  page = await openPage(app.browser);
  await answerNeutral(page);
  await page.addInitScript(() => window.addEventListener('mend:leave', () => sessionStorage.setItem('test.leave-events', String(Number(sessionStorage.getItem('test.leave-events') ?? 0) + 1))));
  await startOutside(page);
  await gotoApp(page, app.server.base, '#/assessment');
  const length = await page.evaluate(() => history.length);
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.groups().nth(1).getByRole('radio', { name: 'Yes', exact: true }).check();
  await a.safetyPanel().waitFor();
  assert.equal(await page.evaluate(() => history.length), length);
  await page.getByRole('button', { name: 'Leave Mend now' }).click();
  await page.waitForURL(NEUTRAL_URL);
  const behind = await everyUrlBehind(page);
  assert.ok(behind.every((url) => !url.startsWith(app.server.base)), `Back led to Mend: ${behind}`);
  await page.goto(app.server.origin + '/');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('test.leave-events')), '1');
  await page.context().close();
});

test('an app that does not answer (as after a panic) cannot keep or write back the data', async () => {
  const page = await openPage(app.browser);
  // The neutral site takes a second to answer, longer than the app's wait before it saves.
  await answerNeutral(page, { delayMs: 1000 });
  // Registered before the app's listener, this keeps the app from hearing 'mend:leave'.
  await page.addInitScript(() => window.addEventListener('mend:leave', (e) => { if (window.__silenceApp) e.stopImmediatePropagation(); }));
  await startOutside(page);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await page.getByLabel('Delete everything when I use "Exit this page"').check();
  await settle(page);
  await page.evaluate((scoped) => {
    localStorage.setItem(`${scoped}wipe-on-exit`, '1');
    localStorage.setItem(`${scoped}document`, '{"secret":true}');
    window.__silenceApp = true;
  }, SCOPED);
  // Typed, then the exit pressed in the same task: the app's save (300 ms after the last key) is
  // certainly still waiting when exit.js deletes, however slow this machine is.
  await data.nameA().evaluate((input) => {
    input.value = 'Secret';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('.quick-exit-button').click();
  });
  await page.waitForURL(NEUTRAL_URL);
  assertNothingOfOurs(await storageOutside(page), 'exit.js deleted, and nothing was written after');
  await page.context().close();
});

// ---- Two copies on one host -------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json' };

/** Serves the same build at /a/ and /b/. */
async function serveTwice() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const match = path.match(/^\/(a|b)\/(.*)$/);
    if (!match) return res.writeHead(404).end();
    const file = normalize(join(DIST, decodeURIComponent(match[2]) || 'index.html'));
    if (!file.startsWith(DIST)) return res.writeHead(403).end();
    try {
      const info = await stat(file);
      const body = await readFile(info.isDirectory() ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Waits until the service worker of the page's scope has finished activating: its install has
 * cached its files and its activate handler has deleted what it deletes, so the caches no longer
 * change under a reader (`caches.open` in `cacheState` would even make anew a cache the worker
 * was deleting).
 */
async function workerActivated(page) {
  const state = await page.evaluate(async () => {
    const activated = (async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      const settled = () => worker.state === 'activated' || worker.state === 'redundant';
      if (!settled()) await new Promise((done) => worker.addEventListener('statechange', () => { if (settled()) done(); }));
      return worker.state;
    })();
    // A worker that never registers (a broken sw.js) leaves `ready` pending for ever.
    return Promise.race([activated, new Promise((done) => setTimeout(() => done('none within 15 s'), 15000))]);
  });
  assert.equal(state, 'activated', 'the worker activated');
}

/** Every cache of the origin, with the paths it holds. */
async function cacheState(page) {
  return page.evaluate(async () => {
    const state = {};
    for (const name of await caches.keys()) state[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return state;
  });
}

test('two copies on one host keep their own offline caches', async () => {
  const version = (await readFile(join(DIST, 'sw.js'), 'utf8')).match(/const VERSION ?= ?['"]([^'"]+)['"]/)?.[1];
  assert.ok(version);
  const server = await serveTwice();
  const browser = await launch();
  try {
    const page = await openPage(browser);
    await gotoApp(page, server.origin + '/b/');
    // Activated before the older caches below exist, or /b/'s activation could delete them.
    await workerActivated(page);
    const b = await cacheState(page);
    const bName = Object.keys(b).find((n) => n.includes('/b/') && b[n].includes('/b/index.html'));
    assert.ok(bName, `/b/ cached its files: ${Object.keys(b)}`);
    assert.ok(bName.endsWith(version), bName);
    // Older versions of both copies, and an unnamespaced cache of a version that shared one name.
    const older = (name, scope) => name.replace('/b/', scope).slice(0, -version.length) + 'v0';
    const aOld = older(bName, '/a/');
    const bOld = older(bName, '/b/');
    await page.evaluate(async ({ aOld, bOld, origin }) => {
      await (await caches.open(aOld)).put(`${origin}/a/old.js`, new Response('a'));
      await (await caches.open(bOld)).put(`${origin}/b/old.js`, new Response('b'));
      const legacy = await caches.open('mend-shell-v1');
      await legacy.put(`${origin}/a/legacy.js`, new Response('a'));
      await legacy.put(`${origin}/b/legacy.js`, new Response('b'));
    }, { aOld, bOld, origin: server.origin });

    // The copy at /a/ installs and activates: it clears its own older caches only.
    await gotoApp(page, server.origin + '/a/');
    await workerActivated(page);
    const after = await cacheState(page);
    assert.ok(!(aOld in after), `/a/ cleared its older cache: ${Object.keys(after)}`);
    const aName = Object.keys(after).find((n) => n.includes('/a/') && n.endsWith(version));
    assert.ok(aName, `a cache for /a/: ${Object.keys(after)}`);
    assert.notEqual(aName, bName);
    assert.ok(after[bName]?.includes('/b/index.html'), '/b/ still has its current cache');
    assert.deepEqual(after[bOld], ['/b/old.js'], '/b/\'s older cache is /b/\'s business');
    assert.deepEqual(after['mend-shell-v1'], ['/b/legacy.js'], 'only /a/\'s entries left the shared old cache');
    assert.deepEqual(page.mend.pageErrors, []);
    assert.deepEqual(await cspViolations(page), []);
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
});

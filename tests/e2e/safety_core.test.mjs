// End-to-end: what the data's life cycle leaves behind on a shared device. The lock against the
// back/forward cache and a tab closed mid-typing; nothing plain while locked; the delete-on-exit
// box telling the truth; one "delete everything"; one copy per unreadable text; two copies of
// Mend on one host keeping apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite, openPage, gotoApp, waitForApp, historyBack, axeViolations, mendStorage, settle, key, DIST } from './harness.mjs';
import { YourDataPage, TransferPanel, turnLockOn as lockOn, unlock as unlockWith } from './pages/your_data.mjs';
import { AssessmentPage } from './pages/assessment.mjs';

const app = appSuite();
const PASS = 'quiet river stones';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(join(here, '../../.ci/package.json'));
const { chromium } = require('playwright-core');

/** Turns the lock on from Your data and waits until it is. */
const turnLockOn = (page, passphrase = PASS) => lockOn(page, passphrase);
const unlock = (page, passphrase = PASS) => unlockWith(page, passphrase);

/** Whether stored text is a sealed envelope. */
const sealed = (text) => {
  try {
    return JSON.parse(text).format === 'mend-locked';
  } catch {
    return false;
  }
};

/** Chromium with its back/forward cache on, as people have it (Playwright turns it off). */
function launchWithBackForwardCache() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}

/** Leaves for another page and comes back with Back; true when the page came from the cache. */
async function awayAndBack(page) {
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.goto(app.server.origin + '/elsewhere');
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  return page.evaluate(() => window.__sameDocument === true);
}

test('without the lock, Back from another site shows no safety answer and no help panel', async () => {
  const browser = await launchWithBackForwardCache();
  try {
    const page = await openPage(browser);
    await gotoApp(page, app.server.base, '#/assessment');
    const a = new AssessmentPage(page);
    await a.startAlone();
    await a.safetyChoice(2, 'Yes').check();
    await page.locator('.safety-panel').waitFor();
    assert.ok(await awayAndBack(page), 'the page came back from the back/forward cache (the test needs it to)');
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('input[type=radio][name^="s-safe"]:checked').count(), 0, 'no answer is ticked');
    assert.equal(await page.locator('.safety-panel:visible').count(), 0, 'no help panel tells what was answered');
  } finally {
    await browser.close();
  }
});

test('after the quick exit, an earlier Mend page of the tab reached by Back leaves again at once, with the back/forward cache on', async () => {
  const browser = await launchWithBackForwardCache();
  try {
    const page = await openPage(browser);
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    // Which Mend pages the cache brought back: the test is about that path, not a fresh load.
    const restored = [];
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('restored:')) restored.push(text.slice('restored:'.length));
    });
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => {
        if (event.persisted) console.log(`restored:${location.href}`);
      });
    });
    // Mend, another page, then Mend again in the same tab: the first stays in the cache.
    await gotoApp(page, app.server.base, '#/repair');
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.goto(app.server.origin + '/elsewhere');
    await gotoApp(page, app.server.base);
    await page.locator('.quick-exit-button').first().click();
    await page.waitForURL('https://www.bbc.co.uk/weather');
    // Back twice, each once the page before has settled (Playwright loses a page that the cache
    // swaps in while it is still asking for the history).
    await historyBack(page);
    await page.waitForURL(app.server.origin + '/elsewhere', { waitUntil: 'commit' });
    await page.waitForTimeout(200);
    await historyBack(page).catch(() => {});
    await page.waitForTimeout(200);
    // The first Mend page, from the cache or loaded again, goes straight back to the neutral site.
    await page.waitForURL('https://www.bbc.co.uk/weather', { timeout: 5000 });
    assert.equal(await page.locator('.site-header').count(), 0);
    assert.ok(await page.evaluate(() => window.__sameDocument !== true), 'no Mend page is left showing');
    assert.ok(restored.some((url) => url.startsWith(app.server.base)),
      `the first Mend page came back from the cache (the test needs it to): ${restored}`);
  } finally {
    await browser.close();
  }
});

test('naming the screen already shown (a typed address, then Back) keeps what lives only in its memory', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.safetyChoice(2, 'Yes').check();
  await page.evaluate(() => { location.hash = '#/assessment'; });
  await page.waitForFunction(() => location.hash === '');
  await page.evaluate(() => history.back());
  // Nothing is to appear, so the proof is a wait: the screen would be drawn anew within it.
  await page.waitForTimeout(500);
  assert.ok(await a.safetyChoice(2, 'Yes').isChecked(), 'the answer is still ticked');
  await page.context().close();
});

test('without the lock, data deleted in another tab while a page waited in the back/forward cache does not come back with Back, on screen or in storage', async () => {
  const browser = await launchWithBackForwardCache();
  try {
    const page = await openPage(browser);
    await gotoApp(page, app.server.base, '#/your-data');
    const data = new YourDataPage(page);
    await data.nameA().fill('Deleted while away');
    const wipeBox = page.getByLabel('Delete everything when I use "Exit this page"');
    await wipeBox.check();
    await settle(page);
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.goto(app.server.origin + '/elsewhere');
    // Another tab deletes everything; no storage event reaches a page in the cache.
    const other = await openPage(browser, { context: page.context() });
    await gotoApp(other, app.server.base, '#/your-data');
    await new YourDataPage(other).deleteEverything();
    await other.getByRole('status').filter({ hasText: 'Everything Mend stored in this browser has been deleted.' }).waitFor();
    await other.close();
    await page.goBack({ waitUntil: 'commit' });
    assert.ok(await page.evaluate(() => window.__sameDocument === true), 'the page came back from the back/forward cache (the test needs it to)');
    await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Deleted while away') && ![...document.querySelectorAll('input')].some((i) => i.value === 'Deleted while away'));
    // The deletion took the delete-on-exit choice too: the box, and what the exit would do, say so.
    assert.equal(await wipeBox.isChecked(), false);
    // A change made now builds on what is stored: nothing deleted is written back.
    await data.nameB().fill('After');
    await settle(page);
    assert.doesNotMatch(JSON.stringify(await mendStorage(page)), /Deleted while away/);
    assert.equal(await data.nameA().inputValue(), '');
  } finally {
    await browser.close();
  }
});

test('with the lock on, a page restored from the back/forward cache shows the lock screen, and the last keystroke is sealed', async () => {
  const browser = await launchWithBackForwardCache();
  try {
    const page = await openPage(browser);
    await gotoApp(page, app.server.base, '#/your-data');
    const data = new YourDataPage(page);
    await data.nameA().fill('Before the lock');
    await settle(page);
    await turnLockOn(page);
    // Typed right up to leaving: no pause for the save's quiet time.
    await data.nameB().fill('Typed as I left');
    assert.ok(await awayAndBack(page), 'the page came back from the back/forward cache (the test needs it to)');
    await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
    const shown = await page.locator('body').innerText();
    assert.doesNotMatch(shown, /Before the lock|Typed as I left/);
    const visible = await page.evaluate(() => !document.documentElement.classList.contains('forgotten'));
    assert.ok(visible, 'the lock screen is visible');
    const stored = await mendStorage(page);
    assert.equal(stored[key('document')], undefined);
    assert.doesNotMatch(JSON.stringify(stored), /Typed as I left/);
    await unlock(page);
    assert.equal(await data.nameB().inputValue(), 'Typed as I left', 'the last keystroke was sealed as the page went');
  } finally {
    await browser.close();
  }
});

test('with the lock on, a lock screen drawn as the page went into the back/forward cache is still seen when it comes back', async () => {
  // Whether the lock screen is drawn before the browser freezes the page depends on the
  // machine's speed: the events are sent by hand, with the lock screen drawn in between, so the
  // order that hid it for good (flaky in the test above) is tested every time.
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page);
  const transition = (type) => page.evaluate((t) => window.dispatchEvent(new PageTransitionEvent(t, { persisted: true })), type);
  await transition('pagehide');
  const heading = page.getByRole('heading', { name: 'Mend is locked' });
  await heading.waitFor();
  await transition('pageshow');
  // Storage is read again in the handler; a moment for any redraw that would show the page.
  await page.waitForTimeout(500);
  assert.ok(await heading.isVisible(), 'the lock screen can be seen');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('forgotten')), false);
  await unlock(page);
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor();
  await page.context().close();
});

test('with the lock on, Help left for the back/forward cache is seen when it comes back, and a screen opened after another tab deleted everything is never hidden', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page);
  const forgotten = () => page.evaluate(() => document.documentElement.classList.contains('forgotten'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
  const help = page.getByRole('heading', { name: 'Help and support', level: 1 });
  await help.waitFor();
  // Help stays reachable with the data locked; the lock screen is not drawn over it.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await page.waitForTimeout(500);
  assert.ok(await help.isVisible(), 'Help can be seen');
  assert.equal(await forgotten(), false);
  // Another tab deletes everything: this one, locked until now, has nothing locked any more.
  const other = await page.context().newPage();
  await gotoApp(other, app.server.base, '#/your-data');
  await other.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  await other.getByText('Forgot your passphrase?').click();
  await other.getByRole('button', { name: 'Delete the locked data…' }).click();
  await other.getByRole('button', { name: 'Yes, delete everything' }).click();
  await other.getByRole('heading', { name: 'Mend is locked' }).waitFor({ state: 'detached' });
  await other.close();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor({ state: 'visible' });
  assert.equal(await forgotten(), false);
  await page.context().close();
});

test('with the lock on, a change typed right before a reload is in the sealed copy', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page);
  const data = new YourDataPage(page);
  await data.nameA().fill('Just before reload');
  await page.reload();
  await waitForApp(page);
  await unlock(page);
  assert.equal(await data.nameA().inputValue(), 'Just before reload');
  await page.context().close();
});

test('turning the lock on leaves no plain value: unreadable copies are sealed too, and still download', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/');
  await page.evaluate((k) => localStorage.setItem(k, 'broken text with a secret in it'), key('document'));
  await gotoApp(page, app.server.base, '#/your-data');
  await page.getByRole('heading', { name: 'Copies of unreadable data' }).waitFor();
  const bannerDownload = page.getByTestId('banner-corrupt').getByRole('button', { name: 'Download the unreadable copy' });
  await bannerDownload.waitFor();
  await turnLockOn(page);
  // The banner no longer hands out the text it read, plain, once the copy is sealed.
  assert.equal(await bannerDownload.count(), 0, 'no plain download from the banner under the lock');
  const stored = await mendStorage(page);
  const plain = Object.entries(stored).filter(([k, v]) => k !== key('wipe-on-exit') && !sealed(v));
  assert.deepEqual(plain, [], 'only sealed values (and the delete-on-exit flag) are left');
  assert.doesNotMatch(JSON.stringify(stored), /secret in it/);
  // The copy is still the person's to download, opened with the key held.
  await page.reload();
  await waitForApp(page);
  await unlock(page);
  // A plain file, lock or not, and the screen says so before it is made.
  await page.getByText('A downloaded copy is not encrypted, even with the lock on').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  assert.equal(Buffer.concat(chunks).toString('utf8'), 'broken text with a secret in it');
  await page.context().close();
});

test('deleting copies of unreadable data one by one keeps the keyboard in place, and the last leaves focus on the screen\'s heading', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/');
  // Two different broken texts, each read once: two copies.
  for (const text of ['first broken text', 'second broken text']) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key('document'), text]);
    await gotoApp(page, app.server.base, '#/repair');
    await page.getByTestId('banner-corrupt').waitFor();
    await page.reload();
  }
  await gotoApp(page, app.server.base, '#/your-data');
  const copies = page.locator('section[aria-labelledby="copies-heading"]');
  const deletes = copies.getByRole('button', { name: 'Delete this copy' });
  await copies.waitFor();
  assert.equal(await deletes.count(), 2);
  // Nothing else on the screen is drawn again: the same heading stays.
  await page.evaluate(() => { window.__title = document.getElementById('page-title'); });
  await deletes.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'copies-heading');
  assert.equal(await deletes.count(), 1);
  await deletes.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal(await copies.count(), 0, 'the list is gone with its last copy');
  assert.ok(await page.evaluate(() => window.__title === document.getElementById('page-title')), 'the screen was not drawn again');
  const left = Object.keys(await mendStorage(page)).filter((k) => k.startsWith(key('unreadable.')));
  assert.deepEqual(left, []);
  await page.context().close();
});

test('reloading a broken document keeps one copy of it, not one per load', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/');
  await page.evaluate((k) => localStorage.setItem(k, '{"schema_version":2,"couple":'), key('document'));
  for (let i = 0; i < 3; i += 1) {
    await gotoApp(page, app.server.base, '#/repair');
    await page.getByTestId('banner-corrupt').waitFor();
    await page.reload();
  }
  const copies = Object.keys(await mendStorage(page)).filter((k) => k.startsWith(key('unreadable.')));
  assert.equal(copies.length, 1, copies.join(', '));
  await page.context().close();
});

test('the delete-on-exit box shows what the exit will do, after an import that replaces settings', async () => {
  const page = await openPage(app.browser);
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(page, app.server.base, '#/your-data');
  const box = page.getByLabel('Delete everything when I use "Exit this page"');
  await box.check();
  await new YourDataPage(page).nameA().fill('Keep me');
  await settle(page);
  assert.ok(await box.isChecked());
  // A backup whose settings say "off" replaces this device's data and settings.
  const file = JSON.stringify({ schema_version: 2, couple: { a: 'From the file', b: '' }, settings: { wipe_on_quick_exit: false } });
  const transfer = new TransferPanel(page);
  await transfer.chooseFile('backup.json', file);
  await transfer.preview().waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.getByText('Your data was replaced').waitFor();
  assert.equal(await box.isChecked(), false, 'the box follows the file');
  assert.equal((await mendStorage(page))[key('wipe-on-exit')], undefined, 'and so does the exit');
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await gotoApp(page, app.server.base, '#/your-data');
  assert.equal(await new YourDataPage(page).nameA().inputValue(), 'From the file', 'the exit deleted nothing, as the box said');
  await page.context().close();
});

test('one "delete everything": from the lock screen it removes every key, the delete-on-exit flag too', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await page.getByLabel('Delete everything when I use "Exit this page"').check();
  await new YourDataPage(page).nameA().fill('Locked away');
  await settle(page);
  await turnLockOn(page);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  await page.getByText('Forgot your passphrase?').click();
  await page.getByRole('button', { name: 'Delete the locked data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ state: 'detached' });
  assert.deepEqual(await mendStorage(page), {});
  await gotoApp(page, app.server.base, '#/your-data');
  assert.equal(await page.getByLabel('Delete everything when I use "Exit this page"').isChecked(), false);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('data stored by the previous version (un-namespaced keys) is kept on upgrade', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/');
  await page.evaluate(() => localStorage.setItem('mend.document', JSON.stringify({ schema_version: 2, couple: { a: 'From before', b: '' } })));
  await gotoApp(page, app.server.base, '#/your-data');
  assert.equal(await new YourDataPage(page).nameA().inputValue(), 'From before');
  const stored = await mendStorage(page);
  assert.equal(stored['mend.document'], undefined, 'moved under the namespace');
  assert.match(stored[key('document')], /From before/);
  await page.context().close();
});

/** Serves the same build at two paths of one origin, as two copies of Mend on one host. */
async function serveTwice(prefixes) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    const file = normalize(join(DIST, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html'));
    if (!file.startsWith(DIST)) return res.writeHead(403).end();
    try {
      const info = await stat(file);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(await readFile(info.isDirectory() ? join(file, 'index.html') : file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

test('two copies of Mend on one host neither share data nor delete each other\'s', async () => {
  const server = await serveTwice(['/a/', '/b/']);
  try {
    const page = await openPage(app.browser);
    await gotoApp(page, server.origin + '/a/', '#/your-data');
    await new YourDataPage(page).nameA().fill('Lives at a');
    await settle(page);
    await gotoApp(page, server.origin + '/b/', '#/your-data');
    const b = new YourDataPage(page);
    assert.equal(await b.nameA().inputValue(), '', 'b does not see a\'s data');
    await b.nameA().fill('Lives at b');
    await settle(page);
    await b.deleteEverything();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.includes('mend[/a/].document'), keys.join(', '));
    assert.ok(!keys.some((k) => k.startsWith('mend[/b/].')), keys.join(', '));
    await gotoApp(page, server.origin + '/a/', '#/your-data');
    assert.equal(await new YourDataPage(page).nameA().inputValue(), 'Lives at a');
    await page.context().close();
  } finally {
    await server.close();
  }
});

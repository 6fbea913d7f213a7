// The foundation as a new user meets it: the release build, served from a sub-path, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, cspViolations, axeViolations, mendStorage, settle, DIST } from './harness.mjs';
import { Shell } from './pages/shell.mjs';
import { YourDataPage } from './pages/your_data.mjs';
import { measure, BROTLI_BUDGET, BROTLI_CEILING } from './sizes.mjs';

const app = appSuite();

test('starts with no console errors, no CSP violations, only its own requests', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  await assert.doesNotReject(shell.heading().waitFor());
  assert.match(await shell.heading().innerText(), /Mend/);
  await page.waitForTimeout(300);
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  const foreign = page.mend.requests.filter((url) => !url.startsWith(app.server.base));
  assert.deepEqual(foreign, [], 'every request goes to the app\'s own files');
  assert.ok(page.mend.requests.some((u) => u.endsWith('.wasm')), 'the wasm module was requested through the recorder');
  await page.context().close();
});

test('home, privacy and not-found pages have no WCAG 2.2 A/AA violations', async () => {
  const page = await openPage(app.browser);
  for (const hash of ['', '#/privacy', '#/nowhere']) {
    await gotoApp(page, app.server.base, hash);
    assert.deepEqual(await axeViolations(page), [], hash || 'home');
  }
  await page.context().close();
});

test('each tool is reachable from the home page, and focus lands on its heading', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  for (const [link, heading] of [
    ['Trust self-assessment', /assessment/i],
    ['Boundary worksheet', /boundar/i],
    ['Repair checklist', /repair/i],
  ]) {
    await page.getByRole('main').getByRole('link', { name: link }).click();
    await assert.doesNotReject(shell.heading().filter({ hasText: heading }).waitFor());
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    await page.goBack();
    await shell.heading().filter({ hasText: /Mend/ }).waitFor();
  }
  await page.context().close();
});

test('a deep link survives a reload, and unknown links get a not-found page', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/repair');
  const shell = new Shell(page);
  assert.match(await shell.heading().innerText(), /Repair/);
  await page.reload();
  await waitForApp(page);
  assert.match(await shell.heading().innerText(), /Repair/);
  assert.match(await page.title(), /Repair checklist/);
  await gotoApp(page, app.server.base, '#/no-such-page');
  assert.match(await shell.heading().innerText(), /does not exist/);
  await page.context().close();
});

test('something typed survives a reload, even when the tab is left at once', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Robin');
  // No settle: the pagehide flush must write what the debounce has not yet.
  await page.reload();
  await waitForApp(page);
  assert.equal(await data.nameA().inputValue(), 'Robin');
  const stored = await mendStorage(page);
  assert.match(stored['mend.document'], /"schema_version":2/);
  await page.context().close();
});

test('delete everything leaves no Mend key behind', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameB().fill('Alex');
  await settle(page);
  assert.ok(Object.keys(await mendStorage(page)).length > 0);
  await data.deleteEverything();
  await settle(page);
  assert.deepEqual(await mendStorage(page), {});
  assert.equal(await data.nameB().inputValue(), '');
  await page.context().close();
});

test('corrupt stored data is kept aside and announced', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  await page.evaluate(() => localStorage.setItem('mend.document', '{"schema_version":2,"couple":'));
  await page.reload();
  await waitForApp(page);
  await assert.doesNotReject(new Shell(page).banner('banner-corrupt').waitFor());
  const stored = await mendStorage(page);
  const backups = Object.entries(stored).filter(([k]) => k.startsWith('mend.unreadable.'));
  assert.equal(backups.length, 1);
  assert.equal(backups[0][1], '{"schema_version":2,"couple":');
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test(`first load stays under the enforced ceiling of ${BROTLI_CEILING / 1000} KB brotli`, async (t) => {
  const { rows, total } = await measure(DIST);
  assert.ok(rows.some((r) => r.name.endsWith('.wasm')), 'the build has a wasm file');
  assert.ok(total.brotli <= BROTLI_CEILING, `first load is ${total.brotli} bytes brotli`);
  // The issues' budget is 160 KB; say plainly when it is not met rather than hide it.
  if (total.brotli > BROTLI_BUDGET) t.diagnostic(`OVER the ${BROTLI_BUDGET}-byte budget: ${total.brotli} bytes brotli`);
});

test('quick exit by button and by Shift three times leaves Mend, and Back does not return', async () => {
  for (const how of ['button', 'shift']) {
    const page = await openPage(app.browser);
    // The neutral site is unreachable here; answer it locally so the navigation completes.
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(app.server.origin + '/');
    await gotoApp(page, app.server.base, '#/your-data');
    const shell = new Shell(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Exit this page', 'second in the tab order');
    if (how === 'button') {
      await shell.quickExit().click();
    } else {
      await page.locator('body').press('Shift');
      await page.locator('body').press('Shift');
      await page.locator('body').press('Shift');
    }
    await page.waitForURL('https://www.bbc.co.uk/weather');
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith(app.server.base), `Back returned to Mend (${how}): ${page.url()}`);
    await page.context().close();
  }
});

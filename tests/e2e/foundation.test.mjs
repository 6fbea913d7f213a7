// The foundation as a new user meets it: the release build, served from a sub-path, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, cspViolations, axeViolations, mendStorage, key, settle, waitPastSaveDelay, countInstantiations, instantiationsAtUsable, traced, navigationStartIn, DIST } from './harness.mjs';
import { Shell } from './pages/shell.mjs';
import { YourDataPage } from './pages/your_data.mjs';
import { measure, watchUsable, waitUsable, fetchedBefore, brotliOfRequests, FIRST_VISITS, BROTLI_BUDGET, HOME_CEILING, DEEP_LINK_GOAL, deepLinkCeiling } from './sizes.mjs';

const app = appSuite();

test('starts with no console errors, no CSP violations, only its own requests', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  const shell = new Shell(page);
  await assert.doesNotReject(shell.heading().waitFor());
  assert.match(await shell.heading().innerText(), /Mend/);
  // Proof of absence, so time by nature: errors or stray requests made just after start-up
  // (the home page has no save-state line or other sign of being done) would be in by now.
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
    // Screens replace their history entry (no trail for Back to reveal): return by the header.
    await page.getByRole('banner').getByRole('link', { name: 'Mend' }).click();
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
  // The tab title names no screen.
  assert.equal(await page.title(), 'Mend');
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
  assert.match(stored[key('document')], /"schema_version":4/);
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
  // Nothing must be written after the deletion (no late save of what was on screen).
  await waitPastSaveDelay(page);
  assert.deepEqual(await mendStorage(page), {});
  assert.equal(await data.nameB().inputValue(), '');
  await page.context().close();
});

test('corrupt stored data is kept aside and announced', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  await page.evaluate((k) => localStorage.setItem(k, '{"schema_version":2,"couple":'), key('document'));
  await page.reload();
  await waitForApp(page);
  // The home page reads no data and leaves it alone; the first screen that reads it tells.
  assert.equal(await new Shell(page).banner('banner-corrupt').count(), 0);
  assert.equal((await mendStorage(page))[key('document')], '{"schema_version":2,"couple":');
  await page.getByRole('link', { name: 'Boundary worksheet' }).click();
  await assert.doesNotReject(new Shell(page).banner('banner-corrupt').waitFor());
  const stored = await mendStorage(page);
  const backups = Object.entries(stored).filter(([k]) => k.startsWith(key('unreadable.')));
  assert.equal(backups.length, 1);
  assert.equal(backups[0][1], '{"schema_version":2,"couple":');
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test(`first load is within the ${BROTLI_BUDGET / 1000} KB brotli budget, and a tool's code arrives when it is opened`, async (t) => {
  const sizes = await measure(DIST);
  assert.ok(sizes.rows.some((r) => r.name.endsWith('.wasm') && !r.lazy), 'the build has a main module');
  assert.ok(sizes.total.brotli <= BROTLI_BUDGET, `first load is ${sizes.total.brotli} bytes brotli`);
  assert.ok(sizes.total.brotli <= HOME_CEILING, `first load is ${sizes.total.brotli} bytes brotli, over the home ceiling ${HOME_CEILING}`);
  t.diagnostic(`first load ${sizes.total.brotli} bytes brotli; all files ${sizes.everything.brotli}`);
  // The build really split: every part exists, and a deep link stays under its ceiling.
  for (const [screen, needs] of Object.entries({ assessment: 'assessment', boundaries: 'boundaries', repair: 'repair', 'your data': 'your_data', partner: 'partner', 'lock screen': 'lock' })) {
    assert.ok(sizes.parts[needs]?.length && sizes.parts.data?.length, `${screen} has its own part`);
    const deep = sizes.total.brotli + sizes.screens[screen].brotli;
    assert.ok(deep <= deepLinkCeiling(screen), `a first visit straight to ${screen} is ${deep} bytes brotli, over its ceiling ${deepLinkCeiling(screen)}`);
  }

  // In the browser (without the service worker, which fetches the parts for offline use once the
  // page is up): the home page fetches no part; opening the checklist fetches its parts only.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  const fetched = () => page.mend.requests.map((url) => new URL(url).pathname.split('/').pop());
  await gotoApp(page, app.server.base, '#/');
  await new Shell(page).heading().waitFor();
  assert.deepEqual(fetched().filter((name) => sizes.lazy.includes(name)), []);
  await page.getByRole('link', { name: 'Repair checklist' }).click();
  await new Shell(page).heading().filter({ hasText: /Repair/ }).waitFor();
  // Nothing of the checklist was loaded yet: its modules come in one download, its pack. The
  // promises and check-ins come after, in a pack of their own holding what the first one lacks.
  await page.locator('main input[type=checkbox]').first().waitFor();
  assert.ok(sizes.parts.repair_lower?.some((f) => f.startsWith('split_repair_lower-')), 'the lower part exists');
  const isLater = (name) => /^pack_repair_later-/.test(name);
  const lazyFetched = fetched().filter((name) => sizes.lazy.includes(name));
  assert.deepEqual(lazyFetched.filter((name) => !isLater(name)), sizes.screens.repair.files, 'the checklist\'s pack and nothing else');
  assert.match(lazyFetched[0], /^pack__?repair-/);
  await page.getByRole('heading', { name: 'Small promises', exact: true }).waitFor();
  const lowerFetched = fetched().filter((name) => sizes.lazy.includes(name)).slice(1);
  assert.equal(lowerFetched.length, 1, `after the pack, one more download: ${lowerFetched}`);
  assert.ok(isLater(lowerFetched[0]), `after the pack, the later pack: ${lowerFetched}`);
  // The data part is loaded now, so the assessment's modules come one by one, its own among them.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessment' }).click();
  await new Shell(page).heading().filter({ hasText: /assessment/i }).waitFor();
  const later = fetched().filter((name) => sizes.lazy.includes(name) && !isLater(name)).slice(1);
  assert.ok(later.some((name) => name.startsWith('split_assessment-')), `fetched ${later}`);
  assert.ok(!later.some((name) => name.startsWith('pack_')), `fetched ${later}`);
  await context.close();
});

test('when a screen\'s pack cannot be downloaded, its modules come one by one', async () => {
  const sizes = await measure(DIST);
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  await context.route(/\/pack_[^/]*$/, (route) => route.abort());
  const page = await openPage(app.browser, { context });
  const fetched = () => page.mend.requests.map((url) => new URL(url).pathname.split('/').pop());
  await page.goto(app.server.base + '#/repair', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'repair'), 15000);
  assert.ok(fetched().some((name) => name.startsWith('pack_')), 'the pack was asked for');
  assert.ok(fetched().some((name) => name.startsWith('split_repair-')), 'the checklist\'s own module came alone');
  assert.ok(sizes.parts.data.every((f) => fetched().includes(f)), 'every module of the data part came alone');
  assert.deepEqual(page.mend.pageErrors, []);
  await context.close();
});

test('a deep link compiles and instantiates its screen\'s modules once, as one joined module', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  // Counted until the first step's checkbox is drawn (the later parts come after it).
  await countInstantiations(context, 'main input[type=checkbox]');
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/repair', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'repair'), 15000);
  // The main module and the checklist's pack; the modules the pack joins were each one before
  // (about 150).
  assert.equal(await instantiationsAtUsable(page), 2);
  const box = page.locator('main input[type=checkbox]').first();
  await box.check();
  assert.ok(await box.isChecked(), 'a step of the checklist can be ticked');
  assert.deepEqual(page.mend.pageErrors, []);
  await context.close();
});

test('a deep link\'s scripts are compiled as they arrive, not function by function on the main thread', async () => {
  // Each script the page runs starts with V8's compile hint (build/split-wasm.sh `compile_ahead`),
  // and Chromium honours it: counted in a trace from navigation until the checklist is usable, the
  // main thread compiled 335 JavaScript functions one by one on their first call without it, 6
  // with it (2026-12-05).
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  const scripts = new Map();
  page.on('response', (r) => { if (r.request().resourceType() === 'script') scripts.set(r.url(), r); });
  const cdp = await context.newCDPSession(page);
  const visit = FIRST_VISITS.find((v) => v.name === 'repair');
  await watchUsable(page, visit);
  const { events } = await traced(cdp, 'blink.user_timing,v8,disabled-by-default-v8.compile', async () => {
    await page.goto(app.server.base + visit.hash, { waitUntil: 'commit' });
    await waitUsable(page, visit, 15000);
  });
  const names = [...scripts.keys()].map((u) => u.split('/').pop().replace(/-[0-9a-f]{16}/, ''));
  for (const name of ['exit.js', 'boot.js', 'split.js', 'mend.js']) assert.ok(names.includes(name), `the page ran ${name} (it ran ${names.join(', ')})`);
  for (const [url, response] of scripts) {
    const first = (await response.text()).split('\n', 1)[0];
    assert.equal(first, '//# allFunctionsCalledOnLoad', `${url} starts with the compile hint`);
  }
  // The page's own main thread, where its navigation started (not another renderer's).
  const main = navigationStartIn(events, app.server.base);
  assert.ok(main, 'the trace has the page\'s navigation start');
  const oneByOne = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'V8.CompileCode').length;
  assert.ok(oneByOne < 40, `${oneByOne} functions compiled one by one on the main thread before the checklist was usable (335 without the hints)`);
  assert.deepEqual(page.mend.pageErrors, []);
  await context.close();
});

test(`a first visit fetches at most ${HOME_CEILING / 1000} KB brotli for home and at most its ceiling for a tool (issue #13's goal ${DEEP_LINK_GOAL / 1000} KB, sizes.mjs) before its first control is usable`, async (t) => {
  const sizes = await measure(DIST);
  for (const visit of FIRST_VISITS) {
    // A fresh profile each time, without the service worker (it fetches the rest once the page is up).
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(app.browser, { context });
    await watchUsable(page, visit);
    await page.goto(app.server.base + visit.hash, { waitUntil: 'commit' });
    const usableAt = await waitUsable(page, visit, 15000);
    const { brotli, files } = brotliOfRequests(sizes, await fetchedBefore(page, usableAt));
    // Resource timing sees the same files as the requests the test heard (nothing is missed).
    const heard = brotliOfRequests(sizes, page.mend.requests).files;
    assert.deepEqual(files.filter((f) => !heard.includes(f)), [], `${visit.name}: every file counted was requested`);
    t.diagnostic(`${visit.name}: ${brotli} bytes brotli in ${files.length} files before usable`);
    assert.ok(brotli <= visit.ceiling(), `a first visit to ${visit.name} fetched ${brotli} bytes brotli before it was usable (ceiling ${visit.ceiling()}), in ${files.length} files`);
    assert.ok(brotli > 0 && files.some((f) => f.endsWith('.wasm')), `${visit.name}: the requests were seen`);
    await context.close();
  }
});

test('when the checklist\'s later part cannot be downloaded, the first phase still works, and Try again brings the other phases, the promises and the check-ins', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let blocked = true;
  // Its later pack and, when that fails, the module alone.
  await context.route(/\/(split_repair_lower|pack_repair_later)-[^/]*$/, (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/repair', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'repair'), 15000);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await assert.doesNotReject(alert.waitFor());
  // The checklist above works and saves meanwhile.
  const box = page.locator('main input[type=checkbox]').first();
  await box.check();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"ticks"'), key('document'));
  // The later phases' text comes with that part: until it does, only the first phase is drawn.
  assert.equal(await page.locator('main section.r-phase').count(), 1, 'only the first phase is drawn');
  // The safety text does not wait for it: the link near the top draws it and moves focus there.
  await page.locator('main a', { hasText: 'find safety help' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'safety-help-now');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /your safety comes first/);
  assert.deepEqual(await axeViolations(page), []);
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Small promises', exact: true }).waitFor());
  await assert.doesNotReject(page.getByRole('heading', { name: 'Keep it going', exact: true }).waitFor());
  await assert.doesNotReject(page.getByRole('heading', { name: 'Trusting yourself', exact: true }).waitFor());
  assert.equal(await alert.count(), 0);
  // The safety text drawn under the link stays the only copy once its phase is there.
  assert.equal(await page.locator('main .r-safety').count(), 1, 'the safety text is shown once');
  assert.ok(await box.isChecked(), 'the tick is still there');
  await context.close();
});

test('a change typed before the code that saves has come is kept as unsaved, and written when it comes', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  // The writer's part comes in the worksheet's later pack, or alone when that fails: the pack
  // fails (the banners, which say how saving goes, then come alone) and the writer is held.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(/\/pack_boundaries_later-[^/]*$/, (route) => route.abort());
  await context.route(/\/split_saving-[^/]*$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/boundaries', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'boundaries'), 15000);
  const field = page.locator('main textarea').first();
  await field.fill('Typed before the writer came');
  // Well past the save's quiet moment: nothing could be written yet, and the screen says the
  // change is on its way, not that it was saved.
  await page.getByTestId('save-state').filter({ hasText: 'Saving…' }).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key('document')), null, 'nothing was written without the writer');
  assert.equal(await page.getByTestId('save-state').textContent(), 'Saving…');
  release();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Typed before the writer came'), key('document'));
  await page.getByTestId('save-state').filter({ hasText: 'Saved on this device' }).waitFor();
  assert.equal(await page.getByTestId('banner-save-failed').count(), 0);
  assert.deepEqual(page.mend.pageErrors, []);
  await context.close();
});

test('when the code that saves cannot be downloaded, the screen says the change was not saved, and a later change saves it once it can', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let blocked = true;
  await context.route(/\/(split_saving|pack_boundaries_later)-[^/]*$/, (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/boundaries', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'boundaries'), 15000);
  const field = page.locator('main textarea').first();
  await field.fill('Kept on screen');
  const failed = page.getByTestId('banner-save-failed');
  // What it says leaves the screen as it is: no advice to reload, which would lose the change.
  await assert.doesNotReject(failed.filter({ hasText: 'could not download the part of itself that writes' }).waitFor());
  const said = await failed.textContent();
  assert.doesNotMatch(said, /Reload the page/);
  assert.match(said, /Keep this page open/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key('document')), null);
  assert.equal(await field.inputValue(), 'Kept on screen', 'what was typed stays on screen');
  assert.deepEqual(await axeViolations(page), []);
  blocked = false;
  await field.press('End');
  await field.pressSequentially('.');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Kept on screen.'), key('document'));
  await assert.doesNotReject(failed.waitFor({ state: 'detached' }));
  await context.close();
});

test('when neither the code that saves nor the banners can be downloaded, the screen still says the change is not saved', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let blocked = true;
  // Both come just after the screen, in its later pack or alone: offline, both fail.
  await context.route(/\/(split_saving|split_banners|pack_boundaries_later)-[^/]*$/, (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/boundaries', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'boundaries'), 15000);
  const field = page.locator('main textarea').first();
  await field.fill('Only on screen');
  const said = page.getByTestId('save-not-written');
  await assert.doesNotReject(said.filter({ hasText: 'not saved yet' }).waitFor());
  assert.equal(await said.getAttribute('role'), 'alert');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key('document')), null);
  assert.deepEqual(await axeViolations(page), []);
  blocked = false;
  await field.press('End');
  await field.pressSequentially('!');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Only on screen!'), key('document'));
  await assert.doesNotReject(said.waitFor({ state: 'detached' }));
  await context.close();
});

test('when the questionnaire\'s steps cannot be downloaded, Start says so, and Try again goes on from the run', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let blocked = true;
  // Its later pack and, when that fails, the module alone.
  await context.route(/\/(split_assessment_steps|pack_assessment_later)-[^/]*$/, (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/assessment', { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'assessment'), 15000);
  await page.getByRole('button', { name: 'Start on my own' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await assert.doesNotReject(alert.waitFor());
  assert.deepEqual(await axeViolations(page), []);
  // The run was started and saved all the same.
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"in_progress":{'), key('document'));
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await assert.doesNotReject(page.locator('#step-title').waitFor());
  assert.equal(await alert.count(), 0);
  await context.close();
});

test('a tool that cannot be downloaded says so, keeps the data, and can be tried again', async () => {
  // No service worker and no network: the first opening of a tool cannot fetch its code.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await gotoApp(page, app.server.base, '#/');
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ schema_version: 2, couple: { a: 'Kept', b: '' } })), key('document'));
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Repair checklist' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await assert.doesNotReject(alert.waitFor());
  assert.deepEqual(await axeViolations(page), []);
  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await assert.doesNotReject(new Shell(page).heading().filter({ hasText: /Repair/ }).waitFor());
  // The data read after the failed attempt is the stored data.
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.waitForFunction(() => document.querySelector('#name-a')?.value === 'Kept');
  assert.equal(JSON.parse((await mendStorage(page))[key('document')]).couple.a, 'Kept');
  await context.close();
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
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Exit this page', 'first in the tab order');
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

// Every screen at a phone width and a desktop width, in light and dark: no horizontal scrolling,
// no WCAG 2.2 A/AA violations (including contrast in the dark theme). Screenshots are written to
// tests/e2e/screenshots/ (ignored by git) for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { appSuite, openPage, gotoApp, axeViolations } from './harness.mjs';

const app = appSuite();
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SCREENS = ['', '#/assessment', '#/boundaries', '#/repair', '#/your-data', '#/privacy', '#/partner'];

for (const colorScheme of ['light', 'dark']) {
  test(`every screen fits 360 px and 1280 px and passes axe (${colorScheme})`, async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const width of [360, 1280]) {
      const page = await openPage(app.browser, { viewport: { width, height: 800 }, contextOptions: { colorScheme } });
      for (const hash of SCREENS) {
        await gotoApp(page, app.server.base, hash);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${hash || 'home'} scrolls sideways by ${overflow}px at ${width}px`);
        assert.deepEqual(await axeViolations(page), [], `${hash || 'home'} at ${width}px, ${colorScheme}`);
        await page.screenshot({ path: `${SHOTS}${colorScheme}-${width}-${hash.replace('#/', '') || 'home'}.png` });
      }
      await page.context().close();
    }
  });
}

test('the layout holds at 200% zoom (640 px viewport at device scale 2)', async () => {
  const page = await openPage(app.browser, { viewport: { width: 640, height: 800 }, contextOptions: { deviceScaleFactor: 2 } });
  for (const hash of SCREENS) {
    await gotoApp(page, app.server.base, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash || 'home'} scrolls sideways at 200% zoom`);
  }
  await page.context().close();
});

test('no field a person types in is one the browser may remember, on any screen', async () => {
  // A browser keeps what was typed in a field it may remember and offers it again in the next
  // field of the same name: on a shared device, the other person would see it, even after Mend's
  // own data is gone. Every field asks it not to (`autocomplete="off"`, on the field or its form);
  // passphrase fields say what they are for, as the lock's own choice. Read-only fields (a
  // partner's packet to copy) are not typed in.
  const page = await openPage(app.browser);
  const remembered = [];
  for (const hash of SCREENS) {
    await gotoApp(page, app.server.base, hash);
    // What comes after the first paint and in later parts: the checklist's promises and check-ins.
    if (hash === '#/repair') await page.locator('#checkin-date').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(ok))));
    const fields = await page.locator('main').evaluate((main) => {
      const typed = 'textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], input[type=number], input[type=date], input[type=password]';
      return [...main.querySelectorAll(typed)].filter((f) => !f.readOnly).map((f) => ({
        field: f.id || f.name || f.outerHTML.slice(0, 60),
        asks: f.getAttribute('autocomplete') ?? f.form?.getAttribute('autocomplete') ?? null,
      }));
    });
    assert.ok(hash !== '#/repair' || fields.length > 20, `the checklist's fields were read: ${fields.length}`);
    for (const f of fields) if (!['off', 'new-password', 'current-password'].includes(f.asks)) remembered.push(`${hash || 'home'} ${f.field}: ${f.asks}`);
  }
  assert.deepEqual(remembered, []);
  await page.context().close();
});

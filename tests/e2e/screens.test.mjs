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

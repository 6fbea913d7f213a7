// The development build that `bash .ci/serve` makes (`trunk serve`, the debug profile): the
// README's first command must give a working app, and this build goes through its own paths in
// build/split-wasm.sh (no wasm-opt, no minifying, a debug split loader). Every screen opens from
// a deep link and is usable, with no errors: the five the bench times (their first control),
// the others by their heading, and the lock screen after turning the lock on and reloading.
// Run by .ci/test on `trunk build` (debug) in MEND_DEV_DIST; the other tests run the release
// build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

assert.ok(process.env.MEND_DEV_DIST, 'set MEND_DEV_DIST to a debug build (trunk build --offline --dist DIR)');
const { serveDist, launch, openPage, gotoApp } = await import('../e2e/harness.mjs');
// Each screen and its first control, as the bench and the size tests wait for it.
const { FIRST_VISITS, waitUsable } = await import('../e2e/sizes.mjs');
const { turnLockOn, unlock } = await import('../e2e/pages/your_data.mjs');

let server;
let browser;
before(async () => {
  server = await serveDist(resolve(process.env.MEND_DEV_DIST));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fresh page on `hash`, runs `check` on it, then asserts that nothing went wrong. */
async function onScreen(hash, check) {
  const page = await openPage(browser);
  try {
    await gotoApp(page, server.base, hash);
    await check(page);
    assert.equal(await page.locator('.quick-exit-button').count(), 1, 'the quick exit is there');
    assert.deepEqual(page.mend.pageErrors, []);
    assert.deepEqual(page.mend.consoleErrors, []);
  } finally {
    await page.context().close();
  }
}

/** The screen's one `<h1>` (src/ui/components/page_title.rs), once the boot screen is gone. */
async function headingShows(page, name) {
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 60000 });
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 60000 });
}

for (const visit of FIRST_VISITS) {
  test(`the development build opens ${visit.name} from a deep link, and ${visit.what} is usable`, () =>
    onScreen(visit.hash, (page) => waitUsable(page, visit)));
}

// The screens the bench does not time, each a part of its own (or the shell's not-found page).
for (const [hash, name] of [
  ['#/help', 'Help and support'],
  ['#/partner', 'Share with your partner'],
  ['#/privacy', 'Privacy and limits'],
  ['#/no-such-screen', 'This page does not exist'],
]) {
  test(`the development build opens ${hash} from a deep link, headed "${name}"`, () =>
    onScreen(hash, (page) => headingShows(page, name)));
}

test('the development build turns the lock on, and after a reload its lock screen unlocks', () =>
  onScreen('#/your-data', async (page) => {
    await headingShows(page, 'Your data');
    await turnLockOn(page, 'a long enough passphrase');
    await page.reload();
    await unlock(page, 'a long enough passphrase');
  }));

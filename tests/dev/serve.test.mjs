// The development build that `bash .ci/serve` makes (`trunk serve`, the debug profile): the
// README's first command must give a working app, and this build goes through its own paths in
// build/split-wasm.sh (no wasm-opt, no minifying, a debug split loader). Each screen opens
// from a deep link and is usable, with no errors. Run by .ci/test on `trunk build` (debug) in
// MEND_DEV_DIST; the other tests run the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

assert.ok(process.env.MEND_DEV_DIST, 'set MEND_DEV_DIST to a debug build (trunk build --offline --dist DIR)');
const { serveDist, launch, openPage, gotoApp } = await import('../e2e/harness.mjs');
// Each screen and its first control, as the bench and the size tests wait for it.
const { FIRST_VISITS, waitUsable } = await import('../e2e/sizes.mjs');

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

for (const visit of FIRST_VISITS) {
  test(`the development build opens ${visit.name} from a deep link, and ${visit.what} is usable`, async () => {
    const page = await openPage(browser);
    try {
      await gotoApp(page, server.base, visit.hash);
      await waitUsable(page, visit);
      assert.equal(await page.locator('.quick-exit-button').count(), 1, 'the quick exit is there');
      assert.deepEqual(page.mend.pageErrors, []);
      assert.deepEqual(page.mend.consoleErrors, []);
    } finally {
      await page.context().close();
    }
  });
}

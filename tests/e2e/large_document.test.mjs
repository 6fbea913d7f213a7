// The bench's large document (tests/e2e/large_document.mjs) is one the app reads as its own:
// seeded in the current schema under the app's key, it opens on the checklist and the assessment
// without a "could not be read" banner, shows its newest records, and takes edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, settle, mendStorage, wholeDocument, key, PREFIX } from './harness.mjs';
import { largeDocumentText, storageEntries, seedStorage, keyPrefix, SIZES, END_DAY } from './large_document.mjs';
import { Shell } from './pages/shell.mjs';

const app = appSuite();
const SPEC = SIZES['three-years'];
const TEXT = largeDocumentText({ size: 'three-years' });
const stored = async (page) => JSON.parse(wholeDocument(await mendStorage(page)));

test('the generator is deterministic and uses the app\'s key', () => {
  assert.equal(largeDocumentText({ size: 'three-years' }), TEXT);
  assert.notEqual(largeDocumentText({ size: 'three-years', seed: 14 }), TEXT);
  const entries = storageEntries(TEXT, PREFIX);
  assert.deepEqual(Object.keys(entries), [key('document'), key('runs')]);
  // As the app stores it: the results apart, a tab before an empty object in their place.
  assert.equal(entries[key('document')].replace('\t{}', () => entries[key('runs')]), TEXT);
  assert.equal(JSON.parse(entries[key('runs')]).length, SPEC.runs);
  assert.equal(keyPrefix('/'), 'mend[/].');
  assert.equal(keyPrefix('/a/index.html'), 'mend[/a/].');
  assert.equal(keyPrefix('/a]%/'), 'mend[/a%5D%25/].');
  const doc = JSON.parse(TEXT);
  assert.equal(doc.schema_version, 4);
  assert.equal(doc.repair.check_ins.length, SPEC.checkIns);
  assert.equal(doc.repair.promises.length, SPEC.promises);
  assert.equal(doc.assessment.history.length, SPEC.runs);
  assert.ok(TEXT.length > 350e3 && TEXT.length < 450e3, `${TEXT.length} characters`);
});

test('the three-year document opens on the checklist and the assessment, and edits are saved', async (t) => {
  const page = await openPage(app.browser);
  await seedStorage(page, app.server.origin, storageEntries(TEXT, PREFIX));
  const shell = new Shell(page);

  await gotoApp(page, app.server.base, '#/repair');
  await page.getByRole('checkbox').first().waitFor();
  for (const banner of ['banner-corrupt', 'banner-newer', 'banner-unavailable', 'banner-migrated']) {
    assert.equal(await shell.banner(banner).count(), 0, `no ${banner}`);
  }
  // The newest check-in and the ticks of three years are on screen.
  await page.getByRole('button', { name: `Delete this check-in from ${END_DAY}` }).waitFor();
  const progress = await page.getByText(/^Overall: \d+ of \d+ done$/).innerText();
  assert.ok(!progress.startsWith('Overall: 0 '), progress);
  // Written as serde writes it, the text is not rewritten on opening (a diagnostic, not a rule:
  // a field added to the schema later makes the app add it).
  const unchanged = wholeDocument(await mendStorage(page)) === TEXT;
  t.diagnostic(`stored text after opening ${unchanged ? 'unchanged' : 'REWRITTEN by the app (update the generator)'}`);

  // Ticking an open step is saved, and nothing else is lost.
  const before = await stored(page);
  const open = page.locator('main input[type=checkbox]:not(:checked)').first();
  await open.check();
  await settle(page);
  const after = await stored(page);
  assert.equal(Object.keys(after.repair.ticks).length, Object.keys(before.repair.ticks).length + 1);
  assert.equal(after.repair.check_ins.length, SPEC.checkIns);
  assert.equal(after.repair.promises.length, SPEC.promises);
  assert.equal(after.assessment.history.length, SPEC.runs);

  // The assessment lists the newest run and starts a new one.
  await gotoApp(page, app.server.base, '#/assessment');
  const newest = JSON.parse(TEXT).assessment.history.at(-1).date;
  await page.getByRole('button', { name: `Open results from ${newest}` }).first().waitFor();
  assert.equal(await shell.banner('banner-corrupt').count(), 0);
  await page.getByRole('button', { name: 'Start on my own' }).click();
  await page.getByRole('button', { name: 'Next' }).waitFor();
  await settle(page);
  const started = await stored(page);
  assert.ok(started.assessment.in_progress, 'the run in progress is saved');
  assert.equal(started.assessment.history.length, SPEC.runs);
  assert.equal(Object.keys(started.repair.ticks).length, Object.keys(after.repair.ticks).length);

  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors.filter((e) => !/404/.test(e)), []);
  await page.context().close();
});

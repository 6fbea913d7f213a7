// Imported files whose records share an id, and files that would change this device's settings.
// The domain renumbers shared ids (or refuses the file when that would be a guess); these tests
// check the result as a person meets it: the preview, the repair screen, and what is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appSuite, openPage, gotoApp, waitForApp, settle, mendStorage, key, cspViolations } from './harness.mjs';
import { TransferPanel } from './pages/your_data.mjs';
import { RepairPage } from './pages/repair.mjs';

const app = appSuite();

/** Two promises under the same id (frozen: tests/fixtures/v2-duplicate-promise-ids.json). */
const SHARED_IDS = await readFile(new URL('../fixtures/v2-duplicate-promise-ids.json', import.meta.url), 'utf8');
const FIRST = 'Text when I am running late';
const SECOND = 'Put my phone away at dinner';

async function clean(page) {
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
}

/** The checked answer of a promise: 'Not decided yet', 'Kept' or 'Missed'. */
async function answer(repair, text) {
  for (const name of ['Not decided yet', 'Kept', 'Missed']) {
    if (await repair.promise(text).getByRole('radio', { name, exact: true }).isChecked()) return name;
  }
  return 'none';
}

for (const [how, button] of [['Merge', 'Merge with my data'], ['Replace', 'Replace my data']]) {
  test(`${how}: two promises that shared an id both arrive, and each keeps its own answer`, async () => {
    const page = await openPage(app.browser);
    await gotoApp(page, app.server.base, '#/your-data');
    const transfer = new TransferPanel(page);
    await transfer.chooseFile('shared-ids.json', SHARED_IDS);
    await transfer.preview().waitFor();
    const preview = await transfer.preview().innerText();
    assert.match(preview, /2 promises/);
    assert.match(preview, /numbered the same as another/, 'the preview says a record was renumbered');
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('status').filter({ hasText: how === 'Merge' ? 'merged' : 'replaced' }).waitFor();
    await settle(page);

    const stored = JSON.parse((await mendStorage(page))[key('document')]);
    const ids = stored.repair.promises.map((p) => p.id);
    assert.equal(new Set(ids).size, 2, `stored ids are distinct: ${ids}`);

    await gotoApp(page, app.server.base, '#/repair');
    const repair = new RepairPage(page);
    await repair.promise(FIRST).waitFor();
    await repair.promise(SECOND).waitFor();
    assert.equal(await answer(repair, FIRST), 'Not decided yet');
    assert.equal(await answer(repair, SECOND), 'Not decided yet');

    await repair.promise(FIRST).getByRole('radio', { name: 'Kept', exact: true }).check();
    assert.equal(await answer(repair, FIRST), 'Kept');
    assert.equal(await answer(repair, SECOND), 'Not decided yet', 'the other promise is untouched');
    await repair.promise(SECOND).getByRole('radio', { name: 'Missed', exact: true }).check();
    assert.equal(await answer(repair, SECOND), 'Missed');
    assert.equal(await answer(repair, FIRST), 'Kept', 'the first keeps its answer');
    assert.equal(await repair.keptRate().innerText(), '1 of 2 promises kept: 50%');

    // Both answers are saved against the right promise.
    await settle(page);
    await page.reload();
    await waitForApp(page);
    await repair.promise(SECOND).waitFor();
    assert.equal(await answer(repair, FIRST), 'Kept');
    assert.equal(await answer(repair, SECOND), 'Missed');
    await clean(page);
  });
}

test('a file whose shared ids cannot be told apart is refused, and nothing changes', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await page.getByLabel("First partner's name").fill('Kept as it was');
  await settle(page);
  const before = await mendStorage(page);
  const step = (text) => ({ id: 'custom-1', phase: 'acknowledge', text, who: 'both' });
  const file = JSON.stringify({
    schema_version: 2,
    repair: {
      custom_steps: [step('Plan a walk together'), step('Write a letter')],
      ticks: { 'custom-1': { done_on: '2026-11-02', note: 'Which step was this?' } },
    },
  });
  const transfer = new TransferPanel(page);
  await transfer.chooseFile('in-doubt.json', file);
  // The screen has more than one alert region; this one is the import's.
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /checklist steps you added are marked as the same one/);
  assert.equal(await transfer.preview().count(), 0);
  assert.deepEqual(await mendStorage(page), before);
  await clean(page);
});

test('a file that would turn on delete-on-exit says so in the preview, before anything changes', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await page.getByLabel("First partner's name").fill('Still here');
  await settle(page);
  const before = await mendStorage(page);
  const file = JSON.stringify({ schema_version: 2, couple: { a: 'From the file', b: '' }, settings: { wipe_on_quick_exit: true } });
  const transfer = new TransferPanel(page);
  await transfer.chooseFile('wipe.json', file);
  await transfer.preview().waitFor();
  // The preview lists transfer::setting_changes(current, &import, Apply::Replace).
  assert.match(await transfer.preview().innerText(), /Exit this page/, 'the preview names the delete-on-exit change');
  // Seeing the preview changed nothing.
  assert.deepEqual(await mendStorage(page), before);
  assert.equal(await page.getByLabel('Delete everything when I use "Exit this page"').isChecked(), false);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await mendStorage(page), before);
  await clean(page);
});

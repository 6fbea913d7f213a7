// Your data: export, wipe, import back; hostile files change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, mendStorage, settle, cspViolations } from './harness.mjs';
import { YourDataPage, TransferPanel } from './pages/your_data.mjs';
import { AssessmentPage } from './pages/assessment.mjs';

const app = appSuite();

test('export, delete everything, import: the same data comes back', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.answerWholePart('Agree');
  await a.stepHeading().filter({ hasText: 'Your results from' }).waitFor();
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Robin');
  await settle(page);
  const before = (await mendStorage(page))['mend.document'];
  const transfer = new TransferPanel(page);
  const file = await transfer.exportData();
  assert.match(file.name, /^mend-backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(file.text).schema_version, 2);
  await data.deleteEverything();
  await settle(page);
  assert.deepEqual(await mendStorage(page), {});
  await transfer.chooseFile(file.name, file.text);
  await transfer.preview().waitFor();
  assert.match(await transfer.preview().innerText(), /1 finished assessment/);
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await settle(page);
  assert.equal((await mendStorage(page))['mend.document'], before);
  await page.reload();
  await waitForApp(page);
  assert.equal(await data.nameA().inputValue(), 'Robin');
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('malformed and hostile files get a clear message and change nothing', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Kept');
  await settle(page);
  const before = await mendStorage(page);
  const transfer = new TransferPanel(page);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const cases = [
    ['notes.json', 'this is not json'],
    ['cut.json', '{"schema_version":2,"couple":{"a":"x"'],
    ['other.json', '{"hello":"world"}'],
    ['types.json', '{"schema_version":2,"repair":{"check_ins":"lots"}}'],
    ['future.json', '{"schema_version":40}'],
    ['deep.json', `{"schema_version":2,"couple":${'['.repeat(3000)}`],
    ['huge.json', `{"schema_version":2,"couple":{"a":"${'x'.repeat(2_100_000)}"}}`],
  ];
  for (const [name, text] of cases) {
    await transfer.chooseFile(name, text);
    await page.waitForFunction(() => document.querySelector('#main p[role=alert]')?.textContent.includes('Nothing was changed'));
    assert.equal(await transfer.preview().count(), 0, name);
  }
  // Markup in a valid file is imported as text and never runs.
  await transfer.chooseFile('markup.json', '{"schema_version":2,"couple":{"a":"<img src=x onerror=alert(1)>"}}');
  await transfer.preview().waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await mendStorage(page), before);
  assert.equal(dialogs, 0);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('two tabs of Mend see each other\'s changes', async () => {
  const first = await openPage(app.browser);
  const context = first.context();
  const second = await openPage(app.browser, { context });
  await gotoApp(first, app.server.base, '#/your-data');
  await gotoApp(second, app.server.base, '#/your-data');
  await new YourDataPage(first).nameA().fill('From the first tab');
  await settle(first);
  await second.waitForFunction(() => document.querySelector('#name-a')?.value === 'From the first tab');
  await new YourDataPage(second).nameB().fill('From the second tab');
  await settle(second);
  await first.waitForFunction(() => document.querySelector('#name-b')?.value === 'From the second tab');
  const stored = JSON.parse((await mendStorage(first))['mend.document']);
  assert.deepEqual(stored.couple, { a: 'From the first tab', b: 'From the second tab' }, 'neither tab overwrote the other');
  await context.close();
});

test('the quick exit can delete everything on the way out', async () => {
  const page = await openPage(app.browser);
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Secret');
  await page.getByLabel('Delete everything when I use "Exit this page"').check();
  await settle(page);
  assert.ok(Object.keys(await mendStorage(page)).length > 0);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await gotoApp(page, app.server.base, '#/your-data');
  assert.deepEqual(await mendStorage(page), {});
  assert.equal(await data.nameA().inputValue(), '');
  await page.context().close();
});

// Your data: export, wipe, import back; hostile files change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, mendStorage, key, settle, waitPastSaveDelay, cspViolations, describedBy } from './harness.mjs';
import { YourDataPage, TransferPanel, turnLockOn, unlock } from './pages/your_data.mjs';
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
  const before = (await mendStorage(page))[key('document')];
  const transfer = new TransferPanel(page);
  const file = await transfer.exportData();
  assert.match(file.name, /^backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(file.text).schema_version, 4);
  // "Delete everything…" and Cancel each take their own button away: focus goes to the other one.
  await page.getByRole('button', { name: 'Delete everything…' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Delete everything…');
  await data.deleteEverything();
  // Nothing must be written after the deletion (no late save of what was on screen).
  await waitPastSaveDelay(page);
  assert.deepEqual(await mendStorage(page), {});
  // The person is told, on the screen drawn anew for the emptied data (the screen that deleted
  // once lost its answer with it, and panicked reading its own disposed state).
  await page.getByRole('status').filter({ hasText: 'Everything Mend stored in this browser has been deleted.' }).waitFor();
  assert.deepEqual(page.mend.pageErrors, []);
  await transfer.chooseFile(file.name, file.text);
  await transfer.preview().waitFor();
  assert.match(await transfer.preview().innerText(), /1 finished assessment/);
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await settle(page);
  assert.equal((await mendStorage(page))[key('document')], before);
  await page.reload();
  await waitForApp(page);
  assert.equal(await data.nameA().inputValue(), 'Robin');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.mend.pageErrors, []);
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
  const cases = [
    ['notes.json', 'this is not json'],
    ['cut.json', '{"schema_version":2,"couple":{"a":"x"'],
    ['other.json', '{"hello":"world"}'],
    ['types.json', '{"schema_version":2,"repair":{"check_ins":"lots"}}'],
    ['future.json', '{"schema_version":40}'],
    ['deep.json', `{"schema_version":2,"couple":${'['.repeat(3000)}`],
    // Over the limit: the sealed export of a full storage (transfer::MAX_IMPORT_BYTES, 20.97 MB).
    ['huge.json', `{"schema_version":2,"couple":{"a":"${'x'.repeat(21_000_000)}"}}`],
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
  // The preview went with the button: focus goes back to choosing a file.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === 'Import a Mend file');
  assert.deepEqual(await mendStorage(page), before);
  assert.deepEqual(page.mend.dialogs, []);
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
  const stored = JSON.parse((await mendStorage(first))[key('document')]);
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

test('the quick exit leaves every tab of Mend, and a change waiting in another tab is not written after the deletion', async () => {
  const first = await openPage(app.browser);
  const context = first.context();
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(first, app.server.base, '#/your-data');
  await new YourDataPage(first).nameA().fill('Secret');
  await first.getByLabel('Delete everything when I use "Exit this page"').check();
  await settle(first);
  const second = await openPage(app.browser, { context });
  await gotoApp(second, app.server.base, '#/your-data');
  // Typed in the other tab a moment before: its save is still waiting for the quiet time.
  await new YourDataPage(second).nameB().fill('Typed in the other tab');
  await first.getByRole('button', { name: 'Exit this page' }).click();
  await Promise.all([first, second].map((page) => page.waitForURL('https://www.bbc.co.uk/weather')));
  assert.equal(await second.title(), 'Weather');
  const check = await openPage(app.browser, { context });
  await gotoApp(check, app.server.base, '#/your-data');
  await waitPastSaveDelay(check);
  assert.deepEqual(await mendStorage(check), {});
  await context.close();
});

test('the choice to delete on exit holds on the home page after a reload, also when it came in an import', async () => {
  const page = await openPage(app.browser);
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(page, app.server.base, '#/');
  // The choice inside the data, without the key of its own that the checkbox writes.
  await page.evaluate(() => localStorage.setItem('mend.document', JSON.stringify({
    schema_version: 2, couple: { a: 'Secret', b: '' }, settings: { wipe_on_quick_exit: true },
  })));
  await gotoApp(page, app.server.base, '#/repair');
  await settle(page);
  // Home reads no data, so the exit must know the choice without it.
  await page.goto(app.server.base + '#/');
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await gotoApp(page, app.server.base, '#/');
  assert.deepEqual(await mendStorage(page), {});
  await page.context().close();
});

test('lock, reload, a wrong passphrase changes nothing, the right one opens', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Private name');
  await settle(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type it again').fill('short');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('at least 8 characters').waitFor();
  // Read with the fields it is about, not only announced once.
  for (const field of [page.getByLabel('Passphrase', { exact: true }), page.getByLabel('Type it again')]) {
    assert.match(await describedBy(field), /at least 8 characters/);
  }
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle at dawn');
  await page.getByLabel('Type it again').fill('blue kettle at dawn');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
  let stored = await mendStorage(page);
  assert.equal(stored[key('document')], undefined, 'no plain copy is left');
  assert.doesNotMatch(stored[key('locked')], /Private name/);
  // Later edits are saved encrypted too.
  await data.nameB().fill('Second secret');
  await settle(page);
  await page.waitForFunction((k) => !localStorage.getItem(k), key('document'));
  stored = await mendStorage(page);
  assert.doesNotMatch(JSON.stringify(stored), /Second secret/);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the lock screen is accessible');
  await page.getByLabel('Passphrase').fill('blue kettle at noon');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('That passphrase does not open this data').waitFor({ timeout: 15000 });
  assert.deepEqual(await mendStorage(page), stored, 'a wrong passphrase changes nothing');
  // Back in the field, which says it was refused and why: the button pressed was disabled while
  // the key was made, and focus fell to the page.
  await page.waitForFunction(() => document.activeElement?.id === 'unlock-pass');
  const field = page.getByLabel('Passphrase');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await field.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')), /That passphrase does not open this data/);
  // Asking to delete, and Cancel, each take their own button away: focus goes to the other.
  await page.getByText('Forgot your passphrase?').click();
  await page.getByRole('button', { name: 'Delete the locked data…' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'wipe-keep');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'wipe-start');
  assert.deepEqual(await mendStorage(page), stored, 'nothing was deleted');
  await page.getByLabel('Passphrase').fill('blue kettle at dawn');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor({ timeout: 15000 });
  assert.equal(await data.nameA().inputValue(), 'Private name');
  assert.equal(await data.nameB().inputValue(), 'Second secret');
  assert.deepEqual(await axeViolations(page), [], 'the data page with the lock on is accessible');
  // Lock now returns to the lock screen.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('the passphrase fields say that a passphrase the browser keeps opens Mend for anyone, and take a pasted one', async () => {
  // A password manager is what some people need to keep a passphrase at all (WCAG 2.2's 3.3.8),
  // so the fields keep their purpose; what the screen owes a shared device is the warning, and
  // pasting must work, for a passphrase kept anywhere else.
  const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openPage(app.browser, { context });
  await gotoApp(page, app.server.base, '#/your-data');
  // The text of every shown element the field is described by.
  const description = (field) => field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id))
    .filter((d) => d?.checkVisibility())
    .map((d) => d.textContent)
    .join(' '));
  const paste = async (field, text) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await field.focus();
    await page.keyboard.press('Control+V');
  };
  const pass = page.getByLabel('Passphrase', { exact: true });
  const again = page.getByLabel('Type it again');
  for (const field of [pass, again]) {
    assert.match(await description(field), /browser may offer to save this passphrase.*someone else also uses.*anyone who uses it open Mend/s);
    assert.equal(await field.getAttribute('autocomplete'), 'new-password');
    await paste(field, 'kept in a note elsewhere');
    assert.equal(await field.inputValue(), 'kept in a note elsewhere', 'a pasted passphrase is taken');
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  const unlock = page.getByLabel('Passphrase');
  assert.match(await description(unlock), /browser offers to save the passphrase.*someone else also uses.*open Mend for them/s);
  assert.equal(await unlock.getAttribute('autocomplete'), 'current-password');
  assert.deepEqual(await axeViolations(page), [], 'the lock screen with its warning is accessible');
  await paste(unlock, 'kept in a note elsewhere');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor({ timeout: 15000 });
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

/**
 * Your data on a first visit without the service worker (which would fetch every part for offline
 * use), with a name typed and saved, while the part `part` cannot be downloaded, nor the screen's
 * later pack that holds it (the loader then asks for the module alone). `unblock()` lets both through.
 */
async function yourDataWithout(part) {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let blocked = true;
  await context.route(new RegExp(`/(split_${part}|pack_your_data_later)-[^/]*$`), (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Kept as it is');
  await settle(page);
  return { context, page, data, before: await mendStorage(page), unblock: () => { blocked = false; } };
}

test('when the encryption code cannot be downloaded, turning the lock on says so and changes nothing; once it can be, it works', async () => {
  const { context, page, before, unblock } = await yourDataWithout('cipher');
  await page.getByLabel('Passphrase', { exact: true }).fill('orange lamp at night');
  await page.getByLabel('Type it again').fill('orange lamp at night');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The encryption code could not be downloaded').waitFor({ timeout: 15000 });
  assert.deepEqual(await mendStorage(page), before, 'the data stays as it was, unlocked');
  assert.equal(await page.getByRole('button', { name: 'Lock now' }).count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  unblock();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
  assert.doesNotMatch(JSON.stringify(await mendStorage(page)), /Kept as it is/);
  await context.close();
});

test('when the import code cannot be downloaded, choosing a file says so and changes nothing; once it can be, the file is previewed and taken in', async () => {
  // Reading, describing and merging a file come in a later part (`merging`, with a partner's
  // packet's), asked for when a file is chosen.
  const { context, page, data, before, unblock } = await yourDataWithout('merging');
  const transfer = new TransferPanel(page);
  const file = JSON.stringify({ schema_version: 3, couple: { a: '', b: 'From the file' } });
  await transfer.chooseFile('backup.json', file);
  await transfer.error().filter({ hasText: 'This part of Mend could not be loaded' }).waitFor({ timeout: 15000 });
  assert.equal(await transfer.preview().count(), 0);
  assert.deepEqual(await mendStorage(page), before, 'nothing changed');
  assert.deepEqual(await axeViolations(page), []);
  unblock();
  await transfer.chooseFile('backup-again.json', file);
  await transfer.preview().waitFor({ timeout: 15000 });
  assert.equal(await transfer.error().filter({ hasText: 'could not be loaded' }).count(), 0, 'the message went with the new file');
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.locator('#import-status').filter({ hasText: 'replaced' }).waitFor();
  await settle(page);
  assert.equal(await data.nameA().inputValue(), '');
  assert.equal(await data.nameB().inputValue(), 'From the file');
  await context.close();
});

test('a file chosen while an earlier one is still being read takes its place: the earlier one\'s preview or message never comes after it', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  // The browser takes its time reading the first file (a large one, a slow disk): it answers
  // only after the second has been read and previewed.
  await page.evaluate(() => {
    const text = Blob.prototype.text;
    Blob.prototype.text = function () {
      const read = text.call(this);
      return this.name === 'slow.json' ? read.then((t) => new Promise((done) => setTimeout(() => done(t), 1500))) : read;
    };
  });
  const transfer = new TransferPanel(page);
  for (const [name, who] of [['slow.json', 'Chosen first'], ['quick.json', 'Chosen second']]) {
    await transfer.chooseFile(name, JSON.stringify({ schema_version: 3, couple: { a: who, b: '' } }));
  }
  await transfer.preview().waitFor();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.locator('#import-status').filter({ hasText: 'replaced' }).waitFor();
  assert.equal(await new YourDataPage(page).nameA().inputValue(), 'Chosen second');
  // A file that cannot be read, chosen first, says nothing once another was chosen.
  await transfer.chooseFile('slow.json', 'not a Mend file');
  await transfer.chooseFile('quick.json', JSON.stringify({ schema_version: 3, couple: { a: 'Third', b: '' } }));
  await transfer.preview().waitFor();
  await page.waitForTimeout(2500);
  assert.equal(await transfer.error().filter({ hasText: /\S/ }).count(), 0, 'no message from the file chosen before');
  assert.equal(await transfer.preview().count(), 1);
  await page.close();
});

test('an encrypted export opens only with its passphrase and restores the data', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Encrypted backup name');
  await page.getByLabel('Passphrase', { exact: true }).fill('green door, red roof');
  await page.getByLabel('Type it again').fill('green door, red roof');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
  const transfer = new TransferPanel(page);
  const file = await transfer.exportData();
  assert.match(file.name, /\.locked\.json$/);
  assert.doesNotMatch(file.text, /Encrypted backup name|schema_version/);
  await data.deleteEverything();
  // Nothing must be written after the deletion (no late save of what was on screen).
  await waitPastSaveDelay(page);
  assert.deepEqual(await mendStorage(page), {});
  // The person is told, on the screen drawn anew for the emptied data (the screen that deleted
  // once lost its answer with it, and panicked reading its own disposed state).
  await page.getByRole('status').filter({ hasText: 'Everything Mend stored in this browser has been deleted.' }).waitFor();
  assert.deepEqual(page.mend.pageErrors, []);
  await transfer.chooseFile(file.name, file.text);
  // The file's passphrase is the lock's: the field warns as the lock's own fields do.
  const filePass = page.getByLabel('Passphrase of the file');
  const warning = await filePass.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  assert.match(warning, /browser may offer to save this passphrase.*someone else also uses/s);
  await filePass.fill('wrong words here');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.getByText('That passphrase does not open this data').waitFor({ timeout: 15000 });
  assert.equal(await transfer.preview().count(), 0);
  await page.getByLabel('Passphrase of the file').fill('green door, red roof');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await transfer.preview().waitFor({ timeout: 15000 });
  // The passphrase's form went as the file opened: focus goes to what the file holds.
  await page.waitForFunction(() => document.activeElement?.textContent === 'This file holds');
  // The lock is off here since the deletion: the file was kept encrypted, and so is its import.
  await transfer.preview().getByText('importing it turns the passphrase lock on in this browser').waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  assert.equal(await data.nameA().inputValue(), 'Encrypted backup name');
  await page.getByRole('button', { name: 'Lock now' }).waitFor();
  await waitPastSaveDelay(page);
  const stored = await mendStorage(page);
  assert.equal(stored[key('document')], undefined, 'nothing of the file is stored plain');
  assert.doesNotMatch(stored[key('locked')], /Encrypted backup name/);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, 'green door, red roof');
  assert.equal(await data.nameA().inputValue(), 'Encrypted backup name');
  await page.context().close();
});

test('the passphrase can be changed and removed, and Mend locks itself when left idle', async () => {
  const page = await openPage(app.browser);
  await page.clock.install();
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().fill('Idle test');
  const setPass = async (label, pass) => {
    await page.getByLabel(label, { exact: true }).fill(pass);
    await page.getByLabel('Type it again').fill(pass);
  };
  await setPass('Passphrase', 'first passphrase');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 15000 });
  await setPass('New passphrase', 'second passphrase');
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await page.getByText('Your passphrase has been changed.').waitFor({ timeout: 15000 });
  await page.getByLabel('Lock by itself when Mend is not used for').selectOption('5');
  await page.clock.fastForward('06:00');
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  await page.getByLabel('Passphrase').fill('first passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('That passphrase does not open this data').waitFor({ timeout: 15000 });
  await page.getByLabel('Passphrase').fill('second passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor({ timeout: 15000 });
  assert.equal(await data.nameA().inputValue(), 'Idle test');
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await page.getByText('The lock is off.').waitFor();
  const stored = await mendStorage(page);
  assert.equal(stored[key('locked')], undefined);
  assert.match(stored[key('document')], /Idle test/);
  await page.context().close();
});

test('a page shown again after its idle time, as on a phone woken from sleep, locks at once, not at the next check', async () => {
  const page = await openPage(app.browser);
  await page.clock.install();
  await gotoApp(page, app.server.base, '#/your-data');
  await new YourDataPage(page).nameA().fill('Seen on waking');
  await turnLockOn(page, 'woken phone passphrase');
  await page.getByLabel('Lock by itself when Mend is not used for').selectOption('5');
  await settle(page);
  // Timers stand still while the device sleeps: no check runs while the time passes.
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
  await page.clock.setSystemTime(now + 60 * 60 * 1000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 5000 });
  assert.doesNotMatch(await page.locator('body').innerText(), /Seen on waking/);
  await page.context().close();
});

test('two tabs and the lock: locking in one locks the other, sealed saves still sync, and Lock now locks both', async () => {
  const first = await openPage(app.browser);
  const context = first.context();
  const second = await openPage(app.browser, { context });
  await gotoApp(first, app.server.base, '#/your-data');
  await gotoApp(second, app.server.base, '#/your-data');
  await new YourDataPage(first).nameA().fill('Shared name');
  await settle(first);
  await second.waitForFunction(() => document.querySelector('#name-a')?.value === 'Shared name');
  await first.getByLabel('Passphrase', { exact: true }).fill('two tabs passphrase');
  await first.getByLabel('Type it again').fill('two tabs passphrase');
  await first.getByRole('button', { name: 'Turn on the lock' }).click();
  await first.getByText('The lock is on.').waitFor({ timeout: 15000 });
  // The other tab must not keep the data on screen, nor write it back in plain text.
  await second.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  assert.equal((await mendStorage(first))[key('document')], undefined);
  await second.getByLabel('Passphrase').fill('two tabs passphrase');
  await second.getByRole('button', { name: 'Unlock' }).click();
  const secondData = new YourDataPage(second);
  await secondData.nameB().waitFor({ timeout: 15000 });
  await secondData.nameB().fill('Typed in the second tab');
  await settle(second);
  await first.waitForFunction(() => document.querySelector('#name-b')?.value === 'Typed in the second tab', null, { timeout: 15000 });
  const stored = await mendStorage(first);
  assert.equal(stored[key('document')], undefined, 'nothing in plain text');
  assert.doesNotMatch(stored[key('locked')], /Typed in the second tab/);
  // "Lock now" in one tab locks the other too, with what was typed there a moment before sealed.
  await secondData.nameB().fill('Typed just before');
  await first.getByRole('button', { name: 'Lock now' }).click();
  await Promise.all([first, second].map((page) => page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 })));
  assert.doesNotMatch(await second.locator('body').innerText(), /Shared name|Typed/);
  // Nor which screen was open: the reload keeps the route, and its link was drawn as the current
  // page above the lock screen.
  for (const page of [first, second]) {
    assert.equal(await page.locator('nav [aria-current]').count(), 0, 'the lock screen marks no link as the page open');
  }
  await second.getByLabel('Passphrase').fill('two tabs passphrase');
  await second.getByRole('button', { name: 'Unlock' }).click();
  await secondData.nameB().waitFor({ timeout: 15000 });
  assert.equal(await secondData.nameB().inputValue(), 'Typed just before');
  await context.close();
});

test('a name with spaces can be typed letter by letter', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await data.nameA().pressSequentially('Mary Ann');
  assert.equal(await data.nameA().inputValue(), 'Mary Ann');
  await page.context().close();
});

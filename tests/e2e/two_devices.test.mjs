// Two phones, no server: two browser contexts (each its own storage) stand for two phones. A
// answers and sends a file and a link, B receives with the code, both see the comparison and
// the worksheet's partner column; hostile packets change nothing; the link's packet leaves the
// address bar and the history entry once read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, mendStorage, key, settle, cspViolations } from './harness.mjs';
import { AssessmentPage } from './pages/assessment.mjs';
import { BoundariesPage } from './pages/boundaries.mjs';
import { YourDataPage, turnLockOn, unlock } from './pages/your_data.mjs';
import { PartnerPage } from './pages/partner.mjs';
import { RepairPage } from './pages/repair.mjs';

const app = appSuite();
const AREA = 'Emotional needs and support';

/** A phone: its own browser context, with a name, an assessment taken alone and its side of one worksheet area. */
async function phone(name, first, answer, need) {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  const data = new YourDataPage(page);
  await (first ? data.nameA() : data.nameB()).fill(name);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.answerWholePart(answer);
  await a.stepHeading().filter({ hasText: 'Your results from' }).waitFor();
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.box(AREA, `${name}: What I need`).fill(need);
  await settle(page);
  await gotoApp(page, app.server.base, '#/partner');
  const partner = new PartnerPage(page);
  await partner.iAm(`${name} (the ${first ? 'first' : 'second'} partner)`);
  await settle(page);
  return { page, partner };
}

/** True when the text field is not on the page, or empty. */
async function goneOrEmpty(field) {
  return (await field.count()) === 0 || (await field.inputValue()) === '';
}

/** Opens the received run on the assessment screen and checks the side-by-side report. */
async function seesComparison(page, first, second) {
  await gotoApp(page, app.server.base, '#/assessment');
  const runs = page.locator('.run-list li').filter({ hasText: 'together' });
  // The earlier results come one task after the start is drawn.
  await runs.first().waitFor();
  assert.equal(await runs.count(), 1, 'one run side by side');
  await runs.first().getByRole('button', { name: /^Open results/ }).click();
  const a = new AssessmentPage(page);
  await a.stepHeading().filter({ hasText: 'Your agreement report' }).waitFor();
  const twin = page.locator('figure.chart table').filter({ hasText: 'Both partners' });
  assert.match(await twin.locator('thead').innerText(), new RegExp(`${first}[\\s\\S]*${second}`));
  assert.equal(await twin.locator('tbody tr').count(), 11);
  assert.match(await twin.locator('tbody tr').first().innerText(), /\d+\s+\d+/);
}

test('two phones: a file one way, a link the other, and both compare side by side', async () => {
  const sam = await phone('Sam', true, 'Agree', 'Sam needs time to talk');
  const alex = await phone('Alex', false, 'Disagree', 'Alex needs honesty');
  // Sam also keeps a small promise on the checklist.
  await gotoApp(sam.page, app.server.base, '#/repair');
  await new RepairPage(sam.page).addPromise('Call when I will be late', new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10));
  await settle(sam.page);
  await gotoApp(sam.page, app.server.base, '#/partner');

  // Sam sends a file; the code is shown on Sam's screen only.
  const sent = await sam.partner.makePacket();
  assert.match(sent.code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  assert.ok(!sent.text.includes(sent.code.replace('-', '')), 'the code is not in the packet');
  const file = await sam.partner.download();
  assert.match(file.name, /^packet-\d{4}-\d{2}-\d{2}\.txt$/);
  assert.equal(file.text, sent.text);
  assert.deepEqual(await axeViolations(sam.page), [], 'the sealed packet screen is accessible');
  // At a phone's width the code, link and packet text fit without scrolling sideways.
  await sam.page.setViewportSize({ width: 360, height: 800 });
  assert.ok(await sam.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'fits 360 px');
  await sam.page.setViewportSize({ width: 1280, height: 900 });

  // Alex opens the file with the code, sees a preview, then adds it.
  await alex.partner.chooseFile(file.name, file.text);
  await alex.page.waitForFunction(() => document.querySelector('#packet-paste')?.value.length > 40);
  await alex.partner.open(sent.code.toLowerCase());
  await alex.partner.preview().waitFor({ timeout: 20000 });
  const preview = await alex.partner.preview().innerText();
  assert.match(preview, /From Sam/);
  assert.match(preview, /Sam's assessment from \d{4}-\d{2}-\d{2}/);
  assert.match(preview, /Sam's side of the worksheet \(1 worksheet area/);
  assert.match(preview, /Sam's part of the repair checklist \(1 record\): 1 record will be added/);
  assert.deepEqual(await axeViolations(alex.page), [], 'the preview is accessible');
  await alex.partner.add();
  await settle(alex.page);

  // Alex sends back through a link.
  await gotoApp(alex.page, app.server.base, '#/partner');
  const back = await alex.partner.makePacket();
  assert.ok(back.link.startsWith(app.server.base + '#/partner?p='), back.link);

  // Sam follows the link: the packet is read, and gone from the address bar and history entry.
  const historyBefore = await sam.page.evaluate(() => history.length);
  await sam.page.goto(back.link);
  await sam.page.getByRole('heading', { name: 'Receive from my partner' }).waitFor();
  assert.equal(sam.page.url(), app.server.base, 'the address is the page\'s own, without the screen');
  assert.equal(await sam.page.evaluate(() => history.state?.mendRoute), '#/partner');
  assert.ok(await sam.page.evaluate(() => history.length) <= historyBefore + 1);
  assert.ok(!(await sam.page.evaluate(() => JSON.stringify(history.state) + location.href)).includes('p='));
  assert.equal(await sam.partner.pasteBox().inputValue(), back.text);
  await sam.partner.open(back.code);
  await sam.partner.preview().waitFor({ timeout: 20000 });
  assert.match(await sam.partner.preview().innerText(), /From Alex/);
  await sam.partner.add();
  await settle(sam.page);

  // Both see the comparison, exactly like a run taken together on one device: Sam first.
  await seesComparison(alex.page, 'Sam', 'Alex');
  await seesComparison(sam.page, 'Sam', 'Alex');
  assert.deepEqual(await axeViolations(sam.page), []);

  // The worksheet's partner column filled in; each person's own column is as they wrote it.
  for (const { page } of [sam, alex]) {
    const sheet = new BoundariesPage(page);
    await sheet.open(app.server.base);
    assert.equal(await sheet.box(AREA, 'Sam: What I need').inputValue(), 'Sam needs time to talk');
    assert.equal(await sheet.box(AREA, 'Alex: What I need').inputValue(), 'Alex needs honesty');
  }

  // Sam's promise is on Alex's checklist too.
  await gotoApp(alex.page, app.server.base, '#/repair');
  await new RepairPage(alex.page).promise('Call when I will be late').waitFor();

  // Nothing left the app's origin, and the CSP was never violated.
  for (const { page } of [sam, alex]) {
    assert.deepEqual(page.mend.requests.filter((u) => !u.startsWith(app.server.origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(page.mend.pageErrors, []);
  }
  await sam.page.context().close();
  await alex.page.context().close();
});

test('the share sheet gets the packet file and nothing that names Mend', async () => {
  const sam = await phone('Sam', true, 'Agree', 'Sam needs time to talk');
  // A browser with a share sheet for files, standing in for a phone's: it notes what it is given.
  // From the page's start on, as the partner screen asks once whether files can be shared.
  await sam.page.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data) => Array.isArray(data?.files) });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data) => {
        window.__shared.push({ keys: Object.keys(data).sort(), files: data.files.map((f) => f.name) });
      },
    });
  });
  await sam.page.reload();
  await waitForApp(sam.page);
  await sam.partner.makePacket();
  await sam.page.getByRole('button', { name: 'Share…' }).click();
  await sam.page.getByText('Shared.').waitFor();
  const shared = await sam.page.evaluate(() => window.__shared);
  assert.equal(shared.length, 1);
  // No title or text: mail and chat apps show them as a subject or a first line.
  assert.deepEqual(shared[0].keys, ['files']);
  assert.equal(shared[0].files.length, 1);
  assert.doesNotMatch(shared[0].files[0], /mend|trust|repair|assessment|boundar/i);
  assert.deepEqual(sam.page.mend.pageErrors, []);
  await sam.page.context().close();
});

test('hostile packets get a clear message and change nothing', async () => {
  const sam = await phone('Sam', true, 'Agree', 'Sam needs time to talk');
  const alex = await phone('Alex', false, 'Disagree', 'Alex needs honesty');
  const sent = await sam.partner.makePacket();

  const bytes = Buffer.from(sent.text, 'base64url');
  const newer = Buffer.from(bytes);
  newer[4] = 2;
  const mid = Math.floor(sent.text.length / 2);
  const changed = sent.text.slice(0, mid) + (sent.text[mid] === 'A' ? 'B' : 'A') + sent.text.slice(mid + 1);
  const wrongCode = sent.code[0] === '7' ? '8' + sent.code.slice(1) : '7' + sent.code.slice(1);

  const before = await mendStorage(alex.page);
  const cases = [
    ['wrong code', sent.text, wrongCode, /code does not open this packet/],
    ['one character changed', changed, sent.code, /code does not open this packet|incomplete or damaged/],
    ['cut short', sent.text.slice(0, Math.floor(sent.text.length * 0.6)), sent.code, /incomplete or damaged|code does not open/],
    ['far too short', sent.text.slice(0, 20), sent.code, /incomplete or damaged/],
    ['oversized', 'A'.repeat(1_000_001), sent.code, /too large/],
    ['from a newer Mend', newer.toString('base64url'), sent.code, /made by a newer Mend/],
    ['not a packet', 'hello, this is a note', sent.code, /not a packet from Mend/],
    ['a code of the wrong length', sent.text, 'ABC', /A code has 10 letters/],
  ];
  for (const [name, text, code, message] of cases) {
    await alex.partner.paste(text);
    await alex.partner.open(code);
    await alex.partner.error().filter({ hasText: 'Nothing was changed' }).waitFor({ timeout: 20000 });
    assert.match(await alex.partner.error().innerText(), message, name);
    assert.equal(await alex.partner.preview().count(), 0, name);
    assert.deepEqual(await mendStorage(alex.page), before, `${name}: storage unchanged`);
  }
  // An oversized file is refused before it is read.
  await alex.partner.chooseFile('huge.txt', 'A'.repeat(1_000_100));
  await alex.partner.error().filter({ hasText: 'too large' }).waitFor();

  // Sam's own packet, opened on Sam's phone with the right code.
  const samBefore = await mendStorage(sam.page);
  await sam.partner.pasteBox().fill(sent.link);
  await sam.partner.open(sent.code);
  await sam.partner.error().filter({ hasText: 'sent from this phone' }).waitFor({ timeout: 20000 });
  assert.deepEqual(await mendStorage(sam.page), samBefore, 'own packet: storage unchanged');

  // The real packet still opens on Alex's phone after all that.
  await alex.partner.pasteBox().fill(sent.text);
  await alex.partner.open(sent.code);
  await alex.partner.preview().waitFor({ timeout: 20000 });
  assert.deepEqual(await mendStorage(alex.page), before, 'a preview changes nothing');
  const stored = JSON.parse(before[key('document')]);
  assert.equal(stored.settings.me, 'B');
  assert.deepEqual(await axeViolations(alex.page), []);
  await sam.page.context().close();
  await alex.page.context().close();
});

test('a link opened on a locked phone leaves the address at once, and leaving the page forgets the code and the packet', async () => {
  const sam = await phone('Sam', true, 'Agree', 'Sam needs time to talk');
  const sent = await sam.partner.makePacket();
  // Leaving (another site, closing) empties the code and the packet before any snapshot is kept.
  await sam.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  assert.ok(await goneOrEmpty(sam.page.locator('#packet-text')), 'the packet is no longer on the page');
  assert.equal(await sam.page.getByTestId('packet-code').count(), 0, 'the code is no longer on the page');

  // Alex's phone is locked when the link arrives.
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/your-data');
  await new YourDataPage(page).nameB().fill('Alex');
  await turnLockOn(page, 'quiet river stones');
  // A new visit, as from a message app: the data starts locked.
  await page.goto('about:blank');
  await page.goto(sent.link);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  assert.equal(page.url(), app.server.base, 'the packet left the address before the lock screen');
  assert.equal(await page.evaluate(() => history.state?.mendRoute), '#/partner');
  assert.ok(!(await page.evaluate(() => JSON.stringify(history.state) + location.href)).includes('p='));
  await page.getByLabel('Passphrase').fill('quiet river stones');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const partner = new PartnerPage(page);
  await partner.iAm('Alex (the second partner)');
  // Once open, the screen has the packet from memory.
  assert.equal(await partner.pasteBox().inputValue(), sent.text);
  // The code is letters and digits, never words: no browser may "correct" or complete it.
  for (const [name, value] of [['autocorrect', 'off'], ['autocomplete', 'off'], ['spellcheck', 'false']]) {
    assert.equal(await partner.codeBox().getAttribute(name), value, name);
  }
  await partner.codeBox().fill(sent.code);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  // With the lock on, leaving also forgets the whole screen: the fields are gone or empty.
  assert.ok(await goneOrEmpty(page.locator('#packet-paste')), 'the pasted packet is forgotten');
  assert.ok(await goneOrEmpty(page.locator('#packet-code-input')), 'the typed code is forgotten');
  await sam.page.context().close();
  await page.context().close();
});

// Every screen at a phone width and a desktop width, in light and dark: no horizontal scrolling,
// no WCAG 2.2 A/AA violations (including contrast in the dark theme). Screenshots are written to
// tests/e2e/screenshots/ (ignored by git) for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, mendStorage, key, PREFIX } from './harness.mjs';
import { YourDataPage, turnLockOn } from './pages/your_data.mjs';
import { AssessmentPage } from './pages/assessment.mjs';
import { PartnerPage } from './pages/partner.mjs';
import { largeDocument, largeDocumentText, storageEntries, seedStorage } from './large_document.mjs';

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

test('the assessment\'s and the checklist\'s own styles come with their screen: home has none of them, a tool adds its own before it is drawn, once, and they hold as screens change', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '');
  // The rules of the one style sheet the page links (src/ui/styles.rs adds to it).
  const rules = () => page.evaluate(() => [...[...document.styleSheets].find((s) => s.href?.startsWith(location.origin)).cssRules].map((r) => r.cssText));
  const TOOLS = [
    // The screen, a rule of its own style sheet, and an element that rule draws.
    ['#/assessment', '.start-options {', '.start-options', (el) => getComputedStyle(el).display === 'grid'],
    ['#/repair', '.r-step, .r-promise, .r-check-in {', '.r-step', (el) => getComputedStyle(el).borderTopStyle === 'solid'],
  ];
  const home = await rules();
  for (const [hash, rule] of TOOLS) assert.ok(!home.some((r) => r.startsWith(rule)), `home has ${hash}'s ${rule}`);
  // Nor the charts' (added with the first chart) or Your data's and the partner screen's; the
  // worksheet's is joined to main.css, where it costs a deep link to the worksheet less.
  for (const rule of ['.chart {', '.import-preview {']) assert.ok(!home.some((r) => r.startsWith(rule)), `home has ${rule}`);
  assert.ok(home.some((r) => r.startsWith('.b-cols {')), 'the worksheet\'s rules are not in main.css');
  // Twice round, by the address as a person would type it: the second time adds nothing.
  let after = home.length;
  for (const round of [1, 2]) {
    for (const [hash, rule, selector, drawn] of TOOLS) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.locator(selector).first().waitFor();
      assert.ok(await page.locator(selector).first().evaluate(drawn), `${hash}: ${selector} drawn without its rule (round ${round})`);
      const now = await rules();
      assert.equal(now.filter((r) => r.startsWith(rule)).length, 1, `${hash}: ${rule} added ${round === 1 ? 'not once' : 'again'}`);
      if (round === 2) assert.equal(now.length, after, `${hash} added rules a second time`);
      after = now.length;
    }
  }
  await page.evaluate(() => { location.hash = '#/your-data'; });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Your data' }).waitFor();
  assert.equal((await rules()).filter((r) => r.startsWith('.import-preview {')).length, 1, 'Your data came without its rules');
  // A link straight to a tool (a reload on it) has its styles from the first frame it is drawn.
  const fresh = await openPage(app.browser);
  await gotoApp(fresh, app.server.base, '#/repair');
  assert.ok(await fresh.locator('.r-step').first().evaluate((el) => getComputedStyle(el).borderTopStyle === 'solid'));
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(fresh.mend.pageErrors, []);
  await page.context().close();
  await fresh.context().close();
});

test('the layout holds at 200% zoom (640 px viewport at device scale 2)', async () => {
  const page = await openPage(app.browser, { viewport: { width: 640, height: 800 }, contextOptions: { deviceScaleFactor: 2 } });
  for (const hash of SCREENS) {
    await gotoApp(page, app.server.base, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash || 'home'} scrolls sideways at 200% zoom`);
  }
  await page.context().close();
});

/**
 * Every field a person types in on the screen at `hash` (read-only ones, such as a partner's
 * packet to copy, are not typed in), once the screen's later parts are drawn: what each asks the
 * browser to remember (`autocomplete`, on the field or its form) and whether the browser may check
 * its spelling (the `spellcheck` property, which follows the nearest attribute above it).
 */
async function typedFields(page, hash) {
  await gotoApp(page, app.server.base, hash);
  // What comes after the first paint and in later parts: the checklist's promises and check-ins.
  if (hash === '#/repair') await page.locator('#checkin-date').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(ok))));
  const fields = await page.locator('main').evaluate((main) => {
    const typed = 'textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], input[type=number], input[type=date], input[type=password]';
    return [...main.querySelectorAll(typed)].filter((f) => !f.readOnly).map((f) => ({
      field: `${location.hash || 'home'} ${f.id || f.name || f.outerHTML.slice(0, 60)}`,
      asks: f.getAttribute('autocomplete') ?? f.form?.getAttribute('autocomplete') ?? null,
      spellchecked: f.spellcheck,
      password: f.type === 'password',
    }));
  });
  assert.ok(hash !== '#/repair' || fields.length > 20, `the checklist's fields were read: ${fields.length}`);
  return fields;
}

test('no field a person types in is one the browser may remember, on any screen', async () => {
  // A browser keeps what was typed in a field it may remember and offers it again in the next
  // field of the same name: on a shared device, the other person would see it, even after Mend's
  // own data is gone. Every field asks it not to (`autocomplete="off"`, on the field or its form);
  // passphrase fields say what they are for, as the lock's own choice.
  const page = await openPage(app.browser);
  const remembered = [];
  for (const hash of SCREENS) {
    for (const f of await typedFields(page, hash)) if (!['off', 'new-password', 'current-password'].includes(f.asks)) remembered.push(`${f.field}: ${f.asks}`);
  }
  assert.deepEqual(remembered, []);
  await page.context().close();
});

/**
 * The controls on the page whose state a browser keeps for restoring the tab: every checked radio
 * and box, chosen option, file name and text it would put back after a crash or a restart.
 * Chromium writes them into the profile's session files on disk ("Blink serialized form state"),
 * Firefox into its session store, plain, whatever Mend stores or seals. The HTML standard's
 * signal is `autocomplete="off"`; what each engine reads (both tried, see the README):
 * - a radio or a checkbox: the form it belongs to (Firefox reads nothing else: `autocomplete`
 *   does not apply to those types, so an attribute on the input itself is ignored);
 * - a file input: as any other field for Chromium; Firefox may keep a chosen file's name, but Mend
 *   empties the input as soon as it has taken the file (`browser::take_chosen_file`);
 * - a text area or a select: its own attribute (Firefox keeps a text area in a form that says
 *   "off" if the text area itself does not);
 * - any other field: its own attribute, or its form's when it has none.
 * Passphrase fields are never kept.
 */
async function restorable(page, label) {
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(ok))));
  const found = await page.evaluate(() => {
    const off = (value) => value?.trim().toLowerCase() === 'off';
    const formOff = (el) => off(el.form?.getAttribute('autocomplete'));
    const kept = (el) => {
      if (el instanceof HTMLInputElement) {
        if (['password', 'hidden', 'submit', 'button', 'reset', 'image'].includes(el.type)) return false;
        if (['radio', 'checkbox'].includes(el.type)) return !formOff(el);
        const own = el.getAttribute('autocomplete');
        return own !== null && own.trim() !== '' ? !off(own) : !formOff(el);
      }
      return !off(el.getAttribute('autocomplete'));
    };
    return [...document.querySelectorAll('input, select, textarea')].filter(kept).map((el) => `${el.tagName.toLowerCase()}[${el.type}] ${el.id || el.name}`);
  });
  return [...new Set(found.map((f) => `${label}: ${f.replace(/\d+/g, 'N')}`))];
}

test('no control is one the browser keeps to restore the tab, on any screen or step, with the lock on or off', async () => {
  // Chromium keeps the state of a page's form controls for restoring the tab (after a crash, a
  // restart, "reopen closed tab"), in the profile's session files on disk. A safety answer, the
  // role question, an assessment's answers, which partner uses the phone: all would sit there in
  // plain text, beside sealed data and after the quick exit. Every control says it is not to be
  // kept; tests/engines/suite.mjs reads Firefox's session store itself.
  const page = await openPage(app.browser);
  await seedStorage(page, app.server.base, storageEntries(largeDocumentText({ size: 'three-years' }), PREFIX));
  const kept = [];
  let looked = 0;
  const look = async (label) => {
    kept.push(...(await restorable(page, label)));
    looked += await page.locator('input, select, textarea').count();
  };
  for (const hash of SCREENS) {
    await gotoApp(page, app.server.base, hash);
    if (hash === '#/repair') await page.locator('#checkin-date').waitFor({ state: 'attached' });
    await look(hash || 'home');
  }
  // The questionnaire, step by step: its start (with the trend of earlier results), the safety
  // check, the role question and an area.
  await gotoApp(page, app.server.base, '#/assessment');
  await page.locator('#trend-area').waitFor();
  await look('assessment start');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.safetyChoice(0, 'No').check();
  await look('safety check');
  await a.answerAll('No');
  await a.next();
  await a.roleGroup().waitFor();
  await look('role question');
  await a.next();
  await a.groups().first().waitFor();
  await look('an area');
  // Sending to a partner: who uses the phone, what to send, the sealed packet.
  await gotoApp(page, app.server.base, '#/partner');
  await page.locator('input[name="who-am-i"]').first().check();
  await look('partner, sending');
  await new PartnerPage(page).makePacket();
  await look('partner, sealed packet');
  // Your data with an import waiting, then with the lock on, and the lock screen.
  await gotoApp(page, app.server.base, '#/your-data');
  await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(largeDocument({ size: 'three-years', seed: 5 }))) });
  await page.locator('.import-preview').waitFor();
  await look('import preview');
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page, 'quiet river stones');
  await page.locator('#auto-lock').waitFor();
  await look('your data, locked');
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor({ timeout: 15000 });
  await look('lock screen');
  assert.ok(looked > 150, `controls looked at: ${looked}`);
  assert.deepEqual(kept, []);
  await page.context().close();
});

test('no field is spell checked, on any screen, until the person chooses it on Privacy and limits; the choice survives a reload and goes with delete everything', async () => {
  // Some browsers check spelling by sending the words to their maker (Chrome's enhanced spell
  // check, Microsoft Editor in Edge): what a person writes would leave the device.
  const page = await openPage(app.browser);
  const checked = async (hashes) => {
    // Browsers never check a password field, whatever the page says.
    const fields = [];
    for (const hash of hashes) fields.push(...(await typedFields(page, hash)).filter((f) => !f.password));
    return { fields: fields.length, checked: fields.filter((f) => f.spellchecked).map((f) => f.field) };
  };
  const before = await checked(SCREENS);
  // Nor does the browser offer to finish what a person writes.
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('writingsuggestions')), 'false');
  assert.ok(before.fields > 100, `fields read: ${before.fields}`);
  assert.deepEqual(before.checked, [], 'no field is checked before the choice');
  // A second tab, open on the worksheet all along, follows the choice.
  const other = await openPage(app.browser, { context: page.context() });
  await gotoApp(other, app.server.base, '#/boundaries');
  const otherChecked = () => other.locator('main textarea').first().evaluate((f) => f.spellcheck);
  assert.equal(await otherChecked(), false);
  await gotoApp(page, app.server.base, '#/privacy');
  const choice = page.getByLabel('Let the browser check my spelling in Mend');
  assert.equal(await choice.isChecked(), false);
  assert.match(await page.locator('#spelling-about').textContent(), /sending the words to the company that makes them/);
  // The other tab, on Privacy and limits too, shows the choice as it changes.
  await gotoApp(other, app.server.base, '#/privacy');
  await choice.check();
  assert.equal((await mendStorage(page))[key('spellcheck')], '1');
  await other.waitForFunction(() => document.getElementById('spellcheck-choice')?.checked === true);
  await gotoApp(other, app.server.base, '#/boundaries');
  assert.equal(await otherChecked(), true);
  const tools = ['#/boundaries', '#/repair', '#/your-data'];
  const chosen = await checked(tools);
  assert.equal(chosen.checked.length, chosen.fields, 'every field may be checked once chosen');
  await page.reload();
  await waitForApp(page);
  const reloaded = await checked(tools);
  assert.equal(reloaded.checked.length, reloaded.fields, 'the choice is kept on a reload');
  await gotoApp(page, app.server.base, '#/privacy');
  assert.equal(await page.getByLabel('Let the browser check my spelling in Mend').isChecked(), true);
  assert.deepEqual(await axeViolations(page), []);
  await gotoApp(page, app.server.base, '#/your-data');
  await new YourDataPage(page).deleteEverything();
  await page.getByRole('status').filter({ hasText: 'Everything Mend stored in this browser has been deleted.' }).waitFor();
  assert.deepEqual(await mendStorage(page), {}, 'the choice goes with everything else');
  assert.deepEqual((await checked(tools)).checked, [], 'no field is checked after delete everything, without a reload');
  await other.waitForFunction(() => document.querySelector('main textarea')?.spellcheck === false);
  await page.context().close();
});

// What people wrote stays out of the browser's page translation. Chrome's and Edge's "Translate
// this page" send the page's text to a translation server; Mend's own text may go (it is the
// same for everyone), but the names, worksheet words, steps, promises and check-ins a person
// wrote must not, so every element that shows them says `translate="no"`. Against the release
// build, with a document in which every word a person could have written is marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, cspViolations, PREFIX } from './harness.mjs';
import { largeDocument, storageEntries, seedStorage } from './large_document.mjs';
import { AssessmentPage } from './pages/assessment.mjs';
import { PartnerPage } from './pages/partner.mjs';

const app = appSuite();

/** The mark every word a person wrote starts with. */
const MARK = 'Zq';

/**
 * The three-year document, cut to a few of each record so every one is on screen, with every
 * text a person could have written (or that came from their partner's packet or a file) marked:
 * names, the worksheet's views, agreements and earlier wordings, topics of their own and
 * renamed ones, steps of their own, notes, promises and check-ins.
 */
function markedDocument() {
  const doc = largeDocument({ size: 'three-years' });
  const mark = (text) => (text ? MARK + text : text);
  doc.couple = { a: `${MARK}ana`, b: `${MARK}bo` };
  // The newest runs, one of them taken together (the names are stored in it).
  const together = doc.assessment.history.filter((r) => r.result.mode === 'Together').at(-1);
  assert.ok(together, 'the generator makes runs taken together');
  together.result.a.name = doc.couple.a;
  together.result.b.name = doc.couple.b;
  doc.assessment.history = [...doc.assessment.history.filter((r) => r.result.mode === 'Solo').slice(-2), together]
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
  const ws = doc.boundaries;
  for (const c of ws.custom) {
    c.title = mark(c.title);
    c.about = mark(c.about);
  }
  for (const [id, e] of Object.entries(ws.entries)) {
    e.title = mark(e.title);
    for (const side of [e.a, e.b]) for (const field of ['need', 'not_ok', 'if_crossed']) side[field] = mark(side[field]);
    e.agreement = mark(e.agreement);
    for (const h of e.history) h.text = mark(h.text);
    // A built-in topic renamed, and one of their own hidden (listed to show again by its title).
    if (id === 'money') e.title = `${MARK} our money`;
    e.hidden = id === ws.custom[0].id;
  }
  const r = doc.repair;
  for (const s of r.custom_steps) s.text = mark(s.text);
  // A step of their own hidden, as an imported file may hold one.
  r.hidden = [r.custom_steps[0].id];
  for (const tick of [...Object.values(r.ticks), ...Object.values(r.self_trust)]) tick.note = mark(tick.note);
  r.promises = r.promises.slice(-6);
  for (const p of r.promises) {
    p.text = mark(p.text);
    if (p.decision) p.decision.note = mark(p.decision.note);
  }
  r.check_ins = r.check_ins.slice(-4);
  for (const { check_in: c } of r.check_ins) for (const field of ['went_well', 'was_hard', 'next_step']) c[field] = mark(c[field]);
  return doc;
}

/**
 * Every place on the page where marked words show: text, and the attributes a page translation
 * reads or a screen reader speaks (`aria-label`, `title`, `alt`, `placeholder`). Form fields'
 * values are not among them: no page translation touches what is in a field. Each with whether a
 * page translation would take it: the nearest `translate` attribute above it on an HTML element,
 * as the HTML standard's translation mode is inherited ("no" keeps it out).
 */
async function markedPlaces(page) {
  return page.evaluate((mark) => {
    // Only HTML elements' attributes count: an SVG element takes its HTML parent's mode.
    const translated = (el) => {
      for (let e = el; e; e = e.parentElement) {
        if (e.namespaceURI === 'http://www.w3.org/1999/xhtml' && e.hasAttribute('translate')) return e.getAttribute('translate') !== 'no';
      }
      return true;
    };
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const places = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.includes(mark)) places.push({ where: `${name(node.parentElement)}: ${node.data.trim().slice(0, 40)}`, translated: translated(node.parentElement) });
    }
    for (const el of document.body.querySelectorAll('*')) {
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value?.includes(mark)) places.push({ where: `${name(el)} [${attr}]: ${value.slice(0, 40)}`, translated: translated(el) });
      }
    }
    return places;
  }, MARK);
}

/** Opens everything a person could open on the screen: every disclosure, and the rest of a list. */
async function openEverything(page) {
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(ok))));
  for (let round = 0; round < 3; round++) {
    await page.locator('main').evaluate((main) => {
      for (const d of main.querySelectorAll('details:not([open])')) d.open = true;
    });
    const closed = page.locator('main button[aria-expanded="false"]');
    for (let i = await closed.count(); i > 0; i--) await closed.first().click();
    await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(ok))));
  }
}

test('nothing a person wrote, names included, is offered to the browser\'s page translation, on any screen; Mend\'s own text still is', async () => {
  const page = await openPage(app.browser);
  await seedStorage(page, app.server.base, storageEntries(JSON.stringify(markedDocument()), PREFIX));
  const offered = [];
  const found = {};
  const look = async (label) => {
    await openEverything(page);
    const places = await markedPlaces(page);
    found[label] = places.length;
    offered.push(...places.filter((p) => p.translated).map((p) => `${label} ${p.where}`));
  };
  for (const hash of ['#/', '#/boundaries', '#/repair', '#/your-data', '#/partner']) {
    await gotoApp(page, app.server.base, hash);
    if (hash === '#/repair') await page.locator('#checkin-date').waitFor({ state: 'attached' });
    await look(hash);
  }
  // The results of the run taken together, which name both partners throughout.
  await gotoApp(page, app.server.base, '#/assessment');
  await page.locator('.run-list li', { hasText: 'together' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('p.overall').waitFor();
  await look('together results');
  assert.deepEqual(offered, [], 'every marked word is kept out of the page translation');
  // Each screen that shows what was written was looked at with it on screen.
  assert.ok(found['#/boundaries'] > 100, `worksheet: ${found['#/boundaries']} places`);
  assert.ok(found['#/repair'] > 20, `checklist: ${found['#/repair']} places`);
  assert.ok(found['#/partner'] >= 2, `partner screen: ${found['#/partner']} places`);
  assert.ok(found['together results'] >= 6, `together results: ${found['together results']} places`);
  // Mend's own words are still the page translation's to take: a built-in topic's title and
  // step. A title is drawn as two texts, the couple's inside `translate="no"` and the app's
  // outside, one of them empty.
  const translated = (locator) => locator.evaluate((el) => el.closest('[translate]')?.getAttribute('translate') !== 'no');
  await gotoApp(page, app.server.base, '#/boundaries');
  const builtIn = page.getByRole('heading', { name: 'Phone, messages and social media', exact: true });
  assert.equal(await translated(builtIn), true);
  assert.equal(await builtIn.locator('[translate="no"]').textContent(), '');
  const renamed = page.getByRole('heading', { name: `${MARK} our money` });
  assert.equal(await renamed.locator('[translate="no"]').textContent(), `${MARK} our money`);
  // Renamed on screen, a built-in title moves inside as it changes, and back out on a reset.
  const card = page.locator('section[aria-labelledby="b-digital-privacy-title"]');
  await card.getByText('Rename or remove this topic').click();
  await card.getByLabel('New name').fill(`${MARK} phones`);
  await card.getByRole('button', { name: 'Save the name' }).click();
  const phones = page.getByRole('heading', { name: `${MARK} phones` });
  assert.equal(await phones.locator('[translate="no"]').textContent(), `${MARK} phones`);
  assert.deepEqual((await markedPlaces(page)).filter((p) => p.translated), [], 'nor anywhere else on the screen');
  await card.getByRole('button', { name: 'Use the original name' }).click();
  assert.equal(await translated(builtIn), true);
  assert.equal(await builtIn.locator('[translate="no"]').textContent(), '');
  await gotoApp(page, app.server.base, '#/repair');
  assert.equal(await translated(page.locator('main label').filter({ hasText: 'Tell your partner, in your own words, what happened' }).first()), true);
  assert.equal(await page.evaluate(() => document.title), 'Mend');
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('nor are the names on a questionnaire taken together while it runs, or a partner\'s packet before it is added', async () => {
  const seeded = async () => {
    const page = await openPage(app.browser);
    await seedStorage(page, app.server.base, storageEntries(JSON.stringify(markedDocument()), PREFIX));
    return page;
  };
  const offeredOn = async (page, label, least) => {
    await openEverything(page);
    const places = await markedPlaces(page);
    assert.ok(places.length >= least, `${label}: ${places.length} places (${places.map((p) => p.where).join('; ')})`);
    return places.filter((p) => p.translated).map((p) => `${label} ${p.where}`);
  };
  const offered = [];

  // Taken together: the progress line, the hand-over and the second part carry the names.
  const page = await seeded();
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startTogether();
  await a.progressLabel().filter({ hasText: `${MARK}ana: step 1 of 13` }).waitFor();
  offered.push(...(await offeredOn(page, 'first part', 1)));
  await a.answerWholePart('Agree');
  await a.stepHeading().filter({ hasText: /hand over/i }).waitFor();
  offered.push(...(await offeredOn(page, 'hand-over', 2)));
  await page.getByRole('button', { name: `I am ${MARK}bo: start my part` }).click();
  await a.progressLabel().filter({ hasText: `${MARK}bo: step 1 of 13` }).waitFor();
  offered.push(...(await offeredOn(page, 'second part', 1)));

  // A packet made from the marked document, opened on a phone of its own: its preview names the
  // sender and what they send, before anything is added.
  await gotoApp(page, app.server.base, '#/partner');
  const sender = new PartnerPage(page);
  await sender.iAm(`${MARK}ana (the first partner)`);
  const sent = await sender.makePacket();
  offered.push(...(await offeredOn(page, 'sealed packet', 1)));
  const other = await seeded();
  await gotoApp(other, app.server.base, '#/partner');
  const receiver = new PartnerPage(other);
  await receiver.iAm(`${MARK}bo (the second partner)`);
  await receiver.pasteBox().fill(sent.text);
  await receiver.open(sent.code);
  await receiver.preview().waitFor({ timeout: 20000 });
  offered.push(...(await offeredOn(other, 'packet preview', 3)));

  assert.deepEqual(offered, [], 'every marked word is kept out of the page translation');
  for (const p of [page, other]) {
    assert.deepEqual(p.mend.pageErrors, []);
    assert.deepEqual(await cspViolations(p), []);
  }
  await page.context().close();
  await other.context().close();
});

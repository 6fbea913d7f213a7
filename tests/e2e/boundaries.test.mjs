// The boundary worksheet as two partners use it: the release build, served from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appSuite, openPage, waitForApp, cspViolations, axeViolations, mendStorage, key, settle, describedBy } from './harness.mjs';
import { BoundariesPage } from './pages/boundaries.mjs';
import { noteWhenUsable, notedWhenUsable } from './sizes.mjs';

const app = appSuite();

// The neutral page the quick exit goes to, as exit.js names it (a release build ships it minified).
const EXIT = await readFile(new URL('../../exit.js', import.meta.url), 'utf8');
const NEUTRAL_ORIGIN = new URL(EXIT.match(/const NEUTRAL_URL = '([^']+)'/)[1]).origin;

const MONEY = 'Money';
const CONFLICT = 'How we handle conflict';

async function fillTwoTopics(sheet) {
  await sheet.setNames('Sam', 'Alex');
  await sheet.fillSide(MONEY, 'Sam', ['Talk before big purchases', 'Hidden debts', 'Tell me the same day']);
  await sheet.fillSide(MONEY, 'Alex', ['Some money of my own', 'Being checked on', 'A calm talk']);
  await sheet.fillSide(CONFLICT, 'Sam', ['A pause when it gets loud', 'Shouting', 'A break of 20 minutes']);
  await sheet.fillSide(CONFLICT, 'Alex', ['Coming back to it', 'Silent treatment', 'We restart after dinner']);
  await sheet.agree(MONEY, 'We talk before spending over 200.\nEach keeps a small fund.', '2031-03-15');
}

test('both columns of two topics, an agreement and its review date survive a reload', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await fillTwoTopics(sheet);
  await settle(page);
  await page.reload();
  await waitForApp(page);

  assert.equal(await sheet.box(MONEY, 'Sam: What I need').inputValue(), 'Talk before big purchases');
  assert.equal(await sheet.box(MONEY, 'Alex: What I would like to happen if it is crossed').inputValue(), 'A calm talk');
  assert.equal(await sheet.box(CONFLICT, 'Sam: What is not OK for me').inputValue(), 'Shouting');
  assert.equal(await sheet.box(CONFLICT, 'Alex: What I need').inputValue(), 'Coming back to it');
  assert.equal(await sheet.box(MONEY, 'What we agree').inputValue(), 'We talk before spending over 200.\nEach keeps a small fund.');
  assert.equal(await sheet.status(MONEY).inputValue(), '2');
  assert.equal(await sheet.revisitBy(MONEY).inputValue(), '2031-03-15');
  // Agreed wording is locked until you choose to revisit it.
  assert.equal(await sheet.box(MONEY, 'What we agree').getAttribute('readonly'), '');
  // Off-screen topics are not laid out (content-visibility), so look at it as a person would.
  await sheet.card(MONEY).scrollIntoViewIfNeeded();
  await assert.doesNotReject(sheet.card(MONEY).getByText(/You agreed on this wording on \d{4}-\d{2}-\d{2}/).waitFor());
  assert.match(await sheet.overview().innerText(), /Money: 7 of 7 filled · Agreed/);
  assert.match(await sheet.overview().innerText(), /How we handle conflict: 6 of 7 filled · Not talked about yet/);
  // Described by its refusal line (empty, so nothing is read) and its count.
  assert.equal(await describedBy(sheet.box(MONEY, 'Sam: What I need')), '25 / 2000');
  const stored = JSON.parse((await mendStorage(page))[key('document')]);
  assert.equal(stored.boundaries.entries.money.status, 'agreed');

  // Revisiting keeps the old wording in the history and opens the box again.
  await sheet.button(MONEY, 'Revisit this agreement').click();
  assert.equal(await sheet.box(MONEY, 'What we agree').getAttribute('readonly'), null);
  assert.equal(await sheet.status(MONEY).inputValue(), '1');
  await sheet.box(MONEY, 'What we agree').fill('We talk before spending over 300.');
  const card = await sheet.card(MONEY).innerText();
  assert.match(card, /Earlier wordings \(1\)/);
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('marking agreed without wording is refused with a message next to the field', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.status(MONEY).selectOption({ label: 'Agreed' });
  const alert = sheet.card(MONEY).getByRole('alert').filter({ hasText: 'Write what you agree first' });
  await assert.doesNotReject(alert.waitFor());
  assert.equal(await sheet.status(MONEY).inputValue(), '0', 'the select goes back to the stored status');
  // Read with the picker it refused, not only announced once.
  assert.equal(await describedBy(sheet.status(MONEY)), 'Write what you agree first, then mark it as agreed.');
  // The next change that is made takes the refusal away (only then is the refusal line touched).
  await sheet.box(MONEY, 'What we agree').fill('Talk first');
  await assert.doesNotReject(alert.waitFor({ state: 'detached' }));
  assert.equal(await describedBy(sheet.status(MONEY)), '');
  assert.equal(await sheet.card(MONEY).getByRole('alert').filter({ hasText: /\S/ }).count(), 0, 'no refusal left on the topic');
  await page.context().close();
});

test('choosing "Agreed" leaves the status picker where it was: what agreeing adds comes after it', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.box(MONEY, 'What we agree').fill('We talk before spending over 200.');
  const status = sheet.status(MONEY);
  await status.scrollIntoViewIfNeeded();
  // From the card's top, so that the browser's scroll anchoring cannot hide a move.
  const offset = () => status.evaluate((el) => el.getBoundingClientRect().top - el.closest('section').getBoundingClientRect().top);
  const before = await offset();
  const agreedLine = sheet.card(MONEY).getByText(/You agreed on this wording on/);

  await status.selectOption({ label: 'Agreed' });
  await agreedLine.waitFor();
  assert.ok(await sheet.button(MONEY, 'Revisit this agreement').isVisible());
  assert.equal(await offset(), before, 'agreeing moved the picker that was just used');
  // After the picker in the page's order too, where a screen reader comes to it next; and the
  // locked box itself is described by it, for someone who is in the box.
  assert.ok(await status.evaluate((el, line) => Boolean(el.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING), await agreedLine.elementHandle()));
  const description = () => describedBy(sheet.box(MONEY, 'What we agree'));
  assert.match(await description(), /^33 \/ 2000 You agreed on this wording on \d{4}-\d{2}-\d{2}\./);

  // An arrow key on the closed picker chooses at once (Chromium off macOS): browsing it never
  // opens the agreed wording again (refused, and the picker put back), nor agrees it anew;
  // "Needs another look" and back keeps it.
  await status.focus();
  const agreedText = await agreedLine.textContent();
  for (const key of ['ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
  }
  assert.equal(await status.evaluate((el) => el.selectedOptions[0].textContent), 'Agreed');
  assert.equal(await agreedLine.textContent(), agreedText);
  assert.equal(await sheet.card(MONEY).locator('details.b-history').isHidden(), true, 'no earlier wording was made');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.textContent === 'Needs another look'));
  assert.equal(await agreedLine.textContent(), agreedText, 'the wording stays agreed');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await sheet.card(MONEY).getByText(/This wording is agreed\. Choose "Revisit" to change it/).waitFor();
  assert.equal(await status.evaluate((el) => el.selectedOptions[0].textContent), 'Agreed', 'put back');
  // Its button opens the wording again; the picker stays put that way too.
  await sheet.button(MONEY, 'Revisit this agreement').click();
  await agreedLine.waitFor({ state: 'hidden' });
  assert.equal(await status.evaluate((el) => el.selectedOptions[0].textContent), 'Talking it through');
  assert.equal(await offset(), before, 'opening the wording again moved the picker');
  assert.equal(await sheet.box(MONEY, 'What we agree').getAttribute('readonly'), null);
  assert.equal(await description(), '33 / 2000');
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('each topic\'s fields are a form of their own, which never submits', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  // Every topic drawn, with its review date (they come just after the first paint).
  await page.waitForFunction(() => {
    const topics = document.querySelectorAll('section.b-cat');
    return topics.length > 5 && [...topics].every((t) => t.querySelector('input[type=date]'));
  });
  // Chromium's autofill reads a changed field's whole form after every key: a form per topic
  // keeps that to the topic's fields, where a field in no form is one of every such field on the
  // screen (`field_group`).
  const forms = await page.locator('section.b-cat').evaluateAll((topics) => topics.map((topic) => {
    const fields = [...topic.querySelectorAll('textarea, select, input[type=date]')];
    const form = fields[0]?.form ?? null;
    return {
      fields: fields.length,
      oneForm: Boolean(form) && topic.contains(form) && fields.every((f) => f.form === form),
      onlyThese: form ? [...form.elements].filter((e) => e.matches('textarea, select, input')).length === fields.length : false,
      remembers: form?.getAttribute('autocomplete'),
    };
  }));
  for (const [i, f] of forms.entries()) {
    assert.deepEqual(f, { fields: 9, oneForm: true, onlyThese: true, remembers: 'off' }, `topic ${i + 1}`);
  }

  // The review date is its form's only one-line field, so the HTML standard lets Enter in it submit
  // the form (Chromium, Firefox ESR and WebKitGTK do not, from a date field): asked directly here.
  // A submit would try to load the page again; the page's policy refuses to send any form
  // (form-action 'none') and reports a violation. The form stops the submit before that.
  await sheet.agree(MONEY, 'We talk before spending over 200.', '2031-03-15');
  await page.evaluate(() => { window.__sameDocument = true; });
  const before = { url: page.url(), length: await page.evaluate(() => history.length) };
  const navigated = page.waitForEvent('framenavigated', { timeout: 1500 }).then(() => true, () => false);
  await sheet.revisitBy(MONEY).evaluate((date) => date.form.requestSubmit());
  assert.equal(await navigated, false, 'submitting the topic\'s form loaded a page');
  assert.deepEqual(await cspViolations(page), [], 'the topic\'s form was sent, and refused by the page\'s policy');
  assert.deepEqual({ url: page.url(), length: await page.evaluate(() => history.length) }, before);
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await sheet.revisitBy(MONEY).inputValue(), '2031-03-15');
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('a topic of your own can be added, moved, hidden, shown again and removed', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.addTopic('Chores');
  await assert.doesNotReject(sheet.heading('Chores').waitFor());
  await page.waitForFunction(() => document.activeElement?.textContent === 'Chores');
  assert.equal(await sheet.newTopicName().inputValue(), '');
  assert.equal((await sheet.titles()).at(-1), 'Chores');
  await sheet.box('Chores', 'Partner A: What I need').fill('Share the dishes');

  await sheet.page.getByRole('button', { name: 'Move up Chores' }).click();
  const titles = await sheet.titles();
  assert.equal(titles.at(-2), 'Chores');
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('up'));

  await sheet.page.getByRole('button', { name: 'Hide Intimacy' }).click();
  assert.ok(!(await sheet.titles()).includes('Intimacy'));
  await sheet.page.getByRole('button', { name: 'Show Intimacy again' }).click();
  assert.ok((await sheet.titles()).includes('Intimacy'));

  await sheet.removeTopic('Chores');
  await sheet.heading('Chores').waitFor({ state: 'detached' });
  assert.ok(!(await sheet.titles()).includes('Chores'));
  await settle(page);
  const stored = (await mendStorage(page))[key('document')];
  assert.ok(!stored.includes('Chores') && !stored.includes('Share the dishes'), 'nothing of the removed topic is kept');
  await page.context().close();
});

test('a refused name is read with its field, and goes with the next name saved', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.card(MONEY).getByText('Rename or remove this topic').click();
  const name = sheet.card(MONEY).getByLabel('New name');
  await name.fill('   ');
  await sheet.button(MONEY, 'Save the name').click();
  const refusal = sheet.card(MONEY).getByRole('alert').filter({ hasText: /\S/ });
  await refusal.waitFor();
  assert.equal(await describedBy(name), await refusal.textContent());
  await name.fill('Our money');
  await sheet.button(MONEY, 'Save the name').click();
  await sheet.heading('Our money').waitFor();
  assert.equal(await describedBy(sheet.card('Our money').getByLabel('New name')), '', 'the refusal went');
  await sheet.button('Our money', 'Use the original name').click();
  await sheet.heading(MONEY).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('removing a topic is asked on the page, not in a browser dialog, so the quick exit still works while it is asked', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await sheet.addTopic('Chores');
  await sheet.box('Chores', 'Partner A: What I need').fill('Share the dishes');
  await settle(page);

  // "No, keep it": the question goes, the topic and its text stay, focus goes back to the button.
  await sheet.askToRemove('Chores');
  const question = sheet.removeQuestion('Chores');
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Yes, remove it');
  await question.getByRole('button', { name: 'No, keep it' }).click();
  await question.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Remove this topic');
  assert.ok((await sheet.titles()).includes('Chores'));
  assert.equal(await sheet.box('Chores', 'Partner A: What I need').inputValue(), 'Share the dishes');
  assert.deepEqual(await axeViolations(page), []);

  // Asked again, and the person has to leave now: Shift three times works while it is asked.
  await page.route(`${NEUTRAL_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await sheet.askToRemove('Chores');
  await question.waitFor();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
  assert.deepEqual(page.mend.dialogs, [], 'no browser dialog was opened');
  await page.context().close();
});

test('markup typed anywhere is shown as text and runs nothing', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  const payload = '<img src=x onerror=alert(1)>';
  await sheet.addTopic(payload);
  await sheet.heading(payload).waitFor();
  await sheet.box(payload, 'Partner A: What I need').fill(payload);
  await sheet.agree(payload, payload);
  await sheet.setNames(payload, 'Alex');
  await settle(page);
  await page.reload();
  await waitForApp(page);
  await sheet.heading(payload).waitFor();
  assert.equal(await sheet.heading(payload).textContent(), payload);
  assert.equal(await sheet.box(payload, `${payload}: What I need`).inputValue(), payload);
  assert.match(await sheet.overview().innerText(), /<img src=x onerror=alert\(1\)>: 2 of 7 filled · Agreed/);
  assert.equal(await page.locator('main img').count(), 0);
  // Proof of absence, so time by nature: an injected handler (onerror, a late script) would have
  // opened its dialog by now. There is no event to wait for when nothing is meant to happen.
  await page.waitForTimeout(300);
  assert.deepEqual(page.mend.dialogs, [], 'the markup opened no alert');
  assert.deepEqual(page.mend.requests.filter((u) => !u.startsWith(app.server.base) || /\/x$/.test(u)), []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.mend.pageErrors, []);
  await page.context().close();
});

test('a topic can be completed with the keyboard alone', async () => {
  const page = await openPage(app.browser, { contextOptions: { locale: 'en-US' } });
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  const kb = page.keyboard;
  const focused = () => page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.id}:${document.activeElement?.textContent}`);
  // Tab to the overview's link for Money, then follow it.
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await kb.press('Tab');
    found = (await focused()) === 'A::Money';
  }
  assert.ok(found, 'the overview link to Money is reachable with Tab');
  await kb.press('Enter');
  assert.equal(await focused(), 'H2:b-money-title:Money');
  const words = ['a', 'b', 'c', 'd', 'e', 'f', 'We both agree'];
  for (const word of words) {
    await kb.press('Tab');
    assert.match(await focused(), /^TEXTAREA:b-money-/);
    await kb.type(word);
  }
  await kb.press('Tab');
  assert.match(await focused(), /^SELECT:b-money-status/);
  await kb.press('ArrowDown');
  await kb.press('ArrowDown');
  await kb.press('Tab');
  assert.match(await focused(), /^INPUT:b-money-revisit-by/);
  await kb.type('03152031');
  await kb.press('Tab');
  await settle(page);
  assert.equal(await sheet.status(MONEY).inputValue(), '2');
  assert.equal(await sheet.revisitBy(MONEY).inputValue(), '2031-03-15');
  const entry = JSON.parse((await mendStorage(page))[key('document')]).boundaries.entries.money;
  assert.equal(entry.agreement, 'We both agree');
  assert.equal(entry.status, 'agreed');
  assert.equal(entry.revisit_by, '2031-03-15');
  assert.deepEqual([entry.a.need, entry.b.if_crossed], ['a', 'f']);
  await page.context().close();
});

test('the printed sheet is dated, holds agreements and both views, and hides navigation', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await fillTwoTopics(sheet);
  await page.emulateMedia({ media: 'print' });
  const main = page.getByRole('main');
  const text = await main.innerText();
  assert.match(text, /Printed on \d{4}-\d{2}-\d{2}/);
  assert.match(text, /We talk before spending over 200\./);
  assert.match(text, /Where you are: Agreed \(on \d{4}-\d{2}-\d{2}\)\. Look at it again by 2031-03-15\./);
  const sam = await sheet.card(MONEY).getByRole('group', { name: 'Sam' }).innerText();
  assert.match(sam, /What I need\s+Talk before big purchases/);
  const alex = await sheet.card(CONFLICT).getByRole('group', { name: 'Alex' }).innerText();
  assert.match(alex, /What is not OK for me\s+Silent treatment/);
  assert.doesNotMatch(text, / \/ 2000/, 'no counters on paper');
  assert.ok(!(await page.getByRole('navigation', { name: 'Main' }).isVisible()));
  assert.ok(!(await page.getByRole('button', { name: 'Print' }).isVisible()));
  assert.ok(!(await sheet.box(MONEY, 'Sam: What I need').isVisible()));
  assert.ok(!(await sheet.overview().isVisible()));
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await page.getByText(/Printed on/).isVisible()));
  await page.context().close();
});

test('no WCAG 2.2 A/AA violations with content filled in, wide and at 360 px', async () => {
  const page = await openPage(app.browser);
  const sheet = new BoundariesPage(page);
  await sheet.open(app.server.base);
  await fillTwoTopics(sheet);
  await sheet.button(MONEY, 'Revisit this agreement').click();
  await sheet.agree(MONEY, 'We talk before spending over 300.');
  await sheet.addTopic('Chores');
  await sheet.page.getByRole('button', { name: 'Hide Intimacy' }).click();
  await sheet.card(MONEY).getByText('Earlier wordings (1)').click();
  assert.deepEqual(await axeViolations(page), []);
  // Side by side when wide: the columns start at different x.
  const [a, b] = await sheet.card(MONEY).locator('fieldset').all();
  assert.notEqual((await a.boundingBox()).x, (await b.boundingBox()).x);

  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal((await a.boundingBox()).x, (await b.boundingBox()).x, 'the columns stack on a phone');
  // Each label says whose box it is, visibly.
  assert.match(await sheet.card(MONEY).locator('label', { hasText: 'What I need' }).first().innerText(), /^Sam: What I need/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow}px too wide)`);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('the worksheet draws its first topics at once and the rest just after; a jump to a later topic works from the start', async () => {
  const page = await openPage(app.browser);
  // From a mutation observer, in the very task that drew the overview: the first topic count,
  // then a click on the overview's link to the last topic, before that topic is drawn.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const jumps = document.querySelectorAll('main a[data-f="jump"]');
      if (jumps.length === 0) return;
      observer.disconnect();
      const last = jumps[jumps.length - 1];
      window.__firstCards = document.querySelectorAll('main section.b-cat').length;
      window.__target = `b-${last.dataset.cat}-title`;
      window.__targetBefore = document.getElementById(window.__target) !== null;
      last.click();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.server.base + '#/boundaries');
  await waitForApp(page);
  await page.waitForFunction(() => window.__target && document.activeElement?.id === window.__target);
  const seen = await page.evaluate(() => ({ first: window.__firstCards, before: window.__targetBefore }));
  assert.equal(seen.before, false, 'the link was clicked before its topic was drawn');
  assert.ok(seen.first <= 2, `topics in the first task: ${seen.first}`);
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('the review dates come just after the first paint: none when the first field is usable, every topic its own after', async () => {
  const page = await openPage(app.browser);
  // In the frame where the first text box is there, as a person could first type: a page's first
  // date field costs Chromium 40 to 60 ms at 4x, which the first paint no longer waits for.
  await noteWhenUsable(page, { css: 'main textarea' }, () => document.querySelectorAll('main input[type="date"]').length);
  await page.goto(app.server.base + '#/boundaries');
  await waitForApp(page);
  assert.equal(await notedWhenUsable(page), 0, 'date fields in the first paint');
  const sheet = new BoundariesPage(page);
  await page.waitForFunction(() => document.querySelectorAll('main section.b-cat').length > 2);
  const [cards, dates] = await page.evaluate(() => [
    document.querySelectorAll('main section.b-cat').length,
    [...document.querySelectorAll('main section.b-cat')].filter((card) => card.querySelector('input[type="date"]')).length,
  ]);
  assert.equal(dates, cards, 'every topic has its review date');
  // Labelled, and it keeps what is set in it.
  await sheet.agree(MONEY, 'We talk first.', '2031-03-15');
  await page.reload();
  await waitForApp(page);
  assert.equal(await sheet.revisitBy(MONEY).inputValue(), '2031-03-15');
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, []);
  await page.context().close();
});

// The Repair checklist as a couple would use it: ticking steps, promises, check-ins, by mouse
// and by keyboard, against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, settle, mendStorage, key, cspViolations, scrolledTo } from './harness.mjs';
import { RepairPage } from './pages/repair.mjs';

const STEPS = [
  'Tell your partner, in your own words, what happened for you and how it felt.',
  'Listen to how it affected your partner without defending, explaining or correcting.',
  'Say back what you heard, and ask whether you got it right.',
];

const app = appSuite();

/** Today in the browser's time zone, as YYYY-MM-DD. */
function today(page, offsetDays = 0) {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offsetDays);
}

async function open() {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/repair');
  return { page, repair: new RepairPage(page) };
}

async function clean(page) {
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
}

test('three ticked steps keep their notes and dates after a reload', async () => {
  const { page, repair } = await open();
  const day = await today(page);
  assert.equal(await repair.overallProgress().innerText(), 'Overall: 0 of 37 done');
  // A note typed before ticking is saved with the tick; one typed after is saved as you type.
  await repair.stepNote(STEPS[0]).fill('We talked on Sunday evening.');
  await repair.stepBox(STEPS[0]).check();
  await repair.stepBox(STEPS[1]).check();
  await repair.stepNote(STEPS[1]).fill('It was hard not to explain.');
  await repair.stepBox(STEPS[2]).check();
  await repair.stepNote(STEPS[2]).fill('Got it right the second time.');
  assert.match(await repair.section('Acknowledge the hurt').innerText(), /3 of 4 done/);
  await settle(page);
  await page.reload();
  await waitForApp(page);
  for (const [i, note] of ['We talked on Sunday evening.', 'It was hard not to explain.', 'Got it right the second time.'].entries()) {
    assert.ok(await repair.stepBox(STEPS[i]).isChecked(), `step ${i} is still ticked`);
    assert.equal(await repair.doneOn(STEPS[i]).innerText(), `Done on ${day}`);
    assert.equal(await repair.stepNote(STEPS[i]).inputValue(), note);
  }
  assert.equal(await repair.overallProgress().innerText(), 'Overall: 3 of 37 done');
  // Unticking drops the date and the progress.
  await repair.stepBox(STEPS[2]).uncheck();
  assert.equal(await repair.doneOn(STEPS[2]).count(), 0);
  assert.match(await repair.section('Acknowledge the hurt').innerText(), /2 of 4 done/);
  await clean(page);
});

test('a promise kept shows in the kept rate, its chart and table', async () => {
  const { page, repair } = await open();
  const promiseSaid = repair.section('Small promises').locator('form [role=status]');
  await repair.addPromise('', undefined);
  assert.match(await repair.section('Small promises').getByRole('alert').first().innerText(), /write a few words/);
  assert.equal(await promiseSaid.innerText(), '', 'a refused promise is not said to be added');
  await repair.addPromise('Text when I will be late', await today(page, 3));
  // Adding only empties the field: the form says it added one, for eyes and screen readers, and
  // never repeats the words (they would stay there after the promise is deleted).
  assert.equal(await promiseSaid.innerText(), 'Promise added.');
  await repair.addPromise('Put my phone away at dinner', await today(page));
  const kept = repair.promise('Text when I will be late');
  assert.match(await kept.innerText(), /Open/);
  await kept.getByRole('radio', { name: 'Kept' }).check();
  await kept.getByLabel('What happened (optional)').fill('Sent a message at six.');
  assert.match(await kept.innerText(), new RegExp(`Kept on ${await today(page)}`));
  assert.equal(await repair.keptRate().innerText(), '1 of 1 promise kept: 100%');
  await repair.promise('Put my phone away at dinner').getByRole('radio', { name: 'Missed' }).check();
  assert.equal(await repair.keptRate().innerText(), '1 of 2 promises kept: 50%');
  assert.equal(await repair.keptTable().getByRole('row').count(), 2);
  assert.match(await repair.keptTable().innerText(), /50%/);
  // Reopening takes it out of the rate; deleting takes it off the list.
  await repair.promise('Put my phone away at dinner').getByRole('radio', { name: 'Not decided yet' }).check();
  assert.equal(await repair.keptRate().innerText(), '1 of 1 promise kept: 100%');
  // Deleted by keyboard: the pressed button goes with its row, and focus goes to the other row's
  // button, not to the page.
  await repair.promise('Put my phone away at dinner').getByRole('button', { name: 'Delete this promise' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent === 'Text when I will be late');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Delete this promise');
  assert.equal(await repair.promise('Put my phone away at dinner').count(), 0);
  await settle(page);
  await page.reload();
  await waitForApp(page);
  assert.ok(await repair.promise('Text when I will be late').getByRole('radio', { name: 'Kept' }).isChecked());
  assert.equal(await repair.promise('Text when I will be late').getByLabel('What happened (optional)').inputValue(), 'Sent a message at six.');
  await clean(page);
});

test('the steps and the promises, with their notes, are forms of their own lists, which never submit', async () => {
  const { page, repair } = await open();
  await repair.addPromise('Text when I will be late', await today(page, 3));
  await repair.promise('Text when I will be late').getByRole('radio', { name: 'Kept' }).check();
  // Every phase drawn (the rest comes just after the first paint).
  await page.waitForFunction(() => document.querySelectorAll('section.r-phase ul.r-steps').length >= 9);
  // Chromium's autofill reads a changed field's whole form after every key: a form per list keeps
  // that to the list's fields, where a field in no form is one of every such field on the screen
  // (`field_group`).
  const lists = await page.locator('ul.r-steps, ul.r-promises').evaluateAll((uls) => uls.map((ul) => {
    const fields = [...ul.querySelectorAll('input, textarea, select')];
    const form = ul.closest('form');
    return {
      notes: ul.querySelectorAll('textarea').length > 0,
      own: Boolean(form) && fields.every((f) => f.form === form) && [...form.elements].every((e) => ul.contains(e)),
      remembers: form?.getAttribute('autocomplete'),
    };
  }));
  assert.ok(lists.length >= 10, `${lists.length} lists`);
  for (const [i, list] of lists.entries()) assert.deepEqual(list, { notes: true, own: true, remembers: 'off' }, `list ${i + 1}`);
  // A submit would try to load the page again, with the promise's outcome in the address; the
  // page's policy refuses to send any form and reports a violation (`clean` fails on it). The form
  // stops the submit before that.
  const navigated = page.waitForEvent('framenavigated', { timeout: 1500 }).then(() => true, () => false);
  await repair.promise('Text when I will be late').getByLabel('What happened (optional)').evaluate((note) => note.form.requestSubmit());
  await page.locator('ul.r-steps textarea').first().evaluate((note) => note.form.requestSubmit());
  assert.equal(await navigated, false, 'submitting a list\'s form loaded a page');
  await clean(page);
});

test('two check-ins show as a trend with a table twin, and a gentle reminder', async () => {
  const { page, repair } = await open();
  const section = repair.section('Check-ins');
  // The section skips rendering while out of view (content-visibility): its rendered text is
  // read once scrolled to, as a person would.
  await scrolledTo(section);
  assert.match(await section.getByRole('status').first().innerText(), /first check-in/);
  await repair.addCheckIn({ ratings: [11, 5, 5, 5] });
  assert.match(await section.getByRole('alert').innerText(), /Partner A's trust: Please choose a number from 1 to 10/);
  await repair.addCheckIn({ date: await today(page, -8), ratings: [3, 4, 5, 6], wentWell: 'We listened.' });
  await repair.addCheckIn({ date: await today(page), ratings: [5, 6, 7, 8], wasHard: 'Old memories.', nextStep: 'Walk on Saturday.' });
  const rows = repair.trendTable().getByRole('row');
  assert.equal(await rows.count(), 3);
  assert.deepEqual(await rows.nth(1).getByRole('cell').allInnerTexts(), ['3', '4', '5', '6']);
  assert.deepEqual(await rows.nth(2).getByRole('cell').allInnerTexts(), ['5', '6', '7', '8']);
  assert.equal(await section.locator('svg path').count(), 4);
  assert.match(await section.innerText(), /Your next check-in is on/);
  await section.getByLabel('How often to check in').selectOption({ label: 'Every two weeks' });
  // Deleted by keyboard: focus goes to the other check-in's delete button, not to the page.
  const deletes = section.getByRole('button', { name: /Delete this check-in from/ });
  const [, other] = await deletes.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  await deletes.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, other);
  assert.equal(await rows.count(), 2);
  await settle(page);
  assert.match((await mendStorage(page))[key('document')], /"check_in_every_days":14/);
  await clean(page);
});

test('a step can be hidden and shown again, and your own step added and removed', async () => {
  const { page, repair } = await open();
  // Each button below takes its own row away: focus goes to the next row's, else the previous
  // row's, else the phase's heading, never to the page.
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  await page.getByRole('button', { name: `Hide this step: ${STEPS[1]}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Hide this step: ${STEPS[2]}`);
  assert.equal(await repair.stepBox(STEPS[1]).count(), 0);
  assert.match(await repair.section('Acknowledge the hurt').innerText(), /0 of 3 done/);
  const stepSaid = repair.section('Acknowledge the hurt').locator('form [role=status]');
  await repair.addStep('Acknowledge the hurt', '', 'Both of you');
  assert.match(await repair.section('Acknowledge the hurt').getByRole('alert').last().innerText(), /write a few words/);
  assert.equal(await stepSaid.innerText(), '', 'a refused step is not said to be added');
  await repair.addStep('Acknowledge the hurt', 'Write each other a short letter', 'The partner who was hurt');
  assert.equal(await stepSaid.innerText(), 'Step added to this phase.');
  await repair.stepBox('Write each other a short letter').check();
  assert.match(await repair.stepItem('Write each other a short letter').innerText(), /The partner who was hurt/);
  assert.match(await repair.section('Acknowledge the hurt').innerText(), /1 of 4 done/);
  await settle(page);
  await page.reload();
  await waitForApp(page);
  assert.ok(await repair.stepBox('Write each other a short letter').isChecked());
  assert.equal(await repair.stepBox(STEPS[1]).count(), 0);
  await repair.showAgain('Acknowledge the hurt', STEPS[1]);
  assert.equal(await repair.stepBox(STEPS[1]).count(), 1);
  // It was the only hidden step: its list is gone too.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  assert.equal(await focusedName(), 'Acknowledge the hurt');
  await repair.removeStep('Write each other a short letter');
  await page.waitForFunction(() => /^Hide this step: /.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  assert.equal(await repair.stepBox('Write each other a short letter').count(), 0);
  assert.match(await repair.section('Acknowledge the hurt').innerText(), /0 of 4 done/);
  await clean(page);
});

test('a step can be ticked with the keyboard alone', async () => {
  const { page, repair } = await open();
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'tick-ack-listen'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'tick-ack-listen', 'Tab reaches the step\'s checkbox');
  await page.keyboard.press('Space');
  assert.ok(await repair.stepBox(STEPS[1]).isChecked());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tick-ack-listen', 'focus stays on the checkbox');
  // Past "Why it matters" to the note.
  for (let i = 0; i < 3 && focused !== 'note-ack-listen'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'note-ack-listen');
  await page.keyboard.type('Done by keyboard.');
  await settle(page);
  const stored = JSON.parse((await mendStorage(page))[key('document')]);
  assert.equal(stored.repair.ticks['ack-listen'].note, 'Done by keyboard.');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  assert.equal(await repair.stepBox(STEPS[1]).isChecked(), false);
  await clean(page);
});

test('the screen with data has no WCAG 2.2 A/AA violations, also at 360 px wide', async () => {
  const page = await openPage(app.browser, { viewport: { width: 360, height: 800 } });
  await gotoApp(page, app.server.base, '#/repair');
  const repair = new RepairPage(page);
  await repair.stepBox(STEPS[0]).check();
  await repair.hide(STEPS[2]);
  await repair.addStep('Reconnect', 'Cook together on Fridays', 'Both of you');
  await repair.stepBox(SELF_TRUST).check();
  await repair.addPromise('Call my sister back', await today(page));
  await repair.promise('Call my sister back').getByRole('radio', { name: 'Kept' }).check();
  await repair.addCheckIn({ date: await today(page, -7), ratings: [4, 4, 6, 5] });
  await repair.addCheckIn({ ratings: [6, 5, 6, 7], wentWell: 'More patience.' });
  await repair.addCheckIn({ ratings: [0, 5, 6, 7] });
  await page.getByText('Steps you have hidden').first().click();
  for (const summary of await page.getByText('Why it matters').all()) await summary.click();
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow}px too wide)`);
  await clean(page);
});

const SELF_TRUST = 'Keep one small promise to yourself each day.';

test('the checklist draws its first phase at once, the rest just after, and the safety link works from the start', async () => {
  const page = await openPage(app.browser);
  // Watch the list from the first paint: the phases after the first arrive in a later task.
  await page.addInitScript(() => {
    window.__phaseCounts = [];
    const seen = () => {
      const n = document.querySelectorAll('main section.r-phase[aria-labelledby^="phase-"]').length;
      if (n && window.__phaseCounts.at(-1) !== n) window.__phaseCounts.push(n);
      if (n < 8) requestAnimationFrame(seen);
    };
    requestAnimationFrame(seen);
  });
  await gotoApp(page, app.server.base, '#/repair');
  await page.waitForFunction(() => document.querySelectorAll('main section.r-phase[aria-labelledby^="phase-"]').length === 8);
  const counts = await page.evaluate(() => window.__phaseCounts);
  assert.equal(counts[0], 1, `phases seen per frame: ${counts}`);
  assert.equal(counts.at(-1), 8);
  // The promises and check-ins come with the rest.
  await assert.doesNotReject(page.getByRole('heading', { name: /promises/i }).first().waitFor());
  // Followed once the phases are there, the link goes to the safety text in its phase.
  await page.locator('main a', { hasText: 'find safety help' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'safety-help');
  assert.equal(await page.locator('main .r-safety').count(), 1, 'one copy of the safety text');

  // Clicked before the rest is drawn (in the task that drew the link, from a mutation observer),
  // the link still brings the safety text at once (drawn under it: it does not wait for the
  // later part) and takes focus there.
  const early = await openPage(app.browser);
  await early.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const link = [...document.querySelectorAll('main a')].find((a) => /find safety help/i.test(a.textContent));
      if (!link) return;
      observer.disconnect();
      window.__safetyBefore = document.getElementById('safety-help') !== null;
      link.click();
    }).observe(document, { childList: true, subtree: true });
  });
  await early.goto(app.server.base + '#/repair');
  await early.waitForFunction(() => document.activeElement?.id === 'safety-help-now');
  assert.equal(await early.evaluate(() => window.__safetyBefore), false, 'the link was clicked before the safety text was drawn');
  assert.match(await early.evaluate(() => document.activeElement.textContent), /your safety comes first/);
  // Once the phases are there, the copy under the link stays the only one: its phase leaves
  // its own out, and the link keeps going to the one at the top.
  await early.waitForFunction(() => document.querySelectorAll('main section.r-phase[aria-labelledby^="phase-"]').length === 8);
  assert.equal(await early.locator('main .r-safety').count(), 1, 'the safety text is shown once');
  assert.equal(await early.locator('#safety-help').count(), 0);
  await early.locator('#r-whose').focus();
  await early.locator('main a', { hasText: 'find safety help' }).click();
  await early.waitForFunction(() => document.activeElement?.id === 'safety-help-now');
  await clean(early);
  await clean(page);
});

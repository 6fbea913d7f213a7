// The trust self-assessment, as people take it: alone, interrupted, together, and with a
// concerning safety answer. Release build, sub-path, Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, mendStorage, settle, cspViolations } from './harness.mjs';
import { AssessmentPage } from './pages/assessment.mjs';

const app = appSuite();

test('alone: answer every step and see scores by area with next steps', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  assert.match(await a.progressLabel().innerText(), /Step 1 of 13/);
  await a.answerAll('No');
  await a.next();
  assert.match(await a.stepHeading().innerText(), /Where you stand/i);
  await a.next();
  assert.match(await a.stepHeading().innerText(), /Honesty/i);
  assert.deepEqual(await axeViolations(page), [], 'a question step is accessible');
  for (let i = 0; i < 11; i++) {
    await a.answerAll(i % 2 ? 'Disagree' : 'Somewhat agree');
    await a.next();
  }
  await assert.doesNotReject(a.stepHeading().filter({ hasText: 'Your results from' }).waitFor());
  const text = await page.locator('main').innerText();
  assert.match(text, /Overall trust: \d+ out of 100/);
  assert.match(text, /Where you could start/);
  // The chart's table twin holds every trust area with a number.
  const rows = page.locator('table.visually-hidden').first().locator('tbody tr');
  assert.equal(await rows.count(), 9);
  assert.match(await rows.first().innerText(), /\d+/);
  assert.ok((await page.getByRole('link', { name: /Open the (repair checklist|boundary worksheet)/ }).count()) >= 2);
  assert.deepEqual(await axeViolations(page), [], 'results are accessible');
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
});

test('leave half-way, reload, and resume where you were', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.toFirstArea();
  await a.answerAll('Agree');
  await a.next();
  await a.groups().first().getByRole('radio', { name: 'Strongly disagree', exact: true }).check();
  await page.reload();
  await waitForApp(page);
  assert.match(await a.progressLabel().innerText(), /Step 4 of 13/);
  assert.ok(await a.groups().first().getByRole('radio', { name: 'Strongly disagree', exact: true }).isChecked());
  await page.getByRole('button', { name: 'Back' }).click();
  assert.ok(await a.groups().nth(2).getByRole('radio', { name: 'Agree', exact: true }).isChecked());
  await page.context().close();
});

test('moving between areas shows each area its own statements, choices and answers', async () => {
  // Next and Back between two areas change the same controls in place (issue #13): nothing of
  // one area may stay on the next, in the words, the choices or the ticks.
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.toFirstArea();
  await a.stepHeading().filter({ hasText: 'Honesty' }).waitFor();
  const legends = () => a.groups().locator('legend').allInnerTexts();
  const notApplicable = () => page.getByRole('radio', { name: /^Does not apply/ });
  const honesty = await legends();
  assert.equal(honesty.length, 5);
  assert.equal(await notApplicable().count(), 0, 'no honesty statement offers "does not apply"');
  const choices = ['Strongly disagree', 'Disagree', 'Somewhat agree', 'Agree', 'Strongly agree'];
  for (const [i, label] of choices.entries()) {
    await a.groups().nth(i).getByRole('radio', { name: label, exact: true }).check();
  }
  await a.next();
  await a.stepHeading().filter({ hasText: 'Reliability' }).waitFor();
  const reliability = await legends();
  assert.equal(reliability.length, 5);
  assert.ok(reliability.every((text) => !honesty.includes(text)), 'the statements are the next area\'s');
  assert.equal(await a.checkedChoices().count(), 0, 'no answer of the area before is ticked');
  assert.equal(await notApplicable().count(), 1, 'one reliability statement may not apply');
  const names = await a.groups().evaluateAll((groups) => groups.map((g) => [...new Set([...g.querySelectorAll('input')].map((i) => i.name))]));
  assert.ok(names.every((n) => n.length === 1 && /^q-rel-/.test(n[0])), JSON.stringify(names));
  await a.groups().nth(1).getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByRole('button', { name: 'Back' }).click();
  await a.stepHeading().filter({ hasText: 'Honesty' }).waitFor();
  assert.deepEqual(await legends(), honesty);
  for (const [i, label] of choices.entries()) {
    assert.ok(await a.groups().nth(i).getByRole('radio', { name: label, exact: true }).isChecked(), `${label} is back on statement ${i + 1}`);
  }
  assert.equal(await a.checkedChoices().count(), 5);
  assert.equal(await notApplicable().count(), 0);
  // On to the last area, which has more statements than the others, and back one: the extra
  // places go and come back.
  for (let i = 0; i < 10; i++) await a.next();
  await a.stepHeading().filter({ hasText: 'Trusting yourself' }).waitFor();
  assert.equal(await a.groups().count(), 8);
  assert.match(await a.progressLabel().innerText(), /Step 13 of 13/);
  await page.getByRole('button', { name: 'See results' }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await a.stepHeading().filter({ hasText: 'How it shows' }).waitFor();
  assert.equal(await a.groups().count(), 5);
  assert.equal(await page.getByRole('button', { name: 'See results' }).count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'a step reached in place is accessible');
  await page.getByRole('button', { name: 'Back' }).click();
  await a.stepHeading().filter({ hasText: 'Expectations' }).waitFor();
  await page.reload();
  await waitForApp(page);
  await a.stepHeading().filter({ hasText: 'Expectations' }).waitFor();
  assert.match(await a.progressLabel().innerText(), /Step 11 of 13/);
  await page.context().close();
});

test('together: hand-over hides the first answers, then the agreement report', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startTogetherAs('Sam', 'Alex');
  assert.match(await a.progressLabel().innerText(), /Sam: step 1 of 13/);
  await a.answerWholePart('Strongly agree');
  assert.match(await a.stepHeading().innerText(), /hand over/i);
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 0, "Sam's answers are out of sight");
  await page.getByRole('button', { name: 'I am Alex: start my part' }).click();
  assert.match(await a.progressLabel().innerText(), /Alex: step 1 of 13/);
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 0);
  await a.answerAll('No');
  await a.next();
  assert.equal(await page.getByRole('button', { name: 'Back' }).isDisabled(), false);
  for (let i = 0; i < 12; i++) {
    await a.answerAll('Disagree');
    await a.next();
  }
  await assert.doesNotReject(a.stepHeading().filter({ hasText: 'Your agreement report' }).waitFor());
  // Both partners, side by side in the chart's table twin: every area with two numbers.
  const twin = page.locator('figure.chart table').filter({ hasText: 'Both partners' });
  assert.match(await twin.locator('thead').innerText(), /Sam[\s\S]*Alex/);
  assert.equal(await twin.locator('tbody tr').count(), 11);
  assert.match(await twin.locator('tbody tr').first().innerText(), /\d+\s+\d+/);
  assert.deepEqual(await axeViolations(page), [], 'the report is accessible');
  await page.context().close();
});

test('a concerning safety answer shows help at once and appears in no result or history', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  assert.equal(await a.safetyPanel().count(), 0);
  await a.groups().nth(1).getByRole('radio', { name: 'Yes', exact: true }).check();
  await assert.doesNotReject(a.safetyPanel().waitFor());
  assert.match(await a.safetyPanel().innerText(), /800-799-7233/);
  assert.match(await a.safetyPanel().innerText(), /differ|different/);
  assert.deepEqual(await axeViolations(page), [], 'the safety panel is accessible');
  await a.next();
  for (let i = 0; i < 12; i++) {
    await a.answerAll('Agree');
    await a.next();
  }
  await a.stepHeading().filter({ hasText: 'Your results from' }).waitFor();
  const results = await page.locator('main').innerText();
  assert.doesNotMatch(results, /afraid of how|controls where I go|hurt me physically|private check|Your safety comes first/i);
  await page.getByRole('button', { name: 'Back to the assessment' }).click();
  await page.getByRole('heading', { name: 'Earlier results' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /afraid|physically/i);
  await settle(page);
  const stored = JSON.stringify(await mendStorage(page));
  assert.doesNotMatch(stored, /safe-0\d/, 'no safety answer is kept once the run is finished');
  await page.context().close();
});

test('history: two runs give a trend, one can be deleted, start over clears all', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  for (const label of ['Somewhat agree', 'Disagree']) {
    await a.startAlone();
    await a.answerWholePart(label);
    await a.stepHeading().filter({ hasText: 'Your results from' }).waitFor();
    await page.getByRole('button', { name: 'Back to the assessment' }).click();
  }
  await page.getByLabel('Show beside the overall score').selectOption({ label: 'Honesty and openness' }).catch(async () => {
    await page.getByLabel('Show beside the overall score').selectOption({ index: 1 });
  });
  const trend = page.locator('figure.chart table').filter({ hasText: 'Scores over time' });
  assert.equal(await trend.locator('tbody tr').count(), 2);
  assert.equal(await trend.locator('thead th').count(), 3, 'overall and the chosen area');
  assert.deepEqual(await axeViolations(page), [], 'history is accessible');
  const said = page.locator('main p[role=status]');
  assert.equal(await said.innerText(), '', 'nothing is said before a deletion');
  const deleted = (await page.getByRole('button', { name: /^Delete results from/ }).first().getAttribute('aria-label')).match(/from (\d{4}-\d{2}-\d{2}) ·/)[1];
  await page.getByRole('button', { name: /^Delete results from/ }).first().click();
  // Focus moves to a heading in silence; the line under the list says what went.
  assert.equal(await said.innerText(), `The results from ${deleted} are deleted.`);
  assert.equal(await page.getByRole('button', { name: /^Open results from/ }).count(), 1);
  // The pressed button is gone: focus waits at the list's heading, not at the top of the page.
  await page.waitForFunction(() => document.activeElement?.id === 'history-heading');
  // "Open" on the row that is left shows that run's results.
  await page.getByRole('button', { name: /^Open results from/ }).click();
  await page.getByRole('heading', { name: /results/i }).first().waitFor();
  await page.getByRole('button', { name: 'Back to the assessment' }).first().click();
  // "Start over…" and Cancel each take their own button away: focus goes to the other one, so a
  // keyboard is not sent back to the top of the page.
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Start over…');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Yes, delete all results');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Earlier results' }).waitFor({ state: 'detached' });
  // The line outside the list's section stays to say so.
  assert.equal(await said.innerText(), 'Every earlier result is deleted.');
  // The section went with the results: focus goes to the screen's title, not to the page.
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await page.context().close();
});

test('a step can be answered with the keyboard alone', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await page.getByRole('button', { name: 'Start on my own' }).focus();
  await page.keyboard.press('Enter');
  await a.stepHeading().waitFor();
  // Safety step: five groups; the first radio of each group is reached with Tab, Space chooses,
  // the arrow key moves to "No".
  await a.stepHeading().focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 5);
  assert.equal(await a.groups().nth(4).getByRole('radio', { name: 'No', exact: true }).isChecked(), true);
  await page.keyboard.press('Tab'); // Back is disabled, so Tab reaches Next
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Next');
  await page.keyboard.press('Enter');
  await a.stepHeading().filter({ hasText: /Where you stand/ }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title', 'focus moves to the new step');
  await a.next(); // the role question is optional
  await a.stepHeading().filter({ hasText: /Honesty/ }).waitFor();
  await a.stepHeading().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.ok(await a.groups().first().getByRole('radio', { name: 'Disagree', exact: true }).isChecked());
  await page.context().close();
});

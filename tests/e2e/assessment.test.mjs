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
  await a.answerAll('No');
  await a.next();
  await a.next(); // past the role question
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
  await page.getByRole('button', { name: /^Delete results from/ }).first().click();
  assert.equal(await page.getByRole('button', { name: /^Open results from/ }).count(), 1);
  // The pressed button is gone: focus waits at the list's heading, not at the top of the page.
  await page.waitForFunction(() => document.activeElement?.id === 'history-heading');
  // "Open" on the row that is left shows that run's results.
  await page.getByRole('button', { name: /^Open results from/ }).click();
  await page.getByRole('heading', { name: /results/i }).first().waitFor();
  await page.getByRole('button', { name: 'Back to the assessment' }).first().click();
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('button', { name: 'Yes, delete all results' }).click();
  await page.getByRole('heading', { name: 'Earlier results' }).waitFor({ state: 'detached' });
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

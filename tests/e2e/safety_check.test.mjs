// The private safety check is kept in memory only: no storage key, no export, nothing after a
// reload or after moving on. And either partner can stop privately, which ends on a neutral
// screen with nothing of anyone's answers and no comparison. Release build, sub-path, Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, cspViolations, settle, key, launchWithProfile, recordPage } from './harness.mjs';
import { AssessmentPage } from './pages/assessment.mjs';
import { TransferPanel } from './pages/your_data.mjs';

const app = appSuite();

// What a stored or exported safety answer would look like: a question id, or a field for them.
const SAFETY_TRACE = /safe-0\d|"safety_[ab]"/;

/** Every key of both web storages, with its text, whoever wrote it. */
async function allStorage(page) {
  return page.evaluate(() => {
    const all = {};
    for (const [name, store] of [['local', localStorage], ['session', sessionStorage]]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        all[`${name}:${key}`] = store.getItem(key);
      }
    }
    return all;
  });
}

function assertNoSafetyIn(storage, when) {
  for (const [key, value] of Object.entries(storage)) {
    assert.doesNotMatch(`${key} ${value}`, SAFETY_TRACE, `${key} ${when}`);
  }
}

test('a yes on the safety check is in no storage key, and a reload brings back an empty check', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.safetyChoice(2, 'Yes').check();
  await a.safetyChoice(0, 'Prefer not to say').check();
  await a.safetyPanel().waitFor();
  assert.match(await page.locator('main').innerText(), /never saved/i, 'the step says what happens');
  await settle(page);
  const stored = await allStorage(page);
  assert.match(JSON.stringify(stored), /in_progress/, 'the questionnaire itself is saved, so the scan sees it');
  assertNoSafetyIn(stored, 'while the answers are on screen');

  await page.reload();
  await waitForApp(page);
  await a.stepHeading().filter({ hasText: 'First, a private check' }).waitFor();
  assert.equal(await a.checkedChoices().count(), 0, 'nothing is ticked after a reload');
  assert.equal(await a.safetyPanel().count(), 0, 'no help panel without an answer');

  // Away and back again, without a reload: still empty.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Boundaries' }).click();
  await page.getByRole('heading', { level: 1, name: 'Boundary worksheet' }).waitFor();
  await nav.getByRole('link', { name: 'Assessment' }).click();
  await a.stepHeading().filter({ hasText: 'First, a private check' }).waitFor();
  assert.equal(await a.checkedChoices().count(), 0);
  assert.equal(await a.safetyPanel().count(), 0);
  assertNoSafetyIn(await allStorage(page), 'after the reload');
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, [], 'leaving the page with the check on screen is clean');
  await page.context().close();
});

test('moving on forgets the check: Back finds it empty, and the partner after the hand-over too', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startTogether();
  await a.safetyChoice(4, 'Yes').check();
  await a.safetyPanel().waitFor();
  await a.next();
  await a.stepHeading().filter({ hasText: /Where you stand/ }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await a.stepHeading().filter({ hasText: 'First, a private check' }).waitFor();
  assert.equal(await a.checkedChoices().count(), 0, 'gone once the step was left');
  assert.equal(await a.safetyPanel().count(), 0);
  await a.safetyChoice(1, 'Yes').check();
  await a.next();
  for (let i = 0; i < 12; i++) {
    await a.answerAll('Agree');
    await a.next();
  }
  await a.stepHeading().filter({ hasText: /hand over/i }).waitFor();
  await page.getByRole('button', { name: /start my part/ }).click();
  await a.stepHeading().filter({ hasText: 'First, a private check' }).waitFor();
  assert.equal(await a.checkedChoices().count(), 0, 'the second partner starts with an empty check');
  assert.equal(await a.safetyPanel().count(), 0);
  await settle(page);
  assertNoSafetyIn(await allStorage(page), 'after the hand-over');
  assert.deepEqual(page.mend.consoleErrors, []);
  await page.context().close();
});

test('an export made while a yes is on screen in another tab holds no safety answers', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const answering = await openPage(app.browser, { context });
  await gotoApp(answering, app.server.base, '#/assessment');
  const a = new AssessmentPage(answering);
  await a.startTogether();
  await a.safetyChoice(0, 'Yes').check();
  await a.safetyPanel().waitFor();
  await settle(answering);

  const other = await openPage(app.browser, { context });
  await gotoApp(other, app.server.base, '#/your-data');
  const file = await new TransferPanel(other).exportData();
  assert.match(file.text, /"in_progress":\{/, 'the questionnaire in progress is in the file');
  assert.doesNotMatch(file.text, SAFETY_TRACE, 'but nothing of the safety check');
  assert.doesNotMatch(file.text, /safety/i);
  // The person answering still sees their own answer and the help.
  assert.ok(await a.safetyChoice(0, 'Yes').isChecked());
  assert.equal(await a.safetyPanel().count(), 1);
  await context.close();
});

test('together: the second partner stops privately; a neutral screen, no comparison, nothing kept', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await page.getByText('Add your names (optional)').click();
  await page.getByLabel("First partner's name").fill('Sam');
  await page.getByLabel("Second partner's name").fill('Alex');
  await a.startTogether();
  await a.answerWholePart('Strongly agree');
  await page.getByRole('button', { name: 'I am Alex: start my part' }).click();
  await a.safetyChoice(3, 'Yes').check();
  await a.safetyPanel().waitFor();
  await a.stopPrivately();

  await a.endedHeading().waitFor();
  const main = page.locator('main');
  const text = await main.innerText();
  assert.doesNotMatch(text, /Overall trust|out of 100|Gap|Your results|Earlier results/i, 'no scores, no comparison');
  assert.doesNotMatch(text, /Sam|Alex|Partner [AB]/, 'nobody is named');
  assert.doesNotMatch(text, /safety comes first|twists things|afraid|800-799/i, 'nothing of the check');
  assert.equal(await main.locator('table, figure, input, svg').count(), 0);
  assert.ok(await page.getByRole('link', { name: 'Go to the home page' }).isVisible());
  // Focus moves in the frame after the heading is drawn: wait for it (a busy machine is slower).
  await page.waitForFunction(() => document.activeElement?.id === 'step-title', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title', 'focus moves to the new heading');
  assert.deepEqual(await axeViolations(page), [], 'the neutral screen is accessible');

  await settle(page);
  const stored = await allStorage(page);
  assertNoSafetyIn(stored, 'after stopping');
  const document = JSON.parse(stored[`local:${key('document')}`] ?? '{}');
  assert.equal(document.assessment?.in_progress ?? null, null, 'the questionnaire is gone');
  assert.deepEqual(document.assessment?.history ?? [], [], 'no run, so no comparison later either');
  // Nor under the results' own key (a save stores them there once there are any).
  assert.equal(stored[`local:${key('runs')}`], undefined, 'no results stored apart either');

  // A reload does not bring anything back either.
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start together' }).waitFor();
  // The earlier results come one task after the start is drawn: look once they would be there.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));
  assert.equal(await page.getByRole('heading', { name: 'Earlier results' }).count(), 0);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.mend.consoleErrors, []);
  await page.context().close();
});

test('the first partner can stop privately in the middle of their part', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startTogether();
  await a.answerAll('No');
  await a.next();
  await a.answerAll('Disagree');
  await a.next();
  await a.stopPrivately();
  await a.endedHeading().waitFor();
  assert.equal(await page.getByRole('button', { name: /start my part/ }).count(), 0, 'no hand-over');
  await page.getByRole('button', { name: 'Back to the assessment' }).click();
  await page.getByRole('button', { name: 'Start on my own' }).waitFor();
  await settle(page);
  const document = JSON.parse((await allStorage(page))[`local:${key('document')}`] ?? '{}');
  assert.equal(document.assessment?.in_progress ?? null, null);
  await page.context().close();
});

test('nor is it in the browser\'s own session files on disk', async () => {
  // Chromium keeps the state of a page's form controls (which radio is checked, which option is
  // chosen) to restore the tab after a crash or a restart, and writes it into the profile's
  // session files as "Blink serialized form state". A real profile, closed while a yes is on
  // screen, as a person closes the browser, then read as someone with the device could read it.
  // (The rule behind it, for every control of every screen: screens.test.mjs.)
  const dir = await mkdtemp(join(tmpdir(), 'mend-session-'));
  try {
    const context = await launchWithProfile(dir);
    const page = recordPage(context.pages()[0] ?? (await context.newPage()));
    await gotoApp(page, app.server.base, '#/assessment');
    const a = new AssessmentPage(page);
    await a.startAlone();
    await a.safetyChoice(0, 'Yes').check();
    await a.safetyChoice(1, 'Prefer not to say').check();
    await a.safetyPanel().waitFor();
    // The browser asks for the page's state a moment after a control changes.
    await page.waitForTimeout(3000);
    await context.close();
    const sessions = join(dir, 'Default', 'Sessions');
    const files = await readdir(sessions);
    assert.ok(files.length > 0, 'the browser wrote its session files');
    const bytes = await Promise.all(files.map((f) => readFile(join(sessions, f))));
    // The page's address is kept as bytes; a kept control's strings are UTF-16, at either alignment.
    assert.ok(bytes.some((b) => b.toString('latin1').includes(app.server.base)), 'the session files record the page');
    const text = bytes.flatMap((b) => [b.toString('utf16le'), b.subarray(1).toString('utf16le')]).join('\n');
    // Each kept control is its name (if any), its type, then its value.
    for (const trace of ['s-safe-', 'radio', 'select-one']) assert.ok(!text.includes(trace), `the session files hold "${trace}"`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

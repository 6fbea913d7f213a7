// Content that knows who is answering: the role question, help one step away from every screen,
// "Prefer not to say" leading to help, and a together run ending in the agreement report.
// Release build, sub-path, Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, axeViolations, mendStorage, settle } from './harness.mjs';
import { AssessmentPage } from './pages/assessment.mjs';
import { HelpPage } from './pages/help.mjs';

const app = appSuite();

const SCREENS = ['', '#/assessment', '#/boundaries', '#/repair', '#/your-data', '#/privacy', '#/help', '#/no-such-screen'];

test('help is one step away from every screen, and the help page is accessible', async () => {
  const page = await openPage(app.browser);
  const help = new HelpPage(page);
  for (const hash of SCREENS) {
    await gotoApp(page, app.server.base, hash);
    await help.footerLink().waitFor();
    assert.equal(await help.navLink().count(), 1, `the header links to help on ${hash || 'home'}`);
    await help.footerLink().click();
    await help.heading().waitFor();
  }
  for (const country of ['United States', 'United Kingdom', 'Canada', 'Australia', 'New Zealand', 'Ireland', 'Spain']) {
    assert.equal(await help.country(country).count(), 1, country);
  }
  assert.match(await help.country('United States').innerText(), /800-799-7233/);
  assert.match(await help.country('United States').innerText(), /espanol\.thehotline\.org/);
  assert.match(await help.country('Spain').innerText(), /016[\s\S]*600 000 016[\s\S]*112|112[\s\S]*016[\s\S]*600 000 016/);
  assert.ok((await help.changeSection().getByRole('listitem').count()) >= 3, 'lines for people who want to stop');
  assert.match(await page.locator('main').innerText(), /checked on \d{4}-\d{2}-\d{2} against each service's own website/);
  assert.deepEqual(await axeViolations(page), [], 'the help page is accessible');
  await page.context().close();
});

test('"Prefer not to say" in the safety check leads to help, and nothing of it is kept', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  const offer = page.getByRole('region', { name: 'Help is here if you want it' });
  assert.equal(await offer.count(), 0);
  await a.safetyChoice(2, 'Prefer not to say').check();
  await offer.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the offer of help is accessible');
  await offer.getByRole('link', { name: 'See help and support lines' }).click();
  await new HelpPage(page).heading().waitFor();
  await settle(page);
  assert.doesNotMatch(JSON.stringify(await mendStorage(page)), /safe-0\d|PreferNotToSay/);
  await page.context().close();
});

test('the role question shapes the suggestions, and every suggestion stays readable', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startAlone();
  await a.answerAll('No');
  await a.next();
  await a.stepHeading().filter({ hasText: 'Where you stand' }).waitFor();
  assert.equal(await a.roleGroup().getByRole('radio').count(), 5);
  assert.deepEqual(await axeViolations(page), [], 'the role question is accessible');
  await a.chooseRole('I was hurt');
  await a.next();
  // Statements about things that may never have happened offer "does not apply".
  for (let i = 0; i < 11; i++) {
    await a.answerAll('Strongly disagree');
    const notApplicable = a.groups().getByRole('radio', { name: /Does not apply/ });
    for (let j = 0; j < (await notApplicable.count()); j++) await notApplicable.nth(j).check();
    await a.next();
  }
  await a.stepHeading().filter({ hasText: 'Your results from' }).waitFor();
  const main = page.locator('main');
  const text = await main.innerText();
  assert.match(text, /need reassurance/, 'a note for someone who was hurt');
  assert.match(text, /Three sides of trust/);
  assert.match(text, /Predictability: \d+/);
  assert.match(text, /Dependability: \d+/);
  assert.match(text, /Faith: \d+/);
  assert.doesNotMatch(text, /some strain in this area/);
  const start = main.locator('ul.next-steps');
  assert.doesNotMatch(await start.innerText(), /Name plainly what you did/, 'no one who was hurt is told to own it');
  await page.getByText('Every suggestion, for every situation').click();
  assert.match(await main.innerText(), /If you broke trust[\s\S]*Name plainly what you did/);
  assert.deepEqual(await axeViolations(page), [], 'results by role are accessible');
  await settle(page);
  assert.match(JSON.stringify(await mendStorage(page)), /WasHurt/, 'the role is kept with the run');
  // The checklist opens on this person's own steps, and every step is one choice away.
  await start.getByRole('link', { name: /Open the repair checklist/ }).first().click();
  const whose = page.getByLabel('Show the steps for');
  await whose.waitFor();
  assert.equal(await whose.inputValue(), 'was-hurt');
  const mine = page.getByText('Tell your partner, in your own words', { exact: false });
  const theirs = page.getByText('Listen to how it affected your partner', { exact: false });
  assert.equal(await mine.count(), 1);
  assert.equal(await theirs.count(), 0, "the other partner's steps are out of the way");
  await whose.selectOption('');
  await theirs.first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the checklist with its steps view is accessible');
  await page.context().close();
});

test('together: each partner gives a role and the run ends in the agreement report', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base, '#/assessment');
  const a = new AssessmentPage(page);
  await a.startTogetherAs('Sam', 'Alex');
  await a.answerWholePart('Strongly disagree', 'No', 'I was hurt');
  await page.getByRole('button', { name: 'I am Alex: start my part' }).click();
  await a.answerWholePart('Strongly agree', 'No', 'I did something');
  await a.stepHeading().filter({ hasText: 'Your agreement report' }).waitFor();
  const main = page.locator('main');
  const text = await main.innerText();
  assert.match(text, /not a test you pass or fail/, 'the disclaimer');
  assert.match(text, /big gaps are common and expected/, 'the note on gaps after a betrayal');
  assert.match(text, /Seen differently/);
  assert.match(text, /How to talk about this/);
  assert.match(text, /pause signal/);
  assert.match(text, /Next steps for Sam/);
  assert.match(text, /Next steps for Alex/);
  assert.match(text, /Sam \(was hurt\)/);
  assert.match(text, /Alex \(broke trust\)/);
  const prompts = main.locator('ul.prompts').first().getByRole('listitem');
  assert.ok((await prompts.count()) >= 2, 'each area has two or three questions');
  assert.match(await prompts.first().innerText(), /\?$/);
  assert.deepEqual(await axeViolations(page), [], 'the agreement report is accessible');
  await page.context().close();
});

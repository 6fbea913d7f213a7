// Languages (issue #16): the switch in the header, the browser's language on a first visit, the
// choice kept across reloads and deleted with everything else, each language's text as a part
// of its own that works offline after one visit, and home within its ceiling in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { appSuite, openPage, gotoApp, waitForApp, cspViolations, axeViolations, mendStorage, key, DIST, BOOT_JS, serveDist } from './harness.mjs';
import { measure, waitUsable, brotliOfRequests, FIRST_VISITS, HOME_CEILING, deepLinkCeiling, LANGUAGE_TEXT_ALLOWANCE } from './sizes.mjs';

const app = appSuite();

/** The one-line messages of `file` in `dir`, by id. */
async function messagesOf(dir, file) {
  const text = await readFile(new URL(file, dir), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map((m) => [m[1], m[2]]));
}

/**
 * The one-line messages of a language (every file of locales/<tag>/), by id: the tests read the
 * text from there. An id may be in two slices (each slice is a module of its own); the later
 * file's wins here, so a test of such an id reads its slice with `slice`.
 */
async function catalogue(tag) {
  const dir = new URL(`../../locales/${tag}/`, import.meta.url);
  const messages = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ftl'))) {
    Object.assign(messages, await messagesOf(dir, file));
  }
  return messages;
}

/** The one-line messages of one slice, locales/<tag>/<name>.ftl, by id. */
const slice = (tag, name) => messagesOf(new URL(`../../locales/${tag}/`, import.meta.url), `${name}.ftl`);
const en = await catalogue('en');
const es = await catalogue('es');

/**
 * Records every `<h1>` text the page showed while it was visible (no `data-lang-pending` on
 * <html>, see boot.js), so a test can tell that a page meant to open in Spanish never showed
 * English first.
 */
async function recordVisibleTitles(page) {
  await page.addInitScript(() => {
    window.__titles = [];
    const look = () => {
      if (document.documentElement.dataset.langPending) return;
      for (const h1 of document.querySelectorAll('h1')) {
        if (h1.textContent && !window.__titles.includes(h1.textContent)) window.__titles.push(h1.textContent);
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const lang = (page) => page.evaluate(() => document.documentElement.lang);
const title = (page) => page.getByRole('heading', { level: 1 });
const switcher = (page, label) => page.getByLabel(label, { exact: true });

/** Waits until the page shows the home page in the language of `messages`. */
async function homeIn(page, messages, tag) {
  await page.waitForFunction((tag) => document.documentElement.lang === tag && !document.documentElement.dataset.langPending, tag);
  await title(page).filter({ hasText: messages['home-title'] }).waitFor();
}

function assertOwnRequestsOnly(page) {
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(page.mend.pageErrors, []);
  const foreign = page.mend.requests.filter((url) => !url.startsWith(app.server.base));
  assert.deepEqual(foreign, [], 'every request goes to the app\'s own files');
}

/** The header's links, the skip link and the footer are in the language of `text`. */
async function shellIn(page, text) {
  const nav = page.getByRole('navigation', { name: text['nav-label'] });
  for (const id of ['nav-assessment', 'nav-boundaries', 'nav-repair', 'nav-your-data', 'nav-help']) {
    await nav.getByRole('link', { name: text[id], exact: true }).waitFor();
  }
  assert.equal(await page.locator('.skip-link').textContent(), text['skip-to-content']);
  const footer = page.getByRole('contentinfo');
  await footer.getByText(text['footer-not-therapy']).waitFor();
  await footer.getByRole('link', { name: text['footer-help-link'] }).waitFor();
  await footer.getByRole('link', { name: text['footer-privacy-link'] }).waitFor();
}

test('the switch turns the home page into Spanish, <html lang> follows, and the choice survives a reload', async () => {
  const page = await openPage(app.browser);
  await recordVisibleTitles(page);
  await gotoApp(page, app.server.base);
  assert.equal(await lang(page), 'en');
  await homeIn(page, en, 'en');
  // Each language is named in itself.
  const options = await switcher(page, en['language-switch-label']).locator('option').allTextContents();
  assert.deepEqual(options, ['English', 'Español']);

  const theSwitch = await switcher(page, en['language-switch-label']).elementHandle();
  await switcher(page, en['language-switch-label']).selectOption('es');
  await homeIn(page, es, 'es');
  await shellIn(page, es);
  // The header is drawn again around the switch, not the switch itself, so it keeps the focus.
  assert.ok(await theSwitch.evaluate((el) => el.isConnected), 'the language switch was replaced');
  await page.getByText(es['home-lead']).waitFor();
  await page.getByRole('link', { name: es['tool-assessment-name'] }).waitFor();
  await page.getByRole('heading', { name: es['home-privacy-heading'] }).waitFor();
  assert.equal(await page.locator('.quick-exit-button').textContent(), es['quick-exit-button']);
  assert.equal((await mendStorage(page))[key('language')], 'es');
  assert.deepEqual(await axeViolations(page), [], 'home in Spanish');

  await page.reload();
  await waitForApp(page);
  await homeIn(page, es, 'es');
  assert.equal(await switcher(page, es['language-switch-label']).inputValue(), 'es');
  await shellIn(page, es);
  const shown = await page.evaluate(() => window.__titles);
  assert.ok(!shown.slice(1).includes(en['home-title']), `after the reload the page showed only Spanish titles: ${shown}`);

  for (const [hash, heading] of [['#/privacy', es['privacy-title']], ['#/nowhere', es['not-found-title']]]) {
    await page.goto(app.server.base + hash);
    await waitForApp(page);
    await page.waitForFunction(() => document.documentElement.lang === 'es' && !document.documentElement.dataset.langPending);
    await title(page).filter({ hasText: heading }).waitFor();
    assert.deepEqual(await axeViolations(page), [], hash);
  }

  // And back: English, remembered too.
  await switcher(page, es['language-switch-label']).selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await title(page).filter({ hasText: en['not-found-title'] }).waitFor();
  assert.equal((await mendStorage(page))[key('language')], 'en');
  await shellIn(page, en);
  assert.deepEqual(await cspViolations(page), []);
  assertOwnRequestsOnly(page);
  await page.context().close();
});

// Issue #16 holds every language to the home ceiling.
test('home in Spanish stays within the home ceiling, and each deep link within its ceiling and text allowance', async (t) => {
  const sizes = await measure(DIST);
  // From the build's files: the first load plus the Spanish part.
  const spanish = sizes.total.brotli + sizes.languages.es.brotli;
  t.diagnostic(`home: ${sizes.total.brotli} bytes brotli in English, ${spanish} in Spanish (the part ${sizes.languages.es.brotli})`);
  assert.ok(sizes.languages.es.files.length > 0, 'Spanish is a part of its own');
  // And every deep link in Spanish: at most its text parts over the English ceiling.
  for (const [screen, parts] of Object.entries(sizes.languages.es.screens)) {
    const deep = sizes.total.brotli + parts.brotli;
    t.diagnostic(`straight to ${screen} in Spanish: ${deep} bytes brotli (English ${sizes.total.brotli + sizes.screens[screen].brotli})`);
    assert.ok(deep <= deepLinkCeiling(screen) + LANGUAGE_TEXT_ALLOWANCE, `a first visit straight to ${screen} in Spanish is ${deep} bytes brotli`);
  }
  // In the browser, a fresh profile without the service worker (which fetches every part once
  // the page is up): what is fetched before home is usable, in Spanish.
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base, { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'home'), 15000);
  await homeIn(page, es, 'es');
  const { brotli, files } = brotliOfRequests(sizes, page.mend.requests);
  t.diagnostic(`a first visit to home in Spanish fetched ${brotli} bytes brotli in ${files.length} files`);
  await context.close();
  assert.ok(spanish <= HOME_CEILING, `home in Spanish is ${spanish} bytes brotli, over the ceiling ${HOME_CEILING}`);
  assert.ok(brotli <= HOME_CEILING, `a first visit to home in Spanish fetched ${brotli} bytes brotli (ceiling ${HOME_CEILING})`);
});

test('a first visit with a Spanish browser starts in Spanish, fetches only the Spanish part, and stores no choice', async () => {
  const sizes = await measure(DIST);
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await recordVisibleTitles(page);
  await page.goto(app.server.base, { waitUntil: 'commit' });
  await waitUsable(page, FIRST_VISITS.find((v) => v.name === 'home'), 15000);
  await homeIn(page, es, 'es');
  const { files } = brotliOfRequests(sizes, page.mend.requests);
  const lazyFetched = files.filter((name) => sizes.lazy.includes(name));
  assert.deepEqual(lazyFetched.sort(), [...sizes.languages.es.files].sort(), 'only the Spanish part is fetched');
  assert.deepEqual(await page.evaluate(() => window.__titles), [es['home-title']], 'no English before the Spanish');
  assert.equal((await mendStorage(page))[key('language')], undefined, 'the browser\'s language is not stored as a choice');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await cspViolations(page), []);
  assertOwnRequestsOnly(page);
  await context.close();
});

test('before the app runs, and when it cannot start, the quick exit and boot.js speak the browser\'s language', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  // The app's module never arrives: only boot.js and the markup can say anything.
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  // The network is closed here: answer the neutral site the quick exit goes to.
  await page.route((url) => url.origin !== new URL(app.server.base).origin, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Weather</p>' }));
  await page.goto(app.server.base, { waitUntil: 'commit' });
  await page.locator('#boot .loading').filter({ hasText: es['boot-failed'] }).waitFor({ timeout: 15000 });
  assert.equal(await page.locator('.quick-exit-button').textContent(), es['quick-exit-button']);
  assert.equal(await page.locator('.quick-exit-hint').textContent(), es['quick-exit-hint']);
  assert.equal(await lang(page), 'es');
  // The quick exit still leaves.
  await page.locator('.quick-exit-button').click();
  await page.waitForURL((url) => !url.href.startsWith(app.server.base), { timeout: 10000 });
  await context.close();
});

test('the quick exit is in the person\'s language from the first paint, before boot.js has arrived', async () => {
  // On a slow network boot.js can take seconds; a person who reads no English must still see
  // their way out in their language from the first frame drawn. The stored choice wins over the
  // browser's languages, as in the app. The page itself arrives slowly too: in three pieces, cut
  // inside the button's English and again just after it, so frames are drawn while it is parsed.
  const slow = await serveDist(DIST, { pauses: ['>Exit th', 'is page'] });
  const cases = [
    { locale: 'es-ES', stored: null, want: 'es' },
    { locale: 'en-US', stored: 'es', want: 'es' },
    { locale: 'es-ES', stored: 'en', want: 'en' },
  ];
  try {
    for (const { locale, stored, want } of cases) {
      const label = `${locale}, stored ${stored}`;
      const text = want === 'es' ? es : en;
      const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
      try {
        // What every frame shows of the quick exit, taken just before it is drawn.
        await context.addInitScript(([languageKey, language]) => {
          if (language !== null && location.pathname.endsWith('/')) localStorage.setItem(languageKey, language);
          window.__drawn = { button: [], hint: [] };
          const look = () => {
            for (const [name, selector] of [['button', '.quick-exit-button'], ['hint', '.quick-exit-hint']]) {
              const seen = document.querySelector(selector)?.textContent;
              if (seen !== undefined && window.__drawn[name].at(-1) !== seen) window.__drawn[name].push(seen);
            }
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }, [key('language'), stored]);
        const page = await openPage(app.browser, { context });
        let release;
        const held = new Promise((ok) => { release = ok; });
        await page.route(BOOT_JS, async (route) => {
          await held;
          await route.continue().catch(() => {});
        });
        await page.goto(slow.base, { waitUntil: 'commit' });
        await page.locator('#boot .loading').waitFor();
        assert.equal(await lang(page), want, label);
        assert.equal(await page.locator('#boot .loading').textContent(), text['boot-loading'], label);
        await page.waitForFunction(() => window.__drawn.hint.length > 0);
        const drawn = await page.evaluate(() => window.__drawn);
        if (want === 'en') {
          // The markup's own English, drawn as far as it had arrived.
          assert.ok(drawn.button.every((seen) => text['quick-exit-button'].startsWith(seen)), `${label}: ${drawn.button}`);
          assert.equal(drawn.button.at(-1), text['quick-exit-button'], label);
        } else {
          assert.deepEqual(drawn, { button: [text['quick-exit-button']], hint: [text['quick-exit-hint']] }, `${label}: every frame drawn before boot.js`);
        }
        release();
        await waitForApp(page);
        assert.equal(await page.locator('.quick-exit-button').textContent(), text['quick-exit-button'], `${label}: once the app runs`);
        assert.deepEqual(page.mend.pageErrors, []);
      } finally {
        await context.close();
      }
    }
  } finally {
    await slow.close();
  }
});

test('after one visit, switching language works offline', async () => {
  const page = await openPage(app.browser);
  await gotoApp(page, app.server.base);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 }).catch(async () => {
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  });
  await page.context().setOffline(true);
  const theSwitch = await switcher(page, en['language-switch-label']).elementHandle();
  await switcher(page, en['language-switch-label']).selectOption('es');
  await homeIn(page, es, 'es');
  await shellIn(page, es);
  // The header is drawn again around the switch, not the switch itself, so it keeps the focus.
  assert.ok(await theSwitch.evaluate((el) => el.isConnected), 'the language switch was replaced');
  await page.reload();
  await waitForApp(page);
  await homeIn(page, es, 'es');
  assertOwnRequestsOnly(page);
  await page.context().close();
});

test('a language that cannot be fetched leaves the screen as it is and says why', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await gotoApp(page, app.server.base);
  await context.setOffline(true);
  await switcher(page, en['language-switch-label']).selectOption('es');
  const alert = page.getByRole('alert').filter({ hasText: 'Español could not be loaded' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Mend stays in English/);
  assert.equal(await lang(page), 'en');
  await title(page).filter({ hasText: en['home-title'] }).waitFor();
  assert.equal(await switcher(page, en['language-switch-label']).inputValue(), 'en', 'the switch shows the language on screen');
  assert.equal((await mendStorage(page))[key('language')], undefined, 'nothing is remembered');
  assert.deepEqual(await axeViolations(page), []);
  await context.setOffline(false);
  const theSwitch = await switcher(page, en['language-switch-label']).elementHandle();
  await switcher(page, en['language-switch-label']).selectOption('es');
  await homeIn(page, es, 'es');
  await shellIn(page, es);
  // The header is drawn again around the switch, not the switch itself, so it keeps the focus.
  assert.ok(await theSwitch.evaluate((el) => el.isConnected), 'the language switch was replaced');
  assert.equal(await page.getByRole('alert').count(), 0, 'the alert is gone once it worked');
  await context.close();
});

test('the quick exit\'s deletion takes the language with everything else', async () => {
  const page = await openPage(app.browser);
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(page, app.server.base);
  const theSwitch = await switcher(page, en['language-switch-label']).elementHandle();
  await switcher(page, en['language-switch-label']).selectOption('es');
  await homeIn(page, es, 'es');
  await shellIn(page, es);
  // The header is drawn again around the switch, not the switch itself, so it keeps the focus.
  assert.ok(await theSwitch.evaluate((el) => el.isConnected), 'the language switch was replaced');
  // The choice to delete on exit, as the checkbox on Your data stores it.
  await page.evaluate((k) => localStorage.setItem(k, '1'), key('wipe-on-exit'));
  await page.reload();
  await waitForApp(page);
  await homeIn(page, es, 'es');
  await page.getByRole('button', { name: es['quick-exit-button'] }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await gotoApp(page, app.server.base);
  assert.deepEqual(await mendStorage(page), {});
  await homeIn(page, en, 'en');
  await page.context().close();
});

test('every tool opens in Spanish from a deep link, with its own text in Spanish, and follows a switch back', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  // Each screen and a text of its own slice (locales/es/<slice>.ftl) that it shows at once.
  const screens = [
    ['#/assessment', es['assessment-disclaimer']],
    ['#/boundaries', es['boundaries-intro']],
    ['#/repair', es['repair-intro']],
    ['#/your-data', es['names-heading']],
    ['#/help', es['help-intro']],
    ['#/privacy', es['privacy-keeps']],
  ];
  for (const [hash, text] of screens) {
    await page.goto(app.server.base + hash);
    await waitForApp(page);
    await page.waitForFunction(() => document.documentElement.lang === 'es' && !document.documentElement.dataset.langPending);
    await page.getByText(text).first().waitFor({ timeout: 15000 });
  }
  // A tool's text follows the switch too, without a reload.
  await page.goto(app.server.base + '#/repair');
  await waitForApp(page);
  await page.getByText(es['repair-intro']).waitFor();
  await switcher(page, es['language-switch-label']).selectOption('en');
  await page.getByText(en['repair-intro']).waitFor();
  await page.getByText(en['phase-acknowledge']).first().waitFor();
  await switcher(page, en['language-switch-label']).selectOption('es');
  await page.getByText(es['phase-acknowledge']).first().waitFor();
  assert.deepEqual(page.mend.pageErrors, [], 'no screen failed in Spanish');
  await context.close();
});

/** Through every step without answering: 'Siguiente' until the last, which says 'Ver los resultados'. */
async function toResults(page) {
  for (let i = 0; i < 40; i++) {
    const last = page.getByRole('button', { name: es['step-see-results'], exact: true });
    if (await last.count()) {
      await last.click();
      break;
    }
    await page.getByRole('button', { name: es['step-next'], exact: true }).click();
  }
}

test('the assessment in Spanish: start, each step, results, the list of earlier results and stopping privately', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/assessment');
  await waitForApp(page);
  await page.getByText(es['start-lead']).waitFor({ timeout: 15000 });
  await page.getByRole('heading', { name: es['start-together-heading'] }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the start screen in Spanish');

  await page.getByRole('button', { name: es['start-alone-button'] }).click();
  const progress = page.locator('label[for="assessment-progress"]');
  assert.match(await progress.textContent(), /^Paso 1 de \d+$/);
  await page.getByText(es['safety-title']).waitFor();
  for (const group of await page.locator('main fieldset.item').all()) {
    await group.getByRole('radio', { name: es['safety-answer-no'], exact: true }).check();
  }
  assert.equal(await page.getByRole('button', { name: es['step-back'] }).isDisabled(), true);
  await toResults(page);
  await page.locator('#step-title').filter({ hasText: /^Tus resultados del / }).waitFor();
  await page.getByRole('heading', { name: es['by-area-heading'] }).waitFor();
  assert.match(await page.locator('.overall').first().innerText(), /^Confianza general: /);
  assert.deepEqual(await axeViolations(page), [], 'the results in Spanish');
  await page.getByRole('button', { name: es['results-back'] }).click();

  await page.getByRole('heading', { name: es['history-heading'] }).waitFor();
  await page.getByRole('button', { name: /^Abrir los resultados del / }).waitFor();
  assert.equal(await page.getByRole('button', { name: es['history-start-over'] }).count(), 1);

  await page.getByRole('button', { name: es['start-alone-button'] }).click();
  await page.getByRole('button', { name: es['stop-button'] }).click();
  await page.locator('#step-title').filter({ hasText: es['stopped-title'] }).waitFor();
  await page.getByRole('button', { name: es['stopped-back'] }).waitFor();
  assert.deepEqual(page.mend.pageErrors, [], 'no part of the assessment failed in Spanish');
  await context.close();
});

test('when the results\' Spanish text cannot be downloaded, finishing a run says so, and Try again brings the results', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  let blocked = true;
  await context.route(/\/split_text_results_es-[^/]*$/, (route) => (blocked ? route.abort() : route.continue()));
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/assessment');
  await waitForApp(page);
  await page.getByRole('button', { name: es['start-alone-button'] }).click();
  await page.getByText(es['safety-title']).waitFor();
  for (const group of await page.locator('main fieldset.item').all()) {
    await group.getByRole('radio', { name: es['safety-answer-no'], exact: true }).check();
  }
  await toResults(page);
  const alert = page.getByRole('alert').filter({ hasText: es['results-load-failed'] });
  await alert.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the failure line in Spanish');
  blocked = false;
  await alert.getByRole('button', { name: es['try-again'], exact: true }).click();
  await page.getByRole('heading', { name: es['by-area-heading'] }).waitFor();
  assert.equal(await alert.count(), 0);
  await context.close();
});

test('the boundary worksheet in Spanish: its notes, overview, a topic\'s tools and topics of your own', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/boundaries');
  await waitForApp(page);
  await page.getByText(es['boundaries-intro']).waitFor({ timeout: 15000 });
  await page.getByRole('heading', { name: es['overview-heading'] }).waitFor();
  await page.getByText(es['saved-as-you-type']).waitFor();
  // The first topic's buttons name it where Spanish puts it: 'Bajar <tema>'.
  const first = es['topic-emotional-support'];
  await page.getByRole('button', { name: `Bajar ${first}`, exact: true }).waitFor();
  await page.getByRole('button', { name: `Ocultar ${first}`, exact: true }).click();
  await page.getByRole('heading', { name: es['hidden-heading'] }).waitFor();
  await page.getByRole('button', { name: `Mostrar ${first} otra vez`, exact: true }).waitFor();
  await page.getByRole('heading', { name: es['own-heading'] }).waitFor();
  await page.getByLabel(es['new-topic']).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the worksheet in Spanish');
  assert.deepEqual(page.mend.pageErrors, [], 'no part of the worksheet failed in Spanish');
  await context.close();
});

test('the repair checklist in Spanish: its controls, a promise and a check-in', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/repair');
  await waitForApp(page);
  await page.getByText(es['repair-intro']).waitFor({ timeout: 15000 });
  await page.getByLabel(es['whose-label']).waitFor();
  await page.getByRole('heading', { name: es['self-trust-heading'] }).waitFor();
  assert.equal(await page.locator('#promises-heading').textContent(), es['promises-heading']);

  await page.getByLabel(es['promise-what']).fill('Llamar si llego tarde');
  await page.getByRole('button', { name: es['promise-add'] }).click();
  await page.getByRole('radio', { name: es['choice-kept'], exact: true }).check();
  await page.getByText('1 de 1 promesa cumplida: 100 %').waitFor();

  await page.getByRole('heading', { name: es['check-ins-heading'] }).waitFor();
  await page.getByText(es['check-ins-chart-empty']).waitFor();
  for (const input of await page.locator('.r-ratings input').all()) await input.fill('7');
  await page.getByRole('button', { name: es['check-in-save'] }).click();
  await page.getByText(es['check-in-saved']).waitFor();
  await page.getByRole('heading', { name: es['check-ins-past'] }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the checklist in Spanish');
  assert.deepEqual(page.mend.pageErrors, [], 'no part of the checklist failed in Spanish');
  await context.close();
});

test('your data in Spanish: its sections, the lock form and the delete confirmation', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/your-data');
  await waitForApp(page);
  await page.getByText(es['stored-here']).waitFor({ timeout: 15000 });
  for (const id of ['transfer-heading', 'partner-heading', 'keep-heading', 'lock-heading', 'delete-heading']) {
    await page.getByRole('heading', { name: es[id] }).waitFor();
  }
  await page.getByLabel(`Borrarlo todo cuando use «${es['quick-exit-button']}»`).waitFor();
  await page.getByRole('button', { name: es['lock-turn-on'] }).waitFor();
  await page.getByRole('button', { name: es['delete-button'] }).click();
  await page.getByRole('button', { name: es['delete-yes'] }).waitFor();
  await page.getByRole('button', { name: es['cancel'] }).click();
  assert.deepEqual(await axeViolations(page), [], 'your data in Spanish');
  assert.deepEqual(page.mend.pageErrors, [], 'no part of your data failed in Spanish');
  await context.close();
});

test('sharing with your partner in Spanish: who uses this phone, sending and receiving', async () => {
  const context = await app.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
  const page = await openPage(app.browser, { context });
  await page.goto(app.server.base + '#/partner');
  await waitForApp(page);
  const partner = await slice('es', 'partner');
  await page.getByText(partner['partner-lead']).waitFor({ timeout: 15000 });
  await page.getByText(es['say-who-first']).waitFor();
  await page.getByRole('group', { name: es['who-legend'] }).getByRole('radio', { name: /\(la primera persona\)$/ }).check();
  await page.getByRole('heading', { name: es['send-heading'] }).waitFor();
  await page.getByRole('group', { name: es['send-legend'] }).waitFor();
  await page.getByRole('button', { name: es['seal'] }).click();
  await page.getByText(es['send-nothing']).waitFor();
  await page.getByRole('heading', { name: es['receive-heading'] }).waitFor();
  await page.getByLabel(es['code-label']).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the partner screen in Spanish');
  assert.deepEqual(page.mend.pageErrors, [], 'no part of the partner screen failed in Spanish');
  await context.close();
});

/** Clicks the export button named `label` and resolves to the downloaded file's name and text. */
async function exportIn(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Imports `file` on Your data in the language of `text`, replacing what is there. */
async function importIn(page, text, file) {
  await page.goto(app.server.base + '#/your-data');
  await waitForApp(page);
  await page.getByLabel(text['import-label'], { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('group', { name: text['preview-title'] }).waitFor();
  await page.getByRole('button', { name: text['replace-button'] }).click();
}

test('an export made in Spanish imports into English, and the reverse: files carry ids, never text', async () => {
  // The step's stored id (src/domain/repair/content.rs) and its message's id.
  const stepId = 'ack-say-it';
  const step = `step-${stepId}`;
  const inLanguage = async (locale) => {
    const context = await app.browser.newContext({ locale, serviceWorkers: 'block', acceptDownloads: true });
    return openPage(app.browser, { context });
  };
  // In Spanish: tick a step and write a promise, then export.
  const spanish = await inLanguage('es-ES');
  await spanish.goto(app.server.base + '#/repair');
  await waitForApp(spanish);
  await spanish.getByRole('checkbox', { name: es[step], exact: true }).check();
  await spanish.getByLabel(es['promise-what']).fill('Llamar si llego tarde');
  await spanish.getByRole('button', { name: es['promise-add'] }).click();
  await spanish.goto(app.server.base + '#/your-data');
  await waitForApp(spanish);
  const fromSpanish = await exportIn(spanish, es.export);
  assert.ok(fromSpanish.text.includes(`"${stepId}"`), 'the file names the step by its id');
  for (const shown of [es[step], es['phase-acknowledge'], en[step]]) {
    assert.ok(!fromSpanish.text.includes(shown), `the file holds no display text: ${shown}`);
  }

  // In English: the same file shows the step ticked, in English, and the promise as written.
  const english = await inLanguage('en-GB');
  await importIn(english, en, fromSpanish);
  await english.goto(app.server.base + '#/repair');
  await waitForApp(english);
  assert.ok(await english.getByRole('checkbox', { name: en[step], exact: true }).isChecked(), 'the step is ticked in English');
  await english.getByText('Llamar si llego tarde').first().waitFor();

  // And back: untick it in English, export, and the Spanish phone follows.
  await english.getByRole('checkbox', { name: en[step], exact: true }).uncheck();
  await english.goto(app.server.base + '#/your-data');
  await waitForApp(english);
  const fromEnglish = await exportIn(english, en.export);
  assert.ok(!fromEnglish.text.includes(en[step]) && !fromEnglish.text.includes(es[step]));
  await importIn(spanish, es, fromEnglish);
  await spanish.goto(app.server.base + '#/repair');
  await waitForApp(spanish);
  await spanish.getByRole('checkbox', { name: es[step], exact: true }).waitFor();
  assert.equal(await spanish.getByRole('checkbox', { name: es[step], exact: true }).isChecked(), false, 'unticked in Spanish too');
  await spanish.getByText('Llamar si llego tarde').first().waitFor();
  for (const page of [spanish, english]) {
    assert.deepEqual(page.mend.pageErrors, []);
    await page.context().close();
  }
});

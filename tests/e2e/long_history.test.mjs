// Years of data (issue #13): long lists show a page at a time with the newest first, edits on a
// large document are saved, a deep link fetches its parts together with the main module, and a
// nearly full storage is announced before a save is ever refused. Against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, openPage, gotoApp, waitForApp, axeViolations, cspViolations, settle, key, PREFIX, scrolledTo, mendStorage } from './harness.mjs';
import { readFile } from 'node:fs/promises';
import { largeDocument, largeDocumentText, storageEntries, seedStorage } from './large_document.mjs';
import { noteWhenUsable, notedWhenUsable } from './sizes.mjs';
import { YourDataPage, TransferPanel, turnLockOn, unlock } from './pages/your_data.mjs';

const app = appSuite();

async function openWith(doc, hash, extra = {}) {
  const page = await openPage(app.browser);
  await seedStorage(page, app.server.base, { ...storageEntries(JSON.stringify(doc), PREFIX), ...extra });
  await gotoApp(page, app.server.base, hash);
  return page;
}

async function clean(page) {
  assert.deepEqual(page.mend.pageErrors, []);
  assert.deepEqual(page.mend.consoleErrors, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.context().close();
}

test('the rehearsed first tick and keystroke leave the stored data and the screen as they were', async () => {
  // The checklist and the worksheet rehearse their first interaction on a hidden copy while the
  // browser is idle (src/ui/rehearse.rs), so that V8 has compiled that code before a person
  // clicks. The rehearsal must never reach the person's data or the screen.
  const doc = largeDocument({ size: 'three-years' });
  // The promise shown first gets id 1 and is kept, like the one the rehearsal makes up in its
  // own scratch state: radios of the same name would be one group in the page, and ticking the
  // made-up one would untick the person's.
  const promises = doc.repair.promises;
  [promises[0].id, promises.at(-1).id] = [promises.at(-1).id, promises[0].id];
  promises.at(-1).decision = { ...promises[0].decision };
  const entries = storageEntries(JSON.stringify(doc), PREFIX);
  // The checklist rehearses twice (a tick and its note; a promise's note, with its later part),
  // the worksheet once, the assessment once ("Start" and three steps on a copy of its screen).
  for (const [hash, control, times] of [['#/repair', 'main input[type=checkbox]', 2], ['#/boundaries', 'main textarea', 1], ['#/assessment', 'main .start-options button.primary', 1]]) {
    const page = await openPage(app.browser);
    // Counts hidden forms put into and taken out of <body>: the rehearsal's. As each one comes,
    // a keyboard user is on the screen's first control (focused here, before the copy's
    // handlers run, whatever the moment the rehearsal comes); as it goes, whether that control
    // still has focus. Also notes what the copy drew, in order: a step heading, the role
    // question, a statement.
    await page.addInitScript((control) => {
      window.__rehearsals = { added: 0, removed: 0, focusKept: [], drawn: [] };
      const hidden = (n) => n.nodeType === 1 && n.tagName === 'FORM' && n.hasAttribute('hidden') && n.getAttribute('aria-hidden') === 'true';
      let person = null;
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n.nodeType !== 1 || !n.closest('form[hidden]')) continue;
            // The node itself and what it holds (a step comes in a form of its own), in order.
            const parts = '#step-title, fieldset.role, fieldset.item';
            for (const el of [n, ...n.querySelectorAll(parts)].filter((e) => e.matches(parts))) {
              const what = el.id === 'step-title' ? 'heading' : el.matches('fieldset.role') ? 'role' : 'statement';
              if (window.__rehearsals.drawn.at(-1) !== what) window.__rehearsals.drawn.push(what);
            }
          }
          if (r.target !== document.body) continue;
          for (const n of r.addedNodes) {
            if (!hidden(n)) continue;
            window.__rehearsals.added += 1;
            person = document.querySelector(control);
            person?.focus();
          }
          for (const n of r.removedNodes) {
            if (!hidden(n)) continue;
            window.__rehearsals.removed += 1;
            window.__rehearsals.focusKept.push(!!person && document.activeElement === person);
          }
        }
      }).observe(document, { childList: true, subtree: true });
    }, control);
    await seedStorage(page, app.server.base, entries);
    await gotoApp(page, app.server.base, hash);
    await page.locator(control).first().waitFor();
    await page.waitForFunction((n) => window.__rehearsals.removed >= n, times, { timeout: 15000 });
    const seen = await page.evaluate(() => window.__rehearsals);
    assert.deepEqual([seen.added, seen.removed], [times, times], `${hash}: each rehearsal taken away`);
    // The copy's handlers let go of focus and ask for it for their own heading: never the person's.
    assert.deepEqual(seen.focusKept, Array(times).fill(true), `${hash}: focus stayed on the person's control`);
    assert.ok(await page.locator(control).first().evaluate((el) => el === document.activeElement), `${hash}: and still has it`);
    // The assessment's copy got past "Start" and its Next clicks: the steps' heading with the
    // safety check's questions, then the role question, then an area's statements.
    if (hash === '#/assessment') assert.deepEqual(seen.drawn.slice(0, 4), ['heading', 'statement', 'role', 'statement'], 'the copy went through its steps');
    // Past the save's quiet time: an edit to the real data would have been written by now.
    await page.waitForTimeout(1000);
    assert.deepEqual(await mendStorage(page), entries, `${hash}: the stored data is as it was`);
    if (hash === '#/repair') {
      const newest = await scrolledTo(page.locator('main ul.r-promises > li').first());
      assert.equal(await newest.locator('legend').innerText(), promises.at(-1).text);
      assert.ok(await newest.getByRole('radio', { name: 'Kept', exact: true }).isChecked(), "the person's kept promise is still ticked");
    }
    if (hash === '#/assessment') {
      // The copy started, answered nothing and went three steps on: the screen is still the start.
      assert.equal(await page.locator('main .start-options').count(), 1, 'the start screen is still up');
      assert.equal(await page.locator('#step-title').count(), 0, 'no step of the copy is left');
      assert.equal(await page.locator('main ul.run-list > li').count(), 20);
    }
    assert.equal(await page.locator('body > form[hidden][aria-hidden="true"]').count(), 0);
    await clean(page);
  }
});

test('three years of promises and check-ins show twenty at a time, newest first, and edits still save', async () => {
  const doc = largeDocument({ size: 'three-years' });
  const promises = doc.repair.promises;
  const page = await openWith(doc, '#/repair');
  const list = page.locator('main ul.r-promises > li');
  // Below the first phase, the lists come one task after the first paint.
  await list.nth(19).waitFor();
  assert.equal(await list.count(), 20);
  // The lists skip rendering while out of view (content-visibility), so their rendered text is
  // read once scrolled to, as a person would.
  await scrolledTo(list.first());
  // The newest added comes first.
  assert.equal(await list.first().locator('legend').innerText(), promises.at(-1).text);
  assert.match(await page.locator('section[aria-labelledby="promises-heading"]').innerText(), new RegExp(`Showing the newest 20 of ${promises.length} promises`));
  await page.getByRole('button', { name: 'Show 20 older promises' }).click();
  assert.equal(await list.count(), 40);
  assert.equal(await list.nth(39).locator('legend').innerText(), promises.at(-40).text);

  // Check-ins: the twenty latest by day, newest first.
  const byDay = [...doc.repair.check_ins].sort((x, y) => (x.check_in.date === y.check_in.date ? y.id - x.id : x.check_in.date < y.check_in.date ? 1 : -1));
  const checkIns = page.locator('main ul.r-check-ins > li');
  await checkIns.nth(19).waitFor();
  assert.equal(await checkIns.count(), 20);
  await scrolledTo(checkIns.first());
  assert.match(await checkIns.first().innerText(), new RegExp(byDay[0].check_in.date));
  assert.match(await checkIns.nth(19).innerText(), new RegExp(byDay[19].check_in.date));
  await page.getByRole('button', { name: 'Show 20 older check-ins' }).click();
  assert.equal(await checkIns.count(), 40);

  // An edit on the large document is stored.
  const newest = list.first();
  await newest.getByRole('radio', { name: 'Kept', exact: true }).check();
  await settle(page);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key('document')));
  const saved = stored.repair.promises.find((p) => p.id === promises.at(-1).id);
  assert.equal(saved.decision?.outcome, 'kept');
  assert.equal(stored.repair.promises.length, promises.length, 'nothing else was lost');
  assert.deepEqual(await axeViolations(page), []);
  await clean(page);
});

test('earlier assessment results show twenty at a time, newest first', async () => {
  const doc = largeDocument({ size: 'three-years' });
  const page = await openWith(doc, '#/assessment');
  const runs = page.locator('ul.run-list > li');
  // Drawn one task after the start (see the next test).
  await runs.first().waitFor();
  assert.equal(await runs.count(), 20);
  assert.match(await runs.first().innerText(), new RegExp(doc.assessment.history.at(-1).date));
  await page.getByRole('button', { name: 'Show 20 older results' }).click();
  assert.equal(await runs.count(), 40);
  assert.deepEqual(await axeViolations(page), []);
  await clean(page);
});

test('with three years of results, a change elsewhere stores only the rest, and a deleted result stores the results again', async () => {
  // The earlier results have a key of their own (src/domain/schema.rs, with_stored_parts): a
  // save 300 ms after a key no longer stores three quarters of the document again.
  const doc = largeDocument({ size: 'three-years' });
  const page = await openPage(app.browser);
  await seedStorage(page, app.server.base, storageEntries(JSON.stringify(doc), PREFIX));
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    window.__written = [];
    Storage.prototype.setItem = function (k, v) { window.__written.push([k, String(v).length]); return set.call(this, k, v); };
  });
  await gotoApp(page, app.server.base, '#/boundaries');
  const written = () => page.evaluate(() => window.__written.map(([k]) => k).filter((k) => !k.endsWith('probe')));
  const field = page.locator('main textarea').first();
  await field.click();
  await page.keyboard.type(' and more');
  await settle(page);
  assert.deepEqual(await written(), [key('document')], "the worksheet's change stores the head alone");
  const head = await page.evaluate((k) => localStorage.getItem(k), key('document'));
  assert.ok(head.length < 150e3 && head.includes('\t{}') && head.includes(' and more'), `${head.length} characters`);

  await page.getByRole('link', { name: 'Assessment', exact: true }).first().click();
  const remove = page.getByRole('button', { name: /^Delete results from/ }).first();
  await remove.click();
  await settle(page);
  assert.deepEqual((await written()).slice(1), [key('runs'), key('document')], 'the results first, then the head');
  const runs = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key('runs')));
  assert.equal(runs.length, doc.assessment.history.length - 1);
  await page.reload();
  await waitForApp(page);
  await page.locator('ul.run-list > li').first().waitFor();
  assert.match(await page.locator('main').innerText(), new RegExp(`Showing the newest 20 of ${doc.assessment.history.length - 1} results`));
  await clean(page);
});

test('a deep link to the assessment offers its start before it reads years of earlier results, which follow just after', async () => {
  const doc = largeDocument({ size: 'three-years' });
  const page = await openPage(app.browser);
  // In the frame where "Start on my own" is first there, as a person could first press it:
  // reading 150 earlier runs cost it about 0.1 s at 4x, which the start no longer waits for.
  await noteWhenUsable(page, { css: 'main button', text: 'Start on my own' }, () => ({
    heading: !!document.getElementById('history-heading'),
    rows: document.querySelectorAll('main ul.run-list > li').length,
  }));
  await seedStorage(page, app.server.base, storageEntries(JSON.stringify(doc), PREFIX));
  await gotoApp(page, app.server.base, '#/assessment');
  assert.deepEqual(await notedWhenUsable(page), { heading: false, rows: 0 }, 'the earlier results were drawn with the start');
  // Then the history, whole: its heading, the trend, the newest twenty.
  const runs = page.locator('main ul.run-list > li');
  await runs.first().waitFor();
  assert.equal(await runs.count(), 20);
  assert.match(await runs.first().innerText(), new RegExp(doc.assessment.history.at(-1).date));
  assert.equal(await page.getByRole('heading', { name: 'Earlier results', exact: true }).count(), 1);
  assert.equal(await page.locator('#trend-area').count(), 1);
  await clean(page);
});

test('back from an earlier result, the list of results is drawn with the start, not a moment after it', async () => {
  // Once the runs are read there is nothing to wait for: a list that popped in later would move
  // the page under someone who had scrolled down to it.
  const page = await openWith(largeDocument({ size: 'three-years' }), '#/assessment');
  const runs = page.locator('main ul.run-list > li');
  await runs.first().waitFor();
  await runs.first().getByRole('button', { name: /^Open results from/ }).click();
  const back = page.getByRole('button', { name: 'Back to the assessment' }).first();
  await back.waitFor();
  await page.evaluate(() => {
    const seen = new MutationObserver(() => {
      const start = [...document.querySelectorAll('main button')].find((b) => b.textContent.includes('Start on my own'));
      if (!start) return;
      window.__rowsWithStart = document.querySelectorAll('main ul.run-list > li').length;
      seen.disconnect();
    });
    seen.observe(document.querySelector('main'), { childList: true, subtree: true });
  });
  await back.click();
  await page.waitForFunction(() => window.__rowsWithStart !== undefined);
  assert.equal(await page.evaluate(() => window.__rowsWithStart), 20, 'the list came after the start');
  await clean(page);
});

test('a deep link asks for its pack while the main module is still arriving, and each file once', async () => {
  const page = await openPage(app.browser);
  // When the main module starts compiling: the first WebAssembly instantiation on the page.
  await page.addInitScript(() => {
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => {
        window.__firstInstantiate ??= performance.now();
        return original.apply(WebAssembly, args);
      };
    }
  });
  const order = [];
  page.on('request', (r) => order.push(r.url().split('/').pop()));
  await gotoApp(page, app.server.base, '#/repair');
  await page.locator('main input[type=checkbox]').first().waitFor();
  const main = order.findIndex((f) => /^mend-[0-9a-f]+_bg\.wasm$/.test(f));
  const pack = order.findIndex((f) => /^pack_repair-[0-9a-f]+\.wasm$/.test(f));
  const loader = order.findIndex((f) => /^split-[0-9a-f]+\.js$/.test(f));
  assert.ok(main >= 0 && pack >= 0 && loader >= 0, order.join(' '));
  // Asked for by boot.js before it starts the main module, not by the app once it runs.
  const { packAsked, started } = await page.evaluate(() => ({
    packAsked: performance.getEntriesByType('resource').find((r) => /\/pack_repair-[0-9a-f]+\.wasm$/.test(r.name))?.startTime,
    started: window.__firstInstantiate,
  }));
  assert.ok(packAsked !== undefined && started !== undefined, `pack asked at ${packAsked}, main module started at ${started}`);
  assert.ok(packAsked < started, `the checklist's pack was asked for at ${packAsked} ms, after the main module started at ${started} ms`);
  // A first visit: every module the screen needs comes from the pack, none on its own.
  assert.deepEqual(order.filter((f) => /^(split|chunk)_/.test(f)), [], order.join(' '));
  const wasm = order.filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(wasm, [...new Set(wasm)], 'no file is fetched twice');
  await clean(page);
});

test('a nearly full storage is announced with a way to keep a copy, and saving goes on', async () => {
  const doc = largeDocument({ size: 'three-years' });
  // Another app on the same site fills most of the space (5 Mi UTF-16 units is the assumed size).
  const filler = 'x'.repeat(Math.ceil(5 * 1024 * 1024 * 0.72));
  const page = await openWith(doc, '#/repair', { 'another-app': filler });
  const banner = page.getByTestId('banner-space');
  await banner.waitFor();
  assert.match(await banner.innerText(), /(7[0-9]|8[0-9])% full/);
  assert.match(await banner.innerText(), /Download a copy/);
  await page.locator('main ul.r-promises > li').first().getByRole('radio', { name: 'Missed', exact: true }).check();
  await settle(page);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key('document')));
  assert.equal(stored.repair.promises.find((p) => p.id === doc.repair.promises.at(-1).id).decision?.outcome, 'missed');
  await banner.getByRole('link', { name: 'Go to Your data' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await clean(page);
});

test('with the lock on, a save after a quiet moment seals twelve years with the browser\'s AES-GCM, stores only the sealed copy, and unlocking opens it the same way', async () => {
  const page = await openPage(app.browser);
  // Counts the browser's encryptions and decryptions: the module's own AES-GCM, which saves and
  // unlocking used before, calls neither, so this tells the two apart.
  await page.addInitScript(() => {
    window.mendSeals = [];
    window.mendOpens = [];
    for (const [name, list] of [['encrypt', window.mendSeals], ['decrypt', window.mendOpens]]) {
      const real = SubtleCrypto.prototype[name];
      SubtleCrypto.prototype[name] = function (algorithm, key, data) {
        list.push({ name: algorithm.name, bytes: data.byteLength });
        return real.call(this, algorithm, key, data);
      };
    }
  });
  await seedStorage(page, app.server.base, storageEntries(JSON.stringify(largeDocument({ size: 'quadruple' })), PREFIX));
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page, 'slow tide pools');
  assert.deepEqual(await page.evaluate(() => window.mendSeals), [], 'turning the lock on seals at once');
  const data = new YourDataPage(page);
  await data.nameA().fill('Sealed while I waited');
  await settle(page);
  const seals = await page.evaluate(() => window.mendSeals);
  assert.equal(seals.length, 1, JSON.stringify(seals));
  assert.equal(seals[0].name, 'AES-GCM');
  assert.ok(seals[0].bytes > 1_000_000, `the whole document was sealed: ${seals[0].bytes} bytes`);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('mend[')));
  assert.deepEqual(stored.map(([k]) => k).sort(), [key('locked')], 'only the sealed copy is stored');
  assert.doesNotMatch(stored[0][1], /Sealed while I waited|"couple"/);
  await page.reload();
  await waitForApp(page);
  await unlock(page, 'slow tide pools');
  assert.equal(await data.nameA().inputValue(), 'Sealed while I waited');
  const opens = await page.evaluate(() => window.mendOpens);
  assert.equal(opens.length, 1, JSON.stringify(opens));
  assert.ok(opens[0].name === 'AES-GCM' && opens[0].bytes > 1_000_000, JSON.stringify(opens));
  await clean(page);
});

test('with the lock on, twelve years of data are sealed, and a change typed right before a reload is in the sealed copy', async () => {
  const doc = largeDocument({ size: 'quadruple' });
  const page = await openWith(doc, '#/your-data');
  await turnLockOn(page, 'quiet river stones');
  const data = new YourDataPage(page);
  await data.nameA().fill('Typed as the tab went');
  await page.reload();
  await waitForApp(page);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('mend[')));
  assert.deepEqual(stored.map(([k]) => k).sort(), [key('locked')], 'only the sealed copy is stored');
  assert.equal(JSON.parse(stored[0][1]).format, 'mend-locked');
  assert.doesNotMatch(stored[0][1], /Typed as the tab went|"couple"/);
  await unlock(page, 'quiet river stones');
  assert.equal(await data.nameA().inputValue(), 'Typed as the tab went');
  await page.goto(app.server.base + '#/repair');
  await page.locator('main ul.r-promises > li').first().waitFor();
  assert.equal(await page.locator('main ul.r-promises > li').count(), 20);
  await clean(page);
});

/** Keeps the page's WebAssembly memories, for `moduleMemory`. An init script: the CSP holds. */
async function watchModuleMemory(page) {
  await page.addInitScript(() => {
    window.__memories = new Set();
    const keep = (result) => {
      for (const value of Object.values((result?.instance ?? result)?.exports ?? {})) if (value instanceof WebAssembly.Memory) window.__memories.add(value);
      return result;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
  });
}

/** The module's memory in bytes, and how deep its stack of `stackSize` bytes ever reached. */
async function moduleMemory(page, stackSize = 0) {
  return page.evaluate((stackSize) => {
    const [memory, ...others] = [...window.__memories];
    if (others.length > 0) throw new Error('one module memory expected');
    // The stack grows down from `stackSize` to 0, in memory that starts zeroed: its lowest byte
    // ever written shows how deep it went.
    const stack = new Uint8Array(memory.buffer, 0, stackSize);
    const lowest = stack.findIndex((b) => b !== 0);
    return { bytes: memory.buffer.byteLength, stackTouched: lowest < 0 ? 0 : stackSize - lowest };
  }, stackSize);
}

/** The JS heap in use after a garbage collection, in bytes (what the bench counts). */
async function jsHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/**
 * Makes a change on every tool screen and waits for each to be saved; on the assessment, starts
 * the questionnaire, or with `started` only opens it (it shows the one in progress).
 */
async function useEveryScreen(page, { started = false } = {}) {
  const main = page.locator('main');
  await gotoApp(page, app.server.base, '#/assessment');
  if (started) {
    await main.getByRole('heading', { level: 1 }).waitFor();
  } else {
    await main.getByRole('button', { name: 'Start on my own' }).click();
    await settle(page, { timeout: 60000 });
  }
  for (const [hash, edit] of [
    ['#/boundaries', () => main.locator('textarea:not([readonly])').first().pressSequentially('more')],
    ['#/repair', () => main.locator('input[type=checkbox]').first().click()],
    ['#/your-data', () => page.locator('#name-a').pressSequentially('s')],
  ]) {
    await gotoApp(page, app.server.base, hash);
    await edit();
    await settle(page, { timeout: 60000 });
  }
}

test('with the quadruple document, using every screen keeps the module within 10 MB of memory and a quarter of its stack', async () => {
  // The module's memory only grows, to the highest point ever reached: reading years of runs as
  // one tree once set it at 10.03 MB with this document. Not a time: the same on every run.
  const stackSize = Number(/-zstack-size=(\d+)/.exec(await readFile(new URL('../../.cargo/config.toml', import.meta.url), 'utf8'))?.[1]);
  assert.ok(stackSize > 0, 'the stack size is set in .cargo/config.toml');
  const page = await openPage(app.browser);
  await watchModuleMemory(page);
  await seedStorage(page, app.server.base, storageEntries(largeDocumentText({ size: 'quadruple' }), PREFIX));
  await useEveryScreen(page);
  const { bytes, stackTouched } = await moduleMemory(page, stackSize);
  assert.ok(bytes <= 10e6, `the module's memory is ${(bytes / 1e6).toFixed(2)} MB`);
  assert.ok(stackTouched > 0 && stackTouched <= stackSize / 4, `the stack reached ${stackTouched} of ${stackSize} bytes`);
  await clean(page);
});

test('with the lock on, the quadruple document is sealed, unlocked and used on every screen within 10 MB of memory, the JS heap included', async () => {
  // Turning the lock on once took the module to 16.5 MB and unlocking to 21.7 MB with this
  // document: the envelope's text read in whole wherever the app asked whether it was locked,
  // every seal a copy of the text, its ciphertext, their base64 and the envelope's text in the
  // module, and unlocking a tree of the whole document.
  const page = await openPage(app.browser);
  await watchModuleMemory(page);
  await seedStorage(page, app.server.base, storageEntries(largeDocumentText({ size: 'quadruple' }), PREFIX));
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page, 'deep quiet harbour');
  const mb = (n) => (n / 1e6).toFixed(2);
  const within = async (when) => {
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mend[')));
    assert.deepEqual(stored.sort(), [key('locked')], `only the sealed copy is stored ${when}`);
    const { bytes } = await moduleMemory(page);
    const heap = await jsHeap(page);
    console.log(`lock on, quadruple, ${when}: the module ${mb(bytes)} MB + the JS heap ${mb(heap)} MB`);
    assert.ok(bytes + heap <= 10e6, `${when}, the module's memory is ${mb(bytes)} MB and the JS heap ${mb(heap)} MB`);
  };
  await useEveryScreen(page);
  await within('in the session that turned it on');
  await page.reload();
  await waitForApp(page);
  const locked = await moduleMemory(page);
  console.log(`lock on, quadruple, the lock screen: the module ${mb(locked.bytes)} MB`);
  assert.ok(locked.bytes <= 2e6, `the lock screen alone took the module to ${mb(locked.bytes)} MB`);
  await unlock(page, 'deep quiet harbour');
  await useEveryScreen(page, { started: true });
  await within('after unlocking');
  await clean(page);
});

/** What the large document's plain JSON holds and a sealed envelope cannot: a partner's name and a key, in quotes. */
const PLAIN_MARKS = /"Ana|"schema_version"/;

test('a sealed backup of the quadruple document opens again in another browser and replaces its data, within 10 MB of memory each way', async () => {
  // Mend once refused its own backup: files were capped at 2 MB, and this document's sealed
  // export is 2.1 MB. Making that file took the module to 21.8 MB (a copy of the document, then
  // its text, ciphertext, their base64 and the envelope, each whole), and opening it copied the
  // envelope three times into the module.
  const text = largeDocumentText({ size: 'quadruple' });
  const passphrase = 'deep quiet harbour';
  const mb = (n) => (n / 1e6).toFixed(2);
  const within = async (page, when) => {
    const { bytes } = await moduleMemory(page);
    const heap = await jsHeap(page);
    console.log(`quadruple, ${when}: the module ${mb(bytes)} MB + the JS heap ${mb(heap)} MB`);
    assert.ok(bytes + heap <= 10e6, `${when}, the module's memory is ${mb(bytes)} MB and the JS heap ${mb(heap)} MB`);
  };
  const page = await openPage(app.browser);
  await watchModuleMemory(page);
  await seedStorage(page, app.server.base, storageEntries(text, PREFIX));
  await gotoApp(page, app.server.base, '#/your-data');
  await turnLockOn(page, passphrase);
  const file = await new TransferPanel(page).exportData();
  assert.match(file.name, /^backup-\d{4}-\d\d-\d\d\.locked\.json$/);
  assert.ok(file.text.length > 2e6, `the sealed file is ${file.text.length} characters`);
  // Quoted, as the plain JSON has them: base64 has no quote, and a bare "Ana" turns up in 4,000
  // random base64 characters about once in 65 runs (it failed a CI run so).
  assert.doesNotMatch(file.text.slice(0, 4000), PLAIN_MARKS);
  await within(page, 'exporting it sealed');
  await clean(page);

  const other = await openPage(app.browser);
  await watchModuleMemory(other);
  await gotoApp(other, app.server.base, '#/your-data');
  const transfer = new TransferPanel(other);
  await transfer.chooseFile(file.name, file.text);
  await other.getByLabel('Passphrase of the file').fill('wrong words here');
  await other.getByRole('button', { name: 'Open the file' }).click();
  await other.getByText('That passphrase does not open this data').waitFor({ timeout: 30000 });
  // A second try opens the file the browser still holds.
  await other.getByLabel('Passphrase of the file').fill(passphrase);
  await other.getByRole('button', { name: 'Open the file' }).click();
  await transfer.preview().waitFor({ timeout: 30000 });
  await assert.doesNotReject(transfer.preview().getByText(/1600 promises/).waitFor({ timeout: 5000 }), 'the preview counts the promises');
  await other.getByRole('button', { name: 'Replace my data' }).click();
  await settle(other, { timeout: 60000 });
  assert.equal(await other.locator('#name-a').inputValue(), 'Ana');
  // The file was encrypted: importing it turned the lock on here, with its passphrase, before
  // anything of it was saved, so nothing of it is stored plain.
  const stored = await mendStorage(other);
  assert.deepEqual(Object.keys(stored), [key('locked')]);
  assert.doesNotMatch(stored[key('locked')].slice(0, 4000), PLAIN_MARKS);
  await within(other, 'opening it and replacing the data with it');
  // What is stored is the backed-up data: its passphrase opens it, and a plain export gives it.
  await other.reload();
  await waitForApp(other);
  await unlock(other, passphrase);
  await other.getByLabel('Encrypt the file with my passphrase').uncheck();
  const restored = await new TransferPanel(other).exportData();
  const { settings: _, ...kept } = JSON.parse(restored.text);
  const { settings: __, ...backedUp } = JSON.parse(text);
  assert.deepEqual(kept, backedUp, 'the stored data is the backed-up data');
  await clean(other);
});

test('a tab following another tab\'s saves of the quadruple document stays within 10 MB of memory, the JS heap included, with and without the lock', async () => {
  // At each save in the other tab, this one reads the new document while it still holds the one
  // it shows: 9.9 MB once with this document (its runs copied and read again, though unchanged),
  // and 13.0 MB with the lock on (the envelope's text and its data, then the plain text, on top).
  const passphrase = 'two lamps lit';
  const mb = (n) => (n / 1e6).toFixed(2);
  const follows = async (follower, writer, name, when) => {
    await writer.locator('#name-a').fill(name);
    await settle(writer, { timeout: 60000 });
    // Asked with `evaluate`, not `waitForFunction`: that puts Playwright's own script, 0.33 MB of
    // text, into the page's heap, which no person's browser holds.
    const shown = () => follower.evaluate(() => document.querySelector('#name-a')?.value);
    for (const end = Date.now() + 30000; (await shown()) !== name && Date.now() < end;) {
      await new Promise((ok) => setTimeout(ok, 50));
    }
    assert.equal(await shown(), name, `${when}: the first tab shows the other tab's save`);
    const { bytes } = await moduleMemory(follower);
    const heap = await jsHeap(follower);
    console.log(`quadruple, a tab following ${when}: the module ${mb(bytes)} MB + the JS heap ${mb(heap)} MB`);
    assert.ok(bytes + heap <= 10e6, `following ${when}, the module's memory is ${mb(bytes)} MB and the JS heap ${mb(heap)} MB`);
  };
  for (const locked of [false, true]) {
    const first = await openPage(app.browser);
    await watchModuleMemory(first);
    await seedStorage(first, app.server.base, storageEntries(largeDocumentText({ size: 'quadruple' }), PREFIX));
    await gotoApp(first, app.server.base, '#/your-data');
    if (locked) await turnLockOn(first, passphrase);
    const second = await openPage(app.browser, { context: first.context() });
    await gotoApp(second, app.server.base, '#/your-data');
    // Unlocking seals the data again: the first tab follows that save too.
    if (locked) await unlock(second, passphrase);
    const how = locked ? 'with the lock on' : 'plain';
    await follows(first, second, 'Ana once', `a first save, ${how}`);
    await follows(first, second, 'Ana twice', `a second save, ${how}`);
    if (locked) {
      const stored = await first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mend[')));
      assert.deepEqual(stored, [key('locked')], 'only the sealed copy is stored');
    }
    assert.deepEqual(second.mend.pageErrors, []);
    assert.deepEqual(second.mend.consoleErrors, []);
    await second.close();
    await clean(first);
  }
});

// The floor for issue #13's "time to usable": fresh-profile loads of the counter app in this
// directory, timed exactly as tests/e2e/bench.mjs times Mend's screens (same Chromium and flags,
// a new context each with service workers blocked, CDP CPU throttling at 4x set before
// navigation, the clock read in the page by sizes.mjs `waitUsable`), and the brotli bytes of the
// files it fetched before that (sizes.mjs). No Leptos CSR app becomes usable sooner than this on
// this machine, so Mend's numbers are read against it.
// Run with `bash tests/floor/run` (builds first), or on a build you have:
//   MEND_FLOOR_DIST=tests/floor/dist node tests/floor/bench.mjs
// Then the floor for an interaction: "Start" swaps a short introduction for a step of the same
// shape as Mend's first step after "Start on my own" (src/main.rs), timed as bench.mjs times
// Mend's actions (a mouse click as event_timing.mjs `press` makes it, on an idle page at 4x,
// event to next paint by the Event Timing API), MEND_FLOOR_ROUNDS times, each in a fresh page;
// and "Count", the least a click can change (one number in the button's text), timed the same
// way: what a click costs on this machine at 4x before a handler does any work.
// Knobs: MEND_FLOOR_DIST (tests/floor/dist), MEND_FLOOR_LOADS (5), MEND_FLOOR_ROUNDS (5).
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Mend's own helpers, so the two measurements cannot drift apart: the browser launch and the
// server under the same sub-path (harness.mjs), the in-page clock and the byte counting (sizes.mjs).
import { launch, serveDist } from '../e2e/harness.mjs';
import { measure, watchUsable, waitUsable, fetchedBefore, brotliOfRequests } from '../e2e/sizes.mjs';
import { fileEntries, fmtParts, pointAt, press, recordEntries, recordReleases, releasedAfter } from '../e2e/event_timing.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const DIST = resolve(process.env.MEND_FLOOR_DIST ?? join(here, 'dist'));
const LOADS = Number(process.env.MEND_FLOOR_LOADS ?? 5);
const ROUNDS = Number(process.env.MEND_FLOOR_ROUNDS ?? 5);
/** Issue #13's budget for an interaction, printed beside the floor. */
const INTERACTION_BUDGET_MS = 50;
const THROTTLE = 4;
/** Issue #13's budget for a deep link with the empty document, printed beside the floor. */
const BUDGET_MS = 700;
/** Usable: the counter's button is there and enabled (no boot screen here, so only this). */
const COUNTER = { css: 'button', text: '^Count: ' };


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]; // as bench.mjs
const fmtKB = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const sizes = await measure(DIST);
const server = await serveDist(DIST);
const browser = await launch();

/** One fresh-profile load at 4x: ms from navigation start to usable, and the files fetched by then. */
async function load() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await watchUsable(page, COUNTER);
    await page.goto(server.base, { waitUntil: 'commit' });
    const ms = await waitUsable(page, COUNTER);
    return { ms, ...brotliOfRequests(sizes, await fetchedBefore(page, ms)), errors };
  } catch (e) {
    return { ms: NaN, brotli: NaN, files: [], errors: [...errors, String(e).split('\n')[0]] };
  } finally {
    await context.close();
  }
}

/**
 * One round: a fresh page, loaded unthrottled; once it is idle, a click on the button named
 * `name` at 4x. The slowest event of 16 ms or more until two frames later (`ms`, 0: under 16 ms)
 * and where its time went (`parts`), filed as bench.mjs files them (event_timing.mjs); `ms` NaN if
 * the round failed or `drawn` (run in the page) is not true afterwards.
 */
async function click(name, drawn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.addInitScript(recordReleases);
    await page.addInitScript(recordEntries);
    const cdp = await context.newCDPSession(page);
    await page.goto(server.base);
    await waitUsable(page, COUNTER);
    const button = page.getByRole('button', { name, exact: true });
    await pointAt(page, await button.boundingBox());
    await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(), { timeout: 2000 })));
    await page.evaluate(() => window.__events.splice(0));
    const t0 = await page.evaluate(() => performance.now());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await press(page);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 60)))));
    await page.waitForTimeout(100);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const release = await releasedAfter(page, t0);
    if (!(await page.evaluate(drawn))) return { ms: NaN, parts: null };
    // One action, never cut short: every entry counts with its whole duration, as in bench.mjs.
    const action = { group: name, label: name, t0, t1: Infinity, release };
    const { ms, parts } = fileEntries([action], await page.evaluate(() => window.__events)).get(name);
    return { ms, parts };
  } catch {
    return { ms: NaN, parts: null };
  } finally {
    await context.close();
  }
}

/** "Start": the step of four questions replaced the introduction. */
const start = () => click('Start', () => document.querySelectorAll('fieldset').length > 0);
/** "Count: 0": the smallest change a click can make, one number in the button's own text. */
const count = () => click('Count: 0', () => /Count: 1$/.test(document.querySelector('button')?.textContent ?? ''));

const results = [];
const rounds = [];
const counts = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const r = await load();
    process.stderr.write(`[floor] load ${i + 1}/${LOADS}: ${r.ms.toFixed(0)} ms${r.errors.length ? `  ${r.errors.join('; ')}` : ''}\n`);
    results.push(r);
  }
  for (let i = 0; i < ROUNDS; i++) rounds.push(await start());
  for (let i = 0; i < ROUNDS; i++) counts.push(await count());
} finally {
  await browser.close();
  await server.close();
}

const ok = results.filter((r) => Number.isFinite(r.ms));
console.log(`floor: Leptos 0.8.23 CSR counter (${DIST}), Chromium ${browser.version()}, ${THROTTLE}x CPU throttling`);
console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (the machine is shared: noisy)`);
if (ok.length === 0) {
  console.log('  never usable');
  process.exit(1);
}
const times = ok.map((r) => r.ms);
const med = median(times);
console.log(`  time to usable: median ${med.toFixed(0)} ms (range ${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)} ms, ${ok.length}/${LOADS} loads), issue #13's budget ${BUDGET_MS} ms: ${med <= BUDGET_MS ? 'within' : 'OVER'}`);
console.log(`  every load (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
// Every load fetches the same files; the first successful load's list stands for all.
console.log(`  bytes before usable: ${fmtKB(ok[0].brotli)} brotli, ${ok[0].files.join(', ')}`);
const fmtMs = (ms) => (Number.isNaN(ms) ? 'failed' : ms === 0 ? '<16 ms' : `${ms.toFixed(0)} ms`);
/** Each round's time and, for the slowest round, where it went, as bench.mjs prints Mend's. */
const fmtRounds = (rs) => {
  const slowest = rs.reduce((a, b) => ((b.ms || 0) > (a.ms || 0) ? b : a), rs[0]);
  const parts = slowest?.ms && slowest.parts ? `; the slowest: ${fmtParts(slowest.parts)}` : '';
  return `${rs.map((r) => fmtMs(r.ms)).join(' / ')}${parts}`;
};
const verdictOf = (rs) => {
  const xs = rs.map((r) => r.ms);
  const done = xs.filter((ms) => !Number.isNaN(ms));
  return done.length < xs.length ? 'a round failed' : Math.max(...done) <= INTERACTION_BUDGET_MS ? 'within' : 'OVER';
};
console.log(`  "Start" (a step of 4 questions with 3 answers each replaces an introduction), event to next paint per round: ${fmtRounds(rounds)}; issue #13's budget ${INTERACTION_BUDGET_MS} ms: ${verdictOf(rounds)}`);
console.log(`  "Count" (one number in the button's text changes: the least a click can do), event to next paint per round: ${fmtRounds(counts)}; issue #13's budget ${INTERACTION_BUDGET_MS} ms: ${verdictOf(counts)}`);
for (const row of sizes.rows) console.log(`    ${row.name.padEnd(40)} raw ${fmtKB(row.raw).padStart(9)}  gzip ${fmtKB(row.gzip).padStart(8)}  brotli ${fmtKB(row.brotli).padStart(8)}`);
process.exit(ok.length === LOADS && ![...rounds, ...counts].some((r) => Number.isNaN(r.ms)) ? 0 : 1);

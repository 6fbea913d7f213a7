// Where a first visit's main-thread time goes (issue #13): a sampling CPU profile of fresh-profile
// loads of one screen at 4x CPU throttling, from the document's start to the moment the screen is
// usable (as sizes.mjs FIRST_VISITS defines it). The page starts and ends the profile itself
// (`console.profile` in an init script, `console.profileEnd` in the animation frame that finds the
// screen usable), so nothing after that moment is counted. Prints the script time, the browser's
// own work ("(program)": parsing, style, layout, the navigation) and idle time, then the functions
// by inclusive and by self time, per load. Not a test: a tool for finding what to cut.
//
//   MEND_DIST=target/bench-dist node tests/e2e/profile.mjs
//
// Knobs: PROFILE_SCREEN (a FIRST_VISITS hash, '#/repair'), PROFILE_DOC ('empty', 'three-years',
// 'quadruple'), PROFILE_LOADS (3), PROFILE_TOP (50), PROFILE_FILTER (a RegExp on the inclusive
// list). Function names need a build that keeps them: `MEND_WASM_NAMES=1 mend_release_build DIR`
// (README, Performance); packs lose theirs, so their functions show as `wasm-function[N]`.
import { serveDist, launch, PREFIX } from './harness.mjs';
import { FIRST_VISITS } from './sizes.mjs';
import { largeDocumentText, storageEntries, seedStorage } from './large_document.mjs';

const env = (name, fallback) => process.env[name] ?? fallback;
const HASH = env('PROFILE_SCREEN', '#/repair');
const DOC = env('PROFILE_DOC', 'empty');
const LOADS = Number(env('PROFILE_LOADS', 3));
const TOP = Number(env('PROFILE_TOP', 50));
const FILTER = new RegExp(env('PROFILE_FILTER', '.'));
const screen = FIRST_VISITS.find((s) => s.hash === HASH);
if (!screen) throw new Error(`PROFILE_SCREEN must be one of ${FIRST_VISITS.map((s) => s.hash).join(', ')}`);

const server = await serveDist();
const browser = await launch();
const text = DOC === 'empty' ? null : largeDocumentText({ size: DOC });
const self = new Map();
const inclusive = new Map();
const totals = { script: 0, program: 0, idle: 0 };
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
/** A frame's name: the function, its file without the build's hash, and its column in a script. */
const nameOf = (f) => {
  const file = f.url.split('/').pop().replace(/-[0-9a-f]{16}/, '');
  const where = f.url.endsWith('.js') ? `${file}:${f.columnNumber}` : file;
  return `${(f.functionName || '(anon)').replace(/\[[0-9a-f]{16}\]/g, '').slice(0, 150)} @${where}`;
};

for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (text) await seedStorage(page, server.origin, storageEntries(text, PREFIX));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const finished = new Promise((ok) => cdp.once('Profiler.consoleProfileFinished', ok));
    await page.addInitScript(({ css, pattern, base }) => {
      if (!location.href.startsWith(base)) return;
      console.profile('load');
      const re = pattern ? new RegExp(pattern) : null;
      const usable = () => !document.getElementById('boot')
        && [...document.querySelectorAll(css)].some((el) => !el.disabled && (!re || re.test(el.textContent)));
      const tick = () => (usable() ? console.profileEnd('load') : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }, { css: screen.css, pattern: screen.text ?? null, base: server.base });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.base + screen.hash, { waitUntil: 'commit' });
    let timer;
    const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${screen.name} was not usable within 30 s`)), 30000); });
    const { profile } = await Promise.race([finished, late]).finally(() => clearTimeout(timer));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    for (let k = 0; k < profile.samples.length; k++) {
      const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      let id = profile.samples[k];
      const leaf = byId.get(id).callFrame;
      if (leaf.functionName === '(idle)') { totals.idle += ms; continue; }
      if (leaf.functionName === '(program)') { totals.program += ms; continue; }
      totals.script += ms;
      add(self, nameOf(leaf), ms);
      const seen = new Set();
      for (; id !== undefined; id = parent.get(id)) {
        const name = nameOf(byId.get(id).callFrame);
        if (!seen.has(name)) { seen.add(name); add(inclusive, name, ms); }
      }
    }
  } finally {
    await context.close();
  }
}

const per = (ms) => (ms / LOADS).toFixed(1).padStart(7);
const list = (map, keep = () => true) => [...map].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP)
  .map(([k, ms]) => `${per(ms)} ${k}`).join('\n');
console.log(`${screen.name} (${HASH}), ${DOC} document, ${LOADS} loads at 4x, ms per load until usable:`);
console.log(`script ${per(totals.script)}, (program) ${per(totals.program)}, idle ${per(totals.idle)}`);
console.log('\ninclusive:'); console.log(list(inclusive, (k) => FILTER.test(k)));
console.log('\nself:'); console.log(list(self));
await browser.close();
server.close?.();

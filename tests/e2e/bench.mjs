// Mend's performance numbers: first-load bytes per file (raw, gzip, brotli) and the median time
// from navigation to the first interactive control in headless Chromium at 4x CPU throttling.
// Run with `bash .ci/bench` (which builds the release first).
import { serveDist, launch, openPage, DIST } from './harness.mjs';
import { measure, BROTLI_BUDGET, BROTLI_CEILING } from './sizes.mjs';

const RUNS = Number(process.env.MEND_BENCH_RUNS ?? 7);
const TTI_BUDGET_MS = 1000;

const { rows, total } = await measure(DIST);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(34)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.name.padEnd(34)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'TOTAL first load'.padEnd(34)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
console.log(`brotli budget: ${total.brotli} / ${BROTLI_BUDGET} bytes (${total.brotli <= BROTLI_BUDGET ? 'within' : 'OVER the budget'}); enforced ceiling ${BROTLI_CEILING}`);

const server = await serveDist();
const browser = await launch();
const times = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await openPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.base, { waitUntil: 'commit' });
    // Interactive: the app has replaced the boot screen and its first control is in the DOM.
    await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('.quick-exit-button, main a'), null, { polling: 'raf', timeout: 30000 });
    times.push(await page.evaluate(() => performance.now()));
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`time to interactive at 4x CPU throttling, ${RUNS} runs: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}); budget ${TTI_BUDGET_MS} ms (${median <= TTI_BUDGET_MS ? 'within' : 'OVER'})`);
// Fails only past the enforced ceiling; the budget lines above say where the numbers stand.
if (total.brotli > BROTLI_CEILING) process.exitCode = 1;

// What a first visit downloads, and its compressed size. Shared by the budget test and the bench.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** Files fetched on a first load: the page, its script, module, wasm, styles and manifest. */
const FIRST_LOAD = /\.(html|js|wasm|css|webmanifest|json|svg)$/;

/** Raw, gzip (level 9) and brotli (quality 11) bytes of every first-load file in `dist`. */
export async function measure(dist) {
  const files = (await readdir(dist)).filter((f) => FIRST_LOAD.test(f) && !f.endsWith('.map')).sort();
  const rows = [];
  for (const name of files) {
    const body = await readFile(join(dist, name));
    rows.push({
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** The first-load budget the issues set, in bytes of brotli. Not met yet: see the README. */
export const BROTLI_BUDGET = 160 * 1000;

/**
 * The ceiling the tests enforce until the budget is met: the measured size of the three tools
 * plus a little room, so that any growth beyond it fails the suite and has to be argued for.
 */
export const BROTLI_CEILING = 360 * 1000;

// Where the bytes go: groups twiggy's per-function sizes of the release module (before
// wasm-bindgen and wasm-opt, so the names are still there) by crate, and Mend's own code by
// module. Shares are what matter; absolute numbers shrink after wasm-opt.
// Usage: twiggy top -n 1000000 --format csv target/wasm32-unknown-unknown/release/mend.wasm | node tests/e2e/bytes.mjs
import { text } from 'node:stream/consumers';

const csv = await text(process.stdin);
const groups = new Map();
let total = 0;
for (const line of csv.split('\n').slice(1)) {
  const match = line.match(/^"?(.*?)"?,(\d+),/);
  if (!match) continue;
  const [, name, size] = match;
  // Section headers and wasm-bindgen's describe shims are not shipped.
  if (name.startsWith('custom section') || name.includes('subsection') || name.includes('__wbindgen_describe')) continue;
  const own = name.match(/mend::((ui::pages|ui::components|domain|ui|storage)::\w+|\w+)/);
  const crate = own ? `mend::${own[1]}` : (name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? (name.startsWith('data') ? 'data (strings, tables)' : 'other'));
  groups.set(crate, (groups.get(crate) ?? 0) + Number(size));
  total += Number(size);
}
const rows = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log('where the bytes go (release module before wasm-opt):');
for (const [group, size] of rows) console.log(`${((100 * size) / total).toFixed(1).padStart(6)} %  ${String(size).padStart(8)}  ${group}`);

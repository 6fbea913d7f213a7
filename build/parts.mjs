// Reads the split loader that build/split-wasm.sh wrote and prints, as JSON, the wasm files each
// part needs: its own module and every shared chunk the loader marks with the part's name
// (`/* data, repair */ const __chunk_7 = makeLoad(... "./chunk_7-<hash>.wasm" ...`).
// boot.js uses the map to fetch a deep link's parts together with the main module.
//
// Usage: node build/parts.mjs <dist dir> <loader file name>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, loader] = process.argv.slice(2);
const js = readFileSync(join(dir, loader), 'utf8');
const parts = {};
const add = (part, file) => (parts[part] ??= []).push(file);
let chunks = 0;
for (const m of js.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\([^"]*"\.\/([^"]+\.wasm)"/g)) {
  chunks += 1;
  for (const part of m[1].split(/,\s*/)) add(part, m[2]);
}
const declared = (js.match(/const __chunk_\d+ = makeLoad/g) ?? []).length;
if (chunks !== declared) {
  console.error(`parts.mjs: read ${chunks} of the loader's ${declared} shared chunks; has its format changed?`);
  process.exit(1);
}
for (const file of readdirSync(dir)) {
  const m = file.match(/^split_(\w+)-[0-9a-f]+\.wasm$/);
  if (m) add(m[1], file);
}
process.stdout.write(JSON.stringify(parts));

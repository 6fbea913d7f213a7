// Reads the split loader that build/split-wasm.sh wrote and prints, as JSON, the wasm files each
// part needs: its own module and every shared chunk the loader marks with the part's name
// (`/* data, repair */ const __chunk_7 = makeLoad(() => mendLoad("chunk_7"), ...)`).
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
// The loader loads each module by name, its address made with the build's suffix
// (build/loader-hooks.mjs): `split-<hash>.js` loads `chunk_7-<hash>.wasm`.
const suffix = `-${loader.match(/^split-([0-9a-f]+)\.js$/)?.[1]}.wasm`;
for (const m of js.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\([^"]*"(\w+)"/g)) {
  chunks += 1;
  for (const part of m[1].split(/,\s*/)) add(part, `${m[2]}${suffix}`);
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

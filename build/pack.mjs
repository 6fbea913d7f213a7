// Writes one pack per screen of build/parts.json: every wasm file the screen's parts need, in one
// download, and one per screen's `later` parts (what its own pack lacks), and prints, as JSON,
// screen -> pack file name (`later:<screen>` for the second).
//
// Why: a deep link needs 50 to 80 small modules (a part's own and the chunks it shares with other
// parts). Fetched one by one, each is compressed on its own (about 45 KB more brotli for a tool
// than the same bytes in one file) and costs a request. boot.js fetches a screen's pack instead
// when nothing of it is loaded yet, and the split loader takes its modules from there
// (build/split-wasm.sh points the loader's fetch at `mendPacked`).
//
// A pack is a valid wasm module with no code: its custom sections hold the files, each section
// named by the file's name. Hosts serve and compress it as any other `.wasm`.
//
// Usage: node build/pack.mjs <dist dir> <hash> <parts map JSON> <build/parts.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leb } from './leb.mjs';

const [dir, hash, partsJson, partsList] = process.argv.slice(2);
const map = JSON.parse(partsJson);
const { screens, later = {} } = JSON.parse(readFileSync(partsList, 'utf8'));

/** One custom section (id 0) named `name` holding `payload`. */
function section(name, payload) {
  const nameBytes = Buffer.from(name, 'utf8');
  const body = Buffer.concat([leb(nameBytes.length), nameBytes, payload]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
}

const filesOf = (parts) => [...new Set(parts.flatMap((part) => map[part] ?? []))];

/** Writes the pack `stem` holding `files` and returns its file name. */
function write(stem, files, what) {
  if (files.length === 0) {
    console.error(`pack.mjs: ${what} needs no files; is the parts map empty?`);
    process.exit(1);
  }
  const name = `pack_${stem.replace(/^\//, '').replace(/[^\w]/g, '_')}-${hash}.wasm`;
  const header = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  writeFileSync(join(dir, name), Buffer.concat([header, ...files.map((f) => section(f, readFileSync(join(dir, f))))]));
  return name;
}

const packs = {};
for (const [screen, parts] of Object.entries(screens)) {
  packs[screen] = write(screen, filesOf(parts), `the screen '${screen}'`);
}
// A screen's later parts (fetched once its first controls work): what its own pack lacks, keyed
// `later:<screen>`; boot.js fetches it when the screen first asks for one of those modules.
for (const [screen, parts] of Object.entries(later)) {
  if (!screens[screen]) {
    console.error(`pack.mjs: "later" names '${screen}', which is not a screen`);
    process.exit(1);
  }
  const first = new Set(filesOf(screens[screen]));
  packs[`later:${screen}`] = write(`${screen}_later`, filesOf(parts).filter((f) => !first.has(f)), `what '${screen}' fetches later`);
}
process.stdout.write(JSON.stringify(packs));

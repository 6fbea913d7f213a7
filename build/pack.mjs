// Writes one pack per screen of build/parts.json: every wasm file the screen's parts need, in one
// module, and one per screen's `later` parts (what its own pack lacks), and prints, as JSON,
// screen -> pack file name (`later:<screen>` for the second).
//
// Why: a deep link needs 8 to 160 small modules (a part's own and the chunks it shares with
// other parts). Fetched one by one, each is compressed on its own (about 45 KB more brotli for a
// tool than the same bytes in one file) and costs a request; compiled and instantiated one by one,
// they cost 75 to 150 ms at 4x CPU throttling where one module holding them all costs about 10
// (the checklist's 152, measured). boot.js fetches a screen's pack instead when nothing of it is
// loaded yet, and the split loader instantiates the pack for them (build/loader-hooks.mjs).
//
// A screen's pack is one module: binaryen's wasm-merge joins the screen's modules, which share
// nothing but the main module's memory, function table and one global (each places its functions
// in the table and its data in memory when instantiated), and a small first module that imports
// those three under the name "o" and exports them under the names the others import, so the
// joined module imports each once. Hosts serve and compress a pack as any other `.wasm`.
//
// Usage: node build/pack.mjs <dist dir> <parts map JSON> <build/parts.json> [wasm-opt flags]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [dir, partsJson, partsList, ...optFlags] = process.argv.slice(2);
const map = JSON.parse(partsJson);
const { screens, later = {} } = JSON.parse(readFileSync(partsList, 'utf8'));

const filesOf = (parts) => [...new Set(parts.flatMap((part) => map[part] ?? []))];

const work = mkdtempSync(join(tmpdir(), 'mend-pack-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
// The features Rust enables for wasm32 (as in build/split-wasm.sh), and more memories or tables
// never: the joined module must import exactly one of each.
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue'];
const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString();

/**
 * The minimum sizes the split modules import the memory and the table with (all alike; a module
 * that places only functions imports no memory), read from the first that imports each.
 */
function importedLimits(files) {
  const found = {};
  for (const file of files) {
    const text = run('wasm-dis', [join(dir, file)]);
    found.memory ??= text.match(/\(import "__wasm_split" "memory" \(memory \$\S+ (\d+)\)\)/)?.[1];
    found.table ??= text.match(/\(import "__wasm_split" "__indirect_function_table" \(table \$\S+ (\d+) funcref\)\)/)?.[1];
    if (found.memory && found.table) return found;
  }
  console.error('pack.mjs: no split module imports the memory and the table as expected');
  process.exit(1);
}

/** The module that hands the main module's memory, table and global to the joined ones. */
function provider(limits) {
  const wat = join(work, 'provider.wat');
  writeFileSync(wat, `(module
 (import "o" "memory" (memory ${limits.memory}))
 (import "o" "__indirect_function_table" (table ${limits.table} funcref))
 (import "o" "__wasm_split_shared0" (global (mut i32)))
 (export "memory" (memory 0))
 (export "__indirect_function_table" (table 0))
 (export "__wasm_split_shared0" (global 0)))`);
  const out = join(work, 'provider.wasm');
  run('wasm-as', [...FEATURES, wat, '-o', out]);
  return out;
}

/** Joins `files` into the module `name` (see above), optimised like every other module. */
function join1(name, files) {
  const args = [providerFile, '__wasm_split'];
  files.forEach((f, i) => args.push(join(dir, f), `m${i}`));
  const out = join(dir, name);
  run('wasm-merge', [...args, ...FEATURES, '-o', out]);
  if (optFlags.length > 0) run('wasm-opt', [...optFlags, out, '-o', out]);
  const module = new WebAssembly.Module(readFileSync(out));
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name} (${i.kind})`);
  const expected = ['o.memory (memory)', 'o.__indirect_function_table (table)', 'o.__wasm_split_shared0 (global)'];
  if ([...imports].sort().join() !== [...expected].sort().join()) {
    console.error(`pack.mjs: ${name} imports ${imports.join(', ')}, not the memory, table and global once each`);
    process.exit(1);
  }
  // Instantiated once here, against a memory and a table of the sizes the modules ask for: a pack
  // whose segments do not fit, or that does not link, stops the build instead of a first visit.
  try {
    new WebAssembly.Instance(module, {
      o: {
        memory: new WebAssembly.Memory({ initial: Number(limits.memory) }),
        __indirect_function_table: new WebAssembly.Table({ initial: Number(limits.table), element: 'anyfunc' }),
        __wasm_split_shared0: new WebAssembly.Global({ value: 'i32', mutable: true }, 0),
      },
    });
  } catch (error) {
    console.error(`pack.mjs: ${name} cannot be instantiated: ${error.message}`);
    process.exit(1);
  }
}

/**
 * Writes the pack `stem` joining `files` and returns its file name, which ends in a hash of the
 * pack's own bytes: which modules a pack joins also depends on build/parts.json, this script and
 * binaryen, none of which the build's hash covers, and a cached pack must never be taken for one
 * joining other modules (boot.js would then instantiate a module twice, or not at all).
 */
function write(stem, files, what) {
  if (files.length === 0) {
    console.error(`pack.mjs: ${what} needs no files; is the parts map empty?`);
    process.exit(1);
  }
  const draft = `pack_${stem.replace(/^\//, '').replace(/[^\w]/g, '_')}.wasm`;
  join1(draft, files);
  const own = createHash('sha256').update(readFileSync(join(dir, draft))).digest('hex').slice(0, 16);
  const name = draft.replace(/\.wasm$/, `-${own}.wasm`);
  renameSync(join(dir, draft), join(dir, name));
  return name;
}

// Split parts (split_*) use the memory, so the search ends early.
const limits = importedLimits([...new Set(Object.values(map).flat())].sort((a, b) => b.startsWith('split_') - a.startsWith('split_')));
const providerFile = provider(limits);
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

// Shortens the names of the main module's imports from wasm-bindgen's glue: each
// `__wbg_<what>_<16 hex digits>` loses its hash (or gets a short number when two share a name), in
// the module and in the glue alike.
//
// Why: the hashes only keep names unique; they are random, so they do not compress. With about
// 200 imports, written once in the module and once in the glue, they were about 3.7 KB of brotli
// on every first load.
//
// Usage: node build/short-imports.mjs <main_bg.wasm> <main.js>. Rewrites both in place; exits
// non-zero (and leaves both as they were) when the module cannot be read or a name is not found in
// the glue exactly once per use the module makes of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { leb } from './leb.mjs';

const [wasmPath, jsPath] = process.argv.slice(2);
const fail = (why) => {
  console.error(`short-imports.mjs: ${why}`);
  process.exit(1);
};
if (!wasmPath || !jsPath) fail('usage: node build/short-imports.mjs <main_bg.wasm> <main.js>');

const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('the module ends inside a number');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

/** Skips a table's or a memory's limits. */
function limits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readLeb(bytes, at);
  if (flags & 1) [, at] = readLeb(bytes, at);
  return at;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let at = 8;
let rewritten = null;
const renames = new Map();
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyAt] = readLeb(wasm, at + 1);
  const end = bodyAt + size;
  if (id === 2) {
    // The import section: module name, field name and what is imported, for each import.
    let p = bodyAt;
    let count;
    [count, p] = readLeb(wasm, p);
    const pieces = [leb(count)];
    const seen = new Map();
    for (let i = 0; i < count; i++) {
      const [moduleLen, m] = readLeb(wasm, p);
      const moduleName = wasm.subarray(m, m + moduleLen);
      const [nameLen, n] = readLeb(wasm, m + moduleLen);
      const name = wasm.subarray(n, n + nameLen).toString('utf8');
      let q = n + nameLen;
      const kind = wasm[q++];
      if (kind === 0) [, q] = readLeb(wasm, q);
      else if (kind === 1) q = limits(wasm, q + 1);
      else if (kind === 2) q = limits(wasm, q);
      else if (kind === 3) q += 2;
      else if (kind === 4) [, q] = readLeb(wasm, q + 1);
      else fail(`import ${name} is of an unknown kind ${kind}`);
      const hashed = name.match(/^(__wbg_[A-Za-z0-9_]*?)_[0-9a-f]{16}$/);
      let short = name;
      if (hashed) {
        const base = hashed[1];
        const n2 = seen.get(base) ?? 0;
        seen.set(base, n2 + 1);
        short = n2 === 0 ? base : `${base}_${n2}`;
        renames.set(name, short);
      }
      const shortBytes = Buffer.from(short, 'utf8');
      pieces.push(leb(moduleLen), moduleName, leb(shortBytes.length), shortBytes, wasm.subarray(n + nameLen, q));
      p = q;
    }
    if (p !== end) fail('the import section did not end where its size said');
    const body = Buffer.concat(pieces);
    rewritten = Buffer.concat([wasm.subarray(0, at), Buffer.from([2]), leb(body.length), body, wasm.subarray(end)]);
    break;
  }
  at = end;
}
if (!rewritten) fail(`${wasmPath} has no import section`);
if (renames.size === 0) fail('no hashed wasm-bindgen import names: has the glue changed its naming?');

// A short name must not be a name the glue already uses for something else.
for (const [long, short] of renames) {
  if (new RegExp(`\\b${short}\\b`).test(js)) fail(`${short} (for ${long}) is already a name in the glue`);
  const uses = js.split(long).length - 1;
  if (uses === 0) fail(`${long} is not in the glue`);
  js = js.split(long).join(short);
}
// The result must still be a module with the same imports, but shorter names.
try {
  const before = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const after = WebAssembly.Module.imports(new WebAssembly.Module(rewritten));
  if (before.length !== after.length) fail('the number of imports changed');
  for (let i = 0; i < before.length; i++) {
    const expected = renames.get(before[i].name) ?? before[i].name;
    if (after[i].name !== expected || after[i].module !== before[i].module || after[i].kind !== before[i].kind) {
      fail(`import ${i} came out as ${after[i].module}.${after[i].name}, not ${expected}`);
    }
  }
} catch (error) {
  fail(`the rewritten module does not compile: ${error.message}`);
}
writeFileSync(wasmPath, rewritten);
writeFileSync(jsPath, js);
console.log(`short-imports.mjs: ${renames.size} import names shortened`);

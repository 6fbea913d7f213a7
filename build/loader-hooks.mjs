// Gives the split loader that wasm-split-cli wrote (build/split-wasm.sh) its way to the packs:
// every module's fetcher, `() => { const src = fetch(new URL("./x.wasm", import.meta.url)); ... }`,
// becomes `() => mendLoad("x")`. `mendLoad` makes the module's address from its name and the
// build's suffix (`mendSuffix`, ".wasm" here; build/split-wasm.sh writes `-<hash>.wasm` in, once,
// where the loader named each of its nearly 300 modules in full: 0.2 KB of brotli on every first load,
// and most of what a new hash moved it by). It tells boot.js of every module it loads
// (`mendBundled`) and, when a pack boot.js chose holds the module, instantiates that pack (once
// for all its modules); otherwise it fetches the module alone.
// Each rewrite is counted: a loader format this script does not know stops the build.
//
// Usage: node build/loader-hooks.mjs <loader file>   (rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
const js = readFileSync(file, 'utf8');
// A debug build's loader wraps each instantiation in `debugWrap(…)` (it names a module from
// another build in its error), a release build's in plain parentheses; the wrap is kept.
const FETCHER = /\(\) => \{\n    const src = fetch\(new URL\("\.\/(\w+)\.wasm", import\.meta\.url\)\);\n    src\.catch\(\(\) => \{\}\);\n    return async \(imports\) => (debugWrap)?\(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n/g;
const fetches = (js.match(/fetch\(new URL\(/g) ?? []).length;
let rewritten = 0;
const body = js.replace(FETCHER, (_, name, debugWrap) => {
  rewritten += 1;
  return debugWrap
    ? `() => { const load = mendLoad("${name}"); return (imports) => debugWrap(load(imports)); }\n`
    : `() => mendLoad("${name}")`;
});
if (fetches === 0 || rewritten !== fetches) {
  console.error(`loader-hooks.mjs: rewrote ${rewritten} of the loader's ${fetches} fetches; has its format changed?`);
  process.exit(1);
}
const HOOK = `
const mendSuffix = ".wasm";
const mendLoad = (name) => {
  const url = new URL("./" + name + mendSuffix, import.meta.url);
  const joined = globalThis.mendBundled?.(url.href);
  if (joined) return joined;
  const src = fetch(url);
  src.catch(() => {});
  return (imports) => WebAssembly.instantiateStreaming(src, imports);
};
`;
const firstLineEnd = body.indexOf('\n') + 1;
if (!body.slice(0, firstLineEnd).startsWith('import ')) {
  console.error('loader-hooks.mjs: the loader does not start with its import of the main module');
  process.exit(1);
}
writeFileSync(file, body.slice(0, firstLineEnd) + HOOK + body.slice(firstLineEnd));
console.log(`loader-hooks.mjs: ${rewritten} fetchers`);

// build/loader-hooks.mjs on the split loader as wasm-split-cli writes it for each build profile:
// the release build's (which the other tests run) and the debug build's that `bash .ci/serve`
// (trunk serve) makes, whose fetchers are wrapped in `debugWrap(…)`. No browser: the script is
// run on small loaders of each format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../build/loader-hooks.mjs', import.meta.url));

/** A loader of two modules, each fetched as wasm-split-cli writes it, `wrap` around instantiating. */
function loader(wrap) {
  const fetcher = (name) => `const __${name} = makeLoad(() => {
    const src = fetch(new URL("./${name}.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => ${wrap}(WebAssembly.instantiateStreaming(src, imports));
}
, []);
`;
  return `import { initSync } from "./main.js";
function makeLoad(load, deps) { return load; }
async function debugWrap(instantiate) { return await instantiate; }
${fetcher('chunk_1')}${fetcher('split_repair')}`;
}

/** Runs the script on `text`; its output, its exit code and the file as it left it. */
async function hook(text) {
  const dir = await mkdtemp(join(tmpdir(), 'mend-loader-'));
  const file = join(dir, 'loader.mjs');
  try {
    await writeFile(file, text);
    const result = await run(process.execPath, [script, file]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (err) => ({ code: err.code, stdout: err.stdout + err.stderr }),
    );
    let parses = true;
    await run(process.execPath, ['--check', file]).catch(() => { parses = false; });
    return { ...result, parses, out: await readFile(file, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const [profile, wrap] of [['release', ''], ['debug', 'debugWrap']]) {
  test(`every fetcher of a ${profile} build's loader goes through mendLoad`, async () => {
    const { code, stdout, parses, out } = await hook(loader(wrap));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /2 fetchers/);
    assert.ok(parses, 'the rewritten loader is still a valid module');
    assert.equal((out.match(/mendLoad\("(chunk_1|split_repair)"\)/g) ?? []).length, 2, out);
    // Each module's address is made once, from its name and the build's suffix.
    assert.equal((out.match(/new URL\(/g) ?? []).length, 1, out);
    assert.match(out, /const mendSuffix = "\.wasm";/);
    // The only fetch left is mendLoad's own, for a module no pack holds.
    assert.equal((out.match(/fetch\(/g) ?? []).length, 1, out);
    assert.equal((out.match(/debugWrap\(load\(imports\)\)/g) ?? []).length, wrap ? 2 : 0, 'a debug build keeps its wrap');
  });
}

test('a loader format the script does not know stops the build', async () => {
  const { code, stdout } = await hook(loader('somethingElse'));
  assert.notEqual(code, 0);
  assert.match(stdout, /rewrote 0 of the loader's 2 fetches/);
});

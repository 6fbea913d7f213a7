// Trunk post_build hook (Trunk.toml): gives the floor's files what Mend's release gets from
// build/split-wasm.sh, minus the splitting, so the two ship alike:
//   - the module loses the `linking` and `reloc.*` sections: Mend's .cargo/config.toml (which
//     cargo also finds from here) links with `--emit-relocs` for its splitter, and wasm-split-cli
//     drops them from Mend's modules; left in, they are 600 KB of a 670 KB floor;
//   - wasm-bindgen's glue is minified with esbuild, as Mend's is (release builds only);
//   - the integrity hashes Trunk wrote into index.html are taken again for the changed files.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('finish.mjs runs as a Trunk post_build hook (no TRUNK_STAGING_DIR)');
const release = process.env.TRUNK_PROFILE === 'release';
const esbuild = createRequire(new URL('../../.ci/package.json', import.meta.url))('esbuild');

/** Reads an unsigned LEB128 at `at`: [value, offset after it]. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
  }
}

/** The module without the custom sections the linker's relocations put there. */
function withoutRelocs(bytes) {
  const kept = [bytes.subarray(0, 8)]; // magic and version
  for (let at = 8; at < bytes.length;) {
    const [size, body] = leb(bytes, at + 1);
    const end = body + size;
    let drop = false;
    if (bytes[at] === 0) {
      const [length, name] = leb(bytes, body);
      const text = bytes.subarray(name, name + length).toString();
      drop = text === 'linking' || text.startsWith('reloc.');
    }
    if (!drop) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

const files = readdirSync(stage);
let html = readFileSync(join(stage, 'index.html'), 'utf8');
const changed = [];
for (const name of files.filter((f) => f.endsWith('.wasm'))) {
  writeFileSync(join(stage, name), withoutRelocs(readFileSync(join(stage, name))));
  changed.push(name);
}
if (release) {
  for (const name of files.filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(stage, name), 'utf8');
    writeFileSync(join(stage, name), esbuild.transformSync(source, { minify: true, format: 'esm' }).code);
    changed.push(name);
  }
}
for (const name of changed) {
  const digest = createHash('sha384').update(readFileSync(join(stage, name))).digest('base64');
  const link = new RegExp(`(href="[^"]*${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*"`);
  // Trunk puts an integrity hash on each preload link; one that no longer matches would fail.
  if (link.test(html)) html = html.replace(link, `$1sha384-${digest}"`);
  else if (html.includes(name) && html.includes('integrity=')) throw new Error(`no integrity hash for ${name} in index.html`);
}
writeFileSync(join(stage, 'index.html'), html);

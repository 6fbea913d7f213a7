// The parts map (part -> wasm files, from build/parts.mjs) in the short form index.html carries:
// every file name loses the build's suffix (`-<hash>.wasm`, written once in `data-suffix`), a
// shared chunk `chunk_<n>` is just its number, and a run of three or more consecutive numbers is
// written `"<first>-<last>"`. About 0.35 KB of brotli off every first load, against the map in
// full. boot.js (splitParts) and tests/e2e/sizes.mjs read it back with `expand`.
//
// Usage: node build/compact-parts.mjs <parts JSON> <suffix>   prints the short form

/** The short form of `parts` (part -> file names, each ending in `suffix`). */
export function compact(parts, suffix) {
  const out = {};
  for (const [part, files] of Object.entries(parts)) {
    const numbers = [];
    const names = [];
    for (const file of files) {
      if (!file.endsWith(suffix)) throw new Error(`${file} does not end in ${suffix}`);
      const stem = file.slice(0, -suffix.length);
      const chunk = stem.match(/^chunk_(\d+)$/);
      if (chunk) numbers.push(Number(chunk[1]));
      else names.push(stem);
    }
    numbers.sort((a, b) => a - b);
    const runs = [];
    for (let i = 0; i < numbers.length;) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j += 1;
      if (j >= i + 2) runs.push(`${numbers[i]}-${numbers[j]}`);
      else runs.push(...numbers.slice(i, j + 1));
      i = j + 1;
    }
    out[part] = [...runs, ...names];
  }
  return out;
}

/** The full map back from the short form (what `compact` gave for `suffix`). */
export function expand(short, suffix) {
  const out = {};
  for (const [part, entries] of Object.entries(short)) {
    out[part] = entries.flatMap((entry) => {
      if (typeof entry === 'number') return [`chunk_${entry}${suffix}`];
      const run = entry.match(/^(\d+)-(\d+)$/);
      if (!run) return [`${entry}${suffix}`];
      const [first, last] = [Number(run[1]), Number(run[2])];
      return Array.from({ length: last - first + 1 }, (_, k) => `chunk_${first + k}${suffix}`);
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [json, suffix] = process.argv.slice(2);
  const parts = JSON.parse(json);
  const short = compact(parts, suffix);
  // The short form must give back exactly the same files, part by part (order aside).
  const back = expand(short, suffix);
  const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  for (const part of Object.keys(parts)) {
    if (!same(parts[part], back[part] ?? [])) {
      console.error(`compact-parts.mjs: part ${part} does not read back the same`);
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify(short));
}

// Joins the style sheets index.html links (Trunk's main-<hash>.css, and any other) into one
// file, in the order they are linked, and links that one instead, named and hashed for
// Subresource Integrity after its final bytes. Since 2026-12-06 there is one: each tool's own
// sheet comes with its part of the module (src/ui/styles.rs).
//
// Why: every page links all of them (a tool's styles must be there before its screen draws), so
// each visit fetched four small files, each compressed on its own. One file is about 0.9 KB of
// brotli smaller, on every first load.
//
// Usage: node build/one-css.mjs <staging dir>. Rewrites index.html; the joined file is named
// main-<hash of its bytes>.css, with a fresh integrity hash. Fails when the links are not as
// expected, leaving everything as it was.
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [stage] = process.argv.slice(2);
const fail = (why) => {
  console.error(`one-css.mjs: ${why}`);
  process.exit(1);
};
if (!stage) fail('usage: node build/one-css.mjs <staging dir>');

const indexPath = join(stage, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const LINK = /[ \t]*<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*>\n?/g;
const links = [...html.matchAll(LINK)];
if (links.length === 0) fail('index.html links no style sheet');
if (!/^main-[0-9a-f]+\.css$/.test(links[0][1])) fail(`the first style sheet is ${links[0][1]}, not Trunk's main-<hash>.css`);
// Even one sheet is written anew: esbuild minified it after Trunk hashed it, and a stale
// integrity makes the browser refuse the whole sheet (the page then has no style at all).

const joined = Buffer.concat(links.flatMap(([, file]) => [readFileSync(join(stage, file)), Buffer.from('\n')]));
const name = `main-${createHash('sha256').update(joined).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(joined).digest('base64')}`;
let first = true;
const rewritten = html.replace(LINK, (tag) => {
  if (!first) return '';
  first = false;
  const indent = tag.match(/^[ \t]*/)[0];
  return `${indent}<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n`;
});
if ([...rewritten.matchAll(LINK)].length !== 1 || !rewritten.includes(`href="./${name}"`)) fail('could not rewrite the links');
writeFileSync(join(stage, name), joined);
writeFileSync(indexPath, rewritten);
for (const [, file] of links) if (file !== name) unlinkSync(join(stage, file));
console.log(`one-css.mjs: ${links.length} style sheets in ${name}`);

#!/usr/bin/env bash
# Trunk post-build hook: splits Mend's module so a first visit downloads only the shell.
#
# The tool screens, the lock screen and the code that reads the stored data are marked as split
# points (src/ui/lazy.rs, src/ui/session.rs). Trunk builds one module with them (the `split`
# feature and `--emit-relocs`, see index.html and .cargo/config.toml); this script then
#   1. cuts it with wasm-split-cli into the main module, one module per part, shared chunks and
#      a small JS loader (`__wasm_split.js`) that fetches a part's modules when it is needed;
#   2. runs wasm-bindgen on the main module (`--keep-lld-exports`: the loader needs the function
#      table) and, for release builds, wasm-opt on every module;
#   2b. shortens the main module's import names from wasm-bindgen's glue (build/short-imports.mjs);
#   3. names every file after a hash of all the final files, so a cache never mixes two builds,
#      and puts them in place of Trunk's js/wasm (index.html is rewritten to the new names, with
#      fresh integrity hashes); the loader is listed in `data-lazy` on the boot script and the
#      parts' modules in `data-parts`, where the service worker finds them for offline use (sw.js);
#   4. writes one pack per screen (build/pack.mjs): every module the screen needs joined into one,
#      which boot.js fetches on a first visit and the split loader instantiates once for them all;
#   4b. for release builds, takes the comments out of the style sheets (esbuild) and index.html,
#       then joins the style sheets into one (build/one-css.mjs);
#   5. for release builds, minifies the scripts every visit fetches (esbuild): wasm-bindgen's
#      glue, the split loader (once build/parts.mjs has read from its comments which parts need
#      each module; the size checks read that map from index.html), boot.js, exit.js and sw.js;
#   5b. marks the main script, the loader, boot.js and exit.js for compiling ahead (`compile_ahead`);
#   5c. names boot.js and exit.js after a hash of their bytes (so a page never runs another
#      deployment's, see sw.js);
#   6. preloads the split loader beside the main script (which imports it), with its hash.
set -euo pipefail

stage="${TRUNK_STAGING_DIR:?this script runs as a Trunk post_build hook}"
profile="${TRUNK_PROFILE:-debug}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
input="$target/wasm32-unknown-unknown/$profile/mend.wasm"
# Every part src/ui/lazy.rs and src/ui/session.rs declare (build/parts.json, the one list); a
# build without them was not split.
parts_list="$root/build/parts.json"

fail() { echo "split-wasm: $*" >&2; exit 1; }
tools=(wasm-split-cli wasm-bindgen wasm-merge wasm-as wasm-dis openssl sha256sum node)
[ "$profile" != release ] || tools+=(wasm-opt esbuild)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || fail "$tool is missing: start Mend with 'bash .ci/serve' (it installs what is needed)"
done

mapfile -t expected_parts < <(node -e 'for (const p of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).parts) console.log(p)' "$parts_list") \
  || fail "could not read the parts from $parts_list"
[ "${#expected_parts[@]}" -gt 0 ] || fail "$parts_list lists no parts"

# Each rewrite below is checked: a pattern that no longer matches (a new wasm-bindgen or loader
# format) must stop the build, not ship a page that cannot start.
must_contain() { grep -qF -- "$2" "$1" || fail "$3 (no '$2' in $(basename "$1"))"; }
must_lack() { ! grep -qF -- "$2" "$1" || fail "$3 ('$2' still in $(basename "$1"))"; }
# Minifies a script in place with esbuild; warnings about wasm-bindgen's glue are not ours to fix.
minify() {
  local file="$1"; shift
  esbuild "$file" "$@" --log-level=error --outfile="$file.min" || fail "could not minify $(basename "$file")"
  mv "$file.min" "$file"
}
# V8 compiles a script's functions lazily, each on its first call, on the main thread: before a
# deep link was usable that was 335 compiles of the glue's, the loader's, boot.js's and exit.js's
# small functions, 65 to 80 ms of main-thread time at 4x (traced). With this comment first in the
# file, Chromium compiles all of a script's functions as it streams it in, off the main thread
# (V8's explicit compile hints; other engines see an ordinary comment). Nearly every function in
# these scripts runs on every visit, so little is compiled for nothing. Applied to the final bytes
# (after minifying, which drops comments), before any hash of them is taken.
compile_ahead() {
  local file="$1"
  { printf '//# allFunctionsCalledOnLoad\n'; cat "$file"; } > "$file.ahead" || fail "could not mark $(basename "$file")"
  mv "$file.ahead" "$file"
  [ "$(head -n 1 "$file")" = '//# allFunctionsCalledOnLoad' ] || fail "$(basename "$file") does not start with its compile hint"
}

shopt -s nullglob
scripts=("$stage"/mend-*.js)
[ "${#scripts[@]}" -eq 1 ] || fail "expected one mend-*.js in $stage, found ${#scripts[@]}"
trunk_stem="$(basename "${scripts[0]}" .js)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$input" "$work/split" --out-name main
for part in "${expected_parts[@]}"; do
  [ -f "$work/split/split_$part.wasm" ] \
    || fail "no '$part' part in $input: was it built with the split feature (index.html) and --emit-relocs (.cargo/config.toml)?"
done
wasm-bindgen --target web --no-typescript --keep-lld-exports \
  --out-dir "$work/bindgen" --out-name main "$work/split/main.wasm"
# Kept, with its names, for the bench's report of where the first load's bytes go (.ci/bench).
mkdir -p "$target/wasm-split/$profile"
mv "$work/split/main.wasm" "$target/wasm-split/$profile/main.wasm"

parts=("$work"/split/*.wasm)
if [ "$profile" = release ]; then
  # The features Rust enables for wasm32 by default; never --all-features (it turns on an import
  # encoding that browsers reject). MEND_WASM_NAMES=1 keeps function names, for profiles.
  features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types
            --enable-sign-ext --enable-mutable-globals --enable-multivalue)
  [ -z "${MEND_WASM_NAMES:-}" ] || features+=(--debuginfo)
  # V8 compiles each function on its first call, on the main thread, at a cost per function
  # besides its size (issue #13): the smallest functions (wrappers, and the stubs through which
  # a part calls the main module) are worth inlining. -Oz alone inlines only those of size 2 or
  # less. Measured on 2026-12-03: inlining up to 8 leaves the tools' packs 28-31 % fewer
  # functions and smaller after brotli; in the main module, which every first load fetches, 5
  # leaves 3 % fewer for 0.1 KB, where 8 cost 0.9 KB in a trial for 1 % more.
  inline_main=(--always-inline-max-function-size=5)
  inline_part=(--always-inline-max-function-size=8)
  for file in "$work/bindgen/main_bg.wasm" "${parts[@]}"; do
    inline=("${inline_part[@]}")
    [ "$file" != "$work/bindgen/main_bg.wasm" ] || inline=("${inline_main[@]}")
    # wasm-opt warns about a name subsection it does not know; anything else is shown.
    wasm-opt -Oz "${inline[@]}" "${features[@]}" "$file" -o "$file" 2>"$work/opt.log" || { cat "$work/opt.log" >&2; exit 1; }
    grep -v 'unknown name subsection' "$work/opt.log" >&2 || true
  done
fi

# The glue's import names lose their random hashes, in the module and the glue alike: about
# 3.7 KB of brotli on every first load (build/short-imports.mjs checks what it rewrote).
node "$root/build/short-imports.mjs" "$work/bindgen/main_bg.wasm" "$work/bindgen/main.js" >/dev/null \
  || fail "could not shorten the main module's import names"

# The loader ships as build/loader-hooks.mjs, this script and esbuild make it, not as wasm-split-cli
# wrote it: they are in the hash too, or a change to them would ship new bytes under a name a
# returning visitor's service worker already holds (cache first) with the old ones.
hash="$( { cat "$work/bindgen/main.js" "$work/bindgen/main_bg.wasm" "$work/split/__wasm_split.js" "${parts[@]}" \
  "$root/build/loader-hooks.mjs" "$root/build/split-wasm.sh"; { esbuild --version 2>/dev/null || true; }; } \
  | sha256sum | cut -c1-16)"
stem="mend-$hash"
loader="split-$hash.js"

# The loader fetches the parts by name and imports the main module's `initSync`.
sed "s|\"./main.js\"|\"./$stem.js\"|" "$work/split/__wasm_split.js" > "$stage/$loader"
must_contain "$stage/$loader" "\"./$stem.js\"" "the split loader's import of the main module was not renamed"
# The loader takes a module from a pack when boot.js fetched one holding it (build/pack.mjs,
# build/loader-hooks.mjs).
node "$root/build/loader-hooks.mjs" "$stage/$loader" >/dev/null || fail "could not give the split loader the packs"
must_lack "$stage/$loader" "fetch(new URL(" "the split loader still fetches a module around the packs"
must_contain "$stage/$loader" "const mendLoad" "could not give the split loader the packs"
for file in "${parts[@]}"; do
  name="$(basename "$file" .wasm)"
  cp "$file" "$stage/$name-$hash.wasm"
  must_contain "$stage/$loader" "mendLoad(\"$name\")" "the split loader does not load $name by its name"
done
# The loader makes each module's address from its name and this one suffix (build/loader-hooks.mjs).
sed -i "s|const mendSuffix = \".wasm\";|const mendSuffix = \"-$hash.wasm\";|" "$stage/$loader"
must_contain "$stage/$loader" "const mendSuffix = \"-$hash.wasm\";" "the split loader's suffix was not set"
# What the service worker keeps for offline use besides what the page names: the loader, and
# every part's modules, which sw.js reads from `data-parts` (the parts map, below) rather than
# from a list naming each of them in full (0.4 KB of brotli on every first load).
lazy="./$loader"
# Only the JS import is renamed; the module's own import name stays "./__wasm_split.js".
sed -e "s|from \"./__wasm_split.js\"|from \"./$loader\"|" -e "s|main_bg\.wasm|${stem}_bg.wasm|g" \
  "$work/bindgen/main.js" > "$stage/$stem.js"
must_contain "$stage/$stem.js" "from \"./$loader\"" "the main module's import of the split loader was not renamed"
must_lack "$stage/$stem.js" "main_bg.wasm" "the main module still names the unhashed wasm"
cp "$work/bindgen/main_bg.wasm" "$stage/${stem}_bg.wasm"
if [ "$profile" = release ]; then
  # Before its integrity hash is taken. Names of imports and exports are kept (it is a module).
  minify "$stage/$stem.js" --minify --format=esm
  must_contain "$stage/$stem.js" "from\"./$loader\"" "the minified main script lost its import of the split loader"
fi
compile_ahead "$stage/$stem.js"
rm "$stage/$trunk_stem.js" "$stage/${trunk_stem}_bg.wasm"

sri() {
  local digest
  digest="$(openssl dgst -sha384 -binary "$1" | openssl base64 -A)"
  [ -n "$digest" ] || fail "could not hash $1"
  printf 'sha384-%s' "$digest"
}
js_sri="$(sri "$stage/$stem.js")"
wasm_sri="$(sri "$stage/${stem}_bg.wasm")"
sed -i \
  -e "s|$trunk_stem|$stem|g" \
  -e "s|\(href=\"[^\"]*$stem\.js\"[^>]*integrity=\"\)[^\"]*\"|\1$js_sri\"|" \
  -e "s|\(href=\"[^\"]*${stem}_bg\.wasm\"[^>]*integrity=\"\)[^\"]*\"|\1$wasm_sri\"|" \
  -e "s|data-wasm=\"\([^\"]*\)\"|data-wasm=\"\1\" data-lazy=\"$lazy\"|" \
  "$stage/index.html"
must_lack "$stage/index.html" "$trunk_stem" "index.html still names Trunk's files"
# Trunk writes integrity hashes on its preload links; where it did, they must be the new ones.
if grep -q 'integrity=' "$stage/index.html"; then
  must_contain "$stage/index.html" "$js_sri" "index.html lacks the main script's new integrity hash"
  must_contain "$stage/index.html" "$wasm_sri" "index.html lacks the main module's new integrity hash"
fi
grep -q "data-lazy=" "$stage/index.html" || fail "could not list the split loader in index.html"

# Which files each part needs, so boot.js can fetch a deep link's parts together with the main
# module instead of after it. JSON in a single-quoted attribute: file names hold no quotes.
parts_json="$(node "$root/build/parts.mjs" "$stage" "$loader")" || fail "could not read the parts from $loader"
for part in "${expected_parts[@]}"; do
  grep -q "\"$part\":\[" <<<"$parts_json" || fail "the parts map has no '$part'"
done
# The service worker finds the modules to keep for offline use only in this map: each must be there.
for file in "${parts[@]}"; do
  grep -qF "\"$(basename "$file" .wasm)-$hash.wasm\"" <<<"$parts_json" \
    || fail "the parts map lacks $(basename "$file"), which the service worker would not keep offline"
done
screens_json="$(node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).screens))' "$parts_list")" \
  || fail "could not read the screens from $parts_list"
later_json="$(node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).later ?? {}))' "$parts_list")" \
  || fail "could not read the later parts from $parts_list"
# One download per screen for a visit that has none of its modules yet (build/pack.mjs).
# A pack is its modules joined into one (wasm-merge), optimised as they were.
pack_opt=()
[ "$profile" != release ] || pack_opt=(-Oz "${inline_part[@]}" "${features[@]}")
packs_json="$(node "$root/build/pack.mjs" "$stage" "$parts_json" "$parts_list" "${pack_opt[@]}")" || fail "could not write the packs"
# In index.html the map is in its short form (build/compact-parts.mjs), which boot.js expands.
short_json="$(node "$root/build/compact-parts.mjs" "$parts_json" "-$hash.wasm")" || fail "could not shorten the parts map"
sed -i "s|data-lazy=\"|data-suffix=\"-$hash.wasm\" data-parts='$short_json' data-screens='$screens_json' data-later='$later_json' data-packs='$packs_json' data-lazy=\"|" "$stage/index.html"
must_contain "$stage/index.html" "data-parts='{" "could not write the parts map into index.html"
must_contain "$stage/index.html" "data-screens='{" "could not write the screens' parts into index.html"
must_contain "$stage/index.html" "data-packs='{" "could not write the packs into index.html"
must_contain "$stage/index.html" "data-later='{" "could not write the later parts into index.html"

# A release ships its style sheets and page without the comments written for whoever reads the
# sources: they were about 1.6 KB of brotli on every first load (the sheets 1.0, the page 0.55).
if [ "$profile" = release ]; then
  for sheet in "$stage"/*.css; do
    minify "$sheet" --minify
    must_lack "$sheet" "/*" "a style sheet kept a comment after minifying"
  done
  node -e '
    const fs = require("fs"), path = process.argv[1];
    const html = fs.readFileSync(path, "utf8");
    fs.writeFileSync(path, html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, ""));
  ' "$stage/index.html" || fail "could not take the comments out of index.html"
  must_lack "$stage/index.html" "<!--" "index.html kept a comment"
  must_contain "$stage/index.html" "Content-Security-Policy" "index.html lost its Content-Security-Policy"
fi

# One style sheet, named and hashed after its minified bytes (build/one-css.mjs).
node "$root/build/one-css.mjs" "$stage" >/dev/null || fail "could not join the style sheets"
must_contain "$stage/index.html" 'rel="stylesheet" href="./main-' "index.html lost its style sheet"
# A sheet whose integrity does not match its bytes is refused whole by the browser: check each.
node -e '
  const fs = require("fs"), crypto = require("crypto"), path = require("path");
  const stage = process.argv[1], html = fs.readFileSync(path.join(stage, "index.html"), "utf8");
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)" integrity="sha384-([^"]+)"/g)];
  if (sheets.length === 0) { console.error("no style sheet with its integrity"); process.exit(1); }
  for (const [, file, sri] of sheets) {
    const actual = crypto.createHash("sha384").update(fs.readFileSync(path.join(stage, file))).digest("base64");
    if (actual !== sri) { console.error(file); process.exit(1); }
  }
' "$stage" || fail "a style sheet does not match its integrity hash"

# A release is a new service worker too, so tabs still open on the previous one are offered a
# reload (boot.js) instead of meeting parts that are no longer there.
if [ "$profile" = release ]; then
  # boot.js is a module, so its own names may shrink. sw.js keeps its names and constants (only
  # whitespace and comments go): a new VERSION must still read as one, and the stamp comes after.
  # (Shortening its syntax too put VERSION's value inline where the cache is named, so a new
  # VERSION no longer named a new cache: offline.test.mjs.)
  minify "$stage/$loader" --minify --format=esm
  must_contain "$stage/$loader" "mendBundled" "the minified split loader lost its way to the packs"
  minify "$stage/boot.js" --minify --format=esm
  must_contain "$stage/boot.js" "serviceWorker" "boot.js lost its service worker after minifying"
  must_contain "$stage/boot.js" "mendBundled" "boot.js lost its way in for the split loader after minifying"
  must_contain "$stage/boot.js" "CACHE_PACKS" "boot.js lost its message to the service worker after minifying"
  # exit.js is a classic script wrapped in a function: only the names inside it shrink. It must
  # run in browsers too old to start the app, so the minifier may not bring in newer syntax.
  minify "$stage/exit.js" --minify --target=es2019
  must_lack "$stage/exit.js" "?." "exit.js has optional chaining after minifying"
  must_lack "$stage/exit.js" "??" "exit.js has nullish coalescing after minifying"
  must_contain "$stage/exit.js" "mendKeys" "exit.js lost the keys it shares with boot.js after minifying"
  must_contain "$stage/exit.js" "mend:leave" "exit.js lost its message to the app after minifying"
  minify "$stage/sw.js" --minify-whitespace
  must_contain "$stage/sw.js" "const VERSION=" "sw.js lost its VERSION after minifying"
  must_contain "$stage/sw.js" "CACHE_PACKS" "sw.js lost the message that keeps packs after minifying"
  printf '\n// Build %s\n' "$hash" >> "$stage/sw.js"
  must_contain "$stage/sw.js" "// Build $hash" "could not stamp the build into sw.js"
  # The web app manifest as compact JSON: every first load counts it (tests/e2e/sizes.mjs).
  node -e 'const fs = require("fs"); const f = process.argv[1]; fs.writeFileSync(f, JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))));' "$stage/manifest.webmanifest" \
    || fail "could not compact manifest.webmanifest"
  must_contain "$stage/manifest.webmanifest" '"start_url":"./"' "manifest.webmanifest lost its start_url after compacting"
fi

# 5b. The loader, boot.js and exit.js, like the main script above, are compiled ahead.
for script in "$stage/$loader" "$stage/boot.js" "$stage/exit.js"; do compile_ahead "$script"; done

# 5c. boot.js and exit.js are named by a hash of their final bytes, like every other file the page
# names: a new index.html then always runs with its own boot.js and exit.js. Under fixed names the
# service worker served the cached ones, refreshed one by one, so a page could meet the other
# deployment's (sw.js keeps hashed files and index.html in step).
for script in boot exit; do
  [ -f "$stage/$script.js" ] || fail "$script.js is not in the build"
  named="$script-$(sha256sum "$stage/$script.js" | cut -c1-16).js"
  mv "$stage/$script.js" "$stage/$named"
  sed -i -E "s#(<script[^>]* src=\")(\./)?$script\.js\"#\1\2$named\"#" "$stage/index.html"
  must_contain "$stage/index.html" "$named\"" "index.html does not name $named"
  ! grep -qE "src=\"(\./)?$script\.js\"" "$stage/index.html" || fail "index.html still names $script.js"
done

# 6. The main script imports the split loader, so starting the app waits for it even on home: a
# preload beside the main script's fetches and compiles it while the page is still parsing,
# instead of one request after boot.js asks for the main script. With its final bytes' hash.
loader_sri="$(sri "$stage/$loader")"
if grep -q "rel=\"modulepreload\" href=\"./$stem.js\"" "$stage/index.html"; then
  sed -i "s|<link rel=\"modulepreload\" href=\"./$stem.js\"|<link rel=\"modulepreload\" href=\"./$loader\" crossorigin=\"anonymous\" integrity=\"$loader_sri\">\n&|" "$stage/index.html"
  must_contain "$stage/index.html" "rel=\"modulepreload\" href=\"./$loader\" crossorigin=\"anonymous\" integrity=\"$loader_sri\"" "could not preload the split loader"
elif [ "$profile" = release ]; then
  fail "index.html lacks the main script's preload, beside which the split loader's goes"
fi

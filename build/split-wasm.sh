#!/usr/bin/env bash
# Trunk post-build hook: splits Mend's module so a first visit downloads only the shell.
#
# The tool screens are marked as split points in src/ui/lazy.rs. Trunk builds one module with
# them (the `split` feature and `--emit-relocs`, see index.html and .cargo/config.toml); this
# script then
#   1. cuts it with wasm-split-cli into the main module, one module per screen, shared chunks and
#      a small JS loader (`__wasm_split.js`) that fetches a screen's modules when it is opened;
#   2. runs wasm-bindgen on the main module (`--keep-lld-exports`: the loader needs the function
#      table) and, for release builds, wasm-opt on every module;
#   3. puts the result in place of Trunk's own js/wasm (same names, so index.html stays right),
#      names the loader and the parts after the build's hash so caches never mix versions,
#      refreshes the integrity hashes, and lists the parts in `data-lazy` on the boot script,
#      where the service worker finds them for offline use (sw.js).
set -euo pipefail

stage="${TRUNK_STAGING_DIR:?this script runs as a Trunk post_build hook}"
profile="${TRUNK_PROFILE:-debug}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
input="$target/wasm32-unknown-unknown/$profile/mend.wasm"

command -v wasm-split-cli >/dev/null \
  || { echo "wasm-split-cli is missing: start Mend with 'bash .ci/serve' (it installs it)" >&2; exit 1; }

shopt -s nullglob
scripts=("$stage"/mend-*.js)
[ "${#scripts[@]}" -eq 1 ] || { echo "expected one mend-*.js in $stage, found ${#scripts[@]}" >&2; exit 1; }
stem="$(basename "${scripts[0]}" .js)"
hash="${stem#mend-}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$input" "$work/split" --out-name "$stem"
wasm-bindgen --target web --no-typescript --keep-lld-exports \
  --out-dir "$work/bindgen" --out-name "$stem" "$work/split/$stem.wasm"
# Kept, with its names, for the bench's report of where the first load's bytes go (.ci/bench).
mkdir -p "$target/wasm-split/$profile"
mv "$work/split/$stem.wasm" "$target/wasm-split/$profile/main.wasm"

parts=("$work"/split/*.wasm)
if [ "$profile" = release ]; then
  # The features Rust enables for wasm32 by default; never --all-features (it turns on an import
  # encoding that browsers reject).
  features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types
            --enable-sign-ext --enable-mutable-globals --enable-multivalue)
  # MEND_WASM_NAMES=1 keeps function names, for reading browser profiles.
  [ -z "${MEND_WASM_NAMES:-}" ] || features+=(--debuginfo)
  for file in "$work/bindgen/${stem}_bg.wasm" "${parts[@]}"; do
    wasm-opt -Oz "${features[@]}" "$file" -o "$file" 2> >(grep -v 'unknown name subsection' >&2)
  done
fi

loader="split-$hash.js"
cp "$work/split/__wasm_split.js" "$stage/$loader"
lazy="./$loader"
for file in "${parts[@]}"; do
  name="$(basename "$file" .wasm)"
  cp "$file" "$stage/$name-$hash.wasm"
  sed -i "s|\"./$name.wasm\"|\"./$name-$hash.wasm\"|" "$stage/$loader"
  lazy="$lazy ./$name-$hash.wasm"
done
# Only the JS import is renamed; the module's own import name stays "./__wasm_split.js".
sed "s|from \"./__wasm_split.js\"|from \"./$loader\"|" "$work/bindgen/$stem.js" > "$stage/$stem.js"
cp "$work/bindgen/${stem}_bg.wasm" "$stage/${stem}_bg.wasm"

sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | openssl base64 -A)"; }
sed -i \
  -e "s|\(href=\"[^\"]*$stem\.js\"[^>]*integrity=\"\)[^\"]*\"|\1$(sri "$stage/$stem.js")\"|" \
  -e "s|\(href=\"[^\"]*${stem}_bg\.wasm\"[^>]*integrity=\"\)[^\"]*\"|\1$(sri "$stage/${stem}_bg.wasm")\"|" \
  -e "s|data-wasm=\"\([^\"]*\)\"|data-wasm=\"\1\" data-lazy=\"$lazy\"|" \
  "$stage/index.html"

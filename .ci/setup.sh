# Installs what Mend's build and tests need, skipping whatever is already there. Sourced by
# .ci/serve, .ci/test and .ci/bench. Every tool comes from a package registry: Trunk must never
# download anything (it runs with --offline).
#
# Usage: source .ci/setup.sh; mend_setup build   (wasm target, trunk, wasm-bindgen, wasm-split-cli, wasm-opt)
#        source .ci/setup.sh; mend_setup test    (the above, plus Chromium, ChromeDriver, npm tools)

set -euo pipefail

MEND_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pin in Cargo.toml
WASM_SPLIT_VERSION="0.2.4"       # splits the release module into lazily loaded parts (build/split-wasm.sh)

say() { printf '\033[1m[mend]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

export PATH="$HOME/.cargo/bin:$MEND_ROOT/.ci/node_modules/.bin:$PATH"

need_rust() {
  command -v cargo >/dev/null || die "Rust is missing. Install it with rustup (https://rustup.rs), then run this again."
  if command -v rustup >/dev/null; then
    if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      say "adding the wasm32-unknown-unknown target"
      rustup target add wasm32-unknown-unknown
    fi
  elif ! rustc --print target-list | grep -qx wasm32-unknown-unknown; then
    die "rustup is missing and this rustc cannot target wasm32-unknown-unknown. Install Rust with rustup."
  fi
}

need_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes several minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

need_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: the registry lacks one locked dependency of this release.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

need_wasm_split() {
  # The tool has no --version; cargo's own list says which release is installed.
  if ! command -v wasm-split-cli >/dev/null \
    || ! cargo install --list | grep -x "wasm_split_cli_support v$WASM_SPLIT_VERSION:" >/dev/null; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  fi
  command -v openssl >/dev/null || die "openssl is missing (the build uses it for subresource-integrity hashes)."
}

need_node_tools() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js and npm are missing (needed for wasm-opt and the browser tests). Install Node 18 or newer."
  local stamp="$MEND_ROOT/.ci/node_modules/.mend-installed"
  if [ ! -f "$stamp" ] || [ "$MEND_ROOT/.ci/package-lock.json" -nt "$stamp" ]; then
    say "installing npm tools (binaryen's wasm-opt, playwright-core, axe-core)"
    (cd "$MEND_ROOT/.ci" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
  # Debian's own binaryen is too old and silently produces a broken module: insist on ours.
  case "$(wasm-opt --version 2>/dev/null)" in
    *"version 132"*) ;;
    *) die "wasm-opt 132 from .ci/node_modules is not first on PATH; found: $(command -v wasm-opt || echo none)" ;;
  esac
}

find_chromium() {
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

need_browser() {
  if ! find_chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if command -v apt-get >/dev/null; then
      local sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      say "installing Chromium and ChromeDriver with apt-get"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      die "Chromium and ChromeDriver are missing and apt-get is not available. Install a matching Chromium and chromedriver, or set CHROMIUM=/path/to/chrome with chromedriver on PATH."
    fi
  fi
  CHROMIUM="$(find_chromium)" || die "Chromium is still missing after installing it."
  export CHROMIUM
  CHROMEDRIVER="$(command -v chromedriver)"
  export CHROMEDRIVER
}

mend_setup() {
  need_rust
  need_trunk
  need_wasm_bindgen
  need_wasm_split
  need_node_tools
  if [ "${1:-build}" = test ]; then
    need_browser
  fi
}

# Installs what Mend's build and tests need, skipping whatever is already there. Sourced by
# .ci/serve, .ci/test and .ci/bench. Every tool comes from a package registry: Trunk must never
# download anything (it runs with --offline).
#
# Usage: source .ci/setup.sh; mend_setup build   (wasm target, trunk, wasm-bindgen, wasm-split-cli, wasm-opt)
#        source .ci/setup.sh; mend_setup test    (the above, plus Chromium, ChromeDriver, npm tools,
#                                                 Firefox ESR, geckodriver, WebKitGTK, WebKitWebDriver, Xvfb)
#        then mend_release_build DIST              (the release build, as shipped, into DIST; adds rust-src)

set -euo pipefail

MEND_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pin in Cargo.toml
WASM_SPLIT_VERSION="0.2.4"       # splits the release module into lazily loaded parts (build/split-wasm.sh)
GECKODRIVER_VERSION="0.37.1"     # drives Firefox ESR for tests/engines (Mozilla publishes it on crates.io)

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

# rustfmt and clippy, for the code-health stage of .ci/test (a minimal rustup profile lacks them).
need_lints() {
  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then return; fi
  command -v rustup >/dev/null || die "rustfmt or clippy is missing and there is no rustup to add them."
  say "adding rustfmt and clippy"
  rustup component add rustfmt clippy
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

# The release build rebuilds Rust's standard library for size (see README, "Performance"): that
# needs its sources (rustup's rust-src) and the crates it depends on, fetched once so that the
# build itself can stay offline.
need_std_sources() {
  local sysroot library
  sysroot="$(rustc --print sysroot)"
  library="$sysroot/lib/rustlib/src/rust/library"
  if [ ! -f "$library/Cargo.lock" ] && command -v rustup >/dev/null; then
    say "adding rustup's rust-src (the release build rebuilds the standard library for size)"
    rustup component add rust-src || true
  fi
  if [ ! -f "$library/Cargo.lock" ]; then
    say "warning: no rust-src for $(rustc --version); release builds use the prebuilt standard library (about 14 KB more per load)"
    MEND_STD_FROM_SOURCE=""
    return
  fi
  local stamp="$MEND_ROOT/target/.mend-std-fetched-$(rustc --version | tr -c 'a-zA-Z0-9.\n' '-')"
  if [ ! -f "$stamp" ]; then
    say "fetching the standard library's own crates (once per Rust version)"
    RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$library/Cargo.toml" >/dev/null
    mkdir -p "$MEND_ROOT/target" && touch "$stamp"
  fi
  MEND_STD_FROM_SOURCE=1
}

# `trunk build --release` into the folder $1 (more arguments go to trunk). Panics stop the module
# at once, without the code that formats their message (the release build has no console for
# them anyway), and the standard library is built with the size-first choices of its own
# `optimize_for_size` feature. Both are unstable options of the stable compiler, unlocked with
# RUSTC_BOOTSTRAP for this one build only; the debug build and the tests keep panic messages.
mend_release_build() {
  local dist="$1"
  shift
  need_std_sources
  if [ -n "${MEND_STD_FROM_SOURCE:-}" ]; then
    RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
      trunk build --release --offline --dist "$dist" "$@"
  else
    trunk build --release --offline --dist "$dist" "$@"
  fi
}

need_node_tools() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js and npm are missing (needed for wasm-opt and the browser tests). Install Node 18 or newer."
  local stamp="$MEND_ROOT/.ci/node_modules/.mend-installed"
  if [ ! -f "$stamp" ] || [ "$MEND_ROOT/.ci/package-lock.json" -nt "$stamp" ]; then
    say "installing npm tools (binaryen's wasm-opt, esbuild, playwright-core, axe-core)"
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

APT_UPDATED=""

# Installs Debian packages, running `apt-get update` at most once per setup.
apt_install() {
  command -v apt-get >/dev/null || return 1
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

need_browser() {
  if ! find_chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver with apt-get"
    apt_install chromium chromium-driver \
      || die "Chromium and ChromeDriver are missing and apt-get is not available. Install a matching Chromium and chromedriver, or set CHROMIUM=/path/to/chrome with chromedriver on PATH."
  fi
  CHROMIUM="$(find_chromium)" || die "Chromium is still missing after installing it."
  export CHROMIUM
  CHROMEDRIVER="$(command -v chromedriver)"
  export CHROMEDRIVER
}

find_minibrowser() {
  for candidate in "${MINIBROWSER:-}" /usr/lib/*/webkit2gtk-4.1/MiniBrowser /usr/libexec/webkit2gtk-4.1/MiniBrowser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

# The other two engines of tests/engines: Firefox ESR with geckodriver, and WebKitGTK (Safari's
# engine) with WebKitWebDriver, whose MiniBrowser needs an X display (Xvfb).
need_engines() {
  # geckodriver compiles (CPU) while apt-get downloads and unpacks (network, disk): side by side.
  local gecko_pid="" gecko_log="${TMPDIR:-/tmp}/mend-geckodriver-install.log"
  case "$(geckodriver --version 2>/dev/null | head -n 1)" in
    "geckodriver $GECKODRIVER_VERSION"*) ;;
    *)
      say "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 2.5 minutes, once)"
      cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force >"$gecko_log" 2>&1 &
      gecko_pid=$!
      ;;
  esac
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
    || ! find_minibrowser >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Firefox ESR, WebKitGTK with WebKitWebDriver, and Xvfb with apt-get"
    if ! apt_install firefox-esr webkit2gtk-driver xvfb; then
      [ -z "$gecko_pid" ] || wait "$gecko_pid" || true
      die "Firefox ESR, WebKitWebDriver or Xvfb is missing and could not be installed with apt-get. Install firefox-esr, webkit2gtk-driver and xvfb (or set FIREFOX and MINIBROWSER)."
    fi
  fi
  if [ -n "$gecko_pid" ]; then
    wait "$gecko_pid" || { tail -n 30 "$gecko_log" >&2; die "geckodriver $GECKODRIVER_VERSION could not be installed (log above)."; }
  fi
  FIREFOX="${FIREFOX:-$(command -v firefox-esr)}"
  MINIBROWSER="$(find_minibrowser)" || die "WebKitGTK's MiniBrowser is still missing after installing it."
  GECKODRIVER="$(command -v geckodriver)"
  WEBKITWEBDRIVER="$(command -v WebKitWebDriver)"
  export FIREFOX MINIBROWSER GECKODRIVER WEBKITWEBDRIVER
}

mend_setup() {
  need_rust
  need_trunk
  need_wasm_bindgen
  need_wasm_split
  need_node_tools
  if [ "${1:-build}" = test ]; then
    need_lints
    need_browser
    need_engines
  fi
}

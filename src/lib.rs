//! Mend: a private, in-browser toolkit for couples working through trust problems.
//!
//! - [`domain`]: the rules, plain Rust, tested on the host.
//! - [`i18n`]: the text in every language, compiled from `locales/*.ftl`, tested on the host.
//! - [`storage`]: the only code that touches localStorage.
//! - [`ui`]: thin Leptos components over the two.
//! - `part`: calling code from a lazily loaded part of the module (`from_part!`).

pub mod domain;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
mod part;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::App;

// The pure parts of `storage` (key names, error classification) carry their own unit tests;
// compile them on the host too, where `cargo test` runs, since the rest of `storage` is wasm-only.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "storage/error.rs"]
#[allow(dead_code)]
mod storage_error_on_host;
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "storage/keys.rs"]
mod storage_keys_on_host;
// So is `part::ready_now`, which tells whether a part's call can be made synchronously.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "part.rs"]
#[allow(dead_code, unused_imports, unused_macros)]
mod part_on_host;
// The line chart's arithmetic is plain Rust too; its tests run on the host.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "ui/components/chart/layout.rs"]
#[allow(dead_code)]
mod chart_layout_on_host;

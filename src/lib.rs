//! Mend: a private, in-browser toolkit for couples working through trust problems.
//!
//! - [`domain`]: the rules, plain Rust, tested on the host.
//! - [`storage`]: the only code that touches localStorage.
//! - [`ui`]: thin Leptos components over the two.

pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::App;

//! Mend: a private, in-browser toolkit for couples working through trust problems.
//!
//! - [`domain`]: the rules, plain Rust, tested on the host.
//! - [`storage`]: the only code that touches localStorage.
//! - [`ui`]: thin Leptos components over the two.

pub mod domain;
pub mod storage;
pub mod ui;

pub use ui::app::App;

//! Mend's rules, in plain Rust: no `leptos`, no `web-sys`. Everything here is tested on the host.

pub mod assessment;
pub mod boundaries;
pub mod change;
pub mod cipher;
pub mod couple;
pub mod date;
pub mod document;
pub mod edit;
pub mod flat;
pub mod help;
pub mod json;
pub mod lifecycle;
pub mod lock;
pub mod merge;
pub mod packet;
pub mod quota;
pub mod repair;
pub mod route;
pub mod schema;
pub mod transfer;

//! The Leptos shell: thin components that show domain state and call domain methods.

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod lazy;
pub mod pages;
pub mod rehearse;
pub mod session;
pub mod shell_text;
pub mod spelling;
pub mod state;
pub mod styles;

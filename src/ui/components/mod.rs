//! Pieces used on several screens.

pub mod chart;
pub mod field_group;
pub mod first_paint;
pub mod language_switch;
pub mod lazy_part;
pub mod lock_screen;
pub mod names_form;
pub mod page_title;
pub mod quick_exit;
pub mod status_banner;

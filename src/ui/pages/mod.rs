//! One module per screen.

pub mod assessment;
pub mod boundaries;
pub mod help;
pub mod home;
pub mod not_found;
pub mod partner;
pub mod privacy;
pub mod repair;
pub mod your_data;

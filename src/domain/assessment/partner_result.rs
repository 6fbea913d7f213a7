//! One partner's part of a finished together run: what the stored history keeps for each of
//! them, and what the comparison of the two is built from.

use super::role::Role;
use super::scoring::{Answers, Scores};
use serde::{Deserialize, Serialize};

/// One partner's part of a together run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerResult {
    /// The name given at the time the run was finished, empty when none. Show it through
    /// [`crate::domain::couple::shown_name`]: runs saved by earlier versions hold the English
    /// default ("Partner A", "Partner B") instead of an empty name.
    pub name: String,
    /// Scores as computed then.
    pub scores: Scores,
    /// The scored answers as given (no safety answers).
    #[serde(default)]
    pub answers: Answers,
    /// Where this partner said they stand (`None` in runs from before the question existed).
    #[serde(default)]
    pub role: Option<Role>,
}

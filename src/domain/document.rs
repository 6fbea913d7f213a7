//! The one document Mend keeps: everything a couple has entered, in the shape this build uses.

use super::assessment::AssessmentState;
use super::boundaries::Worksheet;
use super::couple::{Couple, Partner};
use super::repair::RepairPlan;
use serde::{Deserialize, Serialize};

/// Everything Mend stores, in the current schema. Persisted through [`super::schema`].
///
/// Every field has a default so that a field added later is an additive change, not a new version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The partners' optional names.
    #[serde(default)]
    pub couple: Couple,
    /// Trust self-assessment: the run in progress and the history.
    #[serde(default)]
    pub assessment: AssessmentState,
    /// Boundary-setting worksheet.
    #[serde(default)]
    pub boundaries: Worksheet,
    /// Repair checklist, promises and check-ins.
    #[serde(default)]
    pub repair: RepairPlan,
    /// Choices about how Mend behaves.
    #[serde(default)]
    pub settings: Settings,
}

/// Choices about how Mend behaves on this device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Delete everything when the quick exit is used. On the device this choice lives in a key of
    /// its own (it must work before the data is read, and while it is locked), so here it only
    /// travels: in export files, and in documents stored by older versions, where the shell
    /// moves it to that key on opening.
    #[serde(default)]
    pub wipe_on_quick_exit: bool,
    /// The user has been asked whether the browser should keep Mend's data persistently.
    #[serde(default)]
    pub asked_to_persist: bool,
    /// With the passphrase lock on: lock after this many idle minutes (`None`: never).
    #[serde(default)]
    pub auto_lock_minutes: Option<u32>,
    /// Which partner uses this device, asked the first time a packet is sent or received (see
    /// `domain::merge`). `None` until then; also what a shared device keeps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub me: Option<Partner>,
}

impl Document {
    /// True when nothing has been entered yet, so there is nothing worth saving or backing up.
    pub fn is_empty(&self) -> bool {
        // Asked at every save: compared with one empty document kept for it, not a new one
        // built (with its worksheet and checklist) each time.
        thread_local! {
            static EMPTY: Document = Document::default();
        }
        EMPTY.with(|empty| self == empty)
    }
}
